#include <catch2/catch.hpp>

#include <random>

#include "ingest/folded_text.h"
#include "ingest/utf8.h"

using dossier::FoldedText;
using dossier::Span;

TEST_CASE("FoldedText folds full-width digits and letters and maps offsets back") {
  std::string original = "総額２０２３億ＪＥＴＲＯ";
  FoldedText f(original, {.nfkc = true, .case_fold = true});
  REQUIRE(f.text() == "総額2023億jetro");
  size_t pos = f.text().find("2023");
  Span back = f.ToOriginal({pos, pos + 4});
  CHECK(original.substr(back.start, back.size()) == "２０２３");
  size_t j = f.text().find("jetro");
  Span jb = f.ToOriginal({j, j + 5});
  CHECK(original.substr(jb.start, jb.size()) == "ＪＥＴＲＯ");
}

TEST_CASE("FoldedText merges half-width katakana with voicing marks into one cluster") {
  std::string original = "ﾊｲﾚﾍﾞﾙ対話";
  FoldedText f(original);
  REQUIRE(f.text() == "ハイレベル対話");
  size_t pos = f.text().find("ベ");
  Span back = f.ToOriginal({pos, pos + std::string("ベ").size()});
  CHECK(original.substr(back.start, back.size()) == "ﾍﾞ");
  size_t t = f.text().find("対話");
  Span tb = f.ToOriginal({t, f.text().size()});
  CHECK(original.substr(tb.start, tb.size()) == "対話");
}

TEST_CASE("FoldedText without case folding keeps case; empty input is empty") {
  FoldedText f("ＷＴＯ and IMF");
  CHECK(f.text() == "WTO and IMF");
  FoldedText empty("");
  CHECK(empty.text().empty());
  CHECK(empty.ToOriginalStart(0) == 0);
  CHECK(empty.ToOriginalEnd(0) == 0);
}

TEST_CASE("FoldedText maps every folded span of random text onto code point boundaries") {
  const char32_t pool[] = {U'a', U'Z', U'1', U'２', U'Ａ', U'ｶ', U'ﾞ', U'経', U'済', U'。', U' ', U'é', U'\u0301', U'ﬁ', U'①'};
  std::mt19937 rng(42);
  for (int round = 0; round < 500; ++round) {
    std::string s;
    int n = rng() % 20;
    for (int i = 0; i < n; ++i) dossier::utf8::Append(&s, pool[rng() % std::size(pool)]);
    FoldedText f(s, {.nfkc = true, .case_fold = (round % 2) == 1});
    size_t last_start = 0;
    for (size_t i = 0; i <= f.text().size(); ++i) {
      size_t a = f.ToOriginalStart(i), b = f.ToOriginalEnd(i);
      REQUIRE(a <= s.size());
      REQUIRE(b <= s.size());
      REQUIRE(dossier::utf8::IsBoundary(s, a));
      REQUIRE(dossier::utf8::IsBoundary(s, b));
      REQUIRE(a >= last_start);  // monotone
      last_start = a;
    }
    REQUIRE(f.ToOriginalEnd(f.text().size()) == s.size());
  }
}

namespace dossier {
namespace {

// Found by fuzz_folded_text (a lone U+FE04): characters that case folding
// removes produce no folded bytes, and a span never reaches over them at the
// end, nor does the map lose monotonicity around them inside the text.
TEST_CASE("folded text: characters that fold to nothing", "[folded]") {
  FoldedText lone("\xef\xb8\x84", {.nfkc = true, .case_fold = true});
  CHECK(lone.text().empty());
  CHECK(lone.ToOriginalEnd(0) == 0);
  CHECK(lone.ToOriginalStart(0) == 0);  // never an inverted span (fuzz: lone U+FE08)
  FoldedText trailing("X\xc2\xad", {.nfkc = true, .case_fold = true});
  CHECK(trailing.text() == "x");
  CHECK(trailing.ToOriginalEnd(1) == 1);
  CHECK(trailing.ToOriginalStart(1) == 1);
  FoldedText inside("A\xc2\xad" "B", {.nfkc = true, .case_fold = true});
  CHECK(inside.text() == "ab");
  CHECK(inside.ToOriginalStart(1) >= inside.ToOriginalEnd(1));
  CHECK(inside.ToOriginal(Span{0, 2}).end == 4);
}

}  // namespace
}  // namespace dossier
