#include <catch2/catch.hpp>

#include "tests/test_util.h"

using dossier::test::RunDossier;
using dossier::test::TempDir;

TEST_CASE("cli: every command has --help and exits 0 on it") {
  for (const char* cmd : {"add", "list", "show", "text", "remove", "stats", "extract", "facts"}) {
    auto r = RunDossier({cmd, "--help"});
    INFO(cmd << ": " << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
  }
}

TEST_CASE("cli: unknown command and bad arguments exit 2") {
  CHECK(RunDossier({"frobnicate"}).exit_code == 2);
  CHECK(RunDossier({"show"}).exit_code == 2);
  TempDir tmp;
  auto r = RunDossier({"--db", (tmp / "x.db").string(), "add", "--date", "March", "x.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--date") != std::string::npos);
}

TEST_CASE("cli: add reports each file, and a missing file fails alone with exit 1") {
  TempDir tmp;
  dossier::test::WriteFile(tmp / "in" / "a.txt", "A title\n\nSome text about trade.\n");
  std::string db = (tmp / "t.db").string();
  auto r = RunDossier({"--db", db, "add", (tmp / "in").string(), (tmp / "missing.txt").string()});
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("added\t1\t") != std::string::npos);
  CHECK(r.out.find("failed") != std::string::npos);
  CHECK(r.err.find("missing.txt") != std::string::npos);
  auto again = RunDossier({"--db", db, "add", (tmp / "in").string()});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("unchanged\t1\t") != std::string::npos);
  auto list = RunDossier({"--db", db, "list", "--json"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("\"id\":1") != std::string::npos);
  auto text = RunDossier({"--db", db, "text", "1"});
  CHECK(text.out.find("Some text about trade.") != std::string::npos);
  CHECK(RunDossier({"--db", db, "show", "99"}).exit_code == 2);
}
