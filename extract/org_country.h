// Generic government names read by the country a document is about.
//
// "Ministry of Finance" in a release about Japan is Japan's Ministry of
// Finance (mof-japan), and the same words in a release from New Delhi are
// India's. The gazetteer knows each such body under its qualified names
// ("Ministry of Finance of Japan", "Japan's Ministry of Finance",
// "Ministry of Finance (Japan)"); this table strips the country from them to
// get the generic name, and a document picks among the bodies that share one
// by the country it names most.
//
//   const GenericOrgNames& g = GenericOrgNames::BuiltIn();
//   CountryCounts counts = g.CountCountries(nfkc, key);   // once per document
//   const OrgEntry* e = g.Resolve("ministry of finance", counts, nullptr);
//
// Only government bodies, parliaments and parties give generic names, and only
// names of two words or more. In Chinese and Japanese, a Hong Kong, Macao or
// Taiwan body the gazetteer writes after its place (澳門財政局, 香港特區政府)
// gives the rest (財政局, 特區政府, three characters at least) when the rest
// is no alias of its own: their releases name their own bureaus bare, while
// a foreign body is named with its country (美国商务部; bare 商务部 stays
// China's). Those names are not found by the other passes, so the
// extractor looks for them in a document about their country
// (CjkGenerics). Countries and the names that count for them are in
// extract/data/org_countries.tsv.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/org_gazetteer.h"

namespace dossier {

// Country code -> how often the document names it (places, adjectives, in
// any of the four languages; each stretch of text counted once).
using CountryCounts = std::map<std::string, int, std::less<>>;

class GenericOrgNames {
 public:
  // From the built-in gazetteer and extract/data/org_countries.tsv.
  static const GenericOrgNames& BuiltIn();
  GenericOrgNames(const OrgGazetteer& gazetteer, std::string_view countries_tsv);

  // Does `key` (OrgMatchKey of a name) name more than one body, or a body
  // only in a document about its country?
  bool IsGeneric(std::string_view key) const { return by_generic_.count(std::string(key)) > 0; }

  // `nfkc` is the document's NFKC text, `key` its OrgMatchKey (same offsets).
  // Counting stops at kMaxCounted names so that a hostile document stays linear.
  static constexpr int kMaxCounted = 10000;
  CountryCounts CountCountries(std::string_view nfkc, std::string_view key) const;

  // The body `key` means in a document with `counts`: the candidate whose
  // country is named at least twice and more often than every other
  // candidate's country. When the name is itself a gazetteer alias,
  // `current` is the gazetteer's reading, and another country must be named
  // twice as often as its country to override it. nullptr when no candidate
  // wins that way: the name keeps what it had.
  const OrgEntry* Resolve(std::string_view key, const CountryCounts& counts, const OrgEntry* current) const;

  // The country of the English place word that ends right before byte `pos`
  // of `nfkc`, one space between ("China's ", "Japanese "); "" if none.
  std::string CountryBefore(std::string_view nfkc, size_t pos) const;
  // The country an English place word names ("Australian" -> "AU"), or "".
  std::string CountryOfPlace(std::string_view word) const;
  // The body of `country` that generic `key` names, or nullptr.
  const OrgEntry* ForCountry(std::string_view key, std::string_view country) const;

  // The Chinese and Japanese generic names (OrgMatchKey), for the extractor
  // to find in a document's text; Resolve and IsGeneric know them too.
  const std::vector<std::string>& CjkGenerics() const { return cjk_generics_; }

 private:
  struct Name {
    std::string text;     // as written (English) or folded (the other columns)
    std::string country;
    bool latin = false;   // matched as a whole word in the NFKC text, with its case
  };
  std::vector<Name> names_;
  std::unordered_map<std::string, std::string> latin_country_;  // English place name -> its code
  // Generic name (OrgMatchKey) -> the bodies it may mean, one per country.
  std::unordered_map<std::string, std::vector<const OrgEntry*>> by_generic_;
  std::vector<std::string> cjk_generics_;
};

}  // namespace dossier
