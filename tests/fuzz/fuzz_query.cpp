// Fuzzes the query language end to end: any text is either a clear
// InvalidQuery or an FTS5 expression that SQLite accepts. A query must never
// reach the database as a syntax error, an SQL message or a write, so any
// other status code (or a changed store) aborts.
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "index/store.h"
#include "ingest/ingest.h"
#include "query/query.h"
#include "query/search.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

using dossier::fuzz::Require;

// libFuzzer ends a timed run without running destructors, so each run
// leaves its store behind; the next run removes those of processes gone.
void RemoveStaleStores() {
  constexpr std::string_view kPrefix = "dossier-fuzz-query-";
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator("/tmp", ec)) {
    const std::string name = entry.path().filename().string();
    if (name.compare(0, kPrefix.size(), kPrefix) != 0) continue;
    const long pid = std::strtol(name.c_str() + kPrefix.size(), nullptr, 10);
    if (pid <= 0 || pid == getpid() || kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
    std::filesystem::remove(entry.path(), ec);
  }
}

// A small store shared by every run: a few documents in each language, so
// queries have hits to rank, highlight and count.
dossier::Store& SharedStore() {
  static std::unique_ptr<dossier::Store> store = [] {
    RemoveStaleStores();
    std::string path = "/tmp/dossier-fuzz-query-" + std::to_string(getpid()) + ".db";
    std::remove(path.c_str());
    auto opened = dossier::Store::Open(path);
    Require(opened.ok());
    const char* bodies[] = {
        "Trade report\n\n中日贸易额继续增长，经济合作深化。\n",
        "經濟報告\n\n台灣與日本的經濟合作持續擴大。\n",
        "経済協力\n\n日中経済協力の強化に合意した。RCEPの活用を進める。\n",
        "Investment note\n\nInvestors invested in Osaka under the RCEP agreement.\n",
    };
    int i = 0;
    for (const char* body : bodies) {
      auto doc = dossier::IngestBytes(body, "/fuzz/doc" + std::to_string(i++) + ".txt", {});
      Require(doc.ok());
      Require((*opened)->Put(*doc, {}).ok());
    }
    return std::move(opened).value();
  }();
  return *store;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 8192) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  static dossier::Tokenizer tokenizer;
  auto parsed = dossier::ParseQuery(text, tokenizer);
  if (!parsed.ok()) {
    Require(parsed.status().code() == dossier::Status::Code::kInvalidQuery);
    return 0;
  }
  dossier::Store& store = SharedStore();
  dossier::SearchOptions options;
  options.limit = 5;
  options.facets = (size % 2) == 1;
  auto result = dossier::Search(store, text, options);
  if (!result.ok()) {
    Require(result.status().code() == dossier::Status::Code::kInvalidQuery);
    return 0;
  }
  Require(result->total >= static_cast<int64_t>(result->hits.size()));
  for (const auto& hit : result->hits)
    for (const auto& m : hit.matches) Require(m.start <= m.end);
  return 0;
}
