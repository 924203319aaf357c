// Small UTF-8 helpers over std::string_view. All offsets are bytes.
//
// Decoding never fails: an invalid byte decodes as U+FFFD and advances one
// byte, so loops over untrusted text always terminate.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier::utf8 {

// The multi-byte case of Next (the lead byte at `pos` is >= 0x80).
char32_t NextMultiByte(std::string_view s, size_t* pos);
// Decodes the code point at `pos` and advances `pos` past it. Inline for
// ASCII: per-character loops call it for every byte of every document.
inline char32_t Next(std::string_view s, size_t* pos) {
  const auto c = static_cast<unsigned char>(s[*pos]);
  if (c < 0x80) {
    ++*pos;
    return c;
  }
  return NextMultiByte(s, pos);
}
// The offset of the code point that ends at `pos` (pos > 0).
size_t PrevStart(std::string_view s, size_t pos);
void Append(std::string* out, char32_t cp);
// Byte offset of the first invalid sequence, or npos when `s` is valid UTF-8.
size_t FindInvalid(std::string_view s);
inline bool IsValid(std::string_view s) { return FindInvalid(s) == std::string_view::npos; }
// True when `pos` is at the start of a code point (not a continuation byte).
inline bool IsBoundary(std::string_view s, size_t pos) {
  return pos == 0 || pos >= s.size() || (static_cast<unsigned char>(s[pos]) & 0xC0) != 0x80;
}
// The end of the character at `i` (< s.size()) as SQLite's length() and
// substr() delimit characters (SQLITE_SKIP_UTF8): a byte from 0xC0 up takes
// the continuation bytes after it; any other byte, a stray continuation byte
// too, is one character. On valid UTF-8 that is the next code point.
inline size_t SqliteCharEnd(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i++]) >= 0xC0)
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  return i;
}
// The characters in `s` as SQLite counts them (SqliteCharEnd); on valid
// UTF-8, the number of code points.
inline size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); i = SqliteCharEnd(s, i)) ++n;
  return n;
}
// The first `n` characters of `s`, counted as CodePointCount counts them:
// SQL's substr(s, 1, n).
inline std::string_view CodePointPrefix(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t chars = 0; i < s.size() && chars < n; ++chars) i = SqliteCharEnd(s, i);
  return s.substr(0, i);
}

// Script classes used for language tagging and tokenising.
bool IsHan(char32_t c);       // CJK ideographs incl. extensions, compatibility, 〇
bool IsKana(char32_t c);      // hiragana, katakana (not the middle dot ・), half-width katakana
bool IsHangul(char32_t c);
bool IsCjk(char32_t c);       // Han, kana or Hangul
// Display width in a terminal: 2 for East Asian wide/full-width, 0 for combining, else 1.
int DisplayWidth(char32_t c);
int DisplayWidth(std::string_view s);

}  // namespace dossier::utf8
