#include "index/fact_row.h"

namespace dossier {
namespace {

// The attrs key whose value lives in value_text, by type ("" for figures).
const char* ValueTextKey(FactType type) {
  switch (type) {
    case FactType::kDate: return "value";
    case FactType::kOrg: return "id";
    case FactType::kCommitment: return "strength";
    case FactType::kFigure: return "";
  }
  return "";
}

}  // namespace

FactRow MakeFactRow(const Fact& fact) {
  FactRow row;
  nlohmann::json rest = fact.attrs.is_object() ? fact.attrs : nlohmann::json::object();
  if (fact.type == FactType::kFigure) {
    if (auto it = rest.find("value"); it != rest.end() && it->is_number()) {
      row.value_num = it->get<double>();
      if (it->is_number_float()) rest.erase(it);  // an integer would come back as a float
    }
    if (auto it = rest.find("unit"); it != rest.end() && it->is_string()) {
      row.unit = it->get<std::string>();
      rest.erase(it);
    }
  } else if (auto it = rest.find(ValueTextKey(fact.type));
             it != rest.end() && it->is_string() && !it->get_ref<const std::string&>().empty()) {
    row.value_text = it->get<std::string>();
    rest.erase(it);
  }
  if (!rest.empty()) row.attrs = rest.dump();
  return row;
}

Fact ReadFactRow(const StoredFactColumns& row, std::string_view doc_text) {
  Fact fact;
  fact.type = row.type;
  fact.span = {row.start, row.end};
  fact.lang = row.lang;
  if (row.start <= row.end && row.end <= doc_text.size())
    fact.text = std::string(doc_text.substr(row.start, row.end - row.start));
  nlohmann::json attrs;
  if (row.attrs) attrs = nlohmann::json::parse(*row.attrs, nullptr, false);
  if (!attrs.is_object()) attrs = nlohmann::json::object();
  if (row.type == FactType::kFigure) {
    if (row.value_num && !attrs.contains("value")) attrs["value"] = *row.value_num;
    if (row.unit && !attrs.contains("unit")) attrs["unit"] = *row.unit;
  } else if (row.value_text && !attrs.contains(ValueTextKey(row.type))) {
    attrs[ValueTextKey(row.type)] = *row.value_text;
  }
  fact.attrs = std::move(attrs);
  return fact;
}

}  // namespace dossier
