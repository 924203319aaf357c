// The CSV sheet (RFC 4180 quoting, LF line ends): one table per section, each row led by
// section,doc,segment,start,end; tables separated by one empty line.
#include <ostream>

#include "query/render_sheet.h"

namespace dossier {
namespace {

std::string Field(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The shortest text that reads back as `v` ("10.7", "318000000000").
std::string Number(double v) {
  std::string s = nlohmann::json(v).dump();
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

class CsvWriter {
 public:
  CsvWriter(std::ostream& out) : out_(out) {}
  void Table(const char* section, const std::vector<std::string>& columns) {
    if (tables_++) out_ << "\n";
    section_ = section;
    std::vector<std::string> head = {"section", "doc", "segment", "start", "end"};
    head.insert(head.end(), columns.begin(), columns.end());
    Line(head);
  }
  void Row(const Provenance& w, const std::vector<std::string>& cells) {
    std::vector<std::string> row = {section_, std::to_string(w.doc), std::to_string(w.segment),
                                    std::to_string(w.start), std::to_string(w.end)};
    row.insert(row.end(), cells.begin(), cells.end());
    Line(row);
  }

 private:
  void Line(const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) out_ << (i ? "," : "") << Field(cells[i]);
    out_ << "\n";
  }
  std::ostream& out_;
  std::string section_;
  int tables_ = 0;
};

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::vector<std::string> FigureCells(const SheetFigure& f) {
  return {f.text, f.lang, Number(f.value), f.unit, f.approx, f.change, f.of, f.display, f.measures, f.period, f.quote};
}

class CsvRenderer : public SheetRenderer {
 public:
  void Render(const Sheet& sheet, SheetSection section, std::ostream& out) const override {
    CsvWriter csv(out);
    if (Wants(section, SheetSection::kDocuments)) {
      csv.Table("documents", {"title", "date", "kind", "source", "langs", "query"});
      for (const SheetDocument& d : sheet.documents)
        csv.Row(d.where, {d.title, d.date, d.kind, d.source, Join(d.langs, " "), sheet.query});
    }
    if (Wants(section, SheetSection::kFigures)) {
      csv.Table("figures", {"text", "lang", "value", "unit", "approx", "change", "of", "display", "measures",
                            "period", "quote"});
      for (const SheetFigure& f : sheet.figures) csv.Row(f.where, FigureCells(f));
    }
    if (Wants(section, SheetSection::kTimeline)) {
      csv.Table("timeline", {"date", "text", "lang", "anchored", "quote"});
      for (const SheetEvent& e : sheet.timeline)
        csv.Row(e.where, {e.date, e.text, e.lang, e.anchored ? "true" : "false", e.quote});
    }
    if (Wants(section, SheetSection::kOrganisations)) {
      csv.Table("organisations", {"org_id", "name", "mentions", "forms"});
      for (const SheetOrganisation& o : sheet.organisations) {
        for (const SheetOrgInDocument& d : o.documents) {
          std::string forms;
          for (const auto& [lang, list] : d.forms) forms += (forms.empty() ? "" : "; ") + lang + ": " + Join(list, " | ");
          csv.Row(d.first, {o.id, o.name, std::to_string(d.mentions), forms});
        }
      }
    }
    if (Wants(section, SheetSection::kCommitments)) {
      csv.Table("commitments", {"actor", "strength", "clause", "action", "lang", "date", "quote"});
      for (const SheetActor& a : sheet.actors) {
        for (const SheetCommitment& c : a.commitments)
          csv.Row(c.where, {a.actor, c.strength, c.clause, c.action, c.lang, c.date, c.quote});
      }
    }
    if (Wants(section, SheetSection::kCorroboration)) {
      std::vector<std::string> columns = {"group", "status", "difference"};
      columns.insert(columns.end(), {"text", "lang", "value", "unit", "approx", "change", "of", "display",
                                     "measures", "period", "quote"});
      csv.Table("corroboration", columns);
      for (size_t g = 0; g < sheet.corroborated.size(); ++g) {
        for (size_t i : sheet.corroborated[g].figures) {
          std::vector<std::string> cells = {"c" + std::to_string(g + 1), "corroborated", ""};
          std::vector<std::string> fig = FigureCells(sheet.figures[i]);
          cells.insert(cells.end(), fig.begin(), fig.end());
          csv.Row(sheet.figures[i].where, cells);
        }
      }
      for (size_t k = 0; k < sheet.conflicts.size(); ++k) {
        const SheetConflict& c = sheet.conflicts[k];
        for (size_t i : {c.a, c.b}) {
          std::vector<std::string> cells = {"k" + std::to_string(k + 1), "conflict", Number(c.relative_difference)};
          std::vector<std::string> fig = FigureCells(sheet.figures[i]);
          cells.insert(cells.end(), fig.begin(), fig.end());
          csv.Row(sheet.figures[i].where, cells);
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<SheetRenderer> MakeCsvSheetRenderer() { return std::make_unique<CsvRenderer>(); }

}  // namespace dossier
