// Sentence boundaries inside one segment, with ICU's sentence BreakIterator.
//
//   SplitSentences("Trade with the U.S. Federal Reserve rose. It fell.", "en")
//     -> spans of "Trade with the U.S. Federal Reserve rose." and "It fell."
//   SplitSentences("中方愿意。日方同意！", "zh-Hans") -> "中方愿意。", "日方同意！"
//
// The iterator is made once per language and thread (locale en@ss=standard,
// ja, zh, zh_Hant) and reads the UTF-8 text in place through a UText, so
// there is no per-segment conversion. ICU keeps "Mr. Wang" together but
// breaks after "U.S."; the abbreviations in ingest/data/abbreviations.tsv
// repair that: after a "title" abbreviation the sentence always goes on,
// after an "ambiguous" one (U.S., Inc., Jan.) it goes on unless the next
// word is a typical sentence starter (The, It, However …).
// Spans are relative to `text`, trimmed of spaces, non-empty, in order; a
// text with no break is one sentence.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dossier {

std::vector<Span> SplitSentences(std::string_view text, std::string_view lang);

}  // namespace dossier
