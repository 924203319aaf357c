// Language tags by script: en, ja, zh-Hans, zh-Hant.
//
//   DetectLanguage("本日、東京において会談が行われた。")  -> "ja"   (kana)
//   DetectLanguage("经济合作")                          -> "zh-Hans"
//   DetectLanguage("經濟合作")                          -> "zh-Hant"
//   DetectLanguage("Lu spoke at 中国大连高级经理学院 in Dalian ...") -> "en"
//   DetectLanguage("2024")                              -> ""  (no letters: undecided)
//
// Rules, per text:
//   * Latin letters dominate (more than 3 per CJK character: a Chinese word
//     carries about as much as an English one) -> en;
//   * any kana, at least 1 kana per 20 CJK characters -> ja (a Chinese text
//     quoting one Japanese name stays Chinese);
//   * Han -> zh-Hant when characters that only exist in traditional writing
//     outnumber those that only exist in simplified writing, else zh-Hans.
//     The two sets are built once from OpenCC's t2s and s2t tables: c is
//     traditional-only when t2s changes it and s2t does not; simplified-only
//     the other way round. Characters both conversions leave alone (人, 中,
//     Japanese 経) count for neither.
//
// TagDocumentLanguages then resolves what a single segment cannot: segments
// without letters take their neighbour's tag; Han-only segments next to
// Japanese segments (a kanji-only heading in a Japanese document) become ja;
// Chinese segments without any variant-only character ("（完）") take the
// document's variant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dossier {

struct ScriptCounts {
  size_t han = 0, kana = 0, hangul = 0, latin = 0;
  size_t traditional_only = 0, simplified_only = 0;
};

ScriptCounts CountScripts(std::string_view text);

// "" when the text has no letters.
std::string DetectLanguage(std::string_view text);
std::string LanguageFromCounts(const ScriptCounts& counts);

// Sets Segment::lang for every segment of `doc`. Segments whose `declared`
// entry is non-empty (a lang attribute, --lang) keep that tag.
void TagDocumentLanguages(Document* doc, const std::vector<std::string>& declared);

// Maps a BCP 47 tag as found in documents ("zh-CN", "zh_TW", "ja-JP", "en-GB",
// "zh-Hant-HK") to one of the lang:: tags, or "" when it is none of them.
std::string CanonicalLanguageTag(std::string_view tag);

}  // namespace dossier
