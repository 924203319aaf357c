#include "extract/org_country.h"

#include <algorithm>
#include <tuple>

#include "ingest/embedded_data.h"
#include "ingest/tsv.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

bool IsAsciiAlnum(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::vector<std::string_view> SplitBars(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t at = 0;;) {
    const size_t next = s.find('|', at);
    out.push_back(s.substr(at, next == std::string_view::npos ? std::string_view::npos : next - at));
    if (next == std::string_view::npos) return out;
    at = next + 1;
  }
}

// The generic part of `alias` when the rest is a name of `country`:
// "Ministry of Finance (Japan)", "Ministry of Finance of Japan", "Ministry of
// Foreign Affairs of the Republic of Korea", "Japan's Ministry of Finance",
// "U.S. Department of Commerce". Empty when it is none of these.
std::string_view GenericPart(std::string_view alias, const std::string& country,
                             const std::unordered_map<std::string, std::string>& place_country) {
  auto is_place = [&](std::string_view p) {
    auto it = place_country.find(std::string(p));
    return it != place_country.end() && it->second == country;
  };
  if (alias.size() > 2 && alias.back() == ')') {
    const size_t open = alias.rfind(" (");
    if (open != std::string_view::npos && is_place(alias.substr(open + 2, alias.size() - open - 3)))
      return alias.substr(0, open);
  }
  for (size_t of = alias.find(" of "); of != std::string_view::npos; of = alias.find(" of ", of + 1)) {
    std::string_view place = alias.substr(of + 4);
    if (place.substr(0, 4) == "the ") place.remove_prefix(4);
    if (is_place(place)) return alias.substr(0, of);
  }
  for (const auto& [place, code] : place_country) {
    if (code != country || alias.size() <= place.size() || alias.substr(0, place.size()) != place) continue;
    std::string_view rest = alias.substr(place.size());
    if (rest.substr(0, 3) == "'s ") return rest.substr(3);
    if (rest[0] == ' ') return rest.substr(1);
  }
  return {};
}

}  // namespace

GenericOrgNames::GenericOrgNames(const OrgGazetteer& gazetteer, std::string_view countries_tsv) {
  for (const TsvRow& row : ParseTsv(countries_tsv)) {
    if (row.fields.size() < 2) continue;
    const std::string code(row.fields[0]);
    for (size_t c = 1; c < row.fields.size(); ++c) {
      for (std::string_view name : SplitBars(row.fields[c])) {
        if (name.empty()) continue;
        if (c == 1) {
          latin_country_.emplace(std::string(name), code);
          names_.push_back({std::string(name), code, /*latin=*/true});
        } else {
          std::string folded = OrgMatchKey(name);
          if (std::none_of(names_.begin(), names_.end(), [&](const Name& n) { return !n.latin && n.text == folded; }))
            names_.push_back({std::move(folded), code, /*latin=*/false});
        }
      }
    }
  }
  std::unordered_map<std::string, std::vector<std::string>> cjk_places;  // code -> folded names
  for (const Name& n : names_)
    if (!n.latin) cjk_places[n.country].push_back(n.text);
  auto add_body = [&](const std::string& generic, const OrgEntry* e) {
    std::vector<const OrgEntry*>& bodies = by_generic_[generic];
    if (std::find(bodies.begin(), bodies.end(), e) == bodies.end()) bodies.push_back(e);
  };
  for (const OrgEntry& e : gazetteer.entries()) {
    if (e.type != "government" && e.type != "parliament" && e.type != "party") continue;
    // 澳門財政局 -> 財政局: a Chinese or Japanese name after its place. Only
    // for Hong Kong, Macao and Taiwan, whose releases name their own bureaus
    // bare; Chinese and Japanese name a foreign body with its country (美国
    // 商务部), and a prefix such as 米国 may also start a word (米国勢調査局).
    if (e.country == "HK" || e.country == "MO" || e.country == "TW") {
      for (const std::string& alias : e.aliases) {
        if (alias.empty() || static_cast<unsigned char>(alias[0]) < 0x80) continue;
        const std::string key = OrgMatchKey(alias);
        for (const std::string& place : cjk_places[e.country]) {
          if (key.size() <= place.size() || key.compare(0, place.size(), place) != 0) continue;
          std::string rest = key.substr(place.size());
          if (utf8::CodePointCount(rest) < 3 || gazetteer.FindByAlias(rest) != nullptr) continue;
          // A company or a park (香港投资管理有限公司, 香港科学园) is no bureau: its
          // rest names many others.
          auto ends_with = [&](std::string_view tail) {
            return rest.size() >= tail.size() && rest.compare(rest.size() - tail.size(), tail.size(), tail) == 0;
          };
          if (ends_with("公司") || ends_with("园") || ends_with("パーク")) continue;
          if (by_generic_.count(rest) == 0) cjk_generics_.push_back(rest);
          add_body(rest, &e);
        }
      }
    }
    std::vector<std::string_view> names(e.aliases.begin(), e.aliases.end());
    names.push_back(e.name);  // "Ministry of Finance (Japan)" is a name, not an alias
    for (std::string_view alias : names) {
      if (alias.empty() || static_cast<unsigned char>(alias[0]) >= 0x80) continue;
      const std::string_view generic = GenericPart(alias, e.country, latin_country_);
      if (generic.find(' ') == std::string_view::npos || !(generic[0] >= 'A' && generic[0] <= 'Z')) continue;
      add_body(OrgMatchKey(generic), &e);
    }
  }
}

const GenericOrgNames& GenericOrgNames::BuiltIn() {
  static const GenericOrgNames names(OrgGazetteer::BuiltIn(),
                                     EmbeddedData("extract/data/org_countries.tsv").value_or(""));
  return names;
}

CountryCounts GenericOrgNames::CountCountries(std::string_view nfkc, std::string_view key) const {
  // Every occurrence of every name, then the longest at each place, left to
  // right without overlaps (印度尼西亚 is not also 印度).
  struct Found {
    size_t pos, len;
    const std::string* country;
  };
  std::vector<Found> found;
  for (const Name& n : names_) {
    const std::string_view text = n.latin ? nfkc : key;
    for (size_t at = text.find(n.text); at != std::string_view::npos && found.size() < kMaxCounted;
         at = text.find(n.text, at + 1)) {
      const size_t end = at + n.text.size();
      if (n.latin) {
        if (at > 0 && IsAsciiAlnum(text[at - 1])) continue;
        if (end < text.size() && (IsAsciiAlnum(text[end]) || text[end] == '$')) continue;  // US$ is a currency
      }
      found.push_back({at, n.text.size(), &n.country});
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Found& a, const Found& b) { return std::tie(a.pos, b.len) < std::tie(b.pos, a.len); });
  CountryCounts counts;
  size_t covered = 0;
  for (const Found& f : found) {
    if (f.pos < covered) continue;
    ++counts[*f.country];
    covered = f.pos + f.len;
  }
  return counts;
}

const OrgEntry* GenericOrgNames::Resolve(std::string_view key, const CountryCounts& counts,
                                         const OrgEntry* current) const {
  auto it = by_generic_.find(std::string(key));
  if (it == by_generic_.end()) return nullptr;
  auto count_of = [&](const std::string& country) {
    auto c = counts.find(country);
    return c == counts.end() ? 0 : c->second;
  };
  const OrgEntry* best = nullptr;
  int best_count = 0, runner_up = 0;
  for (const OrgEntry* e : it->second) {
    const int n = count_of(e->country);
    if (n > best_count) {
      runner_up = best_count;
      best = e;
      best_count = n;
    } else if (n > runner_up) {
      runner_up = n;
    }
  }
  if (best == nullptr || best_count < 2 || best_count == runner_up || best == current) return nullptr;
  if (current != nullptr && best_count < 2 * count_of(current->country)) return nullptr;
  return best;
}

std::string GenericOrgNames::CountryBefore(std::string_view nfkc, size_t pos) const {
  if (pos < 2 || pos > nfkc.size() || nfkc[pos - 1] != ' ') return "";
  std::string_view before = nfkc.substr(0, pos - 1);
  if (before.size() > 2 && before.substr(before.size() - 2) == "'s") before.remove_suffix(2);
  const Name* best = nullptr;
  for (const Name& n : names_) {
    if (!n.latin || before.size() < n.text.size() || before.substr(before.size() - n.text.size()) != n.text) continue;
    const size_t at = before.size() - n.text.size();
    if (at > 0 && IsAsciiAlnum(before[at - 1])) continue;
    if (best == nullptr || n.text.size() > best->text.size()) best = &n;
  }
  return best ? best->country : "";
}

std::string GenericOrgNames::CountryOfPlace(std::string_view word) const {
  auto it = latin_country_.find(std::string(word));
  return it == latin_country_.end() ? "" : it->second;
}

const OrgEntry* GenericOrgNames::ForCountry(std::string_view key, std::string_view country) const {
  auto it = by_generic_.find(std::string(key));
  if (it == by_generic_.end()) return nullptr;
  for (const OrgEntry* e : it->second)
    if (e->country == country) return e;
  return nullptr;
}

}  // namespace dossier
