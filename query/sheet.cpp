#include "query/sheet.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "ingest/utf8.h"
#include "query/corroboration.h"

namespace dossier {
namespace {

// Where a fact sits: its segment and the sentence holding its start.
struct Place {
  int64_t segment = -1;
  Span sentence;
};

Place PlaceOf(const Document& doc, size_t pos) {
  Place place;
  const Segment* seg = doc.SegmentAt(pos);
  if (!seg) {
    place.sentence = {pos, pos};
    return place;
  }
  place.segment = seg - doc.segments.data();
  place.sentence = seg->span;
  // Sentences are in order: binary search for the last one starting at or before pos.
  auto it = std::upper_bound(seg->sentences.begin(), seg->sentences.end(), pos,
                             [](size_t p, const Span& s) { return p < s.start; });
  if (it != seg->sentences.begin()) {
    const Span& s = *(it - 1);
    if (pos < s.end || (pos == s.end && s.size() == 0)) place.sentence = s;
  }
  return place;
}

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
}

bool IsCutPunct(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == U'，' || c == U'；' || c == U'：' || c == U'。' ||
         c == U'！' || c == U'？';
}

bool IsTrimmable(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
         c == '"' || c == '\'' || c == U'，' || c == U'、' || c == U'；' || c == U'：' || c == U'（' ||
         c == U'）' || c == U'「' || c == U'」' || c == U'“' || c == U'”' || c == U'　' || c == U'。' ||
         c == '.' || c == U'—' || c == U'–';
}

std::string_view Trim(std::string_view s) {
  while (!s.empty()) {
    size_t pos = 0;
    char32_t c = utf8::Next(s, &pos);
    if (!IsTrimmable(c)) break;
    s.remove_prefix(pos);
  }
  while (!s.empty()) {
    size_t start = utf8::PrevStart(s, s.size());
    size_t pos = start;
    char32_t c = utf8::Next(s, &pos);
    if (!IsTrimmable(c)) break;
    s.remove_suffix(s.size() - start);
  }
  return s;
}

// True when `s` holds a word of three or more letters or any CJK character:
// something that can name what a figure measures (not "[", "to", "a").
bool HasContentWord(std::string_view s) {
  size_t run = 0;
  for (size_t pos = 0; pos < s.size();) {
    char32_t c = utf8::Next(s, &pos);
    if (utf8::IsCjk(c)) return true;
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    run = letter ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

// The end of `s`: its last `max_words` words, or its last `max_cjk`
// characters when it holds CJK; with cut_at_punct, only what follows the last
// clause punctuation.
std::string_view Tail(std::string_view s, size_t max_words, size_t max_cjk, bool cut_at_punct) {
  s = Trim(s);
  if (cut_at_punct) {
    size_t pos = 0, cut = 0;
    while (pos < s.size()) {
      char32_t c = utf8::Next(s, &pos);
      if (IsCutPunct(c)) cut = pos;
    }
    if (!Trim(s.substr(cut)).empty()) s = Trim(s.substr(cut));
  }
  bool cjk = false;
  for (size_t pos = 0; pos < s.size();) cjk |= utf8::IsCjk(utf8::Next(s, &pos));
  if (cjk) {
    size_t start = s.size();
    for (size_t n = 0; n < max_cjk && start > 0; ++n) start = utf8::PrevStart(s, start);
    if (start > 0) {
      // Do not begin inside a number, nor with what was left of a date (年, 月, 日) or a particle.
      while (start < s.size() && IsAsciiAlnum(s[start]) && IsAsciiAlnum(s[start - 1])) ++start;
      while (start < s.size()) {
        size_t next = start;
        char32_t c = utf8::Next(s, &next);
        if (c != U'年' && c != U'月' && c != U'日' && c != U'の' && c != U'的' && c != U'、') break;
        start = next;
      }
    }
    return Trim(s.substr(start));
  }
  std::vector<size_t> word_starts;
  for (size_t i = 0; i < s.size(); ++i)
    if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) word_starts.push_back(i);
  if (word_starts.size() > max_words) s = s.substr(word_starts[word_starts.size() - max_words]);
  return Trim(s);
}

std::string AttrString(const nlohmann::json& attrs, const char* key) {
  auto it = attrs.find(key);
  if (it == attrs.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

bool IsDuration(const std::string& value) { return !value.empty() && value[0] == 'P'; }

// A 4-digit year at the start of an ISO value, or "".
std::string LeadingYear(std::string_view value) {
  if (value.size() >= 4 && std::all_of(value.begin(), value.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
    return std::string(value.substr(0, 4));
  return "";
}

// The one year an ISO point or range lies in ("2023", "2023-11-14/2023-11-15"),
// or "" when unknown or spanning several years ("2025/2027").
std::string YearOf(const std::string& value) {
  std::string year = LeadingYear(value);
  size_t slash = value.find('/');
  if (slash != std::string::npos && LeadingYear(std::string_view(value).substr(slash + 1)) != year) return "";
  return year;
}

std::string ActorKey(std::string_view actor) {
  std::string key;
  bool space = false;
  for (char c : Trim(actor)) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !key.empty()) key += ' ';
    space = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return key;
}

int StrengthRank(const std::string& s) {
  static const char* kOrder[] = {"pledge", "agreement", "intent", "exhortation"};
  for (int i = 0; i < 4; ++i)
    if (s == kOrder[i]) return i;
  return 4;
}

std::string FormatNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  size_t digits_start = s[0] == '-' ? 1 : 0;
  size_t int_end = s.find('.');
  if (int_end == std::string::npos) int_end = s.size();
  for (long i = static_cast<long>(int_end) - 3; i > static_cast<long>(digits_start); i -= 3) s.insert(i, ",");
  return s;
}

std::string MoneySymbol(const std::string& unit) {
  static const std::map<std::string, std::string> symbols = {
      {"USD", "US$"}, {"JPY", "¥"}, {"CNY", "CN¥"}, {"EUR", "€"}, {"GBP", "£"},
      {"HKD", "HK$"}, {"TWD", "NT$"}, {"KRW", "₩"}};
  auto it = symbols.find(unit);
  return it == symbols.end() ? unit + " " : it->second;
}

bool IsCurrency(const std::string& unit) {
  return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

std::string FormatFigureValue(double value, const std::string& unit, const std::string& approx,
                              const std::string& change, const std::string& of) {
  std::string prefix = approx == "about" ? "≈" : approx == "over" ? ">" : approx == "under" ? "<" : "";
  if (IsCurrency(unit)) {
    double a = std::fabs(value);
    std::string scaled = a >= 1e12 ? FormatNumber(value / 1e12) + " tn"
                         : a >= 1e9 ? FormatNumber(value / 1e9) + " bn"
                         : a >= 1e6 ? FormatNumber(value / 1e6) + " m"
                                    : FormatNumber(value);
    return prefix + MoneySymbol(unit) + scaled;
  }
  if (unit == "%") return prefix + FormatNumber(value) + " %";
  if (unit == "pp") {
    std::string sign = change == "up" ? "+" : change == "down" ? "−" : "";
    return prefix + sign + FormatNumber(value) + " pp";
  }
  if (unit == "x") return prefix + FormatNumber(value) + "×";
  if (unit == "count") return prefix + FormatNumber(value) + " " + (of.empty() ? "items" : of);
  if (unit.empty()) return prefix + FormatNumber(value);
  return prefix + FormatNumber(value) + " " + unit;
}

std::string FormatProvenance(const Provenance& where) {
  return std::to_string(where.doc) + " ¶" + std::to_string(where.segment) + " [" + std::to_string(where.start) +
         "," + std::to_string(where.end) + ")";
}

Sheet BuildSheet(const std::vector<SheetInput>& inputs, const std::string& query, const SheetOptions& options) {
  Sheet sheet;
  sheet.query = query;
  std::vector<std::string> subject_texts;  // per figure, for corroboration
  std::map<std::string, SheetOrganisation> orgs;
  std::map<std::string, size_t> actor_index;  // actor key -> index in sheet.actors

  for (const SheetInput& in : inputs) {
    const Document& doc = in.doc;
    SheetDocument sd;
    sd.id = in.id;
    sd.title = doc.meta.title;
    sd.date = doc.meta.date;
    sd.kind = doc.meta.kind;
    sd.source = doc.meta.source;
    sd.langs = doc.Languages();
    sd.where.doc = in.id;
    if (!doc.segments.empty()) {
      sd.where.segment = 0;
      sd.where.start = doc.segments[0].span.start;
      sd.where.end = doc.segments[0].span.end;
    }
    sheet.documents.push_back(sd);

    std::vector<const Fact*> facts;
    for (const Fact& f : in.facts) {
      if (f.span.end <= doc.text.size() && f.span.start <= f.span.end) facts.push_back(&f);
    }
    std::stable_sort(facts.begin(), facts.end(), [](const Fact* a, const Fact* b) {
      return a->span.start != b->span.start ? a->span.start < b->span.start : a->span.end < b->span.end;
    });
    std::vector<Place> places;
    for (const Fact* f : facts) places.push_back(PlaceOf(doc, f->span.start));
    // Point/range dates by sentence start, for periods and commitment dates.
    std::map<size_t, std::vector<size_t>> dates_in_sentence;
    for (size_t i = 0; i < facts.size(); ++i) {
      if (facts[i]->type == FactType::kDate && !IsDuration(AttrString(facts[i]->attrs, "value")))
        dates_in_sentence[places[i].sentence.start].push_back(i);
    }
    auto nearest_date = [&](size_t i) -> std::string {
      auto it = dates_in_sentence.find(places[i].sentence.start);
      if (it == dates_in_sentence.end()) return "";
      size_t best = it->second.front();
      auto distance = [&](size_t j) {
        size_t a = facts[i]->span.start, b = facts[j]->span.start;
        return a > b ? a - b : b - a;
      };
      for (size_t j : it->second)
        if (distance(j) < distance(best)) best = j;
      return AttrString(facts[best]->attrs, "value");
    };
    auto provenance = [&](size_t i) {
      return Provenance{in.id, places[i].segment, facts[i]->span.start, facts[i]->span.end};
    };
    auto quote = [&](size_t i) { return std::string(doc.slice(places[i].sentence)); };

    // A report often names the year once, then gives several figures for it:
    // "In 2023, ... . In USD terms, trade amounted to $318 billion". Without a
    // date in its own sentence, a figure takes the last point or range date
    // before it in the same paragraph.
    auto last_date_in_segment = [&](size_t i) -> std::string {
      for (size_t j = i; j-- > 0;) {
        if (places[j].segment != places[i].segment) break;
        if (facts[j]->type == FactType::kDate) {
          std::string v = AttrString(facts[j]->attrs, "value");
          if (!IsDuration(v)) return v;
        }
      }
      return "";
    };
    size_t prev_figure_end = 0;
    size_t prev_figure_sentence = SIZE_MAX;
    for (size_t i = 0; i < facts.size(); ++i) {
      const Fact& f = *facts[i];
      switch (f.type) {
        case FactType::kFigure: {
          SheetFigure fig;
          fig.where = provenance(i);
          fig.text = f.text;
          fig.lang = f.lang;
          auto v = f.attrs.find("value");
          fig.value = v != f.attrs.end() && v->is_number() ? v->get<double>() : 0;
          fig.unit = AttrString(f.attrs, "unit");
          fig.approx = AttrString(f.attrs, "approx");
          if (fig.approx.empty()) fig.approx = "exact";
          fig.change = AttrString(f.attrs, "change");
          fig.of = AttrString(f.attrs, "of");
          fig.display = FormatFigureValue(fig.value, fig.unit, fig.approx, fig.change, fig.of);
          // A range shows both ends: "20 % – 30 %", "US$20 bn – US$30 bn".
          if (auto m = f.attrs.find("value_max"); m != f.attrs.end() && m->is_number()) {
            fig.value_max = m->get<double>();
            fig.display += " – " + FormatFigureValue(*fig.value_max, fig.unit, "exact", fig.change, fig.of);
          }
          // What comes before the figure in its sentence, after any earlier figure.
          size_t from = std::max(places[i].sentence.start, prev_figure_end);
          if (from > f.span.start) from = places[i].sentence.start;
          std::string_view before = std::string_view(doc.text).substr(from, f.span.start - from);
          fig.measures = fig.of.empty() ? std::string(Tail(before, 6, 12, true)) : fig.of;
          // "41.76 trillion yuan [$5.8 trillion]", "rose by 0.6% to 23.77 trillion": when
          // only a bracket or a connector stands between two figures of one sentence,
          // the second measures what the first does.
          if (fig.of.empty() && !HasContentWord(fig.measures) && prev_figure_sentence == places[i].sentence.start &&
              !sheet.figures.empty())
            fig.measures = sheet.figures.back().measures;
          subject_texts.push_back(fig.of + " " + std::string(Tail(before, 12, 20, false)));
          fig.period = nearest_date(i);
          if (fig.period.empty()) fig.period = last_date_in_segment(i);
          fig.quote = quote(i);
          prev_figure_end = f.span.end;
          prev_figure_sentence = places[i].sentence.start;
          sheet.figures.push_back(std::move(fig));
          break;
        }
        case FactType::kDate: {
          std::string value = AttrString(f.attrs, "value");
          if (IsDuration(value)) break;
          SheetEvent ev;
          ev.where = provenance(i);
          ev.date = value;
          ev.text = f.text;
          ev.lang = f.lang;
          auto a = f.attrs.find("anchored");
          ev.anchored = a != f.attrs.end() && a->is_boolean() && a->get<bool>();
          ev.quote = quote(i);
          sheet.timeline.push_back(std::move(ev));
          break;
        }
        case FactType::kOrg: {
          std::string id = AttrString(f.attrs, "id");
          std::string name = AttrString(f.attrs, "name");
          if (id.empty()) id = name.empty() ? f.text : name;
          SheetOrganisation& org = orgs[id];
          org.id = id;
          if (org.name.empty()) org.name = name.empty() ? id : name;
          ++org.mentions;
          if (org.documents.empty() || org.documents.back().first.doc != in.id) {
            org.documents.push_back(SheetOrgInDocument{provenance(i), 0, {}});
          }
          SheetOrgInDocument& od = org.documents.back();
          ++od.mentions;
          auto forms = std::find_if(od.forms.begin(), od.forms.end(), [&](const auto& p) { return p.first == f.lang; });
          if (forms == od.forms.end()) {
            od.forms.push_back({f.lang, {}});
            forms = od.forms.end() - 1;
          }
          if (std::find(forms->second.begin(), forms->second.end(), f.text) == forms->second.end())
            forms->second.push_back(f.text);
          break;
        }
        case FactType::kCommitment: {
          SheetCommitment c;
          c.where = provenance(i);
          c.actor = AttrString(f.attrs, "actor");
          c.strength = AttrString(f.attrs, "strength");
          c.action = AttrString(f.attrs, "action");
          c.clause = f.text;
          c.lang = f.lang;
          c.date = nearest_date(i);
          c.quote = quote(i);
          std::string key = ActorKey(c.actor);
          auto [it, added] = actor_index.emplace(key, sheet.actors.size());
          if (added) sheet.actors.push_back(SheetActor{key.empty() ? "(not stated)" : std::string(Trim(c.actor)), {}});
          sheet.actors[it->second].commitments.push_back(std::move(c));
          break;
        }
      }
    }
  }

  std::stable_sort(sheet.timeline.begin(), sheet.timeline.end(), [](const SheetEvent& a, const SheetEvent& b) {
    bool a_known = !LeadingYear(a.date).empty(), b_known = !LeadingYear(b.date).empty();
    if (a_known != b_known) return a_known;
    return a.date < b.date;  // ties keep document order
  });
  for (auto& [id, org] : orgs) sheet.organisations.push_back(std::move(org));
  std::stable_sort(sheet.organisations.begin(), sheet.organisations.end(),
                   [](const SheetOrganisation& a, const SheetOrganisation& b) {
                     return a.name != b.name ? a.name < b.name : a.id < b.id;
                   });
  for (SheetActor& actor : sheet.actors) {
    std::stable_sort(actor.commitments.begin(), actor.commitments.end(),
                     [](const SheetCommitment& a, const SheetCommitment& b) {
                       return StrengthRank(a.strength) < StrengthRank(b.strength);
                     });
  }

  // Corroboration and conflicts, across documents only.
  std::vector<CorroborationFigure> cfs;
  for (size_t i = 0; i < sheet.figures.size(); ++i) {
    const SheetFigure& f = sheet.figures[i];
    cfs.push_back({f.where.doc, f.value, f.unit, f.change, f.approx, YearOf(f.period),
                   SubjectOf(subject_texts[i], f.lang), f.of.empty() ? FigureSubject{} : SubjectOf(f.of, f.lang)});
  }
  if (inputs.size() >= 2) {
    CorroborationResult r = Corroborate(cfs, {.tolerance = options.tolerance});
    for (auto& g : r.groups) sheet.corroborated.push_back({g});
    for (auto [a, b] : r.conflicts)
      sheet.conflicts.push_back({a, b, RelativeDifference(sheet.figures[a].value, sheet.figures[b].value)});
  }

  // Series: one measured quantity (unit, change, measure and party concepts) over >= 2 years.
  std::map<std::string, size_t> series_index;
  std::vector<std::map<int, size_t>> series_points;
  for (size_t i = 0; i < sheet.figures.size(); ++i) {
    const SheetFigure& f = sheet.figures[i];
    std::string year = YearOf(f.period);
    if (year.empty() || cfs[i].subject.measures.empty()) continue;
    std::string key = f.unit + "|" + f.change;
    for (const auto& m : cfs[i].subject.measures) key += "|m:" + m;
    for (const auto& p : cfs[i].subject.parties) key += "|p:" + p;
    auto [it, added] = series_index.emplace(key, sheet.series.size());
    if (added) {
      sheet.series.push_back({f.unit, f.change, f.measures, {}});
      series_points.emplace_back();
    }
    series_points[it->second].emplace(std::stoi(year), i);  // first report of a year wins
  }
  std::vector<SheetSeries> kept;
  for (size_t s = 0; s < sheet.series.size(); ++s) {
    if (series_points[s].size() < 2) continue;
    SheetSeries series = sheet.series[s];
    for (auto [year, index] : series_points[s]) series.points.emplace_back(year, index);
    kept.push_back(std::move(series));
  }
  sheet.series = std::move(kept);
  return sheet;
}

StatusOr<Sheet> LoadSheet(const Store& store, const std::vector<int64_t>& ids, const std::string& query,
                          const SheetOptions& options) {
  std::vector<SheetInput> inputs;
  std::set<int64_t> seen;
  for (int64_t id : ids) {
    if (!seen.insert(id).second) continue;
    StatusOr<Document> doc = store.GetDocument(id);
    if (!doc.ok()) return doc.status();
    FactFilter filter;
    filter.doc = id;
    StatusOr<std::vector<StoredFact>> facts = store.Facts(filter);
    if (!facts.ok()) return facts.status();
    SheetInput in;
    in.id = id;
    in.doc = std::move(doc).value();
    for (StoredFact& sf : *facts) in.facts.push_back(std::move(sf.fact));
    inputs.push_back(std::move(in));
  }
  return BuildSheet(inputs, query, options);
}

}  // namespace dossier
