#include <catch2/catch.hpp>

#include "tests/time_scale.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "query/corroboration.h"
#include "query/sheet.h"
#include "tests/query/sheet_fixture.h"

using namespace dossier;
using nlohmann::json;

namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

SheetInput Input(int64_t id, const std::string& lang, const std::string& sentence, const std::string& figure,
                 json figure_attrs, const std::string& date = "", const std::string& date_value = "") {
  DocumentMeta meta;
  meta.title = "Document " + std::to_string(id);
  Document d = test::MakeSheetDocument("d" + std::to_string(id) + ".txt", meta, "en", {{lang, {sentence}}});
  SheetInput in;
  in.id = id;
  in.facts.push_back(test::FactOn(d, FactType::kFigure, figure, std::move(figure_attrs)));
  if (!date.empty()) in.facts.push_back(test::FactOn(d, FactType::kDate, date, {{"value", date_value}}));
  in.doc = std::move(d);
  return in;
}

json Usd(double v, const std::string& approx = "exact") { return {{"value", v}, {"unit", "USD"}, {"approx", approx}}; }

}  // namespace

TEST_CASE("Sheet subjects: the same measure across languages and scripts", "[sheet][corroboration]") {
  FigureSubject en = SubjectOf("In 2023, trade between China and Japan reached", "en");
  FigureSubject hans = SubjectOf("2023年中日贸易额达到", "zh-Hans");
  FigureSubject hant = SubjectOf("2023年中日貿易額達到", "zh-Hant");
  FigureSubject ja = SubjectOf("2023年の日中貿易額は", "ja");
  for (const FigureSubject* s : {&en, &hans, &hant, &ja}) {
    CHECK(s->measures == std::vector<std::string>{"trade"});
    CHECK(s->parties == std::vector<std::string>{"china", "japan"});
  }
  // Han-variant folding makes traditional and simplified leftovers equal too.
  CHECK(hans.words == hant.words);

  CHECK(SubjectOf("訪日客数は", "ja").measures == std::vector<std::string>{"visitors"});
  CHECK(Has(SubjectOf("访日游客人数", "zh-Hans").measures, "visitors"));
  CHECK(Has(SubjectOf("Chinese visitors to Japan", "en").measures, "visitors"));
  CHECK(Has(SubjectOf("対中輸出額", "ja").measures, "exports"));
  CHECK(Has(SubjectOf("对日出口", "zh-Hans").measures, "exports"));
  CHECK(Has(SubjectOf("日本からの輸入", "ja").measures, "imports"));
  CHECK(Has(SubjectOf("對日投資", "zh-Hant").measures, "investment"));
  // English words match whole: "trade" is not found inside "trademark".
  CHECK(SubjectOf("registered trademarks", "en").measures.empty());
  CHECK(Has(SubjectOf("registered trademarks", "en").words, "trademark"));
  // Stop words are dropped.
  CHECK(SubjectOf("the total reached", "en").empty());
}

TEST_CASE("Corroboration: $318 billion, 3180亿美元 and 3180億ドル are one figure with three sources",
          "[sheet][corroboration]") {
  std::vector<SheetInput> inputs;
  inputs.push_back(Input(1, "en", "In 2023, trade between China and Japan reached $318 billion.", "$318 billion",
                         Usd(318000000000), "2023", "2023"));
  inputs.push_back(Input(2, "zh-Hans", "2023年中日贸易额达到3180亿美元。", "3180亿美元", Usd(318000000000),
                         "2023年", "2023"));
  inputs.push_back(Input(3, "ja", "2023年の日中貿易額は3180億ドルとなった。", "3180億ドル", Usd(318000000000),
                         "2023年", "2023"));
  Sheet sheet = BuildSheet(inputs, "");
  REQUIRE(sheet.figures.size() == 3);
  REQUIRE(sheet.corroborated.size() == 1);
  const std::vector<size_t>& group = sheet.corroborated[0].figures;
  REQUIRE(group.size() == 3);
  std::set<int64_t> docs;
  for (size_t i : group) docs.insert(sheet.figures[i].where.doc);
  CHECK(docs == std::set<int64_t>{1, 2, 3});
  for (size_t i : group) {
    CHECK(sheet.figures[i].display == "US$318 bn");
    CHECK(sheet.figures[i].period == "2023");
  }
  CHECK(sheet.conflicts.empty());
}

TEST_CASE("Corroboration: two disagreeing figures are a conflict", "[sheet][corroboration]") {
  std::vector<SheetInput> inputs;
  inputs.push_back(Input(1, "en", "In 2023, trade between China and Japan reached $318 billion.", "$318 billion",
                         Usd(318000000000), "2023", "2023"));
  inputs.push_back(Input(2, "ja", "2023年の日中貿易額は3350億ドルとなった。", "3350億ドル", Usd(335000000000),
                         "2023年", "2023"));
  Sheet sheet = BuildSheet(inputs, "");
  CHECK(sheet.corroborated.empty());
  REQUIRE(sheet.conflicts.size() == 1);
  CHECK(sheet.figures[sheet.conflicts[0].a].where.doc == 1);
  CHECK(sheet.figures[sheet.conflicts[0].b].where.doc == 2);
  CHECK(sheet.conflicts[0].relative_difference == Approx(17.0 / 335.0));
}

TEST_CASE("Corroboration: what keeps figures apart", "[sheet][corroboration]") {
  auto trade = [](int64_t doc, double v, const std::string& year, const std::string& approx = "exact") {
    CorroborationFigure f;
    f.doc = doc;
    f.value = v;
    f.unit = "USD";
    f.approx = approx;
    f.year = year;
    f.subject = SubjectOf("China-Japan trade", "en");
    return f;
  };
  // Within 0.5 %: same figure; 0.6 % and 2 % apart: a conflict; a wider tolerance merges them.
  CHECK(Corroborate({trade(1, 318e9, "2023"), trade(2, 319e9, "2023")}).groups.size() == 1);
  CHECK(Corroborate({trade(1, 318e9, "2023"), trade(2, 320e9, "2023")}).conflicts.size() == 1);
  CHECK(Corroborate({trade(1, 318e9, "2023"), trade(2, 320e9, "2023")}, {.tolerance = 0.01}).groups.size() == 1);
  CorroborationResult apart = Corroborate({trade(1, 318e9, "2023"), trade(2, 325e9, "2023")});
  CHECK(apart.groups.empty());
  CHECK(apart.conflicts.size() == 1);
  // Different years: neither the same figure nor a conflict; an unknown year is compatible.
  CorroborationResult years = Corroborate({trade(1, 318e9, "2023"), trade(2, 318e9, "2022")});
  CHECK(years.groups.empty());
  CHECK(years.conflicts.empty());
  CHECK(Corroborate({trade(1, 318e9, "2023"), trade(2, 318e9, "")}).groups.size() == 1);
  // One document never corroborates itself.
  CHECK(Corroborate({trade(1, 318e9, "2023"), trade(1, 318e9, "2023")}).groups.empty());
  // Other units and other subjects stay apart.
  CorroborationFigure cny = trade(2, 318e9, "2023");
  cny.unit = "CNY";
  CHECK(Corroborate({trade(1, 318e9, "2023"), cny}).groups.empty());
  CorroborationFigure investment = trade(2, 318e9, "2023");
  investment.subject = SubjectOf("对日投资", "zh-Hans");
  CHECK(Corroborate({trade(1, 318e9, "2023"), investment}).groups.empty());
  // Approximations explain a difference: "over $300 billion" does not contradict $318 billion.
  CHECK(Corroborate({trade(1, 300e9, "2023", "over"), trade(2, 318e9, "2023")}).conflicts.empty());
  CHECK(Corroborate({trade(1, 300e9, "2023", "under"), trade(2, 318e9, "2023")}).conflicts.size() == 1);
  CHECK(Corroborate({trade(1, 320e9, "2023", "about"), trade(2, 318e9, "2023")}).conflicts.empty());
  // Agreement is transitive: a-b and b-c agree, so a, b, c are one group.
  CorroborationResult chain =
      Corroborate({trade(1, 318e9, "2023"), trade(2, 319.5e9, "2023"), trade(3, 321e9, "2023")});
  REQUIRE(chain.groups.size() == 1);
  CHECK(chain.groups[0].size() == 3);
  CHECK(chain.conflicts.empty());
}

TEST_CASE("Corroboration: counts of different things are different figures", "[sheet][corroboration]") {
  auto count = [](int64_t doc, const std::string& of, const std::string& lang) {
    CorroborationFigure f;
    f.doc = doc;
    f.value = 15;
    f.unit = "count";
    f.approx = "exact";
    f.year = "2019";
    f.subject = SubjectOf("the dialogue brought together", "en");
    if (!of.empty()) f.counted = SubjectOf(of, lang);
    return f;
  };
  // 15 省庁 (ja) and 15个部门 (zh): both ministries.
  CHECK(Corroborate({count(1, "省庁", "ja"), count(2, "部门", "zh-Hans")}).groups.size() == 1);
  CHECK(Corroborate({count(1, "government departments", "en"), count(2, "部门", "zh-Hans")}).groups.size() == 1);
  // A count that does not say what it counts goes with any.
  CHECK(Corroborate({count(1, "", "en"), count(2, "部门", "zh-Hans")}).groups.size() == 1);
  // 15家 (enterprises) and 15个实习岗位 (internship places) are not one figure.
  CHECK(Corroborate({count(1, "家", "zh-Hans"), count(2, "实习岗位", "zh-Hans")}).groups.empty());
  CHECK(Corroborate({count(1, "executives", "en"), count(2, "internship places", "en")}).groups.empty());
}

TEST_CASE("Corroboration: a single document has no corroboration section", "[sheet][corroboration]") {
  std::vector<SheetInput> inputs;
  inputs.push_back(Input(1, "en", "In 2023, trade between China and Japan reached $318 billion.", "$318 billion",
                         Usd(318000000000), "2023", "2023"));
  Sheet sheet = BuildSheet(inputs, "");
  CHECK(sheet.corroborated.empty());
  CHECK(sheet.conflicts.empty());
}

TEST_CASE("Corroboration: many figures stay fast and bounded", "[sheet][corroboration]") {
  // 20,000 figures: 10,000 of one value and subject over 10,000 documents, and
  // 10,000 spread values. Quadratic pairing would be 2e8 subject comparisons.
  std::vector<CorroborationFigure> figures;
  FigureSubject trade = SubjectOf("China-Japan trade", "en");
  for (int i = 0; i < 20000; ++i) {
    CorroborationFigure f;
    f.doc = i % 10000;
    f.unit = "USD";
    f.approx = "exact";
    f.year = "2023";
    f.value = i < 10000 ? 318e9 : 1e9 + i * 1e8;
    f.subject = trade;
    figures.push_back(std::move(f));
  }
  auto start = std::chrono::steady_clock::now();
  CorroborationResult r = Corroborate(figures);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 10 * test::kTimeScale);
  REQUIRE_FALSE(r.groups.empty());
  CHECK(r.groups[0].size() >= 10000);  // the equal values form one group through their neighbours
  CHECK(r.conflicts.size() <= 200 * 199 / 2);
}
