// Expands the PATH arguments of `dossier add` into files, in a stable order,
// one at a time.
//
//   FileWalker walker(args);
//   while (std::optional<WalkEntry> e = walker.Next()) ...
//
// Folders are walked recursively in name order; symbolic links to folders
// are followed, and a link that leads back into a folder already being
// walked is reported as a loop instead of being followed forever. Hidden
// files and folders (names starting with '.') inside folders are skipped;
// a file named on the command line is always taken.
//
// The walk is lazy: it holds the sorted names of the folders on the current
// path only, never the list of files, so an archive of millions of files
// costs no more memory than its largest folder.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dossier::cli {

struct WalkEntry {
  std::string path;
  std::string error;  // non-empty: this path cannot be ingested, and why
};

class FileWalker {
 public:
  explicit FileWalker(std::vector<std::string> args);
  // The next file (or failed path) in walk order; nullopt after the last.
  std::optional<WalkEntry> Next();

 private:
  using DirId = std::pair<dev_t, ino_t>;
  struct Folder {
    std::string path;
    std::vector<std::string> names;  // sorted
    size_t next = 0;
    DirId id;
  };
  // Reads `path` and makes it the folder being walked; an error entry if it
  // cannot be read.
  std::optional<WalkEntry> Enter(const std::string& path, DirId id);

  std::vector<std::string> args_;
  size_t next_arg_ = 0;
  std::vector<Folder> stack_;  // the folders from an argument down to the one being walked
  std::set<DirId> ancestors_;  // their ids, to recognise loops
};

// How many entries a FileWalker over `args` returns (for progress), counted
// by walking without keeping them.
size_t CountPaths(const std::vector<std::string>& args);

}  // namespace dossier::cli
