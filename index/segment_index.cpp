// The full-text index: an external-content FTS5 table `segment_fts` over the
// view `segment_text` (segments sliced out of documents.text, one column per
// kind weight, and the filter terms, index/filter_terms.h), tokenized by
// dossier's own tokenizer (index/tokenizer.h) registered as "dossier",
// ranked by dossier_rank (index/segment_rank.h).
#include "index/segment_index.h"

#include <sqlite3.h>

#include <new>

#include "index/filter_terms.h"
#include "index/segment_rank.h"
#include "index/sqlite_util.h"
#include "index/stored_text.h"
#include "index/tokenizer.h"

namespace dossier {
namespace {

// FTS5 creates one tokenizer instance per table per connection and calls it
// from that connection's thread only, so each instance owns a Tokenizer.
int CreateTokenizer(void*, const char**, int nArg, Fts5Tokenizer** out) {
  if (nArg != 0) return SQLITE_ERROR;  // the tokenizer takes no options
  Tokenizer* t = new (std::nothrow) Tokenizer();
  if (!t) return SQLITE_NOMEM;
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

void DeleteTokenizer(Fts5Tokenizer* p) { delete reinterpret_cast<Tokenizer*>(p); }

int RunTokenizer(Fts5Tokenizer* p, void* ctx, int flags, const char* text, int n,
                 int (*xToken)(void*, int, const char*, int, int, int)) {
  Tokenizer* t = reinterpret_cast<Tokenizer*>(p);
  // Documents (and 'delete', which re-tokenises the old text) get the index
  // token stream; highlight()-style auxiliary calls are not used by dossier.
  Tokenizer::Mode mode = Tokenizer::Mode::kIndex;
  if (flags & FTS5_TOKENIZE_PREFIX)
    mode = Tokenizer::Mode::kPrefix;
  else if (flags & FTS5_TOKENIZE_QUERY)
    mode = Tokenizer::Mode::kQuery;
  if (n <= 0) return SQLITE_OK;
  return t->Tokenize(std::string_view(text, static_cast<size_t>(n)), mode, [&](const Token& tok) {
    return xToken(ctx, tok.colocated ? FTS5_TOKEN_COLOCATED : 0, tok.text.data(),
                  static_cast<int>(tok.text.size()), static_cast<int>(tok.start),
                  static_cast<int>(tok.end));
  });
}

}  // namespace

Status RegisterTokenizers(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
    return SqliteError(db, "FTS5 is not available");
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  if (!api || api->iVersion < 2) return Status::Internal("FTS5", "no fts5_api v2 on this SQLite");
  static fts5_tokenizer tokenizer = {CreateTokenizer, DeleteTokenizer, RunTokenizer};
  if (api->xCreateTokenizer(api, "dossier", nullptr, &tokenizer, nullptr) != SQLITE_OK)
    return SqliteError(db, "registering the dossier tokenizer");
  if (Status s = RegisterFilterTermsFunction(db); !s.ok()) return s;
  return RegisterRankFunctions(db, api);
}

void BindSegment(Statement& st, int64_t id, SegmentKind kind, std::string_view text, std::string_view filters) {
  const int column = kind == SegmentKind::kTitle     ? kTitleColumn
                     : kind == SegmentKind::kHeading ? kHeadingColumn
                                                     : kBodyColumn;
  st.Bind(1, id);
  for (int c = kBodyColumn; c <= kTitleColumn; ++c) {
    if (c == column) st.BindStatic(2 + c, text);  // callers run the statement before `text` goes
    else st.BindNull(2 + c);
  }
  st.BindStatic(5, filters);
}

// Every function here passes each segment's text from one copy of the
// document text: slicing through the segment_text view would read the whole
// document once per segment (quadratic for a book-length file).
Status IndexSegments(sqlite3* db, std::string_view text, const std::vector<IndexedSegment>& segments) {
  Statement insert(db, kIndexSegmentSql);
  return IndexSegments(insert, text, segments);
}

Status IndexSegments(Statement& ins, std::string_view text, const std::vector<IndexedSegment>& segments) {
  for (const IndexedSegment& seg : segments) {
    if (seg.span.start > seg.span.end || seg.span.end > text.size())
      return Status::Internal("segment " + std::to_string(seg.id), "its span is outside the text being indexed");
    ins.Reset();
    BindSegment(ins, seg.id, seg.kind, text.substr(seg.span.start, seg.span.end - seg.span.start), seg.filters);
    if (Status s = ins.Run(); !s.ok()) return s;
  }
  ins.Reset();  // drops the bindings into `text`
  return Status::Ok();
}

Status UnindexDocument(sqlite3* db, int64_t doc_id) {
  // External content: FTS5 needs the text that was indexed to remove its
  // tokens, so this must run before the segments or the text change.
  std::string text;
  {
    Statement select(db, kDocumentTextSql);
    StatusOr<std::string> stored = ReadDocumentText(select, doc_id);
    if (!stored.ok()) return stored.status();
    text = std::move(*stored);
  }
  // The filter terms it was indexed with come from the rows as they are
  // now, which is why this runs before they change.
  std::string kind_name, source, date, orgs;
  {
    Statement doc(db, "SELECT kind, source, date, " + DocumentOrgIdsSql("?1") + " FROM documents WHERE id = ?1");
    doc.Bind(1, doc_id);
    if (doc.Step()) {
      kind_name = doc.Text(0);
      source = doc.Text(1);
      date = doc.Text(2);
      orgs = doc.Text(3);  // "" when NULL: no org facts
    }
    if (!doc.status().ok()) return doc.status();
  }
  Statement segs(db, "SELECT id, start, end, kind, lang FROM segments WHERE doc_id = ?1");
  segs.Bind(1, doc_id);
  Statement del(db, kUnindexSegmentSql);
  while (segs.Step()) {
    int64_t start = segs.Int64(1), end = segs.Int64(2);
    if (start < 0 || end < start || static_cast<size_t>(end) > text.size())
      return Status::Corruption("document " + std::to_string(doc_id), "a segment points outside its text");
    SegmentKind kind = SegmentKind::kParagraph;
    ParseSegmentKind(segs.Text(3), &kind);
    const std::string lang = segs.Text(4);
    const std::string filters = FilterTerms(
        {.lang = lang, .doc_kind = kind_name, .source = source, .date = date, .doc_id = doc_id, .orgs = orgs});
    del.Reset();
    BindSegment(del, segs.Int64(0), kind,
                std::string_view(text).substr(static_cast<size_t>(start), static_cast<size_t>(end - start)), filters);
    if (Status s = del.Run(); !s.ok()) return s;
  }
  return segs.status();
}

}  // namespace dossier
