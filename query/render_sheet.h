// Renderers of a fact sheet (query/sheet.h): one printer per format behind
// one small interface.
//
//   std::unique_ptr<SheetRenderer> r = MakeSheetRenderer(SheetFormat::kHtml);
//   r->Render(sheet, SheetSection::kAll, std::cout);
//
// Formats (docs/sheet.md):
//   markdown  headed sections with one table each (the default);
//   json      one object, schema in docs/sheet.schema.json;
//   csv       one table per section, each row led by section,doc,segment,start,end;
//             tables separated by a blank line;
//   html      one self-contained page: inline CSS and script, no external
//             assets, printable; tables sort by clicking a header (and read
//             fine without script); an inline SVG chart per measured quantity
//             with values for several years.
// Every row of every format carries its provenance: document id, segment
// index, byte offsets [start,end) (`dossier show DOC --at START`).
// Output is deterministic: the same sheet renders to the same bytes.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "query/sheet.h"

namespace dossier {

enum class SheetFormat { kMarkdown, kJson, kCsv, kHtml };
bool ParseSheetFormat(std::string_view name, SheetFormat* format);  // markdown|md, json, csv, html

enum class SheetSection { kAll, kDocuments, kFigures, kTimeline, kOrganisations, kCommitments, kCorroboration };
// documents, figures, timeline, organisations (or organizations), commitments, corroboration
bool ParseSheetSection(std::string_view name, SheetSection* section);

class SheetRenderer {
 public:
  virtual ~SheetRenderer() = default;
  // Writes `section` of `sheet` (everything for kAll) to `out`.
  virtual void Render(const Sheet& sheet, SheetSection section, std::ostream& out) const = 0;
};

std::unique_ptr<SheetRenderer> MakeMarkdownSheetRenderer();
std::unique_ptr<SheetRenderer> MakeJsonSheetRenderer();
std::unique_ptr<SheetRenderer> MakeCsvSheetRenderer();
std::unique_ptr<SheetRenderer> MakeHtmlSheetRenderer();
std::unique_ptr<SheetRenderer> MakeSheetRenderer(SheetFormat format);

// The whole rendering as a string.
std::string RenderSheet(const Sheet& sheet, SheetFormat format, SheetSection section = SheetSection::kAll);

// The JSON form (what the json renderer prints, without the final newline);
// keys keep the order the renderer writes them in (provenance first).
nlohmann::ordered_json SheetToJson(const Sheet& sheet, SheetSection section = SheetSection::kAll);

// Whether `section` is printed when `wanted` was asked for.
inline bool Wants(SheetSection wanted, SheetSection section) {
  return wanted == SheetSection::kAll || wanted == section;
}

}  // namespace dossier
