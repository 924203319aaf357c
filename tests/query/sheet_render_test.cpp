// Golden-file tests of the sheet renderers over the hand-built documents of
// sheet_fixture.cpp. To regenerate the files after an intended change:
//   DOSSIER_UPDATE_GOLDEN=1 build/tests/test_query "[sheet-golden]"
// then review tests/data/sheet/ by eye (git diff) before committing.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>

#include <cstdlib>
#include <fstream>

#include "query/render_sheet.h"
#include "query/sheet.h"
#include "tests/query/sheet_fixture.h"
#include "tests/test_util.h"

using namespace dossier;
using nlohmann::json;

namespace {

Sheet GoldenSheet(test::TempDir& tmp) {
  auto store = Store::Open((tmp / "sheet.db").string());
  REQUIRE(store.ok());
  std::vector<int64_t> ids = test::StoreAll(**store, test::GoldenSheetDocuments());
  auto sheet = LoadSheet(**store, ids, "");
  REQUIRE(sheet.ok());
  return std::move(sheet).value();
}

void CheckGolden(const std::string& name, const std::string& actual) {
  std::filesystem::path path = test::SourceDir() / "tests/data/sheet" / name;
  const char* update = std::getenv("DOSSIER_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    test::WriteFile(path, actual);
    WARN("rewrote " << path.string());
    return;
  }
  INFO("golden file " << path.string() << " (regenerate with DOSSIER_UPDATE_GOLDEN=1)");
  REQUIRE(std::filesystem::exists(path));
  std::string expected = test::ReadFile(path);
  CHECK(actual == expected);
}

// A validator for the subset of JSON Schema (draft 2020-12) that
// docs/sheet.schema.json uses: type, required, properties,
// additionalProperties, items, enum and local $ref into $defs.
class SchemaValidator {
 public:
  explicit SchemaValidator(json root) : root_(std::move(root)) {}
  std::vector<std::string> Validate(const json& value) {
    errors_.clear();
    Check(root_, value, "$");
    return errors_;
  }

 private:
  const json& Resolve(const json& schema) {
    if (!schema.contains("$ref")) return schema;
    std::string ref = schema["$ref"];
    REQUIRE(ref.rfind("#/$defs/", 0) == 0);
    return root_["$defs"][ref.substr(8)];
  }
  static bool HasType(const json& v, const std::string& type) {
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    if (type == "null") return v.is_null();
    return false;
  }
  void Check(const json& schema_in, const json& v, const std::string& where) {
    const json& schema = Resolve(schema_in);
    for (const auto& [key, unused] : schema.items()) {
      static const std::set<std::string> known = {"$schema", "$id", "$ref", "$defs", "title", "description",
                                                  "type", "required", "properties", "additionalProperties",
                                                  "items", "enum"};
      if (!known.count(key)) errors_.push_back(where + ": schema keyword not supported: " + key);
    }
    if (schema.contains("type")) {
      bool ok = false;
      if (schema["type"].is_array()) {
        for (const auto& t : schema["type"]) ok |= HasType(v, t);
      } else {
        ok = HasType(v, schema["type"]);
      }
      if (!ok) {
        errors_.push_back(where + ": expected " + schema["type"].dump() + ", got " + v.dump());
        return;
      }
    }
    if (schema.contains("enum") && std::find(schema["enum"].begin(), schema["enum"].end(), v) == schema["enum"].end())
      errors_.push_back(where + ": " + v.dump() + " not in " + schema["enum"].dump());
    if (v.is_object()) {
      for (const auto& r : schema.value("required", json::array()))
        if (!v.contains(r)) errors_.push_back(where + ": missing " + r.get<std::string>());
      const json props = schema.value("properties", json::object());
      for (const auto& [key, item] : v.items()) {
        if (props.contains(key)) {
          Check(props[key], item, where + "." + key);
        } else if (schema.contains("additionalProperties")) {
          const json& extra = schema["additionalProperties"];
          if (extra.is_boolean()) {
            if (!extra.get<bool>()) errors_.push_back(where + ": unexpected property " + key);
          } else {
            Check(extra, item, where + "." + key);
          }
        }
      }
    }
    if (v.is_array() && schema.contains("items")) {
      for (size_t i = 0; i < v.size(); ++i) Check(schema["items"], v[i], where + "[" + std::to_string(i) + "]");
    }
  }
  json root_;
  std::vector<std::string> errors_;
};

json LoadSchema() {
  std::string text = test::ReadFile(test::SourceDir() / "docs/sheet.schema.json");
  json schema = json::parse(text, nullptr, false);
  REQUIRE_FALSE(schema.is_discarded());
  return schema;
}

struct XmlDoc {
  htmlDocPtr doc = nullptr;
  ~XmlDoc() { if (doc) xmlFreeDoc(doc); }
};

// Number of nodes an XPath expression selects.
int Count(htmlDocPtr doc, const char* xpath) {
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  xmlXPathObjectPtr obj = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath), ctx);
  int n = obj && obj->nodesetval ? obj->nodesetval->nodeNr : -1;
  if (obj) xmlXPathFreeObject(obj);
  xmlXPathFreeContext(ctx);
  return n;
}

}  // namespace

TEST_CASE("Sheet golden: Markdown", "[sheet][sheet-golden]") {
  test::TempDir tmp;
  Sheet sheet = GoldenSheet(tmp);
  CheckGolden("sheet.md", RenderSheet(sheet, SheetFormat::kMarkdown));
}

TEST_CASE("Sheet golden: JSON", "[sheet][sheet-golden]") {
  test::TempDir tmp;
  Sheet sheet = GoldenSheet(tmp);
  CheckGolden("sheet.json", RenderSheet(sheet, SheetFormat::kJson));
}

TEST_CASE("Sheet golden: CSV, all sections and one section", "[sheet][sheet-golden]") {
  test::TempDir tmp;
  Sheet sheet = GoldenSheet(tmp);
  CheckGolden("sheet.csv", RenderSheet(sheet, SheetFormat::kCsv));
  std::string figures = RenderSheet(sheet, SheetFormat::kCsv, SheetSection::kFigures);
  CheckGolden("sheet-figures.csv", figures);
  // One table: a header and one line per figure, every line led by its section.
  size_t lines = std::count(figures.begin(), figures.end(), '\n');
  CHECK(lines == sheet.figures.size() + 1);
  CHECK(figures.rfind("section,doc,segment,start,end,", 0) == 0);
}

TEST_CASE("Sheet JSON validates against docs/sheet.schema.json", "[sheet]") {
  test::TempDir tmp;
  Sheet sheet = GoldenSheet(tmp);
  SchemaValidator validator(LoadSchema());
  json full = json::parse(RenderSheet(sheet, SheetFormat::kJson));
  std::vector<std::string> errors = validator.Validate(full);
  INFO((errors.empty() ? "" : errors.front()));
  CHECK(errors.empty());
  for (const char* key : {"figures", "timeline", "organisations", "commitments", "corroboration"})
    CHECK(full.contains(key));

  json one = json::parse(SheetToJson(sheet, SheetSection::kTimeline).dump());
  CHECK(validator.Validate(one).empty());
  CHECK(one.contains("timeline"));
  CHECK_FALSE(one.contains("figures"));

  // The validator is not vacuous: broken documents fail it.
  json broken = full;
  broken["figures"][0].erase("quote");
  CHECK_FALSE(validator.Validate(broken).empty());
  broken = full;
  broken["figures"][0]["approx"] = "roughly";
  CHECK_FALSE(validator.Validate(broken).empty());
  broken = full;
  broken["timeline"][0]["start"] = "12";
  CHECK_FALSE(validator.Validate(broken).empty());
  broken = full;
  broken["extra"] = 1;
  CHECK_FALSE(validator.Validate(broken).empty());
  // A range figure's value_max is part of the schema.
  json range = full;
  range["figures"][0]["value_max"] = 30.0;
  CHECK(validator.Validate(range).empty());
  range["figures"][0]["value_max"] = "30";
  CHECK_FALSE(validator.Validate(range).empty());
}

TEST_CASE("Sheet HTML: self-contained page with sections, rows and a chart", "[sheet]") {
  test::TempDir tmp;
  Sheet sheet = GoldenSheet(tmp);
  std::string html = RenderSheet(sheet, SheetFormat::kHtml);
  XmlDoc page;
  page.doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), "sheet.html", "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  REQUIRE(page.doc != nullptr);
  for (const char* id : {"documents", "figures", "timeline", "organisations", "commitments", "corroboration"}) {
    std::string xpath = std::string("//section[@id='") + id + "']/h2";
    INFO(id);
    CHECK(Count(page.doc, xpath.c_str()) == 1);
  }
  CHECK(Count(page.doc, "//section//section") == 0);  // every table closes inside its section
  CHECK(Count(page.doc, "//section[@id='documents']//tbody/tr") == 3);
  CHECK(Count(page.doc, "//section[@id='figures']//tbody/tr") == static_cast<int>(sheet.figures.size()));
  CHECK(Count(page.doc, "//section[@id='timeline']//tbody/tr") == static_cast<int>(sheet.timeline.size()));
  int actors = static_cast<int>(sheet.actors.size());
  CHECK(Count(page.doc, "//section[@id='commitments']/h3") == actors);
  // One corroborated group of three sources (trade) and one of two (growth), one conflict of two rows.
  CHECK(Count(page.doc, "//section[@id='corroboration']//tbody/tr") == 3 + 2 + 2);
  // The chart: trade in US$ for 2022 and 2023.
  REQUIRE(sheet.series.size() == 1);
  CHECK(Count(page.doc, "//section[@id='figures']//svg") == 1);
  CHECK(Count(page.doc, "//svg//rect") == 2);
  // Every table sorts, and every row carries its provenance cell.
  CHECK(Count(page.doc, "//table[not(contains(@class,'sortable'))]") == 0);
  CHECK(Count(page.doc, "//tbody/tr[not(td[@class='where'])]") == 0);
  // Self-contained: no external stylesheets, scripts, images or fonts.
  CHECK(Count(page.doc, "//link") == 0);
  CHECK(Count(page.doc, "//*[@src]") == 0);
  CHECK(Count(page.doc, "//head/style") == 1);
  CHECK(Count(page.doc, "//script") == 1);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("@media print") != std::string::npos);
}

TEST_CASE("Sheet renderers: every row's provenance points at its text", "[sheet]") {
  test::TempDir tmp;
  auto store = Store::Open((tmp / "sheet.db").string());
  REQUIRE(store.ok());
  std::vector<int64_t> ids = test::StoreAll(**store, test::GoldenSheetDocuments());
  auto sheet = LoadSheet(**store, ids, "");
  REQUIRE(sheet.ok());
  std::map<int64_t, Document> docs;
  for (int64_t id : ids) docs[id] = (*store)->GetDocument(id).value();
  auto check = [&](const Provenance& w, const std::string& text) {
    const Document& d = docs.at(w.doc);
    REQUIRE(w.end <= d.text.size());
    CHECK(d.text.substr(w.start, w.end - w.start) == text);
    const Segment* seg = d.SegmentAt(w.start);
    REQUIRE(seg != nullptr);
    CHECK(seg - d.segments.data() == w.segment);
  };
  for (const SheetFigure& f : sheet->figures) {
    check(f.where, f.text);
    CHECK(f.quote.find(f.text) != std::string::npos);
  }
  for (const SheetEvent& e : sheet->timeline) check(e.where, e.text);
  for (const SheetActor& a : sheet->actors)
    for (const SheetCommitment& c : a.commitments) check(c.where, c.clause);
  auto j = SheetToJson(*sheet);
  CHECK(j["figures"].size() == sheet->figures.size());
}
