// Documents and facts built by hand for the fact-sheet tests, so the sheets
// do not change when the readers, segmenter or extractors change.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/fact.h"
#include "index/store.h"
#include "ingest/document.h"

namespace dossier::test {

struct Paragraph {
  std::string lang;
  std::vector<std::string> sentences;  // joined with " " for en, "" otherwise
};

// A document whose title is a segment of its own, then one segment per
// paragraph, with the given sentence spans; meta.content_hash is set.
Document MakeSheetDocument(const std::string& path, const DocumentMeta& meta, const std::string& title_lang,
                           const std::vector<Paragraph>& paragraphs);

// A fact of `type` over the nth occurrence of `needle` in doc.text, with `attrs`.
// Fails the test when the needle is not there.
Fact FactOn(const Document& doc, FactType type, const std::string& needle, nlohmann::json attrs, int nth = 0);

// The three documents of the golden sheets (en, zh-Hans, ja) and their facts.
struct SheetFixtureDoc {
  Document doc;
  std::vector<Fact> facts;
};
std::vector<SheetFixtureDoc> GoldenSheetDocuments();

// Stores `docs` in order; returns their ids.
std::vector<int64_t> StoreAll(Store& store, const std::vector<SheetFixtureDoc>& docs);

}  // namespace dossier::test
