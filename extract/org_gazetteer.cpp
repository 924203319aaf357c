#include "extract/org_gazetteer.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "extract/han_fold.h"
#include "ingest/embedded_data.h"
#include "ingest/folded_text.h"

namespace dossier {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Short all-capital Latin aliases are acronyms that collide with words and
// other acronyms in lower or mixed case ("ADB", "Adb", "adb"): match them as written.
bool IsCaseSensitiveAlias(std::string_view nfkc) {
  if (nfkc.empty() || nfkc.size() > 6) return false;
  bool has_upper = false;
  for (unsigned char c : nfkc) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 0x80) return false;
    if (c >= 'A' && c <= 'Z') has_upper = true;
  }
  return has_upper;
}

std::vector<std::string> SplitAliases(std::string_view column) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= column.size()) {
    size_t bar = column.find('|', start);
    if (bar == std::string_view::npos) bar = column.size();
    std::string_view a = column.substr(start, bar - start);
    while (!a.empty() && a.front() == ' ') a.remove_prefix(1);
    while (!a.empty() && (a.back() == ' ' || a.back() == '\r')) a.remove_suffix(1);
    if (!a.empty()) out.emplace_back(a);
    start = bar + 1;
  }
  return out;
}

// An alias may start with one marker: "=" matches with the case written
// (an acronym), "^" only in text of its column's language (經濟部, listed
// for zh-Hant, is Taiwan's ministry in Taiwan's text alone).
std::string_view StripMarker(std::string_view alias) {
  return !alias.empty() && (alias[0] == '=' || alias[0] == '^') ? alias.substr(1) : alias;
}

bool IsSlug(std::string_view id) {
  if (id.empty()) return false;
  for (unsigned char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace

std::string OrgMatchKey(std::string_view text) {
  std::string key = FoldedText(text, FoldOptions{.nfkc = true, .case_fold = false}).text();
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  HanFold::Default().FoldInPlace(&key);
  return key;
}

namespace {
// The key an alias is stored under: white space runs become one space.
std::string AliasKey(std::string_view alias) {
  std::string key = OrgMatchKey(alias), out;
  for (char c : key) {
    bool space = IsSpace(static_cast<unsigned char>(c));
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}
}  // namespace

// A byte trie over the alias keys. The root's children are a direct table
// (every text position probes it); deeper nodes have few children.
struct OrgGazetteer::Trie {
  struct Terminal {
    uint32_t entry;
    bool case_sensitive;
    std::string nfkc;       // the alias as written after NFKC, for case-sensitive checks
    std::string only_lang;  // "^" aliases: the one text language they match in
  };
  struct Node {
    std::vector<std::pair<unsigned char, uint32_t>> next;
    std::vector<Terminal> terminals;
  };
  std::array<uint32_t, 256> root{};  // 0 = no child
  std::vector<Node> nodes = std::vector<Node>(1);
  std::unordered_map<std::string, uint32_t> owner;  // alias key -> entry

  uint32_t Child(uint32_t node, unsigned char b) const {
    if (node == 0) return root[b];
    for (const auto& [byte, child] : nodes[node].next)
      if (byte == b) return child;
    return 0;
  }
  void Insert(const std::string& key, Terminal t) {
    uint32_t node = 0;
    for (unsigned char b : key) {
      uint32_t child = Child(node, b);
      if (child == 0) {
        child = static_cast<uint32_t>(nodes.size());
        nodes.emplace_back();
        if (node == 0) root[b] = child;
        else nodes[node].next.emplace_back(b, child);
      }
      node = child;
    }
    for (const Terminal& have : nodes[node].terminals)
      if (have.entry == t.entry && have.nfkc == t.nfkc) return;
    nodes[node].terminals.push_back(std::move(t));
  }
};

OrgGazetteer::OrgGazetteer() : trie_(std::make_unique<Trie>()) {}
OrgGazetteer::~OrgGazetteer() = default;
OrgGazetteer::OrgGazetteer(OrgGazetteer&&) noexcept = default;
OrgGazetteer& OrgGazetteer::operator=(OrgGazetteer&&) noexcept = default;

StatusOr<std::vector<OrgEntry>> OrgGazetteer::ParseTsv(std::string_view tsv, std::string_view source) {
  std::vector<OrgEntry> out;
  size_t line_start = 0;
  int line_no = 0;
  while (line_start < tsv.size()) {
    size_t nl = tsv.find('\n', line_start);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(line_start, nl - line_start);
    line_start = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> cols;
    size_t s = 0;
    while (true) {
      size_t tab = line.find('\t', s);
      cols.push_back(line.substr(s, tab == std::string_view::npos ? std::string_view::npos : tab - s));
      if (tab == std::string_view::npos) break;
      s = tab + 1;
    }
    auto where = std::string(source) + ":" + std::to_string(line_no);
    if (cols.size() < 4 || cols.size() > 8)
      return Status::InvalidInput(where, "expected 4 to 8 tab-separated columns (id, name, type, country, "
                                         "en, zh-Hans, zh-Hant, ja), found " + std::to_string(cols.size()));
    OrgEntry e;
    e.id = std::string(cols[0]);
    e.name = std::string(cols[1]);
    e.type = std::string(cols[2]);
    e.country = std::string(cols[3]);
    if (!IsSlug(e.id)) return Status::InvalidInput(where, "id '" + e.id + "' is not a slug ([a-z0-9-]+)");
    if (e.name.empty()) return Status::InvalidInput(where, "empty name for id '" + e.id + "'");
    // The name is an alias too, unless it carries a gloss: "Keidanren (Japan Business
    // Federation)" would swallow the two mentions a text writes that way.
    static constexpr const char* kLangs[] = {"en", "zh-Hans", "zh-Hant", "ja"};
    if (e.name.find('(') == std::string::npos) e.aliases.push_back(e.name), e.alias_langs.push_back("en");
    for (size_t c = 4; c < cols.size(); ++c)
      for (std::string& a : SplitAliases(cols[c])) {
        auto same = std::find(e.aliases.begin(), e.aliases.end(), a);
        if (same != e.aliases.end()) {  // one spelling in two columns: 日銀 is zh-Hant and ja
          std::string& langs = e.alias_langs[same - e.aliases.begin()];
          if (langs.find(kLangs[c - 4]) == std::string::npos) langs += std::string(" ") + kLangs[c - 4];
          continue;
        }
        e.aliases.push_back(std::move(a));
        e.alias_langs.push_back(kLangs[c - 4]);
      }
    out.push_back(std::move(e));
  }
  return out;
}

Status OrgGazetteer::Add(const OrgEntry& entry) {
  if (!IsSlug(entry.id)) return Status::InvalidInput(entry.id, "organisation id is not a slug ([a-z0-9-]+)");
  auto it = by_id_.find(entry.id);
  size_t index = it != by_id_.end() ? it->second : entries_.size();
  // Every alias, plus the typographic-apostrophe spelling of "People's".
  std::vector<std::string> forms;       // "=" or "^" first: see StripMarker
  std::vector<std::string> form_langs;  // the column of each form ("" if unknown)
  for (size_t i = 0; i < entry.aliases.size(); ++i) {
    const std::string& a = entry.aliases[i];
    const std::string lang = i < entry.alias_langs.size() ? entry.alias_langs[i].substr(0, entry.alias_langs[i].find(' ')) : "";
    forms.push_back(a);
    form_langs.push_back(lang);
    if (a.find('\'') != std::string::npos) {
      std::string curly;
      for (char c : a) curly += c == '\'' ? std::string("\xE2\x80\x99") : std::string(1, c);
      forms.push_back(curly);
      form_langs.push_back(lang);
    }
  }
  for (const std::string& form : forms) {
    std::string_view a = StripMarker(form);
    std::string key = AliasKey(a);
    if (key.empty()) continue;
    auto owner = trie_->owner.find(key);
    if (owner != trie_->owner.end() && owner->second != index)
      return Status::InvalidInput(entry.id, "alias '" + std::string(a) + "' already belongs to '" +
                                                entries_[owner->second].id + "'");
  }
  if (it == by_id_.end()) {
    entries_.push_back(entry);
    by_id_.emplace(entry.id, index);
  } else {
    OrgEntry& have = entries_[index];
    for (size_t i = 0; i < entry.aliases.size(); ++i) {
      if (std::find(have.aliases.begin(), have.aliases.end(), entry.aliases[i]) != have.aliases.end()) continue;
      have.aliases.push_back(entry.aliases[i]);
      if (have.alias_langs.size() + 1 == have.aliases.size())
        have.alias_langs.push_back(i < entry.alias_langs.size() ? entry.alias_langs[i] : "");
    }
  }
  for (size_t f = 0; f < forms.size(); ++f) {
    const std::string& form = forms[f];
    std::string_view a = StripMarker(form);
    std::string key = AliasKey(a);
    if (key.empty()) continue;
    trie_->owner.emplace(key, static_cast<uint32_t>(index));
    std::string nfkc = FoldedText(a).text();
    const bool only_here = form[0] == '^';
    bool exact_case = (form[0] == '=') || IsCaseSensitiveAlias(nfkc);
    trie_->Insert(key, Trie::Terminal{static_cast<uint32_t>(index), exact_case, nfkc, only_here ? form_langs[f] : ""});
  }
  return Status::Ok();
}

const OrgEntry* OrgGazetteer::FindById(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entries_[it->second];
}

const OrgEntry* OrgGazetteer::FindByAlias(std::string_view alias) const {
  std::string nfkc = FoldedText(alias).text();
  std::string key = OrgMatchKey(alias);
  Match m = LongestAt(key, nfkc, 0);
  return m.org && m.end == key.size() ? m.org : nullptr;
}

OrgGazetteer::Match OrgGazetteer::LongestAt(std::string_view key, std::string_view nfkc, size_t pos,
                                             std::string_view lang) const {
  Match best;
  if (pos >= key.size()) return best;
  auto first = static_cast<unsigned char>(key[pos]);
  if (IsAsciiAlnum(first) && pos > 0 && IsAsciiAlnum(static_cast<unsigned char>(key[pos - 1]))) return best;
  uint32_t node = 0;
  for (size_t i = pos; i < key.size(); ++i) {
    unsigned char b = static_cast<unsigned char>(key[i]);
    // A run of white space (a wrapped line, two spaces) matches the alias's one space.
    if (IsSpace(b)) {
      if (i == pos) break;
      if (IsSpace(static_cast<unsigned char>(key[i - 1]))) continue;
      b = ' ';
    }
    node = trie_->Child(node, b);
    if (node == 0) break;
    const auto& terms = trie_->nodes[node].terminals;
    if (terms.empty()) continue;
    size_t end = i + 1;
    // Word boundary after a Latin alias ("ADB" not in "ADBs"... nor "ROADBLOCK").
    if (IsAsciiAlnum(static_cast<unsigned char>(key[i])) && end < key.size() &&
        IsAsciiAlnum(static_cast<unsigned char>(key[end])))
      continue;
    // Never split a UTF-8 character.
    if (end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80) continue;
    for (const auto& t : terms) {
      if (t.case_sensitive && nfkc.substr(pos, end - pos) != t.nfkc) continue;
      if (!t.only_lang.empty() && !lang.empty() && lang != t.only_lang) continue;
      best = Match{end, &entries_[t.entry]};
      break;
    }
  }
  return best;
}

const OrgGazetteer& OrgGazetteer::BuiltIn() {
  static const OrgGazetteer* gazetteer = [] {
    auto* g = new OrgGazetteer();
    for (std::string_view path : EmbeddedDataFiles()) {
      if (path.rfind("extract/data/orgs", 0) != 0 || path.size() < 4 ||
          path.substr(path.size() - 4) != ".tsv")
        continue;
      auto rows = ParseTsv(EmbeddedData(path).value_or(""), path);
      if (!rows.ok()) {
        std::fprintf(stderr, "dossier: %s\n", rows.status().message().c_str());
        continue;
      }
      for (const OrgEntry& e : *rows) {
        Status s = g->Add(e);
        if (!s.ok()) std::fprintf(stderr, "dossier: %s: %s\n", std::string(path).c_str(), s.message().c_str());
      }
    }
    return g;
  }();
  return *gazetteer;
}

}  // namespace dossier
