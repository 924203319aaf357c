// How a document's facts are stored: one packed value per document
// (`doc_facts.data`, schema version 9, docs/schema.md), and the few keys
// that queries select documents by.
//
//   PackedFacts p = PackFacts(facts, rows);     // on an add worker
//   ... INSERT p.data, p.counts, one row per p.years and p.orgs ...
//   StatusOr<std::vector<StoredFactColumns>> back = UnpackFacts(p.data);
//   Fact f = ReadFactRow(back[i], doc_text);    // equals facts[i]
//
// Why: a generated document has about 75 facts. As one row each, with an
// index by document, by date and by organisation, they were most of the
// single writer's work in `dossier add`, and that work grew with the
// database. Nothing queries a fact by its own columns except its type, its
// date's year and its organisation id, and only to find the documents
// that hold them; so a document's facts are one value, and its years and
// organisations are a few short keys.
//
// The value: byte 0x01 (the format), then each fact in the order given:
//   type        1 byte: 0 figure, 1 date, 2 org, 3 commitment
//   fields      1 byte: bit 0 value_num, 1 value_text, 2 unit, 3 attrs
//   start       LEB128 varint, byte offset into the document's text
//   length      LEB128 varint, end - start
//   lang        varint length, then the bytes
//   value_num   8 bytes, the IEEE double little-endian   (if bit 0)
//   value_text, unit, attrs: varint length, then bytes   (if bits 1, 2, 3)
// What must stay true: UnpackFacts(PackFacts(...).data) gives every fact's
// columns back exactly, in order (so ReadFactRow gives the same Fact), and
// a value that is not well formed is Corruption, never a crash.
#pragma once

#include <sqlite3.h>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/fact.h"
#include "index/fact_row.h"
#include "ingest/status.h"

namespace dossier {

struct PackedFacts {
  std::string data;                 // the packed value (format above)
  std::array<int64_t, 4> counts{};  // facts by FactType: figure, date, org, commitment
  // Distinct FactYear of the date facts with a value, sorted: `fact_years`.
  std::vector<std::string> years;
  // Distinct org ids of the org facts with one, sorted, each with its
  // number of mentions: `fact_orgs`.
  std::vector<std::pair<std::string, int64_t>> orgs;

  int64_t total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};
// `rows[i]` is MakeFactRow(facts[i]).
PackedFacts PackFacts(const std::vector<Fact>& facts, const std::vector<FactRow>& rows);

// The columns of every fact in `data`, in the order they were packed.
StatusOr<std::vector<StoredFactColumns>> UnpackFacts(std::string_view data);

// One fact of a packed value, its strings pointing into the value. For
// filtering many facts without copying them (Store::Facts): a query that
// reads half a large collection's facts spent most of its time allocating
// strings for facts it then dropped.
struct PackedFactView {
  FactType type = FactType::kFigure;
  size_t start = 0, end = 0;
  std::string_view lang;
  std::optional<double> value_num;
  std::optional<std::string_view> value_text, unit, attrs;
  StoredFactColumns ToColumns() const;
};
// Calls `visit` for each fact of `data`, in order. Corruption if `data` is
// not well formed (the facts before the damage have been visited).
Status VisitPackedFacts(std::string_view data, const std::function<void(const PackedFactView&)>& visit);
// The counts, years and orgs of `facts` as PackFacts computes them (`data`
// is left empty): what `dossier check` compares the key rows with.
PackedFacts KeysOf(const std::vector<StoredFactColumns>& facts);

// The year key of a date value: its first four characters as SQL's
// substr(value, 1, 4) counts them (utf8::CodePointCount), so that SQL
// (migration 9) and C++ compute the same keys.
std::string_view FactYear(std::string_view date_value);

// True when the first CodePointCount(prefix) characters of `value` are
// >= `prefix` (for `from`) or <= `prefix` (for `to`), compared bytewise:
// the prefix-inclusive date bounds of `dossier facts --from/--to`, exactly
// as SQL's substr(value, 1, length(prefix)) >= prefix computes them.
bool PrefixAtLeast(std::string_view value, std::string_view prefix);
bool PrefixAtMost(std::string_view value, std::string_view prefix);

// Adds dossier_pack_facts(id, type, start, end, lang, value_num, value_text,
// unit, attrs) to a connection: an aggregate that packs the `facts` rows of
// schema 8 (one document per group) in the order of their ids. Migration 9
// needs it; Store::Open registers it.
Status RegisterFactFunctions(sqlite3* db);

}  // namespace dossier
