// A recursive-descent parser for the query language in query/query.h.
#include <cctype>
#include <memory>
#include <optional>

#include "ingest/utf8.h"
#include "query/query.h"

namespace dossier {
namespace {

enum class Lex { kWord, kQuoted, kLParen, kRParen, kComma, kOr, kAnd, kNear, kEnd };

struct LexToken {
  Lex kind = Lex::kEnd;
  std::string text;      // word or phrase text (without quotes and trailing *)
  size_t pos = 0;        // byte offset of the token in the query
  size_t len = 0;        // bytes of the token in the query
  bool negated = false;  // written with a leading '-'
  bool prefix = false;   // written with a trailing '*'
};

// Control characters (NUL included) separate words like spaces: FTS5 reads
// the expression as a C string, so none may reach it inside a term.
bool IsSpace(char c) { return c == ' ' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }

// Ideographic space (U+3000) separates too; callers see it as 3 bytes.
size_t SpaceLen(std::string_view s, size_t i) {
  if (IsSpace(s[i])) return 1;
  if (s.compare(i, 3, "\xE3\x80\x80") == 0) return 3;
  return 0;
}

class Parser {
 public:
  Parser(std::string_view text, Tokenizer& tokenizer) : text_(text), tokenizer_(tokenizer) {}

  StatusOr<Query> Parse();

 private:
  // An expression node rendered to FTS5 as it is parsed; empty when every
  // word in it was dropped (nothing searchable).
  struct Expr {
    std::string fts;
    bool positive = true;  // false: came from "-x"
  };

  Status Error(size_t pos, size_t len, const std::string& what) const {
    std::string fragment(text_.substr(pos, std::min<size_t>(len ? len : 1, 40)));
    if (pos >= text_.size()) fragment = "end of query";
    size_t chars = 0;
    for (size_t p = 0; p < pos && p < text_.size();) {
      utf8::Next(text_, &p);
      ++chars;
    }
    return Status::InvalidQuery(fragment, what + " at character " + std::to_string(chars + 1));
  }

  Status Lexify();
  const LexToken& Peek() const { return toks_[at_]; }
  LexToken Take() { return toks_[at_++]; }

  StatusOr<Expr> ParseOr(int depth);
  StatusOr<Expr> ParseAnd(int depth);
  StatusOr<Expr> ParsePrimary(int depth, bool* is_filter);
  StatusOr<Expr> ParseNear();
  // A word or phrase as a quoted FTS5 string, or empty when nothing in it is
  // searchable. Records it for highlighting when positive.
  StatusOr<std::string> Term(const LexToken& tok, bool positive, bool in_near = false);
  Status Filter(const LexToken& tok, std::string_view key, std::string value);

  std::string_view text_;
  Tokenizer& tokenizer_;
  std::vector<LexToken> toks_;
  size_t at_ = 0;
  int terms_ = 0;
  int negated_depth_ = 0;
  size_t first_filter_ = std::string::npos;
  Query query_;
};

Status Parser::Lexify() {
  size_t i = 0;
  const size_t n = text_.size();
  while (true) {
    while (i < n && SpaceLen(text_, i)) i += SpaceLen(text_, i);
    if (i >= n) break;
    LexToken t;
    t.pos = i;
    char c = text_[i];
    if (c == '(' || c == ')') {
      t.kind = c == '(' ? Lex::kLParen : Lex::kRParen;
      t.len = 1;
      ++i;
      toks_.push_back(t);
      continue;
    }
    if (c == ',') {
      t.kind = Lex::kComma;
      t.len = 1;
      ++i;
      toks_.push_back(t);
      continue;
    }
    if (c == '-' && i + 1 < n && !SpaceLen(text_, i + 1) && text_[i + 1] != ')' && text_[i + 1] != '-') {
      t.negated = true;
      ++i;
      if (text_[i] == '(') {
        t.kind = Lex::kLParen;
        t.len = 2;
        ++i;
        toks_.push_back(t);
        continue;
      }
    }
    if (i < n && text_[i] == '"') {
      size_t close = text_.find('"', i + 1);
      if (close == std::string_view::npos) return Error(i, n - i, "unclosed quote");
      t.kind = Lex::kQuoted;
      t.text = std::string(text_.substr(i + 1, close - i - 1));
      i = close + 1;
      if (i < n && text_[i] == '*') {
        t.prefix = true;
        ++i;
      }
      t.len = i - t.pos;
      toks_.push_back(t);
      continue;
    }
    // A word runs to whitespace, a parenthesis, a quote, or a comma that is
    // not between two digits (1,000 stays one word).
    size_t start = i;
    while (i < n && !SpaceLen(text_, i) && text_[i] != '(' && text_[i] != ')') {
      if (text_[i] == '"') {
        // key:"quoted value" continues the word; any other quote ends it.
        if (i > start && text_[i - 1] == ':') {
          size_t close = text_.find('"', i + 1);
          if (close == std::string_view::npos) return Error(i, n - i, "unclosed quote");
          i = close + 1;
          continue;
        }
        break;
      }
      if (text_[i] == ',' && !(i > start && std::isdigit(static_cast<unsigned char>(text_[i - 1])) &&
                               i + 1 < n && std::isdigit(static_cast<unsigned char>(text_[i + 1]))))
        break;
      ++i;
    }
    t.text = std::string(text_.substr(start, i - start));
    t.len = i - t.pos;
    if (t.text.empty()) {
      // A lone '-' before a space, ')' or another '-'.
      if (t.negated) return Error(t.pos, 1, "'-' must be followed by a term");
      // An unmatched quote after '-' or similar; cannot happen, but never loop.
      return Error(t.pos, 1, "unexpected character");
    }
    if (!t.negated && t.text == "OR") t.kind = Lex::kOr;
    else if (!t.negated && t.text == "AND") t.kind = Lex::kAnd;
    else if (!t.negated && t.text == "NEAR" && i < n && text_[i] == '(') t.kind = Lex::kNear;
    else t.kind = Lex::kWord;
    if (t.kind == Lex::kWord && t.text.size() > 1 && t.text.back() == '*') {
      t.prefix = true;
      t.text.pop_back();
    }
    toks_.push_back(t);
  }
  LexToken end;
  end.kind = Lex::kEnd;
  end.pos = n;
  toks_.push_back(end);
  return Status::Ok();
}

std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += IsSpace(c) ? ' ' : c;  // a NUL would end FTS5's string early
  }
  return out + "\"";
}

// Lone CJK characters in a phrase whose next token is CJK: at most this
// many are expanded exactly (2^n alternatives); beyond, they match only at
// the end of a run.
constexpr size_t kMaxCjkForks = 3;

// The FTS5 phrase for a term whose query tokens are `tokens` (from `text`).
// The index (Tokenizer::Mode::kIndex) has no unigram for a CJK character
// inside a run, only the bigram starting there, so:
//   * a phrase ending in a lone CJK character X ends in the prefix X*: the
//     bigram X? or, at a run end, the unigram X;
//   * a lone X followed in the phrase by a CJK token starting with Y is
//     either run-final (unigram X) or the start of the bigram XY: both
//     alternatives are ORed;
//   * a lone X followed by a word must end its run: the unigram is exact;
//   * a run of two or more characters followed by another token (医療・介護,
//     合作RCEP) ends in the unigram of its last character, which the index
//     holds at its own position: that unigram is spelt out in the phrase so
//     the next token lands at the right position.
// Every piece is spelt with the original text of its token, so FTS5
// re-tokenises it to the same tokens (no stem of a stem).
std::string IndexPhrase(std::string_view text, const std::vector<Tokenizer::OwnedToken>& tokens, bool prefix,
                        bool in_near) {
  const size_t k = tokens.size();
  auto slice = [&](size_t i) { return text.substr(tokens[i].start, tokens[i].end - tokens[i].start); };
  // The phrase as pieces of text; `fork` marks a lone X followed by CJK.
  struct Piece {
    std::string_view text;
    bool fork = false;
    std::string_view next_char;  // for a fork: the first character of the next piece
  };
  std::vector<Piece> pieces;
  bool inserted = false;
  for (size_t i = 0; i < k; ++i) {
    Piece piece{slice(i)};
    if (i + 1 < k && Tokenizer::IsCjkUnigram(tokens[i].text) && Tokenizer::StartsCjk(tokens[i + 1].text)) {
      size_t next = tokens[i + 1].start, end = next;
      utf8::Next(text, &end);
      piece.fork = true;
      piece.next_char = text.substr(next, end - next);
    }
    pieces.push_back(piece);
    // A CJK bigram whose second character does not start the next token ends its run.
    if (i + 1 < k && Tokenizer::StartsCjk(tokens[i].text) && !Tokenizer::IsCjkUnigram(tokens[i].text)) {
      size_t second = tokens[i].start;
      utf8::Next(text, &second);
      if (second < tokens[i].end && tokens[i + 1].start != second) {
        pieces.push_back({text.substr(second, tokens[i].end - second)});
        inserted = true;
      }
    }
  }
  const bool last_lone = Tokenizer::IsCjkUnigram(tokens[k - 1].text);
  const std::string suffix = (prefix || last_lone) ? " *" : "";
  std::vector<size_t> forks;
  for (size_t i = 0; i < pieces.size(); ++i)
    if (pieces[i].fork) forks.push_back(i);
  auto spell = [&](size_t mask) {
    std::string phrase;
    for (size_t i = 0, f = 0; i < pieces.size(); ++i) {
      if (!phrase.empty()) phrase += ' ';
      phrase += pieces[i].text;
      if (f < forks.size() && forks[f] == i) {
        if (mask & (size_t{1} << f)) phrase += pieces[i].next_char;  // X starts the bigram XY
        ++f;
      }
    }
    return phrase;
  };
  // NEAR() takes phrases, not OR groups: there the unigram form is kept.
  if (forks.empty() || in_near || forks.size() > kMaxCjkForks)
    return Quote(inserted ? spell(0) : std::string(text)) + suffix;
  std::string out = "(";
  for (size_t mask = 0; mask < (size_t{1} << forks.size()); ++mask)
    out += (mask ? " OR " : "") + Quote(spell(mask)) + suffix;
  return out + ")";
}

// In a phrase, whitespace between two CJK characters is dropped: CJK text
// has no spaces, and the bigram between the two words must be searched too.
std::string JoinCjk(std::string_view s) {
  std::string out;
  size_t pos = 0;
  char32_t prev = 0;
  while (pos < s.size()) {
    size_t start = pos;
    char32_t c = utf8::Next(s, &pos);
    if (c == ' ' || c == 0x3000 || c == '\t') {
      size_t look = pos;
      while (look < s.size() && (s[look] == ' ' || s[look] == '\t')) ++look;
      size_t next_pos = look;
      char32_t next = look < s.size() ? utf8::Next(s, &next_pos) : 0;
      if (utf8::IsCjk(prev) && utf8::IsCjk(next)) {
        pos = look;
        continue;
      }
    }
    out.append(s.substr(start, pos - start));
    prev = c;
  }
  return out;
}

StatusOr<std::string> Parser::Term(const LexToken& tok, bool positive, bool in_near) {
  std::string text = tok.kind == Lex::kQuoted ? JoinCjk(tok.text) : tok.text;
  QueryTerm term;
  term.prefix = tok.prefix;
  auto tokens = tokenizer_.TokenizeAll(text, tok.prefix ? Tokenizer::Mode::kPrefix : Tokenizer::Mode::kQuery);
  for (const auto& t : tokens) term.tokens.push_back(t.text);
  if (term.tokens.empty()) return std::string();
  if (++terms_ > kMaxQueryTerms)
    return Error(tok.pos, tok.len, "too many terms (at most " + std::to_string(kMaxQueryTerms) + ")");
  if (positive) query_.terms.push_back(std::move(term));
  return IndexPhrase(text, tokens, tok.prefix, in_near);
}

bool IsIsoDatePrefix(std::string_view s) {
  // YYYY, YYYY-MM or YYYY-MM-DD
  auto digits = [&](size_t from, size_t count) {
    if (s.size() < from + count) return false;
    for (size_t i = from; i < from + count; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2);
  if (s.size() == 10) return digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
  return false;
}

Status Parser::Filter(const LexToken& tok, std::string_view key, std::string value) {
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
    value = value.substr(1, value.size() - 2);
  if (value.empty()) return Error(tok.pos, tok.len, "filter " + std::string(key) + ": needs a value");
  SearchFilters& f = query_.filters;
  if (key == "lang") {
    f.langs.push_back(value);
  } else if (key == "kind") {
    f.kinds.push_back(value);
  } else if (key == "source") {
    f.sources.push_back(value);
  } else if (key == "org") {
    f.orgs.push_back(value);
  } else if (key == "doc") {
    int64_t id = 0;
    for (char c : value) {
      if (!std::isdigit(static_cast<unsigned char>(c)) || id > 1'000'000'000'000LL)
        return Error(tok.pos, tok.len, "doc: needs a document id (a number)");
      id = id * 10 + (c - '0');
    }
    f.docs.push_back(id);
  } else if (key == "date") {
    if (f.has_date) return Error(tok.pos, tok.len, "only one date: filter is allowed");
    std::string from = value, to = value;
    size_t dots = value.find("..");
    if (dots != std::string::npos) {
      from = value.substr(0, dots);
      to = value.substr(dots + 2);
      if (from.empty() && to.empty()) return Error(tok.pos, tok.len, "date: range needs a start or an end");
    }
    if ((!from.empty() && !IsIsoDatePrefix(from)) || (!to.empty() && !IsIsoDatePrefix(to)))
      return Error(tok.pos, tok.len, "date: wants YYYY, YYYY-MM or YYYY-MM-DD, or a range FROM..TO");
    if (!from.empty() && !to.empty() && from.substr(0, std::min(from.size(), to.size())) >
                                            to.substr(0, std::min(from.size(), to.size())))
      return Error(tok.pos, tok.len, "date: range ends before it starts");
    f.has_date = true;
    f.date_from = from;
    f.date_to = to;
  }
  return Status::Ok();
}

StatusOr<Parser::Expr> Parser::ParseNear() {
  LexToken open = Take();  // '('
  std::vector<std::string> items;
  int distance = -1;
  while (true) {
    const LexToken& t = Peek();
    if (t.kind == Lex::kEnd) return Error(open.pos, 1, "NEAR( is not closed");
    if (t.kind == Lex::kRParen) {
      Take();
      break;
    }
    if (t.kind == Lex::kComma) {
      Take();
      LexToken num = Take();
      bool digits = num.kind == Lex::kWord && !num.negated && !num.text.empty() && num.text.size() <= 4;
      for (char c : num.text) digits = digits && std::isdigit(static_cast<unsigned char>(c));
      if (!digits) return Error(num.pos, num.len, "NEAR(...) wants a distance (a number up to 9999) after ','");
      distance = std::stoi(num.text);
      if (Peek().kind != Lex::kRParen) return Error(Peek().pos, Peek().len, "expected ')' after the NEAR distance");
      Take();
      break;
    }
    if ((t.kind != Lex::kWord && t.kind != Lex::kQuoted) || t.negated)
      return Error(t.pos, t.len, "NEAR(...) takes only words and \"phrases\"");
    LexToken item = Take();
    if (item.kind == Lex::kWord && item.text.find(':') != std::string::npos &&
        std::isalpha(static_cast<unsigned char>(item.text[0])))
      return Error(item.pos, item.len, "filters cannot be used inside NEAR(...)");
    auto term = Term(item, negated_depth_ == 0, /*in_near=*/true);
    if (!term.ok()) return term.status();
    if (!term->empty()) items.push_back(*term);
  }
  Expr e;
  if (items.empty()) return e;
  if (items.size() == 1) {
    e.fts = items[0];
    return e;
  }
  e.fts = "NEAR(";
  for (size_t i = 0; i < items.size(); ++i) e.fts += (i ? " " : "") + items[i];
  if (distance >= 0) e.fts += ", " + std::to_string(distance);
  e.fts += ")";
  return e;
}

StatusOr<Parser::Expr> Parser::ParsePrimary(int depth, bool* is_filter) {
  *is_filter = false;
  LexToken t = Take();
  Expr e;
  e.positive = !t.negated;
  if (t.negated) ++negated_depth_;
  struct Restore {
    int* d;
    bool on;
    ~Restore() { if (on) --*d; }
  } restore{&negated_depth_, t.negated};
  switch (t.kind) {
    case Lex::kLParen: {
      if (depth >= kMaxQueryDepth) return Error(t.pos, 1, "parentheses nested too deeply");
      auto inner = ParseOr(depth + 1);
      if (!inner.ok()) return inner.status();
      if (Peek().kind != Lex::kRParen) return Error(t.pos, 1, "'(' is not closed");
      Take();
      e.fts = inner->fts.empty() ? "" : "(" + inner->fts + ")";
      return e;
    }
    case Lex::kRParen:
      return Error(t.pos, 1, "')' without a matching '('");
    case Lex::kComma:
      return Error(t.pos, 1, "',' outside NEAR(...)");
    case Lex::kOr:
    case Lex::kAnd:
      return Error(t.pos, t.len, t.text + " needs a term on each side");
    case Lex::kEnd:
      return Error(t.pos, 0, "expected a term");
    case Lex::kNear: {
      auto near = ParseNear();
      if (!near.ok()) return near.status();
      e.fts = near->fts;
      return e;
    }
    case Lex::kQuoted: {
      auto term = Term(t, negated_depth_ == 0);
      if (!term.ok()) return term.status();
      e.fts = *term;
      return e;
    }
    case Lex::kWord:
      break;
  }
  // key:value filter? The key is letters only; other colons are plain text (10:30).
  size_t colon = t.text.find(':');
  if (colon != std::string::npos && colon > 0) {
    std::string key = t.text.substr(0, colon);
    bool alpha = true;
    for (char c : key) alpha = alpha && std::isalpha(static_cast<unsigned char>(c));
    if (alpha) {
      for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      static const char* const kKeys[] = {"lang", "date", "kind", "source", "doc", "org"};
      bool known = false;
      for (const char* k : kKeys) known = known || key == k;
      if (!known)
        return Error(t.pos, t.len, "unknown filter '" + key + ":' (filters: lang: date: kind: source: doc: org:)");
      if (t.negated || depth > 0 || negated_depth_ > 0)
        return Error(t.pos, t.len, "filters apply to the whole query: put " + key +
                                        ": outside parentheses and without '-'");
      if (t.prefix) t.text += '*';
      if (Status s = Filter(t, key, t.text.substr(colon + 1)); !s.ok()) return s;
      *is_filter = true;
      return e;
    }
  }
  auto term = Term(t, negated_depth_ == 0);
  if (!term.ok()) return term.status();
  e.fts = *term;
  return e;
}

StatusOr<Parser::Expr> Parser::ParseAnd(int depth) {
  std::vector<std::string> positives, negatives;
  size_t start = Peek().pos;
  bool any = false;
  while (true) {
    const LexToken& t = Peek();
    if (t.kind == Lex::kEnd || t.kind == Lex::kRParen || t.kind == Lex::kOr) break;
    if (t.kind == Lex::kAnd) {
      if (!any) return Error(t.pos, t.len, "AND needs a term on each side");
      Take();
      const LexToken& next = Peek();
      if (next.kind == Lex::kEnd || next.kind == Lex::kRParen || next.kind == Lex::kOr ||
          next.kind == Lex::kAnd)
        return Error(next.pos, next.len, "AND needs a term on each side");
      continue;
    }
    bool is_filter = false;
    auto e = ParsePrimary(depth, &is_filter);
    if (!e.ok()) return e.status();
    any = true;
    if (is_filter && first_filter_ == std::string::npos) first_filter_ = toks_[at_ - 1].pos;
    if (e->fts.empty()) continue;
    (e->positive ? positives : negatives).push_back(e->fts);
  }
  if (!any) {
    const LexToken& t = Peek();
    if (t.kind == Lex::kOr) return Error(t.pos, t.len, "OR needs a term on each side");
    if (t.kind == Lex::kRParen && depth == 0) return Error(t.pos, 1, "')' without a matching '('");
    return Error(t.pos, t.len, "expected a term");
  }
  Expr out;
  if (positives.empty()) {
    if (!negatives.empty())
      return Error(start, Peek().pos - start, "an exclusion (-term) needs a term to exclude from");
    return out;
  }
  out.fts = positives[0];
  for (size_t i = 1; i < positives.size(); ++i) out.fts += " AND " + positives[i];
  if (positives.size() > 1 && !negatives.empty()) out.fts = "(" + out.fts + ")";
  for (const auto& n : negatives) out.fts = "(" + out.fts + " NOT " + n + ")";
  return out;
}

StatusOr<Parser::Expr> Parser::ParseOr(int depth) {
  std::vector<std::string> alternatives;
  bool had_or = false;
  while (true) {
    auto e = ParseAnd(depth);
    if (!e.ok()) return e.status();
    // An alternative with nothing searchable in it is dropped (a OR ^ means a).
    if (!e->fts.empty()) alternatives.push_back(e->fts);
    if (Peek().kind != Lex::kOr) break;
    LexToken op = Take();
    had_or = true;
    const LexToken& next = Peek();
    if (next.kind == Lex::kEnd || next.kind == Lex::kRParen || next.kind == Lex::kOr ||
        next.kind == Lex::kAnd)
      return Error(op.pos, op.len, "OR needs a term on each side");
  }
  if (had_or && depth == 0 && first_filter_ != std::string::npos)
    return Error(first_filter_, 1, "filters cannot sit beside a top-level OR; write lang:ja (a OR b)");
  Expr out;
  if (alternatives.empty()) return out;
  out.fts = alternatives[0];
  for (size_t i = 1; i < alternatives.size(); ++i) out.fts += " OR " + alternatives[i];
  if (alternatives.size() > 1) out.fts = "(" + out.fts + ")";
  return out;
}

StatusOr<Query> Parser::Parse() {
  if (text_.size() > kMaxQueryBytes)
    return Status::InvalidQuery("query", "longer than " + std::to_string(kMaxQueryBytes) + " bytes");
  if (!utf8::IsValid(text_)) {
    size_t bad = utf8::FindInvalid(text_);
    return Error(bad, 1, "not valid UTF-8");
  }
  if (Status s = Lexify(); !s.ok()) return s;
  if (Peek().kind == Lex::kEnd) return Status::InvalidQuery("query", "is empty");
  auto e = ParseOr(0);
  if (!e.ok()) return e.status();
  if (Peek().kind != Lex::kEnd) {
    const LexToken& t = Peek();
    if (t.kind == Lex::kRParen) return Error(t.pos, 1, "')' without a matching '('");
    return Error(t.pos, t.len, "unexpected");
  }
  query_.fts = e->fts;
  const SearchFilters& f = query_.filters;
  bool any_filter = !f.langs.empty() || !f.kinds.empty() || !f.sources.empty() || !f.docs.empty() ||
                    !f.orgs.empty() || f.has_date;
  if (query_.fts.empty() && !any_filter)
    return Status::InvalidQuery(std::string(text_.substr(0, 40)), "has nothing to search for (no words, only punctuation)");
  return std::move(query_);
}

}  // namespace

StatusOr<Query> ParseQuery(std::string_view text, Tokenizer& tokenizer) {
  Parser parser(text, tokenizer);
  return parser.Parse();
}

}  // namespace dossier
