// dossier sheet ID... | --query Q | --all  [--format F] [--section S] [-o FILE]
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "query/render_sheet.h"
#include "query/sheet.h"
#include "query/sheet_selection.h"

namespace dossier::cli {
namespace {

struct SheetArgs {
  std::vector<std::string> ids;
  std::string query;
  bool all = false;
  std::string format = "markdown";
  std::string section = "all";
  std::string output;
  double tolerance = 0.005;
};

int RunSheet(const GlobalOptions& global, const SheetArgs& args) {
  SheetFormat format;
  SheetSection section;
  if (!ParseSheetFormat(args.format, &format)) {
    std::cerr << "dossier sheet: unknown format '" << args.format << "' (markdown, json, csv, html)\n";
    return kExitUsage;
  }
  if (!ParseSheetSection(args.section, &section)) {
    std::cerr << "dossier sheet: unknown section '" << args.section
              << "' (figures, timeline, organisations, commitments, corroboration, documents)\n";
    return kExitUsage;
  }
  int sources = !args.ids.empty() + !args.query.empty() + args.all;
  if (sources != 1) {
    std::cerr << "dossier sheet: give document ids, --query QUERY or --all (exactly one of them)\n";
    return kExitUsage;
  }
  if (!(args.tolerance >= 0 && args.tolerance < 1)) {
    std::cerr << "dossier sheet: --tolerance must be in [0, 1)\n";
    return kExitUsage;
  }
  std::vector<int64_t> ids;
  for (const std::string& arg : args.ids) {
    int64_t id;
    if (!ParseDocId(arg, &id)) return kExitUsage;
    ids.push_back(id);
  }
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  if (!args.query.empty()) {
    auto selected = SelectSheetDocuments(*store, args.query);
    if (!selected.ok()) {
      std::cerr << "dossier sheet: " << selected.status().message() << "\n";
      return selected.status().code() == Status::Code::kInvalidQuery ? kExitUsage : kExitDatabase;
    }
    ids = std::move(selected).value();
  } else if (args.all) {
    auto docs = store->List();
    if (!docs.ok()) {
      std::cerr << "dossier sheet: " << docs.status().message() << "\n";
      return kExitDatabase;
    }
    for (const DocumentSummary& d : *docs) ids.push_back(d.id);
  }
  if (ids.empty()) {
    std::cerr << "dossier sheet: no documents " << (args.query.empty() ? "stored" : "match the query") << "\n";
    return kExitPartial;
  }
  auto sheet = LoadSheet(*store, ids, args.query, SheetOptions{.tolerance = args.tolerance});
  if (!sheet.ok()) {
    std::cerr << "dossier sheet: " << sheet.status().message() << "\n";
    return sheet.status().code() == Status::Code::kNotFound ? kExitUsage : kExitDatabase;
  }
  std::string rendered = RenderSheet(*sheet, format, section);
  if (args.output.empty() || args.output == "-") {
    std::cout << rendered;
    return kExitOk;
  }
  std::ofstream out(args.output, std::ios::binary | std::ios::trunc);
  out << rendered;
  out.close();
  if (!out) {
    std::cerr << "dossier sheet: cannot write " << args.output << "\n";
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace

void RegisterSheet(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<SheetArgs>();
  CLI::App* cmd = app.add_subcommand(
      "sheet", "Fact sheet of documents: key figures, timeline, organisations, commitments, corroboration");
  cmd->add_option("ids", args->ids, "document ids (see `dossier list`)");
  cmd->add_option("-q,--query", args->query,
                  "the documents a query selects, e.g. 'RCEP lang:ja date:2023..2025 kind:speech'");
  cmd->add_flag("--all", args->all, "every stored document");
  cmd->add_option("-f,--format", args->format, "markdown (default), json, csv or html");
  cmd->add_option("--section", args->section,
                  "only one section: figures, timeline, organisations, commitments, corroboration, documents");
  cmd->add_option("-o,--output", args->output, "write to FILE instead of stdout");
  cmd->add_option("--tolerance", args->tolerance, "relative difference still the same figure (default 0.005)");
  cmd->footer("Every row carries DOC, SEGMENT and byte offsets [START,END); `dossier show DOC --at START` "
              "prints the paragraph. See docs/sheet.md.");
  cmd->callback([&global, args, exit_code] { *exit_code = RunSheet(global, *args); });
}

}  // namespace dossier::cli
