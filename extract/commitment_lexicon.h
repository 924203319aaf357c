// CommitmentLexicon: the cue patterns and word lists the commitment finder
// reads, loaded from extract/data/commitment_cues.tsv and
// extract/data/commitment_words.tsv (embedded at build time).
//
//   const CommitmentLexicon& lex = CommitmentLexicon::Default();
//   std::vector<CommitmentCue> cues;
//   lex.FindCues(CueLang::kZh, "双方同意建立磋商机制", &cues);
//   // cues[0]: bytes [6, 12) "同意", strength kAgreement, kind kVerb
//
// Cues of one language are compiled into one RE2 with one capturing group per
// (strength, kind) pair, matched leftmost-longest: a blocking row (strength
// none, e.g. 供应 or "goodwill") longer than a cue at the same place hides it.
// FindCues drops the blocking matches; the caller sees real cues only.
//
// Invariants: immutable after construction, safe to share between threads;
// FindCues runs in time linear in the text (one left-to-right RE2 scan).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/status.h"

namespace re2 {
class RE2;
}

namespace dossier {

enum class CommitmentStrength { kPledge, kAgreement, kIntent, kExhortation, kNone };
std::string_view CommitmentStrengthName(CommitmentStrength s);  // "pledge", ...

// How a cue behaves, beyond its strength.
enum class CueKind {
  kModal,    // will, should, 将, 应: the subject before it is the actor
  kVerb,     // agreed to, plans to, 同意, 一致した: a lexical verb or phrase
  kPlain,    // Japanese clause-final non-past verb (推進する): a pledge
  kWelcome,  // welcome X to do Y, 欢迎…投资: an exhortation to others
  kPurpose,  // aiming to, aimed at: the purpose of the clause before, else its own
  kBlock,    // not a cue: hides a shorter cue inside it
};

// The lexicon groups zh-Hans and zh-Hant together (rows list both forms).
enum class CueLang { kEn, kZh, kJa };
CueLang CueLangOf(std::string_view bcp47);  // "ja" -> kJa, "zh-*" -> kZh, else kEn

struct CommitmentCue {
  size_t start = 0;  // byte offsets into the text given to FindCues
  size_t end = 0;
  CommitmentStrength strength = CommitmentStrength::kNone;
  CueKind kind = CueKind::kVerb;
};

enum class WordClass {
  kConnector,       // opens a clause without being its subject (and, 并, また)
  kReporting,       // speaker verbs (said, 表示, 述べ)
  kNonAgent,        // subject heads that make a future a forecast (trade, 贸易)
  kAdverb,          // between subject and cue (also, 也, 引き続き)
  kNegator,         // right before a cue, negates it (not, 未)
  kConditional,     // earlier in the sentence, makes it hypothetical (if, 如果)
  kParenthetical,   // opens an aside inside a subject (as, including)
  kSubjectStart,    // lower-case words that open a subject (the, both)
  kAdverbialStart,  // capitalised words that open an adverbial (In, Amid)
  kVerb,            // ends an English subject noun phrase (is, met, has)
  kHeading,         // list openers before imperative proposals (First, 一是)
  kImperative,      // verbs that open an imperative proposal (加强)
  kActorHint,       // nouns that open a subject (双方, both sides)
  kDemonstrative,   // a subject that is only this word is a thing (that, which)
  kHappening,       // a verb after "will" that befalls its subject (face, see): a forecast
  kForecast,        // earlier in the clause, makes its cues a forecast (预计)
  kUrging,          // inside a Japanese exhortation cue: the topic urges (促す, 要請), not the nearest subject
  kEventuality,     // ends an inverted "should" clause: should risks materialise (a hypothetical)
  kCount,
};

class CommitmentLexicon {
 public:
  // Parses the two TSV texts; names the file and line of a bad row.
  static StatusOr<std::unique_ptr<CommitmentLexicon>> Load(std::string_view cues_tsv,
                                                           std::string_view words_tsv);
  // The lexicon built from the embedded data files, or nullptr when they do
  // not load (the reason is in DefaultStatus()).
  static const CommitmentLexicon* Default();
  static Status DefaultStatus();

  ~CommitmentLexicon();

  // Appends the cues found in `text`, in order, non-overlapping.
  void FindCues(CueLang lang, std::string_view text, std::vector<CommitmentCue>* out) const;

  // Whole-word membership (English is looked up lower-cased by the caller).
  bool Has(CueLang lang, WordClass cls, std::string_view word) const;
  // Offset in `text` of the first word of the class (English: whole words,
  // any case), or npos. One RE2 scan.
  size_t FindWord(CueLang lang, WordClass cls, std::string_view text) const;
  // Byte length of the longest word of the class that `text` starts / ends
  // with (0 when none). For CJK affix stripping: 并, 也, 还将.
  size_t PrefixLength(CueLang lang, WordClass cls, std::string_view text) const;
  size_t SuffixLength(CueLang lang, WordClass cls, std::string_view text) const;
  // The words of a class, longest first (for prefix/suffix stripping).
  const std::vector<std::string>& Words(CueLang lang, WordClass cls) const;

 private:
  CommitmentLexicon();
  struct Group {
    CommitmentStrength strength;
    CueKind kind;
  };
  struct PerLang {
    std::unique_ptr<re2::RE2> cues;             // all rows: finds where a cue is
    std::vector<Group> groups;                  // one per (strength, kind)
    std::vector<std::unique_ptr<re2::RE2>> group_res;  // which group a match is (FullMatch)
    std::vector<std::unique_ptr<re2::RE2>> word_res;   // per class: any of its words
    std::vector<std::unique_ptr<re2::RE2>> prefix_res;  // per class: ^(?:words), longest first
    std::vector<std::unique_ptr<re2::RE2>> suffix_res;  // per class: (?:words)$
    std::vector<std::unordered_set<std::string>> sets;
    std::vector<std::vector<std::string>> lists;
  };
  PerLang langs_[3];
};

}  // namespace dossier
