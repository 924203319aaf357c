// Filter terms: the search filters lang:, kind:, source:, date:, doc: and
// org:, answered by the full-text index itself.
//
//   FilterTerms({.lang = "zh-Hans", .doc_kind = "speech", .source = "MOFA", .date = "2023-05-12",
//                .doc_id = 7, .orgs = "jetro\x1fwto"})
//     -> "l0<hash of zh-hans> l0<hash of zh> k0<hash> s0<hash> y02023 m0202305 d020230512
//         i07 o0<hash of jetro> o0<hash of wto>"
//   FilterExpression(filters, {2019, 2025})
//     -> "{filters} : (\"l0...\") AND {filters} : (\"y02023\" OR \"m0202401\" OR ...)"
//
// Every segment's row in segment_fts carries, in its `filters` column, terms
// for its language, its document's kind, source, date and id, and the ids of
// the organisations its document's org facts name. A filtered search
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
//     means bumping Tokenizer::kTokenizerVersion and `dossier reindex`;
//   * they change only with their document: an update or a removal takes
//     the old terms out (from the rows as they are) before the rows change.
//     Org ids come from the document's facts, which `orgs import` leaves alone.
//
// The terms are lower-case ASCII words with a digit, so the tokenizer keeps
// each one whole and does not stem it. Names (language, kind, source) are
// matched ASCII-case-insensitively, as SQL's NOCASE does, by a 64-bit
// FNV-1a hash of their lower-cased bytes, org ids (matched exactly, as SQL
// does) by the hash of their bytes, a document by its id; dates by their
// digits:
//   y0YYYY      any date in the year        a0YYYY      the date is just YYYY
//   m0YYYYMM    any date in the month       b0YYYYMM    the date is just YYYY-MM
//   d0YYYYMMDD  that day                    q0          a date of another form
//   i0ID        the document                o0HASH      an org id
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "index/search_index.h"

namespace dossier {

// What one segment's filter terms are made of.
struct FilterFields {
  std::string_view lang;                     // the segment's
  std::string_view doc_kind, source, date;   // its document's
  int64_t doc_id = 0;
  std::string_view orgs;                     // its document's org ids, joined by kOrgSeparator, any order
};
inline constexpr char kOrgSeparator = '\x1f';
// The SQL subquery giving FilterFields::orgs of the document whose id is the
// SQL expression `doc_id` (NULL when it has no org facts).
std::string DocumentOrgIdsSql(std::string_view doc_id);

// The `filters` column of one segment.
std::string FilterTerms(const FilterFields& fields);

// The years of the stored dates, for open date ranges (date:2023..).
struct YearSpan {
  int first = 0, last = -1;  // empty when last < first
};

// The FTS5 expression (to AND with the query) selecting the segments that
// `filters` admit, or nullopt when one cannot be written as filter terms:
// a lang: value with a LIKE wildcard, a date: filter while `odd_dates` (some
// stored date is not YYYY, YYYY-MM or YYYY-MM-DD). `years` bounds an open
// date range. An expression that can match nothing is returned as such
// (never empty).
struct FilterMatch {
  std::string expression;
  int phrases = 0;  // how many phrases (terms) it has, all after the query's own
};
std::optional<FilterMatch> FilterExpression(const SearchFilters& filters, YearSpan years, bool odd_dates);

// The term every segment of a document with an odd date carries.
inline constexpr const char* kOddDateTerm = "q0";

// Registers dossier_filter_terms(lang, kind, source, date, doc_id, orgs), the SQL form of
// FilterTerms, which the segment_text view uses (FTS5's 'rebuild' and
// 'integrity-check' read the index's content through it).
Status RegisterFilterTermsFunction(sqlite3* db);

}  // namespace dossier
