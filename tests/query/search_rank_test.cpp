// Ranking: the one-pass top-k search (no filters) against the SQL path
// (filters the index cannot answer), ties broken by date, and the kind
// columns of migration 4.
#include <catch2/catch.hpp>

#include <random>

#include "index/schema.h"
#include "index/search_index.h"
#include "index/segment_index.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "query/query.h"
#include "query/search.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

Document DatedDoc(const std::string& path, const std::string& body, const std::string& date) {
  StatusOr<Document> doc = IngestBytes(body, path, IngestOptions{});
  REQUIRE(doc.ok());
  doc->meta.date = date;
  return std::move(doc).value();
}

std::string Fts(const std::string& query) { return test::FtsOf(query); }

TEST_CASE("search: ties in score are broken by date, newest first", "[search][rank]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  // 40 documents with the same title: equal scores, only the date differs
  // (shuffled, so insertion order cannot stand in for it).
  std::vector<int> days(40);
  for (int i = 0; i < 40; ++i) days[static_cast<size_t>(i)] = i + 1;
  std::shuffle(days.begin(), days.end(), std::mt19937(3));
  for (int i = 0; i < 40; ++i) {
    char date[32];  // room for any int, so the compiler sees no truncation
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + days[static_cast<size_t>(i)] / 28,
                  1 + days[static_cast<size_t>(i)] % 28);
    auto put = s.Put(DatedDoc((tmp / ("d" + std::to_string(i) + ".txt")).string(),
                              "Tidal energy\n\nParagraph number " + std::to_string(i) + " about other things.\n",
                              date),
                     {});
    REQUIRE(put.ok());
  }
  auto r = Search(s, "tidal", {.limit = 10});
  REQUIRE(r.ok());
  CHECK(r->total == 40);
  REQUIRE(r->hits.size() == 10);
  std::vector<std::string> all_dates;
  for (int d : days) {
    char date[32];  // room for any int, so the compiler sees no truncation
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + d / 28, 1 + d % 28);
    all_dates.push_back(date);
  }
  std::sort(all_dates.rbegin(), all_dates.rend());
  for (size_t i = 0; i < 10; ++i) {
    CHECK(r->hits[i].segment.date == all_dates[i]);
    CHECK(r->hits[i].segment.score == r->hits[0].segment.score);
  }
  // The next page continues where the first stopped.
  auto page2 = Search(s, "tidal", {.limit = 10, .offset = 10});
  REQUIRE(page2.ok());
  REQUIRE(page2->hits.size() == 10);
  CHECK(page2->hits[0].segment.date == all_dates[10]);
}

TEST_CASE("search: the one-pass top k orders hits as the SQL ranking does", "[search][rank]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  // Many documents from a small vocabulary: scores repeat, dates repeat.
  const std::vector<std::string> words = {"trade", "hydrogen", "tourism", "ports", "steel", "rice", "energy",
                                          "talks", "forum", "quota"};
  std::mt19937 rng(11);
  auto sentence = [&](int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? " " : "") + words[rng() % words.size()];
    return out + ".";
  };
  for (int i = 0; i < 120; ++i) {
    std::string body = "Report " + sentence(2 + static_cast<int>(rng() % 3)) + "\n\n";
    for (int p = 0; p < 3; ++p) body += "This paragraph says " + sentence(3 + static_cast<int>(rng() % 8)) + "\n\n";
    char date[32];  // room for any int, so the compiler sees no truncation
    std::snprintf(date, sizeof date, "20%02d-0%d-01", 18 + static_cast<int>(rng() % 5), 1 + static_cast<int>(rng() % 3));
    REQUIRE(s.Put(DatedDoc((tmp / ("d" + std::to_string(i) + ".txt")).string(), body, date), {}).ok());
  }
  for (const std::string query : {"trade", "hydrogen energy", "steel OR rice", "\"trade talks\"", "quota -forum"}) {
    for (int64_t offset : {0, 3, 37}) {
      for (int64_t limit : {1, 10, 50}) {
        INFO(query << " offset " << offset << " limit " << limit);
        SearchRequest fast;
        fast.match = Fts(query);
        fast.limit = limit;
        fast.offset = offset;
        // A filter every segment passes, and that the index cannot answer
        // (a lang: value with a LIKE wildcard), sends the same search down
        // the SQL path.
        SearchRequest sql = fast;
        sql.filters.langs = {"en", "ja", "zh-Hans", "zh-Hant", "x_y"};
        int64_t fast_total = 0, sql_total = 0;
        auto a = SearchSegments(s.handle(), fast, &fast_total);
        auto b = SearchSegments(s.handle(), sql, &sql_total);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        CHECK(sql_total == -1);  // the SQL path does not count on the way
        auto counted = CountHits(s.handle(), sql);
        REQUIRE(counted.ok());
        CHECK(fast_total == *counted);
        REQUIRE(a->size() == b->size());
        CHECK(a->size() == static_cast<size_t>(std::clamp<int64_t>(*counted - offset, 0, limit)));
        for (size_t i = 0; i < a->size(); ++i) {
          CHECK((*a)[i].doc_id == (*b)[i].doc_id);
          CHECK((*a)[i].ord == (*b)[i].ord);
          CHECK((*a)[i].score == Approx((*b)[i].score).epsilon(1e-12));
          CHECK((*a)[i].text == (*b)[i].text);
        }
      }
    }
  }
}

TEST_CASE("search: a version 3 database migrates to the kind columns", "[search][rank]") {
  test::TempDir tmp;
  const std::string path = (tmp / "old.db").string();
  {
    // The schema before migration 4: one `text` column, kinds only in segments.
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    REQUIRE(RegisterTokenizers(db).ok());
    for (size_t i = 0; i < 3; ++i)
      REQUIRE(sqlite3_exec(db, std::string(SchemaMigrations()[i]).c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    const char* rows =
        "INSERT INTO documents(id, path, title, date, content_hash, text) VALUES "
        "(1, '/a.txt', 'Other', '2020-01-01', 'h1', 'Other heading\n\nHydrogen cooperation plans.'),"
        "(2, '/b.txt', 'Hydrogen', '2019-01-01', 'h2', 'Hydrogen cooperation plans\n\nSomething else.');"
        "INSERT INTO segments(id, doc_id, ord, kind, lang, start, end) VALUES "
        "(1, 1, 0, 'title', 'en', 0, 13), (2, 1, 1, 'paragraph', 'en', 15, 42),"
        "(3, 2, 0, 'title', 'en', 0, 26), (4, 2, 1, 'paragraph', 'en', 28, 43);"
        "INSERT INTO segment_fts(segment_fts) VALUES('rebuild');"
        "PRAGMA user_version=3;";
    REQUIRE(sqlite3_exec(db, rows, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  // A read-only open does not migrate: search says what to do.
  {
    auto ro = Store::Open(path, Store::Mode::kReadOnly);
    REQUIRE(ro.ok());
    auto r = Search(**ro, "hydrogen", {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().reason().find("migrate") != std::string::npos);
  }
  auto opened = Store::Open(path);
  REQUIRE(opened.ok());
  Store& s = **opened;
  auto check = CheckIndex(s.handle());
  REQUIRE(check.ok());
  CHECK(check->ok());
  CHECK(check->indexed == 4);
  auto r = Search(s, "hydrogen cooperation", {});
  REQUIRE(r.ok());
  CHECK(r->total == 2);
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].segment.doc_id == 2);  // the title, though older
  CHECK(r->hits[0].segment.kind == "title");
  CHECK(r->hits[0].segment.text == "Hydrogen cooperation plans");
  // Removing a document after the migration takes its rows out of the index.
  REQUIRE(s.Remove(2).ok());
  auto after = CheckIndex(s.handle());
  REQUIRE(after.ok());
  CHECK(after->ok());
  CHECK(after->indexed == 2);
}

}  // namespace
}  // namespace dossier
