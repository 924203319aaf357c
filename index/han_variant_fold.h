// FoldHanVariants: one written form for the Han characters of Chinese and
// Japanese, so 貿易 (zh-Hant, ja), 贸易 (zh-Hans) and 経済/經濟/经济 compare equal.
//
//   FoldHanVariants("日中貿易額", /*japanese=*/true)  -> "日中贸易额"
//   FoldHanVariants("中日貿易", /*japanese=*/false)   -> "中日贸易"
//
// Chinese text goes through OpenCC t2s; Japanese text through jp2t first
// (shinjitai 経 団 対 have no t2s entry), because jp2t on Chinese text is
// wrong (予以 -> 豫以). Text without Han characters comes back unchanged.
// If OpenCC's data files cannot be loaded the text comes back unchanged too:
// folding is an aid to matching, never a reason to fail.
// Thread-safe (the converters are shared behind a mutex).
#pragma once

#include <string>
#include <string_view>

namespace dossier {

std::string FoldHanVariants(std::string_view text, bool japanese);

}  // namespace dossier
