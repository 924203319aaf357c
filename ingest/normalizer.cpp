#include "ingest/normalizer.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cctype>

#include "ingest/utf8.h"

namespace dossier {

namespace {

enum class CharClass { kKeep, kDrop, kSpace };

CharClass Classify(char32_t c) {
  if (c < 0x20) return c == '\n' || c == '\r' ? CharClass::kKeep : (c == '\t' || c == 0x0B || c == 0x0C) ? CharClass::kSpace : CharClass::kDrop;
  if (c < 0x7F) return CharClass::kKeep;
  if (c <= 0x9F) return CharClass::kDrop;  // DEL and C1 controls
  if (c == 0xA0) return CharClass::kSpace;
  if (c == 0xAD) return CharClass::kDrop;  // soft hyphen
  if (c >= 0x2000 && c <= 0x200A) return CharClass::kSpace;
  if (c >= 0x200B && c <= 0x200F) return CharClass::kDrop;  // zero-width, LRM/RLM
  if (c >= 0x2028 && c <= 0x2029) return CharClass::kSpace;
  if (c >= 0x202A && c <= 0x202E) return CharClass::kDrop;  // bidi embeddings
  if (c == 0x202F || c == 0x205F) return CharClass::kSpace;
  if (c >= 0x2060 && c <= 0x2064) return CharClass::kDrop;
  if (c >= 0x2066 && c <= 0x2069) return CharClass::kDrop;  // bidi isolates
  if (c == 0xFEFF) return CharClass::kDrop;
  return CharClass::kKeep;
}

std::string ToNfc(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  icu::StringPiece piece(s.data(), static_cast<int32_t>(s.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(s);
  status = U_ZERO_ERROR;
  std::string out;
  out.reserve(s.size());
  icu::StringByteSink<std::string> sink(&out);
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(s);
  return out;
}

// Bytes that never start anything NormalizeText changes: printable ASCII,
// continuation bytes, and lead bytes of characters outside the ranges that
// hold controls and special spaces (U+0080-U+00BF, U+2000-U+2FFF,
// U+3000-U+3FFF for U+3000, U+F000-U+FFFF for U+FEFF). Valid UTF-8 only
// (the input has been decoded), so a run of them is whole characters.
inline bool IsPlainByte(unsigned char b) {
  return (b >= 0x21 && b < 0x7F) || (b >= 0x80 && b != 0xC2 && b != 0xE2 && b != 0xE3 && b != 0xEF);
}

// Like IsPlainByte, but also accepts the plain characters behind the special
// lead bytes: E2 82-BF (U+2080-U+2FFF: dashes and quotes are below, at
// U+2010-U+201F, and go the slow way), E3 (anything but U+3000), EF (anything
// but U+FEFF). Returns the number of plain bytes at `pos` (0: not plain).
inline size_t PlainBytesAt(std::string_view s, size_t pos) {
  unsigned char b = static_cast<unsigned char>(s[pos]);
  if (IsPlainByte(b)) return 1;
  if (pos + 2 >= s.size()) return 0;
  unsigned char b1 = static_cast<unsigned char>(s[pos + 1]), b2 = static_cast<unsigned char>(s[pos + 2]);
  if (b == 0xE3) return (b1 == 0x80 && b2 == 0x80) ? 0 : 3;
  if (b == 0xEF) return (b1 == 0xBB && b2 == 0xBF) ? 0 : 3;
  if (b == 0xE2) return b1 >= 0x82 ? 3 : 0;
  return 0;
}

bool IsIdeographicSpaceAt(std::string_view s, size_t pos) {
  return pos + 3 <= s.size() && s.compare(pos, 3, "\xE3\x80\x80") == 0;
}

}  // namespace

bool IsSpacelessScript(char32_t c) {
  if (utf8::IsCjk(c)) return true;
  return (c >= 0x3000 && c <= 0x303F) ||  // CJK symbols and punctuation
         (c >= 0x30FB && c <= 0x30FC) ||  // ・ ー
         (c >= 0xFF00 && c <= 0xFFEF);    // full-width and half-width forms
}

std::string NormalizeText(std::string_view input) {
  std::string nfc = ToNfc(input);
  std::string_view s = nfc;
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;  // a run of spaces not yet written
  bool line_start = true;      // nothing but trimmed space on this line so far
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    if (size_t n = PlainBytesAt(s, pos); n > 0) {
      // The common case: a run of printable ASCII and multi-byte characters
      // with nothing to remove or map, copied in one piece.
      size_t end = pos + n;
      while (end < s.size() && (n = PlainBytesAt(s, end)) > 0) end += n;
      if (pending_space && !line_start) out.push_back(' ');
      pending_space = false;
      line_start = false;
      out.append(s.substr(pos, end - pos));
      pos = end;
      continue;
    }
    if (b == ' ') {
      pending_space = true;
      ++pos;
      continue;
    }
    if (b == '\n' || b == '\r') {
      // Trim trailing ideographic spaces of the line just ended.
      while (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x80") == 0 &&
             !line_start)
        out.resize(out.size() - 3);
      out.push_back('\n');
      pending_space = false;
      line_start = true;
      pos += (b == '\r' && pos + 1 < s.size() && s[pos + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (b == 0xE3 && IsIdeographicSpaceAt(s, pos)) {
      pos += 3;
      if (line_start) continue;  // indentation
      if (pending_space) pending_space = false;
      out.append("\xE3\x80\x80");
      continue;
    }
    size_t start = pos;
    char32_t c = utf8::Next(s, &pos);
    switch (Classify(c)) {
      case CharClass::kDrop:
        continue;
      case CharClass::kSpace:
        pending_space = true;
        continue;
      case CharClass::kKeep:
        if (pending_space && !line_start) out.push_back(' ');
        pending_space = false;
        line_start = false;
        out.append(s.substr(start, pos - start));
        continue;
    }
  }
  while (out.size() >= 3 && out.compare(out.size() - 3, 3, "\xE3\x80\x80") == 0) out.resize(out.size() - 3);
  return out;
}

void AppendWrappedLine(std::string* paragraph, std::string_view next, LineJoin join) {
  if (next.empty()) return;
  if (paragraph->empty()) {
    paragraph->append(next);
    return;
  }
  size_t last_start = utf8::PrevStart(*paragraph, paragraph->size());
  size_t p = last_start;
  char32_t last = utf8::Next(*paragraph, &p);
  p = 0;
  char32_t first = utf8::Next(next, &p);
  bool hyphen_join = false;
  if (last == '-' && paragraph->size() >= 2) {
    // "well-" + "known": keep the hyphen, no space (a word broken at its own hyphen).
    unsigned char before = static_cast<unsigned char>((*paragraph)[paragraph->size() - 2]);
    hyphen_join = std::isalpha(before) && first < 0x80 && std::isalpha(static_cast<int>(first));
  }
  bool spaceless = join == LineJoin::kWrapped ? IsSpacelessScript(last) || IsSpacelessScript(first)
                                              : IsSpacelessScript(last) && IsSpacelessScript(first);
  if (!hyphen_join && !spaceless && last != ' ') paragraph->push_back(' ');
  paragraph->append(next);
}

std::string NormalizeInline(std::string_view utf8_text, LineJoin join) {
  std::string normal = NormalizeText(utf8_text);
  std::string out;
  out.reserve(normal.size());
  size_t pos = 0;
  while (pos <= normal.size()) {
    size_t nl = normal.find('\n', pos);
    if (nl == std::string::npos) nl = normal.size();
    AppendWrappedLine(&out, std::string_view(normal).substr(pos, nl - pos), join);
    pos = nl + 1;
  }
  return out;
}

}  // namespace dossier
