// The full-text index over segments, kept in step with the store.
//
// Store calls these inside its own transactions, so a document and its index
// rows are written or removed together. Nothing outside index/ calls them.
#pragma once

#include <sqlite3.h>

#include <cstdint>

#include "ingest/document.h"
#include "ingest/status.h"

namespace dossier {

// Registers dossier's FTS5 tokenizer(s) on a new connection; Store::Open
// calls it before running migrations (an FTS5 table needs its tokenizer).
Status RegisterTokenizers(sqlite3* db);
// Adds the segments of stored document `doc_id` to the index.
Status IndexDocument(sqlite3* db, int64_t doc_id, const Document& doc);
// Removes every index row of `doc_id`.
Status UnindexDocument(sqlite3* db, int64_t doc_id);

}  // namespace dossier
