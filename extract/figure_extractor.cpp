// Placeholder: finds nothing yet. Replaced by the figure extractor.
#include "extract/extractor.h"

namespace dossier {
namespace {
class FigureExtractor : public Extractor {
 public:
  FactType type() const override { return FactType::kFigure; }
  void Extract(const Document&, const ExtractContext&, std::vector<Fact>*) const override {}
};
}  // namespace

std::unique_ptr<Extractor> MakeFigureExtractor() { return std::make_unique<FigureExtractor>(); }
}  // namespace dossier
