// Helpers for the date extractor tests: one-segment documents and a runner.
#pragma once

#include <string>
#include <vector>

#include "extract/extractor.h"

namespace dossier::test {

inline Document OneSegmentDocument(const std::string& text, const std::string& lang) {
  Document doc;
  doc.path = "example";
  doc.text = text;
  Segment seg;
  seg.span = Span{0, text.size()};
  seg.lang = lang;
  doc.segments.push_back(seg);
  return doc;
}

inline std::vector<Fact> FindDates(const std::string& text, const std::string& lang, const std::string& reference) {
  static const std::unique_ptr<Extractor> extractor = MakeDateExtractor();
  Document doc = OneSegmentDocument(text, lang);
  ExtractContext ctx;
  ctx.reference_date = reference;
  std::vector<Fact> facts;
  extractor->Extract(doc, ctx, &facts);
  return facts;
}

// One row of an example table: in `text` (with reference date `ref`) the date
// written `span` has `value`, anchored or not.
struct DateExample {
  const char* text;
  const char* ref;
  const char* span;
  const char* value;
  bool anchored;
};

}  // namespace dossier::test
