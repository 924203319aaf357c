// Placeholder: finds nothing yet. Replaced by the commitment extractor.
#include "extract/extractor.h"

namespace dossier {
namespace {
class CommitmentExtractor : public Extractor {
 public:
  FactType type() const override { return FactType::kCommitment; }
  void Extract(const Document&, const ExtractContext&, std::vector<Fact>*) const override {}
};
}  // namespace

std::unique_ptr<Extractor> MakeCommitmentExtractor() { return std::make_unique<CommitmentExtractor>(); }
}  // namespace dossier
