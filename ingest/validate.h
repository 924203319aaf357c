// ValidateDocument: checks the Document invariants (ingest/document.h).
//
//   Status s = ValidateDocument(doc);   // ok, or kInternal naming the broken rule
//
// Checked: text is valid UTF-8, NFC, without '\r'; segments are non-empty, in
// order, not overlapping, on code point boundaries, separated by exactly
// "\n\n", cover the text from its first to its last byte, and hold no blank
// line; every segment has one of the four language tags; sentences are
// non-empty, in order, inside their segment, on code point boundaries; the
// content hash, when set, is the SHA-256 of the text.
#pragma once

#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

Status ValidateDocument(const Document& doc);

}  // namespace dossier
