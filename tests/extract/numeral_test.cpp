// Example table for NumeralParser: text -> value, bytes consumed, flags.
// Each row is a way our documents write numbers; see extract/numeral.h.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <cmath>
#include <string>

#include "extract/numeral.h"

using dossier::DefaultNumeralParser;
using dossier::Numeral;

namespace {

struct Row {
  const char* text;      // the numeral is read from offset 0
  double value;
  const char* consumed;  // the prefix of `text` that the numeral covers
  int flags = 0;         // kPercent | kFraction | kWord | kDigitByDigit | kScale
};
constexpr int kPercent = 1, kFraction = 2, kWord = 4, kDigitByDigit = 8, kScale = 16;

void CheckRow(const Row& row) {
  INFO("text: " << row.text);
  std::optional<Numeral> n = DefaultNumeralParser().Parse(row.text, 0);
  REQUIRE(n.has_value());
  CHECK(std::string(row.text).substr(0, n->length) == row.consumed);
  CHECK(n->value == Approx(row.value).epsilon(1e-9));
  CHECK(n->is_percent == ((row.flags & kPercent) != 0));
  CHECK(n->is_fraction == ((row.flags & kFraction) != 0));
  CHECK(n->is_word == ((row.flags & kWord) != 0));
  CHECK(n->digit_by_digit == ((row.flags & kDigitByDigit) != 0));
  CHECK(n->has_scale == ((row.flags & kScale) != 0));
}

}  // namespace

TEST_CASE("NumeralParser reads ASCII digits with grouping and decimals", "[numeral]") {
  const Row rows[] = {
      {"13,941 interns", 13941, "13,941"},
      {"41.76 percent", 41.76, "41.76"},
      {"0.2%", 0.2, "0.2"},
      {"2023", 2023, "2023"},
      {"1,234,567 people", 1234567, "1,234,567"},
      {"1,2,3", 1, "1"},            // a list, not grouping
      {"12,34", 12, "12"},          // two digits after the comma: not grouping
      {"1 234", 1, "1"},            // spaces end a numeral
      {"3.", 3, "3"},               // a sentence's full stop
      {"1.2.3", 1.2, "1.2"},
      {"007", 7, "007"},
      {"56,000 enterprises", 56000, "56,000"},
  };
  for (const Row& row : rows) CheckRow(row);
}

TEST_CASE("NumeralParser reads English scale words after digits", "[numeral]") {
  const Row rows[] = {
      {"5.8 trillion yuan", 5.8e12, "5.8 trillion", kScale},
      {"318 billion dollars", 318e9, "318 billion", kScale},
      {"25.06 million visitors", 25.06e6, "25.06 million", kScale},
      {"2.43 million", 2.43e6, "2.43 million", kScale},
      {"56 thousand", 56e3, "56 thousand", kScale},
      {"3bn", 3e9, "3bn", kScale},
      {"157.52 billion", 157.52e9, "157.52 billion", kScale},
      {"300 bill", 300, "300"},
      {"5-billion deal", 5e9, "5-billion", kScale},
      {"5-year plan", 5, "5"},
      {"12 millionaires", 12, "12"},
  };
  for (const Row& row : rows) CheckRow(row);
}

TEST_CASE("NumeralParser reads digits with CJK scale characters", "[numeral]") {
  const Row rows[] = {
      {"1.2万人", 12000, "1.2万", kScale},
      {"3180亿美元", 318e9, "3180亿", kScale},
      {"8.1兆円", 8.1e12, "8.1兆", kScale},
      {"3180億ドル", 318e9, "3180億", kScale},
      {"41.76万亿元", 41.76e12, "41.76万亿", kScale},
      {"2.5千", 2500, "2.5千"},
      {"5.7万家", 57000, "5.7万", kScale},
      {"1604.8亿美元", 160.48e9, "1604.8亿", kScale},
      {"1万2千人", 12000, "1万2千", kScale},
      {"3百万", 3e6, "3百万", kScale},
      {"1,286.5百萬元", 1.2865e9, "1,286.5百萬", kScale},  // Hong Kong accounts: a decimal before 百萬 (millions)
      {"45.5百万港元", 4.55e7, "45.5百万", kScale},
      {"700万人次", 7e6, "700万", kScale},
      {"2万万万", 2e4, "2万"},  // repeated scales do not compound
      {"10萬", 1e5, "10萬", kScale},
      {"18兆8,700億円", 1.887e13, "18兆8,700億", kScale},
      {"1兆2千億円", 1.2e12, "1兆2千億", kScale},
      {"3亿5000万", 3.5e8, "3亿5000万", kScale},
      {"2万2023年", 2e4, "2万", kScale},  // ASCII digits before 年 are a year
      {"3万1,000社", 31000, "3万1,000", kScale},  // the rest below the scale (Japanese)
      {"341万992人", 3410992, "341万992", kScale},
      {"1 388家", 1388, "1 388"},        // Hong Kong: a space between thousands before CJK
      {"1 234 567人", 1234567, "1 234 567"},
      {"1 388 companies", 1, "1"},       // not before Latin text
      {"2023 500家", 2023, "2023"},      // the first group has at most three digits
      {"242万5000人", 2425000, "242万5000", kScale},
      {"3万15000人", 3e4, "3万", kScale},  // not below the scale: two numbers
      {"3.5万1000", 3.5e4, "3.5万", kScale},  // a decimal section takes no rest
  };
  // 2万万万 stops after the first 万: flags include the scale.
  for (const Row& row : rows) {
    if (std::string(row.text) == "2万万万") {
      CheckRow({row.text, row.value, row.consumed, kScale});
    } else {
      CheckRow(row);
    }
  }
}

TEST_CASE("NumeralParser reads thousands grouped by spaces after a currency code", "[numeral]") {
  struct At {
    const char* text;
    size_t pos;
    double value;
    size_t length;
  };
  const At rows[] = {
      {"JPY 1 500 an hour", 4, 1500, 5},       // the OECD's style
      {"from EUR 12 000 in 2024", 9, 12000, 6},
      {"JPY 1 055 in FY2024", 4, 1055, 5},
      {"XJPY 1 500", 5, 1, 1},                 // no code: part of a longer word
      {"ABC 1 500", 4, 1, 1},                  // no currency code
      {"JPY 1 5000", 4, 1, 1},                 // the next group is not three digits
  };
  for (const At& row : rows) {
    INFO(row.text);
    std::optional<dossier::Numeral> n = DefaultNumeralParser().Parse(row.text, row.pos);
    REQUIRE(n.has_value());
    CHECK(n->value == row.value);
    CHECK(n->length == row.length);
  }
}

TEST_CASE("NumeralParser reads Chinese and Japanese numerals", "[numeral]") {
  const Row rows[] = {
      {"三千一百八十亿美元", 318e9, "三千一百八十亿", kScale},
      {"二十万人", 2e5, "二十万", kScale},
      {"一万二千", 12000, "一万二千", kScale},
      {"两国", 2, "两"},
      {"兩岸", 2, "兩"},
      {"〇", 0, "〇"},
      {"十五个", 15, "十五"},
      {"十", 10, "十"},
      {"二十五", 25, "二十五"},
      {"一百零五", 105, "一百零五"},
      {"一百五", 150, "一百五"},
      {"一万二", 12000, "一万二", kScale},
      {"两千五百", 2500, "两千五百"},
      {"三十万亿", 30e12, "三十万亿", kScale},
      {"一亿二千万", 1.2e8, "一亿二千万", kScale},
      {"十点七", 10.7, "十点七"},
      {"三点五万", 35000, "三点五万", kScale},
      // a middle dot for the decimal point in kanji numerals (the Diet's
      // minutes), before a multiple, percent, point or scale only
      {"一・五倍", 1.5, "一・五"},
      {"三・二五％", 3.25, "三・二五"},
      {"二・五兆円", 2.5e12, "二・五兆", kScale},
      {"〇・五ポイント", 0.5, "〇・五"},
      {"一・二月", 1, "一"},        // January and February
      {"一・二・三", 1, "一"},      // a list
      {"十・五倍", 10, "十"},      // only after a lone digit
      {"壹佰贰拾叁", 123, "壹佰贰拾叁"},
      {"廿五", 25, "廿五"},
      {"卅", 30, "卅"},
      {"七千億円", 7e11, "七千億", kScale},
      {"五十萬", 5e5, "五十萬", kScale},
      {"三點五", 3.5, "三點五"},
      {"九十九", 99, "九十九"},
      {"三点", 3, "三"},  // a clock time's 点 with no digits after it
  };
  for (const Row& row : rows) CheckRow(row);
}

TEST_CASE("NumeralParser reads digit-by-digit years", "[numeral]") {
  const Row rows[] = {
      {"二〇二三年", 2023, "二〇二三", kDigitByDigit},
      {"一九七二年", 1972, "一九七二", kDigitByDigit},
      {"二〇二五", 2025, "二〇二五", kDigitByDigit},
  };
  for (const Row& row : rows) CheckRow(row);
}

TEST_CASE("NumeralParser reads fractions and percentages in words", "[numeral]") {
  const Row rows[] = {
      {"百分之十点七", 10.7, "百分之十点七", kPercent},
      {"百分之五十", 50, "百分之五十", kPercent},
      {"百分之12", 12, "百分之12", kPercent},
      {"千分之五", 0.5, "千分之五", kPercent},
      {"三分之二", 2.0 / 3, "三分之二", kFraction},
      {"四分之一", 0.25, "四分之一", kFraction},
      {"七成左右", 70, "七成", kPercent},
      {"三成以上", 30, "三成", kPercent},
      {"1割", 10, "1割", kPercent},
      {"2割を", 20, "2割", kPercent},
      {"3分の2", 2.0 / 3, "3分の2", kFraction},
      {"三分の一を", 1.0 / 3, "三分の一", kFraction},
      {"五分之一的", 0.2, "五分之一", kFraction},
      {"六成半以上", 65, "六成半", kPercent},
      {"二成半", 25, "二成半", kPercent},
      {"八成五左右", 85, "八成五", kPercent},  // a digit after 成 is the hundredths
      {"三成五家企业", 30, "三成", kPercent},  // …unless a counter or number follows it
      {"六成企业", 60, "六成", kPercent},  // a noun after the tenths is what they count
      {"六成员工", 60, "六成", kPercent},
      {"3割5分の", 35, "3割5分", kPercent},
      {"四割二分", 42, "四割二分", kPercent},
      {"1割半", 15, "1割半", kPercent},
      {"3割強", 30, "3割", kPercent},
      {"約2割", 0, "", 0},  // placeholder replaced below (starts with a kanji that is not a numeral)
  };
  for (const Row& row : rows) {
    if (std::string(row.consumed).empty()) {
      CHECK_FALSE(DefaultNumeralParser().Parse(row.text, 0).has_value());
      continue;
    }
    CheckRow(row);
  }
  // 成 that starts a word is not tenths.
  auto n = DefaultNumeralParser().Parse("一成为", 0);
  REQUIRE(n.has_value());
  CHECK(n->value == 1);
  CHECK_FALSE(n->is_percent);
  for (const char* word : {"一成不变", "三成本", "一成立"}) {
    auto x = DefaultNumeralParser().Parse(word, 0);
    REQUIRE(x.has_value());
    CHECK_FALSE(x->is_percent);
  }
  auto w = DefaultNumeralParser().Parse("1割合", 0);
  REQUIRE(w.has_value());
  CHECK(w->value == 1);
}

TEST_CASE("NumeralParser reads English number words", "[numeral]") {
  const Row rows[] = {
      {"fifteen members", 15, "fifteen", kWord},
      {"twenty-one", 21, "twenty-one", kWord},
      {"twenty one", 21, "twenty one", kWord},
      {"a dozen members", 12, "a dozen", kWord},
      {"two-thirds of", 2.0 / 3, "two-thirds", kWord | kFraction},
      {"one third", 1.0 / 3, "one third", kWord | kFraction},
      {"three quarters", 0.75, "three quarters", kWord | kFraction},
      {"one hundred and five", 105, "one hundred and five", kWord},
      {"half of", 0.5, "half", kWord | kFraction},
      {"one-half of", 0.5, "one-half", kWord | kFraction},  // hyphenated: one fraction
      {"a half", 0.5, "a half", kWord | kFraction},
      {"five million", 5e6, "five million", kWord | kScale},
      {"Seven major", 7, "Seven", kWord},
      {"two dozen", 24, "two dozen", kWord},
      {"three hundred thousand", 3e5, "three hundred thousand", kWord | kScale},
      {"one and", 1, "one", kWord},
      {"trillion-yuan", 1e12, "trillion", kWord | kScale},
      {"ninety-nine", 99, "ninety-nine", kWord},
      {"a million", 1e6, "a million", kWord | kScale},
  };
  for (const Row& row : rows) CheckRow(row);
}

TEST_CASE("NumeralParser rejects what is not a numeral", "[numeral]") {
  for (const char* text : {"", "abc", "万人", "亿元", "the", "thirdly", "third",
                           "dozens", "hundreds of", "oneself", "a lot", "%", "年"}) {
    INFO("text: " << text);
    CHECK_FALSE(DefaultNumeralParser().Parse(text, 0).has_value());
  }
  // A bare 百/千 reads as one hundred / one thousand but is marked, because it
  // also starts words (百姓, 千万不要): the figure extractor wants a counter.
  for (const char* text : {"百姓", "千万", "百万人"}) {
    INFO("text: " << text);
    auto n = DefaultNumeralParser().Parse(text, 0);
    REQUIRE(n.has_value());
    CHECK(n->bare_unit_start);
  }
  CHECK_FALSE(DefaultNumeralParser().Parse("一百万", 0)->bare_unit_start);
  // Mid-word English is not read ("someone").
  CHECK_FALSE(DefaultNumeralParser().Parse("someone", 4).has_value());
}

TEST_CASE("NumeralParser reads at an offset and stays linear on long runs", "[numeral]") {
  std::string text = "总额为3180亿美元";
  size_t pos = text.find("3180");
  auto n = DefaultNumeralParser().Parse(text, pos);
  REQUIRE(n.has_value());
  CHECK(n->value == 318e9);

  auto time_run = [](size_t size) {
    std::string digits(size, '7');
    auto t0 = std::chrono::steady_clock::now();
    auto m = DefaultNumeralParser().Parse(digits, 0);
    auto t1 = std::chrono::steady_clock::now();
    REQUIRE(m.has_value());
    CHECK(m->length == size);
    return std::chrono::duration<double>(t1 - t0).count();
  };
  double small = time_run(1 << 20);
  double large = time_run(5 << 20);
  CHECK(large < 3 * 5 * small + 0.05);
}

TEST_CASE("NumeralParser never reads past the text on random input", "[numeral]") {
  // Pieces that numerals are made of, shuffled: digits, commas, CJK numerals,
  // scales, 分之, 百分之, English number words, invalid UTF-8.
  const std::string pieces[] = {"1", "9", ",", ".", "0", "一", "两", "十", "百", "千", "万", "亿", "兆", "〇",
                                "点", "分之", "百分之", "成", "割", "余", " ", "-", "a", "dozen", "two",
                                "hundred", "and", "million", "thirds", "\xff", "\xe4\xb8", "999999999999"};
  std::mt19937 rng(42);
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    int count = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < count; ++k) text += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    for (size_t pos = 0; pos < text.size(); ++pos) {
      auto n = DefaultNumeralParser().Parse(text, pos);
      if (!n) continue;
      INFO("text: " << text << " at " << pos);
      REQUIRE(n->length > 0);
      REQUIRE(pos + n->length <= text.size());
      REQUIRE_FALSE(std::isnan(n->value));
    }
  }
}
