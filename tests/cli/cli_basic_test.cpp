#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

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

// One line per file in the plain `add` report, whatever the file is called;
// a first line too wide to be a title is a paragraph; the size limit names
// the option that raises it.
TEST_CASE("cli add: plain report lines, untitled long lines, the size limit") {
  TempDir tmp;
  std::filesystem::create_directories(tmp / "in");
  dossier::test::WriteFile(tmp / "in" / "two\nlines.txt", "A title\n\nSome text about trade.\n");
  std::string long_line;
  for (int i = 0; i < 200; ++i) long_line += "Trade grew again this year. ";
  dossier::test::WriteFile(tmp / "in" / "long.txt", long_line + "\n");
  std::string db = (tmp / "t.db").string();
  auto r = RunDossier({"--db", db, "add", (tmp / "in").string()});
  REQUIRE(r.exit_code == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 2);
  CHECK(r.out.find("two\\nlines.txt") != std::string::npos);
  auto listed = RunDossier({"--db", db, "list", "--json"});
  REQUIRE(listed.exit_code == 0);
  CHECK(listed.out.find("\"title\":\"A title\"") != std::string::npos);
  // The untitled file is listed by the start of its text, cut to 80 columns.
  CHECK(listed.out.find("Trade grew again this year. Trade grew again this year. Trade grew again this") !=
        std::string::npos);
  CHECK(listed.out.find("this year. Trade grew again this year. Trade grew again this year. Trade grew again this year.") ==
        std::string::npos);

  std::string big(2 * 1024 * 1024, 'a');
  dossier::test::WriteFile(tmp / "big.txt", big);
  auto refused = RunDossier({"--db", db, "add", "--max-size", "1", (tmp / "big.txt").string()});
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("--max-size") != std::string::npos);
}
