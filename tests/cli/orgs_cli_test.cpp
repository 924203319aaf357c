// dossier orgs import / list / show, and imported organisations in add and extract.
#include <catch2/catch.hpp>

#include "tests/test_util.h"

namespace dossier::test {
namespace {

TEST_CASE("orgs cli: import, add, show mentions across documents", "[org][cli]") {
  TempDir dir;
  std::string db = (dir / "t.db").string();
  WriteFile(dir / "extra.tsv",
            "# id\tname\ttype\tcountry\ten\tzh-Hans\tzh-Hant\tja\n"
            "kansai-trade-circle\tKansai Trade Circle\tassociation\tJP\tKTC\t关西贸易圈\t關西貿易圈\t関西貿易サークル\n");
  WriteFile(dir / "a.txt", "The Kansai Trade Circle met MOFCOM officials in Osaka.\n");
  WriteFile(dir / "b.txt", "関西貿易サークルと経団連は会合を開いた。\n");

  RunResult imp = RunDossier({"--db", db, "orgs", "import", (dir / "extra.tsv").string()});
  CHECK(imp.exit_code == 0);
  CHECK(imp.out.find("imported 1") != std::string::npos);

  REQUIRE(RunDossier({"--db", db, "add", (dir / "a.txt").string(), (dir / "b.txt").string()}).exit_code == 0);

  RunResult show = RunDossier({"--db", db, "orgs", "show", "kansai-trade-circle"});
  CHECK(show.exit_code == 0);
  CHECK(show.out.find("Kansai Trade Circle") != std::string::npos);
  CHECK(show.out.find("ja: 関西貿易サークル") != std::string::npos);
  CHECK(show.out.find("mentions: 2") != std::string::npos);
  CHECK(show.out.find("関西貿易サークル  (") != std::string::npos);

  // Any alias finds the organisation; built-in ones show their mentions too.
  RunResult mofcom = RunDossier({"--db", db, "orgs", "show", "商務部", "--json"});
  CHECK(mofcom.exit_code == 0);
  CHECK(mofcom.out.find("\"id\":\"ministry-of-commerce-china\"") != std::string::npos);
  CHECK(mofcom.out.find("\"text\":\"MOFCOM\"") != std::string::npos);

  RunResult list = RunDossier({"--db", db, "orgs", "list", "--imported"});
  CHECK(list.exit_code == 0);
  CHECK(list.out.find("kansai-trade-circle\tKansai Trade Circle\tassociation\tJP\timported\t2") != std::string::npos);

  RunResult all = RunDossier({"--db", db, "orgs", "list"});
  CHECK(all.out.find("keidanren\t") != std::string::npos);

  // dossier extract uses the imported organisations of --db.
  RunResult ex = RunDossier({"--db", db, "extract", "--types", "org", (dir / "b.txt").string()});
  CHECK(ex.exit_code == 0);
  CHECK(ex.out.find("\"id\":\"kansai-trade-circle\"") != std::string::npos);

  RunResult missing = RunDossier({"--db", db, "orgs", "show", "no-such-org"});
  CHECK(missing.exit_code == 2);
}

TEST_CASE("orgs cli: a malformed gazetteer is a usage error naming the line", "[org][cli]") {
  TempDir dir;
  WriteFile(dir / "bad.tsv", "Bad Id\tName\ttype\tJP\n");
  RunResult r = RunDossier({"--db", (dir / "t.db").string(), "orgs", "import", (dir / "bad.tsv").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("bad.tsv:1") != std::string::npos);
}

}  // namespace
}  // namespace dossier::test
