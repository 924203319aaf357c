// Numeral parsing: every way our documents write a number, as a value.
//
//   NumeralParser parser;                       // build once; Parse() is const
//   std::optional<Numeral> n = parser.Parse("3180亿美元", 0);
//   n->value == 318000000000.0; n->length == strlen("3180亿")
//
// Parse(text, pos) reads the longest numeral that starts exactly at byte
// `pos` of `text` and returns its value and byte length, or nullopt. The text
// is expected to be NFKC-folded already (full-width "２０２３" arrives as
// "2023"; use FoldedText), so only ASCII digits need handling.
//
// Forms (each has example rows in tests/extract/numeral_test.cpp):
//   digits        13,941  41.76  0.2  1 234 (no: spaces end a numeral)
//   scaled digits 1.2万  3180亿  8.1兆  3180億  41.76万亿  2.5千
//   CJK numerals  三千一百八十亿  二十万  百万 (one million)  千人  一万二千  两  〇  十五  二〇二三 (digit by digit)
//                 壹贰叁 (financial forms), 廿 (20), 卅 (30)
//   fractions     百分之十点七 (-> 10.7, is_percent), 三分之二 (-> 0.666…), 七成 (-> 70, is_percent)
//                 1割 / 2割 (-> 10 / 20, is_percent)
//   English words fifteen, twenty-one, a dozen, two-thirds, one hundred and five, half
//   scale words   million, billion, trillion (with digits or words: "5.8 trillion")
//
// What Parse does not decide: whether a number is a figure, a year or an
// ordinal (the extractors look at the context for that).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace dossier {

struct Numeral {
  double value = 0;
  size_t length = 0;        // bytes consumed from `pos`
  bool has_digits = false;  // written with ASCII digits (at least partly)
  bool is_percent = false;  // 百分之…, …成, …割: value is already in percent
  bool is_fraction = false; // three-quarters, 三分之二: value is the fraction (0.75)
  bool is_word = false;     // written in English words (fifteen, a dozen)
  bool digit_by_digit = false;  // 二〇二三 style (read positionally, like a year)
  bool has_scale = false;   // a scale word or character was applied (万, 亿, million)
  bool bare_unit_start = false;  // starts with 百 or 千 without a digit (百万人, 千家):
                                 // also a word start (百姓, 千万不要), so the
                                 // extractor asks for a counter or unit after it
};

class NumeralParser {
 public:
  NumeralParser();
  std::optional<Numeral> Parse(std::string_view text, size_t pos) const;
};

// A process-wide parser (built on first use).
const NumeralParser& DefaultNumeralParser();

}  // namespace dossier
