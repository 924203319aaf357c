// dossier extract FILE... (facts as JSON Lines, nothing stored)
// dossier facts [filters]  (stored facts as a table, JSON Lines or CSV)
#include <filesystem>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "extract/extractor.h"
#include "index/org_store.h"
#include "ingest/ingest.h"

namespace dossier::cli {
namespace {

bool ParseTypes(const std::string& list, ExtractFilter* filter, std::optional<FactType>* single) {
  if (list.empty()) return true;
  *filter = ExtractFilter{false, false, false, false};
  std::stringstream in(list);
  std::string item;
  int n = 0;
  while (std::getline(in, item, ',')) {
    FactType t;
    if (!ParseFactType(item, &t)) {
      std::cerr << "dossier: unknown fact type '" << item << "' (figure, date, org, commitment)\n";
      return false;
    }
    switch (t) {
      case FactType::kFigure: filter->figure = true; break;
      case FactType::kDate: filter->date = true; break;
      case FactType::kOrg: filter->org = true; break;
      case FactType::kCommitment: filter->commitment = true; break;
    }
    if (single) *single = t;
    ++n;
  }
  if (single && n != 1) single->reset();
  return true;
}

struct ExtractArgs {
  std::vector<std::string> files;
  std::string date, lang, encoding, types;
};

int RunExtract(const GlobalOptions& global, const ExtractArgs& args) {
  if (!args.date.empty() && !IsIsoDate(args.date)) {
    std::cerr << "dossier extract: --date must be YYYY-MM-DD, not '" << args.date << "'\n";
    return kExitUsage;
  }
  ExtractFilter filter;
  if (!ParseTypes(args.types, &filter, nullptr)) return kExitUsage;
  IngestOptions options;
  options.date = args.date;
  options.lang = args.lang;
  options.encoding = args.encoding;
  // Organisations from `dossier orgs import`, when the database exists (loaded once).
  std::unique_ptr<OrgGazetteer> extra_orgs;
  if (filter.org && std::filesystem::exists(global.db_path)) {
    if (auto store = Store::Open(global.db_path, Store::Mode::kReadOnly); store.ok())
      if (auto extra = LoadImportedOrgs(**store); extra.ok()) extra_orgs = std::move(extra).value();
  }
  int rc = kExitOk;
  for (const std::string& file : args.files) {
    StatusOr<Document> doc = IngestFile(file, options);
    if (!doc.ok()) {
      std::cerr << "dossier extract: " << doc.status().message() << "\n";
      rc = kExitPartial;
      continue;
    }
    ExtractContext ctx;
    ctx.reference_date = !args.date.empty() ? args.date : doc->meta.date;
    ctx.extra_orgs = extra_orgs.get();
    for (const Fact& f : ExtractFacts(*doc, ctx, filter)) std::cout << f.ToJson(file).dump() << "\n";
  }
  return rc;
}

struct FactsArgs {
  std::string type, unit, from, to, org;
  int64_t doc = 0;
  int64_t limit = -1;
  bool json = false, csv = false;
};

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

// The one-line value a person reads in a table.
std::string ValueText(const Fact& f) {
  const auto& a = f.attrs;
  auto str = [&](const char* k) { return a.contains(k) && a[k].is_string() ? a[k].get<std::string>() : std::string(); };
  switch (f.type) {
    case FactType::kFigure: {
      std::string v = a.contains("value") ? a["value"].dump() : "";
      std::string out = v + " " + str("unit");
      if (!str("approx").empty() && str("approx") != "exact") out += " (" + str("approx") + ")";
      if (!str("change").empty()) out += " " + str("change");
      return out;
    }
    case FactType::kDate: return str("value");
    case FactType::kOrg: return str("id");
    case FactType::kCommitment: return str("strength") + ": " + str("actor");
  }
  return {};
}

int RunFacts(const GlobalOptions& global, const FactsArgs& args) {
  FactFilter filter;
  if (!args.type.empty()) {
    FactType t;
    if (!ParseFactType(args.type, &t)) {
      std::cerr << "dossier facts: unknown --type '" << args.type << "' (figure, date, org, commitment)\n";
      return kExitUsage;
    }
    filter.type = t;
  }
  for (const std::string* d : {&args.from, &args.to})
    if (!d->empty() && !IsIsoDate(*d)) {
      std::cerr << "dossier facts: --from/--to take YYYY, YYYY-MM or YYYY-MM-DD, not '" << *d << "'\n";
      return kExitUsage;
    }
  filter.unit = args.unit;
  filter.from = args.from;
  filter.to = args.to;
  filter.org_id = args.org;
  if (args.doc > 0) filter.doc = args.doc;
  filter.limit = args.limit;
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  auto facts = store->Facts(filter);
  if (!facts.ok()) {
    std::cerr << "dossier facts: " << facts.status().message() << "\n";
    return kExitDatabase;
  }
  if (args.csv) std::cout << "doc,type,start,end,lang,value,text,attrs\n";
  for (const StoredFact& sf : *facts) {
    const Fact& f = sf.fact;
    if (args.json) {
      std::cout << f.ToJson(std::to_string(sf.doc_id)).dump() << "\n";
    } else if (args.csv) {
      std::cout << sf.doc_id << "," << FactTypeName(f.type) << "," << f.span.start << "," << f.span.end << ","
                << f.lang << "," << CsvField(ValueText(f)) << "," << CsvField(f.text) << ","
                << CsvField(f.attrs.dump()) << "\n";
    } else {
      std::cout << sf.doc_id << "\t" << FactTypeName(f.type) << "\t[" << f.span.start << "," << f.span.end
                << ")\t" << ValueText(f) << "\t" << f.text << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterExtract(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Print the facts of files as JSON Lines (shared/spec/facts.md), storing nothing");
  cmd->add_option("files", args->files, "files to read exactly as `dossier add` would")->required();
  cmd->add_option("--date", args->date, "document date (YYYY-MM-DD) when the text states none; "
                                        "relative dates resolve against it");
  cmd->add_option("--lang", args->lang, "language of every segment: en, zh-Hans, zh-Hant, ja");
  cmd->add_option("--encoding", args->encoding, "decode with this charset");
  cmd->add_option("--types", args->types, "comma-separated: figure,date,org,commitment (default: all)");
  cmd->callback([&global, args, exit_code] { *exit_code = RunExtract(global, *args); });
}

void RegisterFacts(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto args = std::make_shared<FactsArgs>();
  CLI::App* cmd = app.add_subcommand("facts", "List stored facts with filters, each with document, offsets and quote");
  cmd->add_option("--type", args->type, "figure, date, org or commitment");
  cmd->add_option("--unit", args->unit, "figures with this unit (USD, CNY, JPY, %, count, x, ...)");
  cmd->add_option("--from", args->from, "dates whose value is at or after this (YYYY[-MM[-DD]])");
  cmd->add_option("--to", args->to, "dates whose value is at or before this (YYYY[-MM[-DD]])");
  cmd->add_option("--doc", args->doc, "facts of this document id only");
  cmd->add_option("--org", args->org, "mentions of this organisation id");
  cmd->add_option("--limit", args->limit, "at most this many facts");
  auto* j = cmd->add_flag("--json", args->json, "JSON Lines, one fact per line (the contract's fields)");
  cmd->add_flag("--csv", args->csv, "CSV with a header row")->excludes(j);
  cmd->callback([&global, args, exit_code] { *exit_code = RunFacts(global, *args); });
}

}  // namespace dossier::cli
