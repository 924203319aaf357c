// Document: what ingestion makes of a file, and what everything else reads.
//
// A Document holds the normalised text exactly as it is stored and shown by
// `dossier text`. Every offset in dossier (segments, sentences, facts, search
// hits) is a byte offset into Document::text, so any quote can be reproduced
// exactly: text.substr(start, end - start).
//
// Invariants (checked by ValidateDocument in tests):
//   * text is valid UTF-8 in NFC; lines end in '\n' only;
//   * segments are in text order, do not overlap, and lie on UTF-8 boundaries;
//   * consecutive segments are separated by "\n\n" in text; nothing else
//     of substance lies outside a segment;
//   * each sentence span lies inside its segment; sentences are in order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// A half-open byte range [start, end) into Document::text.
struct Span {
  size_t start = 0;
  size_t end = 0;
  size_t size() const { return end - start; }
  bool operator==(const Span&) const = default;
};

enum class SegmentKind { kTitle, kHeading, kParagraph };
std::string_view SegmentKindName(SegmentKind kind);  // "title", "heading", "paragraph"
bool ParseSegmentKind(std::string_view name, SegmentKind* kind);

// The language tags dossier uses (BCP 47, as the facts contract spells them).
namespace lang {
inline constexpr std::string_view kEnglish = "en";
inline constexpr std::string_view kSimplifiedChinese = "zh-Hans";
inline constexpr std::string_view kTraditionalChinese = "zh-Hant";
inline constexpr std::string_view kJapanese = "ja";
}  // namespace lang

struct Segment {
  SegmentKind kind = SegmentKind::kParagraph;
  Span span;                    // in Document::text
  std::string lang;             // one of the lang:: tags
  std::vector<Span> sentences;  // absolute offsets in Document::text
};

// Where the document date came from (stored; shown by `dossier show`).
namespace date_source {
inline constexpr std::string_view kNone = "";
inline constexpr std::string_view kDateline = "dateline";    // stated in the text
inline constexpr std::string_view kHtmlMeta = "html-meta";   // <meta> or og: tags
inline constexpr std::string_view kXml = "xml";              // <date>, TEI <date when>
inline constexpr std::string_view kOption = "option";        // --date
}  // namespace date_source

struct DocumentMeta {
  std::string title;
  std::string date;         // ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown
  std::string date_source;  // one of date_source::
  std::string kind;         // speech, communique, press-release, interview, article
  std::string source;       // --source, or what the document says
  std::string author;
  std::string format;       // txt, html, xml, tei
  std::string encoding;     // the charset the bytes were decoded from
  std::string content_hash; // SHA-256 (hex) of text
};

struct Document {
  std::string path;  // as given on the command line
  DocumentMeta meta;
  std::string text;
  std::vector<Segment> segments;

  std::string_view slice(Span s) const { return std::string_view(text).substr(s.start, s.size()); }
  // Distinct segment languages, in order of first appearance.
  std::vector<std::string> Languages() const;
  // The segment containing byte offset `pos`, or nullptr.
  const Segment* SegmentAt(size_t pos) const;
};

}  // namespace dossier
