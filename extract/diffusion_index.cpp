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

}  // namespace

bool NamesDiffusionIndex(std::string_view folded) {
  static const RE2 kIndex("(?:^|[^A-Za-z])(?:DI|BSI)(?:$|[^A-Za-z])");
  return RE2::PartialMatch(re2::StringPiece(folded.data(), folded.size()), kIndex);
}

std::vector<IndexValue> FindIndexValues(const Document& doc) {
  std::vector<IndexValue> out;
  // Groups: a balance, the number with its sign; or a level, one decimal.
  // Before it は, が, 、, の or an opening bracket; after it と, 、, に, 。 or
  // a bracket (folded: （ is "("). A balance is not read after の: "前年同期
  // の＋５" compares.
  static const RE2 kValue(
      "(?:(?:は|が|、|\\()([+\\-\\x{2212}]\\d+|0)|(?:は|が|、|の|\\()(\\d{1,2}\\.\\d))(?:と|、|に|。|\\(|\\))");
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
    named = named || NamesDiffusionIndex(folded.text());
    if (!named) continue;
    re2::StringPiece rest(folded.text());
    re2::StringPiece balance, level;
    size_t found = 0;
    while (RE2::FindAndConsume(&rest, kValue, &balance, &level)) {
      const re2::StringPiece number = balance.data() != nullptr ? balance : level;
      const size_t at = static_cast<size_t>(number.data() - folded.text().data());
      const Span local = folded.ToOriginal(Span{at, at + number.size()});
      const std::string digits(number.data(), number.size());
      const bool minus = digits[0] == '-' || digits.rfind("\u2212", 0) == 0;
      const double magnitude = std::strtod(digits.c_str() + digits.find_first_of("0123456789"), nullptr);
      out.push_back({Span{seg.span.start + local.start, seg.span.start + local.end}, minus ? -magnitude : magnitude,
                     balance.data() == nullptr});
      ++found;
    }
    if (found == 0 && text.size() > kMaxHeadingBytes && !NamesDiffusionIndex(folded.text())) named = false;
  }
  return out;
}

}  // namespace dossier
