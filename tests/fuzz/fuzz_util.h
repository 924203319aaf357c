// Shared checks for the libFuzzer targets: the invariants every document and
// fact must keep, whatever the input. A violated invariant aborts, which
// libFuzzer reports as a crash with the input that caused it.
//
// Limits the targets impose, and why (so a timeout points at a real problem):
//   * inputs above 1 MiB are skipped: the readers' linear-time behaviour on
//     large inputs is tested by the hostile-input tests, not by fuzzing;
//   * nothing else is limited: every reader and extractor must stay linear.
#pragma once

#include <cstdlib>
#include <string_view>

#include "extract/fact.h"
#include "ingest/document.h"
#include "ingest/utf8.h"

namespace dossier::fuzz {

constexpr size_t kMaxInput = 1 << 20;

inline void Require(bool ok) {
  if (!ok) std::abort();
}

inline void CheckDocument(const Document& doc) {
  Require(utf8::IsValid(doc.text));
  size_t last_end = 0;
  for (const Segment& s : doc.segments) {
    Require(s.span.start >= last_end && s.span.start <= s.span.end && s.span.end <= doc.text.size());
    Require(utf8::IsBoundary(doc.text, s.span.start) && utf8::IsBoundary(doc.text, s.span.end));
    for (const Span& sent : s.sentences)
      Require(sent.start >= s.span.start && sent.end <= s.span.end && sent.start <= sent.end);
    last_end = s.span.end;
  }
}

inline void CheckFact(const Document& doc, const Fact& f) {
  Require(f.span.start <= f.span.end && f.span.end <= doc.text.size());
  Require(doc.text.compare(f.span.start, f.span.size(), f.text) == 0);
  Require(utf8::IsValid(f.text));
}

}  // namespace dossier::fuzz
