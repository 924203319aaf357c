// Fuzzes the extractors on text: the input is taken as a UTF-8 plain-text
// document (invalid bytes replaced), and every fact must point at its own text.
// FUZZ_FACT_TYPE (set at compile time) limits the run to one extractor.
#include <cstdint>
#include <string>

#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dossier;
  if (size > fuzz::kMaxInput) return 0;
  std::string_view raw(reinterpret_cast<const char*>(data), size);
  std::string text;
  for (size_t pos = 0; pos < raw.size();) utf8::Append(&text, utf8::Next(raw, &pos));
  StatusOr<Document> doc = IngestBytes(text, "f.txt", IngestOptions{});
  if (!doc.ok()) return 0;
  ExtractFilter filter;
#ifdef FUZZ_FACT_TYPE
  filter = ExtractFilter{false, false, false, false};
  FactType t;
  if (ParseFactType(FUZZ_FACT_TYPE, &t)) {
    filter.figure = t == FactType::kFigure;
    filter.date = t == FactType::kDate;
    filter.org = t == FactType::kOrg;
    filter.commitment = t == FactType::kCommitment;
  }
#endif
  ExtractContext ctx;
  ctx.reference_date = "2025-03-22";
  for (const Fact& f : ExtractFacts(*doc, ctx, filter)) fuzz::CheckFact(*doc, f);
  return 0;
}
