// NumeralParser: a hand-written reader over code points. Each call reads one
// numeral left to right and never backtracks more than one token, so a call
// costs O(length of the numeral) and the caller, which resumes after the
// numeral, stays linear over any text (a 5 MB run of digits is read once).
#include "extract/numeral.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>

#include "ingest/utf8.h"

namespace dossier {
namespace {

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// CJK digit value (0-9) or -1. 〇 and 零 are 0, and so is ○ (U+25CB, a
// white circle), which Hong Kong's releases write for 〇 (二○二四年); 两/兩
// are 2; financial forms.
int CjkDigit(char32_t c) {
  switch (c) {
    case U'〇': case U'零': case U'○': return 0;
    case U'一': case U'壹': case U'弌': return 1;
    case U'二': case U'贰': case U'貳': case U'两': case U'兩': case U'弐': return 2;
    case U'三': case U'叁': case U'參': case U'参': return 3;
    case U'四': case U'肆': return 4;
    case U'五': case U'伍': return 5;
    case U'六': case U'陆': case U'陸': return 6;
    case U'七': case U'柒': return 7;
    case U'八': case U'捌': return 8;
    case U'九': case U'玖': return 9;
    default: return -1;
  }
}

// Small units inside one section (十 百 千) or 0.
double SmallUnit(char32_t c) {
  switch (c) {
    case U'十': case U'拾': return 10;
    case U'百': case U'佰': return 100;
    case U'千': case U'仟': return 1000;
    default: return 0;
  }
}

// Section scales (万 亿 兆) or 0. 兆 is 10^12 as in Japanese and in modern
// Chinese financial writing.
double BigScale(char32_t c) {
  switch (c) {
    case U'万': case U'萬': return 1e4;
    case U'亿': case U'億': return 1e8;
    case U'兆': return 1e12;
    default: return 0;
  }
}

// 廿 (20) and 卅 (30) act like a digit followed by 十.
double TensCharacter(char32_t c) {
  if (c == U'廿') return 20;
  if (c == U'卅') return 30;
  return 0;
}

char32_t PeekCp(std::string_view s, size_t pos, size_t* next) {
  if (pos >= s.size()) {
    *next = pos;
    return 0;
  }
  size_t p = pos;
  char32_t c = utf8::Next(s, &p);
  *next = p;
  return c;
}

bool StartsWith(std::string_view s, size_t pos, std::string_view prefix) {
  return s.size() >= pos + prefix.size() && s.compare(pos, prefix.size(), prefix) == 0;
}

// Rounds away binary noise from scaling a decimal mantissa (157.52 * 1e9,
// 0.1 * 3): the value is re-read from its 12 significant digits.
double Tidy(double v) {
  if (!std::isfinite(v) || v == 0) return v;
  if (std::fabs(v) < 9e15 && v == std::floor(v)) return v;  // whole numbers are exact
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.12g", v);
  return std::strtod(buf, nullptr);
}

// "JPY 1 500", "EUR 12 000": a three-letter currency code and a space right
// before `pos`, where a number grouped by spaces may start.
bool CurrencyCodeBefore(std::string_view s, size_t pos) {
  if (pos < 4 || s[pos - 1] != ' ') return false;
  static constexpr std::string_view kCodes[] = {"JPY", "EUR", "USD", "GBP", "CHF", "CNY", "RMB", "HKD", "KRW", "AUD",
                                                "CAD", "SGD", "NZD", "TWD", "INR", "SEK", "NOK", "DKK", "PLN", "CZK"};
  const std::string_view code = s.substr(pos - 4, 3);
  if (pos > 4 && std::isalnum(static_cast<unsigned char>(s[pos - 5]))) return false;
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

// ASCII digits with optional thousands commas (exactly three digits after
// each comma) and an optional decimal part. Returns bytes read (0 if none).
size_t ReadAsciiNumber(std::string_view s, size_t pos, double* value) {
  size_t i = pos;
  std::string buf;
  while (i < s.size()) {
    if (IsAsciiDigit(s[i])) {
      if (buf.size() < 64) buf.push_back(s[i]);
      else buf.push_back('0');  // beyond double precision: magnitude only
      ++i;
      // A run of many digits is still read once; cap the buffer's growth.
      if (buf.size() > 400) {
        while (i < s.size() && IsAsciiDigit(s[i])) ++i;
        *value = HUGE_VAL;
        return i - pos;
      }
      continue;
    }
    // Hong Kong writes a space between thousands before CJK text: 1 388家,
    // and the OECD after a currency code: JPY 1 500. Every group after the
    // first has three digits, the first at most three, and the last is
    // followed by a CJK character or the number follows a currency code (so
    // "2023 500 firms" and "about 1 388 companies" stay two numbers).
    if (s[i] == ' ' && !buf.empty() && buf.size() <= 3 && i == pos + buf.size()) {
      size_t j = i;
      while (j + 3 < s.size() && s[j] == ' ' && IsAsciiDigit(s[j + 1]) && IsAsciiDigit(s[j + 2]) &&
             IsAsciiDigit(s[j + 3]) && (j + 4 >= s.size() || !IsAsciiDigit(s[j + 4])))
        j += 4;
      if (j > i && j < s.size() && (static_cast<unsigned char>(s[j]) >= 0xE3 || CurrencyCodeBefore(s, pos))) {
        for (size_t k = i; k < j; ++k)
          if (s[k] != ' ') buf.push_back(s[k]);
        i = j;
        break;
      }
    }
    if (s[i] == ',' && !buf.empty() && i + 3 < s.size() + 0 && IsAsciiDigit(s[i + 1]) &&
        IsAsciiDigit(s[i + 2]) && IsAsciiDigit(s[i + 3]) &&
        (i + 4 >= s.size() || !IsAsciiDigit(s[i + 4]))) {
      i += 1;  // the digits are read by the loop
      continue;
    }
    break;
  }
  if (buf.empty()) return 0;
  if (i + 1 < s.size() && s[i] == '.' && IsAsciiDigit(s[i + 1])) {
    buf.push_back('.');
    ++i;
    size_t kept = 0;
    while (i < s.size() && IsAsciiDigit(s[i])) {
      if (kept++ < 30) buf.push_back(s[i]);
      ++i;
    }
  }
  *value = std::strtod(buf.c_str(), nullptr);
  return i - pos;
}

// ---------------------------------------------------------------- CJK and mixed

struct CjkState {
  double total = 0;     // completed sections (times their scales)
  double section = 0;   // inside the current section (below 万)
  double digit = 0;     // pending digit / ASCII number
  bool has_digit = false;
  bool zero_gap = false;         // 零 seen since the last unit (一百零五)
  double last_unit = 0;          // the unit or scale just before a trailing digit
  bool last_was_scale = false;
  double last_scale = 0;
  bool decimal = false;          // the pending digit carries a decimal part
  bool any_decimal = false;      // some digits so far had a decimal part
  bool any = false;
};

// Reads CJK (and mixed ASCII/CJK: 1.2万, 1万2千, 41.76万亿) numerals.
// Returns false when nothing numeric starts at pos.
bool ReadCjk(std::string_view s, size_t pos, Numeral* out) {
  CjkState st;
  size_t i = pos;
  size_t end = pos;

  // Digit-by-digit (二〇二三): two or more CJK digits in a row at the start,
  // with no unit character between them.
  {
    size_t p = pos, n = 0;
    double v = 0;
    while (p < s.size()) {
      size_t q;
      char32_t c = PeekCp(s, p, &q);
      int d = CjkDigit(c);
      if (d < 0 || c == U'两' || c == U'兩') break;
      v = v * 10 + d;
      ++n;
      p = q;
      if (n > 64) break;
    }
    if (n >= 2) {
      size_t q;
      char32_t after = PeekCp(s, p, &q);
      if (SmallUnit(after) == 0 && BigScale(after) == 0 && after != U'点' && after != U'點') {
        while (p < s.size()) {  // swallow the rest of a long run once
          size_t r;
          if (CjkDigit(PeekCp(s, p, &r)) < 0) break;
          p = r;
        }
        out->value = v;
        out->length = p - pos;
        out->digit_by_digit = true;
        return true;
      }
    }
  }

  while (i < s.size()) {
    size_t next;
    char32_t c = PeekCp(s, i, &next);
    if (c < 0x80 && IsAsciiDigit(static_cast<char>(c))) {
      // ASCII digits only at the start, or after a scale when a unit follows
      // (1万2千); never two numbers in a row.
      if (st.any && !(st.last_was_scale && !st.has_digit)) break;
      double v = 0;
      size_t n = ReadAsciiNumber(s, i, &v);
      if (st.any) {  // 1万2千, 18兆8,700億: a unit or a smaller scale must follow
        size_t q;
        char32_t after = PeekCp(s, i + n, &q);
        double next_scale = BigScale(after);
        // Or the digits are the rest below the scale, as Japanese writes
        // 3万1,000 and 341万992: whole, smaller than the scale, and after a
        // whole number (3.5万1000 is no numeral). Digits before 年, 月 or 日
        // are a date of their own (2万2023年).
        const bool rest = v < st.last_scale && !st.any_decimal && std::memchr(s.data() + i, '.', n) == nullptr &&
                          after != U'年' && after != U'月' && after != U'日';
        if (SmallUnit(after) == 0 && !(next_scale > 0 && next_scale < st.last_scale) && !rest) break;
      }
      st.digit = v;
      st.has_digit = true;
      st.decimal = std::memchr(s.data() + i, '.', n) != nullptr;
      st.any_decimal |= st.decimal;
      out->has_digits = true;
      i += n;
      end = i;
      st.any = true;
      st.last_was_scale = false;
      continue;
    }
    int d = CjkDigit(c);
    if (d >= 0) {
      if (st.has_digit) break;  // two digits in a row after the start: stop
      if (d == 0) {
        if (!st.any) {  // a lone 〇/零
          st.digit = 0;
          st.has_digit = true;
        } else {
          st.zero_gap = true;
        }
      } else {
        st.digit = d;
        st.has_digit = true;
      }
      st.decimal = false;
      st.any = true;
      st.last_was_scale = false;
      i = next;
      end = i;
      continue;
    }
    if (double tens = TensCharacter(c); tens > 0) {
      if (st.has_digit) break;
      st.section += tens;
      st.last_unit = 10;
      st.zero_gap = false;
      st.any = true;
      st.last_was_scale = false;
      i = next;
      end = i;
      continue;
    }
    if (double unit = SmallUnit(c); unit > 0) {
      // 百/千 need a digit, except at the very start (百万人, 千人: one
      // hundred, one thousand); 十 stands alone.
      if (!st.has_digit && unit != 10 && st.any) break;
      if (!st.any && unit != 10) out->bare_unit_start = true;
      // 2.5千 yes, 2.5十 no; but a decimal before a compound scale is read
      // whole, as Hong Kong's accounts write millions: 1,286.5百萬元.
      size_t after_unit;
      const bool compound_scale = BigScale(PeekCp(s, next, &after_unit)) > 0;
      if (st.decimal && unit != 1000 && !compound_scale) break;
      st.section += (st.has_digit ? st.digit : 1) * unit;
      st.has_digit = false;
      st.decimal = false;
      st.zero_gap = false;
      st.last_unit = unit;
      st.any = true;
      st.last_was_scale = false;
      i = next;
      end = i;
      continue;
    }
    if (double scale = BigScale(c); scale > 0) {
      if (!st.any) break;  // never start with 万/亿
      // 兆瓦, 兆赫: 兆 is the SI prefix mega of the unit after it, not 10^12.
      if (c == U'兆') {
        size_t unit_end;
        static constexpr std::u32string_view kSiUnits = U"瓦赫字帕伏焦欧歐比";
        if (kSiUnits.find(PeekCp(s, next, &unit_end)) != std::u32string_view::npos) break;
      }
      double val = st.section + (st.has_digit ? st.digit : 0);
      if (val == 0) {
        // Only the compound 万亿 (and 万兆-like) after a scale: 41.76万亿.
        if (!st.last_was_scale || scale <= st.last_scale) break;
        st.total *= scale;
      } else if (st.total > 0 && st.total < scale) {
        st.total = (st.total + val) * scale;
      } else {
        st.total += val * scale;
      }
      st.section = 0;
      st.has_digit = false;
      st.decimal = false;
      st.zero_gap = false;
      st.last_unit = scale;
      st.last_was_scale = true;
      st.last_scale = scale;
      out->has_scale = true;
      i = next;
      end = i;
      continue;
    }
    // A decimal part in CJK digits after 点 (十点七, 三点五万), or after a
    // middle dot in Japanese written in kanji numerals (the Diet's minutes,
    // vertical text: 一・五倍, 三・二％, 二・五兆円). The dot only after a lone
    // digit and before a multiple, percent, point or scale: 一・二月 and
    // 第一・第二 are lists.
    const bool middle_dot =
        c == U'・' && st.has_digit && !st.decimal && st.section == 0 && st.total == 0 && !out->has_digits;
    if (middle_dot || ((c == U'点' || c == U'點') && st.any)) {
      size_t p = next;
      double frac = 0, place = 0.1;
      size_t n = 0;
      for (size_t q; p < s.size() && n < 30; p = q, ++n) {
        const int fd = CjkDigit(PeekCp(s, p, &q));
        if (fd < 0) break;
        frac += fd * place;
        place /= 10;
      }
      if (n == 0) break;
      if (middle_dot) {
        size_t q;
        static constexpr std::u32string_view kAfterDecimal = U"倍％%パポ割万萬億亿兆";
        if (kAfterDecimal.find(PeekCp(s, p, &q)) == std::u32string_view::npos) break;
      }
      st.digit = (st.has_digit ? st.digit : 0) + frac;
      st.has_digit = true;
      st.decimal = true;
      st.last_unit = 0;
      i = p;
      end = i;
      st.last_was_scale = false;
      continue;
    }
    break;
  }
  if (!st.any) return false;
  double tail = 0;
  if (st.has_digit) {
    // 一百五 = 150, 一万二 = 12000: a trailing digit right after a unit counts
    // in the next lower place, unless a 零 came between (一百零五 = 105).
    if (!st.zero_gap && !st.decimal && st.last_unit >= 100 && !out->has_digits)
      tail = st.digit * st.last_unit / 10;
    else
      tail = st.digit;
  }
  out->value = st.total + st.section + tail;
  out->length = end - pos;
  return true;
}

// ---------------------------------------------------------------- English words

struct Word {
  std::string_view text;
  double value;
};

constexpr Word kOnes[] = {
    {"zero", 0},      {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
};
constexpr Word kTens[] = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};
constexpr Word kScales[] = {
    {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
    // Indian English: a lakh is 100,000 and a crore 10 million; "lakh crore" is 10^12.
    {"lakh", 1e5},     {"lakhs", 1e5},    {"crore", 1e7},   {"crores", 1e7},
};
constexpr Word kDenominators[] = {
    {"halves", 2},   {"half", 2},      {"thirds", 3},   {"third", 3},    {"quarters", 4},
    {"quarter", 4},  {"fourths", 4},   {"fourth", 4},   {"fifths", 5},   {"fifth", 5},
    {"sixths", 6},   {"sixth", 6},     {"sevenths", 7}, {"seventh", 7},  {"eighths", 8},
    {"eighth", 8},   {"ninths", 9},    {"ninth", 9},    {"tenths", 10},  {"tenth", 10},
};

// The ASCII word (letters only) at pos, lower-cased, and its end.
std::string WordAt(std::string_view s, size_t pos, size_t* end) {
  std::string w;
  size_t i = pos;
  while (i < s.size() && IsAsciiAlpha(s[i]) && w.size() < 16) w.push_back(Lower(s[i++]));
  if (i < s.size() && IsAsciiAlpha(s[i])) {  // longer than any number word
    *end = pos;
    return {};
  }
  *end = i;
  return w;
}

template <size_t N>
const Word* Lookup(const Word (&table)[N], std::string_view w) {
  for (const Word& entry : table)
    if (entry.text == w) return &entry;
  return nullptr;
}

// After position i: a separator (one space or hyphen) then a word; returns
// the word and sets *word_start/*word_end, or empty.
std::string NextWord(std::string_view s, size_t i, size_t* word_start, size_t* word_end,
                     char* sep) {
  if (i >= s.size() || (s[i] != ' ' && s[i] != '-')) return {};
  *sep = s[i];
  *word_start = i + 1;
  return WordAt(s, i + 1, word_end);
}

// Reads "one hundred and five", "twenty-one", "two-thirds", "a dozen",
// "five million", "trillion" (bare scale) at pos.
bool ReadEnglish(std::string_view s, size_t pos, Numeral* out) {
  if (pos > 0 && IsAsciiAlpha(s[pos - 1])) return false;
  size_t wend;
  std::string w = WordAt(s, pos, &wend);
  if (w.empty()) return false;

  // "a dozen", "a half", "a third" (fraction), "a million".
  if (w == "a" || w == "an") {
    size_t ws, we;
    char sep = 0;
    std::string w2 = NextWord(s, wend, &ws, &we, &sep);
    if (sep != ' ') return false;
    if (w2 == "dozen") {
      out->value = 12;
      out->length = we - pos;
      out->is_word = true;
      return true;
    }
    if (w2 == "half") {
      out->value = 0.5;
      out->length = we - pos;
      out->is_word = out->is_fraction = true;
      return true;
    }
    if (w2 == "third" || w2 == "quarter" || w2 == "fifth" || w2 == "tenth") {
      out->value = 1.0 / Lookup(kDenominators, w2)->value;
      out->length = we - pos;
      out->is_word = out->is_fraction = true;
      return true;
    }
    if (const Word* sc = Lookup(kScales, w2); sc && sc->value >= 1e6) {
      out->value = sc->value;
      out->length = we - pos;
      out->is_word = out->has_scale = true;
      return true;
    }
    return false;
  }
  if (w == "half") {
    out->value = 0.5;
    out->length = wend - pos;
    out->is_word = out->is_fraction = true;
    return true;
  }
  if (w == "dozen") return false;
  if (const Word* sc = Lookup(kScales, w); sc && sc->value >= 1e6) {
    // A bare scale word ("trillion-yuan industries"): the extractor decides.
    out->value = sc->value;
    out->length = wend - pos;
    out->is_word = out->has_scale = true;
    return true;
  }

  // Cardinal grammar: [group] (scale [and] group)* where group is
  // [ones hundred [and]] (tens[-ones] | ones).
  double total = 0, group = 0;
  bool any = false;
  size_t end = pos;
  size_t i = pos;
  std::string cur = w;
  size_t cur_end = wend;
  enum class Last { kNone, kOnes, kTens, kHundred, kScale, kAnd } last = Last::kNone;
  char sep_before = 0;
  for (int guard = 0; guard < 24; ++guard) {
    const Word* ones = Lookup(kOnes, cur);
    const Word* tens = Lookup(kTens, cur);
    const Word* scale = Lookup(kScales, cur);
    bool accepted = false;
    if (ones && (last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
                 last == Last::kAnd || (last == Last::kTens && ones->value < 10 && ones->value > 0))) {
      // "twenty one"/"twenty-one"; not "one two".
      group += ones->value;
      last = Last::kOnes;
      accepted = true;
    } else if (tens && (last == Last::kNone || last == Last::kHundred || last == Last::kScale ||
                        last == Last::kAnd)) {
      group += tens->value;
      last = Last::kTens;
      accepted = true;
    } else if (cur == "hundred" && (last == Last::kOnes || last == Last::kTens) && sep_before == ' ' &&
               group > 0 && group < 100) {
      group *= 100;
      last = Last::kHundred;
      accepted = true;
    } else if (cur == "dozen" && (last == Last::kOnes) && sep_before == ' ' && group > 0 && group < 20) {
      group *= 12;
      last = Last::kHundred;  // "two dozen" ends a group
      accepted = true;
    } else if (scale && (last == Last::kOnes || last == Last::kTens || last == Last::kHundred) &&
               sep_before != 0 && group > 0) {
      total += group * scale->value;
      group = 0;
      last = Last::kScale;
      out->has_scale = true;
      accepted = true;
    } else if (cur == "and" && (last == Last::kHundred || last == Last::kScale)) {
      // Only when a number word follows: checked on the next round.
      size_t ws, we;
      char sep = 0;
      std::string nw = NextWord(s, cur_end, &ws, &we, &sep);
      if (sep == ' ' && (Lookup(kOnes, nw) || Lookup(kTens, nw))) {
        last = Last::kAnd;
        i = cur_end;
        cur = nw;
        cur_end = we;
        sep_before = sep;
        continue;
      }
    }
    if (!accepted) break;
    any = true;
    end = cur_end;
    i = cur_end;
    // Fractions: "two-thirds", "one third", "three quarters".
    if (last == Last::kOnes && total == 0 && group > 0 && group < 20) {
      size_t ws, we;
      char sep = 0;
      std::string nw = NextWord(s, i, &ws, &we, &sep);
      const Word* den = Lookup(kDenominators, nw);
      bool plural_ok = group == 1 ? (nw.back() != 's') : true;
      if (den && plural_ok && !(group == 1 && nw == "half" && sep != '-') && !(nw == "fourth" || nw == "fourths")) {
        out->value = group / den->value;
        out->length = we - pos;
        out->is_word = out->is_fraction = true;
        return true;
      }
    }
    size_t ws, we;
    char sep = 0;
    std::string nw = NextWord(s, i, &ws, &we, &sep);
    if (nw.empty()) break;
    // A hyphen only joins tens and ones (twenty-one) or a fraction.
    if (sep == '-' && !(last == Last::kTens && Lookup(kOnes, nw))) break;
    cur = nw;
    cur_end = we;
    sep_before = sep;
  }
  if (!any) return false;
  out->value = total + group;
  out->length = end - pos;
  out->is_word = true;
  return true;
}

// English scale after ASCII digits: "5.8 trillion", "300 billion", "3bn".
size_t ReadEnglishScale(std::string_view s, size_t pos, double* scale) {
  size_t i = pos;
  bool spaced = false;
  if (i < s.size() && (s[i] == ' ' || s[i] == '-')) {  // "300 billion", "$5-billion deal"
    ++i;
    spaced = true;
  }
  size_t wend;
  std::string w = WordAt(s, i, &wend);
  if (w.empty()) return 0;
  if (const Word* sc = Lookup(kScales, w)) {
    *scale = sc->value;
    // "1.12 lakh crore", "48 thousand crore": a second scale multiplies the first.
    size_t ws2, wend2;
    char sep2 = 0;
    const std::string w2 = NextWord(s, wend, &ws2, &wend2, &sep2);
    if (sep2 == ' ' && (w2 == "crore" || w2 == "crores")) {
      *scale *= 1e7;
      return wend2 - pos;
    }
    return wend - pos;
  }
  // bn, tn and the wire services' bln, mln, trln ("$95.7 bln").
  if (w == "bn" || w == "tn" || w == "bln" || w == "trln") {
    *scale = w == "bn" || w == "bln" ? 1e9 : 1e12;
    return wend - pos;
  }
  if (w == "mln") {
    *scale = 1e6;
    return wend - pos;
  }
  if (!spaced && w == "mn") {
    *scale = 1e6;
    return wend - pos;
  }
  return 0;
}

// "$3,938m", "€500k": m (million) and k (thousand) glued to an amount whose
// currency sign is right before it (a space allowed). Without the sign "3m"
// is three metres, so the sign is required. Returns the suffix's length.
size_t ReadMoneySuffix(std::string_view s, size_t start, size_t end, double* scale) {
  if (end >= s.size() || (s[end] != 'm' && s[end] != 'k')) return 0;
  if (end + 1 < s.size() && IsAsciiAlpha(s[end + 1])) return 0;  // 3mm, 5kg, 10km
  size_t p = start;
  if (p > 0 && s[p - 1] == ' ') --p;
  static constexpr std::string_view kSigns[] = {"$", "€", "£", "¥", "₹"};
  bool sign = false;
  for (std::string_view sg : kSigns) sign |= p >= sg.size() && s.compare(p - sg.size(), sg.size(), sg) == 0;
  if (!sign) return 0;
  *scale = s[end] == 'm' ? 1e6 : 1e3;
  return 1;
}

// 成 / 割 after a numeral (七成, 1割): tenths, as a percentage. Rejects the
// words these characters start (成为, 成立, 割合).
bool ReadTenths(std::string_view s, size_t pos, size_t* len) {
  size_t next;
  char32_t c = PeekCp(s, pos, &next);
  if (c != U'成' && c != U'割') return false;
  size_t q;
  char32_t after = PeekCp(s, next, &q);
  if (c == U'割' && after == U'合') return false;
  // 成 also starts words (成为, 成立, 成本, 一成不变); a noun after the tenths
  // is what they count (六成企业, 四成受访者, 六成员工).
  if (c == U'成' && after != 0 && (utf8::IsHan(after))) {
    static constexpr std::u32string_view kWordStarts = U"为為立功果本交长長熟绩績都就效份分批套群像形语語药藥衣色不型家团團";
    if (kWordStarts.find(after) != std::u32string_view::npos) return false;
  }
  *len = next - pos;
  return true;
}

}  // namespace

NumeralParser::NumeralParser() = default;

std::optional<Numeral> NumeralParser::Parse(std::string_view text, size_t pos) const {
  if (pos >= text.size()) return std::nullopt;
  Numeral n;

  // 百分之X, 千分之X: percent and per mille.
  for (auto [prefix, divisor] : {std::pair<std::string_view, double>{"百分之", 1},
                                 {"千分之", 10}, {"萬分之", 100}, {"万分之", 100}}) {
    if (StartsWith(text, pos, prefix)) {
      Numeral inner;
      size_t at = pos + prefix.size();
      if (!ReadCjk(text, at, &inner) || inner.digit_by_digit) {
        inner = Numeral{};
        if (!ReadCjk(text, at, &inner)) return std::nullopt;
      }
      n.value = inner.value / divisor;
      n.length = prefix.size() + inner.length;
      n.has_digits = inner.has_digits;
      n.is_percent = true;
      return n;
    }
  }

  char c = text[pos];
  if (IsAsciiAlpha(c)) {
    if (!ReadEnglish(text, pos, &n)) return std::nullopt;
    if (n.has_scale || n.is_fraction) n.value = Tidy(n.value);
    return n;
  }

  bool ascii = IsAsciiDigit(c);
  if (ascii) {
    double v = 0;
    size_t len = ReadAsciiNumber(text, pos, &v);
    size_t next;
    char32_t after = PeekCp(text, pos + len, &next);
    if (SmallUnit(after) > 0 || BigScale(after) > 0) {
      if (!ReadCjk(text, pos, &n)) return std::nullopt;
    } else {
      n.value = v;
      n.length = len;
      n.has_digits = true;
      double scale = 0;
      if (size_t sl = ReadEnglishScale(text, pos + len, &scale)) {
        n.value *= scale;
        n.length += sl;
        n.has_scale = true;
      } else if (size_t ml = ReadMoneySuffix(text, pos, pos + len, &scale)) {
        n.value *= scale;
        n.length += ml;
        n.has_scale = true;
      }
    }
  } else {
    size_t next;
    char32_t cp = PeekCp(text, pos, &next);
    // 百余家, 千余人, 万余名: a bare unit before 余 counts as one hundred,
    // one thousand, ten thousand (the extractor reads 余 as "over").
    if (double lead = SmallUnit(cp) + BigScale(cp); lead >= 100) {
      size_t after;
      char32_t c2 = PeekCp(text, next, &after);
      if (c2 == U'余' || c2 == U'餘') {
        n.value = lead;
        n.length = next - pos;
        n.has_scale = BigScale(cp) > 0;
        return n;
      }
    }
    if (CjkDigit(cp) < 0 && SmallUnit(cp) == 0 && TensCharacter(cp) == 0) return std::nullopt;
    if (!ReadCjk(text, pos, &n)) return std::nullopt;
  }

  // X分之Y (三分之二), Japanese X分のY (3分の2, 三分の一): a fraction, the
  // denominator first; 100分之 handled above for 百分之. The whole fraction is
  // one numeral so that its pieces never read as figures of their own.
  std::string_view fraction_mark = StartsWith(text, pos + n.length, "分之")   ? std::string_view("分之")
                                   : StartsWith(text, pos + n.length, "分の") ? std::string_view("分の")
                                                                               : std::string_view();
  if (!n.digit_by_digit && !fraction_mark.empty() && n.value > 0 && std::isfinite(n.value)) {
    Numeral inner;
    size_t at = pos + n.length + fraction_mark.size();
    if (ReadCjk(text, at, &inner) && !inner.digit_by_digit && inner.value > 0 && std::isfinite(inner.value)) {
      n.value = inner.value / n.value;
      n.length = at + inner.length - pos;
      n.is_fraction = true;
      n.has_scale = false;
      return n;
    }
  }
  // 七成, 1割: tenths as a percentage.
  if (!n.digit_by_digit && !n.has_scale && n.value > 0 && n.value <= 10) {
    size_t tl;
    if (ReadTenths(text, pos + n.length, &tl)) {
      n.value *= 10;
      n.length += tl;
      n.is_percent = true;
      // 四成半, 2割半 (a half tenth: +5) and 2割5分 (hundredths: +5).
      size_t next;
      char32_t c = PeekCp(text, pos + n.length, &next);
      static constexpr std::u32string_view kDigits = U"一二三四五六七八九";
      static constexpr std::u32string_view kNotAfterDigit = U"〇零一二三四五六七八九十百千万萬亿億个個家人年月日天名位项項";
      size_t after_digit;
      const char32_t d = kDigits.find(c) != std::u32string_view::npos ? PeekCp(text, next, &after_digit) : 0;
      if (c == U'半') {
        n.value += 5;
        n.length = next - pos;
      } else if (text.compare(pos + n.length - tl, tl, "成") == 0 && kDigits.find(c) != std::u32string_view::npos &&
                 kNotAfterDigit.find(d) == std::u32string_view::npos) {
        // 八成五 (85 %): a digit right after 成 is the hundredths.
        n.value += static_cast<double>(kDigits.find(c) + 1);
        n.length = next - pos;
      } else if (text.compare(pos + n.length - tl, tl, "割") == 0) {
        Numeral bu;
        size_t at = pos + n.length;
        if (ReadCjk(text, at, &bu) && !bu.digit_by_digit && !bu.has_scale && bu.value >= 1 && bu.value <= 9 &&
            std::floor(bu.value) == bu.value && StartsWith(text, at + bu.length, "分")) {
          n.value += bu.value;
          n.length = at + bu.length + std::strlen("分") - pos;
          n.has_digits = n.has_digits || bu.has_digits;
        }
      }
    }
  }
  // Values read straight by strtod are already the nearest double.
  if (n.has_scale || n.is_fraction || n.is_percent || !n.has_digits) n.value = Tidy(n.value);
  return n;
}

const NumeralParser& DefaultNumeralParser() {
  static const NumeralParser parser;
  return parser;
}

}  // namespace dossier
