#include "index/tokenizer.h"

#include <libstemmer.h>
#include <unicode/uchar.h>

#include <optional>

#include "index/han_fold.h"
#include "ingest/folded_text.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

// Words longer than this are not stemmed (no English word is; keeps hostile
// input linear and cheap).
constexpr size_t kMaxStemBytes = 64;

bool IsCjkRunChar(char32_t c) {
  return utf8::IsCjk(c) || c == 0x30FC /* ー */ || c == 0x3005 /* 々 */ || c == 0x303B /* 〻 */;
}

enum class CharClass { kSeparator, kCjk, kLetter, kDigit, kMark };

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    return CharClass::kSeparator;
  }
  if (IsCjkRunChar(c)) return CharClass::kCjk;
  int8_t type = u_charType(static_cast<UChar32>(c));
  switch (type) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER: case U_LETTER_NUMBER: case U_OTHER_NUMBER:
      return CharClass::kDigit;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return CharClass::kMark;
    default:
      return CharClass::kSeparator;
  }
}

// Maps folded offsets back to the input; the identity for ASCII input.
struct OffsetMap {
  const FoldedText* folded = nullptr;
  uint32_t Start(size_t pos) const {
    return static_cast<uint32_t>(folded ? folded->ToOriginalStart(pos) : pos);
  }
  uint32_t End(size_t pos) const {
    return static_cast<uint32_t>(folded ? folded->ToOriginalEnd(pos) : pos);
  }
};

// Cuts `s` to at most `max` bytes at a code point boundary.
std::string_view Truncate(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && !utf8::IsBoundary(s, n)) --n;
  return s.substr(0, n);
}

}  // namespace

Tokenizer::Tokenizer() : stemmer_(sb_stemmer_new("english", nullptr)) {}
Tokenizer::~Tokenizer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

int Tokenizer::TokenizeImpl(std::string_view input, Mode mode, void* ctx, Callback cb) {
  bool ascii = true;
  for (unsigned char ch : input)
    if (ch >= 0x80) {
      ascii = false;
      break;
    }
  std::string lowered;
  std::optional<FoldedText> folded;
  std::string_view text;
  OffsetMap map;
  if (ascii) {
    lowered.assign(input);
    for (char& ch : lowered)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    text = lowered;
  } else {
    folded.emplace(input, FoldOptions{.nfkc = true, .case_fold = true});
    text = folded->text();
    map.folded = &*folded;
  }

  bool first = true;
  auto emit = [&](std::string_view tok, uint32_t start, uint32_t end, bool colocated) {
    Token t;
    t.text = Truncate(tok, kMaxTokenBytes);
    t.start = start;
    t.end = end;
    t.colocated = colocated && !first;
    first = false;
    return cb(ctx, t);
  };

  std::string word;   // current word, apostrophes normalised
  std::string gram;   // scratch for CJK grams
  struct CjkChar {
    char32_t folded;
    uint32_t start, end;  // original offsets
  };
  std::vector<CjkChar> run;

  auto flush_word = [&](size_t wstart, size_t wend) -> int {
    if (word.empty()) return 0;
    uint32_t s = map.Start(wstart), e = map.End(wend);
    bool has_digit = false, has_letter = false;
    for (unsigned char ch : word) {
      if (ch >= '0' && ch <= '9') has_digit = true;
      else if (ch >= 0x80 || (ch >= 'a' && ch <= 'z')) has_letter = true;
    }
    std::string_view surface = word;
    // Trailing apostrophes are not part of the word.
    while (!surface.empty() && surface.back() == '\'') surface.remove_suffix(1);
    if (surface.empty()) return 0;
    if (mode == Mode::kPrefix || !has_letter || has_digit || surface.size() > kMaxStemBytes ||
        !stemmer_) {
      return emit(surface, s, e, false);
    }
    const sb_symbol* stemmed = sb_stemmer_stem(
        stemmer_, reinterpret_cast<const sb_symbol*>(surface.data()), static_cast<int>(surface.size()));
    std::string_view stem = stemmed ? std::string_view(reinterpret_cast<const char*>(stemmed),
                                                       sb_stemmer_length(stemmer_))
                                    : surface;
    if (stem.empty()) stem = surface;
    if (int rc = emit(stem, s, e, false)) return rc;
    if (mode == Mode::kDocument && stem != surface) return emit(surface, s, e, true);
    return 0;
  };

  auto flush_run = [&]() -> int {
    const size_t n = run.size();
    if (n == 0) return 0;
    auto append = [&](char32_t c) { utf8::Append(&gram, c); };
    if (n == 1 || mode != Mode::kDocument) {
      if (n == 1) {
        gram.clear();
        append(run[0].folded);
        return emit(gram, run[0].start, run[0].end, false);
      }
      for (size_t i = 0; i + 1 < n; ++i) {
        gram.clear();
        append(run[i].folded);
        append(run[i + 1].folded);
        if (int rc = emit(gram, run[i].start, run[i + 1].end, false)) return rc;
      }
      return 0;
    }
    for (size_t i = 0; i < n; ++i) {
      if (i + 1 < n) {
        gram.clear();
        append(run[i].folded);
        append(run[i + 1].folded);
        if (int rc = emit(gram, run[i].start, run[i + 1].end, false)) return rc;
        gram.clear();
        append(run[i].folded);
        if (int rc = emit(gram, run[i].start, run[i].end, true)) return rc;
      } else {
        gram.clear();
        append(run[i].folded);
        if (int rc = emit(gram, run[i].start, run[i].end, false)) return rc;
      }
    }
    return 0;
  };

  size_t pos = 0;
  size_t word_start = 0, word_end = 0;
  CharClass prev_word_class = CharClass::kSeparator;  // last class appended to word
  while (pos < text.size()) {
    size_t cstart = pos;
    char32_t c = utf8::Next(text, &pos);
    CharClass cls = Classify(c);
    if (cls == CharClass::kMark) {
      // Combining marks stay with what they follow.
      if (!word.empty()) {
        word.append(text.substr(cstart, pos - cstart));
        word_end = pos;
        continue;
      }
      if (!run.empty()) {
        run.back().end = map.End(pos);
        continue;
      }
      continue;
    }
    if (cls == CharClass::kCjk) {
      if (int rc = flush_word(word_start, word_end)) return rc;
      word.clear();
      if (utf8::IsHan(c)) c = FoldHan(c);
      run.push_back({c, map.Start(cstart), map.End(pos)});
      continue;
    }
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      if (int rc = flush_run()) return rc;
      run.clear();
      if (word.empty()) word_start = cstart;
      word.append(text.substr(cstart, pos - cstart));
      word_end = pos;
      prev_word_class = cls;
      continue;
    }
    // A separator. Some join the characters around them into one word:
    // apostrophes between letters (china's), . and , between digits (2.5, 1,000).
    if (!word.empty() && pos < text.size()) {
      size_t next_pos = pos;
      char32_t next = utf8::Next(text, &next_pos);
      CharClass next_cls = Classify(next);
      bool joins = false;
      if ((c == '\'' || c == 0x2019) && prev_word_class == CharClass::kLetter &&
          next_cls == CharClass::kLetter)
        joins = true;
      if ((c == '.' || c == ',') && prev_word_class == CharClass::kDigit &&
          next_cls == CharClass::kDigit)
        joins = true;
      if (joins) {
        word += (c == 0x2019) ? '\'' : static_cast<char>(c);
        continue;
      }
    }
    if (int rc = flush_word(word_start, word_end)) return rc;
    word.clear();
    if (int rc = flush_run()) return rc;
    run.clear();
  }
  if (int rc = flush_word(word_start, word_end)) return rc;
  return flush_run();
}

std::vector<Tokenizer::OwnedToken> Tokenizer::TokenizeAll(std::string_view text, Mode mode) {
  std::vector<OwnedToken> out;
  int position = -1;
  Tokenize(text, mode, [&](const Token& t) {
    if (!t.colocated) ++position;
    out.push_back({std::string(t.text), t.start, t.end, position});
    return 0;
  });
  return out;
}

}  // namespace dossier
