// Readers and a writer at once, as separate processes: while one `dossier
// add` writes many documents (WAL mode, busy timeout), other processes run
// `dossier search`, `dossier sheet` and `dossier list` on the same database
// again and again. Every reader must give a normal answer (0, or 1 for "no
// hits") and never surface "database is locked" or "busy"; the writer must
// finish and store everything.
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <iostream>

#include "index/store.h"
#include "tests/test_util.h"

using namespace dossier;

namespace {

bool Mentions(const test::RunResult& r, const char* word) {
  auto has = [&](const std::string& s) {
    std::string lower = s;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.find(word) != std::string::npos;
  };
  return has(r.out) || has(r.err);
}

}  // namespace

TEST_CASE("concurrency: search, sheet and list run while add writes, none sees a locked database") {
  test::TempDir tmp;
  const int kFiles = static_cast<int>(test::EnvInt("DOSSIER_CONCURRENCY_FILES", 300));
  REQUIRE(test::WriteCorpusCopies(tmp / "in", kFiles).size() == static_cast<size_t>(kFiles));
  const std::string db = (tmp / "t.db").string();
  // A first document, so the readers always find a dossier database.
  test::WriteFile(tmp / "seed" / "seed.txt", "Trade talks\n\nChina and Japan agreed to resume the trade dialogue.\n");
  REQUIRE(test::RunDossier({"--db", db, "add", (tmp / "seed").string()}).exit_code == 0);

  int writer = test::StartDossier({"--db", db, "add", "--jobs", "1", (tmp / "in").string()});
  const std::vector<std::vector<std::string>> readers = {
      {"--db", db, "search", "贸易 OR trade OR 経済"},
      {"--db", db, "search", "--json", "--facets", "合作 lang:zh"},
      {"--db", db, "sheet", "--query", "trade OR 贸易", "--format", "json"},
      {"--db", db, "sheet", "--all", "--section", "figures"},
      {"--db", db, "list", "--json"},
      {"--db", db, "search", "nothingmatchesthisword"},
  };
  int runs = 0, during_write = 0, writer_rc = -1;
  for (size_t i = 0; writer_rc < 0 || runs < static_cast<int>(readers.size()); ++i) {
    const auto& args = readers[i % readers.size()];
    auto r = test::RunDossier(args);
    ++runs;
    INFO("reader " << runs << ": " << args[2] << " " << args.back() << " -> " << r.exit_code << "\n" << r.err);
    CHECK((r.exit_code == 0 || r.exit_code == 1));
    CHECK(!Mentions(r, "locked"));
    CHECK(!Mentions(r, "busy"));
    if (writer_rc < 0) {
      int status = 0;
      if (::waitpid(writer, &status, WNOHANG) == writer)
        writer_rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      else
        ++during_write;  // the writer was still running when this reader finished
    }
  }
  std::cout << "concurrency test: " << runs << " reader runs, " << during_write
            << " of them while add was writing" << std::endl;
  CHECK(writer_rc == 0);
  // The readers really overlapped the writer.
  CHECK(during_write >= 6);
  auto store = Store::Open(db, Store::Mode::kReadOnly);
  REQUIRE(store.ok());
  CHECK((*store)->Check().ok());
  CHECK((*store)->List()->size() == static_cast<size_t>(kFiles) + 1);
  CHECK(test::RunDossier({"--db", db, "check"}).exit_code == 0);
}
