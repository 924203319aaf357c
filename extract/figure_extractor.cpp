// Figure extractor: numbers that measure something (money, percentages,
// multiples, counts, physical quantities), with normalised values.
//
// The rules in prose are in docs/figures.md. In short: scan the NFKC-folded
// text for numeral starts, read the numeral (extract/numeral.h), then look
// right for a currency, percent sign, multiple, unit or counter, and left for
// a currency symbol, a qualifier and a change word; then decide from the
// context whether the number is a figure at all (years, ordinals, list
// numbers, durations and names are not). Every look is a bounded window, so
// the scan is linear in the text. Word lists live in extract/data/ (see
// extract/figure_lexicon.h).
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <vector>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "extract/diffusion_index.h"
#include "extract/extractor.h"
#include "extract/figure_lexicon.h"
#include "extract/numeral.h"
#include "extract/table_cells.h"
#include "ingest/char_props.h"
#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

constexpr size_t kWindow = 64;      // bytes looked at after a number
constexpr size_t kLeftWindow = 40;  // bytes looked at before it (the longest cue: 比上年同期增长了 + space)

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = Lower(c);
  return out;
}

char32_t CpAt(std::string_view s, size_t pos, size_t* next = nullptr) {
  if (pos >= s.size()) {
    if (next) *next = pos;
    return 0;
  }
  size_t p = pos;
  char32_t c = utf8::Next(s, &p);
  if (next) *next = p;
  return c;
}
char32_t CpBefore(std::string_view s, size_t pos, size_t* start = nullptr) {
  if (pos == 0) {
    if (start) *start = 0;
    return 0;
  }
  size_t p = utf8::PrevStart(s, pos);
  if (start) *start = p;
  return CpAt(s, p);
}

bool IsHanOrKana(char32_t c) { return utf8::IsHan(c) || utf8::IsKana(c) || c == U'ー'; }

// The window of up to kWindow bytes that ends at `end`, on a character
// boundary and not reaching back past a line break.
std::string_view LeftWindow(std::string_view f, size_t end) {
  size_t start = end > kLeftWindow ? end - kLeftWindow : 0;
  while (start < end && !utf8::IsBoundary(f, start)) ++start;
  std::string_view w = f.substr(start, end - start);
  size_t nl = w.rfind('\n');
  if (nl != std::string_view::npos) w.remove_prefix(nl + 1);
  return w;
}
// The window of up to kWindow bytes that starts at `start`, ending at a line break.
std::string_view RightWindow(std::string_view f, size_t start) {
  std::string_view w = f.substr(std::min(start, f.size()), kWindow);
  size_t nl = w.find('\n');
  if (nl != std::string_view::npos) w = w.substr(0, nl);
  return w;
}

bool IsCjkLang(std::string_view lang) { return lang == "zh-Hans" || lang == "zh-Hant" || lang == "ja"; }

// What a number turned out to be.
struct Figure {
  size_t start = 0, end = 0;  // folded offsets of the whole figure
  double value = 0;
  std::string unit;
  std::string approx = "exact";
  std::string change;
  std::string of;
};

class FigureReader {
 public:
  // `local_yuan`: what a bare 元 names in traditional Chinese (LocalYuan of
  // the whole document), or "" for the renminbi.
  // `local_dollar`: what a bare "$" or "dollars" names (LocalDollar), or ""
  // for the US dollar.
  FigureReader(std::string_view folded, const FigureLexicon& lex, std::string_view local_yuan,
               std::string_view local_dollar)
      : f_(folded), lex_(lex), local_yuan_(local_yuan), local_dollar_(local_dollar) {}

  // The currency a bare 元 names in traditional Chinese: Taiwan's, Macao's
  // or Hong Kong's dollar when the document names that currency somewhere
  // (新臺幣300億元 … 120億元 is TWD); when it names none, the dollar of
  // the place it names most, three times at least and more often than
  // 人民幣 (a Hong Kong budget speech); else "" (the renminbi, as in
  // mainland text).
  static std::string LocalYuan(std::string_view text);
  // The dollar a bare "$" names: the currency of the place the text names
  // most (currencies.tsv, `home`), when that is not the United States, it
  // is named at least twice and more often than the United States, and the
  // text never marks that dollar apart (A$, AUD) or marks the US dollar too
  // (US$); else "" (USD).
  static std::string LocalDollar(std::string_view text, const FigureLexicon& lex);

  // The figure whose numeral `n` starts at folded offset s, or nullopt when
  // the number is not a figure.
  std::optional<Figure> Read(size_t s, const Numeral& n, std::string_view lang) const;

  // 数, 几 (several) before a number: a name_before word of its own kind.
  static bool VagueWord(std::string_view w) { return w == "数" || w == "數" || w == "几" || w == "幾"; }

  // True when a word right before folded offset s makes the number there a
  // reference or a name (name_before: 内線, Article, 第).
  // 数 and 几 name nothing (see Read).
  bool NamedBefore(size_t s) const {
    auto name = lex_.MatchBefore(FigureLexicon::kNameBefore, LeftWindow(f_, s));
    return name && !VagueWord(name->surface);
  }

  // An English multiple written as a verb at folded offset s: "doubled",
  // "will double", "more than tripled", "nearly double the level" (2 x, 3 x,
  // 4 x, change up, approx from a qualifier before), and the -fold words
  // ("more than threefold", "a tenfold rise"). The bare "double" and
  // "triple" count only after a modal, "to" or a qualifier, or before a
  // determiner, so "double taxation" and "triple-A" are none.
  std::optional<Figure> ReadMultipleVerb(size_t s) const;

  // "one in five", "nearly two in three": a share written as a ratio of
  // small numbers, a percentage (20, 66.67).
  std::optional<Figure> ReadOneInN(size_t s) const;

  // 半数, 过半数: half of those counted, 50 percent; a qualifier after it
  // (半数を超えた, 半数近く, 半数以上) is in the span and gives approx.
  std::optional<Figure> ReadHalfCjk(size_t s) const;

 private:
  bool LooksLikeDate(size_t s, size_t e) const;
  bool IsListNumber(size_t s, size_t e) const;
  // English counted noun phrase after `p` ("888 new enterprises"): sets *of
  // and returns its end, or 0. *first_word_head: the noun is the first word.
  size_t EnglishNounPhrase(size_t p, std::string* of, bool* first_word_head) const;
  // The counted noun after a CJK counter (15个政府部门 -> 政府部门).
  // At most max_chars characters: without word segmentation a longer run
  // would swallow the verb after the noun.
  std::string CjkNoun(size_t p, size_t* end, int max_chars) const;
  std::string ResolveYen(size_t s, size_t e, std::string_view lang) const;
  // An English fraction word is a figure after a qualifier (over half) or
  // before "of" (two-thirds of the members), not in "the first half".
  bool FractionInContext(size_t s, size_t e) const;
  // A Chinese or Japanese demonstrative right before folded offset s (这,
  // 這, 该, 該, 此, 上述, 前述, この, その, これら).
  bool CjkDemonstrativeBefore(size_t s) const;
  // How many one-character country names (日中韓, 日米豪印) stand right
  // before folded offset s; 0 for fewer than two.
  int CountryInitialsBefore(size_t s) const {
    static constexpr std::u32string_view kInitials = U"日中韓韩米美豪印英独仏露加伊越台朝欧";
    int count = 0;
    for (size_t at = s; at > 0; ++count) {
      size_t start;
      const char32_t c = CpBefore(f_, at, &start);
      if (kInitials.find(c) == std::u32string_view::npos) break;
      at = start;
    }
    return count >= 2 ? count : 0;
  }
  // The currency of a bare exchange rate at folded offset s: Y of "X兑Y"
  // written shortly before it in the same clause (美元兑港元汇率报7.8125),
  // else empty.
  std::string RateCurrencyBefore(size_t s) const;
  // English: the currency of a bare exchange rate from folded offset s to p.
  // "The yen was at 155.40 per dollar": a number followed by per / to the /
  // against the dollar (or euro) is a rate in the currency the sentence
  // named before it; a later level with decimals in the same sentence ("a
  // 10-month low of 157.90") is too. Empty when none.
  std::string EnglishRateCurrency(size_t s, size_t p, bool decimals) const;

  std::string_view f_;
  const FigureLexicon& lex_;
  std::string_view local_yuan_;
  std::string_view local_dollar_;
};

namespace {

// A numeral in a circle or brackets (① ⑵ ⒈ ❸ ㉑ ㈠ ㊀): a list marker.
bool EnclosedNumeral(char32_t c) {
  return (c >= 0x2460 && c <= 0x24FF) || (c >= 0x2776 && c <= 0x2793) || (c >= 0x3220 && c <= 0x3243) ||
         (c >= 0x3251 && c <= 0x325F) || (c >= 0x3280 && c <= 0x3289) || (c >= 0x32B1 && c <= 0x32BF);
}

// Occurrences of `word` in `text`, not overlapping, counted up to `limit`.
int CountOccurrences(std::string_view text, std::string_view word, int limit = INT_MAX) {
  int n = 0;
  for (size_t at = text.find(word); at != std::string_view::npos && n < limit; at = text.find(word, at + word.size())) ++n;
  return n;
}

}  // namespace

std::string FigureReader::LocalYuan(std::string_view text) {
  // The dollar named most often wins: a Hong Kong release that compares with
  // 新臺幣 once still counts in 港元. On a tie the earlier row wins.
  static const std::pair<std::string_view, const char*> kNames[] = {
      {"新臺幣", "TWD"}, {"新台幣", "TWD"}, {"新台币", "TWD"}, {"澳門元", "MOP"}, {"澳門幣", "MOP"},
      {"港元", "HKD"}, {"港幣", "HKD"}};
  std::map<std::string, int> counts;
  std::string best;
  for (const auto& [name, code] : kNames) {
    int& n = counts[code];
    n += CountOccurrences(text, name);
    if (n > 0 && (best.empty() || n > counts[best])) best = code;
  }
  if (!best.empty()) return best;
  // No dollar written by name: a budget speech in Hong Kong counts in 億元
  // alone. The place named most often, three times at least and more often
  // than the renminbi, decides.
  static const std::pair<std::string_view, const char*> kPlaces[] = {
      {"香港", "HKD"}, {"臺灣", "TWD"}, {"台灣", "TWD"}, {"澳門", "MOP"}};
  std::map<std::string, int> places;
  for (const auto& [name, code] : kPlaces) {
    int& n = places[code];
    n += CountOccurrences(text, name, 1000 - n);
    if (n >= 3 && (best.empty() || n > places[best])) best = code;
  }
  const int renminbi = CountOccurrences(text, "人民幣", 1000);
  return !best.empty() && places[best] > renminbi ? best : "";
}

namespace {

// Occurrences of `word` in `text` with no ASCII letter or digit before it,
// nor after it when it ends in a letter (a mark such as A$ is followed by
// its amount: A$5).
int CountWord(std::string_view text, std::string_view word) {
  auto alnum = [](char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); };
  const bool ends_in_letter = !word.empty() && IsAlpha(word.back());
  int n = 0;
  for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + word.size())) {
    const size_t end = at + word.size();
    if ((at == 0 || !alnum(text[at - 1])) && (!ends_in_letter || end >= text.size() || !alnum(text[end]))) ++n;
  }
  return n;
}

}  // namespace

std::string FigureReader::LocalDollar(std::string_view text, const FigureLexicon& lex) {
  std::map<std::string, int> counts;
  for (const FigureLexicon::Home& h : lex.dollar_homes()) counts[h.code] += CountWord(text, h.place);
  std::string best;
  for (const auto& [code, n] : counts)
    if (code != "USD" && n >= 2 && (best.empty() || n > counts[best])) best = code;
  if (best.empty() || counts[best] <= counts["USD"]) return "";
  const auto writes_any = [&](const std::string& code) {
    for (const std::string& mark : lex.CurrencyMarks(code))
      if (CountWord(text, mark) > 0) return true;
    return false;
  };
  // A text that marks its own dollar (A$, C$) keeps the bare "$" for the US
  // dollar, as wire stories do; unless it marks the US dollar too ("C$20
  // billion (about US$14.5 billion)"), when the bare "$" is the one it is about.
  if (writes_any(best) && !writes_any("USD")) return "";
  return best;
}

bool FigureReader::LooksLikeDate(size_t s, size_t e) const {
  // "March 22", "January 15, 2024", "from November 14 to 15", "22 March".
  static const RE2 month_before(
      "(?:^|[^A-Za-z])(?:January|February|March|April|May|June|July|August|September|October|"
      "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? "
      "(?:\\d{1,2}(?:st|nd|rd|th)?(?: ?(?:-|–|to|and|through|,) ?))*(?:the )?$");
  static const RE2 month_after(
      "(?:st|nd|rd|th)?(?: ?(?:-|–|to|and) ?\\d{1,2}(?:st|nd|rd|th)?)* (?:of )?(?:January|February|March|"
      "April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|"
      "Sept|Oct|Nov|Dec)\\b");
  std::string_view left = LeftWindow(f_, s);
  bool upper_left = false;  // month names are capitalised
  for (char c : left) upper_left |= (c >= 'A' && c <= 'Z');
  if (upper_left && RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), month_before)) return true;
  std::string_view right = RightWindow(f_, e);
  bool upper_right = false;
  for (char c : right.substr(0, 24)) upper_right |= (c >= 'A' && c <= 'Z');
  return upper_right && month_after.Match(re2::StringPiece(right.data(), right.size()), 0, right.size(), RE2::ANCHOR_START,
                           nullptr, 0);
}

bool FigureReader::IsListNumber(size_t s, size_t e) const {
  size_t ps;
  char32_t before = CpBefore(f_, s, &ps);
  char32_t after = CpAt(f_, e);
  // (1), [2], (一)
  if ((before == U'(' && after == U')') || (before == U'[' && after == U']')) return true;
  // At the start of a line: "1. ", "1) ", "一、", "1 本日" (a number then a space and CJK).
  size_t k = s;
  while (k > 0 && (f_[k - 1] == ' ' || f_[k - 1] == '\t')) --k;
  if (k > 0 && f_[k - 1] != '\n') return false;
  if (after == U'.' || after == U')' || after == U'、' || after == U'．' || after == U':') return true;
  if (after == U' ') {
    char32_t next = CpAt(f_, e + 1);
    if (next >= 0x80) return true;
  }
  return false;
}

size_t FigureReader::EnglishNounPhrase(size_t p, std::string* of, bool* first_word_head) const {
  if (p >= f_.size() || f_[p] != ' ') return 0;
  size_t i = p + 1;
  size_t phrase_start = i;
  for (int word = 0; word < 7 && i < f_.size(); ++word) {
    size_t w = i;
    if (!IsAlpha(f_[w])) return 0;
    while (i < f_.size() && (IsAlpha(f_[i]) || f_[i] == '-' || f_[i] == '\'')) ++i;
    std::string_view token = f_.substr(w, i - w);
    while (!token.empty() && (token.back() == '-' || token.back() == '\'')) token.remove_suffix(1);
    std::string lower = LowerAscii(token);
    if (lex_.IsNounPhraseStop(lower) || lex_.IsTimeWord(lower)) return 0;
    bool plural = lex_.IsIrregularPlural(lower);
    if (!plural && lower.size() > 2 && lower.back() == 's') {
      std::string_view tail2 = std::string_view(lower).substr(lower.size() - 2);
      plural = tail2 != "ss" && tail2 != "us" && tail2 != "is" && tail2 != "'s" &&
               !(lower.size() > 3 && lower.compare(lower.size() - 3, 3, "ous") == 0);
    }
    if (plural) {
      *of = std::string(f_.substr(phrase_start, w + token.size() - phrase_start));
      *first_word_head = word == 0;
      return w + token.size();
    }
    if (i >= f_.size() || f_[i] != ' ') return 0;  // punctuation ends the phrase
    ++i;
  }
  return 0;
}

std::string FigureReader::CjkNoun(size_t p, size_t* end, int max_chars) const {
  if (lex_.MatchAfter(FigureLexicon::kQualAfter, RightWindow(f_, p))) {
    *end = p;
    return {};
  }
  // A counted noun ends where a verb begins (noun_end words): 500家企业参与,
  // 十五个国家参加, 一式两份报送.
  static constexpr std::u32string_view kStops =
      U"的在和与與及于於是为為了将將对對从從向把被等中、，。；：也均共约約各个個都已就并並或而"
      U"增减減降升达達超逾近占佔比较較同"  // verbs and comparisons that follow a count
      U"〇零一二两兩三四五六七八九十百千万萬亿億";  // the next number
  size_t i = p;
  int chars = 0;
  while (i < f_.size() && chars < max_chars) {
    size_t next;
    char32_t c = CpAt(f_, i, &next);
    if (!(utf8::IsHan(c) || (c >= U'ァ' && c <= U'ヺ') || c == U'ー')) break;
    if (kStops.find(c) != std::u32string_view::npos) break;
    // 参展 starts nouns too (300家参展商), so it ends one only after a first character.
    if (auto verb = lex_.MatchAfter(FigureLexicon::kNounEndAfter, RightWindow(f_, i));
        verb && verb->start == 0 && (chars > 0 || (verb->surface != "参展" && verb->surface != "參展")))
      break;
    i = next;
    ++chars;
  }
  *end = i;
  return std::string(f_.substr(p, i - p));
}

std::optional<Figure> FigureReader::ReadMultipleVerb(size_t s) const {
  struct Form {
    std::string_view word;
    double value;
    bool bare;  // the base form, which is also an adjective
  };
  static constexpr Form kForms[] = {
      {"double", 2, true},      {"doubled", 2, false},    {"doubles", 2, false},    {"doubling", 2, false},
      {"triple", 3, true},      {"tripled", 3, false},    {"triples", 3, false},    {"tripling", 3, false},
      {"quadruple", 4, true},   {"quadrupled", 4, false}, {"quadruples", 4, false}, {"quadrupling", 4, false},
      // "a threefold increase", "grew more than fivefold": the multiple as an adverb or adjective
      {"twofold", 2, false},    {"threefold", 3, false},  {"fourfold", 4, false},   {"fivefold", 5, false},
      {"sixfold", 6, false},    {"sevenfold", 7, false},  {"eightfold", 8, false},  {"ninefold", 9, false},
      {"tenfold", 10, false},
  };
  if (s > 0 && (IsAlpha(f_[s - 1]) || IsDigit(f_[s - 1]) || f_[s - 1] == '-')) return std::nullopt;
  size_t e = s;
  while (e < f_.size() && IsAlpha(f_[e])) ++e;
  if (e - s < 6 || e - s > 11 || (e < f_.size() && (f_[e] == '-' || IsDigit(f_[e])))) return std::nullopt;
  const std::string word = LowerAscii(f_.substr(s, e - s));
  const Form* form = nullptr;
  for (const Form& x : kForms)
    if (x.word == word) form = &x;
  if (form == nullptr) return std::nullopt;
  // The words on either side, lower-cased.
  auto word_after = [&](size_t p) {
    if (p >= f_.size() || f_[p] != ' ') return std::string();
    size_t q = p + 1;
    while (q < f_.size() && (IsAlpha(f_[q]) || f_[q] == '\'')) ++q;
    return LowerAscii(f_.substr(p + 1, q - p - 1));
  };
  auto word_before = [&](size_t p) {
    if (p == 0 || f_[p - 1] != ' ') return std::string();
    size_t q = p - 1;
    while (q > 0 && IsAlpha(f_[q - 1])) --q;
    return LowerAscii(f_.substr(q, p - 1 - q));
  };
  const std::string next = word_after(e), prev = word_before(s);
  // "doubling down", "double taxation", "double-digit" (above), "triple crown".
  static constexpr std::string_view kNotMultiple[] = {
      "down", "digit", "digits", "taxation", "standard", "standards", "dip", "check", "whammy", "click",
      "room", "rooms", "bed", "beds", "helix", "crown", "jump", "play", "threat", "agent", "agents",
      "entry", "counting", "act", "life", "lives", "bind", "duty", "role", "edged", "glazing", "majority"};
  for (std::string_view w : kNotMultiple)
    if (next == w) return std::nullopt;
  if (form->bare) {
    static constexpr std::string_view kBefore[] = {
        "to", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "nearly",
        "almost", "roughly", "about", "approximately", "than", "around", "some", "and", "or", "aims"};
    static constexpr std::string_view kAfter[] = {"the", "its", "their", "our", "his", "her", "that",
                                                  "this", "these", "those", "from", "by", "within", "in"};
    bool ok = false;
    for (std::string_view w : kBefore) ok |= prev == w;
    for (std::string_view w : kAfter) ok |= next == w;
    if (!ok) return std::nullopt;
  }
  Figure fig;
  fig.start = s;
  fig.end = e;
  fig.value = form->value;
  fig.unit = "x";
  fig.change = "up";
  const std::string_view lw = LeftWindow(f_, s);
  if (auto qb = lex_.MatchBefore(FigureLexicon::kQualBefore, lw); qb && !qb->surface.empty() && IsAlpha(qb->surface[0])) {
    fig.approx = qb->value;
    fig.start = s - (lw.size() - qb->start);
  }
  return fig;
}

std::optional<Figure> FigureReader::ReadHalfCjk(size_t s) const {
  static const RE2 kHalf(
      "^(?:(過半数|过半数|過半|过半)|半数(を(?:超え|上回)(?:た|る|ている|ています)?|以上|超|を割(?:った|る|り込んだ)|近く|弱|未満|以下)?)");
  const std::string_view rest = f_.substr(s);
  // 一半 (a half) is a figure with a qualifier: 超过一半, 近一半, 一半以上;
  // alone it is any half (一半的时间, 一半是…).
  if (rest.starts_with("一半")) {
    Figure fig;
    fig.value = 50;
    fig.unit = "%";
    fig.start = s;
    fig.end = s + 6;
    fig.approx = "exact";
    if (rest.substr(6).starts_with("以上")) {
      fig.end += 6;
      fig.approx = "over";
    }
    static constexpr std::pair<std::string_view, std::string_view> kBefore[] = {
        {"超过", "over"}, {"超過", "over"}, {"逾", "over"}, {"接近", "under"}, {"将近", "under"},
        {"將近", "under"}, {"近", "under"}, {"约", "about"}, {"約", "about"}};
    for (const auto& [word, approx] : kBefore)
      if (s >= word.size() && f_.compare(s - word.size(), word.size(), word) == 0) {
        fig.start = s - word.size();
        if (fig.approx == "exact") fig.approx = std::string(approx);
        break;
      }
    if (fig.start == s && fig.approx == "exact") return std::nullopt;
    return fig;
  }
  re2::StringPiece over_half, qualifier;
  if (!RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kHalf, &over_half, &qualifier)) return std::nullopt;
  // Only at a word's start (大半数 is "most"), and 过半年 is "after half a year".
  if (s >= 3 && (f_.compare(s - 3, 3, "大") == 0 || f_.compare(s - 3, 3, "一") == 0)) return std::nullopt;
  if (over_half.size() == 6) {
    static const RE2 kTimeAfter("^(?:年|月|日|天|个|個|小时|小時|周|週)");
    const std::string_view after = rest.substr(6);
    if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kTimeAfter)) return std::nullopt;
  }
  Figure fig;
  fig.start = s;
  fig.value = 50;
  fig.unit = "%";
  const std::string_view q(qualifier.data() ? qualifier.data() : "", qualifier.size());
  if (over_half.data() != nullptr) {
    fig.end = s + over_half.size();
    fig.approx = "over";
  } else {
    fig.end = s + 6 + q.size();  // 半数 is two 3-byte characters
    fig.approx = q.empty() ? "exact"
                 : (q.find("超") != std::string_view::npos || q.find("上回") != std::string_view::npos ||
                    q == "以上")
                     ? "over"
                     : "under";
  }
  return fig;
}

std::optional<Figure> FigureReader::ReadOneInN(size_t s) const {
  static constexpr std::string_view kNumbers[] = {"zero", "one", "two", "three", "four", "five",
                                                  "six", "seven", "eight", "nine", "ten"};
  auto number_at = [&](size_t p, size_t* end) -> int {
    size_t e = p;
    while (e < f_.size() && IsAlpha(f_[e])) ++e;
    const std::string w = LowerAscii(f_.substr(p, e - p));
    *end = e;
    for (int k = 1; k <= 10; ++k)
      if (w == kNumbers[k]) return k;
    return 0;
  };
  if (s > 0 && IsAlpha(f_[s - 1])) return std::nullopt;
  size_t e1 = 0;
  const int a = number_at(s, &e1);
  if (a == 0 || f_.compare(e1, 4, " in ") != 0) return std::nullopt;
  size_t e2 = 0;
  const int b = number_at(e1 + 4, &e2);
  if (b <= a) return std::nullopt;
  // A noun or a comma follows the ratio ("one in five companies", "one in five,").
  if (e2 >= f_.size() || !(f_[e2] == ' ' || f_[e2] == ',')) return std::nullopt;
  Figure fig;
  fig.start = s;
  fig.end = e2;
  fig.value = std::round(10000.0 * a / b) / 100;
  fig.unit = "%";
  const std::string_view lw = LeftWindow(f_, s);
  if (auto qb = lex_.MatchBefore(FigureLexicon::kQualBefore, lw); qb && !qb->surface.empty() && IsAlpha(qb->surface[0])) {
    fig.approx = qb->value;
    fig.start = s - (lw.size() - qb->start);
  }
  return fig;
}

bool FigureReader::CjkDemonstrativeBefore(size_t s) const {
  static constexpr std::string_view kWords[] = {"这", "這", "该", "該", "此", "上述", "前述", "以上", "これら", "この", "その"};
  for (std::string_view w : kWords) {
    if (s < w.size() || f_.compare(s - w.size(), w.size(), w) != 0) continue;
    // 因此3家企业, 如此, 彼此: 此 ends another word there.
    static constexpr std::u32string_view kBeforeCi = U"因如彼由从從自";
    if (w == "此" && kBeforeCi.find(CpBefore(f_, s - w.size())) != std::u32string_view::npos) continue;
    return true;
  }
  return false;
}

std::string FigureReader::RateCurrencyBefore(size_t s) const {
  const std::string_view left = LeftWindow(f_, s);
  size_t at = std::string_view::npos;
  for (std::string_view dui : {"兑", "兌"}) {
    const size_t p = left.rfind(dui);
    if (p != std::string_view::npos && (at == std::string_view::npos || p > at)) at = p;
  }
  // Within about ten characters, and no clause break in between.
  if (at == std::string_view::npos || left.size() - at > 36) return {};
  const std::string_view between = left.substr(at);
  for (std::string_view stop : {"，", "。", "；", ",", ";", "、"})
    if (between.find(stop) != std::string_view::npos) return {};
  // The currency right after 兑 (3 bytes, as 兌 is), at its offset in f_.
  const size_t after_dui = s - (left.size() - at) + 3;
  auto currency = lex_.MatchAfter(FigureLexicon::kCurrencyAfter, RightWindow(f_, after_dui));
  if (!currency || currency->start != 0) return {};
  return currency->value;
}

std::string FigureReader::EnglishRateCurrency(size_t s, size_t p, bool decimals) const {
  static const RE2 per_base(
      "(?i)^ (?:per|to the|against the|a) (?:u\\.s\\. |us |american )?(dollar|euro|greenback)(?:$|[^A-Za-z])");
  static const RE2 rate_before("(?i)\\d (?:per|to the|against the) (?:u\\.s\\. |us |american )?(?:dollar|euro)");
  // The sentence before the number: back to a full stop and space, a line
  // break, or 240 bytes.
  size_t from = s > 240 ? s - 240 : 0;
  while (from < s && !utf8::IsBoundary(f_, from)) ++from;
  std::string_view sentence = f_.substr(from, s - from);
  for (std::string_view end : {". ", "\n"})
    if (size_t at = sentence.rfind(end); at != std::string_view::npos) sentence.remove_prefix(at + end.size());
  const std::string_view right = RightWindow(f_, p);
  std::string base;
  if (!RE2::PartialMatch(re2::StringPiece(right.data(), right.size()), per_base, &base)) {
    if (!decimals || !RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), rate_before)) return {};
    base = "dollar";
  }
  const std::string base_code = LowerAscii(base) == "euro" ? "EUR" : "USD";
  // The currency word nearest before the number, other than the base
  // ("the yen ... per dollar, ... a low of 157.90": the dollar is the base).
  const size_t sentence_at = static_cast<size_t>(sentence.data() - f_.data());
  for (size_t k = sentence.size(); k-- > 0;) {
    const size_t at = sentence_at + k;
    if (!IsAlpha(f_[at]) || (k > 0 && IsAlpha(f_[at - 1]))) continue;
    // MatchAfter allows a space or hyphen before the word: look from just before it.
    auto currency = lex_.MatchAfter(FigureLexicon::kCurrencyAfter, f_.substr(at, s - at));
    if (!currency || currency->start != 0 || currency->value == "?" || currency->value == base_code) continue;
    // The euro, the pound and the Australian and New Zealand dollars are
    // quoted in dollars ("the euro at $1.16"): "1.16 to the dollar" after
    // them says nothing sure.
    for (std::string_view dollar_quoted : {"EUR", "GBP", "AUD", "NZD"})
      if (currency->value == dollar_quoted) return {};
    return currency->value;
  }
  return {};
}

bool FigureReader::FractionInContext(size_t s, size_t e) const {
  static const RE2 ordinal_before("(?i)(?:first|second|third|latter|former|other|the|a) $");
  static const RE2 and_before("(?i)(?:^|[^A-Za-z])and $");
  std::string_view left = LeftWindow(f_, s);
  if (lex_.MatchBefore(FigureLexicon::kQualBefore, left)) return true;
  if (f_.compare(e, 4, " of ") != 0) return false;
  if (RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), ordinal_before)) return false;
  // "the first and second half of": a singular fraction after "and" is a
  // period; a plural one (", and two-thirds of the firms") is a share.
  const bool plural = e > s && (f_[e - 1] == 's' || f_[e - 1] == 'S');
  return plural || !RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), and_before);
}

std::string FigureReader::ResolveYen(size_t s, size_t e, std::string_view lang) const {
  // Only words beside this amount decide ("¥500 billion, paid in RMB",
  // "人民币¥300"); a yuan amount one figure away ("RMB 200 billion / ¥3.4
  // trillion") does not.
  static const RE2 yuan("(?i)yuan|renminbi|rmb|元|人民币|人民幣|China's currency");
  static const RE2 yen("(?i)\\byen\\b|円|日元|日圓");
  size_t before_start = s > 12 ? s - 12 : 0;
  while (before_start < s && !utf8::IsBoundary(f_, before_start)) ++before_start;
  std::string_view before = f_.substr(before_start, s - before_start);
  std::string_view after = RightWindow(f_, e).substr(0, 24);
  for (std::string_view w : {before, after}) {
    re2::StringPiece sp(w.data(), w.size());
    if (RE2::PartialMatch(sp, yuan)) return "CNY";
    if (RE2::PartialMatch(sp, yen)) return "JPY";
  }
  if (lang == "zh-Hans" || lang == "zh-Hant") return "CNY";
  return "JPY";
}

std::optional<Figure> FigureReader::Read(size_t s, const Numeral& n, std::string_view lang) const {
  const size_t e = s + n.length;
  if (!std::isfinite(n.value) || n.value > 1e18 || n.length > 64) return std::nullopt;
  const bool cjk = IsCjkLang(lang);
  Figure fig;
  fig.start = s;
  fig.value = n.value;

  std::string_view left = LeftWindow(f_, s);
  auto currency_before = lex_.MatchBefore(FigureLexicon::kCurrencyBefore, left);

  // Glued on the left: G20, COVID-19, UNITED24, 3.5.1, 21:44, 3/22.
  size_t ps = 0;
  char32_t prev = CpBefore(f_, s, &ps);
  if (n.has_digits && !currency_before) {
    // ROE12%, CPI2%: a measure's name glued to a percentage is no code.
    const bool percent_next = s + n.length < f_.size() && f_[s + n.length] == '%';
    if (prev < 0x80 && IsAlpha(static_cast<char>(prev)) && !percent_next) return std::nullopt;
    if (prev == U'-' || prev == U'.' || prev == U':' || prev == U'/' || prev == U'_' || prev == U'#' ||
        prev == U'@' || prev == U'–') {
      char32_t prev2 = CpBefore(f_, ps);
      if (prev2 < 0x80 && (IsAlpha(static_cast<char>(prev2)) || IsDigit(static_cast<char>(prev2))) &&
          !((prev == U'-' || prev == U'–') && IsDigit(static_cast<char>(prev2))))  // 5-10%, 2–4%: a range
        return std::nullopt;
      // "/" after a word of another script separates alternatives
      // (1800亿元人民币/1100亿林吉特); after Latin it is a path or a code.
      if ((prev == U'/' && prev2 < 0x80) || prev == U'#' || prev == U'@' || prev == U'_') return std::nullopt;
    }
  }
  if (auto name = lex_.MatchBefore(FigureLexicon::kNameBefore, left)) {
    // 数 and 几 before a CJK numeral make it vague (数十家, 几百人); before
    // digits they end a word for a count (件数152件, 回答企業数661社).
    if (!(VagueWord(name->surface) && n.has_digits)) return std::nullopt;
  }
  if (n.has_digits && !n.has_scale) {
    // The next item of a list of references: headings 8541 and 8542,
    // Articles 3, 5 and 7.
    static const RE2 reference_list(
        "(?:^|[^A-Za-z])(?:[Hh]eadings?|[Ss]ubheadings?|HS|HTS|[Cc]odes?|Articles?|Sections?|Chapters?|Paragraphs?|"
        "Items?|Nos?\\.) [0-9][0-9.]*(?:(?:, | and | or |, and |, or )[0-9][0-9.]*)*(?:, | and | or |, and |, or )$");
    // A street address: 500 E Street SW, 1600 Pennsylvania Avenue.
    static const RE2 street_after(
        "^ (?:[NSEW]\\.? )?(?:[A-Z][a-z]+ ){0,3}(?:Street|St\\.|Avenue|Ave\\.|Road|Rd\\.|Boulevard|Blvd\\.|Lane|Drive|"
        "Place|Square|Plaza|Parkway)(?:[^A-Za-z]|$)");
    const std::string_view right = f_.substr(std::min(f_.size(), s + n.length), 48);
    if (RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), reference_list) ||
        RE2::PartialMatch(re2::StringPiece(right.data(), right.size()), street_after))
      return std::nullopt;
    // 232條款 (Section 232), 301条款: the number of a legal clause. (条 alone
    // also counts items: 10条措施.)
    if (right.rfind("条款", 0) == 0 || right.rfind("條款", 0) == 0) return std::nullopt;
  }
  if (n.has_digits && !n.has_scale && n.length == 2) {
    // 2026–27, FY 2021-22: the second year of a split year, not a number.
    static const RE2 split_year_left("(?:^|[^\\d])((?:19|20)\\d\\d) ?[-–/] ?$");
    int first_year = 0;
    if (RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), split_year_left, &first_year) &&
        (first_year + 1) % 100 == static_cast<int>(n.value))
      return std::nullopt;
  }
  if (n.has_digits && !n.has_scale) {
    // ISO dates (2024-11-16), phone numbers (+852 2345 6789), codes.
    static const RE2 iso_left("\\d{4}-(?:\\d{1,2}-)?$");
    static const RE2 iso_right("-\\d{1,2}(?:-\\d{1,2})?(?:$|[^\\d])");
    static const RE2 digits_around_left("(?:^|[^\\d,.])\\d+ $");
    // The last group of a phone number: 020-38819999 (an area code starts
    // with 0), 052-000-1234 (three groups). A range (5-10%) has neither.
    // (NFKC made the full-width comma of "，025-57710263" ASCII.)
    static const RE2 phone_left("(?:(?:^|[^\\d.,]|[^\\d],)0\\d{1,4}|\\d-\\d{2,4})-$");
    // +852 2345 6789: a country code before more digit groups. A signed
    // change (+3.5%, +0.7 pp) has a decimal part or a unit instead.
    if (prev == U'+') {
      static const RE2 more_groups("^[ \\-(]?\\d");
      std::string_view r = f_.substr(e);
      const bool whole = f_.substr(s, e - s).find('.') == std::string_view::npos;
      // ASEAN+3, G7+1: glued to a name.
      const char32_t before_plus = CpBefore(f_, ps);
      if (before_plus < 0x80 && (IsAlpha(static_cast<char>(before_plus)) || IsDigit(static_cast<char>(before_plus))))
        return std::nullopt;
      if (whole && (r.empty() || more_groups.Match(re2::StringPiece(r.data(), std::min<size_t>(r.size(), 4)), 0,
                                                   std::min<size_t>(r.size(), 4), RE2::ANCHOR_START, nullptr, 0)))
        return std::nullopt;
    }
    if (prev == U'-' && RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), phone_left))
      return std::nullopt;
    if (prev == U'-' && RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), iso_left))
      return std::nullopt;
    std::string_view r = RightWindow(f_, e);
    // 000333.SZ, 600690.SH, 7203.T: a stock code with its exchange.
    static const RE2 exchange_after("^\\.(?:SZ|SH|SS|HK|BJ|T|KS|KQ|TW|TWO)(?:$|[^A-Za-z])");
    if (n.length >= 4 && !r.empty() && r[0] == '.' &&
        exchange_after.Match(re2::StringPiece(r.data(), r.size()), 0, r.size(), RE2::ANCHOR_START, nullptr, 0))
      return std::nullopt;
    const bool next_is_dash = !r.empty() && r[0] == '-';
    if (n.length == 4 && next_is_dash && iso_right.Match(re2::StringPiece(r.data(), r.size()), 0, r.size(), RE2::ANCHOR_START,
                                         nullptr, 0))
      return std::nullopt;
    if (r.size() >= 2 && r[0] == ' ' && IsDigit(r[1])) return std::nullopt;
    if (prev == U' ' && RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), digits_around_left))
      return std::nullopt;
  }
  // Japanese given names written in kanji numerals (浩二, 健一) sit right
  // after other kanji; Japanese writes figures in digits or after 約/計, or
  // as a numeral of several characters (全国四十八か所, as the Diet's record
  // writes numbers), which names do not hold.
  if (lang == "ja" && !n.has_digits && !n.has_scale && !n.is_percent && n.length <= 3 && utf8::IsHan(prev) &&
      !lex_.MatchBefore(FigureLexicon::kQualBefore, left))
    return std::nullopt;

  // Glued on the right: 45th, 1970s, 21:44, 3/22.
  char32_t next = CpAt(f_, e);
  if (n.has_digits) {
    if (next == U':' || next == U'/') {
      char32_t after = CpAt(f_, e + 1);
      if (after < 0x80 && IsDigit(static_cast<char>(after))) return std::nullopt;
    }
    if (next == U'.' && e + 1 < f_.size() && IsDigit(f_[e + 1])) return std::nullopt;  // 1.2.3
    if (next == U'+' && e + 1 < f_.size() && IsDigit(f_[e + 1])) return std::nullopt;  // 10+3: a name
  }
  if (n.has_digits && !n.has_scale && IsListNumber(s, e)) return std::nullopt;
  if (n.digit_by_digit) return std::nullopt;
  if (n.has_digits && !cjk && LooksLikeDate(s, e)) return std::nullopt;

  // ---- right side: what the number measures
  size_t p = e;
  bool bare_scale_word = n.is_word && n.has_scale && n.value >= 1e6 && n.length <= 8 &&
                         (f_.compare(s, 1, "a") != 0);  // "trillion" alone, not "five million"
  auto win = [&](size_t at) { return RightWindow(f_, at); };
  enum class Kind { kNone, kMoney, kPercent, kMultiple, kUnit, kCount } kind = Kind::kNone;

  // 300多倍, 5万余家: an "over" between the number and what it measures.
  std::string mid_approx;
  if (cjk || !n.has_digits) {
    if (auto mid = lex_.MatchAfter(FigureLexicon::kQualMid, win(p))) {
      size_t q = p + mid->end;
      std::string_view w = win(q);
      if (lex_.MatchAfter(FigureLexicon::kCurrencyAfter, w) || lex_.MatchAfter(FigureLexicon::kMultipleAfter, w) ||
          lex_.MatchAfter(FigureLexicon::kCounterAfter, w) || lex_.MatchAfter(FigureLexicon::kUnitAfter, w) ||
          lex_.MatchAfter(FigureLexicon::kPercentAfter, w)) {
        mid_approx = mid->value;
        p = q;
      }
    }
  }

  // 翻了一番 (doubled), 翻两番 (quadrupled): n doublings, a multiple of 2^n.
  bool doubling = false;
  if (cjk && !n.has_digits && !n.is_percent && !n.is_fraction && n.value >= 1 && n.value <= 4 &&
      f_.compare(e, 3, "番") == 0) {
    for (std::string_view verb : {std::string_view("翻了"), std::string_view("翻")}) {
      if (s >= verb.size() && f_.compare(s - verb.size(), verb.size(), verb) == 0) {
        doubling = true;
        kind = Kind::kMultiple;
        fig.unit = "x";
        fig.value = std::pow(2.0, n.value);
        fig.start = s - verb.size();
        p = e + 3;
        break;
      }
    }
  }
  if (doubling) {
    // kind and unit are decided
  } else if (n.is_percent) {
    kind = Kind::kPercent;
    fig.unit = "%";
  } else if (auto cur = lex_.MatchAfter(FigureLexicon::kCurrencyAfter, win(p))) {
    // A hyphen joins only a bare scale to its currency (trillion-yuan industries).
    bool hyphen = cur->start > 0 && f_[p] == '-';
    // 1ドル＝145円, 1 euro = 1.16 dollars: one unit of a currency is the base
    // of an exchange rate, not an amount (NFKC made ＝ "=").
    size_t after = p + cur->end;
    while (after < f_.size() && f_[after] == ' ') ++after;
    if (n.value == 1 && !n.has_scale && after < f_.size() && f_[after] == '=') return std::nullopt;
    if (!hyphen || bare_scale_word || n.has_digits) {
      kind = Kind::kMoney;
      fig.unit = cur->value;
      // A currency's hundredth (29.8 HK cents, 5 US cents): the amount in
      // the currency itself (currencies.tsv writes the code with "/100").
      if (fig.unit.size() > 4 && fig.unit.compare(fig.unit.size() - 4, 4, "/100") == 0) {
        fig.unit.resize(fig.unit.size() - 4);
        fig.value /= 100;
      }
      if (cur->surface == "元" && lang == "zh-Hant" && !local_yuan_.empty()) fig.unit = local_yuan_;
      if (!local_dollar_.empty() && (LowerAscii(cur->surface) == "dollars" || LowerAscii(cur->surface) == "dollar"))
        fig.unit = local_dollar_;
      p += cur->end;
    }
  }
  if (kind == Kind::kNone) {
    if (auto pct = lex_.MatchAfter(FigureLexicon::kPercentAfter, win(p))) {
      bool spaced = pct->start > 0;
      bool latin = IsAlpha(pct->surface[0]);
      // Taiwan's 碼 is a quarter point, a step of a policy rate: 降息1碼 is
      // 0.25 pp. Only after 息 (rate): elsewhere 碼 is a yard.
      const bool notch = pct->value == "notch";
      const bool rate_before =
          notch && f_.substr(s >= 15 ? s - 15 : 0, s >= 15 ? 15 : s).find("息") != std::string_view::npos;
      // "pp" and "ppt" only right after the digits or one space; never for CJK numerals.
      if (!(spaced && !latin) && (n.has_digits || n.is_word || !latin) && (!notch || rate_before)) {
        kind = Kind::kPercent;
        fig.unit = pct->value;
        // Basis points are hundredths of a percentage point (25 bp = 0.25 pp).
        if (fig.unit == "bp") {
          fig.unit = "pp";
          fig.value /= 100;
        }
        if (notch) {
          fig.unit = "pp";
          fig.value *= 0.25;
        }
        p += pct->end;
      }
    }
  }
  if (kind == Kind::kNone) {
    if (auto mul = lex_.MatchAfter(FigureLexicon::kMultipleAfter, win(p))) {
      std::string sur = LowerAscii(mul->surface);
      bool ok = true;
      if (sur == "x") ok = mul->start == 0 && n.has_digits;
      if (sur == "times") {
        // A multiple only with a comparison after it or a change before it.
        size_t q = p + mul->end;
        size_t w = q;
        if (w < f_.size() && f_[w] == ' ') ++w;
        size_t we = w;
        while (we < f_.size() && IsAlpha(f_[we])) ++we;
        std::string word = LowerAscii(f_.substr(w, we - w));
        ok = lex_.IsMultipleContext(word) || std::floor(n.value) != n.value;
        if (!ok) {
          std::string_view l = LeftWindow(f_, s);
          auto qual = lex_.MatchBefore(FigureLexicon::kQualBefore, l);
          if (qual) l = l.substr(0, qual->start);
          ok = lex_.MatchBefore(FigureLexicon::kChangeBefore, l).has_value();
        }
      }
      if (ok) {
        kind = Kind::kMultiple;
        fig.unit = "x";
        p += mul->end;
      } else if (sur == "times") {
        return std::nullopt;  // "met three times": occurrences, not a figure
      }
    }
  }
  if (kind == Kind::kNone) {
    if (auto unit = lex_.MatchAfter(FigureLexicon::kUnitAfter, win(p))) {
      bool latin = IsAlpha(unit->surface[0]);
      // A Latin unit after a number in words needs a word of its own
      // ("sixty-six million tonnes"), not a symbol ("one t", "a m").
      if (!latin || n.has_digits || unit->surface.size() >= 4) {
        kind = Kind::kUnit;
        fig.unit = unit->value;
        p += unit->end;
      }
    }
  }
  if (kind == Kind::kNone && !bare_scale_word) {
    // A time word (12分, 3時) makes no figure, unless a longer counter starts
    // with it (12分野: twelve fields).
    if (auto time = lex_.MatchAfter(FigureLexicon::kTimeAfter, win(p))) {
      auto counter = n.is_word ? std::nullopt : lex_.MatchAfter(FigureLexicon::kCounterAfter, win(p));
      // Japanese 年2回, 2回開催: a number of times, a count (第2回 and 2回目
      // are ordinals: 第 is read before, 目 here).
      const bool times = lang == "ja" && time->start == 0 && time->surface == "回" &&
                         f_.compare(p + time->end, 3, "目") != 0 && !LeftWindow(f_, s).ends_with("第");
      if (times) {
        kind = Kind::kCount;
        fig.unit = "count";
        fig.of = "回";
        p += time->end;
      } else if (!counter || counter->end <= time->end) {
        return std::nullopt;
      }
    }
    if (lex_.MatchAfter(FigureLexicon::kNameAfter, win(p))) return std::nullopt;
  }
  if (kind == Kind::kNone && !n.is_word) {
    if (auto counter = lex_.MatchAfter(FigureLexicon::kCounterAfter, win(p))) {
      std::string_view langs = counter->value;
      bool fits = lang == "ja" ? langs.find("ja") != std::string_view::npos
                               : langs.find("zh") != std::string_view::npos;
      if (!IsCjkLang(lang)) fits = true;  // a CJK counter decides by itself
      if (fits) {
        // 三か国は, 両国: a small count of countries in kanji names the
        // countries already named (日中韓の三か国), as "the three countries"
        // does in English; 15か国, 五か国 tell the reader something.
        static constexpr std::string_view kCountryCounters[] = {"か国", "カ国", "ヶ国", "ケ国", "箇国"};
        const bool countries = std::find(std::begin(kCountryCounters), std::end(kCountryCounters),
                                         counter->surface) != std::end(kCountryCounters);
        if (countries && !n.has_digits && !n.has_scale && n.value <= 3) return std::nullopt;
        // 日中韓３か国, 日米豪印4カ国: the count of the countries just named
        // by their one-character names.
        if (countries && CountryInitialsBefore(s) == n.value) return std::nullopt;
        // Chinese 国 counts only after digits (东盟10国): 两国, 三国 are the
        // countries just named.
        if ((counter->surface == "国" || counter->surface == "國") && !n.has_digits) return std::nullopt;
        // 三大领域, 三方面工作: a few major kinds or aspects, counted from two
        // to nine in everyday numerals. 二十大 names a Party congress, 十大
        // a top-ten list, and 陸 of 大陸方面 is no six.
        if (counter->surface == "大" || counter->surface == "方面") {
          const std::string_view numeral = f_.substr(s, e - s);
          if (n.has_scale || n.value < 2 || n.value > 9 || numeral == "陆" || numeral == "陸") return std::nullopt;
        }
        // 这三个项目, 該兩間公司, この3社: a number after a demonstrative
        // counts things already named.
        if (CjkDemonstrativeBefore(s)) return std::nullopt;
        kind = Kind::kCount;
        fig.unit = "count";
        p += counter->end;
        size_t noun_end;
        // 10国 counts countries: what follows (领导人, 率先生效) is not what it counts.
        const bool country = counter->surface == "国" || counter->surface == "國";
        std::string noun = country ? std::string() : CjkNoun(p, &noun_end, 4);
        fig.of = noun.empty() ? std::string(counter->surface) : noun;
        if (!noun.empty() && lang != "ja") p = noun_end;
      }
    }
  }
  // Japanese "15の省庁", "55の国・地域": a number, の, and the noun it
  // counts; "3つの基本方針", "三つの柱": the native counter つ before の
  // (two to nine; "この二つ" and 一つ count nothing new).
  const bool tsu = lang == "ja" && f_.compare(e, 6, "つの") == 0 && !n.has_scale && n.value >= 2 && n.value <= 9 &&
                   !CjkDemonstrativeBefore(s);
  if (kind == Kind::kNone && lang == "ja" && ((n.has_digits && f_.compare(e, 3, "の") == 0) || tsu)) {
    size_t noun_end;
    std::string noun = CjkNoun(e + (tsu ? 6 : 3), &noun_end, 6);
    // Two nouns joined by a middle dot are one: 国・地域.
    if (!noun.empty() && f_.compare(noun_end, 3, "・") == 0) {
      size_t more_end;
      const std::string more = CjkNoun(noun_end + 3, &more_end, 4);
      if (!more.empty()) {
        noun += "・" + more;
        noun_end = more_end;
      }
    }
    if (noun.size() >= (tsu ? 3u : 6u)) {  // two characters at least after a bare number
      kind = Kind::kCount;
      fig.unit = "count";
      fig.of = noun;
      p = noun_end;
    }
  }
  // US$12–13 billion: the first end of a range; the figure is read at the
  // second end (ExtendToRange gives it this currency).
  if (currency_before && kind == Kind::kNone && !n.has_scale) {
    static const RE2 range_next("(?:-|–|~|〜| to )\\d");
    std::string_view r = RightWindow(f_, e);
    if (range_next.Match(re2::StringPiece(r.data(), r.size()), 0, r.size(), RE2::ANCHOR_START, nullptr, 0))
      return std::nullopt;
  }
  if (currency_before) {
    if (kind == Kind::kNone || kind == Kind::kMoney) {
      bool bare_yuan = kind == Kind::kMoney && f_.compare(p - 3, 3, "元") == 0;
      kind = Kind::kMoney;
      if (fig.unit.empty() || bare_yuan) fig.unit = currency_before->value;
      if (currency_before->surface == "$" && !local_dollar_.empty()) fig.unit = local_dollar_;
      fig.start = s - (left.size() - currency_before->start);
    }
  }
  if (kind == Kind::kMoney && fig.unit == "?") fig.unit = ResolveYen(s, p, lang);
  // 美元兌港元匯率大致在7.78至7.85之間: a bare rate with decimals after "X兑Y"
  // is an amount of Y (for one X).
  if (kind == Kind::kNone && cjk && n.has_digits && !n.has_scale &&
      f_.substr(s, e - s).find('.') != std::string_view::npos) {
    if (std::string rate = RateCurrencyBefore(s); !rate.empty() && rate != "?") {
      kind = Kind::kMoney;
      fig.unit = rate;
    }
  }

  if (kind == Kind::kNone && !cjk && n.has_digits && !n.has_scale && !n.is_percent) {
    const bool decimals = f_.substr(s, e - s).find('.') != std::string_view::npos;
    if (std::string rate = EnglishRateCurrency(s, p, decimals); !rate.empty()) {
      kind = Kind::kMoney;
      fig.unit = rate;
    }
  }

  // English counts: "888 new enterprises", "a dozen members".
  bool refer_back_candidate = false;
  if (kind == Kind::kNone && !cjk) {
    std::string of;
    bool first_word_head = false;
    if (size_t np_end = EnglishNounPhrase(p, &of, &first_word_head)) {
      std::string head = LowerAscii(of.substr(of.rfind(' ') == std::string::npos ? 0 : of.rfind(' ') + 1));
      // Not a number of ten or more ("fourteen countries have ratified"), nor
      // one that the names of what it counts follow ("Three economies, India,
      // Malaysia and Viet Nam, …"): those introduce what they count.
      const bool names_follow = f_.compare(np_end, 2, ", ") == 0 && np_end + 2 < f_.size() &&
                                f_[np_end + 2] >= 'A' && f_[np_end + 2] <= 'Z';
      if (first_word_head && lex_.IsReferBackNoun(head) && n.value < 10 && !names_follow)
        refer_back_candidate = true;
      // "the three pillars", "these two documents": a definite word number
      // with a bare noun points back to things already listed.
      if (first_word_head && n.is_word) {
        static const RE2 definite("(?i)(?:^|[^A-Za-z])(?:the|these|those|all|its|their|our|both) $");
        std::string_view l = LeftWindow(f_, s);
        if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), definite)) refer_back_candidate = true;
      }
      kind = Kind::kCount;
      fig.unit = "count";
      fig.of = of;
      p = np_end;
    }
  }

  // ---- decide
  // 百万人, 千家, 延べ百件: a bare 百/千 is a number only with a counter, unit
  // or currency after it, and not inside a longer word (老百姓, 数百, 走进千家万户)
  // unless a qualifier (逾百万人, 近千家) or a word for a total (総額千七億円,
  // 共计千余人) stands right before it.
  if (n.bare_unit_start) {
    if (kind == Kind::kNone) return std::nullopt;
    if (utf8::IsHan(prev) && !lex_.MatchBefore(FigureLexicon::kQualBefore, left) &&
        !lex_.MatchBefore(FigureLexicon::kAmountBefore, left))
      return std::nullopt;
    // 百万円 standing alone, as a table writes its unit (百万円　　％, （百万円未満切捨て）),
    // measures nothing.
    const char32_t after = CpAt(f_, p);
    const bool stands_alone = after == 0 || after == U' ' || after == U'\u3000' || after == U'\n' ||
                              after == U')' || after == U'）' || f_.compare(p, 6, "未満") == 0;
    const bool opens = prev == 0 || prev == U' ' || prev == U'\u3000' || prev == U'\n' || prev == U'(' ||
                       prev == U'（';
    if (stands_alone && opens) return std::nullopt;
  }
  if (n.is_fraction) {
    if (kind != Kind::kNone && kind != Kind::kCount) return std::nullopt;
    if (n.is_word && !FractionInContext(s, e)) return std::nullopt;
    fig.value = std::round(n.value * 100 * 1e9) / 1e9;  // 2/3 -> 66.666666667, not 66.6666666667000004
    fig.unit = "%";
    fig.of.clear();
    p = e;
    kind = Kind::kPercent;
  }
  if (kind == Kind::kNone) {
    if (n.is_word || !n.has_digits) {
      // CJK numerals and English words need something they measure, except a
      // large scaled CJK number (二十万).
      if (!(!n.is_word && n.has_scale && n.value >= 1e4)) return std::nullopt;
    } else {
      bool year_like = !n.has_scale && n.length == 4 && n.value >= 1900 && n.value <= 2100 &&
                       std::floor(n.value) == n.value;
      if (year_like) return std::nullopt;
      // A bare number glued to CJK text (3点, 15省) is not a figure we can read.
      if (next >= 0x80 && IsHanOrKana(next) && !n.has_scale) return std::nullopt;
      if (next < 0x80 && IsAlpha(static_cast<char>(next))) return std::nullopt;  // 45th, 1970s
      if (!n.has_scale && n.value < 10 && std::floor(n.value) == n.value) return std::nullopt;
      // The first end of a range (10-20%, between 10 and 20 percent, 03-1234):
      // the figure is the second end with its unit.
      static const RE2 range_start("(?:-|–|~|〜| ?(?:to|and|or|至|到|から|~) ?)\\d");
      std::string_view r = RightWindow(f_, e);
      if (range_start.Match(re2::StringPiece(r.data(), r.size()), 0, r.size(), RE2::ANCHOR_START, nullptr, 0))
        return std::nullopt;
      // 1.5-degree, 10-point plan: a number inside a compound adjective.
      if (next == U'-' && e + 1 < f_.size() && IsAlpha(f_[e + 1])) return std::nullopt;
      // Boeing 737, Vision 2030, Windows 11: a bare number after a capitalised
      // word is a name, unless that word is a qualifier (Over 160).
      if (!cjk && !n.has_scale) {
        size_t we = s;
        while (we > 0 && f_[we - 1] == ' ') --we;
        size_t ws = we;
        while (ws > 0 && IsAlpha(f_[ws - 1])) --ws;
        if (ws < we && we < s && f_[ws] >= 'A' && f_[ws] <= 'Z' &&
            !lex_.MatchBefore(FigureLexicon::kQualBefore, LeftWindow(f_, s)))
          return std::nullopt;
      }
    }
    kind = Kind::kCount;
    fig.unit = "count";
  }
  if (bare_scale_word && kind != Kind::kMoney) return std::nullopt;
  // "(US$ billion)": a unit written for a table, no amount.
  if (bare_scale_word && currency_before) return std::nullopt;
  // "US$11 per million BTU", "per 1,000 people": the unit of a rate, no figure.
  {
    static const RE2 per_before("(?i)(?:^|[^a-z])per (?:a |an )?$");
    std::string_view l = LeftWindow(f_, s);
    if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), per_before)) return std::nullopt;
  }
  if (bare_scale_word) fig.approx = "about";
  // IONIQ 5, PS 5: a number right after a word in capitals names a model,
  // even with a noun after it (1,000 IONIQ 5 electric vehicles).
  if (n.has_digits && !n.has_scale && kind == Kind::kCount && !cjk && prev == U' ') {
    size_t we = s - 1, ws = we;
    while (ws > 0 && IsAlpha(f_[ws - 1])) --ws;
    bool caps = we - ws >= 2;
    for (size_t i = ws; i < we && caps; ++i) caps = f_[i] >= 'A' && f_[i] <= 'Z';
    if (caps && !lex_.MatchBefore(FigureLexicon::kQualBefore, LeftWindow(f_, s))) return std::nullopt;
  }
  if (n.has_digits && !n.has_scale && kind == Kind::kCount) {
    bool year_like = n.length == 4 && n.value >= 1900 && n.value <= 2100 && std::floor(n.value) == n.value;
    // "2023 marks", "the 2023 survey": a year, whatever follows.
    if (year_like && lang == "en") return std::nullopt;
  }
  if (kind == Kind::kCount) {
    // Small word numbers that only refer back (the two countries, both sides).
    if (n.is_word && n.value < 3 && !n.has_scale) return std::nullopt;
    if (n.is_word && refer_back_candidate) return std::nullopt;
    // 一个, 1人当たり: "one", "per". A zero written in digits is a count
    // reported (反对0票, 0件): none of something.
    const bool zero_count = n.has_digits && n.value == 0;
    if (!n.has_scale && n.value <= 1 && !zero_count) return std::nullopt;
    // 二人, 二社 in Japanese mostly refer back to a pair already named.
    if (lang == "ja" && !n.has_digits && !n.has_scale && n.value <= 2) return std::nullopt;
    if (n.value == 0 && !zero_count) return std::nullopt;
  }
  if (n.is_word && !n.has_scale && n.value <= 1 && kind == Kind::kNone) return std::nullopt;

  // ---- qualifiers and change
  if (!mid_approx.empty()) fig.approx = mid_approx;
  if (kind != Kind::kNone) {
    auto qa = lex_.MatchAfter(FigureLexicon::kQualAfter, win(p));
    // Japanese 3割多い is "30% more" (the adjective 多い), not 3割多 "over 30%".
    if (qa && qa->surface == "多" && f_.compare(p + qa->end, 3, "い") == 0) qa.reset();
    // 兩座廠加起來超過1.2兆: 超過 ("exceeds") opens the next figure; no "over" of this one.
    if (qa && qa->surface == "超" && (f_.compare(p + qa->end, 3, "過") == 0 || f_.compare(p + qa->end, 3, "过") == 0))
      qa.reset();
    if (qa) {
      // English ones ("or more", "and above") follow the unit or the counted
      // noun: "28 nanometers and above", "50 employees or more".
      bool latin = IsAlpha(qa->surface[0]);
      if (latin || cjk || kind != Kind::kCount || fig.of.empty()) {
        fig.approx = qa->value;
        p += qa->end;
      }
    }
  }
  size_t left_edge = fig.start;
  std::string_view lw = LeftWindow(f_, left_edge);
  auto qb = lex_.MatchBefore(FigureLexicon::kQualBefore, lw);
  // 签约12个, 条约, 节约: a 约 that ends a word is no "about".
  static constexpr std::u32string_view kEndsWithYue = U"签簽预預合条條公契节節制相邀违違履誓规規";
  if (qb && (qb->surface == "约" || qb->surface == "約") &&
      kEndsWithYue.find(CpBefore(lw, qb->start)) != std::u32string_view::npos)
    qb.reset();
  // 扩大约1.2万亿元: the 大 of 扩大 (a change up) and 约, not 大约.
  static constexpr std::u32string_view kEndsWithDa = U"扩擴放加增壮壯";
  if (qb && (qb->surface == "大约" || qb->surface == "大約") &&
      kEndsWithDa.find(CpBefore(lw, qb->start)) != std::u32string_view::npos)
    qb->start += std::string_view("大").size(), qb->surface.remove_prefix(std::string_view("大").size());
  if (qb) {
    fig.approx = qb->value;
    left_edge = left_edge - (lw.size() - qb->start);
    fig.start = left_edge;
    lw = lw.substr(0, qb->start);
  }
  if (n.is_word && n.value == 12 && f_.compare(s, 1, "a") == 0 && fig.approx == "exact") fig.approx = "about";
  auto cb = lex_.MatchBefore(FigureLexicon::kChangeBefore, lw);
  if (cb && cb->start > 0) {
    // "making up 10%", "set up 15 offices": a phrasal verb, not a change.
    size_t we = cb->start;
    while (we > 0 && lw[we - 1] == ' ') --we;
    size_t ws = we;
    while (ws > 0 && IsAlpha(lw[ws - 1])) --ws;
    if (ws < we && lex_.BlocksChange(LowerAscii(lw.substr(ws, we - ws)))) cb.reset();
  }
  if (cb) {
    fig.change = cb->value;
  } else if (auto ca = lex_.MatchAfter(FigureLexicon::kChangeAfter, win(p))) {
    fig.change = ca->value;
  }
  if (doubling) fig.change = "up";
  // A percentage written with its sign is a change: +3.5% up, -5.3% down
  // (a minus after a space, a bracket or CJK text, not the hyphen of 5-10%).
  if (fig.change.empty() && (kind == Kind::kPercent) && fig.start == s) {
    if (prev == U'+') {
      fig.change = "up";
    } else if (prev == U'-' || prev == U'\u2212') {
      const char32_t before_sign = CpBefore(f_, ps);
      if (before_sign == 0 || before_sign == U' ' || before_sign == U'\n' || before_sign == U'(' ||
          before_sign >= 0x80)
        fig.change = "down";
    }
  }
  fig.end = p;
  return fig;
}

// The lower-cased ASCII word at i (letters only) in buf; its length, or 0
// when longer than the buffer.
size_t LowerWordAt(std::string_view f, size_t i, char (&buf)[16]) {
  size_t n = 0;
  while (i + n < f.size() && IsAlpha(f[i + n])) {
    if (n == sizeof buf) return 0;
    buf[n] = Lower(f[i + n]);
    ++n;
  }
  return n;
}

// Whether an English word that may begin a numeral starts at i: a number
// word, or "a"/"an" before dozen/half/third/quarter/million... Saves calling
// the parser on every word of English text.
bool IsNumberWordStart(std::string_view f, size_t i) {
  static constexpr std::string_view kWords[] = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
      "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "half", "million", "billion", "trillion"};
  static constexpr std::string_view kAfterA[] = {"dozen", "half", "third", "quarter", "fifth", "tenth",
                                                 "million", "billion", "trillion"};
  char buf[16];
  size_t n = LowerWordAt(f, i, buf);
  if (n == 0) return false;
  std::string_view w(buf, n);
  if (w == "a" || w == "an") {
    size_t j = i + n;
    if (j >= f.size() || f[j] != ' ') return false;
    size_t m = LowerWordAt(f, j + 1, buf);
    std::string_view next(buf, m);
    for (std::string_view a : kAfterA)
      if (next == a) return true;
    return false;
  }
  for (std::string_view word : kWords)
    if (w == word) return true;
  return false;
}

// Whether a BMP character can start a CJK numeral (a bitmap built once from
// the cases of MayStartNumeral).
bool MayStartNumeral(std::string_view f, size_t i, char32_t c);
bool CjkNumeralStart(char32_t c) {
  static const std::vector<bool> bitmap = [] {
    std::vector<bool> bits(0x10000, false);
    for (char32_t cp : std::u32string_view(U"〇零一壹二贰貳两兩弐三叁參参四肆五伍六陆陸七柒八捌九玖十拾廿卅百千万萬"))
      bits[cp] = true;
    return bits;
  }();
  return c < 0x10000 && bitmap[c];
}

// Numeral starts: ASCII digits, CJK digits/十/廿/卅, 百分之, and English words
// that may begin a number (checked by the parser).
bool MayStartNumeral(std::string_view f, size_t i, char32_t c) {
  if (c < 0x80) {
    char ch = static_cast<char>(c);
    if (IsDigit(ch)) return i == 0 || !IsDigit(f[i - 1]);
    if (!IsAlpha(ch)) return false;
    if (i > 0 && IsAlpha(f[i - 1])) return false;
    return IsNumberWordStart(f, i);
  }
  switch (c) {
    case U'〇': case U'零': case U'一': case U'壹': case U'二': case U'贰': case U'貳': case U'两':
    case U'兩': case U'弐': case U'三': case U'叁': case U'參': case U'参': case U'四': case U'肆':
    case U'五': case U'伍': case U'六': case U'陆': case U'陸': case U'七': case U'柒': case U'八':
    case U'捌': case U'九': case U'玖': case U'十': case U'拾': case U'廿': case U'卅': case U'百':
    case U'千': case U'万': case U'萬':
      return true;
    default:
      return false;
  }
}

// Replaces a single line break inside running text by a space: between
// Latin letters/digits/commas and a lower-case letter or digit, or between
// two CJK characters or digits (not after a sentence end).
std::string JoinWrappedLines(std::string_view f) {
  std::string out(f);
  for (size_t i = 1; i + 1 < out.size(); ++i) {
    if (out[i] != '\n' || out[i - 1] == '\n' || out[i + 1] == '\n') continue;
    char32_t before = CpBefore(out, i);
    char32_t after = CpAt(out, i + 1);
    bool latin_before = before < 0x80 && (IsAlpha(static_cast<char>(before)) ||
                                          IsDigit(static_cast<char>(before)) || before == ',' || before == '-');
    bool latin_after = after < 0x80 && ((after >= 'a' && after <= 'z') || IsDigit(static_cast<char>(after)) ||
                                        after == '$' || after == '%');
    bool cjk_before = IsHanOrKana(before) || before == U'，' || before == U'、';
    bool cjk_after = IsHanOrKana(after);
    if ((latin_before && latin_after) || (cjk_before && cjk_after) ||
        (before < 0x80 && IsDigit(static_cast<char>(before)) && cjk_after) ||
        (cjk_before && after < 0x80 && IsDigit(static_cast<char>(after))))
      out[i] = ' ';
  }
  return out;
}

// Whether NFKC leaves `text` unchanged, decided character by character with
// ICU's quick-check property and combining class (char_props: a table
// lookup). Most English paragraphs pass, and then the extractor reads them as
// they are, without a folded copy.
bool NfkcStable(std::string_view text) {
  for (size_t pos = 0; pos < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    char32_t c = utf8::Next(text, &pos);
    const uint8_t flags = char_props::Flags(c);
    if (!(flags & char_props::kNfkcQuickCheckYes) || (flags & char_props::kCombining)) return false;
  }
  return true;
}

class FigureExtractor : public Extractor {
 public:
  FigureExtractor() : lex_(FigureLexicon::Default()), parser_(DefaultNumeralParser()) {}
  FactType type() const override { return FactType::kFigure; }

  void Extract(const Document& doc, const ExtractContext&, std::vector<Fact>* out) const override {
    // Segment by segment: a figure never crosses a paragraph, the windows
    // stay inside one language, and the folded copies stay small.
    const std::string local_yuan = FigureReader::LocalYuan(doc.text);
    const std::string local_dollar = FigureReader::LocalDollar(doc.text, lex_);
    // Numbers in table cells take the unit the table declares for them
    // (extract/table_cells.h), and the values of a diffusion index are
    // points or index levels (extract/diffusion_index.h); what the reader
    // makes of such a number is dropped.
    std::vector<Fact> declared = TableCellFigures(doc, local_yuan, local_dollar);
    for (Fact& f : IndexValueFigures(doc)) declared.push_back(std::move(f));
    std::stable_sort(declared.begin(), declared.end(),
                     [](const Fact& a, const Fact& b) { return a.span.start < b.span.start; });
    std::vector<Fact> read;
    for (const Segment& seg : doc.segments) ExtractSegment(doc, seg, local_yuan, local_dollar, &read);
    size_t c = 0;
    for (Fact& f : read) {
      while (c < declared.size() && declared[c].span.end <= f.span.start) ++c;
      const bool overlaps = c < declared.size() && declared[c].span.start < f.span.end;
      if (!overlaps) out->push_back(std::move(f));
    }
    for (Fact& f : declared) out->push_back(std::move(f));
  }

 private:
  // The value of one unit as declared in a table ("亿元" -> 1e8 CNY, "US$
  // billion" -> 1e9 USD, "%" -> 1 %), read by this extractor from a number
  // written with it; nullopt when it reads as no unit.
  std::optional<std::pair<double, std::string>> UnitValue(const std::string& declared, std::string_view lang,
                                                          std::string_view local_yuan,
                                                          std::string_view local_dollar) const {
    if (declared == kIndexUnit) return std::make_pair(1.0, std::string(kIndexUnit));
    // Percentage points before percent: "(percentage points)" says both.
    static const RE2 kPoints("(?i)percentage points?|ポイント|百分点|百分點|^pp$|^points?$");
    if (RE2::PartialMatch(declared, kPoints)) return std::make_pair(1.0, std::string("pp"));
    static const RE2 kPercent("(?i)%|％|percent|per cent|百分比");
    if (RE2::PartialMatch(declared, kPercent)) return std::make_pair(1.0, std::string("%"));
    // 2, not 1: "1人" and "one" are no figures.
    std::vector<std::string> forms = {"2" + declared, "2 " + declared};
    // "billions of yen", "millions of U.S. dollars": a caption's plural scale
    // reads as the scale written with a number (2 billion yen).
    static const RE2 kPluralScale("(?i)^(thousand|million|billion|trillion)s of (.+)$");
    std::string scale, what;
    if (RE2::FullMatch(declared, kPluralScale, &scale, &what)) forms.insert(forms.begin(), "2 " + scale + " " + what);
    // A currency before its scale: "US$ billion", "RMB'000"-like "人民幣千元" (人民幣2千元).
    static const RE2 kSymbolFirst(
        "^([^\\s\\d]{1,4}\\$|\\$|€|£|¥|RMB|USD|EUR|JPY|CNY|HKD|人民币|人民幣|港币|港幣|新台币|新臺幣) ?(.*)$");
    std::string symbol, rest;
    if (RE2::FullMatch(declared, kSymbolFirst, &symbol, &rest)) {
      forms.insert(forms.begin(), symbol + "2 " + rest);
      forms.insert(forms.begin(), symbol + "2" + rest);  // 人民幣2千元, with no space between
    }
    for (const std::string& form : forms) {
      Document probe;
      probe.text = form;
      Segment seg;
      seg.span = {0, form.size()};
      seg.lang = std::string(lang);
      seg.kind = SegmentKind::kParagraph;
      probe.segments.push_back(seg);
      std::vector<Fact> facts;
      ExtractSegment(probe, probe.segments[0], local_yuan, local_dollar, &facts);
      for (const Fact& f : facts) {
        const std::string unit = f.attrs.value("unit", std::string());
        if (f.span.start == 0 && f.span.end + 1 >= form.size() && unit != "count" && !unit.empty())
          return std::make_pair(f.attrs.value("value", 0.0) / 2, unit);
        // A counter the figure reads whole ("万辆", "千人": 2万辆 is 20,000
        // vehicles) declares counts; a word it leaves out is no unit.
        if (f.span.start == 0 && f.span.end == form.size() && unit == "count")
          return std::make_pair(f.attrs.value("value", 0.0) / 2, unit);
      }
    }
    return std::nullopt;
  }

  // The values of a diffusion index: signed balances in percentage points,
  // levels on a 0-100 scale as an index.
  static std::vector<Fact> IndexValueFigures(const Document& doc) {
    std::vector<Fact> out;
    for (const IndexValue& index : FindIndexValues(doc)) {
      Fact fact = MakeFact(doc, FactType::kFigure, index.span);
      fact.attrs["value"] = index.value;
      fact.attrs["unit"] = index.level ? "index" : "pp";
      fact.attrs["approx"] = "exact";
      out.push_back(std::move(fact));
    }
    return out;
  }

  std::vector<Fact> TableCellFigures(const Document& doc, std::string_view local_yuan,
                                     std::string_view local_dollar) const {
    std::vector<Fact> out;
    std::map<std::string, std::optional<std::pair<double, std::string>>> units;
    for (const TableCell& cell : FindTableCells(doc)) {
      const Segment* seg = doc.SegmentAt(cell.span.start);
      const std::string lang = seg ? seg->lang : std::string();
      auto [it, fresh] = units.try_emplace(cell.unit + "\t" + lang);
      if (fresh) it->second = UnitValue(cell.unit, lang, local_yuan, local_dollar);
      if (!it->second) continue;
      const auto& [scale, unit] = *it->second;
      // 2106.3 x 1e8 is 210630000000.00003 in binary: keep 12 digits.
      auto value = [&, scale = scale](std::string digits) {
        digits.erase(std::remove(digits.begin(), digits.end(), ','), digits.end());
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.12g", std::strtod(digits.c_str(), nullptr) * scale);
        return std::strtod(buf, nullptr);
      };
      Fact fact = MakeFact(doc, FactType::kFigure, cell.span);
      // A sign in a column of changes is the direction (change down, the value
      // positive); elsewhere a minus, ▲ or △ is a negative amount (差引 ▲1,175:
      // a deficit).
      const bool minus = !cell.sign.empty() && cell.sign != "+";
      fact.attrs["value"] = !cell.growth && minus ? -value(cell.first) : value(cell.first);
      if (!cell.second.empty()) fact.attrs["value_max"] = value(cell.second);
      fact.attrs["unit"] = unit;
      fact.attrs["approx"] = cell.about ? "about" : "exact";
      if (cell.growth) fact.attrs["change"] = (cell.sign.empty() || cell.sign == "+") ? "up" : "down";
      if (!cell.of.empty()) fact.attrs["of"] = cell.of;
      out.push_back(std::move(fact));
    }
    return out;
  }

  void ExtractSegment(const Document& doc, const Segment& seg, std::string_view local_yuan,
                      std::string_view local_dollar, std::vector<Fact>* out) const {
    std::string_view original = doc.slice(seg.span);
    std::optional<FoldedText> folded;
    // The minus sign reads as a hyphen (phone numbers, ISO dates, ranges).
    if (!NfkcStable(original) || original.find("\u2212") != std::string_view::npos)
      folded.emplace(original, FoldOptions{.nfkc = true, .minus_as_hyphen = true, .fractions_as_decimals = true});
    auto to_original = [&](Span folded_span) { return folded ? folded->ToOriginal(folded_span) : folded_span; };
    // Hard-wrapped lines ("about 30\npercent") read as one line; the copy
    // keeps every byte offset of the folded text.
    std::string joined = JoinWrappedLines(folded ? std::string_view(folded->text()) : original);
    std::string_view f = joined;
    std::string_view lang = seg.lang;
    FigureReader reader(f, lex_, local_yuan, local_dollar);
    auto emit = [&](const Figure& fig, std::optional<double> value_max) {
      Span local = to_original(Span{fig.start, fig.end});
      // ③, ⑵, ㈠ number the items of a list (NFKC reads ③県民 as 3県民).
      if (size_t at = local.start; at < original.size() && EnclosedNumeral(utf8::Next(original, &at))) return;
      Fact fact = MakeFact(doc, FactType::kFigure, Span{seg.span.start + local.start, seg.span.start + local.end});
      fact.attrs["value"] = fig.value;
      if (value_max) fact.attrs["value_max"] = *value_max;
      fact.attrs["unit"] = fig.unit;
      fact.attrs["approx"] = fig.approx;
      if (!fig.change.empty()) fact.attrs["change"] = fig.change;
      if (!fig.of.empty()) fact.attrs["of"] = fig.of;
      out->push_back(std::move(fact));
    };
    size_t i = 0;
    while (i < f.size()) {
      unsigned char b = static_cast<unsigned char>(f[i]);
      if (b < 0x80 && !IsDigit(static_cast<char>(b)) && !IsAlpha(static_cast<char>(b))) {
        ++i;  // punctuation and spaces
        continue;
      }
      size_t next;
      char32_t c;
      if (b < 0x80) {
        c = b;
        next = i + 1;
      } else if ((b & 0xF0) == 0xE0 && i + 2 < f.size() && (f[i + 1] & 0xC0) == 0x80 &&
                 (f[i + 2] & 0xC0) == 0x80) {
        // Three-byte characters (all of CJK) decoded inline: most are not
        // numerals and are passed over right away.
        c = ((b & 0x0F) << 12) | ((f[i + 1] & 0x3F) << 6) | (f[i + 2] & 0x3F);
        next = i + 3;
        if (c == U'半' || c == U'過' || c == U'过' || (c == U'一' && f.compare(next, 3, "半") == 0)) {
          if (std::optional<Figure> fig = reader.ReadHalfCjk(i)) {
            emit(*fig, std::nullopt);
            i = fig->end;
            continue;
          }
        }
        if (!CjkNumeralStart(c)) {
          i = next;
          continue;
        }
      } else {
        c = CpAt(f, i, &next);
      }
      // "one in five": read before "one" is taken for a numeral of its own.
      if (c == 'o' || c == 'O' || c == 't' || c == 'T' || c == 'f' || c == 'F') {
        if (std::optional<Figure> fig = reader.ReadOneInN(i)) {
          emit(*fig, std::nullopt);
          i = fig->end;
          continue;
        }
      }
      if (MayStartNumeral(f, i, c)) {
        if (std::optional<Numeral> n = parser_.Parse(f, i); n && n->length > 0) {
          if (std::optional<Figure> fig = reader.Read(i, *n, lang)) {
            const std::optional<double> value_max = ExtendToRange(f, i, *n, local_dollar, &*fig);
            // A range whose first end was a figure of its own (2%至3%) replaces it.
            if (value_max) {
              const size_t range_start = seg.span.start + to_original(Span{fig->start, fig->end}).start;
              while (!out->empty() && out->back().type == FactType::kFigure && out->back().span.start >= range_start) {
                // 增长2%至3%: the change written before the first end is the range's.
                if (fig->change.empty()) fig->change = out->back().attrs.value("change", std::string());
                out->pop_back();
              }
            }
            emit(*fig, value_max);
            i = std::max(fig->end, i + n->length);
            continue;
          }
          i += n->length;
          // The digits after a hyphen belong to what was no figure: 内線27-216
          // (an extension), 第3-5条 (articles) make no figure of 216 or 5.
          if (n->has_digits && i + 1 < f.size() && f[i] == '-' && IsDigit(f[i + 1]) && reader.NamedBefore(i - n->length))
            for (++i; i < f.size() && IsDigit(f[i]);) ++i;
          continue;
        }
      }
      if (c < 0x80 && IsAlpha(static_cast<char>(c))) {  // skip the rest of the word
        const char lower = static_cast<char>(c | 0x20);
        if (lower == 'd' || lower == 't' || lower == 'q' || lower == 'f' || lower == 's' || lower == 'e' ||
            lower == 'n') {
          if (std::optional<Figure> fig = reader.ReadMultipleVerb(i)) {
            emit(*fig, std::nullopt);
            i = fig->end;
            continue;
          }
        }

        while (next < f.size() && IsAlpha(f[next])) ++next;
      }
      i = next;
    }
  }

  const FigureLexicon& lex_;
  const NumeralParser& parser_;

  // A range written with a bare first end (20 to 30 percent, 0.2-0.3
  // percentage point, 30～45ギガワット, 2-3万人): the first end was skipped (it
  // measures nothing on its own), and the figure read at the second end `n`
  // (folded offset i) becomes the whole range: it starts at the first end,
  // its value is the first end in the second's scale and unit, and the
  // second end is returned as value_max. Not after "from" (rose from 20 to
  // 30 percent: a change to the second). nullopt when there is no range.
  std::optional<double> ExtendToRange(std::string_view f, size_t i, const Numeral& n, std::string_view local_dollar,
                                      Figure* fig) const {
    if (fig->start != i || !n.has_digits || n.value == 0) return std::nullopt;
    static const RE2 range_left(
        "(?i)(?:^|[^\\d.,])(\\d[\\d,]*(?:\\.\\d+)?) ?(-|–|~|〜|～|to|and|至|到|から) ?$");
    std::string_view left = LeftWindow(f, i);
    re2::StringPiece first, sep;
    if (!RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), range_left, &first, &sep))
      return ExtendToMarkedRange(f, i, fig);
    const size_t first_at = static_cast<size_t>(first.data() - f.data());
    static const RE2 from_before("(?i)(?:^|[^a-z])(?:from|rose|fell|increased|decreased|grew|up|down) $");
    static const RE2 between_before("(?i)(?:^|[^a-z])between $");
    std::string_view before = LeftWindow(f, first_at);
    const re2::StringPiece before_piece(before.data(), before.size());
    if (RE2::PartialMatch(before_piece, from_before) && !RangingFrom(before)) return std::nullopt;
    if (LowerAscii(std::string(sep.data(), sep.size())) == "and" && !RE2::PartialMatch(before_piece, between_before))
      return std::nullopt;  // "10 and 20 percent": two figures
    std::optional<Numeral> n1 = parser_.Parse(f, first_at);
    if (!n1 || n1->has_scale || n1->length != first.size()) return std::nullopt;
    // The second end's digits alone, to find its scale (3万 -> 3, scale 10,000).
    std::string digits;
    for (size_t k = i; k < f.size() && (IsDigit(f[k]) || f[k] == ',' || f[k] == '.'); ++k)
      if (f[k] != ',') digits += f[k];
    const double d2 = digits.empty() ? 0 : std::strtod(digits.c_str(), nullptr);
    if (d2 <= 0) return std::nullopt;
    const double scale = n.value / d2, ratio = fig->value / n.value;
    const double v1 = n1->value * scale * ratio;
    if (!(v1 < fig->value)) return std::nullopt;  // 10-5 is no range
    const double max = fig->value;
    fig->value = v1;
    fig->start = first_at;
    // A currency written before the first end is the range's (US$12–13 billion).
    if (fig->unit == "count" || fig->unit.empty()) {
      std::string_view before_first = LeftWindow(f, first_at);
      if (auto cur = lex_.MatchBefore(FigureLexicon::kCurrencyBefore, before_first); cur && cur->value != "?") {
        fig->unit = cur->surface == "$" && !local_dollar.empty() ? std::string(local_dollar) : cur->value;
        fig->start = first_at - (before_first.size() - cur->start);
        fig->of.clear();
      }
    }
    return max;
  }

  // "duties ranging from 7.5 percent to 100 percent", "rates that vary from
  // 2 to 5%": after a verb of extent, from … to spans a range, not a change.
  static bool RangingFrom(std::string_view before) {
    static const RE2 kRangingFrom("(?i)(?:^|[^a-z])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)) from $");
    return RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), kRangingFrom);
  }

  // A range whose first end carries the same mark as the second (2%至3%,
  // 18.4% to 35.2%, 1,500億至1,950億元): the first end was read as a figure
  // of its own, and the caller drops it for the whole range. Not after
  // "from" or 从/由 (a change from one level to the other), nor with "and"
  // (two figures) or から (58%から65%に高める: from one level to another).
  std::optional<double> ExtendToMarkedRange(std::string_view f, size_t i, Figure* fig) const {
    static const RE2 marked_left(
        "(?i)(?:^|[^\\d.,])(\\d[\\d,]*(?:\\.\\d+)?)(%| ?percent| ?per cent|億|亿|万|萬) ?(?:-|–|~|〜|～|to|至|到) ?$");
    std::string_view left = LeftWindow(f, i);
    re2::StringPiece first, mark;
    if (!RE2::PartialMatch(re2::StringPiece(left.data(), left.size()), marked_left, &first, &mark))
      return std::nullopt;
    // The second end carries the same mark right after its digits.
    size_t k = i;
    while (k < f.size() && (IsDigit(f[k]) || f[k] == ',' || f[k] == '.')) ++k;
    const std::string_view mark_text(mark.data(), mark.size());
    if (f.substr(k, mark_text.size()) != mark_text) return std::nullopt;
    const size_t first_at = static_cast<size_t>(first.data() - f.data());
    static const RE2 from_before("(?i)(?:(?:^|[^a-z])(?:from|rose|fell|increased|decreased|grew|up|down) |[从從由])$");
    // 把预测从1%至3%下调至0%至2%: a forecast range revised to another range.
    static const RE2 revised_after("^(?:下调|上调|调降|调升|调整|下修|上修|下調|上調|調降|調升|調整)");
    std::string_view before = LeftWindow(f, first_at);
    const std::string_view after_range = f.substr(std::min(f.size(), k + mark_text.size()));
    if (RE2::PartialMatch(re2::StringPiece(before.data(), before.size()), from_before) && !RangingFrom(before) &&
        !RE2::PartialMatch(re2::StringPiece(after_range.data(), std::min<size_t>(after_range.size(), 12)), revised_after))
      return std::nullopt;
    std::optional<Numeral> n1 = parser_.Parse(f, first_at);
    if (!n1 || n1->length < first.size()) return std::nullopt;
    // A percent mark goes with a percentage, a scale (億, 万) with an amount.
    const bool percent_mark = mark_text == "%" || mark_text.find("per") != std::string_view::npos;
    if ((fig->unit == "%") != percent_mark) return std::nullopt;
    // The first end in the second's unit: a percentage as written, an amount
    // with its scale (1,500億) times whatever the currency adds (nothing).
    const double v1 =
        percent_mark ? std::strtod(std::string(first.data(), first.size()).c_str(), nullptr) : n1->value;
    const double max = fig->value;
    if (!(v1 < max) || v1 < 0) return std::nullopt;  // 0%至2% is a range
    fig->value = v1;
    fig->start = first_at;
    // 約1,500億至1,950億元: a qualifier before the first end is the range's.
    if (auto qb = lex_.MatchBefore(FigureLexicon::kQualBefore, before); qb && fig->approx == "exact") {
      fig->approx = qb->value;
      fig->start = first_at - (before.size() - qb->start);
    }
    return max;
  }
};

}  // namespace

std::unique_ptr<Extractor> MakeFigureExtractor() { return std::make_unique<FigureExtractor>(); }

}  // namespace dossier
