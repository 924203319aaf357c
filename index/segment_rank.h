// dossier's ranking functions, computed inside FTS5 so that ranking a hit
// needs no join with segments or documents.
//
//   SELECT rowid, dossier_rank(segment_fts) FROM segment_fts WHERE segment_fts MATCH ?1
//
// The score is FTS5's own bm25 (k1 = 1.2, b = 0.75, idf = ln((N - n + 0.5) /
// (n + 0.5)) floored at 1e-6, the row's length in tokens against the average
// over all rows) multiplied by the weight of the segment's kind: title 3,
// heading 2, paragraph 1. Like bm25() it is negative, lower is better, and
// it is bit for bit what `bm25(segment_fts) * <kind weight>` gave before the
// kind moved into the index (migration 4). Lengths count the text columns
// only, and only the query's own phrases are scored: the filter terms
// (index/filter_terms.h, migration 10) neither lengthen a row nor score.
//
// Where the kind comes from: segment_fts has one column per weight class
// (body, heading, title; index/schema.cpp) and each segment's text is in
// exactly one of them, so the kind is the column a hit's text is in.
//
// The top k in one pass (what `dossier search` runs without filters):
//
//   TopRows top(10);                    // bound to ?2 with sqlite3_bind_pointer
//   SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1 AND dossier_top(segment_fts, ?2)
//   top.Finish();                       // top.rows: the 10 best and every tie of the 10th
//
// A filtered search ANDs filter terms after the query's phrases and tells
// TopRows how many there are (set_filter_phrases).
//
// dossier_top scores each hit as dossier_rank does and keeps it only if it
// can still be among the k best, and it avoids the two costs that made
// ranking every hit slow (about 1.5 us a hit with bm25()):
//   * the row length. bm25 needs it for every hit, and FTS5 reads it with
//     one lookup in segment_fts_docsize per hit. The score falls as the
//     length grows, and the last matched position bounds the length from
//     below, so the score at that length is an upper bound (the term counts
//     and the column come from the position lists FTS5 has already read).
//     Only when that bound could reach the k-th best score so far (or tie
//     it) is the length read and the hit scored exactly. Exact: no hit that
//     belongs on the page, or ties its last score, is ever skipped.
//   * idf for a query of one phrase. It is the same for every hit and does
//     not change the order, and computing it up front costs FTS5 a second
//     pass over the phrase's whole doclist (xQueryPhrase); dossier_top leaves
//     it out and Finish() multiplies it in, with n = the hits it counted.
//     Queries of several phrases get their idfs up front, as bm25 does.
// Order among equal scores (date, document, position) is the caller's.
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "ingest/status.h"

namespace dossier {

inline constexpr const char* kTopRowsPointerType = "dossier_top_rows";

// The FTS5 columns of segment_fts, one per kind weight.
inline constexpr int kBodyColumn = 0, kHeadingColumn = 1, kTitleColumn = 2;
double KindWeight(int column);  // 1, 2, 3

// FTS5's idf for a phrase found in `hits` of `rows` rows.
double Idf(int64_t rows, int64_t hits);

struct RankedRow {
  double score = 0;  // as dossier_rank: lower is better
  int64_t rowid = 0;
};

class TopRows {
 public:
  // Keeps the `want` best rows and every row tied with the want-th;
  // SIZE_MAX keeps every hit.
  explicit TopRows(size_t want)
      : want_(want), bound_(want == 0 ? -std::numeric_limits<double>::infinity()
                                      : std::numeric_limits<double>::infinity()) {}

  // Called by dossier_top for each hit.
  void CountHit() { ++hits_; }
  void Add(double score, int64_t rowid);
  // A row scoring worse than this cannot make the page (+inf until `want`
  // rows are in).
  double bound() const { return bound_; }
  // The last `n` phrases of the query are filter terms (index/filter_terms.h):
  // they select hits but are not scored. Set before the scan.
  void set_filter_phrases(int n) { filter_phrases_ = n; }
  int filter_phrases() const { return filter_phrases_; }
  void DeferIdf(int64_t index_rows) {
    idf_deferred_ = true;
    index_rows_ = index_rows;
  }

  // After the scan: drops the rows that fell behind and puts idf into
  // deferred scores. rows() are then unordered.
  void Finish();
  const std::vector<RankedRow>& rows() const { return rows_; }
  int64_t hits() const { return hits_; }
  // Hits whose length was read and that were scored exactly (the others
  // were skipped on their bound): shows how well the bound prunes.
  int64_t scored() const { return scored_; }

 private:
  void KeepBest();

  size_t want_;
  std::vector<RankedRow> rows_;
  double bound_;
  size_t compact_at_ = 0;
  int64_t hits_ = 0, scored_ = 0;
  bool idf_deferred_ = false;
  int filter_phrases_ = 0;
  int64_t index_rows_ = 0;
};

// Registers dossier_rank and dossier_top with FTS5 (RegisterTokenizers
// calls it, with the connection's fts5_api).
Status RegisterRankFunctions(sqlite3* db, fts5_api* api);

}  // namespace dossier
