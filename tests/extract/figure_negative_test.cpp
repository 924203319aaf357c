// What is not a figure: years and dates, ordinals, list numbers, durations,
// numbers inside names, clock times, numbers that only refer back. Also the
// hostile-input and throughput checks of the figure extractor.
#include "tests/extract/figure_test_util.h"

#include <chrono>
#include <random>
#include <ctime>
#include <filesystem>

#include "ingest/utf8.h"
#include "tests/test_util.h"

using dossier::test::CheckNotFigureRow;
using dossier::test::Repeat;
using dossier::test::Figures;
using dossier::test::NotFigureRow;
using dossier::test::OneParagraph;

TEST_CASE("English numbers that are not figures", "[figure][en][negative]") {
  const NotFigureRow rows[] = {
      {"In 2023, trade grew.", "2023"},
      {"The year 2023 marks the anniversary.", "2023"},
      {"It was the 45th anniversary of the treaty.", "45th"},
      {"Leaders met at the G20 summit.", "20"},
      // a list of tariff headings or articles; a street address
      {"Chips classified under headings 8541 and 8542 are covered.", "8542"},
      {"Articles 3, 5 and 7 apply.", "7"},
      {"The hearing is at 500 E Street SW, Washington.", "500"},
      {"They met at 1600 Pennsylvania Avenue.", "1600"},
      // a stock code with its exchange
      {"Midea (000333.SZ) and Toyota (7203.T) reported.", "000333"},
      {"Midea (000333.SZ) and Toyota (7203.T) reported.", "7203"},
      {"Hitachi (TSE: 6501) reported.", "6501"},
      {"LG Energy Solution (KRX: 373220) reported.", "373220"},
      {"证券代码：605386　证券简称：甬川部件", "605386"},
      {"證券代碼:2330", "2330"},
      // a bond's code, and the number of a bond issue's series
      {"品种一简称“26华瓯01”，债券代码243518。", "243518"},
      {"品种二票面利率询价区间为1.95%—2.75%。", "二"},
      {"（於開曼群島註冊成立之有限公司）（股份代號：2486）", "2486"},
      // m without a currency sign is metres, not millions
      {"They built a 3m wall.", "3"},
      // the second year of a split year
      {"Starting in 2026–27, the budget grows.", "27"},
      {"In FY 2021-22 exports rose.", "22"},
      // "double" and "triple" as adjectives
      {"The double taxation treaty took effect.", "double"},
      {"Growth stayed in double digits and at double-digit rates.", "double"},
      {"The bank kept its triple-A rating.", "triple"},
      {"Japan is doubling down on chips.", "doubling"},
      {"Both sides support Expo 2025 Osaka.", "2025"},
      {"The COVID-19 pandemic hit trade.", "19"},
      {"Article 5 of the treaty applies.", "5"},
      {"(1) Trade between the two countries", "1"},
      {"1. Introduction", "1"},
      {"Trade stayed high for 15 consecutive years.", "15"},
      {"Relations were normalised 50 years ago.", "50"},
      {"Updated: March 22, 2025 21:44", "22"},
      {"Updated: March 22, 2025 21:44", "21:44"},
      {"On January 15, the office issued the opinions.", "15"},
      {"From November 14 to 15, 2023, the dialogue was held.", "15"},
      {"The leaders of the two countries met.", "two"},
      {"The two sides agreed.", "two"},
      {"Three countries reached a consensus.", "Three"},
      {"They support China's 3060 goals.", "3060"},
      {"Japan became an aging society in the 1970s.", "1970"},
      {"Japan is one of China's key partners.", "one"},
      {"The ministers met three times.", "three"},
      {"Japan was the fourth-largest partner.", "fourth"},
      {"Over the past 20 years it grew.", "20"},
      {"It is the 14th Five-Year Plan.", "14th"},
      {"The population aged 65 and above grew.", "65"},
      {"Japan's top three platforms compete.", "three"},
      {"<date>2024-11-16</date>", "11"},
      {"Tel: +852 2345 6789", "2345"},
      {"Tel: +852 2345 6789", "852"},
      {"Call +81-3-1234-5678 today.", "81"},
      {"The ASEAN+3 Finance Ministers met.", "3 Finance"},  // a name
      {"LNG sold at US$11 per million British thermal units.", "million"},  // the unit of a rate
      {"Current account (US$ billion)", "billion"},                        // a table's unit, no amount
      {"Hyundai shipped 1,000 IONIQ 5 electric vehicles.", "5 electric"},  // a model name
      {"联系电话：020-38819999", "38819999"},
      {"对外贸易处：王晓峰，025-57710263", "57710263"},  // the full-width comma before the area code
      {"推动东盟与中日韩（10+3）合作", "10"},  // a name
      {"電話：052-000-1234", "1234"},
      {"In the first half of the year, sales grew.", "half"},
      {"The No. 3 plant opened.", "3"},
      // a legal citation's volume and page
      {"BIS, Additions to the Entity List, 89 Fed. Reg. 96830, December 5, 2024.", "89"},
      {"BIS, Additions to the Entity List, 89 Fed. Reg. 96830, December 5, 2024.", "96830"},
      {"The controls took effect (87 Federal Register 62186).", "87"},
      {"The rules are codified at 15 C.F.R. 744.", "744"},
      {"FY2024 results were strong.", "2024"},
      {"It marks the 50-year history of ties.", "50"},
      {"See Chapter 2 for details.", "2"},
      {"The plan covers 2021-2035.", "2035"},
      {"It is the first time in four years.", "four"},
      {"Over the next one to two years, firms will invest.", "two"},
      {"At 10:30 a.m. the talks began.", "10"},
      {"The airline ordered the Boeing 737 again.", "737"},
      {"Each of the three pillars matters.", "three"},
      {"These four documents guide ties.", "four"},
      {"They back the 1.5-degree target.", "1.5"},
      {"The plan follows Vision 2030 closely.", "2030"},
  };
  for (const NotFigureRow& row : rows) CheckNotFigureRow(row, "en");
}

TEST_CASE("Chinese numbers that are not figures", "[figure][zh-Hans][negative]") {
  const NotFigureRow rows[] = {
      // a place in a ranking: the top ten, the first three places
      {"汽车销量排名前十位的企业依次为比亚迪、上汽集团。", "十位"},
      {"日本、德国分居前三位。", "三位"},
      // 二十大 names a Party congress, 十大 a top-ten list (大 counts two to nine major kinds)
      {"深入学习贯彻党的二十大精神。", "二十大"},
      {"年度十大新闻揭晓。", "十大"},
      {"2023年中日贸易额下降。", "2023"},
      // 过半年 is "after half a year"; 大半数 is "most"
      {"协议签署已过半年。", "过半"},
      {"大半数企业表示同意。", "半数"},
      // 一半 with no qualifier is any half
      {"一半的时间用于研发。", "一半"},
      {"第六次中日经济高层对话举行。", "六"},
      // numbers after a demonstrative count what was just named; 国 after a word number too
      {"据统计，这三个项目过去十年吸引投资。", "三"},
      {"以上3项措施将于明年实施。", "3"},
      {"中日两国领导人会晤。", "两"},
      {"中日韩三国经贸部长会议举行。", "三"},
      {"二〇二三年是条约缔结四十五周年。", "二〇二三"},
      {"二〇二三年是条约缔结四十五周年。", "四十五"},
      {"两国领导人会晤。", "两"},
      {"双方举行一对一会谈。", "一"},
      {"第3对选手入场。", "3"},
      {"一、总体情况", "一"},
      {"（1）贸易稳定增长", "1"},
      {"这一机制时隔六年再度启动。", "六"},
      {"近15年来贸易额保持高位。", "15"},
      {"落实十四五规划。", "十四"},
      {"推进一带一路合作。", "一"},
      {"第八届中国国际进口博览会", "八"},
      {"2025年3月22日，对话举行。", "22"},
      {"去年12月双方达成共识。", "12"},
      {"中日韩三国领导人会议", "三"},
      {"坚持一个中国原则。", "一"},
      {"65岁以上人口增加。", "65"},
      {"会议于下午3点开始。", "3"},
      {"双方同意于明年举行第七次对话。", "七"},
      {"关心老百姓的生活。", "百"},
      {"千万不要忽视风险。", "千"},
      {"数百家企业参展。", "百"},
      {"走进千家万户。", "千"},
      {"损失数百万元。", "百"},        // several hundred: 数 is no total
      {"一・二月の実績。", "一"},      // a list of months, no decimal point
      {"统一大市场建设", "一"},
      {"数十家企业参加。", "十"},
      {"二十大报告提出。", "二十"},
  };
  for (const NotFigureRow& row : rows) CheckNotFigureRow(row, "zh-Hans");
}

TEST_CASE("Traditional Chinese numbers that are not figures", "[figure][zh-Hant][negative]") {
  const NotFigureRow rows[] = {
      {"2023年中日貿易額下降。", "2023"},
      // the number of a legal clause (Section 232); a yard is no rate step
      {"美國商務部依據232條款對半導體進口進行調查。", "232"},
      // 大陸 holds no six (方面 counts aspects)
      {"中國大陸方面表示歡迎。", "陸"},
      {"球場全長100碼。", "100碼"},
      {"第六次中日經濟高層對話舉行。", "六"},
      {"兩國領導人會晤。", "兩"},
      {"這一機制時隔六年再度啟動。", "六"},
      {"第八屆進口博覽會", "八"},
      {"去年12月雙方達成共識。", "12"},
      {"電話：（852）2345 6789", "2345"},
      {"65歲以上人口增加。", "65"},
  };
  for (const NotFigureRow& row : rows) CheckNotFigureRow(row, "zh-Hant");
}

TEST_CASE("Japanese numbers that are not figures", "[figure][ja][negative]") {
  const NotFigureRow rows[] = {
      // an extension number: what follows its hyphen is no figure either
      {"担当：松本　代表：03-5253-8111（内線27-216）", "27-216"},
      {"担当：松本　代表：03-5253-8111（内線27-216）", "216"},
      // the count of the countries just named by their one-character names
      {"日中韓３か国の人口は世界の５分の１を占める。", "３か国"},
      {"日米豪印4カ国の首脳が会談した。", "4カ国"},
      // the top five of a ranking
      {"売上高上位5社のシェアは6割に達した。", "5社"},
      // one unit of a currency is the base of an exchange rate
      {"想定為替レートは、１ドル＝１４７．１６円と修正された。", "１ドル"},
      // a security's code after its label
      {"株式会社ミヤビ精機（コード番号：6487　東証プライム）", "6487"},
      {"令和7年3月22日", "7"},
      {"令和7年3月22日", "22"},
      {"第6回日中ハイレベル経済対話", "6"},
      {"本対話の開催は6年ぶりである。", "6"},
      {"この3社は共同で出資する。", "3"},
      {"1\u3000本日、東京において対話が開催された。", "1"},
      {"貿易額が十年以上にわたり推移している。", "十"},
      {"今後3年間で交流を実施する。", "3"},
      {"会議は10時に始まった。", "10"},
      {"田中浩二社長は述べた。", "二"},
      {"2回目の会合は秋に開く。", "2回"},
      {"コード番号　6497　　URL　https://example.co.jp/", "6497"},  // a securities code
      {"電話：03-3501-1511（内線4471）", "4471"},                  // an extension
      {"問い合わせ先：電話03\u22121234\u22125678（代表）", "1234"},  // a minus sign for the hyphen
      {"第2回会合を開催した。", "2回"},
      {"日中両国は一致した。", "両"},
      {"日中韓の三か国は協力を強化する。", "三"},
      {"三カ国の貿易額は増えた。", "三"},
      {"3カ月ごとに開催する。", "3"},
      {"2週間の研修を行う。", "2"},
      {"2023年度の実績", "2023"},
      {"二人は握手した。", "二"},
      {"1人当たりGDPが増えた。", "1"},
      {"3カ年計画を策定した。", "3"},
      {"数十社が参加した。", "十"},
      {"1～3月期の実績", "1"},
      {"③県民の暮らしを守る施策", "③"},  // a circled numeral marks a list item
      {"この二つの方針を両立させる。", "二"},  // a demonstrative: the two already named
      {"一つの目標に向かう。", "一"},
  };
  for (const NotFigureRow& row : rows) CheckNotFigureRow(row, "ja");
}

namespace {

double TimeExtract(const std::string& text, const std::string& lang) {
  dossier::Document doc = OneParagraph(text, lang);
  auto t0 = std::chrono::steady_clock::now();
  std::vector<dossier::Fact> facts = Figures(doc);
  auto t1 = std::chrono::steady_clock::now();
  (void)facts;
  return std::chrono::duration<double>(t1 - t0).count();
}

// Time for the larger input over time for the smaller one should stay near
// the size ratio (linear); allow 3x the ratio for noise.
void CheckLinear(const std::string& unit, size_t small_count, const std::string& lang) {
  double small = TimeExtract(Repeat(unit, small_count), lang);
  double large = TimeExtract(Repeat(unit, small_count * 4), lang);
  INFO("unit '" << unit.substr(0, 20) << "' small " << small << "s large " << large << "s");
  CHECK(large < 3 * 4 * small + 0.05);
}

}  // namespace

TEST_CASE("Figure extractor stays linear on hostile text", "[figure][hostile]") {
  {
    std::string digits(5 << 20, '7');
    double t = TimeExtract(digits, "en");
    CHECK(t < 10);
  }
  CheckLinear("7", 1 << 20, "en");
  CheckLinear("约", 100000, "zh-Hans");
  CheckLinear("more than ", 100000, "en");
  CheckLinear("万", 1000000 / 4, "zh-Hans");
  CheckLinear("1万", 250000, "zh-Hans");
  CheckLinear("约5%", 100000, "zh-Hans");
  CheckLinear("more than 5 ", 100000, "en");
  CheckLinear("一", 250000, "ja");
  CheckLinear("1,", 250000, "en");
  // A million 万 after a digit are read as one numeral and then skipped.
  std::string wan = "1" + Repeat("万", 1000000);
  CHECK(TimeExtract(wan, "zh-Hans") < 10);
}

TEST_CASE("Figure extractor throughput on mixed text", "[.][figure-bench]") {
  const std::string para =
      "In 2023, China-Japan trade amounted to $318 billion, a year-on-year decrease of 10.7%. "
      "Japan established 888 new enterprises in China, marking a 7.3% increase. "
      "2023年中日贸易总额为3180亿美元，同比减少百分之十点七，访日中国游客约700万人次。"
      "令和6年の訪日外国人旅行消費額は8.1兆円と過去最高を記録し、約2割を占めた。"
      "訪日遊客約700萬人次，已恢復至疫情前水平的七成左右。\n\n";
  std::string text = Repeat(para, (24u << 20) / para.size());
  // One segment per paragraph, as ingestion makes them.
  dossier::Document doc = OneParagraph(text, "en");
  doc.segments.clear();
  for (size_t at = 0; at < text.size(); at += para.size()) {
    dossier::Segment seg;
    seg.span = {at, at + para.size() - 2};
    seg.lang = "en";
    doc.segments.push_back(seg);
  }
  auto t0 = std::chrono::steady_clock::now();
  std::vector<dossier::Fact> facts = Figures(doc);
  double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  WARN("figures found: " << facts.size());
  double mb = text.size() / 1048576.0;
  WARN("figure extractor: " << mb << " MB in " << t << " s = " << mb / t << " MB/s");
  CHECK(t > 0);
}

namespace {

// A paragraph's language from its script: kana -> ja, Han -> zh-Hans, else en.
std::string GuessLang(std::string_view text) {
  bool han = false;
  for (size_t pos = 0; pos < text.size();) {
    char32_t c = dossier::utf8::Next(text, &pos);
    if (dossier::utf8::IsKana(c)) return "ja";
    han |= dossier::utf8::IsHan(c);
  }
  return han ? "zh-Hans" : "en";
}

}  // namespace

TEST_CASE("Figure extractor throughput on the UTF-8 sample corpus", "[.][figure-bench]") {
  std::string corpus;
  for (const auto& entry : std::filesystem::directory_iterator(dossier::test::SourceDir() / "corpus")) {
    std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".txt" || name.find(".gb18030") != std::string::npos ||
        name.find(".big5") != std::string::npos || name.find(".sjis") != std::string::npos)
      continue;
    corpus += dossier::test::ReadFile(entry.path()) + "\n\n";
  }
  REQUIRE(corpus.size() > 1000);
  std::string text;
  while (text.size() < (24u << 20)) text += corpus;
  dossier::Document doc = OneParagraph(text, "en");
  doc.segments.clear();
  for (size_t at = 0; at < text.size();) {
    size_t end = text.find("\n\n", at);
    if (end == std::string::npos) end = text.size();
    if (end > at) {
      dossier::Segment seg;
      seg.span = {at, end};
      seg.lang = GuessLang(std::string_view(text).substr(at, std::min<size_t>(end - at, 300)));
      doc.segments.push_back(seg);
    }
    at = end + 2;
  }
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  std::vector<dossier::Fact> facts = Figures(doc);
  double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double mb = text.size() / 1048576.0;
  WARN("figure extractor on corpus text: " << mb << " MB, " << facts.size() << " figures, wall " << t
                                            << " s = " << mb / t << " MB/s, cpu " << cpu << " s = " << mb / cpu
                                            << " MB/s");
  CHECK(!facts.empty());
}

TEST_CASE("Figure spans map back to the original text on random input", "[figure][hostile]") {
  const std::string pieces[] = {"１５", "２０２３", "約", "约", "超过", "more than ", "$", "¥", "US$", "億", "亿",
                                "万", "円", "美元", " billion", " yuan", "%", "％", "个", "人", "社", "の",
                                "省庁", "年", "第", "十", "三", "两", "成", "割", "以上", "左右", "，", "。",
                                " ", "\n", "ﾊｲﾚﾍﾞﾙ", "ｶﾞ", "e\u0301", "12,345", "3.5", "-", "(", ")",
                                "companies", "percent", "rose ", "下降", "増"};
  std::mt19937 rng(7);
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    int count = 1 + static_cast<int>(rng() % 16);
    for (int k = 0; k < count; ++k) text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    for (const char* lang : {"en", "zh-Hans", "ja"}) {
      dossier::Document doc = OneParagraph(text, lang);
      for (const dossier::Fact& f : Figures(doc)) {
        INFO("text: " << text << " fact: " << f.text);
        REQUIRE(f.span.start < f.span.end);
        REQUIRE(f.span.end <= text.size());
        CHECK(dossier::utf8::IsBoundary(text, f.span.start));
        CHECK(dossier::utf8::IsBoundary(text, f.span.end));
        CHECK(f.text == text.substr(f.span.start, f.span.size()));
        CHECK(std::isfinite(f.attrs.value("value", 0.0)));
      }
    }
  }
}
