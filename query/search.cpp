#include "query/search.h"

#include "query/highlight.h"
#include "query/query.h"

namespace dossier {

StatusOr<SearchResult> Search(const Store& store, std::string_view query_text,
                              const SearchOptions& options) {
  Tokenizer tokenizer;
  StatusOr<Query> query = ParseQuery(query_text, tokenizer);
  if (!query.ok()) return query.status();
  SearchRequest request;
  request.match = query->fts;
  request.filters = query->filters;
  request.limit = options.limit;
  request.offset = options.offset;
  SearchResult result;
  // Without filters the search counts every hit in its own pass over them
  // (total >= 0); with filters, counting is a separate query.
  int64_t total = -1;
  auto hits = SearchSegments(store.handle(), request, &total);
  if (!hits.ok()) return hits.status();
  for (SegmentHit& seg : *hits) {
    SearchHit hit;
    for (const Span& m : FindMatches(tokenizer, seg.text, query->terms))
      hit.matches.push_back({m.start + static_cast<size_t>(seg.start), m.end + static_cast<size_t>(seg.start)});
    hit.segment = std::move(seg);
    result.hits.push_back(std::move(hit));
  }
  if (options.count && total >= 0) {
    result.total = total;
  } else if (options.count) {
    auto counted = CountHits(store.handle(), request);
    if (!counted.ok()) return counted.status();
    result.total = *counted;
  }
  if (options.facets) {
    auto facets = FacetHits(store.handle(), request);
    if (!facets.ok()) return facets.status();
    result.facets = std::move(*facets);
  }
  return result;
}

}  // namespace dossier
