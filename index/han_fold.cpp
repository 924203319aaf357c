#include "index/han_fold.h"

#include <opencc/opencc.h>

#include <memory>
#include <string>
#include <vector>

#include "ingest/utf8.h"

namespace dossier {
namespace {

// The table covers the BMP ideograph blocks (Extension A through the
// compatibility ideographs); supplementary-plane characters fold to themselves.
constexpr char32_t kFirst = kHanFoldFirst;
constexpr char32_t kLast = kHanFoldLast;

opencc_t OpenConfig(const char* name) {
  opencc_t od = opencc_open(name);
  if (od == reinterpret_cast<opencc_t>(-1)) {
    std::string path = std::string("/usr/share/opencc/") + name;
    od = opencc_open(path.c_str());
  }
  return od;
}

// Converts every character of `chars` on its own line (so OpenCC's phrase
// rules never join neighbours) and returns one output per input character,
// or the input character where the output is not exactly one character.
std::vector<char32_t> ConvertEach(opencc_t od, const std::vector<char32_t>& chars) {
  std::vector<char32_t> out = chars;
  if (od == reinterpret_cast<opencc_t>(-1)) return out;
  std::string input;
  input.reserve(chars.size() * 4);
  for (char32_t c : chars) {
    utf8::Append(&input, c);
    input += '\n';
  }
  char* converted = opencc_convert_utf8(od, input.data(), input.size());
  if (!converted) return out;
  std::string_view result(converted);
  size_t line_start = 0;
  for (size_t i = 0; i < chars.size(); ++i) {
    size_t nl = result.find('\n', line_start);
    if (nl == std::string_view::npos) break;
    std::string_view line = result.substr(line_start, nl - line_start);
    size_t pos = 0;
    char32_t c = line.empty() ? 0 : utf8::Next(line, &pos);
    if (c != 0 && pos == line.size()) out[i] = c;
    line_start = nl + 1;
  }
  opencc_convert_utf8_free(converted);
  return out;
}

struct FoldTable {
  std::vector<char32_t> map;  // index c - kFirst
  int changed = 0;
  FoldTable() {
    std::vector<char32_t> chars;
    for (char32_t c = kFirst; c <= kLast; ++c)
      if (utf8::IsHan(c)) chars.push_back(c);
    opencc_t t2s = OpenConfig("t2s.json");
    opencc_t jp2t = OpenConfig("jp2t.json");
    std::vector<char32_t> simplified = ConvertEach(t2s, chars);
    std::vector<char32_t> traditional = ConvertEach(jp2t, chars);
    // Japanese forms that jp2t changed and t2s did not: simplify their traditional form.
    std::vector<char32_t> jp_candidates;
    std::vector<size_t> jp_index;
    for (size_t i = 0; i < chars.size(); ++i) {
      if (simplified[i] == chars[i] && traditional[i] != chars[i]) {
        jp_candidates.push_back(traditional[i]);
        jp_index.push_back(i);
      }
    }
    std::vector<char32_t> jp_simplified = ConvertEach(t2s, jp_candidates);
    for (size_t k = 0; k < jp_index.size(); ++k) simplified[jp_index[k]] = jp_simplified[k];
    if (t2s != reinterpret_cast<opencc_t>(-1)) opencc_close(t2s);
    if (jp2t != reinterpret_cast<opencc_t>(-1)) opencc_close(jp2t);

    map.resize(kLast - kFirst + 1);
    for (char32_t c = kFirst; c <= kLast; ++c) map[c - kFirst] = c;
    for (size_t i = 0; i < chars.size(); ++i) {
      if (simplified[i] != chars[i]) {
        map[chars[i] - kFirst] = simplified[i];
        ++changed;
      }
    }
  }
};

const FoldTable& Table() {
  static const FoldTable* table = new FoldTable();
  return *table;
}

}  // namespace

char32_t FoldHan(char32_t c) {
  if (c < kFirst || c > kLast) return c;
  return Table().map[c - kFirst];
}

const char32_t* HanFoldTable() { return Table().map.data(); }

int HanFoldTableSize() { return Table().changed; }

}  // namespace dossier
