// The query language of `dossier search` (docs/search.md), parsed by us and
// turned into a safe FTS5 expression.
//
//   Tokenizer tokenizer;
//   StatusOr<Query> q = ParseQuery("经济 \"supply chain\" -tariff lang:ja", tokenizer);
//   q->fts      // ("经济" AND "supply chain") NOT ("tariff")
//   q->filters  // langs = {"ja"}
//
// Grammar (whitespace separates; operators are upper case):
//   query    := or_expr
//   or_expr  := and_expr ( "OR" and_expr )*
//   and_expr := unary ( ["AND"] unary )*
//   unary    := "-" primary | primary
//   primary  := "(" or_expr ")" | "\"" phrase "\"" ["*"] | NEAR "(" item+ ["," N] ")"
//             | word["*"] | filter
//   filter   := (lang|date|kind|source|doc|org) ":" (value | "\"" value "\"")
//
// Guarantees: every term reaches FTS5 quoted ("" inside doubled), so no user
// text is ever FTS5 syntax; the expression is bound as an SQL parameter.
// A query that does not parse is Status::InvalidQuery whose subject is the
// offending fragment and whose reason says what is wrong and at which
// character (1-based) — never an SQL message. Words that contain nothing
// searchable (punctuation such as ^) are dropped. Filters apply to the whole
// query: they may not sit inside parentheses, under "-", or beside a
// top-level OR. A repeated filter key means either value (lang:ja lang:en).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "index/search_index.h"
#include "index/tokenizer.h"
#include "ingest/status.h"

namespace dossier {

// A positive term as the tokenizer sees it, for highlighting: a phrase of
// tokens at consecutive positions; with `prefix`, the last token is a prefix.
struct QueryTerm {
  std::vector<std::string> tokens;
  bool prefix = false;
};

struct Query {
  std::string fts;  // FTS5 expression; empty when the query is only filters
  SearchFilters filters;
  std::vector<QueryTerm> terms;  // positive terms (not under "-")
};

// Limits that keep hostile queries cheap.
inline constexpr size_t kMaxQueryBytes = 4096;
inline constexpr int kMaxQueryDepth = 32;
inline constexpr int kMaxQueryTerms = 128;

StatusOr<Query> ParseQuery(std::string_view text, Tokenizer& tokenizer);

}  // namespace dossier
