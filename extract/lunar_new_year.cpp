#include "extract/lunar_new_year.h"

#include <charconv>
#include <map>
#include <string_view>

#include "ingest/embedded_data.h"
#include "ingest/tsv.h"

namespace dossier {
namespace {

int Number(std::string_view s) {
  int n = 0;
  std::from_chars(s.data(), s.data() + s.size(), n);
  return n;
}

const std::map<int, DateValue>& Table() {
  static const std::map<int, DateValue> table = [] {
    std::map<int, DateValue> t;
    for (const TsvRow& row : ParseTsv(EmbeddedData("extract/data/lunar_new_year.tsv").value_or(""))) {
      if (row.fields.size() < 3) continue;
      const int year = Number(row.fields[0]);
      t[year] = DateValue::Day(year, Number(row.fields[1]), Number(row.fields[2]));
    }
    return t;
  }();
  return table;
}

}  // namespace

std::optional<DateValue> LunarNewYear(int year) {
  const auto it = Table().find(year);
  if (it == Table().end()) return std::nullopt;
  return it->second;
}

}  // namespace dossier
