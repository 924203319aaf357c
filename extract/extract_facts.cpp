#include <algorithm>
#include <cstdint>
#include <numeric>

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
  auto before = [&facts](uint32_t a, uint32_t b) {
    const Fact& x = facts[a];
    const Fact& y = facts[b];
    if (x.span.start != y.span.start) return x.span.start < y.span.start;
    if (x.span.end != y.span.end) return x.span.end < y.span.end;
    return x.type < y.type;
  };
  // Sorted through indices (stable, so ties keep extractor order): a Fact is
  // large (two strings and a JSON object), and moving each fact once costs
  // less than the n log n moves of sorting the facts themselves.
  std::vector<uint32_t> order(facts.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), before);
  std::vector<Fact> sorted;
  sorted.reserve(facts.size());
  for (uint32_t i : order) sorted.push_back(std::move(facts[i]));
  return sorted;
}

}  // namespace dossier
