// Fuzzes the numeral parser at every byte offset of the input: it must never
// read past the text, and a parsed numeral must have a finite value.
#include <cmath>
#include <cstdint>

#include "extract/numeral.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;  // Parse is called at every offset: keep it quadratic-safe
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const dossier::NumeralParser& parser = dossier::DefaultNumeralParser();
  for (size_t pos = 0; pos < size; ++pos) {
    auto n = parser.Parse(text, pos);
    if (n) {
      dossier::fuzz::Require(n->length > 0 && pos + n->length <= size);
      dossier::fuzz::Require(!std::isnan(n->value));
    }
  }
  return 0;
}
