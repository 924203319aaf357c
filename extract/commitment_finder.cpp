#include "extract/commitment_finder.h"

#include <algorithm>
#include <cctype>

#include <re2/re2.h>

#include "ingest/utf8.h"

namespace dossier {
namespace {

// Sentences longer than this are cut (at a clause separator when there is
// one) so that every per-sentence step works on a bounded window.
constexpr size_t kMaxSentenceBytes = 4000;
// Look-back for a subject: at most this many clause chunks.
constexpr int kMaxLookBackChunks = 16;
// A Chinese actor longer than this is not a subject but a clause.
constexpr size_t kMaxZhActorBytes = 150;
constexpr size_t kMaxActionBytes = 240;
// The longest English subject taken as the actor of a coordinated clause.
constexpr size_t kMaxSubjectBytes = 80;

bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsUnicodeSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

// Byte length of the white-space character at `pos` (ASCII, no-break, en/em
// and ideographic spaces), or 0 when there is none.
size_t SpaceAt(std::string_view t, size_t pos) {
  if (pos >= t.size()) return 0;
  if (IsAsciiSpace(t[pos])) return 1;
  if (static_cast<unsigned char>(t[pos]) < 0x80) return 0;
  size_t p = pos;
  char32_t c = utf8::Next(t, &p);
  return IsUnicodeSpace(c) ? p - pos : 0;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Trailing characters that never end a commitment span: space, clause and
// sentence punctuation, closing quotes (not closing brackets: "(region)").
bool IsTrailingJunk(char32_t c) {
  if (IsUnicodeSpace(c)) return true;
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case ',': case ';': case ':': case '.': case '!':
    case '?': case '"': case '\'': case U'\u3000': case U'，': case U'、': case U'；': case U'：':
    case U'。': case U'！': case U'？': case U'”': case U'’': case U'」': case U'』': case U'…':
    case U'—': case U'–':
      return true;
    default:
      return false;
  }
}
bool IsLeadingJunk(char32_t c) {
  if (IsUnicodeSpace(c)) return true;
  switch (c) {
    case ' ': case '\t': case '\n': case '\r': case ',': case ';': case ':': case U'\u3000': case U'，':
    case U'、': case U'；': case U'：': case U'—': case U'–':
      return true;
    default:
      return false;
  }
}

Span Trim(std::string_view text, Span s) {
  while (s.end > s.start) {
    size_t prev = utf8::PrevStart(text, s.end);
    size_t p = prev;
    char32_t c = utf8::Next(text, &p);
    if (!IsTrailingJunk(c)) break;
    s.end = prev;
  }
  while (s.start < s.end) {
    size_t p = s.start;
    char32_t c = utf8::Next(text, &p);
    if (!IsLeadingJunk(c)) break;
    s.start = p;
  }
  return s;
}

// "计划扩大在华业务的企业占比为21.7%": the cue modifies a noun (的企业) whose
// share is reported; a survey result, not a plan. `rest` is the clause after
// the cue.
bool ZhShareOfThose(std::string_view rest) {
  const size_t de = rest.find("的");
  if (de == std::string_view::npos) return false;
  const std::string_view after = rest.substr(de);
  // The share is stated: 占比为21.7%, 比例达三成 (提高…的比重 is a plan).
  static const RE2 kShareStated(
      "(?:占比|比例|比重|佔比|合计|合計)(?:约|約|仅|僅|共)?(?:为|為|达|達|是|超过|超過|不足|不到)?"
      "[0-9０-９一二三四五六七八九十两兩半]");
  return RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), kShareStated);
}

// "It will be difficult to …", "said that it would take years": "it" as the
// subject of a modal before "be", or before "take" and a time, is the empty
// "it" of a forecast or a thing, so no one commits (facts.md: forecasts with
// no actor are not commitments). The subject is the actor, or the pronoun
// inside a reporting cue ("said that it would"). "It would take necessary
// measures" is an agent's pledge, and so is "it" after a verb of intent: "it
// intends to take a delegation".
bool ItForecast(std::string_view actor, std::string_view cue_lower, std::string_view action) {
  const bool modal_cue = cue_lower == "will" || cue_lower == "would" || cue_lower == "shall";
  const bool it_subject = (Lower(actor) == "it" && modal_cue) || EndsWith(cue_lower, " it would") ||
                          EndsWith(cue_lower, " it will");
  while (!action.empty() && IsAsciiSpace(action.front())) action.remove_prefix(1);  // untrimmed here
  static const RE2 kTakesTime(
      "(?i)take (?:(?:a|an|some|several|many|more|another|a few|a long|at least|up to|over|about|around|"
      "one|two|three|four|five|six|seven|eight|nine|ten|[0-9]+)\\s+)*"
      "(?:years?|months?|weeks?|days?|decades?|hours?|time|while|longer|long)\\b");
  return it_subject && (StartsWith(action, "be ") ||
                        (StartsWith(action, "take ") &&
                         RE2::PartialMatch(re2::StringPiece(action.data(), action.size()), kTakesTime)));
}

// An actor that is a share of those asked: "37.0% of respondents", "2.3%",
// "Only 7 percent", "a third of firms".
bool SurveyShare(std::string_view actor) {
  static const RE2 kShare("(?i)^(?:only |just |some |about |nearly |almost |over |more than )?(?:[0-9][0-9.,]*(?:%| percent)|(?:a|one|two) (?:third|quarter|half|fifth)s?\\b)");
  // 约76%的受访企业, 六成以上的企业, 过半数企业.
  static const RE2 kCjkShare(
      "^(?:约|約|近|超过|超過|逾|仅|僅|有)?(?:[0-9０-９][0-9０-９.．]*[%％]|[一二三四五六七八九]成(?:以上|左右|多)?|过半数|過半數|半数|半數)");
  return RE2::PartialMatch(re2::StringPiece(actor.data(), actor.size()), kShare) ||
         RE2::PartialMatch(re2::StringPiece(actor.data(), actor.size()), kCjkShare);
}

// A cue that is a noun phrase: "the goal of", "a goal of", "their goal of".
bool IsNounCue(std::string_view cue_lower) {
  for (std::string_view det : {"the ", "a ", "an ", "their ", "its ", "our "})
    if (StartsWith(cue_lower, det)) return true;
  return false;
}

// A verb cue whose first word may also be a plural noun ("plans to" in
// "efforts and plans to expand", "calls for"): after "and" it may be an
// object, not a second verb.
bool NounLikeCue(std::string_view cue_lower) {
  const std::string_view first = cue_lower.substr(0, cue_lower.find(' '));
  for (std::string_view w : {"plans", "aims", "hopes", "calls", "pledges", "vows", "goals", "efforts"})
    if (first == w) return true;
  return false;
}

// True if `s` ends with the word "and" (then spaces): "… (FTA) and ".
bool EndsWithAnd(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.size() < 3 || Lower(s.substr(s.size() - 3)) != "and") return false;
  return s.size() == 3 || s[s.size() - 4] == ' ' || s[s.size() - 4] == ',';
}

// True if `s` ends with a plural-looking noun and "and" ("their efforts and
// "): a noun cue after it ("plans to") is coordinated with that noun, not a
// verb of its own ("at an early date and hopes to" is a verb).
bool PluralBeforeAnd(std::string_view s) {
  if (!EndsWithAnd(s)) return false;
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  s.remove_suffix(3);  // "and"
  while (!s.empty() && (s.back() == ' ' || s.back() == ',')) s.remove_suffix(1);
  size_t w = s.size();
  while (w > 0 && std::isalpha(static_cast<unsigned char>(s[w - 1]))) --w;
  const std::string word = Lower(s.substr(w));
  if (word.size() < 4 || word.back() != 's') return false;
  const std::string_view tail = std::string_view(word).substr(word.size() - 2);
  return tail != "ss" && tail != "us" && tail != "is";
}

// True if a "to" and a word follow `from` in its sentence (within 200
// bytes): "called on all parties to refrain" urges; "called on the
// Vice-Minister of Economy, Trade and Industry." pays a visit.
bool CallOnUrges(std::string_view text, size_t from) {
  const size_t limit = std::min(text.size(), from + 200);
  for (size_t p = from; p + 4 < limit; ++p) {
    const char c = text[p];
    if (c == '.' || c == ';' || c == '\n') return false;
    if (c == ' ' && text.compare(p, 4, " to ") == 0 && std::islower(static_cast<unsigned char>(text[p + 4])))
      return true;
  }
  return false;
}

// `end` moved back over spaces and a final "and" before it, so that a
// commitment cut before the next one does not end on the conjunction.
size_t DropTrailingAnd(std::string_view text, size_t end) {
  std::string_view head = text.substr(0, end);
  if (!EndsWithAnd(head)) return end;
  while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
  return head.size() - 3;
}

// Cuts `s` to at most `max` bytes on a UTF-8 boundary.
std::string Bounded(std::string_view s, size_t max) {
  if (s.size() <= max) return std::string(s);
  size_t cut = max;
  while (cut > 0 && !utf8::IsBoundary(s, cut)) --cut;
  return std::string(s.substr(0, cut));
}

bool IsSentenceAbbreviation(std::string_view word) {
  static const char* const kAbbrev[] = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "jan", "feb",
                                        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                                        "dec", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
                                        "gov", "gen", "sen", "rep", "jr", "sr", "u.s", "u.k", "u.n"};
  std::string w = Lower(word);
  if (w.size() == 1 && std::isalpha(static_cast<unsigned char>(w[0]))) return true;
  if (w.size() >= 2 && w[w.size() - 2] == '.') return true;  // "U.S" style initials
  for (const char* a : kAbbrev)
    if (w == a) return true;
  return false;
}

// Fast path for scanners that only care about a few ASCII bytes and the CJK
// punctuation led by 0xE3 (、。「」) or 0xEF (full-width ，：；！？): returns true
// and advances `p` past an uninteresting character.
struct ByteSet {
  bool in[256] = {};
  explicit ByteSet(std::string_view bytes) {
    for (char c : bytes) in[static_cast<unsigned char>(c)] = true;
    in[0xE2] = in[0xE3] = in[0xEF] = true;  // ” ’ — …, 、。「」, ，：；！？
  }
};

bool SkipPlain(std::string_view text, size_t* p, const ByteSet& stop) {
  unsigned char b = static_cast<unsigned char>(text[*p]);
  if (stop.in[b]) return false;
  size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  *p = std::min(text.size(), *p + n);
  return true;
}

// ---------------------------------------------------------------- chunks

// A clause chunk of a sentence: [start, end) without its separator.
struct Chunk {
  size_t start, end;
};

bool DigitAt(std::string_view text, size_t at) {  // ASCII or full-width
  if (at < text.size() && text[at] >= '0' && text[at] <= '9') return true;
  if (at >= text.size()) return false;
  size_t p = at;
  char32_t c = utf8::Next(text, &p);
  return c >= U'０' && c <= U'９';
}

bool DigitBefore(std::string_view text, size_t at) {
  if (at == 0) return false;
  if (text[at - 1] >= '0' && text[at - 1] <= '9') return true;
  return at >= 3 && DigitAt(text, at - 3);
}

std::vector<Chunk> Chunks(std::string_view text, Span sent, CueLang lang) {
  std::vector<Chunk> chunks;
  size_t start = sent.start;
  size_t p = sent.start;
  while (p < sent.end) {
    static const ByteSet kStops(",;:");
    if (SkipPlain(text, &p, kStops)) continue;
    size_t at = p;
    char32_t c = utf8::Next(text, &p);
    bool boundary = false;
    size_t next = p;
    if (lang == CueLang::kEn) {
      if (c == ',' || c == ';' || c == ':') {
        // Closing quotes may sit between the comma and the space: (scale),” while
        size_t q = p;
        while (q < sent.end) {
          size_t r = q;
          char32_t d = utf8::Next(text, &r);
          if (d != U'”' && d != '"' && d != U'’' && d != '\'') break;
          q = r;
        }
        if (q >= sent.end || SpaceAt(text, q) > 0) {
          boundary = true;
          next = q;
        }
      } else if (c == U'，' || c == U'；' || c == U'：') {
        boundary = true;
      }
    } else if (lang == CueLang::kZh) {
      boundary = c == U'，' || c == U'：' || c == ',' || c == ':' || c == ';';
    } else {
      boundary = c == U'、' || c == U'，' || c == ',';
    }
    // A comma that groups digits (协助2,000家, ２，０００億円) is inside a
    // number, not between clauses.
    if (boundary && lang != CueLang::kEn && (c == ',' || c == U'，') && DigitBefore(text, at) && DigitAt(text, p))
      boundary = false;
    if (boundary) {
      if (at > start) chunks.push_back({start, at});
      start = next;
      p = next;
    }
  }
  if (sent.end > start) chunks.push_back({start, sent.end});
  return chunks;
}

int ChunkOf(const std::vector<Chunk>& chunks, size_t pos) {
  auto it = std::upper_bound(chunks.begin(), chunks.end(), pos,
                             [](size_t p, const Chunk& c) { return p < c.start; });
  return it == chunks.begin() ? 0 : static_cast<int>(it - chunks.begin()) - 1;
}

// ---------------------------------------------------------------- English words

struct Tok {
  size_t start, end;  // absolute, punctuation stripped
  std::string lower;
  bool cap = false;    // first letter upper case
  bool digit = false;  // starts with a digit (33.4%, 1,200)
};

bool IsWordPunct(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '"' || c == '(' ||
         c == ')' || c == '\'';
}

std::vector<Tok> Tokens(std::string_view text, size_t from, size_t to, size_t max_tokens = SIZE_MAX) {
  std::vector<Tok> toks;
  size_t p = from;
  while (p < to && toks.size() < max_tokens) {
    while (p < to) {
      size_t n = SpaceAt(text, p);
      if (n == 0) break;
      p += n;
    }
    size_t s = p;
    while (p < to && SpaceAt(text, p) == 0) ++p;
    size_t e = std::min(p, to);
    // Strip ASCII punctuation and curly quotes at both ends.
    while (s < e && IsWordPunct(text[s])) ++s;
    while (e > s && IsWordPunct(text[e - 1])) --e;
    while (e > s + 2 && (StartsWith(text.substr(e - 3, 3), "”") || StartsWith(text.substr(e - 3, 3), "’"))) e -= 3;
    while (s + 3 <= e && (StartsWith(text.substr(s, 3), "“") || StartsWith(text.substr(s, 3), "‘"))) s += 3;
    if (e <= s) continue;
    Tok t{s, e, Lower(text.substr(s, e - s))};
    t.cap = std::isupper(static_cast<unsigned char>(text[s])) != 0;
    t.digit = std::isdigit(static_cast<unsigned char>(text[s])) != 0;
    toks.push_back(std::move(t));
  }
  return toks;
}

// True if the words of text[from, to) (right after a verb) open with a
// possessive and a commitment: " China's commitment to", " its firm
// commitment to", " its target of", " their determination to".
bool OwnCommitmentFollows(std::string_view text, size_t from, size_t to) {
  const std::vector<Tok> words = Tokens(text, from, to, 4);
  if (words.size() < 2) return false;
  const std::string& owner = words[0].lower;
  const bool possessive = owner == "its" || owner == "his" || owner == "her" || owner == "their" ||
                          owner == "our" || EndsWith(owner, "'s") || EndsWith(owner, "’s");
  if (!possessive) return false;
  static constexpr std::string_view kCommitments[] = {"commitment", "commitments", "target",  "targets",
                                                      "goal",       "goals",       "pledge",  "determination",
                                                      "resolve"};
  for (size_t k = 1; k < words.size(); ++k)
    if (std::find(std::begin(kCommitments), std::end(kCommitments), words[k].lower) != std::end(kCommitments))
      return true;
  return false;
}

// The owner in a welcome of a decision, "welcomed Japan's decision to",
// "welcomed the Philippines' commitment to": the words between the verb (and
// "the") and the possessive. Empty when the cue text [start, end) is no such.
Span WelcomedOwner(std::string_view text, size_t start, size_t end) {
  const std::string_view cue = text.substr(start, end - start);
  size_t from = cue.find(' ');
  if (from == std::string_view::npos) return {};
  ++from;
  if (cue.compare(from, 4, "the ") == 0) from += 4;
  for (std::string_view mark : {"'s ", "’s ", "s' ", "s’ "}) {
    const size_t at = cue.find(mark, from);
    if (at == std::string_view::npos || at == from) continue;
    const size_t owner_end = mark[0] == 's' ? at + 1 : at;
    return {start + from, start + owner_end};
  }
  return {};
}

// True if the word after `at` is "need" or "needs" ("would need to").
bool NeedFollows(std::string_view text, size_t at) {
  const std::vector<Tok> next = Tokens(text, at, std::min(text.size(), at + 12), 1);
  return !next.empty() && (next[0].lower == "need" || next[0].lower == "needs");
}

// True if an English actor names more than one party: "both sides", "China
// and Japan", "they", "the two countries", "the ministers".
bool EnSeveralParties(std::string_view actor) {
  const std::string l = Lower(actor);
  if (l.find(" and ") != std::string::npos || l.find('&') != std::string::npos || l.find(", ") != std::string::npos)
    return true;
  static const char* const kPlural[] = {"both", "all", "they", "we", "two", "three", "four", "several",
                                        "sides", "parties", "countries", "nations", "leaders", "ministers",
                                        "governments", "participants", "delegations", "members", "economies"};
  const std::vector<Tok> words = Tokens(actor, 0, actor.size());
  for (const Tok& w : words)
    for (const char* p : kPlural)
      if (w.lower == p) return true;
  // A lower-case plural noun ends the phrase: "the ministries", "Japanese firms".
  if (words.empty()) return false;
  const Tok& last = words.back();
  return last.lower.size() > 3 && std::islower(static_cast<unsigned char>(actor[last.start])) &&
         last.lower.back() == 's' && !EndsWith(last.lower, "ss");
}

// Where a commitment's action starts after its cue: past " to " in English
// ("committed to | opening its market").
size_t ActionStart(std::string_view text, size_t cue_end, bool en) {
  if (!en) return cue_end;
  // A cue that ends with "to" and its verb (instructed X to report, proposes
  // to impose): the action starts at the verb.
  const size_t space = text.substr(0, cue_end).rfind(' ');
  if (space != std::string_view::npos && space >= 3 && space + 1 < cue_end && text.substr(space - 3, 4) == " to ")
    return space + 1;
  return cue_end + (StartsWith(text.substr(cue_end), " to ") ? 4 : 0);
}

// ---------------------------------------------------------------- the finder

struct Actor {
  std::string text;
  size_t start = std::string::npos;  // where the stated actor begins; npos: none in the clause
  std::string speaker;               // the reporting speaker before it, if any
  size_t marker_end = std::string::npos;  // Japanese: the end of は, が, としては, も after it
};

struct Open {
  Span span;
  CommitmentStrength strength;
  std::string actor;
  std::string action;
  int first_chunk = 0;
  int last_chunk = 0;
  bool forecast_prone = false;  // a future modal: dropped if no agent actor is found
  bool governs_next = false;    // "It is hoped that" / "Hopefully": the next clause is its content
  bool agreement_head = false;  // "双方商定，…": the clause right after is what was agreed
  bool modal = false;           // opened by a modal (will, 应): its verb may take noun phrases after "and"
};

class SentenceFinder {
 public:
  SentenceFinder(const CommitmentLexicon& lex, std::string_view text, CueLang lang, CommitmentState* state)
      : lex_(lex), text_(text), lang_(lang), state_(state) {}

  void Run(Span sent, std::vector<CommitmentMention>* out);

 private:
  bool Has(WordClass cls, std::string_view w) const { return lex_.Has(lang_, cls, w); }
  const std::vector<std::string>& Words(WordClass cls) const { return lex_.Words(lang_, cls); }

  // Strips list words at the front (connectors) or back (adverbs) of a CJK span.
  Span StripFront(Span s, WordClass cls) const;
  Span StripBack(Span s, WordClass cls) const;
  bool FrontIs(Span s, WordClass cls) const;
  bool BackIs(Span s, WordClass cls) const;

  bool Negated(const CommitmentCue& cue, Span sent, const std::vector<Chunk>& chunks) const;
  size_t ConditionalFrom(Span sent) const;
  static bool JaParticleToo(std::string_view v, size_t at);

  // English.
  Actor EnNounPhrase(const std::vector<Tok>& toks, size_t i) const;
  Actor EnPrefixActor(Span prefix) const;
  Actor EnSubjectChunk(const Chunk& c) const;
  void JoinEnNameLists(std::vector<Chunk>* chunks) const;
  Actor EnDeterminerActor(const Actor& prefix_actor, const Chunk& c, const CommitmentCue& cue,
                          std::string_view cue_lower) const;
  Actor EnActorAfter(size_t from, size_t limit) const;
  bool EnNonAgent(std::string_view actor) const;
  bool EnAttribution(const Chunk& c) const;
  bool HappensTo(std::string_view action) const;
  // Does one of the two chunks before chunks[k] end with a forecast word
  // (预计，, 預期，): what follows it is the forecast's object.
  bool ForecastEndsEarlierChunk(const std::vector<Chunk>& chunks, int k) const {
    for (int b = k - 1; b >= 0 && b >= k - 2; --b) {
      std::string_view text = text_.substr(chunks[b].start, chunks[b].end - chunks[b].start);
      for (;;) {  // drop the spaces and the comma or colon that end the chunk
        if (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ':')) {
          text.remove_suffix(1);
        } else if (EndsWith(text, "，") || EndsWith(text, "：")) {
          text.remove_suffix(3);
        } else {
          break;
        }
      }
      for (const std::string& w : Words(WordClass::kForecast))
        if (EndsWith(text, w)) return true;
    }
    return false;
  }

  bool YingInsideName(const CommitmentCue& c) const;
  bool DisposalJiang(const CommitmentCue& c) const;
  // 承诺, 计划, 保证 as nouns: ending the clause (其他承诺, 8、质量保证) or
  // before 及, 且, 的, 、 (发行人承诺及投资者保护机制, 偿债计划的前提); not
  // before 与 or 和, which open its partner (计划与宁德时代深化合作).
  bool NounCue(const CommitmentCue& c, Span sent) const;
  // A table's caption or a row of its cells, in Chinese: no clause.
  bool TableLine(Span sent) const;
  bool InvertedShould(size_t start, size_t end, size_t sent_end) const;
  // Chinese.
  Actor ZhPrefixActor(Span prefix) const;
  Actor ZhSubjectChunk(const Chunk& c) const;
  bool ZhNonAgent(std::string_view actor) const;

  void RunEnZh(Span sent, std::vector<CommitmentCue>& cues, std::vector<Open>* found);
  void RunJa(Span sent, std::vector<CommitmentCue>& cues, std::vector<Open>* found);
  bool EnHeading(Span sent, std::vector<Open>* found);
  bool TitleCase(Span sent) const;
  bool WhHeading(Span sent) const;
  bool ZhHeading(Span sent, std::vector<Open>* found);
  // The imperative at `s` (a list heading's proposal, a plan's task), urged
  // on the last actor.
  Open ImperativeOpen(Span s) const;

  const CommitmentLexicon& lex_;
  std::string_view text_;
  CueLang lang_;
  CommitmentState* state_;
};

Span SentenceFinder::StripFront(Span s, WordClass cls) const {
  for (int guard = 0; guard < 8; ++guard) {
    s = Trim(text_, s);
    size_t n = lex_.PrefixLength(lang_, cls, text_.substr(s.start, s.size()));
    if (n == 0) break;
    s.start += n;
  }
  return Trim(text_, s);
}

Span SentenceFinder::StripBack(Span s, WordClass cls) const {
  for (int guard = 0; guard < 8; ++guard) {
    size_t n = lex_.SuffixLength(lang_, cls, text_.substr(s.start, s.size()));
    if (n == 0) break;
    s.end -= n;
  }
  return s;
}

bool SentenceFinder::FrontIs(Span s, WordClass cls) const {
  return lex_.PrefixLength(lang_, cls, text_.substr(s.start, s.size())) > 0;
}

bool SentenceFinder::BackIs(Span s, WordClass cls) const {
  return lex_.SuffixLength(lang_, cls, text_.substr(s.start, s.size())) > 0;
}

bool SentenceFinder::Negated(const CommitmentCue& cue, Span sent, const std::vector<Chunk>& chunks) const {
  if (lang_ == CueLang::kJa) return false;  // Japanese negation follows the verb: blocking rows
  if (cue.kind == CueKind::kModal && cue.strength == CommitmentStrength::kPledge && lang_ == CueLang::kEn)
    return false;
  if (lang_ == CueLang::kEn) {
    size_t from = cue.start > sent.start + 40 ? cue.start - 40 : sent.start;
    while (from > sent.start && !utf8::IsBoundary(text_, from)) --from;
    auto toks = Tokens(text_, from, cue.start);
    if (!toks.empty() && from > sent.start) toks.erase(toks.begin());  // may be cut
    for (size_t k = 0; k < 2 && k < toks.size(); ++k) {
      const Tok& t = toks[toks.size() - 1 - k];
      if (Has(WordClass::kNegator, t.lower) || EndsWith(t.lower, "n't") || EndsWith(t.lower, "n’t")) return true;
    }
    return false;
  }
  // Chinese: 未同意, 没有计划, 不愿; but 不应 (should not) is still an exhortation.
  std::string_view cue_text = text_.substr(cue.start, cue.end - cue.start);
  if (cue.strength == CommitmentStrength::kExhortation && (StartsWith(cue_text, "应") || StartsWith(cue_text, "應")))
    return false;
  size_t from = cue.start >= sent.start + 9 ? cue.start - 9 : sent.start;
  while (from < cue.start && !utf8::IsBoundary(text_, from)) ++from;
  if (BackIs({from, cue.start}, WordClass::kNegator)) return true;
  // Longer negators anywhere in the clause: 双方未能就关税问题达成一致. Single
  // characters only right before the cue (不断, 不仅 are not negations).
  if (chunks.empty()) return false;
  const Chunk& ch = chunks[ChunkOf(chunks, cue.start)];
  std::string_view clause = text_.substr(ch.start, cue.start > ch.start ? cue.start - ch.start : 0);
  for (const std::string& w : Words(WordClass::kNegator))
    if (w.size() > 3 && clause.find(w) != std::string_view::npos) return true;
  return false;
}

// Where the first conditional or forecast marker of the sentence starts (a
// cue after it is hypothetical: "If talks fail, Japan will …"), or npos.
size_t SentenceFinder::ConditionalFrom(Span sent) const {
  const std::string_view v = text_.substr(sent.start, sent.size());
  size_t from = 0;
  while (from < v.size()) {
    const size_t at = lex_.FindWord(lang_, WordClass::kConditional, v.substr(from));
    if (at == std::string_view::npos) return std::string::npos;
    if (lang_ != CueLang::kJa || !JaParticleToo(v, from + at)) return sent.start + from + at;
    from += at + 1;
  }
  return std::string::npos;
}

// Japanese ても and としても are "even if" after a verb, but "… too" after a
// particle or a noun: 蘇州工場についても ("for the Suzhou plant too"),
// 日本としても ("Japan, for its part, too") commit as firmly as without も.
bool SentenceFinder::JaParticleToo(std::string_view v, size_t at) {
  std::string_view before = v.substr(0, at);
  if (StartsWith(v.substr(at), "としても")) {
    if (before.empty()) return false;
    size_t p = utf8::PrevStart(before, before.size());
    const char32_t c = utf8::Next(before, &p);
    return !(c >= U'ぁ' && c <= U'ゖ');  // a noun before: 日本としても
  }
  if (!StartsWith(v.substr(at), "ても")) return false;
  // … and their polite forms in a speech: 中国につきましても, 県内におきましても.
  for (std::string_view particle : {"につい", "におい", "に対し", "に関し", "にとっ", "によっ", "を通じ", "を含め", "とし",
                                    "につきまし", "におきまし", "に対しまし", "に関しまし", "としまし"})
    if (EndsWith(before, particle)) return true;
  return false;
}

// ------------------------------------------------------------ English actors

// Is toks[k] a capitalised word after a capitalised one, and so part of a
// name (the United States, not "states")? Not when a pronoun or "that"
// follows it: a title-case "The Bank Says it" still reports.
bool InName(const std::vector<Tok>& toks, size_t k) {
  static constexpr std::string_view kSubjects[] = {"it", "they", "he", "she", "we", "i", "that"};
  const bool subject_follows =
      k + 1 < toks.size() && std::find(std::begin(kSubjects), std::end(kSubjects), toks[k + 1].lower) != std::end(kSubjects);
  return k > 0 && toks[k].cap && toks[k - 1].cap && !subject_follows;
}

// The subject noun phrase starting at toks[i] (after connectors), if the
// words there can open one.

Actor SentenceFinder::EnNounPhrase(const std::vector<Tok>& toks, size_t i) const {
  Actor a;
  while (i < toks.size() && Has(WordClass::kConnector, toks[i].lower)) ++i;
  if (i >= toks.size()) return a;
  const Tok& first = toks[i];
  // A bare number ("2024,") is not a subject; "33.4% of companies", "5%" are.
  bool opens = (first.digit && (i + 1 < toks.size() || first.lower.find('%') != std::string::npos)) ||
               Has(WordClass::kSubjectStart, first.lower) ||
               (first.cap && !Has(WordClass::kAdverbialStart, first.lower) &&
                !Has(WordClass::kParenthetical, first.lower) && !Has(WordClass::kHeading, first.lower));
  if (!opens) return a;
  size_t j = i;
  while (j < toks.size()) {
    const Tok& t = toks[j];
    if (j > i && !InName(toks, j) &&
        (Has(WordClass::kVerb, t.lower) || Has(WordClass::kReporting, t.lower) ||
         (!t.cap && t.lower.size() > 4 && EndsWith(t.lower, "ed")))) break;
    ++j;
  }
  while (j > i + 1 && (Has(WordClass::kAdverb, toks[j - 1].lower) ||
                       (!toks[j - 1].cap && toks[j - 1].lower.size() > 4 && EndsWith(toks[j - 1].lower, "ly"))))
    --j;
  if (j == i) return a;
  a.start = toks[i].start;
  size_t end = toks[j - 1].end;
  // Tokens shed their brackets; an acronym in brackets keeps its closing one:
  // "the Japan External Trade Organization (JETRO)".
  std::string_view words = text_.substr(a.start, end - a.start);
  if (end < text_.size() && text_[end] == ')' &&
      std::count(words.begin(), words.end(), '(') > std::count(words.begin(), words.end(), ')'))
    ++end;
  a.text = std::string(text_.substr(a.start, end - a.start));
  return a;
}

// "told a regular news briefing on Thursday that China will", "said on
// Monday that": the "that" opening the reported clause when an addressee
// (after told) or a time or place (after on, in, at …) stands between it and
// the reporting verb at k. 0 when there is none within a few words.
size_t ThatAfterReporting(const std::vector<Tok>& toks, size_t k) {
  constexpr size_t kMaxWordsBetween = 8;
  if (k + 1 >= toks.size()) return 0;
  static constexpr std::string_view kOpeners[] = {"on",   "in",      "at",        "during", "after", "last",
                                                  "this", "earlier", "yesterday", "today",  "late",  "separately"};
  const bool told = toks[k].lower == "told" || toks[k].lower == "tells" || toks[k].lower == "tell";
  const bool adverbial =
      std::find(std::begin(kOpeners), std::end(kOpeners), toks[k + 1].lower) != std::end(kOpeners);
  if (!told && !adverbial) return 0;
  for (size_t j = k + 2; j < toks.size() && j <= k + 1 + kMaxWordsBetween; ++j)
    if (toks[j].lower == "that") return j;
  return 0;
}

// "said on Friday the government will", "said last week the central bank
// would": the reported clause without "that", after a time right after the
// reporting verb at k. The index of the clause's first word, 0 when no such
// time stands there.
size_t ClauseAfterReportingTime(const std::vector<Tok>& toks, size_t k) {
  static constexpr std::string_view kNamedDays[] = {
      "monday",  "tuesday",  "wednesday", "thursday", "friday",    "saturday", "sunday",   "january",
      "february", "march",   "april",     "may",      "june",      "july",     "august",   "september",
      "october",  "november", "december"};
  static constexpr std::string_view kSpans[] = {"week", "month", "year", "weekend", "night", "quarter"};
  auto is = [](std::string_view w, const auto& list) { return std::find(std::begin(list), std::end(list), w) != std::end(list); };
  size_t j = k + 1;
  if (j >= toks.size()) return 0;
  const std::string_view w = toks[j].lower;
  if (w == "yesterday" || w == "today" || w == "earlier") {
    ++j;
  } else if (w == "on" && j + 1 < toks.size() && is(toks[j + 1].lower, kNamedDays)) {
    j += 2;
    if (j < toks.size() && toks[j].digit) ++j;  // on November 14
  } else if ((w == "last" || w == "this") && j + 1 < toks.size() && is(toks[j + 1].lower, kSpans)) {
    j += 2;
  } else {
    return 0;
  }
  return j < toks.size() && toks[j].lower != "that" ? j : 0;
}

Actor SentenceFinder::EnPrefixActor(Span prefix) const {
  // Blank out dashed asides: "China and Japan—despite their competition—must".
  std::string copy(text_.substr(prefix.start, prefix.size()));  // offsets relative to prefix.start
  {
    size_t d1 = copy.find("—");
    while (d1 != std::string::npos) {
      size_t d2 = copy.find("—", d1 + 3);
      size_t stop = d2 == std::string::npos ? d1 + 3 : d2 + 3;
      for (size_t k = d1; k < stop; ++k) copy[k] = ' ';
      if (d2 == std::string::npos) break;
      d1 = copy.find("—", stop);
    }
  }
  std::string_view v(copy);
  auto toks = Tokens(v, 0, v.size());
  for (Tok& t : toks) {
    t.start += prefix.start;
    t.end += prefix.start;
  }
  Actor a;
  // Reported speech: the actor is the inner subject, else the speaker.
  size_t inner = 0;
  for (size_t k = toks.size(); k-- > 0;) {
    if (Has(WordClass::kReporting, toks[k].lower) && !InName(toks, k)) {
      Actor speaker = EnNounPhrase(toks, 0);
      if (speaker.start != std::string::npos && speaker.start < toks[k].start) a.speaker = speaker.text;
      inner = k + 1;
      if (inner < toks.size() && toks[inner].lower == "that") ++inner;
      else if (size_t that = ThatAfterReporting(toks, k); that != 0) inner = that + 1;
      else if (size_t clause = ClauseAfterReportingTime(toks, k); clause != 0) inner = clause;
      break;
    }
  }
  // "projects that the scale of … will": the subject follows the last "that".
  if (inner == 0) {
    for (size_t k = toks.size(); k-- > 1;) {
      if (toks[k].lower == "that") {
        inner = k + 1;
        break;
      }
    }
  }
  Actor np = EnNounPhrase(toks, inner);
  // "…, as the United States and China prepared for talks aimed at …": a
  // clause opened by as, while or whereas has its own subject.
  if (np.start == std::string::npos && inner + 1 < toks.size() &&
      (toks[inner].lower == "as" || toks[inner].lower == "while" || toks[inner].lower == "whereas"))
    np = EnNounPhrase(toks, inner + 1);
  if (np.start != std::string::npos) {
    // Rebuild the text from the original (the copy has blanks for asides).
    np.text = std::string(v.substr(np.start - prefix.start, np.text.size()));
    // Collapse the blanked aside: keep the words before it.
    size_t blank = np.text.find("   ");
    if (blank != std::string::npos) np.text = np.text.substr(0, blank);
    while (!np.text.empty() && np.text.back() == ' ') np.text.pop_back();
    np.speaker = a.speaker;
    return np;
  }
  // "From next month we will …": an adverbial opens the clause and a
  // personal pronoun right before the cue is its subject.
  if (!toks.empty() && toks.size() > inner) {
    const Tok& last = toks.back();
    static constexpr std::string_view kPronouns[] = {"we", "they", "he", "she", "i"};
    if (std::find(std::begin(kPronouns), std::end(kPronouns), last.lower) != std::end(kPronouns)) {
      Actor p;
      p.start = last.start;
      p.text = std::string(text_.substr(last.start, last.end - last.start));
      p.speaker = a.speaker;
      return p;
    }
  }
  return a;
}

// The commas of a list of capitalised names are not clause boundaries:
// "the Ministry of Economy, Trade and Industry agreed", "Japan, China and
// Korea will". Joins chunk k with the chunks after it when k is a name
// phrase (capitalised words and of/the/and/for, not opening an adverbial:
// "In Beijing, China and Japan" stays apart), the chunks between are names,
// and the last one opens with names that end the list: "and" and a
// capitalised word.
void SentenceFinder::JoinEnNameLists(std::vector<Chunk>* chunks) const {
  auto name_word = [](const Tok& t) {
    return !t.digit && (t.cap || t.lower == "of" || t.lower == "the" || t.lower == "and" || t.lower == "for");
  };
  auto all_names = [&](const std::vector<Tok>& toks) {
    return !toks.empty() && toks.front().cap && std::all_of(toks.begin(), toks.end(), name_word);
  };
  auto ends_list = [&](const std::vector<Tok>& toks) {  // "Trade and Industry of Japan agreed …"
    if (toks.empty() || !toks.front().cap) return false;
    for (size_t i = 0; i + 1 < toks.size() && name_word(toks[i]); ++i)
      if (toks[i].lower == "and" && toks[i + 1].cap && !toks[i + 1].digit) return true;
    return false;
  };
  std::vector<Chunk> out;
  for (size_t k = 0; k < chunks->size(); ++k) {
    Chunk c = (*chunks)[k];
    const auto head = Tokens(text_, c.start, c.end, 16);
    const bool opens_names = all_names(head) && !Has(WordClass::kAdverbialStart, head.front().lower) &&
                             !Has(WordClass::kConnector, head.front().lower) &&
                             !Has(WordClass::kParenthetical, head.front().lower) &&
                             !Has(WordClass::kHeading, head.front().lower);
    // Each chunk after it is tokenized once: it ends the list (join up to
    // it), continues it with names only, or stops the search.
    for (size_t m = k + 1; opens_names && m < chunks->size(); ++m) {
      const auto toks = Tokens(text_, (*chunks)[m].start, (*chunks)[m].end, 16);
      if (ends_list(toks)) {
        c.end = (*chunks)[m].end;
        k = m;
        break;
      }
      if (!all_names(toks)) break;
    }
    out.push_back(c);
  }
  chunks->swap(out);
}

Actor SentenceFinder::EnSubjectChunk(const Chunk& c) const {
  auto toks = Tokens(text_, c.start, c.end, 24);
  return EnNounPhrase(toks, 0);
}

// A determiner right before a noun-phrase cue ("underscored the commitment
// of the three nations to …", "stressed its commitment to …") belongs to the
// cue, so it is no actor. The actor is then the noun phrase after
// "commitment of", or for a possessive the subject of the clause; else there
// is none in the clause. The span still starts at the determiner.
Actor SentenceFinder::EnDeterminerActor(const Actor& prefix_actor, const Chunk& c, const CommitmentCue& cue,
                                        std::string_view cue_lower) const {
  if (prefix_actor.start == std::string::npos) return prefix_actor;
  const std::string det = Lower(prefix_actor.text);
  const bool possessive = det == "its" || det == "their" || det == "his" || det == "her" || det == "our";
  if (!possessive && det != "the" && det != "a" && det != "an") return prefix_actor;
  Actor a;
  if (possessive) {
    Actor subject = EnSubjectChunk(c);
    if (subject.start != std::string::npos && subject.start < prefix_actor.start) a = subject;
  } else if (StartsWith(cue_lower, "commitment of")) {
    a = EnActorAfter(cue.end, c.end);
    if (a.start != std::string::npos) a.start = prefix_actor.start;
  }
  a.speaker = prefix_actor.speaker;
  return a;
}

// For "It is hoped that X …", "It is essential for X to …", "Hopefully, X …".
Actor SentenceFinder::EnActorAfter(size_t from, size_t limit) const {
  auto toks = Tokens(text_, from, std::min(limit, from + 300));
  size_t i = 0;
  // Skip an aside between commas: "It is hoped that, under the RCEP framework, X".
  if (from < text_.size() && text_.substr(from, 1) == ",") {
    size_t comma = text_.find(", ", from + 1);
    if (comma != std::string_view::npos && comma < limit) {
      while (i < toks.size() && toks[i].start < comma) ++i;
    }
  }
  if (i < toks.size() && toks[i].lower == "for") ++i;
  Actor a = EnNounPhrase(toks, i);
  if (a.start != std::string::npos) {
    size_t to = a.text.find(" to ");
    if (to != std::string::npos) a.text = a.text.substr(0, to);
  }
  return a;
}

// "…, a person familiar with the matter said", "…, said Yamamoto",
// "…, according to the ministry", "…, adding that …": who said it, or a
// further statement; neither is part of what was committed.
bool SentenceFinder::EnAttribution(const Chunk& c) const {
  const auto toks = Tokens(text_, c.start, c.end, 16);
  if (toks.empty()) return false;
  static constexpr std::string_view kOpeners[] = {"said", "says", "according", "adding", "added", "told", "noted"};
  static constexpr std::string_view kClosers[] = {"said", "says", "added", "noted", "stated", "reporters", "told",
                                                  "recommends", "recommended", "argued", "warned", "wrote", "reported"};
  const std::string& first = toks.front().lower;
  const std::string& last = toks.back().lower;
  if (std::find(std::begin(kOpeners), std::end(kOpeners), first) != std::end(kOpeners)) return true;
  return toks.size() < 16 && std::find(std::begin(kClosers), std::end(kClosers), last) != std::end(kClosers);
}

// True if text[start, end) is "should" followed by a subject rather than a
// verb: a determiner or a plural noun (should the talks fail, should risks
// materialise). Verbs ending in s (address, focus) are not plurals.
bool SentenceFinder::InvertedShould(size_t start, size_t end, size_t sent_end) const {
  if (Lower(text_.substr(start, end - start)) != "should") return false;
  const auto toks = Tokens(text_, end, sent_end, 6);
  if (toks.empty()) return false;
  // "… should downside risks materialise.": a short clause that ends the
  // sentence with a verb of things happening (`eventuality` words).
  static constexpr std::string_view kAdverbs[] = {"not", "never", "also", "always", "jointly", "further", "be"};
  if (std::find(std::begin(kAdverbs), std::end(kAdverbs), toks[0].lower) != std::end(kAdverbs)) return false;
  if (toks.size() <= 5 && Has(WordClass::kEventuality, toks.back().lower)) return true;
  const std::string& w = toks[0].lower;
  static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "any", "such", "these", "those", "this",
                                                      "there"};
  if (std::find(std::begin(kDeterminers), std::end(kDeterminers), w) != std::end(kDeterminers)) return true;
  return w.size() > 3 && EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is") &&
         !EndsWith(w, "ys");
}

// True if the cue is the single character 应/應 inside a person's name: a
// title, a one-character surname and 应 (商務及經濟發展局局長丘應樺), or a name
// already learned that way. The name is remembered for the rest of the text,
// where it is written without the title (丘應樺表示…).
// 将 that marks the object, as 把 does: 将外资项目审批时限压缩至15个工作日,
// 将6大类设备列入出口管制对象, 并将停留期限延长至30天. A noun phrase follows 将
// and a verb of moving it into a state ends the clause (…至, 列入, 纳入, 改为,
// 报送); the future 将 is followed by its verb or an adverb (将进一步扩大至,
// 将于12月举行). Such 将 commits no one by itself; a cue before it (要, 力争,
// 同意) still governs the clause.
bool SentenceFinder::DisposalJiang(const CommitmentCue& c) const {
  const std::string_view cue = text_.substr(c.start, c.end - c.start);
  if (cue != "将" && cue != "將") return false;
  const std::string_view rest = text_.substr(c.end, std::min<size_t>(120, text_.size() - c.end));
  static constexpr std::string_view kVerbAfter[] = {
      "于", "於", "在", "会", "會", "进一步", "進一步", "继续", "繼續", "持续", "持續", "加快", "加大", "推动", "推動",
      "积极", "積極", "不断", "不斷", "全面", "大力", "着力", "著力", "把", "与", "與", "同", "和", "对", "對", "向",
      "从", "從", "通过", "通過", "以", "按", "依", "逐步", "尽快", "盡快", "力争", "力爭", "重点", "重點", "陆续",
      "陸續", "首次", "再", "共同", "联合", "聯合", "成为", "成為", "达到", "達到", "实现", "實現", "有", "是"};
  for (std::string_view w : kVerbAfter)
    if (StartsWith(rest, w)) return false;
  // After a verb of announcing or deciding, 将 is its future: 宣布，将…纳入.
  std::string_view before = text_.substr(0, c.start);
  if (EndsWith(before, "，") || EndsWith(before, "：")) before.remove_suffix(3);
  for (std::string_view v : {"宣布", "宣佈", "决定", "決定", "表示", "称", "稱", "同意", "计划", "計劃", "拟", "擬"})
    if (EndsWith(before, v)) return false;
  // 将由明年初起把航班增至每日4班: when 把 marks the object, 将 is the future.
  std::string_view clause = rest;
  for (std::string_view stop : {"，", "。", "；"})
    if (size_t at = clause.find(stop); at != std::string_view::npos) clause = clause.substr(0, at);
  if (clause.find("把") != std::string_view::npos) return false;
  static const RE2 kDisposal(
      "^[^，。；,;：:]{2,40}?(?:压缩至|壓縮至|扩大至|擴大至|延长至|延長至|延至|提高至|提高到|提升至|降低至|降至|下调至|下調至|"
      "上调至|上調至|调降至|調降至|调整为|調整為|调整至|調整至|列入|纳入|納入|改为|改為|报送|報送|定为|定為|确定为|確定為|"
      "增至|增加至|增加到|由[^，。；]{1,20}?(?:提高|延长|延長|扩大|擴大|降低)至)");
  return RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), kDisposal);
}

bool SentenceFinder::YingInsideName(const CommitmentCue& c) const {
  const std::string_view cue = text_.substr(c.start, c.end - c.start);
  if (cue != "应" && cue != "應") return false;
  if (c.start < 3 || c.end + 3 > text_.size()) return false;
  const std::string name = std::string(text_.substr(c.start - 3, 9));  // surname, 应, given name
  for (const std::string& known : state_->names_with_ying)
    if (known == name) return true;
  size_t p = c.start - 3, q = p;
  if (!utf8::IsHan(utf8::Next(text_, &q))) return false;
  size_t r = c.end;
  if (!utf8::IsHan(utf8::Next(text_, &r))) return false;
  static constexpr std::string_view kTitles[] = {
      "局長", "局长", "部長", "部长", "司長", "司长", "署長", "署长", "處長", "处长", "主席", "總裁", "总裁", "會長",
      "会长", "大使", "市長", "市长", "主任", "秘書長", "秘书长", "議員", "议员", "總經理", "总经理", "董事長",
      "董事长", "行政長官", "行政长官", "總領事", "总领事", "理事長", "理事长", "先生", "女士", "教授"};
  const std::string_view before = text_.substr(0, p);
  // A name that speaks: 丘應樺表示, 丘應樺說 (应 + a verb is never followed
  // by a reporting verb right after one more character).
  const std::string_view after = text_.substr(r);
  for (std::string_view v : {"表示", "說", "说", "指出", "稱", "称", "認為", "认为", "強調", "强调"}) {
    if (StartsWith(after, v)) {
      state_->names_with_ying.push_back(name);
      return true;
    }
  }
  for (std::string_view t : kTitles) {
    if (EndsWith(before, t)) {
      state_->names_with_ying.push_back(name);
      return true;
    }
  }
  return false;
}

// "Japan will face a shortage", "the region will see growth": the verb after
// the modal says what befalls the subject, so it is a forecast.
// The happening words may be phrases of up to three words: "take effect",
// "remain in effect", "enter into force".
bool SentenceFinder::HappensTo(std::string_view action) const {
  const auto toks = Tokens(action, 0, action.size(), 3);
  if (toks.size() == 3 && toks[0].lower == "see" && toks[1].lower == "to" && toks[2].lower == "it") return false;
  std::string words;
  for (const Tok& t : toks) {
    words += words.empty() ? t.lower : " " + t.lower;
    if (Has(WordClass::kHappening, words)) return true;
  }
  return false;
}

bool SentenceFinder::EnNonAgent(std::string_view actor) const {
  if (actor.empty()) return false;
  std::string l = Lower(actor);
  // The head noun stands before the first preposition: "Demand for Japanese
  // cosmetics" -> demand, "The full implementation of RCEP" -> implementation.
  size_t of = std::string::npos;
  for (const char* prep : {" of ", " for ", " in ", " on ", " from ", " between ", " with ", " among ", " at "})
    of = std::min(of, l.find(prep));
  std::string_view head = of == std::string::npos ? std::string_view(l) : std::string_view(l).substr(0, of);
  size_t sp = head.rfind(' ');
  size_t head_at = sp == std::string_view::npos ? 0 : sp + 1;
  head = head.substr(head_at);
  if (Has(WordClass::kNonAgent, head)) return true;
  // "This initiative will …", "These measures will …": a demonstrative with a
  // common noun names a thing; "this Special Area" (a proper name) may act.
  size_t first_sp = l.find(' ');
  std::string_view first = std::string_view(l).substr(0, first_sp);
  if ((first == "this" || first == "these" || first == "that" || first == "those" || first == "such") &&
      first_sp != std::string::npos && head_at < actor.size() &&
      std::islower(static_cast<unsigned char>(actor[head_at])))
    return true;
  return false;
}

// ------------------------------------------------------------ Chinese actors

// A Chinese subject without the time written after it: 美国商务部今年6月(宣布)
// is 美国商务部, 商务部11月20日 is 商务部. A subject that is only a time stays.
std::string_view WithoutTrailingTime(std::string_view subject) {
  static const RE2 kTrailingTime(
      "(.*?[^0-9０-９一二三四五六七八九十])(?:今年|去年|明年|本月|上月|日前|近日|近期|昨天|今天|昨日|今日|[0-9０-９]{4}年|"
      "[0-9０-９一二三四五六七八九十]{1,3}月(?:[0-9０-９一二三四五六七八九十]{1,3}[日号])?|[0-9０-９]{1,2}[日号])+");
  re2::StringPiece head;
  if (RE2::FullMatch(re2::StringPiece(subject.data(), subject.size()), kTrailingTime, &head))
    return std::string_view(head.data(), head.size());
  return subject;
}

Actor SentenceFinder::ZhPrefixActor(Span prefix) const {
  Actor a;
  Span p = StripFront(prefix, WordClass::kConnector);
  // Reported speech: 李强表示中方愿… -> speaker 李强, actor 中方.
  std::string_view v = text_.substr(p.start, p.size());
  size_t best_end = std::string::npos, best_start = 0;
  for (size_t from = 0; from < v.size();) {
    size_t at = lex_.FindWord(lang_, WordClass::kReporting, v.substr(from));
    if (at == std::string_view::npos) break;
    at += from;
    size_t len = lex_.PrefixLength(lang_, WordClass::kReporting, v.substr(at));
    if (at > 0) {
      best_start = at;
      best_end = at + len;
    }
    from = at + std::max<size_t>(len, 1);
    while (from < v.size() && !utf8::IsBoundary(v, from)) ++from;
  }
  if (best_end != std::string::npos) {
    a.speaker = std::string(WithoutTrailingTime(v.substr(0, best_start)));
    p = StripFront({p.start + best_end, p.end}, WordClass::kConnector);
  }
  p = StripBack(p, WordClass::kAdverb);
  p = Trim(text_, p);
  // 双方已就…方案基本达成共识: the subject ends before 已 (already) or 就 (on
  // the matter of) opens the adverbial.
  {
    const std::string_view words = text_.substr(p.start, p.size());
    for (std::string_view mark : {"已经", "已經", "已", "就"}) {
      const size_t at = words.find(mark);
      if (at != std::string_view::npos && at >= 6 && at + mark.size() < words.size()) {
        p.end = p.start + at;
        break;
      }
    }
  }
  // A headline sets its parts apart with a full-width space (臺日經貿會議在東京登場　雙方同意…):
  // the subject is after the last one.
  {
    const std::string_view words = text_.substr(p.start, p.size());
    const size_t gap = words.rfind("\u3000");
    if (gap != std::string_view::npos && gap + 3 < words.size()) p.start += gap + 3;
  }
  // Opening quotes belong to the quotation, not to the actor: 「香港應該…
  // A title in 《》 as the subject keeps its marks (《預算案》將於本月提交).
  const bool title_subject = EndsWith(text_.substr(p.start, p.size()), "》");
  while (p.size() > 0) {
    size_t q = p.start;
    char32_t c = utf8::Next(text_, &q);
    if (c != U'「' && c != U'『' && c != U'“' && c != U'"' && !(c == U'《' && !title_subject)) break;
    p.start = q;
  }
  // With no subject after the reporting verb, the speaker acts.
  auto speaker_acts = [&] {
    if (!a.speaker.empty() && best_end != std::string::npos) {
      a.start = Trim(text_, StripFront(prefix, WordClass::kConnector)).start;
      a.text = a.speaker;
    }
    return a;
  };
  if (p.size() == 0) return speaker_acts();  // 商务部表示将…
  if (p.size() > kMaxZhActorBytes) return a;
  if (FrontIs(p, WordClass::kAdverbialStart) && !FrontIs(p, WordClass::kActorHint)) return a;
  // A span of time is no subject: 日资企业表示(未来)一至两年将扩大….
  static const RE2 kTimeSpan(
      "[0-9〇零一二两兩三四五六七八九十百至到～~-]+(?:多|余|餘)?(?:年|个月|個月|周|週|天)(?:内|內|来|來|间|間)?");
  if (RE2::FullMatch(re2::StringPiece(text_.data() + p.start, p.size()), kTimeSpan)) return speaker_acts();
  a.start = p.start;
  a.text = std::string(WithoutTrailingTime(text_.substr(p.start, p.size())));
  return a;
}

// A chunk that opens with a subject: 双方围绕…, 中国贸促会表示.
Actor SentenceFinder::ZhSubjectChunk(const Chunk& c) const {
  Actor a;
  Span p = StripFront({c.start, c.end}, WordClass::kConnector);
  std::string_view v = text_.substr(p.start, p.size());
  for (const std::string& w : Words(WordClass::kReporting)) {
    if (w.size() < v.size() && EndsWith(v, w) && v.size() - w.size() <= 60) {
      a.start = p.start;
      a.text = std::string(WithoutTrailingTime(v.substr(0, v.size() - w.size())));
      a.speaker = a.text;
      return a;
    }
  }
  for (const std::string& w : Words(WordClass::kActorHint)) {
    if (StartsWith(v, w)) {
      a.start = p.start;
      a.text = w;
      return a;
    }
  }
  return a;
}

bool SentenceFinder::ZhNonAgent(std::string_view actor) const {
  // An adverb between the subject and 将 is not the subject's head
  // (产品数量整体上将超过90%).
  static constexpr std::string_view kAdverbs[] = {"整体上", "整體上", "总体上", "總體上", "预计", "預計", "也", "亦", "均", "都", "仍", "还", "還"};
  for (bool stripped = true; stripped && !actor.empty();) {
    stripped = false;
    for (std::string_view a : kAdverbs)
      if (actor.size() > a.size() && EndsWith(actor, a)) {
        actor.remove_suffix(a.size());
        stripped = true;
      }
  }
  if (actor.empty()) return false;
  for (const std::string& w : Words(WordClass::kNonAgent))
    if (EndsWith(actor, w)) return true;
  return false;
}

// ------------------------------------------------------------ headings

bool SentenceFinder::EnHeading(Span sent, std::vector<Open>* found) {
  // Quick reject: the heading word and its comma come within the first 12 bytes.
  size_t comma = text_.substr(sent.start, std::min<size_t>(sent.size(), 12)).find(',');
  if (comma == std::string_view::npos) return false;
  auto toks = Tokens(text_, sent.start, sent.end, 3);
  if (toks.size() < 3 || !Has(WordClass::kHeading, toks[0].lower)) return false;
  // "First, accelerate …": the heading word ends in a comma, the verb is bare.
  if (toks[0].end >= text_.size() || text_[toks[0].end] != ',') return false;
  const Tok& verb = toks[1];
  if (verb.cap || verb.digit) return false;
  if (Has(WordClass::kSubjectStart, verb.lower) || Has(WordClass::kAdverbialStart, verb.lower) ||
      Has(WordClass::kConnector, verb.lower) || Has(WordClass::kVerb, verb.lower) ||
      Has(WordClass::kParenthetical, verb.lower))
    return false;
  if (EndsWith(verb.lower, "ing") || EndsWith(verb.lower, "ed") || EndsWith(verb.lower, "ly")) return false;
  if (EndsWith(verb.lower, "s") && !EndsWith(verb.lower, "ss")) return false;
  // "First, green transformation.", "Second, digital and semiconductors.": a
  // topic named after the heading word, no verb and its object.
  auto rest = Tokens(text_, verb.start, sent.end, 4);
  if (rest.size() <= 2 || (rest.size() == 3 && (rest[1].lower == "and" || rest[1].lower == "&"))) return false;
  found->push_back(ImperativeOpen(Trim(text_, {verb.start, sent.end})));
  return true;
}

bool SentenceFinder::ZhHeading(Span sent, std::vector<Open>* found) {
  Span s = Trim(text_, sent);
  std::string_view v = text_.substr(s.start, s.size());
  // A plan's numbered task, "（一）扩大对日货物贸易规模", is a task it sets;
  // so is each bare verb phrase of the item it opens (Run saw the number).
  if (state_->in_task_item && FrontIs(s, WordClass::kImperative)) {
    found->push_back(ImperativeOpen(s));
    return true;
  }
  // A grant in a set of measures: "对首次获得…资格的企业，给予一次性奖励5万元".
  static const RE2 kGrant("^(?:对|對)[^。；]{2,120}?[，,](?:按[^，,。；]{1,40})?(?:给予|給予|予以)");
  if (state_->in_task_item && state_->issuer_measures && RE2::PartialMatch(v, kGrant)) {
    found->push_back(ImperativeOpen(s));
    return true;
  }
  for (const std::string& h : Words(WordClass::kHeading)) {
    if (!StartsWith(v, h)) continue;
    Span rest = Trim(text_, {s.start + h.size(), s.end});
    if (!FrontIs(rest, WordClass::kImperative)) return false;
    found->push_back(ImperativeOpen(rest));
    return true;
  }
  return false;
}

Open SentenceFinder::ImperativeOpen(Span s) const {
  Open o;
  o.span = s;
  // A heading or a task in the imperative ("First, accelerate …", "一是加强…",
  // "（一）扩大…") urges, whoever is to carry it out; in a set of measures
  // its issuer adopts, the issuer pledges it (the actor of an earlier
  // sentence, a department told to do its part, is not the one pledging).
  o.strength = state_->issuer_measures ? CommitmentStrength::kPledge : CommitmentStrength::kExhortation;
  if (!state_->issuer_measures) o.actor = state_->last_actor;
  o.action = Bounded(text_.substr(s.start, s.size()), kMaxActionBytes);
  return o;
}

// ------------------------------------------------------------ English and Chinese

void SentenceFinder::RunEnZh(Span sent, std::vector<CommitmentCue>& cues, std::vector<Open>* found) {
  const bool en = lang_ == CueLang::kEn;
  std::vector<Chunk> chunks = Chunks(text_, sent, lang_);
  if (chunks.empty()) return;
  if (en) JoinEnNameLists(&chunks);
  std::vector<Open> opens;
  std::vector<bool> dead(chunks.size(), false);  // chunks whose verb phrase is a forecast
  for (const CommitmentCue& cue : cues) {
    int k = ChunkOf(chunks, cue.start);
    if (dead[k]) continue;
    const Chunk& ch = chunks[k];
    Span prefix{ch.start, cue.start};
    std::string_view cue_text = text_.substr(cue.start, cue.end - cue.start);
    std::string cue_lower = en ? Lower(cue_text) : std::string();
    const bool raising = en && (StartsWith(cue_lower, "it is ") || cue_lower == "hopefully");
    Actor actor = raising ? Actor() : en ? EnPrefixActor(prefix) : ZhPrefixActor(prefix);
    if (en && !raising) actor = EnDeterminerActor(actor, ch, cue, cue_lower);
    const bool own_actor = actor.start != std::string::npos;
    const bool bare_prefix = Trim(text_, StripFront(prefix, WordClass::kConnector)).size() == 0;
    const bool modal_pledge = cue.kind == CueKind::kModal && cue.strength == CommitmentStrength::kPledge;
    // A reported "would" (the lexicon finds it only after "and") commits only
    // as the second verb of a commitment already open in this clause or the
    // one before ("was ready to co-finance … and would provide …").
    if (en && cue_lower == "would" &&
        (opens.empty() || !(k == opens.back().last_chunk || (k == opens.back().last_chunk + 1 && bare_prefix))))
      continue;
    // "called on the Vice-Minister" is a visit; only "call on X to do Y"
    // urges anyone.
    if (en && StartsWith(cue_lower, "call") && (EndsWith(cue_lower, " on") || EndsWith(cue_lower, " upon")) &&
        !CallOnUrges(text_, cue.end))
      continue;
    // A cue of another strength joined by "and" is a commitment of its own,
    // by the same actor (facts.md: two strengths, two commitments):
    // - a noun phrase: "the commitment of the three nations to expedite … and
    //   the goal of establishing …". Not after a modal: in "will promote trade
    //   and the aim of …" the noun phrase is what is promoted;
    // - a verb phrase of the same clause: "will review the programme … and
    //   hope to extend it", "was ready to co-finance … and would provide".
    //   Not a word that may be a plural noun after another plural: "support
    //   efforts and plans to" ("at an early date and hopes to" is a verb).
    const bool coordinated_noun = IsNounCue(cue_lower) && !opens.empty() && !opens.back().modal;
    const bool coordinated_verb =
        !IsNounCue(cue_lower) && !opens.empty() && k == opens.back().last_chunk && !opens.back().governs_next &&
        !(NounLikeCue(cue_lower) && PluralBeforeAnd(text_.substr(prefix.start, prefix.size())));
    if (en && !opens.empty() && cue.strength != opens.back().strength && (coordinated_noun || coordinated_verb) &&
        EndsWithAnd(text_.substr(prefix.start, prefix.size()))) {
      Open o;
      o.strength = cue.strength;
      o.first_chunk = o.last_chunk = k;
      o.actor = opens.back().actor;
      o.span = {cue.start, cue.end};
      const size_t action_from = ActionStart(text_, cue.end, en);
      o.action = Bounded(text_.substr(action_from, ch.end > action_from ? ch.end - action_from : 0), kMaxActionBytes);
      opens.push_back(std::move(o));
      continue;
    }
    if (!opens.empty()) {
      Open& cur = opens.back();
      bool absorb = k == cur.last_chunk || cur.governs_next || (cue.kind == CueKind::kPurpose && !own_actor) ||
                    (cur.agreement_head && k == cur.last_chunk + 1);
      // "China and Japan, as key neighbours, will …": asides do not end the
      // clause. But "agreed to …, as provided for in the Agreement, and
      // instructed officials to …" joins a verb of another strength: its own.
      const bool other_verb = cue.strength != cur.strength && EndsWithAnd(text_.substr(prefix.start, prefix.size()));
      if (!absorb && !own_actor && bare_prefix && en && !other_verb) {
        int b = k - 1;
        while (b > cur.last_chunk) {
          auto toks = Tokens(text_, chunks[b].start, chunks[b].end);
          if (toks.empty() || !Has(WordClass::kParenthetical, toks[0].lower)) break;
          --b;
        }
        if (b == cur.last_chunk && b < k - 1) absorb = true;
      }
      // A cue of the same strength continues the clause, unless an English
      // clause of its own stands before it: "…, and temporary energy
      // subsidies should be phased out" has a subject, if no actor.
      if (!absorb && !own_actor && cue.strength == cur.strength && (!en || bare_prefix)) absorb = true;
      if (absorb) {
        cur.last_chunk = std::max(cur.last_chunk, k);
        cur.governs_next = false;
        cur.agreement_head = false;
        // A later cue of the same clause keeps the first cue's strength
        // (English and Chinese put the main verb first: 希望…将 is a hope).
        if (cur.forecast_prone && !modal_pledge) cur.forecast_prone = false;
        continue;
      }
    }
    // A future modal whose subject is not a noun phrase we can read (a
    // gerund, a relative "which") is a forecast about something, not a pledge;
    // a purpose participle inside a noun phrase (measures intended to attract)
    // describes a thing.
    if ((modal_pledge || cue.kind == CueKind::kPurpose) && !own_actor && !bare_prefix) {
      dead[k] = true;
      continue;
    }
    Open o;
    o.strength = cue.strength;
    o.first_chunk = k;
    o.last_chunk = k;
    o.forecast_prone = cue.kind == CueKind::kModal && cue.strength == CommitmentStrength::kPledge;
    o.modal = cue.kind == CueKind::kModal;
    size_t start;
    if (raising) {
      start = cue.start;
      Actor after = EnActorAfter(cue.end, ch.end > cue.end ? sent.end : sent.end);
      o.actor = after.text;
    } else if (own_actor) {
      start = actor.start;
      o.actor = actor.text;
    } else {
      // No subject in the clause: look back over earlier chunks of the
      // sentence not taken by a commitment (双方围绕…交换意见，达成共识).
      // A coordinated verb phrase (", and will co-host …") belongs to the
      // subject of the commitment before it: no look-back then.
      int floor = opens.empty() ? 0 : bare_prefix ? k : opens.back().last_chunk + 1;
      Actor back;
      int back_chunk = -1;
      for (int b = k - 1; b >= floor && b >= k - kMaxLookBackChunks; --b) {
        back = en ? EnSubjectChunk(chunks[b]) : ZhSubjectChunk(chunks[b]);
        if (back.start != std::string::npos) {
          back_chunk = b;
          break;
        }
      }
      if (back_chunk >= 0) {
        start = back.start;
        o.actor = back.text;
        o.first_chunk = back_chunk;
      } else {
        Span s = StripFront(Trim(text_, prefix.size() ? Span{ch.start, cue.end} : Span{cue.start, cue.end}),
                            WordClass::kConnector);
        start = en ? s.start : cue.start;
        if (!en) {
          // Keep a subject-less prefix that is not a connector: 并计划 -> 计划.
          Span pre = StripFront(prefix, WordClass::kConnector);
          if (pre.size() > 0 && !FrontIs(pre, WordClass::kAdverbialStart)) start = pre.start;
        }
        o.actor = !opens.empty() ? opens.back().actor : !actor.speaker.empty() ? actor.speaker : state_->last_actor;
        if (o.forecast_prone && opens.empty() && en) o.actor.clear();
        // "…, and foreign manufacturers must …": the subject of the modal's
        // own clause is who is urged, not the last commitment's actor.
        if (en && !opens.empty() && !bare_prefix && cue.kind == CueKind::kModal) {
          const Span subject = Trim(text_, StripFront(prefix, WordClass::kConnector));
          o.actor = subject.size() <= kMaxSubjectBytes ? std::string(text_.substr(subject.start, subject.size())) : "";
        }
      }
    }
    // 我建議…, 政府會…: a cue that opens with the speaker or the government
    // holds its own subject.
    if (!en) {
      const std::string_view cue_text = text_.substr(cue.start, cue.end - cue.start);
      static constexpr std::string_view kSelf[] = {"本人", "我們", "我们", "我", "特區政府", "特区政府", "政府", "當局", "当局"};
      for (std::string_view self : kSelf)
        if (StartsWith(cue_text, self)) {
          if (own_actor) {
            o.actor += std::string(self);  // 香港 + 特區政府會…
          } else {
            o.actor = std::string(self);
            start = cue.start;
            o.first_chunk = k;
          }
          break;
        }
    }
    if (en && !raising && !own_actor) {
      auto toks = Tokens(text_, prefix.start, prefix.end);
      if (toks.size() == 1 && Has(WordClass::kDemonstrative, toks[0].lower)) {
        dead[k] = true;
        continue;
      }
    }
    if (en && !raising && Has(WordClass::kDemonstrative, Lower(o.actor))) {
      dead[k] = true;
      continue;
    }
    if (o.forecast_prone) {
      bool nonagent = en ? EnNonAgent(o.actor) : ZhNonAgent(o.actor);
      if (nonagent || o.actor.empty()) {
        dead[k] = true;
        continue;
      }
    }
    // "双方商定，两国将…": an agreement verb that ends its clause takes the
    // next clause as what was agreed, so the 将 there opens no second pledge.
    const bool agreement_head = !en && cue.strength == CommitmentStrength::kAgreement &&
                                Trim(text_, {cue.end, ch.end}).size() == 0;
    o.governs_next = raising;
    o.agreement_head = agreement_head;
    o.span = {start, cue.end};
    const size_t action_from = ActionStart(text_, cue.end, en);
    o.action = Bounded(text_.substr(action_from, ch.end > action_from ? ch.end - action_from : 0), kMaxActionBytes);
    if (en && (ItForecast(o.actor, cue_lower, o.action) || (modal_pledge && HappensTo(o.action)))) {
      dead[k] = true;
      continue;
    }
    if (!en && ZhShareOfThose(text_.substr(cue.end, ch.end > cue.end ? ch.end - cue.end : 0))) {
      dead[k] = true;
      continue;
    }
    // "Ren Hongbin reiterated China's commitment to …": one party restating
    // its commitment pledges; "they reiterated their commitment to …" stays
    // an agreement, which takes two parties.
    if (en && o.strength == CommitmentStrength::kAgreement &&
        (StartsWith(cue_lower, "reiterat") || StartsWith(cue_lower, "reaffirm")) &&
        OwnCommitmentFollows(text_, cue.end, std::min(text_.size(), cue.end + 80)) &&
        !o.actor.empty() && !EnSeveralParties(o.actor))
      o.strength = CommitmentStrength::kPledge;
    // "Leaders reaffirmed their determination to …": several parties
    // restating a shared resolve agree, as "they reaffirmed their commitment"
    // does; one party's determination stays its pledge.
    if (en && o.strength == CommitmentStrength::kPledge && StartsWith(cue_lower, "reaffirmed") &&
        cue_lower.find("determination") != std::string::npos && EnSeveralParties(o.actor))
      o.strength = CommitmentStrength::kAgreement;
    // "37.0% of respondents said they would expand": a survey's answer is a
    // plan, as "indicated they would" is, not a pledge of the speaker.
    if (en && o.strength == CommitmentStrength::kPledge && cue.kind == CueKind::kVerb &&
        (StartsWith(cue_lower, "said") || StartsWith(cue_lower, "stated") || StartsWith(cue_lower, "announced")) &&
        SurveyShare(o.actor))
      o.strength = CommitmentStrength::kIntent;
    // 约76%的受访企业表示将…: the same in Chinese.
    if (!en && o.strength == CommitmentStrength::kPledge && SurveyShare(o.actor))
      o.strength = CommitmentStrength::kIntent;
    // "The leaders welcomed Japan's decision to raise …" (the lexicon's
    // welcome-a-decision row): the decision is its owner's pledge, quoted
    // from the owner.
    if (en && o.strength == CommitmentStrength::kPledge && StartsWith(cue_lower, "welcom")) {
      if (const Span owner = WelcomedOwner(text_, cue.start, cue.end); owner.size() > 0) {
        o.actor = std::string(text_.substr(owner.start, owner.size()));
        o.span.start = owner.start;
      }
    }
    // "said Beijing would need to step up support": what a party needs to do
    // is urged on it, not pledged.
    if (en && o.strength == CommitmentStrength::kPledge &&
        (EndsWith(cue_lower, "would") || EndsWith(cue_lower, "will")) && NeedFollows(text_, cue.end))
      o.strength = CommitmentStrength::kExhortation;
    opens.push_back(std::move(o));
  }
  // Each commitment runs to the chunk before the next one, over chunks with
  // no cue, unless such a chunk opens with its own subject.
  for (size_t i = 0; i < opens.size(); ++i) {
    Open& o = opens[i];
    int limit = i + 1 < opens.size() ? opens[i + 1].first_chunk : static_cast<int>(chunks.size());
    int last = o.last_chunk;
    for (int k = o.last_chunk + 1; k < limit; ++k) {
      bool new_subject;
      if (en) {
        Actor s = EnSubjectChunk(chunks[k]);
        new_subject = (s.start != std::string::npos && s.text.size() + 1 < chunks[k].end - s.start) ||
                      EnAttribution(chunks[k]);
      } else {
        Span c = StripFront({chunks[k].start, chunks[k].end}, WordClass::kConnector);
        new_subject = FrontIs(c, WordClass::kActorHint) || FrontIs(c, WordClass::kSubjectStart);
      }
      if (new_subject) break;
      last = k;
    }
    size_t end = chunks[last].end;
    if (i + 1 < opens.size() && opens[i + 1].span.start < end) {
      end = en ? DropTrailingAnd(text_, opens[i + 1].span.start) : opens[i + 1].span.start;
      // The action was read to the end of the cue's chunk: it stops here too.
      const size_t from = ActionStart(text_, o.span.end, en);
      if (end < from + o.action.size()) o.action = Bounded(text_.substr(from, end > from ? end - from : 0), kMaxActionBytes);
    }
    o.span = Trim(text_, {o.span.start, std::max(end, o.span.end)});
    if (!o.actor.empty()) state_->last_actor = o.actor;
    found->push_back(std::move(o));
  }
}

// ------------------------------------------------------------ Japanese

void SentenceFinder::RunJa(Span sent, std::vector<CommitmentCue>& cues, std::vector<Open>* found) {
  // A subject: a noun phrase (kanji, katakana, Latin, digits, brackets, joined
  // by と/及び/の) right before は or が.
  // Pronouns written with kana (私たち, われわれ) are the one kana subject.
  // A count of countries (三か国, 3カ国) is one noun despite its kana, and so
  // is a short quoted name (「新しい資本主義」, 以下「当社」).
#define JA_COUNTRIES "[一二三四五六七八九十0-9０-９]+[かカヶケ]国"
#define JA_NOUN "(?:[\\p{Han}\\p{Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９（）()「」]|「[^「」。、，]{1,30}」)+"
  static const RE2 kSubject(
      "((?:(?:" JA_COUNTRIES "|" JA_NOUN ")(?:と|及び|および|の))*"
      "(?:" JA_COUNTRIES "|" JA_NOUN "|私たち|わたしたち|われわれ|私ども|わたくしども))(?:としては|は|が)");
#undef JA_NOUN
  // A subject is marked by は or が, or by としては ("as X", 政府としては).
  // With no such subject, one marked by も or としても: 経団連も、…予定です
  // ("Keidanren, too, plans …"), 日本としても. Not a time word: 今後も、… is
  // "from now on, too".
  static const RE2 kAlsoSubject(
      "(?:^|[、，。\\s])((?:" JA_COUNTRIES "|[\\p{Han}\\p{Katakana}ー・A-Za-zＡ-Ｚａ-ｚ0-9０-９]+))(?:として)?も");
#undef JA_COUNTRIES
  static constexpr std::string_view kTimeWords[] = {"今後", "今回", "今年", "本年", "来年", "昨年", "今", "現在",
                                                    "将来", "引き続き", "従来", "本日", "今日", "毎年", "同様"};
  static const RE2 kTail("^(?:を表明した|を表明し|を示した|であった|であります|である|です|だ|ている|た|る)");
  std::vector<Chunk> chunks = Chunks(text_, sent, lang_);
  if (chunks.empty()) return;
  struct Unit {
    size_t start, end;  // unit text; end = last cue end + tail
    CommitmentCue cue;  // the last cue: Japanese puts the main predicate last
    Actor actor;
  };
  std::vector<Unit> units;
  size_t unit_start = sent.start;
  for (size_t i = 0; i < cues.size(); ++i) {
    const CommitmentCue& cue = cues[i];
    int k = ChunkOf(chunks, cue.start);
    // Cues in one chunk belong to one unit; the unit ends with the chunk's last cue.
    if (i + 1 < cues.size() && ChunkOf(chunks, cues[i + 1].start) == k) continue;
    Unit u;
    u.start = unit_start;
    u.cue = cue;
    re2::StringPiece rest(text_.data() + cue.end, sent.end - cue.end);
    re2::StringPiece tail;
    u.end = cue.end;
    if (RE2::PartialMatch(rest, kTail)) {
      re2::StringPiece m;
      if (kTail.Match(rest, 0, rest.size(), RE2::ANCHOR_START, &m, 1)) u.end = cue.end + m.size();
    }
    // Subjects before the cue in the unit: exhortations bind the nearest one
    // (中国側が…確保する必要がある); other cues the first topic (王部長は、…期待する).
    // Verbs of urging (歓迎, 促す, 要請: the `urging` words) are said by the
    // topic; a nearer subject is inside what is welcomed or urged
    // (ベトナム側は、日本企業が…投資することを歓迎する).
    Span front = StripFront({u.start, cue.start}, WordClass::kConnector);
    re2::StringPiece input(text_.data(), front.end);
    size_t pos = front.start;
    re2::StringPiece m[2];
    std::vector<Actor> subjects;
    while (pos < front.end && kSubject.Match(input, pos, front.end, RE2::UNANCHORED, m, 2)) {
      Actor a;
      a.start = m[1].data() - text_.data();
      a.text = std::string(m[1].data(), m[1].size());
      size_t mend = (m[0].data() - text_.data()) + m[0].size();
      a.marker_end = mend;
      // 〜では, 〜には, 〜とは: a particle before は is not a subject.
      // Opening quotes belong to the quotation: 「サプライチェーンの強靭化は…
      while (StartsWith(a.text, "「") || StartsWith(a.text, "『")) {
        a.text.erase(0, 3);
        a.start += 3;
      }
      // 大洋ファインテック株式会社（以下「当社」）は: the clause starts at the
      // name; the short name defined in brackets is not part of the actor.
      for (std::string_view open : {"（以下", "(以下"}) {
        const size_t cut = a.text.find(open);
        if (cut != std::string::npos && cut > 0) a.text.erase(cut);
      }
      // 2026年度は、…: a time as the topic is no actor.
      static const RE2 kTimeTopic("^(?:令和|平成)?[0-9０-９元一二三四五六七八九十]+(?:年度|年|月|日|期|週)(?:中|末|内)?$");
      const bool time_topic = RE2::FullMatch(a.text, kTimeTopic);
      // 動画を再生する際は、申請する場合は: a condition as the topic is no actor.
      static const RE2 kConditionTopic("(?:際|場合|とき|時|ため|上で|うえで)$");
      const bool condition_topic = RE2::PartialMatch(a.text, kConditionTopic);
      if (!a.text.empty() && !EndsWith(a.text, "と") && !EndsWith(a.text, "の") && !time_topic && !condition_topic)
        subjects.push_back(a);
      pos = mend > pos ? mend : pos + 1;
      if (subjects.size() > 16) break;
    }
    if (subjects.empty()) {
      re2::StringPiece also[2];
      const re2::StringPiece front_text(text_.data() + front.start, front.size());  // ^ is its start
      if (kAlsoSubject.Match(front_text, 0, front_text.size(), RE2::UNANCHORED, also, 2) &&
          std::find(std::begin(kTimeWords), std::end(kTimeWords), std::string_view(also[1].data(), also[1].size())) ==
              std::end(kTimeWords)) {
        Actor a;
        a.start = also[1].data() - text_.data();
        a.text = std::string(also[1].data(), also[1].size());
        a.marker_end = (also[0].data() - text_.data()) + also[0].size();
        subjects.push_back(a);
      }
    }
    if (!subjects.empty()) {
      const bool urging = lex_.FindWord(lang_, WordClass::kUrging, text_.substr(cue.start, cue.end - cue.start)) !=
                          std::string_view::npos;
      u.actor = cue.strength == CommitmentStrength::kExhortation && !urging ? subjects.back() : subjects.front();
    }
    else
      u.start = front.start;
    units.push_back(u);
    unit_start = chunks[k].end;
    // Skip the separator after the chunk.
    while (unit_start < sent.end) {
      size_t p = unit_start;
      char32_t c = utf8::Next(text_, &p);
      if (!IsLeadingJunk(c)) break;
      unit_start = p;
    }
  }
  std::vector<Open> opens;
  // A unit continues the commitment before it only when that one states a
  // purpose (…の拡大を目指し、…実施する方針である; the main predicate gives
  // the strength: …信州を目指し、…基金を創設いたします is a pledge) or, of
  // the same strength, it points back to it (…目標を掲げ、その実現を目指します). Two acts
  // side by side are two commitments of one actor: …支持を再確認し、…連携する
  // ことで一致した; …歓迎するとともに、…奨励した.
  // 目指し right before its comma: 目指しており (is aiming) is a clause of its own.
  auto states_purpose = [&](const Unit& unit) {
    const std::string_view cue = text_.substr(unit.cue.start, unit.cue.end - unit.cue.start);
    const std::string_view after = text_.substr(unit.cue.end, 3);
    return (EndsWith(cue, "目指し") || EndsWith(cue, "めざし")) && (after == "、" || after == "，");
  };
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    bool own_actor = u.actor.start != std::string::npos;
    // A unit that opens by pointing back (その実現を目指し, これを推進する) is the
    // same act carried on.
    const std::string_view opening = text_.substr(u.start, std::min<size_t>(6, u.end - u.start));
    const bool points_back = opening == "その" || opening == "これ";
    const bool after_purpose = i > 0 && states_purpose(units[i - 1]);
    if (!opens.empty() && !own_actor && i > 0 &&
        (after_purpose || (points_back && opens.back().strength == u.cue.strength))) {
      opens.back().span.end = u.end;
      opens.back().strength = u.cue.strength;
      continue;
    }
    Open o;
    o.strength = u.cue.strength;
    size_t start = own_actor ? u.actor.start : u.start;
    // 「東南アジアの売上高を…したい」と語った: the quotation mark opens the
    // speech, not the commitment.
    while (!own_actor && (StartsWith(text_.substr(start), "「") || StartsWith(text_.substr(start), "『")) &&
           start + 3 < u.end)
      start += 3;
    o.actor = own_actor ? u.actor.text : !opens.empty() ? opens.back().actor : state_->last_actor;
    // A thing as the topic of a plain verb makes it a forecast (価格は上昇する),
    // but not before a humble volitional ending, which only the speaker can
    // say of their own act: ガソリン価格は…に抑えてまいります.
    const std::string_view cue_text = text_.substr(u.cue.start, u.cue.end - u.cue.start);
    const bool humble = EndsWith(cue_text, "まいります") || EndsWith(cue_text, "いたします");
    if (u.cue.kind == CueKind::kPlain && !humble) {
      for (const std::string& w : Words(WordClass::kNonAgent))
        if (EndsWith(o.actor, w)) o.strength = CommitmentStrength::kNone;
      if (o.strength == CommitmentStrength::kNone) continue;
    }
    o.span = {start, u.end};
    // Action: after the topic, up to the cue, without the nominaliser.
    size_t act_from = own_actor ? u.actor.marker_end : start;
    Span act = Trim(text_, {std::min(act_from, u.cue.start), u.cue.start});
    std::string_view av = text_.substr(act.start, act.size());
    for (std::string_view suffix : {"ことで", "ことを", "こと", "を", "で", "の", "に"}) {
      if (EndsWith(av, suffix) && av.size() > suffix.size()) {
        av.remove_suffix(suffix.size());
        break;
      }
    }
    o.action = Bounded(av, kMaxActionBytes);
    opens.push_back(std::move(o));
  }
  for (Open& o : opens) {
    o.span = Trim(text_, o.span);
    if (o.span.size() == 0) continue;
    if (!o.actor.empty()) state_->last_actor = o.actor;
    found->push_back(std::move(o));
  }
}

// "Encouraging Two-Way Investment Between Chinese and Japanese Enterprises":
// a heading names a topic; it commits no one.
bool SentenceFinder::TitleCase(Span sent) const {
  auto toks = Tokens(text_, sent.start, sent.end, 40);
  int words = 0, caps = 0;
  for (const Tok& t : toks) {
    if (t.lower.size() <= 3 || t.digit) continue;
    ++words;
    caps += t.cap;
  }
  // `sent` is trimmed: a final stop, if any, sits right after it.
  size_t last = sent.end;
  bool final_stop = last < text_.size() && (text_[last] == '.' || text_[last] == '!' || text_[last] == '?');
  return words >= 3 && caps * 10 >= words * 7 && !final_stop;
}

bool SentenceFinder::WhHeading(Span sent) const {
  auto toks = Tokens(text_, sent.start, sent.end, 1);
  if (toks.empty() || (toks[0].lower != "what" && toks[0].lower != "how" && toks[0].lower != "which")) return false;
  size_t last = sent.end;
  return !(last < text_.size() && (text_[last] == '.' || text_[last] == '!' || text_[last] == ':'));
}

bool SentenceFinder::TableLine(Span sent) const {
  const std::string_view v = text_.substr(sent.start, sent.size());
  // A table's caption: 表2 拟偿还到期债务明细, 图1.
  static const RE2 kCaption("^(?:表|图|圖|附表)\\s?[0-9０-９一二三四五六七八九十]+(?:[ .．\\x{3000}]|$)");
  if (RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), kCaption)) return true;
  // A header or row of cells set apart by spaces, with no clause punctuation
  // (起息日 到期日 发行规模（亿元） 拟使用募集资金（亿元）).
  if (std::count(v.begin(), v.end(), ' ') < 2) return false;
  for (std::string_view mark : {"，", "。", "；", "：", ",", ";", ":"})
    if (v.find(mark) != std::string_view::npos) return false;
  return true;
}

bool SentenceFinder::NounCue(const CommitmentCue& c, Span sent) const {
  const std::string_view word = text_.substr(c.start, c.end - c.start);
  if (word != "承诺" && word != "承諾" && word != "计划" && word != "計劃" && word != "保证" && word != "保證") return false;
  if (c.end >= sent.end) return true;
  for (std::string_view next : {"及", "且", "的", "、", "。", "）", "」"})
    if (text_.compare(c.end, next.size(), next) == 0) return true;
  return false;
}

void SentenceFinder::Run(Span sent, std::vector<CommitmentMention>* out) {
  sent = Trim(text_, sent);
  if (sent.size() == 0) return;
  if (lang_ == CueLang::kZh && TableLine(sent)) return;
  // A list number or bullet before the sentence ("2　冒頭、", "(3) ", "• ",
  // interview 答　) is not part of any clause.
  static const RE2 kListNumber(
      "^(?:[•‣▪■●◆◇□・][ \\x{3000}]*|[-*] +|[0-9０-９]{1,3}[.．]?[ \\x{3000}\\x{2002}]+|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)][ \\x{3000}]*|[一二三四五六七八九十]{1,3}、|[問答][ \\x{3000}]+)");
  {
    re2::StringPiece m;
    re2::StringPiece in(text_.data() + sent.start, sent.size());
    if (kListNumber.Match(in, 0, in.size(), RE2::ANCHOR_START, &m, 1)) {
      sent.start += m.size();
      // "（一）", "（1）": a Chinese plan or guide numbers its tasks in brackets.
      static const RE2 kTaskNumber("^[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]");
      static const RE2 kSectionNumber("^[一二三四五六七八九十]{1,3}、");
      if (lang_ == CueLang::kZh && (RE2::PartialMatch(m, kTaskNumber) ||
                                    (state_->issuer_measures && RE2::PartialMatch(m, kSectionNumber))))
        state_->in_task_item = true;
    }
  }
  // A news dateline ("TOKYO, Nov 19 (Reuters) - ", "Shanghai, March 3, 2024 — ")
  // is no part of the first clause: its words would be taken for the actor.
  // A place alone before a dash is not enough ("Japan — China trade …").
  static const RE2 kEnDateline(
      "^[A-Z][A-Za-z.'’ ]{1,30}?(?:, (?:[A-Z][a-z]{2,8}\\.? [0-9]{1,2}(?:, [0-9]{4})?|[0-9]{1,2} [A-Z][a-z]{2,8}(?: [0-9]{4})?)"
      "(?: \\([^()]{2,40}\\))?| \\([^()]{2,40}\\)) *(?:--?|—|–) +");
  if (lang_ == CueLang::kEn) {
    re2::StringPiece m;
    re2::StringPiece in(text_.data() + sent.start, sent.size());
    if (kEnDateline.Match(in, 0, in.size(), RE2::ANCHOR_START, &m, 1)) sent.start += m.size();
  }
  std::vector<CommitmentCue> raw, cues;
  lex_.FindCues(lang_, text_.substr(sent.start, sent.size()), &raw);
  size_t conditional_from = raw.empty() ? std::string::npos : ConditionalFrom(sent);
  // "Should talks fail, …": a sentence-initial "should" makes the whole
  // sentence a hypothetical.
  if (lang_ == CueLang::kEn && !raw.empty() && raw[0].start == 0 && raw[0].kind == CueKind::kModal &&
      raw[0].strength == CommitmentStrength::kExhortation)
    conditional_from = sent.start;
  // "…, growth could be lower should downside risks materialise": "should"
  // before its subject is an inverted "if" in mid-sentence too.
  if (lang_ == CueLang::kEn)
    for (const CommitmentCue& c : raw)
      if (InvertedShould(sent.start + c.start, sent.start + c.end, sent.end))
        conditional_from = std::min(conditional_from, sent.start + c.start);
  const std::vector<Chunk> chunks = raw.empty() ? std::vector<Chunk>() : Chunks(text_, sent, lang_);
  for (CommitmentCue c : raw) {
    c.start += sent.start;
    c.end += sent.start;
    if (c.kind == CueKind::kPlain) {
      // The match runs on to と述べた / との発言: the verb ends before と.
      std::string_view m = text_.substr(c.start, c.end - c.start);
      size_t to = m.find("と");
      if (to != std::string_view::npos && to > 0) c.end = c.start + to;
    }
    // "… and would provide": the cue is "would"; "and" joins it to the verb before.
    if (lang_ == CueLang::kEn && c.end - c.start > 4 && Lower(text_.substr(c.start, 4)) == "and ") c.start += 4;
    if (c.start >= conditional_from || Negated(c, sent, chunks)) continue;
    if (lang_ == CueLang::kZh && (YingInsideName(c) || DisposalJiang(c) || NounCue(c, sent))) continue;
    // 要…，确保…: "ensure" after another cue is the goal of that one, not a
    // pledge of its own.
    if (lang_ == CueLang::kZh && !cues.empty()) {
      const std::string_view word = text_.substr(c.start, c.end - c.start);
      if (word == "确保" || word == "確保") continue;
    }
    // 预计…将实现盈利: a forecast marker earlier in the clause; the next
    // clause (，约三成企业表示计划…) is not in its scope.
    if (!chunks.empty()) {
      const int k = ChunkOf(chunks, c.start);
      const Chunk& ch = chunks[k];
      if (c.start > ch.start &&
          lex_.FindWord(lang_, WordClass::kForecast, text_.substr(ch.start, c.start - ch.start)) != std::string_view::npos)
        continue;
      // 市场人士预计，…的政策动向，将主导日圆走势: a forecast verb that ends an
      // earlier clause of the sentence takes the clauses after it as its object.
      if (lang_ == CueLang::kZh && ForecastEndsEarlierChunk(chunks, k)) continue;
    }
    cues.push_back(c);
  }
  // Questions ask; they commit no one ("What must be done?", 期待することは。).
  if (sent.end < text_.size()) {
    size_t p = sent.end;
    char32_t c = utf8::Next(text_, &p);
    if (c == '?' || c == U'？') return;
  }
  if (lang_ == CueLang::kJa) {
    std::string_view v = text_.substr(sent.start, sent.size());
    // An interviewer's line (――まず業績から聞かせてください) asks; it commits no one.
    if (StartsWith(v, "――") || StartsWith(v, "──")) return;
    // A reporter's statement before the question ("問：政府は…方針だ。期待
    // することは。") reports others' plans; the question itself commits no one.
    // "…すべきではないか" (should it not …?) asks only in form: it urges.
    const bool urged = EndsWith(v, "べきではないか") || EndsWith(v, "べきではありませんか") || EndsWith(v, "べきでないか");
    if ((EndsWith(v, "か") && !urged) || EndsWith(v, "ことは") || EndsWith(v, "は")) return;
    // A written question (質問主意書) asks the government to state
    // something: 輸出額を明らかにされたい, 見解を示されたい. What it asks
    // commits no one; a premise before it, closed by が、, still may
    // (政府は…目標を掲げているが、…どのように取り組むのか、示されたい).
    for (std::string_view ask : {"示されたい", "明らかにされたい", "答弁されたい", "説明されたい", "回答されたい"}) {
      if (!EndsWith(v, ask)) continue;
      const size_t premise = v.rfind("が、");
      const size_t asked_from = sent.start + (premise == std::string_view::npos ? 0 : premise);
      std::erase_if(cues, [&](const CommitmentCue& c) { return c.start >= asked_from; });
      if (cues.empty()) return;
      break;
    }
  }
  if (lang_ == CueLang::kEn && !cues.empty() && TitleCase(sent)) return;
  // "What Japan has committed to", "How we will support exporters": a
  // heading (no final stop) that opens with a wh-word names what follows.
  if (lang_ == CueLang::kEn && !cues.empty() && WhHeading(sent)) return;
  std::vector<Open> found;
  if (cues.empty()) {
    if (lang_ == CueLang::kEn) EnHeading(sent, &found);
    else if (lang_ == CueLang::kZh) ZhHeading(sent, &found);
  } else if (lang_ == CueLang::kJa) {
    RunJa(sent, cues, &found);
  } else {
    RunEnZh(sent, cues, &found);
  }
  for (Open& o : found) {
    if (o.span.size() == 0) continue;
    CommitmentMention m;
    m.span = o.span;
    m.actor = std::move(o.actor);
    m.strength = o.strength;
    m.action = std::move(o.action);
    while (!m.action.empty() && IsAsciiSpace(m.action.back())) m.action.pop_back();
    const size_t lead = m.action.find_first_not_of(" \t\n");
    m.action.erase(0, lead == std::string::npos ? m.action.size() : lead);
    out->push_back(std::move(m));
  }
}

}  // namespace

std::vector<Span> CommitmentSentences(std::string_view text) {
  std::vector<Span> sents;
  size_t start = 0, p = 0, last_clause = std::string::npos;
  auto emit = [&](size_t end) {
    if (end > start) sents.push_back({start, end});
    start = end;
    last_clause = std::string::npos;
  };
  while (p < text.size()) {
    static const ByteSet kStops("\n.!?,;");
    if (SkipPlain(text, &p, kStops)) {
      if (p - start > kMaxSentenceBytes) emit(last_clause != std::string::npos && last_clause > start ? last_clause : p);
      continue;
    }
    size_t at = p;
    char32_t c = utf8::Next(text, &p);
    bool end_here = false;
    if (c == '\n' || c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'!' || c == U'?') {
      end_here = c != '!' && c != '?';
      if (!end_here) {
        end_here = p >= text.size() || SpaceAt(text, p) > 0 || text[p] == '"';
      }
    } else if (c == '.') {
      // ". " followed by a capital, digit, quote or non-ASCII; not after an abbreviation.
      size_t q = p;
      while (q < text.size() && (text[q] == '"' || text[q] == ')' || StartsWith(text.substr(q), "”") ||
                                 StartsWith(text.substr(q), "’"))) {
        q += static_cast<unsigned char>(text[q]) < 0x80 ? 1 : 3;
      }
      if (q >= text.size()) {
        end_here = true;
      } else if (SpaceAt(text, q) > 0) {
        size_t r = q;
        while (r < text.size() && SpaceAt(text, r) > 0) r += SpaceAt(text, r);
        unsigned char n = r < text.size() ? static_cast<unsigned char>(text[r]) : 'A';
        bool opens = std::isupper(n) || std::isdigit(n) || n == '"' || n == '(' || n >= 0x80;
        size_t w = at;
        while (w > start && static_cast<unsigned char>(text[w - 1]) < 0x80 && !IsAsciiSpace(text[w - 1]) &&
               text[w - 1] != '(')
          --w;
        if (opens && !IsSentenceAbbreviation(text.substr(w, at - w))) end_here = true;
      }
      if (end_here) p = q;
    }
    if (!end_here && (c == U'，' || c == ',' || c == U'、' || c == ';')) last_clause = p;
    if (end_here) {
      // Closing quotes and brackets stay with the sentence they close.
      while (p < text.size()) {
        size_t r = p;
        char32_t d = utf8::Next(text, &r);
        if (d != U'”' && d != U'」' && d != U'』' && d != U'）' && d != U'’' && d != '"') break;
        p = r;
      }
      emit(p);
      continue;
    }
    if (p - start > kMaxSentenceBytes) emit(last_clause != std::string::npos && last_clause > start ? last_clause : p);
  }
  emit(text.size());
  return sents;
}

bool TakeListItem(std::string_view text, CommitmentState* state, std::vector<CommitmentMention>* out) {
  if (!state->list_lead) return false;
  static const RE2 kItemMarker(
      "^[ \\x{3000}]*(?:[•‣▪■●◆◇□・*-][ \\x{3000}]*|[（(][a-zA-Z0-9０-９ivx]{1,4}[）)][ \\x{3000}]*|[a-z0-9][.)] +)");
  re2::StringPiece marker;
  // An HTML list item has no marker in the text; in English it still reads
  // as the lead-in's continuation: it opens with a lower-case letter.
  const bool continues = !text.empty() && text[0] >= 'a' && text[0] <= 'z';
  if (!kItemMarker.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::ANCHOR_START, &marker, 1) &&
      !continues) {
    state->list_lead.reset();
    return false;
  }
  Span item{marker.size(), text.size()};
  // The item's closing punctuation and the "and" before the last item.
  for (bool trimmed = true; trimmed && item.size() > 0;) {
    trimmed = false;
    item = Trim(text, item);
    for (std::string_view tail : {"；", ";", "，", ",", "。", ".", "及", "和", " and", " or", "或"})
      if (item.size() > tail.size() && EndsWith(text.substr(item.start, item.size()), tail)) {
        item.end -= tail.size();
        trimmed = true;
      }
  }
  if (item.size() == 0) return true;
  CommitmentMention m;
  m.span = item;
  m.actor = state->list_lead->actor;
  m.strength = state->list_lead->strength;
  m.action = Bounded(text.substr(item.start, item.size()), kMaxActionBytes);
  out->push_back(std::move(m));
  return true;
}

void OpenListLead(std::string_view text, Span sentence_in_text, CommitmentState* state,
                  std::vector<CommitmentMention>* found) {
  if (found->empty()) return;
  const CommitmentMention& last = found->back();
  // Only a bare cue leads a list: "agreed to the following:" has its object.
  if (!last.action.empty()) return;
  size_t p = sentence_in_text.start + last.span.end;
  while (p < text.size() && (text[p] == ' ' || text.compare(p, 3, "\u3000") == 0)) p += text[p] == ' ' ? 1 : 3;
  const bool colon = text.compare(p, 1, ":") == 0 || text.compare(p, 3, "：") == 0;
  if (!colon || Trim(text, {p + (text[p] == ':' ? 1 : 3), text.size()}).size() != 0) return;
  state->list_lead = CommitmentState::ListLead{last.strength, last.actor};
  found->pop_back();
}

bool IssuerMeasuresTitle(std::string_view title) {
  static const RE2 kMeasures("若干(?:政策)?措施|行动方案|行動方案|实施方案|實施方案|若干政策");
  return RE2::PartialMatch(re2::StringPiece(title.data(), title.size()), kMeasures);
}

void FindCommitments(const CommitmentLexicon& lex, std::string_view text, std::string_view lang,
                     CommitmentState* state, std::vector<CommitmentMention>* out) {
  CueLang cl = CueLangOf(lang);
  SentenceFinder finder(lex, text, cl, state);
  for (const Span& s : CommitmentSentences(text)) {
    // An English segment may hold a Chinese or Japanese line (a title): pick the
    // rules by the sentence's own script.
    CueLang sl = cl;
    if (cl == CueLang::kEn) {
      size_t p = s.start;
      bool kana = false, han = false;
      // Han and kana are 3-byte sequences led by 0xE3..0xE9: skip ASCII-only sentences fast.
      bool any = false;
      for (size_t q = s.start; q < s.end && q < s.start + 600 && !any; ++q)
        any = static_cast<unsigned char>(text[q]) >= 0xE3;
      if (!any) p = s.end;
      while (p < s.end && p < s.start + 600) {
        char32_t c = utf8::Next(text, &p);
        kana |= utf8::IsKana(c);
        han |= utf8::IsHan(c);
      }
      if (kana) sl = CueLang::kJa;
      else if (han) sl = CueLang::kZh;
    }
    if (sl == cl) {
      finder.Run(s, out);
    } else {
      SentenceFinder other(lex, text, sl, state);
      other.Run(s, out);
    }
  }
}

}  // namespace dossier
