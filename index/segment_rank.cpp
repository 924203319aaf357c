#include "index/segment_rank.h"

#include <algorithm>
#include <cmath>
#include <new>

#include "index/sqlite_util.h"

namespace dossier {
namespace {

constexpr double kK1 = 1.2, kB = 0.75;  // FTS5's bm25 constants

// Per query (FTS5 keeps it with the cursor through xSetAuxdata): what does
// not change from one hit to the next.
struct QueryStats {
  int phrases = 0;
  double avgdl = 0;
  std::vector<double> idf;   // 1 for every phrase when idf is deferred
  std::vector<double> freq;  // scratch: instances of each phrase in the current row
};

int CountRow(const Fts5ExtensionApi*, Fts5Context*, void* user) {
  ++*static_cast<int64_t*>(user);
  return SQLITE_OK;
}

void DeleteStats(void* p) { delete static_cast<QueryStats*>(p); }

// The segment's length in tokens: its text columns, not its filter terms
// (index/filter_terms.h), so scores are what they were before that column.
int TextLength(const Fts5ExtensionApi* api, Fts5Context* fts, int* length) {
  *length = 0;
  for (int c = kBodyColumn; c <= kTitleColumn; ++c) {
    int n = 0;
    if (int rc = api->xColumnSize(fts, c, &n); rc != SQLITE_OK) return rc;
    *length += n;
  }
  return SQLITE_OK;
}

// Mirrors fts5Bm25GetData in SQLite's fts5_aux.c, over the text columns and
// the query's own phrases (the filter phrases after them are not scored).
// With `top`, a query of one phrase and no filter terms defers its idf to
// TopRows::Finish (with filter terms, the hits it counts are not the
// phrase's).
int LoadStats(const Fts5ExtensionApi* api, Fts5Context* fts, TopRows* top, QueryStats** out) {
  if (auto* s = static_cast<QueryStats*>(api->xGetAuxdata(fts, 0))) {
    *out = s;
    return SQLITE_OK;
  }
  auto* s = new (std::nothrow) QueryStats();
  if (!s) return SQLITE_NOMEM;
  const int filter_phrases = top ? top->filter_phrases() : 0;
  s->phrases = api->xPhraseCount(fts) - filter_phrases;
  if (s->phrases < 0) {
    delete s;
    return SQLITE_ERROR;
  }
  s->idf.assign(static_cast<size_t>(s->phrases), 1.0);
  s->freq.assign(static_cast<size_t>(s->phrases), 0.0);
  sqlite3_int64 rows = 0, tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  for (int c = kBodyColumn; rc == SQLITE_OK && c <= kTitleColumn; ++c) {
    sqlite3_int64 n = 0;
    rc = api->xColumnTotalSize(fts, c, &n);
    tokens += n;
  }
  if (rc == SQLITE_OK) s->avgdl = static_cast<double>(tokens) / static_cast<double>(rows);
  if (top != nullptr && s->phrases == 1 && filter_phrases == 0) {
    top->DeferIdf(rows);
  } else {
    for (int i = 0; rc == SQLITE_OK && i < s->phrases; ++i) {
      int64_t hits = 0;
      rc = api->xQueryPhrase(fts, i, &hits, CountRow);
      if (rc == SQLITE_OK) s->idf[static_cast<size_t>(i)] = Idf(rows, hits);
    }
  }
  if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, s, DeleteStats);  // frees s itself on failure
  else delete s;
  if (rc == SQLITE_OK) *out = s;
  return rc;
}

// The expression of fts5_aux.c's fts5Bm25Function, times the kind weight
// (bm25() returns -score; the weight multiplied that in the SQL it replaces).
double Score(const QueryStats& s, double length, int column) {
  double score = 0;
  for (size_t i = 0; i < s.freq.size(); ++i)
    score += s.idf[i] * ((s.freq[i] * (kK1 + 1.0)) / (s.freq[i] + kK1 * (1 - kB + kB * length / s.avgdl)));
  return (-1.0 * score) * KindWeight(column);
}

bool HasKindColumns(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx) {
  if (api->xColumnCount(fts) > kTitleColumn) return true;
  // An index from before migration 4 (a read-only open does not migrate).
  sqlite3_result_error(ctx, "segment_fts has no kind columns: open the database for writing once "
                            "(e.g. `dossier reindex`) to migrate it", -1);
  return false;
}

// Instances of each phrase in the current row (the same count FTS5's bm25
// takes from xInst: both see the NEAR-filtered position lists), the column
// they are in and the last position matched (+1: a lower bound of the
// row's length). Reads the position lists only.
int CountInstances(const Fts5ExtensionApi* api, Fts5Context* fts, QueryStats* s, int* column, int* min_length) {
  *column = -1;
  *min_length = 0;
  for (int i = 0; i < s->phrases; ++i) {
    Fts5PhraseIter it;
    int col = 0, off = 0, n = 0, last = -1;
    int rc = api->xPhraseFirst(fts, i, &it, &col, &off);
    if (rc != SQLITE_OK) return rc;
    for (; col >= 0; api->xPhraseNext(fts, &it, &col, &off)) {
      ++n;
      *column = col;
      last = off;  // instances come in position order
    }
    s->freq[static_cast<size_t>(i)] = n;
    // `last` is the first token of the last instance; the phrase's other
    // tokens follow it, so the row has at least last + (phrase size) tokens.
    if (n > 0) *min_length = std::max(*min_length, last + api->xPhraseSize(fts, i));
  }
  return SQLITE_OK;
}

// dossier_rank(segment_fts)
void Rank(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int, sqlite3_value**) {
  if (!HasKindColumns(api, fts, ctx)) return;
  QueryStats* s = nullptr;
  int rc = LoadStats(api, fts, nullptr, &s);
  int column = -1, min_length = 0, length = 0, heading = 0, title = 0;
  if (rc == SQLITE_OK) rc = CountInstances(api, fts, s, &column, &min_length);
  if (rc == SQLITE_OK) rc = TextLength(api, fts, &length);
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, kHeadingColumn, &heading);
  if (rc == SQLITE_OK) rc = api->xColumnSize(fts, kTitleColumn, &title);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  column = title > 0 ? kTitleColumn : heading > 0 ? kHeadingColumn : kBodyColumn;
  sqlite3_result_double(ctx, Score(*s, length, column));
}

// dossier_top(segment_fts, TopRows pointer): returns 1 for every hit.
void Top(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* ctx, int nargs, sqlite3_value** args) {
  TopRows* top = nargs == 1 ? static_cast<TopRows*>(sqlite3_value_pointer(args[0], kTopRowsPointerType)) : nullptr;
  if (!top) {
    sqlite3_result_error(ctx, "dossier_top takes a TopRows pointer", -1);
    return;
  }
  if (!HasKindColumns(api, fts, ctx)) return;
  QueryStats* s = nullptr;
  int rc = LoadStats(api, fts, top, &s);
  int column = -1, min_length = 0, length = 0;
  if (rc == SQLITE_OK) rc = CountInstances(api, fts, s, &column, &min_length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  top->CountHit();
  sqlite3_result_int(ctx, 1);
  if (column < 0) {
    // No instance seen (cannot happen for a row that matched): score it
    // from the index's own sizes.
    int heading = 0, title = 0;
    if (api->xColumnSize(fts, kHeadingColumn, &heading) != SQLITE_OK ||
        api->xColumnSize(fts, kTitleColumn, &title) != SQLITE_OK) {
      sqlite3_result_error_code(ctx, SQLITE_ERROR);
      return;
    }
    column = title > 0 ? kTitleColumn : heading > 0 ? kHeadingColumn : kBodyColumn;
  }
  // The best this row can score: its length is at least min_length. A
  // bound equal to the page's last score is not skipped (it may tie).
  if (Score(*s, min_length, column) > top->bound()) return;
  rc = TextLength(api, fts, &length);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  top->Add(Score(*s, length, column), api->xRowid(fts));
}

}  // namespace

double KindWeight(int column) { return column == kTitleColumn ? 3.0 : column == kHeadingColumn ? 2.0 : 1.0; }

double Idf(int64_t rows, int64_t hits) {
  // The same expression as fts5_aux.c, so the same bits.
  double idf = std::log((static_cast<double>(rows - hits) + 0.5) / (static_cast<double>(hits) + 0.5));
  return idf <= 0.0 ? 1e-6 : idf;
}

void TopRows::Add(double score, int64_t rowid) {
  ++scored_;
  if (want_ == 0 || score > bound_) return;
  rows_.push_back({score, rowid});
  if (rows_.size() == want_ && compact_at_ == 0) {
    bound_ = std::max_element(rows_.begin(), rows_.end(), [](const RankedRow& a, const RankedRow& b) {
               return a.score < b.score;
             })->score;
    compact_at_ = std::max<size_t>(2 * want_, 64);
  } else if (compact_at_ > 0 && rows_.size() >= compact_at_) {
    KeepBest();
    // With many ties the kept rows can stay above 2 * want: grow the mark
    // so that compaction stays amortised O(1) per row.
    compact_at_ = std::max(2 * want_, 2 * rows_.size());
  }
}

void TopRows::KeepBest() {
  if (rows_.size() <= want_) return;
  auto by_score = [](const RankedRow& a, const RankedRow& b) { return a.score < b.score; };
  std::nth_element(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(want_ - 1), rows_.end(), by_score);
  bound_ = rows_[want_ - 1].score;
  rows_.erase(std::remove_if(rows_.begin(), rows_.end(), [&](const RankedRow& r) { return r.score > bound_; }),
              rows_.end());
}

void TopRows::Finish() {
  KeepBest();
  if (idf_deferred_) {
    const double idf = Idf(index_rows_, hits_);
    for (RankedRow& r : rows_) r.score *= idf;
  }
}

Status RegisterRankFunctions(sqlite3* db, fts5_api* api) {
  if (api->xCreateFunction(api, "dossier_rank", nullptr, Rank, nullptr) != SQLITE_OK)
    return SqliteError(db, "registering dossier_rank");
  if (api->xCreateFunction(api, "dossier_top", nullptr, Top, nullptr) != SQLITE_OK)
    return SqliteError(db, "registering dossier_top");
  return Status::Ok();
}

}  // namespace dossier
