// How a fact is stored in a `facts` row (schema version 5, docs/schema.md).
//
//   FactRow row = MakeFactRow(doc, fact);            // on an add worker
//   ... INSERT the row's columns ...
//   Fact back = ReadFactRow(columns, doc_text);      // equals `fact`
//
// The contract's value fields live in indexed columns: value_num and unit for
// figures, value_text for the date value, the org id and the commitment
// strength. `attrs` keeps only the other fields, and `text` is not stored at
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
#include "ingest/document.h"

namespace dossier {

struct FactRow {
  int64_t segment_ord = -1;          // -1: no segment holds the fact's start (NULL)
  std::optional<double> value_num;   // figures
  std::optional<std::string> value_text;  // dates, orgs, commitments
  std::optional<std::string> unit;   // figures with a unit
  std::optional<std::string> attrs;  // JSON of the remaining fields; nullopt: none (NULL)
};
FactRow MakeFactRow(const Document& doc, const Fact& fact);

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
