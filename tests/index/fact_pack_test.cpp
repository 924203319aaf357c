// A document's facts packed in one value (index/fact_pack.h, schema 9)
// unpack to the same columns, in order; their keys are what queries find
// documents by; a damaged value is Corruption, never a crash; and
// `dossier check` sees key rows that disagree with the facts.
#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "index/fact_pack.h"
#include "index/fact_row.h"
#include "index/store.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::MakeDoc;

namespace {

const char* kBody = "Trade rose 15.5% to $20 billion in 2023, the ministry and 国务院 said; both sides will meet.\n";

Fact FactWith(const Document& doc, FactType type, Span span, nlohmann::json attrs, std::string lang = "en") {
  Fact f = MakeFact(doc, type, span);
  f.attrs = std::move(attrs);
  f.lang = std::move(lang);
  return f;
}

// A little of everything: every type, every optional column present and
// absent, non-ASCII values, odd doubles, facts out of text order.
std::vector<Fact> VariedFacts(const Document& doc) {
  return {
      FactWith(doc, FactType::kFigure, {11, 16}, {{"value", 15.5}, {"unit", "%"}, {"change", "up"}}),
      FactWith(doc, FactType::kDate, {34, 38}, {{"value", "2023"}, {"anchored", false}}),
      FactWith(doc, FactType::kFigure, {0, 5}, {{"value", -0.0}}),
      FactWith(doc, FactType::kFigure, {0, 5}, {{"value", 1e300}, {"unit", "USD"}}),
      FactWith(doc, FactType::kFigure, {0, 5}, {{"value", 2000}, {"unit", "count"}}),
      FactWith(doc, FactType::kDate, {0, 5}, {{"value", ""}, {"anchored", true}}),
      FactWith(doc, FactType::kDate, {0, 5}, {{"value", "2023-05/2024-01"}}),
      FactWith(doc, FactType::kDate, {0, 5}, {{"value", "1999-12-31"}}),
      FactWith(doc, FactType::kOrg, {57, 66}, {{"id", "cn-state-council"}, {"name", "国务院"}}, "zh-Hans"),
      FactWith(doc, FactType::kOrg, {57, 66}, {{"id", "cn-state-council"}}, "zh-Hans"),
      FactWith(doc, FactType::kOrg, {0, 5}, {{"id", "cn-mofcom"}}),
      FactWith(doc, FactType::kOrg, {0, 5}, nlohmann::json::object()),  // no id: no key
      FactWith(doc, FactType::kCommitment, {68, 90}, {{"strength", "pledge"}, {"actor", "both sides"}}, ""),
  };
}

std::vector<FactRow> RowsOf(const Document& doc, const std::vector<Fact>& facts) {
  std::vector<FactRow> rows;
  for (const Fact& f : facts) rows.push_back(MakeFactRow(f));
  return rows;
}

}  // namespace

TEST_CASE("Fact pack: every fact unpacks to the same columns, in order, and reads back the same fact") {
  Document doc = MakeDoc("/x/a.txt", kBody);
  const std::vector<Fact> facts = VariedFacts(doc);
  const std::vector<FactRow> rows = RowsOf(doc, facts);
  const PackedFacts packed = PackFacts(facts, rows);
  auto back = UnpackFacts(packed.data);
  REQUIRE(back.ok());
  REQUIRE(back->size() == facts.size());
  for (size_t i = 0; i < facts.size(); ++i) {
    INFO("fact " << i << ": " << facts[i].attrs.dump());
    const StoredFactColumns& c = (*back)[i];
    CHECK(c.type == facts[i].type);
    CHECK(c.start == facts[i].span.start);
    CHECK(c.end == facts[i].span.end);
    CHECK(c.lang == facts[i].lang);
    CHECK(c.value_text == rows[i].value_text);
    CHECK(c.unit == rows[i].unit);
    CHECK(c.attrs == rows[i].attrs);
    REQUIRE(c.value_num.has_value() == rows[i].value_num.has_value());
    if (c.value_num) {
      // Bit for bit: -0.0 stays negative.
      CHECK(*c.value_num == *rows[i].value_num);
      CHECK(std::signbit(*c.value_num) == std::signbit(*rows[i].value_num));
    }
    const Fact f = ReadFactRow(c, doc.text);
    CHECK(f.text == facts[i].text);
    CHECK(f.attrs.dump() == facts[i].attrs.dump());
  }
  // No facts is a value too.
  auto none = UnpackFacts(PackFacts({}, {}).data);
  REQUIRE(none.ok());
  CHECK(none->empty());
}

TEST_CASE("Fact pack: the keys are the counts by type, the dates' years and the orgs' mentions") {
  Document doc = MakeDoc("/x/a.txt", kBody);
  const std::vector<Fact> facts = VariedFacts(doc);
  const PackedFacts packed = PackFacts(facts, RowsOf(doc, facts));
  CHECK(packed.counts == std::array<int64_t, 4>{4, 4, 4, 1});
  CHECK(packed.total() == static_cast<int64_t>(facts.size()));
  // Distinct, sorted; the empty date value has no year.
  CHECK(packed.years == std::vector<std::string>{"1999", "2023"});
  CHECK(packed.orgs == std::vector<std::pair<std::string, int64_t>>{{"cn-mofcom", 1}, {"cn-state-council", 2}});
  // KeysOf (what `check` compares with) agrees on the unpacked facts.
  auto back = UnpackFacts(packed.data);
  REQUIRE(back.ok());
  const PackedFacts keys = KeysOf(*back);
  CHECK(keys.counts == packed.counts);
  CHECK(keys.years == packed.years);
  CHECK(keys.orgs == packed.orgs);
}

TEST_CASE("Fact pack: year keys and date bounds count characters as SQLite does") {
  CHECK(FactYear("2023-05-17") == "2023");
  CHECK(FactYear("P2Y") == "P2Y");
  CHECK(FactYear("\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9x") == "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9");
  CHECK(FactYear("\x80\x80\x61\x62\x63") == "\x80\x80\x61\x62");  // stray continuation bytes count one each
  // Prefix-inclusive: a bound compares as many characters as it has.
  CHECK(PrefixAtLeast("2023-05-17", "2023"));
  CHECK(PrefixAtLeast("2023-05-17", "2023-05-17"));
  CHECK_FALSE(PrefixAtLeast("2022-12-31", "2023"));
  CHECK(PrefixAtMost("2023-05-17", "2023"));
  CHECK(PrefixAtMost("2023-05-17", "2023-05"));
  CHECK_FALSE(PrefixAtMost("2023-06", "2023-05"));
  CHECK(PrefixAtMost("P\xC3\xA9\xC3\xA9x", "P\xC3\xA9\xC3\xA9"));  // 3 characters, 5 bytes
  CHECK_FALSE(PrefixAtLeast("19", "2000"));
  // The same as SQL's substr(value, 1, length(bound)) >= bound.
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
  const std::vector<std::string> samples = {"2023",    "2023-05", "19", "", "P\xC3\xA9\xC3\xA9x", "\x80\x80\x61",
                                            "\xC3\xA9", "2024-01-01", "P2Y"};
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db,
                             "SELECT substr(?1, 1, length(?2)) >= ?2, substr(?1, 1, length(?2)) <= ?2, "
                             "substr(?1, 1, 4) = ?3",
                             -1, &st, nullptr) == SQLITE_OK);
  for (const std::string& value : samples)
    for (const std::string& bound : samples) {
      INFO("value '" << value << "' bound '" << bound << "'");
      sqlite3_reset(st);
      sqlite3_bind_text(st, 1, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
      sqlite3_bind_text(st, 2, bound.data(), static_cast<int>(bound.size()), SQLITE_TRANSIENT);
      const std::string year(FactYear(value));
      sqlite3_bind_text(st, 3, year.data(), static_cast<int>(year.size()), SQLITE_TRANSIENT);
      REQUIRE(sqlite3_step(st) == SQLITE_ROW);
      CHECK((sqlite3_column_int(st, 0) == 1) == PrefixAtLeast(value, bound));
      CHECK((sqlite3_column_int(st, 1) == 1) == PrefixAtMost(value, bound));
      CHECK(sqlite3_column_int(st, 2) == 1);
    }
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_CASE("Fact pack: a damaged value is Corruption, whatever is cut or changed") {
  Document doc = MakeDoc("/x/a.txt", kBody);
  const std::vector<Fact> facts = VariedFacts(doc);
  const std::string data = PackFacts(facts, RowsOf(doc, facts)).data;
  CHECK(UnpackFacts("").status().code() == Status::Code::kCorruption);
  CHECK(UnpackFacts("\x02").status().code() == Status::Code::kCorruption);  // another format
  // Cut anywhere inside a fact: Corruption. Cut between facts: the facts before.
  size_t whole = 0;
  for (size_t n = 1; n < data.size(); ++n) {
    auto cut = UnpackFacts(std::string_view(data).substr(0, n));
    if (cut.ok()) {
      ++whole;
      CHECK(cut->size() < facts.size());
    } else {
      CHECK(cut.status().code() == Status::Code::kCorruption);
    }
  }
  CHECK(whole == facts.size());  // after the format byte, and between two facts
  // Every byte flipped in turn: never a crash (the sanitizers watch), and a
  // value that does unpack never claims more facts than bytes.
  for (size_t i = 1; i < data.size(); ++i) {
    std::string bad = data;
    bad[i] = static_cast<char>(bad[i] ^ 0xFF);
    auto back = UnpackFacts(bad);
    if (back.ok()) CHECK(back->size() <= bad.size() / 4);
  }
  // A varint that never ends, and a length past the end.
  CHECK_FALSE(UnpackFacts(std::string("\x01\x00\x00", 3) + std::string(12, '\xFF')).ok());
  CHECK_FALSE(UnpackFacts(std::string("\x01\x00\x00\x01\x02\x7F", 6) + "en").ok());
}

TEST_CASE("Fact pack: check finds key rows that disagree with the packed facts") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  Store& s = **store;
  Document doc = MakeDoc((tmp / "a.txt").string(), kBody);
  REQUIRE(s.Put(doc, VariedFacts(doc)).ok());
  REQUIRE(s.Check().ok());
  auto exec = [&](const char* sql) { REQUIRE(sqlite3_exec(s.handle(), sql, nullptr, nullptr, nullptr) == SQLITE_OK); };
  SECTION("a year missing") { exec("DELETE FROM fact_years WHERE year = '1999'"); }
  SECTION("a year too many") { exec("INSERT INTO fact_years SELECT doc_id, '2030' FROM doc_facts"); }
  SECTION("a mention count wrong") { exec("UPDATE fact_orgs SET mentions = 5 WHERE org_id = 'cn-mofcom'"); }
  SECTION("a count by type wrong") { exec("UPDATE doc_facts SET figures = figures + 1"); }
  SECTION("keys without facts") { exec("DELETE FROM doc_facts"); }
  SECTION("a damaged value") { exec("UPDATE doc_facts SET data = substr(data, 1, length(data) - 3)"); }
  const Status st = s.Check();
  CHECK(st.code() == Status::Code::kCorruption);
  INFO(st.message());
}
