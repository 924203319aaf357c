// The first day of the lunar year, from extract/data/lunar_new_year.tsv.
#include <catch2/catch.hpp>

#include <string>
#include <utility>

#include "extract/lunar_new_year.h"

namespace dossier {

TEST_CASE("lunar new year: the Spring Festival of 2000 to 2030", "[date]") {
  const std::pair<int, const char*> kPublished[] = {
      {2000, "2000-02-05"}, {2001, "2001-01-24"}, {2002, "2002-02-12"}, {2003, "2003-02-01"},
      {2004, "2004-01-22"}, {2005, "2005-02-09"}, {2006, "2006-01-29"}, {2007, "2007-02-18"},
      {2008, "2008-02-07"}, {2009, "2009-01-26"}, {2010, "2010-02-14"}, {2011, "2011-02-03"},
      {2012, "2012-01-23"}, {2013, "2013-02-10"}, {2014, "2014-01-31"}, {2015, "2015-02-19"},
      {2016, "2016-02-08"}, {2017, "2017-01-28"}, {2018, "2018-02-16"}, {2019, "2019-02-05"},
      {2020, "2020-01-25"}, {2021, "2021-02-12"}, {2022, "2022-02-01"}, {2023, "2023-01-22"},
      {2024, "2024-02-10"}, {2025, "2025-01-29"}, {2026, "2026-02-17"}, {2027, "2027-02-06"},
      {2028, "2028-01-26"}, {2029, "2029-02-13"}, {2030, "2030-02-03"}};
  for (const auto& [year, iso] : kPublished) {
    INFO(year);
    const std::optional<DateValue> day = LunarNewYear(year);
    REQUIRE(day.has_value());
    CHECK(day->ToIso() == iso);
  }
  CHECK_FALSE(LunarNewYear(1850).has_value());  // outside the years listed
  CHECK_FALSE(LunarNewYear(kUnknownYear).has_value());
}

TEST_CASE("lunar new year: every listed day falls between 21 January and 20 February", "[date]") {
  for (int year = 1990; year <= 2035; ++year) {
    INFO(year);
    const std::optional<DateValue> day = LunarNewYear(year);
    REQUIRE(day.has_value());
    CHECK(day->Valid());
    CHECK(((day->month == 1 && day->day >= 21) || (day->month == 2 && day->day <= 20)));
  }
}

}  // namespace dossier
