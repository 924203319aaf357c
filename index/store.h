// Store: the SQLite database that holds documents, segments and facts.
//
//   StatusOr<std::unique_ptr<Store>> store = Store::Open("dossier.db");
//   StatusOr<PutResult> r = (*store)->Put(doc, facts);   // one transaction
//   if (r.ok() && r->outcome == PutOutcome::kAdded) ...
//
// Guarantees (see docs/schema.md):
//   * one document = one transaction: a document, its segments, facts and
//     full-text rows are written together or not at all (WAL mode, so a
//     killed process leaves the last committed state);
//   * the content hash identifies a document: the same text again is
//     kUnchanged (same path) or kDuplicate (another path), and changes nothing;
//   * a changed file at a known path replaces the old version, its facts and
//     index rows, keeping its id (kUpdated);
//   * the schema is versioned by PRAGMA user_version; migrations only add.
//
// All SQL of dossier lives in index/. A Store is used from one thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "extract/fact.h"
#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

enum class PutOutcome { kAdded, kUpdated, kUnchanged, kDuplicate };
const char* PutOutcomeName(PutOutcome outcome);  // "added", "updated", "unchanged", "duplicate"

struct PutResult {
  PutOutcome outcome = PutOutcome::kAdded;
  int64_t id = 0;            // the stored document (for kDuplicate: the one it duplicates)
  std::string existing_path; // for kDuplicate: where the stored copy came from
};

// One row of `dossier list`.
struct DocumentSummary {
  int64_t id = 0;
  std::string path;
  std::string title;
  std::string date;
  std::string kind;
  std::string source;
  std::string format;
  std::string encoding;
  std::vector<std::string> langs;
  std::string content_hash;
  int64_t bytes = 0;
  int64_t segments = 0;
  int64_t facts = 0;
  std::string added_at;
};

struct StoredFact {
  int64_t id = 0;
  int64_t doc_id = 0;
  Fact fact;
};

struct StoreStats {
  int64_t documents = 0;
  int64_t segments = 0;
  int64_t facts = 0;
  int64_t text_bytes = 0;
  int64_t file_bytes = 0;  // database file size on disk (main file + WAL)
  std::vector<std::pair<std::string, int64_t>> by_lang;  // segments per language
  std::vector<std::pair<std::string, int64_t>> by_kind;  // documents per kind
  std::vector<std::pair<std::string, int64_t>> by_fact_type;
  int schema_version = 0;
};

struct FactFilter {
  std::optional<FactType> type;
  std::string unit;       // figures: exact unit match
  std::string from, to;   // dates: ISO values compared as strings (prefix-inclusive)
  std::optional<int64_t> doc;
  std::string org_id;
  int64_t limit = -1;
};

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, Mode mode = Mode::kReadWrite);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `doc` and its facts in one transaction (see the guarantees above).
  StatusOr<PutResult> Put(const Document& doc, const std::vector<Fact>& facts);
  // Looks a document up by its stored id.
  StatusOr<Document> GetDocument(int64_t id) const;
  StatusOr<DocumentSummary> GetSummary(int64_t id) const;
  // The document stored from `path` (made absolute), if any.
  StatusOr<std::optional<int64_t>> FindByPath(const std::string& path) const;
  StatusOr<std::vector<DocumentSummary>> List() const;
  StatusOr<std::vector<StoredFact>> Facts(const FactFilter& filter) const;
  // Removes a document with its segments, facts and index rows.
  Status Remove(int64_t id);
  StatusOr<StoreStats> Stats() const;
  // PRAGMA integrity_check plus dossier's own consistency checks.
  Status Check() const;

  const std::string& path() const { return path_; }
  // The raw handle, for the rest of index/ (the full-text index, queries).
  sqlite3* handle() const { return db_; }

 private:
  Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Migrate();

  sqlite3* db_ = nullptr;
  std::string path_;
};

// The absolute, normalised form of a file path, used as its identity.
std::string CanonicalPath(const std::string& path);

}  // namespace dossier
