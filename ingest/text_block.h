// TextBlock: what every reader (plain text, HTML, XML, TEI) hands to the
// segmenter, and ReaderOutput: the blocks plus what the file said about itself.
//
// Block text is one normalised paragraph (NormalizeText/NormalizeInline): no
// '\n', no spaces at either end. Empty blocks are skipped by the segmenter.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"

namespace dossier {

struct TextBlock {
  SegmentKind kind = SegmentKind::kParagraph;
  std::string text;
  std::string lang;  // a lang:: tag the file declares for this block; "" = detect
};

struct ReaderOutput {
  std::string format;  // txt, html, xml, tei
  std::vector<TextBlock> blocks;
  // Metadata stated by the file (empty when it states nothing).
  std::string title;
  std::string date;         // ISO
  std::string date_source;  // date_source:: for `date`
  std::string source;
  std::string author;
  std::string kind;
};

}  // namespace dossier
