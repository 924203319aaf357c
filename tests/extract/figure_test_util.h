// Helpers for the figure extractor's example tables: run the extractor on a
// one-paragraph document in a given language and check one row.
#pragma once

#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "ingest/document.h"

namespace dossier::test {

// A row: the sentence, the part of it the figure must contain (`needle`),
// and the fields. change: "" = no change; "up"/"down".
struct FigureRow {
  const char* text;
  const char* needle;
  double value;
  const char* unit;
  const char* approx;
  const char* change;
};

// A row of the negative table: `needle` in `text` is not (part of) a figure.
struct NotFigureRow {
  const char* text;
  const char* needle;
};

inline Document OneParagraph(const std::string& text, const std::string& lang) {
  Document doc;
  doc.path = "example.txt";
  doc.text = text;
  Segment seg;
  seg.kind = SegmentKind::kParagraph;
  seg.span = {0, text.size()};
  seg.lang = lang;
  seg.sentences.push_back(seg.span);
  doc.segments.push_back(seg);
  return doc;
}

inline std::vector<Fact> Figures(const Document& doc) {
  static const std::unique_ptr<Extractor> extractor = MakeFigureExtractor();
  std::vector<Fact> facts;
  extractor->Extract(doc, ExtractContext{}, &facts);
  return facts;
}

inline void CheckFigureRow(const FigureRow& row, const std::string& lang) {
  Document doc = OneParagraph(row.text, lang);
  std::vector<Fact> facts = Figures(doc);
  std::string all;
  for (const Fact& f : facts) all += "[" + f.text + " " + f.attrs.dump() + "] ";
  INFO("lang " << lang << " text: " << row.text << "\n  found: " << all);
  const Fact* hit = nullptr;
  for (const Fact& f : facts)
    if (f.text.find(row.needle) != std::string::npos) hit = &f;
  REQUIRE(hit != nullptr);
  CHECK(hit->text == doc.text.substr(hit->span.start, hit->span.size()));
  CHECK(hit->lang == lang);
  double value = hit->attrs.value("value", -1.0);
  CHECK(std::fabs(value - row.value) <= 0.005 * std::fabs(row.value) + 1e-9);
  CHECK(hit->attrs.value("unit", std::string()) == row.unit);
  CHECK(hit->attrs.value("approx", std::string()) == row.approx);
  CHECK(hit->attrs.value("change", std::string()) == row.change);
}

inline void CheckNotFigureRow(const NotFigureRow& row, const std::string& lang) {
  Document doc = OneParagraph(row.text, lang);
  std::vector<Fact> facts = Figures(doc);
  size_t pos = doc.text.find(row.needle);
  REQUIRE(pos != std::string::npos);
  size_t end = pos + std::string(row.needle).size();
  for (const Fact& f : facts) {
    INFO("lang " << lang << " text: " << row.text << "\n  figure: " << f.text << " " << f.attrs.dump());
    CHECK((f.span.end <= pos || f.span.start >= end));
  }
}

}  // namespace dossier::test
