// Diffusion indexes in prose: the signed balances a business survey reports
// ("good" minus "bad" answers, in percentage points).
//
//   大企業製造業の業況判断ＤＩ（「良い」－「悪い」、％ポイント）は＋１５と、
//   前回９月調査（＋１４）から１ポイント改善した。
//   -> "＋１５" and "＋１４": 15 and 14 pp (levels, no change).
//
// A DI is written without a unit: its sign says it is a balance. So a
// number is read as one only in a sentence that names a DI or BSI, only
// when it is signed or zero ("＋１５", "－１０", "０"), and only standing
// alone as a value: after は, が, 、 or an opening bracket, before と, 、,
// に, 。 or a closing bracket. "２ポイント改善" has its unit; a bare
// "１９９１年" or "第２０８回" is none of these.
#pragma once

#include <vector>

#include "ingest/document.h"

namespace dossier {

struct IndexBalance {
  Span span;     // the number as written, sign included ("＋１５")
  double value;  // signed: -10 for "－１０"
};

std::vector<IndexBalance> FindIndexBalances(const Document& doc);

}  // namespace dossier
