// FindCommitments: the clauses of a text that bind or urge future action.
//
//   CommitmentState state;                       // one per document
//   std::vector<CommitmentMention> found;
//   FindCommitments(lex, "双方同意建立磋商机制，并计划于今年重启磋商。", "zh-Hans",
//                   &state, &found);
//   // found[0]: "双方同意建立磋商机制"   actor 双方 agreement
//   // found[1]: "计划于今年重启磋商"     actor 双方 intent (subject carried over)
//
// The rules (docs/commitments.md): a cue from the lexicon (will, 应, 一致した)
// marks a commitment; its span runs from the actor when the clause states one
// (else from the clause start) to the end of what is committed, without the
// sentence's final punctuation. Cues of the same strength joined without a new
// actor are one commitment; a new actor or a new strength starts another.
// Hypotheticals (if … will, 如果…将), negated agreements and plans (did not
// agree, 未同意, has no plans to) and forecasts about things rather than agents
// (trade will grow) are not commitments. A negated pledge or exhortation
// (will never seek hegemony, 不应) still is one.
//
// Invariants: spans are byte ranges into `text`, in order, not overlapping,
// on UTF-8 boundaries; time is linear in the text (sentences are processed in
// windows of bounded size).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/commitment_lexicon.h"
#include "ingest/document.h"

namespace dossier {

struct CommitmentMention {
  Span span;  // into the text given to FindCommitments
  std::string actor;
  CommitmentStrength strength = CommitmentStrength::kNone;
  std::string action;  // what is to be done, when it can be cut out
};

// What carries over from one sentence to the next in a document.
struct CommitmentState {
  std::string last_actor;  // the latest actor stated in the text
  // Chinese names with 应/應 inside (丘應樺), learned where a title names
  // the person (局長丘應樺): that 应 is no "should" anywhere in the text.
  std::vector<std::string> names_with_ying;
  // Inside a plan's numbered task ("（一）扩大对日货物贸易规模。用好…平台，…"):
  // its sentences that open with a bare verb are tasks too. The
  // caller clears it where a paragraph ends.
  bool in_task_item = false;
};

// Splits `text` (one paragraph of one language) into sentences and appends
// the commitments found to `out`.
void FindCommitments(const CommitmentLexicon& lex, std::string_view text, std::string_view lang,
                     CommitmentState* state, std::vector<CommitmentMention>* out);

// The sentence spans FindCommitments works on (exposed for tests): 。！？；
// always end a sentence; . ! ? end one when followed by space and a capital,
// digit or quote, and not after an abbreviation (U.S., Mr.). Sentences longer
// than a bounded window are cut at a clause separator.
std::vector<Span> CommitmentSentences(std::string_view text);

}  // namespace dossier
