#include "ingest/page_furniture.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <string>

#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

// Spaces (ASCII and ideographic) at both ends cut off.
std::string_view Trim(std::string_view line) {
  for (;;) {
    if (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '\r')) {
      line.remove_prefix(1);
    } else if (line.size() >= 3 && line.substr(0, 3) == "\u3000") {
      line.remove_prefix(3);
    } else {
      break;
    }
  }
  for (;;) {
    if (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.remove_suffix(1);
    } else if (line.size() >= 3 && line.substr(line.size() - 3) == "\u3000") {
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  return line;
}

}  // namespace

bool IsPageNumberLine(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > 40) return false;
  // Folded (NFKC, lower case): "－３－" reads "-3-", "PAGE 3" "page 3". A bare
  // number is no page number here: a table may write one cell per line.
  static const RE2 kPageNumber(
      "(?:page|p\\.) ?\\d{1,4}(?: ?(?:of|/) ?\\d{1,4})?|"
      "\\d{1,4} ?(?:of|/) ?\\d{1,4}|"
      "[-\\x{2013}\\x{2014}] ?\\d{1,4} ?[-\\x{2013}\\x{2014}]|"
      "第 ?\\d{1,4} ?[页頁](?: ?[,，]? ?共 ?\\d{1,4} ?[页頁])?");
  FoldedText folded(line, FoldOptions{.nfkc = true, .case_fold = true});
  return RE2::FullMatch(folded.text(), kPageNumber);
}

std::vector<bool> FindPageFurniture(const std::vector<std::string_view>& lines) {
  std::vector<bool> drop(lines.size(), false);
  // The non-empty lines, in order, and which of them are page numbers.
  std::vector<size_t> nonempty;
  std::vector<size_t> page_numbers;  // positions in `nonempty`
  std::vector<std::pair<size_t, int>> bare;  // lines that are a number alone: position, value
  static const RE2 kBareNumber("(\\d{1,4})");
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = Trim(lines[i]);
    if (line.empty()) continue;
    if (IsPageNumberLine(line)) page_numbers.push_back(nonempty.size());
    else if (int n = 0; line.size() <= 4 && RE2::FullMatch(line, kBareNumber, &n)) bare.emplace_back(nonempty.size(), n);
    nonempty.push_back(i);
  }
  // A number alone on a line is a page number when it counts pages: the
  // next such number, a page's worth of lines further on, is one more
  // ("212" … "213" … "214" in a report's chapter). The cells of a table
  // written one per line stand together and do not count up by one.
  for (size_t a = 0; a + 1 < bare.size(); ++a) {
    const auto& [at, value] = bare[a];
    const auto& [next_at, next_value] = bare[a + 1];
    if (next_value != value + 1 || next_at - at < kMinPageLines) continue;
    page_numbers.push_back(at);
    page_numbers.push_back(next_at);
  }
  std::sort(page_numbers.begin(), page_numbers.end());
  page_numbers.erase(std::unique(page_numbers.begin(), page_numbers.end()), page_numbers.end());
  if (page_numbers.size() < 2) return drop;
  for (size_t k : page_numbers) drop[nonempty[k]] = true;
  // Near a page break: within reach of a page number or of an end of the text.
  auto near_break = [&](size_t k) {
    if (k < kFurnitureReach || k + kFurnitureReach >= nonempty.size()) return true;
    for (size_t p : page_numbers)
      if ((p > k ? p - k : k - p) <= kFurnitureReach) return true;
    return false;
  };
  struct Occurrences {
    std::vector<size_t> at;  // positions in `nonempty`
    size_t near = 0;         // how many of them stand near a page break
  };
  std::map<std::string_view, Occurrences> repeated;
  for (size_t k = 0; k < nonempty.size(); ++k) {
    const std::string_view text = Trim(lines[nonempty[k]]);
    if (drop[nonempty[k]] || utf8::DisplayWidth(text) > kMaxFurnitureWidth) continue;
    Occurrences& o = repeated[text];
    o.at.push_back(k);
    o.near += near_break(k);
  }
  for (const auto& [text, o] : repeated)
    if (o.near >= 2 && o.near * 2 >= o.at.size())
      for (size_t k : o.at) drop[nonempty[k]] = true;
  return drop;
}

}  // namespace dossier
