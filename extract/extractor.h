// Extractor: the one interface every fact finder implements.
//
//   ExtractContext ctx;
//   ctx.reference_date = "2025-03-22";
//   std::vector<Fact> facts = ExtractFacts(doc, ctx);      // all types, sorted by start
//
// Extractors are built once (patterns compiled, lexicons loaded from
// extract/data/) and are then immutable: Extract() is const and safe to call
// from many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extract/fact.h"
#include "ingest/document.h"

namespace dossier {

class OrgGazetteer;  // extract/org_gazetteer.h

struct ExtractContext {
  // YYYY-MM-DD (or YYYY-MM / YYYY): what relative dates resolve against.
  // Set from --date, else the document date; empty when neither is known
  // (the date extractor then falls back on the nearest preceding absolute date).
  std::string reference_date;
  // Extra organisations and aliases (from `dossier orgs import`), consulted
  // after the built-in gazetteer. May be null.
  const OrgGazetteer* extra_orgs = nullptr;
};

class Extractor {
 public:
  virtual ~Extractor() = default;
  virtual FactType type() const = 0;
  // Appends the facts found in `doc` to `out` (in any order).
  virtual void Extract(const Document& doc, const ExtractContext& ctx,
                       std::vector<Fact>* out) const = 0;
};

// Factories, one per fact type (each in its own file).
std::unique_ptr<Extractor> MakeFigureExtractor();
std::unique_ptr<Extractor> MakeDateExtractor();
std::unique_ptr<Extractor> MakeOrgExtractor();
std::unique_ptr<Extractor> MakeCommitmentExtractor();

// The process-wide extractors, built on first use (thread-safe).
const std::vector<std::unique_ptr<Extractor>>& DefaultExtractors();

struct ExtractFilter {
  bool figure = true, date = true, org = true, commitment = true;
  bool Wants(FactType t) const;
};

// Runs the default extractors on `doc`; facts sorted by (start, end, type).
std::vector<Fact> ExtractFacts(const Document& doc, const ExtractContext& ctx,
                               const ExtractFilter& filter = {});

}  // namespace dossier
