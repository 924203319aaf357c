#include "ingest/metadata.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <map>

#include "ingest/embedded_data.h"
#include "ingest/tsv.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

// Full-width digits become ASCII; a map from folded offsets back is kept
// because the folded text is shorter.
struct DigitFolded {
  std::string text;
  std::vector<size_t> origin;  // origin[i] = offset in the input of folded byte i
};

DigitFolded FoldDigits(std::string_view s) {
  DigitFolded f;
  f.text.reserve(s.size());
  f.origin.reserve(s.size() + 1);
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    if (static_cast<unsigned char>(s[pos]) == 0xEF) {
      char32_t c = utf8::Next(s, &pos);
      if (c >= U'０' && c <= U'９') {
        f.text.push_back(static_cast<char>('0' + (c - U'０')));
        f.origin.push_back(start);
        continue;
      }
      if (c == U'／' || c == U'－' || c == U'．') {
        f.text.push_back(c == U'／' ? '/' : c == U'－' ? '-' : '.');
        f.origin.push_back(start);
        continue;
      }
      pos = start;
    }
    f.text.push_back(s[pos]);
    f.origin.push_back(pos);
    ++pos;
  }
  f.origin.push_back(s.size());
  return f;
}

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

std::string Iso(int year, int month, int day) {
  if (year < 1800 || year > 2200 || month < 1 || month > 12) return {};
  if (day != 0 && (day < 1 || day > DaysInMonth(year, month))) return {};
  char buf[40];
  if (day == 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int MonthNumber(std::string_view name) {
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                  "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower;
  for (char c : name.substr(0, 3)) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (int i = 0; i < 12; ++i)
    if (lower == kMonths[i]) return i + 1;
  return 0;
}

// 〇一二…九 digits read positionally (二〇二四 -> 2024); 十 forms (十二, 二十三) as numbers.
int ChineseNumber(std::string_view s) {
  static const std::map<char32_t, int> kDigits = {
      {U'〇', 0}, {U'零', 0}, {U'一', 1}, {U'二', 2}, {U'三', 3}, {U'四', 4},
      {U'五', 5}, {U'六', 6}, {U'七', 7}, {U'八', 8}, {U'九', 9}};
  std::vector<char32_t> cps;
  size_t pos = 0;
  while (pos < s.size()) cps.push_back(utf8::Next(s, &pos));
  bool has_ten = std::find(cps.begin(), cps.end(), U'十') != cps.end();
  if (!has_ten) {
    int v = 0;
    for (char32_t c : cps) {
      auto it = kDigits.find(c);
      if (it == kDigits.end()) return -1;
      v = v * 10 + it->second;
    }
    return v;
  }
  int tens = 1, ones = 0;
  size_t i = 0;
  if (cps[0] != U'十') {
    auto it = kDigits.find(cps[0]);
    if (it == kDigits.end()) return -1;
    tens = it->second;
    ++i;
  }
  if (i >= cps.size() || cps[i] != U'十') return -1;
  ++i;
  if (i < cps.size()) {
    auto it = kDigits.find(cps[i]);
    if (it == kDigits.end()) return -1;
    ones = it->second;
    ++i;
  }
  if (i != cps.size()) return -1;
  return tens * 10 + ones;
}

struct Candidate {
  std::string iso;
  size_t start = std::string::npos;
  size_t end = 0;
};

void Consider(Candidate* best, std::string iso, size_t start, size_t end) {
  if (iso.empty()) return;
  if (start < best->start) *best = {std::move(iso), start, end};
}

}  // namespace

std::optional<DateMatch> FindDate(std::string_view text) {
  static const RE2 kIso("(?:^|[^0-9])((?:18|19|20|21)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?:[^0-9]|$)");
  static const RE2 kCjk("((?:18|19|20|21)[0-9]{2}) ?年 ?([0-9]{1,2}) ?月(?: ?([0-9]{1,2}) ?[日号])?");
  static const RE2 kEra("(令和|平成|昭和) ?([0-9]{1,2}|元) ?年 ?([0-9]{1,2}) ?月(?: ?([0-9]{1,2}) ?日)?");
  static const RE2 kHanNum(
      "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号])?");
  static const RE2 kMonthDayYear(
      "(?i)\\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.? ([0-9]{1,2})(?:st|nd|rd|th)?,? ([0-9]{4})\\b");
  static const RE2 kDayMonthYear(
      "(?i)\\b([0-9]{1,2}) (jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
      "sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?,? ([0-9]{4})\\b");

  DigitFolded f = FoldDigits(text);
  re2::StringPiece input(f.text);
  Candidate best;
  re2::StringPiece whole, y, m, d, era;
  auto offset = [&](const re2::StringPiece& p) { return static_cast<size_t>(p.data() - f.text.data()); };
  auto num = [](const re2::StringPiece& p) { return p.empty() ? 0 : std::atoi(std::string(p).c_str()); };

  if (RE2::PartialMatch(input, kIso, &y, &m, &d))
    Consider(&best, Iso(num(y), num(m), num(d)), offset(y), offset(d) + d.size());
  {
    re2::StringPiece match[4];
    if (kCjk.Match(input, 0, input.size(), RE2::UNANCHORED, match, 4)) {
      size_t end = offset(match[0]) + match[0].size();
      Consider(&best, Iso(num(match[1]), num(match[2]), num(match[3])), offset(match[0]), end);
    }
  }
  {
    re2::StringPiece match[5];
    if (kEra.Match(input, 0, input.size(), RE2::UNANCHORED, match, 5)) {
      int base = match[1] == "令和" ? 2018 : match[1] == "平成" ? 1988 : 1925;
      int n = match[2] == "元" ? 1 : num(match[2]);
      Consider(&best, Iso(base + n, num(match[3]), num(match[4])), offset(match[0]),
               offset(match[0]) + match[0].size());
    }
  }
  {
    re2::StringPiece match[4];
    if (kHanNum.Match(input, 0, input.size(), RE2::UNANCHORED, match, 4)) {
      int year = ChineseNumber(std::string_view(match[1].data(), match[1].size()));
      int month = ChineseNumber(std::string_view(match[2].data(), match[2].size()));
      int day = match[3].empty() ? 0 : ChineseNumber(std::string_view(match[3].data(), match[3].size()));
      if (year > 0 && month > 0 && day >= 0)
        Consider(&best, Iso(year, month, day), offset(match[0]), offset(match[0]) + match[0].size());
    }
  }
  {
    re2::StringPiece match[4];
    if (kMonthDayYear.Match(input, 0, input.size(), RE2::UNANCHORED, match, 4))
      Consider(&best, Iso(num(match[3]), MonthNumber(std::string_view(match[1].data(), match[1].size())), num(match[2])),
               offset(match[0]), offset(match[0]) + match[0].size());
    if (kDayMonthYear.Match(input, 0, input.size(), RE2::UNANCHORED, match, 4))
      Consider(&best, Iso(num(match[3]), MonthNumber(std::string_view(match[2].data(), match[2].size())), num(match[1])),
               offset(match[0]), offset(match[0]) + match[0].size());
  }
  (void)whole;
  (void)era;
  if (best.start == std::string::npos) return std::nullopt;
  return DateMatch{best.iso, f.origin[best.start], f.origin[best.end]};
}

std::optional<Dateline> FindDatelineDate(const std::vector<std::string_view>& blocks) {
  size_t n = std::min(blocks.size(), kDatelineBlocks);
  for (size_t i = 0; i < n; ++i) {
    std::string_view block = blocks[i].substr(0, 600);
    std::optional<DateMatch> m = FindDate(block);
    if (!m) continue;
    if (utf8::DisplayWidth(blocks[i]) <= 80 || m->start <= 24) return Dateline{i, m->iso};
  }
  return std::nullopt;
}

std::string ParseDateValue(std::string_view value) {
  static const RE2 kIsoPrefix("^\\s*([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?");
  re2::StringPiece y, m, d;
  if (RE2::PartialMatch(value, kIsoPrefix, &y, &m, &d)) {
    int year = std::atoi(std::string(y).c_str()), month = std::atoi(std::string(m).c_str());
    int day = d.empty() ? 0 : std::atoi(std::string(d).c_str());
    std::string iso = Iso(year, month, day);
    if (!iso.empty()) return iso;
  }
  static const RE2 kYearOnly("^\\s*((?:18|19|20|21)[0-9]{2})\\s*$");
  if (RE2::PartialMatch(value, kYearOnly, &y)) return std::string(y);
  std::optional<DateMatch> m2 = FindDate(value);
  return m2 ? m2->iso : std::string();
}

namespace {

struct KindCue {
  std::string cue;  // lower case for Latin cues
  std::string kind;
  bool latin = false;
};

const std::vector<KindCue>& KindCues() {
  static const std::vector<KindCue> cues = [] {
    std::vector<KindCue> out;
    std::optional<std::string_view> data = EmbeddedData("ingest/data/kind_cues.tsv");
    if (!data) return out;
    for (const TsvRow& row : ParseTsv(*data)) {
      if (row.fields.size() < 2) continue;
      KindCue cue;
      cue.cue = AsciiLower(row.fields[0]);
      cue.kind = std::string(row.fields[1]);
      cue.latin = static_cast<unsigned char>(cue.cue[0]) < 0x80;
      out.push_back(std::move(cue));
    }
    // Longer cues first, so 联合新闻公报 is counted before 公报.
    std::stable_sort(out.begin(), out.end(),
                     [](const KindCue& a, const KindCue& b) { return a.cue.size() > b.cue.size(); });
    return out;
  }();
  return cues;
}

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Adds `weight` for each cue found in `text` (a cue inside a longer cue counts once).
void ScoreCues(std::string_view text, int weight, std::map<std::string, int>* scores) {
  std::string lower = AsciiLower(text);
  std::vector<std::pair<size_t, size_t>> taken;
  for (const KindCue& cue : KindCues()) {
    size_t pos = 0;
    while ((pos = lower.find(cue.cue, pos)) != std::string::npos) {
      size_t end = pos + cue.cue.size();
      bool bounded = !cue.latin || ((pos == 0 || !IsWordChar(lower[pos - 1])) &&
                                    (end >= lower.size() || !IsWordChar(lower[end])));
      bool overlaps = std::any_of(taken.begin(), taken.end(),
                                  [&](auto& t) { return pos < t.second && t.first < end; });
      if (bounded && !overlaps) {
        (*scores)[cue.kind] += weight;
        taken.emplace_back(pos, end);
        break;  // each cue counts once per block
      }
      pos = end;
    }
  }
}

}  // namespace

std::string DetectKind(std::string_view title, const std::vector<std::string_view>& first_blocks) {
  std::map<std::string, int> scores;
  ScoreCues(title, 3, &scores);
  for (std::string_view block : first_blocks) {
    block = block.substr(0, 400);
    // Body paragraphs mention speeches and interviews without being one.
    if (utf8::DisplayWidth(block) <= 60) ScoreCues(block, 2, &scores);
  }
  std::string best = "article";
  int best_score = 1;
  for (const auto& [kind, score] : scores) {
    if (score > best_score) {
      best = kind;
      best_score = score;
    }
  }
  return best;
}

}  // namespace dossier
