// DateLexicon: the word lists and patterns the date extractor reads, loaded
// from extract/data/ (months.tsv, eras.tsv, dates_relative.tsv,
// dates_units.tsv, dates_numbers_en.tsv, dates_not_after.tsv, dates_title_heads.tsv,
// dates_rules.tsv).
//
//   const DateLexicon& lex = DateLexicon::Default();
//   lex.Month("sept.")               -> 9
//   lex.EraFirstYear("令和")         -> 2019   (令和5年 = 2019 + 5 - 1)
//   lex.Relative("去年", "zh")        -> {grain year, offset -1, from_last false}
//   lex.Unit("个月")                  -> {'M', 1}
//   lex.EnglishNumber("twenty-five") -> 25
//   lex.rules()[i].pattern            -> the rule with %PLACEHOLDERS% filled in
//
// Keys are lower case; lookups expect case-folded text (as matched).
// Immutable after construction; safe to share between threads.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace dossier {

struct RelativeWord {
  enum class Grain { kDay, kWeek, kWeekend, kMonth, kQuarter, kYear, kPeriod };
  Grain grain = Grain::kYear;
  int offset = 0;
  bool from_last = false;  // base is the last date mentioned, not the reference date
  // base is the last year written out alone (not resolved from a relative word):
  // the year a report reviews, for 上年 and 全年 in 2024年…比上年增长
  bool from_topic = false;
  // base is the business year a company's report covers (当連結会計年度):
  // the one under way three months before the reference date, since annual
  // reports come out within three months of the year's end and quarterly
  // ones within the year
  bool from_report = false;
};

struct DurationUnit {
  char designator = 'Y';  // Y, M, W, D, H (hours) or I (minutes, written PT<n>M)
  int factor = 1;         // decade = 10 years, century = 100
};

struct DateRule {
  std::string name;
  std::string pattern;  // placeholders expanded; RE2 syntax with named groups
};

class DateLexicon {
 public:
  static const DateLexicon& Default();
  // Loads every file; a malformed row is an error naming the file and line.
  DateLexicon();
  const std::string& error() const { return error_; }  // empty when all files loaded

  std::optional<int> Month(std::string_view name) const;
  std::optional<int> EraFirstYear(std::string_view era) const;
  // `lang` is a BCP 47 tag; rows for "zh" or "ja" win over "cjk" rows.
  const RelativeWord* Relative(std::string_view word, std::string_view lang) const;
  std::optional<DurationUnit> Unit(std::string_view word) const;
  // "six", "twenty-five", "twenty five", "a", "15"; nullopt when not a number.
  std::optional<int> EnglishNumber(std::string_view words) const;
  // "first", "2nd", "twenty-first", "21st".
  std::optional<int> EnglishOrdinal(std::string_view word) const;
  // True if `word` (lower case) names things whose numbers are not years ("expo").
  bool IsNamePrefix(std::string_view word) const { return name_prefixes_.count(std::string(word)) > 0; }
  // True if `word` (lower case) heads titles whose years follow in parentheses ("plan").
  bool IsTitleHead(std::string_view word) const { return title_heads_.count(std::string(word)) > 0; }
  // True if `text` (case-folded) starts with a name a year can open ("世博会", "world expo").
  bool StartsWithNameHead(std::string_view text) const;
  // True if `word` (lower case) counts things: "2000 people" is a count.
  bool IsCountNoun(std::string_view word) const;

  const std::vector<DateRule>& rules() const { return rules_; }

 private:
  void Load();
  std::string Expand(std::string pattern) const;

  std::string error_;
  std::unordered_map<std::string, int> months_;
  std::unordered_map<std::string, int> eras_;
  std::unordered_map<std::string, std::vector<std::pair<std::string, RelativeWord>>> relative_;
  std::unordered_map<std::string, DurationUnit> units_;
  std::unordered_map<std::string, int> cardinals_, ordinals_;
  std::unordered_set<std::string> name_prefixes_;
  std::unordered_set<std::string> title_heads_;
  std::vector<std::string> name_heads_;
  std::unordered_set<std::string> count_nouns_;
  std::unordered_map<std::string, std::string> placeholders_;
  std::vector<DateRule> rules_;
};

// Chinese/Japanese or ASCII numerals as written in dates: "2023", "二〇二三"
// (digit by digit), "十一", "二十五", "两", "百". Returns -1 when `text` is not
// one of these. Small on purpose (dates need values below 10000).
int ParseDateNumeral(std::string_view text);

}  // namespace dossier
