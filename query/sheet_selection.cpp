#include "query/sheet_selection.h"

#include <re2/re2.h>

namespace dossier {
namespace {

std::vector<std::string> SplitList(const std::string& value) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= value.size()) {
    size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    if (comma > start) out.push_back(value.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

bool IsIsoPrefix(const std::string& s) {
  static const RE2 re(R"(\d{4}(-\d{2}(-\d{2})?)?)");
  return RE2::FullMatch(s, re);
}

}  // namespace

StatusOr<DocumentSelection> ParseSelectionQuery(std::string_view query) {
  DocumentSelection sel;
  size_t pos = 0;
  while (pos < query.size()) {
    while (pos < query.size() && (query[pos] == ' ' || query[pos] == '\t')) ++pos;
    if (pos >= query.size()) break;
    std::string token;
    bool quoted = false;
    while (pos < query.size() && query[pos] != ' ' && query[pos] != '\t') {
      if (query[pos] == '"') {
        size_t close = query.find('"', pos + 1);
        if (close == std::string_view::npos)
          return Status::InvalidQuery(std::string(query), "unbalanced quote");
        token.append(query.substr(pos + 1, close - pos - 1));
        quoted = true;
        pos = close + 1;
      } else {
        token += query[pos++];
      }
    }
    size_t colon = quoted ? std::string::npos : token.find(':');
    std::string key = colon == std::string::npos ? "" : token.substr(0, colon);
    std::string value = colon == std::string::npos ? "" : token.substr(colon + 1);
    bool is_filter = key == "lang" || key == "date" || key == "kind" || key == "source";
    if (!is_filter) {
      if (!token.empty()) sel.words.push_back(token);
      continue;
    }
    if (value.empty()) return Status::InvalidQuery(token, "the filter has no value");
    if (key == "lang") {
      for (auto& v : SplitList(value)) sel.langs.push_back(v);
    } else if (key == "kind") {
      for (auto& v : SplitList(value)) sel.kinds.push_back(v);
    } else if (key == "source") {
      sel.sources.push_back(value);
    } else {
      size_t dots = value.find("..");
      std::string from = dots == std::string::npos ? value : value.substr(0, dots);
      std::string to = dots == std::string::npos ? value : value.substr(dots + 2);
      if ((!from.empty() && !IsIsoPrefix(from)) || (!to.empty() && !IsIsoPrefix(to)) || (from.empty() && to.empty()))
        return Status::InvalidQuery(token, "expected date:YYYY[-MM[-DD]] or a range FROM..TO");
      sel.date_from = from;
      sel.date_to = to;
    }
  }
  return sel;
}

StatusOr<std::vector<int64_t>> SelectSheetDocuments(const Store& store, std::string_view query) {
  StatusOr<DocumentSelection> sel = ParseSelectionQuery(query);
  if (!sel.ok()) return sel.status();
  return SelectDocuments(store, *sel);
}

}  // namespace dossier
