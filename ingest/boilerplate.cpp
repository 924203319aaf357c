#include "ingest/boilerplate.h"

#include <algorithm>
#include <optional>
#include <string>

#include "ingest/embedded_data.h"
#include "ingest/heading.h"
#include "ingest/line_joiner.h"
#include "ingest/metadata.h"
#include "ingest/tsv.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

std::string_view TrimDecoration(std::string_view s);

enum class Match { kLine, kPrefix, kContains };
enum class Scope { kAnywhere, kEdge, kTail };

struct Rule {
  std::string phrase;   // ASCII-lowered
  std::string trimmed;  // phrase without trailing decoration (for kLine)
  Match match = Match::kLine;
  Scope scope = Scope::kAnywhere;
  bool latin = false;
};

const std::vector<Rule>& Rules() {
  static const std::vector<Rule> rules = [] {
    std::vector<Rule> out;
    std::optional<std::string_view> data = EmbeddedData("ingest/data/boilerplate.tsv");
    if (!data) return out;
    for (const TsvRow& row : ParseTsv(*data)) {
      if (row.fields.size() < 3) continue;
      Rule r;
      r.phrase = AsciiLower(row.fields[0]);
      std::string_view m = row.fields[1], s = row.fields[2];
      r.match = m == "prefix" ? Match::kPrefix : m == "contains" ? Match::kContains : Match::kLine;
      r.scope = s == "edge" ? Scope::kEdge : s == "tail" ? Scope::kTail : Scope::kAnywhere;
      unsigned char last = static_cast<unsigned char>(r.phrase.back());
      r.latin = std::isalnum(last) != 0;
      r.trimmed = std::string(TrimDecoration(r.phrase));
      out.push_back(std::move(r));
    }
    return out;
  }();
  return rules;
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// The line without trailing decoration: spaces, colons, dots, arrows, '*', '»'.
std::string_view TrimDecoration(std::string_view s) {
  for (;;) {
    while (!s.empty() && (s.back() == ' ' || s.back() == ':' || s.back() == '.' || s.back() == '*' ||
                          s.back() == '>' || s.back() == '-' || s.back() == '|'))
      s.remove_suffix(1);
    bool changed = false;
    for (std::string_view tail : {"»", "›", "：", "→", "…", "＞"}) {
      if (s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail) {
        s.remove_suffix(tail.size());
        changed = true;
      }
    }
    if (!changed) return s;
  }
}

bool Matches(const Rule& r, const std::string& lower_line, std::string_view trimmed_line) {
  switch (r.match) {
    case Match::kLine:
      return trimmed_line == r.trimmed;
    case Match::kPrefix:
      if (lower_line.rfind(r.phrase, 0) != 0) return false;
      return !r.latin || lower_line.size() == r.phrase.size() || !IsWordByte(lower_line[r.phrase.size()]);
    case Match::kContains: {
      size_t pos = 0;
      while ((pos = lower_line.find(r.phrase, pos)) != std::string::npos) {
        size_t end = pos + r.phrase.size();
        if (!r.latin || ((pos == 0 || !IsWordByte(lower_line[pos - 1])) &&
                         (end >= lower_line.size() || !IsWordByte(lower_line[end]))))
          return true;
        pos = end;
      }
      return false;
    }
  }
  return false;
}

std::optional<Scope> MatchScope(std::string_view line, bool at_edge, bool in_bottom) {
  std::string lower = AsciiLower(line);
  std::string_view trimmed = TrimDecoration(lower);
  std::optional<Scope> found;
  for (const Rule& r : Rules()) {
    if (r.scope == Scope::kEdge && !at_edge) continue;
    if (r.scope == Scope::kTail && !in_bottom) continue;
    if (!Matches(r, lower, trimmed)) continue;
    if (r.scope == Scope::kTail) return Scope::kTail;
    found = r.scope;
  }
  return found;
}

// "Home | News | Business", "BUSINESS / ASIA": two or more short items, no digits.
bool LooksLikeMenu(std::string_view line) {
  static const std::string_view kSeparators[] = {" | ", " / ", " · ", " > ", "｜", " » ", " • "};
  std::vector<std::string_view> items;
  std::string_view rest = line;
  for (;;) {
    size_t best = std::string_view::npos, sep_len = 0;
    for (std::string_view sep : kSeparators) {
      size_t p = rest.find(sep);
      if (p < best) {
        best = p;
        sep_len = sep.size();
      }
    }
    if (best == std::string_view::npos) {
      items.push_back(rest);
      break;
    }
    items.push_back(rest.substr(0, best));
    rest = rest.substr(best + sep_len);
  }
  if (items.size() < 2) return false;
  for (std::string_view item : items) {
    if (std::any_of(item.begin(), item.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
    int words = 1;
    for (char c : item) words += c == ' ';
    if (words > 3 || utf8::DisplayWidth(item) > 24) return false;
  }
  return true;
}

// "債券 | 1,012 | 398 | 352": a table row with numbers, as the plain text
// reader writes a tabbed row (PipeTabbedRows). Three cells or more, two of
// them with digits: a footer's "© 2025 | Privacy | Terms" is none.
bool TableRowWithNumbers(std::string_view line) {
  int cells = 0, numbers = 0;
  for (size_t at = 0;;) {
    const size_t bar = std::min(line.find(kCellSeparator, at), line.size());
    const std::string_view cell = line.substr(at, bar - at);
    ++cells;
    numbers += std::any_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (bar == line.size()) break;
    at = bar + kCellSeparator.size();
  }
  return cells >= 3 && numbers >= 2;
}

// Whether the next non-blank line after line i is a table row with
// numbers: then a short line of words in pipes is the header above it
// ("首三季 | 第三季 | 第二季"), not a menu.
bool AboveTableRow(const std::vector<std::string_view>& lines, size_t i) {
  for (size_t j = i + 1; j < lines.size(); ++j) {
    if (lines[j].empty()) continue;
    return TableRowWithNumbers(lines[j]);
  }
  return false;
}

}  // namespace

std::vector<bool> FindBoilerplateLines(const std::vector<std::string_view>& lines, int long_line_width) {
  std::vector<bool> drop(lines.size(), false);
  size_t first_long = lines.size(), last_long = lines.size();
  std::vector<int> widths(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    widths[i] = utf8::DisplayWidth(lines[i]);
    if (widths[i] >= long_line_width) {
      if (first_long == lines.size()) first_long = i;
      last_long = i;
    }
  }
  // Without long lines there is no body to find edges from: only "anywhere" rules apply.
  size_t top_end = first_long == lines.size() ? 0 : std::min(first_long, kEdgeLines);
  size_t bottom_start = last_long == lines.size() ? lines.size()
                                                  : std::max(last_long + 1, lines.size() > kEdgeLines ? lines.size() - kEdgeLines : 0);
  size_t first_nonblank = 0;
  while (first_nonblank < lines.size() && lines[first_nonblank].empty()) ++first_nonblank;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (line.empty() || widths[i] > kMaxBoilerplateWidth) continue;
    bool in_top = i < top_end, in_bottom = i >= bottom_start;
    bool at_edge = in_top || in_bottom;
    std::optional<Scope> scope = MatchScope(line, at_edge, in_bottom);
    if (scope == Scope::kTail) {
      // The tail runs to the page's last furniture line; after that only
      // link-like items (short, no sentence end) are dropped, so a closing
      // sentence after the page furniture survives.
      size_t last_furniture = i;
      for (size_t j = i + 1; j < lines.size(); ++j) {
        if (lines[j].empty() || widths[j] > kMaxBoilerplateWidth) continue;
        if (MatchScope(lines[j], true, true) || LooksLikeMenu(lines[j])) last_furniture = j;
      }
      for (size_t j = i; j < lines.size(); ++j)
        drop[j] = j <= last_furniture || (!lines[j].empty() && widths[j] <= kMaxBoilerplateWidth &&
                                          !EndsWithSentencePunctuation(lines[j]));
      break;
    }
    // The first line is the title candidate: a title may contain " / ".
    bool furniture = scope.has_value() ||
                     (at_edge && i != first_nonblank && LooksLikeMenu(line) && !AboveTableRow(lines, i));
    if (furniture && !FindDate(line)) drop[i] = true;
  }
  return drop;
}

bool IsBoilerplateBlock(std::string_view text, bool at_edge) {
  if (text.empty() || utf8::DisplayWidth(text) > kMaxBoilerplateWidth) return false;
  std::optional<Scope> scope = MatchScope(text, at_edge, /*in_bottom=*/false);
  if (!scope && !(at_edge && LooksLikeMenu(text))) return false;
  return !FindDate(text);
}

}  // namespace dossier
