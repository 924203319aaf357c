#include "ingest/line_joiner.h"

#include <algorithm>

#include "ingest/heading.h"
#include "ingest/normalizer.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

// A number as a table cell writes it: a sign, digits with , and ., a
// percent sign ("-34,976", "14.2", "+0.7%"), or a dash for no value.
bool NumberCell(std::string_view w) {
  for (std::string_view sign : {"-", "+", "\u2212", "\u25B2", "\u25B3"})
    if (w.size() > sign.size() && w.substr(0, sign.size()) == sign) {
      w.remove_prefix(sign.size());
      break;
    }
  if (w.size() > 1 && w.back() == '%') w.remove_suffix(1);
  if (w.empty() || w.front() < '0' || w.front() > '9' || w.back() < '0' || w.back() > '9') return false;
  return std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; });
}

// A row of a text table: a Markdown row (pipes at both ends) or a pipe row
// of three cells or more; cells apart
// by two ideographic spaces after the line's first text, the one column
// separator that survives normalisation (NormalizeText makes tabs and runs
// of spaces one space); or a line that
// ends with two number cells ("社会消费品零售总额 46291 2.9 415172 4.3"), as a
// table aligned with spaces is left. It is never joined to another line, and
// says nothing about the width prose is wrapped at.
bool LooksLikeTableRow(std::string_view line) {
  // "| Subregion | 2025 | 2026 |": a Markdown table's row or rule; "Steel |
  // 2.8 | 2.7 | -3.2": a row whose tabs were made pipes (PipeTabbedRows).
  if (line.size() >= 3 && line.front() == '|' && line.back() == '|') return true;
  if (const size_t bar = line.find(kCellSeparator);
      bar != std::string_view::npos && line.find(kCellSeparator, bar + kCellSeparator.size()) != std::string_view::npos)
    return true;
  size_t first = 0;
  while (line.compare(first, 3, "\u3000") == 0) first += 3;  // indentation
  if (line.substr(first).find("\u3000\u3000") != std::string_view::npos) return true;
  int numbers = 0;
  for (size_t end = line.size(); numbers < 2;) {
    const size_t space = line.rfind(' ', end == 0 ? 0 : end - 1);
    if (space == std::string_view::npos || space + 1 >= end) break;
    if (!NumberCell(line.substr(space + 1, end - space - 1))) break;
    ++numbers;
    end = space;
  }
  return numbers == 2;
}

}  // namespace

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

WrapAnalysis AnalyzeWrapping(const std::vector<std::string_view>& lines) {
  WrapAnalysis result;
  std::vector<int> widths;
  for (std::string_view line : lines)
    if (!line.empty() && !LooksLikeTableRow(line)) widths.push_back(utf8::DisplayWidth(line));
  if (widths.size() < 4) return result;
  std::vector<int> sorted = widths;
  std::sort(sorted.begin(), sorted.end());
  int width = sorted[std::min(sorted.size() - 1, sorted.size() * 9 / 10)];
  result.width = width;
  if (width < 40 || width > 110) return result;
  size_t full = 0, full_open = 0, over = 0;
  size_t idx = 0;
  for (std::string_view line : lines) {
    if (line.empty() || LooksLikeTableRow(line)) continue;
    int w = widths[idx++];
    if (w > width + 10) ++over;
    if (w >= width * kShortLineRatio && w <= width + 10) {
      ++full;
      if (!EndsWithSentencePunctuation(line)) ++full_open;
    }
  }
  result.hard_wrapped = full * 2 >= widths.size() && full_open * 2 >= full && over * 10 <= widths.size();
  return result;
}

std::vector<Paragraph> JoinParagraphs(const std::vector<std::string_view>& lines,
                                      const std::vector<bool>& skip, const WrapAnalysis& wrap) {
  std::vector<Paragraph> out;
  Paragraph current;
  bool open = false;  // `current` may take the next line
  auto close = [&] {
    if (!current.text.empty()) out.push_back(std::move(current));
    current = Paragraph();
    open = false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.empty() || (i < skip.size() && skip[i])) {
      close();
      continue;
    }
    if (!wrap.hard_wrapped) {
      close();
      current.text = std::string(line);
      current.first_line = i;
      close();
      continue;
    }
    const bool table_row = LooksLikeTableRow(line);
    // A numbered line opens a paragraph of its own; it takes the next line
    // when it runs to the wrap width, as the first line of a numbered
    // paragraph does ("2. Growth is projected … and 0.6" / "percent in
    // 2027, …"). A numbered heading is short.
    if (table_row || LooksLikeNumberedHeading(line) || !open) close();
    if (current.text.empty()) current.first_line = i;
    AppendWrappedLine(&current.text, line);
    open = !table_row && utf8::DisplayWidth(line) >= wrap.width * kShortLineRatio;
    if (!open) close();
  }
  close();
  return out;
}

}  // namespace dossier
