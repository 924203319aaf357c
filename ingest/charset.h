// Charset decoding: any supported encoding -> UTF-8, or a clear refusal.
//
//   StatusOr<DecodedText> d = DecodeToUtf8(bytes, {}, "letter.txt");
//   d->text      // UTF-8, without a byte-order mark
//   d->encoding  // "UTF-8", "UTF-16LE", "GB18030", "Big5", "Shift_JIS", "EUC-JP", "ISO-2022-JP",
//                // "windows-1252"
//
// Order of decisions:
//   1. CharsetOptions::forced (--encoding): decode with it, strictly, or fail.
//   2. A byte-order mark: UTF-8, UTF-16LE, UTF-16BE.
//   3. ISO-2022-JP escape sequences (the text is 7-bit and would pass as UTF-8).
//   4. Valid UTF-8.
//   5. Mostly UTF-8 with a few invalid bytes (a damaged UTF-8 file): refused,
//      naming the byte offset of the first invalid byte; other encodings are
//      not tried, since a few stray bytes do not make a file GB18030.
//   6. The charset the file declares (HTML meta, XML declaration), if it
//      decodes cleanly.
//   7. Windows-1252 (which browsers also use for ISO-8859-1), when the
//      non-ASCII bytes stand alone or in pairs, as in Western text; never
//      for the long runs of high bytes that CJK double-byte text makes.
//   8. ICU charset detection (ucsdet), candidates by confidence, restricted to
//      the supported encodings, then the remaining supported CJK encodings in
//      the order GB18030, Big5, Shift_JIS, EUC-JP; the first that decodes
//      cleanly (no invalid or unmappable byte) wins.
// Text no supported encoding decodes cleanly -> kInvalidInput.
// Shift_JIS, EUC-JP and ISO-2022-JP give the characters of the JIS standard
// mapping (〜 U+301C, − U+2212), as glibc's iconv and Python do, not ICU's
// Microsoft ones (～ U+FF5E, － U+FF0D).
#pragma once

#include <string>
#include <string_view>

#include "ingest/status.h"

namespace dossier {

struct CharsetOptions {
  std::string forced;    // an ICU converter name; empty: detect
  std::string declared;  // what the file says about itself; a hint only
};

struct DecodedText {
  std::string text;
  std::string encoding;
};

StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, const CharsetOptions& options,
                                   const std::string& path);

// Decodes `bytes` from `encoding` to UTF-8, failing on any invalid or
// unmappable sequence (never substitutes), and, for legacy encodings, on
// output holding C1 controls or private-use characters (what converters
// make of stray bytes). Reason in *error when it fails.
bool DecodeStrict(std::string_view bytes, const char* encoding, std::string* out, std::string* error);

// Encodes UTF-8 `text` into `encoding` (used by tests to make inputs).
std::string EncodeFromUtf8(std::string_view text, const char* encoding);

}  // namespace dossier
