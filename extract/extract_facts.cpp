#include <algorithm>

#include "extract/extractor.h"

namespace dossier {

bool ExtractFilter::Wants(FactType t) const {
  switch (t) {
    case FactType::kFigure: return figure;
    case FactType::kDate: return date;
    case FactType::kOrg: return org;
    case FactType::kCommitment: return commitment;
  }
  return false;
}

const std::vector<std::unique_ptr<Extractor>>& DefaultExtractors() {
  static const std::vector<std::unique_ptr<Extractor>> extractors = [] {
    std::vector<std::unique_ptr<Extractor>> v;
    v.push_back(MakeDateExtractor());
    v.push_back(MakeFigureExtractor());
    v.push_back(MakeOrgExtractor());
    v.push_back(MakeCommitmentExtractor());
    return v;
  }();
  return extractors;
}

std::vector<Fact> ExtractFacts(const Document& doc, const ExtractContext& ctx,
                               const ExtractFilter& filter) {
  std::vector<Fact> facts;
  for (const auto& extractor : DefaultExtractors())
    if (filter.Wants(extractor->type())) extractor->Extract(doc, ctx, &facts);
  std::stable_sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return a.type < b.type;
  });
  return facts;
}

}  // namespace dossier
