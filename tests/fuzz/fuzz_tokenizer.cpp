// Fuzzes the FTS5 tokenizer in every mode against the invariants its header
// promises: spans on UTF-8 boundaries inside the input, in order, token text
// non-empty, valid UTF-8 and at most kMaxTokenBytes, the first token never
// colocated. Linear time is checked by libFuzzer's -timeout.
#include <cstdint>

#include "index/tokenizer.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > dossier::fuzz::kMaxInput) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // FTS5 hands the tokenizer whatever bytes the table holds; ours are always
  // valid UTF-8 (the store normalises), so invalid input need only not crash.
  const bool valid = dossier::utf8::IsValid(text);
  static dossier::Tokenizer tokenizer;
  using Mode = dossier::Tokenizer::Mode;
  for (Mode mode : {Mode::kDocument, Mode::kIndex, Mode::kQuery, Mode::kPrefix}) {
    bool first = true;
    tokenizer.Tokenize(text, mode, [&](const dossier::Token& tok) {
      using dossier::fuzz::Require;
      Require(tok.start < tok.end && tok.end <= size);
      Require(!tok.text.empty() && tok.text.size() <= dossier::Tokenizer::kMaxTokenBytes);
      if (first) Require(!tok.colocated);
      first = false;
      if (valid) {
        Require(dossier::utf8::IsBoundary(text, tok.start) && dossier::utf8::IsBoundary(text, tok.end));
        Require(dossier::utf8::IsValid(tok.text));
      }
      return 0;
    });
  }
  return 0;
}
