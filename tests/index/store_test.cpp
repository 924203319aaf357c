#include <sqlite3.h>

#include <algorithm>
#include <string_view>

#include <catch2/catch.hpp>

#include "extract/fact.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::MakeDoc;

TEST_CASE("Store: add, unchanged, duplicate, updated, remove") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  Store& s = **store;

  Document a = MakeDoc((tmp / "a.txt").string(), "Title A\n\nBody of A mentions 经济.\n");
  Fact f = MakeFact(a, FactType::kOrg, {0, 5});
  f.attrs = {{"id", "x"}, {"name", "X"}};
  auto r1 = s.Put(a, {f});
  REQUIRE(r1.ok());
  CHECK(r1->outcome == PutOutcome::kAdded);

  auto r2 = s.Put(a, {f});
  REQUIRE(r2.ok());
  CHECK(r2->outcome == PutOutcome::kUnchanged);
  CHECK(r2->id == r1->id);

  Document a_copy = MakeDoc((tmp / "copy.txt").string(), "Title A\n\nBody of A mentions 经济.\n");
  auto r3 = s.Put(a_copy, {});
  REQUIRE(r3.ok());
  CHECK(r3->outcome == PutOutcome::kDuplicate);
  CHECK(r3->id == r1->id);

  Document a2 = MakeDoc((tmp / "a.txt").string(), "Title A\n\nThe body changed.\n");
  auto r4 = s.Put(a2, {});
  REQUIRE(r4.ok());
  CHECK(r4->outcome == PutOutcome::kUpdated);
  CHECK(r4->id == r1->id);
  auto back = s.GetDocument(r1->id);
  REQUIRE(back.ok());
  CHECK(back->text == a2.text);
  auto facts = s.Facts(FactFilter{});
  REQUIRE(facts.ok());
  CHECK(facts->empty());  // the old version's facts went with it

  auto list = s.List();
  REQUIRE(list.ok());
  CHECK(list->size() == 1);
  CHECK(s.Check().ok());
  REQUIRE(s.Remove(r1->id).ok());
  CHECK(s.Remove(r1->id).code() == Status::Code::kNotFound);
  CHECK(s.List()->empty());
}

TEST_CASE("Store: segments and facts round-trip with their offsets") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  Document d = MakeDoc("d.txt", "日中経済\n\nTrade reached $318 billion.\n");
  size_t pos = d.text.find("$318 billion");
  Fact f = MakeFact(d, FactType::kFigure, {pos, pos + std::string("$318 billion").size()});
  f.attrs = {{"value", 318e9}, {"unit", "USD"}, {"approx", "exact"}};
  auto r = (*store)->Put(d, {f});
  REQUIRE(r.ok());
  auto got = (*store)->GetDocument(r->id);
  REQUIRE(got.ok());
  REQUIRE(got->segments.size() == d.segments.size());
  for (size_t i = 0; i < d.segments.size(); ++i) {
    CHECK(got->segments[i].span == d.segments[i].span);
    CHECK(got->segments[i].lang == d.segments[i].lang);
  }
  FactFilter filter;
  filter.unit = "USD";
  auto facts = (*store)->Facts(filter);
  REQUIRE(facts.ok());
  REQUIRE(facts->size() == 1);
  const Fact& g = (*facts)[0].fact;
  CHECK(g.text == "$318 billion");
  CHECK(got->text.substr(g.span.start, g.span.size()) == g.text);
  CHECK(g.attrs["value"].get<double>() == 318e9);
}

TEST_CASE("Store: a file that is not a database is reported, not crashed on") {
  test::TempDir tmp;
  test::WriteFile(tmp / "bad.db", std::string(4096, 'x'));
  auto store = Store::Open((tmp / "bad.db").string());
  CHECK_FALSE(store.ok());
}

TEST_CASE("Store: the full-text index holds 16 MB of terms in memory before writing a segment") {
  // Schema 7: FTS5's default (1 MB) wrote a new index segment for every
  // few hundred kilobytes of CJK text and merged them again and again.
  test::TempDir tmp;
  auto store = Store::Open((tmp / "d.db").string());
  REQUIRE(store.ok());
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2((*store)->handle(), "SELECT v FROM segment_fts_config WHERE k = 'hashsize'", -1, &st,
                             nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int64(st, 0) == 16 * 1024 * 1024);
  sqlite3_finalize(st);
}

TEST_CASE("Store: a writer checkpoints the log every 16,384 pages, not SQLite's 1,000") {
  // A checkpoint waits for the disk in the committing thread; the single
  // writer of `dossier add` spent a quarter of its wall time there.
  test::TempDir tmp;
  auto store = Store::Open((tmp / "d.db").string());
  REQUIRE(store.ok());
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2((*store)->handle(), "PRAGMA wal_autocheckpoint", -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int64(st, 0) == 16384);
  sqlite3_finalize(st);
}

TEST_CASE("Store: facts between two dates are prefix-inclusive, and found through the year index") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  Store& s = **store;
  // Whole and partial dates, a range, a duration: values are compared as
  // strings, each bound on as many characters as it has.
  const std::vector<std::string> values = {"1999-12-31", "2000",       "2015-01/2015-06", "2019",       "2019-07",
                                           "2020-02-29", "2023",       "2023-05",         "2023-05-17", "2023-12-31",
                                           "2024-01-01", "2030",       "P2Y"};
  Document d = MakeDoc((tmp / "d.txt").string(), "Dates\n\nMany dates here.\n");
  std::vector<Fact> facts;
  for (const std::string& v : values) {
    Fact f = MakeFact(d, FactType::kDate, {0, 5});
    f.attrs = {{"value", v}};
    facts.push_back(std::move(f));
  }
  // A fact of another type is never a date, whatever its value.
  Fact org = MakeFact(d, FactType::kOrg, {0, 5});
  org.attrs = {{"id", "2023-org"}, {"name", "X"}};
  facts.push_back(org);
  // Many dates in other years (one document's; their keys are 90 years): a
  // query that scanned them would show it.
  Document other = MakeDoc((tmp / "other.txt").string(), "Other\n\nOlder dates.\n");
  std::vector<Fact> old_facts;
  for (int i = 0; i < 3000; ++i) {
    Fact f = MakeFact(other, FactType::kDate, {0, 5});
    f.attrs = {{"value", std::to_string(1900 + i % 90) + "-01-01"}};
    old_facts.push_back(std::move(f));
  }
  REQUIRE(s.Put(d, facts).ok());
  REQUIRE(s.Put(other, old_facts).ok());

  // Counts the rows each facts query stepped through in a full scan.
  int64_t full_scan_steps = -1;
  sqlite3_trace_v2(
      s.handle(), SQLITE_TRACE_PROFILE,
      [](unsigned, void* ctx, void* stmt, void*) {
        const char* sql = sqlite3_sql(static_cast<sqlite3_stmt*>(stmt));
        if (sql && std::string_view(sql).find("FROM doc_facts f WHERE") != std::string_view::npos)
          *static_cast<int64_t*>(ctx) =
              sqlite3_stmt_status(static_cast<sqlite3_stmt*>(stmt), SQLITE_STMTSTATUS_FULLSCAN_STEP, 0);
        return 0;
      },
      &full_scan_steps);

  auto prefix_between = [](const std::string& v, const std::string& from, const std::string& to) {
    if (!from.empty() && v.substr(0, from.size()) < from) return false;
    if (!to.empty() && v.substr(0, to.size()) > to) return false;
    return true;
  };
  const std::vector<std::pair<std::string, std::string>> ranges = {
      {"2023", ""},    {"2019-07", "2023-05"}, {"2023-05", "2023-05"}, {"2000", "2020"},
      {"2015", "2015"}, {"2024-01-01", "2030"}, {"2031", ""},          {"20", ""}};
  for (const auto& [from, to] : ranges) {
    INFO("from '" << from << "' to '" << to << "'");
    std::vector<std::string> expected;
    for (const std::string& v : values)
      if (prefix_between(v, from, to)) expected.push_back(v);
    full_scan_steps = -1;
    auto got = s.Facts(FactFilter{.from = from, .to = to});
    REQUIRE(got.ok());
    std::vector<std::string> got_values;
    for (const StoredFact& f : *got) got_values.push_back(f.fact.attrs.value("value", ""));
    std::sort(expected.begin(), expected.end());
    std::sort(got_values.begin(), got_values.end());
    CHECK(got_values == expected);
    CHECK(full_scan_steps == 0);  // a range of the year index, not a scan
  }
  // A bound shorter than a year still works (prefix-inclusive), by scanning,
  // whether it is short in bytes or only in characters.
  auto before_21st = s.Facts(FactFilter{.to = "19"});
  REQUIRE(before_21st.ok());
  CHECK(before_21st->size() == 1 + 3000);
  // "Pééx" is within a --to of "Péé" (three characters, five bytes).
  Document wide = MakeDoc((tmp / "wide.txt").string(), "Wide\n\nA wide value.\n");
  Fact f = MakeFact(wide, FactType::kDate, {0, 4});
  f.attrs = {{"value", "P\xC3\xA9\xC3\xA9x"}};
  REQUIRE(s.Put(wide, {f}).ok());
  auto up_to_wide = s.Facts(FactFilter{.to = "P\xC3\xA9\xC3\xA9"});
  REQUIRE(up_to_wide.ok());
  CHECK(up_to_wide->size() == values.size() + 3000 + 1);
  sqlite3_trace_v2(s.handle(), 0, nullptr, nullptr);
}
