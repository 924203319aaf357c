// Store: the SQLite database that holds documents, segments and facts.
//
//   StatusOr<std::unique_ptr<Store>> store = Store::Open("dossier.db");
//   StatusOr<PutResult> r = (*store)->Put(doc, facts);   // one transaction
//   if (r.ok() && r->outcome == PutOutcome::kAdded) ...
//
//   (*store)->BeginBatch();                  // group commit (dossier add)
//   r = (*store)->Put(doc, facts, rows);     // one SAVEPOINT per document
//   ...
//   Status st = (*store)->CommitBatch();     // all of the batch, or none
//
// Guarantees (see docs/schema.md):
//   * a document is whole or absent: its row, segments, facts and full-text
//     rows are written together or not at all (WAL mode, so a killed process
//     leaves the last committed state). Outside a batch each Put is one
//     transaction; inside one, each Put is a SAVEPOINT, so a failed Put
//     removes only its own rows, and the batch commits as one transaction;
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
#include "index/fact_pack.h"
#include "index/segment_index.h"
#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

enum class PutOutcome { kAdded, kUpdated, kUnchanged, kDuplicate };
const char* PutOutcomeName(PutOutcome outcome);  // "added", "updated", "unchanged", "duplicate"

// What Put writes besides the document's own fields that needs no database:
// the canonical path, the serialised segment and fact columns. The add
// pipeline builds it on its worker threads so the single writer only writes.
struct PutRows {
  std::string path;                    // CanonicalPath(doc.path)
  std::string langs;                   // comma-separated, in order of appearance
  std::vector<std::string> sentences;  // per segment, JSON [[start,end],...]
  PackedFacts facts;                   // the facts passed to Put, packed (index/fact_pack.h)
  std::string packed_text;             // PackText(doc.text) (index/stored_text.h); "": store it as it is
};
PutRows MakePutRows(const Document& doc, const std::vector<Fact>& facts);

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
  int64_t doc_id = 0;
  Fact fact;
};

struct StoreStats {
  int64_t documents = 0;
  int64_t segments = 0;
  int64_t facts = 0;
  int64_t text_bytes = 0;
  int64_t file_bytes = 0;  // the database's pages (page_count x page_size), those still in the log included
  int64_t free_bytes = 0;  // pages inside the file that hold nothing (Store::Compact gives them back)
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
  int64_t limit = -1;  // at most this many facts (-1: all)
};

class Statement;  // index/sqlite_util.h

class Store {
 public:
  enum class Mode { kReadWrite, kReadOnly };
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path, Mode mode = Mode::kReadWrite);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores `doc` and its facts in one transaction (see the guarantees above),
  // or in one SAVEPOINT of the open batch.
  StatusOr<PutResult> Put(const Document& doc, const std::vector<Fact>& facts);
  // The same, with `rows` = MakePutRows(doc, facts) computed beforehand.
  StatusOr<PutResult> Put(const Document& doc, const std::vector<Fact>& facts, const PutRows& rows);

  // Group commit. BeginBatch opens one write transaction (BEGIN IMMEDIATE);
  // the Puts that follow see each other (a second copy of a text in the same
  // batch is kDuplicate) but nothing is durable or visible to other
  // connections until CommitBatch. If SQLite itself abandons the transaction
  // (disk full, I/O error), CommitBatch fails and none of the batch is stored.
  // A Store destroyed with a batch open rolls it back.
  // The full-text rows of the batch's documents are written by CommitBatch,
  // just before COMMIT (see pending_index_ below): until then a search on
  // this connection does not find them. Their texts are held until then, so
  // a batch's memory is about the size of its text.
  Status BeginBatch();
  Status CommitBatch();
  bool in_batch() const { return batch_open_; }
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
  // Shrinks the file to what is stored: merges the full-text index into one
  // segment without the rows removed from it (FTS5 keeps those until a
  // merge), rewrites the file without free pages (SQLite's VACUUM) and
  // empties the write-ahead log. For after removing or updating documents,
  // or after an older database was migrated (migration 6 packs the texts but
  // the file keeps its size). Needs free disk space about the size of the
  // database; other connections wait while it runs. Not in a batch.
  Status Compact();

  const std::string& path() const { return path_; }
  // The raw handle, for the rest of index/ (the full-text index, queries).
  sqlite3* handle() const { return db_; }

 private:
  Store(sqlite3* db, std::string path);
  Status Migrate();
  Status CheckFacts() const;  // part of Check
  StatusOr<PutResult> PutRowsInTransaction(const Document& doc, const std::vector<Fact>& facts,
                                           const PutRows& rows);
  // Statements Put runs for every document, prepared once per Store.
  enum CachedSql { kByHash, kByPath, kInsertDoc, kUpdateDoc, kInsertSegment, kInsertDocFacts, kInsertFactYear,
                   kInsertFactOrg, kDeleteDocFacts, kDeleteFactYears, kDeleteFactOrgs, kDeleteSegments,
                   kSavepoint, kRelease, kRollbackTo, kCachedSqlCount };
  Statement& Cached(CachedSql which);

  sqlite3* db_ = nullptr;
  std::string path_;
  std::unique_ptr<Statement> cached_[kCachedSqlCount];
  // Full-text rows of the documents this batch stored, indexed at
  // CommitBatch. Why: FTS5 writes its pending terms out as a new index
  // segment at every SAVEPOINT once it is part of the transaction, so
  // indexing inside each document's SAVEPOINT made one tiny segment per
  // document and merged them again and again. What must stay true: an entry
  // is added only when its document's SAVEPOINT is released, and a document
  // whose rows are pending is never 'delete'd from FTS5 (its tokens are not
  // there yet): an update in the same batch replaces its pending entry.
  struct PendingIndex {
    int64_t doc_id = 0;
    std::string text;
    std::vector<IndexedSegment> segments;
  };
  std::vector<PendingIndex> pending_index_;
  std::optional<PendingIndex> put_pending_;  // the current Put's entry, until its SAVEPOINT is released
  Status FlushPendingIndex();

  bool batch_open_ = false;
  bool batch_broken_ = false;  // SQLite rolled the batch's transaction back
  Status batch_error_;
};

// The absolute, normalised form of a file path, used as its identity.
std::string CanonicalPath(const std::string& path);

}  // namespace dossier
