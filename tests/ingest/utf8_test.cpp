#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/utf8.h"

namespace utf8 = dossier::utf8;

TEST_CASE("utf8::FindInvalid finds the first bad byte and accepts a real U+FFFD") {
  CHECK(utf8::IsValid("plain ascii"));
  CHECK(utf8::IsValid("経済 \xEF\xBF\xBD ok"));
  CHECK(utf8::FindInvalid("ab\xFF" "cd") == 2);
  CHECK(utf8::FindInvalid("ab\xE7\xBB") == 2);          // truncated sequence
  CHECK(utf8::FindInvalid("\xC0\xAF") == 0);            // overlong
  CHECK(utf8::FindInvalid("x\xED\xA0\x80") == 1);       // surrogate
}

TEST_CASE("utf8 script classes and display width") {
  CHECK(utf8::IsHan(U'経'));
  CHECK(utf8::IsHan(U'〇'));
  CHECK(utf8::IsKana(U'ジ'));
  CHECK(utf8::IsKana(U'ｼ'));
  CHECK_FALSE(utf8::IsKana(U'・'));
  CHECK(utf8::DisplayWidth("経済ab") == 6);
  CHECK(utf8::DisplayWidth("ＷＴＯ") == 6);
}

TEST_CASE("utf8::Next decodes each length and turns each bad byte into one U+FFFD") {
  auto decode = [](std::string_view s) {
    std::u32string out;
    std::vector<size_t> steps;
    for (size_t pos = 0; pos < s.size();) {
      size_t before = pos;
      out.push_back(utf8::Next(s, &pos));
      steps.push_back(pos - before);
    }
    return std::make_pair(out, steps);
  };
  CHECK(decode("a\xC3\xA9\xE7\xB5\x8C\xF0\x9F\x98\x80").first == U"aé経😀");
  CHECK(decode("a\xC3\xA9\xE7\xB5\x8C\xF0\x9F\x98\x80").second == std::vector<size_t>{1, 2, 3, 4});
  CHECK(decode("\xE7\xB5").first == U"\uFFFD\uFFFD");             // truncated three-byte sequence
  CHECK(decode("\xE0\x80\x80").first == U"\uFFFD\uFFFD\uFFFD");    // overlong
  CHECK(decode("\xED\xA0\x80").first == U"\uFFFD\uFFFD\uFFFD");    // surrogate
  CHECK(decode("\xE7\x41\x8C").first == U"\uFFFDA\uFFFD");         // continuation missing
}

TEST_CASE("utf8: code points are counted as SQLite counts characters") {
  using dossier::utf8::CodePointCount;
  CHECK(CodePointCount("") == 0);
  CHECK(CodePointCount("2023") == 4);
  CHECK(CodePointCount("P\xC3\xA9\xC3\xA9") == 3);                      // Péé: five bytes
  CHECK(CodePointCount("\xE7\xB5\x8C\xF0\x9F\x98\x80") == 2);           // 経😀
  // Invalid UTF-8, as `SELECT length(CAST(x'…' AS TEXT))` counts it:
  CHECK(CodePointCount("\x80\x80" "a") == 3);  // each stray continuation byte is a character
  CHECK(CodePointCount("\xC3\xA9\xA9") == 1);  // a lead byte takes every continuation after it
  CHECK(CodePointCount("\xE7\xB5") == 1);      // a cut sequence is one character
  CHECK(CodePointCount("a\xC3") == 2);
  // CodePointPrefix(s, n) is substr(s, 1, n), counting the same way.
  using dossier::utf8::CodePointPrefix;
  CHECK(CodePointPrefix("2023-05-17", 4) == "2023");
  CHECK(CodePointPrefix("P\xC3\xA9\xC3\xA9x", 3) == "P\xC3\xA9\xC3\xA9");
  CHECK(CodePointPrefix("\x80\x80" "ab", 3) == "\x80\x80" "a");
  CHECK(CodePointPrefix("\xC3\xA9\xA9" "b", 1) == "\xC3\xA9\xA9");
  CHECK(CodePointPrefix("abc", 0).empty());
  CHECK(CodePointPrefix("ab", 9) == "ab");
}
