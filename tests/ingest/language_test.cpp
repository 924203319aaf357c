#include <catch2/catch.hpp>

#include "ingest/language_tagger.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;

TEST_CASE("language: by script") {
  CHECK(DetectLanguage("本日、東京において会談が行われた。") == "ja");
  CHECK(DetectLanguage("中日经济合作不断深化，双方同意加强交流。") == "zh-Hans");
  CHECK(DetectLanguage("中日經濟合作不斷深化，雙方同意加強交流。") == "zh-Hant");
  CHECK(DetectLanguage("The two sides agreed to strengthen exchanges.") == "en");
  CHECK(DetectLanguage("2024") == "");
}

TEST_CASE("language: a Chinese name inside English stays en") {
  CHECK(DetectLanguage("The speech was given at the 中国大连高级经理学院 China Business Executive Academy, Dalian, "
                       "to trainees preparing to visit Japan.") == "en");
  CHECK(DetectLanguage("RCEP全面生效背景下的中日经贸合作关系：回顾与展望") == "zh-Hans");
}

TEST_CASE("language: Chinese title with an English body") {
  Document doc = MustIngest(
      "中日经贸合作关系：回顾与展望\n\nThe year 2023 marks the 45th anniversary of the treaty. Both nations "
      "reaffirmed their strategic relationship.\n\nTrade between the two countries remained high.\n",
      "mixed.txt");
  REQUIRE(doc.segments.size() == 3);
  CHECK(doc.segments[0].lang == "zh-Hans");
  CHECK(doc.segments[1].lang == "en");
  CHECK(doc.segments[2].lang == "en");
  CHECK(doc.Languages() == std::vector<std::string>{"zh-Hans", "en"});
}

TEST_CASE("language: Japanese paragraphs each followed by an English translation") {
  Document doc = MustIngest(
      "日中観光交流シンポジウムにおける挨拶\n\n本日は、多数ご参加いただき、心より御礼申し上げます。\n\n"
      "Thank you all for joining us today.\n\n昨年の訪日外国人旅行者数は過去最高を記録しました。\n\n"
      "Last year the number of visitors to Japan reached a record.\n",
      "bilingual.txt");
  REQUIRE(doc.segments.size() == 5);
  CHECK(doc.segments[1].lang == "ja");
  CHECK(doc.segments[2].lang == "en");
  CHECK(doc.segments[3].lang == "ja");
  CHECK(doc.segments[4].lang == "en");
}

TEST_CASE("language: a Traditional Chinese paragraph") {
  Document doc = MustIngest(
      "中日旅遊市場回暖\n\n受免簽政策帶動，兩國之間的旅遊往來明顯增加，業界對市場前景表示樂觀。\n", "hant.txt");
  for (const Segment& s : doc.segments) CHECK(s.lang == "zh-Hant");
}

TEST_CASE("language: kanji-only lines in a Japanese document are ja") {
  Document doc = MustIngest("日中経済関係\n\n令和7年3月22日\n\n外務省\n\n本日、東京において会談が行われました。\n", "ja.txt");
  for (const Segment& s : doc.segments) CHECK(s.lang == "ja");
}

TEST_CASE("language: rows of numbers do not break a run of kanji-only lines in Japanese") {
  Document doc = MustIngest(
      "見通しの概要について\n\n実質ＧＤＰの見通し\n\n2025年度　＋0.7\n\n＜＋0.8＞\n\n2026年度　＋0.5\n\n＜＋0.6＞\n\n"
      "2027年度　＋0.8\n",
      "ja.txt");
  for (const Segment& s : doc.segments) CHECK(s.lang == "ja");
}

TEST_CASE("language: a kanji row with one kana in a Japanese document is ja") {
  // One げ in twenty kanji is too little to tell by itself; the neighbours tell.
  Document doc = MustIngest(
      "主要事業の概要について説明します。\n\n賃上げ・生産性向上相談窓口運営事業　新規　産業労働部\n\n"
      "以上の事業を進めてまいります。\n",
      "ja.txt");
  REQUIRE(doc.segments.size() == 3);
  for (const Segment& s : doc.segments) CHECK(s.lang == "ja");
}

TEST_CASE("language: --lang overrides detection") {
  IngestOptions options;
  options.lang = "zh-Hant";
  Document doc = MustIngest("Title\n\n中日经济合作。\n", "forced.txt", options);
  for (const Segment& s : doc.segments) CHECK(s.lang == "zh-Hant");
}

TEST_CASE("language: canonical tags") {
  CHECK(CanonicalLanguageTag("zh-CN") == "zh-Hans");
  CHECK(CanonicalLanguageTag("zh_TW") == "zh-Hant");
  CHECK(CanonicalLanguageTag("zh-Hant-HK") == "zh-Hant");
  CHECK(CanonicalLanguageTag("ja-JP") == "ja");
  CHECK(CanonicalLanguageTag("en-GB") == "en");
  CHECK(CanonicalLanguageTag("fr") == "");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_CASE("language: a Chinese segment without variant evidence follows the document") {
  Document doc = test::MustIngest("新聞稿：論壇圓滿舉行\n\n雙方簽署十二項合作協議，總額約三十八億港元。\n\n（完）\n", "end.txt");
  REQUIRE(doc.segments.size() == 3);
  CHECK(doc.segments[2].lang == "zh-Hant");
}

}  // namespace
}  // namespace dossier
