// Search: a query string in, ranked segments with match ranges out.
//
//   StatusOr<SearchResult> r = Search(store, "経済 協力 lang:ja", {.limit = 10});
//   for (const SearchHit& h : r->hits) h.matches  // absolute byte ranges in the document text
//
// Ranking and its cost: docs/search.md (Ranking) and index/segment_rank.h.
//
// Errors: Status::InvalidQuery for a query that does not parse (see
// query/query.h); other codes come from the database. The store should be
// opened read-only: search never writes.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "index/search_index.h"
#include "index/store.h"
#include "ingest/document.h"

namespace dossier {

struct SearchOptions {
  int64_t limit = 10;
  int64_t offset = 0;
  bool facets = false;  // also count all hits by language, year, kind, source, org
  // Also count all hits. Exact either way; without filters the ranking pass
  // counts them anyway (free), with filters it is one more query.
  bool count = true;
};

struct SearchHit {
  SegmentHit segment;
  std::vector<Span> matches;  // absolute offsets in the document text, inside the segment
};

struct SearchResult {
  std::vector<SearchHit> hits;
  int64_t total = 0;  // all matching segments (when options.count)
  std::optional<SearchFacets> facets;
};

StatusOr<SearchResult> Search(const Store& store, std::string_view query, const SearchOptions& options);

}  // namespace dossier
