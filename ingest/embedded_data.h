// Data files compiled into the binary (rules, lexicons, gazetteers).
//
// Every file under extract/data/ and index/data/ is embedded at build time by
// cmake/EmbedData.cmake, keyed by its path relative to the source root:
//
//   std::optional<std::string_view> tsv = EmbeddedData("extract/data/currencies.tsv");
//
// Rules stay data files in the repository (edit them, rebuild); the binary
// needs nothing beside it at run time.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace dossier {

std::optional<std::string_view> EmbeddedData(std::string_view path);
std::vector<std::string_view> EmbeddedDataFiles();

}  // namespace dossier
