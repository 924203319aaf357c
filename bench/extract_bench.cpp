// extract_bench DIR [--threads N]: extraction throughput per fact type.
//
// Ingests every file under DIR once (not timed), then times ExtractFacts over
// all documents for each fact type alone and for all four together, on one
// thread and on N threads. Prints MB of normalised text per second.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "extract/extractor.h"
#include "ingest/ingest.h"

using namespace dossier;

namespace {

double TimeExtract(const std::vector<Document>& docs, const ExtractFilter& filter, int threads,
                   size_t* facts_out) {
  std::atomic<size_t> next{0}, facts{0};
  auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      for (size_t i; (i = next++) < docs.size();) {
        ExtractContext ctx;
        ctx.reference_date = docs[i].meta.date;
        facts += ExtractFacts(docs[i], ctx, filter).size();
      }
    });
  for (auto& th : pool) th.join();
  *facts_out = facts;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: extract_bench DIR [--threads N]\n";
    return 2;
  }
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (argc >= 4 && std::string(argv[2]) == "--threads") threads = std::atoi(argv[3]);
  std::vector<Document> docs;
  size_t bytes = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!e.is_regular_file()) continue;
    auto doc = IngestFile(e.path().string(), IngestOptions{});
    if (!doc.ok()) continue;
    bytes += doc->text.size();
    docs.push_back(std::move(doc).value());
  }
  const double mb = bytes / 1048576.0;
  std::cout << "documents " << docs.size() << ", text " << mb << " MB\n";
  std::cout << "type\tthreads\tseconds\tMB/s\tfacts\n";
  struct Row { const char* name; ExtractFilter filter; };
  const Row rows[] = {{"figure", {true, false, false, false}}, {"date", {false, true, false, false}},
                      {"org", {false, false, true, false}}, {"commitment", {false, false, false, true}},
                      {"all", {true, true, true, true}}};
  // Warm-up: builds the extractors (patterns, lexicons) outside the timings.
  size_t warm = 0;
  TimeExtract(std::vector<Document>(docs.begin(), docs.begin() + std::min<size_t>(docs.size(), 5)),
              rows[4].filter, 1, &warm);
  for (const Row& r : rows) {
    for (int t : {1, threads}) {
      size_t facts = 0;
      double s = TimeExtract(docs, r.filter, t, &facts);
      std::cout << r.name << "\t" << t << "\t" << s << "\t" << mb / s << "\t" << facts << "\n";
      if (t == threads) break;
    }
  }
  return 0;
}
