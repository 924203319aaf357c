#include "extract/fact.h"

namespace dossier {

std::string_view FactTypeName(FactType type) {
  switch (type) {
    case FactType::kFigure: return "figure";
    case FactType::kDate: return "date";
    case FactType::kOrg: return "org";
    case FactType::kCommitment: return "commitment";
  }
  return "figure";
}

bool ParseFactType(std::string_view name, FactType* type) {
  for (FactType t : {FactType::kFigure, FactType::kDate, FactType::kOrg, FactType::kCommitment}) {
    if (FactTypeName(t) == name) {
      *type = t;
      return true;
    }
  }
  return false;
}

nlohmann::json Fact::ToJson(std::string_view doc) const {
  nlohmann::json j = nlohmann::json::object();
  j["doc"] = doc;
  j["type"] = FactTypeName(type);
  j["text"] = text;
  j["start"] = span.start;
  j["end"] = span.end;
  j["lang"] = lang;
  for (const auto& [key, value] : attrs.items()) j[key] = value;
  return j;
}

Fact MakeFact(const Document& doc, FactType type, Span span) {
  Fact f;
  f.type = type;
  f.span = span;
  f.text = std::string(doc.slice(span));
  const Segment* seg = doc.SegmentAt(span.start);
  f.lang = seg ? seg->lang : (doc.segments.empty() ? "en" : doc.segments.front().lang);
  return f;
}

}  // namespace dossier
