// The SQL side of `dossier search`, `dossier reindex` and `dossier check`.
//
//   SearchRequest req;
//   req.match = "\"贸易\" AND \"rcep\"";      // an FTS5 expression (query/ builds it)
//   req.filters.langs = {"ja"};
//   StatusOr<std::vector<SegmentHit>> hits = SearchSegments(db, req);
//
// `match` must come from query/ (every term quoted); this layer only binds
// it. An empty `match` lists the segments the filters select. Ranking:
// bm25 over the segment text, multiplied by a weight per segment kind
// (title 3, heading 2, paragraph 1), ties broken by document date, newest
// first. Scores are reported so that higher is better.
//
// Without filters, and with filters (the index holds them as terms,
// index/filter_terms.h), the top offset + limit are found in one pass inside
// FTS5 (dossier_top, index/segment_rank.h), which also counts the hits; only
// the kept hits and their ties are read from segments and documents. The
// filters the terms cannot express (a lang: value with a LIKE wildcard, a
// date: filter over odd stored dates) are joined and sorted in SQL. All
// give the same order (tests/query/search_rank_test.cpp,
// tests/index/filter_terms_test.cpp); the cost model is in docs/search.md.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "ingest/status.h"

namespace dossier {

// Each list is a disjunction (lang:ja lang:en = either); lists are ANDed.
struct SearchFilters {
  std::vector<std::string> langs;    // "zh" also selects zh-Hans and zh-Hant
  std::vector<std::string> kinds;    // document kind
  std::vector<std::string> sources;  // document source, case-insensitive
  std::vector<int64_t> docs;
  std::vector<std::string> orgs;     // org ids in facts (type 'org', value_text)
  // Document date range, ISO prefixes, both inclusive; empty = open.
  // Any date filter excludes documents without a date.
  bool has_date = false;
  std::string date_from, date_to;
};

struct SearchRequest {
  std::string match;  // FTS5 expression, or empty for filters only
  SearchFilters filters;
  int64_t limit = 10;
  int64_t offset = 0;
};

struct SegmentHit {
  int64_t doc_id = 0;
  int64_t ord = 0;       // segment index in the document
  std::string kind;      // segment kind
  std::string lang;
  int64_t start = 0, end = 0;  // segment span in the document text
  double score = 0;      // higher is better
  std::string title, date, path, source, doc_kind;
  std::string text;      // the segment text
};

// `*total` (if given) gets the number of matching segments when the search
// counted them on the way (a query without filters), else -1.
StatusOr<std::vector<SegmentHit>> SearchSegments(sqlite3* db, const SearchRequest& request,
                                                 int64_t* total = nullptr);
// The number of segments that match (ignoring limit and offset).
StatusOr<int64_t> CountHits(sqlite3* db, const SearchRequest& request);

struct SearchFacets {
  using Counts = std::vector<std::pair<std::string, int64_t>>;  // value, matching segments
  Counts lang, year, kind, source, org;
};
StatusOr<SearchFacets> FacetHits(sqlite3* db, const SearchRequest& request);

// Drops and rebuilds the whole index from the stored segments (after a
// tokenizer change). Returns the number of segments indexed.
StatusOr<int64_t> RebuildIndex(sqlite3* db);

struct IndexCheck {
  int64_t segments = 0;  // rows in segments
  int64_t indexed = 0;   // rows the index knows
  int64_t missing = 0;   // segments not in the index
  int64_t extra = 0;     // index rows with no segment
  std::string integrity; // FTS5 integrity-check error, empty when it passed
  std::string tokenizer; // the tokenizer version the index was built with
  bool tokenizer_current() const;  // equals Tokenizer::kTokenizerVersion
  bool ok() const { return missing == 0 && extra == 0 && integrity.empty() && tokenizer_current(); }
};
StatusOr<IndexCheck> CheckIndex(sqlite3* db);

}  // namespace dossier
