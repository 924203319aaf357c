// The documents a query selects, for `dossier sheet --query`.
//
//   StatusOr<std::vector<int64_t>> ids = SelectSheetDocuments(store, "RCEP lang:ja date:2023..2025");
//
// The query is the search language of `dossier search` (docs/search.md):
// words, phrases, OR, -, NEAR and the filters lang:, date:, kind:, source:,
// doc:, org:. A document is selected when at least one of its segments is a
// hit; a query of filters only selects every document they admit.
// This is the one seam between fact sheets and search.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "index/store.h"

namespace dossier {

// Distinct document ids of the query's hits, ascending. A query that does
// not parse is Status::InvalidQuery (as for `dossier search`).
StatusOr<std::vector<int64_t>> SelectSheetDocuments(const Store& store, std::string_view query);

}  // namespace dossier
