#include "cli/file_walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

namespace dossier::cli {

namespace fs = std::filesystem;

FileWalker::FileWalker(std::vector<std::string> args) : args_(std::move(args)) {}

std::optional<WalkEntry> FileWalker::Enter(const std::string& path, DirId id) {
  Folder folder;
  std::error_code ec;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec))
    folder.names.push_back(it->path().filename().string());
  if (ec) return WalkEntry{path, "cannot read folder: " + ec.message()};
  std::sort(folder.names.begin(), folder.names.end());
  folder.path = path;
  folder.id = id;
  ancestors_.insert(id);
  stack_.push_back(std::move(folder));
  return std::nullopt;
}

std::optional<WalkEntry> FileWalker::Next() {
  for (;;) {
    if (stack_.empty()) {
      if (next_arg_ >= args_.size()) return std::nullopt;
      const std::string& arg = args_[next_arg_++];
      struct stat st {};
      if (::stat(arg.c_str(), &st) != 0) return WalkEntry{arg, "no such file or folder"};
      if (S_ISREG(st.st_mode)) return WalkEntry{arg, ""};
      if (!S_ISDIR(st.st_mode)) return WalkEntry{arg, "not a regular file"};
      if (std::optional<WalkEntry> error = Enter(arg, {st.st_dev, st.st_ino})) return error;
      continue;
    }
    Folder& folder = stack_.back();
    if (folder.next >= folder.names.size()) {
      ancestors_.erase(folder.id);
      stack_.pop_back();
      continue;
    }
    const std::string& name = folder.names[folder.next++];
    if (name.empty() || name[0] == '.') continue;
    std::string path = (fs::path(folder.path) / name).string();
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      struct stat lst {};
      bool is_link = ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
      return WalkEntry{path, is_link ? "broken symbolic link" : "cannot read: no such file"};
    }
    if (S_ISREG(st.st_mode)) return WalkEntry{path, ""};
    if (!S_ISDIR(st.st_mode)) return WalkEntry{path, "not a regular file"};
    DirId id{st.st_dev, st.st_ino};
    if (ancestors_.count(id)) return WalkEntry{path, "folder loop through symbolic links (skipped)"};
    // `folder` may move when the stack grows: nothing below uses it.
    if (std::optional<WalkEntry> error = Enter(path, id)) return error;
  }
}

size_t CountPaths(const std::vector<std::string>& args) {
  FileWalker walker(args);
  size_t n = 0;
  while (walker.Next()) ++n;
  return n;
}

}  // namespace dossier::cli
