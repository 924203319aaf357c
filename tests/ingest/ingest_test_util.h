// Helpers for the ingest tests: ingest bytes, require success, and check the
// Document invariants on every document a test makes.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "ingest/charset.h"
#include "ingest/ingest.h"
#include "ingest/validate.h"

namespace dossier::test {

inline Document MustIngest(std::string_view bytes, const std::string& path, const IngestOptions& options = {}) {
  StatusOr<Document> doc = IngestBytes(bytes, path, options);
  INFO("help: ingestion failed: " << doc.status().ToString());
  REQUIRE(doc.ok());
  Status valid = ValidateDocument(*doc);
  INFO("help: a Document invariant is broken: " << valid.ToString());
  REQUIRE(valid.ok());
  return std::move(doc).value();
}

inline std::vector<std::string> SegmentTexts(const Document& doc) {
  std::vector<std::string> out;
  for (const Segment& s : doc.segments) out.emplace_back(doc.slice(s.span));
  return out;
}

// UTF-8 -> `encoding` with ICU (ucnv); fails the test if ICU cannot.
inline std::string Encode(std::string_view utf8, const char* encoding) {
  std::string out = EncodeFromUtf8(utf8, encoding);
  REQUIRE(!out.empty());
  return out;
}

}  // namespace dossier::test
