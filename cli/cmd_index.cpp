// dossier reindex | check | compact | tokens TEXT
#include <filesystem>
#include <iostream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "index/search_index.h"
#include "index/tokenizer.h"

namespace dossier::cli {
namespace {

int RunReindex(const GlobalOptions& global) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  StatusOr<int64_t> n = RebuildIndex(store->handle());
  if (!n.ok()) {
    std::cerr << "dossier reindex: " << n.status().message() << "\n";
    return kExitDatabase;
  }
  std::cout << "reindexed " << *n << " segments\n";
  return kExitOk;
}

int RunCheck(const GlobalOptions& global, bool json) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  Status store_status = store->Check();
  StatusOr<IndexCheck> index = CheckIndex(store->handle());
  if (!index.ok()) {
    std::cerr << "dossier check: " << index.status().message() << "\n";
    return kExitDatabase;
  }
  bool ok = store_status.ok() && index->ok();
  if (json) {
    std::cout << nlohmann::json{{"ok", ok},
                                {"store", store_status.ok() ? "ok" : store_status.message()},
                                {"segments", index->segments},
                                {"indexed", index->indexed},
                                {"missing", index->missing},
                                {"extra", index->extra},
                                {"index_integrity", index->integrity.empty() ? "ok" : index->integrity},
                                {"index_tokenizer", index->tokenizer},
                                {"index_tokenizer_current", index->tokenizer_current()}}
                     .dump()
              << "\n";
  } else {
    std::cout << "store: " << (store_status.ok() ? "ok" : store_status.message()) << "\n";
    std::cout << "index: " << index->segments << " segments, " << index->indexed << " indexed, "
              << index->missing << " missing from the index, " << index->extra
              << " index rows without a segment\n";
    std::cout << "index integrity: " << (index->integrity.empty() ? "ok" : index->integrity) << "\n";
    std::cout << "index tokenizer: " << (index->tokenizer.empty() ? "unknown" : index->tokenizer)
              << (index->tokenizer_current() ? " (current)" : " (stale: the tokenizer changed)") << "\n";
    if (!index->ok()) std::cout << "run `dossier reindex` to rebuild the index\n";
  }
  return ok ? kExitOk : kExitDatabase;
}

// The bytes of the database file and its write-ahead log (0 for a missing one).
uintmax_t DatabaseBytes(const std::string& path) {
  uintmax_t total = 0;
  for (const std::string& p : {path, path + "-wal"}) {
    std::error_code ec;
    const uintmax_t n = std::filesystem::file_size(p, ec);
    if (!ec) total += n;
  }
  return total;
}

int RunCompact(const GlobalOptions& global, bool json) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  const uintmax_t before = DatabaseBytes(store->path());
  if (Status s = store->Compact(); !s.ok()) {
    std::cerr << "dossier compact: " << s.message() << "\n";
    return kExitDatabase;
  }
  const uintmax_t after = DatabaseBytes(store->path());
  if (json) {
    std::cout << nlohmann::json{{"before_bytes", before}, {"after_bytes", after}}.dump() << "\n";
  } else {
    std::cout << "compacted " << store->path() << ": " << before << " -> " << after << " bytes";
    if (before > 0) std::cout << " (" << (100 * after + before / 2) / before << "%)";
    std::cout << "\n";
  }
  return kExitOk;
}

int RunTokens(const std::string& text, const std::string& mode_name) {
  Tokenizer tokenizer;
  Tokenizer::Mode mode = mode_name == "query"    ? Tokenizer::Mode::kQuery
                         : mode_name == "prefix" ? Tokenizer::Mode::kPrefix
                         : mode_name == "index"  ? Tokenizer::Mode::kIndex
                                                 : Tokenizer::Mode::kDocument;
  for (const auto& t : tokenizer.TokenizeAll(text, mode))
    std::cout << t.position << "\t" << t.text << "\t" << t.start << "\t" << t.end << "\t"
              << text.substr(t.start, t.end - t.start) << "\n";
  return kExitOk;
}

}  // namespace

void RegisterReindex(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  CLI::App* cmd = app.add_subcommand("reindex", "Rebuild the full-text index from the stored segments");
  cmd->callback([&global, exit_code] { *exit_code = RunReindex(global); });
}

void RegisterCheck(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("check", "Verify the store and that the index agrees with it");
  cmd->add_flag("--json", *json, "one JSON object");
  cmd->callback([&global, json, exit_code] { *exit_code = RunCheck(global, *json); });
}

void RegisterCompact(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "compact",
      "Shrink the database file to what is stored, after removals or an upgrade (needs free disk space of about its size)");
  cmd->add_flag("--json", *json, "one JSON object: before_bytes, after_bytes (database and log)");
  cmd->callback([&global, json, exit_code] { *exit_code = RunCompact(global, *json); });
}

void RegisterTokens(CLI::App& app, const GlobalOptions&, int* exit_code) {
  auto text = std::make_shared<std::string>();
  auto mode = std::make_shared<std::string>("document");
  CLI::App* cmd = app.add_subcommand("tokens", "Show the index tokens of TEXT: position, token, start, end, source");
  cmd->add_option("text", *text, "the text to tokenize")->required();
  cmd->add_option("--mode", *mode, "document, index (what FTS5 stores), query or prefix")
      ->capture_default_str()->check(CLI::IsMember({"document", "index", "query", "prefix"}));
  cmd->callback([text, mode, exit_code] { *exit_code = RunTokens(*text, *mode); });
}

}  // namespace dossier::cli
