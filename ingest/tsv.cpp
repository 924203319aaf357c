#include "ingest/tsv.h"

namespace dossier {

std::vector<TsvRow> ParseTsv(std::string_view data) {
  std::vector<TsvRow> rows;
  size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    TsvRow row;
    row.line = line_no;
    size_t start = 0;
    while (start <= line.size()) {
      size_t tab = line.find('\t', start);
      if (tab == std::string_view::npos) tab = line.size();
      std::string_view field = line.substr(start, tab - start);
      while (!field.empty() && (field.back() == ' ')) field.remove_suffix(1);
      row.fields.push_back(field);
      start = tab + 1;
    }
    if (!row.fields.empty() && !row.fields[0].empty()) rows.push_back(std::move(row));
  }
  return rows;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

}  // namespace dossier
