// Format sniffing: what kind of file the bytes are, and refusing binaries.
//
//   Status s = CheckNotBinary(bytes, "scan.png");   // "binary file (PNG image signature)"
//   InputFormat f = SniffFormat(text_start, "page.htm");   // kHtml
//
// Binary files are refused by signature (PNG, PDF, ZIP/Office, GIF, JPEG,
// gzip, bzip2, xz, 7z, zstd, ELF, OLE2, RIFF, SQLite) under any name, and by
// NUL bytes: a file with more than kMaxNulBytes NULs, or NULs in more than
// 1 in 200 bytes, is binary. Files that start with a UTF-16 byte-order mark
// are text (their NULs are half of every ASCII character) and skip the NUL
// test. Rare NULs in a text file are removed later by the normaliser.
//
// The format comes from the content when it says so: an XML declaration or a
// root element decides XML; <!DOCTYPE html>, <html>, <head> or <body> decides
// HTML. Otherwise the extension decides (.html .htm .xhtml -> HTML; .xml .tei
// -> XML), and anything else is plain text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/status.h"

namespace dossier {

enum class InputFormat { kText, kHtml, kXml };

inline constexpr size_t kMaxNulBytes = 8;

// Ok, or kInvalidInput naming `path` and the signature found.
Status CheckNotBinary(std::string_view bytes, const std::string& path);

// `start` is the beginning of the file as ASCII-compatible text (raw bytes
// for ASCII-compatible encodings, the decoded text for UTF-16).
InputFormat SniffFormat(std::string_view start, std::string_view path);

// The charset a file declares for itself: <meta charset=...> or
// <meta http-equiv content="...; charset=..."> in the first 4 KiB of HTML,
// the encoding="..." of an XML declaration. Empty when none.
std::string DeclaredCharset(std::string_view bytes, InputFormat format);

}  // namespace dossier
