#include "index/han_variant_fold.h"

#include <memory>
#include <mutex>

#include <opencc/opencc.h>

#include "ingest/utf8.h"

namespace dossier {
namespace {

struct Converters {
  std::unique_ptr<opencc::SimpleConverter> t2s, jp2t;
};

Converters& Shared() {
  static Converters* c = [] {
    auto* out = new Converters;
    try {
      out->t2s = std::make_unique<opencc::SimpleConverter>("t2s.json");
      out->jp2t = std::make_unique<opencc::SimpleConverter>("jp2t.json");
    } catch (...) {
      out->t2s.reset();
      out->jp2t.reset();
    }
    return out;
  }();
  return *c;
}

bool HasHan(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (utf8::IsHan(utf8::Next(s, &pos))) return true;
  }
  return false;
}

}  // namespace

std::string FoldHanVariants(std::string_view text, bool japanese) {
  if (!HasHan(text)) return std::string(text);
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  Converters& c = Shared();
  if (!c.t2s) return std::string(text);
  try {
    std::string s(text);
    if (japanese && c.jp2t) s = c.jp2t->Convert(s);
    return c.t2s->Convert(s);
  } catch (...) {
    return std::string(text);
  }
}

}  // namespace dossier
