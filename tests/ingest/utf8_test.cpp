#include <catch2/catch.hpp>

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
