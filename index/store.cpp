#include "index/store.h"

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <sstream>

#include "index/fact_pack.h"
#include "index/filter_terms.h"
#include "index/schema.h"
#include "index/segment_index.h"
#include "index/sqlite_util.h"
#include "index/stored_text.h"
#include "ingest/ingest.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

std::string JoinLangs(const std::vector<std::string>& langs) {
  std::string out;
  for (const auto& l : langs) {
    if (!out.empty()) out += ',';
    out += l;
  }
  return out;
}

std::vector<std::string> SplitLangs(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

std::string SentencesJson(const Segment& seg) {
  nlohmann::json j = nlohmann::json::array();
  for (const Span& s : seg.sentences) j.push_back({s.start, s.end});
  return j.dump();
}

}  // namespace

const char* PutOutcomeName(PutOutcome outcome) {
  switch (outcome) {
    case PutOutcome::kAdded: return "added";
    case PutOutcome::kUpdated: return "updated";
    case PutOutcome::kUnchanged: return "unchanged";
    case PutOutcome::kDuplicate: return "duplicate";
  }
  return "added";
}

std::string CanonicalPath(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  if (ec) return path;
  return p.lexically_normal().string();
}

// How large a savepoint's or a statement's undo journal grows in memory
// before SQLite moves it to a temporary file (Store::Open).
constexpr int kJournalInMemoryBytes = 16 << 20;

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, Mode mode) {
  // SQLite's memory statistics take a global mutex on every allocation, and
  // the writer allocates for every row; dossier never reads them. Only takes
  // effect before SQLite initialises (a no-op later).
  //
  // A savepoint (one per document in a batch) and a statement inside a
  // transaction keep the old content of each page they change, to undo it,
  // in a journal that SQLite moves to a temporary file past 64 KiB by
  // default. A document's facts change pages all over the fact indexes, so
  // nearly every document's journal went to a file: a 100 MB add wrote
  // 7.8 GB, 1.9 GB with journals of up to 16 MiB in memory
  // (docs/performance.md). A larger journal (a rebuild) still spills.
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite3_config(SQLITE_CONFIG_STMTJRNL_SPILL, kJournalInMemoryBytes);
    return true;
  }();
  (void)configured;
  sqlite3* db = nullptr;
  int flags = mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY
                                      : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  flags |= SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string reason = db ? sqlite3_errmsg(db) : "cannot open";
    sqlite3_close(db);
    return Status::IOError(path, reason);
  }
  std::unique_ptr<Store> store(new Store(db, path));
  // Readers and the writer wait for each other instead of failing.
  sqlite3_busy_timeout(db, 30000);
  if (Status st = RegisterTokenizers(db); !st.ok()) return st;
  if (Status st = RegisterTextFunctions(db); !st.ok()) return st;
  if (Status st = RegisterFactFunctions(db); !st.ok()) return st;
  if (mode == Mode::kReadWrite) {
    if (Status st = Exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !st.ok())
      return Status::IOError(path, st.reason());
    // A writer inserts into indexes (facts by type, the full-text b-trees)
    // at scattered places: a 64 MB page cache (the default is 2 MB) keeps
    // their inner pages in memory. It is an upper bound, not an allocation.
    if (Status st = Exec(db, "PRAGMA cache_size=-65536;"); !st.ok()) return st;
    // A checkpoint waits for the disk (an fdatasync of the log and one of
    // the database) and runs in the committing thread: every 1,000 pages of
    // log by default, which held the single writer of `dossier add` for
    // 2.5 s of a 9 s run (50 MB). Every 16,384 pages (64 MB of log) it was
    // 0.9 s and the run 5% faster; a checkpointing thread of its own gained
    // no more (docs/performance.md).
    if (Status st = Exec(db, "PRAGMA wal_autocheckpoint=16384;"); !st.ok()) return st;
  }
  if (Status st = Exec(db, "PRAGMA foreign_keys=ON;"); !st.ok()) return st;
  if (mode == Mode::kReadWrite) {
    if (Status st = store->Migrate(); !st.ok()) return st;
  } else {
    Statement v(db, "PRAGMA user_version");
    int version = v.Step() ? static_cast<int>(v.Int64(0)) : 0;
    if (!v.status().ok()) return Status::Corruption(path, v.status().reason());
    if (version == 0) return Status::NotFound(path, "not a dossier database (run `dossier add` first)");
  }
  return store;
}

Store::~Store() {
  for (auto& st : cached_) st.reset();  // finalized before close, or close fails
  sqlite3_close(db_);                    // rolls back a batch left open
}

Status Store::Migrate() {
  int version = 0;
  {
    // Closed before migrating: SQLite refuses DROP TABLE (migration 4) while
    // another statement on the connection is still active.
    Statement v(db_, "PRAGMA user_version");
    version = v.Step() ? static_cast<int>(v.Int64(0)) : 0;
    if (!v.status().ok()) return Status::Corruption(path_, v.status().reason());
  }
  const auto& migrations = SchemaMigrations();
  if (version > static_cast<int>(migrations.size()))
    return Status::InvalidInput(path_, "database schema version " + std::to_string(version) +
                                           " is newer than this dossier understands (" +
                                           std::to_string(migrations.size()) + ")");
  if (static_cast<size_t>(version) == migrations.size()) return Status::Ok();
  // A migration that drops a large table (9: facts, 10: segment_fts) inside
  // its transaction needs a statement journal of more than
  // kJournalInMemoryBytes, and on SQLite 3.40 spilling that journal to a
  // file failed with "database or disk is full" (any spill size above the
  // 64 KiB default; a 500 MB database could not migrate). In memory it
  // does not spill: it took 517 MB at the peak of migrating 1.8M segments.
  if (Status st = Exec(db_, "PRAGMA temp_store=MEMORY"); !st.ok()) return st;
  for (size_t i = version; i < migrations.size(); ++i) {
    Transaction tx(db_);
    if (!tx.status().ok()) return tx.status();
    if (Status st = Exec(db_, migrations[i]); !st.ok()) return st;
    if (Status st = Exec(db_, "PRAGMA user_version=" + std::to_string(i + 1)); !st.ok()) return st;
    if (Status st = tx.Commit(); !st.ok()) return st;
  }
  return Exec(db_, "PRAGMA temp_store=DEFAULT");
}

StatusOr<std::optional<int64_t>> Store::FindByPath(const std::string& path) const {
  Statement st(db_, "SELECT id FROM documents WHERE path = ?1 ORDER BY id LIMIT 1");
  st.Bind(1, CanonicalPath(path));
  std::optional<int64_t> id;
  if (st.Step()) id = st.Int64(0);
  if (!st.status().ok()) return st.status();
  return id;
}

PutRows MakePutRows(const Document& doc, const std::vector<Fact>& facts) {
  PutRows rows;
  rows.path = CanonicalPath(doc.path);
  rows.langs = JoinLangs(doc.Languages());
  rows.sentences.reserve(doc.segments.size());
  for (const Segment& seg : doc.segments) rows.sentences.push_back(SentencesJson(seg));
  std::vector<FactRow> fact_rows;
  fact_rows.reserve(facts.size());
  for (const Fact& f : facts) fact_rows.push_back(MakeFactRow(f));
  rows.facts = PackFacts(facts, fact_rows);
  rows.packed_text = PackText(doc.text);
  return rows;
}

namespace {
// documents.text: the packed form when there is one (index/stored_text.h).
// Both are bound without a copy; the caller runs the statement at once.
void BindStoredText(Statement& st, int index, const std::string& text, const std::string& packed) {
  if (packed.empty()) st.BindStatic(index, text);
  else st.BindStaticBlob(index, packed);
}
}  // namespace

Store::Store(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Statement& Store::Cached(CachedSql which) {
  static const char* const kSql[kCachedSqlCount] = {
      "SELECT id, path FROM documents WHERE content_hash = ?1",
      "SELECT id FROM documents WHERE path = ?1 ORDER BY id LIMIT 1",
      "INSERT INTO documents (path, title, date, date_source, kind, source, author, "
      "format, encoding, langs, content_hash, text) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
      "UPDATE documents SET title=?2, date=?3, date_source=?4, kind=?5, source=?6, "
      "author=?7, format=?8, encoding=?9, langs=?10, content_hash=?11, text=?12, "
      "added_at=strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id=?1",
      "INSERT INTO segments (doc_id, ord, kind, lang, start, end, sentences) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
      "INSERT INTO doc_facts (doc_id, figures, dates, orgs, commitments, data) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
      "INSERT INTO fact_years (doc_id, year) VALUES (?1, ?2)",
      "INSERT INTO fact_orgs (doc_id, org_id, mentions) VALUES (?1, ?2, ?3)",
      "DELETE FROM doc_facts WHERE doc_id = ?1",
      "DELETE FROM fact_years WHERE doc_id = ?1",
      "DELETE FROM fact_orgs WHERE doc_id = ?1",
      "DELETE FROM segments WHERE doc_id = ?1",
      "SAVEPOINT put",
      "RELEASE put",
      "ROLLBACK TO put",
  };
  std::unique_ptr<Statement>& st = cached_[which];
  // A statement that failed keeps its error: prepare it afresh.
  if (!st || !st->status().ok()) st = std::make_unique<Statement>(db_, kSql[which]);
  st->Reset();
  return *st;
}

namespace {
// Resets a cached statement when leaving scope, so that no statement stays
// mid-step (holding a read cursor) between Puts.
struct ResetOnExit {
  Statement& st;
  ~ResetOnExit() { st.Reset(); }
};
}  // namespace

StatusOr<PutResult> Store::Put(const Document& doc, const std::vector<Fact>& facts) {
  return Put(doc, facts, MakePutRows(doc, facts));
}

StatusOr<PutResult> Store::Put(const Document& doc, const std::vector<Fact>& facts, const PutRows& rows) {
  if (static_cast<size_t>(rows.facts.total()) != facts.size() || rows.sentences.size() != doc.segments.size())
    return Status::Internal(doc.path, "PutRows were made for another document");
  if (!batch_open_) {
    Transaction tx(db_);
    if (!tx.status().ok()) return tx.status();
    StatusOr<PutResult> result = PutRowsInTransaction(doc, facts, rows);
    if (!result.ok()) return result;
    // unchanged and duplicate write nothing; the transaction rolls back.
    if (result->outcome == PutOutcome::kUnchanged || result->outcome == PutOutcome::kDuplicate) return result;
    if (Status s = tx.Commit(); !s.ok()) return s;
    return result;
  }
  if (batch_broken_) return batch_error_;
  {
    Statement& sp = Cached(kSavepoint);
    if (Status s = sp.Run(); !s.ok()) return s;
  }
  put_pending_.reset();
  StatusOr<PutResult> result = PutRowsInTransaction(doc, facts, rows);
  if (!result.ok()) {
    put_pending_.reset();
    // Undo this document only; the batch goes on. If SQLite already rolled
    // the whole transaction back (it does on some I/O errors), the batch is lost.
    Status undo = Cached(kRollbackTo).Run();
    if (undo.ok()) undo = Cached(kRelease).Run();
    if (!undo.ok() || sqlite3_get_autocommit(db_)) {
      batch_broken_ = true;
      batch_error_ = Status(result.status());
    }
    return result;
  }
  if (Status s = Cached(kRelease).Run(); !s.ok()) {
    batch_broken_ = true;
    batch_error_ = s;
    put_pending_.reset();
    return s;
  }
  if (put_pending_) {
    // An update of a document added earlier in this batch: its old rows
    // were never indexed, so its entry is replaced, not 'delete'd.
    if (result->outcome == PutOutcome::kUpdated)
      std::erase_if(pending_index_, [&](const PendingIndex& p) { return p.doc_id == put_pending_->doc_id; });
    pending_index_.push_back(std::move(*put_pending_));
    put_pending_.reset();
  }
  return result;
}

Status Store::BeginBatch() {
  if (batch_open_) return Status::Internal(path_, "a batch is already open");
  if (Status s = Exec(db_, "BEGIN IMMEDIATE"); !s.ok()) return s;
  batch_open_ = true;
  batch_broken_ = false;
  pending_index_.clear();
  batch_error_ = Status::Ok();
  return Status::Ok();
}

Status Store::CommitBatch() {
  if (!batch_open_) return Status::Internal(path_, "no batch is open");
  batch_open_ = false;
  if (batch_broken_) {
    pending_index_.clear();
    if (!sqlite3_get_autocommit(db_)) Exec(db_, "ROLLBACK");
    return batch_error_;
  }
  if (Status s = FlushPendingIndex(); !s.ok()) {
    if (!sqlite3_get_autocommit(db_)) Exec(db_, "ROLLBACK");
    return s;
  }
  if (Status s = Exec(db_, "COMMIT"); !s.ok()) {
    if (!sqlite3_get_autocommit(db_)) Exec(db_, "ROLLBACK");
    return s;
  }
  return Status::Ok();
}

Status Store::FlushPendingIndex() {
  std::vector<PendingIndex> pending;
  pending.swap(pending_index_);
  Statement insert(db_, kIndexSegmentSql);
  for (const PendingIndex& p : pending)
    if (Status s = IndexSegments(insert, p.text, p.segments); !s.ok()) return s;
  return Status::Ok();
}

StatusOr<PutResult> Store::PutRowsInTransaction(const Document& doc, const std::vector<Fact>& facts,
                                                const PutRows& rows) {
  const std::string& path = rows.path;
  PutResult result;
  {
    Statement& st = Cached(kByHash);
    ResetOnExit reset{st};
    st.Bind(1, doc.meta.content_hash);
    if (st.Step()) {
      result.id = st.Int64(0);
      result.existing_path = st.Text(1);
      result.outcome = result.existing_path == path ? PutOutcome::kUnchanged : PutOutcome::kDuplicate;
      return result;  // nothing to write
    }
    if (!st.status().ok()) return st.status();
  }

  std::optional<int64_t> existing;
  {
    Statement& st = Cached(kByPath);
    ResetOnExit reset{st};
    st.Bind(1, path);
    if (st.Step()) existing = st.Int64(0);
    if (!st.status().ok()) return st.status();
  }

  const DocumentMeta& m = doc.meta;
  if (existing) {
    result.outcome = PutOutcome::kUpdated;
    result.id = *existing;
    const bool old_rows_pending = std::any_of(pending_index_.begin(), pending_index_.end(),
                                              [&](const PendingIndex& p) { return p.doc_id == *existing; });
    if (!old_rows_pending)
      if (Status s = UnindexDocument(db_, *existing); !s.ok()) return s;
    for (CachedSql del : {kDeleteDocFacts, kDeleteFactYears, kDeleteFactOrgs})
      if (Status s = Cached(del).Bind(1, *existing).Run(); !s.ok()) return s;
    if (Status s = Cached(kDeleteSegments).Bind(1, *existing).Run(); !s.ok()) return s;
    Statement& up = Cached(kUpdateDoc);
    up.Bind(1, *existing).Bind(2, m.title).Bind(3, m.date).Bind(4, m.date_source).Bind(5, m.kind)
        .Bind(6, m.source).Bind(7, m.author).Bind(8, m.format).Bind(9, m.encoding)
        .Bind(10, rows.langs).Bind(11, m.content_hash);
    BindStoredText(up, 12, doc.text, rows.packed_text);
    Status s = up.Run();
    up.Reset();
    if (!s.ok()) return s;
  } else {
    result.outcome = PutOutcome::kAdded;
    Statement& ins = Cached(kInsertDoc);
    ins.Bind(1, path).Bind(2, m.title).Bind(3, m.date).Bind(4, m.date_source).Bind(5, m.kind)
        .Bind(6, m.source).Bind(7, m.author).Bind(8, m.format).Bind(9, m.encoding)
        .Bind(10, rows.langs).Bind(11, m.content_hash);
    BindStoredText(ins, 12, doc.text, rows.packed_text);
    Status s = ins.Run();
    ins.Reset();  // drops its copy of the text
    if (!s.ok()) return s;
    result.id = sqlite3_last_insert_rowid(db_);
  }

  std::vector<IndexedSegment> indexed;
  indexed.reserve(doc.segments.size());
  std::string org_ids;  // for the filter terms (index/filter_terms.h)
  for (const auto& [org_id, mentions] : rows.facts.orgs) {
    if (!org_ids.empty()) org_ids += kOrgSeparator;
    org_ids += org_id;
  }
  {
    Statement& ins = Cached(kInsertSegment);
    for (size_t i = 0; i < doc.segments.size(); ++i) {
      const Segment& seg = doc.segments[i];
      ins.Reset();
      ins.Bind(1, result.id).Bind(2, static_cast<int64_t>(i)).BindStatic(3, SegmentKindName(seg.kind))
          .BindStatic(4, seg.lang).Bind(5, static_cast<int64_t>(seg.span.start))
          .Bind(6, static_cast<int64_t>(seg.span.end)).BindStatic(7, rows.sentences[i]);
      if (Status s = ins.Run(); !s.ok()) return s;
      indexed.push_back({sqlite3_last_insert_rowid(db_), seg.kind, seg.span,
                         FilterTerms({.lang = seg.lang, .doc_kind = m.kind, .source = m.source, .date = m.date,
                                      .doc_id = result.id, .orgs = org_ids})});
    }
    ins.Reset();
  }
  if (rows.facts.total() > 0) {  // a document without facts has no doc_facts row
    const PackedFacts& p = rows.facts;
    Statement& ins = Cached(kInsertDocFacts);
    ins.Bind(1, result.id).Bind(2, p.counts[0]).Bind(3, p.counts[1]).Bind(4, p.counts[2]).Bind(5, p.counts[3]);
    ins.BindStaticBlob(6, p.data);  // lives in `rows` until this Put returns; reset below
    Status s = ins.Run();
    ins.Reset();
    if (!s.ok()) return s;
    Statement& year = Cached(kInsertFactYear);
    for (const std::string& y : p.years) {
      year.Reset();
      if (Status s = year.Bind(1, result.id).BindStatic(2, y).Run(); !s.ok()) return s;
    }
    year.Reset();
    Statement& org = Cached(kInsertFactOrg);
    for (const auto& [id, mentions] : p.orgs) {
      org.Reset();
      if (Status s = org.Bind(1, result.id).BindStatic(2, id).Bind(3, mentions).Run(); !s.ok()) return s;
    }
    org.Reset();
  }
  if (batch_open_) {
    put_pending_ = PendingIndex{result.id, doc.text, std::move(indexed)};  // indexed at CommitBatch
  } else {
    if (Status s = IndexSegments(db_, doc.text, indexed); !s.ok()) return s;
  }
  return result;
}

StatusOr<Document> Store::GetDocument(int64_t id) const {
  Document doc;
  {
    Statement st(db_,
                 "SELECT path, title, date, date_source, kind, source, author, format, encoding, "
                 "content_hash, text FROM documents WHERE id = ?1");
    st.Bind(1, id);
    if (!st.Step()) {
      if (!st.status().ok()) return st.status();
      return Status::NotFound("document " + std::to_string(id), "no such document");
    }
    doc.path = st.Text(0);
    doc.meta.title = st.Text(1);
    doc.meta.date = st.Text(2);
    doc.meta.date_source = st.Text(3);
    doc.meta.kind = st.Text(4);
    doc.meta.source = st.Text(5);
    doc.meta.author = st.Text(6);
    doc.meta.format = st.Text(7);
    doc.meta.encoding = st.Text(8);
    doc.meta.content_hash = st.Text(9);
    StatusOr<std::string> text = ReadStoredText(st, 10);
    if (!text.ok()) return Status::Corruption("document " + std::to_string(id), text.status().reason());
    doc.text = std::move(*text);
  }
  Statement st(db_, "SELECT kind, lang, start, end, sentences FROM segments WHERE doc_id = ?1 ORDER BY ord");
  st.Bind(1, id);
  while (st.Step()) {
    Segment seg;
    ParseSegmentKind(st.Text(0), &seg.kind);
    seg.lang = st.Text(1);
    seg.span = {static_cast<size_t>(st.Int64(2)), static_cast<size_t>(st.Int64(3))};
    nlohmann::json sentences = nlohmann::json::parse(st.Text(4), nullptr, false);
    if (sentences.is_array())
      for (const auto& s : sentences)
        if (s.is_array() && s.size() == 2)
          seg.sentences.push_back({s[0].get<size_t>(), s[1].get<size_t>()});
    doc.segments.push_back(std::move(seg));
  }
  if (!st.status().ok()) return st.status();
  return doc;
}

namespace {
constexpr const char* kSummarySql =
    "SELECT d.id, d.path, d.title, d.date, d.kind, d.source, d.format, d.encoding, d.langs, "
    "d.content_hash, dossier_text_bytes(d.text), "
    "(SELECT count(*) FROM segments s WHERE s.doc_id = d.id), "
    "coalesce((SELECT f.figures + f.dates + f.orgs + f.commitments FROM doc_facts f WHERE f.doc_id = d.id), 0), "
    "d.added_at FROM documents d ";

DocumentSummary ReadSummary(const Statement& st) {
  DocumentSummary s;
  s.id = st.Int64(0);
  s.path = st.Text(1);
  s.title = st.Text(2);
  s.date = st.Text(3);
  s.kind = st.Text(4);
  s.source = st.Text(5);
  s.format = st.Text(6);
  s.encoding = st.Text(7);
  s.langs = SplitLangs(st.Text(8));
  s.content_hash = st.Text(9);
  s.bytes = st.Int64(10);
  s.segments = st.Int64(11);
  s.facts = st.Int64(12);
  s.added_at = st.Text(13);
  return s;
}
}  // namespace

StatusOr<DocumentSummary> Store::GetSummary(int64_t id) const {
  Statement st(db_, std::string(kSummarySql) + "WHERE d.id = ?1");
  st.Bind(1, id);
  if (!st.Step()) {
    if (!st.status().ok()) return st.status();
    return Status::NotFound("document " + std::to_string(id), "no such document");
  }
  return ReadSummary(st);
}

StatusOr<std::vector<DocumentSummary>> Store::List() const {
  Statement st(db_, std::string(kSummarySql) + "ORDER BY d.id");
  std::vector<DocumentSummary> out;
  while (st.Step()) out.push_back(ReadSummary(st));
  if (!st.status().ok()) return st.status();
  return out;
}

namespace {

// doc_facts' count column of each FactType, in the enum's order.
constexpr const char* kFactCountColumn[] = {"figures", "dates", "orgs", "commitments"};

bool Matches(const PackedFactView& c, const FactFilter& filter) {
  if (filter.type && c.type != *filter.type) return false;
  if (!filter.unit.empty() && c.unit != filter.unit) return false;
  const bool is_date = c.type == FactType::kDate && c.value_text;
  if (!filter.from.empty() && !(is_date && PrefixAtLeast(*c.value_text, filter.from))) return false;
  if (!filter.to.empty() && !(is_date && PrefixAtMost(*c.value_text, filter.to))) return false;
  if (!filter.org_id.empty() && !(c.type == FactType::kOrg && c.value_text == filter.org_id)) return false;
  return true;
}

}  // namespace

StatusOr<std::vector<StoredFact>> Store::Facts(const FactFilter& filter) const {
  // The documents that may hold matching facts, found by their keys
  // (fact_years, fact_orgs, the counts by type); their facts are unpacked
  // and Matches decides. The year bounds are implied by the prefix-inclusive
  // comparisons of `from` and `to` (so they never drop a match); `to` gives
  // one only when it holds a whole year ("20" takes "2023").
  std::string sql = "SELECT f.doc_id, f.data FROM doc_facts f WHERE 1=1";
  if (filter.doc) sql += " AND f.doc_id = ?1";
  if (filter.type) {
    sql += std::string(" AND f.") + kFactCountColumn[static_cast<size_t>(*filter.type)] + " > 0";
  }
  if (!filter.from.empty() || !filter.to.empty()) {
    sql += " AND f.doc_id IN (SELECT y.doc_id FROM fact_years y WHERE 1=1";
    if (!filter.from.empty()) sql += " AND y.year >= substr(?2, 1, 4)";
    if (!filter.to.empty() && utf8::CodePointCount(filter.to) >= 4) sql += " AND y.year <= substr(?3, 1, 4)";
    sql += ")";
  }
  if (!filter.org_id.empty()) sql += " AND f.doc_id IN (SELECT o.doc_id FROM fact_orgs o WHERE o.org_id = ?4)";
  sql += " ORDER BY f.doc_id";
  Statement st(db_, sql);
  if (filter.doc) st.Bind(1, *filter.doc);
  if (!filter.from.empty()) st.Bind(2, filter.from);
  if (!filter.to.empty()) st.Bind(3, filter.to);
  if (!filter.org_id.empty()) st.Bind(4, filter.org_id);

  Statement text_of(db_, kDocumentTextSql);
  std::vector<StoredFact> out;
  const auto limit = static_cast<size_t>(filter.limit);  // -1: no limit
  while ((filter.limit < 0 || out.size() < limit) && st.Step()) {
    const int64_t doc_id = st.Int64(0);
    std::vector<StoredFactColumns> matched;
    Status unpacked = VisitPackedFacts(st.Blob(1), [&](const PackedFactView& v) {
      if (Matches(v, filter)) matched.push_back(v.ToColumns());
    });
    if (!unpacked.ok())
      return Status::Corruption(path_, "the facts of document " + std::to_string(doc_id) + ": " + unpacked.reason());
    if (matched.empty()) continue;
    // In the text's order; facts at the same span stay in the order stored.
    std::stable_sort(matched.begin(), matched.end(), [](const StoredFactColumns& a, const StoredFactColumns& b) {
      return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    // A fact's text is sliced from its document's text.
    StatusOr<std::string> text = ReadDocumentText(text_of, doc_id);
    if (!text.ok()) return text.status();
    for (const StoredFactColumns& c : matched) {
      if (filter.limit >= 0 && out.size() >= limit) break;
      out.push_back({doc_id, ReadFactRow(c, *text)});
    }
  }
  if (!st.status().ok()) return st.status();
  return out;
}

Status Store::Remove(int64_t id) {
  Transaction tx(db_);
  if (!tx.status().ok()) return tx.status();
  {
    Statement st(db_, "SELECT 1 FROM documents WHERE id = ?1");
    st.Bind(1, id);
    if (!st.Step()) {
      if (!st.status().ok()) return st.status();
      return Status::NotFound("document " + std::to_string(id), "no such document");
    }
  }
  if (Status s = UnindexDocument(db_, id); !s.ok()) return s;
  Statement del(db_, "DELETE FROM documents WHERE id = ?1");  // segments, facts cascade
  if (Status s = del.Bind(1, id).Run(); !s.ok()) return s;
  return tx.Commit();
}

StatusOr<StoreStats> Store::Stats() const {
  StoreStats s;
  {
    Statement st(db_,
                 "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM segments), "
                 "(SELECT coalesce(sum(dossier_text_bytes(text)),0) FROM documents), "
                 "(SELECT page_count * page_size FROM pragma_page_count, pragma_page_size), "
                 "(SELECT freelist_count * page_size FROM pragma_freelist_count, pragma_page_size)");
    if (st.Step()) {
      s.documents = st.Int64(0);
      s.segments = st.Int64(1);
      s.text_bytes = st.Int64(2);
      s.file_bytes = st.Int64(3);
      s.free_bytes = st.Int64(4);
    }
    if (!st.status().ok()) return st.status();
  }
  {
    // The facts by type, and their total, from one pass over doc_facts.
    std::string sql = "SELECT ";
    for (size_t i = 0; i < std::size(kFactCountColumn); ++i)
      sql += std::string(i ? ", " : "") + "coalesce(sum(" + kFactCountColumn[i] + "), 0)";
    Statement st(db_, sql + " FROM doc_facts");
    if (st.Step()) {
      for (size_t i = 0; i < std::size(kFactCountColumn); ++i) {
        const int64_t n = st.Int64(static_cast<int>(i));
        s.facts += n;
        if (n > 0) s.by_fact_type.emplace_back(FactTypeName(static_cast<FactType>(i)), n);
      }
      std::sort(s.by_fact_type.begin(), s.by_fact_type.end());  // by type name, as the other groups
    }
    if (!st.status().ok()) return st.status();
  }
  auto group = [&](const char* sql, std::vector<std::pair<std::string, int64_t>>* out) -> Status {
    Statement st(db_, sql);
    while (st.Step()) out->emplace_back(st.Text(0), st.Int64(1));
    return st.status();
  };
  if (Status st = group("SELECT lang, count(*) FROM segments GROUP BY lang ORDER BY lang", &s.by_lang); !st.ok()) return st;
  if (Status st = group("SELECT kind, count(*) FROM documents GROUP BY kind ORDER BY kind", &s.by_kind); !st.ok()) return st;
  Statement v(db_, "PRAGMA user_version");
  if (v.Step()) s.schema_version = static_cast<int>(v.Int64(0));
  return s;
}

Status Store::Compact() {
  if (batch_open_) return Status::Internal(path_, "cannot compact inside a batch");
  // FTS5 removes a row by writing a tombstone; the row's postings stay in
  // the index until a merge drops them. 'optimize' merges every index
  // segment into one, without the removed rows (and a single segment is the
  // fastest to query). Then VACUUM rewrites the file without free pages,
  // and the checkpoint moves the rewritten pages out of the log and empties it.
  for (const char* sql : {"INSERT INTO segment_fts(segment_fts) VALUES ('optimize')", "VACUUM",
                          "PRAGMA wal_checkpoint(TRUNCATE)"})
    if (Status s = Exec(db_, sql); !s.ok()) return Status::IOError(path_, s.reason());
  return Status::Ok();
}

Status Store::Check() const {
  Statement st(db_, "PRAGMA integrity_check");
  std::string problems;
  while (st.Step()) {
    std::string line = st.Text(0);
    if (line != "ok") problems += (problems.empty() ? "" : "; ") + line;
  }
  if (!st.status().ok()) return st.status();
  if (!problems.empty()) return Status::Corruption(path_, problems);
  Statement orphans(db_,
                    "SELECT (SELECT count(*) FROM segments WHERE doc_id NOT IN (SELECT id FROM documents)) + "
                    "(SELECT count(*) FROM doc_facts WHERE doc_id NOT IN (SELECT id FROM documents)) + "
                    "(SELECT count(*) FROM fact_years WHERE doc_id NOT IN (SELECT id FROM documents)) + "
                    "(SELECT count(*) FROM fact_orgs WHERE doc_id NOT IN (SELECT id FROM documents))");
  if (orphans.Step() && orphans.Int64(0) > 0)
    return Status::Corruption(path_, std::to_string(orphans.Int64(0)) + " rows belong to no document");
  Statement bad(db_,
                "SELECT count(*) FROM segments s JOIN documents d ON d.id = s.doc_id "
                "WHERE s.start < 0 OR s.end < s.start OR s.end > dossier_text_bytes(d.text)");
  if (bad.Step() && bad.Int64(0) > 0)
    return Status::Corruption(path_, std::to_string(bad.Int64(0)) + " segments point outside their text");
  if (!bad.status().ok()) return Status::Corruption(path_, bad.status().reason());
  // Every stored text unpacks and still has the hash it was stored under:
  // the text is what every offset points into.
  Statement texts(db_, "SELECT id, content_hash, text FROM documents ORDER BY id");
  int64_t damaged = 0, first = 0;
  while (texts.Step()) {
    StatusOr<std::string> text = ReadStoredText(texts, 2);
    if (!text.ok() || ContentHash(*text) != texts.Text(1))
      if (damaged++ == 0) first = texts.Int64(0);
  }
  if (!texts.status().ok()) return texts.status();
  if (damaged)
    return Status::Corruption(path_, std::to_string(damaged) + " document texts do not match their content hash "
                                     "(the first is document " + std::to_string(first) + ")");
  return CheckFacts();
}

Status Store::CheckFacts() const {
  // Every packed list of facts unpacks, and its counts and key rows are
  // those of its facts: Store::Facts finds documents by the keys alone.
  Statement keyless(db_,
                    "SELECT (SELECT count(*) FROM fact_years WHERE doc_id NOT IN (SELECT doc_id FROM doc_facts)) + "
                    "(SELECT count(*) FROM fact_orgs WHERE doc_id NOT IN (SELECT doc_id FROM doc_facts))");
  if (keyless.Step() && keyless.Int64(0) > 0)
    return Status::Corruption(path_, std::to_string(keyless.Int64(0)) + " fact keys belong to no stored facts");
  if (!keyless.status().ok()) return keyless.status();
  Statement facts(db_, "SELECT doc_id, figures, dates, orgs, commitments, data FROM doc_facts ORDER BY doc_id");
  Statement years(db_, "SELECT year FROM fact_years WHERE doc_id = ?1 ORDER BY year");
  Statement orgs(db_, "SELECT org_id, mentions FROM fact_orgs WHERE doc_id = ?1 ORDER BY org_id");
  while (facts.Step()) {
    const int64_t doc_id = facts.Int64(0);
    const std::string which = "the facts of document " + std::to_string(doc_id);
    StatusOr<std::vector<StoredFactColumns>> unpacked = UnpackFacts(facts.Blob(5));
    if (!unpacked.ok()) return Status::Corruption(path_, which + ": " + unpacked.status().reason());
    const PackedFacts want = KeysOf(*unpacked);
    PackedFacts have;
    for (size_t i = 0; i < 4; ++i) have.counts[i] = facts.Int64(1 + static_cast<int>(i));
    years.Reset();
    years.Bind(1, doc_id);
    while (years.Step()) have.years.push_back(years.Text(0));
    orgs.Reset();
    orgs.Bind(1, doc_id);
    while (orgs.Step()) have.orgs.emplace_back(orgs.Text(0), orgs.Int64(1));
    if (!years.status().ok()) return years.status();
    if (!orgs.status().ok()) return orgs.status();
    if (have.counts != want.counts || have.years != want.years || have.orgs != want.orgs)
      return Status::Corruption(path_, which + " do not match their counts, years or organisations");
  }
  return facts.status();
}

}  // namespace dossier
