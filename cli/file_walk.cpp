#include "cli/file_walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <set>
#include <utility>

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;
using DirId = std::pair<dev_t, ino_t>;

void Walk(const std::string& dir, std::set<DirId>* ancestors, std::vector<WalkEntry>* out) {
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) {
    out->push_back({dir, "cannot read folder: " + ec.message()});
    return;
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (name.empty() || name[0] == '.') continue;
    std::string path = (fs::path(dir) / name).string();
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      struct stat lst {};
      bool is_link = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
      out->push_back({path, is_link ? "broken symbolic link" : "cannot read: no such file"});
      continue;
    }
    if (S_ISDIR(st.st_mode)) {
      DirId id{st.st_dev, st.st_ino};
      if (ancestors->count(id)) {
        out->push_back({path, "folder loop through symbolic links (skipped)"});
        continue;
      }
      ancestors->insert(id);
      Walk(path, ancestors, out);
      ancestors->erase(id);
    } else if (S_ISREG(st.st_mode)) {
      out->push_back({path, ""});
    } else {
      out->push_back({path, "not a regular file"});
    }
  }
}

}  // namespace

std::vector<WalkEntry> ExpandPaths(const std::vector<std::string>& args) {
  std::vector<WalkEntry> out;
  for (const std::string& arg : args) {
    struct stat st {};
    if (::stat(arg.c_str(), &st) != 0) {
      out.push_back({arg, "no such file or folder"});
    } else if (S_ISDIR(st.st_mode)) {
      std::set<DirId> ancestors{{st.st_dev, st.st_ino}};
      Walk(arg, &ancestors, &out);
    } else if (S_ISREG(st.st_mode)) {
      out.push_back({arg, ""});
    } else {
      out.push_back({arg, "not a regular file"});
    }
  }
  return out;
}

}  // namespace dossier::cli
