#include "ingest/validate.h"

#include <unicode/normalizer2.h>

#include <string>

#include "ingest/ingest.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {
Status Broken(const Document& doc, const std::string& what) { return Status::Internal(doc.path, what); }
std::string SpanText(Span s) { return "[" + std::to_string(s.start) + ", " + std::to_string(s.end) + ")"; }
}  // namespace

Status ValidateDocument(const Document& doc) {
  const std::string& t = doc.text;
  if (size_t bad = utf8::FindInvalid(t); bad != std::string::npos)
    return Broken(doc, "text is not valid UTF-8 at byte " + std::to_string(bad));
  if (t.find('\r') != std::string::npos) return Broken(doc, "text contains '\\r'");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) &&
      !nfc->isNormalizedUTF8(icu::StringPiece(t.data(), static_cast<int32_t>(t.size())), status))
    return Broken(doc, "text is not in NFC");
  if (doc.segments.empty()) return t.empty() ? Status::Ok() : Broken(doc, "text without segments");
  size_t expected_start = 0;
  for (size_t i = 0; i < doc.segments.size(); ++i) {
    const Segment& s = doc.segments[i];
    std::string name = "segment " + std::to_string(i) + " " + SpanText(s.span);
    if (s.span.start >= s.span.end || s.span.end > t.size()) return Broken(doc, name + " is empty or out of range");
    if (s.span.start != expected_start)
      return Broken(doc, name + " does not start 2 bytes after the previous one (\"\\n\\n\" between segments)");
    if (i > 0 && t.compare(s.span.start - 2, 2, "\n\n") != 0)
      return Broken(doc, name + " is not separated from the previous segment by \"\\n\\n\"");
    if (!utf8::IsBoundary(t, s.span.start) || !utf8::IsBoundary(t, s.span.end))
      return Broken(doc, name + " is not on code point boundaries");
    std::string_view body = doc.slice(s.span);
    if (body.find("\n\n") != std::string_view::npos) return Broken(doc, name + " contains a blank line");
    if (body.front() == ' ' || body.back() == ' ' || body.front() == '\n' || body.back() == '\n')
      return Broken(doc, name + " starts or ends with white space");
    if (s.lang != lang::kEnglish && s.lang != lang::kJapanese && s.lang != lang::kSimplifiedChinese &&
        s.lang != lang::kTraditionalChinese)
      return Broken(doc, name + " has language tag \"" + s.lang + "\"");
    if (s.sentences.empty()) return Broken(doc, name + " has no sentences");
    size_t prev_end = s.span.start;
    for (Span sent : s.sentences) {
      if (sent.start >= sent.end || sent.start < prev_end || sent.end > s.span.end)
        return Broken(doc, name + ": sentence " + SpanText(sent) + " is empty, out of order or outside");
      if (!utf8::IsBoundary(t, sent.start) || !utf8::IsBoundary(t, sent.end))
        return Broken(doc, name + ": sentence " + SpanText(sent) + " is not on code point boundaries");
      prev_end = sent.end;
    }
    expected_start = s.span.end + 2;
  }
  if (doc.segments.back().span.end != t.size()) return Broken(doc, "text goes on after the last segment");
  if (!doc.meta.content_hash.empty() && doc.meta.content_hash != ContentHash(t))
    return Broken(doc, "content hash does not match the text");
  return Status::Ok();
}

}  // namespace dossier
