#include "extract/figure_lexicon.h"

#include <algorithm>
#include <cstdio>

#include "ingest/embedded_data.h"

namespace dossier {
namespace {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// Rows of a TSV data file, without comments and blank lines.
std::vector<std::vector<std::string_view>> ReadTable(std::string_view path) {
  std::vector<std::vector<std::string_view>> rows;
  std::optional<std::string_view> data = EmbeddedData(path);
  if (!data) {
    std::fprintf(stderr, "dossier: missing embedded data file %.*s\n", static_cast<int>(path.size()),
                 path.data());
    return rows;
  }
  size_t pos = 0;
  while (pos < data->size()) {
    size_t nl = data->find('\n', pos);
    std::string_view line = data->substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? data->size() : nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    rows.push_back(SplitTabs(line));
  }
  return rows;
}

struct Entry {
  std::string surface;
  std::string value;
};

// An alternation of the quoted surfaces, longest first.
std::string Alternation(std::vector<Entry> entries) {
  std::sort(entries.begin(), entries.end(),
            [](const Entry& a, const Entry& b) { return a.surface.size() > b.surface.size(); });
  std::string alt;
  for (const Entry& e : entries) {
    if (!alt.empty()) alt += '|';
    alt += RE2::QuoteMeta(e.surface);
  }
  return alt.empty() ? std::string("\\x{10FFFF}\\x{10FFFF}") : alt;  // matches nothing real
}

constexpr char kNotLetterAfter[] = "(?:$|[^A-Za-z])";
constexpr char kNotLetterBefore[] = "(?:^|[^A-Za-z])";

}  // namespace

const FigureLexicon& FigureLexicon::Default() {
  static const FigureLexicon* lexicon = new FigureLexicon();
  return *lexicon;
}

FigureLexicon::FigureLexicon() {
  std::vector<Entry> after[kAfterCount], before[kBeforeCount];

  for (const auto& row : ReadTable("extract/data/currencies.tsv")) {
    if (row.size() < 3) continue;
    Entry e{std::string(row[1]), std::string(row[2])};
    if (row[0] == "before") before[kCurrencyBefore].push_back(e);
    else after[kCurrencyAfter].push_back(e);
  }
  for (const auto& row : ReadTable("extract/data/units.tsv"))
    if (row.size() >= 2) after[kUnitAfter].push_back({std::string(row[0]), std::string(row[1])});
  for (const auto& row : ReadTable("extract/data/counters.tsv"))
    if (row.size() >= 2) after[kCounterAfter].push_back({std::string(row[0]), std::string(row[1])});
  for (const auto& row : ReadTable("extract/data/figure_cues.tsv")) {
    if (row.size() < 3) continue;
    std::string_view kind = row[0];
    Entry e{std::string(row[2]), std::string(row[1])};
    if (kind == "qual_before") before[kQualBefore].push_back(e);
    else if (kind == "qual_after") after[kQualAfter].push_back(e);
    else if (kind == "qual_mid") after[kQualMid].push_back(e);
    else if (kind == "change_before") before[kChangeBefore].push_back(e);
    else if (kind == "change_after") after[kChangeAfter].push_back(e);
    else if (kind == "percent") after[kPercentAfter].push_back(e);
    else if (kind == "multiple") after[kMultipleAfter].push_back(e);
    else if (kind == "multiple_context") multiple_context_.insert(LowerAscii(e.surface));
    else if (kind == "time_after") {
      after[kTimeAfter].push_back(e);
      time_words_.insert(LowerAscii(e.surface));
    } else if (kind == "name_before") before[kNameBefore].push_back(e);
    else if (kind == "name_after") after[kNameAfter].push_back(e);
    else if (kind == "refer_back") refer_back_.insert(LowerAscii(e.surface));
    else if (kind == "np_stop") np_stop_.insert(LowerAscii(e.surface));
    else if (kind == "not_change_before") not_change_before_.insert(LowerAscii(e.surface));
    else if (kind == "plural_noun") plural_nouns_.insert(LowerAscii(e.surface));
  }

  // What may stand between the number and the cue, and what must follow it.
  const std::string ci = "(?i)";
  std::string after_patterns[kAfterCount];
  after_patterns[kCurrencyAfter] = ci + "[ \\-]?(" + Alternation(after[kCurrencyAfter]) + ")" + kNotLetterAfter;
  after_patterns[kPercentAfter] = ci + " ?(" + Alternation(after[kPercentAfter]) + ")" + kNotLetterAfter;
  after_patterns[kMultipleAfter] = ci + "[ \\-]?(" + Alternation(after[kMultipleAfter]) + ")" + kNotLetterAfter;
  after_patterns[kUnitAfter] = " ?(" + Alternation(after[kUnitAfter]) + ")" + kNotLetterAfter;
  after_patterns[kCounterAfter] = "(" + Alternation(after[kCounterAfter]) + ")";
  after_patterns[kQualAfter] = " ?(" + Alternation(after[kQualAfter]) + ")";
  after_patterns[kQualMid] = "(" + Alternation(after[kQualMid]) + ")";
  after_patterns[kChangeAfter] = ci + " ?(?:(?:year-on-year|year on year|y-o-y|yoy|annual) )?(" +
                                 Alternation(after[kChangeAfter]) + ")" + kNotLetterAfter;
  after_patterns[kTimeAfter] =
      ci + "(?:[ \\-]+(?:consecutive|straight|successive|full|more|past|long|whole|additional|extra|"
           "previous|next|such|calendar|fiscal|financial)[ \\-]+|[ \\-]+)?(?:多|余|餘|几|幾|个|個)?(" +
      Alternation(after[kTimeAfter]) + ")" + kNotLetterAfter;
  after_patterns[kNameAfter] = ci + " (" + Alternation(after[kNameAfter]) + ")" + kNotLetterAfter;

  std::string before_patterns[kBeforeCount];
  before_patterns[kCurrencyBefore] = std::string(kNotLetterBefore) + "(" + Alternation(before[kCurrencyBefore]) + ") ?$";
  before_patterns[kQualBefore] = ci + kNotLetterBefore + "(" + Alternation(before[kQualBefore]) + ")\\s*$";
  before_patterns[kChangeBefore] =
      ci + kNotLetterBefore +
      "(?:同比|环比|環比|比上年同期|较上年同期|較上年同期|比上年|较上年|較上年|比去年|较去年|較去年|同期比)?(" +
      Alternation(before[kChangeBefore]) +
      ")(?:\\s+by|了|为|為)?(?:\\s+(?:just|only|another|a further|further|slightly|sharply|marginally|"
      "significantly|strongly|steadily|by))?\\s*$";
  before_patterns[kNameBefore] = std::string(kNotLetterBefore) + "(" + Alternation(before[kNameBefore]) + ")\\s*$";

  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  for (int t = 0; t < kAfterCount; ++t) {
    after_[t].re = std::make_unique<RE2>(after_patterns[t], options);
    if (!after_[t].re->ok()) {
      std::fprintf(stderr, "dossier: figure pattern %d: %s\n", t, after_[t].re->error().c_str());
      ok_ = false;
    }
    for (const Entry& e : after[t]) after_[t].values.emplace(LowerAscii(e.surface), e.value);
  }
  for (int t = 0; t < kBeforeCount; ++t) {
    before_[t].re = std::make_unique<RE2>(before_patterns[t], options);
    if (!before_[t].re->ok()) {
      std::fprintf(stderr, "dossier: figure pattern b%d: %s\n", t, before_[t].re->error().c_str());
      ok_ = false;
    }
    for (const Entry& e : before[t]) before_[t].values.emplace(LowerAscii(e.surface), e.value);
  }
}

std::optional<FigureLexicon::Match> FigureLexicon::MatchAfter(After table, std::string_view window) const {
  const Table& t = after_[table];
  if (!t.re->ok() || window.empty()) return std::nullopt;
  re2::StringPiece groups[2];
  if (!t.re->Match(re2::StringPiece(window.data(), window.size()), 0, window.size(), RE2::ANCHOR_START,
                   groups, 2))
    return std::nullopt;
  Match m;
  m.surface = std::string_view(groups[1].data(), groups[1].size());
  m.start = static_cast<size_t>(groups[1].data() - window.data());
  m.end = m.start + groups[1].size();
  auto it = t.values.find(LowerAscii(m.surface));
  if (it != t.values.end()) m.value = it->second;
  return m;
}

std::optional<FigureLexicon::Match> FigureLexicon::MatchBefore(Before table, std::string_view window) const {
  const Table& t = before_[table];
  if (!t.re->ok() || window.empty()) return std::nullopt;
  re2::StringPiece groups[2];
  if (!t.re->Match(re2::StringPiece(window.data(), window.size()), 0, window.size(), RE2::UNANCHORED,
                   groups, 2))
    return std::nullopt;
  Match m;
  m.surface = std::string_view(groups[1].data(), groups[1].size());
  m.start = static_cast<size_t>(groups[1].data() - window.data());
  m.end = m.start + groups[1].size();
  auto it = t.values.find(LowerAscii(m.surface));
  if (it != t.values.end()) m.value = it->second;
  return m;
}

}  // namespace dossier
