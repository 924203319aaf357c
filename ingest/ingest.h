// Ingestion: from a file's bytes to a Document.
//
//   IngestOptions options;
//   options.date = "2025-03-22";            // used only when the text states no date
//   StatusOr<Document> doc = IngestFile("corpus/ja-press-release.txt", options);
//   if (!doc.ok()) std::cerr << doc.status().ToString() << "\n";
//
// The pipeline: read (size limit) -> sniff format (txt, html, xml/tei) and
// refuse binaries -> decode (BOM, declared charset, ICU detection, then a
// clean-decoding check) -> read structure (HTML/XML readers) -> normalise
// (NFC, line endings, hard wraps, white space, boilerplate) -> segment (title,
// headings, paragraphs, sentences) -> tag languages -> metadata (date, kind,
// content hash).
//
// Every failure is a Status naming the file and the reason; nothing here
// touches the store.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

struct IngestOptions {
  std::string encoding;  // force this charset (an ICU converter name); empty: detect
  std::string lang;      // tag every segment with this language; empty: detect per segment
  std::string date;      // YYYY-MM-DD used when the document states no date
  std::string source;    // overrides the source found in the document
  // Files larger than this are refused with kTooLarge. 64 MiB holds any
  // statement or article many times over; raise it for book-length files.
  size_t max_bytes = size_t{64} << 20;
};

StatusOr<Document> IngestFile(const std::string& path, const IngestOptions& options);
// Same as IngestFile on bytes already read; `path` names the document in
// errors and decides the format by its extension when the bytes do not.
StatusOr<Document> IngestBytes(std::string_view bytes, const std::string& path,
                               const IngestOptions& options);

// SHA-256 of `text` as 64 lower-case hex digits.
std::string ContentHash(std::string_view text);

}  // namespace dossier
