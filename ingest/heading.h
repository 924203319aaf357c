// Numbered headings in plain text.
//
//   LooksLikeNumberedHeading("一、总体情况")          -> true
//   LooksLikeNumberedHeading("（二）贸易投资")        -> true
//   LooksLikeNumberedHeading("II. Trade and investment") -> true
//   LooksLikeNumberedHeading("1. 双方同意加强合作。")  -> false (ends a sentence)
//   LooksLikeNumberedHeading("3.5% growth")           -> false (a figure, not a number label)
//
// A heading is short (at most 80 display columns, i.e. 40 CJK characters),
// does not end in sentence punctuation (. 。 ! ！ ? ？ ; ； , ，), and starts
// with a section number: (1) （一） (一) 一、 1、 1. １． II. 第一章/第二节/第3条/
// 第一部分 ① …
#pragma once

#include <string_view>

namespace dossier {

bool LooksLikeNumberedHeading(std::string_view line);

// True when `line` ends with sentence-final punctuation (. 。 ! ！ ? ？ and
// a closing quote or bracket after them).
bool EndsWithSentencePunctuation(std::string_view line);

}  // namespace dossier
