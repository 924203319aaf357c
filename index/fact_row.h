// The columns a fact is stored as (schema version 5; since version 9 they
// are packed, one value per document: index/fact_pack.h, docs/schema.md).
//
//   FactRow row = MakeFactRow(fact);            // on an add worker
//   ... pack the fact's columns ...
//   Fact back = ReadFactRow(columns, doc_text);      // equals `fact`
//
// The contract's value fields live in columns of their own: value_num and
// unit for figures, value_text for the date value, the org id and the
// commitment strength (the keys documents are found by come from these).
// `attrs` keeps only the other fields, and `text` is not stored at
// all: it is exactly doc_text[start:end]. What must stay true: reading a row
// back gives the same Fact, attrs included, byte for byte when dumped. A
// field is moved into a column only when the column gives it back exactly
// (a figure value only when it is a JSON float, a string only when it is not
// empty); otherwise it stays in `attrs`.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/fact.h"

namespace dossier {

struct FactRow {
  std::optional<double> value_num;   // figures
  std::optional<std::string> value_text;  // dates, orgs, commitments
  std::optional<std::string> unit;   // figures with a unit
  std::optional<std::string> attrs;  // JSON of the remaining fields; nullopt: none (NULL)
};
FactRow MakeFactRow(const Fact& fact);

// The columns of one stored row, as read back.
struct StoredFactColumns {
  FactType type = FactType::kFigure;
  size_t start = 0, end = 0;
  std::string lang;
  std::optional<double> value_num;
  std::optional<std::string> value_text;
  std::optional<std::string> unit;
  std::optional<std::string> attrs;
};
// The fact of a row; `doc_text` is its document's text (the fact's text is
// sliced from it; empty if the span falls outside).
Fact ReadFactRow(const StoredFactColumns& row, std::string_view doc_text);

}  // namespace dossier
