#include "extract/figure_lexicon.h"

#include <algorithm>
#include <cstdio>

#include "ingest/embedded_data.h"
#include "ingest/utf8.h"

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

void AddEdge(std::unordered_set<char32_t>* edge, char32_t c) {
  edge->insert(c);
  if (c >= 'a' && c <= 'z') edge->insert(c - 'a' + 'A');
  if (c >= 'A' && c <= 'Z') edge->insert(c - 'A' + 'a');
}
char32_t FirstCp(std::string_view s) {
  size_t pos = 0;
  return s.empty() ? 0 : utf8::Next(s, &pos);
}
char32_t LastCp(std::string_view s) {
  if (s.empty()) return 0;
  size_t pos = utf8::PrevStart(s, s.size());
  return utf8::Next(s, &pos);
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The trailing run of ASCII letters of s, lower-cased.
std::string LastLatinWord(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && IsAsciiLetter(static_cast<unsigned char>(s[i - 1]))) --i;
  return LowerAscii(s.substr(i));
}

// Word boundaries around Latin cues are checked in code (MatchAfter,
// MatchBefore), so that the patterns need no capture groups: RE2 then finds
// the match with its DFA alone, without allocating per call.
constexpr char kNotLetterAfter[] = "";
constexpr char kNotLetterBefore[] = "";

}  // namespace

std::vector<std::string> FigureLexicon::CurrencyMarks(std::string_view code) const {
  std::vector<std::string> marks;
  for (const auto& [surface, c] : currency_before_)
    if (c == code && surface != "$") marks.push_back(surface);
  return marks;
}

const FigureLexicon& FigureLexicon::Default() {
  static const FigureLexicon* lexicon = new FigureLexicon();
  return *lexicon;
}

FigureLexicon::FigureLexicon() {
  std::vector<Entry> after[kAfterCount], before[kBeforeCount];

  for (const auto& row : ReadTable("extract/data/currencies.tsv")) {
    if (row.size() < 3) continue;
    Entry e{std::string(row[1]), std::string(row[2])};
    if (row[0] == "home") {
      dollar_homes_.push_back({e.surface, e.value});
    } else if (row[0] == "before") {
      before[kCurrencyBefore].push_back(e);
      currency_before_.emplace_back(e.surface, e.value);
    } else {
      after[kCurrencyAfter].push_back(e);
    }
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
    else if (kind == "amount_before") before[kAmountBefore].push_back(e);
    else if (kind == "name_after") after[kNameAfter].push_back(e);
    else if (kind == "noun_end") after[kNounEndAfter].push_back(e);
    else if (kind == "refer_back") refer_back_.insert(LowerAscii(e.surface));
    else if (kind == "np_stop") np_stop_.insert(LowerAscii(e.surface));
    else if (kind == "not_change_before") not_change_before_.insert(LowerAscii(e.surface));
    else if (kind == "plural_noun") plural_nouns_.insert(LowerAscii(e.surface));
  }

  // What may stand between the number and the cue, and what must follow it.
  const std::string ci = "(?i)";
  std::string after_patterns[kAfterCount];
  after_patterns[kCurrencyAfter] = ci + "[ \\-]?(" + Alternation(after[kCurrencyAfter]) + ")" + kNotLetterAfter;
  // A hyphen joins a number to its unit in a compound adjective: "a
  // 10-percentage-point cut", "a 2-nanometer process".
  after_patterns[kPercentAfter] = ci + "[ \\-]?(" + Alternation(after[kPercentAfter]) + ")" + kNotLetterAfter;
  after_patterns[kMultipleAfter] = ci + "[ \\-]?(" + Alternation(after[kMultipleAfter]) + ")" + kNotLetterAfter;
  after_patterns[kUnitAfter] = "[ \\-]?(" + Alternation(after[kUnitAfter]) + ")" + kNotLetterAfter;
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
  after_patterns[kNounEndAfter] = "(" + Alternation(after[kNounEndAfter]) + ")";

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
  before_patterns[kAmountBefore] = "(" + Alternation(before[kAmountBefore]) + ")$";

  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  for (int t = 0; t < kAfterCount; ++t) {
    after_[t].re = std::make_unique<RE2>(after_patterns[t], options);
    if (!after_[t].re->ok()) {
      std::fprintf(stderr, "dossier: figure pattern %d: %s\n", t, after_[t].re->error().c_str());
      ok_ = false;
    }
    for (const Entry& e : after[t]) {
      after_[t].values.emplace(LowerAscii(e.surface), e.value);
      AddEdge(&after_[t].edge, FirstCp(e.surface));
    }
    // What the patterns allow before the cue itself.
    after_[t].edge.insert(U' ');
    if (t == kCurrencyAfter || t == kMultipleAfter || t == kTimeAfter || t == kPercentAfter || t == kUnitAfter)
      after_[t].edge.insert(U'-');
    if (t == kTimeAfter)
      for (char32_t c : std::u32string_view(U"多余餘几幾个個")) after_[t].edge.insert(c);
    if (t == kChangeAfter) {  // year-on-year, annual
      AddEdge(&after_[t].edge, U'y');
      AddEdge(&after_[t].edge, U'a');
    }
  }
  for (int t = 0; t < kBeforeCount; ++t) {
    before_[t].re = std::make_unique<RE2>(before_patterns[t], options);
    if (!before_[t].re->ok()) {
      std::fprintf(stderr, "dossier: figure pattern b%d: %s\n", t, before_[t].re->error().c_str());
      ok_ = false;
    }
    for (const Entry& e : before[t]) {
      before_[t].values.emplace(LowerAscii(e.surface), e.value);
      AddEdge(&before_[t].edge, LastCp(e.surface));
      std::string last = LastLatinWord(e.surface);
      if (!last.empty()) before_[t].last_words.insert(last);
    }
    if (t == kChangeBefore) {  // what the pattern allows after the change word
      for (char32_t c : std::u32string_view(U"了为為")) AddEdge(&before_[t].edge, c);
      for (const char* w : {"by", "just", "only", "another", "further", "slightly", "sharply", "marginally",
                            "significantly", "strongly", "steadily"})
        before_[t].last_words.insert(w);
    }
  }
  FillAsciiEdges();
}

namespace {

bool IsLatinLetterAt(std::string_view s, size_t pos) {
  return pos < s.size() && IsAsciiLetter(static_cast<unsigned char>(s[pos]));
}

// The longest suffix of `text` (at a character boundary) that is a key of
// `values`; sets *offset to where it starts.
const std::string* LongestSuffixIn(const std::unordered_map<std::string, std::string>& values,
                                   std::string_view text, size_t* offset) {
  for (size_t k = 0; k < text.size(); ++k) {
    if (!utf8::IsBoundary(text, k)) continue;
    auto it = values.find(LowerAscii(text.substr(k)));
    if (it != values.end()) {
      *offset = k;
      return &it->second;
    }
  }
  return nullptr;
}

}  // namespace

void FigureLexicon::FillAsciiEdges() {
  for (Table& t : after_)
    for (char32_t c : t.edge)
      if (c < 128) t.ascii_edge[c] = true;
  for (Table& t : before_)
    for (char32_t c : t.edge)
      if (c < 128) t.ascii_edge[c] = true;
}

std::optional<FigureLexicon::Match> FigureLexicon::MatchAfter(After table, std::string_view window) const {
  const Table& t = after_[table];
  if (!t.re->ok() || window.empty()) return std::nullopt;
  {
    // Past what may stand before the cue (a space, a hyphen), the first
    // character must start some surface.
    std::string_view rest = window;
    if (!rest.empty() && (rest[0] == ' ' || rest[0] == '-') && t.HasEdge(static_cast<unsigned char>(rest[0]))) {
      char32_t first = FirstCp(rest.substr(1));
      if (!t.HasEdge(first) && table != kTimeAfter) return std::nullopt;
    } else if (!t.HasEdge(FirstCp(rest))) {
      return std::nullopt;
    }
  }
  re2::StringPiece whole;
  if (!t.re->Match(re2::StringPiece(window.data(), window.size()), 0, window.size(), RE2::ANCHOR_START,
                   &whole, 1))
    return std::nullopt;
  std::string_view matched(whole.data(), whole.size());
  // The cue is the longest suffix of the match that is a surface; what comes
  // before it is the allowed lead (space, hyphen, "year-on-year", "consecutive").
  size_t offset = 0;
  const std::string* value = LongestSuffixIn(t.values, matched, &offset);
  if (value == nullptr) return std::nullopt;
  Match m;
  m.start = offset;
  m.end = matched.size();
  m.surface = matched.substr(offset);
  m.value = *value;
  // A Latin cue must end a word (not "t" of "to", not "won" of "wonder").
  if (IsLatinLetterAt(m.surface, m.surface.size() - 1) && IsLatinLetterAt(window, m.end)) return std::nullopt;
  return m;
}

std::optional<FigureLexicon::Match> FigureLexicon::MatchBefore(Before table, std::string_view window) const {
  const Table& t = before_[table];
  if (!t.re->ok() || window.empty()) return std::nullopt;
  std::string_view trimmed = window;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '\t')) trimmed.remove_suffix(1);
  char32_t last = LastCp(trimmed);
  if (IsAsciiLetter(last)) {
    if (!t.last_words.count(LastLatinWord(trimmed))) return std::nullopt;
  } else if (!t.HasEdge(last)) {
    return std::nullopt;
  }
  // Leftmost-longest, so the longest cue is found; if it starts inside a
  // word ("moreover"), look again after that point, a few times at most.
  size_t from = 0;
  for (int attempt = 0; attempt < 3 && from < window.size(); ++attempt) {
    re2::StringPiece whole;
    if (!t.re->Match(re2::StringPiece(window.data(), window.size()), from, window.size(), RE2::UNANCHORED,
                     &whole, 1))
      return std::nullopt;
    size_t start = static_cast<size_t>(whole.data() - window.data());
    std::string_view matched(whole.data(), whole.size());
    // Peel what the pattern allows after the cue: spaces, "by", 了, adverbs.
    std::string_view core = matched;
    const std::string* value = nullptr;
    size_t offset = 0;
    for (int peel = 0; peel < 4 && !core.empty(); ++peel) {
      while (!core.empty() && (core.back() == ' ' || core.back() == '\t')) core.remove_suffix(1);
      if ((value = LongestSuffixIn(t.values, core, &offset))) break;
      // Drop the last word or character and try again.
      size_t cut = core.size();
      if (IsLatinLetterAt(core, cut - 1)) {
        while (cut > 0 && IsLatinLetterAt(core, cut - 1)) --cut;
      } else {
        cut = utf8::PrevStart(core, cut);
      }
      core = core.substr(0, cut);
    }
    if (value == nullptr) return std::nullopt;
    Match m;
    m.start = start + offset;
    m.end = start + core.size();
    m.surface = window.substr(m.start, m.end - m.start);
    m.value = *value;
    if (IsLatinLetterAt(m.surface, 0) && m.start > 0 && IsLatinLetterAt(window, m.start - 1)) {
      from = utf8::IsBoundary(window, start + 1) ? start + 1 : start + 1;
      while (from < window.size() && !utf8::IsBoundary(window, from)) ++from;
      continue;
    }
    return m;
  }
  return std::nullopt;
}

}  // namespace dossier
