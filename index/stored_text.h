// How documents.text is kept on disk: compressed.
//
//   std::string packed = PackText(doc.text);          // on a worker thread
//   packed.empty() ? insert.BindStatic(12, doc.text) : insert.BindStaticBlob(12, packed);
//   StatusOr<std::string> text = ReadStoredText(select, 10);
//
// A stored text is either
//   * TEXT: the normalised text itself, for texts under 64 bytes and texts
//     that deflate does not make smaller (migration 6 packs the rest of an
//     older database's texts), or
//   * BLOB: a packed text, byte 0x01, the text's length in bytes as a LEB128
//     varint, then the text as one raw deflate stream (zlib, RFC 1951).
// Offsets everywhere (segments, facts, search hits) are byte offsets into the
// unpacked text; the content hash is the SHA-256 of the unpacked text.
//
// Why: the text was the largest part of a database (a document's row took
// about 1.3x its text: one 4 KB page per 2-3 KB document), and deflate
// keeps 30% of the generated corpus and 54% of corpus/. Reading one document costs an
// inflate of a few kilobytes (about 10 µs); search reads only the documents
// of the page it shows.
//
// SQL sees stored texts through the functions that RegisterTextFunctions
// adds to a connection (Store::Open does; the segment_text view, which FTS5
// reads as its content table, needs them):
//   dossier_text_slice(text, start, end)  bytes [start, end) of the unpacked
//                                         text, as TEXT
//   dossier_text_bytes(text)              the unpacked text's length in bytes
//   dossier_pack_text(text)               PackText as SQL (migration 6): the
//                                         packed BLOB, or `text` unchanged
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/status.h"

namespace dossier {

class Statement;  // index/sqlite_util.h

// The packed form of `text`, or "" when packing would not make it smaller
// (then the text is stored as it is).
std::string PackText(std::string_view text);

// The text a stored value holds: `value` as it is for TEXT, unpacked for a
// BLOB. A BLOB that is not a well-formed packed text is Corruption.
StatusOr<std::string> UnpackText(std::string_view packed);
// The unpacked length of a packed BLOB, read from its header alone; -1 if
// the header is malformed.
int64_t PackedTextBytes(std::string_view packed);

// Column `col` of the current row of `st`, a stored text (TEXT or BLOB).
StatusOr<std::string> ReadStoredText(const Statement& st, int col);

// One document's text, unpacked, through `select`, a Statement of
// kDocumentTextSql (reset here, so one can serve many documents); "" when
// there is no document `id`.
inline constexpr const char* kDocumentTextSql = "SELECT text FROM documents WHERE id = ?1";
StatusOr<std::string> ReadDocumentText(Statement& select, int64_t id);

Status RegisterTextFunctions(sqlite3* db);

}  // namespace dossier
