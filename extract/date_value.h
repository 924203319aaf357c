// DateValue: a calendar date at the grain it was written, and its ISO 8601 form.
//
//   DateValue v = DateValue::Month(2023, 11);   v.ToIso() == "2023-11"
//   DateValue::Day(2025, 3, 1).AddDays(-1)      -> 2025-02-28
//   DateValue::Day(kUnknownYear, 1, 25).ToIso() == "XXXX-01-25"
//   ParseIsoDate("2024-09") -> DateValue::Month(2024, 9)
//
// The date extractor resolves relative dates with these operations; the
// contract's value forms (ranges "A/B", quarters "2024-Q1", decades "197X",
// durations "P6Y") are assembled by the extractor from ToIso() and plain text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dossier {

inline constexpr int kUnknownYear = -1;

struct DateValue {
  enum class Grain { kYear, kMonth, kDay };
  Grain grain = Grain::kYear;
  int year = kUnknownYear;  // kUnknownYear prints as XXXX
  int month = 0;            // 1..12 when grain >= kMonth
  int day = 0;              // 1..31 when grain == kDay

  static DateValue Year(int y) { return {Grain::kYear, y, 0, 0}; }
  static DateValue Month(int y, int m) { return {Grain::kMonth, y, m, 0}; }
  static DateValue Day(int y, int m, int d) { return {Grain::kDay, y, m, d}; }

  bool has_year() const { return year != kUnknownYear; }
  // False for impossible dates (month 13, February 30).
  bool Valid() const;
  // Whole-calendar shifts; keep the grain. AddDays needs a known year.
  DateValue AddYears(int n) const;
  DateValue AddMonths(int n) const;
  DateValue AddDays(int n) const;
  // The same value cut down to a coarser grain (a finer grain is ignored).
  DateValue AtGrain(Grain g) const;
  std::string ToIso() const;  // 2023, 2023-11, 2023-11-07, XXXX-01-25
};

int DaysInMonth(int year, int month);
// The day of the week of a day-grain date with a known year: Monday 0 ... Sunday 6.
int Weekday(const DateValue& day);
// The ISO 8601 week of a day-grain date: Day(2025, 3, 22) -> "2025-W12".
// Empty for other grains or an unknown year.
std::string IsoWeek(const DateValue& day);
// YYYY, YYYY-MM or YYYY-MM-DD; nullopt for anything else.
std::optional<DateValue> ParseIsoDate(std::string_view text);

}  // namespace dossier
