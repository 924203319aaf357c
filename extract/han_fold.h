// HanFold: folds Han variants to one simplified form, one character at a time.
//
// Matching an organisation written 商務部 (Traditional Chinese, Japanese),
// 商务部 (Simplified) or 経団連 / 经团联 needs the variants to compare equal:
//
//   std::string s = "日本経済団体連合会";
//   HanFold::Default().FoldInPlace(&s);   // s == "日本经济团体联合会"
//
// The table (extract/data/han_fold.tsv) is generated from OpenCC by
// scripts/gen_han_fold.py: t2s per character, and jp2t+t2s for Japanese
// shinjitai outside GB 2312. It is dossier's only Han fold: the search
// tokenizer (index/tokenizer.cpp) and the extractors use this same table. Invariants: folding
// never changes the byte length of the text (every pair has the same UTF-8
// length), so offsets into the folded copy are offsets into the input; and
// folding is idempotent. It is for matching only: word-level conversions
// (計画→计划) are out of scope, and a few Japanese-only folds (予→豫) merge
// characters that Chinese keeps apart — harmless when both sides are folded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

class HanFold {
 public:
  // The table from extract/data/han_fold.tsv, loaded once (thread-safe).
  static const HanFold& Default();

  // Parses "FROM<TAB>TO" rows ('#' lines are comments); rows whose two sides
  // differ in UTF-8 length are ignored.
  explicit HanFold(std::string_view tsv);

  char32_t Fold(char32_t c) const {
    if (c < kFirst || c >= kFirst + table_.size()) return c;
    char32_t f = table_[c - kFirst];
    return f ? f : c;
  }
  // How many characters the table changes.
  int size() const { return size_; }
  // Folds every Han character of *text in place (byte length unchanged).
  void FoldInPlace(std::string* text) const;
  std::string Folded(std::string_view text) const {
    std::string s(text);
    FoldInPlace(&s);
    return s;
  }

 private:
  static constexpr char32_t kFirst = 0x3400;  // CJK extension A .. compatibility ideographs
  std::vector<char32_t> table_;               // 0 = unchanged
  int size_ = 0;
};

}  // namespace dossier
