// The ingestion pipeline: file_reader -> format_sniffer -> charset ->
// (text_reader | html_reader | xml_reader) -> segmenter -> metadata.
// Each step is its own file; this one only wires them (see ingest.h).
#include "ingest/ingest.h"

#include <algorithm>

#include "ingest/charset.h"
#include "ingest/file_reader.h"
#include "ingest/format_sniffer.h"
#include "ingest/html_reader.h"
#include "ingest/metadata.h"
#include "ingest/normalizer.h"
#include "ingest/segmenter.h"
#include "ingest/text_reader.h"
#include "ingest/utf8.h"
#include "ingest/xml_reader.h"

namespace dossier {

namespace {

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; });
}

// Display width of the stand-in title of a document without a title line.
constexpr int kMaxUntitledWidth = 80;

constexpr std::string_view kKnownKinds[] = {"speech", "communique", "press-release", "interview",
                                            "article", "statement", "report"};

}  // namespace

StatusOr<Document> IngestFile(const std::string& path, const IngestOptions& options) {
  StatusOr<std::string> bytes = ReadFileLimited(path, options.max_bytes);
  if (!bytes.ok()) return bytes.status();
  return IngestBytes(*bytes, path, options);
}

StatusOr<Document> IngestBytes(std::string_view bytes, const std::string& path,
                               const IngestOptions& options) {
  if (bytes.size() > options.max_bytes)
    return Status::TooLarge(path, "file is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
                                      std::to_string(options.max_bytes) + " bytes (IngestOptions::max_bytes)");
  if (IsBlank(std::string_view(bytes).substr(0, std::min<size_t>(bytes.size(), 1 << 16))) &&
      IsBlank(bytes))
    return Status::InvalidInput(path, bytes.empty() ? "empty file" : "file holds only white space");
  if (Status s = CheckNotBinary(bytes, path); !s.ok()) return s;

  // The format decides which charset declaration to look for; UTF-16 files
  // are sniffed after decoding.
  bool utf16 = bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                                     (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
  InputFormat format = utf16 ? InputFormat::kText : SniffFormat(bytes, path);
  CharsetOptions charset;
  charset.forced = options.encoding;
  charset.declared = utf16 ? std::string() : DeclaredCharset(bytes, format);
  StatusOr<DecodedText> decoded = DecodeToUtf8(bytes, charset, path);
  if (!decoded.ok()) return decoded.status();
  if (utf16) format = SniffFormat(decoded->text, path);

  StatusOr<ReaderOutput> read = ReaderOutput();
  switch (format) {
    case InputFormat::kText:
      read = ReadPlainText(NormalizeText(PipeTabbedRows(decoded->text)));
      break;
    case InputFormat::kHtml:
      read = ReadHtml(decoded->text, path);
      break;
    case InputFormat::kXml:
      read = ReadXml(decoded->text, path);
      break;
  }
  if (!read.ok()) return read.status();
  ReaderOutput& r = *read;

  Document doc;
  doc.path = path;
  AssembleDocument(r.blocks, options.lang, &doc);
  if (doc.segments.empty()) return Status::InvalidInput(path, "no text in the document");

  DocumentMeta& m = doc.meta;
  m.format = r.format;
  m.encoding = decoded->encoding;
  m.title = r.title;
  if (m.title.empty()) {
    for (const Segment& s : doc.segments)
      if (s.kind == SegmentKind::kTitle) {
        m.title = std::string(doc.slice(s.span));
        break;
      }
    // No title line: the start of the first segment stands in, cut to a
    // display width that fits a listing (a one-line file is not its own title).
    if (m.title.empty()) {
      std::string_view first = doc.slice(doc.segments.front().span);
      size_t pos = 0, cut = 0;
      int width = 0;
      while (pos < first.size() && width <= kMaxUntitledWidth) {
        cut = pos;
        width += utf8::DisplayWidth(utf8::Next(first, &pos));
      }
      if (width <= kMaxUntitledWidth) cut = first.size();
      m.title = std::string(first.substr(0, cut));
      if (cut < first.size()) m.title += "…";
    }
  }
  // Blocks at the top, for the dateline and kind cues.
  std::vector<std::string_view> top;
  for (size_t i = 0; i < doc.segments.size() && top.size() < kDatelineBlocks; ++i)
    top.push_back(doc.slice(doc.segments[i].span));
  if (!r.date.empty()) {
    m.date = r.date;
    m.date_source = r.date_source;
  } else if (std::optional<Dateline> d = FindDatelineDate(top)) {
    m.date = d->iso;
    m.date_source = std::string(date_source::kDateline);
  } else if (!options.date.empty()) {
    m.date = options.date;
    m.date_source = std::string(date_source::kOption);
  }
  if (!r.kind.empty() && std::find(std::begin(kKnownKinds), std::end(kKnownKinds), r.kind) != std::end(kKnownKinds)) {
    m.kind = r.kind;
  } else {
    std::vector<std::string_view> first;
    for (size_t i = 0; i < doc.segments.size() && first.size() < 5; ++i)
      if (doc.segments[i].kind != SegmentKind::kTitle) first.push_back(doc.slice(doc.segments[i].span));
    m.kind = DetectKind(m.title, first);
  }
  m.source = !options.source.empty() ? options.source : r.source;
  m.author = r.author;
  m.content_hash = ContentHash(doc.text);
  return doc;
}

}  // namespace dossier
