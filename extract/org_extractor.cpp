// The organisation extractor: gazetteer aliases, name patterns, and short
// forms defined in the document, linked to one id per organisation.
//
// Passes over one document (every pass linear in the text, windows bounded):
//  1. Gazetteer: longest alias at each position of the matching key
//     (OrgMatchKey: NFKC, ASCII lower case, Han variants folded), built-in
//     first, then ExtractContext::extra_orgs; a Latin alias needs word
//     boundaries; `block` rules drop 商务部 in 商务部门.
//  2. English names: capitalised word sequences holding a head word
//     (extract/data/org_en_words.tsv), split at "and the" and between two
//     headed names; a longer name holding a gazetteer alias replaces it
//     unless what it adds is only places ("Chinese Ministry of Commerce").
//  3. Chinese/Japanese names: a suffix (协会, 銀行, 委員会 ...) with a bounded
//     left extent that stops at particles, function characters and verbs
//     (extract/data/org_cjk_rules.tsv); never overrides a gazetteer match.
//     A unit (局, 課, 处) needs its parent before it: a name, or a city or
//     prefecture (北九州市産業経済局中小企業振興課), and its own name alone
//     later in the document is the same unit.
//  4. Short forms: "(CCG)", "（中国贸促会）" after a mention name the same id;
//     an acronym in parentheses with no mention before it finds its long form
//     from the initials of the words before it ("Fixed Income, Commodities, and
//     Currency Department (FICC)"); later bare uses of a short form are mentions.
//  5. Generic government names ("Ministry of Finance", "Department of
//     Commerce", 特區政府, 財政局) become the body of the country the
//     document names most (extract/org_country.h).
//  6. Bilingual apposition: "中国大连高级经理学院 China Business Executive Academy"
//     is one organisation: the Chinese name takes the English one's id.
// Ids: the gazetteer id; else a slug of the English name; else "org-" + the
// folded simplified name (docs/orgs.md).
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <re2/re2.h>

#include "extract/extractor.h"
#include "extract/han_fold.h"
#include "extract/org_country.h"
#include "extract/org_gazetteer.h"
#include "ingest/embedded_data.h"
#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Word sets looked up with a string_view, without copying the word into a
// std::string first (C++20 heterogeneous lookup).
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// What org_en_words.tsv says of an English word (bits of EnWordRole).
enum EnWordRole : uint8_t { kHead = 1, kConnector = 2, kTitle = 4, kFunction = 8, kLegal = 16 };

std::vector<std::vector<std::string>> ReadRows(std::string_view path) {
  std::vector<std::vector<std::string>> rows;
  std::string_view data = EmbeddedData(path).value_or("");
  size_t s = 0;
  while (s < data.size()) {
    size_t nl = data.find('\n', s);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = data.substr(s, nl - s);
    s = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t c = 0;
    while (true) {
      size_t tab = line.find('\t', c);
      cols.emplace_back(line.substr(c, tab == std::string_view::npos ? std::string_view::npos : tab - c));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

// The rules of passes 2 and 3, loaded once from extract/data/.
struct OrgRules {
  // Every word of org_en_words.tsv with a role: one lookup per token.
  std::unordered_map<std::string, uint8_t, WordHash, std::equal_to<>> en_roles;
  WordSet connectors, abbrevs, places, after_hyphen;
  std::unordered_map<std::string, int> suffix_min;  // folded suffix -> fewest chars before it
  std::unique_ptr<RE2> suffix_re;
  std::unordered_set<char32_t> stop_chars;
  std::vector<std::string> stop_words;
  WordSet units;  // 处, 司: suffixes that name a unit only right after its parent
  WordSet legal_forms;  // 公司, 株式会社: a known name written with one is the same organisation
  WordSet self_places;  // 省, 市: "this province/city" before a body (省商务厅)
  WordSet distributive;  // 各, 每: a name right after one is generic (各设区市商务局)
  WordSet cities;  // 香港, 大连: a city before a known name makes a chapter (香港日本商工會議所)
  WordSet generic;
  std::vector<std::string> leads;
  std::vector<std::string> countries;
  WordSet blocks;  // last char + next char
  int max_chars = 12;

  OrgRules() {
    for (auto& r : ReadRows("extract/data/org_en_words.tsv")) {
      if (r.size() < 2) continue;
      if (r[1] == "head") en_roles[r[0]] |= kHead;
      else if (r[1] == "connector") {
        en_roles[r[0]] |= kConnector;
        connectors.insert(r[0]);
      }
      else if (r[1] == "title") en_roles[r[0]] |= kTitle;
      else if (r[1] == "function") en_roles[r[0]] |= kFunction;
      else if (r[1] == "legal") en_roles[r[0]] |= kLegal;
      else if (r[1] == "abbrev") abbrevs.insert(r[0]);
      else if (r[1] == "afterhyphen") after_hyphen.insert(r[0]);
    }
    for (auto& r : ReadRows("extract/data/org_places.tsv")) places.insert(r[0]);
    std::string alternation;
    for (auto& r : ReadRows("extract/data/org_cjk_rules.tsv")) {
      if (r.size() < 2) continue;
      std::string v = OrgMatchKey(r[1]);
      if (r[0] == "unit") units.insert(v);
      if (r[0] == "legalform") legal_forms.insert(v);
      if (r[0] == "suffix" || r[0] == "unit") {
        int min = r.size() > 2 ? std::atoi(r[2].c_str()) : 2;
        if (suffix_min.emplace(v, min).second) alternation += (alternation.empty() ? "" : "|") + RE2::QuoteMeta(v);
      } else if (r[0] == "stopchar") {
        size_t p = 0;
        stop_chars.insert(utf8::Next(v, &p));
      } else if (r[0] == "stopword") {
        stop_words.push_back(v);
      } else if (r[0] == "selfplace") {
        self_places.insert(v);
      } else if (r[0] == "distributive") {
        distributive.insert(v);
      } else if (r[0] == "city") {
        cities.insert(v);
      } else if (r[0] == "generic") {
        generic.insert(v);
      } else if (r[0] == "country") {
        countries.push_back(v);
      } else if (r[0] == "lead") {
        leads.push_back(v);
      } else if (r[0] == "block" && r.size() > 2) {
        blocks.insert(v + OrgMatchKey(r[2]));
      } else if (r[0] == "maxchars") {
        max_chars = std::max(1, std::atoi(r[1].c_str()));
      }
    }
    // Longest suffix first so 商工会议所 is preferred over 会议所.
    std::vector<std::string> sfx;
    for (auto& [s, m] : suffix_min) sfx.push_back(s);
    std::sort(sfx.begin(), sfx.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    alternation.clear();
    for (auto& s : sfx) alternation += (alternation.empty() ? "" : "|") + RE2::QuoteMeta(s);
    suffix_re = std::make_unique<RE2>("(" + (alternation.empty() ? std::string("\x01") : alternation) + ")");
  }

  // Is the suffix at `suffix_at` that of a subsidiary (子公司)?
  static bool Subsidiary(std::string_view key, size_t suffix_at) {
    static constexpr std::string_view kSub = "子";
    return suffix_at >= kSub.size() && key.substr(suffix_at - kSub.size(), kSub.size()) == kSub;
  }

  // Does a name ending at `end` of `key` run into a longer ordinary word (商务部|门)?
  // A known name (`known`, from the gazetteer) before 长 is its head's
  // title (行政院长, 国家统计局局长): the name stands, unless 长 opens a
  // word of its own (研究所长期合作, 银行长三角分行).
  bool Blocked(std::string_view key, size_t start, size_t end, bool known = false) const {
    if (end >= key.size() || end <= start) return false;
    size_t last = utf8::PrevStart(key, end);
    size_t p = end;
    utf8::Next(key, &p);
    if (known && key.compare(end, p - end, "长") == 0) {
      // 长期 长远 长久 长达 长效 长足 长江 长三角 长城 长沙 长春 长廊 长安 长治 长年
      // 长大 长线 长时间 长度 长处 长篇
      static constexpr std::string_view kLongWords[] = {"期", "远", "久", "达", "效", "足", "江", "三", "城", "沙", "春",
                                                        "廊", "安", "治", "年", "大", "线", "时", "度", "处", "篇"};
      for (std::string_view w : kLongWords)
        if (key.compare(p, w.size(), w) == 0) return true;
      return false;
    }
    return blocks.count(key.substr(last, p - last)) > 0;
  }
};

const OrgRules& Rules() {
  static const OrgRules rules;
  return rules;
}

enum class Source { kGazetteer, kPatternEn, kPatternCjk, kShortForm, kLongForm };

struct Mention {
  size_t start, end;  // in the matching key (= NFKC text offsets)
  std::string id, name;
  Source source;
  bool gazetteer_id = false;  // id comes from a gazetteer
  bool unit = false;          // a unit of the gazetteer name it opens with (商务部对外贸易司)
  size_t suffix_at = 0;       // CJK pattern names: where the suffix (委员会, 公司, 司) starts
  size_t tail_at = 0;         // units: where the last unit's own name starts (…局|中小企業振興課)
};

std::string SlugEn(std::string_view text) {
  std::string slug;
  bool dash = false;
  for (unsigned char c : text) {
    if (IsAsciiAlnum(c)) {
      if (dash && !slug.empty()) slug += '-';
      dash = false;
      slug += static_cast<char>(IsAsciiUpper(c) ? c - 'A' + 'a' : c);
    } else if (c == '\'' || c == '.') {
      // People's -> peoples, U.S. -> us
    } else {
      dash = true;
    }
  }
  if (slug.rfind("the-", 0) == 0) slug.erase(0, 4);
  return slug;
}

bool StartsLatin(std::string_view s) { return !s.empty() && static_cast<unsigned char>(s[0]) < 0x80; }

std::string IdFor(std::string_view nfkc_text, std::string_view key_text) {
  if (StartsLatin(nfkc_text)) {
    std::string slug = SlugEn(nfkc_text);
    if (!slug.empty()) return slug;
  }
  return "org-" + std::string(key_text);
}

// English words of the NFKC text, with what separates them.
struct Token {
  size_t start, end;
  enum Kind { kWord, kComma, kBreak } kind;
  bool spaced = false;  // separated from the previous token by 1-2 spaces only (no line break)
  // What org_en_words.tsv says of the word, looked up once.
  bool head = false, connector = false, title = false, function = false;
  bool legal = false;  // a word of a legal form (Joint Stock Company): no content of a name
};

std::vector<Token> TokenizeLatin(std::string_view t, const OrgRules& rules) {
  std::vector<Token> out;
  size_t i = 0, n = t.size();
  size_t last_end = 0;
  auto push = [&](size_t s, size_t e, Token::Kind k) {
    Token tok{s, e, k};
    size_t gap = s - last_end;
    std::string_view between = t.substr(last_end, gap);
    tok.spaced = !out.empty() && gap <= 3 && between.find_first_not_of(" \n") == std::string_view::npos &&
                 std::count(between.begin(), between.end(), '\n') <= 1;
    out.push_back(tok);
    last_end = e;
  };
  while (i < n) {
    unsigned char c = t[i];
    if (IsAsciiAlnum(c)) {
      size_t s = i;
      while (i < n) {
        unsigned char d = t[i];
        if (IsAsciiAlnum(d)) { ++i; continue; }
        if ((d == '-' || d == '.' || d == '\'') && i + 1 < n && IsAsciiAlnum(t[i + 1])) { ++i; continue; }
        if (d == 0xE2 && t.substr(i, 3) == "\xE2\x80\x99" && i + 3 < n && IsAsciiAlnum(t[i + 3])) { i += 3; continue; }
        break;
      }
      // "Co." and "U.S." keep their full stop; "Parliamentarians'" its apostrophe.
      if (i < n && t[i] == '.') {
        if (rules.abbrevs.count(t.substr(s, i - s + 1)) || t.substr(s, i - s).find('.') != std::string_view::npos) ++i;
      } else if (i < n && t[i - 1] == 's' && (t[i] == '\'' || t.substr(i, 3) == "\xE2\x80\x99")) {
        size_t after = t[i] == '\'' ? i + 1 : i + 3;
        if (after >= n || !IsAsciiAlnum(t[after])) i = after;
      }
      push(s, i, Token::kWord);
    } else if (c == '&') {
      push(i, i + 1, Token::kWord);
      ++i;
    } else if (c == ',') {
      push(i, i + 1, Token::kComma);
      ++i;
    } else if (c == ' ') {
      ++i;
    } else {
      size_t s = i;
      if (c < 0x80) ++i;
      else utf8::Next(t, &i);
      push(s, i, Token::kBreak);
    }
  }
  for (Token& tok : out) {
    if (tok.kind != Token::kWord) continue;
    const std::string_view word = t.substr(tok.start, tok.end - tok.start);
    auto it = rules.en_roles.find(word);
    if (it == rules.en_roles.end()) {
      // "Sub-Committee", "Sub-Council": a hyphenated word is a head when its
      // last part is one (its other roles are the whole word's).
      const size_t hyphen = word.rfind('-');
      if (hyphen == std::string_view::npos) continue;
      auto last = rules.en_roles.find(word.substr(hyphen + 1));
      tok.head = last != rules.en_roles.end() && (last->second & kHead);
      continue;
    }
    tok.head = it->second & kHead;
    tok.connector = it->second & kConnector;
    tok.title = it->second & kTitle;
    tok.function = it->second & kFunction;
    tok.legal = it->second & kLegal;
  }
  return out;
}

// Whether the character before key[at] is a digit or a Chinese numeral (the
// number of a month written before 月).
bool MonthNumberBefore(std::string_view key, size_t at) {
  const size_t prev = utf8::PrevStart(key, at);
  size_t p = prev;
  const char32_t c = utf8::Next(key, &p);
  return (c >= U'0' && c <= U'9') || c == U'一' || c == U'二' || c == U'三' || c == U'四' || c == U'五' ||
         c == U'六' || c == U'七' || c == U'八' || c == U'九' || c == U'十';
}

class OrgExtractor : public Extractor {
 public:
  FactType type() const override { return FactType::kOrg; }
  void Extract(const Document& doc, const ExtractContext& ctx, std::vector<Fact>* out) const override;
};

struct Work {
  const OrgRules& rules;
  const OrgGazetteer& builtin;
  const OrgGazetteer* extra;
  std::string_view nfkc, key;
  std::vector<Token> tokens;
  // Accepted mentions by start; they never overlap, so they are ordered by end too.
  // A map keeps inserting and replacing names O(log n) on documents with many.
  using MentionMap = std::map<size_t, Mention>;
  MentionMap mentions;
  // The language of the text at a key offset ("ja", "zh-Hans", ...; "" if unknown).
  std::function<std::string_view(size_t)> lang_at = [](size_t) { return std::string_view(); };

  // The first mention that ends after `pos` (the first that may overlap [pos, ...)).
  MentionMap::iterator FirstEndingAfter(size_t pos) {
    auto it = mentions.upper_bound(pos);
    if (it != mentions.begin() && std::prev(it)->second.end > pos) return std::prev(it);
    return it;
  }

  std::string_view Word(const Token& t) const { return nfkc.substr(t.start, t.end - t.start); }
  bool IsWord(size_t i) const { return tokens[i].kind == Token::kWord; }
  bool IsConnector(size_t i) const { return tokens[i].connector; }
  bool IsHead(size_t i) const { return tokens[i].head; }
  bool IsCap(size_t i) const {
    if (!IsWord(i)) return false;
    std::string_view w = Word(tokens[i]);
    size_t hyphen = w.rfind('-');
    if (hyphen != std::string_view::npos && rules.after_hyphen.count(w.substr(hyphen + 1))) return false;
    return IsCapShape(i);
  }
  bool IsCapShape(size_t i) const { return IsWord(i) && (IsAsciiUpper(nfkc[tokens[i].start]) || (nfkc[tokens[i].start] >= '0' && nfkc[tokens[i].start] <= '9' && Word(tokens[i]).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos)); }

  OrgGazetteer::Match Lookup(size_t pos) const {
    // Only Han aliases are kept to a language; Latin text skips the lookup.
    const std::string_view lang = static_cast<unsigned char>(key[pos]) >= 0x80 ? lang_at(pos) : std::string_view();
    OrgGazetteer::Match m = builtin.LongestAt(key, nfkc, pos, lang);
    if (extra) {
      OrgGazetteer::Match x = extra->LongestAt(key, nfkc, pos, lang);
      if (x.org && x.end > m.end) m = x;
    }
    return m;
  }
  const OrgEntry* FindAlias(std::string_view text) const {
    const OrgEntry* e = builtin.FindByAlias(text);
    if (!e && extra) e = extra->FindByAlias(text);
    return e;
  }

  // True if a Chinese counter starts at `pos` right after a number (1,400家,
  // 三家, 300多家): what follows is counted, a common noun (三家日本银行 is
  // "three Japanese banks", not the Bank of Japan).
  static bool CounterAfterNumber(std::string_view key, size_t pos) {
    if (pos == 0 || pos >= key.size()) return false;
    size_t p = pos;
    const char32_t counter = utf8::Next(key, &p);
    size_t b = utf8::PrevStart(key, pos);
    const char32_t before = utf8::Next(key, &b);
    // 回, 届: an ordinal session or edition (第219回国会, 第五届中国国际进口博览会)
    // names an event after the body, not the body.
    static constexpr std::u32string_view kCounters = U"家个個名所座位间間批类類种種回届屆";
    static constexpr std::u32string_view kNumberEnds = U"〇零一二三四五六七八九十百千万萬亿億两兩多余餘几幾";
    const bool after_number = (before >= U'0' && before <= U'9') || kNumberEnds.find(before) != std::u32string_view::npos;
    return after_number && kCounters.find(counter) != std::u32string_view::npos;
  }

  // True if a short Han alias matched at [start, end) was listed only for
  // the other language family: Japanese 国連 (the UN) is no name in Chinese,
  // where 中国连续 ("China, in a row") holds the same two characters; two
  // characters are too few to stand for a name across languages. Aliases
  // with no recorded column (an imported gazetteer) always match.
  bool ForeignShortAlias(const OrgEntry& org, size_t start, size_t end) const {
    std::string_view matched = key.substr(start, end - start);
    size_t chars = 0;
    for (size_t p = 0; p < matched.size(); ++chars) {
      if (static_cast<unsigned char>(matched[p]) < 0x80) return false;  // Latin: not a Han alias
      utf8::Next(matched, &p);
    }
    if (chars > 2) return false;
    const std::string_view lang = lang_at(start);
    const bool ja = lang == "ja";
    if (!ja && lang.substr(0, 2) != "zh") return false;
    bool known = false, listed = false;
    for (size_t a = 0; a < org.aliases.size() && a < org.alias_langs.size(); ++a) {
      if (org.alias_langs[a].empty() || OrgMatchKey(org.aliases[a]) != matched) continue;
      known = true;
      listed |= org.alias_langs[a].find(ja ? "ja" : "zh") != std::string::npos;
    }
    return known && !listed;
  }

  void Gazetteer() {
    size_t i = 0;
    while (i < key.size()) {
      OrgGazetteer::Match m = Lookup(i);
      const bool counted = m.org && i > 0 && CounterAfterNumber(key, utf8::PrevStart(key, i));
      if (m.org && !counted && !rules.Blocked(key, i, m.end, /*known=*/true) && !ForeignShortAlias(*m.org, i, m.end)) {
        mentions.emplace(i, Mention{i, m.end, m.org->id, m.org->name, Source::kGazetteer, true});
        i = m.end;
      } else {
        unsigned char c = key[i];
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      }
    }
  }

  // The last word of a law's or rule's name ("Export Administration Regulations").
  static bool LawWord(std::string_view w) {
    return w == "Regulations" || w == "Regulation" || w == "Act" || w == "Law" || w == "Rules" || w == "Ordinance";
  }

  // "Sciences'", "Japan's", "Nation’s": a word that ends in a possessive mark.
  static bool EndsWithPossessive(std::string_view w) {
    return w.size() > 2 && (w.ends_with("'s") || w.ends_with("\xE2\x80\x99s") || w.ends_with("s'") ||
                            w.ends_with("s\xE2\x80\x99"));
  }

  // Pass 2 on one run of tokens [b, e) that may hold names.
  void EnglishRun(size_t b, size_t e, std::vector<Mention>* found) {
    while (b < e && (IsConnector(b) || tokens[b].function)) ++b;
    while (e > b && IsConnector(e - 1)) --e;
    if (b >= e) return;
    // A name glued by a hyphen to the word before it names a pair of parties:
    // "the U.S.-Japan Council" is one body (its name starts at "U.S."), "the
    // U.S.-Japan Alliance" a relationship, no organisation.
    const size_t first = tokens[b].start;
    size_t pair_start = first;
    if (first >= 2 && nfkc[first - 1] == '-' && (IsAsciiAlnum(nfkc[first - 2]) || nfkc[first - 2] == '.')) {
      const std::string_view last = Word(tokens[e - 1]);
      if (last == "Alliance" || last == "Partnership" || last == "Relationship" || last == "Relations") return;
      pair_start = first - 1;
      while (pair_start > 0 && (IsAsciiAlnum(nfkc[pair_start - 1]) || nfkc[pair_start - 1] == '.')) --pair_start;
    }
    // Split after a possessive with a headed name on both sides: "the
    // Chinese Academy of Social Sciences' Institute of Japanese Studies" names
    // the academy and its institute.
    for (size_t i = b; i + 1 < e; ++i) {
      // "Municipal People's Government": People's is part of the name.
      const std::string_view w = Word(tokens[i]);
      if (!EndsWithPossessive(w) || w.starts_with("People")) continue;
      bool left = false, right = false;
      for (size_t k = b; k <= i; ++k) left |= IsHead(k);
      for (size_t k = i + 1; k < e; ++k) right |= IsHead(k);
      if (left && right) {
        EnglishRun(b, i + 1, found);
        EnglishRun(i + 1, e, found);
        return;
      }
    }
    // Split at "and the", and at "and"/"&" with a headed name on both sides.
    for (size_t i = b + 1; i + 1 < e; ++i) {
      std::string_view w = Word(tokens[i]);
      if (w != "and" && w != "&") continue;
      bool split = Word(tokens[i + 1]) == "the";
      if (!split) {
        bool left = false, right = false;
        for (size_t k = b; k < i; ++k) left |= IsHead(k);
        for (size_t k = i + 1; k < e; ++k) right |= IsHead(k);
        split = left && right;
      }
      if (!split) {
        auto text = [&](size_t x, size_t y) {
          return nfkc.substr(tokens[x].start, tokens[y - 1].end - tokens[x].start);
        };
        split = FindAlias(text(b, i)) || FindAlias(text(i + 1, e));
      }
      if (split) {
        EnglishRun(b, i, found);
        EnglishRun(i + 1, e, found);
        return;
      }
    }
    size_t last_head = e;
    for (size_t k = b; k < e; ++k)
      if (IsHead(k)) last_head = k;
    if (last_head == e) return;
    size_t end = last_head + 1;
    if (end < e) {
      std::string_view w = Word(tokens[end]);
      if (w == "of" || w == "for" || w == "on" || w == "in") end = e;
      // "Export Administration Regulations", "Foreign Trade Act": the name of
      // a law or rule that holds a head word names no organisation.
      if (LawWord(w)) return;
    }
    // "Ryu Jin of the Federation of Korean Industries": words with no head
    // before "of" are a person or a post of the organisation after it; before
    // "in" a topic ("Deepening Cooperation in Service Trade").
    for (size_t k = b + 1; k < last_head; ++k) {
      if (Word(tokens[k]) != "of" && Word(tokens[k]) != "in") continue;
      bool head_before = false;
      for (size_t h = b; h < k; ++h) head_before |= IsHead(h);
      // "Leading Together in Space and Critical Technologies": a headline
      // opened by a gerund names a topic, not an organisation.
      const std::string_view first = Word(tokens[b]);
      if (!head_before && Word(tokens[k]) == "in" && first.size() > 5 && first.substr(first.size() - 3) == "ing")
        return;
      if (!head_before) {
        b = k + 1;
        while (b < last_head && IsConnector(b)) ++b;
      }
      break;
    }
    // "Joint Stock Company" is a legal form, no name: its words are no content.
    int content = 0;
    for (size_t k = b; k < end; ++k) content += !IsConnector(k) && !tokens[k].legal;
    if (content < 2) return;
    size_t s = tokens[b].start == first ? pair_start : tokens[b].start, t = tokens[end - 1].end;
    // The owner's name ends before its possessive ("Social Sciences'").
    const std::string_view last_word = Word(tokens[end - 1]);
    if (EndsWithPossessive(last_word)) {
      for (std::string_view mark : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"})
        if (last_word.ends_with(mark)) {
          t -= mark.size();
          break;
        }
    }
    std::string_view text = nfkc.substr(s, t - s);
    // A company's own organs name no organisation of their own: "its Board
    // of Directors resolved to …" is the company acting.
    for (std::string_view organ : {"Board of Directors", "Board of Auditors", "Board of Statutory Auditors",
                                   "Audit & Supervisory Board", "Audit and Supervisory Board"})
      if (text == organ) return;
    found->push_back({s, t, IdFor(text, key.substr(s, t - s)), std::string(text), Source::kPatternEn, false});
  }

  std::vector<Mention> English() {
    std::vector<Mention> found;
    size_t run = 0;
    bool open = false;
    for (size_t i = 0; i <= tokens.size(); ++i) {
      bool keep = false;
      bool starts_new = false;
      if (i < tokens.size() && IsWord(i)) {
        std::string w(Word(tokens[i]));
        bool joined = open && tokens[i].spaced;
        size_t apos = w.rfind("'s");
        if (apos == std::string::npos) apos = w.rfind("\xE2\x80\x99s");
        bool possessive = apos != std::string::npos && apos + (w[apos] == '\'' ? 2 : 4) == w.size();
        if (tokens[i].title) {
          keep = false;
        } else if (possessive) {
          std::string base = w.substr(0, apos);
          bool acronym = std::all_of(base.begin(), base.end(), [](unsigned char c) { return !IsAsciiLower(c); });
          keep = !(acronym || rules.places.count(base)) && IsCap(i);
          if (keep && !joined) starts_new = true;
        } else if (IsCap(i)) {
          keep = true;
          // "on Monday", "in March", "The": never inside a name, they start a new run.
          if (!joined || tokens[i].function) starts_new = true;
        } else if (IsConnector(i) && joined) {
          // "the" joins only after a connector ("of the"), never "March the State Council".
          keep = w != "the" || (i > 0 && IsConnector(i - 1));
        }
      }
      // No name runs past 40 words; the cap keeps the splitting below linear.
      if (open && keep && i - run >= 40) starts_new = true;
      if (open && (!keep || starts_new)) {
        EnglishRun(run, i, &found);
        open = false;
      }
      if (keep && !open) {
        open = true;
        run = i;
      }
    }
    return found;
  }

  // The offset of the "(" of "(中国)" when the ")" at `close` ends a bracket
  // holding two to six Han characters and the bracket follows a Han name
  // character; npos otherwise.
  static size_t BracketedPlaceStart(std::string_view key, size_t close) {
    size_t p = close;
    int chars = 0;
    while (p > 0 && chars <= 6) {
      size_t prev = utf8::PrevStart(key, p);
      size_t q = prev;
      const char32_t c = utf8::Next(key, &q);
      if (c == '(') {
        if (chars < 2 || prev == 0) return std::string::npos;
        size_t b = utf8::PrevStart(key, prev);
        return utf8::IsHan(utf8::Next(key, &b)) ? prev : std::string::npos;
      }
      if (!utf8::IsHan(c)) return std::string::npos;
      p = prev;
      ++chars;
    }
    return std::string::npos;
  }

  // Characters of the matching key in [from, to).
  size_t CharsBetween(size_t from, size_t to) const { return utf8::CodePointCount(key.substr(from, to - from)); }

  // Where a local government's name ends at the front of `prefix` (the folded
  // key): two Han characters at least, then a level (都道府県市区町村) with
  // more after it. npos when the prefix opens with none (市内, 県内 name no
  // place) or the level starts a word (区域, 市场, 市民: 500强企业区域总部 is
  // no unit of a district).
  static size_t LocalGovernmentEnd(std::string_view prefix) {
    static constexpr std::string_view kLevels[] = {"都", "道", "府", "县", "市", "区", "町", "村"};
    static constexpr std::string_view kWordAfterLevel[] = {"域", "场", "内", "外", "民", "长", "级", "路"};
    auto in = [](const auto& set, std::string_view c) { return std::find(std::begin(set), std::end(set), c) != std::end(set); };
    size_t p = 0;
    for (int chars = 0; p < prefix.size(); ++chars) {
      const size_t at = p;
      const char32_t c = utf8::Next(prefix, &p);
      if (!utf8::IsHan(c) || chars > 5) return std::string::npos;
      if (chars < 2 || p >= prefix.size() || !in(kLevels, prefix.substr(at, p - at))) continue;
      size_t q = p;
      utf8::Next(prefix, &q);
      return in(kWordAfterLevel, prefix.substr(p, q - p)) ? std::string::npos : p;
    }
    return std::string::npos;
  }

  std::vector<Mention> Cjk() {
    std::vector<Mention> found;
    re2::StringPiece input(key.data(), key.size());
    re2::StringPiece match;
    size_t floor = 0;  // a name never starts before the end of the previous one
    while (RE2::FindAndConsume(&input, *rules.suffix_re, &match)) {
      size_t ss = match.data() - key.data(), se = ss + match.size();
      int min_chars = rules.suffix_min.at(std::string(match.data(), match.size()));
      if (rules.Blocked(key, ss, se)) {
        // 省委 in 浙江省委員会 runs into 委员: look again from the next
        // character, where the longer 委员会 starts.
        size_t next = ss;
        utf8::Next(key, &next);
        input = re2::StringPiece(key.data() + next, key.size() - next);
        continue;
      }
      size_t left = ss;
      int chars = 0;
      // The rest of a legal form that ends with the suffix (股份有限 of
      // 股份有限公司) is not the name's own: 深圳市科瑞德智能装备股份有限公司
      // keeps its ten characters of name.
      int most = rules.max_chars;
      const std::string_view matched = key.substr(ss, se - ss);
      size_t form_rest = 0;
      for (const std::string& form : rules.legal_forms) {
        if (form.size() <= matched.size() || form.compare(form.size() - matched.size(), matched.size(), matched) != 0)
          continue;
        const std::string_view rest = std::string_view(form).substr(0, form.size() - matched.size());
        if (rest.size() > form_rest && ss >= rest.size() && key.compare(ss - rest.size(), rest.size(), rest) == 0)
          form_rest = rest.size();
      }
      most += static_cast<int>(form_rest / 3);  // Han characters are 3 bytes
      while (left > floor && chars < most) {
        size_t prev = utf8::PrevStart(key, left);
        size_t p = prev;
        char32_t c = utf8::Next(key, &p);
        bool name_char = utf8::IsHan(c) || (c >= 0x30A0 && c <= 0x30FF);  // Han, katakana, ー, ・
        // A region in brackets inside a company name: 丰田汽车（中国）投资有限公司,
        // 电装（广州南沙）有限公司 (NFKC made the brackets ASCII).
        if (c == ')' && chars > 0) {
          size_t open = BracketedPlaceStart(key, prev);
          if (open != std::string::npos && open >= floor) {
            chars += static_cast<int>(prev - open) / 3;  // Han characters are 3 bytes
            left = open;
            continue;
          }
        }
        if (!name_char || rules.stop_chars.count(c)) break;
        // A month after its number (２月県議会: the February session) is a date.
        if (c == U'月' && prev > floor && MonthNumberBefore(key, prev)) break;
        bool stop_word = false;
        for (const std::string& w : rules.stop_words)
          if (left >= w.size() && left - w.size() >= floor && key.compare(left - w.size(), w.size(), w) == 0) {
            stop_word = true;
            break;
          }
        if (stop_word) break;
        left = prev;
        ++chars;
      }
      // A long unit or chapter of a known name (中国国際貿易促進委員会浙江省委員会)
      // runs past max_chars: a cut inside that name takes the name whole.
      if (chars >= most) {
        auto in = FirstEndingAfter(left);
        if (in != mentions.end() && in->second.start < left && in->second.start >= floor) left = in->second.start;
      }
      // A counter after a number counts what follows: 1,400家日本公司 is "1,400
      // Japanese companies" and 三家日本银行 "three Japanese banks", no name.
      bool counted = false;
      for (size_t p = left; p < ss && !counted; utf8::Next(key, &p)) counted = CounterAfterNumber(key, p);
      if (counted) continue;
      std::string prefix(key.substr(left, ss - left));
      // Drop generic words at the front ("有关" 银行), then require a real name.
      for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (const std::string& g : rules.leads)
          if (prefix.size() > g.size() && prefix.compare(0, g.size(), g) == 0) {
            prefix.erase(0, g.size());
            left += g.size();
            trimmed = true;
          }
      }
      int prefix_chars = 0;
      for (size_t p = 0; p < prefix.size(); ++prefix_chars) utf8::Next(prefix, &p);
      // 省商务厅, 市政府: the province or city the text is about, named by its
      // level alone, makes a name with one character.
      std::string_view suffix = key.substr(ss, se - ss);
      size_t first_end = 0;
      utf8::Next(suffix, &first_end);
      const bool self_place = (prefix_chars == 1 && rules.self_places.count(prefix)) ||
                              (prefix_chars == 0 && rules.self_places.count(suffix.substr(0, first_end)));
      if ((prefix_chars < min_chars && !self_place) || rules.generic.count(prefix)) continue;
      // 各设区市商务局, 每家银行: "each …" names no one body.
      if (left > 0) {
        const std::string_view before = key.substr(0, left);
        const size_t b = utf8::PrevStart(before, before.size());
        if (rules.distributive.count(before.substr(b))) continue;
      }
      // 本公司, 本集團: "the Company", "the Group" of an announcement, whatever
      // the words before (名列本公司股東名冊, 日本市場為本集團…); 日本 and 资本 end
      // in 本 as words of their own.
      const std::string_view named = prefix;
      if ((key.compare(ss, se - ss, "公司") == 0 || key.compare(ss, se - ss, "集团") == 0) && named.ends_with("本") &&
          !named.ends_with("日本") && !named.ends_with("资本"))
        continue;
      bool country_generic = false;  // 日本航空公司, 中日航空公司: "Japanese airlines"
      for (const std::string& c : rules.countries)
        if (prefix.size() > c.size() && prefix.compare(0, c.size(), c) == 0 && rules.generic.count(prefix.substr(c.size())))
          country_generic = true;
      // 日本公司, 中国公司: "Japanese companies". (A bank or a council named by
      // its country, 中国银行, is a name; the gazetteer has the known ones.)
      if (std::find(rules.countries.begin(), rules.countries.end(), prefix) != rules.countries.end() &&
          key.compare(ss, se - ss, "公司") == 0)
        country_generic = true;
      if (country_generic) continue;
      // A unit named right after its parent (大连外国语大学日语学院) is one name.
      if (!found.empty() && found.back().end == left && left == floor) {
        Mention& parent = found.back();
        if (parent.unit || rules.units.count(suffix)) parent.unit = true, parent.tail_at = left;
        parent.end = se;
        parent.suffix_at = ss;
        parent.name = std::string(nfkc.substr(parent.start, se - parent.start));
        parent.id = IdFor(parent.name, key.substr(parent.start, se - parent.start));
        floor = se;
        continue;
      }
      // The legal form alone, not after a name (於開曼群島註冊成立之有限公司:
      // "a company with limited liability") names no one.
      if (prefix == "有限" || prefix == "股份有限") continue;
      // A unit suffix (处, 司) names a unit only after its parent: a pattern
      // name (above) or a gazetteer name inside the prefix, where the unit's
      // name starts (商务部对外贸易司; 省商务厅对外贸易处 once 省商务厅 is found).
      if (rules.units.count(suffix)) {
        const Mention* parent = nullptr;
        for (auto it = mentions.lower_bound(left); it != mentions.end() && it->first < ss; ++it)
          if (it->second.end < ss && (!parent || it->second.end - it->second.start > parent->end - parent->start))
            parent = &it->second;
        // A city or prefecture written before it is a parent too: 北九州市産業経済局,
        // 長野県産業労働部 (the unit of that local government).
        size_t parent_end = parent ? parent->end : std::string::npos;
        if (!parent) {
          const size_t place = LocalGovernmentEnd(prefix);
          if (place != std::string::npos) parent_end = left + place;
        }
        // The unit's own name has two characters at least: 商务部亚洲司, 經濟部能源署;
        // 商务部部长 and 経済産業省幹部 name no unit.
        if (parent_end == std::string::npos || CharsBetween(parent_end, ss) < 2) continue;
        // 商經局會聯同投資推廣署: a known name that ends with the suffix stands alone.
        const auto last = FirstEndingAfter(ss);
        if (last != mentions.end() && last->second.start < ss && last->second.end == se) continue;
        if (parent) left = parent->start;
        std::string_view text = key.substr(left, se - left);
        Mention unit{left, se, IdFor(nfkc.substr(left, se - left), text), std::string(nfkc.substr(left, se - left)),
                     Source::kPatternCjk, false};
        unit.unit = true;
        unit.suffix_at = ss;
        unit.tail_at = parent_end;
        found.push_back(std::move(unit));
        floor = se;
        continue;
      }
      std::string_view text = key.substr(left, se - left);
      found.push_back({left, se, IdFor(nfkc.substr(left, se - left), text), std::string(nfkc.substr(left, se - left)),
                       Source::kPatternCjk, false});
      found.back().suffix_at = ss;
      floor = se;
    }
    LegalFormFirst(&found);
    return found;
  }

  // 株式会社三共テクノ, 有限会社…: the Japanese legal form written before the
  // name. The name runs over kanji, katakana and Latin letters (at most
  // max_chars) and ends at a particle, punctuation or a space.
  void LegalFormFirst(std::vector<Mention>* found) const {
    static const RE2 kLegalFirst("(株式会社|有限会社|合同会社)((?:[\\p{Han}\\p{Katakana}ー・A-Za-z0-9&])+)");
    re2::StringPiece input(key.data(), key.size());
    re2::StringPiece form, name;
    std::vector<Mention> more;
    while (RE2::FindAndConsume(&input, kLegalFirst, &form, &name)) {
      const size_t s = form.data() - key.data();
      size_t e = name.data() - key.data();
      // At most max_chars characters of name.
      for (int chars = 0; e < key.size() && chars < rules.max_chars && e < static_cast<size_t>(name.end() - key.data());
           ++chars)
        utf8::Next(key, &e);
      if (CharsBetween(name.data() - key.data(), e) < 2) continue;
      const bool overlaps = std::any_of(found->begin(), found->end(), [&](const Mention& m) { return m.start < e && s < m.end; });
      if (overlaps) continue;
      const std::string_view text = key.substr(s, e - s);
      more.push_back({s, e, IdFor(nfkc.substr(s, e - s), text), std::string(nfkc.substr(s, e - s)), Source::kPatternCjk, false});
    }
    if (more.empty()) return;  // found stays in text order
    for (Mention& m : more) found->push_back(std::move(m));
    std::sort(found->begin(), found->end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
  }

  // Merges pattern names into the gazetteer mentions (see the file comment).
  void Merge(std::vector<Mention> en, std::vector<Mention> cjk) {
    for (Mention& p : en) {
      CutAcronymComplement(&p);
      if (p.end == p.start) continue;
      auto lo = FirstEndingAfter(p.start), hi = lo;
      size_t n = 0;
      while (hi != mentions.end() && hi->second.start < p.end) ++hi, ++n;
      if (n == 0) {
        mentions.emplace(p.start, std::move(p));
        continue;
      }
      const Mention& first = lo->second;
      const Mention& last = std::prev(hi)->second;
      if (first.start < p.start || last.end > p.end) continue;  // crosses a gazetteer name
      if (n == 1 && first.start == p.start && first.end == p.end) continue;
      const bool foreign = n == 1 && ForeignPlaceAround(p, first);
      bool places = n == 1 && !foreign && OnlyPlacesAround(p, first);
      if (!places && !foreign && !HeadOutside(p, lo, hi) && !(n == 1 && NameWordBefore(p, first))) continue;
      if (places) {
        p.id = first.id;
        p.name = first.name;
        p.gazetteer_id = true;
      } else if (const OrgEntry* e = FindAlias(nfkc.substr(p.start, p.end - p.start))) {
        p.id = e->id, p.name = e->name, p.gazetteer_id = true;
      }
      mentions.erase(lo, hi);
      mentions.emplace(p.start, std::move(p));
    }
    for (Mention& p : cjk) {
      auto lo = FirstEndingAfter(p.start);
      if (lo == mentions.end() || lo->second.start >= p.end) {
        mentions.emplace(p.start, std::move(p));
        continue;
      }
      // A regional company of a group is an organisation of its own:
      // 丰田汽车（中国）投资有限公司 holds 丰田汽车 but is not Toyota. It
      // replaces the names it holds when a bracketed region follows them.
      auto hi = lo;
      while (hi != mentions.end() && hi->second.start < p.end) ++hi;
      const Mention& last = std::prev(hi)->second;
      const bool regional = lo->second.start >= p.start && last.end <= p.end &&
                            nfkc.substr(last.end, p.end - last.end).find('(') != std::string_view::npos;
      const bool unit_of = p.unit && lo->second.start == p.start;
      Mention& known = lo->second;
      const bool opens_with_known = std::next(lo) == hi && known.start == p.start && known.end <= p.suffix_at;
      // 日本先進半導體製造公司, 上海汽车集团股份有限公司: the known company with its legal
      // form is the same company.
      if (opens_with_known && known.gazetteer_id && rules.legal_forms.count(key.substr(known.end, p.end - known.end))) {
        known.end = p.end;
        continue;
      }
      // ジェトロ上海事務所, 中国国際貿易促進委員会浙江省委員会: a known name, two or more
      // characters of its own, and a suffix name an office, unit or chapter of it.
      // (東京威力科創台灣子公司 is "its subsidiary in Taiwan", written through the parent.)
      const bool part_of = opens_with_known && CharsBetween(known.end, p.suffix_at) >= 2 &&
                           !rules.Subsidiary(key, p.suffix_at);
      if (regional || unit_of || part_of || PlaceChapter(p, known, std::next(lo) == hi)) {
        mentions.erase(lo, hi);
        mentions.emplace(p.start, std::move(p));
      }
    }
  }

  // 香港日本商工會議所 is the Japanese chamber in Hong Kong, not the Japan
  // Chamber of Commerce and Industry: a city or region written before a
  // known name that itself opens with a country makes the chapter there an
  // organisation of its own. (中国商务部 stays MOFCOM: 商务部 opens with no
  // country.)
  bool PlaceChapter(const Mention& outer, const Mention& inner, bool only_one) const {
    if (!only_one || inner.end != outer.end || inner.start <= outer.start) return false;
    if (!rules.cities.count(key.substr(outer.start, inner.start - outer.start))) return false;
    const std::string_view name = key.substr(inner.start, inner.end - inner.start);
    for (const std::string& c : rules.countries)
      if (name.substr(0, c.size()) == c) return true;
    return false;
  }

  // "Asia and Oceania Affairs Bureau of MOFA": an acronym after "of" at the end is
  // a mention of its own, so the name stops before "of".
  void CutAcronymComplement(Mention* p) {
    auto it = mentions.lower_bound(p->end);
    if (it == mentions.begin()) return;
    const Mention& m = std::prev(it)->second;
    if (m.end != p->end || m.start <= p->start) return;
    std::string_view acr = nfkc.substr(m.start, m.end - m.start);
    if (acr.size() > 8 || std::any_of(acr.begin(), acr.end(), [](char c) { return !IsAsciiUpper(c); })) return;
    size_t k = FirstTokenEndingAfter(m.start);
    if (k < 2 || tokens[k].start != m.start || Word(tokens[k - 1]) != "of" || tokens[k - 2].end <= p->start) return;
    if (FirstTokenEndingAfter(p->start) == k - 2) {  // "Bureau of MOFA": no name is left
      p->end = p->start;
      return;
    }
    p->end = tokens[k - 2].end;
    p->name = std::string(nfkc.substr(p->start, p->end - p->start));
    p->id = IdFor(p->name, key.substr(p->start, p->end - p->start));
  }

  // Does the name `p` hold a head word outside the gazetteer names mentions[lo, hi)?
  // "General Office of the State Council" does; "Tanaka of Mizuho Bank" does not.
  size_t FirstTokenEndingAfter(size_t pos) const {
    return std::lower_bound(tokens.begin(), tokens.end(), pos,
                            [](const Token& t, size_t v) { return t.end <= v; }) - tokens.begin();
  }

  bool HeadOutside(const Mention& p, MentionMap::iterator lo, MentionMap::iterator hi) const {
    for (size_t k = FirstTokenEndingAfter(p.start); k < tokens.size() && tokens[k].start < p.end; ++k) {
      const Token& t = tokens[k];
      if (!IsHead(k)) continue;
      bool inside = false;
      for (auto m = lo; m != hi; ++m) inside |= t.start >= m->second.start && t.end <= m->second.end;
      if (!inside) return true;
    }
    return false;
  }

  // "Business Development Bank of Canada", "Development Bank of Japan": a
  // capitalised name word written before a known name that ends the longer
  // one names another organisation (not a place, a title, "The").
  bool NameWordBefore(const Mention& outer, const Mention& inner) const {
    if (inner.end != outer.end || inner.start <= outer.start) return false;
    for (size_t k = FirstTokenEndingAfter(outer.start); k < tokens.size() && tokens[k].end <= inner.start; ++k) {
      const Token& t = tokens[k];
      if (t.kind != Token::kWord || t.connector || t.title || t.function) continue;
      const std::string w(nfkc.substr(t.start, t.end - t.start));
      if (w == "The" || rules.places.count(w) || !IsAsciiUpper(static_cast<unsigned char>(w[0]))) continue;
      return true;
    }
    return false;
  }

  // True when the words of `outer` outside `inner` are places, "the" and connectors.
  bool OnlyPlacesAround(const Mention& outer, const Mention& inner) const {
    for (size_t k = FirstTokenEndingAfter(outer.start); k < tokens.size() && tokens[k].start < outer.end; ++k) {
      const Token& t = tokens[k];
      if (t.start >= inner.start && t.end <= inner.end) continue;
      std::string w(nfkc.substr(t.start, t.end - t.start));
      if (t.kind == Token::kComma && t.start > inner.end) continue;  // Toyota Motor Co., Ltd.
      if (t.kind != Token::kWord) return false;
      // A legal form after the name is the same company: Toyota Motor Corp.
      static const std::unordered_set<std::string_view> kLegalForms = {
          "Corp", "Corp.", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Corporation", "Company", "Limited", "plc", "PLC"};
      if (t.start >= inner.end && kLegalForms.count(w)) continue;
      if (!rules.places.count(w) && !rules.connectors.count(w) && w != "The") return false;
    }
    return true;
  }

  // "Australian Prudential Regulation Authority" holds the UK's "Prudential
  // Regulation Authority" but is not it: a place word of another country than
  // the known body's, outside it, makes the longer name another body.
  bool ForeignPlaceAround(const Mention& outer, const Mention& inner) const {
    const OrgEntry* known = inner.gazetteer_id ? builtin.FindById(inner.id) : nullptr;
    if (known == nullptr || known->country == "int") return false;
    for (size_t k = FirstTokenEndingAfter(outer.start); k < tokens.size() && tokens[k].start < outer.end; ++k) {
      const Token& t = tokens[k];
      if (t.kind != Token::kWord || (t.start >= inner.start && t.end <= inner.end)) continue;
      const std::string country = GenericOrgNames::BuiltIn().CountryOfPlace(nfkc.substr(t.start, t.end - t.start));
      if (!country.empty() && country != known->country) return true;
    }
    return false;
  }

  // Initials of the words in tokens [b, e) spell `acronym` (connectors may or may
  // not give a letter; hyphenated words may give one letter per part).
  bool Spells(size_t b, size_t e, std::string_view acronym) const {
    std::vector<std::vector<char>> opts;  // per word: letters it may give ('\0' = none)
    for (size_t k = b; k < e; ++k) {
      if (tokens[k].kind == Token::kComma) continue;
      if (!IsWord(k)) return false;
      std::string_view w = Word(tokens[k]);
      char first = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      if (IsConnector(k)) {
        opts.push_back({'\0', first});
      } else {
        opts.push_back({first});
      }
    }
    if (opts.empty()) return false;
    // Small DP over (word, letter): both at most a dozen.
    size_t n = opts.size(), m = acronym.size();
    std::vector<std::vector<char>> ok(n + 1, std::vector<char>(m + 1, 0));
    ok[n][m] = 1;
    for (size_t i = n; i-- > 0;)
      for (size_t j = 0; j <= m; ++j)
        for (char c : opts[i]) {
          if (c == '\0') ok[i][j] |= ok[i + 1][j];
          else if (j < m && std::toupper(static_cast<unsigned char>(acronym[j])) == c) ok[i][j] |= ok[i + 1][j + 1];
        }
    return ok[0][0] && !IsConnector(b);
  }

  // The long form of the acronym in parentheses at key offset `paren`: the fewest
  // words before it whose initials spell it, optionally followed by one head
  // word ("... Currency Department (FICC)"). Returns [start, end) or {0, 0}.
  Span LongForm(size_t paren, std::string_view acronym) const {
    size_t j = std::lower_bound(tokens.begin(), tokens.end(), paren,
                                [](const Token& t, size_t v) { return t.end <= v; }) - tokens.begin();
    if (j == 0) return {};
    size_t e = j;  // tokens [b, e) end just before the parenthesis
    size_t limit = e > acronym.size() * 2 + 4 ? e - (acronym.size() * 2 + 4) : 0;
    for (int skip_head = 0; skip_head <= 1; ++skip_head) {
      size_t ee = e - skip_head;
      if (skip_head && (ee == 0 || !IsHead(ee))) continue;
      for (size_t b = ee; b-- > limit;) {
        if (!(IsWord(b) || tokens[b].kind == Token::kComma)) break;
        if (IsWord(b) && !IsCap(b) && !IsConnector(b)) break;
        if (b + 1 < e && !tokens[b + 1].spaced && tokens[b + 1].kind == Token::kWord) break;
        if (IsCap(b) && Spells(b, ee, acronym)) {
          bool head = false;
          for (size_t k = b; k < e; ++k) head |= IsHead(k);
          if (!head || LawWord(Word(tokens[e - 1]))) return {};
          return {tokens[b].start, tokens[e - 1].end};
        }
      }
    }
    return {};
  }

  void ShortForms() {
    struct Short { std::string text; std::string id, name; bool gazetteer_id; bool latin; size_t defined_end; };
    std::vector<Short> shorts;
    static const RE2 paren_re("(\\(|（) ?([A-Za-z][A-Za-z0-9&\\-]{1,11}|[\\p{Han}\\p{Katakana}\\p{Hiragana}ー]{2,10}) ?(\\)|）)");
    re2::StringPiece input(nfkc.data(), nfkc.size());
    re2::StringPiece open, inner, close;
    while (RE2::FindAndConsume(&input, paren_re, &open, &inner, &close)) {
      size_t ps = open.data() - nfkc.data();
      size_t is = inner.data() - nfkc.data(), ie = is + inner.size();
      std::string_view text(inner.data(), inner.size());
      bool latin = StartsLatin(text);
      if (latin) {
        int upper = 0;
        for (char c : text) upper += IsAsciiUpper(c);
        if (upper < 2 || !IsAsciiUpper(text[0])) continue;
      }
      // The mention just before the parenthesis (one space allowed).
      size_t before = ps;
      if (before > 0 && nfkc[before - 1] == ' ') --before;
      auto it = mentions.lower_bound(before);
      Mention* m = nullptr;
      if (it != mentions.begin() && std::prev(it)->second.end == before) m = &std::prev(it)->second;
      if (latin && (!m || StartsLatin(nfkc.substr(m->start)))) {
        Span lf = LongForm(ps, text);
        if (lf.size() > 0 && (!m || lf.start < m->start)) {
          // Replace what the long form covers by one mention for it.
          std::string lf_text(nfkc.substr(lf.start, lf.size()));
          Mention longm{lf.start, lf.end, IdFor(lf_text, key.substr(lf.start, lf.size())), lf_text, Source::kLongForm, false};
          if (m && m->gazetteer_id) longm.id = m->id, longm.name = m->name, longm.gazetteer_id = true;
          if (const OrgEntry* e = FindAlias(lf_text)) longm.id = e->id, longm.name = e->name, longm.gazetteer_id = true;
          bool crosses = false;
          auto lo = FirstEndingAfter(lf.start), hi = lo;
          for (; hi != mentions.end() && hi->second.start < lf.end; ++hi)
            if (hi->second.start < lf.start || hi->second.end > lf.end) crosses = true;
          if (!crosses) {
            mentions.erase(lo, hi);
            m = &mentions.emplace(lf.start, std::move(longm)).first->second;
          }
        }
      }
      if (!m) continue;
      if (!latin && !LooksLikeShortForm(key.substr(is, ie - is), key.substr(m->start, m->end - m->start))) continue;
      // "ミヤビ精機（タイランド）株式会社", "美的（越南）有限公司": the bracket names
      // the country of a subsidiary whose name goes on; it is no short form.
      if (!latin) {
        const std::string_view after_close = key.substr(close.data() + close.size() - nfkc.data());
        if (std::any_of(rules.legal_forms.begin(), rules.legal_forms.end(),
                        [&](const std::string& form) { return after_close.starts_with(form); }))
          continue;
      }
      // The short form is a mention of the same organisation.
      auto found = FirstEndingAfter(is);
      Mention* inside = found != mentions.end() && found->second.start < ie ? &found->second : nullptr;
      std::string id = m->id, name = m->name;
      bool gaz = m->gazetteer_id;
      if (inside && (inside->start != is || inside->end != ie)) {
        // （浙江省貿促会） after the Zhejiang chapter holds the known 貿促会: the
        // whole bracket is the chapter's short form.
        if (latin || inside->start < is) continue;
        auto hi = found;
        while (hi != mentions.end() && hi->second.start < ie) ++hi;
        if (std::prev(hi)->second.end > ie) continue;
        mentions.erase(found, hi);
        inside = nullptr;
      }
      if (inside) {
        if (inside->gazetteer_id && !gaz) {
          // "Japanese Association for ... Trade (JAPIT)": the known acronym names the long form.
          Rename(m->id, inside->id, inside->name);
          id = inside->id, name = inside->name, gaz = true;
        } else {
          inside->id = id, inside->name = name;
        }
      } else {
        mentions.emplace(is, Mention{is, ie, id, name, Source::kShortForm, gaz});
      }
      // One short form defined twice ("东方青年交流基金会（EYEF）" ... "Eastern Youth Exchange
      // Foundation (EYEF)") names one organisation: keep the gazetteer id, else the English one.
      std::string short_text(latin ? text : key.substr(is, ie - is));
      auto again = std::find_if(shorts.begin(), shorts.end(), [&](const Short& x) { return x.text == short_text; });
      if (again != shorts.end()) {
        if (again->id != id) {
          bool keep_old = again->gazetteer_id || (!gaz && again->id.rfind("org-", 0) != 0);
          if (keep_old) Rename(id, again->id, again->name, again->gazetteer_id);
          else Rename(again->id, id, name, gaz), again->id = id, again->name = name, again->gazetteer_id = gaz;
        }
        continue;
      }
      if (shorts.size() < 64) shorts.push_back({std::string(latin ? text : key.substr(is, ie - is)), id, name, gaz, latin, ie});
    }
    // A name the document defines for the organisation just named:
    // "美雅比精密機械（蘇州）有限公司（以下「蘇州ミヤビ」といいます。）",
    // "（以下简称"中信"）", "(hereinafter "KEPCO")": the name in the quotes is
    // a short form of that organisation, whatever characters it shares with
    // it. The company's word for itself (当社, 本公司, the Company) is none,
    // and neither is its role in a deal (公開買付者, 発行者, 发行人, 受托管理人:
    // a Han word ending in 者 or 人), which names what it does, not it.
    static const RE2 defined_re(
        "\\((?:以下|下称|下稱|简称|簡稱|以下简称|以下簡稱|略称|hereinafter(?: referred to as)?|the)[、,，]? ?"
        "[「『\"“]([^」』\"”()]{2,24})[」』\"”](?:といいます|という|と(?:略|略称)(?:します|する)?|と称します)?。?\\)");
    static const std::unordered_set<std::string_view> kSelfWords = {
        "当社", "同社", "本社", "弊社", "当行", "当グループ", "当社グループ", "本公司", "公司", "本集团", "集团", "本行",
        "company", "Company", "the Company", "Group", "the Group", "Bank", "the Bank"};
    // The defined name at [is, ie) of nfkc is a short form of the mention
    // that ends right where the bracket around it opens.
    auto define = [&](size_t is, size_t ie) {
      const size_t ps = nfkc.rfind('(', is);
      if (ps == std::string::npos || nfkc.find(')', ps) < is || kSelfWords.count(nfkc.substr(is, ie - is))) return;
      const std::string_view word = std::string_view(nfkc).substr(is, ie - is);
      if (!StartsLatin(word) && (word.ends_with("者") || word.ends_with("人"))) return;
      auto it = mentions.lower_bound(ps);
      if (it == mentions.begin() || std::prev(it)->second.end != ps) return;
      const Mention& m = std::prev(it)->second;
      const bool latin = StartsLatin(nfkc.substr(is, ie - is));
      Short sh{std::string(latin ? nfkc.substr(is, ie - is) : key.substr(is, ie - is)), m.id, m.name, m.gazetteer_id, latin, is};
      auto found = FirstEndingAfter(is);
      if (found == mentions.end() || found->second.start >= ie)
        mentions.emplace(is, Mention{is, ie, sh.id, sh.name, Source::kShortForm, sh.gazetteer_id});
      shorts.push_back(std::move(sh));
    };
    re2::StringPiece definitions(nfkc.data(), nfkc.size());
    re2::StringPiece defined;
    while (shorts.size() < 64 && RE2::FindAndConsume(&definitions, defined_re, &defined))
      define(defined.data() - nfkc.data(), defined.data() - nfkc.data() + defined.size());
    // Chinese writes the defined name without quotes too, one clause of the
    // bracket each: "（下稱投審司，原經濟部投資審議委員會，簡稱投審會）".
    static const RE2 unquoted_re(
        "(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)([^,，、()「」『』\"“” ]{2,8})[,，)]");
    re2::StringPiece clauses(nfkc.data(), nfkc.size());
    while (shorts.size() < 64 && RE2::FindAndConsume(&clauses, unquoted_re, &defined))
      define(defined.data() - nfkc.data(), defined.data() - nfkc.data() + defined.size());
    // A listed company's notice heads with its stock's short name
    // ("证券代码：301899　证券简称：恒拓驱动"), which is the issuer's name: the
    // company limited by shares the notice names first (a listed company in
    // China is one), else a name of its own.
    static const RE2 stock_name_re(
        "(?:证券简称|證券簡稱|股票简称|股票簡稱|公司简称|公司簡稱|A股简称|A股簡稱)\\s*:\\s*"
        "([\\p{Han}\\p{Katakana}A-Za-z0-9*]{2,8})");
    re2::StringPiece headers(nfkc.data(), nfkc.size());
    while (shorts.size() < 64 && RE2::FindAndConsume(&headers, stock_name_re, &defined)) {
      const size_t is = defined.data() - nfkc.data(), ie = is + defined.size();
      auto found = FirstEndingAfter(is);
      if (found != mentions.end() && found->second.start < ie) continue;
      const Mention* issuer = nullptr;
      for (const auto& [start, m] : mentions)
        if (m.source != Source::kShortForm && std::string_view(nfkc).substr(m.start, m.end - m.start).ends_with("股份有限公司")) {
          issuer = &m;
          break;
        }
      const std::string text(nfkc.substr(is, ie - is));
      Short sh{std::string(key.substr(is, ie - is)), issuer ? issuer->id : IdFor(text, key.substr(is, ie - is)),
               issuer ? issuer->name : text, issuer && issuer->gazetteer_id, false, ie};
      mentions.emplace(is, Mention{is, ie, sh.id, sh.name, Source::kShortForm, sh.gazetteer_id});
      shorts.push_back(std::move(sh));
    }
    // "Hokuyo Magnet Works Co" … "Hokuyo Magnet Works": a company name found
    // by its legal suffix is also written without it later. The stem must keep
    // two words ("Pacific Corp" does not make every "Pacific" a mention).
    for (const auto& [start, m] : mentions) {
      if (shorts.size() >= 64) break;
      if (m.source != Source::kPatternEn || m.gazetteer_id) continue;
      const std::string_view name = nfkc.substr(m.start, m.end - m.start);
      for (std::string_view suffix : {" Co., Ltd.", " Co., Ltd", " Co Ltd", " Corporation", " Corp.", " Corp", " Co.",
                                      " Co", " Ltd.", " Ltd", " Inc.", " Inc", " Limited"}) {
        if (name.size() <= suffix.size() || name.substr(name.size() - suffix.size()) != suffix) continue;
        const std::string_view stem = name.substr(0, name.size() - suffix.size());
        if (stem.find(' ') == std::string_view::npos) break;
        shorts.push_back({std::string(stem), m.id, m.name, false, true, m.end});
        break;
      }
    }
    // A stem the name patterns found on their own ("Hokuyo Magnet Works" has
    // a head word too) is the same company.
    for (auto& [start, x] : mentions) {
      if (x.source != Source::kPatternEn || x.gazetteer_id) continue;
      const std::string_view text = nfkc.substr(x.start, x.end - x.start);
      for (const Short& sh : shorts)
        if (sh.latin && sh.text == text && sh.id != x.id) {
          x.id = sh.id;
          x.name = sh.name;
          break;
        }
    }
    if (shorts.empty()) return;
    // A short form the document defines means, after its definition, what the
    // document says: "General Administration of Customs (GAC)" makes a later
    // "GAC" the customs, not the carmaker the gazetteer knows by that name.
    for (auto& [start, x] : mentions) {
      const std::string_view text = StartsLatin(nfkc.substr(x.start)) ? nfkc.substr(x.start, x.end - x.start)
                                                                       : key.substr(x.start, x.end - x.start);
      for (const Short& sh : shorts)
        if (x.start >= sh.defined_end && sh.text == text && sh.id != x.id) {
          x.id = sh.id, x.name = sh.name, x.gazetteer_id = sh.gazetteer_id;
          break;
        }
    }
    // Later bare uses of a short form (anywhere in the document).
    std::vector<BareName> bare;
    for (const Short& sh : shorts) bare.push_back({sh.text, sh.id, sh.name, sh.gazetteer_id, sh.latin, 0});
    AddBareUses(bare);
  }

  // A name the document uses on its own once it has introduced it (a short
  // form, a company's stem): every occurrence from `from` on that no mention
  // covers yet becomes a mention of `id`. Latin names need word boundaries.
  struct BareName {
    std::string text, id, name;
    bool gazetteer_id, latin;
    size_t from;
  };
  // `skip`, when given, leaves out an occurrence at [p, e) for what stands
  // around it (BareCongress: "the 20th Party Congress").
  void AddBareUses(const std::vector<BareName>& names,
                   const std::function<bool(size_t p, size_t e)>& skip = nullptr) {
    std::vector<char> covered(key.size() + 1, 0);
    for (const auto& [start, m] : mentions) std::fill(covered.begin() + m.start, covered.begin() + m.end, 1);
    std::vector<Mention> more;
    for (const BareName& b : names) {
      std::string_view hay = b.latin ? nfkc : key;
      for (size_t p = hay.find(b.text, b.from); p != std::string_view::npos; p = hay.find(b.text, p + 1)) {
        size_t e = p + b.text.size();
        if (b.latin && ((p > 0 && IsAsciiAlnum(hay[p - 1])) || (e < hay.size() && IsAsciiAlnum(hay[e])))) continue;
        if (std::find(covered.begin() + p, covered.begin() + e, 1) != covered.begin() + e) continue;
        if (skip && skip(p, e)) continue;
        std::fill(covered.begin() + p, covered.begin() + e, 1);
        more.push_back({p, e, b.id, b.name, Source::kShortForm, b.gazetteer_id});
      }
    }
    for (Mention& m : more) mentions.emplace(m.start, std::move(m));
  }

  // A CJK short form shares two characters with its long form (中国贸促会 for
  // 中国国际贸易促进委员会) or is written in katakana (ジェトロ); "（编译）" is neither.
  static bool LooksLikeShortForm(std::string_view shorter, std::string_view longer) {
    int shared = 0;
    bool katakana = true;
    for (size_t p = 0; p < shorter.size();) {
      size_t s = p;
      char32_t c = utf8::Next(shorter, &p);
      katakana &= (c >= 0x30A0 && c <= 0x30FF);
      if (longer.find(shorter.substr(s, p - s)) != std::string_view::npos) ++shared;
    }
    return katakana || shared >= 2;
  }

  // Renames are rare (a short form defined twice, a bilingual pair); the cap
  // keeps a hostile document linear.
  int renames_left = 64;
  void Rename(std::string from, const std::string& to, const std::string& name, bool gazetteer_id = true) {
    if (from == to || renames_left-- <= 0) return;
    for (auto& [start, x] : mentions)
      if (x.id == from) x.id = to, x.name = name, x.gazetteer_id = gazetteer_id;
  }

  // "Ministry of Finance" in a release about Japan is Japan's: a generic
  // government name takes the body of the country the document names most
  // (extract/org_country.h), or of the country written right before it
  // ("China's Ministry of Foreign Affairs"). A name the English pass made up
  // an id for is renamed with its short forms ("Ministry of Finance (MOF)");
  // a gazetteer default ("Ministry of Foreign Affairs" is China's) changes
  // only where it is written so, not the document's other names for that body.
  void ResolveGenericNames() {
    const GenericOrgNames& generic = GenericOrgNames::BuiltIn();
    std::optional<CountryCounts> counts;
    std::map<std::string, const OrgEntry*, std::less<>> by_document;  // generic name -> its body here
    for (auto& [start, m] : mentions) {
      const std::string_view text = key.substr(m.start, m.end - m.start);
      if (!generic.IsGeneric(text)) continue;
      const OrgEntry* current = m.gazetteer_id ? builtin.FindById(m.id) : nullptr;
      if (m.gazetteer_id && current == nullptr) continue;  // an imported organisation: the user's word
      const OrgEntry* body = nullptr;
      if (const std::string country = generic.CountryBefore(nfkc, m.start); !country.empty()) {
        body = generic.ForCountry(text, country);
      } else {
        auto known = by_document.find(text);
        if (known == by_document.end()) {
          if (!counts) counts = DocumentCountries(generic);
          known = by_document.emplace(std::string(text), generic.Resolve(text, *counts, current)).first;
        }
        body = known->second;
      }
      if (body == nullptr || body->id == m.id) continue;
      if (m.gazetteer_id) m.id = body->id, m.name = body->name;
      else Rename(m.id, body->id, body->name);
    }
  }

  // 財政局, 特區政府 in a Macao release: a Chinese or Japanese generic name
  // (extract/org_country.h), which no other pass finds, is the body of the
  // country the document names most wherever it stands bare in the text.
  void CjkGenericUses() {
    const GenericOrgNames& generic = GenericOrgNames::BuiltIn();
    std::optional<CountryCounts> counts;
    std::vector<BareName> uses;
    for (const std::string& name : generic.CjkGenerics()) {
      if (key.find(name) == std::string_view::npos) continue;
      if (!counts) counts = DocumentCountries(generic);
      if (const OrgEntry* body = generic.Resolve(name, *counts, nullptr))
        uses.push_back({name, body->id, body->name, /*gazetteer_id=*/true, /*latin=*/false, /*from=*/0});
    }
    if (!uses.empty()) AddBareUses(uses);
  }

  // "I urge Congress to …": the bare word, in a document that names the
  // United States at least twice and more often than any other country, is
  // the US Congress. Other congresses carry their names (the National
  // People's Congress, the 20th Party Congress): after "People's", "Party",
  // "National" or an ordinal the word is left alone.
  void BareCongress() {
    static constexpr std::string_view kWord = "Congress";
    if (nfkc.find(kWord) == std::string_view::npos) return;
    const OrgEntry* congress = builtin.FindById("us-congress");
    if (congress == nullptr) return;
    const CountryCounts counts = DocumentCountries(GenericOrgNames::BuiltIn());
    const auto us = counts.find("US");
    if (us == counts.end() || us->second < 2) return;
    for (const auto& [country, n] : counts)
      if (country != "US" && n >= us->second) return;
    AddBareUses({{std::string(kWord), congress->id, congress->name, /*gazetteer_id=*/true, /*latin=*/true, 0}},
                [&](size_t p, size_t e) {
                  const std::string_view before = nfkc.substr(p >= 12 ? p - 12 : 0, p >= 12 ? 12 : p);
                  for (std::string_view w : {"People's ", "People’s ", "Party ", "National ", "th ", "st ", "nd ", "rd "})
                    if (before.ends_with(w)) return true;
                  return nfkc.compare(e, 4, " of ") == 0;
                });
  }

  // The places the document names, and the bodies it names whose country
  // the gazetteer knows, twice: a trade story names the partner it is about
  // often, while the bodies it cites show whose institutions speak (a JETRO
  // release citing the Bank of Japan, about trade with China).
  CountryCounts DocumentCountries(const GenericOrgNames& generic) const {
    CountryCounts counts = generic.CountCountries(nfkc, key);
    for (const auto& [s, x] : mentions) {
      if (!x.gazetteer_id || generic.IsGeneric(key.substr(x.start, x.end - x.start))) continue;
      if (const OrgEntry* e = builtin.FindById(x.id)) counts[e->country] += 2;
    }
    return counts;
  }

  // 省商务厅 in a notice that also writes 江苏省商务厅 is that department: a
  // name opened by a level alone (selfplace) takes the id of the one full
  // name in the document that ends with it. With two candidates (江苏省商务厅
  // and 浙江省商务厅) it keeps its own. At most kMaxSelfPlaceNames distinct
  // such names are linked, each with one pass over the mentions, so a
  // hostile document stays linear.
  static constexpr size_t kMaxSelfPlaceNames = 32;
  void LinkSelfPlaceNames() {
    std::map<std::string_view, std::string> short_names;  // folded text -> its id
    for (const auto& [start, m] : mentions) {
      if (m.gazetteer_id || short_names.size() >= kMaxSelfPlaceNames) continue;
      const std::string_view text = key.substr(m.start, m.end - m.start);
      size_t p = 0;
      utf8::Next(text, &p);
      if (rules.self_places.count(text.substr(0, p))) short_names.emplace(text, m.id);
    }
    for (const auto& [text, id] : short_names) {
      const Mention* target = nullptr;
      bool unique = true;
      for (const auto& [start, f] : mentions) {
        const std::string_view ft = key.substr(f.start, f.end - f.start);
        if (ft.size() <= text.size() || ft.substr(ft.size() - text.size()) != text || f.id == id) continue;
        if (target && target->id != f.id) unique = false;
        target = &f;
      }
      if (target && unique) {
        const Mention named = *target;  // Rename rewrites the mentions
        Rename(id, named.id, named.name, named.gazetteer_id);
      }
    }
  }

  // 美的集团 … 美的: a company the document names with its group or legal
  // suffix (集团, 电器, 股份有限公司 …) is written by its stem alone later, as
  // Chinese business news does. The stem keeps two characters at least; only
  // companies named before, in this document, make stems (美的 alone is
  // "beautiful" elsewhere), known ones or registered legal names, at most
  // kMaxCompanyStems of them, one pass each.
  static constexpr size_t kMaxCompanyStems = 16;
  void CompanyStems() {
    static constexpr std::string_view kSuffixes[] = {"股份有限公司", "有限公司", "集团", "电器", "控股", "公司", "集団"};
    std::vector<BareName> stems;
    for (const auto& [start, m] : mentions) {
      if (stems.size() >= kMaxCompanyStems) break;
      const std::string_view text = key.substr(m.start, m.end - m.start);
      if (StartsLatin(text)) continue;
      for (std::string_view suffix : kSuffixes) {
        if (text.size() <= suffix.size() || text.substr(text.size() - suffix.size()) != suffix) continue;
        const std::string_view stem = text.substr(0, text.size() - suffix.size());
        const size_t chars = utf8::CodePointCount(stem);
        if (chars < 2 || chars > 6) break;
        // A name found by its suffix alone may hold a stray word (下半年公司):
        // only known companies and registered legal names give stems.
        if (!m.gazetteer_id && suffix != "股份有限公司" && suffix != "有限公司") break;
        if (std::none_of(stems.begin(), stems.end(), [&](const BareName& x) { return x.text == stem; }))
          stems.push_back({std::string(stem), m.id, m.name, m.gazetteer_id, /*latin=*/false, /*from=*/m.end});
        break;
      }
    }
    if (!stems.empty()) AddBareUses(stems);
  }

  // 北九州市産業経済局中小企業振興課 … 中小企業振興課, 市商务局对外贸易处 …
  // 对外贸易处: a unit named once with its parents is written later by its
  // own name (four characters at least). A name that ends two units of the
  // document (对外贸易处 of two departments) is left alone.
  static constexpr size_t kMaxUnitTails = 16;
  void UnitTails() {
    std::map<std::string, const Mention*, std::less<>> tails;  // nullptr: ends two units
    for (const auto& [start, m] : mentions) {
      if (!m.unit || m.tail_at <= m.start || m.tail_at >= m.end) continue;
      const std::string_view tail = key.substr(m.tail_at, m.end - m.tail_at);
      if (utf8::CodePointCount(tail) < 4) continue;
      auto [it, added] = tails.emplace(std::string(tail), &m);
      if (!added && it->second && it->second->id != m.id) it->second = nullptr;
      if (tails.size() >= kMaxUnitTails) break;
    }
    std::vector<BareName> uses;
    for (const auto& [tail, m] : tails)
      if (m) uses.push_back({tail, m->id, m->name, m->gazetteer_id, /*latin=*/false, /*from=*/m->end});
    if (!uses.empty()) AddBareUses(uses);
  }

  // "中国大连高级经理学院 China Business Executive Academy": one organisation.
  void Apposition() {
    for (auto it = mentions.begin(); it != mentions.end() && std::next(it) != mentions.end(); ++it) {
      Mention& a = it->second;
      Mention& b = std::next(it)->second;
      if (b.start < a.end || b.start - a.end > 2) continue;
      if (nfkc.substr(a.end, b.start - a.end).find_first_not_of(' ') != std::string_view::npos) continue;
      bool a_latin = StartsLatin(nfkc.substr(a.start)), b_latin = StartsLatin(nfkc.substr(b.start));
      if (a_latin == b_latin || a.id == b.id) continue;
      if (a.gazetteer_id && b.gazetteer_id) continue;
      Mention& keep = a.gazetteer_id ? a : b.gazetteer_id ? b : (a_latin ? a : b);
      Mention& take = &keep == &a ? b : a;
      Mention kept = keep;
      Rename(take.id, kept.id, kept.name, kept.gazetteer_id);
    }
  }
};

void OrgExtractor::Extract(const Document& doc, const ExtractContext& ctx, std::vector<Fact>* out) const {
  FoldedText folded(doc.text, FoldOptions{.nfkc = true, .case_fold = false});
  std::string key = folded.text();
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  HanFold::Default().FoldInPlace(&key);
  const OrgRules& rules = Rules();
  Work w{rules, OrgGazetteer::BuiltIn(), ctx.extra_orgs, folded.text(), key, {}, {}};
  w.tokens = TokenizeLatin(w.nfkc, rules);
  w.lang_at = [&](size_t pos) {
    const Segment* seg = doc.SegmentAt(folded.ToOriginalStart(pos));
    return seg ? std::string_view(seg->lang) : std::string_view();
  };
  w.Gazetteer();
  std::vector<Mention> en = w.English();
  std::vector<Mention> cjk = w.Cjk();
  w.Merge(std::move(en), std::move(cjk));
  w.ShortForms();
  w.CompanyStems();
  w.UnitTails();
  w.CjkGenericUses();
  w.BareCongress();
  w.ResolveGenericNames();
  w.LinkSelfPlaceNames();
  w.Apposition();
  for (const auto& [start, m] : w.mentions) {
    Span span = folded.ToOriginal(Span{m.start, m.end});
    if (span.size() == 0) continue;
    Fact f = MakeFact(doc, FactType::kOrg, span);
    f.attrs["id"] = m.id;
    f.attrs["name"] = m.name;
    out->push_back(std::move(f));
  }
}

}  // namespace

std::unique_ptr<Extractor> MakeOrgExtractor() { return std::make_unique<OrgExtractor>(); }

}  // namespace dossier
