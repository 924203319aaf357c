// Linking inside a document: short forms, later bare uses, bilingual pairs,
// imported organisations, offsets in the original text, and speed.
#include <catch2/catch.hpp>

#include "tests/time_scale.h"

#include <chrono>
#include <filesystem>
#include <iostream>

#include "extract/org_gazetteer.h"
#include "tests/extract/org_test_util.h"
#include "tests/test_util.h"

namespace dossier::test {
namespace {

TEST_CASE("org linking: a defined short form is a mention wherever it recurs", "[org]") {
  auto got = OrgMentions("The Pacific Rim Shipping Association (PRSA) met. Later, PRSA members and PRSAX traders left.", "en");
  REQUIRE(got.size() == 3);
  CHECK(got[0].first == "Pacific Rim Shipping Association");
  CHECK(got[1].first == "PRSA");
  CHECK(got[2].first == "PRSA");
  CHECK(got[0].second == got[1].second);
  CHECK(got[2].second == got[0].second);
}

TEST_CASE("org linking: a name defined in quotes (以下「…」, 以下简称“…”, hereinafter) is a short form", "[org]") {
  // The defined name shares no characters with the long one; the company's word for itself is none.
  auto ja = OrgMentions(
      "当社の子会社である美雅比精密機械（蘇州）有限公司（以下「蘇州ミヤビ」といいます。）を解散します。"
      "株式会社ミヤビ精機（以下「当社」）は、蘇州ミヤビの清算を進めます。",
      "ja");
  REQUIRE(ja.size() == 4);
  CHECK(ja[0].first == "美雅比精密機械（蘇州）有限公司");
  CHECK(ja[1].first == "蘇州ミヤビ");
  CHECK(ja[1].second == ja[0].second);
  CHECK(ja[2].first == "株式会社ミヤビ精機");
  CHECK(ja[3].first == "蘇州ミヤビ");
  CHECK(ja[3].second == ja[0].second);
  auto zh = OrgMentions("通过中国出口信用保险公司江苏分公司（以下简称“中国信保江苏分公司”）投保的，可申请补助。联系中国信保江苏分公司。",
                        "zh-Hans");
  REQUIRE(zh.size() == 3);
  CHECK(zh[1].first == "中国信保江苏分公司");
  CHECK(zh[2].second == zh[0].second);
  // A subsidiary's country in brackets before its legal form is part of its name, no short form.
  auto sub = OrgMentions("生産をミヤビ精機（タイランド）株式会社に移管する。", "ja");
  for (const auto& [text, id] : sub) CHECK(text != "タイランド");
}

TEST_CASE("org linking: a listed company's stock short name in the header is the issuer's", "[org]") {
  // The short name shares no whole word with the company's name; it takes the
  // id of the company limited by shares the notice names.
  auto zh = OrgMentions(
      "证券代码：300123　　证券简称：东方精工\n\n广州东方精密机械股份有限公司关于设立日本子公司的公告\n\n"
      "东方精工将继续拓展海外市场。",
      "zh-Hans");
  REQUIRE(zh.size() == 3);
  CHECK(zh[0].first == "东方精工");
  CHECK(zh[1].first == "广州东方精密机械股份有限公司");
  CHECK(zh[0].second == zh[1].second);
  CHECK(zh[2].first == "东方精工");
  CHECK(zh[2].second == zh[1].second);
  // Without a company limited by shares it is a name of its own.
  auto alone = OrgMentions("股票简称：海川智能　　股票代码：300720", "zh-Hans");
  REQUIRE(alone.size() == 1);
  CHECK(alone[0].first == "海川智能");
  // The securities code is no name.
  CHECK(OrgMentions("证券代码：300123", "zh-Hans").empty());
}

TEST_CASE("org linking: a short form the document defines overrides the gazetteer's meaning after it", "[org]") {
  // The gazetteer knows GAC as the carmaker; this document defines it as the customs.
  const std::string text =
      "GAC sold more cars. Data from the General Administration of Customs (GAC) show a rise, GAC said.";
  auto got = OrgMentions(text, "en");
  REQUIRE(got.size() == 4);
  CHECK(got[0].first == "GAC");
  CHECK(got[0].second == "gac");  // before the definition: the gazetteer's carmaker
  CHECK(got[1].second == "general-administration-of-customs-china");
  CHECK(got[2].second == "general-administration-of-customs-china");
  CHECK(got[3].first == "GAC");
  CHECK(got[3].second == "general-administration-of-customs-china");
  // 金管局 is Hong Kong's in the gazetteer; a Macao release defines it as its own authority.
  auto macao = OrgMentions("澳門金融管理局（金管局）今日公布數據。金管局表示，存款上升。", "zh-Hant");
  REQUIRE(macao.size() == 3);
  CHECK(macao[0].second == "amcm");
  CHECK(macao[2].first == "金管局");
  CHECK(macao[2].second == "amcm");
}

TEST_CASE("org linking: a generic government name is the body of the country the document is about", "[org]") {
  // The Ministry of Finance of Japan, of India and of China are all in the
  // gazetteer; the bare name is none of them until the document says where it is.
  const std::string japan =
      "Japan's exports rose, customs data from the Ministry of Finance (MOF) showed. Japanese "
      "automakers led the gains, and MOF said shipments to Japan's neighbours grew.";
  auto jp = OrgMentions(japan, "en");
  REQUIRE(jp.size() == 3);
  CHECK(jp[0].first == "Ministry of Finance");
  CHECK(jp[0].second == "mof-japan");
  CHECK(jp[1].second == "mof-japan");  // its short form goes with it
  CHECK(jp[2].second == "mof-japan");
  const std::string india =
      "India's fiscal deficit narrowed, the Ministry of Finance said in New Delhi. Indian tax "
      "revenue rose, and India expects more.";
  auto in = OrgMentions(india, "en");
  REQUIRE(in.size() == 1);
  CHECK(in[0].second == "ministry-of-finance-india");
  // No country named, or two named as often: the name keeps an id of its own.
  auto none = OrgMentions("The Ministry of Finance said revenue rose.", "en");
  REQUIRE(none.size() == 1);
  CHECK(none[0].second == "ministry-of-finance");
  auto tie = OrgMentions("Japan and India met twice. Japan and India agreed; the Ministry of Finance said so.", "en");
  REQUIRE(tie.size() == 1);
  CHECK(tie[0].second == "ministry-of-finance");
  // A name only one country's body bears needs that country named twice.
  auto once = OrgMentions("Thailand's growth slowed. The Board of Investment approved projects.", "en");
  REQUIRE(once.size() == 1);
  CHECK(once[0].second == "board-of-investment");
  auto twice = OrgMentions("Thailand's growth slowed. The Board of Investment approved projects in Thailand.", "en");
  REQUIRE(twice.size() == 1);
  CHECK(twice[0].second == "thailand-boi");
}

TEST_CASE("org linking: the bodies a document names count for their country", "[org]") {
  // A Tokyo release about trade with China names China more often than
  // Japan, but its sources are Japanese bodies.
  const std::string text =
      "JETRO said trade with China fell. Exports to China and imports from China both fell, "
      "according to the Ministry of Finance and the Bank of Japan. JETRO expects China demand to recover.";
  auto got = OrgMentions(text, "en");
  std::string mof;
  for (const auto& [name, id] : got)
    if (name == "Ministry of Finance") mof = id;
  CHECK(mof == "mof-japan");
}

TEST_CASE("org linking: a gazetteer default for a generic name yields to the document's country", "[org]") {
  // "Ministry of Foreign Affairs" alone is China's in the gazetteer. In a text
  // that names Korea (7 times) over twice as often as China (once, and
  // China's ministry, which counts twice) it is Korea's; China's ministry
  // written as such stays China's.
  const std::string text =
      "Korea's Ministry of Foreign Affairs said Korean and Korea-based firms would get help. "
      "The Chinese Ministry of Foreign Affairs did not comment. Later the Ministry of Foreign Affairs "
      "in Seoul briefed Korean reporters on Korea's plans. Korea expects Korean exports to grow.";
  auto got = OrgMentions(text, "en");
  REQUIRE(got.size() == 3);
  CHECK(got[0].second == "korea-mofa");
  CHECK(got[1].first == "Chinese Ministry of Foreign Affairs");
  CHECK(got[1].second == "ministry-of-foreign-affairs-china");
  CHECK(got[2].first == "Ministry of Foreign Affairs");
  CHECK(got[2].second == "korea-mofa");
}

TEST_CASE("org linking: a Hong Kong or Macao release names its own bureaus bare", "[org]") {
  const std::string macao =
      "澳門特區政府今日公布預算。澳門經濟保持增長，特區政府將繼續支持中小企。財政局表示，澳門的稅收上升。";
  auto mo = OrgMentions(macao, "zh-Hant");
  std::vector<std::string> ids;
  for (const auto& [name, id] : mo) ids.push_back(name + "=" + id);
  CHECK(std::find(ids.begin(), ids.end(), "特區政府=macao-sar-government") != ids.end());
  CHECK(std::find(ids.begin(), ids.end(), "財政局=macao-dsf") != ids.end());
  const std::string hk = "香港特區政府公布數字。香港出口上升，特區政府會推動香港經濟。";
  auto h = OrgMentions(hk, "zh-Hant");
  REQUIRE(h.size() == 2);
  CHECK(h[1].first == "特區政府");
  CHECK(h[1].second == "hksar-government");
  // Without Hong Kong or Macao named, 特區政府 is left alone.
  CHECK(OrgMentions("特區政府會推動經濟。", "zh-Hant").empty());
}

TEST_CASE("org linking: a Chinese name beside its English name shares its id", "[org]") {
  auto got = OrgMentions("东海经济研究院 East Sea Economic Research Institute 的报告", "zh-Hans");
  REQUIRE(got.size() == 2);
  CHECK(got[0].second == "east-sea-economic-research-institute");
  CHECK(got[1].second == "east-sea-economic-research-institute");
}

TEST_CASE("org linking: imported organisations are found through extra_orgs", "[org]") {
  OrgGazetteer extra;
  REQUIRE(extra.Add({"kansai-trade-circle", "Kansai Trade Circle", "association", "JP",
                     {"Kansai Trade Circle", "KTC", "関西貿易サークル", "关西贸易圈"}})
              .ok());
  auto without = OrgMentions("関西貿易サークルの会合", "ja");
  CHECK(without.empty());
  auto with = OrgMentions("関西貿易サークルの会合と KTC の声明", "ja", &extra);
  REQUIRE(with.size() == 2);
  CHECK(with[0].second == "kansai-trade-circle");
  CHECK(with[1].first == "KTC");
}

TEST_CASE("org linking: offsets point into the original text", "[org]") {
  std::string text = "要闻：ＪＥＴＲＯ与中國商務部会谈。";
  Document doc = OneSegmentDocument(text, "zh-Hans");
  ExtractFilter only_orgs{false, false, true, false};
  auto facts = ExtractFacts(doc, ExtractContext{}, only_orgs);
  REQUIRE(facts.size() == 2);
  for (const Fact& f : facts) CHECK(f.text == text.substr(f.span.start, f.span.size()));
  CHECK(facts[0].text == "ＪＥＴＲＯ");
  CHECK(facts[1].text == "中國商務部");
  CHECK(facts[1].attrs["name"] == "Ministry of Commerce of the People's Republic of China");
}

TEST_CASE("org linking: hostile input stays fast", "[org]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "(AB) Of Of The And (協会) 有关有关有关银行 ";
  auto start = std::chrono::steady_clock::now();
  auto got = OrgMentions(text, "en");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 5.0 * test::kTimeScale);
}

// Throughput on a few MB of real text: the sample corpus (UTF-8 files) repeated.
// The figure is printed for the report; the bound only catches a collapse.
TEST_CASE("org linking: throughput on the sample corpus", "[org][speed]") {
  std::string sample;
  for (const char* name : {"bilingual-zh-en-joint-statement.txt", "en-article-web-capture.txt", "en-speech-rcep.txt",
                           "ja-interview.txt", "ja-press-release.txt", "zh-hans-communique-dialogue.txt",
                           "zh-hans-numbered-report.txt", "zh-hans-speech-trade.txt", "zh-hant-press-release.txt"}) {
    auto path = SourceDir() / "corpus" / name;
    if (std::filesystem::exists(path)) sample += ReadFile(path) + "\n\n";
  }
  REQUIRE(!sample.empty());
  std::string text;
  while (text.size() < 4 * 1024 * 1024) text += sample;
  Document doc = OneSegmentDocument(text, "en");
  ExtractFilter only_orgs{false, false, true, false};
  OrgMentions("warm up: load the gazetteer and rules", "en");
  auto start = std::chrono::steady_clock::now();
  auto facts = ExtractFacts(doc, ExtractContext{}, only_orgs);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb_per_s = text.size() / 1e6 / seconds;
  std::cout << "org extractor: " << text.size() / 1e6 << " MB in " << seconds << " s = " << mb_per_s
            << " MB/s, " << facts.size() << " mentions\n";
  CHECK(facts.size() > 1000);
  CHECK(mb_per_s > 0.5);
}

}  // namespace
}  // namespace dossier::test
