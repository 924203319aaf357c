// The `dossier add` pipeline: many files in, one writer out.
//
//   AddOptions options;                 // ingest options, jobs
//   AddFiles(store, paths, options, [](const AddReport& r) { print(r); });
//
// Reading, decoding, normalising and extracting run on `jobs` worker
// threads; only the calling thread writes to the store, one document per
// transaction, in the order of `paths`. At most a few documents per worker
// are in flight, so memory does not grow with the number of files.
// A file that fails is reported and skipped; the others are still stored.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "index/store.h"
#include "ingest/ingest.h"

namespace dossier {

struct AddOptions {
  IngestOptions ingest;
  int jobs = 0;  // worker threads; 0: one per core
};

struct AddReport {
  std::string path;
  bool ok = false;
  PutResult put;       // when ok
  Status error;        // when !ok
  std::string title;
  size_t bytes = 0;    // normalised text bytes
  size_t facts = 0;
};

struct AddSummary {
  size_t added = 0, updated = 0, unchanged = 0, duplicate = 0, failed = 0;
  size_t bytes = 0;
};

// `paths` entries with a non-empty `error` are reported as failed without reading.
struct AddInput {
  std::string path;
  std::string error;
};

AddSummary AddFiles(Store& store, const std::vector<AddInput>& inputs, const AddOptions& options,
                    const std::function<void(const AddReport&, size_t done, size_t total)>& on_report);

}  // namespace dossier
