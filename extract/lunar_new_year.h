// The first day of the Chinese lunar year (春节, 春節, 旧正月) in a Gregorian
// year, from the published dates in extract/data/lunar_new_year.tsv:
//
//   LunarNewYear(2025) -> 2025-01-29, LunarNewYear(2024) -> 2024-02-10
//
// The festival always falls between 21 January and 20 February. The dates
// of the public holiday around it (春节期间) are set each year by decree and
// are not given here.
#pragma once

#include <optional>

#include "extract/date_value.h"

namespace dossier {

// nullopt for a year the table does not list (before 1990, after 2035).
std::optional<DateValue> LunarNewYear(int year);

}  // namespace dossier
