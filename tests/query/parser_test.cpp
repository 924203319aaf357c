// The query language: what each operator becomes in FTS5, and the errors.
#include <catch2/catch.hpp>

#include <string>

#include "query/query.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

std::string Fts(const std::string& q) { return test::FtsOf(q); }

Status Err(const std::string& q) {
  Tokenizer t;
  auto parsed = ParseQuery(q, t);
  INFO("query: " << q);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.status().code() == Status::Code::kInvalidQuery);
  // Never an SQL or FTS5 message.
  CHECK(parsed.status().reason().find("fts5") == std::string::npos);
  CHECK(parsed.status().reason().find("SQL") == std::string::npos);
  return parsed.status();
}

TEST_CASE("query parser: words, phrases and operators", "[parser]") {
  CHECK(Fts("贸易") == "\"贸易\"");
  CHECK(Fts("RCEP 合作") == "\"RCEP\" AND \"合作\"");
  CHECK(Fts("a AND b") == "\"a\" AND \"b\"");
  CHECK(Fts("\"supply chain\"") == "\"supply chain\"");
  CHECK(Fts("a OR b") == "(\"a\" OR \"b\")");
  CHECK(Fts("a b OR c") == "(\"a\" AND \"b\" OR \"c\")");
  CHECK(Fts("a -b") == "(\"a\" NOT \"b\")");
  CHECK(Fts("a c -b -d") == "(((\"a\" AND \"c\") NOT \"b\") NOT \"d\")");
  CHECK(Fts("invest*") == "\"invest\" *");
  CHECK(Fts("\"supply ch\"*") == "\"supply ch\" *");
  CHECK(Fts("NEAR(a b, 10)") == "NEAR(\"a\" \"b\", 10)");
  CHECK(Fts("NEAR(a \"b c\")") == "NEAR(\"a\" \"b c\")");
  CHECK(Fts("(a OR b) c") == "((\"a\" OR \"b\")) AND \"c\"");
  CHECK(Fts("a -(b OR c)") == "(\"a\" NOT ((\"b\" OR \"c\")))");
  // Spaces between CJK words inside a phrase are dropped (CJK text has none).
  CHECK(Fts("\"经济 合作\"") == "\"经济合作\"");
  CHECK(Fts("\"RCEP 合作\"") == "\"RCEP 合作\"");
  // Lower-case or and near are words.
  CHECK(Fts("near or far") == "\"near\" AND \"or\" AND \"far\"");
}

TEST_CASE("query parser: filters", "[parser]") {
  Tokenizer t;
  auto q = ParseQuery("贸易 lang:ja lang:en kind:speech source:\"MOFA Japan\" doc:12 org:jetro date:2023..2024", t);
  REQUIRE(q.ok());
  CHECK(q->fts == "\"贸易\"");
  CHECK(q->filters.langs == std::vector<std::string>{"ja", "en"});
  CHECK(q->filters.kinds == std::vector<std::string>{"speech"});
  CHECK(q->filters.sources == std::vector<std::string>{"MOFA Japan"});
  CHECK(q->filters.docs == std::vector<int64_t>{12});
  CHECK(q->filters.orgs == std::vector<std::string>{"jetro"});
  CHECK(q->filters.has_date);
  CHECK(q->filters.date_from == "2023");
  CHECK(q->filters.date_to == "2024");
  auto open = ParseQuery("date:2023-03..", t);
  REQUIRE(open.ok());
  CHECK(open->fts.empty());
  CHECK(open->filters.date_from == "2023-03");
  CHECK(open->filters.date_to.empty());
  auto single = ParseQuery("x date:2023", t);
  REQUIRE(single.ok());
  CHECK(single->filters.date_from == "2023");
  CHECK(single->filters.date_to == "2023");
  auto upto = ParseQuery("x date:..2024-06-30", t);
  REQUIRE(upto.ok());
  CHECK(upto->filters.date_from.empty());
  CHECK(upto->filters.date_to == "2024-06-30");
  // A colon after digits is text, not a filter.
  CHECK(Fts("10:30") == "\"10:30\"");
}

TEST_CASE("query parser: positive terms are kept for highlighting", "[parser]") {
  Tokenizer t;
  auto q = ParseQuery("經濟 invest* -tariff \"supply chains\"", t);
  REQUIRE(q.ok());
  REQUIRE(q->terms.size() == 3);
  CHECK(q->terms[0].tokens == std::vector<std::string>{"经济"});
  CHECK(q->terms[1].tokens == std::vector<std::string>{"invest"});
  CHECK(q->terms[1].prefix);
  CHECK(q->terms[2].tokens == std::vector<std::string>{"suppli", "chain"});
}

TEST_CASE("query parser: malformed queries point at the problem", "[parser]") {
  Status s = Err("RCEP \"合作");
  CHECK(s.reason().find("unclosed quote") != std::string::npos);
  CHECK(s.reason().find("character 6") != std::string::npos);
  CHECK(Err("(a OR b").reason().find("'(' is not closed") != std::string::npos);
  CHECK(Err("a OR b)").reason().find("')' without") != std::string::npos);
  CHECK(Err(")").reason().find("')' without") != std::string::npos);
  CHECK(Err("OR a").reason().find("OR needs a term") != std::string::npos);
  CHECK(Err("a OR").reason().find("OR needs a term") != std::string::npos);
  CHECK(Err("a OR OR b").reason().find("OR needs a term") != std::string::npos);
  CHECK(Err("AND a").reason().find("AND needs") != std::string::npos);
  CHECK(Err("a AND").reason().find("AND needs") != std::string::npos);
  CHECK(Err("-a").reason().find("exclusion") != std::string::npos);
  CHECK(Err("()").reason().find("expected a term") != std::string::npos);
  CHECK(Err("").reason().find("empty") != std::string::npos);
  CHECK(Err("   ").reason().find("empty") != std::string::npos);
  CHECK(Err("^ * :").reason().find("nothing to search") != std::string::npos);
  CHECK(Err("NEAR(a b").reason().find("not closed") != std::string::npos);
  CHECK(Err("NEAR(a b, x)").reason().find("distance") != std::string::npos);
  CHECK(Err("NEAR(a b, 10").reason().find("')'") != std::string::npos);
  CHECK(Err("a, b").reason().find("','") != std::string::npos);
  CHECK(Err("lang:").reason().find("needs a value") != std::string::npos);
  CHECK(Err("a date:2023-3").reason().find("YYYY") != std::string::npos);
  CHECK(Err("a date:2025..2023").reason().find("ends before") != std::string::npos);
  CHECK(Err("a doc:x1").reason().find("document id") != std::string::npos);
  CHECK(Err("a -lang:ja").reason().find("whole query") != std::string::npos);
  CHECK(Err("(a lang:ja)").reason().find("whole query") != std::string::npos);
  CHECK(Err("a OR b lang:ja").reason().find("OR") != std::string::npos);
  CHECK(Err("a date:2023 date:2024").reason().find("one date") != std::string::npos);
  CHECK(Err("a \xff b").reason().find("UTF-8") != std::string::npos);
}

TEST_CASE("query parser: FTS5 syntax typed by the user stays text", "[parser]") {
  // Unknown key: prefixes are refused with the list of filters, never passed to FTS5.
  CHECK(Err("\"a\" OR x:*").reason().find("unknown filter 'x:'") != std::string::npos);
  CHECK(Err("col:value").reason().find("unknown filter 'col:'") != std::string::npos);
  CHECK(Err("text:贸易").reason().find("unknown filter") != std::string::npos);
  CHECK(Err("NEAR(").reason().find("not closed") != std::string::npos);
  // ^ (FTS5 initial token), { } column sets, + and * are not syntax for us.
  CHECK(Fts("^贸易") == "\"^贸易\"");
  CHECK(Fts("{text} : a") == "\"{text}\" AND \"a\"");
  CHECK(Fts("a + b") == "\"a\" AND \"b\"");
  CHECK(Fts("NOT") == "\"NOT\"");
  // An empty phrase is dropped, not sent as "".
  CHECK(Fts("a\"\"b") == "\"a\" AND \"b\"");
  // A quote inside a term is doubled for FTS5.
  CHECK(Fts("source:\"x\" it's") == "\"it's\"");
  CHECK(Fts("NEAR") == "\"NEAR\"");
}

TEST_CASE("query parser: very long and deeply nested queries are refused cleanly", "[parser]") {
  std::string many;
  for (int i = 0; i < 200; ++i) many += "w" + std::to_string(i) + " ";
  CHECK(Err(many).reason().find("too many terms") != std::string::npos);
  std::string huge(kMaxQueryBytes + 1, 'a');
  CHECK(Err(huge).reason().find("longer than") != std::string::npos);
  std::string deep = std::string(100, '(') + "a" + std::string(100, ')');
  CHECK(Err(deep).reason().find("nested too deeply") != std::string::npos);
  // Within the limits a long query parses.
  std::string ok;
  for (int i = 0; i < 100; ++i) ok += (i ? " OR " : "") + std::string("词") + std::to_string(i);
  CHECK_FALSE(Fts(ok).empty());
}

}  // namespace
}  // namespace dossier
