// Group commit (Store::BeginBatch / CommitBatch): the outcomes of single-
// transaction Puts hold inside one batch, a failing document takes only its
// own rows with it, and nothing of a batch is visible or durable before it commits.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "extract/fact.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

using namespace dossier;

namespace {

Document MakeDoc(const std::string& path, const std::string& body) {
  StatusOr<Document> doc = IngestBytes(body, path, IngestOptions{});
  REQUIRE(doc.ok());
  return std::move(doc).value();
}

Fact OrgFact(const Document& doc, const std::string& id) {
  Fact f = MakeFact(doc, FactType::kOrg, {0, 5});
  f.attrs = {{"id", id}, {"name", id}};
  return f;
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
  // Refuses one fact row, after its document and segments were written.
  REQUIRE(sqlite3_exec(s.handle(),
                       "CREATE TEMP TRIGGER refuse BEFORE INSERT ON facts WHEN NEW.value_text = 'bad' "
                       "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
                       nullptr, nullptr, nullptr) == SQLITE_OK);

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
