// Document metadata from the text: dates in datelines, and the kind of document.
//
//   FindDate("Updated: March 22, 2025 21:44")  -> {"2025-03-22", start 9, end 23}
//   FindDate("令和7年3月22日")                  -> "2025-03-22"
//   FindDate("２０２５年３月２２日")            -> "2025-03-22"  (full-width digits)
//   FindDate("二〇二四年十二月")                -> "2024-12"     (month precision)
//   FindDate("the 1970s")                       -> nullopt       (no month, no date)
//
// Dates found: YYYY-MM-DD (also / and .), YYYY年M月D日, YYYY年M月, Japanese
// eras (令和 = 2018+N, 平成 = 1988+N, 昭和 = 1925+N, 元年 = 1), Chinese
// numeral years (二〇二四年十二月五日), "March 22, 2025", "22 March 2025",
// "Mar. 22, 2025". Impossible dates (month 13, February 30) are not dates.
//
// FindDatelineDate looks at the top of a document only (the first
// kDatelineBlocks blocks): the first block that is a short line holding a
// date (at most 80 columns: "Updated: …", "令和7年3月22日", "By X | May 8,
// 2024 | 7 min read"), or a block that starts with a date (within its first
// 24 bytes: "2025年3月22日，…", "On March 22, 2025 local time, …").
//
// DetectKind scores cue words from ingest/data/kind_cues.tsv: 3 for a cue in
// the title, 2 in a short line (<= 60 columns) among the first blocks; long
// paragraphs do not count (articles mention speeches and interviews). The
// best kind with a score of at least 2 wins, else "article".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct DateMatch {
  std::string iso;  // YYYY-MM-DD or YYYY-MM
  size_t start = 0;  // byte span of the date in the searched text
  size_t end = 0;
};

inline constexpr size_t kDatelineBlocks = 12;

std::optional<DateMatch> FindDate(std::string_view text);

// Index of the dateline among `blocks` and its date, or nullopt.
struct Dateline {
  size_t block = 0;
  std::string iso;
};
std::optional<Dateline> FindDatelineDate(const std::vector<std::string_view>& blocks);

// An ISO date at the start of `value` ("2024-06-12T09:00:00+09:00" -> "2024-06-12"),
// or any date FindDate finds in it; empty when none.
std::string ParseDateValue(std::string_view value);

// speech, communique, press-release, interview, article (see kind_cues.tsv).
std::string DetectKind(std::string_view title, const std::vector<std::string_view>& first_blocks);

}  // namespace dossier
