// dossier list | show ID | text FILE|ID | remove ID | stats
#include <filesystem>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "ingest/ingest.h"
#include "ingest/utf8.h"

namespace dossier::cli {
namespace {

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

nlohmann::json SummaryJson(const DocumentSummary& d) {
  return {{"id", d.id},           {"path", d.path},         {"title", d.title},
          {"date", d.date},       {"kind", d.kind},         {"source", d.source},
          {"format", d.format},   {"encoding", d.encoding}, {"langs", d.langs},
          {"hash", d.content_hash}, {"bytes", d.bytes},     {"segments", d.segments},
          {"facts", d.facts},     {"added_at", d.added_at}};
}

int RunList(const GlobalOptions& global, bool json) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  auto docs = store->List();
  if (!docs.ok()) {
    std::cerr << "dossier list: " << docs.status().message() << "\n";
    return kExitDatabase;
  }
  for (const DocumentSummary& d : *docs) {
    if (json) {
      std::cout << SummaryJson(d).dump() << "\n";
    } else {
      std::cout << d.id << "\t" << (d.date.empty() ? "-" : d.date) << "\t" << Join(d.langs, ",")
                << "\t" << (d.kind.empty() ? "-" : d.kind) << "\t" << d.title << "\n";
    }
  }
  return kExitOk;
}

int RunShow(const GlobalOptions& global, const std::string& id_arg, bool json, long at) {
  int64_t id;
  if (!ParseDocId(id_arg, &id)) return kExitUsage;
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  auto summary = store->GetSummary(id);
  auto doc = store->GetDocument(id);
  if (!summary.ok() || !doc.ok()) {
    const Status& st = !summary.ok() ? summary.status() : doc.status();
    std::cerr << "dossier show: " << st.message() << "\n";
    return st.code() == Status::Code::kNotFound ? kExitUsage : kExitDatabase;
  }
  if (at >= 0) {
    const Segment* seg = doc->SegmentAt(static_cast<size_t>(at));
    if (!seg) {
      std::cerr << "dossier show: offset " << at << " is not inside a segment of document " << id << "\n";
      return kExitUsage;
    }
    size_t seg_index = static_cast<size_t>(seg - doc->segments.data());
    if (json) {
      std::cout << nlohmann::json{{"doc", id}, {"segment", seg_index}, {"start", seg->span.start},
                                  {"end", seg->span.end}, {"lang", seg->lang},
                                  {"text", doc->slice(seg->span)}}.dump() << "\n";
    } else {
      std::cout << "document " << id << ", segment " << seg_index << " [" << seg->span.start << ","
                << seg->span.end << ") " << seg->lang << "\n" << doc->slice(seg->span) << "\n";
    }
    return kExitOk;
  }
  FactFilter filter;
  filter.doc = id;
  auto facts = store->Facts(filter);
  if (!facts.ok()) {
    std::cerr << "dossier show: " << facts.status().message() << "\n";
    return kExitDatabase;
  }
  if (json) {
    nlohmann::json j = SummaryJson(*summary);
    j["date_source"] = doc->meta.date_source;
    j["author"] = doc->meta.author;
    j["segments"] = nlohmann::json::array();
    for (size_t i = 0; i < doc->segments.size(); ++i) {
      const Segment& s = doc->segments[i];
      nlohmann::json sj = {{"index", i}, {"kind", SegmentKindName(s.kind)}, {"lang", s.lang},
                           {"start", s.span.start}, {"end", s.span.end}, {"text", doc->slice(s.span)}};
      sj["sentences"] = nlohmann::json::array();
      for (const Span& sp : s.sentences) sj["sentences"].push_back({sp.start, sp.end});
      j["segments"].push_back(sj);
    }
    j["facts"] = nlohmann::json::array();
    for (const StoredFact& f : *facts) j["facts"].push_back(f.fact.ToJson(std::to_string(id)));
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  const DocumentSummary& d = *summary;
  std::cout << "id:        " << d.id << "\n"
            << "title:     " << d.title << "\n"
            << "date:      " << (d.date.empty() ? "-" : d.date)
            << (doc->meta.date_source.empty() ? "" : " (from " + doc->meta.date_source + ")") << "\n"
            << "kind:      " << (d.kind.empty() ? "-" : d.kind) << "\n"
            << "source:    " << (d.source.empty() ? "-" : d.source) << "\n";
  if (!doc->meta.author.empty()) std::cout << "author:    " << doc->meta.author << "\n";
  std::cout << "languages: " << Join(d.langs, ", ") << "\n"
            << "format:    " << d.format << " (" << d.encoding << ")\n"
            << "path:      " << d.path << "\n"
            << "sha256:    " << d.content_hash << "\n"
            << "bytes:     " << d.bytes << "\n"
            << "added:     " << d.added_at << "\n\n"
            << "segments (" << doc->segments.size() << "):\n";
  for (size_t i = 0; i < doc->segments.size(); ++i) {
    const Segment& s = doc->segments[i];
    std::string_view text = doc->slice(s.span);
    size_t cut = std::min<size_t>(text.size(), 90);
    while (!utf8::IsBoundary(text, cut)) --cut;
    std::string preview(text.substr(0, cut));
    std::cout << "  " << i << "\t" << SegmentKindName(s.kind) << "\t" << s.lang << "\t[" << s.span.start
              << "," << s.span.end << ")\t" << preview << (preview.size() < text.size() ? "…" : "") << "\n";
  }
  std::cout << "\nfacts (" << facts->size() << "):\n";
  for (const StoredFact& f : *facts) {
    nlohmann::json attrs = f.fact.attrs;
    std::cout << "  " << FactTypeName(f.fact.type) << "\t[" << f.fact.span.start << "," << f.fact.span.end
              << ")\t" << f.fact.text << "\t" << attrs.dump() << "\n";
  }
  return kExitOk;
}

int RunText(const GlobalOptions& global, const std::string& arg) {
  // A path that exists is ingested (nothing stored); otherwise the argument is a stored id.
  std::error_code ec;
  if (std::filesystem::exists(arg, ec)) {
    StatusOr<Document> doc = IngestFile(arg, IngestOptions{});
    if (!doc.ok()) {
      std::cerr << "dossier text: " << doc.status().message() << "\n";
      return kExitPartial;
    }
    std::cout << doc->text;
    return kExitOk;
  }
  int64_t id;
  if (!ParseDocId(arg, &id)) return kExitUsage;
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  auto doc = store->GetDocument(id);
  if (!doc.ok()) {
    std::cerr << "dossier text: " << doc.status().message() << "\n";
    return kExitUsage;
  }
  std::cout << doc->text;
  return kExitOk;
}

int RunRemove(const GlobalOptions& global, const std::vector<std::string>& ids) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadWrite);
  if (!store) return kExitDatabase;
  int rc = kExitOk;
  for (const std::string& arg : ids) {
    int64_t id;
    if (!ParseDocId(arg, &id)) return kExitUsage;
    Status st = store->Remove(id);
    if (st.ok()) {
      std::cout << "removed\t" << id << "\n";
    } else {
      std::cerr << "dossier remove: " << st.message() << "\n";
      rc = st.code() == Status::Code::kNotFound ? kExitPartial : kExitDatabase;
    }
  }
  return rc;
}

int RunStats(const GlobalOptions& global, bool json) {
  auto store = OpenStoreOrReport(global, Store::Mode::kReadOnly);
  if (!store) return kExitDatabase;
  auto stats = store->Stats();
  if (!stats.ok()) {
    std::cerr << "dossier stats: " << stats.status().message() << "\n";
    return kExitDatabase;
  }
  const StoreStats& s = *stats;
  auto to_obj = [](const std::vector<std::pair<std::string, int64_t>>& v) {
    nlohmann::json o = nlohmann::json::object();
    for (const auto& [k, n] : v) o[k.empty() ? "unknown" : k] = n;
    return o;
  };
  if (json) {
    std::cout << nlohmann::json{{"documents", s.documents}, {"segments", s.segments}, {"facts", s.facts},
                                {"text_bytes", s.text_bytes}, {"db_bytes", s.file_bytes}, {"free_bytes", s.free_bytes},
                                {"schema_version", s.schema_version}, {"segments_by_lang", to_obj(s.by_lang)},
                                {"documents_by_kind", to_obj(s.by_kind)}, {"facts_by_type", to_obj(s.by_fact_type)}}
                     .dump()
              << "\n";
    return kExitOk;
  }
  std::cout << "database:   " << store->path() << " (schema " << s.schema_version << ")\n"
            << "documents:  " << s.documents << "\n"
            << "segments:   " << s.segments << "\n"
            << "facts:      " << s.facts << "\n"
            << "text:       " << s.text_bytes << " bytes\n"
            << "database:   " << s.file_bytes << " bytes\n";
  if (s.free_bytes > 0) std::cout << "free:       " << s.free_bytes << " bytes in the file (`dossier compact` gives them back)\n";
  auto print = [](const char* title, const std::vector<std::pair<std::string, int64_t>>& v) {
    if (v.empty()) return;
    std::cout << title;
    for (const auto& [k, n] : v) std::cout << "  " << (k.empty() ? "unknown" : k) << " " << n;
    std::cout << "\n";
  };
  print("languages: ", s.by_lang);
  print("kinds:     ", s.by_kind);
  print("facts:     ", s.by_fact_type);
  return kExitOk;
}

}  // namespace

void RegisterList(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("list", "List stored documents: id, date, languages, kind, title");
  cmd->add_flag("--json", *json, "JSON Lines: one object per document, its id under \"id\"");
  cmd->callback([&global, json, exit_code] { *exit_code = RunList(global, *json); });
}

void RegisterShow(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  struct Args { std::string id; bool json = false; long at = -1; };
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("show", "Show a document: metadata, segments with language tags, facts");
  cmd->add_option("id", args->id, "document id (see `dossier list`)")->required();
  cmd->add_option("--at", args->at, "print only the paragraph holding this byte offset (a quote's start)");
  cmd->add_flag("--json", args->json, "one JSON object");
  cmd->callback([&global, args, exit_code] { *exit_code = RunShow(global, args->id, args->json, args->at); });
}

void RegisterText(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto arg = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "text", "Print the normalised text (UTF-8) of a file or stored document; all offsets point into it");
  cmd->add_option("file-or-id", *arg, "a file to ingest without storing, or a stored document id")->required();
  cmd->callback([&global, arg, exit_code] { *exit_code = RunText(global, *arg); });
}

void RegisterRemove(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto ids = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand("remove", "Remove documents with their facts and index rows");
  cmd->add_option("ids", *ids, "document ids")->required();
  cmd->callback([&global, ids, exit_code] { *exit_code = RunRemove(global, *ids); });
}

void RegisterStats(CLI::App& app, const GlobalOptions& global, int* exit_code) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand("stats", "Counts of documents, segments, facts; sizes");
  cmd->add_flag("--json", *json, "one JSON object");
  cmd->callback([&global, json, exit_code] { *exit_code = RunStats(global, *json); });
}

}  // namespace dossier::cli
