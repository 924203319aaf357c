// Group commit (Store::BeginBatch / CommitBatch): the outcomes of single-
// transaction Puts hold inside one batch, a failing document takes only its
// own rows with it, and nothing of a batch is visible or durable before it commits.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "extract/fact.h"
#include "index/search_index.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::MakeDoc;

namespace {

Fact OrgFact(const Document& doc, const std::string& id) {
  Fact f = MakeFact(doc, FactType::kOrg, {0, 5});
  f.attrs = {{"id", id}, {"name", id}};
  return f;
}

// Makes `s` refuse any document with an org fact whose id is `value`, so
// that a Put fails after writing its document, segments and packed facts.
void RefuseOrgFact(Store& s, const std::string& value) {
  const std::string sql = "CREATE TEMP TRIGGER refuse BEFORE INSERT ON fact_orgs WHEN NEW.org_id = '" + value +
                          "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;";
  REQUIRE(sqlite3_exec(s.handle(), sql.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
}

size_t CountDocuments(const std::string& db) {
  auto reader = Store::Open(db, Store::Mode::kReadOnly);
  REQUIRE(reader.ok());
  auto list = (*reader)->List();
  REQUIRE(list.ok());
  return list->size();
}

}  // namespace

TEST_CASE("Store batch: added, duplicate, updated and unchanged inside one batch") {
  test::TempDir tmp;
  const std::string db = (tmp / "t.db").string();
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  Store& s = **store;

  Document a = MakeDoc((tmp / "a.txt").string(), "Title A\n\nBody of A mentions 经济.\n");
  Document a_copy = MakeDoc((tmp / "copy.txt").string(), "Title A\n\nBody of A mentions 经济.\n");
  Document a2 = MakeDoc((tmp / "a.txt").string(), "Title A\n\nThe body changed.\n");
  Document b = MakeDoc((tmp / "b.txt").string(), "Title B\n\nAnother text.\n");

  REQUIRE(s.BeginBatch().ok());
  CHECK(s.in_batch());
  CHECK_FALSE(s.BeginBatch().ok());  // one batch at a time
  auto r1 = s.Put(a, {OrgFact(a, "x")});
  REQUIRE(r1.ok());
  CHECK(r1->outcome == PutOutcome::kAdded);
  auto r2 = s.Put(a_copy, {});  // the same text, earlier in this batch
  REQUIRE(r2.ok());
  CHECK(r2->outcome == PutOutcome::kDuplicate);
  CHECK(r2->id == r1->id);
  auto r3 = s.Put(a, {OrgFact(a, "x")});
  REQUIRE(r3.ok());
  CHECK(r3->outcome == PutOutcome::kUnchanged);
  auto r4 = s.Put(a2, {});  // the same path with new text, in this batch
  REQUIRE(r4.ok());
  CHECK(r4->outcome == PutOutcome::kUpdated);
  CHECK(r4->id == r1->id);
  auto r5 = s.Put(b, {OrgFact(b, "y")});
  REQUIRE(r5.ok());
  CHECK(r5->outcome == PutOutcome::kAdded);

  CHECK(CountDocuments(db) == 0);  // another connection sees nothing yet
  REQUIRE(s.CommitBatch().ok());
  CHECK_FALSE(s.in_batch());
  CHECK(CountDocuments(db) == 2);

  auto back = s.GetDocument(r1->id);
  REQUIRE(back.ok());
  CHECK(back->text == a2.text);
  auto facts = s.Facts(FactFilter{});
  REQUIRE(facts.ok());
  REQUIRE(facts->size() == 1);  // a's fact went with its old version
  CHECK((*facts)[0].doc_id == r5->id);
  CHECK((*facts)[0].fact.attrs["id"] == "y");
  CHECK(s.Check().ok());
}

TEST_CASE("Store batch: a document that fails is absent, the rest of its batch is stored") {
  test::TempDir tmp;
  const std::string db = (tmp / "t.db").string();
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  Store& s = **store;
  // Refuses the fact row of org "bad", after its document and segments were written.
  RefuseOrgFact(s, "bad");

  Document a = MakeDoc((tmp / "a.txt").string(), "Title A\n\nFirst text.\n");
  Document bad = MakeDoc((tmp / "bad.txt").string(), "Title Bad\n\nSecond text.\n");
  Document c = MakeDoc((tmp / "c.txt").string(), "Title C\n\nThird text.\n");

  REQUIRE(s.BeginBatch().ok());
  REQUIRE(s.Put(a, {OrgFact(a, "good")}).ok());
  auto failed = s.Put(bad, {OrgFact(bad, "good"), OrgFact(bad, "bad")});
  CHECK_FALSE(failed.ok());
  auto rc = s.Put(c, {OrgFact(c, "good")});
  REQUIRE(rc.ok());
  CHECK(rc->outcome == PutOutcome::kAdded);
  REQUIRE(s.CommitBatch().ok());

  auto list = s.List();
  REQUIRE(list.ok());
  REQUIRE(list->size() == 2);
  for (const DocumentSummary& d : *list) {
    CHECK(d.path != CanonicalPath(bad.path));
    CHECK(d.facts == 1);
  }
  auto facts = s.Facts(FactFilter{});
  REQUIRE(facts.ok());
  CHECK(facts->size() == 2);  // none of the failed document's rows stayed
  CHECK(s.Check().ok());
}

TEST_CASE("Store batch: a store closed with its batch open keeps nothing of it") {
  test::TempDir tmp;
  const std::string db = (tmp / "t.db").string();
  {
    auto store = Store::Open(db);
    REQUIRE(store.ok());
    Document a = MakeDoc((tmp / "a.txt").string(), "Title A\n\nCommitted text.\n");
    REQUIRE((*store)->Put(a, {}).ok());  // outside a batch: its own transaction
    REQUIRE((*store)->BeginBatch().ok());
    Document b = MakeDoc((tmp / "b.txt").string(), "Title B\n\nNever committed.\n");
    REQUIRE((*store)->Put(b, {}).ok());
  }
  CHECK(CountDocuments(db) == 1);
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
}

namespace {

// The documents whose segments the full-text index matches for `query`.
std::vector<int64_t> IndexedDocs(Store& s, const std::string& query) {
  std::vector<int64_t> docs;
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(s.handle(),
                             "SELECT DISTINCT g.doc_id FROM segment_fts f JOIN segments g ON g.id = f.rowid "
                             "WHERE segment_fts MATCH ?1 ORDER BY g.doc_id",
                             -1, &st, nullptr) == SQLITE_OK);
  sqlite3_bind_text(st, 1, query.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(st) == SQLITE_ROW) docs.push_back(sqlite3_column_int64(st, 0));
  sqlite3_finalize(st);
  return docs;
}

void RequireIndexWhole(Store& s) {
  auto check = CheckIndex(s.handle());
  REQUIRE(check.ok());
  CHECK(check->missing == 0);
  CHECK(check->extra == 0);
  CHECK(check->integrity.empty());
}

}  // namespace

// The index rows of a batch are written at CommitBatch (index/store.h): they
// must match the stored segments exactly, including documents updated or
// refused inside the batch.
TEST_CASE("Store batch: the full-text index holds exactly the committed segments") {
  test::TempDir tmp;
  const std::string db = (tmp / "t.db").string();
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  Store& s = **store;
  RefuseOrgFact(s, "bad");

  // Batch 1: c is committed, so batch 2 updates a document already indexed.
  Document c = MakeDoc((tmp / "c.txt").string(), "Title C\n\nHarbour cranes and 貿易.\n");
  REQUIRE(s.BeginBatch().ok());
  auto rc = s.Put(c, {});
  REQUIRE(rc.ok());
  CHECK(IndexedDocs(s, "harbour").empty());  // written at CommitBatch
  REQUIRE(s.CommitBatch().ok());
  CHECK(IndexedDocs(s, "harbour") == std::vector<int64_t>{rc->id});
  RequireIndexWhole(s);

  // Batch 2: a is added and updated twice, c is updated, bad fails, d is added.
  Document a1 = MakeDoc((tmp / "a.txt").string(), "Title A\n\nFirst version about 经济.\n");
  Document a2 = MakeDoc((tmp / "a.txt").string(), "Title A\n\nSecond version about glaciers.\n");
  Document a3 = MakeDoc((tmp / "a.txt").string(), "Title A\n\nThird version about volcanoes.\n");
  Document c2 = MakeDoc((tmp / "c.txt").string(), "Title C\n\nNow about orchards.\n");
  Document bad = MakeDoc((tmp / "bad.txt").string(), "Title Bad\n\nRefused text about meteors.\n");
  Document d = MakeDoc((tmp / "d.txt").string(), "Title D\n\nMore 經濟 news.\n");
  REQUIRE(s.BeginBatch().ok());
  auto ra = s.Put(a1, {});
  REQUIRE(ra.ok());
  REQUIRE(s.Put(a2, {}).ok());
  REQUIRE(s.Put(c2, {}).ok());
  CHECK_FALSE(s.Put(bad, {OrgFact(bad, "bad")}).ok());
  auto rd = s.Put(d, {});
  REQUIRE(rd.ok());
  auto ra3 = s.Put(a3, {});
  REQUIRE(ra3.ok());
  CHECK(ra3->outcome == PutOutcome::kUpdated);
  REQUIRE(s.CommitBatch().ok());

  RequireIndexWhole(s);
  CHECK(IndexedDocs(s, "volcanoes") == std::vector<int64_t>{ra->id});
  CHECK(IndexedDocs(s, "glaciers").empty());
  CHECK(IndexedDocs(s, "orchards") == std::vector<int64_t>{rc->id});
  CHECK(IndexedDocs(s, "harbour").empty());
  CHECK(IndexedDocs(s, "meteors").empty());
  CHECK(IndexedDocs(s, "经济") == std::vector<int64_t>{rd->id});  // a1's text is gone; d is 經濟
  CHECK(s.Check().ok());
}

namespace {

// A VFS that hands everything to the default one and counts how often
// SQLite opens a sub-journal (the undo journal of a savepoint or of a
// statement) as a file, which it does when the journal outgrows memory.
struct SubjournalCountingVfs {
  static inline sqlite3_vfs* base = nullptr;
  static inline int files_opened = 0;
  static int Open(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* out_flags) {
    if (flags & SQLITE_OPEN_SUBJOURNAL) ++files_opened;
    return base->xOpen(base, name, file, flags, out_flags);
  }
};

}  // namespace

TEST_CASE("Store batch: a document's undo journal stays in memory however scattered its facts") {
  test::TempDir tmp;
  // Store::Open configures SQLite before anything else initialises it; the
  // counting VFS can only be installed after that.
  REQUIRE(Store::Open((tmp / "first.db").string()).ok());
  SubjournalCountingVfs::base = sqlite3_vfs_find(nullptr);
  REQUIRE(SubjournalCountingVfs::base != nullptr);
  sqlite3_vfs counting = *SubjournalCountingVfs::base;
  counting.zName = "dossier-test-counting";
  counting.xOpen = &SubjournalCountingVfs::Open;
  REQUIRE(sqlite3_vfs_register(&counting, /*makeDflt=*/1) == SQLITE_OK);
  struct Restore {
    sqlite3_vfs* vfs;
    ~Restore() {
      sqlite3_vfs_register(SubjournalCountingVfs::base, 1);
      sqlite3_vfs_unregister(vfs);
    }
  } restore{&counting};

  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  Store& s = **store;
  // Each document has 60 dates spread over 40 years, so the date index
  // grows to hundreds of pages and every later document changes dozens of
  // them: far more than SQLite's default 64 KiB (16 pages) of journal.
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u, (seed >> 8); };
  auto add_batch = [&](int first, int count) {
    REQUIRE(s.BeginBatch().ok());
    for (int i = first; i < first + count; ++i) {
      Document d = MakeDoc((tmp / ("d" + std::to_string(i) + ".txt")).string(),
                           "Title " + std::to_string(i) + "\n\nDates in document " + std::to_string(i) + ".\n");
      std::vector<Fact> facts;
      for (int k = 0; k < 60; ++k) {
        Fact f = MakeFact(d, FactType::kDate, {0, 5});
        char value[16];
        std::snprintf(value, sizeof value, "%04u-%02u-%02u", 1990 + next() % 40, 1 + next() % 12, 1 + next() % 28);
        f.attrs = {{"value", value}};
        facts.push_back(std::move(f));
      }
      REQUIRE(s.Put(d, facts).ok());
    }
    REQUIRE(s.CommitBatch().ok());
  };
  add_batch(0, 400);
  SubjournalCountingVfs::files_opened = 0;
  add_batch(400, 100);
  CHECK(SubjournalCountingVfs::files_opened == 0);
  auto dates = s.Facts(FactFilter{.type = FactType::kDate});
  REQUIRE(dates.ok());
  CHECK(dates->size() == 500 * 60);
  CHECK(s.Check().ok());
}
