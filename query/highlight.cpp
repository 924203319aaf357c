#include "query/highlight.h"

#include <algorithm>

namespace dossier {

std::vector<Span> FindMatches(Tokenizer& tokenizer, std::string_view text,
                              const std::vector<QueryTerm>& terms) {
  std::vector<Span> out;
  if (terms.empty()) return out;
  auto tokens = tokenizer.TokenizeAll(text, Tokenizer::Mode::kDocument);
  if (tokens.empty()) return out;
  // first[p]: index of the first token at position p (tokens are in position order).
  std::vector<size_t> first;
  for (size_t i = 0; i < tokens.size(); ++i)
    if (first.empty() || tokens[i].position != tokens[first.back()].position) first.push_back(i);
  first.push_back(tokens.size());
  const size_t positions = first.size() - 1;

  auto find_at = [&](size_t pos, const std::string& want, bool prefix) -> const Tokenizer::OwnedToken* {
    for (size_t i = first[pos]; i < first[pos + 1]; ++i) {
      const std::string& have = tokens[i].text;
      if (prefix ? have.compare(0, want.size(), want) == 0 : have == want) return &tokens[i];
    }
    return nullptr;
  };

  for (const QueryTerm& term : terms) {
    const size_t k = term.tokens.size();
    if (k == 0 || k > positions) continue;
    for (size_t p = 0; p + k <= positions; ++p) {
      const Tokenizer::OwnedToken* head = nullptr;
      const Tokenizer::OwnedToken* tail = nullptr;
      bool ok = true;
      for (size_t j = 0; j < k && ok; ++j) {
        const auto* t = find_at(p + j, term.tokens[j], term.prefix && j + 1 == k);
        if (!t) ok = false;
        if (j == 0) head = t;
        tail = t;
      }
      if (ok) out.push_back({head->start, tail->end});
    }
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  std::vector<Span> merged;
  for (const Span& s : out) {
    if (!merged.empty() && s.start <= merged.back().end)
      merged.back().end = std::max(merged.back().end, s.end);
    else
      merged.push_back(s);
  }
  return merged;
}

}  // namespace dossier
