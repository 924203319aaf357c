#include <catch2/catch.hpp>

#include <random>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

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

TEST_CASE("FoldedText reads the minus sign as a hyphen only when asked") {
  const std::string original = "電話03\u22121234\u22125678、\u22120.5％";
  FoldedText plain(original);
  CHECK(plain.text().find("\u2212") != std::string::npos);  // NFKC keeps it
  FoldedText f(original, {.nfkc = true, .minus_as_hyphen = true});
  REQUIRE(f.text() == "電話03-1234-5678、-0.5%");
  const size_t pos = f.text().find("-1234");
  const Span back = f.ToOriginal({pos, pos + 5});
  CHECK(original.substr(back.start, back.size()) == "\u22121234");
}

TEST_CASE("FoldedText joins a hard wrap inside CJK text only when asked, never after a sentence end") {
  const std::string original = "投審會今\n（20）日公布。\n本期核准\nTokyo\nElectron";
  FoldedText plain(original);
  CHECK(plain.text().find("今\n(20)日") != std::string::npos);
  FoldedText f(original, {.nfkc = true, .join_cjk_wraps = true});
  REQUIRE(f.text() == "投審會今(20)日公布。\n本期核准\nTokyo\nElectron");
  const size_t pos = f.text().find("今(20)日");
  const Span back = f.ToOriginal({pos, pos + std::string("今(20)日").size()});
  CHECK(original.substr(back.start, back.size()) == "今\n（20）日");
}

TEST_CASE("FoldedText reads vulgar fractions as decimals only when asked") {
  const std::string original = "about 4½ percent, ¾ point, 2⅛";
  FoldedText plain(original);
  CHECK(plain.text() == "about 41\u20442 percent, 3\u20444 point, 21\u20448");  // NFKC: 4 then 1⁄2
  FoldedText f(original, {.nfkc = true, .fractions_as_decimals = true});
  REQUIRE(f.text() == "about 4.5 percent, 0.75 point, 2.125");
  const size_t pos = f.text().find("4.5");
  const Span back = f.ToOriginal({pos, pos + 3});
  CHECK(original.substr(back.start, back.size()) == "4½");
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

TEST_CASE("FoldedText without case folding keeps case, and empty input is empty") {
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

namespace dossier {
namespace {

// The folding contract spelled out the slow way: split into clusters (a
// character and the marks that attach to it), fold each cluster alone with
// ICU (ASCII letters lower-cased by hand), and map every output byte to its
// cluster. FoldedText takes shortcuts (runs of characters that fold to
// themselves); it must agree with this byte for byte and offset for offset.
struct ReferenceFold {
  std::string text;
  std::vector<Span> cluster;  // per folded byte
};

ReferenceFold FoldSlowly(std::string_view s, bool case_fold) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* norm =
      case_fold ? icu::Normalizer2::getNFKCCasefoldInstance(status) : icu::Normalizer2::getNFKCInstance(status);
  auto attaches = [](char32_t c) {
    return c == 0x3099 || c == 0x309A || c == 0xFF9E || c == 0xFF9F || (c >= 0xFE00 && c <= 0xFE0F) ||
           u_getCombiningClass(static_cast<UChar32>(c)) != 0;
  };
  ReferenceFold out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t first = utf8::Next(s, &pos);
    size_t end = pos;
    while (end < s.size()) {
      size_t next = end;
      if (!attaches(utf8::Next(s, &next))) break;
      end = next;
    }
    pos = end;
    size_t before = out.text.size();
    if (end - start == 1 && first < 0x80) {
      out.text.push_back(case_fold && first >= 'A' && first <= 'Z' ? static_cast<char>(first + 32)
                                                                   : static_cast<char>(first));
    } else {
      icu::UnicodeString in = icu::UnicodeString::fromUTF8(
          icu::StringPiece(s.data() + start, static_cast<int32_t>(end - start)));
      norm->normalize(in, status).toUTF8String(out.text);
    }
    for (size_t i = before; i < out.text.size(); ++i) out.cluster.push_back({start, end});
  }
  return out;
}

TEST_CASE("folded text: random mixed-script text folds as cluster-by-cluster ICU would", "[folded]") {
  const char32_t pool[] = {U'a',      U'Z',      U'1',      U' ',      U'.',      U'２',     U'Ａ',
                           U'ｶ',      U'ﾞ',      U'ﾟ',      U'か',     U'\u3099', U'経',     U'。',
                           U'，',     U'é',      U'E',      U'\u0301', U'\u0323', U'ﬁ',      U'①',
                           U'ß',      U'Σ',      U'가',     U'\u11A8', U'\u00AD', U'\uFE0F', U'\uFE04',
                           U'㍻',     U'\U0001D400', U'\U0001F600', U'\u200B', U'Ⅻ', U'ｱ'};
  std::mt19937 rng(7);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int n = rng() % 24;
    for (int i = 0; i < n; ++i) utf8::Append(&s, pool[rng() % std::size(pool)]);
    const bool case_fold = (round % 2) == 1;
    ReferenceFold want = FoldSlowly(s, case_fold);
    FoldedText got(s, {.nfkc = true, .case_fold = case_fold});
    INFO("input: " << s << " case_fold: " << case_fold);
    REQUIRE(got.text() == want.text);
    for (size_t i = 0; i < want.cluster.size(); ++i) {
      REQUIRE(got.ToOriginalStart(i) == want.cluster[i].start);
      REQUIRE(got.ToOriginalEnd(i + 1) == want.cluster[i].end);
    }
  }
}

}  // namespace
}  // namespace dossier
