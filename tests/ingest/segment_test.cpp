#include <catch2/catch.hpp>

#include <algorithm>

#include "ingest/heading.h"
#include "ingest/sentence_splitter.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;

std::vector<std::string> Sentences(std::string_view text, std::string_view lang) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text, lang)) out.emplace_back(text.substr(s.start, s.size()));
  return out;
}

TEST_CASE("segment: numbered headings in Chinese, Japanese and English") {
  for (const char* h : {"(1) Trade", "（一）双边贸易", "一、总体形势", "II. Outlook", "1. Introduction", "第一章 总则",
                        "第三节 投资", "１．概要", "① 貿易"}) {
    INFO(h);
    CHECK(LooksLikeNumberedHeading(h));
  }
  for (const char* p : {"1. 双方同意加强合作。", "3.5% growth", "2024年贸易额", "Conclusion",
                        "(1) 全球半导体市场处于周期性调整阶段；", "First, accelerate cooperation.",
                        // the wrapped rest of 今（20）日, 本（11）月: a date, no heading
                        "（20）日公布民國114年1至10月核准僑外投資統計", "（11）月底前完成"}) {
    INFO(p);
    CHECK_FALSE(LooksLikeNumberedHeading(p));
  }
}

TEST_CASE("segment: title, headings and paragraphs of a plain text") {
  Document doc = MustIngest(
      "中日经贸合作报告\n\n一、总体形势\n\n双边贸易保持稳定。\n\n（一）贸易\n\n贸易额有所回落。\n", "r.txt");
  REQUIRE(doc.segments.size() == 5);
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(doc.segments[1].kind == SegmentKind::kHeading);
  CHECK(doc.segments[2].kind == SegmentKind::kParagraph);
  CHECK(doc.segments[3].kind == SegmentKind::kHeading);
  CHECK(doc.meta.title == "中日经贸合作报告");
  CHECK(doc.text == "中日经贸合作报告\n\n一、总体形势\n\n双边贸易保持稳定。\n\n（一）贸易\n\n贸易额有所回落。");
}

TEST_CASE("segment: a row of three cells or more apart by tabs becomes a pipe row, other tabs spaces") {
  Document doc = MustIngest(
      "Exports\n\nItem\tOct. 2023\tOct. 2024\tChange\nSteel\t\t2.8\t2.7\t-3.2\r\n\nName:\tJohn Smith\n", "t.txt");
  std::vector<std::string> texts;
  for (const Segment& s : doc.segments) texts.emplace_back(doc.slice(s.span));
  CHECK(std::find(texts.begin(), texts.end(), "Item | Oct. 2023 | Oct. 2024 | Change") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "Steel | 2.8 | 2.7 | -3.2") != texts.end());  // a run of tabs is one
  CHECK(std::find(texts.begin(), texts.end(), "Name: John Smith") != texts.end());          // two cells: no table
}

TEST_CASE("segment: English sentences keep U.S. and Mr. inside") {
  std::vector<std::string> s =
      Sentences("Trade with the U.S. Federal Reserve in mind rose 3%. Mr. Wang agreed. It fell later.", "en");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Trade with the U.S. Federal Reserve in mind rose 3%.");
  CHECK(s[1] == "Mr. Wang agreed.");
  CHECK(s[2] == "It fell later.");
  std::vector<std::string> dollars = Sentences("Trade reached 300 billion U.S. dollars. The two sides agreed.", "en");
  CHECK(dollars.size() == 2);
  std::vector<std::string> end = Sentences("Exports went to the U.S. The rest went to Europe.", "en");
  CHECK(end.size() == 2);
}

TEST_CASE("segment: Chinese and Japanese sentences end at 。！？") {
  std::vector<std::string> zh = Sentences("中方愿意加强合作。日方表示同意！双方能否达成一致？他说：“好。”", "zh-Hans");
  REQUIRE(zh.size() == 4);
  CHECK(zh[3] == "他说：“好。”");
  std::vector<std::string> ja = Sentences("本日、会談が行われた。両国は合意した。", "ja");
  CHECK(ja.size() == 2);
}

TEST_CASE("segment: sentences are absolute spans inside their segment") {
  Document doc = MustIngest("Title\n\nFirst sentence here. Second sentence here.\n\n第二段。第二句。\n", "s.txt");
  REQUIRE(doc.segments.size() == 3);
  const Segment& p = doc.segments[1];
  REQUIRE(p.sentences.size() == 2);
  CHECK(doc.slice(p.sentences[0]) == "First sentence here.");
  CHECK(doc.slice(p.sentences[1]) == "Second sentence here.");
  CHECK(doc.slice(doc.segments[2].sentences[1]) == "第二句。");
}

}  // namespace
}  // namespace dossier
