#include "extract/han_fold.h"

#include "ingest/embedded_data.h"
#include "ingest/utf8.h"

namespace dossier {

HanFold::HanFold(std::string_view tsv) : table_(0xFB00 - kFirst, 0) {
  size_t line_start = 0;
  while (line_start < tsv.size()) {
    size_t nl = tsv.find('\n', line_start);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(line_start, nl - line_start);
    line_start = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    std::string_view from = line.substr(0, tab), to = line.substr(tab + 1);
    if (from.size() != to.size()) continue;
    size_t p = 0, q = 0;
    char32_t f = utf8::Next(from, &p), t = utf8::Next(to, &q);
    if (p != from.size() || q != to.size()) continue;
    if (f >= kFirst && f < kFirst + table_.size() && f != t) {
      if (table_[f - kFirst] == 0) ++size_;
      table_[f - kFirst] = t;
    }
  }
}

const HanFold& HanFold::Default() {
  static const HanFold fold(EmbeddedData("extract/data/han_fold.tsv").value_or(""));
  return fold;
}

void HanFold::FoldInPlace(std::string* text) const {
  std::string& s = *text;
  for (size_t i = 0; i < s.size();) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    size_t pos = i;
    char32_t c = utf8::Next(s, &pos);
    char32_t f = Fold(c);
    if (f != c && pos - i == 3) {
      std::string enc;
      utf8::Append(&enc, f);
      if (enc.size() == 3) s.replace(i, 3, enc);
    }
    i = pos;
  }
}

}  // namespace dossier
