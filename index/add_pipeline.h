// The `dossier add` pipeline: many files in, one writer out.
//
//   AddOptions options;                 // ingest options, jobs
//   AddFiles(store, paths, options, [](const AddReport& r) { print(r); });
//
// Reading, decoding, normalising and extracting run on `jobs` worker
// threads, or, with one job, on the calling thread between its writes (so
// one job takes one core). Only the calling thread writes to the store, in
// groups of documents per transaction (Store::BeginBatch), in input order. The
// workers run ahead of the writer by at most 64 documents each (past 4 each
// only while under 32 MB of prepared text waits), and inputs are pulled from
// the source only then, so memory does not grow with the number of files.
// A file that fails is reported and skipped; the others are still stored.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "index/store.h"
#include "ingest/ingest.h"

namespace dossier {

struct AddOptions {
  IngestOptions ingest;
  int jobs = 0;  // worker threads; 1: none, all on the calling thread; 0: one per core
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
  // CPU seconds of the writer (this thread, from the first input to the
  // last commit) and of all workers together: the writer's share bounds
  // what more jobs can give (docs/architecture.md).
  double writer_cpu_seconds = 0;
  double workers_cpu_seconds = 0;
};

// `paths` entries with a non-empty `error` are reported as failed without reading.
struct AddInput {
  std::string path;
  std::string error;
};

// The inputs one at a time, in order; nullopt after the last. Called by one
// thread at a time (under the pipeline's lock), so it need not be thread-safe.
using AddSource = std::function<std::optional<AddInput>()>;

// Stores every input, reporting each once, in input order, after its batch
// committed. `total` is how many inputs `next_input` will give (for
// progress: the `total` passed to `on_report`; 0 if unknown). Holds only
// the inputs in flight, so a source that streams (cli/file_walk.h) keeps
// memory flat however many files there are.
AddSummary AddFiles(Store& store, const AddSource& next_input, size_t total, const AddOptions& options,
                    const std::function<void(const AddReport&, size_t done, size_t total)>& on_report);
// The same over a list.
AddSummary AddFiles(Store& store, const std::vector<AddInput>& inputs, const AddOptions& options,
                    const std::function<void(const AddReport&, size_t done, size_t total)>& on_report);

}  // namespace dossier
