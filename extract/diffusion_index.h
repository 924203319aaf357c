// Diffusion indexes in prose: the values a business survey reports without
// a unit. Two kinds:
//
//   * balances, "good" minus "bad" answers in percentage points (the Tankan):
//     大企業製造業の業況判断ＤＩ（「良い」－「悪い」、％ポイント）は＋１５と、
//     前回９月調査（＋１４）から１ポイント改善した。
//     -> "＋１５" and "＋１４": 15 and 14 pp (levels, no change);
//   * levels of an index on a 0-100 scale with 50 for "unchanged" (the
//     Economy Watchers Survey, a PMI), written with one decimal:
//     現状判断DIは、前月差0.4ポイント低下の48.7となった。
//     -> "48.7": 48.7, unit "index".
//
// A number is read as one only in a sentence that names a DI or BSI, and
// only standing alone as a value: after は, が, 、, の or an opening
// bracket, before と, 、, に, 。 or a bracket. A balance is signed or zero
// ("＋１５", "－１０", "０"); a level has one decimal and lies between 0 and
// 100. "２ポイント改善" has its unit; a bare "１９９１年" or "第２０８回" is none
// of these.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dossier {

struct IndexValue {
  Span span;     // the number as written, sign included ("＋１５")
  double value;  // signed: -10 for "－１０"
  bool level;    // a level on a 0-100 scale ("48.7"), not a balance in points
};

std::vector<IndexValue> FindIndexValues(const Document& doc);

// Whether the (folded) text names a diffusion or business survey index:
// "DI" or "BSI" as a word of its own (業況判断DI), not inside a longer Latin
// word (DIGITAL).
bool NamesDiffusionIndex(std::string_view folded);

}  // namespace dossier
