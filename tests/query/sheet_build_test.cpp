#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

#include "query/render_sheet.h"
#include "query/sheet.h"
#include "query/sheet_selection.h"
#include "tests/query/sheet_fixture.h"
#include "tests/test_util.h"

using namespace dossier;
using nlohmann::json;

namespace {

std::vector<SheetInput> GoldenInputs() {
  std::vector<SheetInput> inputs;
  int64_t id = 1;
  for (auto& d : test::GoldenSheetDocuments()) inputs.push_back({id++, std::move(d.doc), std::move(d.facts)});
  return inputs;
}

const SheetFigure& FigureWritten(const Sheet& sheet, const std::string& text) {
  for (const SheetFigure& f : sheet.figures)
    if (f.text == text) return f;
  FAIL("no figure " << text);
  return sheet.figures.front();
}

}  // namespace

TEST_CASE("Sheet figures: readable values", "[sheet]") {
  CHECK(FormatFigureValue(318e9, "USD", "exact", "", "") == "US$318 bn");
  CHECK(FormatFigureValue(8.1e12, "JPY", "exact", "", "") == "¥8.1 tn");
  CHECK(FormatFigureValue(41.76e12, "CNY", "exact", "", "") == "CN¥41.76 tn");
  CHECK(FormatFigureValue(2.5e6, "EUR", "about", "", "") == "≈€2.5 m");
  CHECK(FormatFigureValue(12500, "KRW", "exact", "", "") == "₩12,500");
  CHECK(FormatFigureValue(3e9, "SGD", "over", "", "") == ">SGD 3 bn");
  CHECK(FormatFigureValue(10.7, "%", "exact", "down", "") == "10.7 %");
  CHECK(FormatFigureValue(0.6, "pp", "exact", "up", "") == "+0.6 pp");
  CHECK(FormatFigureValue(0.6, "pp", "exact", "down", "") == "−0.6 pp");
  CHECK(FormatFigureValue(300, "x", "under", "", "") == "<300×");
  CHECK(FormatFigureValue(15, "count", "exact", "", "") == "15 items");
  CHECK(FormatFigureValue(1200, "count", "exact", "", "technical interns") == "1,200 technical interns");
  CHECK(FormatFigureValue(3.5, "t", "exact", "", "") == "3.5 t");
  CHECK(FormatProvenance({3, 2, 120, 150}) == "3 ¶2 [120,150)");
}

TEST_CASE("Sheet figures: what they measure, their period and quote", "[sheet]") {
  Sheet sheet = BuildSheet(GoldenInputs(), "");
  const SheetFigure& trade = FigureWritten(sheet, "$318 billion");
  CHECK(trade.measures == "trade between China and Japan reached");  // six words
  CHECK(trade.period == "2023");
  CHECK(trade.quote == "In 2023, bilateral trade between China and Japan reached $318 billion.");
  CHECK(trade.where.doc == 1);
  CHECK(trade.where.segment == 1);

  const SheetFigure& zh = FigureWritten(sheet, "3180亿美元");
  CHECK(zh.measures == "2023年中日贸易额达到");
  CHECK(zh.quote == "2023年中日贸易额达到3180亿美元。");
  const SheetFigure& flights = FigureWritten(sheet, "15 new direct flights");
  CHECK(flights.measures == "new direct flights");  // `of` wins
  CHECK(flights.display == "15 new direct flights");
  // No date in its own sentence: the paragraph's last date before it ("in 2024").
  CHECK(flights.period == "2024");
  // A second figure in a sentence measures what follows the first one.
  const SheetFigure& visitors = FigureWritten(sheet, "10.7%");
  CHECK(visitors.measures == "while Chinese visitors to Japan fell");
  CHECK(visitors.change == "down");
  const SheetFigure& yen = FigureWritten(sheet, "約8.1兆円");
  CHECK(yen.display == "≈¥8.1 tn");
  CHECK(yen.period == "");
  const SheetFigure& pp = FigureWritten(sheet, "2.1ポイント");
  CHECK(pp.display == "−2.1 pp");
}

TEST_CASE("Sheet timeline: date order, durations left out, unknown years last", "[sheet]") {
  Sheet sheet = BuildSheet(GoldenInputs(), "");
  std::vector<std::string> dates;
  for (const SheetEvent& e : sheet.timeline) dates.push_back(e.date);
  CHECK(dates == std::vector<std::string>{"1972", "2022", "2023", "2023", "2023", "2023", "2023", "2023", "2023", "2024",
                                          "2024-03-09", "2024-04-01", "2025", "XXXX-01-25"});
  CHECK(std::is_sorted(sheet.timeline.begin(), sheet.timeline.begin() + 8,
                       [](const SheetEvent& a, const SheetEvent& b) { return a.date < b.date; }));
  CHECK(sheet.timeline.back().quote == "Officials will meet again on January 25.");
}

TEST_CASE("Sheet organisations: one row per canonical id, counts and forms per document", "[sheet]") {
  Sheet sheet = BuildSheet(GoldenInputs(), "");
  REQUIRE(sheet.organisations.size() == 3);
  const SheetOrganisation& mofcom = sheet.organisations[1];
  CHECK(sheet.organisations[0].id == "jetro");
  CHECK(mofcom.id == "mofcom");
  CHECK(mofcom.name == "Ministry of Commerce (China)");
  CHECK(mofcom.mentions == 3);
  REQUIRE(mofcom.documents.size() == 3);
  CHECK(mofcom.documents[0].forms ==
        std::vector<std::pair<std::string, std::vector<std::string>>>{{"en", {"Ministry of Commerce"}}});
  CHECK(mofcom.documents[1].forms[0].second == std::vector<std::string>{"商务部"});
  CHECK(mofcom.documents[2].forms[0] == std::pair<std::string, std::vector<std::string>>{"ja", {"商務部"}});
}

TEST_CASE("Sheet commitments: by actor (case and spaces folded), then strength", "[sheet]") {
  Sheet sheet = BuildSheet(GoldenInputs(), "");
  std::vector<std::string> actors;
  for (const SheetActor& a : sheet.actors) actors.push_back(a.actor);
  CHECK(actors == std::vector<std::string>{"Both sides", "China", "Officials", "双方", "中方", "経済産業省と商務部"});
  const SheetActor& both = sheet.actors[0];
  REQUIRE(both.commitments.size() == 2);
  CHECK(both.commitments[0].strength == "agreement");
  CHECK(both.commitments[0].date == "2024");
  CHECK(both.commitments[1].strength == "exhortation");
  CHECK(both.commitments[1].actor == "both  sides");
  CHECK(both.commitments[1].date == "");  // a duration is not a date of the commitment
  CHECK(sheet.actors[2].commitments[0].date == "XXXX-01-25");
  CHECK(sheet.actors[4].commitments[0].date == "2025");
}

TEST_CASE("Sheet series: a quantity with values for two years", "[sheet]") {
  Sheet sheet = BuildSheet(GoldenInputs(), "");
  REQUIRE(sheet.series.size() == 1);
  const SheetSeries& s = sheet.series[0];
  CHECK(s.unit == "USD");
  REQUIRE(s.points.size() == 2);
  CHECK(s.points[0].first == 2022);
  CHECK(sheet.figures[s.points[0].second].value == 335e9);
  CHECK(s.points[1].first == 2023);
  CHECK(sheet.figures[s.points[1].second].value == 318e9);
}

TEST_CASE("Sheet selection: the documents a search query selects", "[sheet]") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "s.db").string());
  REQUIRE(store.ok());
  std::vector<int64_t> ids = test::StoreAll(**store, test::GoldenSheetDocuments());
  auto select = [&](const std::string& q) {
    auto r = SelectSheetDocuments(**store, q);
    INFO(q << ": " << (r.ok() ? "" : r.status().message()));
    REQUIRE(r.ok());
    return *r;
  };
  CHECK(select("lang:ja") == std::vector<int64_t>{ids[2]});
  CHECK(select("lang:en lang:zh-Hans") == std::vector<int64_t>{ids[0], ids[1]});
  CHECK(select("date:2024-04..2024-12") == std::vector<int64_t>{ids[1], ids[2]});
  CHECK(select("date:..2024-03") == std::vector<int64_t>{ids[0]});
  CHECK(select("kind:press-release") == std::vector<int64_t>{ids[0], ids[2]});
  CHECK(select("JETRO") == std::vector<int64_t>{ids[0]});
  CHECK(select("贸易") == std::vector<int64_t>{ids[1], ids[2]});  // 貿易 too: Han variants fold in search
  CHECK(select("商務部 lang:ja") == std::vector<int64_t>{ids[2]});
  CHECK(select("flights OR 対中投資") == std::vector<int64_t>{ids[0], ids[2]});
  CHECK(select("zeppelin").empty());
  CHECK(SelectSheetDocuments(**store, "date:20x4").status().code() == Status::Code::kInvalidQuery);
}

// Not run by default: `build/tests/test_query "[.sheet-bench]"` prints timings.
TEST_CASE("Sheet bench: 3,000 documents", "[.sheet-bench]") {
  std::vector<SheetInput> inputs;
  std::vector<test::SheetFixtureDoc> docs = test::GoldenSheetDocuments();
  for (int64_t id = 1; id <= 3000; ++id) {
    const test::SheetFixtureDoc& d = docs[(id - 1) % 3];
    inputs.push_back({id, d.doc, d.facts});
  }
  auto t0 = std::chrono::steady_clock::now();
  Sheet sheet = BuildSheet(inputs, "");
  auto t1 = std::chrono::steady_clock::now();
  std::string md = RenderSheet(sheet, SheetFormat::kMarkdown);
  std::string html = RenderSheet(sheet, SheetFormat::kHtml);
  std::string json = RenderSheet(sheet, SheetFormat::kJson);
  auto t2 = std::chrono::steady_clock::now();
  WARN("figures " << sheet.figures.size() << ", groups " << sheet.corroborated.size() << ", conflicts "
                  << sheet.conflicts.size() << "; build " << std::chrono::duration<double>(t1 - t0).count()
                  << " s, render md+html+json " << std::chrono::duration<double>(t2 - t1).count() << " s, "
                  << (md.size() + html.size() + json.size()) / 1e6 << " MB");
  CHECK(sheet.figures.size() == 14000);
}

TEST_CASE("Sheet figures: a range shows both ends and keeps value_max", "[sheet]") {
  DocumentMeta meta;
  meta.title = "Tariff notice";
  meta.date = "2026-03-10";
  Document doc = test::MakeSheetDocument("range.txt", meta, "en", {{"en", {"Tariffs of 20 to 30 percent apply."}}});
  std::vector<Fact> facts = {test::FactOn(doc, FactType::kFigure, "20 to 30 percent",
                                          {{"value", 20.0}, {"value_max", 30.0}, {"unit", "%"}, {"approx", "exact"}})};
  std::vector<SheetInput> inputs;
  inputs.push_back({1, std::move(doc), std::move(facts)});
  Sheet sheet = BuildSheet(inputs, "");
  const SheetFigure& range = FigureWritten(sheet, "20 to 30 percent");
  CHECK(range.display == "20 % – 30 %");
  REQUIRE(range.value_max.has_value());
  CHECK(*range.value_max == 30.0);
  json j = json::parse(RenderSheet(sheet, SheetFormat::kJson));
  CHECK(j["figures"][0]["value_max"] == 30.0);
}
