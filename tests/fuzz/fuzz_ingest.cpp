// Fuzzes the whole ingest pipeline (format sniffing, charset detection and
// decoding, the HTML and XML readers, normalisation, segmentation). The first
// input byte picks the file name the bytes arrive under, so each reader is
// reached directly.
#include <cstdint>
#include <string>

#include "ingest/ingest.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > dossier::fuzz::kMaxInput) return 0;
  static const char* kNames[] = {"f.txt", "f.html", "f.xml", "f"};
  std::string name = kNames[data[0] % 4];
  std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  dossier::StatusOr<dossier::Document> doc = dossier::IngestBytes(bytes, name, dossier::IngestOptions{});
  if (doc.ok()) dossier::fuzz::CheckDocument(*doc);
  return 0;
}
