// Sheet: the fact sheet of one or several documents, built from their stored
// facts (shared/spec/facts.md), ready for a renderer (query/render_sheet.h).
//
//   StatusOr<Sheet> sheet = LoadSheet(store, {3, 5, 8}, "RCEP lang:ja");
//   std::cout << RenderSheet(*sheet, SheetFormat::kMarkdown);
//
// A sheet has the documents covered, key figures, a timeline of dated events,
// organisations by canonical id, commitments by actor and strength and, across
// documents, corroborated and conflicting figures (query/corroboration.h).
//
// Invariants:
//   * every row carries its provenance (Provenance): document id, segment
//     index and the fact's byte span [start, end) in that document's text, so
//     `dossier show DOC --at START` prints it in its paragraph;
//   * a quote is the sentence holding the fact (the segment when the segment
//     has no sentence spans), exactly as stored;
//   * building is deterministic: the same documents and facts give the same
//     sheet (rows in document order unless a section says otherwise).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/fact.h"
#include "index/store.h"
#include "ingest/document.h"

namespace dossier {

struct Provenance {
  int64_t doc = 0;
  int64_t segment = -1;  // index into the document's segments; -1 when outside any
  size_t start = 0;      // byte offsets into the document's text
  size_t end = 0;
};

struct SheetDocument {
  int64_t id = 0;
  std::string title, date, kind, source;
  std::vector<std::string> langs;
  Provenance where;  // the first segment (the title, usually)
};

struct SheetFigure {
  Provenance where;
  std::string text;  // the fact's text
  std::string lang;
  double value = 0;
  std::optional<double> value_max;  // the upper end of a range (20 to 30 percent): value is the lower
  std::string unit, approx, change, of;
  std::string display;   // readable value: "US$318 bn", "≈¥8.1 tn", "+0.6 pp", "300×", "20 % – 30 %"
  std::string measures;  // `of`, else the words before the figure in its sentence
  std::string period;    // value of the nearest point/range date in the sentence, or ""
  std::string quote;     // the sentence holding the figure
};

struct SheetEvent {
  Provenance where;  // of the date fact
  std::string date;  // the date's ISO value: a point or a range
  std::string text;  // the date as written
  std::string lang;
  bool anchored = false;
  std::string quote;  // the sentence that states the event
};

struct SheetOrgInDocument {
  Provenance first;  // the first mention in this document
  int64_t mentions = 0;
  // Surface forms by language (lang tag, forms in order of first use).
  std::vector<std::pair<std::string, std::vector<std::string>>> forms;
};

struct SheetOrganisation {
  std::string id, name;
  int64_t mentions = 0;  // over all documents
  std::vector<SheetOrgInDocument> documents;  // by document id
};

struct SheetCommitment {
  Provenance where;
  std::string actor;  // as written in this clause
  std::string strength, action;
  std::string clause;  // the fact's text
  std::string lang;
  std::string date;    // value of a point/range date in the same sentence, or ""
  std::string quote;
};

struct SheetActor {
  std::string actor;  // the first written form of the group
  // Ordered by strength (pledge, agreement, intent, exhortation, other), then position.
  std::vector<SheetCommitment> commitments;
};

struct SheetCorroboration {
  std::vector<size_t> figures;  // indices into Sheet::figures, in order
};

struct SheetConflict {
  size_t a = 0, b = 0;  // indices into Sheet::figures
  double relative_difference = 0;
};

// Values of one measured quantity over several period years (for charts).
struct SheetSeries {
  std::string unit, change, label;  // label: a `measures` text of the series
  std::vector<std::pair<int, size_t>> points;  // (year, index into Sheet::figures), by year
};

struct Sheet {
  std::string query;  // what selected the documents, "" when given by id
  std::vector<SheetDocument> documents;
  std::vector<SheetFigure> figures;           // document order
  std::vector<SheetEvent> timeline;           // date order, undated (XXXX-) last
  std::vector<SheetOrganisation> organisations;  // by name, then id
  std::vector<SheetActor> actors;             // by first appearance
  std::vector<SheetCorroboration> corroborated;  // only when several documents
  std::vector<SheetConflict> conflicts;
  std::vector<SheetSeries> series;  // quantities with values for >= 2 distinct years
};

struct SheetOptions {
  double tolerance = 0.005;  // relative difference for "the same figure"
};

// One document with its facts, as the builder reads it.
struct SheetInput {
  int64_t id = 0;
  Document doc;
  std::vector<Fact> facts;
};

Sheet BuildSheet(const std::vector<SheetInput>& inputs, const std::string& query,
                 const SheetOptions& options = {});

// Reads the documents and their facts from the store and builds their sheet.
// Unknown ids are a kNotFound error naming the id.
StatusOr<Sheet> LoadSheet(const Store& store, const std::vector<int64_t>& ids, const std::string& query,
                          const SheetOptions& options = {});

// "US$318 bn", "¥8.1 tn", "CN¥41.76 tn", "10.7 %", "+0.6 pp", "300×",
// "15 items" / "888 new enterprises", with ≈ > < for about/over/under.
std::string FormatFigureValue(double value, const std::string& unit, const std::string& approx,
                              const std::string& change, const std::string& of);

// Provenance as the Markdown and HTML sheets print it: "3 ¶2 [120,150)".
std::string FormatProvenance(const Provenance& where);

}  // namespace dossier
