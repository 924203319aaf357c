// The signed balances of a diffusion index are percentage points, its
// levels on a 0-100 scale an index (extract/diffusion_index.h). Sentences written for these tests in the way
// business survey summaries report them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/diffusion_index.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"

namespace dossier {
namespace {

Document Ingest(const std::string& text) {
  StatusOr<Document> doc = IngestBytes(text, "survey.txt", IngestOptions{});
  REQUIRE(doc.ok());
  return *doc;
}

std::vector<Fact> Figures(const Document& doc) {
  static const std::unique_ptr<Extractor> extractor = MakeFigureExtractor();
  std::vector<Fact> facts;
  extractor->Extract(doc, ExtractContext{}, &facts);
  return facts;
}

const Fact* Find(const std::vector<Fact>& facts, const std::string& text) {
  for (const Fact& f : facts)
    if (f.text == text) return &f;
  return nullptr;
}

TEST_CASE("diffusion index balances: signed values after the index is named, over the paragraphs that report it",
          "[figure][di]") {
  const Document doc = Ingest(
      "２．業況判断\n\n"
      "製造業の業況判断ＤＩ（「良い」－「悪い」）は＋１５と、前回調査（＋１４）から１ポイント改善した。\n\n"
      "非製造業は－３と前回から悪化した。\n\n"
      "（２）先行き\n\n"
      "先行きについては、中小企業が０と横ばいを見込む。\n\n"
      "３．設備投資\n\n"
      "設備投資計画は前年度比で増加し、ソフトウェア投資も堅調に推移した。\n\n"
      "受注件数は＋５と前年を上回った。\n");
  std::vector<Fact> facts = Figures(doc);
  const Fact* level = Find(facts, "＋１５");
  REQUIRE(level != nullptr);
  CHECK(level->attrs["unit"] == "pp");
  CHECK(level->attrs["value"].get<double>() == Approx(15));
  CHECK(!level->attrs.contains("change"));  // a level, not a change
  const Fact* before = Find(facts, "＋１４");
  REQUIRE(before != nullptr);
  CHECK(before->attrs["unit"] == "pp");
  const Fact* minus = Find(facts, "－３");  // the next paragraph, the index not named again
  REQUIRE(minus != nullptr);
  CHECK(minus->attrs["value"].get<double>() == Approx(-3));
  const Fact* zero = Find(facts, "０");  // over a short heading
  REQUIRE(zero != nullptr);
  CHECK(zero->attrs["unit"] == "pp");
  // A paragraph that reports no balance ends the run: "＋５" there is no index value.
  for (const IndexValue& b : FindIndexValues(doc)) CHECK(doc.slice(b.span) != "＋５");
  const Fact* points = Find(facts, "１ポイント");  // a number with its unit stays the reader's
  REQUIRE(points != nullptr);
}

TEST_CASE("diffusion index levels: one decimal, standing alone, are the index on its 0-100 scale", "[figure][di]") {
  const Document doc = Ingest(
      "11月の現状判断DI（季節調整値）は、前月差0.4ポイント低下の48.7となった。\n\n"
      "家計動向関連DIは48.1（前月差0.7ポイント低下）、雇用関連DIは51.2（同0.9ポイント上昇）となった。\n\n"
      "有効求人倍率は前月から0.02ポイント低下し、1.18倍となった。\n");
  std::vector<Fact> facts = Figures(doc);
  for (const char* text : {"48.7", "48.1", "51.2"}) {
    const Fact* level = Find(facts, text);
    REQUIRE(level != nullptr);
    CHECK(level->attrs["unit"] == "index");
    CHECK(!level->attrs.contains("change"));
  }
  const Fact* points = Find(facts, "0.4ポイント");  // the change keeps its own unit
  REQUIRE(points != nullptr);
  CHECK(points->attrs["unit"] == "pp");
  // A ratio with its counter is the reader's, not an index level.
  for (const IndexValue& v : FindIndexValues(doc)) CHECK(doc.slice(v.span).find("1.18") == std::string_view::npos);
}

TEST_CASE("diffusion index balances: none without an index named, or inside a Latin word", "[figure][di]") {
  CHECK(FindIndexValues(Ingest("売上高は＋１５と前年を上回った。\n")).empty());
  CHECK(FindIndexValues(Ingest("DIGITAL投資は＋１５と増えた。\n")).empty());
}

}  // namespace
}  // namespace dossier
