// baseline_bench: the baselines dossier's ingest is measured against.
//
//   baseline_bench hash DIR        read every file and SHA-256 it
//   baseline_bench fts5 DIR DB     import the same paragraphs (blank-line
//                                  separated) into a bare SQLite FTS5 table
//                                  with the unicode61 tokenizer, one
//                                  transaction per file, like dossier add
//
// Prints one line: "<what> files=N bytes=B seconds=S MB/s=R".
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace {

std::vector<std::string> Files(const std::string& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path().string());
  return out;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: baseline_bench hash DIR | baseline_bench fts5 DIR DB\n";
    return 2;
  }
  std::string mode = argv[1];
  std::vector<std::string> files = Files(argv[2]);
  size_t bytes = 0;
  auto t0 = std::chrono::steady_clock::now();
  if (mode == "hash") {
    for (const auto& f : files) {
      std::string b = Read(f);
      bytes += b.size();
      volatile char c = dossier::ContentHash(b)[0];
      (void)c;
    }
  } else if (mode == "fts5" && argc >= 4) {
    std::filesystem::remove(argv[3]);
    sqlite3* db = nullptr;
    sqlite3_open(argv[3], &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE VIRTUAL TABLE p USING fts5(body, tokenize='unicode61');",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt* ins = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO p(body) VALUES (?1)", -1, &ins, nullptr);
    for (const auto& f : files) {
      std::string b = Read(f);
      bytes += b.size();
      sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
      size_t pos = 0;
      while (pos < b.size()) {
        size_t end = b.find("\n\n", pos);
        if (end == std::string::npos) end = b.size();
        if (end > pos) {
          sqlite3_bind_text(ins, 1, b.data() + pos, static_cast<int>(end - pos), SQLITE_STATIC);
          sqlite3_step(ins);
          sqlite3_reset(ins);
        }
        pos = end + 2;
      }
      sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    sqlite3_finalize(ins);
    sqlite3_close(db);
  } else {
    std::cerr << "baseline_bench: unknown mode " << mode << "\n";
    return 2;
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::cout << mode << " files=" << files.size() << " bytes=" << bytes << " seconds=" << s
            << " MB/s=" << bytes / 1048576.0 / s << "\n";
  return 0;
}
