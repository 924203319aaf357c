// index_bench: dossier's FTS5 tokenizer against FTS5 unicode61 and trigram
// on the same generated mixed-language segments.
//
//   index_bench [--mb 50] [--seed 42] [--dir /tmp] [--rounds 3] [--verbose 1]
//
// Takes --mb megabytes of segments (titles and paragraphs in zh-Hans,
// zh-Hant, ja, en) from the seeded corpus generator (bench/corpus_generator.h)
// and builds one contentless FTS5 table per tokenizer, each in its own
// database: unicode61, dossier, trigram, and "colocated" (the previous
// dossier design with a CJK unigram at every position, to show what that
// cost). dossier's queries come from query/ (ParseQuery), the others are
// the quoted words. For dossier it also checks that every segment in which
// a plain substring scan finds a one-word CJK query is among the hits. Reports build speed (MB of text per
// CPU second: the machine is shared, wall time is noise), size on disk (also
// as a multiple of the text), query latency (median and p95 over all queries
// x --rounds, top 10 by bm25 as dossier asks for them: ORDER BY bm25(t) LIMIT
// 10, which SQLite sorts with a bounded sorter, where FTS5's ORDER BY rank
// sorts every hit; and the medians of the CJK and of the Latin
// queries) and average hits per CJK query. Ratios are to unicode61.
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

#include "bench/corpus_generator.h"
#include "extract/han_fold.h"
#include "index/segment_index.h"
#include "index/tokenizer.h"
#include "query/query.h"

namespace {

using Clock = std::chrono::steady_clock;
bool g_verbose = false;  // --verbose 1: per-query latency and hits
std::string g_fts_config;  // --fts-config automerge=8,crisismerge=64: FTS5 settings for every table

// Segments (titles and paragraphs) of the shared generated corpus
// (bench/corpus_generator.h), until `bytes` of text.
std::vector<std::string> Generate(size_t bytes, unsigned seed) {
  dossier::bench::CorpusGenerator gen(seed);
  std::vector<std::string> segments;
  size_t total = 0;
  while (total < bytes) {
    dossier::bench::GeneratedDocument d = gen.Next();
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
};
const std::vector<std::string> kLatinQueries = {
    "trade", "invest", "investing", "investors", "hydrogen", "\"supply chains\"", "billion",
    "cooperation", "keidanren", "dialogue", "consultations", "enterprises", "tourism", "healthcare",
    "\"digital economy\"", "restrictions", "discriminatory", "multilateral", "commitment",
    "programme", "quarter", "forum", "organisations", "market access", "exports imports",
    "\"bank of japan\"", "\"wang yi\"", "reaffirmed", "percent", "semiconductors", "rcep", "beijing",
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

struct Result {
  std::string name;
  double build_s = 0;
  double size_mb = 0;
  double median_ms = 0, p95_ms = 0;
  double cjk_median_ms = 0, latin_median_ms = 0;
  double cjk_hits = 0;
  double capped_median_ms = -1, capped_p95_ms = -1;  // dossier: bm25 over the newest kCap hits only
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
  sqlite3_close(db);
  r.size_mb = std::filesystem::file_size(path) / 1e6;

  Check(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), db, "reopen");
  if (!dossier::RegisterTokenizers(db).ok()) std::exit(1);
  RegisterColocated(db);
  sqlite3_stmt* top = nullptr;
  sqlite3_stmt* count = nullptr;
  Check(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY bm25(t) LIMIT 10", -1, &top, nullptr), db, "q");
  Check(sqlite3_prepare_v2(db, "SELECT count(*) FROM t WHERE t MATCH ?1", -1, &count, nullptr), db, "c");
  // Not what search does: ranks only the kCap newest hits (highest rowid),
  // to show what an inexact candidate cap would buy.
  constexpr int kCap = 2000;
  sqlite3_stmt* capped = nullptr;
  Check(sqlite3_prepare_v2(db, ("SELECT id FROM (SELECT rowid AS id, bm25(t) AS s FROM t WHERE t MATCH ?1 "
                                "ORDER BY rowid DESC LIMIT " + std::to_string(kCap) + ") ORDER BY s LIMIT 10").c_str(),
                           -1, &capped, nullptr), db, "capped");
  std::vector<double> ms, cjk_ms, latin_ms, capped_ms;
  double cjk_hits = 0;
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
        (set == &kCjkQueries ? cjk_ms : latin_ms).push_back(took);
        if (name == "dossier") {
          auto k0 = Clock::now();
          sqlite3_bind_text(capped, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
          while (sqlite3_step(capped) == SQLITE_ROW) {
          }
          sqlite3_reset(capped);
          capped_ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - k0).count());
        }
        if (round == 0 && set == &kCjkQueries) {
          sqlite3_bind_text(count, 1, expr.c_str(), -1, SQLITE_TRANSIENT);
          if (sqlite3_step(count) == SQLITE_ROW) cjk_hits += sqlite3_column_int64(count, 0);
          sqlite3_reset(count);
        }
      }
    }
  }
  if (name == "dossier" || name == "colocated") {
    r.scan_missed = 0;
    sqlite3_stmt* all = nullptr;
    Check(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1", -1, &all, nullptr), db, "all");
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
      r.scan_missed += missed;
    }
    sqlite3_finalize(all);
  }
  sqlite3_finalize(top);
  sqlite3_finalize(capped);
  sqlite3_finalize(count);
  if (!capped_ms.empty()) {
    std::sort(capped_ms.begin(), capped_ms.end());
    r.capped_median_ms = capped_ms[capped_ms.size() / 2];
    r.capped_p95_ms = capped_ms[capped_ms.size() * 95 / 100];
  }
  sqlite3_close(db);
  std::sort(ms.begin(), ms.end());
  std::sort(cjk_ms.begin(), cjk_ms.end());
  std::sort(latin_ms.begin(), latin_ms.end());
  r.cjk_median_ms = cjk_ms[cjk_ms.size() / 2];
  r.latin_median_ms = latin_ms[latin_ms.size() / 2];
  r.median_ms = ms[ms.size() / 2];
  r.p95_ms = ms[ms.size() * 95 / 100];
  r.cjk_hits = cjk_hits / kCjkQueries.size();
  std::filesystem::remove(path);
  (void)text_bytes;
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  double mb = 50;
  unsigned seed = 42;
  std::filesystem::path dir = std::filesystem::temp_directory_path();
  int rounds = 3;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--mb") mb = std::stod(argv[i + 1]);
    else if (a == "--seed") seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
    else if (a == "--dir") dir = argv[i + 1];
    else if (a == "--rounds") rounds = std::stoi(argv[i + 1]);
    else if (a == "--verbose") g_verbose = std::stoi(argv[i + 1]) != 0;
    else if (a == "--fts-config") g_fts_config = argv[i + 1];
  }
  auto segments = Generate(static_cast<size_t>(mb * 1e6), seed);
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
  std::printf("%zu segments, %.1f MB of text (seed %u); %zu queries per index (%zu distinct)\n",
              segments.size(), bytes / 1e6, seed, queries, kCjkQueries.size() + kLatinQueries.size());
  const auto scan_hits = ScanHits(segments);
  std::vector<Result> results;
  for (auto [name, tok] : std::vector<std::pair<std::string, std::string>>{
           {"unicode61", "unicode61"}, {"dossier", "dossier"}, {"trigram", "trigram"},
           {"colocated", "dossier_coloc"}}) {
    results.push_back(Run(name, tok, segments, bytes, dir, rounds, scan_hits));
    std::fflush(stdout);
  }
  const Result& base = results[0];
  std::printf("%-10s %9s %7s %9s %7s %7s %9s %9s %9s %9s %10s %11s\n", "tokenizer", "build MB/s", "x u61",
              "size MB", "x text", "x u61", "median ms", "p95 ms", "CJK med", "Latin med", "hits/CJK q", "scan missed");
  for (const Result& r : results) {
    double speed = bytes / 1e6 / r.build_s;
    double base_speed = bytes / 1e6 / base.build_s;
    std::printf("%-10s %9.2f %7.2f %9.1f %7.2f %7.2f %9.3f %9.3f %9.3f %9.3f %10.1f %11ld\n", r.name.c_str(),
                speed, speed / base_speed, r.size_mb, r.size_mb / (bytes / 1e6), r.size_mb / base.size_mb,
                r.median_ms, r.p95_ms, r.cjk_median_ms, r.latin_median_ms, r.cjk_hits, r.scan_missed);
  }
  for (const Result& r : results)
    if (r.capped_median_ms >= 0)
      std::printf("%s ranking only the newest %d hits (inexact, not used by search): median %.3f ms, p95 %.3f ms\n",
                  r.name.c_str(), 2000, r.capped_median_ms, r.capped_p95_ms);
  return 0;
}
