// Fact: one figure, date, organisation or commitment found in a Document.
//
// The fields and their JSON spelling are the contract in
// shared/spec/facts.md ("Output of dossier extract"); never rename them.
// Common fields live in the struct; the type-specific ones live in `attrs`
// under their contract names:
//
//   figure:     value (number), unit, approx, change?, of?
//   date:       value (ISO 8601 string), anchored (bool)
//   org:        id, name
//   commitment: actor, strength, action?
//
// Invariant: text == document.text.substr(span.start, span.size()).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "ingest/document.h"

namespace dossier {

enum class FactType { kFigure, kDate, kOrg, kCommitment };
std::string_view FactTypeName(FactType type);  // "figure", "date", "org", "commitment"
bool ParseFactType(std::string_view name, FactType* type);

struct Fact {
  FactType type = FactType::kFigure;
  Span span;
  std::string text;
  std::string lang;
  nlohmann::json attrs = nlohmann::json::object();

  // The contract's JSON object: doc, type, text, start, end, lang, then attrs.
  nlohmann::json ToJson(std::string_view doc) const;
};

// Builds a Fact whose text is the document's bytes at `span` and whose lang is
// the language of the segment holding span.start.
Fact MakeFact(const Document& doc, FactType type, Span span);

}  // namespace dossier
