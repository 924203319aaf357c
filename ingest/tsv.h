// Reading the TSV data files under ingest/data/.
//
// Lines starting with '#' and blank lines are comments; fields are separated
// by tabs; trailing white space of a field is dropped.
//
//   for (const TsvRow& row : ParseTsv(*EmbeddedData("ingest/data/kind_cues.tsv")))
//     use(row.fields[0], row.fields[1]);
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace dossier {

struct TsvRow {
  size_t line = 0;  // 1-based, for error messages
  std::vector<std::string_view> fields;
};

std::vector<TsvRow> ParseTsv(std::string_view data);

// ASCII letters to lower case; other bytes unchanged (safe on UTF-8).
std::string AsciiLower(std::string_view s);

}  // namespace dossier
