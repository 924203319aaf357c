#include "extract/date_lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "extract/numeral.h"
#include "ingest/embedded_data.h"

namespace dossier {
namespace {

using Row = std::vector<std::string>;

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.emplace_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// Rows of a TSV data file without comments and blank lines; sets *error when
// the file is missing or a row has fewer than `min_cols` columns.
std::vector<Row> ReadTsv(const std::string& path, size_t min_cols, std::string* error) {
  std::vector<Row> rows;
  std::optional<std::string_view> data = EmbeddedData(path);
  if (!data) {
    *error = path + ": not embedded";
    return rows;
  }
  size_t line_no = 0, pos = 0;
  while (pos < data->size()) {
    size_t nl = data->find('\n', pos);
    std::string_view line = data->substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? data->size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Row row = SplitTabs(line);
    if (row.size() < min_cols) {
      *error = path + ":" + std::to_string(line_no) + ": expected " + std::to_string(min_cols) + " columns";
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string EscapeRe(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (c == ' ') {
      out += "\\s";
      continue;
    }
    if (std::string_view(".^$|()[]{}*+?\\-").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

// Longest first, so a leftmost-first reading of the alternation would also
// prefer "sept." over "sept".
std::string Alternation(std::vector<std::string> words, bool word_bounded) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out = word_bounded ? "\\b(?:" : "(?:";
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += '|';
    out += EscapeRe(words[i]);
  }
  out += ")";
  return out;
}

}  // namespace

int ParseDateNumeral(std::string_view text) {
  if (text.empty() || text.size() > 24) return -1;
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (text.size() > 6) return -1;
    return std::atoi(std::string(text).c_str());
  }
  // Chinese/Japanese numerals go through the shared parser; the date patterns
  // decided the span, so the numeral must cover all of it.
  std::optional<Numeral> n = DefaultNumeralParser().Parse(text, 0);
  if (!n || n->length != text.size() || n->is_fraction || n->is_percent || n->value < 0 || n->value > 99999 ||
      n->value != static_cast<double>(static_cast<int>(n->value)))
    return -1;
  return static_cast<int>(n->value);
}

const DateLexicon& DateLexicon::Default() {
  static const DateLexicon lexicon;
  return lexicon;
}

DateLexicon::DateLexicon() { Load(); }

void DateLexicon::Load() {
  std::vector<std::string> month_words, era_words, unit_en, unit_cjk, not_after;
  for (const Row& r : ReadTsv("extract/data/months.tsv", 2, &error_)) {
    months_[r[0]] = std::atoi(r[1].c_str());
    month_words.push_back(r[0]);
  }
  for (const Row& r : ReadTsv("extract/data/eras.tsv", 2, &error_)) {
    eras_[r[0]] = std::atoi(r[1].c_str());
    era_words.push_back(r[0]);
  }
  // Relative words, grouped by language family and grain for the patterns.
  std::unordered_map<std::string, std::vector<std::string>> rel_words;  // "en:year" -> words
  for (const Row& r : ReadTsv("extract/data/dates_relative.tsv", 5, &error_)) {
    RelativeWord w;
    const std::string& grain = r[2];
    w.grain = grain == "day"     ? RelativeWord::Grain::kDay
              : grain == "week"  ? RelativeWord::Grain::kWeek
              : grain == "weekend" ? RelativeWord::Grain::kWeekend
              : grain == "month" ? RelativeWord::Grain::kMonth
              : grain == "quarter" ? RelativeWord::Grain::kQuarter
              : grain == "year"  ? RelativeWord::Grain::kYear
                                 : RelativeWord::Grain::kPeriod;
    w.offset = std::atoi(r[3].c_str());
    w.from_last = r[4] == "last";
    w.from_topic = r[4] == "topic";
    w.from_report = r[4] == "report";
    relative_[r[0]].push_back({r[1], w});
    std::string family = r[1] == "en" ? "EN" : "CJ";
    std::string g = grain == "day" || grain == "week" || grain == "weekend" ? "D"
                    : grain == "month" || grain == "quarter"                ? "M"
                    : grain == "year"                                       ? "Y"
                                                                            : "P";
    rel_words[family + g].push_back(r[0]);
  }
  for (const Row& r : ReadTsv("extract/data/dates_units.tsv", 4, &error_)) {
    units_[r[0]] = DurationUnit{r[2].empty() ? 'Y' : r[2][0], std::atoi(r[3].c_str())};
    (r[1] == "en" ? unit_en : unit_cjk).push_back(r[0]);
  }
  std::vector<std::string> small, tens, other, ordinal_words;
  for (const Row& r : ReadTsv("extract/data/dates_numbers_en.tsv", 3, &error_)) {
    int v = std::atoi(r[1].c_str());
    if (r[2] == "ordinal") {
      ordinals_[r[0]] = v;
      ordinal_words.push_back(r[0]);
      continue;
    }
    cardinals_[r[0]] = v;
    if (v >= 1 && v <= 9) small.push_back(r[0]);
    else if (v >= 20 && v <= 90 && v % 10 == 0) tens.push_back(r[0]);
    else other.push_back(r[0]);
  }
  for (const Row& r : ReadTsv("extract/data/dates_not_after.tsv", 1, &error_)) name_prefixes_.insert(r[0]);
  for (const Row& r : ReadTsv("extract/data/dates_name_heads.tsv", 1, &error_)) name_heads_.push_back(r[0]);
  for (const Row& r : ReadTsv("extract/data/dates_title_heads.tsv", 1, &error_)) title_heads_.insert(r[0]);
  for (const Row& r : ReadTsv("extract/data/dates_count_nouns.tsv", 1, &error_)) count_nouns_.insert(r[0]);

  auto& p = placeholders_;
  p["MONTH"] = Alternation(month_words, true);
  p["Y4"] = "(?:1[6-9]\\d\\d|20\\d\\d|21\\d\\d)";
  p["CY"] = "(?:\\b(?:1[6-9]\\d\\d|20\\d\\d|21\\d\\d)|[〇○零一二三四五六七八九]{4})";
  p["N2"] = "(?:\\d{1,2}|[〇○零一二三四五六七八九十两兩]{1,3})";
  p["EY"] = "(?:元|\\d{1,3}|[〇○零一二三四五六七八九十两兩百]{1,4})";  // era years: 元年, 30, 一百
  p["NUM"] = "(?:\\b\\d{1,4}|[〇○零一二三四五六七八九十两兩百千]{1,6})";
  p["ERA"] = Alternation(era_words, false);
  std::string all_small = Alternation(small, false);
  std::vector<std::string> non_tens = small;
  non_tens.insert(non_tens.end(), other.begin(), other.end());
  p["ENUM"] = "(?:\\b\\d{1,3}|" + Alternation(tens, true) + "(?:[-\\s]" + all_small + ")?|" +
              Alternation(non_tens, true) + ")";
  p["EORD"] = Alternation(ordinal_words, true);
  p["UNIT_EN"] = Alternation(unit_en, false) + "s?\\b";
  p["UNIT_CJ"] = Alternation(unit_cjk, false);
  p["TO_EN"] = "(?:to|through|until|till|-|–|—)";
  p["TO_CJ"] = "(?:起至|起到|起 ?至 ?| ?至 ?|到|~|〜|-|–|—|から)";  // 2025年7月1日起至2028年6月30日
  p["MOD_EN"] = "\\b(?P<mod>(?:the\\s)?(?:end|beginning|start|middle|turn)\\sof|early|mid|late)[\\s-]";
  for (const char* family : {"EN", "CJ"})
    for (const char* g : {"Y", "M", "D", "P"}) {
      std::string key = std::string(family) + g;
      std::vector<std::string> words = rel_words[key];
      if (words.empty()) words.push_back("\x01");  // matches nothing in text
      p[std::string("REL_") + g + "_" + family] = Alternation(words, std::string(family) == "EN");
    }
  p["CJ_YH"] = "(?:(?P<y>%CY%)年|(?P<era>%ERA%)(?P<ey>%EY%)年|(?P<ry>%REL_Y_CJ%))";

  for (const Row& r : ReadTsv("extract/data/dates_rules.tsv", 2, &error_))
    rules_.push_back({r[0], Expand(r[1])});
}

std::string DateLexicon::Expand(std::string pattern) const {
  // Placeholders may hold placeholders (CJ_YH): expand until none is left,
  // with a bound so a cycle in the data cannot loop.
  for (int round = 0; round < 4; ++round) {
    std::string out;
    bool changed = false;
    size_t pos = 0;
    while (pos < pattern.size()) {
      size_t a = pattern.find('%', pos);
      if (a == std::string::npos) break;
      size_t b = pattern.find('%', a + 1);
      if (b == std::string::npos) break;
      auto it = placeholders_.find(pattern.substr(a + 1, b - a - 1));
      if (it == placeholders_.end()) {
        out.append(pattern, pos, b - pos);
        pos = b;
        continue;
      }
      out.append(pattern, pos, a - pos);
      out += it->second;
      pos = b + 1;
      changed = true;
    }
    out.append(pattern, pos, std::string::npos);
    pattern = std::move(out);
    if (!changed) break;
  }
  return pattern;
}

bool DateLexicon::StartsWithNameHead(std::string_view text) const {
  for (const std::string& head : name_heads_)
    if (text.substr(0, head.size()) == head) return true;
  return false;
}

bool DateLexicon::IsCountNoun(std::string_view word) const {
  if (count_nouns_.count(std::string(word))) return true;
  return word.size() > 1 && word.back() == 's' && count_nouns_.count(std::string(word.substr(0, word.size() - 1)));
}

std::optional<int> DateLexicon::Month(std::string_view name) const {
  auto it = months_.find(std::string(name));
  if (it == months_.end()) return std::nullopt;
  return it->second;
}

std::optional<int> DateLexicon::EraFirstYear(std::string_view era) const {
  auto it = eras_.find(std::string(era));
  if (it == eras_.end()) return std::nullopt;
  return it->second;
}

namespace {
std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}
}  // namespace

const RelativeWord* DateLexicon::Relative(std::string_view word, std::string_view lang) const {
  auto it = relative_.find(CollapseSpaces(word));
  if (it == relative_.end()) return nullptr;
  std::string_view family = lang.substr(0, 2);
  const RelativeWord* fallback = nullptr;
  for (const auto& [row_lang, w] : it->second) {
    if (row_lang == family) return &w;
    if (row_lang == "cjk" || row_lang == "en") fallback = &w;
  }
  return fallback;  // a word of the other language only (ja 同日 in Chinese is "with Japan")
}

std::optional<DurationUnit> DateLexicon::Unit(std::string_view word) const {
  std::string key(word);
  auto it = units_.find(key);
  if (it == units_.end() && !key.empty() && key.back() == 's') it = units_.find(key.substr(0, key.size() - 1));
  if (it == units_.end()) return std::nullopt;
  return it->second;
}

std::optional<int> DateLexicon::EnglishNumber(std::string_view words) const {
  std::string s = CollapseSpaces(words);
  if (!s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
    return s.size() <= 6 ? std::optional<int>(std::atoi(s.c_str())) : std::nullopt;
  int total = 0;
  bool any = false;
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find_first_of(" -", pos);
    if (end == std::string::npos) end = s.size();
    std::string token = s.substr(pos, end - pos);
    pos = end + 1;
    if (token.empty()) continue;
    auto it = cardinals_.find(token);
    if (it == cardinals_.end()) return std::nullopt;
    if (it->second == 100) total = (total == 0 ? 1 : total) * 100;
    else total += it->second;
    any = true;
  }
  if (!any || total <= 0) return std::nullopt;
  return total;
}

std::optional<int> DateLexicon::EnglishOrdinal(std::string_view word) const {
  std::string s = CollapseSpaces(word);
  auto it = ordinals_.find(s);
  if (it != ordinals_.end()) return it->second;
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 3) return std::nullopt;
  std::string suffix = s.substr(digits);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return std::nullopt;
  return std::atoi(s.substr(0, digits).c_str());
}

}  // namespace dossier
