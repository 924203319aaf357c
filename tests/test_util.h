// Helpers shared by the tests: paths to the sources and the built binary,
// temporary folders, and running the dossier binary.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs the dossier binary with `args` (no shell), capturing stdout and stderr.
RunResult RunDossier(const std::vector<std::string>& args);

}  // namespace dossier::test
