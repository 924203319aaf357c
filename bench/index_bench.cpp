// index_bench: dossier's search index against FTS5 unicode61 and trigram
// on the same generated mixed-language segments.
//
//   index_bench [--mb 50] [--seed 42] [--dir /tmp] [--rounds 3] [--verbose 1]
//               [--breakdown 1] [--block-max 1] [--colocated 1]
//
// Takes --mb megabytes of segments (titles and paragraphs in zh-Hans,
// zh-Hant, ja, en) from the seeded corpus generator (bench/corpus_generator.h).
//
// dossier: a real store (Store::Open, the schema migrations): documents and
// segments rows and the segment_fts index written by IndexSegments through
// one reused statement, as `add` does at each commit; queried through dossier::Search (query parsing, the top-10 search
// with its total, highlighting) exactly as `dossier search` does.
// unicode61, trigram (and with --colocated 1 the previous dossier token
// design): one contentless FTS5 table each, in its own database, queried with
// the quoted words by `ORDER BY bm25(t) LIMIT 10` (SQLite's bounded sorter).
//
// Reports build speed (MB of text per CPU second: the machine is shared,
// wall time is noise; for dossier the index writes alone, beside the whole
// store), size on disk (dossier: the whole database, text included, and the
// index alone), the peak memory a build adds (VmHWM, reset before each build,
// minus the resident size before it), query latency (median and p95 over all
// queries x --rounds, in-process, and by hit-count bucket), hits per CJK
// query, and for dossier the segments a plain substring scan finds that the
// index misses. Ratios are to unicode61. --breakdown 1 times, per query,
// the parts of a search (matching, bm25, dossier_rank, the joins, counting)
// on the dossier store; --block-max 1 runs bench/block_max_study.h.
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <ctime>
#include <fstream>
#include <map>

#include "bench/block_max_study.h"
#include "bench/corpus_generator.h"
#include "index/filter_terms.h"
#include "index/search_index.h"
#include "index/segment_index.h"
#include "index/segment_rank.h"
#include "index/store.h"
#include "index/sqlite_util.h"
#include "index/stored_text.h"
#include "index/tokenizer.h"
#include "query/query.h"
#include "query/search.h"

namespace {

using Clock = std::chrono::steady_clock;
bool g_verbose = false;  // --verbose 1: per-query latency and hits
bool g_breakdown = false;  // --breakdown 1: where a dossier search spends its time
bool g_block_max = false;  // --block-max 1: what block-max bounds would buy (bench/block_max_study.h)
std::string g_fts_config;  // --fts-config automerge=8,crisismerge=64: FTS5 settings for every table

// Segments (titles and paragraphs) of the shared generated corpus
// (bench/corpus_generator.h), until `bytes` of text; `docs` gets each
// document's first segment and language (segment i has rowid i + 1).
struct GenDoc {
  size_t first = 0, count = 0;
  std::string lang;
};
std::vector<std::string> Generate(size_t bytes, unsigned seed, std::vector<GenDoc>* docs) {
  dossier::bench::CorpusGenerator gen(seed);
  std::vector<std::string> segments;
  size_t total = 0;
  while (total < bytes) {
    dossier::bench::GeneratedDocument d = gen.Next();
    docs->push_back({segments.size(), 1 + d.paragraphs.size(), d.lang});
    total += d.title.size();
    segments.push_back(std::move(d.title));
    for (std::string& p : d.paragraphs) {
      total += p.size();
      segments.push_back(std::move(p));
    }
  }
  return segments;
}

// Query words from the generator's vocabulary (and a few it never uses),
// in every script and variant: one- and two-character words, words inside
// longer words, mixed-script queries.
const std::vector<std::string> kCjkQueries = {
    "贸易", "貿易", "贸易额", "经济", "經濟", "経済", "合作", "协力", "協力", "供应链", "供應鏈",
    "サプライチェーン", "数字经济", "數位經濟", "デジタル", "人工智能", "医疗", "醫療", "节能环保",
    "观光", "観光", "水素", "绿色发展", "綠色發展", "会谈", "會談", "对话", "対話", "海关",
    "人民银行", "日本銀行", "商务部", "外務省", "经团联", "半導體", "半导体", "市场准入", "歧视",
    "透明性", "商談会", "訪日", "发展", "發展", "発展", "投资", "易", "港", "額", "社", "谈",
    "能源", "氢能", "強靭", "RCEP 合作", "JETRO 贸易",
    // Added with the dossier store run: rare names and mixed queries, so the
    // latency is not only that of very common words.
    "香港貿易發展局", "ジェトロ", "医療・介護", "中国人民银行 人工智能", "經濟部 半導體", "量子计算",
};
const std::vector<std::string> kLatinQueries = {
    "trade", "invest", "investing", "investors", "hydrogen", "\"supply chains\"", "billion",
    "cooperation", "keidanren", "dialogue", "consultations", "enterprises", "tourism", "healthcare",
    "\"digital economy\"", "restrictions", "discriminatory", "multilateral", "commitment",
    "programme", "quarter", "forum", "organisations", "market access", "exports imports",
    "\"bank of japan\"", "\"wang yi\"", "reaffirmed", "percent", "semiconductors", "rcep", "beijing",
    // Added with the dossier store run: one figure, count or percentage among
    // thousands the generator writes, a word it never uses, mixed queries.
    "1234.56", "3999.99", "877", "\"28.5%\"", "keidanren tourism", "\"wang yi\" hydrogen",
    "xylophone", "\"world trade organization\" healthcare",
};

// A variant for comparison only: the previous design, which stored the
// colocated CJK unigram at every position (Tokenizer::Mode::kDocument), so
// one-character queries were plain unigram lookups. Shows what dropping the
// interior unigrams (Mode::kIndex) saves at build time and on disk.
int ColocatedCreate(void*, const char**, int, Fts5Tokenizer** out) {
  *out = reinterpret_cast<Fts5Tokenizer*>(new dossier::Tokenizer());
  return SQLITE_OK;
}
void ColocatedDelete(Fts5Tokenizer* p) { delete reinterpret_cast<dossier::Tokenizer*>(p); }
int ColocatedTokenize(Fts5Tokenizer* p, void* ctx, int flags, const char* text, int n,
                      int (*xToken)(void*, int, const char*, int, int, int)) {
  auto* t = reinterpret_cast<dossier::Tokenizer*>(p);
  auto mode = (flags & FTS5_TOKENIZE_QUERY) ? dossier::Tokenizer::Mode::kQuery : dossier::Tokenizer::Mode::kDocument;
  if (flags & FTS5_TOKENIZE_PREFIX) mode = dossier::Tokenizer::Mode::kPrefix;
  return t->Tokenize(std::string_view(text, n), mode, [&](const dossier::Token& tok) {
    return xToken(ctx, tok.colocated ? FTS5_TOKEN_COLOCATED : 0, tok.text.data(), static_cast<int>(tok.text.size()),
                  static_cast<int>(tok.start), static_cast<int>(tok.end));
  });
}
void RegisterColocated(sqlite3* db) {
  fts5_api* api = nullptr;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
  sqlite3_bind_pointer(stmt, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  static fts5_tokenizer tok = {ColocatedCreate, ColocatedDelete, ColocatedTokenize};
  if (api) api->xCreateTokenizer(api, "dossier_coloc", nullptr, &tok, nullptr);
}

// Peak resident memory: VmHWM is reset (clear_refs 5) before a build and
// read after it; the build added at most VmHWM - VmRSS(before).
long StatusKb(const char* key) {
  std::ifstream f("/proc/self/status");
  std::string line;
  while (std::getline(f, line))
    if (line.rfind(key, 0) == 0) return std::stol(line.substr(std::string(key).size()));
  return -1;
}
void ResetPeak() { std::ofstream("/proc/self/clear_refs") << "5"; }

struct Result {
  std::string name;
  double build_s = 0;
  double store_build_s = -1;  // dossier: the whole store (rows + index), CPU seconds
  double size_mb = 0;
  double index_mb = -1;       // dossier: segment_fts alone (dbstat)
  std::string tables;         // dossier: MB per table and index (dbstat), largest first
  long peak_kb = -1;          // memory the build added at its peak
  std::vector<std::pair<long long, double>> per_query;  // hits, ms (every round)
  double median_ms = 0, p95_ms = 0;
  double cjk_median_ms = 0, latin_median_ms = 0;
  double cjk_hits = 0;
  long scan_missed = -1;  // segments a substring scan finds and the index does not (-1: not checked)
};

void Check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

std::string Quote(const std::string& q) {
  // Each whitespace-separated word quoted, ANDed: what query/ produces.
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (word.front() != '"') word = "\"" + word + "\"";
    out += (out.empty() ? "" : " AND ") + word;
    word.clear();
  };
  bool in_quote = false;
  for (char c : q) {
    if (c == '"') in_quote = !in_quote;
    if (c == ' ' && !in_quote) flush();
    else word += c;
  }
  flush();
  return out;
}

// The FTS5 expression for query `q` on the index `name`.
std::string Expression(const std::string& name, const std::string& q) {
  if (name != "dossier") return Quote(q);
  dossier::Tokenizer tok;
  auto parsed = dossier::ParseQuery(q, tok);
  if (!parsed.ok()) {
    std::fprintf(stderr, "query %s: %s\n", q.c_str(), parsed.status().ToString().c_str());
    std::exit(1);
  }
  return parsed->fts;
}

// Per CJK query: the rowids of the segments that contain it verbatim
// (empty and unchecked for queries of several words).
std::vector<std::vector<int64_t>> ScanHits(const std::vector<std::string>& segments) {
  std::vector<std::vector<int64_t>> out(kCjkQueries.size());
  for (size_t qi = 0; qi < kCjkQueries.size(); ++qi) {
    const std::string& q = kCjkQueries[qi];
    if (q.find(' ') != std::string::npos) continue;
    for (size_t i = 0; i < segments.size(); ++i)
      if (segments[i].find(q) != std::string::npos) out[qi].push_back(static_cast<int64_t>(i + 1));
  }
  return out;
}

// Segments a substring scan finds for a one-word CJK query and the index
// `table` of `db` does not, summed over the queries (each printed).
long ScanMissed(sqlite3* db, const std::string& table, const std::string& name,
                const std::vector<std::vector<int64_t>>& scan_hits) {
  long total = 0;
  sqlite3_stmt* all = nullptr;
  Check(sqlite3_prepare_v2(db, ("SELECT rowid FROM " + table + " WHERE " + table + " MATCH ?1").c_str(), -1, &all,
                           nullptr), db, "all");
  for (size_t qi = 0; qi < kCjkQueries.size(); ++qi) {
    if (scan_hits[qi].empty()) continue;
    std::string expr = Expression(name, kCjkQueries[qi]);
    sqlite3_bind_text(all, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
    std::vector<int64_t> found;
    while (sqlite3_step(all) == SQLITE_ROW) found.push_back(sqlite3_column_int64(all, 0));
    sqlite3_reset(all);
    std::sort(found.begin(), found.end());
    long missed = 0;
    for (int64_t id : scan_hits[qi])
      if (!std::binary_search(found.begin(), found.end(), id)) ++missed;
    if (missed > 0) std::printf("  %s: %s misses %ld of the %zu segments a substring scan finds\n",
                                name.c_str(), kCjkQueries[qi].c_str(), missed, scan_hits[qi].size());
    total += missed;
  }
  sqlite3_finalize(all);
  return total;
}

double Percentile(std::vector<double> v, int pct) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  return v[v.size() * static_cast<size_t>(pct) / 100];
}

void Summarize(Result* r, const std::vector<double>& ms, const std::vector<double>& cjk_ms,
               const std::vector<double>& latin_ms, double cjk_hits) {
  r->cjk_median_ms = Percentile(cjk_ms, 50);
  r->latin_median_ms = Percentile(latin_ms, 50);
  r->median_ms = Percentile(ms, 50);
  r->p95_ms = Percentile(ms, 95);
  r->cjk_hits = cjk_hits / static_cast<double>(kCjkQueries.size());
}

double Ms(Clock::time_point since) { return std::chrono::duration<double, std::milli>(Clock::now() - since).count(); }

Result Run(const std::string& name, const std::string& tokenize, const std::vector<std::string>& segments,
           size_t text_bytes, const std::filesystem::path& dir, int query_rounds,
           const std::vector<std::vector<int64_t>>& scan_hits) {
  Result r;
  r.name = name;
  auto path = dir / ("bench_" + name + ".db");
  std::filesystem::remove(path);
  sqlite3* db = nullptr;
  Check(sqlite3_open(path.c_str(), &db), db, "open");
  if (!dossier::RegisterTokenizers(db).ok()) std::exit(1);
  RegisterColocated(db);
  Check(sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", nullptr, nullptr, nullptr), db, "pragma");
  std::string create = "CREATE VIRTUAL TABLE t USING fts5(text, content='', tokenize='" + tokenize + "')";
  Check(sqlite3_exec(db, create.c_str(), nullptr, nullptr, nullptr), db, "create");
  for (size_t p = 0; p < g_fts_config.size();) {
    size_t comma = g_fts_config.find(',', p);
    if (comma == std::string::npos) comma = g_fts_config.size();
    std::string item = g_fts_config.substr(p, comma - p);
    size_t eq = item.find('=');
    if (eq != std::string::npos) {
      std::string sql = "INSERT INTO t(t, rank) VALUES('" + item.substr(0, eq) + "', " + item.substr(eq + 1) + ")";
      Check(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), db, "fts config");
    }
    p = comma + 1;
  }
  const long rss0 = StatusKb("VmRSS:");
  ResetPeak();
  std::clock_t c0 = std::clock();
  Check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
  sqlite3_stmt* ins = nullptr;
  Check(sqlite3_prepare_v2(db, "INSERT INTO t(rowid, text) VALUES(?1, ?2)", -1, &ins, nullptr), db, "prep");
  for (size_t i = 0; i < segments.size(); ++i) {
    sqlite3_bind_int64(ins, 1, static_cast<sqlite3_int64>(i + 1));
    sqlite3_bind_text(ins, 2, segments[i].data(), static_cast<int>(segments[i].size()), SQLITE_STATIC);
    Check(sqlite3_step(ins), db, "insert");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  // CPU time, not wall time: the machine is shared and wall time is noise.
  r.build_s = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
  r.peak_kb = StatusKb("VmHWM:") - rss0;
  sqlite3_close(db);
  r.size_mb = std::filesystem::file_size(path) / 1e6;

  Check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db, "reopen");
  if (!dossier::RegisterTokenizers(db).ok()) std::exit(1);
  RegisterColocated(db);
  sqlite3_stmt* top = nullptr;
  sqlite3_stmt* count = nullptr;
  Check(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY bm25(t) LIMIT 10", -1, &top, nullptr), db, "q");
  Check(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &count, nullptr), db, "c");
  std::vector<double> ms, cjk_ms, latin_ms;
  double cjk_hits = 0;
  std::map<std::string, long long> hits_of;
  for (const auto* set : {&kCjkQueries, &kLatinQueries})
    for (const std::string& q : *set) {
      std::string expr = Expression(name, q);
      sqlite3_bind_text(count, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
      hits_of[q] = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
      sqlite3_reset(count);
    }
  for (int round = 0; round < query_rounds; ++round) {
    for (const auto* set : {&kCjkQueries, &kLatinQueries}) {
      for (const std::string& q : *set) {
        std::string expr = Expression(name, q);
        auto q0 = Clock::now();
        sqlite3_bind_text(top, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(top) == SQLITE_ROW) {
        }
        sqlite3_reset(top);
        double took = std::chrono::duration<double, std::milli>(Clock::now() - q0).count();
        if (g_verbose && round == 0) {
          // Where the time goes: matching alone (count) against matching and ranking.
          auto c0 = Clock::now();
          sqlite3_bind_text(count, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
          long long hits = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
          sqlite3_reset(count);
          double match_ms = std::chrono::duration<double, std::milli>(Clock::now() - c0).count();
          std::printf("  %-10s %-24s %8.3f ms top 10, %8.3f ms count, %8lld hits\n", name.c_str(), q.c_str(), took,
                      match_ms, hits);
        }
        ms.push_back(took);
        r.per_query.emplace_back(hits_of[q], took);
        (set == &kCjkQueries ? cjk_ms : latin_ms).push_back(took);
        if (round == 0 && set == &kCjkQueries) cjk_hits += hits_of[q];
      }
    }
  }
  if (name == "colocated") r.scan_missed = ScanMissed(db, "t", name, scan_hits);
  sqlite3_finalize(top);
  sqlite3_finalize(count);
  sqlite3_close(db);
  Summarize(&r, ms, cjk_ms, latin_ms, cjk_hits);
  std::filesystem::remove(path);
  (void)text_bytes;
  return r;
}

// --breakdown 1: per query, the parts of a dossier search timed apart on
// the store, summed over the queries (and per hit); and a check that the
// search returns the same top 10, in the same order, as the SQL it replaced
// (bm25 * kind weight over every hit joined with segments and documents).
void Breakdown(sqlite3* db, const std::map<std::string, long long>& hits_of) {
  const char* kOldSearch =
      "SELECT top.sid FROM (SELECT s.id AS sid, h.rank * CASE s.kind WHEN 'title' THEN 3.0 WHEN 'heading' "
      "THEN 2.0 ELSE 1.0 END AS score, d.date AS date, s.doc_id AS doc_id, s.ord AS ord FROM (SELECT rowid AS "
      "id, bm25(segment_fts) AS rank FROM segment_fts WHERE segment_fts MATCH ?1) h JOIN segments s ON s.id = "
      "h.id JOIN documents d ON d.id = s.doc_id WHERE 1=1 ORDER BY score, d.date DESC, s.doc_id, s.ord LIMIT 10 "
      "OFFSET 0) top JOIN segments s ON s.id = top.sid JOIN documents d ON d.id = s.doc_id "
      "ORDER BY top.score, top.date DESC, top.doc_id, top.ord";
  const std::vector<std::pair<std::string, std::string>> parts = {
      {"match: SELECT rowid ... MATCH", "SELECT rowid FROM segment_fts WHERE segment_fts MATCH ?1"},
      {"count(*) ... MATCH", "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1"},
      {"bm25 ORDER BY LIMIT 10",
       "SELECT rowid FROM segment_fts WHERE segment_fts MATCH ?1 ORDER BY bm25(segment_fts) LIMIT 10"},
      {"dossier_rank ORDER BY LIMIT 10",
       "SELECT rowid FROM segment_fts WHERE segment_fts MATCH ?1 ORDER BY dossier_rank(segment_fts) LIMIT 10"},
      {"old search SQL (joins every hit)", kOldSearch},
      {"old count SQL (joins every hit)",
       "SELECT count(*) FROM (SELECT rowid AS id, bm25(segment_fts) AS rank FROM segment_fts WHERE segment_fts "
       "MATCH ?1) h JOIN segments s ON s.id = h.id JOIN documents d ON d.id = s.doc_id WHERE 1=1"},
  };
  std::vector<double> sums(parts.size() + 1, 0);
  double top0_ms = 0, top10_ms = 0;
  long long scored = 0, kept = 0;
  long long all_hits = 0;
  int differ = 0;
  for (const auto* set : {&kCjkQueries, &kLatinQueries}) {
    for (const std::string& q : *set) {
      const std::string expr = Expression("dossier", q);
      all_hits += hits_of.at(q);
      std::vector<int64_t> old_top;
      for (size_t i = 0; i < parts.size(); ++i) {
        sqlite3_stmt* st = nullptr;
        Check(sqlite3_prepare_v2(db, parts[i].second.c_str(), -1, &st, nullptr), db, "breakdown");
        auto t0 = Clock::now();
        sqlite3_bind_text(st, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
        while (sqlite3_step(st) == SQLITE_ROW)
          if (parts[i].second == kOldSearch) old_top.push_back(sqlite3_column_int64(st, 0));
        sums[i] += Ms(t0);
        sqlite3_finalize(st);
      }
      for (size_t want : {size_t{0}, size_t{10}}) {
        dossier::TopRows top(want);
        sqlite3_stmt* st = nullptr;
        Check(sqlite3_prepare_v2(db,
                                 "SELECT count(*) FROM segment_fts WHERE segment_fts MATCH ?1 AND "
                                 "dossier_top(segment_fts, ?2)",
                                 -1, &st, nullptr), db, "top");
        auto t0 = Clock::now();
        sqlite3_bind_text(st, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_pointer(st, 2, &top, dossier::kTopRowsPointerType, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
        }
        top.Finish();
        (want == 0 ? top0_ms : top10_ms) += Ms(t0);
        if (want == 10) {
          scored += top.scored();
          kept += static_cast<long long>(top.rows().size());
        }
        sqlite3_finalize(st);
      }
      dossier::SearchRequest req;
      req.match = expr;
      int64_t total = 0;
      auto t0 = Clock::now();
      auto hits = dossier::SearchSegments(db, req, &total);
      sums.back() += Ms(t0);
      if (!hits.ok()) std::exit(1);
      // Segment ids of the new top 10, through (doc_id, ord).
      std::vector<int64_t> new_top;
      sqlite3_stmt* id = nullptr;
      Check(sqlite3_prepare_v2(db, "SELECT id FROM segments WHERE doc_id = ?1 AND ord = ?2", -1, &id, nullptr), db,
            "id");
      for (const auto& h : *hits) {
        sqlite3_bind_int64(id, 1, h.doc_id);
        sqlite3_bind_int64(id, 2, h.ord);
        if (sqlite3_step(id) == SQLITE_ROW) new_top.push_back(sqlite3_column_int64(id, 0));
        sqlite3_reset(id);
      }
      sqlite3_finalize(id);
      if (new_top != old_top || total != hits_of.at(q)) {
        ++differ;
        std::printf("  breakdown: %s: the new top 10 differs from the old SQL's\n", q.c_str());
      }
    }
  }
  std::printf("Breakdown over %zu queries, %lld hits in all (ms summed; ns per hit):\n",
              kCjkQueries.size() + kLatinQueries.size(), all_hits);
  for (size_t i = 0; i <= parts.size(); ++i)
    std::printf("  %-40s %10.1f ms %8.1f ns/hit\n",
                i < parts.size() ? parts[i].first.c_str() : "new SearchSegments (top 10 + total)", sums[i],
                sums[i] * 1e6 / static_cast<double>(std::max(all_hits, 1LL)));
  std::printf("  %-40s %10.1f ms %8.1f ns/hit\n", "dossier_top scan, k = 0 (count)", top0_ms,
              top0_ms * 1e6 / static_cast<double>(std::max(all_hits, 1LL)));
  std::printf("  %-40s %10.1f ms %8.1f ns/hit; %lld hits (%.1f%%) scored exactly, the rest skipped on their bound\n",
              "dossier_top scan, k = 10 (no joins)", top10_ms,
              top10_ms * 1e6 / static_cast<double>(std::max(all_hits, 1LL)), scored,
              100.0 * static_cast<double>(scored) / static_cast<double>(std::max(all_hits, 1LL)));
  std::printf("  %lld hits kept for the top 10 (the 10 best and every tie of the 10th: their dates are read)\n", kept);
  std::printf("  new top 10 equal to the old SQL's for %zu of %zu queries\n",
              kCjkQueries.size() + kLatinQueries.size() - differ, kCjkQueries.size() + kLatinQueries.size());
}

// The dossier store: schema from Store::Open, documents and segments rows
// written directly (no extraction), the index written by IndexSegments
// through one reused statement, as `dossier add` does at each commit. Segment i of the corpus gets id i + 1, as in Run.
Result RunStore(const std::vector<std::string>& segments, const std::vector<GenDoc>& docs,
                const std::filesystem::path& dir, int query_rounds,
                const std::vector<std::vector<int64_t>>& scan_hits) {
  Result r;
  r.name = "dossier";
  const auto path = dir / "bench_dossier_store.db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  {
    auto opened = dossier::Store::Open(path.string());
    if (!opened.ok()) {
      std::fprintf(stderr, "store: %s\n", opened.status().ToString().c_str());
      std::exit(1);
    }
    sqlite3* db = (*opened)->handle();
    // The same settings as the baselines' databases.
    Check(sqlite3_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;", nullptr, nullptr, nullptr), db,
          "pragma");
    std::mt19937 rng(7);  // document dates, so that ties in score are broken by date
    const long rss0 = StatusKb("VmRSS:");
    ResetPeak();
    std::clock_t c0 = std::clock();
    std::clock_t index_clock = 0;
    Check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db, "begin");
    sqlite3_stmt* doc_ins = nullptr;
    sqlite3_stmt* seg_ins = nullptr;
    Check(sqlite3_prepare_v2(db,
                             "INSERT INTO documents(id, path, title, date, langs, content_hash, text) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             -1, &doc_ins, nullptr), db, "prep doc");
    Check(sqlite3_prepare_v2(db,
                             "INSERT INTO segments(id, doc_id, ord, kind, lang, start, end) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                             -1, &seg_ins, nullptr), db, "prep seg");
    dossier::Statement fts_ins(db, dossier::kIndexSegmentSql);
    for (size_t di = 0; di < docs.size(); ++di) {
      const GenDoc& g = docs[di];
      dossier::Document doc;
      for (size_t k = 0; k < g.count; ++k) {
        if (k) doc.text += "\n\n";
        dossier::Segment seg;
        seg.kind = k == 0 ? dossier::SegmentKind::kTitle : dossier::SegmentKind::kParagraph;
        seg.lang = g.lang;
        seg.span = {doc.text.size(), doc.text.size() + segments[g.first + k].size()};
        doc.text += segments[g.first + k];
        doc.segments.push_back(std::move(seg));
      }
      const int64_t doc_id = static_cast<int64_t>(di + 1);
      char date[16];
      const unsigned year = 2016 + static_cast<unsigned>(rng() % 10);
      const unsigned month = 1 + static_cast<unsigned>(rng() % 12);
      const unsigned day = 1 + static_cast<unsigned>(rng() % 28);
      std::snprintf(date, sizeof date, "%04u-%02u-%02u", year, month, day);
      const std::string name = "/bench/" + std::to_string(doc_id) + ".txt";
      sqlite3_bind_int64(doc_ins, 1, doc_id);
      sqlite3_bind_text(doc_ins, 2, name.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(doc_ins, 3, segments[g.first].c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(doc_ins, 4, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(doc_ins, 5, g.lang.c_str(), -1, SQLITE_STATIC);
      sqlite3_bind_text(doc_ins, 6, name.c_str(), -1, SQLITE_TRANSIENT);  // unique, as a hash would be
      // Packed as `add` packs it (on its workers; here inside the store's time).
      const std::string packed = dossier::PackText(doc.text);
      if (packed.empty())
        sqlite3_bind_text(doc_ins, 7, doc.text.data(), static_cast<int>(doc.text.size()), SQLITE_STATIC);
      else
        sqlite3_bind_blob(doc_ins, 7, packed.data(), static_cast<int>(packed.size()), SQLITE_STATIC);
      Check(sqlite3_step(doc_ins), db, "insert doc");
      sqlite3_reset(doc_ins);
      std::vector<dossier::IndexedSegment> indexed;
      for (size_t k = 0; k < doc.segments.size(); ++k) {
        const dossier::Segment& seg = doc.segments[k];
        indexed.push_back({static_cast<int64_t>(g.first + k + 1), seg.kind, seg.span,
                           dossier::FilterTerms({.lang = g.lang, .date = date, .doc_id = doc_id})});
        sqlite3_bind_int64(seg_ins, 1, static_cast<int64_t>(g.first + k + 1));
        sqlite3_bind_int64(seg_ins, 2, doc_id);
        sqlite3_bind_int64(seg_ins, 3, static_cast<int64_t>(k));
        sqlite3_bind_text(seg_ins, 4, k == 0 ? "title" : "paragraph", -1, SQLITE_STATIC);
        sqlite3_bind_text(seg_ins, 5, g.lang.c_str(), -1, SQLITE_STATIC);
        sqlite3_bind_int64(seg_ins, 6, static_cast<int64_t>(seg.span.start));
        sqlite3_bind_int64(seg_ins, 7, static_cast<int64_t>(seg.span.end));
        Check(sqlite3_step(seg_ins), db, "insert seg");
        sqlite3_reset(seg_ins);
      }
      std::clock_t i0 = std::clock();
      if (dossier::Status st = dossier::IndexSegments(fts_ins, doc.text, indexed); !st.ok()) {
        std::fprintf(stderr, "index: %s\n", st.ToString().c_str());
        std::exit(1);
      }
      index_clock += std::clock() - i0;
    }
    sqlite3_finalize(doc_ins);
    sqlite3_finalize(seg_ins);
    Check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
    r.store_build_s = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    r.build_s = static_cast<double>(index_clock) / CLOCKS_PER_SEC;
    r.peak_kb = StatusKb("VmHWM:") - rss0;
    // Where the bytes are: pages per table and index, with the unused
    // space inside them (page waste), largest first.
    sqlite3_stmt* st = nullptr;
    Check(sqlite3_prepare_v2(db,
                             "SELECT name, sum(pgsize), sum(unused) FROM dbstat GROUP BY name "
                             "ORDER BY sum(pgsize) DESC",
                             -1, &st, nullptr), db, "dbstat");
    r.index_mb = 0;
    while (sqlite3_step(st) == SQLITE_ROW) {
      const std::string name = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      const double mb = sqlite3_column_double(st, 1) / 1e6;
      if (name.rfind("segment_fts", 0) == 0) r.index_mb += mb;
      if (mb >= 0.1)
        r.tables += fmt::format("{}{} {:.1f} MB ({:.0f}% unused)", r.tables.empty() ? "" : ", ", name, mb,
                                100 * sqlite3_column_double(st, 2) / sqlite3_column_double(st, 1));
    }
    sqlite3_finalize(st);
  }
  r.size_mb = std::filesystem::file_size(path) / 1e6;

  auto opened = dossier::Store::Open(path.string(), dossier::Store::Mode::kReadOnly);
  if (!opened.ok()) std::exit(1);
  const dossier::Store& store = **opened;
  sqlite3* db = store.handle();
  std::map<std::string, long long> hits_of;
  for (const auto* set : {&kCjkQueries, &kLatinQueries})
    for (const std::string& q : *set) {
      auto res = dossier::Search(store, q, {.limit = 0});
      if (!res.ok()) {
        std::fprintf(stderr, "search %s: %s\n", q.c_str(), res.status().ToString().c_str());
        std::exit(1);
      }
      hits_of[q] = res->total;
    }
  if (g_breakdown) Breakdown(db, hits_of);
  if (g_block_max) {
    std::vector<dossier_bench::StudyQuery> study;
    for (const auto* set : {&kCjkQueries, &kLatinQueries})
      for (const std::string& q : *set) study.push_back({q, Expression("dossier", q)});
    dossier_bench::BlockMaxStudy(db, study, {512, 4096}, query_rounds);
  }
  std::vector<double> ms, cjk_ms, latin_ms;
  double cjk_hits = 0;
  for (int round = 0; round < query_rounds; ++round) {
    for (const auto* set : {&kCjkQueries, &kLatinQueries}) {
      for (const std::string& q : *set) {
        // What `dossier search` does: parse, top 10 with the total, highlight.
        auto q0 = Clock::now();
        auto res = dossier::Search(store, q, {});
        double took = Ms(q0);
        if (!res.ok() || res->total != hits_of[q]) {
          std::fprintf(stderr, "search %s failed or changed its total\n", q.c_str());
          std::exit(1);
        }
        if (g_verbose && round == 0)
          std::printf("  %-10s %-24s %8.3f ms top 10, %8lld hits\n", "dossier", q.c_str(), took, hits_of[q]);
        ms.push_back(took);
        r.per_query.emplace_back(hits_of[q], took);
        (set == &kCjkQueries ? cjk_ms : latin_ms).push_back(took);
        if (round == 0 && set == &kCjkQueries) cjk_hits += hits_of[q];
      }
    }
  }
  r.scan_missed = ScanMissed(db, "segment_fts", "dossier", scan_hits);
  Summarize(&r, ms, cjk_ms, latin_ms, cjk_hits);
  opened->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 50;
  unsigned seed = 42;
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  int rounds = 3;
  bool colocated = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--mb") mb = std::stod(argv[i + 1]);
    else if (a == "--seed") seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else if (a == "--dir") dir = argv[i + 1];
    else if (a == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (a == "--verbose") g_verbose = std::stoi(argv[i + 1]) != 0;
    else if (a == "--breakdown") g_breakdown = std::stoi(argv[i + 1]) != 0;
    else if (a == "--block-max") g_block_max = std::stoi(argv[i + 1]) != 0;
    else if (a == "--colocated") colocated = std::stoi(argv[i + 1]) != 0;
    else if (a == "--fts-config") g_fts_config = argv[i + 1];
  }
  std::vector<GenDoc> docs;
  auto segments = Generate(static_cast<size_t>(mb * 1e6), seed, &docs);
  {
    dossier::Tokenizer tok;
    size_t tokens = 0;
    std::clock_t t0 = std::clock();
    for (const auto& s : segments)
      tok.Tokenize(s, dossier::Tokenizer::Mode::kDocument, [&](const dossier::Token&) { ++tokens; return 0; });
    double secs = static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
    size_t b = 0;
    for (const auto& s : segments) b += s.size();
    std::printf("dossier tokenizer alone: %.1f MB/s, %zu tokens\n", b / 1e6 / secs, tokens);
  }
  size_t bytes = 0;
  for (const auto& s : segments) bytes += s.size();
  const size_t queries = (kCjkQueries.size() + kLatinQueries.size()) * rounds;
  std::printf("%zu segments in %zu documents, %.1f MB of text (seed %u); %zu queries per index (%zu distinct)\n",
              segments.size(), docs.size(), bytes / 1e6, seed, queries, kCjkQueries.size() + kLatinQueries.size());
  std::fflush(stdout);
  const auto scan_hits = ScanHits(segments);
  std::vector<Result> results;
  results.push_back(Run("unicode61", "unicode61", segments, bytes, dir, rounds, scan_hits));
  std::fflush(stdout);
  results.push_back(RunStore(segments, docs, dir, rounds, scan_hits));
  std::fflush(stdout);
  results.push_back(Run("trigram", "trigram", segments, bytes, dir, rounds, scan_hits));
  std::fflush(stdout);
  if (colocated) results.push_back(Run("colocated", "dossier_coloc", segments, bytes, dir, rounds, scan_hits));
  const Result& base = results[0];
  const double text_mb = bytes / 1e6;
  std::printf("%-10s %9s %6s %8s %6s %6s %8s %9s %8s %8s %8s %10s %7s\n", "index", "build MB/s", "x u61", "size MB",
              "x text", "x u61", "peak MB", "median ms", "p95 ms", "CJK med", "Lat med", "hits/CJK q", "missed");
  for (const Result& r : results) {
    double speed = text_mb / r.build_s, base_speed = text_mb / base.build_s;
    std::printf("%-10s %9.2f %6.2f %8.1f %6.2f %6.2f %8.1f %9.3f %8.3f %8.3f %8.3f %10.1f %7ld\n", r.name.c_str(),
                speed, speed / base_speed, r.size_mb, r.size_mb / text_mb, r.size_mb / base.size_mb,
                r.peak_kb / 1024.0, r.median_ms, r.p95_ms, r.cjk_median_ms, r.latin_median_ms, r.cjk_hits,
                r.scan_missed);
  }
  for (const Result& r : results) {
    if (r.store_build_s < 0) continue;
    std::printf("%s: build MB/s above is the index writes alone (IndexSegments); the whole store (documents and "
                "segments rows too) %.2f MB/s = %.2fx unicode61. Size above is the whole database with the "
                "text; segment_fts alone %.1f MB = %.2fx text, %.2fx unicode61.\n",
                r.name.c_str(), text_mb / r.store_build_s, (text_mb / r.store_build_s) / (text_mb / base.build_s),
                r.index_mb, r.index_mb / text_mb, r.index_mb / base.size_mb);
    std::printf("%s by table and index: %s\n", r.name.c_str(), r.tables.c_str());
  }
  // What the median depends on: latency by how many hits the query has
  // (each index counts its own hits).
  const std::vector<std::pair<long long, const char*>> buckets = {
      {0, "0"}, {100, "1-100"}, {1000, "101-1k"}, {10000, "1k-10k"}, {100000, "10k-100k"}, {-1, ">100k"}};
  std::printf("latency by hits per query: queries, median ms, p95 ms (all rounds)\n%-10s", "index");
  for (const auto& b : buckets) std::printf(" %24s", b.second);
  std::printf("\n");
  for (const Result& r : results) {
    std::printf("%-10s", r.name.c_str());
    long long lo = -1;
    for (const auto& b : buckets) {
      std::vector<double> v;
      for (const auto& [hits, ms] : r.per_query)
        if (hits > lo && (b.first < 0 || hits <= b.first)) v.push_back(ms);
      lo = b.first;
      if (v.empty()) std::printf(" %24s", "-");
      else std::printf(" %6zu %8.3f %8.3f", v.size() / static_cast<size_t>(rounds), Percentile(v, 50), Percentile(v, 95));
    }
    std::printf("\n");
  }
  return 0;
}
