// dossier orgs import FILE.tsv   add organisations and aliases (gazetteer format, docs/orgs.md)
// dossier orgs list              every known organisation: built-in and imported, with mention counts
// dossier orgs show ID           one organisation: aliases by language, mentions across the collection
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "extract/org_gazetteer.h"
#include "index/org_store.h"

namespace dossier::cli {
namespace {

int RunImport(const GlobalOptions& global, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "dossier orgs import: " << file << ": cannot open\n";
    return kExitPartial;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  StatusOr<std::vector<OrgEntry>> rows = OrgGazetteer::ParseTsv(buffer.str(), file);
  if (!rows.ok()) {
    std::cerr << "dossier orgs import: " << rows.status().message() << "\n";
    return kExitUsage;
  }
  std::unique_ptr<Store> store = OpenStoreOrReport(global, Store::Mode::kReadWrite, /*create=*/true);
  if (!store) return kExitDatabase;
  StatusOr<OrgImportResult> r = ImportOrgs(*store, *rows);
  if (!r.ok()) {
    std::cerr << "dossier orgs import: " << r.status().message() << "\n";
    return kExitDatabase;
  }
  for (const Status& s : r->refused) std::cerr << "dossier orgs import: refused " << s.message() << "\n";
  std::cout << "imported " << r->imported << " organisation(s)";
  if (!r->refused.empty()) std::cout << ", refused " << r->refused.size();
  std::cout << "\n";
  return r->refused.empty() ? kExitOk : kExitPartial;
}

struct Known {
  const OrgEntry* org;
  std::string source;  // built-in, imported
};

// Built-in and imported organisations by id (imported aliases merged into a
// built-in id are shown with it).
std::map<std::string, Known> AllOrgs(const std::vector<OrgEntry>& imported) {
  std::map<std::string, Known> all;
  for (const OrgEntry& e : OrgGazetteer::BuiltIn().entries()) all[e.id] = {&e, "built-in"};
  for (const OrgEntry& e : imported) {
    auto it = all.find(e.id);
    if (it == all.end()) all[e.id] = {&e, "imported"};
    else it->second.source = "built-in+imported";
  }
  return all;
}

int RunList(const GlobalOptions& global, bool json, bool imported_only) {
  std::unique_ptr<Store> store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  auto imported = ListImportedOrgs(*store);
  auto counts = OrgMentionCounts(*store);
  if (!imported.ok() || !counts.ok()) {
    std::cerr << "dossier orgs list: " << (!imported.ok() ? imported.status() : counts.status()).message() << "\n";
    return kExitDatabase;
  }
  std::map<std::string, int64_t> mentions(counts->begin(), counts->end());
  for (const auto& [id, known] : AllOrgs(*imported)) {
    if (imported_only && known.source == "built-in") continue;
    int64_t n = mentions.count(id) ? mentions[id] : 0;
    if (json) {
      nlohmann::json j = {{"id", id}, {"name", known.org->name}, {"type", known.org->type},
                          {"country", known.org->country}, {"source", known.source}, {"mentions", n}};
      std::cout << j.dump() << "\n";
    } else {
      std::cout << id << "\t" << known.org->name << "\t" << known.org->type << "\t" << known.org->country << "\t"
                << known.source << "\t" << n << "\n";
    }
  }
  return kExitOk;
}

int RunShow(const GlobalOptions& global, const std::string& arg, bool json) {
  std::unique_ptr<Store> store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  auto imported = ListImportedOrgs(*store);
  if (!imported.ok()) {
    std::cerr << "dossier orgs show: " << imported.status().message() << "\n";
    return kExitDatabase;
  }
  auto all = AllOrgs(*imported);
  // An id, or any alias of a known organisation.
  std::string id = arg;
  if (!all.count(id)) {
    const OrgEntry* e = OrgGazetteer::BuiltIn().FindByAlias(arg);
    if (!e) {
      auto extra = LoadImportedOrgs(*store);
      if (extra.ok()) e = (*extra)->FindByAlias(arg);
      if (e) id = e->id;
    } else {
      id = e->id;
    }
  }
  FactFilter filter;
  filter.type = FactType::kOrg;
  filter.org_id = id;
  auto facts = store->Facts(filter);
  if (!facts.ok()) {
    std::cerr << "dossier orgs show: " << facts.status().message() << "\n";
    return kExitDatabase;
  }
  auto known = all.find(id);
  if (known == all.end() && facts->empty()) {
    std::cerr << "dossier orgs show: no organisation '" << arg << "' (see `dossier orgs list`)\n";
    return kExitUsage;
  }
  // Aliases: the built-in ones, then the imported ones.
  std::vector<std::pair<std::string, std::string>> aliases;  // lang, alias
  auto add_aliases = [&](const OrgEntry& e) {
    for (size_t i = 0; i < e.aliases.size(); ++i) {
      std::pair<std::string, std::string> a{i < e.alias_langs.size() ? e.alias_langs[i] : "", e.aliases[i]};
      if (!a.second.empty() && (a.second[0] == '=' || a.second[0] == '^')) a.second.erase(0, 1);
      if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
    }
  };
  std::string name = facts->empty() ? arg : (*facts)[0].fact.attrs.value("name", arg);
  std::string type, country, source = "found in text";
  if (known != all.end()) {
    if (const OrgEntry* b = OrgGazetteer::BuiltIn().FindById(id)) add_aliases(*b);
    for (const OrgEntry& e : *imported)
      if (e.id == id) add_aliases(e);
    name = known->second.org->name, type = known->second.org->type, country = known->second.org->country;
    source = known->second.source;
  }
  std::map<int64_t, DocumentSummary> docs;
  auto doc_of = [&](int64_t doc_id) -> const DocumentSummary& {
    auto it = docs.find(doc_id);
    if (it == docs.end()) {
      auto s = store->GetSummary(doc_id);
      it = docs.emplace(doc_id, s.ok() ? *s : DocumentSummary{}).first;
    }
    return it->second;
  };
  if (json) {
    nlohmann::json j = {{"id", id}, {"name", name}, {"type", type}, {"country", country}, {"source", source}};
    j["aliases"] = nlohmann::json::array();
    for (const auto& [lang, alias] : aliases) j["aliases"].push_back({{"alias", alias}, {"lang", lang}});
    j["mentions"] = nlohmann::json::array();
    for (const StoredFact& f : *facts) {
      const DocumentSummary& d = doc_of(f.doc_id);
      j["mentions"].push_back({{"doc", f.doc_id}, {"path", d.path}, {"title", d.title}, {"text", f.fact.text},
                               {"start", f.fact.span.start}, {"end", f.fact.span.end}, {"lang", f.fact.lang}});
    }
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  std::cout << id << "  " << name << "\n";
  if (!type.empty() || !country.empty()) std::cout << "type: " << type << "  country: " << country << "\n";
  std::cout << "source: " << source << "\n";
  if (!aliases.empty()) {
    std::cout << "aliases:\n";
    for (const char* lang : {"en", "zh-Hans", "zh-Hant", "ja", ""}) {
      std::string line;
      for (const auto& [l, alias] : aliases)
        if (l == lang) line += (line.empty() ? "" : " | ") + alias;
      if (!line.empty()) std::cout << "  " << (*lang ? lang : "other") << ": " << line << "\n";
    }
  }
  std::cout << "mentions: " << facts->size() << "\n";
  for (const StoredFact& f : *facts) {
    const DocumentSummary& d = doc_of(f.doc_id);
    std::cout << "  doc " << f.doc_id << "  " << f.fact.span.start << "-" << f.fact.span.end << "  " << f.fact.lang
              << "  " << f.fact.text << "  (" << (d.title.empty() ? d.path : d.title) << ")\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterOrgs(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  CLI::App* orgs = app.add_subcommand("orgs", "Organisations: import a gazetteer, list them, show one with its mentions");
  orgs->require_subcommand(1);

  auto file = std::make_shared<std::string>();
  CLI::App* import = orgs->add_subcommand(
      "import", "Add organisations and aliases from a TSV in the gazetteer format (docs/orgs.md)");
  import->add_option("file", *file, "TSV: id, name, type, country, en, zh-Hans, zh-Hant, ja")->required();
  import->callback([&global, file, exit_code] { *exit_code = RunImport(global, *file); });

  struct ListArgs { bool json = false, imported = false; };
  auto list_args = std::make_shared<ListArgs>();
  CLI::App* list = orgs->add_subcommand("list", "Every known organisation: id, name, type, country, source, mentions");
  list->add_flag("--json", list_args->json, "JSON Lines, one object per organisation");
  list->add_flag("--imported", list_args->imported, "only organisations added with `dossier orgs import`");
  list->callback([&global, list_args, exit_code] {
    *exit_code = RunList(global, list_args->json, list_args->imported);
  });

  struct ShowArgs { std::string id; bool json = false; };
  auto show_args = std::make_shared<ShowArgs>();
  CLI::App* show = orgs->add_subcommand("show", "One organisation: aliases by language and every mention (document, text, offsets)");
  show->add_option("id", show_args->id, "organisation id, or any alias (MOFCOM, 商务部)")->required();
  show->add_flag("--json", show_args->json, "one JSON object");
  show->callback([&global, show_args, exit_code] { *exit_code = RunShow(global, show_args->id, show_args->json); });
}

}  // namespace dossier::cli
