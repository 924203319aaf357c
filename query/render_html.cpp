// The HTML sheet: one self-contained page (inline CSS and script, no external
// assets), printable, tables sortable by clicking a header, an inline SVG bar
// chart per measured quantity reported for several years.
#include <algorithm>
#include <cstdio>
#include <ostream>

#include "query/render_sheet.h"

namespace dossier {
namespace {

std::string Esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string Num(double v) {
  std::string s = nlohmann::json(v).dump();
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

constexpr const char* kStyle = R"css(
body{font:15px/1.45 system-ui,"Noto Sans CJK SC","Hiragino Sans","Yu Gothic",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#222}
h1{font-size:1.6rem;margin:0 0 .3rem}h2{font-size:1.25rem;border-bottom:2px solid #345;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ccd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef1f5;cursor:pointer;user-select:none;white-space:nowrap}
th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
tbody tr:nth-child(even){background:#fafbfc}
td.num{text-align:right;white-space:nowrap}td.where{white-space:nowrap;font-family:ui-monospace,monospace;font-size:.8rem;color:#556}
td.quote{color:#333;max-width:36rem}.query code{background:#eef1f5;padding:0 .3rem}
.none{color:#777;font-style:italic}.up{color:#1a7f37}.down{color:#b42318}
figure.chart{display:inline-block;margin:.5rem 1.5rem 1rem 0}figure.chart figcaption{font-size:.85rem;color:#445}
svg .bar{fill:#4a6fa5}svg text{font-size:11px;fill:#333}
@media print{body{margin:0;max-width:none;font-size:10pt}th{cursor:auto;background:#eee}h2{break-after:avoid}tr,figure{break-inside:avoid}}
)css";

// Sorting by a header click; without script the tables read in sheet order.
constexpr const char* kScript = R"js(
document.querySelectorAll('table.sortable th').forEach(function (th) {
  th.tabIndex = 0;
  function sort() {
    var table = th.closest('table'), body = table.tBodies[0];
    var col = Array.prototype.indexOf.call(th.parentNode.children, th);
    var asc = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
    function key(row) { var c = row.cells[col]; return c ? (c.getAttribute('data-sort') || c.textContent) : ''; }
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), d;
      if (x !== '' && y !== '' && !isNaN(x) && !isNaN(y)) d = Number(x) - Number(y);
      else d = x.localeCompare(y);
      return asc ? d : -d;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  th.addEventListener('click', sort);
  th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
});
)js";

struct Cell {
  std::string text;
  std::string cls;   // td class
  std::string sort;  // data-sort, when the text does not sort right
};

class Table {
 public:
  Table(std::ostream& out, const std::vector<std::string>& headers) : out_(out) {
    out_ << "<table class=\"sortable\"><thead><tr>";
    for (const auto& h : headers) out_ << "<th scope=\"col\">" << Esc(h) << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
  }
  ~Table() { out_ << "</tbody></table>\n"; }
  void Row(const std::vector<Cell>& cells) {
    out_ << "<tr>";
    for (const Cell& c : cells) {
      out_ << "<td";
      if (!c.cls.empty()) out_ << " class=\"" << c.cls << "\"";
      if (!c.sort.empty()) out_ << " data-sort=\"" << Esc(c.sort) << "\"";
      out_ << ">" << Esc(c.text) << "</td>";
    }
    out_ << "</tr>\n";
  }

 private:
  std::ostream& out_;
};

Cell Where(const Provenance& w) {
  // Sorts by document, then position.
  char key[64];
  std::snprintf(key, sizeof key, "%010lld%012zu", static_cast<long long>(w.doc), w.start);
  return {FormatProvenance(w), "where", key};
}

Cell ValueCell(const SheetFigure& f) {
  std::string arrow = f.change == "up" ? "▲ " : f.change == "down" ? "▼ " : "";
  return {arrow + f.display, "num" + std::string(f.change.empty() ? "" : " " + f.change), Num(f.value)};
}

void Chart(std::ostream& out, const Sheet& sheet, const SheetSeries& series) {
  const int width = 80 + 70 * static_cast<int>(series.points.size()), height = 220;
  const int top = 24, bottom = 30, plot = height - top - bottom;
  double max = 0;
  for (auto [year, i] : series.points) max = std::max(max, sheet.figures[i].value);
  if (max <= 0) max = 1;
  std::string label = series.label.empty() ? series.unit : series.label;
  out << "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\""
      << height << "\" viewBox=\"0 0 " << width << " " << height << "\" role=\"img\" aria-label=\"" << Esc(label)
      << " by year\">\n";
  out << "<line x1=\"30\" y1=\"" << top + plot << "\" x2=\"" << width - 10 << "\" y2=\"" << top + plot
      << "\" stroke=\"#889\"/>\n";
  int x = 50;
  for (auto [year, i] : series.points) {
    const SheetFigure& f = sheet.figures[i];
    int h = std::max(1, static_cast<int>(plot * std::max(0.0, f.value) / max + 0.5));
    out << "<rect class=\"bar\" x=\"" << x << "\" y=\"" << top + plot - h << "\" width=\"40\" height=\"" << h
        << "\"><title>" << year << ": " << Esc(f.display) << " (" << Esc(FormatProvenance(f.where))
        << ")</title></rect>\n";
    out << "<text x=\"" << x + 20 << "\" y=\"" << top + plot - h - 6 << "\" text-anchor=\"middle\">"
        << Esc(f.display) << "</text>\n";
    out << "<text x=\"" << x + 20 << "\" y=\"" << top + plot + 16 << "\" text-anchor=\"middle\">" << year
        << "</text>\n";
    x += 70;
  }
  out << "</svg><figcaption>" << Esc(label) << " (" << Esc(series.unit) << ") by year</figcaption></figure>\n";
}

class HtmlRenderer : public SheetRenderer {
 public:
  void Render(const Sheet& sheet, SheetSection section, std::ostream& out) const override {
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        << "<title>Fact sheet" << (sheet.query.empty() ? "" : ": " + Esc(sheet.query)) << "</title>\n<style>"
        << kStyle << "</style>\n</head>\n<body>\n<header>\n<h1>Fact sheet</h1>\n";
    if (!sheet.query.empty()) out << "<p class=\"query\">Query: <code>" << Esc(sheet.query) << "</code></p>\n";
    out << "<p>" << sheet.documents.size() << (sheet.documents.size() == 1 ? " document" : " documents")
        << ". Provenance is <code>DOC ¶SEGMENT [START,END)</code>: <code>dossier show DOC --at START</code> "
           "prints the paragraph. Click a column header to sort.</p>\n</header>\n";

    if (Wants(section, SheetSection::kDocuments)) {
      out << "<section id=\"documents\">\n<h2>Documents</h2>\n";
      {
        Table t(out, {"Doc", "Title", "Date", "Kind", "Source", "Languages", "Where"});
        for (const SheetDocument& d : sheet.documents) {
          t.Row({{std::to_string(d.id), "num", ""}, {d.title}, {d.date}, {d.kind}, {d.source},
                 {Join(d.langs, ", ")}, Where(d.where)});
        }
      }  // the table closes before its section
      out << "</section>\n";
    }
    if (Wants(section, SheetSection::kFigures)) {
      out << "<section id=\"figures\">\n<h2>Key figures</h2>\n";
      for (const SheetSeries& s : sheet.series) Chart(out, sheet, s);
      if (sheet.figures.empty()) {
        out << "<p class=\"none\">None.</p>\n";
      } else {
        Table t(out, {"Value", "Unit", "Measures", "Period", "As written", "Quote", "Where"});
        for (const SheetFigure& f : sheet.figures)
          t.Row({ValueCell(f), {f.unit}, {f.measures}, {f.period}, {f.text}, {f.quote, "quote"}, Where(f.where)});
      }
      out << "</section>\n";
    }
    if (Wants(section, SheetSection::kTimeline)) {
      out << "<section id=\"timeline\">\n<h2>Timeline</h2>\n";
      if (sheet.timeline.empty()) {
        out << "<p class=\"none\">None.</p>\n";
      } else {
        Table t(out, {"Date", "As written", "Event", "Where"});
        for (const SheetEvent& e : sheet.timeline) t.Row({{e.date}, {e.text}, {e.quote, "quote"}, Where(e.where)});
      }
      out << "</section>\n";
    }
    if (Wants(section, SheetSection::kOrganisations)) {
      out << "<section id=\"organisations\">\n<h2>Organisations</h2>\n";
      if (sheet.organisations.empty()) {
        out << "<p class=\"none\">None.</p>\n";
      } else {
        Table t(out, {"Organisation", "Id", "Doc", "Mentions", "Forms", "First mention"});
        for (const SheetOrganisation& o : sheet.organisations) {
          for (const SheetOrgInDocument& d : o.documents) {
            std::string forms;
            for (const auto& [lang, list] : d.forms) forms += (forms.empty() ? "" : "; ") + lang + ": " + Join(list, ", ");
            t.Row({{o.name}, {o.id}, {std::to_string(d.first.doc), "num"}, {std::to_string(d.mentions), "num"},
                   {forms}, Where(d.first)});
          }
        }
      }
      out << "</section>\n";
    }
    if (Wants(section, SheetSection::kCommitments)) {
      out << "<section id=\"commitments\">\n<h2>Commitments</h2>\n";
      if (sheet.actors.empty()) out << "<p class=\"none\">None.</p>\n";
      for (const SheetActor& a : sheet.actors) {
        out << "<h3>" << Esc(a.actor) << "</h3>\n";
        Table t(out, {"Strength", "Clause", "Date", "Where"});
        for (const SheetCommitment& c : a.commitments) t.Row({{c.strength}, {c.clause, "quote"}, {c.date}, Where(c.where)});
      }
      out << "</section>\n";
    }
    if (Wants(section, SheetSection::kCorroboration)) {
      out << "<section id=\"corroboration\">\n<h2>Corroboration</h2>\n";
      if (sheet.documents.size() < 2) {
        out << "<p class=\"none\">Needs two or more documents.</p>\n";
      } else {
        out << "<h3>Corroborated figures</h3>\n";
        if (sheet.corroborated.empty()) {
          out << "<p class=\"none\">None.</p>\n";
        } else {
          Table t(out, {"#", "Value", "Measures", "Period", "Source value", "As written", "Quote", "Where"});
          for (size_t g = 0; g < sheet.corroborated.size(); ++g) {
            const SheetFigure& first = sheet.figures[sheet.corroborated[g].figures.front()];
            for (size_t i : sheet.corroborated[g].figures) {
              const SheetFigure& f = sheet.figures[i];
              t.Row({{"c" + std::to_string(g + 1)}, ValueCell(first), {first.measures}, {first.period},
                     ValueCell(f), {f.text}, {f.quote, "quote"}, Where(f.where)});
            }
          }
        }
        out << "<h3>Conflicts</h3>\n";
        if (sheet.conflicts.empty()) {
          out << "<p class=\"none\">None.</p>\n";
        } else {
          Table t(out, {"#", "Value", "Measures", "Period", "Difference", "As written", "Quote", "Where"});
          for (size_t k = 0; k < sheet.conflicts.size(); ++k) {
            const SheetConflict& c = sheet.conflicts[k];
            char diff[32];
            std::snprintf(diff, sizeof diff, "%.1f %%", c.relative_difference * 100);
            for (size_t i : {c.a, c.b}) {
              const SheetFigure& f = sheet.figures[i];
              t.Row({{"k" + std::to_string(k + 1)}, ValueCell(f), {f.measures}, {f.period},
                     {diff, "num", Num(c.relative_difference)}, {f.text}, {f.quote, "quote"}, Where(f.where)});
            }
          }
        }
      }
      out << "</section>\n";
    }
    out << "<script>" << kScript << "</script>\n</body>\n</html>\n";
  }
};

}  // namespace

std::unique_ptr<SheetRenderer> MakeHtmlSheetRenderer() { return std::make_unique<HtmlRenderer>(); }

}  // namespace dossier
