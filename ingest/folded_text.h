// FoldedText: a folded copy of a text that remembers where every byte came from.
//
// Matching wants folded text (full-width "２０２３" as "2023", "ＪＥＴＲＯ" as
// "JETRO", half-width "ﾊｲﾚﾍﾞﾙ" as "ハイレベル", optionally lower case), but
// facts and hits must point into the stored text. FoldedText keeps, like
// Lucene's BaseCharFilter, a map from each folded byte back to the original:
//
//   FoldedText f("ＧＤＰ２．５％", {.case_fold = true});
//   f.text()                    -> "gdp2.5%"
//   f.ToOriginal(Span{3, 7})    -> the span of "２．５％" in the original
//
// Folding works on grapheme-like clusters (a base character and the combining
// or voicing marks after it), so a fold that merges characters ("ｶﾞ" -> "ガ")
// maps the merged output to the whole cluster. The map is monotone: a folded
// span always maps to an original span that covers exactly the clusters it
// was made from.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dossier {

struct FoldOptions {
  bool nfkc = true;        // compatibility forms: width, circled digits, ligatures
  bool case_fold = false;  // Unicode case folding (ß -> ss, Ａ -> a)
  // U+2212 MINUS SIGN as '-' (NFKC keeps it; Japanese legacy encodings give
  // it for the full-width hyphen-minus of 03－1234－5678 and ▲/－0.5％).
  bool minus_as_hyphen = false;
  // Vulgar fractions as decimals: 4½ -> 4.5, ½ -> 0.5, 2¼ -> 2.25 (NFKC
  // gives 1⁄2, which a number reader would take for 41⁄2 after a 4).
  bool fractions_as_decimals = false;
  // A single line break between two CJK characters (a hard wrap of text
  // saved from a PDF, 今\n（20）日) folds to nothing, unless the line ends a
  // sentence (。！？): Chinese and Japanese put no space between words.
  bool join_cjk_wraps = false;
};

class FoldedText {
 public:
  FoldedText() = default;
  explicit FoldedText(std::string_view original, FoldOptions options = {});

  const std::string& text() const { return folded_; }

  // Original byte offset of folded byte offset `pos` (0 <= pos <= text().size()).
  // An offset inside a cluster maps to the start of that cluster.
  size_t ToOriginalStart(size_t pos) const;
  // Original end offset for a folded end offset: the end of the cluster that
  // folded byte pos-1 came from. Characters that fold to nothing (soft
  // hyphen, variation selectors under case folding) after the last folded
  // byte stay outside: ToOriginalEnd(text().size()) may be short of the end.
  size_t ToOriginalEnd(size_t pos) const;
  Span ToOriginal(Span folded) const { return {ToOriginalStart(folded.start), ToOriginalEnd(folded.end)}; }

 private:
  std::string folded_;
  // For every folded byte i: [cluster_start_[i], cluster_end_[i]) in the original.
  std::vector<uint32_t> cluster_start_;
  std::vector<uint32_t> cluster_end_;
  size_t original_size_ = 0;
};

}  // namespace dossier
