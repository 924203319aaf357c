// The commitment extractor: runs FindCommitments over each sentence of each
// segment and turns the mentions into facts (docs/commitments.md).
#include <cstdio>

#include "extract/commitment_finder.h"
#include "extract/commitment_lexicon.h"
#include "extract/extractor.h"

namespace dossier {
namespace {

class CommitmentExtractor : public Extractor {
 public:
  CommitmentExtractor() : lexicon_(CommitmentLexicon::Default()) {
    if (lexicon_ == nullptr)
      std::fprintf(stderr, "dossier: commitment rules not loaded: %s\n",
                   CommitmentLexicon::DefaultStatus().message().c_str());
  }
  FactType type() const override { return FactType::kCommitment; }

  void Extract(const Document& doc, const ExtractContext&, std::vector<Fact>* out) const override {
    if (lexicon_ == nullptr) return;
    CommitmentState state;
    std::vector<CommitmentMention> found;
    std::string_view text(doc.text);
    // A set of measures names itself in its title or its first headings.
    state.issuer_measures = IssuerMeasuresTitle(doc.meta.title);
    for (size_t i = 0; i < doc.segments.size() && i < 12 && !state.issuer_measures; ++i)
      if (doc.segments[i].kind != SegmentKind::kParagraph)
        state.issuer_measures = IssuerMeasuresTitle(text.substr(doc.segments[i].span.start, doc.segments[i].span.size()));
    auto emit = [&](size_t base) {
      for (const CommitmentMention& m : found) {
        Fact f = MakeFact(doc, FactType::kCommitment, {base + m.span.start, base + m.span.end});
        f.attrs["actor"] = m.actor;
        f.attrs["strength"] = std::string(CommitmentStrengthName(m.strength));
        if (!m.action.empty()) f.attrs["action"] = m.action;
        out->push_back(std::move(f));
      }
    };
    for (const Segment& seg : doc.segments) {
      state.in_task_item = false;  // a plan's numbered task ends with its paragraph
      const std::string_view paragraph = text.substr(seg.span.start, seg.span.size());
      found.clear();
      if (TakeListItem(paragraph, &state, &found)) {  // an item under "Member States should:"
        emit(seg.span.start);
        continue;
      }
      const std::vector<Span> whole{seg.span};
      const std::vector<Span>& sentences = seg.sentences.empty() ? whole : seg.sentences;
      for (const Span& sent : sentences) {
        found.clear();
        FindCommitments(*lexicon_, text.substr(sent.start, sent.size()), seg.lang, &state, &found);
        if (&sent == &sentences.back())
          OpenListLead(paragraph, {sent.start - seg.span.start, sent.end - seg.span.start}, &state, &found);
        emit(sent.start);
      }
    }
  }

 private:
  const CommitmentLexicon* lexicon_;
};

}  // namespace

std::unique_ptr<Extractor> MakeCommitmentExtractor() { return std::make_unique<CommitmentExtractor>(); }
}  // namespace dossier
