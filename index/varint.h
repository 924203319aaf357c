// LEB128 varints: 7 bits a byte, low bits first, the high bit set on every
// byte but the last. The packed formats of index/ use them for lengths and
// offsets (stored_text.h, fact_pack.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

inline void AppendVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Reads the varint at `*pos` into `*v` and moves `*pos` past it. False, with
// `*pos` unchanged, if `in` ends inside it or it is longer than 10 bytes.
inline bool ReadVarint(std::string_view in, size_t* pos, uint64_t* v) {
  uint64_t n = 0;
  for (size_t i = *pos, shift = 0; i < in.size() && shift < 70; ++i, shift += 7) {
    const auto b = static_cast<unsigned char>(in[i]);
    n |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (!(b & 0x80)) {
      *v = n;
      *pos = i + 1;
      return true;
    }
  }
  return false;
}

}  // namespace dossier
