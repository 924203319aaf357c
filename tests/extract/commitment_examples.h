// Example tables for the commitment finder: sentence -> expected commitments.
// Written for these tests from the languages' usage (not taken from the gold
// set). An empty expectation list is a negative example: a fact, a forecast,
// a hypothetical, a negated agreement or plan, a question, a heading.
#pragma once

#include <string>
#include <vector>

namespace dossier::test {

struct ExpectedCommitment {
  std::string actor;     // exact, as written ("" when the clause states none)
  std::string strength;  // pledge | agreement | intent | exhortation
  std::string in_span;   // a piece of what is committed, found in the span
};

struct CommitmentExample {
  std::string lang;
  std::string text;
  std::vector<ExpectedCommitment> expected;
};

const std::vector<CommitmentExample>& EnglishCommitmentExamples();
const std::vector<CommitmentExample>& ChineseCommitmentExamples();    // zh-Hans
const std::vector<CommitmentExample>& TraditionalCommitmentExamples();  // zh-Hant
const std::vector<CommitmentExample>& JapaneseCommitmentExamples();

}  // namespace dossier::test
