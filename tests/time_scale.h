// Time bounds in tests are written for an optimised build. Under
// AddressSanitizer (the CI build, scripts/test.sh) code runs several times
// slower, so every bound is multiplied by kTimeScale: the bound still catches
// a quadratic blow-up, which costs orders of magnitude, not a constant factor.
#pragma once

namespace dossier::test {

#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kTimeScale = 5.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kTimeScale = 5.0;
#else
inline constexpr double kTimeScale = 1.0;
#endif
#else
inline constexpr double kTimeScale = 1.0;
#endif

}  // namespace dossier::test
