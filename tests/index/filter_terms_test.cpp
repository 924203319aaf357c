// Filter terms (index/filter_terms.h): the filters answered by the index
// select exactly what the SQL conditions select.
#include <catch2/catch.hpp>

#include <random>
#include <set>

#include "index/filter_terms.h"
#include "index/search_index.h"
#include "index/store.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

// The quoted terms of an expression.
std::set<std::string> QuotedTerms(const std::string& expr) {
  std::set<std::string> out;
  for (size_t i = expr.find('"'); i != std::string::npos; i = expr.find('"', i + 1)) {
    size_t end = expr.find('"', i + 1);
    out.insert(expr.substr(i + 1, end - i - 1));
    i = end;
  }
  return out;
}

std::set<std::string> Words(const std::string& text) {
  std::set<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    out.insert(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool Intersects(const std::set<std::string>& a, const std::set<std::string>& b) {
  for (const auto& x : a)
    if (b.count(x)) return true;
  return false;
}

// SQLite's own answer to search_index.cpp's date condition.
bool SqlAdmits(sqlite3* db, const std::string& date, const std::string& from, const std::string& to) {
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db,
                             "SELECT ?1 <> '' AND (?2 = '' OR ?1 >= ?2) AND "
                             "(?3 = '' OR substr(?1, 1, length(?3)) <= ?3)",
                             -1, &st, nullptr) == SQLITE_OK);
  sqlite3_bind_text(st, 1, date.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 2, from.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text(st, 3, to.c_str(), -1, SQLITE_TRANSIENT);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  bool admitted = sqlite3_column_int(st, 0) != 0;
  sqlite3_finalize(st);
  return admitted;
}

TEST_CASE("filter terms: date ranges cover exactly the dates SQL admits", "[index][filters]") {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
  // Every precision, around month and year ends, in three years.
  std::vector<std::string> dates = {""};
  for (int y = 2019; y <= 2021; ++y) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", y);
    dates.push_back(buf);
    for (int m : {1, 2, 6, 11, 12}) {
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      dates.push_back(buf);
      for (int d : {1, 2, 15, 28, 30, 31}) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
        dates.push_back(buf);
      }
    }
  }
  std::vector<std::string> ends = {""};
  for (const std::string& d : dates)
    if (!d.empty()) ends.push_back(d);
  std::mt19937 rng(5);
  int checked = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string from = ends[rng() % ends.size()], to = ends[rng() % ends.size()];
    if (from.empty() && to.empty()) continue;
    SearchFilters f;
    f.has_date = true;
    f.date_from = from;
    f.date_to = to;
    auto expr = FilterExpression(f, {2019, 2021}, /*odd_dates=*/false);
    REQUIRE(expr.has_value());
    const std::set<std::string> admitted = QuotedTerms(expr->expression);
    CHECK(expr->phrases == static_cast<int>(admitted.size()));
    for (const std::string& date : dates) {
      INFO("date '" << date << "' from '" << from << "' to '" << to << "'");
      CHECK(Intersects(Words(FilterTerms({.lang = "en", .date = date})), admitted) == SqlAdmits(db, date, from, to));
      ++checked;
    }
  }
  CHECK(checked > 10000);
  sqlite3_close(db);
}

TEST_CASE("filter terms: names match as SQL's NOCASE and LIKE do", "[index][filters]") {
  const std::string orgs = std::string("wto") + kOrgSeparator + "jetro" + kOrgSeparator + "wto";
  auto terms = Words(FilterTerms(
      {.lang = "zh-Hant-TW", .doc_kind = "Speech", .source = "MOFA Japan", .doc_id = 42, .orgs = orgs}));
  auto admits = [&](SearchFilters f) {
    auto expr = FilterExpression(f, {}, false);
    REQUIRE(expr.has_value());
    return Intersects(terms, QuotedTerms(expr->expression));
  };
  for (const char* lang : {"zh", "ZH", "zh-hant", "zh-Hant-TW"}) CHECK(admits({.langs = {lang}}));
  for (const char* lang : {"zh-Hans", "zh-Han", "z", "ja", "TW"}) CHECK_FALSE(admits({.langs = {lang}}));
  CHECK(admits({.langs = {"ja", "zh"}}));  // either value
  CHECK(admits({.kinds = {"speech"}}));
  CHECK_FALSE(admits({.kinds = {"speeches"}}));
  CHECK(admits({.sources = {"mofa japan"}}));
  CHECK_FALSE(admits({.sources = {"MOFA"}}));
  // A document by its id, org ids exactly (as SQL's = does).
  CHECK(admits({.docs = {7, 42}}));
  CHECK_FALSE(admits({.docs = {4}}));
  CHECK(admits({.orgs = {"jetro"}}));
  CHECK(admits({.orgs = {"wto"}}));
  CHECK_FALSE(admits({.orgs = {"JETRO"}}));
  CHECK_FALSE(admits({.orgs = {"jetr"}}));
  // The org ids come in any order and repeat; the terms do not depend on it.
  CHECK(FilterTerms({.doc_id = 1, .orgs = orgs}) ==
        FilterTerms({.doc_id = 1, .orgs = std::string("jetro") + kOrgSeparator + "wto"}));
  // A LIKE wildcard is left to SQL.
  CHECK_FALSE(FilterExpression({.langs = {"z_"}}, {}, false).has_value());
  // So is a date filter while some stored date has another form.
  CHECK_FALSE(FilterExpression({.has_date = true, .date_from = "2020"}, {2019, 2021}, true).has_value());
  // A date range with no stored year matches nothing, and says so.
  auto none = FilterExpression({.has_date = true, .date_from = "2030"}, {2019, 2021}, false);
  REQUIRE(none.has_value());
  CHECK(QuotedTerms(none->expression) == std::set<std::string>{"n0"});
}


TEST_CASE("filter terms: a filtered search through the index equals the SQL path", "[index][filters][search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  // Organisation names among the words, so that documents get org facts.
  const std::vector<std::string> words = {"trade", "hydrogen", "tourism", "ports", "steel", "rice", "JETRO", "the WTO"};
  const std::vector<std::string> langs = {"en", "ja", "zh-Hans", "zh-Hant", "EN-GB"};
  const std::vector<std::string> kinds = {"speech", "communique", "Speech", ""};
  const std::vector<std::string> sources = {"MOFA", "mofa", "METI", ""};
  const std::vector<std::string> dates = {"", "2019", "2019-12", "2020-01-01", "2020-02-29", "2020-12-31", "2021-06"};
  std::mt19937 rng(17);
  auto sentence = [&](int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += (i ? " " : "") + words[rng() % words.size()];
    return out + ".";
  };
  std::vector<int64_t> ids;
  for (int i = 0; i < 90; ++i) {
    std::string body = "Report " + sentence(2) + "\n\n";
    for (int p = 0; p < 3; ++p) body += "It says " + sentence(3 + static_cast<int>(rng() % 6)) + "\n\n";
    StatusOr<Document> doc = IngestBytes(body, (tmp / ("d" + std::to_string(i) + ".txt")).string(), IngestOptions{});
    REQUIRE(doc.ok());
    doc->meta.kind = kinds[rng() % kinds.size()];
    doc->meta.source = sources[rng() % sources.size()];
    doc->meta.date = dates[rng() % dates.size()];
    for (Segment& seg : doc->segments) seg.lang = langs[rng() % langs.size()];
    auto put = s.Put(*doc, ExtractFacts(*doc, {}));
    REQUIRE(put.ok());
    ids.push_back(put->id);
  }
  // Updating a document re-indexes it with its new filter terms; the old
  // ones must be gone (the index integrity check compares them too).
  {
    StatusOr<Document> doc = IngestBytes("Report trade trade.\n\nIt says steel.\n", (tmp / "d0.txt").string(), {});
    REQUIRE(doc.ok());
    doc->meta.date = "2021-06-30";
    doc->meta.kind = "interview";
    REQUIRE(s.Put(*doc, {}).ok());
    auto check = CheckIndex(s.handle());
    REQUIRE(check.ok());
    CHECK(check->ok());
  }
  std::vector<SearchFilters> filters = {
      {.langs = {"en"}},
      {.langs = {"zh"}},
      {.langs = {"ja", "en-gb"}},
      {.kinds = {"speech"}},
      {.kinds = {"interview"}},
      {.sources = {"mofa"}, .has_date = true, .date_from = "2020"},
      {.has_date = true, .date_from = "2019-12", .date_to = "2020-02"},
      {.has_date = true, .date_to = "2019"},
      {.has_date = true, .date_from = "2020-12-31"},
      {.langs = {"zh"}, .kinds = {"communique"}, .has_date = true, .date_from = "2020-01", .date_to = "2021"},
      {.sources = {"nobody"}},
      {.docs = {ids[3], ids[10], ids[11]}},
      {.orgs = {"jetro"}},
      {.orgs = {"wto", "jetro"}, .has_date = true, .date_from = "2020"},
      {.langs = {"en"}, .docs = {ids[5]}, .orgs = {"wto"}},
  };
  int nonempty = 0, with_orgs = 0;
  for (const std::string query : {"trade", "steel rice", "\"trade ports\"", "hydrogen OR tourism", "rice -steel"}) {
    for (size_t fi = 0; fi < filters.size(); ++fi) {
      INFO(query << " filters #" << fi);
      SearchRequest index;
      index.match = test::FtsOf(query);
      index.filters = filters[fi];
      index.limit = 12;
      // A lang: value with a LIKE wildcard, which admits no tag here, sends
      // the same filters down the SQL path (with every tag when the filters
      // had no lang:).
      SearchRequest sql = index;
      if (sql.filters.langs.empty()) sql.filters.langs = langs;
      sql.filters.langs.push_back("x_y");
      int64_t index_total = 0, sql_total = 0;
      auto a = SearchSegments(s.handle(), index, &index_total);
      auto b = SearchSegments(s.handle(), sql, &sql_total);
      REQUIRE(a.ok());
      REQUIRE(b.ok());
      CHECK(sql_total == -1);  // the SQL path does not count on the way
      auto counted = CountHits(s.handle(), sql);
      auto counted_index = CountHits(s.handle(), index);
      REQUIRE(counted.ok());
      REQUIRE(counted_index.ok());
      CHECK(index_total == *counted);
      CHECK(*counted_index == *counted);
      if (*counted > 0) ++nonempty;
      REQUIRE(a->size() == b->size());
      for (size_t i = 0; i < a->size(); ++i) {
        CHECK((*a)[i].doc_id == (*b)[i].doc_id);
        CHECK((*a)[i].ord == (*b)[i].ord);
        CHECK((*a)[i].score == Approx((*b)[i].score).epsilon(1e-12));
      }
      // Facets: one pass over the index's hits against the SQL GROUP BYs.
      auto fa = FacetHits(s.handle(), index);
      auto fb = FacetHits(s.handle(), sql);
      REQUIRE(fa.ok());
      REQUIRE(fb.ok());
      CHECK(fa->lang == fb->lang);
      CHECK(fa->year == fb->year);
      CHECK(fa->kind == fb->kind);
      CHECK(fa->source == fb->source);
      CHECK(fa->org == fb->org);
      if (!fa->org.empty()) ++with_orgs;
    }
  }
  CHECK(with_orgs > 10);  // org facets were compared, not only empty lists
  CHECK(nonempty > 30);  // the comparison is not between empty lists
  {
    // The org filter is not empty either: JETRO was found as an org fact.
    SearchRequest r;
    r.match = test::FtsOf("trade OR steel OR rice OR ports");
    r.filters.orgs = {"jetro"};
    auto jetro = CountHits(s.handle(), r);
    REQUIRE(jetro.ok());
    CHECK(*jetro > 0);
  }
}

}  // namespace
}  // namespace dossier
