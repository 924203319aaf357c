// SelectDocuments: the stored documents whose metadata and text match a
// simple filter. It is what `dossier sheet --query` uses until the full-text
// search (query/search) is there; all its SQL lives here, in index/.
//
//   DocumentSelection sel;
//   sel.langs = {"ja"};
//   sel.date_from = "2023"; sel.date_to = "2025";
//   sel.words = {"RCEP"};
//   StatusOr<std::vector<int64_t>> ids = SelectDocuments(store, sel);
//
// Semantics (every field that is set must hold; lists are alternatives):
//   * langs:   the document has a segment in one of these languages;
//   * date_from / date_to: the document date, compared on the grain of the
//     bound (prefix-inclusive: date_to "2025" admits "2025-12-31");
//     documents without a date never match a date bound;
//   * kinds, sources: exact kind; source containing the value (case-insensitive);
//   * words:   every word occurs in documents.text (SQL LIKE, so ASCII case is
//     ignored; '%' and '_' in a word are matched literally).
// Ids come back in ascending order.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "index/store.h"

namespace dossier {

struct DocumentSelection {
  std::vector<std::string> langs;
  std::string date_from, date_to;
  std::vector<std::string> kinds;
  std::vector<std::string> sources;
  std::vector<std::string> words;
};

StatusOr<std::vector<int64_t>> SelectDocuments(const Store& store, const DocumentSelection& selection);

}  // namespace dossier
