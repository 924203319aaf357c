// dossier search / reindex / check / tokens from the command line.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "ingest/utf8.h"
#include "tests/test_util.h"

using dossier::test::RunDossier;
using dossier::test::TempDir;
using dossier::test::WriteFile;

namespace {

std::string MakeDb(const TempDir& tmp) {
  WriteFile(tmp / "in" / "zh.txt", "中日经贸合作\n\n2023年中日贸易额下降，RCEP 合作继续。\n");
  WriteFile(tmp / "in" / "ja.txt", "日中経済\n\n日中の貿易額は減少したが、経済協力は続く。\n");
  WriteFile(tmp / "in" / "en.txt", "Investment\n\nJapanese firms invested in China; trade fell.\n");
  std::string db = (tmp / "t.db").string();
  auto r = RunDossier({"--db", db, "add", (tmp / "in").string()});
  REQUIRE(r.exit_code == 0);
  return db;
}

}  // namespace

TEST_CASE("cli search: hits exit 0, no hits 1, malformed 2, no database 3", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  auto hit = RunDossier({"--db", db, "search", "貿易"});
  CHECK(hit.exit_code == 0);
  CHECK(hit.out.find("«贸易»额") != std::string::npos);
  CHECK(hit.out.find("«貿易»額") != std::string::npos);
  auto none = RunDossier({"--db", db, "search", "nothingmatches"});
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  auto bad = RunDossier({"--db", db, "search", "RCEP \"合作"});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unclosed quote at character 6") != std::string::npos);
  CHECK(bad.err.find("SQL") == std::string::npos);
  auto injected = RunDossier({"--db", db, "search", "\"a\" OR x:*"});
  CHECK(injected.exit_code == 2);
  auto missing = RunDossier({"--db", (tmp / "none.db").string(), "search", "x"});
  CHECK(missing.exit_code == 3);
  // The words of an unquoted multi-word query are joined.
  CHECK(RunDossier({"--db", db, "search", "RCEP", "合作"}).exit_code == 0);
}

TEST_CASE("cli search: --json lines carry segment, offsets and absolute matches", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  auto r = RunDossier({"--db", db, "search", "--json", "经济"});
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    for (const char* key : {"doc", "title", "date", "lang", "segment", "score", "start", "end", "text",
                            "snippet", "matches"})
      CHECK(j.contains(key));
    // Matches are absolute: check them against the document text.
    auto text = RunDossier({"--db", db, "text", std::to_string(j["doc"].get<int>())});
    REQUIRE(text.exit_code == 0);
    std::string seg = text.out.substr(j["start"].get<size_t>(), j["end"].get<size_t>() - j["start"].get<size_t>());
    CHECK(seg == j["text"].get<std::string>());
    for (const auto& m : j["matches"]) {
      std::string matched = text.out.substr(m[0].get<size_t>(), m[1].get<size_t>() - m[0].get<size_t>());
      CHECK((matched == "经济" || matched == "経済"));
    }
    ++n;
  }
  CHECK(n >= 2);
}

TEST_CASE("cli search: --kwic aligns matches by display width", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  auto r = RunDossier({"--db", db, "search", "--kwic", "--width", "12", "贸易 OR trade"});
  REQUIRE(r.exit_code == 0);
  std::istringstream lines(r.out);
  std::string line;
  std::vector<int> columns;
  while (std::getline(lines, line)) {
    // The match starts after "doc:seg " + left context padded to 12 columns + 2 spaces.
    size_t m = line.find("贸易");
    if (m == std::string::npos) m = line.find("貿易");
    if (m == std::string::npos) m = line.find("trade");
    REQUIRE(m != std::string::npos);
    columns.push_back(dossier::utf8::DisplayWidth(line.substr(0, m)));
  }
  REQUIRE(columns.size() >= 3);
  for (int c : columns) CHECK(c == columns[0]);
}

TEST_CASE("cli search: --facets, --limit and --offset", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  auto all = RunDossier({"--db", db, "search", "--json", "--limit", "100", "贸易 OR trade OR 经济"});
  REQUIRE(all.exit_code == 0);
  size_t total = std::count(all.out.begin(), all.out.end(), '\n');
  CHECK(total >= 3);
  auto page = RunDossier({"--db", db, "search", "--json", "--limit", "1", "--offset", "1", "贸易 OR trade OR 经济"});
  CHECK(std::count(page.out.begin(), page.out.end(), '\n') == 1);
  auto facets = RunDossier({"--db", db, "search", "--facets", "贸易 OR trade OR 经济"});
  CHECK(facets.exit_code == 0);
  CHECK(facets.out.find("lang:") != std::string::npos);
  CHECK(facets.out.find("zh-Hans") != std::string::npos);
  CHECK(facets.out.find("org:") != std::string::npos);
  // --limit 0 gives the count alone; an offset past the last hit says so.
  const std::string count_line = "(" + std::to_string(total) + " matching segments)";
  auto count = RunDossier({"--db", db, "search", "--limit", "0", "贸易 OR trade OR 经济"});
  CHECK(count.exit_code == 0);
  CHECK(count.out == count_line + "\n");
  auto past = RunDossier({"--db", db, "search", "--offset", "1000", "贸易 OR trade OR 经济"});
  CHECK(past.out == "(none past --offset 1000: " + std::to_string(total) + " matching segments)\n");
}

TEST_CASE("cli: check agrees after add, update and remove, and reindex rebuilds", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  auto check = RunDossier({"--db", db, "check", "--json"});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  auto j = nlohmann::json::parse(check.out);
  CHECK(j["missing"] == 0);
  CHECK(j["extra"] == 0);
  CHECK(j["segments"].get<int>() == j["indexed"].get<int>());

  WriteFile(tmp / "in" / "zh.txt", "中日经贸合作\n\n氢能合作成为新亮点。\n");
  REQUIRE(RunDossier({"--db", db, "add", (tmp / "in").string()}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "贸易额 lang:zh-Hans"}).exit_code == 1);
  CHECK(RunDossier({"--db", db, "search", "氫能"}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "check"}).exit_code == 0);
  auto en = RunDossier({"--db", db, "search", "--json", "--limit", "1", "invest"});
  REQUIRE(en.exit_code == 0);
  std::string en_id = std::to_string(nlohmann::json::parse(en.out)["doc"].get<int>());
  REQUIRE(RunDossier({"--db", db, "remove", en_id}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "invest"}).exit_code == 1);
  CHECK(RunDossier({"--db", db, "check"}).exit_code == 0);
  auto re = RunDossier({"--db", db, "reindex"});
  CHECK(re.exit_code == 0);
  CHECK(re.out.find("reindexed") != std::string::npos);
  CHECK(RunDossier({"--db", db, "search", "氢能"}).exit_code == 0);
}

TEST_CASE("cli: tokens shows tokens with offsets", "[search-cli]") {
  auto r = RunDossier({"tokens", "経済 Investing"});
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("0\t经济\t0\t6\t経済") != std::string::npos);
  CHECK(r.out.find("\tinvest\t7\t16\tInvesting") != std::string::npos);
}

TEST_CASE("cli search: queries never change the database", "[search-cli]") {
  TempDir tmp;
  std::string db = MakeDb(tmp);
  std::string before = dossier::test::ReadFile(db);
  for (const char* q : {"贸易", "x OR y", "\"a\" OR x:*", "'; DROP TABLE documents; --", "NEAR(a b, 3)",
                        "a -b", "lang:ja", "date:2000..2100"})
    RunDossier({"--db", db, "search", "--facets", q});
  CHECK(dossier::test::ReadFile(db) == before);
  CHECK(RunDossier({"--db", db, "search", "贸易"}).exit_code == 0);
}

TEST_CASE("cli: compact shrinks the file after removals and keeps every document", "[search-cli]") {
  TempDir tmp;
  // 40 documents of varied words (so that packing cannot make them tiny),
  // then 36 removed: their pages are free but stay in the file.
  uint64_t x = 12345;
  auto next_word = [&] {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    std::string w;
    for (int k = 0; k < 6; ++k) w += static_cast<char>('a' + ((x >> (8 * k + 16)) % 26));
    return w;
  };
  for (int d = 0; d < 40; ++d) {
    std::string text = "Report " + std::to_string(d) + "\n\n";
    for (int p = 0; p < 20; ++p) {
      for (int w = 0; w < 60; ++w) text += next_word() + " ";
      text += "harbour" + std::to_string(d) + ".\n\n";
    }
    WriteFile(tmp / "in" / ("d" + std::to_string(d) + ".txt"), text);
  }
  const std::string db = (tmp / "t.db").string();
  REQUIRE(RunDossier({"--db", db, "add", (tmp / "in").string()}).exit_code == 0);
  auto list = RunDossier({"--db", db, "list", "--json"});
  REQUIRE(list.exit_code == 0);
  std::vector<std::string> ids;
  std::istringstream lines(list.out);
  for (std::string line; std::getline(lines, line);) ids.push_back(std::to_string(nlohmann::json::parse(line)["id"].get<int>()));
  REQUIRE(ids.size() == 40);
  std::vector<std::string> remove = {"--db", db, "remove"};
  remove.insert(remove.end(), ids.begin() + 4, ids.end());
  REQUIRE(RunDossier(remove).exit_code == 0);

  auto stats_before = RunDossier({"--db", db, "stats", "--json"});
  REQUIRE(stats_before.exit_code == 0);
  CHECK(nlohmann::json::parse(stats_before.out)["free_bytes"].get<int64_t>() > 0);  // the removed documents' pages
  auto compact = RunDossier({"--db", db, "compact", "--json"});
  INFO(compact.out << compact.err);
  REQUIRE(compact.exit_code == 0);
  auto j = nlohmann::json::parse(compact.out);
  const auto before = j["before_bytes"].get<uint64_t>(), after = j["after_bytes"].get<uint64_t>();
  CHECK(after < before);
  CHECK(std::filesystem::file_size(db) == after);  // the log was emptied into the file
  auto stats_after = RunDossier({"--db", db, "stats", "--json"});
  REQUIRE(stats_after.exit_code == 0);
  CHECK(nlohmann::json::parse(stats_after.out)["free_bytes"].get<int64_t>() == 0);
  // What is left takes about what the same 4 documents take in a new
  // database, compacted too (the ids and the index's merge history differ).
  const std::string fresh = (tmp / "fresh.db").string();
  for (int d = 0; d < 4; ++d) {
    const std::string name = "d" + std::to_string(d) + ".txt";
    std::filesystem::create_directories(tmp / "in4");
    std::filesystem::copy_file(tmp / "in" / name, tmp / "in4" / name);
  }
  REQUIRE(RunDossier({"--db", fresh, "add", (tmp / "in4").string()}).exit_code == 0);
  auto fresh_compact = RunDossier({"--db", fresh, "compact", "--json"});
  REQUIRE(fresh_compact.exit_code == 0);
  const auto fresh_bytes = nlohmann::json::parse(fresh_compact.out)["after_bytes"].get<uint64_t>();
  INFO("fresh database of the 4 documents: " << fresh_bytes);
  CHECK(after <= fresh_bytes + fresh_bytes / 10);
  CHECK(RunDossier({"--db", db, "check"}).exit_code == 0);
  auto kept = RunDossier({"--db", db, "list", "--json"});
  CHECK(std::count(kept.out.begin(), kept.out.end(), '\n') == 4);
  CHECK(RunDossier({"--db", db, "search", "Report"}).exit_code == 0);

  auto missing = RunDossier({"--db", (tmp / "none.db").string(), "compact"});
  CHECK(missing.exit_code == 3);
  CHECK(missing.err.find("no database there") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(tmp / "none.db"));
  // Nor does any other command but add: a mistyped --db is an error, not a new, empty database.
  for (const char* command : {"check", "reindex", "list", "stats", "search", "remove"}) {
    std::vector<std::string> args = {"--db", (tmp / "none.db").string(), command};
    if (std::string(command) == "search") args.push_back("trade");
    if (std::string(command) == "remove") args.push_back("1");
    auto r = RunDossier(args);
    INFO(command << ": " << r.err);
    CHECK(r.exit_code == 3);
    CHECK(r.err.find("no database there") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(tmp / "none.db"));
  }
}
