#include "index/filter_terms.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "index/sqlite_util.h"

namespace dossier {
namespace {

// A term no segment carries: the expression of a filter that admits nothing.
constexpr const char* kNoTerm = "n0";
// More alternatives than this (a date range over centuries) go to SQL.
constexpr size_t kMaxAlternatives = 512;

// A name term: prefix + FNV-1a 64 of the bytes (ASCII-lower-cased unless
// `exact`), in hex.
std::string NameTerm(const char* prefix, std::string_view name, bool exact = false) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : name) {
    if (!exact && c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return prefix + std::string(hex);
}

bool Digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYYY, YYYY-MM or YYYY-MM-DD with a month 01-12 and a day 01-31: the forms
// whose order the year and month terms can cover (every date of a year lies
// between YYYY and YYYY-12-31).
bool WellFormedDate(std::string_view d) {
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  if (!Digits(d.substr(0, 4))) return false;
  if (d.size() >= 7) {
    if (d[4] != '-' || !Digits(d.substr(5, 2))) return false;
    int month = (d[5] - '0') * 10 + (d[6] - '0');
    if (month < 1 || month > 12) return false;
  }
  if (d.size() == 10) {
    if (d[7] != '-' || !Digits(d.substr(8, 2))) return false;
    int day = (d[8] - '0') * 10 + (d[9] - '0');
    if (day < 1 || day > 31) return false;
  }
  return true;
}

std::string Compact(std::string_view date) {  // "2023-05-12" -> "20230512"
  std::string out;
  for (char c : date)
    if (c != '-') out += c;
  return out;
}

// The date condition of search_index.cpp's SQL, on one stored date:
// date >= from AND substr(date, 1, length(to)) <= to (empty ends are open).
struct DateRange {
  std::string from, to;
  bool Admits(std::string_view date) const {
    if (!from.empty() && date < std::string_view(from)) return false;
    if (!to.empty() && date.substr(0, to.size()) > std::string_view(to)) return false;
    return true;
  }
};

// The terms covering the well-formed dates `range` admits in `year`: the
// whole year, month or day where all of it is in, else the exact-date term
// of the node and its children. The admitted dates form an interval in
// string order, so a node (all dates starting with its prefix, between the
// prefix itself and its last day) is inside when both ends are.
void CoverYear(const DateRange& range, int year, std::vector<std::string>* terms) {
  char y[8];
  std::snprintf(y, sizeof y, "%04d", year);
  const std::string ys = y;
  if (range.Admits(ys) && range.Admits(ys + "-12-31")) {
    terms->push_back("y0" + ys);
    return;
  }
  if (range.Admits(ys)) terms->push_back("a0" + ys);
  for (int month = 1; month <= 12; ++month) {
    char m[16];
    std::snprintf(m, sizeof m, "%s-%02d", y, month);
    const std::string ms = m;
    const bool first = range.Admits(ms), last = range.Admits(ms + "-31");
    if (first && last) {
      terms->push_back("m0" + Compact(ms));
      continue;
    }
    if (first) terms->push_back("b0" + Compact(ms));
    for (int day = 1; day <= 31; ++day) {
      char d[16];
      std::snprintf(d, sizeof d, "%s-%02d", m, day);
      if (range.Admits(d)) terms->push_back("d0" + Compact(d));
    }
  }
}

void FilterTermsSql(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto text = [&](int i) {
    const unsigned char* p = sqlite3_value_text(argv[i]);
    return p ? std::string_view(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_value_bytes(argv[i])))
             : std::string_view();
  };
  const std::string terms = FilterTerms({.lang = text(0), .doc_kind = text(1), .source = text(2), .date = text(3),
                                         .doc_id = sqlite3_value_int64(argv[4]), .orgs = text(5)});
  sqlite3_result_text(ctx, terms.data(), static_cast<int>(terms.size()), SQLITE_TRANSIENT);
}

}  // namespace

std::string FilterTerms(const FilterFields& f) {
  const std::string_view lang = f.lang, date = f.date;
  std::string out;
  auto add = [&](const std::string& term) {
    if (!out.empty()) out += " ";
    out += term;
  };
  // lang:v selects lang = v and lang LIKE 'v-%': the whole tag and every
  // part of it that ends before a '-'.
  add(NameTerm("l0", lang));
  for (size_t i = 0; i < lang.size(); ++i)
    if (lang[i] == '-') add(NameTerm("l0", lang.substr(0, i)));
  add(NameTerm("k0", f.doc_kind));
  add(NameTerm("s0", f.source));
  if (!date.empty() && !WellFormedDate(date)) {
    add(kOddDateTerm);
  } else if (!date.empty()) {
    add("y0" + std::string(date.substr(0, 4)));
    if (date.size() == 4) add("a0" + std::string(date));
    if (date.size() >= 7) add("m0" + Compact(date.substr(0, 7)));
    if (date.size() == 7) add("b0" + Compact(date));
    if (date.size() == 10) add("d0" + Compact(date));
  }
  add("i0" + std::to_string(f.doc_id));
  // Sorted and once each, so that the SQL form (group_concat in any order)
  // gives the same terms as the writer.
  std::vector<std::string_view> orgs;
  for (size_t start = 0; start < f.orgs.size();) {
    size_t end = f.orgs.find(kOrgSeparator, start);
    if (end == std::string_view::npos) end = f.orgs.size();
    if (end > start) orgs.push_back(f.orgs.substr(start, end - start));
    start = end + 1;
  }
  std::sort(orgs.begin(), orgs.end());
  orgs.erase(std::unique(orgs.begin(), orgs.end()), orgs.end());
  for (std::string_view id : orgs) add(NameTerm("o0", id, /*exact=*/true));
  return out;
}

std::optional<FilterMatch> FilterExpression(const SearchFilters& f, YearSpan years, bool odd_dates) {
  std::vector<std::string> parts;
  int phrases = 0;
  // `{filters} : ("a" OR "b" ...)`
  auto any_of = [&](const std::vector<std::string>& terms) {
    std::string out = "{filters} : (";
    if (terms.empty()) out += std::string("\"") + kNoTerm + "\"";
    for (size_t i = 0; i < terms.size(); ++i) out += (i ? " OR \"" : "\"") + terms[i] + "\"";
    phrases += terms.empty() ? 1 : static_cast<int>(terms.size());
    parts.push_back(out + ")");
  };
  if (!f.langs.empty()) {
    std::vector<std::string> terms;
    for (const std::string& v : f.langs) {
      if (v.find_first_of("%_") != std::string::npos) return std::nullopt;  // LIKE wildcards
      terms.push_back(NameTerm("l0", v));
    }
    any_of(terms);
  }
  auto names = [&](const std::vector<std::string>& values, const char* prefix) {
    if (values.empty()) return;
    std::vector<std::string> terms;
    for (const std::string& v : values) terms.push_back(NameTerm(prefix, v));
    any_of(terms);
  };
  names(f.kinds, "k0");
  names(f.sources, "s0");
  if (!f.docs.empty()) {
    std::vector<std::string> terms;
    for (int64_t id : f.docs) terms.push_back("i0" + std::to_string(id));
    any_of(terms);
  }
  if (!f.orgs.empty()) {
    std::vector<std::string> terms;
    for (const std::string& id : f.orgs) terms.push_back(NameTerm("o0", id, /*exact=*/true));
    any_of(terms);
  }
  if (f.has_date) {
    if (odd_dates) return std::nullopt;
    const DateRange range{f.date_from, f.date_to};
    // Only the ends' shapes are known here; anything else is SQL's.
    if ((!range.from.empty() && !WellFormedDate(range.from)) || (!range.to.empty() && !WellFormedDate(range.to)))
      return std::nullopt;
    int first = years.first, last = years.last;
    if (!range.from.empty()) first = std::max(first, std::stoi(range.from.substr(0, 4)));
    if (!range.to.empty()) last = std::min(last, std::stoi(range.to.substr(0, 4)));
    std::vector<std::string> terms;
    for (int year = first; year <= last; ++year) {
      CoverYear(range, year, &terms);
      if (terms.size() > kMaxAlternatives) return std::nullopt;
    }
    any_of(terms);
  }
  if (parts.empty()) return std::nullopt;
  FilterMatch out;
  for (const std::string& p : parts) out.expression += (out.expression.empty() ? "" : " AND ") + p;
  out.phrases = phrases;
  return out;
}

std::string DocumentOrgIdsSql(std::string_view doc_id) {
  return "(SELECT group_concat(org_id, char(" + std::to_string(static_cast<int>(kOrgSeparator)) +
         ")) FROM fact_orgs WHERE fact_orgs.doc_id = " + std::string(doc_id) + ")";
}

Status RegisterFilterTermsFunction(sqlite3* db) {
  if (sqlite3_create_function(db, "dossier_filter_terms", 6, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                              FilterTermsSql, nullptr, nullptr) != SQLITE_OK)
    return SqliteError(db, "registering dossier_filter_terms");
  return Status::Ok();
}

}  // namespace dossier
