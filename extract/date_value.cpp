#include "extract/date_value.h"

#include <cstdio>

namespace dossier {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void CivilFromDays(long z, int* y, int* m, int* d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *y = static_cast<int>(yoe + era * 400 + (*m <= 2));
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == kUnknownYear || IsLeap(year))) return 29;
  return kDays[month - 1];
}

bool DateValue::Valid() const {
  if (has_year() && (year < 1 || year > 9999)) return false;
  if (grain == Grain::kYear) return has_year();
  if (month < 1 || month > 12) return false;
  if (grain == Grain::kDay) return day >= 1 && day <= DaysInMonth(year, month);
  return true;
}

DateValue DateValue::AddYears(int n) const {
  DateValue v = *this;
  if (!has_year()) return v;
  v.year += n;
  if (v.grain == Grain::kDay && v.day > DaysInMonth(v.year, v.month)) v.day = DaysInMonth(v.year, v.month);
  return v;
}

DateValue DateValue::AddMonths(int n) const {
  DateValue v = *this;
  if (grain == Grain::kYear) return v.AddYears(n / 12);
  int index = (month - 1) + n;
  int years = index >= 0 ? index / 12 : -((11 - index) / 12);
  v.month = index - years * 12 + 1;
  if (has_year()) v.year += years;
  if (v.grain == Grain::kDay && v.day > DaysInMonth(v.year, v.month)) v.day = DaysInMonth(v.year, v.month);
  return v;
}

DateValue DateValue::AddDays(int n) const {
  if (grain != Grain::kDay || !has_year()) return *this;
  DateValue v = *this;
  CivilFromDays(DaysFromCivil(year, month, day) + n, &v.year, &v.month, &v.day);
  return v;
}

DateValue DateValue::AtGrain(Grain g) const {
  DateValue v = *this;
  if (g < v.grain) {
    v.grain = g;
    if (g == Grain::kYear) v.month = 0;
    v.day = 0;
  }
  return v;
}

std::string DateValue::ToIso() const {
  char buf[32];
  std::string y = has_year() ? (std::snprintf(buf, sizeof buf, "%04d", year), std::string(buf)) : "XXXX";
  switch (grain) {
    case Grain::kYear: return y;
    case Grain::kMonth: std::snprintf(buf, sizeof buf, "-%02d", month); return y + buf;
    case Grain::kDay: std::snprintf(buf, sizeof buf, "-%02d-%02d", month, day); return y + buf;
  }
  return y;
}

int Weekday(const DateValue& day) {
  const long days = DaysFromCivil(day.year, day.month, day.day);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
}

std::string IsoWeek(const DateValue& day) {
  if (day.grain != DateValue::Grain::kDay || !day.has_year() || !day.Valid()) return "";
  long days = DaysFromCivil(day.year, day.month, day.day);
  long thursday = days + (3 - Weekday(day));
  int y = 0, m = 0, d = 0;
  CivilFromDays(thursday, &y, &m, &d);
  int week = static_cast<int>((thursday - DaysFromCivil(y, 1, 1)) / 7 + 1);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, week);
  return buf;
}

std::optional<DateValue> ParseIsoDate(std::string_view text) {
  auto digits = [&](size_t pos, size_t n, int* out) {
    if (pos + n > text.size()) return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      v = v * 10 + (text[i] - '0');
    }
    *out = v;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, &y)) return std::nullopt;
  DateValue v = DateValue::Year(y);
  if (text.size() == 4) return v.Valid() ? std::optional(v) : std::nullopt;
  if (text.size() < 7 || text[4] != '-' || !digits(5, 2, &m)) return std::nullopt;
  v = DateValue::Month(y, m);
  if (text.size() == 7) return v.Valid() ? std::optional(v) : std::nullopt;
  if (text.size() != 10 || text[7] != '-' || !digits(8, 2, &d)) return std::nullopt;
  v = DateValue::Day(y, m, d);
  return v.Valid() ? std::optional(v) : std::nullopt;
}

}  // namespace dossier
