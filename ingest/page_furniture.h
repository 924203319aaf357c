// Page furniture: the running headers, footers and page numbers that text
// extracted from a paginated document (pdftotext, a printed report saved as
// text) repeats on every page.
//
//   std::vector<std::string_view> lines = SplitLines(text);
//   std::vector<bool> drop = FindPageFurniture(lines);
//
// A text is paginated when it has two page-number lines at least: a line
// that is only a page number ("Page 3 of 7", "3 / 7", "- 3 -", "第3页",
// "－３－"), or a number alone that counts pages (the next number alone,
// kMinPageLines non-empty lines or more further on, is one more). In such
// a text the page-number lines are furniture, and so is
// every copy of a short line (at most kMaxFurnitureWidth columns) of which
// two copies at least, and half of all, stand within kFurnitureReach
// non-empty lines of a page-number line or of either end of the text: the
// running header or footer, on a first page without a number too. A
// heading that recurs in the body or a speaker's name in a transcript,
// near a page break now and then, stays. Without page numbers nothing is
// dropped.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace dossier {

inline constexpr int kMaxFurnitureWidth = 100;
inline constexpr size_t kFurnitureReach = 1;
inline constexpr size_t kMinPageLines = 8;

// True for a line that is only a page number (spaces around it allowed).
bool IsPageNumberLine(std::string_view line);

std::vector<bool> FindPageFurniture(const std::vector<std::string_view>& lines);

}  // namespace dossier
