// dossier search QUERY [--json | --kwic] [--facets] [--limit N] [--offset N]
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include "cli/command.h"
#include "query/render.h"
#include "query/search.h"

namespace dossier::cli {
namespace {

struct SearchArgs {
  std::vector<std::string> query;  // joined with spaces: quoting the whole query is optional
  bool json = false, kwic = false, facets = false;
  std::string color = "auto";
  int64_t limit = 10, offset = 0;
  int width = 30;
};

int RunSearch(const GlobalOptions& global, const SearchArgs& args) {
  std::string query;
  for (const auto& part : args.query) query += (query.empty() ? "" : " ") + part;
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  SearchOptions options;
  options.limit = args.limit;
  options.offset = args.offset;
  options.facets = args.facets;
  StatusOr<SearchResult> result = Search(*store, query, options);
  if (!result.ok()) {
    const Status& st = result.status();
    if (st.code() == Status::Code::kInvalidQuery) {
      std::cerr << "dossier search: malformed query: " << st.reason() << " (near `" << st.subject()
                << "`); see docs/search.md\n";
      return kExitUsage;
    }
    std::cerr << "dossier search: " << st.message() << "\n";
    return kExitDatabase;
  }
  bool color = args.color == "always" ||
               (args.color == "auto" && isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR"));
  if (args.json)
    RenderJson(*result, std::cout);
  else if (args.kwic)
    RenderKwic(*result, args.width, color, std::cout);
  else
    RenderText(*result, args.offset, color, std::cout);
  if (args.facets && result->facets) RenderFacets(*result->facets, args.json, std::cout);
  return result->hits.empty() && result->total == 0 ? kExitPartial : kExitOk;
}

}  // namespace

void RegisterSearch(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<SearchArgs>();
  CLI::App* cmd = app.add_subcommand(
      "search", "Full-text search over segments (query language: docs/search.md)");
  cmd->add_option("query", args->query, "words, \"phrases\", OR, -word, prefix*, NEAR(a b, 10), ( ), "
                                        "lang: date: kind: source: doc: org:")
      ->required()
      ->allow_extra_args();
  cmd->add_flag("--json", args->json, "JSON Lines, one object per hit");
  cmd->add_flag("--kwic", args->kwic, "a concordance: one line per match with its context");
  cmd->add_flag("--facets", args->facets, "also count all hits by language, year, kind, source, org");
  cmd->add_option("--limit", args->limit, "hits to show")->capture_default_str()->check(CLI::Range(0, 100000));
  cmd->add_option("--offset", args->offset, "hits to skip")->capture_default_str()->check(CLI::Range(0, 100000000));
  cmd->add_option("--width", args->width, "context columns each side for --kwic")
      ->capture_default_str()->check(CLI::Range(4, 200));
  cmd->add_option("--color", args->color, "highlight with ANSI colour: auto, always, never")
      ->capture_default_str()->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->get_option("--json")->excludes(cmd->get_option("--kwic"));
  cmd->callback([&global, args, exit_code] { *exit_code = RunSearch(global, *args); });
}

}  // namespace dossier::cli
