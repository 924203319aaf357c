// Joining the lines of plain text into paragraphs.
//
// Plain text comes in two shapes, told apart by the document's line-length
// distribution (AnalyzeWrapping):
//   * hard-wrapped: most lines are close to one width (40-110 columns) and
//     most of those full lines do not end a sentence. Lines are joined into
//     paragraphs; a paragraph ends at a blank line, at a short line (under
//     kShortLineRatio of the wrap width: the last line of a paragraph, a
//     heading, a dateline), and before and after a numbered heading or a
//     table row (cells apart by two ideographic spaces; rows are left out of
//     the width analysis too);
//   * one paragraph per line (everything else, including text with blank
//     lines between paragraphs): every non-blank line is a paragraph.
// Lines are joined with AppendWrappedLine (normalizer.h): no space between
// CJK characters, one space between words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

inline constexpr double kShortLineRatio = 0.75;

// What stands between the cells of a table row in stored text: Markdown's
// pipe. The HTML reader writes data rows so and the plain text reader tabbed
// rows (PipeTabbedRows); extract/table_cells.h splits rows on it, and a line
// holding it twice is a table row that is never joined to another.
inline constexpr std::string_view kCellSeparator = " | ";

struct WrapAnalysis {
  bool hard_wrapped = false;
  int width = 0;  // the wrap width in display columns (90th percentile line width)
};

// The lines of normalised text (split at '\n'; "" for blank ones), as
// AnalyzeWrapping and JoinParagraphs take them. Views into `text`.
std::vector<std::string_view> SplitLines(std::string_view text);

// `lines`: normalised lines, "" for blank ones.
WrapAnalysis AnalyzeWrapping(const std::vector<std::string_view>& lines);

struct Paragraph {
  std::string text;
  size_t first_line = 0;  // index into the input lines
};

// Lines whose `skip` entry is true (boilerplate) act as blank lines.
std::vector<Paragraph> JoinParagraphs(const std::vector<std::string_view>& lines,
                                      const std::vector<bool>& skip, const WrapAnalysis& wrap);

}  // namespace dossier
