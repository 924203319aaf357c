// One-character and punctuated CJK queries against the index, which keeps a
// CJK unigram only at the end of a run (Tokenizer::Mode::kIndex): every
// occurrence must still be found, wherever the character sits in its run.
#include <catch2/catch.hpp>

#include <algorithm>

#include "index/search_index.h"
#include "index/store.h"
#include "index/tokenizer.h"
#include "ingest/ingest.h"
#include "query/query.h"
#include "query/search.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

int64_t PutText(Store& store, const test::TempDir& tmp, const std::string& name, const std::string& body) {
  StatusOr<Document> doc = IngestBytes(body, (tmp / name).string(), {});
  REQUIRE(doc.ok());
  auto put = store.Put(*doc, {});
  REQUIRE(put.ok());
  return put->id;
}

std::vector<int64_t> Docs(const Store& store, const std::string& query) {
  auto r = Search(store, query, {.limit = 100});
  INFO(query << ": " << r.status().ToString());
  REQUIRE(r.ok());
  std::vector<int64_t> docs;
  for (const auto& h : r->hits) docs.push_back(h.segment.doc_id);
  std::sort(docs.begin(), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
  return docs;
}

TEST_CASE("cjk recall: the index stores run-final unigrams only", "[cjk_recall]") {
  Tokenizer t;
  std::vector<std::string> texts;
  for (const auto& tok : t.TokenizeAll("贸易额 港", Tokenizer::Mode::kIndex)) texts.push_back(tok.text);
  CHECK(texts == std::vector<std::string>{"贸易", "易额", "额", "港"});
  CHECK(Tokenizer::IsCjkUnigram("港"));
  CHECK_FALSE(Tokenizer::IsCjkUnigram("贸易"));
  CHECK_FALSE(Tokenizer::IsCjkUnigram("a"));
}

TEST_CASE("cjk recall: a character is found at the start, inside and at the end of a run", "[cjk_recall]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  int64_t a = PutText(s, tmp, "a.txt", "Title\n\n中日贸易额继续增长。\n");
  int64_t b = PutText(s, tmp, "b.txt", "Title\n\n香港，RCEP 港 trade。\n");
  CHECK(Docs(s, "贸") == std::vector<int64_t>{a});   // first of its run
  CHECK(Docs(s, "額") == std::vector<int64_t>{a});   // inside, Han variant
  CHECK(Docs(s, "长") == std::vector<int64_t>{a});   // run-final
  CHECK(Docs(s, "港") == std::vector<int64_t>{b});   // run-final and a lone character
  CHECK(Docs(s, "香") == std::vector<int64_t>{b});
  CHECK(Docs(s, "\"RCEP 港\"") == std::vector<int64_t>{b});  // lone character after a word
  CHECK(Docs(s, "\"港 trade\"") == std::vector<int64_t>{b});
  CHECK(Docs(s, "\"RCEP 易\"").empty());
  // A lone character followed by CJK: run-final (港，RCEP is not CJK) or the start of a bigram.
  CHECK(Docs(s, "\"中，日贸\"") == std::vector<int64_t>{a});
  CHECK(Docs(s, "\"港，RCEP\"") == std::vector<int64_t>{b});
  CHECK(Docs(s, "NEAR(贸 长, 10)") == std::vector<int64_t>{a});
  CHECK(Docs(s, "增 -贸").empty());
  // Highlighting still marks one character.
  auto r = Search(s, "易", {});
  REQUIRE(r.ok());
  REQUIRE(r->hits.size() == 1);
  REQUIRE(r->hits[0].matches.size() == 1);
  CHECK(r->hits[0].matches[0].size() == 3);
}

TEST_CASE("cjk recall: check reports the tokenizer version and reindex keeps it", "[cjk_recall]") {
  test::TempDir tmp;
  auto opened = Store::Open((tmp / "t.db").string());
  REQUIRE(opened.ok());
  Store& s = **opened;
  PutText(s, tmp, "a.txt", "Title\n\n中日贸易额。\n");
  auto c = CheckIndex(s.handle());
  REQUIRE(c.ok());
  CHECK(c->tokenizer == std::to_string(Tokenizer::kTokenizerVersion));
  CHECK(c->ok());
  REQUIRE(sqlite3_exec(s.handle(), "UPDATE index_meta SET value = '1' WHERE key = 'tokenizer'", nullptr, nullptr,
                       nullptr) == SQLITE_OK);
  auto stale = CheckIndex(s.handle());
  REQUIRE(stale.ok());
  CHECK_FALSE(stale->ok());
  REQUIRE(RebuildIndex(s.handle()).ok());
  auto again = CheckIndex(s.handle());
  REQUIRE(again.ok());
  CHECK(again->ok());
}

}  // namespace
}  // namespace dossier
