#include "ingest/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <map>
#include <memory>
#include <set>
#include <string>

#include "ingest/embedded_data.h"
#include "ingest/tsv.h"

namespace dossier {

namespace {

struct Abbreviations {
  std::set<std::string, std::less<>> title, ambiguous, starters;
};

const Abbreviations& Abbrevs() {
  static const Abbreviations a = [] {
    Abbreviations out;
    std::optional<std::string_view> data = EmbeddedData("ingest/data/abbreviations.tsv");
    if (!data) return out;
    for (const TsvRow& row : ParseTsv(*data)) {
      if (row.fields.size() < 2) continue;
      std::string token(row.fields[0]);
      if (row.fields[1] == "title") out.title.insert(token);
      else if (row.fields[1] == "ambiguous") out.ambiguous.insert(token);
      else if (row.fields[1] == "starter") out.starters.insert(token);
    }
    return out;
  }();
  return a;
}

const char* LocaleFor(std::string_view lang) {
  if (lang == lang::kJapanese) return "ja";
  if (lang == lang::kSimplifiedChinese) return "zh";
  if (lang == lang::kTraditionalChinese) return "zh_Hant";
  return "en@ss=standard";
}

// One iterator per locale per thread: creating them is the expensive part.
icu::BreakIterator* IteratorFor(std::string_view lang) {
  thread_local std::map<std::string, std::unique_ptr<icu::BreakIterator>> cache;
  const char* locale = LocaleFor(lang);
  auto it = cache.find(locale);
  if (it != cache.end()) return it->second.get();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale::createFromName(locale), status));
  if (U_FAILURE(status)) bi.reset();
  icu::BreakIterator* raw = bi.get();
  cache.emplace(locale, std::move(bi));
  return raw;
}

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// The last space-separated word of `s` without leading brackets/quotes.
std::string_view LastWord(std::string_view s) {
  size_t sp = s.find_last_of(" \n\t");
  std::string_view w = sp == std::string_view::npos ? s : s.substr(sp + 1);
  while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'')) w.remove_prefix(1);
  return w;
}

std::string_view FirstWord(std::string_view s) {
  size_t end = 0;
  while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) ++end;
  return s.substr(0, end);
}

bool ContinuesAfter(std::string_view sentence, std::string_view next) {
  if (sentence.empty() || sentence.back() != '.') return false;
  std::string_view word = LastWord(sentence);
  const Abbreviations& a = Abbrevs();
  if (a.title.count(word)) return true;
  if (a.ambiguous.count(word)) return a.starters.count(FirstWord(next)) == 0;
  return false;
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, std::string_view lang) {
  std::vector<Span> raw;
  icu::BreakIterator* bi = IteratorFor(lang);
  if (bi != nullptr && !text.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_SUCCESS(status)) {
      bi->setText(ut, status);
      if (U_SUCCESS(status)) {
        int32_t start = bi->first();
        for (int32_t end = bi->next(); end != icu::BreakIterator::DONE; end = bi->next()) {
          raw.push_back({static_cast<size_t>(start), static_cast<size_t>(end)});
          start = end;
        }
      }
      // Detach the iterator from the UText before closing it.
      UText* empty = utext_openUTF8(nullptr, "", 0, &status);
      bi->setText(empty, status);
      utext_close(empty);
      utext_close(ut);
    }
  }
  if (raw.empty()) raw.push_back({0, text.size()});
  // Trim, drop empties, merge across abbreviations.
  std::vector<Span> out;
  bool merge_next = false;
  for (Span s : raw) {
    while (s.start < s.end && IsSpaceByte(text[s.start])) ++s.start;
    while (s.end > s.start && IsSpaceByte(text[s.end - 1])) --s.end;
    if (s.start >= s.end) continue;
    if (merge_next && !out.empty()) {
      out.back().end = s.end;
    } else {
      out.push_back(s);
    }
    merge_next = false;
    // Decided when the next piece arrives: look ahead in `text`.
    std::string_view sentence = text.substr(out.back().start, out.back().size());
    size_t next_start = s.end;
    while (next_start < text.size() && IsSpaceByte(text[next_start])) ++next_start;
    merge_next = ContinuesAfter(sentence, text.substr(next_start, 40));
  }
  if (out.empty()) out.push_back({0, text.size()});
  return out;
}

}  // namespace dossier
