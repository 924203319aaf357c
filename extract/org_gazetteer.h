// OrgGazetteer: named organisations and their aliases in every language,
// looked up after folding width, case and Han variants.
//
//   const OrgGazetteer& g = OrgGazetteer::BuiltIn();   // extract/data/orgs*.tsv
//   g.FindByAlias("中国商務部")->id   -> "ministry-of-commerce-china"
//   g.FindByAlias("ＭＯＦＣＯＭ")->id -> "ministry-of-commerce-china"
//
// The row format (docs/orgs.md) is one organisation per line:
//   id <TAB> name <TAB> type <TAB> country <TAB> en <TAB> zh-Hans <TAB> zh-Hant <TAB> ja
// with `|` between the aliases of one column; the name is an alias too.
//
// Matching key (OrgMatchKey): NFKC, ASCII lower case, Han variants folded
// (HanFold). Short Latin acronyms (no lower-case letter, at most 6
// characters: "ADB", "CCG") only match when the text has the same case.
// Invariant: one folded alias belongs to one id; Add() refuses a second.
// Entries are never removed, so pointers returned stay valid while the
// gazetteer lives. Lookups are const and thread-safe.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/status.h"

namespace dossier {

struct OrgEntry {
  std::string id;       // stable slug: "ministry-of-commerce-china"
  std::string name;     // canonical English name
  std::string type;     // government, party, company, bank, ...
  std::string country;  // ISO 3166 alpha-2, or "int" for international bodies
  // As written, in every language: the name first (unless it carries a
  // "(gloss)"), then the columns en, zh-Hans, zh-Hant, ja; duplicates dropped.
  std::vector<std::string> aliases;
  // The columns each alias came from ("en", "zh-Hans", "zh-Hant", "ja"; space
  // separated when one spelling is in several: "zh-Hant ja"), parallel to
  // `aliases` when known; may be shorter (unknown).
  std::vector<std::string> alias_langs;
};

// NFKC + ASCII lower case + Han fold. Used for both the aliases and the text.
std::string OrgMatchKey(std::string_view text);

class OrgGazetteer {
 public:
  OrgGazetteer();
  ~OrgGazetteer();
  OrgGazetteer(OrgGazetteer&&) noexcept;
  OrgGazetteer& operator=(OrgGazetteer&&) noexcept;

  // The organisations compiled into the binary (every extract/data/orgs*.tsv).
  static const OrgGazetteer& BuiltIn();

  // Parses gazetteer rows; errors name `source` and the line.
  static StatusOr<std::vector<OrgEntry>> ParseTsv(std::string_view tsv, std::string_view source);

  // Adds an organisation (or more aliases to an id already held). Fails,
  // adding nothing, when an alias already belongs to another id.
  Status Add(const OrgEntry& entry);

  const OrgEntry* FindById(std::string_view id) const;
  // The organisation `alias` names after folding, honouring case-sensitive acronyms.
  const OrgEntry* FindByAlias(std::string_view alias) const;

  // The longest alias starting at byte `pos` of `key` (OrgMatchKey of the
  // text; `nfkc` is the same text before lower-casing, same offsets) that
  // ends on a word boundary; {0, nullptr} if none. `lang` is the text's
  // language ("zh-Hant", ...): an alias written "^經濟部" in a column matches
  // only text of that language ("" matches every alias).
  struct Match {
    size_t end = 0;
    const OrgEntry* org = nullptr;
  };
  Match LongestAt(std::string_view key, std::string_view nfkc, size_t pos, std::string_view lang = {}) const;

  size_t size() const { return entries_.size(); }
  const std::deque<OrgEntry>& entries() const { return entries_; }

 private:
  struct Trie;
  std::deque<OrgEntry> entries_;
  std::unordered_map<std::string, size_t> by_id_;
  std::unique_ptr<Trie> trie_;
};

}  // namespace dossier
