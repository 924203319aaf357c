// Fuzzes the stored-text packing (index/stored_text.h): any bytes given to
// UnpackText, as a damaged database could hold, are either a text of the
// length the header says or Corruption, never a crash or a huge allocation;
// and every input packs and unpacks to itself, also after one byte of the
// packed form is changed (which must unpack to the original or fail).
#include <cstdint>
#include <string>

#include "index/stored_text.h"
#include "tests/fuzz/fuzz_util.h"

using dossier::fuzz::Require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  auto unpacked = dossier::UnpackText(input);
  if (unpacked.ok()) Require(static_cast<int64_t>(unpacked->size()) == dossier::PackedTextBytes(input));

  const std::string packed = dossier::PackText(input);
  if (packed.empty()) return 0;  // stored as it is
  Require(packed.size() < input.size());
  auto back = dossier::UnpackText(packed);
  Require(back.ok() && *back == input);

  std::string damaged = packed;
  const size_t at = size ? data[0] * 257u % damaged.size() : 0;
  damaged[at] = static_cast<char>(damaged[at] ^ (size > 1 ? data[1] | 1 : 1));
  auto d = dossier::UnpackText(damaged);
  if (d.ok()) Require(static_cast<int64_t>(d->size()) == dossier::PackedTextBytes(damaged));
  return 0;
}
