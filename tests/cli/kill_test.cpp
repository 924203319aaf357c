// SIGKILL during `dossier add` never costs a stored document and never
// leaves half of one.
//
// The test kills `dossier add` DOSSIER_KILL_COUNT times (default 50, 25 under the sanitizers) at
// random moments (seed DOSSIER_KILL_SEED, else a fresh one, printed either
// way so a failure can be replayed): four kills in five once a random number
// of new documents is stored plus a random fraction of one document's time
// (so they land while documents are written, not while a rerun catches up
// on the files already stored), the fifth anywhere in the run. After every
// kill:
//   * PRAGMA integrity_check and Store::Check pass, and so does `dossier check`
//     (the full-text index agrees with the segments);
//   * every stored document is whole, checked document by document (the add
//     pipeline may commit several documents per transaction): its text hashes
//     to its content_hash and to a fresh ingest of its file, its segments are
//     ords 0..n-1 and as many as the fresh ingest has, every segment has its
//     full-text row, and it has exactly the facts the extractors find;
//   * nothing stored before the kill is gone.
// The kills come in waves on one database; each wave ends with the same
// command run to completion, which must exit 0 and store every file.
#include <signal.h>
#include <sqlite3.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "extract/extractor.h"
#include "index/store.h"
#include "index/stored_text.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"
#include "tests/time_scale.h"

using namespace dossier;
using namespace std::chrono;

namespace {

// The corpus copies (test::WriteCorpusCopies), by their canonical paths.
std::vector<std::string> MakeInputs(const std::filesystem::path& dir, int copies) {
  std::vector<std::string> paths;
  for (const auto& p : test::WriteCorpusCopies(dir, copies)) paths.push_back(CanonicalPath(p.string()));
  REQUIRE(paths.size() == static_cast<size_t>(copies));
  return paths;
}

// What a whole document of a file looks like, from a fresh ingest.
struct Expected {
  std::string hash;
  int64_t segments = 0;
  int64_t facts = 0;
};

std::map<std::string, Expected> ExpectedDocuments(const std::vector<std::string>& paths) {
  std::map<std::string, Expected> out;
  for (const std::string& path : paths) {
    auto doc = IngestFile(path, IngestOptions{});
    REQUIRE(doc.ok());
    ExtractContext ctx;
    ctx.reference_date = doc->meta.date;
    out[path] = {ContentHash(doc->text), static_cast<int64_t>(doc->segments.size()),
                 static_cast<int64_t>(ExtractFacts(*doc, ctx).size())};
  }
  return out;
}

int64_t QueryInt(sqlite3* db, const std::string& sql, int64_t id) {
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  sqlite3_bind_int64(st, 1, id);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  int64_t v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

// Checks the database after a kill; returns the paths of the stored documents.
std::set<std::string> CheckWhole(const std::string& db, const std::map<std::string, Expected>& expected) {
  // Killed before it created the database: nothing was stored (and `check`
  // refuses a path with no database).
  if (!std::filesystem::exists(db)) return {};
  auto check = test::RunDossier({"--db", db, "check"});
  INFO("dossier check: " << check.out << check.err);
  REQUIRE(check.exit_code == 0);

  auto store = Store::Open(db, Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  REQUIRE((*store)->Check().ok());
  sqlite3* h = (*store)->handle();
  std::set<std::string> stored;
  sqlite3_stmt* docs = nullptr;
  REQUIRE(sqlite3_prepare_v2(h, "SELECT id, path, content_hash, text FROM documents", -1, &docs, nullptr) ==
          SQLITE_OK);
  while (sqlite3_step(docs) == SQLITE_ROW) {
    int64_t id = sqlite3_column_int64(docs, 0);
    std::string path = reinterpret_cast<const char*>(sqlite3_column_text(docs, 1));
    std::string hash = reinterpret_cast<const char*>(sqlite3_column_text(docs, 2));
    const bool packed = sqlite3_column_type(docs, 3) == SQLITE_BLOB;
    std::string stored_text(static_cast<const char*>(sqlite3_column_blob(docs, 3)), sqlite3_column_bytes(docs, 3));
    INFO("document " << id << " " << path);
    // Packed (a BLOB) or plain: index/stored_text.h.
    std::string text = stored_text;
    if (packed) {
      auto unpacked = UnpackText(stored_text);
      REQUIRE(unpacked.ok());
      text = *unpacked;
    }
    auto it = expected.find(path);
    REQUIRE(it != expected.end());
    CHECK(ContentHash(text) == hash);
    CHECK(hash == it->second.hash);
    int64_t segments = QueryInt(h, "SELECT count(*) FROM segments WHERE doc_id = ?1", id);
    CHECK(segments == it->second.segments);
    CHECK(QueryInt(h, "SELECT count(DISTINCT ord) FROM segments WHERE doc_id = ?1 AND ord >= 0 AND ord < "
                      "(SELECT count(*) FROM segments WHERE doc_id = ?1)", id) == segments);
    CHECK(QueryInt(h, "SELECT count(*) FROM segment_fts_docsize WHERE id IN "
                      "(SELECT id FROM segments WHERE doc_id = ?1)", id) == segments);
    CHECK(QueryInt(h, "SELECT coalesce((SELECT figures + dates + orgs + commitments FROM doc_facts "
                      "WHERE doc_id = ?1), 0)", id) == it->second.facts);
    CHECK(stored.insert(path).second);
  }
  CHECK(sqlite3_finalize(docs) == SQLITE_OK);
  return stored;
}

// Returns once `db` holds at least `count` documents, or the add `pid` has
// ended, or a minute has passed. Polls as a WAL reader would.
void WaitForDocuments(const std::string& db, size_t count, int pid) {
  auto deadline = steady_clock::now() + seconds(60);
  sqlite3* h = nullptr;
  while (steady_clock::now() < deadline && ::kill(pid, 0) == 0) {
    if (!h && std::filesystem::exists(db) &&
        sqlite3_open_v2(db.c_str(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
      sqlite3_close(h);
      h = nullptr;
    }
    if (h) {
      sqlite3_busy_timeout(h, 1000);
      sqlite3_stmt* st = nullptr;
      if (sqlite3_prepare_v2(h, "SELECT count(*) FROM documents", -1, &st, nullptr) == SQLITE_OK &&
          sqlite3_step(st) == SQLITE_ROW && static_cast<size_t>(sqlite3_column_int64(st, 0)) >= count) {
        sqlite3_finalize(st);
        break;
      }
      sqlite3_finalize(st);
    }
    std::this_thread::sleep_for(milliseconds(1));
  }
  sqlite3_close(h);
}

std::vector<std::string> AddArgs(const std::string& db, const std::string& dir) {
  return {"--db", db, "add", "--jobs", "2", dir};
}

}  // namespace

TEST_CASE("kill: repeated SIGKILL at random moments during add leaves every document whole or absent") {
  test::TempDir tmp;
  // 50 kills; 25 under the sanitizers, where each run of `add` is several
  // times slower (the CI build: the test was its longest, at 5 minutes).
#ifdef DOSSIER_TEST_ASAN
  constexpr long kDefaultKills = 25;
#else
  constexpr long kDefaultKills = 50;
#endif
  const long kills = test::EnvInt("DOSSIER_KILL_COUNT", kDefaultKills);
  const unsigned seed = static_cast<unsigned>(test::EnvInt("DOSSIER_KILL_SEED", std::random_device{}() % 1000000 + 1));
  INFO("DOSSIER_KILL_SEED=" << seed);

  // How long a full run takes here (machine, build type, sanitizers), so the
  // kills land inside the run. A run must also span several commits for
  // kills to land between two of them: `add` closes a batch at the latest
  // every 200 ms (index/add_pipeline.cpp), so on a fast build the input
  // doubles until a full run takes kMinRunMs (unless DOSSIER_KILL_FILES
  // fixes it).
  constexpr double kMinRunMs = 1000;
  constexpr int kMaxFiles = 1600;
  const bool files_fixed = std::getenv("DOSSIER_KILL_FILES") != nullptr;
  int files = static_cast<int>(test::EnvInt("DOSSIER_KILL_FILES", 100));
  std::vector<std::string> paths;
  std::string probe_db;
  double full_ms = 0;
  for (int probe = 1;; ++probe) {
    std::filesystem::remove_all(tmp / "in");
    paths = MakeInputs(tmp / "in", files);
    probe_db = (tmp / ("probe-" + std::to_string(probe) + ".db")).string();
    auto t0 = steady_clock::now();
    REQUIRE(test::WaitChild(test::StartDossier(AddArgs(probe_db, (tmp / "in").string()))) == 0);
    full_ms = std::max<double>(duration<double, std::milli>(steady_clock::now() - t0).count(), 20);
    if (files_fixed || full_ms >= kMinRunMs || files * 2 > kMaxFiles) break;
    files *= 2;
  }
  const int kFiles = files;
  const auto expected = ExpectedDocuments(paths);
  REQUIRE(CheckWhole(probe_db, expected).size() == static_cast<size_t>(kFiles));
  const std::string in = (tmp / "in").string();
  std::cout << "kill test: " << kills << " kills, " << kFiles << " files, DOSSIER_KILL_SEED=" << seed << std::endl;

  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> unit(0, 1);
  int wave = 0, in_wave = 0, killed_mid_write = 0, killed_running = 0;
  std::string db;
  std::set<std::string> stored;
  auto finish_wave = [&] {
    // The same command again completes the job.
    INFO("wave " << wave);
    REQUIRE(test::WaitChild(test::StartDossier(AddArgs(db, in))) == 0);
    REQUIRE(CheckWhole(db, expected).size() == static_cast<size_t>(kFiles));
  };
  // Kills that find the add already finished do not count: keep going until
  // `kills` of them hit a running add (at most three attempts per kill), so
  // a faster writer (group commit) cannot thin the test out.
  long attempts = 0;
  for (long k = 0; killed_running < kills && k < 3 * kills; ++k) {
    ++attempts;
    if (db.empty()) {
      db = (tmp / ("killed-" + std::to_string(++wave) + ".db")).string();
      stored.clear();
      in_wave = 0;
    }
    int pid = test::StartDossier(AddArgs(db, in));
    double delay_ms;
    if (k % 5 == 4) {
      // Every fifth kill at a moment anywhere in the run: start-up, the
      // catching up on files already stored, writing, the end.
      delay_ms = full_ms * unit(rng);
      std::this_thread::sleep_for(microseconds(static_cast<int64_t>(delay_ms * 1000)));
    } else {
      // The others while documents are being written: once a random number
      // of new documents is stored, somewhere within the next document's
      // work (reading, extracting, its transaction, its commit).
      // (Not the last document: a kill after it finds the run complete.)
      size_t left = kFiles - stored.size();
      size_t target = stored.size() + (left >= 3 ? std::uniform_int_distribution<size_t>(1, left - 2)(rng)
                                                 : std::uniform_int_distribution<size_t>(0, left - 1)(rng));
      delay_ms = full_ms / kFiles * 1.5 * unit(rng);
      WaitForDocuments(db, target, pid);
      std::this_thread::sleep_for(microseconds(static_cast<int64_t>(delay_ms * 1000)));
    }
    ::kill(pid, SIGKILL);
    int rc = test::WaitChild(pid);
    INFO("kill " << k << " of wave " << wave << ", " << delay_ms << " ms after its mark (exit " << rc << ")");
    std::set<std::string> now = CheckWhole(db, expected);
    // Nothing committed is ever lost.
    for (const std::string& p : stored) CHECK(now.count(p));
    killed_running += rc == 128 + SIGKILL;
    if (rc == 128 + SIGKILL && now.size() > stored.size() && now.size() < static_cast<size_t>(kFiles))
      ++killed_mid_write;
    stored = std::move(now);
    // A few kills per database, then finish it and start another, so the
    // kills keep landing in the middle of writing.
    if (++in_wave == 10 || stored.size() == static_cast<size_t>(kFiles)) {
      finish_wave();
      db.clear();
    }
  }
  if (!db.empty()) finish_wave();
  std::cout << "kill test: " << attempts << " kills in " << wave << " waves, " << killed_running
            << " while add ran, " << killed_mid_write << " after it had stored new documents and before the "
            << "last; a full add took " << full_ms << " ms" << std::endl;
  // The kills must have hit running adds, many of them in the middle of
  // writing, or the test proved little.
  // With group commit (several documents per transaction, index/add_pipeline.h)
  // a run stores its documents in a few batches, so a kill between two
  // commits of the same run is rarer than one before the first or after the
  // last (7 to 15 of 50 here): at least one in twenty must land there.
  CHECK(killed_running == kills);
  CHECK(killed_mid_write * 20 >= kills);
}
