// dossier add PATH...: ingest files and folders into the store.
#include <unistd.h>

#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "cli/file_walk.h"
#include "index/add_pipeline.h"

namespace dossier::cli {
namespace {

struct AddArgs {
  std::vector<std::string> paths;
  std::string source, date, lang, encoding;
  int jobs = 0;
  bool json = false;
  bool quiet = false;
  size_t max_mb = 64;
};

int RunAdd(const GlobalOptions& global, const AddArgs& args) {
  if (!args.date.empty() && !IsIsoDate(args.date)) {
    std::cerr << "dossier add: --date must be YYYY-MM-DD, not '" << args.date << "'\n";
    return kExitUsage;
  }
  if (!args.lang.empty() && args.lang != "en" && args.lang != "zh-Hans" && args.lang != "zh-Hant" &&
      args.lang != "ja") {
    std::cerr << "dossier add: --lang must be one of en, zh-Hans, zh-Hant, ja\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport(global, Store::Mode::kReadWrite, /*create=*/true);
  if (!store) return kExitDatabase;

  // The files are walked as the workers take them, so memory does not grow
  // with their number; a progress line needs the total, counted first by a
  // walk that keeps nothing.
  const bool tty = !args.json && isatty(STDERR_FILENO);
  const size_t total = tty ? CountPaths(args.paths) : 0;
  const bool progress = tty && total >= 20;
  FileWalker walker(args.paths);
  AddSource next_input = [&walker]() -> std::optional<AddInput> {
    std::optional<WalkEntry> e = walker.Next();
    if (!e) return std::nullopt;
    return AddInput{std::move(e->path), std::move(e->error)};
  };

  AddOptions options;
  options.ingest.source = args.source;
  options.ingest.date = args.date;
  options.ingest.lang = args.lang;
  options.ingest.encoding = args.encoding;
  options.ingest.max_bytes = args.max_mb << 20;
  options.jobs = args.jobs;

  AddSummary summary = AddFiles(*store, next_input, total, options, [&](const AddReport& r, size_t done, size_t total) {
    if (progress) std::cerr << "\r\033[K";
    if (args.json) {
      nlohmann::json j;
      j["path"] = r.path;
      if (r.ok) {
        j["status"] = PutOutcomeName(r.put.outcome);
        j["id"] = r.put.id;
        j["title"] = r.title;
        j["bytes"] = r.bytes;
        j["facts"] = r.facts;
        if (r.put.outcome == PutOutcome::kDuplicate) j["duplicate_of"] = r.put.existing_path;
      } else {
        j["status"] = "failed";
        j["error"] = r.error.reason().empty() ? r.error.message() : r.error.reason();
        j["error_kind"] = Status::CodeName(r.error.code());
      }
      std::cout << j.dump() << "\n";
    } else if (r.ok) {
      if (!args.quiet || r.put.outcome == PutOutcome::kAdded || r.put.outcome == PutOutcome::kUpdated) {
        std::cout << PutOutcomeName(r.put.outcome) << "\t" << r.put.id << "\t" << PrintablePath(r.path);
        if (r.put.outcome == PutOutcome::kDuplicate)
          std::cout << "\t(same text as document " << r.put.id << ", " << PrintablePath(r.put.existing_path) << ")";
        else
          std::cout << "\t" << r.title;
        std::cout << "\n";
      }
    } else {
      std::string reason = r.error.reason().empty() ? r.error.message() : r.error.reason();
      std::cout << "failed\t-\t" << PrintablePath(r.path) << "\t" << reason << "\n";
      std::cerr << "dossier add: " << PrintablePath(r.path) << ": " << reason << "\n";
    }
    if (progress) std::cerr << "[" << done << "/" << total << "] " << PrintablePath(r.path) << std::flush;
  });
  if (progress) std::cerr << "\r\033[K";
  if (args.json) {
    nlohmann::json s = {{"summary", {{"added", summary.added}, {"updated", summary.updated},
                                     {"unchanged", summary.unchanged}, {"duplicate", summary.duplicate},
                                     {"failed", summary.failed}, {"bytes", summary.bytes},
                                     {"writer_cpu_seconds", summary.writer_cpu_seconds},
                                     {"workers_cpu_seconds", summary.workers_cpu_seconds}}}};
    std::cout << s.dump() << "\n";
  } else {
    std::cerr << summary.added << " added, " << summary.updated << " updated, " << summary.unchanged
              << " unchanged, " << summary.duplicate << " duplicate, " << summary.failed << " failed\n";
  }
  return summary.failed > 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterAdd(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<AddArgs>();
  CLI::App* cmd = app.add_subcommand("add", "Ingest files and folders (recursively) into the database");
  cmd->add_option("paths", args->paths, "files and folders to add")->required();
  cmd->add_option("--source", args->source, "source name recorded for every document");
  cmd->add_option("--date", args->date, "document date (YYYY-MM-DD) when the text states none");
  cmd->add_option("--lang", args->lang, "language of every segment: en, zh-Hans, zh-Hant, ja");
  cmd->add_option("--encoding", args->encoding, "decode files with this charset (e.g. GB18030, Shift_JIS)");
  cmd->add_option("--jobs,-j", args->jobs, "worker threads for reading and extraction, beside the one writer; 1 does all the work on one thread (default: all cores)");
  cmd->add_option("--max-size", args->max_mb, "refuse files larger than this many MiB")->capture_default_str();
  cmd->add_flag("--json", args->json, "one JSON object per file, then a summary object (JSON Lines)");
  cmd->add_flag("--quiet,-q", args->quiet, "print only added, updated and failed files");
  cmd->footer("Each file gets one line: added, updated, unchanged, duplicate or failed (with the reason).\n"
              "Exit status 1 when any file failed; the others are stored.");
  cmd->callback([&global, args, exit_code] { *exit_code = RunAdd(global, *args); });
}

}  // namespace dossier::cli
