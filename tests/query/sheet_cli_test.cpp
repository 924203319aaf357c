// `dossier sheet` end to end (runs the built binary; build the `dossier` target first).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "query/render_sheet.h"
#include "tests/query/sheet_fixture.h"
#include "tests/test_util.h"

using namespace dossier;

namespace {

std::string FixtureDb(const test::TempDir& tmp) {
  std::string db = (tmp / "cli.db").string();
  auto store = Store::Open(db);
  REQUIRE(store.ok());
  test::StoreAll(**store, test::GoldenSheetDocuments());
  return db;
}

std::string Golden(const std::string& name) { return test::ReadFile(test::SourceDir() / "tests/data/sheet" / name); }

}  // namespace

TEST_CASE("dossier sheet: ids, --all and --query print the sheet", "[sheet][sheet-cli]") {
  test::TempDir tmp;
  std::string db = FixtureDb(tmp);
  test::RunResult r = test::RunDossier({"--db", db, "sheet", "1", "2", "3", "--format", "json"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == Golden("sheet.json"));
  r = test::RunDossier({"--db", db, "sheet", "--all"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == Golden("sheet.md"));
  r = test::RunDossier({"--db", db, "sheet", "--all", "--format", "csv", "--section", "figures"});
  CHECK(r.out == Golden("sheet-figures.csv"));

  r = test::RunDossier({"--db", db, "sheet", "--query", "lang:ja date:2024", "--format", "json"});
  REQUIRE(r.exit_code == 0);
  nlohmann::json j = nlohmann::json::parse(r.out);
  CHECK(j["query"] == "lang:ja date:2024");
  REQUIRE(j["documents"].size() == 1);
  CHECK(j["documents"][0]["id"] == 3);
  for (const auto& f : j["figures"]) CHECK(f["doc"] == 3);
}

TEST_CASE("dossier sheet: -o FILE writes the HTML page", "[sheet][sheet-cli]") {
  test::TempDir tmp;
  std::string db = FixtureDb(tmp);
  std::string out = (tmp / "sheet.html").string();
  test::RunResult r = test::RunDossier({"--db", db, "sheet", "1", "3", "--format", "html", "-o", out});
  CHECK(r.exit_code == 0);
  CHECK(r.out.empty());
  std::string html = test::ReadFile(out);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<svg") != std::string::npos);  // trade in 2022 and 2023 (document 3)
}

TEST_CASE("dossier sheet: a row's provenance opens with show --at", "[sheet][sheet-cli]") {
  test::TempDir tmp;
  std::string db = FixtureDb(tmp);
  test::RunResult r = test::RunDossier({"--db", db, "sheet", "2", "--format", "json", "--section", "figures"});
  REQUIRE(r.exit_code == 0);
  nlohmann::json figure = nlohmann::json::parse(r.out)["figures"][0];
  test::RunResult shown = test::RunDossier(
      {"--db", db, "show", std::to_string(figure["doc"].get<int>()), "--at", std::to_string(figure["start"].get<int>())});
  CHECK(shown.exit_code == 0);
  CHECK(shown.out.find(figure["quote"].get<std::string>()) != std::string::npos);
  CHECK(shown.out.find("segment " + std::to_string(figure["segment"].get<int>())) != std::string::npos);
}

TEST_CASE("dossier sheet: usage errors and empty selections", "[sheet][sheet-cli]") {
  test::TempDir tmp;
  std::string db = FixtureDb(tmp);
  CHECK(test::RunDossier({"--db", db, "sheet"}).exit_code == 2);
  CHECK(test::RunDossier({"--db", db, "sheet", "1", "--all"}).exit_code == 2);
  CHECK(test::RunDossier({"--db", db, "sheet", "1", "--format", "yaml"}).exit_code == 2);
  CHECK(test::RunDossier({"--db", db, "sheet", "1", "--section", "people"}).exit_code == 2);
  CHECK(test::RunDossier({"--db", db, "sheet", "99"}).exit_code == 2);
  CHECK(test::RunDossier({"--db", db, "sheet", "--query", "date:20x4"}).exit_code == 2);
  test::RunResult none = test::RunDossier({"--db", db, "sheet", "--query", "date:2030"});
  CHECK(none.exit_code == 1);
  CHECK(none.err.find("no documents") != std::string::npos);
}
