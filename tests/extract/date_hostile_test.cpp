// The date extractor stays linear on hostile text, and its throughput.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "ingest/folded_text.h"
#include "tests/extract/date_test_util.h"
#include "tests/test_util.h"
#include "tests/time_scale.h"

namespace dossier::test {
using dossier::test::Repeat;

namespace {

double SecondsToExtract(const std::string& text, const std::string& lang, size_t* facts_found = nullptr) {
  auto start = std::chrono::steady_clock::now();
  std::vector<Fact> facts = FindDates(text, lang, "2025-03-22");
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (facts_found) *facts_found = facts.size();
  return s;
}

// Time at size n and 4n; the larger may take at most 3x its size share (12x).
void CheckLinear(const std::string& name, const std::function<std::string(size_t)>& make, size_t n,
                 const std::string& lang) {
  // Best of three runs each: the machine is shared, and a slow run is noise.
  int runs = 3;
#ifdef DOSSIER_TEST_ASAN
  // Under the sanitizers (CI) a quarter of the size and two runs: the ratio
  // of 4n to n still shows a blow-up, and the test stays a few CI minutes shorter.
  n = std::max<size_t>(n / 4, 1);
  runs = 2;
#endif
  std::string small = make(n), large = make(4 * n);
  double t_small = 1e9, t_large = 1e9;
  for (int run = 0; run < runs; ++run) {
    t_small = std::min(t_small, SecondsToExtract(small, lang));
    t_large = std::min(t_large, SecondsToExtract(large, lang));
  }
  INFO(name << ": " << small.size() << " bytes in " << t_small << " s, " << large.size() << " bytes in " << t_large
            << " s");
  CHECK(t_large < 12.0 * std::max(t_small, 0.01));
}

}  // namespace

TEST_CASE("date extractor is linear on hostile input", "[date][hostile]") {
  CheckLinear("年 x N", [](size_t n) { return Repeat("年", n); }, 250000, "zh-Hans");
  CheckLinear("digits line", [](size_t n) { return std::string(n, '7'); }, 1250000, "en");
  CheckLinear("from x N", [](size_t n) { return Repeat("from ", n); }, 25000, "en");
  CheckLinear("year-like digits", [](size_t n) { return Repeat("2023-", n); }, 100000, "en");
  CheckLinear("month words", [](size_t n) { return Repeat("January to ", n); }, 25000, "en");
  CheckLinear("CJK numerals", [](size_t n) { return Repeat("二〇二三年十一月至", n); }, 20000, "zh-Hans");
  // Years in titles (docs/dates.md): title marks that close, that never
  // close, and years in parentheses after a title.
  CheckLinear("titles", [](size_t n) { return Repeat("《规划（2021-2035年）》", n); }, 20000, "zh-Hans");
  CheckLinear("open title marks", [](size_t n) { return Repeat("《2023年", n); }, 50000, "zh-Hans");
  CheckLinear("plan years", [](size_t n) { return Repeat("The Plan (2021-2035) ", n); }, 20000, "en");
  CheckLinear("long title runs", [](size_t n) { return Repeat("Of The Plan For ", n) + "(2021)"; }, 50000, "en");
  // A million 年 finds nothing and finishes.
  size_t found = 1;
  SecondsToExtract(Repeat("年", static_cast<size_t>(1000000 / kTimeScale)), "zh-Hans", &found);
  CHECK(found == 0);
}

// Throughput over >= 20 MB of mixed-language text built from the sample
// corpus. Hidden (run with "[.perf]"): it prints MB/s and only fails when
// extraction stops or finds nothing.
TEST_CASE("date extractor throughput", "[.perf]") {
  std::string sample;
  for (const auto& entry : std::filesystem::directory_iterator(SourceDir() / "corpus")) {
    if (entry.path().extension() != ".txt" || entry.path().string().find("sjis") != std::string::npos ||
        entry.path().string().find("gb18030") != std::string::npos || entry.path().string().find("big5") != std::string::npos)
      continue;
    sample += ReadFile(entry.path()) + "\n\n";
  }
  REQUIRE(!sample.empty());
  std::string text = Repeat(sample, 20 * 1024 * 1024 / sample.size() + 1);
  size_t found = 0;
  std::clock_t cpu_start = std::clock();
  double s = SecondsToExtract(text, "en", &found);
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  auto fold_start = std::clock();
  FoldedText folded(text, FoldOptions{.nfkc = true, .case_fold = true});
  double fold_cpu = static_cast<double>(std::clock() - fold_start) / CLOCKS_PER_SEC;
  double mb = text.size() / 1048576.0;
  WARN("date extractor: " << mb << " MB, wall " << s << " s = " << mb / s << " MB/s; CPU " << cpu << " s = "
                          << mb / cpu << " MB/s per core, of which folding (FoldedText) " << fold_cpu << " s; "
                          << found << " dates");
  CHECK(found > 0);
}

}  // namespace dossier::test
