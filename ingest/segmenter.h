// Segmenter: lays blocks out as Document::text and cuts segments and sentences.
//
//   Document doc;
//   AssembleDocument(blocks, "", &doc);
//   // doc.text = block0 + "\n\n" + block1 + ...; one Segment per non-empty block
//
// Each block becomes one segment of the block's kind; segments are joined by
// "\n\n" and hold no blank line themselves (a block's inner "\n" would break
// that, so block text is one line). Languages: `forced_lang` (--lang) for
// every segment, else the block's declared tag, else TagDocumentLanguages.
// Sentences: SplitSentences in the segment's language, as absolute offsets.
#pragma once

#include <string>
#include <vector>

#include "ingest/document.h"
#include "ingest/text_block.h"

namespace dossier {

void AssembleDocument(const std::vector<TextBlock>& blocks, const std::string& forced_lang, Document* doc);

}  // namespace dossier
