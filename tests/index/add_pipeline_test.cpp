// The add pipeline (index/add_pipeline.h): every input reported once, in
// input order, after its batch committed; the source is pulled lazily, so
// the inputs in flight stay bounded however many there are; and what it
// stores (rows and full-text index) is whole.
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "index/add_pipeline.h"
#include "index/search_index.h"
#include "index/store.h"
#include "tests/test_util.h"

using namespace dossier;

TEST_CASE("Add pipeline: a streaming source is pulled lazily and reported in order") {
  // One job runs on the calling thread alone; two have worker threads.
  const int jobs = GENERATE(1, 2);
  INFO("jobs " << jobs);
  test::TempDir tmp;
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  // Mostly inputs that fail without being read (cheap), with a real file
  // every 500 so that batches commit in between.
  const std::string real = (tmp / "real.txt").string();
  test::WriteFile(real, "A title\n\nTrade rose 5% in 2023, the ministry said.\n");
  const size_t kInputs = 20000;
  size_t taken = 0, max_in_flight = 0;
  size_t reported = 0;
  bool in_order = true;
  const std::thread::id caller = std::this_thread::get_id();
  bool pulled_elsewhere = false;
  AddSource source = [&]() -> std::optional<AddInput> {
    if (std::this_thread::get_id() != caller) pulled_elsewhere = true;
    if (taken >= kInputs) return std::nullopt;
    const size_t i = taken++;
    max_in_flight = std::max(max_in_flight, taken - reported);
    if (i % 500 == 0) return AddInput{real, ""};
    return AddInput{"input-" + std::to_string(i), "refused by the test"};
  };
  AddOptions options;
  options.jobs = jobs;
  AddSummary summary = AddFiles(**store, source, 0, options, [&](const AddReport& r, size_t done, size_t total) {
    const size_t i = reported++;
    CHECK(done == reported);
    CHECK(total == 0);
    const std::string expected = i % 500 == 0 ? real : "input-" + std::to_string(i);
    if (r.path != expected) in_order = false;
  });
  CHECK(in_order);
  CHECK(pulled_elsewhere == (jobs > 1));  // one job: no worker thread
  CHECK(reported == kInputs);
  CHECK(summary.failed == kInputs - kInputs / 500);
  CHECK(summary.added == 1);  // the same file again is unchanged
  CHECK(summary.unchanged == kInputs / 500 - 1);
  // At most 256 per worker are taken ahead of the writer (kMaxAhead), or
  // one when serial, plus the reports still waiting for their batch to
  // commit (up to 512).
  INFO("max in flight " << max_in_flight);
  CHECK(max_in_flight <= static_cast<size_t>(jobs == 1 ? 1 : jobs * 256) + 512);
}

TEST_CASE("Add pipeline: files added with one job or several are stored and indexed whole") {
  test::TempDir tmp;
  std::vector<AddInput> inputs;
  for (int i = 0; i < 300; ++i) {
    const std::string path = (tmp / ("doc-" + std::to_string(1000 + i) + ".txt")).string();
    test::WriteFile(path, "Report " + std::to_string(i) + "\n\nThe harbour handled " + std::to_string(100 + i) +
                              " ships in 2023.\n\n第" + std::to_string(i) + "号报告：贸易额增长5%。\n");
    inputs.push_back({path, ""});
  }
  inputs.push_back({(tmp / "missing.txt").string(), ""});
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  AddOptions options;
  options.jobs = GENERATE(1, 3);
  INFO("jobs " << options.jobs);
  std::vector<std::string> order;
  AddSummary summary = AddFiles(**store, inputs, options, [&](const AddReport& r, size_t done, size_t total) {
    order.push_back(r.path);
    CHECK(total == inputs.size());
    CHECK(done == order.size());
  });
  CHECK(summary.added == 300);
  CHECK(summary.failed == 1);
  REQUIRE(order.size() == inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) CHECK(order[i] == inputs[i].path);
  auto check = CheckIndex((*store)->handle());
  REQUIRE(check.ok());
  CHECK(check->ok());
  CHECK(check->segments == check->indexed);
  CHECK((*store)->Check().ok());

  summary = AddFiles(**store, inputs, options, nullptr);
  CHECK(summary.unchanged == 300);
  CHECK(summary.added == 0);
}

TEST_CASE("Add pipeline: with one job, an open batch is committed before a large file is read") {
  // The open batch holds the write lock while the one thread prepares the
  // next file; over a large file another writer would wait for it.
  test::TempDir tmp;
  const std::string small = (tmp / "small.txt").string();
  const std::string large = (tmp / "large.txt").string();
  const std::string after = (tmp / "after.txt").string();
  test::WriteFile(small, "Small\n\nTrade rose 5% in 2023.\n");
  test::WriteFile(large, "Large\n\n" + std::string(1100000, 'x') + "\n");
  test::WriteFile(after, "After\n\nExports fell 2% in 2024.\n");
  auto store = Store::Open((tmp / "t.db").string());
  REQUIRE(store.ok());
  const std::vector<std::string> paths = {small, large, after};
  size_t pulled = 0, reported = 0, reported_when_large_was_done = 0;
  AddSource source = [&]() -> std::optional<AddInput> {
    if (pulled == 2) reported_when_large_was_done = reported;  // the large file has been read by now
    if (pulled >= paths.size()) return std::nullopt;
    return AddInput{paths[pulled++], ""};
  };
  AddOptions options;
  options.jobs = 1;
  options.ingest.max_bytes = 1000000;  // the large file is refused, after its size is known: quick
  AddSummary summary = AddFiles(**store, source, 0, options, [&](const AddReport&, size_t, size_t) { ++reported; });
  CHECK(reported == 3);
  CHECK(summary.added == 2);
  CHECK(summary.failed == 1);
  // The small file was committed (and reported) first; else its batch would
  // still be open, with nothing reported.
  CHECK(reported_when_large_was_done >= 1);
}
