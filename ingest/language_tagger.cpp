#include "ingest/language_tagger.h"

#include <opencc/opencc.h>

#include <bitset>
#include <memory>

#include "ingest/tsv.h"
#include "ingest/utf8.h"

namespace dossier {

namespace {

// Han characters of the BMP that exist only in traditional or only in
// simplified writing, from OpenCC's character tables (built once, ~0.1 s).
class HanVariantSets {
 public:
  static const HanVariantSets& Get() {
    static const HanVariantSets sets;
    return sets;
  }
  bool TraditionalOnly(char32_t c) const { return c < 0x10000 && traditional_only_[c]; }
  bool SimplifiedOnly(char32_t c) const { return c < 0x10000 && simplified_only_[c]; }

 private:
  HanVariantSets() {
    std::vector<char32_t> chars;
    for (char32_t c = 0x3400; c <= 0x4DBF; ++c) chars.push_back(c);
    for (char32_t c = 0x4E00; c <= 0x9FFF; ++c) chars.push_back(c);
    // One character per line, so no multi-character phrase rule applies.
    std::string input;
    for (char32_t c : chars) {
      utf8::Append(&input, c);
      input.push_back('\n');
    }
    std::vector<char32_t> t2s = Convert("t2s.json", input, chars.size());
    std::vector<char32_t> s2t = Convert("s2t.json", input, chars.size());
    if (t2s.size() != chars.size() || s2t.size() != chars.size()) return;
    for (size_t i = 0; i < chars.size(); ++i) {
      bool t2s_changes = t2s[i] != chars[i];
      bool s2t_changes = s2t[i] != chars[i];
      if (t2s_changes && !s2t_changes) traditional_only_[chars[i]] = true;
      if (s2t_changes && !t2s_changes) simplified_only_[chars[i]] = true;
    }
  }

  // The first code point of each output line; empty on failure.
  static std::vector<char32_t> Convert(const char* config, const std::string& input, size_t expected) {
    std::vector<char32_t> out;
    opencc_t cc = opencc_open(config);
    if (cc == reinterpret_cast<opencc_t>(-1)) return out;
    char* converted = opencc_convert_utf8(cc, input.data(), input.size());
    opencc_close(cc);
    if (!converted) return out;
    std::string_view s(converted);
    out.reserve(expected);
    size_t pos = 0;
    while (pos < s.size()) {
      size_t nl = s.find('\n', pos);
      if (nl == std::string_view::npos) nl = s.size();
      size_t p = pos;
      out.push_back(nl > pos ? utf8::Next(s, &p) : 0);
      pos = nl + 1;
    }
    opencc_convert_utf8_free(converted);
    return out;
  }

  std::bitset<0x10000> traditional_only_;
  std::bitset<0x10000> simplified_only_;
};

bool IsLatinLetter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}

}  // namespace

ScriptCounts CountScripts(std::string_view text) {
  ScriptCounts n;
  size_t pos = 0;
  bool variants_loaded = false;
  const HanVariantSets* sets = nullptr;
  while (pos < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ++n.latin;
      ++pos;
      continue;
    }
    char32_t c = utf8::Next(text, &pos);
    if (utf8::IsHan(c)) {
      ++n.han;
      if (!variants_loaded) {
        sets = &HanVariantSets::Get();
        variants_loaded = true;
      }
      if (sets->TraditionalOnly(c)) ++n.traditional_only;
      if (sets->SimplifiedOnly(c)) ++n.simplified_only;
    } else if (utf8::IsKana(c) || c == U'ー') {
      ++n.kana;
    } else if (utf8::IsHangul(c)) {
      ++n.hangul;
    } else if (IsLatinLetter(c)) {
      ++n.latin;
    } else if (c >= 0xFF21 && c <= 0xFF5A) {
      ++n.latin;  // full-width Latin letters
    }
  }
  return n;
}

std::string LanguageFromCounts(const ScriptCounts& n) {
  size_t cjk = n.han + n.kana + n.hangul;
  if (cjk == 0 && n.latin == 0) return "";
  if (n.latin > 3 * cjk) return std::string(lang::kEnglish);
  if (n.kana > 0 && n.kana * 20 >= n.han + n.kana) return std::string(lang::kJapanese);
  if (n.han == 0) return n.kana > 0 ? std::string(lang::kJapanese) : std::string(lang::kEnglish);
  return std::string(n.traditional_only > n.simplified_only ? lang::kTraditionalChinese
                                                            : lang::kSimplifiedChinese);
}

std::string DetectLanguage(std::string_view text) { return LanguageFromCounts(CountScripts(text)); }

std::string CanonicalLanguageTag(std::string_view tag) {
  std::string t = AsciiLower(tag);
  for (char& c : t)
    if (c == '_') c = '-';
  if (t == "en" || t.rfind("en-", 0) == 0) return std::string(lang::kEnglish);
  if (t == "ja" || t.rfind("ja-", 0) == 0 || t == "jp") return std::string(lang::kJapanese);
  if (t.rfind("zh", 0) == 0) {
    if (t.find("hant") != std::string::npos || t.find("-tw") != std::string::npos ||
        t.find("-hk") != std::string::npos || t.find("-mo") != std::string::npos)
      return std::string(lang::kTraditionalChinese);
    return std::string(lang::kSimplifiedChinese);
  }
  return "";
}

void TagDocumentLanguages(Document* doc, const std::vector<std::string>& declared) {
  std::vector<Segment>& segs = doc->segments;
  std::vector<ScriptCounts> counts(segs.size());
  std::vector<bool> fixed(segs.size(), false);
  for (size_t i = 0; i < segs.size(); ++i) {
    if (i < declared.size() && !declared[i].empty()) {
      segs[i].lang = declared[i];
      fixed[i] = true;
      continue;
    }
    counts[i] = CountScripts(doc->slice(segs[i].span));
    segs[i].lang = LanguageFromCounts(counts[i]);
  }
  // Han-only segments beside Japanese ones are Japanese (kanji headings,
  // datelines such as 令和7年3月22日), and so are Han segments with too little
  // kana to tell by themselves (a table row, 賃上げ・生産性向上相談窓口運営事業
  // 新規 産業労働部). Two sweeps let a run of them follow.
  auto han_only = [&](size_t i) {
    return !fixed[i] && counts[i].han > 0 && segs[i].lang != lang::kEnglish && segs[i].lang != lang::kJapanese;
  };
  // Segments without letters (a row of numbers in a table) do not break the run.
  {
    std::string last;
    for (size_t i = 0; i < segs.size(); ++i) {
      if (han_only(i) && last == lang::kJapanese) segs[i].lang = std::string(lang::kJapanese);
      if (!segs[i].lang.empty()) last = segs[i].lang;
    }
    last.clear();
    for (size_t i = segs.size(); i-- > 0;) {
      if (han_only(i) && last == lang::kJapanese) segs[i].lang = std::string(lang::kJapanese);
      if (!segs[i].lang.empty()) last = segs[i].lang;
    }
  }
  // Chinese segments without variant evidence (（完）, 中国人) follow the
  // document's variant when the document has evidence either way.
  size_t trad = 0, simp = 0;
  for (size_t i = 0; i < segs.size(); ++i) {
    trad += counts[i].traditional_only;
    simp += counts[i].simplified_only;
  }
  if (trad != simp) {
    std::string majority(trad > simp ? lang::kTraditionalChinese : lang::kSimplifiedChinese);
    for (size_t i = 0; i < segs.size(); ++i)
      if (!fixed[i] && counts[i].traditional_only == 0 && counts[i].simplified_only == 0 &&
          (segs[i].lang == lang::kSimplifiedChinese || segs[i].lang == lang::kTraditionalChinese))
        segs[i].lang = majority;
  }
  // Segments without letters take the previous tag, else the next, else en.
  for (size_t i = 0; i < segs.size(); ++i) {
    if (!segs[i].lang.empty()) continue;
    for (size_t j = i; j-- > 0;)
      if (!segs[j].lang.empty()) {
        segs[i].lang = segs[j].lang;
        break;
      }
    if (segs[i].lang.empty())
      for (size_t j = i + 1; j < segs.size(); ++j)
        if (!segs[j].lang.empty()) {
          segs[i].lang = segs[j].lang;
          break;
        }
    if (segs[i].lang.empty()) segs[i].lang = std::string(lang::kEnglish);
  }
}

}  // namespace dossier
