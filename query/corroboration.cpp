#include "query/corroboration.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "extract/han_fold.h"
#include "ingest/embedded_data.h"
#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

struct LexiconForm {
  std::string form;  // folded
  bool ascii_word;   // matched only as a whole word
  bool measure;
  std::vector<std::string> concepts;
};

std::string Fold(std::string_view text) {
  FoldedText folded(text, FoldOptions{.nfkc = true, .case_fold = true});
  // One table folds simplified, traditional and Japanese forms alike.
  return HanFold::Default().Folded(folded.text());
}

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start));
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

// Lines of an embedded data file, without comments and blank lines.
std::vector<std::string_view> DataLines(std::string_view path) {
  std::vector<std::string_view> lines;
  std::optional<std::string_view> data = EmbeddedData(path);
  if (!data) return lines;
  for (std::string_view line : SplitOn(*data, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    lines.push_back(line);
  }
  return lines;
}

const std::vector<LexiconForm>& Lexicon() {
  static const std::vector<LexiconForm> lexicon = [] {
    std::vector<LexiconForm> out;
    for (std::string_view line : DataLines("index/data/sheet_subjects.tsv")) {
      std::vector<std::string_view> cols = SplitOn(line, '\t');
      if (cols.size() < 3) continue;
      std::vector<std::string> concepts;
      for (std::string_view c : SplitOn(cols[0], ',')) {
        if (!c.empty()) concepts.emplace_back(c);
      }
      bool measure = cols[1] == "measure";
      for (std::string_view form : SplitOn(cols[2], '|')) {
        if (form.empty()) continue;
        std::string v = Fold(form);
        bool ascii = std::all_of(v.begin(), v.end(), [](unsigned char c) { return c < 0x80; });
        out.push_back({v, ascii, measure, concepts});
      }
    }
    // Longer forms first, so "bilateral trade" and 中日两国 win over their parts.
    std::stable_sort(out.begin(), out.end(),
                     [](const LexiconForm& a, const LexiconForm& b) { return a.form.size() > b.form.size(); });
    return out;
  }();
  return lexicon;
}

const std::set<std::string, std::less<>>& Stopwords() {
  static const std::set<std::string, std::less<>> words = [] {
    std::set<std::string, std::less<>> out;
    for (std::string_view line : DataLines("index/data/sheet_stopwords.txt")) out.emplace(line);
    return out;
  }();
  return words;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

void SortUnique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

bool Intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i; else ++j;
  }
  return false;
}

// Counts of different things are different figures; a count that does not
// say what it counts is compatible with any.
bool CountedCompatible(const CorroborationFigure& a, const CorroborationFigure& b) {
  if (a.counted.empty() || b.counted.empty()) return true;
  return Intersects(a.counted.Tokens(), b.counted.Tokens());
}

// Strict enough to flag: a shared measure, and no two different sets of parties.
bool SameSubject(const FigureSubject& a, const FigureSubject& b) {
  return Intersects(a.measures, b.measures) &&
         (a.parties.empty() || b.parties.empty() || a.parties == b.parties);
}

// Whether b's value is explained by a's approximation (and the other way round).
bool ValuesCompatible(const CorroborationFigure& a, const CorroborationFigure& b,
                      const CorroborationOptions& options) {
  double tol = (a.approx == "about" || b.approx == "about") ? options.approx_tolerance : options.tolerance;
  if (RelativeDifference(a.value, b.value) <= tol) return true;
  auto bound_holds = [&](const CorroborationFigure& bound, const CorroborationFigure& other) {
    if (bound.approx == "over") return other.value >= bound.value * (1 - options.tolerance);
    if (bound.approx == "under") return other.value <= bound.value * (1 + options.tolerance);
    return false;
  };
  bool a_bound = a.approx == "over" || a.approx == "under";
  bool b_bound = b.approx == "over" || b.approx == "under";
  if (a_bound && b.approx == a.approx) return true;  // two bounds the same way never contradict
  if (a_bound && b_bound) return bound_holds(a, b) && bound_holds(b, a);
  if (a_bound) return bound_holds(a, b);
  if (b_bound) return bound_holds(b, a);
  return false;
}

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

std::vector<std::string> FigureSubject::Tokens() const {
  std::vector<std::string> out;
  for (const auto& m : measures) out.push_back("m:" + m);
  for (const auto& p : parties) out.push_back("p:" + p);
  for (const auto& w : words) out.push_back("w:" + w);
  std::sort(out.begin(), out.end());
  return out;
}

FigureSubject SubjectOf(std::string_view text, std::string_view lang) {
  FigureSubject subject;
  std::string s = Fold(text);
  for (const LexiconForm& entry : Lexicon()) {
    size_t from = 0;
    while (true) {
      size_t p = s.find(entry.form, from);
      if (p == std::string::npos) break;
      size_t end = p + entry.form.size();
      from = p + 1;
      if (entry.ascii_word && ((p > 0 && IsAsciiAlnum(s[p - 1])) || (end < s.size() && IsAsciiAlnum(s[end])))) {
        continue;
      }
      for (const std::string& c : entry.concepts) (entry.measure ? subject.measures : subject.parties).push_back(c);
      // Blank the match so its parts do not match again ("china" inside "china-japan").
      std::fill(s.begin() + static_cast<long>(p), s.begin() + static_cast<long>(end), ' ');
      from = end;
    }
  }
  // What the lexicon does not know: ASCII content words and Han runs.
  size_t pos = 0;
  std::string word, han;
  auto flush = [&] {
    if (word.size() >= 3 && !Stopwords().count(word)) {
      if (word.size() > 3 && word.back() == 's') word.pop_back();
      subject.words.push_back(word);
    }
    word.clear();
    if (han.size() >= 6) subject.words.push_back(han);  // two or more Han characters
    han.clear();
  };
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = utf8::Next(s, &pos);
    if (c < 0x80 && ((c >= 'a' && c <= 'z'))) {
      if (!han.empty()) flush();
      word += static_cast<char>(c);
    } else if (utf8::IsHan(c)) {
      if (!word.empty()) flush();
      han.append(s, start, pos - start);
    } else {
      flush();
    }
  }
  flush();
  SortUnique(&subject.measures);
  SortUnique(&subject.parties);
  SortUnique(&subject.words);
  return subject;
}

double RelativeDifference(double a, double b) {
  double scale = std::max(std::fabs(a), std::fabs(b));
  if (scale == 0) return 0;
  return std::fabs(a - b) / scale;
}

CorroborationResult Corroborate(const std::vector<CorroborationFigure>& figures,
                                const CorroborationOptions& options) {
  CorroborationResult result;
  UnionFind uf(figures.size());
  std::vector<std::vector<std::string>> tokens;
  tokens.reserve(figures.size());
  for (const CorroborationFigure& f : figures) tokens.push_back(f.subject.Tokens());

  // Agreement: within one unit and change direction, sorted by value, only
  // neighbours within the tolerance can agree (the relative difference grows
  // with the distance in the sorted order), and at most kMaxNeighbours of
  // them are looked at, so many equal values cannot make this quadratic.
  constexpr size_t kMaxNeighbours = 256;
  std::map<std::pair<std::string, std::string>, std::vector<size_t>> by_unit;
  for (size_t i = 0; i < figures.size(); ++i) by_unit[{figures[i].unit, figures[i].change}].push_back(i);
  for (auto& [key, members] : by_unit) {
    std::stable_sort(members.begin(), members.end(),
                     [&](size_t x, size_t y) { return figures[x].value < figures[y].value; });
    for (size_t x = 0; x < members.size(); ++x) {
      const CorroborationFigure& a = figures[members[x]];
      for (size_t y = x + 1; y < members.size() && y <= x + kMaxNeighbours; ++y) {
        const CorroborationFigure& b = figures[members[y]];
        if (RelativeDifference(a.value, b.value) > options.tolerance) break;
        if (a.doc == b.doc) continue;
        bool period_ok = a.year.empty() || b.year.empty() || a.year == b.year;
        bool subject_ok = (tokens[members[x]].empty() && tokens[members[y]].empty()) ||
                          Intersects(tokens[members[x]], tokens[members[y]]);
        if (period_ok && subject_ok && CountedCompatible(a, b)) uf.Join(members[x], members[y]);
      }
    }
  }

  // Conflicts: only figures sharing unit, change, a known year and a measure
  // concept can conflict; each such bucket is compared pairwise, up to
  // kMaxBucket figures (a bucket that large is a topic, not a disagreement).
  constexpr size_t kMaxBucket = 200;
  std::map<std::string, std::vector<size_t>> buckets;
  for (size_t i = 0; i < figures.size(); ++i) {
    const CorroborationFigure& f = figures[i];
    // Counts are too bound to their context ("888 new firms", "13,000 firms
    // in all") to call two of them a disagreement.
    if (f.year.empty() || f.unit == "count") continue;
    for (const std::string& m : f.subject.measures) {
      std::vector<size_t>& bucket = buckets[f.unit + '\t' + f.change + '\t' + f.year + '\t' + m];
      if (bucket.size() < kMaxBucket) bucket.push_back(i);
    }
  }
  std::set<std::pair<size_t, size_t>> conflicts;
  for (const auto& [key, members] : buckets) {
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        const CorroborationFigure& a = figures[members[x]];
        const CorroborationFigure& b = figures[members[y]];
        if (a.doc == b.doc || !SameSubject(a.subject, b.subject) || !CountedCompatible(a, b) ||
            ValuesCompatible(a, b, options))
          continue;
        conflicts.emplace(std::min(members[x], members[y]), std::max(members[x], members[y]));
      }
    }
  }
  result.conflicts.assign(conflicts.begin(), conflicts.end());

  std::map<size_t, std::vector<size_t>> components;
  for (size_t i = 0; i < figures.size(); ++i) components[uf.Find(i)].push_back(i);
  for (auto& [root, members] : components) {
    std::set<int64_t> docs;
    for (size_t i : members) docs.insert(figures[i].doc);
    if (docs.size() >= 2) result.groups.push_back(members);
  }
  // A pair inside one agreeing group is not a conflict (they agree through
  // others); between two groups one conflict (the first pair) stands for all.
  std::set<std::pair<size_t, size_t>> seen_groups;
  std::erase_if(result.conflicts, [&](const std::pair<size_t, size_t>& c) {
    size_t a = uf.Find(c.first), b = uf.Find(c.second);
    return a == b || !seen_groups.emplace(std::min(a, b), std::max(a, b)).second;
  });
  return result;
}

}  // namespace dossier
