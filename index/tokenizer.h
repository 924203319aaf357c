// Tokenizer: the tokens dossier indexes and searches, with byte offsets into
// the text it was given (never into a folded copy).
//
//   Tokenizer t;
//   t.Tokenize("日中経済協力 and Investing", Tokenizer::Mode::kDocument,
//              [](const Token& tok) { ... return 0; });
//   // 日中 中经 经济 济协 协力 (bigrams, Han variants folded to simplified),
//   // with unigrams 日 中 经 济 协 力 colocated, then "invest" and the
//   // colocated surface form "investing".
//
// What it does, in order:
//   * NFKC + Unicode case folding (ＡＢＣ -> abc, ﾊｲ -> ハイ), with offsets
//     mapped back to the original bytes (FoldedText);
//   * CJK runs (Han, kana, Hangul, plus 々 and ー) become overlapping
//     character bigrams, one position per character: position i holds the
//     bigram c[i]c[i+1] and, colocated, the unigram c[i]; the last character
//     of a run has only its unigram. A run of one character is one unigram.
//     Every Han character is first folded with HanFold (extract/han_fold.h:
//     経 -> 经, 貿 -> 贸).
//   * other letters/digits form words (apostrophes between letters and
//     . or , between digits stay inside); words with letters and no digits
//     are stemmed with Snowball English; in documents the unstemmed word is
//     also emitted colocated (when it differs) so prefix queries can match it.
//
// kIndex is what FTS5 stores: kDocument without the colocated unigrams
// inside a run (only a run's last character, or a lone character, keeps its
// unigram). Every character of a run still starts a token at its own
// position (the bigram it begins, or its unigram at the run end), so the
// prefix query "X"* over the index finds every occurrence of the character
// X; query/ turns one-character CJK terms into such prefix queries. About
// half the CJK entries of kDocument, which highlighting keeps using.
// kTokenizerVersion names the indexed token stream: bump it whenever kIndex
// output changes (the stored index must then be rebuilt, `dossier reindex`).
//
// Query modes: kQuery emits what a query term must match: stems for words;
// for a CJK run of two or more characters only its bigrams (consecutive
// positions, so a run is a phrase of bigrams and 贸易 is found inside 贸易额);
// a single CJK character its unigram. kPrefix is kQuery without stemming.
//
// Invariants: 0 <= start < end <= text.size(), on UTF-8 boundaries of the
// input; the first token is never colocated; token text is at most
// kMaxTokenBytes (longer words are cut at a character boundary; their span
// still covers the whole word). Linear time in the input. A Tokenizer holds
// a stemmer and is not thread-safe: use one per thread.
#pragma once

#include <cstdint>
#include <memory>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace dossier {

struct Token {
  std::string_view text;  // the indexed form (folded, stemmed); valid during the callback
  uint32_t start = 0;     // byte offsets into the tokenized input
  uint32_t end = 0;
  bool colocated = false;  // same position as the previous token
};

class Tokenizer {
 public:
  enum class Mode { kDocument, kIndex, kQuery, kPrefix };
  // 3: one Han fold table (GB 2312 rule); 4: the filters column (index/filter_terms.h)
  static constexpr int kTokenizerVersion = 4;
  static constexpr size_t kMaxTokenBytes = 128;

  Tokenizer();
  ~Tokenizer();
  Tokenizer(const Tokenizer&) = delete;
  Tokenizer& operator=(const Tokenizer&) = delete;

  // Calls sink(token) for every token in order; a non-zero return stops the
  // walk and is returned (FTS5 passes its error codes this way).
  template <typename Sink>
  int Tokenize(std::string_view text, Mode mode, Sink&& sink) {
    return TokenizeImpl(text, mode, &sink, [](void* s, const Token& t) {
      return (*static_cast<std::remove_reference_t<Sink>*>(s))(t);
    });
  }

  // True for a token that is one CJK character (a unigram of a CJK run).
  static bool IsCjkUnigram(std::string_view token);
  // True when the token starts with a CJK run character (a bigram or unigram).
  static bool StartsCjk(std::string_view token);

  // Convenience for tests and highlighting: all tokens, with owned text.
  struct OwnedToken {
    std::string text;
    uint32_t start = 0, end = 0;
    int position = 0;
  };
  std::vector<OwnedToken> TokenizeAll(std::string_view text, Mode mode);

 private:
  using Callback = int (*)(void*, const Token&);
  int TokenizeImpl(std::string_view text, Mode mode, void* ctx, Callback cb);

  sb_stemmer* stemmer_ = nullptr;
  // Buffers reused across calls (no allocation per segment); not reentrant.
  struct Scratch;
  std::unique_ptr<Scratch> scratch_;
};

}  // namespace dossier
