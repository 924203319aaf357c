// Han variant folding: one canonical (simplified Chinese) form per character.
//
//   FoldHan(U'經') == U'经'   // traditional -> simplified (OpenCC t2s)
//   FoldHan(U'経') == U'经'   // Japanese shinjitai -> traditional -> simplified (jp2t, t2s)
//   FoldHan(U'A')  == U'A'    // everything else is itself
//
// The search index stores and queries folded characters, so 经济, 經濟 and
// 経済 are one term. The table is built once per process from OpenCC's own
// dictionaries (character by character, so it never changes text length) and
// is then a flat array lookup. It is a search key, not a conversion: it
// conflates a few pairs that full-text conversion keeps apart by context
// (word-level rules such as 計画 -> 计划 are out of reach one character at a
// time).
//
// Rule per character c: t2s(c) when t2s changes c (c is a traditional form);
// otherwise t2s(jp2t(c)) when that differs (c is a Japanese-only form such
// as 経, 団, 対, 発); otherwise c. Preferring t2s keeps Chinese 連 -> 连
// (jp2t alone would make it 聯 -> 联).
#pragma once

namespace dossier {

char32_t FoldHan(char32_t c);
// The table behind FoldHan for hot loops: entry c - kHanFoldFirst for
// kHanFoldFirst <= c <= kHanFoldLast; characters outside fold to themselves.
inline constexpr char32_t kHanFoldFirst = 0x3400;
inline constexpr char32_t kHanFoldLast = 0xFAFF;
const char32_t* HanFoldTable();
// How many characters the table changes (for tests and `dossier check`).
int HanFoldTableSize();

}  // namespace dossier
