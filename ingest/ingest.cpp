// Placeholder pipeline: UTF-8 plain text only, one paragraph per line.
// The full pipeline (charsets, HTML, XML, normalisation, boilerplate,
// segmentation, metadata) replaces this file.
#include "ingest/ingest.h"

#include <fstream>
#include <sstream>

#include "ingest/utf8.h"

namespace dossier {

StatusOr<Document> IngestFile(const std::string& path, const IngestOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path, "cannot open");
  std::ostringstream buf;
  buf << in.rdbuf();
  return IngestBytes(buf.str(), path, options);
}

StatusOr<Document> IngestBytes(std::string_view bytes, const std::string& path,
                               const IngestOptions& options) {
  if (bytes.size() > options.max_bytes) return Status::TooLarge(path, "file too large");
  if (!utf8::IsValid(bytes)) return Status::InvalidInput(path, "not UTF-8");
  Document doc;
  doc.path = path;
  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty()) continue;
    if (!doc.text.empty()) doc.text += "\n\n";
    Segment seg;
    seg.kind = doc.segments.empty() ? SegmentKind::kTitle : SegmentKind::kParagraph;
    seg.span = {doc.text.size(), doc.text.size() + line.size()};
    doc.text += line;
    bool kana = false, han = false;
    size_t p = 0;
    while (p < line.size()) {
      char32_t c = utf8::Next(line, &p);
      kana |= utf8::IsKana(c);
      han |= utf8::IsHan(c);
    }
    seg.lang = !options.lang.empty() ? options.lang : kana ? "ja" : han ? "zh-Hans" : "en";
    seg.sentences.push_back(seg.span);
    doc.segments.push_back(std::move(seg));
  }
  if (doc.segments.empty()) return Status::InvalidInput(path, "empty document");
  doc.meta.title = std::string(doc.slice(doc.segments[0].span));
  doc.meta.date = options.date;
  doc.meta.date_source = options.date.empty() ? "" : std::string(date_source::kOption);
  doc.meta.source = options.source;
  doc.meta.format = "txt";
  doc.meta.encoding = "UTF-8";
  doc.meta.content_hash = ContentHash(doc.text);
  return doc;
}

}  // namespace dossier
