// Plain text reader: normalised text -> blocks (title, headings, paragraphs).
//
//   ReaderOutput out = ReadPlainText(NormalizeText(decoded));
//
// Steps: split into lines; AnalyzeWrapping; FindBoilerplateLines; JoinParagraphs.
// Then the title:
//   * normally the first paragraph (the first line of the file);
//   * a page title with a site name ("Headline | Site", "Headline - Site")
//     whose headline is repeated as a line within the next 15 paragraphs:
//     the first line is dropped (a copy), the repeated line is the title and
//     the site name becomes the source;
//   * when a dateline follows at least two paragraphs at the top (web
//     captures: section labels, publisher lines, then the headline), the
//     title is the longest of the paragraphs above the dateline that is short
//     (<= 200 columns), does not end in a full stop and is not repeated;
//     unless that line is in another language than the first line (a title
//     and its translation: the first line stays the title).
// Paragraphs before the title stay as paragraphs. Other paragraphs that
// LooksLikeNumberedHeading are headings.
#pragma once

#include <string_view>

#include "ingest/text_block.h"

namespace dossier {

ReaderOutput ReadPlainText(std::string_view normalized);

// Tabs stand between the cells of a table's rows in a text file, and
// NormalizeText makes them spaces. Before it, a line of three cells or more
// apart by tabs becomes a pipe row ("Semiconductors\t9.0\t12.6" ->
// "Semiconductors | 9.0 | 12.6"), as HTML data rows are written, so the
// columns survive (extract/table_cells.h). A run of tabs is one separator
// (tabs also align columns); other lines are left as they are.
std::string PipeTabbedRows(std::string_view decoded);

}  // namespace dossier
