#include "bench/block_max_study.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/segment_rank.h"
#include "index/tokenizer.h"

namespace dossier_bench {
namespace {

using Clock = std::chrono::steady_clock;
double Ms(Clock::time_point since) { return std::chrono::duration<double, std::milli>(Clock::now() - since).count(); }

// The query's words look in the text columns only, as SearchSegments asks.
std::string TextMatch(const std::string& expression) { return "{body heading title} : (" + expression + ")"; }

struct Hit {
  int64_t rowid;
  double score;  // higher is better: -dossier_rank
};

// Every hit of `match` with its dossier_rank score (idf included).
std::vector<Hit> ScanScores(sqlite3* db, const std::string& match) {
  std::vector<Hit> out;
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT rowid, dossier_rank(segment_fts) FROM segment_fts WHERE segment_fts MATCH ?1", -1,
                     &st, nullptr);
  sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
  while (sqlite3_step(st) == SQLITE_ROW) out.push_back({sqlite3_column_int64(st, 0), -sqlite3_column_double(st, 1)});
  sqlite3_finalize(st);
  return out;
}

int64_t IndexRows(sqlite3* db) {
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM segment_fts_docsize", -1, &st, nullptr);
  int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
  sqlite3_finalize(st);
  return n;
}

// The quoted phrases of an expression from query/, or nothing when it has
// operators other than AND or a prefix (the composed bounds below handle a
// conjunction of plain phrases only).
bool PlainPhrases(const std::string& expr, std::vector<std::string>* phrases) {
  phrases->clear();
  std::string rest;
  for (size_t i = 0; i < expr.size(); ++i) {
    if (expr[i] != '"') {
      rest += expr[i];
      continue;
    }
    std::string p;
    for (++i; i < expr.size(); ++i) {
      if (expr[i] == '"' && i + 1 < expr.size() && expr[i + 1] == '"') {
        p += '"';
        ++i;
      } else if (expr[i] == '"') {
        break;
      } else {
        p += expr[i];
      }
    }
    phrases->push_back(p);
  }
  for (const char* op : {" OR ", " NOT ", "NEAR", "*", "^"})
    if (rest.find(op) != std::string::npos) return false;
  return !phrases->empty();
}

// Per block, the best score a row of it reaches for one term, without idf
// (kind weight included): what an index would store.
using BlockBounds = std::unordered_map<int64_t, double>;

BlockBounds TermBounds(sqlite3* db, const std::string& term, int64_t rows, int block) {
  std::string quoted = "\"";
  for (char c : term) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  quoted += "\"";
  std::vector<Hit> hits = ScanScores(db, TextMatch(quoted));
  const double idf = dossier::Idf(rows, static_cast<int64_t>(hits.size()));
  BlockBounds b;
  for (const Hit& h : hits) {
    double& best = b[(h.rowid - 1) / block];
    best = std::max(best, h.score / idf);
  }
  return b;
}

struct ModelResult {
  int64_t hits_visited = 0, blocks_visited = 0, blocks_with_hits = 0, bound_violations = 0;
};

// What breaks ties in score (SearchSegments' order): the document date,
// newest first (as a yyyymmdd number), then the lower rowid.
struct TieBreak {
  const std::vector<int32_t>* date_of = nullptr;      // by rowid
  const std::vector<int32_t>* block_newest = nullptr;  // by block: the newest date in it, any term
};

// The block-max visit on known scores: blocks best bound first, stop when
// the next bound is strictly below the 10th best score seen. With `ties`,
// a block whose bound only equals the 10th score is skipped when every
// document in it is older than the 10th's (a bound on dates per block,
// which needs no term).
ModelResult Model(const std::vector<Hit>& hits, int block, const std::function<double(int64_t)>& bound_of,
                  const TieBreak* ties) {
  std::map<int64_t, std::vector<Hit>> by_block;
  for (const Hit& h : hits) by_block[(h.rowid - 1) / block].push_back(h);
  std::vector<std::pair<double, int64_t>> order;
  ModelResult r;
  for (const auto& [b, rows] : by_block) {
    const double bound = bound_of(b);
    for (const Hit& h : rows)
      if (h.score > bound * (1 + 1e-9) + 1e-12) ++r.bound_violations;
    order.push_back({bound, b});
  }
  r.blocks_with_hits = static_cast<int64_t>(by_block.size());
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  auto date = [&](const Hit& h) { return ties ? (*ties->date_of)[static_cast<size_t>(h.rowid)] : 0; };
  // Better first: score, then date, then rowid.
  auto better = [&](const Hit& a, const Hit& b) {
    if (a.score != b.score) return a.score > b.score;
    if (date(a) != date(b)) return date(a) > date(b);
    return a.rowid < b.rowid;
  };
  std::vector<Hit> top;  // at most 10, kept sorted best first
  for (const auto& [bound, b] : order) {
    if (top.size() == 10) {
      const Hit& tenth = top.back();
      if (bound * (1 + 1e-9) < tenth.score) break;
      if (ties && bound <= tenth.score * (1 + 1e-9) &&
          (*ties->block_newest)[static_cast<size_t>(b)] < date(tenth))
        continue;
    }
    ++r.blocks_visited;
    for (const Hit& h : by_block[b]) {
      ++r.hits_visited;
      top.insert(std::upper_bound(top.begin(), top.end(), h, better), h);
      if (top.size() > 10) top.pop_back();
    }
  }
  return r;
}

double Percentile(std::vector<double> v, int pct) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, v.size() * static_cast<size_t>(pct) / 100)];
}

// The end of a timed top-10 search: its time, and its rows (with the ties
// of the 10th) as sorted rowids, to compare one search with another.
std::vector<int64_t> Finish(dossier::TopRows* top, sqlite3_stmt* st, Clock::time_point t0, double* ms) {
  top->Finish();
  *ms = Ms(t0);
  sqlite3_finalize(st);
  std::vector<int64_t> ids;
  for (const auto& r : top->rows()) ids.push_back(r.rowid);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Today's search core: one dossier_top pass over every hit.
std::vector<int64_t> FullPass(sqlite3* db, const std::string& match, double* ms) {
  dossier::TopRows top(10);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1 AND dossier_top(segment_fts, ?2)",
                     -1, &st, nullptr);
  auto t0 = Clock::now();
  sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_TRANSIENT);
  sqlite3_bind_pointer(st, 2, &top, dossier::kTopRowsPointerType, nullptr);
  while (sqlite3_step(st) == SQLITE_ROW) {
  }
  return Finish(&top, st, t0, ms);
}

// The block-max visit, for real: one range scan per block through
// dossier_top, blocks best bound first (bounds without idf, as dossier_top
// scores a query of one phrase).
std::vector<int64_t> BlockPass(sqlite3* db, const std::string& match, int block,
                               const std::vector<std::pair<double, int64_t>>& order, double* ms, int* visited) {
  dossier::TopRows top(10);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1 AND rowid BETWEEN ?3 AND ?4 "
                     "AND dossier_top(segment_fts, ?2)",
                     -1, &st, nullptr);
  auto t0 = Clock::now();
  *visited = 0;
  for (const auto& [bound, b] : order) {
    // top.bound() is the 10th score (negative, lower is better).
    if (-bound * (1 + 1e-9) > top.bound()) break;
    ++*visited;
    sqlite3_reset(st);
    sqlite3_bind_text(st, 1, match.c_str(), -1, SQLITE_STATIC);
    sqlite3_bind_pointer(st, 2, &top, dossier::kTopRowsPointerType, nullptr);
    sqlite3_bind_int64(st, 3, b * block + 1);
    sqlite3_bind_int64(st, 4, (b + 1) * block);
    while (sqlite3_step(st) == SQLITE_ROW) {
    }
  }
  return Finish(&top, st, t0, ms);
}

}  // namespace

void BlockMaxStudy(sqlite3* db, const std::vector<StudyQuery>& queries, const std::vector<int>& block_sizes,
                   int rounds) {
  const int64_t rows = IndexRows(db);
  dossier::Tokenizer tokenizer;
  // Each segment's document date, as yyyymmdd (0 when none).
  std::vector<int32_t> date_of(static_cast<size_t>(rows) + 1, 0);
  {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "SELECT s.id, d.date FROM segments s JOIN documents d ON d.id = s.doc_id", -1, &st,
                       nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const auto id = static_cast<size_t>(sqlite3_column_int64(st, 0));
      const std::string d = reinterpret_cast<const char*>(sqlite3_column_text(st, 1));
      if (id < date_of.size() && d.size() >= 10)
        date_of[id] = std::stoi(d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2));
    }
    sqlite3_finalize(st);
  }
  for (int block : block_sizes) {
    std::printf("Block-max study, blocks of %d rowids (%lld blocks):\n", block,
                static_cast<long long>((rows + block - 1) / block));
    std::vector<int32_t> block_newest(static_cast<size_t>((rows + block - 1) / block) + 1, 0);
    for (size_t id = 1; id < date_of.size(); ++id) {
      int32_t& newest = block_newest[(id - 1) / static_cast<size_t>(block)];
      newest = std::max(newest, date_of[id]);
    }
    const TieBreak ties{&date_of, &block_newest};
    std::printf("  %-26s %9s %9s %9s %9s %9s %9s %8s %8s %8s\n", "query", "hits", "oracle", "+dates", "composed",
                "blocks", "visited", "full ms", "bmax ms", "same");
    std::vector<double> full_ms, bmax_ms;
    long long all_hits = 0, oracle_hits = 0, oracle_dated_hits = 0, composed_hits = 0, composed_total = 0, violations = 0;
    int timed = 0, differ = 0, composed_queries = 0;
    std::map<std::string, BlockBounds> term_cache;
    for (const StudyQuery& q : queries) {
      const std::string match = TextMatch(q.expression);
      const std::vector<Hit> hits = ScanScores(db, match);
      all_hits += static_cast<long long>(hits.size());
      // The tightest bound: the query's own best score in each block.
      std::unordered_map<int64_t, double> oracle;
      for (const Hit& h : hits) {
        double& best = oracle[(h.rowid - 1) / block];
        best = std::max(best, h.score);
      }
      const ModelResult om = Model(hits, block, [&](int64_t b) { return oracle[b]; }, nullptr);
      const ModelResult od = Model(hits, block, [&](int64_t b) { return oracle[b]; }, &ties);
      oracle_hits += om.hits_visited;
      oracle_dated_hits += od.hits_visited;
      // Composed from per-term bounds, as a stored index would give them.
      std::vector<std::string> phrases;
      std::string composed_cell = "-";
      std::vector<std::vector<std::string>> phrase_terms;
      std::vector<double> phrase_idf;
      if (PlainPhrases(q.expression, &phrases)) {
        for (const std::string& p : phrases) {
          std::vector<std::string> terms;
          tokenizer.Tokenize(p, dossier::Tokenizer::Mode::kPrefix, [&](const dossier::Token& t) {
            terms.emplace_back(t.text);
            return 0;
          });
          for (const std::string& t : terms)
            if (!term_cache.count(t)) term_cache[t] = TermBounds(db, t, rows, block);
          phrase_terms.push_back(terms);
          const int64_t n = static_cast<int64_t>(ScanScores(db, TextMatch("\"" + p + "\"")).size());
          phrase_idf.push_back(phrases.size() == 1 ? dossier::Idf(rows, static_cast<int64_t>(hits.size()))
                                                   : dossier::Idf(rows, n));
        }
      }
      auto phrase_bound = [&](size_t i, int64_t b) {
        double bound = std::numeric_limits<double>::infinity();
        for (const std::string& t : phrase_terms[i]) {
          const BlockBounds& tb = term_cache[t];
          auto it = tb.find(b);
          bound = std::min(bound, it == tb.end() ? 0.0 : it->second);
        }
        return std::isinf(bound) ? 0.0 : bound;
      };
      auto composed = [&](int64_t b) {
        double sum = 0;
        for (size_t i = 0; i < phrase_terms.size(); ++i) sum += phrase_idf[i] * phrase_bound(i, b);
        return sum;
      };
      ModelResult cm;
      if (!phrase_terms.empty()) {
        cm = Model(hits, block, composed, &ties);
        composed_hits += cm.hits_visited;
        composed_total += static_cast<long long>(hits.size());
        violations += cm.bound_violations;
        ++composed_queries;
        composed_cell = std::to_string(cm.hits_visited);
      }
      // The real visit, for queries of one plain phrase (idf deferred).
      std::string full_cell = "-", bmax_cell = "-", same_cell = "-";
      if (phrase_terms.size() == 1 && !hits.empty()) {
        std::map<int64_t, bool> has_hits;
        for (const Hit& h : hits) has_hits[(h.rowid - 1) / block] = true;
        // Every block the bounds say may hold a hit (an index would not know
        // which blocks really do).
        std::vector<std::pair<double, int64_t>> order;
        for (const auto& [b, bound] : term_cache[phrase_terms[0][0]]) {
          const double pb = phrase_bound(0, b);
          if (pb > 0) order.push_back({pb, b});
        }
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::vector<double> f_ms, b_ms;
        int visited = 0;
        bool same = true;
        for (int r = 0; r < rounds; ++r) {
          double fm = 0, bm = 0;
          const std::vector<int64_t> full = FullPass(db, match, &fm);
          const std::vector<int64_t> bmax = BlockPass(db, match, block, order, &bm, &visited);
          same = same && full == bmax;
          f_ms.push_back(fm);
          b_ms.push_back(bm);
          full_ms.push_back(fm);
          bmax_ms.push_back(bm);
        }
        ++timed;
        if (!same) ++differ;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.2f", Percentile(f_ms, 50));
        full_cell = buf;
        std::snprintf(buf, sizeof buf, "%.2f (%d)", Percentile(b_ms, 50), visited);
        bmax_cell = buf;
        same_cell = same ? "yes" : "NO";
      }
      std::printf("  %-26s %9zu %9lld %9lld %9s %9lld %9lld %8s %8s %8s\n", q.text.c_str(), hits.size(),
                  static_cast<long long>(om.hits_visited), static_cast<long long>(od.hits_visited),
                  composed_cell.c_str(),
                  static_cast<long long>(om.blocks_with_hits), static_cast<long long>(cm.blocks_visited),
                  full_cell.c_str(), bmax_cell.c_str(), same_cell.c_str());
    }
    std::printf("  hits visited: oracle bounds %.1f%% of %lld, with dates %.1f%%; composed bounds with dates %.1f%% "
                "of %lld (%d queries), %lld rows above their bound\n",
                100.0 * static_cast<double>(oracle_hits) / static_cast<double>(std::max(all_hits, 1LL)), all_hits,
                100.0 * static_cast<double>(oracle_dated_hits) / static_cast<double>(std::max(all_hits, 1LL)),
                100.0 * static_cast<double>(composed_hits) / static_cast<double>(std::max(composed_total, 1LL)),
                composed_total, composed_queries, violations);
    std::printf("  timed (%d queries of one phrase x %d rounds): full pass median %.2f ms p95 %.2f ms; block-max "
                "median %.2f ms p95 %.2f ms; top 10 differs for %d\n",
                timed, rounds, Percentile(full_ms, 50), Percentile(full_ms, 95), Percentile(bmax_ms, 50),
                Percentile(bmax_ms, 95), differ);
    // What the bounds would take: at most one entry per term per block it
    // occurs in (fts5vocab gives each term's row count).
    sqlite3_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.study_vocab USING fts5vocab(main, segment_fts, 'row')",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    const std::string sql = "SELECT count(*), sum(min(doc, " + std::to_string((rows + block - 1) / block) +
                            ")), sum(doc) FROM temp.study_vocab";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
      std::printf("  storage: %lld terms, at most %lld (term, block) entries for %lld (term, row) postings\n",
                  sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2));
    sqlite3_finalize(st);
  }
}

}  // namespace dossier_bench
