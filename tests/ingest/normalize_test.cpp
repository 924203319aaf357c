#include <catch2/catch.hpp>

#include "ingest/line_joiner.h"
#include "ingest/normalizer.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;
using test::SegmentTexts;

TEST_CASE("normalize: NFC, line endings, controls and spaces") {
  CHECK(NormalizeText("Cafe\xCC\x81") == "Caf\xC3\xA9");               // e + combining acute -> é
  CHECK(NormalizeText("a\r\nb\rc\n") == "a\nb\nc\n");
  CHECK(NormalizeText("a\xE2\x80\x8B" "b\x07" "c\xC2\xAD" "d\xEF\xBB\xBF" "e") == "abcde");
  CHECK(NormalizeText("a  \t b\xC2\xA0\xC2\xA0" "c") == "a b c");
  CHECK(NormalizeText("  lead and trail  \nx") == "lead and trail\nx");
  CHECK(NormalizeText("\xE3\x80\x80\xE3\x80\x80" "本日、会談した。") == "本日、会談した。");  // indentation
  CHECK(NormalizeText("1\xE3\x80\x80" "本日") == "1\xE3\x80\x80" "本日");                  // inner U+3000 kept
}

TEST_CASE("normalize: full-width forms are kept (no NFKC in stored text)") {
  CHECK(NormalizeText("２０２５年３月２２日　ＪＥＴＲＯ") == "２０２５年３月２２日　ＪＥＴＲＯ");
  CHECK(NormalizeText("ﾊｲﾚﾍﾞﾙ") == "ﾊｲﾚﾍﾞﾙ");
}

TEST_CASE("normalize: wrapped lines join with a space in English, without in CJK") {
  std::string p;
  AppendWrappedLine(&p, "Two-way trade between China and");
  AppendWrappedLine(&p, "Japan came to $320 billion.");
  CHECK(p == "Two-way trade between China and Japan came to $320 billion.");
  std::string z;
  AppendWrappedLine(&z, "中日经");
  AppendWrappedLine(&z, "贸合作");
  CHECK(z == "中日经贸合作");
  std::string h;
  AppendWrappedLine(&h, "a well-");
  AppendWrappedLine(&h, "known fact");
  CHECK(h == "a well-known fact");
}

std::string HardWrapped(const std::string& text, size_t width) {
  std::string out, line;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t sp = text.find(' ', pos);
    if (sp == std::string::npos) sp = text.size();
    std::string word = text.substr(pos, sp - pos);
    if (!line.empty() && line.size() + 1 + word.size() > width) {
      out += line + "\n";
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    pos = sp + 1;
  }
  return out + line + "\n";
}

TEST_CASE("normalize: hard-wrapped English is joined into paragraphs") {
  std::string p1 =
      "Thank you for the kind introduction, and thank you to our hosts for bringing so many business leaders "
      "together during this week. I have been asked to speak about the partnership and what it means for trade "
      "between China and Japan in the years to come, and I will keep it short.";
  std::string p2 =
      "Two-way trade between China and Japan came to a very large sum in 2023, down from the year before, largely "
      "because of the downturn in semiconductors and a weak currency that made every figure look smaller.";
  std::string text = "Remarks at the Forum\n\n" + HardWrapped(p1, 72) + "\n" + HardWrapped(p2, 72);
  Document doc = MustIngest(text, "wrapped.txt");
  std::vector<std::string> t = SegmentTexts(doc);
  REQUIRE(t.size() == 3);
  CHECK(t[1] == p1);
  CHECK(t[2] == p2);
}

TEST_CASE("normalize: hard-wrapped paragraphs without blank lines split at short lines") {
  std::string p1 =
      "The first paragraph runs over several lines of text that are all about the same width, as a mail "
      "client or an old archive would wrap them, and it ends here.";
  std::string p2 =
      "The second paragraph starts on the next line without any blank line between them, which old archives "
      "often do, and it runs long enough to wrap as well.";
  std::string text = "Title line\n" + HardWrapped(p1, 70) + HardWrapped(p2, 70);
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "nb.txt"));
  REQUIRE(t.size() == 3);
  CHECK(t[1] == p1);
  CHECK(t[2] == p2);
}

TEST_CASE("normalize: hard-wrapped Chinese joins without spaces") {
  std::string para = "中日两国互为重要经贸合作伙伴，双边贸易额连续多年保持在三千亿美元以上，双方同意进一步加强在绿色发展、数字经济、医疗康养等领域的合作，推动两国企业开展更高水平的互利合作。";
  // 35 characters (70 columns) per line.
  std::string wrapped;
  std::u32string dummy;
  size_t pos = 0, count = 0;
  std::string line;
  while (pos < para.size()) {
    size_t len = (static_cast<unsigned char>(para[pos]) >= 0xE0) ? 3 : 1;
    line += para.substr(pos, len);
    pos += len;
    if (++count == 35) {
      wrapped += line + "\n";
      line.clear();
      count = 0;
    }
  }
  wrapped += line + "\n";
  std::string text = "标题\n\n" + wrapped + "\n" + wrapped;
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "zh.txt"));
  REQUIRE(t.size() == 3);
  CHECK(t[1] == para);
}

TEST_CASE("normalize: table rows in hard-wrapped text stay one segment each") {
  // A short document of rows of one width looks hard-wrapped; rows with cells
  // apart by two ideographic spaces are never joined.
  std::string text =
      "主要事業\n\n（単位：千円）\n"
      "　事業名　　　　　　令和７年度　　前年度　　担当部局\n"
      "　設備投資補助金　　2,150,000　　1,480,000　　産業労働部\n"
      "　相談窓口運営事業　　186,400　　新規　　産業労働部\n"
      "\n"
      "本予算案は県議会に提出する予定です。\n";
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "table.txt"));
  REQUIRE(t.size() == 6);
  CHECK(t[3].find("設備投資補助金") == 0);
  CHECK(t[4].find("相談窓口運営事業") == 0);
}

TEST_CASE("normalize: a hard-wrapped numbered paragraph joins its lines, a numbered heading stays apart") {
  std::string text =
      "Staff Concluding Statement\n\n"
      "Recent developments and outlook\n\n"
      "1. Japan's economy has proven resilient. Real GDP grew by 1.1 percent in\n"
      "2025, supported by solid corporate profits, record inbound tourism and a\n"
      "gradual pickup in private consumption over the course of the year.\n\n"
      "2. Fiscal policy\n"
      "Growth is projected to moderate to 0.7 percent in 2026 and 0.6 percent\n"
      "in 2027, as the boost from fiscal support fades and tariffs weigh on it.\n";
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "statement.txt"));
  REQUIRE(t.size() == 5);
  CHECK(t[2] == "1. Japan's economy has proven resilient. Real GDP grew by 1.1 percent in 2025, supported by solid "
                "corporate profits, record inbound tourism and a gradual pickup in private consumption over the "
                "course of the year.");
  CHECK(t[3] == "2. Fiscal policy");
  CHECK(t[4].find("Growth is projected") == 0);
}

TEST_CASE("normalize: rows of a table aligned with spaces stay one segment each") {
  // Runs of spaces become one space; a line that ends with two numbers is a
  // row all the same, and hard-wrapped prose around the table is still joined.
  std::string text =
      "The quarterly figures were released today by the statistics office, and they show that exports\n"
      "grew faster than imports for the third quarter in a row, as shipments of machinery and electronic\n"
      "parts to the region recovered from the slump of last year and energy imports fell back again.\n"
      "\n"
      "Exports of goods and services to the economies of the region, excluding fuels    46,981     45,820\n"
      "Imports of goods and services from the economies of the region, excluding fuels  44,617     43,995\n"
      "Balance on goods and services with the economies of the region, excluding fuels   2,364      1,825\n"
      "\n"
      "The office will publish the detailed tables for each partner economy and commodity group next\n"
      "month, together with the revised figures for the first half of the year and the seasonal factors.\n";
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "release.txt"));
  REQUIRE(t.size() == 5);  // a joined paragraph, three rows, a joined paragraph
  CHECK(t[0].find("exports grew") != std::string::npos);
  // The rows are as wide as the wrapped lines: only their numbers keep them apart.
  CHECK(t[1] == "Exports of goods and services to the economies of the region, excluding fuels 46,981 45,820");
  CHECK(t[3] == "Balance on goods and services with the economies of the region, excluding fuels 2,364 1,825");
  CHECK(t[4].find("next month") != std::string::npos);
}

TEST_CASE("normalize: one paragraph per line is not joined") {
  std::string text =
      "Title\n"
      "A first paragraph that is long enough to be a real paragraph of an article and it ends with a full stop "
      "as articles do in their paragraphs.\n"
      "A second paragraph.\n"
      "A third paragraph that is again rather long, because paragraph lengths vary a lot in text that is saved "
      "with one paragraph per line, which is the point.\n";
  std::vector<std::string> t = SegmentTexts(MustIngest(text, "lines.txt"));
  CHECK(t.size() == 4);
}

TEST_CASE("normalize: AnalyzeWrapping tells wrapped from unwrapped") {
  std::vector<std::string_view> wrapped = {
      "the quick brown fox jumps over the lazy dog and keeps running on and",
      "on through the field until it reaches the river where it stops for a",
      "drink of water and a rest in the shade of the old willow tree by the",
      "bank of the river, where the water is slow and clear and cool today.",
      "short last line."};
  WrapAnalysis w = AnalyzeWrapping(wrapped);
  CHECK(w.hard_wrapped);
  CHECK(w.width >= 60);
  std::vector<std::string_view> sentences = {"One sentence per line.", "Another one here.", "And a third one.",
                                             "Fourth.", "Fifth sentence, a bit longer than the others."};
  CHECK_FALSE(AnalyzeWrapping(sentences).hard_wrapped);
}

TEST_CASE("normalize: CRLF files store LF only") {
  Document doc = MustIngest("Title\r\n\r\nBody line one.\r\n", "crlf.txt");
  CHECK(doc.text == "Title\n\nBody line one.");
}

}  // namespace
}  // namespace dossier
