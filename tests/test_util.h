// Helpers shared by the tests: paths to the sources and the built binary,
// temporary folders, running the dossier binary, and building inputs.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "ingest/document.h"

namespace dossier::test {

// The repository root (where corpus/ and tests/data/ are).
std::filesystem::path SourceDir();
// The built dossier binary.
std::string DossierBinary();

// A fresh empty folder, removed when the object goes out of scope.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

void WriteFile(const std::filesystem::path& path, const std::string& bytes);
std::string ReadFile(const std::filesystem::path& path);

struct RunResult {
  int exit_code = -1;      // the exit status, or 128 + signal when killed
  std::string out;
  std::string err;
  long max_rss_kb = 0;     // the child's peak resident set size (getrusage ru_maxrss)
  double seconds = 0;      // wall-clock time from fork to exit
};

struct RunOptions {
  // Run the child as this user and group (e.g. 65534, nobody) when the test
  // runs as root, so file permissions apply to it; -1 keeps the test's own.
  int uid = -1;
  int gid = -1;
};

// Runs the dossier binary with `args` (no shell), capturing stdout and stderr.
RunResult RunDossier(const std::vector<std::string>& args, const RunOptions& options = {});

// Starts the dossier binary with `args` in the background, its output sent to
// /dev/null; returns the child's pid (reap it with WaitChild).
int StartDossier(const std::vector<std::string>& args);
// Waits for `pid`; returns its exit status, or 128 + signal when killed.
int WaitChild(int pid);

// Writes `copies` files doc-1000.txt, doc-1001.txt, ... into `dir`: the
// corpus/ texts in turn, each made unique by a sentence after the title line
// (where no boilerplate rule cuts), so every file is real work. Small files
// keep each add short; many of them make it long. Returns the paths written
// (empty when corpus/ has no plain .txt files).
std::vector<std::filesystem::path> WriteCorpusCopies(const std::filesystem::path& dir, int copies);

// The value of environment variable `name` as a positive integer, else `fallback`.
long EnvInt(const char* name, long fallback);

// `s` repeated `n` times.
std::string Repeat(const std::string& s, size_t n);

// The document `dossier add` would make of a file at `path` holding `body`
// (REQUIREs that it ingests); `date` is --date, and becomes the document date
// when the text states none.
Document MakeDoc(const std::string& path, const std::string& body, const std::string& date = "");

// The FTS5 expression query/ makes of `query` (REQUIREs that it parses).
std::string FtsOf(const std::string& query);

}  // namespace dossier::test
