// The documents a query selects, for `dossier sheet --query`.
//
//   StatusOr<std::vector<int64_t>> ids = SelectSheetDocuments(store, "RCEP lang:ja date:2023..2025");
//
// This is the one seam between fact sheets and search. Until query/search
// lands it is a simple filter on document metadata (index/document_select.h):
//   lang:ja  lang:ja,en      a segment in one of these languages
//   date:2023..2025  date:2023-11  date:..2024  date:2023..
//                            the document date, on the grain of the bound
//   kind:speech  source:MOFA  exact kind; source containing the text
//   RCEP  "free trade"       every word or quoted phrase occurs in the text
// When the full-text search is there, SelectSheetDocuments should return the
// distinct document ids of its hits (in ascending order) and nothing else
// here needs to change.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "index/document_select.h"
#include "index/store.h"

namespace dossier {

// Parses the query language above; kInvalidQuery for an unbalanced quote,
// an empty filter value or a malformed date range.
StatusOr<DocumentSelection> ParseSelectionQuery(std::string_view query);

// Document ids selected by `query`, ascending.
StatusOr<std::vector<int64_t>> SelectSheetDocuments(const Store& store, std::string_view query);

}  // namespace dossier
