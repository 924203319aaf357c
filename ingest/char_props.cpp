#include "ingest/char_props.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace dossier::char_props::detail {

std::atomic<const Block*> bmp_blocks[256];

uint8_t FromIcu(char32_t c) {
  // Looked up once: the instances are process-wide singletons in ICU.
  static const icu::Normalizer2* const nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  static const icu::Normalizer2* const nfkc_cf = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  const auto u = static_cast<UChar32>(c);
  uint8_t flags = 0;
  if (u_getCombiningClass(u) != 0) flags |= kCombining;
  if (nfkc != nullptr && nfkc->isInert(u)) flags |= kNfkcInert;
  if (nfkc_cf != nullptr && nfkc_cf->isInert(u)) flags |= kNfkcCasefoldInert;
  if (u_getIntPropertyValue(u, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES) flags |= kNfkcQuickCheckYes;
  return flags;
}

const Block* LoadBlock(unsigned index) {
  auto* block = new Block;
  for (unsigned i = 0; i < 256; ++i) block->flags[i] = FromIcu(static_cast<char32_t>(index << 8 | i));
  // Two threads may read the same block at once: the first one published
  // wins and the other's copy (identical) is dropped. Published blocks live
  // as long as the process.
  const Block* expected = nullptr;
  if (bmp_blocks[index].compare_exchange_strong(expected, block, std::memory_order_acq_rel)) return block;
  delete block;
  return expected;
}

}  // namespace dossier::char_props::detail
