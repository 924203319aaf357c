// Placeholder: finds nothing yet. Replaced by the date extractor.
#include "extract/extractor.h"

namespace dossier {
namespace {
class DateExtractor : public Extractor {
 public:
  FactType type() const override { return FactType::kDate; }
  void Extract(const Document&, const ExtractContext&, std::vector<Fact>*) const override {}
};
}  // namespace

std::unique_ptr<Extractor> MakeDateExtractor() { return std::make_unique<DateExtractor>(); }
}  // namespace dossier
