// Placeholder until the full-text index lands: indexes nothing.
#include "index/segment_index.h"

namespace dossier {

Status RegisterTokenizers(sqlite3*) { return Status::Ok(); }
Status IndexDocument(sqlite3*, int64_t, const Document&) { return Status::Ok(); }
Status UnindexDocument(sqlite3*, int64_t) { return Status::Ok(); }

}  // namespace dossier
