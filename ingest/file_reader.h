// Reading a file's bytes with a size limit, and clear errors for every way it fails.
//
//   StatusOr<std::string> bytes = ReadFileLimited("notes.txt", 64 << 20);
//
// Failures (subject is always the path):
//   missing file                  -> kNotFound  "no such file"
//   a directory or special file   -> kInvalidInput "not a regular file"
//   permission denied, read error -> kIOError   "cannot open: Permission denied"
//   larger than max_bytes         -> kTooLarge  "file is N bytes, over the limit of M bytes
//                                                (IngestOptions::max_bytes)"
// The size is checked with stat() before reading, so an oversized file is
// refused without reading it.
#pragma once

#include <cstddef>
#include <string>

#include "ingest/status.h"

namespace dossier {

StatusOr<std::string> ReadFileLimited(const std::string& path, size_t max_bytes);

}  // namespace dossier
