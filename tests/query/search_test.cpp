// Search over a small store: the index follows add, update and remove;
// highlighting, filters (org, doc, date), facets and ranking.
#include <catch2/catch.hpp>

#include <random>

#include "extract/fact.h"
#include "index/search_index.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "query/highlight.h"
#include "query/search.h"
#include "tests/test_util.h"

namespace dossier {
using dossier::test::MakeDoc;

namespace {

std::vector<int64_t> DocsFor(const Store& store, const std::string& query, int64_t limit = 100) {
  SearchOptions options;
  options.limit = limit;
  auto r = Search(store, query, options);
  INFO(query << ": " << r.status().ToString());
  REQUIRE(r.ok());
  std::vector<int64_t> docs;
  for (const auto& h : r->hits) docs.push_back(h.segment.doc_id);
  return docs;
}

bool IndexAgrees(const Store& store) {
  auto c = CheckIndex(store.handle());
  REQUIRE(c.ok());
  INFO("segments " << c->segments << " indexed " << c->indexed << " missing " << c->missing
                   << " extra " << c->extra << " integrity " << c->integrity);
  return c->ok();
}

TEST_CASE("search: the index follows add, update and remove", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  auto a = s.Put(MakeDoc((tmp / "a.txt").string(), "Trade report\n\n中日贸易额继续增长。\n"), {});
  auto b = s.Put(MakeDoc((tmp / "b.txt").string(), "Investment note\n\nInvestors invested in Osaka.\n"), {});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(DocsFor(s, "贸易") == std::vector<int64_t>{a->id});
  CHECK(DocsFor(s, "貿易") == std::vector<int64_t>{a->id});
  CHECK(DocsFor(s, "investing osaka") == std::vector<int64_t>{b->id});
  CHECK(IndexAgrees(s));

  // A changed file at the same path replaces its old rows in the index.
  auto a2 = s.Put(MakeDoc((tmp / "a.txt").string(), "Trade report\n\n中日经济合作不断深化。\n"), {});
  REQUIRE(a2.ok());
  CHECK(a2->outcome == PutOutcome::kUpdated);
  CHECK(DocsFor(s, "贸易").empty());
  CHECK(DocsFor(s, "經濟合作") == std::vector<int64_t>{a->id});
  CHECK(IndexAgrees(s));

  REQUIRE(s.Remove(b->id).ok());
  CHECK(DocsFor(s, "invest").empty());
  CHECK(IndexAgrees(s));
  CHECK(s.Check().ok());

  // Rebuilding gives the same answers.
  auto n = RebuildIndex(s.handle());
  REQUIRE(n.ok());
  CHECK(*n >= 2);
  CHECK(DocsFor(s, "经济") == std::vector<int64_t>{a->id});
  CHECK(IndexAgrees(s));
}

TEST_CASE("search: check reports index rows out of step", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  REQUIRE(s.Put(MakeDoc((tmp / "a.txt").string(), "Title\n\nOne paragraph.\n\nAnother one.\n"), {}).ok());
  // Simulate an index that lost its rows (e.g. written by a build without it).
  REQUIRE(sqlite3_exec(s.handle(), "INSERT INTO segment_fts(segment_fts) VALUES('delete-all')", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
  auto c = CheckIndex(s.handle());
  REQUIRE(c.ok());
  CHECK(c->segments >= 2);
  CHECK(c->missing == c->segments);
  CHECK_FALSE(c->ok());
  REQUIRE(RebuildIndex(s.handle()).ok());
  CHECK(IndexAgrees(s));
}

TEST_CASE("search: matches are absolute, cover the characters that matched", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  Document d = MakeDoc((tmp / "j.txt").string(), "見出し\n\n日中経済協力の拡大と貿易額。\n");
  REQUIRE(s.Put(d, {}).ok());
  auto r = Search(s, "经济 协力", {});
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  const SearchHit& h = r->hits[0];
  // 経済協力 is one highlighted range (two terms, adjacent), in the document text.
  REQUIRE(h.matches.size() == 1);
  CHECK(d.text.substr(h.matches[0].start, h.matches[0].size()) == "経済協力");
  // One-character query: one character, not a bigram.
  auto one = Search(s, "易", {});
  REQUIRE(one.ok());
  REQUIRE(one->hits.size() == 1);
  REQUIRE(one->hits[0].matches.size() == 1);
  CHECK(d.text.substr(one->hits[0].matches[0].start, one->hits[0].matches[0].size()) == "易");
  CHECK(one->hits[0].segment.text == "日中経済協力の拡大と貿易額。");
}

TEST_CASE("search: highlighting follows stems, prefixes and phrases", "[search]") {
  Tokenizer t;
  auto q = [&](const std::string& query) {
    auto parsed = ParseQuery(query, t);
    REQUIRE(parsed.ok());
    return parsed->terms;
  };
  std::string text = "Investors invested; investment grew. Supply chains, supply of chains.";
  auto spans = FindMatches(t, text, q("invest"));
  REQUIRE(spans.size() == 2);  // invested, investment (investors stems to investor)
  CHECK(text.substr(spans[0].start, spans[0].size()) == "invested");
  CHECK(text.substr(spans[1].start, spans[1].size()) == "investment");
  auto prefix = FindMatches(t, text, q("invest*"));
  CHECK(prefix.size() == 3);
  auto phrase = FindMatches(t, text, q("\"supply chain\""));
  REQUIRE(phrase.size() == 1);
  CHECK(text.substr(phrase[0].start, phrase[0].size()) == "Supply chains");
}

TEST_CASE("search: filters by document, date, kind and organisation facts", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  Document a = MakeDoc((tmp / "a.txt").string(), "A\n\nJETRO opened an office. Trade grew.\n", "2023-05-01");
  a.meta.kind = "article";
  Fact org = MakeFact(a, FactType::kOrg, {3, 8});
  org.attrs = {{"id", "jetro"}, {"name", "JETRO"}};
  Document b = MakeDoc((tmp / "b.txt").string(), "B\n\nTrade fell sharply.\n", "2024-11-16");
  b.meta.kind = "speech";
  auto ra = s.Put(a, {org});
  auto rb = s.Put(b, {});
  REQUIRE(ra.ok());
  REQUIRE(rb.ok());
  CHECK(DocsFor(s, "trade").size() == 2);
  CHECK(DocsFor(s, "trade org:jetro") == std::vector<int64_t>{ra->id});
  CHECK(DocsFor(s, "trade org:nobody").empty());
  CHECK(DocsFor(s, "trade doc:" + std::to_string(rb->id)) == std::vector<int64_t>{rb->id});
  CHECK(DocsFor(s, "trade date:2024") == std::vector<int64_t>{rb->id});
  CHECK(DocsFor(s, "trade date:..2023-12") == std::vector<int64_t>{ra->id});
  CHECK(DocsFor(s, "trade date:2023-05-01..2024-11-16").size() == 2);
  CHECK(DocsFor(s, "trade kind:speech") == std::vector<int64_t>{rb->id});
  // Filters alone list segments.
  CHECK_FALSE(DocsFor(s, "kind:article").empty());

  // Ranking ties break by date, newest first: both paragraphs are alike.
  auto r = Search(s, "trade", {});
  REQUIRE(r.ok());
  CHECK(r->total == 2);

  SearchOptions with_facets;
  with_facets.facets = true;
  auto f = Search(s, "trade", with_facets);
  REQUIRE(f.ok());
  REQUIRE(f->facets);
  CHECK(f->facets->year == SearchFacets::Counts{{"2023", 1}, {"2024", 1}});
  CHECK(f->facets->kind == SearchFacets::Counts{{"article", 1}, {"speech", 1}});
  CHECK(f->facets->org == SearchFacets::Counts{{"jetro", 1}});
  CHECK(f->facets->lang == SearchFacets::Counts{{"en", 2}});
}

TEST_CASE("search: titles rank above paragraphs with the same words", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  REQUIRE(s.Put(MakeDoc((tmp / "a.txt").string(), "Other heading\n\nHydrogen cooperation plans.\n"), {}).ok());
  auto b = s.Put(MakeDoc((tmp / "b.txt").string(), "Hydrogen cooperation plans\n\nSomething else.\n"), {});
  REQUIRE(b.ok());
  auto r = Search(s, "hydrogen cooperation", {});
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 2);
  CHECK(r->hits[0].segment.doc_id == b->id);
  CHECK(r->hits[0].segment.kind == "title");
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_CASE("search: random operator soup parses or is refused, FTS5 never errors", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  REQUIRE(s.Put(MakeDoc((tmp / "a.txt").string(), "Title\n\n中日贸易 trade invest 経済協力 RCEP.\n"), {}).ok());
  const std::vector<std::string> pieces = {"a", "贸易", "経済", "trade", "inv*", "\"", "(", ")", " OR ", " AND ",
                                           "-", "NEAR(", ", 3", ",", "*", "^", ":", "x:", "lang:ja", " ", "NOT",
                                           "\"\"", "{", "}", "+", "date:2023", "-(", "'", "\\", "%", "_", "RCEP"};
  std::mt19937 rng(7);
  int ok = 0, refused = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string q;
    int n = 1 + rng() % 8;
    for (int k = 0; k < n; ++k) q += pieces[rng() % pieces.size()];
    auto r = Search(s, q, {});
    INFO("query: " << q << " -> " << r.status().ToString());
    if (r.ok()) {
      ++ok;
    } else {
      CHECK(r.status().code() == Status::Code::kInvalidQuery);
      ++refused;
    }
  }
  CHECK(ok > 100);
  CHECK(refused > 100);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Found by fuzz_query: a NUL inside a word or phrase ended FTS5's copy of
// the expression early ("unterminated string"), an internal error.
TEST_CASE("search: control characters in a query are separators, never FTS5 errors", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  auto a = s.Put(MakeDoc((tmp / "a.txt").string(), "Trade report\n\n中日贸易额继续增长。\n"), {});
  REQUIRE(a.ok());
  using namespace std::string_literals;
  for (const std::string& q : {"贸易\0增长"s, "贸易\0\0\0\0\0\0\x08增长"s, "\"\0贸易\0\""s, "\x01\x7f贸易\x1f"s}) {
    auto r = Search(s, q, SearchOptions{});
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    CHECK(r->hits.size() == 1);
  }
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// A query word made of two CJK runs (split by punctuation or a Latin word)
// must find the same text: the index holds the first run's last character
// at its own position, and the phrase has to step over it.
TEST_CASE("search: a word of two CJK runs finds its text", "[search]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  auto a = s.Put(MakeDoc((tmp / "a.txt").string(), "報告\n\n医療・介護の人材を確保する。\n"), {});
  auto b = s.Put(MakeDoc((tmp / "b.txt").string(), "报告\n\n双方推进合作RCEP框架下的贸易。\n"), {});
  auto c = s.Put(MakeDoc((tmp / "c.txt").string(), "报告\n\n医疗和介护是两回事。\n"), {});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  REQUIRE(c.ok());
  CHECK(DocsFor(s, "医療・介護") == std::vector<int64_t>{a->id});
  CHECK(DocsFor(s, "\"医疗・介护\"") == std::vector<int64_t>{a->id});
  CHECK(DocsFor(s, "合作RCEP") == std::vector<int64_t>{b->id});
  CHECK(DocsFor(s, "\"合作 RCEP 框架\"") == std::vector<int64_t>{b->id});
  CHECK(DocsFor(s, "RCEP框架") == std::vector<int64_t>{b->id});
  // Adjacency still matters: 医疗 and 介护 apart are not the phrase.
  CHECK(DocsFor(s, "\"医疗 介护\"").empty());
}

}  // namespace
}  // namespace dossier
