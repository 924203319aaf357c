#include "tests/query/sheet_fixture.h"

#include <catch2/catch.hpp>

#include "ingest/ingest.h"

namespace dossier::test {

using nlohmann::json;

Document MakeSheetDocument(const std::string& path, const DocumentMeta& meta, const std::string& title_lang,
                           const std::vector<Paragraph>& paragraphs) {
  Document doc;
  doc.path = path;
  doc.meta = meta;
  auto add_segment = [&](SegmentKind kind, const std::string& lang, const std::vector<std::string>& sentences) {
    if (!doc.text.empty()) doc.text += "\n\n";
    Segment seg;
    seg.kind = kind;
    seg.lang = lang;
    seg.span.start = doc.text.size();
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (i > 0 && lang == "en") doc.text += " ";
      Span s{doc.text.size(), doc.text.size() + sentences[i].size()};
      doc.text += sentences[i];
      seg.sentences.push_back(s);
    }
    seg.span.end = doc.text.size();
    doc.segments.push_back(seg);
  };
  add_segment(SegmentKind::kTitle, title_lang, {meta.title});
  for (const Paragraph& p : paragraphs) add_segment(SegmentKind::kParagraph, p.lang, p.sentences);
  doc.text += "\n";
  doc.meta.content_hash = ContentHash(doc.text);
  return doc;
}

Fact FactOn(const Document& doc, FactType type, const std::string& needle, json attrs, int nth) {
  size_t pos = doc.text.find(needle);
  for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = doc.text.find(needle, pos + 1);
  INFO("needle: " << needle);
  REQUIRE(pos != std::string::npos);
  Fact f = MakeFact(doc, type, Span{pos, pos + needle.size()});
  f.attrs = std::move(attrs);
  return f;
}

namespace {

json Figure(double value, const std::string& unit, const std::string& approx = "exact",
            const std::string& change = "", const std::string& of = "") {
  json j = {{"value", value}, {"unit", unit}, {"approx", approx}};
  if (!change.empty()) j["change"] = change;
  if (!of.empty()) j["of"] = of;
  return j;
}
json Date(const std::string& value, bool anchored = false) { return {{"value", value}, {"anchored", anchored}}; }
json Org(const std::string& id, const std::string& name) { return {{"id", id}, {"name", name}}; }
json Commitment(const std::string& actor, const std::string& strength, const std::string& action = "") {
  json j = {{"actor", actor}, {"strength", strength}};
  if (!action.empty()) j["action"] = action;
  return j;
}

}  // namespace

std::vector<SheetFixtureDoc> GoldenSheetDocuments() {
  std::vector<SheetFixtureDoc> out;
  {
    DocumentMeta meta;
    meta.title = "Joint press release on the China–Japan economic dialogue";
    meta.date = "2024-03-10";
    meta.kind = "press-release";
    meta.source = "Example Ministry";
    Document d = MakeSheetDocument(
        "en-dialogue.txt", meta, "en",
        {{"en",
          {"In 2023, bilateral trade between China and Japan reached $318 billion.",
           "Trade has grown more than 300 times since 1972.",
           "Japanese direct investment in China reached $4.0 billion in 2023."}},
         {"en",
          {"China's economy grew 5.2% in 2023, while Chinese visitors to Japan fell 10.7%.",
           "The Ministry of Commerce and JETRO met in Tokyo on March 9, 2024."}},
         {"en",
          {"Both sides agreed to resume the high-level economic dialogue in 2024.",
           "China will open 15 new direct flights.", "Officials will meet again on January 25.",
           "both  sides should expand youth exchanges over the next 50 years."}}});
    std::vector<Fact> f = {
        FactOn(d, FactType::kDate, "2023", Date("2023")),
        FactOn(d, FactType::kFigure, "$318 billion", Figure(318000000000, "USD")),
        FactOn(d, FactType::kFigure, "more than 300 times", Figure(300, "x", "over")),
        FactOn(d, FactType::kDate, "1972", Date("1972")),
        FactOn(d, FactType::kFigure, "$4.0 billion", Figure(4000000000, "USD")),
        FactOn(d, FactType::kDate, "2023", Date("2023"), 1),
        FactOn(d, FactType::kFigure, "5.2%", Figure(5.2, "%", "exact", "up")),
        FactOn(d, FactType::kDate, "2023", Date("2023"), 2),
        FactOn(d, FactType::kFigure, "10.7%", Figure(10.7, "%", "exact", "down")),
        FactOn(d, FactType::kOrg, "Ministry of Commerce", Org("mofcom", "Ministry of Commerce (China)")),
        FactOn(d, FactType::kOrg, "JETRO", Org("jetro", "Japan External Trade Organization")),
        FactOn(d, FactType::kDate, "March 9, 2024", Date("2024-03-09")),
        FactOn(d, FactType::kCommitment, "Both sides agreed to resume the high-level economic dialogue in 2024",
               Commitment("Both sides", "agreement", "resume the high-level economic dialogue")),
        FactOn(d, FactType::kDate, "2024", Date("2024"), 1),
        FactOn(d, FactType::kCommitment, "China will open 15 new direct flights",
               Commitment("China", "pledge", "open 15 new direct flights")),
        FactOn(d, FactType::kFigure, "15 new direct flights", Figure(15, "count", "exact", "", "new direct flights")),
        FactOn(d, FactType::kCommitment, "Officials will meet again on January 25",
               Commitment("Officials", "pledge", "meet again")),
        FactOn(d, FactType::kDate, "January 25", Date("XXXX-01-25")),
        FactOn(d, FactType::kCommitment, "both  sides should expand youth exchanges over the next 50 years",
               Commitment("both  sides", "exhortation", "expand youth exchanges")),
        FactOn(d, FactType::kDate, "50 years", Date("P50Y")),
    };
    out.push_back({std::move(d), std::move(f)});
  }
  {
    DocumentMeta meta;
    meta.title = "中日经贸合作联合新闻公报";
    meta.date = "2024-04-02";
    meta.kind = "communique";
    meta.source = "商务部";
    Document d = MakeSheetDocument(
        "zh-communique.txt", meta, "zh-Hans",
        {{"zh-Hans", {"2023年中日贸易额达到3180亿美元。", "2023年中国国内生产总值增长5.2%。",
                      "日本对华投资累计超过1.2万亿元。"}},
         {"zh-Hans", {"商务部与日本贸易振兴机构于2024年4月1日举行会谈。", "双方同意加强供应链合作。",
                      "中方将于2025年举办第七次对话。"}}});
    std::vector<Fact> f = {
        FactOn(d, FactType::kDate, "2023年", Date("2023")),
        FactOn(d, FactType::kFigure, "3180亿美元", Figure(318000000000, "USD")),
        FactOn(d, FactType::kDate, "2023年", Date("2023"), 1),
        FactOn(d, FactType::kFigure, "5.2%", Figure(5.2, "%", "exact", "up")),
        FactOn(d, FactType::kFigure, "超过1.2万亿元", Figure(1.2e12, "CNY", "over")),
        FactOn(d, FactType::kOrg, "商务部", Org("mofcom", "Ministry of Commerce (China)")),
        FactOn(d, FactType::kOrg, "日本贸易振兴机构", Org("jetro", "Japan External Trade Organization")),
        FactOn(d, FactType::kDate, "2024年4月1日", Date("2024-04-01")),
        FactOn(d, FactType::kCommitment, "双方同意加强供应链合作", Commitment("双方", "agreement", "加强供应链合作")),
        FactOn(d, FactType::kCommitment, "中方将于2025年举办第七次对话", Commitment("中方", "pledge", "举办第七次对话")),
        FactOn(d, FactType::kDate, "2025年", Date("2025")),
    };
    out.push_back({std::move(d), std::move(f)});
  }
  {
    DocumentMeta meta;
    meta.title = "日中経済関係に関する発表";
    meta.date = "2024-05-20";
    meta.kind = "press-release";
    meta.source = "経済産業省";
    Document d = MakeSheetDocument(
        "ja-release.txt", meta, "ja",
        {{"ja", {"2023年の日中貿易額は3180億ドルとなった。", "2022年の日中貿易額は3350億ドルだった。",
                 "2023年の対中直接投資は38億ドルだった。"}},
         {"ja", {"対中投資残高は約8.1兆円である。", "日本の対中輸出の伸び率は2.1ポイント低下した。"}},
         {"ja", {"経済産業省と商務部は次回会合を東京で開くことで一致した。"}}});
    std::vector<Fact> f = {
        FactOn(d, FactType::kDate, "2023年", Date("2023")),
        FactOn(d, FactType::kFigure, "3180億ドル", Figure(318000000000, "USD")),
        FactOn(d, FactType::kDate, "2022年", Date("2022")),
        FactOn(d, FactType::kFigure, "3350億ドル", Figure(335000000000, "USD")),
        FactOn(d, FactType::kDate, "2023年", Date("2023"), 1),
        FactOn(d, FactType::kFigure, "38億ドル", Figure(3800000000, "USD")),
        FactOn(d, FactType::kFigure, "約8.1兆円", Figure(8.1e12, "JPY", "about")),
        FactOn(d, FactType::kFigure, "2.1ポイント", Figure(2.1, "pp", "exact", "down")),
        FactOn(d, FactType::kCommitment, "経済産業省と商務部は次回会合を東京で開くことで一致した",
               Commitment("経済産業省と商務部", "agreement", "次回会合を東京で開く")),
        FactOn(d, FactType::kOrg, "経済産業省", Org("meti", "Ministry of Economy, Trade and Industry (Japan)")),
        FactOn(d, FactType::kOrg, "商務部", Org("mofcom", "Ministry of Commerce (China)")),
    };
    out.push_back({std::move(d), std::move(f)});
  }
  return out;
}

std::vector<int64_t> StoreAll(Store& store, const std::vector<SheetFixtureDoc>& docs) {
  std::vector<int64_t> ids;
  for (const SheetFixtureDoc& d : docs) {
    StatusOr<PutResult> r = store.Put(d.doc, d.facts);
    REQUIRE(r.ok());
    ids.push_back(r->id);
  }
  return ids;
}

}  // namespace dossier::test
