#include "index/tokenizer.h"

#include <libstemmer.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "extract/han_fold.h"
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
  if (c >= 0x4E00 && c <= 0x9FFF) return CharClass::kCjk;  // the common case in CJK text
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

// Writes the UTF-8 form of `c` (at most 4 bytes) to `out`; returns its length.
inline size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

// utf8::Next with the two common cases (ASCII, a valid three-byte sequence:
// all of CJK) inline; identical results.
inline char32_t DecodeNext(std::string_view s, size_t* pos) {
  size_t i = *pos;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  if (c >= 0xE0 && c < 0xF0 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]), c2 = static_cast<unsigned char>(s[i + 2]);
    if ((c1 & 0xC0) == 0x80 && (c2 & 0xC0) == 0x80) {
      char32_t cp = ((c & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F);
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
        *pos = i + 3;
        return cp;
      }
    }
  }
  return utf8::Next(s, pos);
}

// Cuts `s` to at most `max` bytes at a code point boundary.
std::string_view Truncate(std::string_view s, size_t max) {
  if (s.size() <= max) return s;
  size_t n = max;
  while (n > 0 && !utf8::IsBoundary(s, n)) --n;
  return s.substr(0, n);
}

}  // namespace

struct Tokenizer::Scratch {
  struct CjkChar {
    char32_t folded;
    uint32_t start, end;  // original offsets
  };
  std::string word;
  std::vector<CjkChar> run;
};

Tokenizer::Tokenizer() : stemmer_(sb_stemmer_new("english", nullptr)), scratch_(std::make_unique<Scratch>()) {
  scratch_->word.reserve(64);
  scratch_->run.reserve(256);
}
Tokenizer::~Tokenizer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

namespace {

// Folds one code point the way NFKC + case folding would, for the code
// points where that is a one-to-one map that needs no context; 0 for any
// other code point (then the whole text takes the ICU path). Text made only
// of these (ASCII, CJK ideographs, kana, Hangul syllables, full-width ASCII,
// common CJK punctuation) tokenizes identically on both paths, several times
// faster on this one.
char32_t FastFold(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0x4E00 && c <= 0x9FFF) return c;
  if (c >= 0x3400 && c <= 0x4DBF) return c;
  if (c >= 0x3041 && c <= 0x3096) return c;              // hiragana
  if (c >= 0x30A1 && c <= 0x30FE) return c;              // katakana, ・ ー ヽ ヾ
  if (c == 0x309D || c == 0x309E) return c;              // ゝ ゞ
  if (c >= 0x3001 && c <= 0x303F && c != 0x3036) return c;  // CJK punctuation (〶 folds to 〒)
  if (c == 0x3000) return ' ';                           // ideographic space
  if (c >= 0xAC00 && c <= 0xD7A3) return c;              // Hangul syllables
  if (c >= 0xFF01 && c <= 0xFF5E) {                      // full-width ASCII
    char32_t a = c - 0xFEE0;
    return (a >= 'A' && a <= 'Z') ? a + 32 : a;
  }
  switch (c) {
    case 0x2013: case 0x2014: case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0x00B7: case 0x00A9: case 0x00AE: case 0x00D7: case 0x00F7:
      return c;
    default:
      return 0;
  }
}

}  // namespace

int Tokenizer::TokenizeImpl(std::string_view input, Mode mode, void* ctx, Callback cb) {
  bool fast = true;
  for (size_t p = 0; p < input.size() && fast;) {
    unsigned char ch = static_cast<unsigned char>(input[p]);
    if (ch < 0x80) {
      ++p;
      continue;
    }
    size_t before = p;
    char32_t c = DecodeNext(input, &p);
    if (c == 0xFFFD && p == before + 1) fast = false;  // invalid byte: let ICU handle it
    else if (FastFold(c) == 0) fast = false;
  }
  std::optional<FoldedText> folded;
  if (!fast) folded.emplace(input, FoldOptions{.nfkc = true, .case_fold = true});
  const std::string_view text = fast ? input : std::string_view(folded->text());

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

  std::string& word = scratch_->word;  // current word (folded), apostrophes normalised
  word.clear();
  uint32_t word_start = 0, word_end = 0;  // original offsets
  const HanFold& han_fold = HanFold::Default();
  char gram_buf[8];
  std::vector<Scratch::CjkChar>& run = scratch_->run;
  run.clear();

  auto flush_word = [&]() -> int {
    if (word.empty()) return 0;
    bool has_digit = false, has_letter = false;
    for (unsigned char ch : word) {
      if (ch >= '0' && ch <= '9') has_digit = true;
      else if (ch >= 0x80 || (ch >= 'a' && ch <= 'z')) has_letter = true;
    }
    std::string_view surface = word;
    while (!surface.empty() && surface.back() == '\'') surface.remove_suffix(1);
    int rc = 0;
    if (surface.empty()) {
      rc = 0;
    } else if (mode == Mode::kPrefix || !has_letter || has_digit || surface.size() > kMaxStemBytes ||
               !stemmer_) {
      rc = emit(surface, word_start, word_end, false);
    } else {
      const sb_symbol* stemmed = sb_stemmer_stem(
          stemmer_, reinterpret_cast<const sb_symbol*>(surface.data()), static_cast<int>(surface.size()));
      std::string_view stem = stemmed ? std::string_view(reinterpret_cast<const char*>(stemmed),
                                                         sb_stemmer_length(stemmer_))
                                      : surface;
      if (stem.empty()) stem = surface;
      rc = emit(stem, word_start, word_end, false);
      if (rc == 0 && (mode == Mode::kDocument || mode == Mode::kIndex) && stem != surface)
        rc = emit(surface, word_start, word_end, true);
    }
    word.clear();
    return rc;
  };

  auto flush_run = [&]() -> int {
    const size_t n = run.size();
    if (n == 0) return 0;
    int rc = 0;
    auto unigram = [&](size_t i, bool colocated) {
      size_t n1 = EncodeUtf8(run[i].folded, gram_buf);
      return emit(std::string_view(gram_buf, n1), run[i].start, run[i].end, colocated);
    };
    auto bigram = [&](size_t i) {
      size_t n1 = EncodeUtf8(run[i].folded, gram_buf);
      n1 += EncodeUtf8(run[i + 1].folded, gram_buf + n1);
      return emit(std::string_view(gram_buf, n1), run[i].start, run[i + 1].end, false);
    };
    if (n == 1) {
      rc = unigram(0, false);
    } else if (mode != Mode::kDocument) {
      for (size_t i = 0; i + 1 < n && rc == 0; ++i) rc = bigram(i);
      if (mode == Mode::kIndex && rc == 0) rc = unigram(n - 1, false);
    } else {
      for (size_t i = 0; i < n && rc == 0; ++i) {
        if (i + 1 < n) {
          rc = bigram(i);
          if (rc == 0) rc = unigram(i, true);
        } else {
          rc = unigram(i, false);
        }
      }
    }
    run.clear();
    return rc;
  };

  size_t pos = 0;
  CharClass prev_word_class = CharClass::kSeparator;  // class of the last character in word
  while (pos < text.size()) {
    size_t cstart = pos;
    char32_t c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80)
      ++pos;
    else
      c = DecodeNext(text, &pos);
    uint32_t ostart, oend;
    if (fast) {
      c = FastFold(c);
      ostart = static_cast<uint32_t>(cstart);
      oend = static_cast<uint32_t>(pos);
    } else {
      ostart = static_cast<uint32_t>(folded->ToOriginalStart(cstart));
      oend = static_cast<uint32_t>(folded->ToOriginalEnd(pos));
    }
    CharClass cls = Classify(c);
    if (cls == CharClass::kMark) {
      // Combining marks stay with what they follow.
      if (!word.empty()) {
        char buf[4];
        word.append(buf, EncodeUtf8(c, buf));
        word_end = std::max(word_end, oend);
      } else if (!run.empty()) {
        run.back().end = std::max(run.back().end, oend);
      }
      continue;
    }
    if (cls == CharClass::kCjk) {
      if (int rc = flush_word()) return rc;
      c = han_fold.Fold(c);
      run.push_back({c, ostart, oend});
      continue;
    }
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      if (int rc = flush_run()) return rc;
      if (word.empty()) word_start = ostart;
      if (c < 0x80) {
        word += static_cast<char>(c);
      } else {
        char buf[4];
        word.append(buf, EncodeUtf8(c, buf));
      }
      word_end = std::max(word_end, oend);
      prev_word_class = cls;
      continue;
    }
    // A separator. Some join the characters around them into one word:
    // apostrophes between letters (china's), . and , between digits (2.5, 1,000).
    if (!word.empty() && pos < text.size()) {
      size_t next_pos = pos;
      char32_t next = utf8::Next(text, &next_pos);
      if (fast) next = FastFold(next);
      CharClass next_cls = Classify(next);
      bool joins = ((c == '\'' || c == 0x2019) && prev_word_class == CharClass::kLetter &&
                    next_cls == CharClass::kLetter) ||
                   ((c == '.' || c == ',') && prev_word_class == CharClass::kDigit &&
                    next_cls == CharClass::kDigit);
      if (joins) {
        word += (c == 0x2019) ? '\'' : static_cast<char>(c);
        continue;
      }
    }
    if (int rc = flush_word()) return rc;
    if (int rc = flush_run()) return rc;
  }
  if (int rc = flush_word()) return rc;
  return flush_run();
}

bool Tokenizer::StartsCjk(std::string_view token) {
  if (token.empty() || static_cast<unsigned char>(token[0]) < 0x80) return false;
  size_t pos = 0;
  return IsCjkRunChar(utf8::Next(token, &pos));
}

bool Tokenizer::IsCjkUnigram(std::string_view token) {
  if (!StartsCjk(token)) return false;
  size_t pos = 0;
  utf8::Next(token, &pos);
  return pos == token.size();
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
