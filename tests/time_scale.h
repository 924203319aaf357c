// Time and memory bounds in tests are written for an optimised build. Under
// AddressSanitizer (the CI build, scripts/test.sh) code runs several times
// slower, so every time bound is multiplied by kTimeScale: the bound still
// catches a quadratic blow-up, which costs orders of magnitude, not a
// constant factor. ASan also keeps freed memory in quarantine (256 MB) and
// maps shadow memory, so a child's peak RSS bound is MemoryBoundKb(kb):
// kb in an optimised build, 3 x kb + 512 MB under ASan. The optimised bounds
// are the real contract; `cmake --preset dev && ctest` checks them.
#pragma once

namespace dossier::test {

#if defined(__SANITIZE_ADDRESS__)
#define DOSSIER_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DOSSIER_TEST_ASAN 1
#endif
#endif

#ifdef DOSSIER_TEST_ASAN
inline constexpr double kTimeScale = 5.0;
inline constexpr long MemoryBoundKb(long kb) { return 3 * kb + 512 * 1024; }
#else
inline constexpr double kTimeScale = 1.0;
inline constexpr long MemoryBoundKb(long kb) { return kb; }
#endif

}  // namespace dossier::test
