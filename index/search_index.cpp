#include "index/search_index.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <optional>
#include <unordered_map>
#include <variant>

#include "index/filter_terms.h"
#include "index/schema.h"
#include "index/segment_index.h"
#include "index/segment_rank.h"
#include "index/sqlite_util.h"
#include "index/stored_text.h"
#include "index/tokenizer.h"

namespace dossier {
namespace {

using BindValue = std::variant<std::string, int64_t>;

// The query's words look in the text columns only, never in the filter
// terms (index/filter_terms.h).
std::string TextMatch(const std::string& match) { return "{body heading title} : (" + match + ")"; }

bool HasFilters(const SearchFilters& f) {
  return !f.langs.empty() || !f.kinds.empty() || !f.sources.empty() || !f.docs.empty() || !f.orgs.empty() ||
         f.has_date;
}

// A read-only open does not migrate, and the index of an older schema lacks
// columns search uses (the kind columns, the filter terms): say what to do
// rather than let FTS5 report a missing column.
Status RequireCurrentSchema(sqlite3* db) {
  Statement v(db, "PRAGMA user_version");
  const int64_t version = v.Step() ? v.Int64(0) : 0;
  if (!v.status().ok()) return v.status();
  const auto latest = static_cast<int64_t>(SchemaMigrations().size());
  if (version < latest)
    return Status::InvalidInput("search", "the database has schema " + std::to_string(version) + " and search needs " +
                                              std::to_string(latest) +
                                              ": open it for writing once (e.g. `dossier reindex`) to migrate it");
  return Status::Ok();
}

// The filters as filter terms to AND with the query, when they can be
// (FilterExpression says when not). A date filter needs the span of the
// stored years (an open range ends there; the documents_date index gives
// both ends at once) and no date of another form.
StatusOr<std::optional<FilterMatch>> FilterMatchOf(sqlite3* db, const SearchFilters& f) {
  if (!HasFilters(f)) return std::optional<FilterMatch>();
  YearSpan years;
  bool odd_dates = false;
  if (f.has_date) {
    Statement span(db, "SELECT (SELECT min(date) FROM documents WHERE date > ''), (SELECT max(date) FROM documents)");
    if (span.Step() && !span.IsNull(0)) {
      years.first = std::atoi(span.Text(0).substr(0, 4).c_str());
      years.last = std::atoi(span.Text(1).substr(0, 4).c_str());
    }
    if (!span.status().ok()) return span.status();
    Statement odd(db, std::string("SELECT 1 FROM segment_fts WHERE segment_fts MATCH '{filters} : \"") +
                          kOddDateTerm + "\"' LIMIT 1");
    odd_dates = odd.Step();
    if (!odd.status().ok()) return odd.status();
  }
  return FilterExpression(f, years, odd_dates);
}

// What FTS5 is asked when the index answers a request by itself: the
// query's words in the text columns, ANDed with the filter terms. nullopt
// when it cannot: no words, or a filter only SQL can apply.
struct IndexMatch {
  std::string expression;
  int filter_phrases = 0;  // phrases of the filter terms, after the query's own
};
StatusOr<std::optional<IndexMatch>> IndexMatchOf(sqlite3* db, const SearchRequest& request) {
  if (request.match.empty()) return std::optional<IndexMatch>();
  StatusOr<std::optional<FilterMatch>> filters = FilterMatchOf(db, request.filters);
  if (!filters.ok()) return filters.status();
  if (HasFilters(request.filters) && !filters->has_value()) return std::optional<IndexMatch>();
  IndexMatch m{TextMatch(request.match)};
  if (filters->has_value()) {
    m.expression += " AND " + (*filters)->expression;
    m.filter_phrases = (*filters)->phrases;
  }
  return std::optional<IndexMatch>(std::move(m));
}

// Builds the FROM/WHERE part shared by search, count and facets, collecting
// bind values; user text only ever reaches SQLite as a bound parameter.
struct HitsQuery {
  std::string sql;  // "FROM ... WHERE ..." selecting hits h, segments s, documents d
  std::vector<BindValue> binds;

  std::string Param(BindValue v) {
    binds.push_back(std::move(v));
    return "?" + std::to_string(binds.size());
  }

  // `extra_join` is appended to the joins (facets add fact_orgs).
  // `ranked`: h.rank is dossier_rank (index/segment_rank.h), else 0.
  HitsQuery(const SearchRequest& req, bool ranked, const std::string& extra_join = "") {
    if (req.match.empty()) {
      sql = "FROM segments s JOIN documents d ON d.id = s.doc_id "
            "JOIN (SELECT 0.0 AS rank) h" + extra_join + " WHERE 1=1";
    } else {
      sql = std::string("FROM (SELECT rowid AS id, ") + (ranked ? "dossier_rank(segment_fts)" : "0.0") +
            " AS rank FROM segment_fts WHERE segment_fts MATCH " + Param(TextMatch(req.match)) + ") h "
            "JOIN segments s ON s.id = h.id JOIN documents d ON d.id = s.doc_id" + extra_join +
            " WHERE 1=1";
    }
    const SearchFilters& f = req.filters;
    auto any_of = [&](const auto& values, auto clause) {
      if (values.empty()) return;
      std::string part;
      for (const auto& v : values) part += (part.empty() ? "" : " OR ") + clause(v);
      sql += " AND (" + part + ")";
    };
    any_of(f.langs, [&](const std::string& v) {
      std::string p = Param(v);
      return "s.lang = " + p + " COLLATE NOCASE OR s.lang LIKE " + p + " || '-%'";
    });
    any_of(f.kinds, [&](const std::string& v) { return "d.kind = " + Param(v) + " COLLATE NOCASE"; });
    any_of(f.sources, [&](const std::string& v) { return "d.source = " + Param(v) + " COLLATE NOCASE"; });
    any_of(f.docs, [&](int64_t v) { return "d.id = " + Param(v); });
    any_of(f.orgs, [&](const std::string& v) {
      return "EXISTS (SELECT 1 FROM fact_orgs o WHERE o.doc_id = d.id AND o.org_id = " + Param(v) + ")";
    });
    if (f.has_date) {
      sql += " AND d.date <> ''";
      if (!f.date_from.empty()) sql += " AND d.date >= " + Param(f.date_from);
      if (!f.date_to.empty()) {
        std::string p = Param(f.date_to);
        sql += " AND substr(d.date, 1, length(" + p + ")) <= " + p;
      }
    }
  }

  void BindAll(Statement& st) const {
    for (size_t i = 0; i < binds.size(); ++i) {
      if (const auto* s = std::get_if<std::string>(&binds[i]))
        st.Bind(static_cast<int>(i + 1), *s);
      else
        st.Bind(static_cast<int>(i + 1), std::get<int64_t>(binds[i]));
    }
  }
};

// A failed MATCH means query/ produced an expression FTS5 refused: a bug,
// not the user's fault, and never shown as raw SQL.
Status QueryError(const Statement& st) {
  return Status::Internal("search", "the index refused the query: " + st.status().reason());
}

// The columns of a SegmentHit, for `s` and `d` joined on one segment.
constexpr const char* kHitColumns =
    "s.doc_id, s.ord, s.kind, s.lang, s.start, s.end, d.title, d.date, d.path, d.source, d.kind, "
    "dossier_text_slice(d.text, s.start, s.end)";

SegmentHit ReadHit(const Statement& st, double score) {
  SegmentHit h;
  h.doc_id = st.Int64(0);
  h.ord = st.Int64(1);
  h.kind = st.Text(2);
  h.lang = st.Text(3);
  h.start = st.Int64(4);
  h.end = st.Int64(5);
  h.title = st.Text(6);
  h.date = st.Text(7);
  h.path = st.Text(8);
  h.source = st.Text(9);
  h.doc_kind = st.Text(10);
  h.text = st.Text(11);
  h.score = -score;
  return h;
}

// The search without filters, or with filters the index answers: one pass
// over the hits inside FTS5, where dossier_top (index/segment_rank.h) keeps
// only the hits that can still reach the page; segments and documents are
// read for those alone, to break ties in score by date and to fill the
// page. Counts the hits.
StatusOr<std::vector<SegmentHit>> TopHits(sqlite3* db, const SearchRequest& req, const IndexMatch& match,
                                          int64_t* total) {
  const size_t offset = static_cast<size_t>(std::max<int64_t>(req.offset, 0));
  // A negative limit means no limit, as in SQL.
  const size_t want = req.limit < 0 ? std::numeric_limits<size_t>::max() : offset + static_cast<size_t>(req.limit);
  TopRows top(want);
  top.set_filter_phrases(match.filter_phrases);
  {
    sqlite3_stmt* st = nullptr;
    // dossier_top returns 1 for every hit (an FTS5 auxiliary function may
    // not be an aggregate's argument, but it may be a condition), so the
    // scan is one sqlite3_step and count(*) is the number of hits.
    const char* sql =
        "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1 AND dossier_top(segment_fts, ?2)";
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) != SQLITE_OK) return SqliteError(db, "preparing the search");
    sqlite3_bind_text(st, 1, match.expression.data(), static_cast<int>(match.expression.size()), SQLITE_STATIC);
    sqlite3_bind_pointer(st, 2, &top, kTopRowsPointerType, nullptr);
    int rc = sqlite3_step(st);
    const std::string reason = sqlite3_errmsg(db);
    sqlite3_finalize(st);
    if (rc != SQLITE_ROW) return Status::Internal("search", "the index refused the query: " + reason);
  }
  top.Finish();
  if (total) *total = top.hits();
  struct Ranked {
    RankedRow row;
    std::string date;
    int64_t doc_id = 0, ord = 0;
  };
  std::vector<Ranked> ranked;
  {
    // Through the covering index: the documents table has a page of text
    // per row, and there can be thousands of ties (equal short titles).
    Statement meta(db, "SELECT d.date, s.doc_id, s.ord FROM segments s JOIN documents AS d "
                       "INDEXED BY documents_id_date ON d.id = s.doc_id WHERE s.id = ?1");
    for (const RankedRow& r : top.rows()) {
      meta.Reset();
      meta.Bind(1, r.rowid);
      if (meta.Step()) ranked.push_back({r, meta.Text(0), meta.Int64(1), meta.Int64(2)});
      if (!meta.status().ok()) return meta.status();
    }
  }
  // The order of the SQL path: score, date newest first, document, position.
  std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
    if (a.row.score != b.row.score) return a.row.score < b.row.score;
    if (a.date != b.date) return a.date > b.date;
    if (a.doc_id != b.doc_id) return a.doc_id < b.doc_id;
    return a.ord < b.ord;
  });
  std::vector<SegmentHit> out;
  Statement row(db, std::string("SELECT ") + kHitColumns +
                        " FROM segments s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?1");
  for (size_t i = offset; i < ranked.size() && i < want; ++i) {
    row.Reset();
    row.Bind(1, ranked[i].row.rowid);
    if (row.Step()) out.push_back(ReadHit(row, ranked[i].row.score));
    if (!row.status().ok()) return row.status();
  }
  return out;
}

}  // namespace

StatusOr<std::vector<SegmentHit>> SearchSegments(sqlite3* db, const SearchRequest& request, int64_t* total) {
  if (total) *total = -1;
  if (Status s = RequireCurrentSchema(db); !s.ok()) return s;
  StatusOr<std::optional<IndexMatch>> match = IndexMatchOf(db, request);
  if (!match.ok()) return match.status();
  if (match->has_value()) return TopHits(db, request, **match, total);
  HitsQuery q(request, /*ranked=*/true);
  // Filters need the segment and document of every hit, so SQLite joins
  // and sorts; the inner query carries only what ordering needs, and the
  // titles, paths and segment text (a slice of the whole document text) are
  // read for the `limit` rows that survive.
  std::string sql =
      std::string("SELECT ") + kHitColumns + ", top.score "
      "FROM (SELECT s.id AS sid, h.rank AS score, d.date AS date, s.doc_id AS doc_id, "
      "s.ord AS ord " + q.sql + " ORDER BY score, d.date DESC, s.doc_id, s.ord LIMIT " +
      q.Param(request.limit) + " OFFSET " + q.Param(request.offset) + ") top "
      "JOIN segments s ON s.id = top.sid JOIN documents d ON d.id = s.doc_id "
      "ORDER BY top.score, top.date DESC, top.doc_id, top.ord";
  Statement st(db, sql);
  q.BindAll(st);
  std::vector<SegmentHit> hits;
  while (st.Step()) hits.push_back(ReadHit(st, st.Double(12)));
  if (!st.status().ok()) return QueryError(st);
  return hits;
}

StatusOr<int64_t> CountHits(sqlite3* db, const SearchRequest& request) {
  if (Status s = RequireCurrentSchema(db); !s.ok()) return s;
  StatusOr<std::optional<IndexMatch>> match = IndexMatchOf(db, request);
  if (!match.ok()) return match.status();
  if (match->has_value()) {
    // No joins needed: the index's own rows.
    Statement st(db, "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1");
    st.Bind(1, (*match)->expression);
    int64_t n = st.Step() ? st.Int64(0) : 0;
    if (!st.status().ok()) return QueryError(st);
    return n;
  }
  HitsQuery q(request, /*ranked=*/false);
  Statement st(db, "SELECT count(*) " + q.sql);
  q.BindAll(st);
  int64_t n = st.Step() ? st.Int64(0) : 0;
  if (!st.status().ok()) return QueryError(st);
  return n;
}

namespace {

// Facets in one pass over the hits the index finds (the query and its
// filter terms): each hit's segment row gives its language and document;
// each document is then read once, for its year, kind, source and orgs.
// The five GROUP BY joins it replaces read every hit's rows five times.
StatusOr<SearchFacets> FacetHitsInOnePass(sqlite3* db, const std::string& match) {
  std::unordered_map<std::string, int64_t> lang;
  std::unordered_map<int64_t, int64_t> hits_of_doc;
  {
    Statement st(db, "SELECT s.lang, s.doc_id FROM segment_fts f JOIN segments s ON s.id = f.rowid "
                     "WHERE segment_fts MATCH ?1");
    st.Bind(1, match);
    while (st.Step()) {
      ++lang[st.Text(0)];
      ++hits_of_doc[st.Int64(1)];
    }
    if (!st.status().ok()) return QueryError(st);
  }
  std::unordered_map<std::string, int64_t> year, kind, source, org;
  Statement doc(db, "SELECT substr(date, 1, 4), kind, source FROM documents WHERE id = ?1");
  Statement orgs(db, "SELECT org_id FROM fact_orgs WHERE doc_id = ?1");
  for (const auto& [doc_id, n] : hits_of_doc) {
    doc.Reset();
    doc.Bind(1, doc_id);
    if (doc.Step()) {
      year[doc.Text(0)] += n;
      kind[doc.Text(1)] += n;
      source[doc.Text(2)] += n;
    }
    if (!doc.status().ok()) return doc.status();
    orgs.Reset();
    orgs.Bind(1, doc_id);
    while (orgs.Step()) org[orgs.Text(0)] += n;
    if (!orgs.status().ok()) return orgs.status();
  }
  // The order of the SQL it replaces: ORDER BY n DESC, k.
  auto sorted = [](const std::unordered_map<std::string, int64_t>& counts) {
    SearchFacets::Counts out(counts.begin(), counts.end());
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
  };
  SearchFacets facets;
  facets.lang = sorted(lang);
  facets.year = sorted(year);
  facets.kind = sorted(kind);
  facets.source = sorted(source);
  facets.org = sorted(org);
  return facets;
}

}  // namespace

StatusOr<SearchFacets> FacetHits(sqlite3* db, const SearchRequest& request) {
  if (Status s = RequireCurrentSchema(db); !s.ok()) return s;
  StatusOr<std::optional<IndexMatch>> match = IndexMatchOf(db, request);
  if (!match.ok()) return match.status();
  if (match->has_value()) return FacetHitsInOnePass(db, (*match)->expression);
  SearchFacets facets;
  auto group = [&](const std::string& key, SearchFacets::Counts* out) -> Status {
    HitsQuery q(request, /*ranked=*/false);
    Statement st(db, "SELECT " + key + " AS k, count(*) AS n " + q.sql +
                         " GROUP BY k ORDER BY n DESC, k");
    q.BindAll(st);
    while (st.Step()) out->emplace_back(st.IsNull(0) ? "" : st.Text(0), st.Int64(1));
    if (!st.status().ok()) return QueryError(st);
    return Status::Ok();
  };
  if (Status s = group("s.lang", &facets.lang); !s.ok()) return s;
  if (Status s = group("substr(d.date, 1, 4)", &facets.year); !s.ok()) return s;
  if (Status s = group("d.kind", &facets.kind); !s.ok()) return s;
  if (Status s = group("d.source", &facets.source); !s.ok()) return s;
  {
    // Segments whose document mentions the organisation.
    HitsQuery q(request, /*ranked=*/false, " JOIN fact_orgs o ON o.doc_id = d.id");
    std::string sql = "SELECT o.org_id AS k, count(*) AS n " + q.sql +
                      " GROUP BY k ORDER BY n DESC, k";
    Statement st(db, sql);
    q.BindAll(st);
    while (st.Step()) facets.org.emplace_back(st.Text(0), st.Int64(1));
    if (!st.status().ok()) return QueryError(st);
  }
  return facets;
}

StatusOr<int64_t> RebuildIndex(sqlite3* db) {
  Transaction tx(db);
  if (!tx.status().ok()) return tx.status();
  if (Status s = Exec(db, "INSERT INTO segment_fts(segment_fts) VALUES('delete-all')"); !s.ok()) return s;
  // One document text in memory at a time, each segment sliced from it
  // (FTS5's own 'rebuild' would slice through the view, reading the whole
  // text once per segment).
  Statement docs(db, "SELECT id, text, kind, source, date, " + DocumentOrgIdsSql("documents.id") +
                         " FROM documents ORDER BY id");
  Statement segs(db, "SELECT id, start, end, kind, lang FROM segments WHERE doc_id = ?1 ORDER BY ord");
  Statement ins(db, kIndexSegmentSql);
  int64_t n = 0;
  while (docs.Step()) {
    const int64_t doc_id = docs.Int64(0);
    StatusOr<std::string> stored = ReadStoredText(docs, 1);
    if (!stored.ok()) return stored.status();
    const std::string text = std::move(*stored);
    segs.Reset();
    segs.Bind(1, doc_id);
    while (segs.Step()) {
      int64_t start = segs.Int64(1), end = segs.Int64(2);
      if (start < 0 || end < start || static_cast<size_t>(end) > text.size())
        return Status::Corruption("document " + std::to_string(doc_id), "a segment points outside its text");
      SegmentKind kind = SegmentKind::kParagraph;
      ParseSegmentKind(segs.Text(3), &kind);
      const std::string lang = segs.Text(4), kind_name = docs.Text(2), source = docs.Text(3), date = docs.Text(4);
      const std::string orgs = docs.Text(5);  // "" when NULL: no org facts
      const std::string filters = FilterTerms(
          {.lang = lang, .doc_kind = kind_name, .source = source, .date = date, .doc_id = doc_id, .orgs = orgs});
      ins.Reset();
      BindSegment(ins, segs.Int64(0), kind,
                  std::string_view(text).substr(static_cast<size_t>(start), static_cast<size_t>(end - start)),
                  filters);
      if (Status s = ins.Run(); !s.ok()) return s;
      ++n;
    }
    if (!segs.status().ok()) return segs.status();
  }
  if (!docs.status().ok()) return docs.status();
  {
    Statement meta(db, "INSERT OR REPLACE INTO index_meta(key, value) VALUES ('tokenizer', ?1)");
    meta.Bind(1, std::to_string(Tokenizer::kTokenizerVersion));
    if (Status s = meta.Run(); !s.ok()) return s;
  }
  if (Status s = tx.Commit(); !s.ok()) return s;
  return n;
}

bool IndexCheck::tokenizer_current() const {
  return tokenizer == std::to_string(Tokenizer::kTokenizerVersion);
}

StatusOr<IndexCheck> CheckIndex(sqlite3* db) {
  IndexCheck c;
  Statement st(db,
               "SELECT (SELECT count(*) FROM segments), (SELECT count(*) FROM segment_fts_docsize), "
               "(SELECT count(*) FROM segments WHERE id NOT IN (SELECT id FROM segment_fts_docsize)), "
               "(SELECT count(*) FROM segment_fts_docsize WHERE id NOT IN (SELECT id FROM segments))");
  if (st.Step()) {
    c.segments = st.Int64(0);
    c.indexed = st.Int64(1);
    c.missing = st.Int64(2);
    c.extra = st.Int64(3);
  }
  if (!st.status().ok()) return st.status();
  {
    Statement meta(db, "SELECT value FROM index_meta WHERE key = 'tokenizer'");
    if (meta.Step()) c.tokenizer = meta.Text(0);
    if (!meta.status().ok()) return meta.status();
  }
  // FTS5's own check compares the index structures with each other (and, for
  // external content, with the content the view returns).
  Statement ic(db, "INSERT INTO segment_fts(segment_fts) VALUES('integrity-check')");
  if (Status s = ic.Run(); !s.ok()) c.integrity = s.reason();
  return c;
}

}  // namespace dossier
