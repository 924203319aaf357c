// The full-text index over segments, kept in step with the store.
//
// Store calls these inside its own transactions, so a document and its index
// rows are written or removed together. Nothing outside index/ calls them.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

class Statement;  // index/sqlite_util.h

// Registers dossier's FTS5 tokenizer(s) and its rank function dossier_rank
// (index/segment_rank.h) on a new connection; Store::Open calls it before
// running migrations (an FTS5 table needs its tokenizer).
Status RegisterTokenizers(sqlite3* db);

// segment_fts has one column per kind weight: body (paragraphs), heading,
// title (index/schema.cpp, migration 4). A segment's text goes to the column
// of its kind, NULL to the other two; the rank function reads the kind back
// from which column is not empty. A fourth column, `filters`, holds the
// segment's filter terms (index/filter_terms.h, migration 10). Every writer
// uses these two:
inline constexpr const char* kIndexSegmentSql =
    "INSERT INTO segment_fts(rowid, body, heading, title, filters) VALUES (?1, ?2, ?3, ?4, ?5)";
inline constexpr const char* kUnindexSegmentSql =
    "INSERT INTO segment_fts(segment_fts, rowid, body, heading, title, filters) "
    "VALUES ('delete', ?1, ?2, ?3, ?4, ?5)";
// Binds ?1 to `id`, `text` to the column of `kind` and `filters` to ?5 in
// either statement, without a copy: run the statement while both are alive.
void BindSegment(Statement& st, int64_t id, SegmentKind kind, std::string_view text, std::string_view filters);
// One segment to index: its row id in `segments`, its kind (which column it
// goes to), its span in the document text and its filter terms
// (FilterTerms of its language and its document's kind, source and date).
struct IndexedSegment {
  int64_t id = 0;
  SegmentKind kind = SegmentKind::kParagraph;
  Span span;
  std::string filters;
};
// Adds `segments`, sliced from `text`, to the index, through `insert`, a
// Statement of kIndexSegmentSql. A writer indexing many documents reuses one
// (preparing the FTS5 insert cost about a tenth of indexing a document).
Status IndexSegments(Statement& insert, std::string_view text, const std::vector<IndexedSegment>& segments);
// The same with a statement of its own, for a single document.
Status IndexSegments(sqlite3* db, std::string_view text, const std::vector<IndexedSegment>& segments);
// Removes every index row of `doc_id`.
Status UnindexDocument(sqlite3* db, int64_t doc_id);

}  // namespace dossier
