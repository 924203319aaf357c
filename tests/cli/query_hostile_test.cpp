// Hostile queries from the command line: every FTS5 operator and piece of
// FTS5 syntax, unbalanced quotes and brackets, column filters, very long and
// deeply nested queries. dossier's own query language must turn each into a
// clear usage error (exit 2, a message naming the problem) or a normal
// answer (0 hits found, 1 none), both in `search` and in `sheet --query`:
// never a database error (exit 3), a crash, or SQL/FTS5 text leaking out.
#include <catch2/catch.hpp>

#include "tests/test_util.h"

using dossier::test::RunDossier;
using dossier::test::Repeat;
using dossier::test::TempDir;
using dossier::test::WriteFile;

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const std::vector<std::string>& HostileQueries() {
  static const std::vector<std::string> queries = {
      // Boolean operators, alone, doubled, dangling, lower case.
      "AND", "OR", "NOT", "trade AND", "AND trade", "trade OR", "OR OR", "NOT trade", "trade NOT",
      "trade NOT china", "trade AND NOT china", "and", "or", "not", "trade and china", "ＡＮＤ",
      // NEAR in every form.
      "NEAR", "NEAR(", "NEAR()", "NEAR(trade china)", "NEAR(trade china, 2)", "NEAR(trade, -1)",
      "NEAR(trade china, 99999999999999999999)", "NEAR/2", "trade NEAR/3 china", "trade NEAR china",
      "NEAR(\"trade\" \"china\", 10)",
      // Initial-token and prefix queries.
      "^trade", "^", "^^trade", "trade*", "*", "*trade", "tr*de", "trade**", "中*",
      // Column filters and their syntax.
      "text:trade", "segment_fts:trade", "title:trade", "{text}: trade", "{text title}:trade", "-text:trade",
      "rowid:1", "rank:1", "x:y:z", ":", "trade:", ":trade", "lang:", "lang:xx", "date:", "date:..",
      "date:2025..2023", "kind:", "doc:abc",
      // Plus, minus, brackets, braces.
      "+trade", "trade + china", "-trade", "- trade", "trade -", "(", ")", "()", "(trade", "trade)",
      "((trade OR china)", "(trade OR china))", "(trade OR china)", "trade AND (china OR NOT japan)",
      "{", "}", "{}", "[", "]", "[trade]",
      // Quotes: unbalanced, empty, nested, mixed, CJK.
      "\"", "\"trade", "trade\"", "\"\"", "\"\"\"", "\"trade\" \"", "'", "'trade", "\"a\" OR x:*",
      "\"合作", "合作\"", "「合作", "“trade”", "\\\"trade\\\"",
      // SQL and FTS5 internals.
      "'; DROP TABLE documents; --", "%", "_", "\\", "a^b", "trade; SELECT 1", "segment_fts MATCH 'x'",
      // Control and invisible characters.
      std::string("trade\x01" "china"), "trade\tchina", "trade\xE2\x80\x8B" "china", std::string(1, '\x7f'),
      // Large and deep.
      Repeat("(", 10000), Repeat("(", 5000) + "trade" + Repeat(")", 5000), Repeat("\"", 1001),
      Repeat("trade OR ", 5000) + "china", Repeat("NOT ", 5000) + "trade", Repeat("NEAR(", 3000),
      Repeat("貿易", 10000),
  };
  return queries;
}

}  // namespace

TEST_CASE("hostile queries: every FTS5 operator and unbalanced syntax gives exit 0, 1 or 2 with a clear message") {
  TempDir tmp;
  WriteFile(tmp / "in" / "en.txt", "Trade talks\n\nChina and Japan agreed to expand trade and investment.\n");
  WriteFile(tmp / "in" / "zh.txt", "中日经贸合作\n\n2023年中日贸易额下降，RCEP 合作继续。\n");
  WriteFile(tmp / "in" / "ja.txt", "日中経済\n\n日中の貿易額は減少したが、経済協力は続く。\n");
  const std::string db = (tmp / "t.db").string();
  REQUIRE(RunDossier({"--db", db, "add", (tmp / "in").string()}).exit_code == 0);
  const std::string before = dossier::test::ReadFile(db);

  int usage = 0, answered = 0;
  for (const std::string& q : HostileQueries()) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"--db", db, "search", "--", q},
          std::vector<std::string>{"--db", db, "sheet", "--format", "json", "--query=" + q}}) {
      auto r = RunDossier(args);
      INFO(args[2] << " [" << q.substr(0, 80) << "] -> exit " << r.exit_code << "\n" << r.err.substr(0, 500));
      CHECK((r.exit_code == 0 || r.exit_code == 1 || r.exit_code == 2));
      // Nothing of the SQL layer reaches the user (messages may quote the
      // query itself, so look for what only SQLite and FTS5 say).
      for (const char* leak : {"sql", "fts5", "syntax error near", "no such column", "malformed match",
                               "unknown special query", "unterminated string"}) {
        INFO("leaked: " << leak);
        CHECK(Lower(r.err).find(leak) == std::string::npos);
        if (args[2] == "search") CHECK(Lower(r.out).find(leak) == std::string::npos);
      }
      if (r.exit_code == 2) {
        ++usage;
        // A usage error says what is wrong, on stderr, in a few lines.
        CHECK(r.err.rfind("dossier", 0) == 0);
        CHECK(r.err.size() > 20);
        CHECK(r.out.empty());
      } else {
        ++answered;
      }
    }
  }
  // Both outcomes occur: this is not a test that passes by refusing everything.
  CHECK(usage > 10);
  CHECK(answered > 10);
  // Queries never write.
  CHECK(dossier::test::ReadFile(db) == before);
  CHECK(RunDossier({"--db", db, "check"}).exit_code == 0);
}

TEST_CASE("hostile queries: operators that the query language supports still answer") {
  TempDir tmp;
  WriteFile(tmp / "in" / "en.txt", "Trade talks\n\nChina and Japan agreed to expand trade and investment.\n");
  WriteFile(tmp / "in" / "other.txt", "Weather report\n\nRain is expected in the north tomorrow.\n");
  const std::string db = (tmp / "t.db").string();
  REQUIRE(RunDossier({"--db", db, "add", (tmp / "in").string()}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "trade AND china"}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "trade OR rain"}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "\"expand trade\""}).exit_code == 0);
  CHECK(RunDossier({"--db", db, "search", "trade AND weather"}).exit_code == 1);
}
