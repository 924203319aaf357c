// Placeholder: finds nothing yet. Replaced by the org extractor.
#include "extract/extractor.h"

namespace dossier {
namespace {
class OrgExtractor : public Extractor {
 public:
  FactType type() const override { return FactType::kOrg; }
  void Extract(const Document&, const ExtractContext&, std::vector<Fact>*) const override {}
};
}  // namespace

std::unique_ptr<Extractor> MakeOrgExtractor() { return std::make_unique<OrgExtractor>(); }
}  // namespace dossier
