#include "ingest/text_reader.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "ingest/boilerplate.h"
#include "ingest/heading.h"
#include "ingest/language_tagger.h"
#include "ingest/line_joiner.h"
#include "ingest/metadata.h"
#include "ingest/page_furniture.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

constexpr size_t kTitleLookahead = 15;
// Display width (CJK characters count two) beyond which a line is not a title.
constexpr int kMaxTitleWidth = 400;

// "Headline | Site" -> {"Headline", "Site"} at the last separator.
std::optional<std::pair<std::string_view, std::string_view>> SplitSiteSuffix(std::string_view line) {
  static const std::string_view kSeparators[] = {" | ", " - ", " – ", " — ", "｜", " _ "};
  size_t best = std::string_view::npos, len = 0;
  for (std::string_view sep : kSeparators) {
    size_t p = line.rfind(sep);
    if (p != std::string_view::npos && (best == std::string_view::npos || p > best)) {
      best = p;
      len = sep.size();
    }
  }
  if (best == std::string_view::npos || best == 0) return std::nullopt;
  return std::make_pair(line.substr(0, best), line.substr(best + len));
}

// A tabbed row has this many cells at least: two could be a label and its
// value ("Name:\tJohn").
constexpr size_t kMinTabbedCells = 3;

// The cells of a line apart by runs of tabs, trimmed of spaces (and of a CR
// at the end); empty when the line holds fewer than kMinTabbedCells.
std::vector<std::string_view> TabbedCells(std::string_view line) {
  std::vector<std::string_view> cells;
  if (line.find('\t') == std::string_view::npos) return cells;
  size_t at = 0;
  while (at <= line.size()) {
    size_t tab = line.find('\t', at);
    if (tab == std::string_view::npos) tab = line.size();
    std::string_view cell = line.substr(at, tab - at);
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\r')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\r')) cell.remove_suffix(1);
    if (!cell.empty()) cells.push_back(cell);
    at = tab + 1;
  }
  if (cells.size() < kMinTabbedCells) cells.clear();
  return cells;
}

}  // namespace

std::string PipeTabbedRows(std::string_view decoded) {
  if (decoded.find('\t') == std::string_view::npos) return std::string(decoded);
  std::string out;
  out.reserve(decoded.size());
  const std::vector<std::string_view> lines = SplitLines(decoded);
  for (size_t n = 0; n < lines.size(); ++n) {
    if (n > 0) out.push_back('\n');
    const std::vector<std::string_view> cells = TabbedCells(lines[n]);
    if (cells.empty()) {
      out.append(lines[n]);
      continue;
    }
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out.append(kCellSeparator);
      out.append(cells[i]);
    }
  }
  return out;
}

ReaderOutput ReadPlainText(std::string_view normalized) {
  ReaderOutput out;
  out.format = "txt";
  const std::vector<std::string_view> lines = SplitLines(normalized);
  // Running headers, footers and page numbers of a paginated text (a PDF
  // saved as text) are furniture: every page repeats them. Short as they
  // are, they do not count against the text being hard-wrapped either.
  const std::vector<bool> furniture = FindPageFurniture(lines);
  std::vector<std::string_view> body = lines;
  for (size_t i = 0; i < body.size(); ++i)
    if (furniture[i]) body[i] = {};
  WrapAnalysis wrap = AnalyzeWrapping(body);
  int long_width = wrap.hard_wrapped ? static_cast<int>(wrap.width * kShortLineRatio) : 100;
  std::vector<bool> drop = FindBoilerplateLines(lines, long_width);
  for (size_t i = 0; i < drop.size(); ++i) drop[i] = drop[i] || furniture[i];
  std::vector<Paragraph> paragraphs = JoinParagraphs(lines, drop, wrap);
  if (paragraphs.empty()) return out;

  size_t title = 0;
  bool title_found = false;
  if (auto split = SplitSiteSuffix(paragraphs[0].text)) {
    for (size_t i = 1; i < std::min(paragraphs.size(), kTitleLookahead + 1); ++i) {
      if (paragraphs[i].text == split->first) {
        out.source = std::string(split->second);
        paragraphs.erase(paragraphs.begin());
        title = i - 1;
        title_found = true;
        break;
      }
    }
  }
  if (!title_found) {
    std::vector<std::string_view> views;
    for (size_t i = 0; i < std::min(paragraphs.size(), kDatelineBlocks); ++i) views.push_back(paragraphs[i].text);
    std::optional<Dateline> dateline = FindDatelineDate(views);
    if (dateline && dateline->block >= 2) {
      int best_width = -1;
      for (size_t i = 0; i < dateline->block; ++i) {
        std::string_view p = views[i];
        int w = utf8::DisplayWidth(p);
        if (w > 200 || EndsWithSentencePunctuation(p)) continue;
        size_t copies = std::count(views.begin(), views.begin() + dateline->block + 1, p);
        if (copies > 1) continue;
        if (w > best_width) {
          best_width = w;
          title = i;
        }
      }
      // A title followed by its translation ("关于…的联合声明" / "Joint
      // Statement on …"): the first line stays the title.
      if (title != 0 && DetectLanguage(views[0]) != DetectLanguage(views[title])) title = 0;
    }
  }
  // A first paragraph too wide for a title (a file of one long line, a text
  // with no title line) is a paragraph: the document then has no title.
  if (title < paragraphs.size() && utf8::DisplayWidth(paragraphs[title].text) > kMaxTitleWidth)
    title = paragraphs.size();
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    TextBlock block;
    block.text = std::move(paragraphs[i].text);
    if (i == title) {
      block.kind = SegmentKind::kTitle;
      out.title = block.text;
    } else if (LooksLikeNumberedHeading(block.text)) {
      block.kind = SegmentKind::kHeading;
    }
    out.blocks.push_back(std::move(block));
  }
  return out;
}

}  // namespace dossier
