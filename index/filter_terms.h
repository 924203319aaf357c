// Filter terms: the search filters lang:, kind:, source: and date:, answered
// by the full-text index itself.
//
//   FilterTerms("zh-Hans", "speech", "MOFA", "2023-05-12")
//     -> "l0<hash of zh-hans> l0<hash of zh> k0<hash> s0<hash> y02023 m0202305 d020230512"
//   FilterExpression(filters, {2019, 2025})
//     -> "{filters} : (\"l0...\") AND {filters} : (\"y02023\" OR \"m0202401\" OR ...)"
//
// Every segment's row in segment_fts carries, in its `filters` column, terms
// for its language, its document's kind, source and date. A filtered search
// ANDs the terms a filter admits to the query, so FTS5 intersects doclists
// instead of SQL joining each hit to its segment and document rows (about
// 0.2-0.3 us a hit, more than finding the hit). User words never reach this
// column: search puts them under the column filter {body heading title}.
//
// What must stay true:
//   * a filter expression selects exactly the segments that the SQL
//     conditions in search_index.cpp select (tests/index/filter_terms_test.cpp
//     compares them on every combination they are given);
//   * the terms are part of the index format: changing them (or the hash)
//     means bumping Tokenizer::kTokenizerVersion and `dossier reindex`.
//
// The terms are lower-case ASCII words with a digit, so the tokenizer keeps
// each one whole and does not stem it. Names (language, kind, source) are
// matched ASCII-case-insensitively, as SQL's NOCASE does, by a 64-bit
// FNV-1a hash of their lower-cased bytes; dates by their digits:
//   y0YYYY      any date in the year        a0YYYY      the date is just YYYY
//   m0YYYYMM    any date in the month       b0YYYYMM    the date is just YYYY-MM
//   d0YYYYMMDD  that day                    q0          a date of another form
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "index/search_index.h"

namespace dossier {

// The `filters` column of one segment.
std::string FilterTerms(std::string_view lang, std::string_view doc_kind, std::string_view source,
                        std::string_view date);

// The years of the stored dates, for open date ranges (date:2023..).
struct YearSpan {
  int first = 0, last = -1;  // empty when last < first
};

// The FTS5 expression (to AND with the query) selecting the segments that
// `filters` admit, or nullopt when one cannot be written as filter terms:
// doc: and org: filters (not in the index), a lang: value with a LIKE
// wildcard, a date: filter while `odd_dates` (some stored date is not
// YYYY, YYYY-MM or YYYY-MM-DD). `years` bounds an open date range. An
// expression that can match nothing is returned as such (never empty).
struct FilterMatch {
  std::string expression;
  int phrases = 0;  // how many phrases (terms) it has, all after the query's own
};
std::optional<FilterMatch> FilterExpression(const SearchFilters& filters, YearSpan years, bool odd_dates);

// The term every segment of a document with an odd date carries.
inline constexpr const char* kOddDateTerm = "q0";

// Registers dossier_filter_terms(lang, kind, source, date), the SQL form of
// FilterTerms, which the segment_text view uses (FTS5's 'rebuild' and
// 'integrity-check' read the index's content through it).
Status RegisterFilterTermsFunction(sqlite3* db);

}  // namespace dossier
