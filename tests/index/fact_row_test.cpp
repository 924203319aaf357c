// A fact stored in a lean `facts` row (index/fact_row.h, schema version 5)
// reads back as the same fact, and migration 5 turns rows written in the
// version-4 layout into rows that read back the same.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include "index/fact_pack.h"
#include "index/fact_row.h"
#include "index/schema.h"
#include "index/segment_index.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::MakeDoc;

namespace {

StoredFactColumns AsStored(const Fact& fact, const FactRow& row) {
  StoredFactColumns c;
  c.type = fact.type;
  c.start = fact.span.start;
  c.end = fact.span.end;
  c.lang = fact.lang;
  c.value_num = row.value_num;
  c.value_text = row.value_text;
  c.unit = row.unit;
  c.attrs = row.attrs;
  return c;
}

const char* kBody = "Trade rose 15.5% to $20 billion in 2023, the ministry and 国务院 said; both sides will meet.\n";

}  // namespace

TEST_CASE("Fact rows: every type reads back the same fact, attrs byte for byte") {
  Document doc = MakeDoc("/x/a.txt", kBody);
  struct Case {
    FactType type;
    nlohmann::json attrs;
    bool value_in_column;
  };
  const std::vector<Case> cases = {
      {FactType::kFigure, {{"value", 15.5}, {"unit", "%"}, {"change", "up"}, {"approx", "exact"}}, true},
      {FactType::kFigure, {{"value", 20000000000.0}, {"unit", "USD"}}, true},
      // An integer would come back from the REAL column as 2000.0: it stays in attrs.
      {FactType::kFigure, {{"value", 2000}, {"unit", "count"}}, false},
      {FactType::kFigure, {{"approx", "about"}}, false},
      {FactType::kDate, {{"value", "2023"}, {"anchored", false}}, true},
      {FactType::kDate, {{"value", ""}, {"anchored", true}}, false},  // '' is not a value
      {FactType::kOrg, {{"id", "cn-state-council"}, {"name", "State Council"}}, true},
      {FactType::kCommitment, {{"strength", "pledge"}, {"actor", "both sides"}, {"action", "meet"}}, true},
      {FactType::kCommitment, {{"strength", 3}}, false},  // not a string: kept as written
      {FactType::kOrg, nlohmann::json::object(), false},
  };
  for (const Case& c : cases) {
    Fact fact = MakeFact(doc, c.type, {0, 5});
    fact.attrs = c.attrs;
    FactRow row = MakeFactRow(fact);
    INFO(FactTypeName(c.type) << " " << c.attrs.dump());
    if (c.value_in_column) {
      CHECK((row.value_num || row.value_text));
      // The value is not repeated in attrs.
      const char* key = c.type == FactType::kOrg ? "id" : c.type == FactType::kCommitment ? "strength" : "value";
      if (row.attrs) CHECK(nlohmann::json::parse(*row.attrs).count(key) == 0);
    }
    Fact back = ReadFactRow(AsStored(fact, row), doc.text);
    CHECK(back.type == fact.type);
    CHECK(back.span == fact.span);
    CHECK(back.text == fact.text);
    CHECK(back.lang == fact.lang);
    CHECK(back.attrs.dump() == fact.attrs.dump());
  }
}

TEST_CASE("Fact rows: the text is sliced from the document, nothing outside it") {
  Document doc = MakeDoc("/x/a.txt", kBody);
  const size_t at = doc.text.find("国务院");
  REQUIRE(at != std::string::npos);
  Fact fact = MakeFact(doc, FactType::kOrg, {at, at + std::string("国务院").size()});
  fact.attrs = {{"id", "cn-state-council"}};
  FactRow row = MakeFactRow(fact);
  CHECK(ReadFactRow(AsStored(fact, row), doc.text).text == "国务院");
  StoredFactColumns outside = AsStored(fact, row);
  outside.end = doc.text.size() + 10;
  CHECK(ReadFactRow(outside, doc.text).text.empty());
}

// Builds a version-4 database by hand (migrations 1-4 and rows in their
// layout: a text column and the values repeated in attrs), then lets
// Store::Open migrate it.
TEST_CASE("Fact rows: migration 5 keeps every fact of a version-4 database") {
  test::TempDir tmp;
  const std::string db_path = (tmp / "v4.db").string();
  Document doc = MakeDoc((tmp / "a.txt").string(), kBody);
  const std::vector<std::pair<FactType, nlohmann::json>> facts = {
      {FactType::kFigure, {{"value", 15.5}, {"unit", "%"}, {"change", "up"}}},
      {FactType::kFigure, {{"value", 2000}, {"unit", "count"}}},
      {FactType::kDate, {{"value", "2023"}, {"anchored", false}}},
      {FactType::kDate, {{"value", ""}, {"anchored", true}}},
      {FactType::kOrg, {{"id", "cn-state-council"}, {"name", "State Council"}}},
      {FactType::kCommitment, {{"strength", "pledge"}, {"actor", "both sides"}}},
  };
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(db_path.c_str(), &db) == SQLITE_OK);
    REQUIRE(RegisterTokenizers(db).ok());
    for (int i = 0; i < 4; ++i)
      REQUIRE(sqlite3_exec(db, std::string(SchemaMigrations()[i]).c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version=4", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO documents (id, path, content_hash, text) VALUES (1, 'a', ?2, ?1)", -1,
                               &st, nullptr) == SQLITE_OK);
    sqlite3_bind_text(st, 1, doc.text.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, ContentHash(doc.text).c_str(), -1, SQLITE_TRANSIENT);  // `check` verifies it
    REQUIRE(sqlite3_step(st) == SQLITE_DONE);
    sqlite3_finalize(st);
    REQUIRE(sqlite3_prepare_v2(db,
                               "INSERT INTO facts (doc_id, segment_ord, type, start, end, text, lang, value_num, "
                               "value_text, unit, attrs) VALUES (1, 0, ?1, ?2, ?3, ?4, 'en', ?5, ?6, ?7, ?8)",
                               -1, &st, nullptr) == SQLITE_OK);
    size_t start = 0;
    for (const auto& [type, attrs] : facts) {
      sqlite3_reset(st);
      sqlite3_clear_bindings(st);
      const std::string text = doc.text.substr(start, 4);
      const std::string type_name(FactTypeName(type));
      sqlite3_bind_text(st, 1, type_name.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64(st, 2, static_cast<int64_t>(start));
      sqlite3_bind_int64(st, 3, static_cast<int64_t>(start + 4));
      sqlite3_bind_text(st, 4, text.c_str(), -1, SQLITE_TRANSIENT);
      // The version-4 writer's columns: value_num for any number, value_text
      // for the value string ('' as NULL), unit for a string unit.
      if (type == FactType::kFigure) {
        sqlite3_bind_double(st, 5, attrs["value"].get<double>());
        sqlite3_bind_text(st, 7, attrs["unit"].get<std::string>().c_str(), -1, SQLITE_TRANSIENT);
      } else {
        const char* key = type == FactType::kOrg ? "id" : type == FactType::kCommitment ? "strength" : "value";
        const std::string v = attrs[key].get<std::string>();
        if (!v.empty()) sqlite3_bind_text(st, 6, v.c_str(), -1, SQLITE_TRANSIENT);
      }
      sqlite3_bind_text(st, 8, attrs.dump().c_str(), -1, SQLITE_TRANSIENT);
      REQUIRE(sqlite3_step(st) == SQLITE_DONE);
      start += 4;
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  auto store = Store::Open(db_path);
  REQUIRE(store.ok());
  auto stats = (*store)->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->schema_version == static_cast<int>(SchemaMigrations().size()));
  auto back = (*store)->Facts(FactFilter{});
  REQUIRE(back.ok());
  REQUIRE(back->size() == facts.size());
  for (size_t i = 0; i < facts.size(); ++i) {
    const Fact& f = (*back)[i].fact;
    CHECK(f.type == facts[i].first);
    CHECK(f.text == doc.text.substr(4 * i, 4));
    CHECK(f.attrs.dump() == facts[i].second.dump());
  }
  // The migrated facts are lean (migration 5: no value repeated in attrs)
  // and packed in one value (migration 9), with their keys beside them.
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2((*store)->handle(), "SELECT data, figures, dates, orgs, commitments FROM doc_facts", -1,
                             &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  auto packed = UnpackFacts(std::string_view(static_cast<const char*>(sqlite3_column_blob(st, 0)),
                                             static_cast<size_t>(sqlite3_column_bytes(st, 0))));
  REQUIRE(packed.ok());
  REQUIRE(packed->size() == facts.size());
  for (const StoredFactColumns& c : *packed) {
    const std::string attrs = c.attrs.value_or("");
    CHECK(attrs.find("\"id\"") == std::string::npos);
    CHECK(attrs.find("\"strength\"") == std::string::npos);
    CHECK(attrs.find("\"unit\":\"") == std::string::npos);
  }
  CHECK(sqlite3_column_int64(st, 1) == 2);
  CHECK(sqlite3_column_int64(st, 2) == 2);
  CHECK(sqlite3_column_int64(st, 3) == 1);
  CHECK(sqlite3_column_int64(st, 4) == 1);
  CHECK(sqlite3_step(st) == SQLITE_DONE);  // one document, one row
  sqlite3_finalize(st);
  auto keys = [&](const char* sql) {
    std::string out;
    sqlite3_stmt* k = nullptr;
    REQUIRE(sqlite3_prepare_v2((*store)->handle(), sql, -1, &k, nullptr) == SQLITE_OK);
    while (sqlite3_step(k) == SQLITE_ROW) out += reinterpret_cast<const char*>(sqlite3_column_text(k, 0)) + std::string(";");
    sqlite3_finalize(k);
    return out;
  };
  CHECK(keys("SELECT doc_id || ':' || year FROM fact_years") == "1:2023;");  // the empty date has no year
  CHECK(keys("SELECT doc_id || ':' || org_id || ':' || mentions FROM fact_orgs") == "1:cn-state-council:1;");
  CHECK(keys("SELECT name FROM sqlite_schema WHERE name = 'facts'").empty());
  auto dates = (*store)->Facts(FactFilter{.type = FactType::kDate, .from = "2023"});
  REQUIRE(dates.ok());
  CHECK(dates->size() == 1);
  CHECK((*store)->Check().ok());
}
