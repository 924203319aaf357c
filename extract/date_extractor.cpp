// The date extractor: absolute, partial, relative and era dates, ranges,
// halves, quarters, decades, centuries and durations, with ISO 8601 values.
//
// How it works (rules in prose: docs/dates.md):
//  1. The document text is folded (NFKC + case fold) so full-width digits and
//     capitalised words match the lower-case ASCII patterns; spans map back
//     through FoldedText.
//  2. All rules of extract/data/dates_rules.tsv are joined into one
//     leftmost-longest RE2 (names stripped) and scanned once over the text.
//  3. Each span found is given to the first rule that matches it exactly;
//     that rule's named groups are turned into a value by Resolve(), which
//     knows the reference date and what the text mentioned last (同年, "the
//     following month").
//  4. A span that no rule can resolve (a lower-case "march", "Expo 2025") is
//     dropped and scanning resumes one character later, so a shorter date
//     inside it can still be found. Every step is bounded by the span length,
//     so the scan stays linear in the text.
#include <algorithm>
#include <array>
#include <cctype>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include <re2/re2.h>
#include <re2/set.h>

#include "extract/date_lexicon.h"
#include "extract/date_value.h"
#include "extract/extractor.h"
#include "extract/lunar_new_year.h"
#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

// The named groups a rule may use (see the header of dates_rules.tsv).
enum G {
  kY, kY2, kEra, kEy, kM, kM2, kMn, kMn2, kD, kD2, kRy, kRm, kRd, kRp, kRw, kHalf, kQ,
  kDec, kC19, kCen, kN, kN2, kUnit, kAgo, kMod, kDmod, kQk, kQf, kFm, kPost, kWd, kEra2, kEy2, kHu, kRoc, kFy, kFyh, kFe, kNm, kQ2, kSy, kSy2, kSch, kFym, kFyp, kDand, kSeason, kRy2, kFest, kFq, kFqc, kFl, kRoc2, kGroupCount
};
constexpr std::array<std::string_view, kGroupCount> kGroupNames = {
    "y", "y2", "era", "ey", "m", "m2", "mn", "mn2", "d", "d2", "ry", "rm", "rd", "rp", "rw", "half", "q",
    "dec", "c19", "cen", "n", "n2", "unit", "ago", "mod", "dmod", "qk", "qf", "fm", "post", "wd", "era2", "ey2", "hu", "roc", "fy", "fyh", "fe", "nm", "q2", "sy", "sy2", "sch", "fym", "fyp", "dand", "season", "ry2", "fest", "fq", "fqc", "fl", "roc2"};

// How often the words occur in `t`, all together (counted up to 1000).
int Occurrences(std::string_view t, std::initializer_list<std::string_view> words) {
  int n = 0;
  for (std::string_view w : words)
    for (size_t p = t.find(w); p != std::string_view::npos && n < 1000; p = t.find(w, p + w.size())) ++n;
  return n;
}

// The month a split year (2025-26) starts in a text: July when it names
// Australia or New Zealand, at least twice and more often than the other
// places that write split years, from April (India, Hong Kong, Canada, the
// UK, Singapore); April otherwise. (Japan writes its April-March years as
// one year, FY2025, so naming Japan says nothing here.) `t` is NFKC and
// case-folded.
int SplitYearStart(std::string_view t) {
  auto count = [&](std::initializer_list<std::string_view> words) { return Occurrences(t, words); };
  const int july = count({"australia", "new zealand", "澳大利亚", "澳大利亞", "澳洲", "新西兰", "紐西蘭", "纽西兰",
                          "オーストラリア", "豪州", "ニュージーランド"});
  const int april = count({"india", "hong kong", "canada", "united kingdom", "britain", "singapore", "香港",
                           "印度", "インド", "加拿大", "カナダ", "英国", "新加坡", "シンガポール"});
  return july >= 2 && july > april ? 7 : 4;
}

// Whether a text speaks of the United States government (its Congress, its
// departments) and names the United States more often than Japan: there
// "fiscal year 2025" is the federal one, October 2024 to September 2025,
// whatever other country the text names. `t` is NFKC and case-folded.
bool UsFederalText(std::string_view t) {
  auto count = [&](std::initializer_list<std::string_view> words) { return Occurrences(t, words); };
  const int government = count({"congress", "the senate", "federal government", "u.s. department", "appropriations"});
  const int us = count({"u.s.", "united states", "american"});
  const int japan = count({"japan", "tokyo"});
  return government >= 2 && us > 2 * japan;
}

// Monday = 0 ... Sunday = 6, from an English, Chinese or Japanese weekday name.
int WeekdayIndex(std::string_view w) {
  static constexpr std::string_view kEn[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kEn[i]) return i;
  static constexpr std::string_view kCjk[] = {"一", "二", "三", "四", "五", "六", "日"};  // 星期一 … 星期日
  static constexpr std::string_view kJa[] = {"月", "火", "水", "木", "金", "土", "日"};    // 月曜日 … 日曜日
  for (int i = 0; i < 7; ++i)
    if (w == kCjk[i]) return i;
  if (w == "天") return 6;  // 星期天
  for (int i = 0; i < 7; ++i)
    if (w == kJa[i]) return i;
  return -1;
}


struct CompiledRule {
  std::string name;
  std::unique_ptr<RE2> re;
  std::array<int, kGroupCount> group{};  // capture index per G, or -1
  int groups = 0;
};

// What a match resolves to.
struct Resolved {
  std::string value;
  bool anchored = false;
  std::string mod;
  std::optional<DateValue> point;  // the date the text now "last mentioned", if any
  // A range of months or days, first and last: what "the same period last
  // year" after it shifts (今年1至10月…去年同期 is 2022-01/2022-10).
  std::optional<std::pair<DateValue, DateValue>> period;
  bool period_is_quarter = false;  // `period` is a calendar quarter, written as one (2025-Q1)
  bool period_shift = false;       // a shift of the last period ("the same period last year")
  bool same_period_word = false;   // 去年同期 and the like, however resolved: no date stated anew
  std::optional<DateValue> fiscal_start;  // a business year named (2025年3月期): its first month
};

// Groups of one match: views into the folded text (empty data() when absent).
struct Groups {
  std::array<std::string_view, kGroupCount> g;
  bool has(G k) const { return g[k].data() != nullptr; }
  std::string_view operator[](G k) const { return g[k]; }
};

bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// True if the English sentence around t[s, e) (folded, lower case) speaks of
// the future: a modal or a plan word before the next full stop.
bool FutureSentence(std::string_view t, size_t s, size_t e) {
  size_t a = s, b = e;
  while (a > 0 && s - a < 300 && t[a - 1] != '.' && t[a - 1] != '\n') --a;
  while (b < t.size() && b - e < 300 && t[b] != '.' && t[b] != '\n') ++b;
  // After the date, the sentence's next clause of its own ("…after its
  // launch in March, …, and the joint venture plans to…") tells of another
  // time.
  for (std::string_view joint : {", and ", ", but ", "; "})
    if (const size_t at = t.substr(e, b - e).find(joint); at != std::string_view::npos) b = e + at;
  const std::string_view sentence = t.substr(a, b - a);
  for (std::string_view w : {" will ", " could ", " shall ", " plans to ", " plan to ", " expected to ",
                             " expects to ", " aims to ", " to be held", " next ", " upcoming ", " scheduled "})
    if (sentence.find(w) != std::string_view::npos) return true;
  // "would" is the future of a past: it makes the date ahead only when it
  // governs it ("said the talks would be held in January"), not in "after
  // the decision in December, the ministry said it would respond".
  const std::string_view before = t.substr(a, s - a);
  return before.find(" would ") != std::string_view::npos;
}

// The same for Chinese and Japanese: a plan or schedule in the sentence
// (予定, 見込み, 计划, 将于) puts a month written without a year ahead
// (交付決定は3月中旬の予定 in a December release is next March).
bool CjkFutureSentence(std::string_view t, size_t s, size_t e) {
  // 9月調査: a survey named by its month is the one taken, whatever the
  // sentence plans (日銀短観（9月調査）によると、設備投資計画は…).
  for (std::string_view w : {"調査", "调查", "調查"})
    if (t.compare(e, w.size(), w) == 0) return false;
  size_t a = s, b = e;
  auto stop = [&](size_t p) {
    return t.compare(p, 3, "。") == 0 || t[p] == '\n';
  };
  while (a >= 3 && s - a < 300 && !stop(a - 3) && t[a - 1] != '\n') --a;
  while (b < t.size() && b - e < 300 && !(b + 3 <= t.size() && stop(b))) ++b;
  const std::string_view sentence = t.substr(a, b - a);
  static constexpr std::string_view kPlan[] = {"予定", "見込み", "計画", "方針", "目指", "めど", "目途", "计划",
                                               "計劃", "预计", "預計", "将于", "將於", "拟于", "擬於"};
  bool plan = false;
  for (std::string_view w : kPlan) plan = plan || sentence.find(w) != std::string_view::npos;
  if (!plan) return false;
  // A Chinese month inside a relative clause of what is already done
  // (世界贸易组织10月发布的报告预计…: the report published in October) is not
  // the plan's date, unless the plan word stands right before it (将于10月举行的).
  const std::string_view after = t.substr(e, std::min<size_t>(12, t.size() - e));
  const size_t de = std::min(after.find("的"), after.find("了"));
  const bool done_clause = de != std::string_view::npos &&
                           after.substr(0, de).find_first_of("，,、。；") == std::string_view::npos;
  if (!done_clause) return true;
  const std::string_view before = t.substr(s - std::min<size_t>(s - a, 18), std::min<size_t>(s - a, 18));
  for (std::string_view w : kPlan)
    if (before.find(w) != std::string_view::npos) return true;
  return false;
}

// A relative word for a fiscal year: 本年度, 年度内, and a company's 今期
// and 前期 (this and the last business year, April to March).
bool FiscalYearWord(std::string_view ry) {
  return ry.find("年度") != std::string_view::npos || ry == "今期" || ry == "前期" ||
         ry.find("fiscal year") != std::string_view::npos;
}

// The letters of the word before t[s], past the spaces between (at most
// max_letters: a longer word is no introducer); empty at a punctuation mark.
// The span's end is where the spaces before t[s] begin, also when it is empty.
Span WordBefore(std::string_view t, size_t s, size_t max_letters = 12) {
  size_t p = s;
  while (p > 0 && t[p - 1] == ' ') --p;
  size_t w = p;
  while (w > 0 && p - w < max_letters && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
  return {w, p};
}

// True if a sentence ends in t[from, to): a full stop, question or
// exclamation mark before a space, 。, ！ or ？, or a line break.
bool SentenceEndBetween(std::string_view t, size_t from, size_t to) {
  for (size_t i = from; i < to && i < t.size(); ++i) {
    if (t[i] == '\n') return true;
    if ((t[i] == '.' || t[i] == '?' || t[i] == '!') && i + 1 < t.size() && t[i + 1] == ' ') return true;
  }
  const std::string_view between = t.substr(from, to > from ? to - from : 0);
  for (std::string_view end : {"。", "！", "？"})
    if (between.find(end) != std::string_view::npos) return true;
  return false;
}

// True if the date at t[s] opens a notice's event line: 日時：, 開催日：,
// 活动时间：, after a list number or not, with spaces between the label's
// characters and a colon or not (folded text: ： is ":").
bool EventLineBefore(std::string_view t, size_t s) {
  size_t line = t.rfind('\n', s == 0 ? 0 : s - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  if (s - line > 40) return false;
  std::string label;
  for (size_t p = line; p < s;) {
    const char32_t c = utf8::Next(t, &p);
    if (c != U' ' && c != U'\u3000') utf8::Append(&label, c);
  }
  // A list number before the label ("1.日　　時　　令和7年…"), a colon after it.
  size_t from = 0;
  while (from < label.size() && label[from] >= '0' && label[from] <= '9') ++from;
  if (from > 0 && from < label.size() && label[from] == '.') ++from;
  std::string_view bare = std::string_view(label).substr(from);
  if (!bare.empty() && bare.back() == ':') bare.remove_suffix(1);
  for (std::string_view l : {"日時", "開催日", "開催日時", "活动时间", "活動時間", "会议时间", "會議時間", "举办时间", "舉辦時間"})
    if (bare == l) return true;
  return false;
}

// True if a Chinese comparison word stands right before t[s]: 较上月,
// 較上月底, 比上月, 环比上月; or 与 with a comparison after the word at
// [s, e): 与上月持平, 与上月相比.
bool ComparedBefore(std::string_view t, size_t s, size_t e) {
  for (std::string_view w : {"较", "較", "比"})
    if (s >= w.size() && t.compare(s - w.size(), w.size(), w) == 0) return true;
  for (std::string_view w : {"与", "與"})
    if (s >= w.size() && t.compare(s - w.size(), w.size(), w) == 0)
      for (std::string_view v : {"持平", "相比", "相當", "相当", "基本持平"})
        if (t.compare(e, v.size(), v) == 0) return true;
  return false;
}

// True if `t` ends with the whole word `w` ("as early" ends with "early").
bool EndsWithWord(std::string_view t, std::string_view w) {
  return t.size() >= w.size() && t.substr(t.size() - w.size()) == w &&
         (t.size() == w.size() || !IsAsciiAlnum(t[t.size() - w.size() - 1]));
}

// Whether the (folded) text writes its dates day first ("6 november",
// "29 march 2026": Britain, Australia, Hong Kong) more often than month first
// ("november 6").
bool DayFirst(std::string_view t) {
  static const RE2 kDayMonth(
      "\\b\\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december)\\b");
  static const RE2 kMonthDay(
      "\\b(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}\\b");
  auto count = [&](const RE2& re) {
    re2::StringPiece in(t.data(), t.size());
    int n = 0;
    while (n < 1000 && RE2::FindAndConsume(&in, re)) ++n;
    return n;
  };
  return count(kDayMonth) > count(kMonthDay);
}

// True if a verb in the past tense stands among the six words before
// t[s] ("said on Monday", "announced Tuesday"): the date is told as past
// even in a sentence that also speaks of the future.
bool PastVerbBefore(std::string_view t, size_t s) {
  static const std::unordered_set<std::string_view> kIrregular = {
      "said", "told", "met", "held", "took", "gave", "made", "saw", "spoke", "wrote", "began", "rose", "fell",
      "grew", "was", "were", "had", "became", "left", "sent", "went", "came", "put", "set", "won", "lost"};
  // Six words reach the verb over its object: "told a regular news briefing
  // on Thursday". A future or an infinitive in between governs the weekday
  // itself ("said they will meet on Monday").
  // "until", "for" and "through" look ahead from the verb ("was delayed
  // until June", "was scheduled for June").
  static const std::unordered_set<std::string_view> kFuture = {"will", "would", "shall", "to", "plans", "plan",
                                                               "until", "till", "for", "through"};
  size_t p = s;
  for (int words = 0; words < 6 && p > 0; ++words) {
    while (p > 0 && t[p - 1] == ' ') --p;
    size_t w = p;
    while (w > 0 && p - w < 20 && std::isalpha(static_cast<unsigned char>(t[w - 1]))) --w;
    if (w == p) return false;
    const std::string_view word = t.substr(w, p - w);
    if (kFuture.count(word)) return false;
    const bool regular = word.size() > 4 && word.substr(word.size() - 2) == "ed" &&
                         word.substr(word.size() - 3) != "eed";  // not proceed, exceed, indeed
    // After "be" the word is a participle of what is still to come ("would
    // be held in January"): read on to the verb that governs it.
    if ((kIrregular.count(word) || regular) && !EndsWithWord(t.substr(0, w - (w > 0 && t[w - 1] == ' ')), "be")) return true;
    p = w;
  }
  return false;
}

// True if the year at `s` (followed by 年) comes right after a paragraph
// number at the start of a line: "1．2023年の…", "8．2023年度" (NFKC made the
// full stop ASCII). No decimal is written with four places before 年.
bool AfterListNumber(std::string_view t, size_t s) {
  if (s < 2 || s + 7 > t.size() || t.compare(s + 4, 3, "年") != 0) return false;
  size_t p = s - 1;  // the '.'
  size_t digits = 0;
  while (p > 0 && std::isdigit(static_cast<unsigned char>(t[p - 1])) && digits < 4) --p, ++digits;
  return digits >= 1 && digits <= 3 && (p == 0 || t[p - 1] == '\n' || t[p - 1] == ' ');
}

// The CJK titles of a text: each 《…》, 〈…〉 or 『…』 on one line, without
// 。 or another opening mark inside and at most kTitleReach bytes long, as
// [opening mark, end of closing mark), in order and not overlapping. Titles
// are names, and a year in a name is not a date (docs/dates.md). 「」 is left
// out: Japanese quotes speech with it, too. One pass: a scan for the closing
// mark stops at the next opening one, so the whole is linear in the text.
std::vector<std::pair<size_t, size_t>> TitleSpans(std::string_view t) {
  constexpr size_t kTitleReach = 600;
  auto mark_at = [&](size_t i, std::initializer_list<std::string_view> marks) {
    for (std::string_view m : marks)
      if (t.compare(i, m.size(), m) == 0) return true;
    return false;
  };
  const auto opens = {std::string_view("《"), std::string_view("〈"), std::string_view("『")};
  const auto closes = {std::string_view("》"), std::string_view("〉"), std::string_view("』")};
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = t.find('\xE3'); i != std::string_view::npos && i < t.size(); i = t.find('\xE3', i + 1)) {
    if (!mark_at(i, opens)) continue;
    for (size_t j = i + 3; j < t.size() && j - i < kTitleReach; ++j) {
      if (t[j] == '\n' || mark_at(j, opens) || mark_at(j, {"。"})) break;
      if (mark_at(j, closes)) {
        spans.emplace_back(i, j + 3);
        i = j;  // the next opening mark comes after this title
        break;
      }
    }
  }
  return spans;
}

// True if [s, e) lies inside one of `titles` (TitleSpans).
bool InsideTitle(const std::vector<std::pair<size_t, size_t>>& titles, size_t s, size_t e) {
  auto it = std::upper_bound(titles.begin(), titles.end(), std::make_pair(s, std::numeric_limits<size_t>::max()));
  if (it == titles.begin()) return false;
  --it;  // the last title opening at or before s
  return it->first < s && e <= it->second;
}

// If [s, e) is all or part of years in parentheses ("(2021-2035)",
// "(2021—2035年)", folded), the index of the '('; else npos.
size_t OpeningParenOfYears(std::string_view t, size_t s, size_t e) {
  constexpr size_t kReach = 24;
  auto years_char = [&](size_t i) -> size_t {  // length of the character at i if it may sit between years, else 0
    const char c = t[i];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '-' || c == '~' || c == '/') return 1;
    for (std::string_view w : {"–", "—", "年", "至"})
      if (t.compare(i, w.size(), w) == 0) return w.size();
    return 0;
  };
  size_t close = e;
  while (close < t.size() && close - e < kReach && t[close] != ')') {
    const size_t n = years_char(close);
    if (n == 0) return std::string_view::npos;
    close += n;
  }
  if (close >= t.size() || t[close] != ')') return std::string_view::npos;
  // Backwards byte by byte: continuation bytes are passed over, and each
  // character is judged at its first byte.
  size_t open = s;
  while (open > 0 && s - open < kReach && t[open - 1] != '(') {
    --open;
    const unsigned char c = static_cast<unsigned char>(t[open]);
    if ((c < 0x80 || c >= 0xC0) && years_char(open) == 0) return std::string_view::npos;
  }
  if (open == 0 || t[open - 1] != '(') return std::string_view::npos;
  return open - 1;
}

std::string ModName(std::string_view mod) {
  if (mod.empty()) return "";
  if (mod.find("end") != std::string_view::npos || mod == "late" || mod == "末" || mod == "底" ||
      mod == "下旬")
    return "end";
  if (mod.find("mid") != std::string_view::npos || mod == "中旬") return "mid";
  if (mod == "以上" || mod == "超" || mod == "多" || mod == "余" || mod == "余り" || mod == "more than" || mod == "over" ||
      mod == "at least")
    return "more_than";
  if (mod == "以内" || mod == "未満" || mod == "近く" || mod == "less than" || mod == "up to" || mod == "nearly" ||
      mod == "almost")
    return "less_than";
  if (mod == "about" || mod == "around") return "about";
  return "start";  // beginning of, start of, early, turn of, 初, 上旬
}

// The state resolution carries along the text, in text order.
struct ResolveState {
  std::optional<DateValue> reference;        // from ExtractContext
  std::optional<DateValue> last_absolute;    // nearest preceding date written in full
  std::optional<DateValue> last_year_written;  // nearest preceding year written alone (2024年)
  std::optional<DateValue> last_mentioned;   // any date resolved so far (同年, the same month)
  std::optional<DateValue> last_stated;      // the same, not counting shifts of a period (去年同期)
  std::optional<DateValue> last_day;         // the last one at day grain (当天 after 明年第一季度)
  // The day a notice's event line names (日時：令和7年12月10日, 活动时间：…):
  // 当日 and 当天 in a notice are that day, whatever deadline came since.
  std::optional<DateValue> event_day;
  std::optional<std::pair<DateValue, DateValue>> last_period;  // its Resolved::period
  bool last_period_is_quarter = false;
  bool period_context = false;  // the last date was last_period or a shift of it
  std::optional<DateValue> last_full;        // nearest preceding full date (a dateline, usually)
  // The first month of the business year the text named last ("the fiscal
  // year ended March 31, 2025", 2026年3月期: 2024-04, 2025-04): an English
  // bare "the fourth quarter" and "the previous fiscal year" count from it.
  std::optional<DateValue> fiscal_start;
  bool future_sentence = false;              // English: the date's sentence speaks of the future
  bool past_verb_before = false;             // English: a past-tense verb right before a weekday
  bool compared = false;                     // Chinese: right after 较/比 (较上月: than the month before)
  bool yearly = false;                       // Chinese, Japanese: right after 每年(的)/毎年: a day of every year
  bool last_in_sentence = false;             // a date was accepted earlier in this sentence
  // The month the text reports on: the first single month it states (a
  // monthly release names its month in the headline or the lead, before the
  // months it compares with), and how often it was stated.
  std::optional<DateValue> topic_month;
  int topic_month_mentions = 0;
  bool japan_context = false;                // the text names Japan: its fiscal years run April-March
  bool us_federal_context = false;           // UsFederalText: its fiscal years run October-September
  int split_year_start = 4;  // the month a split year (2025-26, FY 2024-25) starts: July in Australia and New Zealand
  // The text writes "6 November" more often than "November 6" (6/11/2025 is
  // 6 November); read on the first numeric date that needs it.
  std::optional<bool> day_first;
  size_t next_pos = 0;                       // where the last accepted date ended (folded text)
  std::vector<std::pair<size_t, size_t>> titles;  // TitleSpans of the folded text
  std::string lang;                          // segment language of the match

  // The month the text reports on, once it is stated twice at least (a
  // monthly release's month; one mention may be any month).
  std::optional<DateValue> ReportedMonth() const {
    return topic_month_mentions >= 2 ? topic_month : std::nullopt;
  }

  // The date relative words resolve against; sets *anchored when one exists.
  // For a relative word: its own base (the reference date, the last date
  // mentioned, or the last date written out).
  std::optional<DateValue> BaseOf(const RelativeWord& w, bool* anchored) const {
    // Only a past year is a year under review: a target year written before
    // (到2027年) leaves 上年 the year before the reference date.
    // The year a report reviews is written as a year (2024年国民经济…公报),
    // not as a day (its dateline, 2025年3月18日).
    // 全年 after a date in its own sentence is that date's year
    // (今年首十個月…，全年有望突破: this year, not the 2021 of the sentence before),
    // not counting a shift (四季度…去年同期…全年: this year).
    if (w.from_topic && w.offset == 0 && last_in_sentence && last_stated && last_stated->has_year()) {
      *anchored = true;
      return DateValue::Year(last_stated->year);
    }
    if (w.from_topic && last_year_written &&
        (!reference || !reference->has_year() || last_year_written->year < reference->year)) {
      *anchored = true;
      return last_year_written;
    }
    return Base(w.from_last || w.grain == RelativeWord::Grain::kPeriod, anchored);
  }

  std::optional<DateValue> Base(bool from_last, bool* anchored) const {
    if (from_last && last_mentioned && last_mentioned->has_year()) {
      *anchored = true;
      return last_mentioned;
    }
    if (reference) {
      *anchored = true;
      return reference;
    }
    // Without a document date: the nearest full date before (datelines are
    // full dates), else the nearest date with a year.
    if (last_full) {
      *anchored = true;
      return last_full;
    }
    if (last_absolute) {
      *anchored = true;
      return last_absolute;
    }
    return std::nullopt;
  }
};

class DateExtractor : public Extractor {
 public:
  DateExtractor() : lex_(DateLexicon::Default()) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_log_errors(false);
    options.set_max_mem(32 << 20);
    RE2::Options longest = options;
    longest.set_longest_match(true);
    // Which rules match a span, in one DFA pass each: whole span, or a prefix.
    RE2::Options set_options = longest;
    set_options.set_max_mem(64 << 20);
    set_both_ = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_BOTH);
    set_start_ = std::make_unique<RE2::Set>(set_options, RE2::ANCHOR_START);
    std::string combined;
    for (const DateRule& rule : lex_.rules()) {
      CompiledRule c;
      c.name = rule.name;
      c.re = std::make_unique<RE2>(rule.pattern, longest);
      if (!c.re->ok()) {
        error_ = "extract/data/dates_rules.tsv: rule " + rule.name + ": " + c.re->error();
        continue;
      }
      c.group.fill(-1);
      for (const auto& [name, index] : c.re->NamedCapturingGroups())
        for (int k = 0; k < kGroupCount; ++k)
          if (kGroupNames[k] == name) c.group[k] = index;
      c.groups = c.re->NumberOfCapturingGroups();
      if (!combined.empty()) combined += '|';
      combined += "(?:" + StripNames(rule.pattern) + ")";
      std::string set_error;
      if (set_both_->Add(StripNames(rule.pattern), &set_error) != static_cast<int>(rules_.size()) ||
          set_start_->Add(StripNames(rule.pattern), &set_error) != static_cast<int>(rules_.size()))
        error_ = "date rule " + rule.name + " in RE2::Set: " + set_error;
      rules_.push_back(std::move(c));
    }
    longest.set_max_mem(64 << 20);
    combined_ = std::make_unique<RE2>(combined.empty() ? "\\x01\\x02" : combined, longest);
    if (!combined_->ok()) error_ = "date rules combined: " + combined_->error();
    if (!set_both_->Compile() || !set_start_->Compile()) error_ = "date rules: RE2::Set does not compile";
  }

  FactType type() const override { return FactType::kDate; }

  void Extract(const Document& doc, const ExtractContext& ctx, std::vector<Fact>* out) const override {
    if (!error_.empty() || !combined_->ok() || doc.text.empty()) return;
    // A date may be hard-wrapped in CJK text saved from a PDF (今\n（20）日).
    FoldedText folded(doc.text, FoldOptions{.nfkc = true, .case_fold = true, .join_cjk_wraps = true});
    const std::string& t = folded.text();
    ResolveState state;
    if (!ctx.reference_date.empty()) state.reference = ParseIsoDate(ctx.reference_date);
    state.titles = TitleSpans(t);
    // "fiscal 2025" in a text about Japan is Japan's fiscal year (April to
    // March); elsewhere its months are unknown and it stays the year.
    state.japan_context = t.find("japan") != std::string::npos || t.find("日本") != std::string::npos ||
                          t.find("tokyo") != std::string::npos;
    state.us_federal_context = UsFederalText(t);
    state.split_year_start = SplitYearStart(t);

    std::vector<re2::StringPiece> sub(40);
    size_t pos = 0;
    re2::StringPiece whole;
    while (pos < t.size()) {
      if (!combined_->Match(t, pos, t.size(), RE2::UNANCHORED, &whole, 1)) break;
      size_t s = whole.data() - t.data(), e = s + whole.size();
      if (e == s) {
        pos = s + 1;
        continue;
      }
      if (TryMatch(doc, folded, s, e, &state, &sub, out)) {
        pos = state.next_pos;
      } else {
        pos = s + 1;  // resume one character later (UTF-8: skip continuation bytes)
        while (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80) ++pos;
      }
    }
  }

 private:
  static std::string StripNames(const std::string& pattern) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size(); ++i) {
      if (pattern.compare(i, 4, "(?P<") == 0) {
        size_t close = pattern.find('>', i);
        if (close != std::string::npos) {
          out += "(?:";
          i = close;
          continue;
        }
      }
      out += pattern[i];
    }
    return out;
  }

  bool TryMatch(const Document& doc, const FoldedText& folded, size_t s, size_t e, ResolveState* state,
                std::vector<re2::StringPiece>* sub, std::vector<Fact>* out) const {
    const std::string& t = folded.text();
    // A date does not start or end inside a word or a number ("a2023", "20234", "3.2023").
    if (s > 0 && IsAsciiAlnum(t[s]) && IsAsciiAlnum(t[s - 1])) return false;
    if (e < t.size() && IsAsciiAlnum(t[e - 1]) && IsAsciiAlnum(t[e])) return false;
    if (s > 1 && std::isdigit(static_cast<unsigned char>(t[s])) && (t[s - 1] == '.' || t[s - 1] == ',') &&
        std::isdigit(static_cast<unsigned char>(t[s - 2])) && !AfterListNumber(t, s))
      return false;
    if (e + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[e - 1])) && (t[e] == '.' || t[e] == ',') &&
        std::isdigit(static_cast<unsigned char>(t[e + 1])))
      return false;

    // A year in a title names the title, it is not a date of its own.
    if (InsideTitle(state->titles, s, e)) return false;
    if (size_t paren = OpeningParenOfYears(t, s, e); paren != std::string_view::npos && EndsTitle(doc, folded, paren))
      return false;

    const Segment* seg = doc.SegmentAt(folded.ToOriginalStart(s));
    state->lang = seg ? seg->lang : std::string(lang::kEnglish);

    // The whole span first, in rule order; if no rule resolves it, the
    // longest shorter match at the same start ("2030年" of "2030年前").
    if (TryRules(doc, folded, s, e, RE2::ANCHOR_BOTH, state, sub, out)) return true;
    return TryRules(doc, folded, s, e, RE2::ANCHOR_START, state, sub, out);
  }

  bool TryRules(const Document& doc, const FoldedText& folded, size_t s, size_t e, RE2::Anchor anchor,
                ResolveState* state, std::vector<re2::StringPiece>* sub, std::vector<Fact>* out) const {
    const std::string& t = folded.text();
    struct Candidate {
      size_t end;
      Resolved resolved;
    };
    std::optional<Candidate> best;
    // Only the rules the set says can match are run with submatches; the
    // set sees the span alone, so each is still checked in full context.
    std::vector<int> candidates;
    const RE2::Set& set = anchor == RE2::ANCHOR_BOTH ? *set_both_ : *set_start_;
    if (!set.Match(re2::StringPiece(t.data() + s, e - s), &candidates)) return false;
    std::sort(candidates.begin(), candidates.end());
    // What English resolution reads of the text before the date depends on
    // its start alone: read once, for the first rule that passes, not again
    // for each later one.
    const bool english = state->lang == lang::kEnglish;
    std::optional<bool> in_sentence, past_verb;
    for (int index : candidates) {
      const CompiledRule& rule = rules_[index];
      int n = rule.groups + 1;
      if (static_cast<int>(sub->size()) < n) sub->resize(n);
      if (!rule.re->Match(t, s, e, anchor, sub->data(), n)) continue;
      size_t end = s + (*sub)[0].size();
      if (best && end <= best->end) continue;
      if (end < t.size() && end > s && IsAsciiAlnum(t[end - 1]) && IsAsciiAlnum(t[end])) continue;
      Groups g;
      for (int k = 0; k < kGroupCount; ++k) {
        int index = rule.group[k];
        if (index > 0 && (*sub)[index].data() != nullptr)
          g.g[k] = std::string_view((*sub)[index].data(), (*sub)[index].size());
      }
      // 11/14/2024 and 6/11/2025: a part over 12 is the day; with none, the
      // order the text writes its dates in words.
      if (rule.name == "en_slash_mdy") {
        const int a = ParseDateNumeral(g[kM]), b = ParseDateNumeral(g[kD]);
        if (a <= 12 && b <= 12 && !state->day_first) state->day_first = DayFirst(t);
        if ((a > 12 && b <= 12) || (a <= 12 && b <= 12 && *state->day_first)) std::swap(g.g[kM], g.g[kD]);
      }
      // 12月至明年2月期間: 期 begins 期間 (the period), no quarter's 期.
      if (g.has(kQk) && g[kQk] == "期" && g[kQk].data() + 3 == t.data() + end &&
          (t.compare(end, 3, "間") == 0 || t.compare(end, 3, "间") == 0)) {
        end -= 3;
        g.g[kQk] = std::string_view();
      }
      if (!Plausible(rule, g, doc, folded, s, end, state->lang)) continue;
      if (english) {
        if (!in_sentence) {
          in_sentence = state->next_pos > 0 && state->next_pos <= s && !SentenceEndBetween(t, state->next_pos, s);
          past_verb = PastVerbBefore(t, s);  // for weekdays and months without a year
        }
        state->last_in_sentence = *in_sentence;
        state->future_sentence = FutureSentence(t, s, end);
        state->past_verb_before = *past_verb;
      } else {
        if (!in_sentence)
          in_sentence = state->next_pos > 0 && state->next_pos <= s && !SentenceEndBetween(t, state->next_pos, s);
        state->last_in_sentence = *in_sentence;
        state->future_sentence = CjkFutureSentence(t, s, end);
        state->compared = ComparedBefore(t, s, end);
        state->yearly = false;
        for (std::string_view every : {"每年的", "每年", "毎年の", "毎年", "每年度的"})
          state->yearly = state->yearly || (s >= every.size() && t.compare(s - every.size(), every.size(), every) == 0);
      }
      std::optional<Resolved> r = Resolve(g, state);
      if (!r) continue;
      best = Candidate{end, std::move(*r)};
      if (anchor == RE2::ANCHOR_BOTH) break;  // rule order decides among full matches
    }
    if (!best) return false;
    Fact fact = MakeFact(doc, FactType::kDate, folded.ToOriginal(Span{s, best->end}));
    const Resolved& r = best->resolved;
    fact.attrs["value"] = r.value;
    fact.attrs["anchored"] = r.anchored;
    if (!r.mod.empty()) fact.attrs["mod"] = r.mod;
    out->push_back(std::move(fact));
    if (r.fiscal_start) state->fiscal_start = r.fiscal_start;
    if (r.point) {
      state->last_mentioned = r.point;
      if (r.point->grain == DateValue::Grain::kDay) state->last_day = r.point;
      if (r.point->grain == DateValue::Grain::kDay && !state->event_day && EventLineBefore(t, s))
        state->event_day = r.point;
      if (!r.period_shift && !r.same_period_word) state->last_stated = r.point;
      if (!r.period_shift && !r.same_period_word && !r.period && r.point->grain == DateValue::Grain::kMonth &&
          r.point->has_year()) {
        if (!state->topic_month) state->topic_month = r.point;
        if (r.point->ToIso() == state->topic_month->ToIso()) ++state->topic_month_mentions;
      }
      // A whole year (a target, 2027年の稼働を目指す; history, 2000年に合弁生産を
      // 始め) is no period whose same period a year before 前年同期 could
      // mean: 前年同期 after it still shifts the period stated before.
      const bool whole_year = !r.period && r.point->grain == DateValue::Grain::kYear;
      if (!r.period_shift && !whole_year) {
        state->last_period = r.period;
        state->last_period_is_quarter = r.period_is_quarter;
      }
      state->period_context = r.period.has_value() || r.period_shift;
      // 2019年同期 compares with a year; it is not the year under review.
      const bool comparison = t.compare(best->end, 6, "同期") == 0 || t.compare(best->end, 6, "同月") == 0;
      if (!r.anchored && r.point->grain == DateValue::Grain::kYear && !comparison) state->last_year_written = r.point;
      if (!r.anchored && r.point->has_year()) {
        state->last_absolute = r.point;
        if (r.point->grain == DateValue::Grain::kDay) state->last_full = r.point;
      }
    }
    state->next_pos = best->end;
    return true;
  }

  // True if the capitalised words that end at `end` (the folded text's
  // index of a parenthesis) make a title: "Plan for the Development of the
  // Hydrogen Energy Industry", "the 14th Five-Year Plan". The run may hold
  // short function words; one of its words must head titles
  // (dates_title_heads.tsv), and a lower-case word ends it.
  bool EndsTitle(const Document& doc, const FoldedText& folded, size_t end) const {
    static const std::unordered_set<std::string_view> kJoiners = {"of", "for", "the", "and", "on", "in", "to", "a", "an"};
    const std::string& t = folded.text();
    size_t p = end;
    for (int words = 0; words < 16; ++words) {
      while (p > 0 && t[p - 1] == ' ') --p;
      size_t w = p;
      while (w > 0 && p - w < 32 && (IsAsciiAlnum(t[w - 1]) || t[w - 1] == '-' || t[w - 1] == '\'')) --w;
      if (w == p) return false;
      const std::string_view word = std::string_view(t).substr(w, p - w);
      p = w;
      if (kJoiners.count(word)) continue;
      const size_t at = folded.ToOriginalStart(w);
      if (at >= doc.text.size() || !std::isupper(static_cast<unsigned char>(doc.text[at]))) return false;
      if (lex_.IsTitleHead(word)) return true;
    }
    return false;
  }

  // Chinese 后年 (the year after next) and 前年 (the year before last) are
  // also the last and first characters of two words: 此后|年均, 投产后|年产值,
  // 目前|年产能. Written as dates they follow punctuation, a number or a word
  // that introduces a time (到后年, 比前年, 我们后年); after any other Han
  // character they are read as the end of the word before. Japanese 前年
  // ("the year before", 前年比) is a word of its own and is not checked.
  static bool ZhYearWordStandsAlone(std::string_view t, size_t s, std::string_view lang) {
    std::string_view word = t.substr(s, 6);
    if (word != "后年" && word != "後年" && word != "前年") return true;
    if (lang.substr(0, 2) != "zh" || s == 0) return true;
    size_t p = utf8::PrevStart(t, s);
    size_t q = p;
    const char32_t prev = utf8::Next(t, &q);
    if (!utf8::IsHan(prev)) return true;
    static constexpr std::u32string_view kIntroducers = U"到至在于於从從自和及或与與们們将將是比较較同今明大";
    return kIntroducers.find(prev) != std::u32string_view::npos;
  }

  // Context checks that patterns cannot express (RE2 has no look-around).
  // `lang` is the language of the segment at s.
  bool Plausible(const CompiledRule& rule, const Groups& g, const Document& doc, const FoldedText& folded,
                 size_t s, size_t e, std::string_view lang) const {
    const std::string& t = folded.text();
    // English month names count only when capitalised in the document ("may", "march").
    // The document's byte at a folded position (its case: folding lowers it).
    auto original = [&](size_t folded_pos) -> unsigned char {
      const size_t at = folded.ToOriginalStart(folded_pos);
      return at < doc.text.size() ? static_cast<unsigned char>(doc.text[at]) : 0;
    };
    for (G k : {kMn, kMn2})
      if (g.has(k) && !std::isupper(original(g[k].data() - t.data()))) return false;
    auto after = [&](std::string_view what) { return t.compare(e, what.size(), what) == 0; };
    auto before = [&](std::string_view what) {
      return s >= what.size() && t.compare(s - what.size(), what.size(), what) == 0;
    };
    if (!ZhYearWordStandsAlone(t, s, lang)) return false;
    // 号 as a day is spoken Chinese (25号); in Japanese, and after 第 or 番
    // (様式第1号, 1番1号: a number, an address), it numbers things.
    if (rule.name == "cj_day" && e >= 3 && t.compare(e - 3, 3, "号") == 0 &&
        (lang == "ja" || before("第") || before("番")))
      return false;
    // 電話：093-582-2050: the last group of a phone number is no year.
    if ((rule.name == "en_year" || rule.name == "cj_year") && s >= 2 && t[s - 1] == '-' &&
        std::isdigit(static_cast<unsigned char>(t[s - 2]))) {
      size_t d = s - 1;
      while (d > 0 && std::isdigit(static_cast<unsigned char>(t[d - 1]))) --d;
      if (s - 1 - d != 4) return false;
    }
    // 1日当たり, 1年あたり: "per day", "per year", a rate's unit, no date.
    if (after("当たり") || after("あたり") || after("当り")) return false;
    // A year inside a document or file number (11370000004609214N/2025-00087,
    // CB(1)58/2026(04)號文件): after a slash that follows a letter or digit
    // (not a year: 2025/2026 is two), or before a dash and a serial of three
    // digits or more.
    if (rule.name == "en_year" || rule.name == "cj_year") {
      size_t w = s >= 1 ? s - 1 : 0;
      while (w > 0 && std::isalnum(static_cast<unsigned char>(t[w - 1]))) --w;
      const size_t run = s >= 1 ? s - 1 - w : 0;  // the letters and digits before the slash
      const bool year_before = run == 4 && std::all_of(t.begin() + w, t.begin() + s - 1, [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      });
      const bool after_slash = s >= 2 && t[s - 1] == '/' && run > 0 && !year_before;
      size_t d = e + 1;
      while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
      const bool serial_after = e < t.size() && t[e] == '-' && d - (e + 1) >= 3;
      if (after_slash || serial_after) return false;
    }
    // 全年 after a year (2024年全年, 113年全年) repeats that year: the year is the date.
    if (t.compare(s, 6, "全年") == 0 && before("年")) return false;
    // A bare number of years: "Expo 2025", "Vision 2030", "No. 2023" are names.
    if (rule.name == "en_year" || rule.name == "en_year_range" || rule.name == "en_decade") {
      if (g.has(kMod)) return true;
      size_t p = s;
      size_t spaces = 0;
      while (p > 0 && t[p - 1] == ' ' && spaces < 3) --p, ++spaces;
      size_t w = p;
      while (w > 0 && p - w < 16 && (IsAsciiAlnum(t[w - 1]) || t[w - 1] == '.' || t[w - 1] == '-')) --w;
      std::string word = t.substr(w, p - w);
      while (!word.empty() && (word.back() == '-')) word.pop_back();
      if (!word.empty() && lex_.IsNamePrefix(word)) return false;
      // "Medium-Term Management Plan 2027", "Integrated Report 2025": a
      // capitalised title word before the year makes it the title's (not
      // "will report 2025 results"). An act's year stays a date ("the
      // National Security and Investment Act 2021": annotated so).
      if (word.size() > 1 && std::isupper(original(w)) && lex_.IsTitleHead(word) && word != "act" && word != "law")
        return false;
      // "the Trade Act of 1974", "the Law of 2008": the year names the act.
      if (word == "of" && w > 0) {
        size_t p2 = w;
        while (p2 > 0 && t[p2 - 1] == ' ') --p2;
        size_t w2 = p2;
        while (w2 > 0 && p2 - w2 < 16 && std::isalpha(static_cast<unsigned char>(t[w2 - 1]))) --w2;
        static constexpr std::string_view kActs[] = {"act", "acts", "law", "code", "convention", "treaty", "accord",
                                                     "protocol", "charter", "ordinance", "declaration"};
        const std::string_view before_of = std::string_view(t).substr(w2, p2 - w2);
        const size_t at = folded.ToOriginalStart(w2);
        const bool capital = at < doc.text.size() && std::isupper(static_cast<unsigned char>(doc.text[at]));
        for (std::string_view act : kActs)
          if (capital && before_of == act) return false;
      }
      if (!word.empty() && word.back() == '.' && lex_.IsNamePrefix(word.substr(0, word.size() - 1)) &&
          word != "no.")
        return false;
      size_t q = e;
      while (q < t.size() && t[q] == ' ' && q - e < 2) ++q;
      if (q < t.size() && (t[q] == '%' || t.compare(q, 3, "％") == 0)) return false;
      // "2000 people": a count.
      if (q == e + 1) {
        size_t w_end = q;
        while (w_end < t.size() && w_end - q < 20 && std::isalpha(static_cast<unsigned char>(t[w_end]))) ++w_end;
        if (w_end > q && lex_.IsCountNoun(std::string_view(t).substr(q, w_end - q))) return false;
      }
      // "the 2023 White Paper", "the 2023 China International Fair": a year that
      // opens a capitalised name is part of that name.
      if (rule.name == "en_year" && word == "the" && q == e + 1 && q < t.size()) {
        size_t at = folded.ToOriginalStart(q);
        if (at < doc.text.size() && std::isupper(static_cast<unsigned char>(doc.text[at]))) return false;
      }
    }
    // A year written right before a name is part of it ("2025年日本国际博览会").
    if (g.has(kY) && !g.has(kM) && !g.has(kMn) && !g.has(kY2) && !g.has(kHalf) && !g.has(kQ) && !g.has(kMod)) {
      size_t q = e;
      while (q < t.size() && t[q] == ' ' && q - e < 2) ++q;
      if (lex_.StartsWithNameHead(std::string_view(t).substr(q, 40))) return false;
    }
    // 公告2025年第61号: the year of a document's number, no date.
    if (g.has(kY) && !g.has(kM) && !g.has(kMn) && !g.has(kY2) && !g.has(kQ) && !g.has(kHalf)) {
      static const RE2 kNumberOf("^第\\d{1,4}[号號]");
      if (RE2::PartialMatch(re2::StringPiece(t.data() + e, std::min<size_t>(t.size() - e, 16)), kNumberOf)) return false;
    }
    // A bare 4-digit number before a CJK character is a quantity (2100亿元, 1605億ドル), not a year.
    if (rule.name == "en_year" && e < t.size() && static_cast<unsigned char>(t[e]) >= 0xE3) return false;
    if (g.has(kUnit)) {
      // 数十年, 几年: an indefinite number of years has no value.
      for (std::string_view head : {"数", "數", "几", "幾"})
        if (before(head)) return false;
      // Ages are not durations: "aged 50 years", "50 years old", "50-year-old".
      if (after(" old") || after("-old") || after(" of age") || before("aged ") || before("age of ")) return false;
      // "year-on-year", "year-over-year" are comparisons, not periods.
      if (after("-on-") || after("-over-") || after(" on year") || after(" over year")) return false;
      // A capitalised unit is a name: "the 14th Five-Year Plan".
      size_t unit_at = folded.ToOriginalStart(g[kUnit].data() - t.data());
      if (unit_at < doc.text.size() && std::isupper(static_cast<unsigned char>(doc.text[unit_at]))) return false;
      // Anniversaries, school years and ordinals: 45周年, 3年级, 第3年, 3年目.
      std::string_view unit = g[kUnit];
      bool ends_in_year = unit.size() >= 3 && unit.substr(unit.size() - 3) == "年";
      bool ends_in_week = unit == "周" || unit == "週";
      // 第十一個月 (the eleventh month): a duration never starts inside a
      // numeral (一两年, "one or two years", is two numerals side by side).
      for (std::string_view numeral : {"十", "百", "千", "第"})
        if (before(numeral)) return false;
      // 10年期国债, 7天期逆回购, 5年期以上LPR: a term names the instrument,
      // it is no period (两年期间 is one).
      // A term on its own (品种一为3年期。) is the period, written as a duration.
      const bool term_alone = after("期。") || after("期，") || after("期；") || after("期、") || after("期）") ||
                              after("期,") || (after("期") && e + 3 == t.size());
      if (after("期") && !after("期间") && !after("期間") && !after("期内") && !after("期內") && !term_alone)
        return false;
      // 10年物国債: a bond's maturity names the bond, it is no period.
      for (std::string_view tail : {"级", "級", "生", "目", "度", "物"})
        if (ends_in_year && after(tail)) return false;
      // 第15次5カ年計画, 第十四个五年规划: the years of a numbered plan name it
      // (a plan of five years, 総合５か年計画, is a period).
      for (std::string_view tail : {"計画", "计划", "計劃", "规划", "規劃"})
        if (ends_in_year && after(tail) && (before("次") || before("个") || before("個"))) return false;
      if (ends_in_week && after("年")) return false;
      if (after("歳") || after("岁") || after("歲")) return false;
      // "once a year", "twice a month", "per year": frequencies, not periods.
      // "a year" after a count or a plural noun is a rate, not a period:
      // "once a year", "5 percent a year", "1,500 flights a week", "A$1.1 billion a year".
      if ((g[kN] == "a" || g[kN] == "an") && !g.has(kDmod) && !g.has(kAgo) && s > 0) {
        const Span before_word = WordBefore(t, s, 16);
        const size_t p = before_word.end;
        std::string word = t.substr(before_word.start, before_word.size());
        // An amount's scale too: "A$1.1 billion a year", "¥5 trillion a year".
        static const std::unordered_set<std::string> kRateWords = {
            "once",  "twice", "thrice", "times",   "per",      "every", "percent", "cent", "yuan",
            "yen",   "won",   "euro",   "million", "billion",  "trillion", "thousand", "hundred", "bn", "mn"};
        static const std::unordered_set<std::string> kNotPlural = {
            "was", "has", "is", "its", "his", "this", "as", "across", "plus", "less", "us", "does", "thus",
            "towards", "perhaps", "besides", "always", "whereas", "afterwards", "unless"};
        if (p > 0 && (std::isdigit(static_cast<unsigned char>(t[p - 1])) || t[p - 1] == '%')) return false;
        if (kRateWords.count(word)) return false;
        if (word.size() > 2 && word.back() == 's' && !kNotPlural.count(word)) return false;
      }
      if (before("第")) return false;
    }
    // A month name alone ("in April") only after a word that introduces a time,
    // and written in full: "March" the verb, "Jan" a name, "May" the modal stay out.
    if (rule.name == "en_month") {
      std::string_view name = g[kMn];
      // "May" is a full name too; the introducer below keeps the modal out.
      if ((name.size() < 4 && name != "may") || name.back() == '.' || name == "sept") return false;
      const Span before_word = WordBefore(t, s);
      const size_t w = before_word.start;
      static const std::unordered_set<std::string> kTimeIntroducers = {
          "in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "throughout",
          "early", "late", "mid", "end", "beginning", "since", "of", "and", "or", "between", "last", "next"};
      const std::string_view word = std::string_view(t).substr(w, before_word.size());
      // "as early as December", "as late as March"; not "As May noted".
      const bool early_as = word == "as" && w >= 1 &&
                            (EndsWithWord(std::string_view(t).substr(0, w - 1), "early") ||
                             EndsWithWord(std::string_view(t).substr(0, w - 1), "late") ||
                             EndsWithWord(std::string_view(t).substr(0, w - 1), "soon"));
      // "the April forecasts", "China's October export growth", "its March
      // meeting": a month naming the period of the noun after it.
      const bool possessive = word == "s" && w >= 1 && (t[w - 1] == '\'' || (w >= 3 && t.compare(w - 3, 3, "\u2019") == 0));
      const bool determiner = word == "the" || word == "its" || word == "their" || possessive;
      // The word after is a lower-case noun in the document (not "on": the
      // March on Washington; not a capital: the April Fools' Day).
      bool noun_after = false;
      if (e + 1 < t.size() && t[e] == ' ') {
        size_t end = e + 1;
        while (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end]))) ++end;
        static const std::unordered_set<std::string_view> kFunctionWords = {
            "on", "of", "in", "to", "and", "or", "at", "by", "for", "the", "a", "an", "with", "from", "as", "is", "was"};
        noun_after = std::islower(original(e + 1)) && end > e + 2 &&
                     !kFunctionWords.count(std::string_view(t).substr(e + 1, end - e - 1));
      }
      if (!kTimeIntroducers.count(std::string(word)) && !early_as && !(determiner && noun_after)) return false;
    }
    // "in the autumn", "during the summer": a season with no year only
    // after a word that introduces a time ("the spring meetings" stay out).
    if (rule.name == "en_season_the") {
      static const std::unordered_set<std::string_view> kIntroducers = {"in", "during", "over", "through", "by",
                                                                      "until", "since", "from", "before", "after"};
      const Span word = WordBefore(t, s);
      if (!kIntroducers.count(std::string_view(t).substr(word.start, word.size()))) return false;
      // Capitalised, it names something ("in the Spring Meetings").
      if (std::isupper(original(g[kSeason].data() - t.data()))) return false;
    }
    // "January and February" is one range of two months; "January and
    // March" are two months.
    if (rule.name == "en_month_range" && g.has(kMn2) && t.compare(g[kMn].data() + g[kMn].size() - t.data(), 4, " and") == 0) {
      const auto m1 = lex_.Month(g[kMn]), m2 = lex_.Month(g[kMn2]);
      if (!m1 || !m2 || *m2 != *m1 + 1) return false;
    }
    // Japanese two-digit years (ja_short_year) with nothing after 年 only
    // before a particle of time: 24年に, 26年までに, 25年に入っても. "30年に
    // わたり" and "20年に1度" count years; elsewhere 26年 is a duration.
    if (rule.name == "ja_short_year") {
      if (lang != lang::kJapanese) return false;
      if (s > 0 && std::isdigit(static_cast<unsigned char>(t[s - 1]))) return false;
      if (before("約") || before("第") || before("過去") || before("この")) return false;
      if (t.compare(e - 3, 3, "年") == 0) {
        const bool particle = after("まで") || after("から") || after("以降") || after("に入") || after("には") ||
                              after("に前年") || after("に");
        const bool counts = after("にわたり") || after("にわたって") || after("に1度") || after("に一度") ||
                            after("に及") || after("に1回") || after("に一回");
        if (!particle || counts) return false;
      }
    }
    // A bare day (4日) only when 日 is not "Japan" in a compound (4日本企业, 50日元, 3日中).
    if (rule.name == "cj_day") {
      // 〔2023〕5号 is the number of a document, not the 5th.
      if (before("第") || before("每") || before("毎") || before("月") || before("〕") || before("]")) return false;
      for (std::string_view next : {"本", "元", "圆", "圓", "中", "方", "企", "资", "資", "美", "韩", "韓", "系", "经", "經",
                                    "籍", "币", "幣", "語", "语", "文", "式", "产", "産", "立", "银", "銀", "目", "間", "间",
                                    "以", "内", "後", "后", "前", "连", "連", "程", "ぶり", "余", "多", "超", "未", "弱", "強"})
        if (after(next)) return false;
    }
    // A weekday that names the day of the date beside it is part of that
    // date, not a date of its own: 2025年7月17日（星期四）, "Monday, March 3".
    if (g.has(kWd) && !g.has(kRw)) {
      if (s >= 4 && t[s - 1] == '(' && (t.compare(s - 4, 3, "日") == 0 || std::isdigit(static_cast<unsigned char>(t[s - 2]))))
        return false;
      static const RE2 kDateAfter("^, (?:[a-z]{3,9} \\d|\\d)");
      if (RE2::PartialMatch(re2::StringPiece(t.data() + e, std::min<size_t>(t.size() - e, 16)), kDateAfter)) return false;
    }
    // "the year" is a date only as "the end (first half, third quarter) of
    // the year"; alone it is any year ("during the year", "the year 2024").
    if (g.has(kRy) && g[kRy] == "the year" && !g.has(kMod) && !g.has(kHalf) && !g.has(kQ) && !g.has(kFm) &&
        !g.has(kMn))
      return false;
    if (g.has(kRy) && g[kRy] == "年末" && after("年始")) return false;  // 年末年始: the New Year holidays
    // 2027年春节 is the Spring Festival, 今春闘 the spring wage talks, 秋分 a day.
    if (g.has(kSeason))
      for (std::string_view next : {"节", "節", "闘", "斗", "运", "運", "晚", "联", "聯", "耕", "分", "季度"})
        if (after(next)) return false;
    // ja 前年 right before 比 is a comparison base (前年比), not a date mention.
    // So is 前年調査比 (against last year's survey) and 前年度比.
    if ((g.has(kRy) || g.has(kRp)) && !g.has(kY) && (after("比") || after("同期比") || after("同月比") || after("調査比") ||
                                       after("调查比") || after("度比")))
      return false;
    if (g.has(kRm) && before("前年") && after("比")) return false;  // the 同月 of 前年同月比
    // A relative word that opens with 上 after a word ending in 上 belongs to
    // it: 加上|年底长假 ("plus the year-end holidays"), 以上|年度, 晚上|月.
    // (比上年, 较上月 compare with last year and last month: dates.)
    if ((g.has(kRy) || g.has(kRm) || g.has(kRd)) && t.compare(s, 3, "上") == 0 && lang.substr(0, 2) == "zh")
      for (std::string_view prev : {"加", "以", "之", "向", "马", "馬", "晚", "早", "路", "身", "世", "线", "線", "网", "網"})
        if (before(prev)) return false;
    // 期内 alone, after a stop, is the period just named (今年首十個月…。期內訪日旅客…);
    // inside a word (报告期内, 规划期内, 合同期内) it is that word's period.
    if (g.has(kRp) && (g[kRp] == "期内" || g[kRp] == "期內") &&
        !(s == 0 || before("。") || before("，") || before("；") || before("\n") || before("在") || before(",")))
      return false;
    // 次日 inside 人次|日本 (person-times, then Japan) is no day.
    if (g.has(kRd) && g[kRd] == "次日" && (before("人") || after("本") || after("方") || after("元") || after("圆")))
      return false;
    // Chinese 同期 alone is the period just named (同期，对美国进出口…), but
    // not the same period of many years (创历史同期新高, 近10年同期), nor 不同期
    // (not at the same time), nor inside 合同期限 (a contract's term) or 共同.
    if (g.has(kRp) && g[kRp] == "同期" && !g.has(kY))
      for (std::string_view prev : {"历史", "歷史", "历年", "歷年", "年", "不", "同", "近", "多", "合", "共"})
        if (before(prev)) return false;
    // 本期 before a program, a publication or a bond is this issue, no period
    // (本期节目, 本期杂志, 本期嘉宾, 本期债券).
    if (g.has(kRp) && g[kRp] == "本期")
      for (std::string_view next : {"节目", "節目", "杂志", "雜誌", "期刊", "刊物", "嘉宾", "嘉賓", "主题", "主題", "专题", "專題",
                                    "特刊", "话题", "話題", "内容", "內容", "文章", "债券", "債券", "公司债", "公司債",
                                    "票据", "票據"})
        if (after(next)) return false;
    // Japanese 前期 is the last business year alone; 前期比, 対前期増減率
    // compare with it (the comparison, no date), 2025年度前期 is a year's first half, and
    // 前期高齢者 an age group.
    if (g.has(kRy) && g[kRy] == "前期" &&
        (after("比") || after("増減") || before("対") || after("高齢") || before("年度") || before("年") ||
         before("度")))
      return false;
    // 半年度, 半年報, 半年期: a half-yearly report or term names a thing.
    if (rule.name == "cj_half_year" && !g.has(kPost) &&
        (after("度") || after("报") || after("報") || after("期") || after("决算") || after("決算")))
      return false;
    // 同年代 (the same generation), 同年齢 (the same age) are not dates.
    if (g.has(kRy) && (after("代") || after("齢") || after("龄") || after("齡"))) return false;
    // 7日物 (a seven-day repo), 14日物: the tenor of an instrument, no day of the month.
    if (g.has(kD) && !g.has(kM) && !g.has(kMn) && after("物")) return false;
    // Chinese 同日 ("the same day") is also 同 + 日本/日方/日中 (同日本经济界),
    // and 明日 is 说明 + 日本 (这说明日本企业…).
    if (g.has(kRd) && (g[kRd] == "同日" || g[kRd] == "明日")) {
      if (lang.substr(0, 2) == "zh")
        for (std::string_view next : {"本", "方", "中", "企", "资", "資", "元", "圆", "圓", "美", "韩", "韓", "经", "經", "友",
                                      "合", "交", "籍", "语", "語", "系"})
          if (after(next)) return false;
    }
    return true;
  }

  int Number(std::string_view text) const {
    if (text == "首") return 1;  // 首季: the first quarter
    if (text.substr(0, 3) == "第") text.remove_prefix(3);
    if (auto v = lex_.EnglishNumber(text)) return *v;
    if (auto v = lex_.EnglishOrdinal(text)) return *v;
    return ParseDateNumeral(text);
  }

  int MonthOf(const Groups& g, G number, G name) const {
    if (g.has(name)) return lex_.Month(g[name]).value_or(0);
    if (g.has(number)) return ParseDateNumeral(g[number]);
    return 0;
  }

  // The year a match states or implies, and whether it came from a reference.
  std::optional<int> YearOf(const Groups& g, const ResolveState& state, bool* anchored, bool* stated) const {
    *stated = true;
    if (g.has(kY)) {
      int y = ParseDateNumeral(g[kY]);
      return y > 0 ? std::optional(y) : std::nullopt;
    }
    // Taiwan writes years of the Republic without 民國 before a month:
    // 114年5月20日 is 2025-05-20. Elsewhere such a number is no year.
    // Japanese news writes two digits once the century is clear: 27年10月,
    // 26年3月期, 30年度 (2027, 2026, 2030). The century is the one that puts
    // the year closest to the reference year.
    if (g.has(kRoc)) {
      const int n = ParseDateNumeral(g[kRoc]);
      if (state.lang == lang::kJapanese && g[kRoc].size() == 2 && n >= 0) {
        bool ignored = false;
        auto base = state.Base(false, &ignored);
        if (!base || !base->has_year()) return 2000 + n;
        int y = base->year / 100 * 100 + n;
        if (y > base->year + 50) y -= 100;
        else if (y < base->year - 50) y += 100;
        return y;
      }
      if (state.lang != lang::kTraditionalChinese || n <= 0 || n > 200) return std::nullopt;
      return 1911 + n;
    }
    if (g.has(kEra)) {
      auto first = lex_.EraFirstYear(g[kEra]);
      int n = g[kEy] == "元" ? 1 : ParseDateNumeral(g[kEy]);
      if (!first || n <= 0) return std::nullopt;
      return *first + n - 1;
    }
    if (g.has(kRy)) {
      const RelativeWord* w = lex_.Relative(g[kRy], state.lang);
      if (!w) return std::nullopt;
      // "the previous fiscal year" after the business year under review: the one before it.
      if (w->from_last && FiscalYearWord(g[kRy]) && state.fiscal_start) {
        *anchored = true;
        return state.fiscal_start->year + w->offset;
      }
      auto base = w->from_topic ? state.BaseOf(*w, anchored) : state.Base(w->from_last, anchored);
      if (!base || !base->has_year()) return std::nullopt;
      // 当連結会計年度: the business year the report covers, under way three
      // months before its date (an annual report of June 2025 covers 2024年度);
      // the fiscal year of that month is taken below.
      if (w->from_report && base->grain != DateValue::Grain::kYear)
        base = DateValue::Month(base->year, base->month).AddMonths(-3);
      // 本年度 on a day in January to March is the fiscal year begun the April
      // before: in February 2026, 本年度 is 2025年度 and 来年度 2026年度.
      if ((state.lang == lang::kJapanese || (state.lang == lang::kEnglish && state.japan_context)) &&
          FiscalYearWord(g[kRy]) && base->grain != DateValue::Grain::kYear && base->month >= 1 && base->month <= 3)
        return base->year - 1 + w->offset;
      return base->year + w->offset;
    }
    if (g.has(kRw)) {
      auto base = state.Base(false, anchored);
      if (!base || !base->has_year()) return std::nullopt;
      // this/last/next, and before a season 今/昨/去/来/明 (今秋, 来春).
      const std::string_view rw = g[kRw];
      const bool last = rw == "last" || rw == "昨" || rw == "去";
      const bool next = rw == "next" || rw == "来" || rw == "來" || rw == "明";
      return base->year + (last ? -1 : next ? 1 : 0);
    }
    *stated = false;
    auto base = state.Base(false, anchored);
    if (!base || !base->has_year()) {
      *anchored = false;
      return kUnknownYear;
    }
    return base->year;
  }

  // A split year: y and the last two digits of the next year (sy), an
  // optional second split year ending a range (y2, sy2), a school-year word
  // (sch) and a quarter of the year (q: 2025-26年度首季).
  std::optional<Resolved> SplitYear(const Groups& g, int year, const ResolveState& state, Resolved r) const {
    if (year == kUnknownYear) return std::nullopt;
    auto next_year = [](int y, std::string_view two_digits) {
      int last = y - y % 100 + ParseDateNumeral(two_digits);
      return last <= y ? last + 100 : last;  // 1999-00
    };
    const int last = next_year(year, g[kSy]);
    const bool marked = g.has(kFy) || g.has(kSch);
    if (last != year + 1) {
      // 2025-27: a range of years, unless a fiscal word calls it one year.
      if (marked || g.has(kY2) || last - year > 50) return std::nullopt;
      r.value = std::to_string(year) + "/" + std::to_string(last);
      r.point = DateValue::Year(year);
      return r;
    }
    // 2011-12 may be December 2011: only a fiscal or school word makes it a split year.
    if (last % 100 <= 12 && !marked) return std::nullopt;
    const int start = g.has(kSch) ? 9 : state.split_year_start;
    int end_year = last;
    if (g.has(kY2)) {
      const int y2 = ParseDateNumeral(g[kY2]);
      if (y2 <= year || y2 - year > 50 || next_year(y2, g[kSy2]) != y2 + 1) return std::nullopt;
      end_year = y2 + 1;
    }
    DateValue a = DateValue::Month(year, start);
    DateValue b = start == 1 ? DateValue::Month(end_year - 1, 12) : DateValue::Month(end_year, start - 1);
    if (g.has(kQ)) {  // 首季, 第二季: a quarter of the split year
      const int q = g[kQ] == "首" ? 1 : Number(g[kQ]);
      if (q < 1 || q > 4 || g.has(kY2)) return std::nullopt;
      const int first = start - 1 + 3 * (q - 1);  // months after January of `year`
      a = DateValue::Month(year + first / 12, first % 12 + 1);
      b = DateValue::Month(year + (first + 2) / 12, (first + 2) % 12 + 1);
    }
    r.value = a.ToIso() + "/" + b.ToIso();
    r.point = a;
    r.period = std::make_pair(a, b);
    return r;
  }

  std::optional<Resolved> Resolve(const Groups& g, const ResolveState* state) const {
    // "Sept. 24 and 25" is one two-day range; "March 3 and 10" two days.
    if (g.has(kDand) && ParseDateNumeral(g[kD2]) != ParseDateNumeral(g[kD]) + 1) return std::nullopt;
    // “十三五”时期: the five years of China's 13th five-year plan. From the
    // third (1966-1970) on, the plans follow each other every five years.
    if (g.has(kFyp)) {
      const int n = ParseDateNumeral(g[kFyp]);
      if (n < 3 || n > 30) return std::nullopt;
      const int first = 1966 + 5 * (n - 3);
      Resolved r;
      r.value = std::to_string(first) + "/" + std::to_string(first + 4);
      r.point = DateValue::Year(first);
      return r;
    }
    Resolved r;
    r.mod = ModName(g.has(kMod) ? g[kMod] : g.has(kDmod) ? g[kDmod] : g.has(kPost) ? g[kPost] : "");
    if (g.has(kRy) && (g[kRy] == "年底" || g[kRy] == "年末") && r.mod.empty()) r.mod = "end";  // bare 年底: this year's end
    if (g.has(kRy) && g[kRy] == "年初" && r.mod.empty()) r.mod = "start";  // bare 年初: this year's start

    // Durations and "N years ago".
    if (g.has(kN) || g.has(kUnit)) {
      int n = g.has(kN) ? Number(g[kN]) : 1;  // "the past decade"
      auto unit = lex_.Unit(g[kUnit]);
      if (n <= 0 || !unit) return std::nullopt;
      if (unit->designator == 'Y' && n >= 1000 && unit->factor == 1) return std::nullopt;  // 2030年前 is a year
      // 3年後, 6週後, 三个月后: so long after the reference date, as 前 is before it.
      const bool after = g[kPost] == "後" || g[kPost] == "后";
      if (g.has(kAgo) || g[kPost] == "前" || after) {
        r.mod.clear();
        // "ago" and "from today" count from the reference date; "a year
        // earlier" and "two years later" from the date just named.
        const std::string_view ago = g.has(kAgo) ? g[kAgo] : std::string_view();
        const bool from_last = ago == "earlier" || ago == "later";
        const int sign = after || ago == "later" || ago.substr(0, 4) == "from" ? 1 : -1;
        // The point so long before or after, at the grain of what it counts
        // from; nullopt when there is none (no time of day, no date to count
        // from, a year to count months from).
        auto point = [&]() -> std::optional<DateValue> {
          if (unit->designator == 'H' || unit->designator == 'I') return std::nullopt;  // no time of day
          // "Exports to the United States slumped 25.2% from a year earlier",
          // with no date before it in its sentence: the year before the month
          // the text reports on (stated twice at least), not the last date of
          // an earlier sentence.
          if (from_last && unit->designator == 'Y' && !state->last_in_sentence && state->ReportedMonth()) {
            r.anchored = true;
            return state->ReportedMonth()->AddYears(sign * n * unit->factor);
          }
          // "…in the first three quarters, … a year earlier": the same period
          // a year before (the period stated, not an earlier shift of it).
          if (from_last && unit->designator == 'Y' && state->last_period && state->period_context) {
            const DateValue a = state->last_period->first.AddYears(sign * n * unit->factor);
            const DateValue b = state->last_period->second.AddYears(sign * n * unit->factor);
            r.anchored = true;
            r.period_is_quarter = state->last_period_is_quarter;
            r.value = r.period_is_quarter ? std::to_string(a.year) + "-Q" + std::to_string((a.month + 2) / 3)
                                          : a.ToIso() + "/" + b.ToIso();
            r.point = a;
            r.period_shift = true;
            return a;
          }
          auto base = state->Base(from_last, &r.anchored);
          // "six months from today" keeps the day.
          const bool keep_day = ago.substr(0, 4) == "from" && base && base->grain == DateValue::Grain::kDay;
          if (!base || !base->has_year()) return std::nullopt;
          DateValue v = *base;
          switch (unit->designator) {
            case 'Y':
              // "a year earlier" after a month is that month a year before.
              v = (keep_day || (from_last && v.grain == DateValue::Grain::kMonth) ? v
                                                                                  : v.AtGrain(DateValue::Grain::kYear))
                      .AddYears(sign * n * unit->factor);
              break;
            case 'M':
              if (v.grain == DateValue::Grain::kYear) return std::nullopt;
              v = (keep_day ? v : v.AtGrain(DateValue::Grain::kMonth)).AddMonths(sign * n * unit->factor);
              break;
            default:
              if (v.grain != DateValue::Grain::kDay) return std::nullopt;
              v = v.AddDays(sign * n * unit->factor * (unit->designator == 'W' ? 7 : 1));
          }
          return v;
        };
        if (std::optional<DateValue> v = point()) {
          if (!r.period_shift) {
            r.value = v->ToIso();
            r.point = *v;
          }
          return r;
        }
        // 兩週後 with no date to count from: the duration itself.
        if (!after) return std::nullopt;
        r.anchored = false;
      }
      // Hours and minutes are times: PT6H, PT50M (I marks minutes, M being months).
      const bool clock = unit->designator == 'H' || unit->designator == 'I';
      r.value = std::string(clock ? "PT" : "P") + std::to_string(n * unit->factor) +
                (unit->designator == 'I' ? 'M' : unit->designator);
      // 1年10か月: years and months.
      if (g.has(kNm)) {
        const int m = Number(g[kNm]);
        if (unit->designator != 'Y' || unit->factor != 1 || m <= 0 || m >= 12) return std::nullopt;
        r.value += std::to_string(m) + "M";
      }
      // 1年半, 2年半: and a half year.
      if (g.has(kHu)) {
        if (unit->designator != 'Y' || unit->factor != 1 || g.has(kN2)) return std::nullopt;
        r.value += "6M";
      }
      if (g.has(kN2)) {
        int n2 = Number(g[kN2]);
        if (n2 <= n) return std::nullopt;
        r.value += "/P" + std::to_string(n2 * unit->factor) + unit->designator;
      }
      // "over the past 20 years" is a period, not "more than 20 years".
      if (g.has(kDmod) && g.has(kN) && g[kDmod] == "over" && g[kN].data() - g[kDmod].data() > 6) r.mod.clear();
      return r;
    }

    // Decades and centuries.
    if (g.has(kDec)) {
      int d = ParseDateNumeral(g[kDec]);
      if (d < 0) return std::nullopt;
      int decade_start;  // e.g. 1970
      if (g[kDec].size() == 4 && d >= 1000) {
        if (d % 10 != 0) return std::nullopt;
        decade_start = d;
      } else if (d >= 100) {
        decade_start = d * 10;  // English "197" of "1970s"
      } else {
        if (d % 10 != 0) return std::nullopt;
        bool unused = false;
        auto base = state->Base(false, &unused);
        int now = base && base->has_year() ? base->year : 2100;
        decade_start = (g.has(kC19) || 2000 + d > now) ? 1900 + d : 2000 + d;
      }
      r.value = std::to_string(decade_start / 10) + "X";
      return r;
    }
    if (g.has(kCen)) {
      int c = Number(g[kCen]);
      if (c <= 0 || c > 30) return std::nullopt;
      char buf[8];
      std::snprintf(buf, sizeof buf, "%02dXX", c - 1);
      r.value = buf;
      return r;
    }

    // A day of the week: "on Saturday", "last Monday", 星期三, 水曜日. Against
    // the reference day: last the one before it, next the one after it,
    // 上/下 that day of the week before or after (上星期三: Wednesday of last
    // week), otherwise the one nearest to it (within three days either way),
    // which is how news and releases use a bare weekday.
    if (g.has(kWd)) {
      const int target = WeekdayIndex(g[kWd]);
      if (target < 0) return std::nullopt;
      auto base = state->Base(false, &r.anchored);
      if (!base || !base->has_year() || base->grain != DateValue::Grain::kDay) return std::nullopt;
      const int today = Weekday(*base);
      int delta = (target - today + 7) % 7;  // 0..6 days ahead
      const std::string_view rel = g.has(kRw) ? g[kRw] : std::string_view();
      if (rel == "上" || rel == "下") {
        delta = target - today + (rel == "上" ? -7 : 7);  // that day of the week before or after
      } else if (rel == "本" || rel == "这" || rel == "這") {
        delta = target - today;  // 本周一: that day of this week
      } else if (rel == "last") {
        delta = delta == 0 ? -7 : delta - 7;
      } else if (rel == "next") {
        delta = delta == 0 ? 7 : delta;
      } else if (state->lang == lang::kEnglish
                     ? (delta > 0 && (!state->future_sentence || state->past_verb_before))
                     : delta > 3) {
        // English news tells the past by its tense: "said on Monday" is the
        // Monday before, "will meet on Monday" the one after.
        delta -= 7;
      }
      DateValue v = base->AddDays(delta);
      r.value = v.ToIso();
      r.point = v;
      return r;
    }

    // A word that stands for a date by itself: today, 本月, the same period last year.
    // ２０１９年同月, 2019年同期: the month or the period just stated, in
    // the year written (a comparison base; it states no date anew).
    if (g.has(kY) && g.has(kRp)) {
      const int year = ParseDateNumeral(g[kY]);
      r.same_period_word = true;
      if (g[kRp] == "同期" && state->last_period && state->last_period->first.year == state->last_period->second.year) {
        const int shift = year - state->last_period->first.year;
        const DateValue a = state->last_period->first.AddYears(shift), b = state->last_period->second.AddYears(shift);
        r.period_is_quarter = state->last_period_is_quarter;
        r.value = r.period_is_quarter ? std::to_string(a.year) + "-Q" + std::to_string((a.month + 2) / 3)
                                      : a.ToIso() + "/" + b.ToIso();
        r.point = a;
        r.period_shift = true;
        r.anchored = true;
        return r;
      }
      // The month the text reports on when it has one (a monthly release:
      // 【中国】…２０１９年同月比 after the table's other months), else the last.
      std::optional<DateValue> month = state->last_stated;
      if (state->ReportedMonth()) month = state->ReportedMonth();
      if (!month || month->grain == DateValue::Grain::kYear) return std::nullopt;
      const DateValue v = DateValue::Month(year, month->month);
      r.value = v.ToIso();
      r.point = v;
      r.anchored = true;
      return r;
    }
    if (g.has(kRd) || g.has(kRm) || g.has(kRp)) {
      G key = g.has(kRd) ? kRd : g.has(kRm) ? kRm : kRp;
      r.same_period_word = key == kRp;
      const RelativeWord* w = lex_.Relative(g[key], state->lang);
      if (!w) return std::nullopt;
      auto base = state->BaseOf(*w, &r.anchored);
      if (!base || !base->has_year()) return std::nullopt;
      DateValue v = *base;
      switch (w->grain) {
        case RelativeWord::Grain::kDay:
          // 当天 refers back to the last day named, past a month or a quarter
          // mentioned since; after only a year there is no day to refer to.
          if (v.grain != DateValue::Grain::kDay && w->from_last && state->last_day) v = *state->last_day;
          if (w->from_last && w->offset == 0 && state->event_day &&
              (g[key] == "当日" || g[key] == "當日" || g[key] == "当天" || g[key] == "當天"))
            v = *state->event_day;
          if (v.grain != DateValue::Grain::kDay) return std::nullopt;
          v = v.AddDays(w->offset);
          break;
        case RelativeWord::Grain::kWeek: {
          if (v.grain != DateValue::Grain::kDay) return std::nullopt;
          v = v.AddDays(7 * w->offset);
          r.value = IsoWeek(v);
          r.point = v;
          return r;
        }
        case RelativeWord::Grain::kWeekend: {  // 今週末, next weekend: its Saturday and Sunday
          if (v.grain != DateValue::Grain::kDay) return std::nullopt;
          v = v.AddDays(7 * w->offset);
          const DateValue saturday = v.AddDays(5 - Weekday(v));
          r.value = saturday.ToIso() + "/" + saturday.AddDays(1).ToIso();
          r.point = saturday;
          return r;
        }
        case RelativeWord::Grain::kMonth:
          // 当月 after 10月份…去年同期 is October of this year: the month
          // stated, not the shift of it. 较上月 (than the month before) is the
          // month before the one stated (10月份…较上月: September).
          if (state->last_stated && state->last_stated->grain != DateValue::Grain::kYear &&
              ((w->from_last && w->offset == 0) || (state->compared && w->offset != 0 && !w->from_last))) {
            v = *state->last_stated;
            r.anchored = true;
            // 比上月 names a comparison base, no month stated anew: the next
            // 比上月 compares with the same month.
            r.same_period_word = state->compared && w->offset != 0;
          }
          if (v.grain == DateValue::Grain::kYear) return std::nullopt;
          v = v.AtGrain(DateValue::Grain::kMonth).AddMonths(w->offset);
          if (g.has(kD)) {
            v = DateValue::Day(v.year, v.month, ParseDateNumeral(g[kD]));
            if (!v.Valid()) return std::nullopt;
            if (g.has(kD2)) {  // 今月18日から19日: the month is written once
              DateValue b = DateValue::Day(v.year, v.month, ParseDateNumeral(g[kD2]));
              if (!b.Valid() || !(v.ToIso() < b.ToIso())) return std::nullopt;
              r.value = v.ToIso() + "/" + b.ToIso();
              r.point = v;
              return r;
            }
          }
          break;
        case RelativeWord::Grain::kQuarter: {
          // "the current quarter", "the previous quarter": the calendar
          // quarter of the base (a quarter named before, or the reference
          // date), shifted; a period the next "a year earlier" can shift.
          // Counted from a quarter named before, not from an earlier shift:
          // two "the previous quarter" in a text are one quarter.
          if (w->from_last) {
            if (state->last_period && state->last_period_is_quarter) v = state->last_period->first;
            else if (state->last_stated && state->last_stated->grain != DateValue::Grain::kYear) v = *state->last_stated;
          }
          if (v.grain == DateValue::Grain::kYear) return std::nullopt;
          r.period_shift = w->from_last;
          const int index = v.year * 4 + (v.month - 1) / 3 + w->offset;
          const int year = index / 4, quarter = index % 4 + 1;
          r.value = std::to_string(year) + "-Q" + std::to_string(quarter);
          r.point = DateValue::Month(year, 3 * quarter - 2);
          r.period = std::make_pair(DateValue::Month(year, 3 * quarter - 2), DateValue::Month(year, 3 * quarter));
          r.period_is_quarter = true;
          return r;
        }
        case RelativeWord::Grain::kYear:
          v = v.AtGrain(DateValue::Grain::kYear).AddYears(w->offset);
          break;
        case RelativeWord::Grain::kPeriod:
          // 本期 (this period: a release's 1至10月) names a period stated
          // before; without one it is no date (本期节目, this issue).
          if (!state->last_period && (g[key] == "本期")) return std::nullopt;
          if (state->last_period && r.anchored) {
            const DateValue a = state->last_period->first.AddYears(w->offset);
            const DateValue b = state->last_period->second.AddYears(w->offset);
            // 一季度…去年同期: the same quarter a year before (2024-Q1).
            r.period_is_quarter = state->last_period_is_quarter;
            r.value = r.period_is_quarter ? std::to_string(a.year) + "-Q" + std::to_string((a.month + 2) / 3)
                                          : a.ToIso() + "/" + b.ToIso();
            r.point = a;
            r.period_shift = true;  // the period stated stays the one later shifts refer to
            return r;
          }
          v = v.AddYears(w->offset);
          break;
      }
      r.value = v.ToIso();
      r.point = v;
      return r;
    }

    bool stated = false;
    std::optional<int> year = YearOf(g, *state, &r.anchored, &stated);
    if (!year) return std::nullopt;
    // 每年的3月23日 (a coupon day): the day of every year, of no year.
    if (state->yearly && !stated && (g.has(kM) || g.has(kMn)) && g.has(kD) && !g.has(kD2)) {
      *year = kUnknownYear;
      r.anchored = false;
    }
    if (*year != kUnknownYear && (*year < 1 || *year > 9999)) return std::nullopt;

    // A split year (2025-26, FY 2024-25, 2025/26學年, 2025-26至2027-28年度) is
    // the twelve months from split_year_start (April; July in a text about
    // Australia or New Zealand), or from September for a school year.
    if (g.has(kSy)) return SplitYear(g, *year, *state, std::move(r));

    // Japanese fiscal years run April to March: 2023年度 is 2023-04/2024-03,
    // 2027年度下期 its second half (2027-10/2028-03), and 2025年3月期 the
    // business year that ends in March 2025 (2024-04/2025-03). Chinese 年度
    // is the calendar year.
    const bool fiscal_word = g.has(kRy) && FiscalYearWord(g[kRy]);
    // A fiscal word after a business year the text has named ("the fiscal
    // year ended March 31, 2025 … the previous fiscal year") takes its months.
    const bool named_year = fiscal_word && state->fiscal_start.has_value();
    // The United States government's fiscal year 2025 runs from October 2024
    // to September 2025: it is named by the year it ends in.
    const bool us_federal = !named_year && state->lang == lang::kEnglish && state->us_federal_context;
    const int first_month = named_year ? state->fiscal_start->month : us_federal ? 10 : 4;
    const int start_year = us_federal ? *year - 1 : *year;
    // Whether the fiscal year's months are known: a year named in the text,
    // a business year named by its last month, Japan's April to March, or the
    // US government's October to September.
    const bool months_known = named_year || g.has(kFe) || state->lang == lang::kJapanese || us_federal ||
                              (state->lang == lang::kEnglish && state->japan_context);
    // "fiscal 2025-2027" with no April-March reading: a range of years, below.
    const bool fiscal_years_range = !months_known && g.has(kY2);
    if ((g.has(kFy) || g.has(kFe) || fiscal_word) && *year != kUnknownYear && !fiscal_years_range &&
        !(g.has(kQ) && !months_known)) {  // a quarter of a fiscal year of unknown months: the calendar one below
      // "the third quarter of the previous fiscal year" (Japan's: 2024-Q4).
      if (g.has(kQ) && !g.has(kFe)) {
        const int q = Number(g[kQ]);
        if (q < 1 || q > 4) return std::nullopt;
        // "… of the previous fiscal year" compares with the quarter under
        // review, which stays the one later shifts ("a year earlier") refer to.
        const RelativeWord* w = g.has(kRy) ? lex_.Relative(g[kRy], state->lang) : nullptr;
        r.period_shift = w && w->offset != 0;
        return FiscalQuarter(DateValue::Month(start_year, first_month), q, false, std::move(r));
      }
      if (!months_known) {
        if (g.has(kFyh)) return std::nullopt;
        r.value = std::to_string(*year);
        r.point = DateValue::Year(*year);
        return r;
      }
      DateValue a = DateValue::Month(start_year, first_month), b = a.AddMonths(11);
      // 令和7年度末, 前年度末: the fiscal year's last month; 年度初め its first.
      const std::string_view edge = g.has(kFym) ? g[kFym] : g.has(kMod) && fiscal_word ? g[kMod] : "";
      if (!edge.empty() && !g.has(kY2) && !g.has(kEy2)) {
        DateValue m = edge == "末" || ModName(edge) == "end" ? b : a;  // "the end of this fiscal year"
        // A company's 当連結会計年度末 is its balance-sheet day, the year's last.
        const RelativeWord* w = g.has(kRy) ? lex_.Relative(g[kRy], state->lang) : nullptr;
        if (w && w->from_report && m.year == b.year && m.month == b.month)
          m = DateValue::Day(b.year, b.month, DaysInMonth(b.year, b.month));
        r.value = m.ToIso();
        r.point = a;  // what follows counts from the fiscal year (前年度 after 令和7年度末 is 令和6年度)
        r.mod.clear();
        return r;
      }
      // 令和5年度から令和9年度, 2023年度から2025年度: to the end of the last one.
      if (g.has(kFy) && (g.has(kY2) || g.has(kEy2))) {
        int year2 = 0;
        if (g.has(kY2)) {
          year2 = ParseDateNumeral(g[kY2]);
        } else if (auto first = lex_.EraFirstYear(g.has(kEra2) ? g[kEra2] : g[kEra])) {  // 令和5〜9年度
          const int n2 = g[kEy2] == "元" ? 1 : ParseDateNumeral(g[kEy2]);
          year2 = n2 > 0 ? *first + n2 - 1 : 0;
        }
        if (year2 <= *year || year2 - *year > 50) return std::nullopt;
        b = DateValue::Month(year2 + 1, 3);
        if (us_federal) b = DateValue::Month(year2, 9);
      }
      if (g.has(kFyh)) {
        const bool first = g[kFyh].find("上") == 0;
        a = first ? DateValue::Month(*year, 4) : DateValue::Month(*year, 10);
        b = first ? DateValue::Month(*year, 9) : DateValue::Month(*year + 1, 3);
      } else if (g.has(kFe)) {
        int m = MonthOf(g, kM, kMn);
        if ((m < 1 || m > 12) && g.has(kMn2) && !g.has(kY2)) m = MonthOf(g, kM2, kMn2);  // "31 March 2025"
        if (m < 1 || m > 12) return std::nullopt;
        a = m == 12 ? DateValue::Month(*year, 1) : DateValue::Month(*year - 1, m + 1);
        b = DateValue::Month(*year, m);
        if (!g.has(kY2)) r.fiscal_start = a;
        // 2026年3月期第3四半期, "the third quarter of the fiscal year ending
        // March 31, 2026": the business year's third quarter (2025-Q4);
        // 第3四半期累計 its first three (2025-04/2025-12).
        if (g.has(kFq) || g.has(kQ)) {
          const int q = g.has(kFq) ? ParseDateNumeral(g[kFq]) : Number(g[kQ]);
          if (q < 1 || q > 4) return std::nullopt;
          return FiscalQuarter(a, q, g.has(kFqc), std::move(r));
        }
        // A business year that ends in December is the calendar year (2024年12月期: 2024).
        if (m == 12 && !g.has(kY2)) {
          r.value = std::to_string(*year);
          r.point = DateValue::Year(*year);
          r.period = std::make_pair(a, b);
          return r;
        }
        if (g.has(kY2)) {  // 2026年3月期から2030年3月期
          const int y2 = ParseDateNumeral(g[kY2]), m2 = MonthOf(g, kM2, kMn2);
          if (y2 < *year || y2 - *year > 50 || m2 < 1 || m2 > 12) return std::nullopt;
          b = DateValue::Month(y2, m2);
        }
      }
      r.value = a.ToIso() + "/" + b.ToIso();
      r.point = a;
      r.period = std::make_pair(a, b);
      return r;
    }

    // Quarters and halves.
    if (g.has(kQ)) {
      int q = Number(g[kQ]);
      if (q < 1 || q > 4 || *year == kUnknownYear) return std::nullopt;
      // An English quarter without a year after a business year was named
      // ("the fiscal year ended March 31, 2025 … the fourth quarter"): that year's.
      // (A bare Japanese 第2四半期 is a table's column, 第2四半期末配当.)
      if (state->fiscal_start && state->lang == lang::kEnglish && !g.has(kY) && !g.has(kRy) && !g.has(kQf) &&
          !g.has(kQ2))
        return FiscalQuarter(*state->fiscal_start, q, false, std::move(r));
      if (g.has(kQf)) {  // 前三季度: the first q quarters, as a month range
        r.value = DateValue::Month(*year, 1).ToIso() + "/" + DateValue::Month(*year, 3 * q).ToIso();
        r.period = std::make_pair(DateValue::Month(*year, 1), DateValue::Month(*year, 3 * q));
      } else if (g.has(kQ2)) {  // 第一季度至第三季度
        const int q2 = Number(g[kQ2]);
        if (q2 <= q || q2 > 4) return std::nullopt;
        r.value = std::to_string(*year) + "-Q" + std::to_string(q) + "/" + std::to_string(*year) + "-Q" + std::to_string(q2);
        r.period = std::make_pair(DateValue::Month(*year, 3 * q - 2), DateValue::Month(*year, 3 * q2));
      } else {
        r.value = std::to_string(*year) + "-Q" + std::to_string(q);
        r.period = std::make_pair(DateValue::Month(*year, 3 * q - 2), DateValue::Month(*year, 3 * q));
        r.period_is_quarter = true;
      }
      r.point = DateValue::Year(*year);
      return r;
    }
    // The nine months ended December 31, 2025; the (fiscal third) quarter
    // ended December 31, 2025; 截至二○二五年十月止的三個月: the months that
    // end with that month, a calendar quarter when they are one.
    if (g.has(kFm) && (g.has(kMn) || g.has(kMn2) || g.has(kM))) {
      const bool quarter = g[kFm] == "quarter";
      const int n = quarter ? 3 : g[kFm] == "year" ? 12 : Number(g[kFm]);
      const int m = g.has(kMn) || g.has(kM) ? MonthOf(g, kM, kMn) : MonthOf(g, kM2, kMn2);
      if (n < 2 || n > 12 || m < 1 || m > 12 || *year == kUnknownYear) return std::nullopt;
      if (!stated) EnglishBareMonthYear(*state, r.anchored, m, &*year);
      const int first = (*year * 12 + (m - 1)) - (n - 1);  // months since year 0
      // To a day (截至二零二五年六月三十日止六個月): the days from the one after
      // the same day n months before, at the grain written (2025-01-01/2025-06-30).
      if (g.has(kD) && g.has(kM)) {
        const DateValue end = DateValue::Day(*year, m, Number(g[kD]));
        if (!end.Valid()) return std::nullopt;
        const DateValue start = end.day == DaysInMonth(*year, m)
                                    ? DateValue::Day(first / 12, first % 12 + 1, 1)
                                    : end.AddMonths(-n).AddDays(1);
        r.value = start.ToIso() + "/" + end.ToIso();
        r.point = start;
        r.period = std::make_pair(DateValue::Month(start.year, start.month), DateValue::Month(*year, m));
        return r;
      }
      const DateValue a = DateValue::Month(first / 12, first % 12 + 1), b = DateValue::Month(*year, m);
      r.value = quarter && m % 3 == 0 ? std::to_string(*year) + "-Q" + std::to_string(m / 3)
                                      : a.ToIso() + "/" + b.ToIso();
      // "the year to the September quarter": the four quarters that end with
      // it, as quarters (2024-Q4/2025-Q3).
      if (g.has(kQk) && n == 12) {
        if (m % 3 != 0) return std::nullopt;
        const int q = m / 3;
        r.value = std::to_string(q == 4 ? *year : *year - 1) + "-Q" + std::to_string(q % 4 + 1) + "/" +
                  std::to_string(*year) + "-Q" + std::to_string(q);
      }
      r.point = a;
      r.period = std::make_pair(a, b);
      return r;
    }
    if (g.has(kFm)) {  // the first five months (of 2024), 今年前5个月; the last four months of 2025
      int n = Number(g[kFm]);
      if (n < 2 || n > 12 || *year == kUnknownYear) return std::nullopt;
      const int first = g.has(kFl) ? 13 - n : 1, last = g.has(kFl) ? 12 : n;
      r.value = DateValue::Month(*year, first).ToIso() + "/" + DateValue::Month(*year, last).ToIso();
      r.point = DateValue::Year(*year);
      r.period = std::make_pair(DateValue::Month(*year, first), DateValue::Month(*year, last));
      return r;
    }
    // 明年春节, 2026年春節, 来年の旧正月: the first day of that lunar year.
    if (g.has(kFest)) {
      if (*year == kUnknownYear) return std::nullopt;
      // 令和8年元旦, 2026年元日: the first of January.
      const bool solar = g[kFest] == "元旦" || g[kFest] == "元日";
      const std::optional<DateValue> day = solar ? std::optional<DateValue>(DateValue::Day(*year, 1, 1)) : LunarNewYear(*year);
      if (!day) return std::nullopt;
      r.value = day->ToIso();
      r.point = *day;
      return r;
    }
    // A season is its three months in the northern hemisphere: spring March
    // to May, summer June to August, autumn September to November (winter,
    // which straddles two years, is not read).
    if (g.has(kSeason)) {
      if (*year == kUnknownYear) return std::nullopt;
      const std::string_view n = g[kSeason];
      const int first = n == "spring" || n == "春" ? 3 : n == "summer" || n == "夏" ? 6 : 9;
      const DateValue a = DateValue::Month(*year, first), b = DateValue::Month(*year, first + 2);
      r.value = a.ToIso() + "/" + b.ToIso();
      r.point = a;
      r.period = std::make_pair(a, b);
      return r;
    }
    if (g.has(kHalf)) {
      std::string_view h = g[kHalf];
      // 30代前半 is not a date; 上期 alone is a heading's word (四半期及び上期の動向):
      // both need their year written.
      if (!stated && (h == "前半" || h == "後半" || h == "上期" || h == "下期")) return std::nullopt;
      // 明年上半年…，下半年: a half written alone right after the other half
      // of a year is in that year.
      if (!stated && !g.has(kRy) && state->period_context && state->last_period &&
          state->last_period->first.year == state->last_period->second.year &&
          state->last_period->second.month - state->last_period->first.month == 5) {
        *year = state->last_period->first.year;
        r.anchored = true;
      }
      if (*year == kUnknownYear) return std::nullopt;
      bool first = h == "first" || h == "1st" || h == "1" || h.find("上") == 0 || h.find("前") == 0;
      DateValue a = DateValue::Month(*year, first ? 1 : 7), b = DateValue::Month(*year, first ? 6 : 12);
      r.value = a.ToIso() + "/" + b.ToIso();
      r.point = DateValue::Year(*year);
      r.period = std::make_pair(a, b);
      return r;
    }

    int month = MonthOf(g, kM, kMn);
    int day = g.has(kD) ? ParseDateNumeral(g[kD]) : 0;
    if ((g.has(kM) || g.has(kMn)) && (month < 1 || month > 12)) return std::nullopt;

    // "the September quarter" (Australian and New Zealand usage): the quarter
    // that ends in that month.
    if (g.has(kQk) && g.has(kMn) && !g.has(kMn2) && !g.has(kM2) && !g.has(kFm)) {
      if (month % 3 != 0 || *year == kUnknownYear) return std::nullopt;
      if (!stated) EnglishBareMonthYear(*state, r.anchored, month, &*year);
      DateValue a = DateValue::Month(*year, month - 2), b = DateValue::Month(*year, month);
      r.value = std::to_string(*year) + "-Q" + std::to_string(month / 3);
      r.point = a;
      r.period = std::make_pair(a, b);
      r.period_is_quarter = true;
      return r;
    }

    // Days of the reference month: 李强4日在北京会见, 本日（16日）, 18～19日.
    if (g.has(kD) && !g.has(kM) && !g.has(kMn)) {
      auto base = state->Base(false, &r.anchored);
      if (!base || base->grain == DateValue::Grain::kYear || day <= 0) return std::nullopt;
      DateValue v = DateValue::Day(base->year, base->month, day);
      if (!v.Valid()) return std::nullopt;
      r.value = v.ToIso();
      r.point = v;
      if (g.has(kD2)) {
        DateValue b = DateValue::Day(base->year, base->month, ParseDateNumeral(g[kD2]));
        if (!b.Valid() || !(v.ToIso() < b.ToIso())) return std::nullopt;
        r.value += "/" + b.ToIso();
      }
      return r;
    }

    // Ranges: year-year, month-month, day-day; the end inherits what it does not write.
    if (g.has(kY2) || g.has(kEy2) || g.has(kM2) || g.has(kMn2) || g.has(kD2) || g.has(kRoc2)) {
      int year2 = *year;
      if (g.has(kRoc2)) {  // 115年至118年: years of the Republic at both ends
        year2 = 1911 + ParseDateNumeral(g[kRoc2]);
        if (*year == kUnknownYear || year2 <= *year || year2 - *year > 50) return std::nullopt;
      } else if (g.has(kY2)) {
        year2 = ParseDateNumeral(g[kY2]);
        if (year2 <= 0 || (*year != kUnknownYear && (year2 < *year || year2 - *year > 200))) return std::nullopt;
      } else if (g.has(kRy2)) {  // 本年12月から来年3月: both ends counted from the same year
        const RelativeWord* w1 = g.has(kRy) ? lex_.Relative(g[kRy], state->lang) : nullptr;
        const RelativeWord* w2 = lex_.Relative(g[kRy2], state->lang);
        if ((g.has(kRy) && !w1) || !w2 || *year == kUnknownYear) return std::nullopt;
        // 12月至明年2月: a first end without a year is the reference year's.
        if (!g.has(kRy) && !g.has(kY) && !(state->reference && state->reference->has_year())) return std::nullopt;
        // 令和7年8月29日から同年9月28日: the end counts from the start's year.
        year2 = w1 ? *year - w1->offset + w2->offset
                   : (g.has(kY) || g.has(kEy) ? *year : state->reference->year) + w2->offset;
        if (year2 < *year) return std::nullopt;
      } else if (g.has(kEy2)) {  // 令和元年から令和5年まで, 平成30年から令和2年 (the end names its era)
        auto first = lex_.EraFirstYear(g.has(kEra2) ? g[kEra2] : g[kEra]);  // 令和5〜9年: the era once
        const int n = g[kEy2] == "元" ? 1 : ParseDateNumeral(g[kEy2]);
        if (!first || n <= 0) return std::nullopt;
        year2 = *first + n - 1;
        // 令和7年11月10日から令和7年12月22日: the era repeated on days of one year.
        const bool same_year_days = g.has(kM2) || g.has(kD2);
        if (*year == kUnknownYear || year2 < *year || (year2 == *year && !same_year_days) || year2 - *year > 200)
          return std::nullopt;
      }
      int month2 = g.has(kM2) || g.has(kMn2) ? MonthOf(g, kM2, kMn2) : month;
      if (g.has(kD2)) {
        DateValue a = DateValue::Day(*year, month, day), b = DateValue::Day(year2, month2, ParseDateNumeral(g[kD2]));
        if (!a.Valid() || !b.Valid() || !(a.ToIso() < b.ToIso())) return std::nullopt;
        r.value = a.ToIso() + "/" + b.ToIso();
        r.point = a;
        r.period = std::make_pair(a, b);
        return r;
      }
      if (month > 0) {
        DateValue a = DateValue::Month(*year, month), b = DateValue::Month(year2, month2);
        if (!a.Valid() || !b.Valid() || !(a.ToIso() < b.ToIso())) return std::nullopt;
        if (g.has(kQk) && year2 == *year && (month - 1) % 3 == 0 && month2 == month + 2 && *year != kUnknownYear) {
          r.value = std::to_string(*year) + "-Q" + std::to_string((month + 2) / 3);
          r.period = std::make_pair(a, b);
          r.period_is_quarter = true;
        } else {
          r.value = a.ToIso() + "/" + b.ToIso();
          r.period = std::make_pair(a, b);
        }
        r.point = a;
        return r;
      }
      if (year2 <= *year) return std::nullopt;
      r.value = std::to_string(*year) + "/" + std::to_string(year2);
      r.point = DateValue::Year(year2);
      return r;
    }

    if (!stated && month > 0) EnglishBareMonthYear(*state, r.anchored, month, &*year);
    // Chinese and Japanese: the reference year's month, unless the sentence
    // plans or schedules it and that month has passed (3月中旬の予定 in December).
    if (!stated && month > 0 && state->lang != lang::kEnglish && state->reference && r.anchored &&
        *year == state->reference->year && state->reference->grain != DateValue::Grain::kYear &&
        state->future_sentence && month < state->reference->month)
      *year += 1;

    // A point.
    DateValue v = day > 0     ? DateValue::Day(*year, month, day)
                  : month > 0 ? DateValue::Month(*year, month)
                              : DateValue::Year(*year);
    if (g.has(kD) && day <= 0) return std::nullopt;
    if (!v.Valid() && !(v.year == kUnknownYear && v.grain != DateValue::Grain::kYear)) return std::nullopt;
    if (v.grain == DateValue::Grain::kYear && v.year == kUnknownYear) return std::nullopt;
    r.value = v.ToIso();
    r.point = v;
    return r;
  }

  // The year of an English month written without a year (`year` is the
  // reference year YearOf gave it): told in the past tense ("said in June",
  // "when you were last here in June") it is the last such month; in a
  // sentence about the future the next one ("will meet in January" in
  // November); otherwise the reference year's, or the year before when that
  // month is more than six months ahead ("in November" in a January speech).
  // The same for the month that ends a quarter or a year ("the December
  // quarter", "the year to September" in a February release: the last ones).
  // (Chinese and Japanese statistics name the months of the reference year.)
  static void EnglishBareMonthYear(const ResolveState& state, bool anchored, int month, int* year) {
    if (state.lang != lang::kEnglish || !state.reference || !anchored || *year != state.reference->year ||
        state.reference->grain == DateValue::Grain::kYear)
      return;
    const int ahead = month - state.reference->month;
    if (state.past_verb_before) {
      if (ahead > 0) *year -= 1;
    } else if (state.future_sentence) {
      if (ahead < 0) *year += 1;
    } else if (ahead > 6) {
      *year -= 1;  // told of as done or under way: the one before
    }
  }

  // The q-th quarter of a business year that starts in `start` (its first
  // q quarters when `cumulative`): a calendar quarter when its months are one
  // (2025-Q4), else the months (2025-04/2025-12, or a year starting in July).
  static std::optional<Resolved> FiscalQuarter(DateValue start, int q, bool cumulative, Resolved r) {
    const DateValue first = cumulative ? start : start.AddMonths(3 * (q - 1)), last = start.AddMonths(3 * q - 1);
    if (!cumulative && (first.month - 1) % 3 == 0) {
      r.value = std::to_string(first.year) + "-Q" + std::to_string((first.month + 2) / 3);
      r.period_is_quarter = true;
    } else {
      r.value = first.ToIso() + "/" + last.ToIso();
    }
    r.point = first;
    r.period = std::make_pair(first, last);
    return r;
  }

  const DateLexicon& lex_;
  std::vector<CompiledRule> rules_;
  std::unique_ptr<RE2> combined_;
  std::unique_ptr<RE2::Set> set_both_, set_start_;
  std::string error_;
};

}  // namespace

std::unique_ptr<Extractor> MakeDateExtractor() { return std::make_unique<DateExtractor>(); }

}  // namespace dossier
