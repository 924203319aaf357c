// DateValue arithmetic, ISO forms and the date data files.
#include <catch2/catch.hpp>

#include <re2/re2.h>

#include "extract/date_lexicon.h"
#include "extract/date_value.h"

namespace dossier {

TEST_CASE("date value: ISO forms and arithmetic", "[date]") {
  CHECK(DateValue::Year(2023).ToIso() == "2023");
  CHECK(DateValue::Month(2023, 11).ToIso() == "2023-11");
  CHECK(DateValue::Day(2023, 11, 7).ToIso() == "2023-11-07");
  CHECK(DateValue::Day(kUnknownYear, 1, 25).ToIso() == "XXXX-01-25");
  CHECK(DateValue::Day(2025, 3, 1).AddDays(-1).ToIso() == "2025-02-28");
  CHECK(DateValue::Day(2024, 3, 1).AddDays(-1).ToIso() == "2024-02-29");
  CHECK(DateValue::Day(2024, 12, 31).AddDays(1).ToIso() == "2025-01-01");
  CHECK(DateValue::Month(2024, 1).AddMonths(-1).ToIso() == "2023-12");
  CHECK(DateValue::Month(2024, 12).AddMonths(1).ToIso() == "2025-01");
  CHECK(DateValue::Month(2024, 5).AddMonths(-17).ToIso() == "2022-12");
  CHECK(DateValue::Day(2024, 2, 29).AddYears(-1).ToIso() == "2023-02-28");
  CHECK_FALSE(DateValue::Day(2023, 2, 29).Valid());
  CHECK_FALSE(DateValue::Month(2023, 13).Valid());
  CHECK(IsoWeek(DateValue::Day(2025, 3, 22)) == "2025-W12");
  CHECK(IsoWeek(DateValue::Day(2021, 1, 3)) == "2020-W53");
  CHECK(IsoWeek(DateValue::Day(2024, 12, 30)) == "2025-W01");
  REQUIRE(ParseIsoDate("2024-09-15"));
  CHECK(ParseIsoDate("2024-09-15")->ToIso() == "2024-09-15");
  CHECK(ParseIsoDate("2024-09")->grain == DateValue::Grain::kMonth);
  CHECK(ParseIsoDate("2024")->grain == DateValue::Grain::kYear);
  CHECK_FALSE(ParseIsoDate("2024-13"));
  CHECK_FALSE(ParseIsoDate("15/09/2024"));
}

TEST_CASE("date data files load and every rule compiles", "[date]") {
  const DateLexicon& lex = DateLexicon::Default();
  CHECK(lex.error().empty());
  REQUIRE(lex.rules().size() > 40);
  for (const DateRule& rule : lex.rules()) {
    INFO(rule.name);
    CHECK(rule.pattern.find('%') == std::string::npos);  // every placeholder filled
    RE2 re(rule.pattern);
    CHECK(re.ok());
  }
  CHECK(lex.Month("sept.") == 9);
  CHECK(lex.EraFirstYear("令和") == 2019);
  CHECK(lex.EnglishNumber("twenty-five") == 25);
  CHECK(lex.EnglishOrdinal("21st") == 21);
  REQUIRE(lex.Relative("前年", "zh-Hans"));
  CHECK(lex.Relative("前年", "zh-Hans")->offset == -2);
  CHECK(lex.Relative("前年", "ja")->offset == -1);
  REQUIRE(lex.Relative("同日", "zh-Hans"));  // 同日本 is kept out by the extractor, not the lexicon
  CHECK(lex.Relative("同日", "zh-Hans")->from_last);
  CHECK(ParseDateNumeral("二〇二三") == 2023);
  CHECK(ParseDateNumeral("十一") == 11);
  CHECK(ParseDateNumeral("二十五") == 25);
  CHECK(ParseDateNumeral("两") == 2);
  CHECK(ParseDateNumeral("一百") == 100);
  CHECK(ParseDateNumeral("年") == -1);
}

}  // namespace dossier
