// Text normalisation: the rules every stored text obeys.
//
//   NormalizeText("Ａ\r\nb\u200B  c\t d")  ->  "Ａ\nb c d"
//
// NormalizeText, in this order:
//   * NFC (canonical composition only: full-width forms such as "２０２５年"
//     and "ＪＥＴＲＯ" are KEPT; matching folds them later via FoldedText);
//   * CRLF and lone CR -> LF;
//   * invisible controls removed: C0 controls except \n and \t, DEL, C1
//     controls, soft hyphen, zero-width space/joiners, bidi marks and
//     embeddings, word joiner, a stray U+FEFF; NUL bytes as well;
//   * spaces: tab, no-break space and the typographic spaces (U+2000-U+200A,
//     U+202F, U+205F) become ' ', and runs of them collapse to one;
//   * lines are trimmed of spaces at both ends, including the ideographic
//     space U+3000 used to indent CJK paragraphs (U+3000 inside a line stays).
// The result is valid UTF-8 in NFC with '\n' line ends and no spaces at line
// edges. Single pass plus an NFC quick check: fast on ASCII and CJK alike.
//
// JoinWrappedLines joins lines of one paragraph: without a space where either
// side of the break is CJK ("中日经" + "贸合作" -> "中日经贸合作"), after a
// hyphen that ends a word ("well-" + "known" -> "well-known"), and with one
// space otherwise.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

std::string NormalizeText(std::string_view utf8);

// How a line break inside a paragraph is removed.
enum class LineJoin {
  kWrapped,    // a hard wrap: no space if either side is CJK
  kLineBreak,  // an explicit break (<br>, XML text lines): no space only if both sides are CJK
};

// Appends `next` to `paragraph` as the continuation of a wrapped line.
void AppendWrappedLine(std::string* paragraph, std::string_view next, LineJoin join = LineJoin::kWrapped);

// NormalizeText, then every line break joined with AppendWrappedLine: one
// paragraph without '\n' (for HTML/XML element text).
std::string NormalizeInline(std::string_view utf8, LineJoin join = LineJoin::kLineBreak);

// True for characters written without spaces between words: Han, kana,
// Hangul, CJK punctuation and full-width forms.
bool IsSpacelessScript(char32_t c);

}  // namespace dossier
