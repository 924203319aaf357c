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

#include <optional>
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
  // The document is a set of policy measures its issuer adopts (若干措施,
  // 行动方案, 实施方案): its tasks in the imperative, "一、" headings too, are
  // the issuer's own pledges, not urgings of others. Set by the caller
  // (IssuerMeasuresTitle) before the first sentence.
  bool issuer_measures = false;
  // A lead-in that ends with its cue and a colon ("Member States should:",
  // 具體而言，政府會：) commits its actor to each item of the list after it,
  // with its strength; set by OpenListLead, cleared by the first paragraph
  // that is no list item.
  struct ListLead {
    CommitmentStrength strength = CommitmentStrength::kNone;
    std::string actor;
  };
  std::optional<ListLead> list_lead;
};

// Whether a document title names a set of policy measures its issuer adopts
// (山东省促进外贸稳规模优结构若干措施, …行动方案（2026—2028年）).
bool IssuerMeasuresTitle(std::string_view title);

// Splits `text` (one paragraph of one language) into sentences and appends
// the commitments found to `out`.
void FindCommitments(const CommitmentLexicon& lex, std::string_view text, std::string_view lang,
                     CommitmentState* state, std::vector<CommitmentMention>* out);

// Lists under a lead-in, paragraph by paragraph (the caller runs these on
// each paragraph, `text` being the paragraph):
//   * TakeListItem: when a list is open and `text` opens with a list marker
//     ("- ", "•", "（a）", "(1)") or, as an HTML list item without one
//     does, with a lower-case letter, appends the item, without its marker and
//     its closing punctuation or "and"/及, as one commitment of the lead's
//     actor and strength, and returns true (FindCommitments is not run on
//     it). Any other paragraph closes the list.
//   * OpenListLead: `found` holds what FindCommitments gave for the
//     paragraph's last sentence (spans relative to that sentence, which is
//     `sentence_in_text` of the paragraph). When the last mention is a bare
//     cue (no action: "should", 會) right before the paragraph's closing
//     colon, removes it and opens the list; "agreed to the following:" has
//     its object and stays a commitment of its own.
bool TakeListItem(std::string_view text, CommitmentState* state, std::vector<CommitmentMention>* out);
void OpenListLead(std::string_view text, Span sentence_in_text, CommitmentState* state,
                  std::vector<CommitmentMention>* found);

// The sentence spans FindCommitments works on (exposed for tests): 。！？；
// always end a sentence; . ! ? end one when followed by space and a capital,
// digit or quote, and not after an abbreviation (U.S., Mr.). Sentences longer
// than a bounded window are cut at a clause separator.
std::vector<Span> CommitmentSentences(std::string_view text);

}  // namespace dossier
