#include "index/add_pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "extract/extractor.h"
#include "index/org_store.h"

namespace dossier {
namespace {

struct Prepared {
  std::string path;  // as given by the input
  std::optional<Document> doc;
  std::vector<Fact> facts;
  PutRows rows;  // serialised on the worker, so the writer only writes
  Status error;
};

// Group commit: the writer keeps one transaction open over several
// documents (each in its own SAVEPOINT) and commits when any limit is hit.
// Reports go out only after their batch commits, so a report never names a
// document that a kill could still take back.
constexpr size_t kBatchDocs = 512;
constexpr size_t kBatchBytes = 16u << 20;  // normalised text
constexpr auto kBatchTime = std::chrono::milliseconds(200);

// With one job, an open batch is committed before a file of this size is read.
constexpr uintmax_t kSerialCommitFirstBytes = 1u << 20;

// Read-ahead of the workers (see `min_window` in AddFiles). While the
// writer commits a batch (up to kBatchDocs documents go into the full-text
// index then), the workers go on only as far as the window lets them: with
// 64 per worker they waited 6-8 s of a 21 s run (100 MB, 2 jobs) and the
// two cores were 87% busy; with 256, 1.3-1.6 s and 94%, for about 20 MB
// more at the peak. kAheadBytes still bounds the memory.
constexpr size_t kMinAhead = 4;
constexpr size_t kMaxAhead = 256;
constexpr size_t kAheadBytes = 32u << 20;

double ThisThreadsCpuSeconds() {
  timespec ts{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0) return 0;
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

void LowerThisThreadsPriority() {
#ifdef __linux__
  // On Linux, nice is per thread: PRIO_PROCESS with a thread id.
  setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 5);
#endif
}

Prepared Prepare(const AddInput& input, const AddOptions& options, const OrgGazetteer* extra_orgs) {
  Prepared p;
  p.path = input.path;
  if (!input.error.empty()) {
    p.error = Status::InvalidInput(input.path, input.error);
    return p;
  }
  StatusOr<Document> doc = IngestFile(input.path, options.ingest);
  if (!doc.ok()) {
    p.error = doc.status();
    return p;
  }
  ExtractContext ctx;
  ctx.reference_date = !options.ingest.date.empty() ? options.ingest.date : doc->meta.date;
  ctx.extra_orgs = extra_orgs;
  p.facts = ExtractFacts(*doc, ctx);
  p.rows = MakePutRows(*doc, p.facts);
  // The attrs now live serialised in p.rows, and Put with rows does not read
  // them: free them here, on the worker, rather than on the writer.
  for (Fact& f : p.facts) f.attrs = nlohmann::json();
  p.doc = std::move(doc).value();
  return p;
}

}  // namespace

AddSummary AddFiles(Store& store, const std::vector<AddInput>& inputs, const AddOptions& options,
                    const std::function<void(const AddReport&, size_t, size_t)>& on_report) {
  size_t at = 0;
  AddSource next_input = [&]() -> std::optional<AddInput> {
    if (at >= inputs.size()) return std::nullopt;
    return inputs[at++];
  };
  return AddFiles(store, next_input, inputs.size(), options, on_report);
}

AddSummary AddFiles(Store& store, const AddSource& next_input, size_t total, const AddOptions& options,
                    const std::function<void(const AddReport&, size_t, size_t)>& on_report) {
  // Organisations from `dossier orgs import`, loaded once per run (none if unreadable).
  StatusOr<std::unique_ptr<OrgGazetteer>> extra_orgs = LoadImportedOrgs(store);
  const OrgGazetteer* extra = extra_orgs.ok() ? extra_orgs->get() : nullptr;
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  int jobs = options.jobs > 0 ? options.jobs : cores;
  if (total > 0) jobs = std::min<int>(jobs, static_cast<int>(std::min<size_t>(total, 1024)));
  jobs = std::max(1, jobs);
  // One job is one thread: this thread reads, extracts and writes each
  // document in turn, so `--jobs 1` takes one core (and a one-core machine
  // does not switch between a worker and the writer for every document).
  // From two jobs on, `jobs` workers prepare documents while this thread
  // writes.
  const bool serial = jobs == 1;
  // Documents in flight (taken by a worker, not yet written). The writer is
  // the slower side and stalls at each commit; a deep queue lets the workers
  // run ahead meanwhile. Bounded two ways so memory does not grow with the
  // corpus: at most kMaxAhead per worker, and past kMinAhead per worker only
  // while the prepared texts waiting for the writer stay under kAheadBytes.
  const size_t min_window = static_cast<size_t>(jobs) * kMinAhead;
  const size_t max_window = static_cast<size_t>(jobs) * kMaxAhead;
  size_t waiting_bytes = 0;  // text bytes of prepared documents not yet taken by the writer

  std::mutex mu;
  std::condition_variable cv;
  std::deque<std::optional<Prepared>> ready;  // results for [consumed, consumed + size)
  size_t consumed = 0;                        // index of the next result to write
  size_t next = 0;                            // index of the next input to take
  bool inputs_done = false;                   // next_input gave nullopt
  bool stop = false;

  auto worker = [&] {
    for (;;) {
      size_t i;
      std::optional<AddInput> input;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] {
          if (stop || inputs_done) return true;
          const size_t in_flight = next - consumed;
          return in_flight < min_window || (in_flight < max_window && waiting_bytes < kAheadBytes);
        });
        if (stop || inputs_done) return;
        input = next_input();
        if (!input) {
          inputs_done = true;
          lock.unlock();
          cv.notify_all();  // the writer may be waiting for an input that will not come
          return;
        }
        i = next++;
        if (ready.size() < next - consumed) ready.resize(next - consumed);
      }
      Prepared p = Prepare(*input, options, extra);
      input.reset();
      {
        std::lock_guard<std::mutex> lock(mu);
        if (p.doc) waiting_bytes += p.doc->text.size();
        ready[i - consumed] = std::move(p);
      }
      cv.notify_all();
    }
  };
  const double writer_cpu_start = ThisThreadsCpuSeconds();
  double workers_cpu = 0;  // guarded by mu while there are workers
  std::vector<std::thread> threads;
  for (int t = 0; t < jobs && !serial; ++t)
    threads.emplace_back([&] {
      // The single writer is the pipeline's bottleneck: when the workers
      // leave it no core of its own, it goes first. Best effort (a no-op
      // where threads have no priority of their own).
      if (jobs >= cores) LowerThisThreadsPriority();
      worker();
      const double cpu = ThisThreadsCpuSeconds();
      std::lock_guard<std::mutex> lock(mu);
      workers_cpu += cpu;
    });

  AddSummary summary;
  std::vector<AddReport> pending;  // reports of the open batch, in input order
  size_t pending_bytes = 0;
  std::chrono::steady_clock::time_point batch_start;
  size_t reported = 0;

  auto emit = [&](const AddReport& report) {
    if (report.ok) {
      summary.bytes += report.bytes;
      switch (report.put.outcome) {
        case PutOutcome::kAdded: ++summary.added; break;
        case PutOutcome::kUpdated: ++summary.updated; break;
        case PutOutcome::kUnchanged: ++summary.unchanged; break;
        case PutOutcome::kDuplicate: ++summary.duplicate; break;
      }
    } else {
      ++summary.failed;
    }
    ++reported;
    if (on_report) on_report(report, reported, total);
  };
  // Commits the open batch (if any) and reports its documents; when the
  // commit fails none of them was stored, and each is reported failed.
  auto flush = [&] {
    if (store.in_batch()) {
      Status st = store.CommitBatch();
      if (!st.ok())
        for (AddReport& r : pending)
          if (r.ok) {
            r.ok = false;
            r.error = st;
          }
    }
    for (const AddReport& r : pending) emit(r);
    pending.clear();
    pending_bytes = 0;
  };

  // The next document to write, prepared here when serial; nullopt after the last.
  auto prepare_here = [&]() -> std::optional<Prepared> {
    std::optional<AddInput> input = next_input();
    if (!input) return std::nullopt;
    // The open batch holds the write lock while this thread prepares: not
    // over a large file, which takes long (another writer waits at most
    // its busy timeout). Preparing runs at about 3 MB/s.
    if (store.in_batch() && input->error.empty()) {
      std::error_code ec;
      const uintmax_t size = std::filesystem::file_size(input->path, ec);
      if (!ec && size >= kSerialCommitFirstBytes) flush();
    }
    const double cpu_start = ThisThreadsCpuSeconds();
    Prepared p = Prepare(*input, options, extra);
    workers_cpu += ThisThreadsCpuSeconds() - cpu_start;
    return p;
  };

  for (;;) {
    Prepared p;
    if (serial) {
      std::optional<Prepared> prepared = prepare_here();
      if (!prepared) break;
      p = std::move(*prepared);
    } else {
      std::unique_lock<std::mutex> lock(mu);
      auto has_next = [&] { return !ready.empty() && ready.front().has_value(); };
      auto at_end = [&] { return inputs_done && consumed == next; };
      // Do not sit on an open batch while the workers are busy: past its
      // time limit, commit it and report before waiting on.
      auto can_go_on = [&] { return has_next() || at_end(); };
      if (store.in_batch() && !cv.wait_until(lock, batch_start + kBatchTime, can_go_on)) {
        lock.unlock();
        flush();
        lock.lock();
      }
      cv.wait(lock, can_go_on);
      if (!has_next()) break;  // every input was written
      p = std::move(*ready.front());
      ready.pop_front();
      if (p.doc) waiting_bytes -= p.doc->text.size();
      ++consumed;
      lock.unlock();
      cv.notify_all();
    }

    AddReport report;
    report.path = std::move(p.path);
    if (!p.doc) {
      report.error = p.error;
    } else {
      report.title = p.doc->meta.title;
      report.bytes = p.doc->text.size();
      report.facts = p.facts.size();
      if (!store.in_batch()) {
        // A batch that cannot start: store this document on its own.
        if (store.BeginBatch().ok()) batch_start = std::chrono::steady_clock::now();
      }
      StatusOr<PutResult> put = store.Put(*p.doc, p.facts, p.rows);
      if (put.ok()) {
        report.ok = true;
        report.put = *put;
      } else {
        report.error = Status(put.status());
      }
      pending_bytes += report.bytes;
    }
    pending.push_back(std::move(report));
    if (!store.in_batch() || pending.size() >= kBatchDocs || pending_bytes >= kBatchBytes ||
        std::chrono::steady_clock::now() - batch_start >= kBatchTime)
      flush();
  }
  flush();
  {
    std::lock_guard<std::mutex> lock(mu);
    stop = true;
  }
  cv.notify_all();
  for (auto& t : threads) t.join();
  // When serial, this thread's CPU includes the preparing, counted as the workers'.
  summary.writer_cpu_seconds = ThisThreadsCpuSeconds() - writer_cpu_start - (serial ? workers_cpu : 0);
  summary.workers_cpu_seconds = workers_cpu;
  return summary;
}

}  // namespace dossier
