// Shared by the organisation tests: a one-segment Document and the org facts found in it.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "ingest/document.h"

namespace dossier::test {

inline Document OneSegmentDocument(const std::string& text, const std::string& lang) {
  Document doc;
  doc.path = "example.txt";
  doc.text = text;
  Segment seg;
  seg.span = {0, text.size()};
  seg.lang = lang;
  seg.sentences.push_back(seg.span);
  doc.segments.push_back(seg);
  return doc;
}

// (text, id) of every org fact, in text order.
inline std::vector<std::pair<std::string, std::string>> OrgMentions(const std::string& text, const std::string& lang,
                                                                    const OrgGazetteer* extra = nullptr) {
  ExtractContext ctx;
  ctx.extra_orgs = extra;
  ExtractFilter only_orgs{false, false, true, false};
  std::vector<std::pair<std::string, std::string>> out;
  for (const Fact& f : ExtractFacts(OneSegmentDocument(text, lang), ctx, only_orgs))
    out.emplace_back(f.text, f.attrs.value("id", ""));
  return out;
}

// One row of an example table: the text and the mentions expected in it, in
// order. An expected id of "" accepts any id (a name found by the rules).
struct OrgExample {
  std::string text;
  std::vector<std::pair<std::string, std::string>> expected;
};

}  // namespace dossier::test
