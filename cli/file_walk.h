// Expands the PATH arguments of `dossier add` into files, in a stable order.
//
// Folders are walked recursively in name order; symbolic links to folders
// are followed, and a link that leads back into a folder already being
// walked is reported as a loop instead of being followed forever. Hidden
// files and folders (names starting with '.') inside folders are skipped;
// a file named on the command line is always taken.
#pragma once

#include <string>
#include <vector>

namespace dossier::cli {

struct WalkEntry {
  std::string path;
  std::string error;  // non-empty: this path cannot be ingested, and why
};

std::vector<WalkEntry> ExpandPaths(const std::vector<std::string>& args);

}  // namespace dossier::cli
