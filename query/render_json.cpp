// The JSON sheet: one object, described by docs/sheet.schema.json.
#include <ostream>

#include "query/render_sheet.h"

namespace dossier {
namespace {

using json = nlohmann::ordered_json;

json WithProvenance(const Provenance& w, json row) {
  json out = {{"doc", w.doc}, {"segment", w.segment}, {"start", w.start}, {"end", w.end}};
  for (auto& [k, v] : row.items()) out[k] = v;
  return out;
}

json FigureJson(const SheetFigure& f) {
  json j = WithProvenance(f.where, {{"text", f.text},       {"lang", f.lang},         {"value", f.value},
                                    {"unit", f.unit},       {"approx", f.approx},     {"change", f.change},
                                    {"of", f.of},           {"display", f.display},   {"measures", f.measures},
                                    {"period", f.period},   {"quote", f.quote}});
  if (f.value_max) j["value_max"] = *f.value_max;
  return j;
}

class JsonRenderer : public SheetRenderer {
 public:
  void Render(const Sheet& sheet, SheetSection section, std::ostream& out) const override {
    out << SheetToJson(sheet, section).dump(2) << "\n";
  }
};

}  // namespace

nlohmann::ordered_json SheetToJson(const Sheet& sheet, SheetSection section) {
  json j = {{"query", sheet.query}};
  json docs = json::array();
  for (const SheetDocument& d : sheet.documents) {
    docs.push_back(WithProvenance(d.where, {{"id", d.id}, {"title", d.title}, {"date", d.date},
                                            {"kind", d.kind}, {"source", d.source}, {"langs", d.langs}}));
  }
  j["documents"] = docs;
  if (Wants(section, SheetSection::kFigures)) {
    json figures = json::array();
    for (const SheetFigure& f : sheet.figures) figures.push_back(FigureJson(f));
    j["figures"] = figures;
  }
  if (Wants(section, SheetSection::kTimeline)) {
    json events = json::array();
    for (const SheetEvent& e : sheet.timeline) {
      events.push_back(WithProvenance(e.where, {{"date", e.date}, {"text", e.text}, {"lang", e.lang},
                                                {"anchored", e.anchored}, {"quote", e.quote}}));
    }
    j["timeline"] = events;
  }
  if (Wants(section, SheetSection::kOrganisations)) {
    json orgs = json::array();
    for (const SheetOrganisation& o : sheet.organisations) {
      json per_doc = json::array();
      for (const SheetOrgInDocument& d : o.documents) {
        json forms = json::object();
        for (const auto& [lang, list] : d.forms) forms[lang] = list;
        per_doc.push_back(WithProvenance(d.first, {{"mentions", d.mentions}, {"forms", forms}}));
      }
      orgs.push_back({{"id", o.id}, {"name", o.name}, {"mentions", o.mentions}, {"documents", per_doc}});
    }
    j["organisations"] = orgs;
  }
  if (Wants(section, SheetSection::kCommitments)) {
    json actors = json::array();
    for (const SheetActor& a : sheet.actors) {
      json list = json::array();
      for (const SheetCommitment& c : a.commitments) {
        list.push_back(WithProvenance(c.where, {{"actor", c.actor}, {"strength", c.strength},
                                                {"clause", c.clause}, {"action", c.action}, {"lang", c.lang},
                                                {"date", c.date}, {"quote", c.quote}}));
      }
      actors.push_back({{"actor", a.actor}, {"commitments", list}});
    }
    j["commitments"] = actors;
  }
  if (Wants(section, SheetSection::kCorroboration)) {
    json groups = json::array();
    for (const SheetCorroboration& g : sheet.corroborated) {
      const SheetFigure& first = sheet.figures[g.figures.front()];
      json sources = json::array();
      for (size_t i : g.figures) sources.push_back(FigureJson(sheet.figures[i]));
      groups.push_back({{"value", first.value}, {"unit", first.unit}, {"display", first.display},
                        {"period", first.period}, {"measures", first.measures}, {"sources", sources}});
    }
    json conflicts = json::array();
    for (const SheetConflict& c : sheet.conflicts) {
      const SheetFigure& a = sheet.figures[c.a];
      conflicts.push_back({{"unit", a.unit}, {"period", a.period}, {"measures", a.measures},
                           {"relative_difference", c.relative_difference},
                           {"figures", json::array({FigureJson(a), FigureJson(sheet.figures[c.b])})}});
    }
    j["corroboration"] = {{"corroborated", groups}, {"conflicts", conflicts}};
  }
  return j;
}

std::unique_ptr<SheetRenderer> MakeJsonSheetRenderer() { return std::make_unique<JsonRenderer>(); }

}  // namespace dossier
