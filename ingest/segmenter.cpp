#include "ingest/segmenter.h"

#include "ingest/language_tagger.h"
#include "ingest/sentence_splitter.h"

namespace dossier {

void AssembleDocument(const std::vector<TextBlock>& blocks, const std::string& forced_lang, Document* doc) {
  doc->text.clear();
  doc->segments.clear();
  size_t total = 0;
  for (const TextBlock& b : blocks) total += b.text.size() + 2;
  doc->text.reserve(total);
  std::vector<std::string> declared;
  for (const TextBlock& b : blocks) {
    if (b.text.empty()) continue;
    if (!doc->text.empty()) doc->text += "\n\n";
    Segment seg;
    seg.kind = b.kind;
    seg.span = {doc->text.size(), doc->text.size() + b.text.size()};
    doc->text += b.text;
    doc->segments.push_back(std::move(seg));
    declared.push_back(!forced_lang.empty() ? forced_lang : b.lang);
  }
  TagDocumentLanguages(doc, declared);
  for (Segment& seg : doc->segments) {
    std::vector<Span> rel = SplitSentences(doc->slice(seg.span), seg.lang);
    seg.sentences.reserve(rel.size());
    for (Span s : rel) seg.sentences.push_back({seg.span.start + s.start, seg.span.start + s.end});
  }
}

}  // namespace dossier
