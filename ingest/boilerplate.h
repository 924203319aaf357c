// Boilerplate: page furniture in text captured from the web, by general rules.
//
//   std::vector<std::string_view> lines = {"Skip to content", "", "Title", ...};
//   std::vector<bool> drop = FindBoilerplateLines(lines, 100);
//
// Rules (vocabulary in ingest/data/boilerplate.tsv, English, Chinese and
// Japanese; see that file for the match and scope columns):
//   * only short lines (at most kMaxBoilerplateWidth display columns) are
//     ever dropped by vocabulary;
//   * "anywhere" phrases (image credits "Photo:", "写真：", sharing prompts,
//     comment forms) are dropped wherever they stand;
//   * "edge" phrases (subscribe, newsletter, donate, login, copyright, 订阅,
//     ログイン …) only in the top zone (lines before the first long line) or
//     the bottom zone (after the last long line), at most kEdgeLines each;
//   * menus: in the edge zones, a line of two or more short items separated
//     by " | ", " / ", " · ", " > " or "｜" with no digits ("Home | News | Asia");
//   * "tail" markers (Related posts, 関連記事, 相关阅读 …) in the bottom zone
//     drop themselves and every line after them up to the last furniture
//     line of the page (a vocabulary or menu match); after that, only short
//     lines without a sentence end (link titles) are dropped;
//   * a line that holds a date (FindDate) is never dropped, except after a
//     tail marker: datelines are facts.
// A "long" line is at least `long_line_width` columns: 100 for text with one
// paragraph per line, less for hard-wrapped text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace dossier {

inline constexpr int kMaxBoilerplateWidth = 100;
inline constexpr size_t kEdgeLines = 40;

std::vector<bool> FindBoilerplateLines(const std::vector<std::string_view>& lines, int long_line_width);

// For one text block of an HTML page: true when an "anywhere" phrase, or
// (when `at_edge`) an "edge" phrase, marks it as furniture.
bool IsBoilerplateBlock(std::string_view text, bool at_edge);

}  // namespace dossier
