#include <catch2/catch.hpp>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include "ingest/char_props.h"

namespace dossier {
namespace {

uint8_t IcuFlags(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  REQUIRE(U_SUCCESS(status));
  const auto u = static_cast<UChar32>(c);
  uint8_t f = 0;
  if (u_getCombiningClass(u) != 0) f |= char_props::kCombining;
  if (nfkc->isInert(u)) f |= char_props::kNfkcInert;
  if (nfkc_cf->isInert(u)) f |= char_props::kNfkcCasefoldInert;
  if (u_getIntPropertyValue(u, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES) f |= char_props::kNfkcQuickCheckYes;
  return f;
}

TEST_CASE("char_props: the table gives ICU's answer for every BMP character and beyond", "[char_props]") {
  // Asked out of order so blocks are loaded in the middle of other blocks' use.
  for (char32_t c = 0xFFFF;; --c) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    REQUIRE(char_props::Flags(c) == IcuFlags(c));
    if (c == 0) break;
  }
  for (char32_t c : {U'\U0001D400', U'\U0001F600', U'\U00020000', U'\U0002F800', U'\U000E0100', U'\U0010FFFF'}) {
    INFO("U+" << std::hex << static_cast<uint32_t>(c));
    REQUIRE(char_props::Flags(c) == IcuFlags(c));
  }
}

TEST_CASE("char_props: flags of characters the folding code depends on", "[char_props]") {
  CHECK(char_props::Has(U'\u0301', char_props::kCombining));        // combining acute
  CHECK(char_props::Has(U'\u3099', char_props::kCombining));        // kana voicing mark
  CHECK_FALSE(char_props::Has(U'a', char_props::kCombining));
  CHECK(char_props::Has(U'経', char_props::kNfkcInert));
  CHECK_FALSE(char_props::Has(U'２', char_props::kNfkcInert));       // full-width digit folds
  CHECK(char_props::Has(U'経', char_props::kNfkcCasefoldInert));
  CHECK_FALSE(char_props::Has(U'Σ', char_props::kNfkcCasefoldInert));  // case folding changes it
  CHECK_FALSE(char_props::Has(U'a', char_props::kNfkcInert));  // a mark after it may compose with it
  CHECK_FALSE(char_props::Has(U'ﬁ', char_props::kNfkcQuickCheckYes));
}

}  // namespace
}  // namespace dossier
