// Fuzzes FoldedText: every folded offset maps back onto a code point boundary
// of the original, monotonically, and the end maps at or before the end
// (characters that fold to nothing at the very end, such as a soft hyphen or
// a variation selector under case folding, lie outside every folded span:
// found by this target with a lone U+FE04).
#include <cstdint>

#include "ingest/folded_text.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dossier;
  if (size > fuzz::kMaxInput) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!utf8::IsValid(text)) return 0;
  FoldedText f(text, {.nfkc = true, .case_fold = size % 2 == 1});
  size_t last = 0;
  for (size_t i = 0; i <= f.text().size(); ++i) {
    size_t a = f.ToOriginalStart(i);
    fuzz::Require(a <= size && a >= last && utf8::IsBoundary(text, a));
    last = a;
  }
  size_t end = f.ToOriginalEnd(f.text().size());
  fuzz::Require(end <= size && end >= last && utf8::IsBoundary(text, end));
  if (!f.text().empty() && end < size) {
    // Only characters that fold to nothing may follow the mapped end.
    FoldedText rest(text.substr(end), {.nfkc = true, .case_fold = size % 2 == 1});
    fuzz::Require(rest.text().empty());
  }
  return 0;
}
