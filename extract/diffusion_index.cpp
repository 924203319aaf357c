#include "extract/diffusion_index.h"

#include <re2/re2.h>

#include <cstdlib>
#include <string>

#include "ingest/folded_text.h"

namespace dossier {
namespace {

// Longer than this, a segment is not read for index values: a paragraph of
// a survey summary is a few lines.
constexpr size_t kMaxSegmentBytes = 1200;
// A heading between the paragraphs of balances ("（２）先行き") is at most so long.
constexpr size_t kMaxHeadingBytes = 40;

// Whether the (folded) sentence names a diffusion or business survey index:
// "DI" or "BSI" as a word of its own (業況判断DI, the Tankan DI), not inside
// a longer Latin word (DIGITAL).
bool NamesIndex(const std::string& folded) {
  static const RE2 kIndex("(?:^|[^A-Za-z])(?:DI|BSI)(?:$|[^A-Za-z])");
  return RE2::PartialMatch(folded, kIndex);
}

}  // namespace

std::vector<IndexBalance> FindIndexBalances(const Document& doc) {
  std::vector<IndexBalance> out;
  // Group: the number with its sign. Before it は, が, 、 or an opening
  // bracket; after it と, 、, に, 。 or a bracket (folded: （ is "(").
  static const RE2 kBalance("(?:は|が|、|\\()([+\\-\\x{2212}]\\d+|0)(?:と|、|に|。|\\(|\\))");
  // A survey summary names its index once and then reports it paragraph
  // after paragraph ("大企業非製造業は＋３４と…"): the index stays named over
  // the segments that follow while each reports a balance or is a short
  // heading ("（２）先行き"), and no longer.
  bool named = false;
  for (const Segment& seg : doc.segments) {
    const std::string_view text = doc.slice(seg.span);
    // Most segments of most documents name no index: they are not folded.
    if (!named && text.find("DI") == std::string_view::npos && text.find("ＤＩ") == std::string_view::npos &&
        text.find("BSI") == std::string_view::npos && text.find("ＢＳＩ") == std::string_view::npos)
      continue;
    FoldedText folded(text);
    if (folded.text().size() > kMaxSegmentBytes) {
      named = false;
      continue;
    }
    named = named || NamesIndex(folded.text());
    if (!named) continue;
    re2::StringPiece rest(folded.text());
    re2::StringPiece number;
    size_t found = 0;
    while (RE2::FindAndConsume(&rest, kBalance, &number)) {
      const size_t at = static_cast<size_t>(number.data() - folded.text().data());
      const Span local = folded.ToOriginal(Span{at, at + number.size()});
      const std::string digits(number.data(), number.size());
      const bool minus = digits[0] == '-' || digits.rfind("\u2212", 0) == 0;
      const double magnitude = std::strtod(digits.c_str() + digits.find_first_of("0123456789"), nullptr);
      out.push_back({Span{seg.span.start + local.start, seg.span.start + local.end}, minus ? -magnitude : magnitude});
      ++found;
    }
    if (found == 0 && text.size() > kMaxHeadingBytes && !NamesIndex(folded.text())) named = false;
  }
  return out;
}

}  // namespace dossier
