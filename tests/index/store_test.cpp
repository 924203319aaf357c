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
