// What every subcommand shares: the global options, the exit codes, and the
// registration functions (one per command, each in cmd_<name>.cpp).
//
// Exit codes scripts can trust (docs/cli.md):
//   0  success
//   1  partial failure: some inputs failed (and were reported), the rest was done;
//      for `search`: no hits
//   2  usage error: bad flags or arguments, malformed query
//   3  the database could not be opened, or is damaged
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <string>

#include "index/store.h"

namespace dossier::cli {

enum ExitCode { kExitOk = 0, kExitPartial = 1, kExitUsage = 2, kExitDatabase = 3 };

struct GlobalOptions {
  std::string db_path;  // --db, else $DOSSIER_DB, else ./dossier.db
};

// Each Register* adds one subcommand to `app`. When the subcommand runs it
// stores its exit code in *exit_code.
void RegisterAdd(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterList(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterShow(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterText(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterRemove(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterStats(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterExtract(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterFacts(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterSheet(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterSearch(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterReindex(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterCheck(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterCompact(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterTokens(CLI::App& app, const GlobalOptions& global, int* exit_code);
void RegisterOrgs(CLI::App& app, const GlobalOptions& global, int* exit_code);

// Opens the store or prints "dossier: <reason>" and returns null. Only
// `create` makes a new database where there is none (add, orgs import).
std::unique_ptr<Store> OpenStoreOrReport(const GlobalOptions& global, Store::Mode mode, bool create = false);
// Parses a document id argument; prints an error and returns false when it is not one.
bool ParseDocId(const std::string& arg, int64_t* id);
// Validates a YYYY-MM-DD (or YYYY-MM, YYYY) option value.
bool IsIsoDate(const std::string& s);
// A file path for one-line-per-file text output: control characters (a
// newline or tab in a file name) are written as \n, \t, \xHH so each
// record stays on one line; --json output carries the exact bytes.
std::string PrintablePath(const std::string& path);

}  // namespace dossier::cli
