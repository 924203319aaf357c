#include "query/sheet_selection.h"

#include <set>

#include "query/search.h"

namespace dossier {

StatusOr<std::vector<int64_t>> SelectSheetDocuments(const Store& store, std::string_view query) {
  // Page through every hit: a sheet wants all matching documents, not the top ten.
  constexpr int64_t kPage = 5000;
  std::set<int64_t> ids;
  SearchOptions options;
  options.limit = kPage;
  options.count = false;
  for (options.offset = 0;; options.offset += kPage) {
    StatusOr<SearchResult> result = Search(store, query, options);
    if (!result.ok()) return result.status();
    for (const SearchHit& hit : result->hits) ids.insert(hit.segment.doc_id);
    if (static_cast<int64_t>(result->hits.size()) < kPage) break;
  }
  return std::vector<int64_t>(ids.begin(), ids.end());
}

}  // namespace dossier
