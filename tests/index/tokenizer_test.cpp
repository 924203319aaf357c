// Tokens and their offsets for each script the tokenizer meets.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "extract/han_fold.h"
#include "index/tokenizer.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

using Mode = Tokenizer::Mode;

// "text@start-end/position" for every token, for compact expectations.
std::vector<std::string> Describe(std::string_view input, Mode mode = Mode::kDocument) {
  Tokenizer t;
  std::vector<std::string> out;
  for (const auto& tok : t.TokenizeAll(input, mode))
    out.push_back(tok.text + "@" + std::to_string(tok.start) + "-" + std::to_string(tok.end) + "/" +
                  std::to_string(tok.position));
  return out;
}

std::vector<std::string> Texts(std::string_view input, Mode mode = Mode::kDocument) {
  Tokenizer t;
  std::vector<std::string> out;
  for (const auto& tok : t.TokenizeAll(input, mode)) out.push_back(tok.text);
  return out;
}

TEST_CASE("tokenizer: Chinese runs give bigrams with colocated unigrams", "[tokenizer]") {
  // 贸易额: bigrams 贸易 易额 at positions 0 and 1, unigrams beside them, 额 alone at 2.
  CHECK(Describe("贸易额") == std::vector<std::string>{"贸易@0-6/0", "贸@0-3/0", "易额@3-9/1",
                                                          "易@3-6/1", "额@6-9/2"});
  // A lone character is one unigram.
  CHECK(Describe("中") == std::vector<std::string>{"中@0-3/0"});
  // Punctuation splits runs: no bigram spans the comma.
  CHECK(Texts("中日，合作") == std::vector<std::string>{"中日", "中", "日", "合作", "合", "作"});
}

TEST_CASE("tokenizer: Han variants fold to one simplified form", "[tokenizer]") {
  const HanFold& fold = HanFold::Default();
  CHECK(fold.Fold(U'經') == U'经');
  CHECK(fold.Fold(U'経') == U'经');
  CHECK(fold.Fold(U'貿') == U'贸');
  CHECK(fold.Fold(U'發') == U'发');
  CHECK(fold.Fold(U'発') == U'发');
  CHECK(fold.Fold(U'連') == U'连');  // t2s wins over jp2t's 聯
  CHECK(fold.Fold(U'经') == U'经');
  CHECK(fold.Fold(U'a') == U'a');
  CHECK(fold.size() > 2000);
  // Simplified Chinese characters never take the Japanese path: 沪 (Shanghai)
  // stays apart from 滤 (filter), though Japanese writes 沪 for 濾.
  CHECK(fold.Fold(U'滬') == U'沪');
  CHECK(fold.Fold(U'沪') == U'沪');
  CHECK(fold.Fold(U'醋') == U'醋');
  // Folding is idempotent over the whole table.
  for (char32_t c = 0x3400; c < 0xFB00; ++c) {
    if (fold.Fold(fold.Fold(c)) != fold.Fold(c)) FAIL("not idempotent at U+" << std::hex << static_cast<uint32_t>(c));
  }
  Tokenizer t;
  auto q = [&](std::string_view s) { return Texts(s, Mode::kQuery); };
  CHECK(q("经济") == q("經濟"));
  CHECK(q("经济") == q("経済"));
  CHECK(q("发展") == q("發展"));
  CHECK(q("发展") == q("発展"));
  CHECK(q("贸易") == q("貿易"));
  // Offsets stay in the original bytes even though the token text changed.
  CHECK(Describe("経済", Mode::kQuery) == std::vector<std::string>{"经济@0-6/0"});
}

TEST_CASE("tokenizer: Japanese kana and Han form one run", "[tokenizer]") {
  CHECK(Texts("協力する", Mode::kQuery) == std::vector<std::string>{"协力", "力す", "する"});
  // The long vowel mark stays inside katakana words.
  CHECK(Texts("チェーン", Mode::kQuery) == std::vector<std::string>{"チェ", "ェー", "ーン"});
  // Half-width katakana fold to full width; offsets cover the half-width bytes.
  auto toks = Describe("ﾊｲ", Mode::kQuery);
  REQUIRE(toks.size() == 1);
  CHECK(toks[0] == "ハイ@0-6/0");
}

TEST_CASE("tokenizer: English words are stemmed, surface forms colocated", "[tokenizer]") {
  CHECK(Texts("Investment investing INVESTED invest", Mode::kQuery) ==
        std::vector<std::string>{"invest", "invest", "invest", "invest"});
  CHECK(Describe("Investing now") ==
        std::vector<std::string>{"invest@0-9/0", "investing@0-9/0", "now@10-13/1"});
  // Prefix mode keeps the surface form.
  CHECK(Texts("investi", Mode::kPrefix) == std::vector<std::string>{"investi"});
  CHECK(Texts("China's economy", Mode::kQuery) == std::vector<std::string>{"china", "economi"});
}

TEST_CASE("tokenizer: digits, decimals and full-width forms", "[tokenizer]") {
  CHECK(Texts("2023 grew 2.5% to 1,000") ==
        std::vector<std::string>{"2023", "grew", "2.5", "to", "1,000"});
  // Full-width letters and digits fold; offsets point at the full-width bytes.
  CHECK(Describe("ＲＣＥＰ２０２３") == std::vector<std::string>{"rcep2023@0-24/0"});
}

TEST_CASE("tokenizer: mixed scripts keep positions in order", "[tokenizer]") {
  CHECK(Describe("RCEP协定", Mode::kQuery) ==
        std::vector<std::string>{"rcep@0-4/0", "协定@4-10/1"});
  CHECK(Texts("日本とRCEP", Mode::kQuery) == std::vector<std::string>{"日本", "本と", "rcep"});
}

TEST_CASE("tokenizer: empty and separator-only input give no tokens", "[tokenizer]") {
  CHECK(Describe("").empty());
  CHECK(Describe("  ,。！ \n").empty());
  CHECK(Describe("^ * \" : ( )").empty());
}

TEST_CASE("tokenizer: a 1 MB single token is cut but spans the whole word", "[tokenizer]") {
  std::string big(1 << 20, 'a');
  auto toks = Tokenizer().TokenizeAll(big, Mode::kDocument);
  REQUIRE(toks.size() == 1);
  CHECK(toks[0].text.size() == Tokenizer::kMaxTokenBytes);
  CHECK(toks[0].start == 0);
  CHECK(toks[0].end == big.size());
  std::string han;
  for (int i = 0; i < 100000; ++i) han += "經";
  auto htoks = Tokenizer().TokenizeAll(han, Mode::kDocument);
  CHECK(htoks.size() == 2 * 100000 - 1);
  CHECK(htoks.back().end == han.size());
}

TEST_CASE("tokenizer: random strings give offsets inside the input on boundaries", "[tokenizer]") {
  std::mt19937 rng(20261123);
  const std::vector<std::string> pieces = {"a", "Z", "é", "e\u0301", "9", "．", "，", " ", "\n", "經",
                                           "経", "ｶﾞ", "ー", "한", "'", "’", ".", ",", "\xff", "\xe7\xbb",
                                           "ß", "ﬁ", "①", "々", "\u200b", "😀"};
  Tokenizer t;
  for (int round = 0; round < 500; ++round) {
    std::string s;
    int n = rng() % 40;
    for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
    int last_position = -1;
    bool first = true;
    t.Tokenize(s, Mode::kDocument, [&](const Token& tok) {
      INFO("input: " << s);
      CHECK(tok.start < tok.end);
      CHECK(tok.end <= s.size());
      CHECK(utf8::IsBoundary(s, tok.start));
      CHECK(utf8::IsBoundary(s, tok.end));
      CHECK(!tok.text.empty());
      CHECK(!(first && tok.colocated));
      first = false;
      if (!tok.colocated) ++last_position;
      return 0;
    });
  }
}

}  // namespace
}  // namespace dossier
