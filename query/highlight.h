// Highlighting from token offsets: which byte ranges of a segment match the
// query's terms.
//
//   Tokenizer tok;
//   std::vector<Span> m = FindMatches(tok, "日中経済協力", query.terms);
//   // for the term 经济 (typed as 經濟 or 经济): {{6, 12}} -- the bytes of 経済
//
// The segment is re-tokenised in document mode and each term's tokens are
// looked for at consecutive positions, so Han variants, stems and CJK
// bigrams match exactly as the index matched them, and the ranges cover the
// characters that matched (FTS5's highlight() marks a whole bigram for a
// one-character query). Ranges are relative to `text`, sorted, merged when
// they overlap or touch.
#pragma once

#include <string_view>
#include <vector>

#include "index/tokenizer.h"
#include "ingest/document.h"
#include "query/query.h"

namespace dossier {

std::vector<Span> FindMatches(Tokenizer& tokenizer, std::string_view text,
                              const std::vector<QueryTerm>& terms);

}  // namespace dossier
