// SIGKILL during `dossier add` never costs a stored document and never
// leaves half of one: after every kill the database passes integrity_check,
// every stored document matches a fresh ingest of its file (same text, same
// segments, same facts), and running the same command again completes.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <thread>

#include "extract/extractor.h"
#include "index/store.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

using namespace dossier;
using namespace std::chrono;

namespace {

// Copies of the corpus texts, each made unique, so there is real work per file.
void MakeInputs(const std::filesystem::path& dir, int copies) {
  std::vector<std::filesystem::path> sources;
  for (const auto& e : std::filesystem::directory_iterator(test::SourceDir() / "corpus"))
    if (e.path().extension() == ".txt" && e.path().filename().string().find('.') ==
                                              e.path().filename().string().rfind('.'))
      sources.push_back(e.path());
  std::sort(sources.begin(), sources.end());
  REQUIRE(!sources.empty());
  for (int i = 0; i < copies; ++i) {
    const auto& src = sources[i % sources.size()];
    std::string body = test::ReadFile(src);
    // A unique sentence right after the title line, where no boilerplate rule cuts.
    size_t title_end = body.find('\n');
    if (title_end == std::string::npos) title_end = body.size();
    body.insert(title_end, "\n\nThis is copy number " + std::to_string(i) + " of " + src.filename().string() + " made for the kill test.\n");
    test::WriteFile(dir / ("doc-" + std::to_string(1000 + i) + ".txt"), body);
  }
}

pid_t StartAdd(const std::string& db, const std::string& dir) {
  pid_t pid = ::fork();
  if (pid == 0) {
    FILE* o = std::freopen("/dev/null", "w", stdout);
    FILE* e = std::freopen("/dev/null", "w", stderr);
    (void)o;
    (void)e;
    std::string bin = test::DossierBinary();
    ::execl(bin.c_str(), bin.c_str(), "--db", db.c_str(), "add", "--jobs", "2", dir.c_str(),
            static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  return pid;
}

int WaitExit(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Every stored document equals a fresh ingest of its file.
size_t CheckWhole(const std::string& db) {
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  REQUIRE((*store)->Check().ok());
  auto list = (*store)->List();
  REQUIRE(list.ok());
  for (const DocumentSummary& s : *list) {
    auto fresh = IngestFile(s.path, IngestOptions{});
    REQUIRE(fresh.ok());
    auto stored = (*store)->GetDocument(s.id);
    REQUIRE(stored.ok());
    INFO("document " << s.id << " " << s.path);
    REQUIRE(stored->text == fresh->text);
    REQUIRE(stored->segments.size() == fresh->segments.size());
    ExtractContext ctx;
    ctx.reference_date = fresh->meta.date;
    REQUIRE(static_cast<size_t>(s.facts) == ExtractFacts(*fresh, ctx).size());
  }
  return list->size();
}

}  // namespace

TEST_CASE("kill: SIGKILL at random moments during add leaves every document whole or absent") {
  test::TempDir tmp;
  const int kFiles = 120;
  MakeInputs(tmp / "in", kFiles);
  const std::string in = (tmp / "in").string();

  // How long a full run takes here, so the kills land inside the run.
  std::string probe_db = (tmp / "probe.db").string();
  auto t0 = steady_clock::now();
  REQUIRE(WaitExit(StartAdd(probe_db, in)) == 0);
  auto full_ms = duration_cast<milliseconds>(steady_clock::now() - t0).count();
  REQUIRE(CheckWhole(probe_db) == static_cast<size_t>(kFiles));

  const std::string db = (tmp / "killed.db").string();
  std::mt19937 rng(20251123);
  const int kKills = 12;
  size_t stored_before = 0;
  for (int k = 0; k < kKills; ++k) {
    pid_t pid = StartAdd(db, in);
    std::this_thread::sleep_for(milliseconds(rng() % std::max<long>(full_ms, 20)));
    ::kill(pid, SIGKILL);
    WaitExit(pid);
    size_t stored = CheckWhole(db);
    INFO("kill " << k);
    CHECK(stored >= stored_before);  // nothing committed is ever lost
    stored_before = stored;
  }
  // The same command again completes the job.
  CHECK(WaitExit(StartAdd(db, in)) == 0);
  CHECK(CheckWhole(db) == static_cast<size_t>(kFiles));
}
