// The relevance set (tests/data/relevance.tsv) over the sample corpus: every
// expected segment is in the top 10 of its query, and every `absent` segment
// is not among the hits at all.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <unicode/ucnv.h>

#include "index/store.h"
#include "ingest/ingest.h"
#include "query/search.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

std::vector<std::vector<std::string>> ReadTsv(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (!line.empty() && line.back() == '\t') cols.push_back("");
    rows.push_back(cols);
  }
  return rows;
}

// The fixture decodes legacy charsets itself so the test does not depend
// on charset detection (the ingest tests cover that).
std::string ToUtf8(const std::string& bytes, const std::string& charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 16, '\0');
  int32_t n = ucnv_convert("UTF-8", charset.c_str(), out.data(), static_cast<int32_t>(out.size()),
                           bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  REQUIRE(U_SUCCESS(err));
  out.resize(n);
  return out;
}

// Adds the corpus with the metadata of tests/data/relevance_docs.tsv.
// Returns file name -> document id.
std::map<std::string, int64_t> AddCorpus(Store& store) {
  std::map<std::string, int64_t> ids;
  for (const auto& row : ReadTsv(test::SourceDir() / "tests/data/relevance_docs.tsv")) {
    REQUIRE(row.size() == 5);
    IngestOptions options;
    options.date = row[2];
    options.source = row[4];
    const std::string path = (test::SourceDir() / "corpus" / row[0]).string();
    std::string bytes = test::ReadFile(path);
    if (!row[1].empty()) bytes = ToUtf8(bytes, row[1]);
    auto doc = IngestBytes(bytes, path, options);
    INFO(row[0] << ": " << doc.status().ToString());
    REQUIRE(doc.ok());
    if (doc->meta.kind.empty()) doc->meta.kind = row[3];
    if (doc->meta.date.empty()) doc->meta.date = row[2];
    auto put = store.Put(*doc, {});
    REQUIRE(put.ok());
    ids[row[0]] = put->id;
  }
  return ids;
}

std::string Substitute(std::string query, const std::map<std::string, int64_t>& ids) {
  for (const auto& [file, id] : ids) {
    std::string key = "{" + file + "}";
    for (size_t p; (p = query.find(key)) != std::string::npos;) query.replace(p, key.size(), std::to_string(id));
  }
  return query;
}

TEST_CASE("relevance: expected corpus segments are in the top 10", "[relevance]") {
  test::TempDir dir;
  auto store = Store::Open((dir / "r.db").string());
  REQUIRE(store.ok());
  auto ids = AddCorpus(**store);
  auto rows = ReadTsv(test::SourceDir() / "tests/data/relevance.tsv");
  REQUIRE(rows.size() >= 60);
  int passed = 0;
  for (const auto& row : rows) {
    REQUIRE(row.size() == 4);
    const std::string query = Substitute(row[0], ids);
    const bool want_hit = row[3] == "hit";
    SearchOptions options;
    options.limit = want_hit ? 10 : 1000;
    auto result = Search(**store, query, options);
    INFO("query: " << query);
    REQUIRE(result.ok());
    bool found = false;
    std::string seen;
    for (const auto& hit : result->hits) {
      std::string file = std::filesystem::path(hit.segment.path).filename().string();
      if (file == row[1] && hit.segment.text.find(row[2]) != std::string::npos) found = true;
      std::string head = hit.segment.text.substr(0, 90);
      while (!head.empty() && (static_cast<unsigned char>(head.back()) & 0xC0) == 0x80) head.pop_back();
      if (!head.empty() && static_cast<unsigned char>(head.back()) >= 0xC0) head.pop_back();
      seen += "\n  " + file + ": " + head;
    }
    INFO("expected " << row[3] << ": " << row[1] << " :: " << row[2] << "\nreturned:" << seen);
    CHECK(found == want_hit);
    if (found == want_hit) ++passed;
  }
  WARN("relevance: " << passed << "/" << rows.size() << " expectations hold");
}

}  // namespace
}  // namespace dossier
