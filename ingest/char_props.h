// CharProps: the ICU character properties that per-character loops ask
// (FoldedText, the figure extractor's NFKC check), answered from a table.
//
//   if (char_props::Has(c, char_props::kNfkcInert)) ...   // == Normalizer2::isInert
//
// Every answer is exactly ICU's: the flags of a Basic Multilingual Plane
// character are read from ICU once per process, in blocks of 256 characters
// the first time a character of the block is asked about; characters above
// U+FFFF (rare in text) ask ICU each time. Asking ICU per character was a
// fifth of extraction time (u_getCombiningClass and isInert behind a call and
// a trie lookup for every byte of every document).
#pragma once

#include <atomic>
#include <cstdint>

namespace dossier::char_props {

enum Flag : uint8_t {
  kCombining = 1,           // u_getCombiningClass(c) != 0
  kNfkcInert = 2,           // NFKC Normalizer2::isInert(c)
  kNfkcCasefoldInert = 4,   // NFKC_Casefold Normalizer2::isInert(c)
  kNfkcQuickCheckYes = 8,   // UCHAR_NFKC_QUICK_CHECK == UNORM_YES
};

namespace detail {
struct Block {
  uint8_t flags[256];
};
extern std::atomic<const Block*> bmp_blocks[256];
const Block* LoadBlock(unsigned index);  // reads the block from ICU (thread-safe)
uint8_t FromIcu(char32_t c);             // any code point, straight from ICU
}  // namespace detail

// The flags of `c` (a set of Flag bits).
inline uint8_t Flags(char32_t c) {
  if (c >= 0x10000) return detail::FromIcu(c);
  const detail::Block* block = detail::bmp_blocks[c >> 8].load(std::memory_order_acquire);
  if (block == nullptr) block = detail::LoadBlock(c >> 8);
  return block->flags[c & 0xFF];
}

inline bool Has(char32_t c, Flag flag) { return (Flags(c) & flag) != 0; }

}  // namespace dossier::char_props
