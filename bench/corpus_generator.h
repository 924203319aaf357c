// A deterministic generator of statement-like documents for benchmarks.
//
//   CorpusGenerator gen(/*seed=*/42);
//   GeneratedDocument d = gen.Next();   // d.lang, d.file_name, d.text (UTF-8, .txt layout)
//
// Documents are built from sentence pools the team wrote in Simplified
// Chinese, Traditional Chinese, Japanese and English, with varied numbers,
// money, percentages, dates, organisations and commitments filled in, so every
// extractor and the tokenizer have real work. The same seed always gives the
// same documents, byte for byte.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace dossier::bench {

struct GeneratedDocument {
  std::string lang;       // en, zh-Hans, zh-Hant, ja
  std::string file_name;  // e.g. "000123-ja.txt"
  std::string title;
  std::vector<std::string> paragraphs;
  std::string text;       // title, dateline, paragraphs separated by blank lines
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(uint64_t seed);
  GeneratedDocument Next();

 private:
  std::string Fill(const std::string& pattern, const std::string& lang);
  std::string Pick(const std::vector<std::string>& pool);
  int Uniform(int lo, int hi);

  std::mt19937_64 rng_;
  uint64_t count_ = 0;
};

}  // namespace dossier::bench
