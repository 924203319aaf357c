// The Markdown sheet: a heading per section, one table each.
#include <cstdio>
#include <ostream>

#include "query/render_sheet.h"

namespace dossier {
namespace {

std::string Cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r' || c == '\t') out += ' ';
    else out += c;
  }
  return out.empty() ? "–" : out;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string Arrow(const std::string& change) {
  return change == "up" ? "▲ " : change == "down" ? "▼ " : "";
}

std::string Percent(double fraction) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", fraction * 100);
  return buf;
}

void Row(std::ostream& out, const std::vector<std::string>& cells) {
  out << "|";
  for (const std::string& c : cells) out << " " << Cell(c) << " |";
  out << "\n";
}

void Header(std::ostream& out, const std::vector<std::string>& names) {
  Row(out, names);
  out << "|";
  for (size_t i = 0; i < names.size(); ++i) out << "---|";
  out << "\n";
}

class MarkdownRenderer : public SheetRenderer {
 public:
  void Render(const Sheet& sheet, SheetSection section, std::ostream& out) const override {
    out << "# Fact sheet\n\n";
    if (!sheet.query.empty()) out << "Query: `" << sheet.query << "`\n\n";
    out << sheet.documents.size() << (sheet.documents.size() == 1 ? " document" : " documents")
        << ". Provenance is `DOC ¶SEGMENT [START,END)`: `dossier show DOC --at START` prints the paragraph.\n";

    if (Wants(section, SheetSection::kDocuments)) {
      out << "\n## Documents\n\n";
      Header(out, {"Doc", "Title", "Date", "Kind", "Source", "Languages", "Where"});
      for (const SheetDocument& d : sheet.documents) {
        Row(out, {std::to_string(d.id), d.title, d.date, d.kind, d.source, Join(d.langs, ", "),
                  FormatProvenance(d.where)});
      }
    }
    if (Wants(section, SheetSection::kFigures)) {
      out << "\n## Key figures\n\n";
      if (sheet.figures.empty()) out << "_None._\n";
      else Header(out, {"Value", "Measures", "Period", "As written", "Quote", "Where"});
      for (const SheetFigure& f : sheet.figures) {
        Row(out, {Arrow(f.change) + f.display, f.measures, f.period, f.text, f.quote, FormatProvenance(f.where)});
      }
    }
    if (Wants(section, SheetSection::kTimeline)) {
      out << "\n## Timeline\n\n";
      if (sheet.timeline.empty()) out << "_None._\n";
      else Header(out, {"Date", "As written", "Event", "Where"});
      for (const SheetEvent& e : sheet.timeline) {
        Row(out, {e.date, e.text, e.quote, FormatProvenance(e.where)});
      }
    }
    if (Wants(section, SheetSection::kOrganisations)) {
      out << "\n## Organisations\n\n";
      if (sheet.organisations.empty()) out << "_None._\n";
      else Header(out, {"Organisation", "Id", "Doc", "Mentions", "Forms", "First mention"});
      for (const SheetOrganisation& o : sheet.organisations) {
        for (const SheetOrgInDocument& d : o.documents) {
          std::string forms;
          for (const auto& [lang, list] : d.forms) forms += (forms.empty() ? "" : "; ") + lang + ": " + Join(list, ", ");
          Row(out, {o.name, o.id, std::to_string(d.first.doc), std::to_string(d.mentions), forms,
                    FormatProvenance(d.first)});
        }
      }
    }
    if (Wants(section, SheetSection::kCommitments)) {
      out << "\n## Commitments\n";
      if (sheet.actors.empty()) out << "\n_None._\n";
      for (const SheetActor& a : sheet.actors) {
        out << "\n### " << Cell(a.actor) << "\n\n";
        Header(out, {"Strength", "Clause", "Date", "Where"});
        for (const SheetCommitment& c : a.commitments) {
          Row(out, {c.strength, c.clause, c.date, FormatProvenance(c.where)});
        }
      }
    }
    if (Wants(section, SheetSection::kCorroboration)) {
      out << "\n## Corroboration\n\n";
      if (sheet.documents.size() < 2) {
        out << "_Needs two or more documents._\n";
        return;
      }
      out << "### Corroborated figures\n\n";
      if (sheet.corroborated.empty()) out << "_None._\n";
      else Header(out, {"#", "Value", "Measures", "Period", "Source value", "As written", "Quote", "Where"});
      for (size_t g = 0; g < sheet.corroborated.size(); ++g) {
        const SheetFigure& first = sheet.figures[sheet.corroborated[g].figures.front()];
        for (size_t i : sheet.corroborated[g].figures) {
          const SheetFigure& f = sheet.figures[i];
          Row(out, {"c" + std::to_string(g + 1), Arrow(first.change) + first.display, first.measures, first.period,
                    f.display, f.text, f.quote, FormatProvenance(f.where)});
        }
      }
      out << "\n### Conflicts\n\n";
      if (sheet.conflicts.empty()) out << "_None._\n";
      else Header(out, {"#", "Value", "Measures", "Period", "Difference", "As written", "Quote", "Where"});
      for (size_t k = 0; k < sheet.conflicts.size(); ++k) {
        const SheetConflict& c = sheet.conflicts[k];
        for (size_t i : {c.a, c.b}) {
          const SheetFigure& f = sheet.figures[i];
          Row(out, {"k" + std::to_string(k + 1), Arrow(f.change) + f.display, f.measures, f.period,
                    Percent(c.relative_difference), f.text, f.quote, FormatProvenance(f.where)});
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<SheetRenderer> MakeMarkdownSheetRenderer() { return std::make_unique<MarkdownRenderer>(); }

}  // namespace dossier
