// generate_corpus: writes a deterministic benchmark corpus.
//
//   generate_corpus --out DIR --mb 100 [--seed 42]        documents as .txt files
//   generate_corpus --paragraphs FILE --mb 200 [--seed 42] one paragraph per line (TSV: lang \t text)
//
// The same seed and size always give the same bytes.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/corpus_generator.h"

int main(int argc, char** argv) {
  std::string out_dir, paragraphs_file;
  double mb = 10;
  uint64_t seed = 42;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "generate_corpus: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--out") out_dir = next();
    else if (a == "--paragraphs") paragraphs_file = next();
    else if (a == "--mb") mb = std::atof(next().c_str());
    else if (a == "--seed") seed = std::strtoull(next().c_str(), nullptr, 10);
    else {
      std::cerr << "usage: generate_corpus (--out DIR | --paragraphs FILE) [--mb N] [--seed S]\n";
      return 2;
    }
  }
  if (out_dir.empty() == paragraphs_file.empty()) {
    std::cerr << "generate_corpus: give exactly one of --out DIR or --paragraphs FILE\n";
    return 2;
  }
  const uint64_t target = static_cast<uint64_t>(mb * 1024 * 1024);
  dossier::bench::CorpusGenerator gen(seed);
  uint64_t written = 0, docs = 0;
  std::ofstream para_out;
  if (!paragraphs_file.empty()) para_out.open(paragraphs_file, std::ios::binary);
  else std::filesystem::create_directories(out_dir);
  while (written < target) {
    dossier::bench::GeneratedDocument d = gen.Next();
    if (!paragraphs_file.empty()) {
      para_out << d.lang << '\t' << d.title << '\n';
      written += d.title.size();
      for (const std::string& p : d.paragraphs) {
        para_out << d.lang << '\t' << p << '\n';
        written += p.size();
      }
    } else {
      // 1000 files per folder keeps folders listable.
      std::filesystem::path dir = std::filesystem::path(out_dir) / std::to_string(docs / 1000);
      if (docs % 1000 == 0) std::filesystem::create_directories(dir);
      std::ofstream f(dir / d.file_name, std::ios::binary);
      f << d.text;
      written += d.text.size();
    }
    ++docs;
  }
  std::cerr << "generate_corpus: " << docs << " documents, " << written << " bytes\n";
  return 0;
}
