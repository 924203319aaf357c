// Corroboration: which figures in several documents report the same thing,
// and which report the same thing differently.
//
//   FigureSubject s = SubjectOf("2023年中日贸易额达到", "zh-Hans");
//   // s.measures = {"trade"}, s.parties = {"china", "japan"}, s.words = {...}
//   CorroborationResult r = Corroborate(figures, {.tolerance = 0.005});
//   // r.groups: figures from >= 2 documents that agree; r.conflicts: pairs that disagree
//
// Two figures corroborate each other when they come from different documents
// and have the same unit and change direction, values within `tolerance`
// (relative to the larger), compatible periods (same year, or either year
// unknown) and compatible subjects (at least one shared subject token, or
// neither has one); when both say what they count (`of`: 社, companies, 家),
// those must share a token too (15 省庁 and 15个部门 do; 200 家 and 200个实习岗位
// do not). Agreement is transitive: groups are the connected
// components, kept when they span at least two documents.
//
// Two figures conflict when they come from different documents, have the
// same unit (not "count": counts depend too much on what exactly they count)
// and change direction, the same known period year, the same
// subject (a shared measure concept, equal parties unless either names none,
// and what they count compatible as above), and values
// that no approximation explains: differing by more than `tolerance` between
// exact figures, more than `approx_tolerance` when either says "about", or on
// the wrong side of an "over"/"under" bound.
//
// Subjects compare across languages through the bilingual lexicon
// index/data/sheet_subjects.tsv (trade/贸易/貿易 -> "trade") after NFKC, case
// and Han-variant folding; what the lexicon does not know is kept as folded
// English content words (minus index/data/sheet_stopwords.txt) and Han runs.
// Cost: O(n log n) plus, per figure, at most 256 neighbours in value order
// (agreement) and, per (unit, change, year, measure) bucket, pairwise
// comparisons among at most its first 200 figures (conflicts). So a sheet of
// the whole collection stays fast; past those bounds some agreements or
// conflicts among very many near-equal figures may go unreported.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier {

struct FigureSubject {
  std::vector<std::string> measures;  // lexicon concepts of kind "measure", sorted, unique
  std::vector<std::string> parties;   // lexicon concepts of kind "party", sorted, unique
  std::vector<std::string> words;     // other content words / Han runs, folded, sorted, unique

  bool empty() const { return measures.empty() && parties.empty() && words.empty(); }
  // Every token, prefixed by its kind ("m:trade", "p:china", "w:额达到"), sorted.
  std::vector<std::string> Tokens() const;
};

// The subject tokens of `text` (the words that say what a figure measures),
// written in language `lang` (BCP 47: en, zh-Hans, zh-Hant, ja).
FigureSubject SubjectOf(std::string_view text, std::string_view lang);

struct CorroborationFigure {
  int64_t doc = 0;
  double value = 0;
  std::string unit;
  std::string change;  // "", "up", "down"
  std::string approx;  // "exact", "about", "over", "under"
  std::string year;    // "2023", or "" when unknown
  FigureSubject subject;
  FigureSubject counted;  // SubjectOf(`of`) for counts; empty when not written
};

struct CorroborationOptions {
  double tolerance = 0.005;        // relative difference still "the same figure" (the
                                   // contract's value accuracy is 0.5 % too)
  double approx_tolerance = 0.05;  // the same, when either figure says "about"
};

struct CorroborationResult {
  // Indices into the input, each group in input order, groups ordered by their first index.
  std::vector<std::vector<size_t>> groups;
  // (i, j) with i < j, ordered; one pair per two disagreeing groups (a
  // figure outside any group is a group of its own).
  std::vector<std::pair<size_t, size_t>> conflicts;
};

CorroborationResult Corroborate(const std::vector<CorroborationFigure>& figures,
                                const CorroborationOptions& options = {});

// |a - b| / max(|a|, |b|), 0 when both are 0.
double RelativeDifference(double a, double b);

}  // namespace dossier
