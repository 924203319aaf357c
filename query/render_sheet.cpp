#include "query/render_sheet.h"

#include <sstream>

namespace dossier {

bool ParseSheetFormat(std::string_view name, SheetFormat* format) {
  if (name == "markdown" || name == "md") *format = SheetFormat::kMarkdown;
  else if (name == "json") *format = SheetFormat::kJson;
  else if (name == "csv") *format = SheetFormat::kCsv;
  else if (name == "html") *format = SheetFormat::kHtml;
  else return false;
  return true;
}

bool ParseSheetSection(std::string_view name, SheetSection* section) {
  if (name == "all") *section = SheetSection::kAll;
  else if (name == "documents") *section = SheetSection::kDocuments;
  else if (name == "figures") *section = SheetSection::kFigures;
  else if (name == "timeline") *section = SheetSection::kTimeline;
  else if (name == "organisations" || name == "organizations") *section = SheetSection::kOrganisations;
  else if (name == "commitments") *section = SheetSection::kCommitments;
  else if (name == "corroboration") *section = SheetSection::kCorroboration;
  else return false;
  return true;
}

std::unique_ptr<SheetRenderer> MakeSheetRenderer(SheetFormat format) {
  switch (format) {
    case SheetFormat::kJson: return MakeJsonSheetRenderer();
    case SheetFormat::kCsv: return MakeCsvSheetRenderer();
    case SheetFormat::kHtml: return MakeHtmlSheetRenderer();
    case SheetFormat::kMarkdown: break;
  }
  return MakeMarkdownSheetRenderer();
}

std::string RenderSheet(const Sheet& sheet, SheetFormat format, SheetSection section) {
  std::ostringstream out;
  MakeSheetRenderer(format)->Render(sheet, section, out);
  return out.str();
}

}  // namespace dossier
