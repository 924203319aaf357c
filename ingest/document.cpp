#include "ingest/document.h"

#include <algorithm>

namespace dossier {

std::string_view SegmentKindName(SegmentKind kind) {
  switch (kind) {
    case SegmentKind::kTitle: return "title";
    case SegmentKind::kHeading: return "heading";
    case SegmentKind::kParagraph: return "paragraph";
  }
  return "paragraph";
}

bool ParseSegmentKind(std::string_view name, SegmentKind* kind) {
  for (SegmentKind k : {SegmentKind::kTitle, SegmentKind::kHeading, SegmentKind::kParagraph}) {
    if (SegmentKindName(k) == name) {
      *kind = k;
      return true;
    }
  }
  return false;
}

std::vector<std::string> Document::Languages() const {
  std::vector<std::string> out;
  for (const Segment& s : segments)
    if (std::find(out.begin(), out.end(), s.lang) == out.end()) out.push_back(s.lang);
  return out;
}

const Segment* Document::SegmentAt(size_t pos) const {
  auto it = std::upper_bound(segments.begin(), segments.end(), pos,
                             [](size_t p, const Segment& s) { return p < s.span.start; });
  if (it == segments.begin()) return nullptr;
  --it;
  return pos < it->span.end || (pos == it->span.end && it->span.size() == 0) ? &*it : nullptr;
}

}  // namespace dossier
