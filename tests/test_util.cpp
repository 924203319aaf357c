#include "tests/test_util.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <catch2/catch.hpp>

#include "index/tokenizer.h"
#include "ingest/ingest.h"
#include "query/query.h"

namespace dossier::test {

std::filesystem::path SourceDir() { return DOSSIER_SOURCE_DIR; }
std::string DossierBinary() { return DOSSIER_BINARY; }

TempDir::TempDir() {
  std::random_device rd;
  std::string name = "dossier-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd());
  path_ = std::filesystem::temp_directory_path() / name;
  std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Make everything removable (tests chmod files to 000).
  for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
    std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
  std::filesystem::remove_all(path_, ec);
}

void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

namespace {

int ExitStatus(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

[[noreturn]] void ExecDossier(const std::vector<std::string>& args) {
  std::vector<char*> argv;
  std::string bin = DossierBinary();
  argv.push_back(bin.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  ::execv(bin.c_str(), argv.data());
  std::_Exit(127);
}

}  // namespace

RunResult RunDossier(const std::vector<std::string>& args, const RunOptions& options) {
  TempDir tmp;
  std::string out_path = (tmp / "out").string(), err_path = (tmp / "err").string();
  RunResult result;
  auto t0 = std::chrono::steady_clock::now();
  pid_t pid = ::fork();
  if (pid == 0) {
    // Open the output files first: a child that drops root may not create them.
    FILE* o = std::freopen(out_path.c_str(), "w", stdout);
    FILE* e = std::freopen(err_path.c_str(), "w", stderr);
    (void)o;
    (void)e;
    if (options.gid >= 0 && ::setgid(static_cast<gid_t>(options.gid)) != 0) std::_Exit(126);
    if (options.uid >= 0 && ::setuid(static_cast<uid_t>(options.uid)) != 0) std::_Exit(126);
    ExecDossier(args);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  result.exit_code = ExitStatus(status);
  result.max_rss_kb = usage.ru_maxrss;
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

int StartDossier(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    FILE* o = std::freopen("/dev/null", "w", stdout);
    FILE* e = std::freopen("/dev/null", "w", stderr);
    (void)o;
    (void)e;
    ExecDossier(args);
  }
  return pid;
}

int WaitChild(int pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return ExitStatus(status);
}

long EnvInt(const char* name, long fallback) {
  const char* v = std::getenv(name);
  if (!v || !*v) return fallback;
  char* end = nullptr;
  long n = std::strtol(v, &end, 10);
  return (end && *end == '\0' && n > 0) ? n : fallback;
}

std::vector<std::filesystem::path> WriteCorpusCopies(const std::filesystem::path& dir, int copies) {
  std::vector<std::filesystem::path> sources;
  for (const auto& e : std::filesystem::directory_iterator(SourceDir() / "corpus")) {
    std::string name = e.path().filename().string();
    if (e.path().extension() == ".txt" && name.find('.') == name.rfind('.')) sources.push_back(e.path());
  }
  if (sources.empty()) return {};
  std::sort(sources.begin(), sources.end());
  std::filesystem::create_directories(dir);
  std::vector<std::filesystem::path> paths;
  for (int i = 0; i < copies; ++i) {
    const auto& src = sources[i % sources.size()];
    std::string body = ReadFile(src);
    size_t title_end = body.find('\n');
    if (title_end == std::string::npos) title_end = body.size();
    body.insert(title_end, "\n\nThis is copy number " + std::to_string(i) + " of " + src.filename().string() +
                               " made for the tests.\n");
    paths.push_back(dir / ("doc-" + std::to_string(1000 + i) + ".txt"));
    WriteFile(paths.back(), body);
  }
  return paths;
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

Document MakeDoc(const std::string& path, const std::string& body, const std::string& date) {
  IngestOptions options;
  options.date = date;
  StatusOr<Document> doc = IngestBytes(body, path, options);
  REQUIRE(doc.ok());
  if (doc->meta.date.empty()) doc->meta.date = date;
  return std::move(doc).value();
}

}  // namespace dossier::test

namespace dossier::test {

std::string FtsOf(const std::string& query) {
  Tokenizer tokenizer;
  auto parsed = ParseQuery(query, tokenizer);
  INFO("query: " << query << " -> " << parsed.status().ToString());
  REQUIRE(parsed.ok());
  return parsed->fts;
}

}  // namespace dossier::test
