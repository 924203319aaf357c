#include "extract/commitment_lexicon.h"

#include <algorithm>
#include <map>

#include <re2/re2.h>

#include "ingest/embedded_data.h"

namespace dossier {
namespace {

constexpr std::string_view kCuesPath = "extract/data/commitment_cues.tsv";
constexpr std::string_view kWordsPath = "extract/data/commitment_words.tsv";

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t pos = 0;
  while (true) {
    size_t tab = line.find('\t', pos);
    cols.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return cols;
}

// Calls fn(line_number, columns) for each non-comment, non-empty line.
template <typename Fn>
Status ForEachRow(std::string_view path, std::string_view tsv, size_t min_cols, Fn fn) {
  size_t pos = 0, line_no = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    auto cols = SplitTabs(line);
    if (cols.size() < min_cols)
      return Status::InvalidInput(std::string(path) + ":" + std::to_string(line_no),
                                  "expected " + std::to_string(min_cols) + " tab-separated columns");
    Status s = fn(line_no, cols);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

bool ParseLang(std::string_view s, CueLang* out) {
  if (s == "en") *out = CueLang::kEn;
  else if (s == "zh") *out = CueLang::kZh;
  else if (s == "ja") *out = CueLang::kJa;
  else return false;
  return true;
}

bool ParseStrength(std::string_view s, CommitmentStrength* out) {
  for (auto st : {CommitmentStrength::kPledge, CommitmentStrength::kAgreement, CommitmentStrength::kIntent,
                  CommitmentStrength::kExhortation, CommitmentStrength::kNone}) {
    if (CommitmentStrengthName(st) == s) {
      *out = st;
      return true;
    }
  }
  return false;
}

bool ParseKind(std::string_view s, CueKind* out) {
  static const std::pair<std::string_view, CueKind> kKinds[] = {
      {"modal", CueKind::kModal}, {"verb", CueKind::kVerb}, {"plain", CueKind::kPlain},
      {"welcome", CueKind::kWelcome}, {"purpose", CueKind::kPurpose},
      {"block", CueKind::kBlock}};
  for (const auto& [name, kind] : kKinds) {
    if (name == s) {
      *out = kind;
      return true;
    }
  }
  return false;
}

bool ParseClass(std::string_view s, WordClass* out) {
  static const std::pair<std::string_view, WordClass> kClasses[] = {
      {"connector", WordClass::kConnector},        {"reporting", WordClass::kReporting},
      {"nonagent", WordClass::kNonAgent},          {"adverb", WordClass::kAdverb},
      {"negator", WordClass::kNegator},            {"conditional", WordClass::kConditional},
      {"parenthetical", WordClass::kParenthetical}, {"subject_start", WordClass::kSubjectStart},
      {"adverbial_start", WordClass::kAdverbialStart}, {"verb", WordClass::kVerb},
      {"heading", WordClass::kHeading},            {"imperative", WordClass::kImperative},
      {"actor_hint", WordClass::kActorHint},       {"demonstrative", WordClass::kDemonstrative},
      {"happening", WordClass::kHappening},       {"forecast", WordClass::kForecast},
      {"urging", WordClass::kUrging},             {"eventuality", WordClass::kEventuality}};
  for (const auto& [name, cls] : kClasses) {
    if (name == s) {
      *out = cls;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view CommitmentStrengthName(CommitmentStrength s) {
  switch (s) {
    case CommitmentStrength::kPledge: return "pledge";
    case CommitmentStrength::kAgreement: return "agreement";
    case CommitmentStrength::kIntent: return "intent";
    case CommitmentStrength::kExhortation: return "exhortation";
    case CommitmentStrength::kNone: return "none";
  }
  return "none";
}

CueLang CueLangOf(std::string_view bcp47) {
  if (bcp47.substr(0, 2) == "ja") return CueLang::kJa;
  if (bcp47.substr(0, 2) == "zh") return CueLang::kZh;
  return CueLang::kEn;
}

CommitmentLexicon::CommitmentLexicon() {
  for (auto& l : langs_) {
    l.sets.resize(static_cast<size_t>(WordClass::kCount));
    l.lists.resize(static_cast<size_t>(WordClass::kCount));
  }
}
CommitmentLexicon::~CommitmentLexicon() = default;

StatusOr<std::unique_ptr<CommitmentLexicon>> CommitmentLexicon::Load(std::string_view cues_tsv,
                                                                      std::string_view words_tsv) {
  std::unique_ptr<CommitmentLexicon> lex(new CommitmentLexicon());
  // Alternatives per language, grouped by (strength, kind) in first-seen order.
  std::map<std::pair<int, int>, std::string> alternatives[3];
  std::vector<std::pair<int, int>> order[3];
  Status s = ForEachRow(kCuesPath, cues_tsv, 4, [&](size_t line_no, const std::vector<std::string_view>& c) {
    CueLang lang;
    CommitmentStrength strength;
    CueKind kind;
    std::string where = std::string(kCuesPath) + ":" + std::to_string(line_no);
    if (!ParseLang(c[1], &lang)) return Status::InvalidInput(where, "unknown lang '" + std::string(c[1]) + "'");
    if (!ParseStrength(c[2], &strength))
      return Status::InvalidInput(where, "unknown strength '" + std::string(c[2]) + "'");
    if (!ParseKind(c[3], &kind)) return Status::InvalidInput(where, "unknown kind '" + std::string(c[3]) + "'");
    RE2 check("(?:" + std::string(c[0]) + ")");
    if (!check.ok()) return Status::InvalidInput(where, "bad pattern: " + check.error());
    if (check.NumberOfCapturingGroups() != 0)
      return Status::InvalidInput(where, "use (?:...) instead of capturing groups");
    auto key = std::make_pair(static_cast<int>(strength), static_cast<int>(kind));
    auto& alt = alternatives[static_cast<int>(lang)][key];
    if (alt.empty()) order[static_cast<int>(lang)].push_back(key);
    else alt += "|";
    if (lang == CueLang::kEn) {
      // A space in an English cue matches any run of white space (en spaces, no-break spaces).
      for (char ch : c[0]) {
        if (ch == ' ') alt += "[ \\x{00A0}\\x{2000}-\\x{200B}\\x{202F}\\x{3000}]+";
        else alt += ch;
      }
    } else {
      alt += c[0];
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (int li = 0; li < 3; ++li) {
    PerLang& pl = lex->langs_[li];
    const bool en = li == static_cast<int>(CueLang::kEn);
    RE2::Options opts;
    opts.set_case_sensitive(!en);
    opts.set_max_mem(64 << 20);
    opts.set_log_errors(false);
    std::string pattern;
    // Blocking groups first: on a tie in length a blocking row wins.
    std::vector<std::pair<int, int>> keys = order[li];
    std::stable_partition(keys.begin(), keys.end(),
                          [](const auto& k) { return k.second == static_cast<int>(CueKind::kBlock); });
    for (const auto& key : keys) {
      // English cues are whole words; CJK has no word boundaries to check.
      std::string alt = en ? "\\b(?:" + alternatives[li][key] + ")\\b" : "(?:" + alternatives[li][key] + ")";
      if (!pattern.empty()) pattern += "|";
      pattern += alt;
      pl.groups.push_back({static_cast<CommitmentStrength>(key.first), static_cast<CueKind>(key.second)});
      pl.group_res.push_back(std::make_unique<RE2>(alt, opts));
      if (!pl.group_res.back()->ok())
        return Status::InvalidInput(std::string(kCuesPath), "group pattern: " + pl.group_res.back()->error());
    }
    if (pattern.empty()) continue;
    RE2::Options longest = opts;
    longest.set_longest_match(true);
    pl.cues = std::make_unique<RE2>(pattern, longest);
    if (!pl.cues->ok())
      return Status::InvalidInput(std::string(kCuesPath), "combined pattern: " + pl.cues->error());
  }
  s = ForEachRow(kWordsPath, words_tsv, 3, [&](size_t line_no, const std::vector<std::string_view>& c) {
    CueLang lang;
    WordClass cls;
    std::string where = std::string(kWordsPath) + ":" + std::to_string(line_no);
    if (!ParseLang(c[1], &lang)) return Status::InvalidInput(where, "unknown lang '" + std::string(c[1]) + "'");
    if (!ParseClass(c[2], &cls)) return Status::InvalidInput(where, "unknown class '" + std::string(c[2]) + "'");
    if (c[0].empty()) return Status::InvalidInput(where, "empty word");
    PerLang& pl = lex->langs_[static_cast<int>(lang)];
    if (pl.sets[static_cast<size_t>(cls)].insert(std::string(c[0])).second)
      pl.lists[static_cast<size_t>(cls)].emplace_back(c[0]);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  for (int li = 0; li < 3; ++li) {
    PerLang& pl = lex->langs_[li];
    const bool en = li == static_cast<int>(CueLang::kEn);
    for (auto& list : pl.lists)
      std::stable_sort(list.begin(), list.end(),
                       [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    RE2::Options opts;
    opts.set_case_sensitive(!en);
    opts.set_log_errors(false);
    for (const auto& list : pl.lists) {
      std::string alt;
      for (const std::string& w : list) {
        if (!alt.empty()) alt += "|";
        alt += RE2::QuoteMeta(w);
      }
      if (alt.empty()) {
        pl.word_res.push_back(nullptr);
        pl.prefix_res.push_back(nullptr);
        pl.suffix_res.push_back(nullptr);
        continue;
      }
      pl.prefix_res.push_back(std::make_unique<RE2>("^(?:" + alt + ")", opts));
      pl.suffix_res.push_back(std::make_unique<RE2>("(?:" + alt + ")$", opts));
      pl.word_res.push_back(std::make_unique<RE2>(en ? "\\b(?:" + alt + ")\\b" : "(?:" + alt + ")", opts));
      if (!pl.word_res.back()->ok())
        return Status::InvalidInput(std::string(kWordsPath), "word pattern: " + pl.word_res.back()->error());
    }
  }
  return lex;
}

namespace {
struct DefaultHolder {
  Status status;
  std::unique_ptr<CommitmentLexicon> lexicon;
};
const DefaultHolder& Holder() {
  static const DefaultHolder holder = [] {
    DefaultHolder h;
    auto cues = EmbeddedData(kCuesPath);
    auto words = EmbeddedData(kWordsPath);
    if (!cues || !words) {
      h.status = Status::NotFound(std::string(!cues ? kCuesPath : kWordsPath), "not embedded in the binary");
      return h;
    }
    auto loaded = CommitmentLexicon::Load(*cues, *words);
    if (!loaded.ok()) {
      h.status = loaded.status();
      return h;
    }
    h.lexicon = std::move(loaded.value());
    return h;
  }();
  return holder;
}
}  // namespace

const CommitmentLexicon* CommitmentLexicon::Default() { return Holder().lexicon.get(); }
Status CommitmentLexicon::DefaultStatus() { return Holder().status; }

void CommitmentLexicon::FindCues(CueLang lang, std::string_view text, std::vector<CommitmentCue>* out) const {
  const PerLang& pl = langs_[static_cast<int>(lang)];
  if (!pl.cues) return;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = 0;
  while (pos < text.size()) {
    // Only the match bounds from the combined pattern (a DFA scan); which row
    // matched is asked of the small per-group patterns, on the match alone.
    if (!pl.cues->Match(input, pos, text.size(), RE2::UNANCHORED, &m, 1)) break;
    size_t start = m.data() - text.data();
    size_t end = start + m.size();
    for (size_t g = 0; g < pl.groups.size(); ++g) {
      // Anchored at both ends within the full text, so \b sees the context.
      if (!pl.group_res[g]->Match(input, start, end, RE2::ANCHOR_BOTH, nullptr, 0)) continue;
      if (pl.groups[g].kind != CueKind::kBlock) out->push_back({start, end, pl.groups[g].strength, pl.groups[g].kind});
      break;
    }
    // Empty matches cannot happen with the data's patterns, but never loop.
    pos = end > pos ? end : pos + 1;
    while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  }
}

size_t CommitmentLexicon::FindWord(CueLang lang, WordClass cls, std::string_view text) const {
  const PerLang& pl = langs_[static_cast<int>(lang)];
  size_t i = static_cast<size_t>(cls);
  if (i >= pl.word_res.size() || !pl.word_res[i]) return std::string_view::npos;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  if (!pl.word_res[i]->Match(input, 0, text.size(), RE2::UNANCHORED, &m, 1)) return std::string_view::npos;
  return m.data() - text.data();
}

size_t CommitmentLexicon::PrefixLength(CueLang lang, WordClass cls, std::string_view text) const {
  const PerLang& pl = langs_[static_cast<int>(lang)];
  size_t i = static_cast<size_t>(cls);
  if (i >= pl.prefix_res.size() || !pl.prefix_res[i]) return 0;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  if (!pl.prefix_res[i]->Match(input, 0, text.size(), RE2::ANCHOR_START, &m, 1)) return 0;
  return m.size();
}

size_t CommitmentLexicon::SuffixLength(CueLang lang, WordClass cls, std::string_view text) const {
  const PerLang& pl = langs_[static_cast<int>(lang)];
  size_t i = static_cast<size_t>(cls);
  if (i >= pl.suffix_res.size() || !pl.suffix_res[i]) return 0;
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  if (!pl.suffix_res[i]->Match(input, 0, text.size(), RE2::UNANCHORED, &m, 1)) return 0;
  return m.size();
}

bool CommitmentLexicon::Has(CueLang lang, WordClass cls, std::string_view word) const {
  const auto& set = langs_[static_cast<int>(lang)].sets[static_cast<size_t>(cls)];
  return set.count(std::string(word)) > 0;
}

const std::vector<std::string>& CommitmentLexicon::Words(CueLang lang, WordClass cls) const {
  return langs_[static_cast<int>(lang)].lists[static_cast<size_t>(cls)];
}

}  // namespace dossier
