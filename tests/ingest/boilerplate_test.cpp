#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include <unicode/uchar.h>

#include "ingest/boilerplate.h"
#include "ingest/normalizer.h"
#include "ingest/page_furniture.h"
#include "ingest/utf8.h"
#include "tests/ingest/ingest_test_util.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

using test::MustIngest;

// Without any white space (ASCII and Unicode: the gold texts hold U+2002).
std::string Squeeze(std::string_view s) {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = utf8::Next(s, &pos);
    if (!u_isUWhiteSpace(static_cast<UChar32>(c))) out.append(s.substr(start, pos - start));
  }
  return out;
}

TEST_CASE("boilerplate: the seed web capture loses its banner and newsletter prompt only") {
  std::string bytes = test::ReadFile("/work/shared/seeds/001_31330d9a793bcb10.txt");
  if (bytes.empty()) bytes = test::ReadFile("/work/shared/gold/001_31330d9a793bcb10.txt");
  if (bytes.empty()) {
    WARN("seed file not available; skipped");
    return;
  }
  Document doc = MustIngest(bytes, "001.txt");
  CHECK(doc.text.find("UNITED24") == std::string::npos);
  CHECK(doc.text.find("NEWSLETTER") == std::string::npos);
  CHECK(doc.text.find("Join the GlobalSecurity.org mailing list") == std::string::npos);
  CHECK(doc.meta.title == "China and Japan Hold the Sixth High-Level Economic Dialogue");
  size_t first = doc.text.find("Ministry of Foreign Affairs, the People's Republic of China");
  REQUIRE(first != std::string::npos);
  CHECK(doc.text.find("Ministry of Foreign Affairs, the People's Republic of China", first + 1) != std::string::npos);
  CHECK(doc.text.find("Updated: March 22, 2025 21:44") != std::string::npos);
  CHECK(doc.meta.date == "2025-03-22");
  CHECK(doc.meta.date_source == date_source::kDateline);
  // Every paragraph of the article survives.
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string::npos) nl = bytes.size();
    std::string line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.size() > 100) CHECK(doc.text.find(NormalizeText(line)) != std::string::npos);
  }
}

TEST_CASE("boilerplate: menus, prompts, credits and the tail of a web page go, the article stays") {
  std::string body1 =
      "Trade between the two countries fell last year, but companies are far from giving up on the market, "
      "according to several surveys published this spring.";
  std::string body2 =
      "Investment told a similar story, with new commitments down sharply while reinvested earnings held up "
      "better than most analysts had expected.";
  std::string text =
      "Skip to content\n"
      "Home | News | Business | Asia\n"
      "Subscribe to our newsletter\n"
      "Firms Rethink Their Plans\n"
      "By A. Reporter | May 8, 2024\n"
      "Share: Facebook Twitter\n"
      "Photo: Agency / Picture desk\n" +
      body1 + "\n" + body2 +
      "\n"
      "Related posts\n"
      "- Another story\n"
      "Leave a Reply\n"
      "(c) 2024 Example. All rights reserved.\n";
  Document doc = MustIngest(text, "capture.txt");
  for (const char* gone : {"Skip to content", "Home | News", "Subscribe", "Share:", "Photo:", "Related posts",
                           "Another story", "Leave a Reply", "All rights reserved"}) {
    INFO(gone);
    CHECK(doc.text.find(gone) == std::string::npos);
  }
  CHECK(doc.text.find(body1) != std::string::npos);
  CHECK(doc.text.find(body2) != std::string::npos);
  CHECK(doc.text.find("By A. Reporter | May 8, 2024") != std::string::npos);  // a dateline stays
  CHECK(doc.meta.date == "2024-05-08");
}

TEST_CASE("boilerplate: a table's header of words in the page's last lines is no menu") {
  // A table closing a release, its columns apart by tabs: the second header
  // row has no digit and reads like "Home | News" once the tabs are pipes,
  // but the row of numbers under it makes it the table's.
  const std::string body(
      "外匯基金在首三季錄得投資收入，其中第三季的投資收入較第二季增加，主要來自債券及香港股票，"
      "外匯估值則錄得虧損，反映美元在期內走強及其他主要貨幣兌美元匯價下跌的影響。");
  const std::string text = "外匯基金投資收入\n\n" + body + "\n\n附表\n\n"
                           "（億港元）\t2026年\t\t\t\t2025年\n"
                           "\t首三季\t第三季\t第二季\t第一季\t全年\n"
                           "債券\t1,012\t398\t352\t262\t1,108\n"
                           "\n"
                           "Home | News | Business | Asia\n";
  Document doc = MustIngest(text, "release.txt");
  CHECK(doc.text.find("首三季 | 第三季 | 第二季 | 第一季 | 全年") != std::string::npos);
  CHECK(doc.text.find("債券 | 1,012") != std::string::npos);
  CHECK(doc.text.find("Home | News") == std::string::npos);  // a menu after the table still goes
}

TEST_CASE("boilerplate: Chinese and Japanese prompts go, datelines stay") {
  std::string zh_body =
      "2025年3月22日，中日双方在东京举行经济高层对话，双方同意加强在绿色发展、数字经济、医疗康养等领域的合作，推动两国企业开展更高水平的互利合作。";
  std::string zh = "首页\n中日经济高层对话在东京举行\n2025年3月22日\n分享到：微信 微博\n" + zh_body +
                   "\n图片来源：新华社\n" + zh_body + "\n相关阅读\n中日关系新闻\n返回顶部\n";
  Document d = MustIngest(zh, "zh.txt");
  CHECK(d.text.find("分享到") == std::string::npos);
  CHECK(d.text.find("图片来源") == std::string::npos);
  CHECK(d.text.find("相关阅读") == std::string::npos);
  CHECK(d.text.find("返回顶部") == std::string::npos);
  CHECK(d.text.find("\n2025年3月22日\n") != std::string::npos);
  std::string ja_body =
      "本日、東京において日中ハイレベル経済対話が開催され、両国の閣僚はサプライチェーンの強靱化と投資環境の改善について意見交換を行い、今後も対話を継続することで一致した。";
  std::string ja = "日中ハイレベル経済対話の開催\n令和7年3月22日\nこの記事をシェア\n" + ja_body +
                   "\n写真：外務省提供\n" + ja_body + "\n関連記事\n別の記事の見出し\n";
  Document j = MustIngest(ja, "ja.txt");
  CHECK(j.text.find("シェア") == std::string::npos);
  CHECK(j.text.find("写真：") == std::string::npos);
  CHECK(j.text.find("関連記事") == std::string::npos);
  CHECK(j.text.find("令和7年3月22日") != std::string::npos);
  CHECK(j.meta.date == "2025-03-22");
}

TEST_CASE("boilerplate: long lines with vocabulary words are never dropped") {
  std::vector<std::string_view> lines = {
      "Title",
      "Japan's share of China's imports fell as companies subscribe to new supply strategies, donate less "
      "attention to old markets and sign up new partners across the region.",
      "Share"};
  std::vector<bool> drop = FindBoilerplateLines(lines, 100);
  CHECK_FALSE(drop[0]);
  CHECK_FALSE(drop[1]);
  CHECK(drop[2]);
}

TEST_CASE("boilerplate: every gold fact text survives ingestion") {
  namespace fs = std::filesystem;
  fs::path gold = "/work/shared/gold";
  if (!fs::exists(gold)) {
    WARN("no gold folder; skipped");
    return;
  }
  int files = 0;
  for (const auto& entry : fs::directory_iterator(gold)) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt") continue;
    fs::path jsonl = entry.path();
    jsonl.replace_extension(".gold.jsonl");
    if (!fs::exists(jsonl)) continue;
    ++files;
    Document doc = MustIngest(test::ReadFile(entry.path()), name);
    std::string text = Squeeze(doc.text);
    std::ifstream in(jsonl);
    std::string line;
    int facts = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line);
      if (!j.contains("text")) continue;
      ++facts;
      std::string fact = j["text"].get<std::string>();
      INFO(name << ": fact text \"" << fact << "\" lost in ingestion");
      CHECK(text.find(Squeeze(fact)) != std::string::npos);
    }
    CHECK(facts > 0);
  }
  CHECK(files >= 1);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_CASE("boilerplate: the tail runs to the last furniture line, a closing sentence after it stays") {
  std::string body =
      "Trade between the two countries fell last year, but companies are far from giving up on the market, "
      "according to several surveys published this spring.";
  Document doc = test::MustIngest("Title of the story\n" + body +
                                      "\nRelated posts\n- Another story\n- A third story\nLeave a Reply\n"
                                      "Get our briefing in your inbox every morning.\nBack to top\n"
                                      "Archived copy 7 of this page.\n- a trailing link\n",
                                  "tail.txt");
  CHECK(doc.text.find("Another story") == std::string::npos);
  CHECK(doc.text.find("briefing") == std::string::npos);
  CHECK(doc.text.find("Back to top") == std::string::npos);
  CHECK(doc.text.find("a trailing link") == std::string::npos);
  CHECK(doc.text.find("Archived copy 7 of this page.") != std::string::npos);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

using test::MustIngest;

TEST_CASE("page furniture: a paginated text loses its running header and page numbers, on the first page too") {
  const std::string header = "                Chairman's Statement of the 28th Summit\n\n";
  const std::string text =
      header +
      "          CHAIRMAN'S STATEMENT OF THE 28TH SUMMIT\n\n"
      "1. The Summit was held on 26 October 2025 in Kuala Lumpur.\n\n"
      "2. We noted that trade reached US$ 241.8 billion in 2024.\n\n"
      "                              Page 1 of 3\n"
      "\f" + header +
      "3. We welcomed the entry into force of the protocol.\n\n"
      "                              Page 2 of 3\n"
      "\f" + header +
      "4. We agreed to meet again in 2026.\n\n"
      "                              Page 3 of 3\n";
  Document doc = MustIngest(text, "statement.txt");
  CHECK(doc.text.find("Chairman's Statement of the 28th Summit") == std::string::npos);
  CHECK(doc.text.find("Page ") == std::string::npos);
  for (const char* kept : {"CHAIRMAN'S STATEMENT OF THE 28TH SUMMIT", "1. The Summit was held",
                           "3. We welcomed", "4. We agreed to meet again in 2026."}) {
    INFO(kept);
    CHECK(doc.text.find(kept) != std::string::npos);
  }
  CHECK(doc.meta.title == "CHAIRMAN'S STATEMENT OF THE 28TH SUMMIT");
}

TEST_CASE("page furniture: Chinese page numbers, and without page numbers repeated lines stay") {
  const std::string zh =
      "某某公司2025年第三季度报告\n\n一、主要财务数据\n\n营业收入同比增长12%。\n\n第 1 页 共 2 页\n\n"
      "某某公司2025年第三季度报告\n\n二、股东信息\n\n报告期末股东总数为3万户。\n\n第 2 页 共 2 页\n";
  Document paged = MustIngest(zh, "report.txt");
  CHECK(paged.text.find("第 1 页") == std::string::npos);
  CHECK(paged.text.find("股东总数为3万户") != std::string::npos);
  // A transcript repeats its speakers' names, and a table may write a bare
  // number per line: no page numbers, nothing dropped.
  const std::string transcript =
      "Committee hearing\n\nChair:\n\nThe meeting will come to order.\n\nMinister:\n\nThank you.\n\n"
      "Chair:\n\nPlease go on.\n\n3\n\n4\n\nMinister:\n\nWe will act.\n";
  Document kept = MustIngest(transcript, "hearing.txt");
  size_t chairs = 0;
  for (size_t at = kept.text.find("Chair:"); at != std::string::npos; at = kept.text.find("Chair:", at + 1)) ++chairs;
  CHECK(chairs == 2);
  CHECK(kept.text.find("\n3\n") != std::string::npos);
}

TEST_CASE("page furniture: numbers alone that count the pages of a chapter are page numbers") {
  // A report's chapter printed on pages 212-214: the number alone at each
  // page's foot, and the running header after each break.
  std::string text = "ECONOMIC OUTLOOK, VOLUME 2025 ISSUE 1\n\nJapan\n\n";
  for (int page = 212; page <= 214; ++page) {
    for (int line = 0; line < 8; ++line)
      text += "Growth is projected to ease as exports slow and wages rise, paragraph " + std::to_string(page) + "." +
              std::to_string(line) + ".\n\n";
    text += std::to_string(page) + "\n\f";
    if (page < 214) text += "ECONOMIC OUTLOOK, VOLUME 2025 ISSUE 1\n\n";
  }
  Document doc = MustIngest(text, "outlook.txt");
  CHECK(doc.text.find("\n212\n") == std::string::npos);
  CHECK(doc.text.find("\n213\n") == std::string::npos);
  CHECK(doc.text.find("VOLUME 2025") == std::string::npos);
  CHECK(doc.text.find("paragraph 214.7.") != std::string::npos);
  // Numbers one per line that stand together (a table's cells) count no pages.
  const std::string cells = "Results\n\nPlants\n\n11\n\n12\n\n13\n\nThe plants produced more.\n";
  Document table = MustIngest(cells, "results.txt");
  CHECK(table.text.find("12") != std::string::npos);
}

TEST_CASE("page furniture: short furniture lines do not hide that a CJK text is hard-wrapped") {
  // Five short contact lines and the furniture would outnumber the wrapped
  // lines; without the furniture the text reads as wrapped, and the
  // paragraph that runs across the wrap (今⏎（20）日) is one.
  const std::string text =
      "經濟部新聞稿\n\n經濟部投資審議司\n發布日期：114年11月20日\n業務聯絡人：林科長\n聯絡電話：02-2389-2111\n"
      "電子郵件：lin@example.tw\n\n"
      "經濟部投資審議司（下稱投審司，原經濟部投資審議委員會，簡稱投審會）今\n"
      "（20）日公布民國114年1至10月核准僑外投資、陸資來臺投資、國外投資及\n"
      "對中國大陸投資統計，其中以新加坡、日本及荷蘭之投資金額較高，主要受半\n"
      "導體、資料中心及離岸風電等大型投資案帶動，本年10月單月核准件數增加。\n\n"
      "第 1 頁，共 2 頁\n\f經濟部新聞稿\n\n"
      "本期核准之重大投資案包括日商東京威力科創以新臺幣48億元增資在臺子公\n"
      "司，擴充在臺研發及客戶服務據點，並持續增聘研發人員以支援先進製程。\n\n"
      "第 2 頁，共 2 頁\n";
  Document doc = MustIngest(text, "release.txt");
  bool joined = false;
  for (const Segment& seg : doc.segments) {
    const std::string_view s = doc.slice(seg.span);
    joined |= s.find("今") != std::string_view::npos && s.find("日公布") != std::string_view::npos;
  }
  CHECK(joined);
  CHECK(doc.text.find("第 1 頁") == std::string::npos);
}

TEST_CASE("page furniture: a header also on an unnumbered first page goes, a speaker label near a break stays") {
  std::string text = "Annual Review\n\nCover notes for the reader.\n\nMore notes.\n\n";
  const std::string header = "Annual Review 2025 | Chapter 2\n\n";
  text += header + "Chair:\n\nThe meeting will come to order.\n\nMinister:\n\nThank you.\n\n";
  for (int page = 1; page <= 3; ++page) {
    text += "Chair:\n\nPlease go on.\n\nMinister:\n\nWe will act on page " + std::to_string(page) + ".\n\n";
    text += "Chair:\n\nNoted.\n\n- " + std::to_string(page) + " -\n\f" + header;
  }
  text += "Chair:\n\nThe meeting is closed.\n";
  Document doc = MustIngest(text, "minutes.txt");
  CHECK(doc.text.find("Annual Review 2025 | Chapter 2") == std::string::npos);
  size_t chairs = 0;
  for (size_t at = doc.text.find("Chair:"); at != std::string::npos; at = doc.text.find("Chair:", at + 1)) ++chairs;
  CHECK(chairs == 8);
}

TEST_CASE("page furniture: what a page-number line is") {
  for (const char* yes : {"Page 3 of 7", "  page 12  ", "3 / 7", "- 3 -", "— 12 —", "－３－", "第3页", "第 2 頁",
                          "第1页，共4页", "p. 5"})
    CHECK(IsPageNumberLine(yes));
  for (const char* no : {"3", "2025", "Page", "Section 3 of the Act", "3 of the 7 members agreed", "1/2 cup"})
    CHECK_FALSE(IsPageNumberLine(no));
}

}  // namespace
}  // namespace dossier
