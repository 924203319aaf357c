#include "ingest/folded_text.h"

#include <atomic>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "ingest/char_props.h"
#include "ingest/normalizer.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

// Marks that attach to the character before them and may merge with it
// under NFKC (combining marks, kana voicing marks, variation selectors).
bool Attaches(char32_t c) {
  if (c == 0x3099 || c == 0x309A || c == 0xFF9E || c == 0xFF9F) return true;
  if (c >= 0xFE00 && c <= 0xFE0F) return true;
  return char_props::Has(c, char_props::kCombining);
}

const icu::Normalizer2* Normalizer(const FoldOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  if (options.case_fold) {
    n = icu::Normalizer2::getNFKCCasefoldInstance(status);
  } else if (options.nfkc) {
    n = icu::Normalizer2::getNFKCInstance(status);
  }
  return U_SUCCESS(status) ? n : nullptr;
}

// What a normaliser makes of one BMP character on its own, read from ICU the
// first time a character of its block of 256 is asked about. Full-width
// punctuation, digits and letters (，（）２Ａ) are common in CJK text, and
// each took a UnicodeString round trip through normalize().
class SingleCharFolds {
 public:
  explicit SingleCharFolds(const icu::Normalizer2* norm) : norm_(norm) {}

  // norm->normalize(c) in UTF-8, for c < 0x10000 (not a surrogate).
  const std::string& Get(char32_t c) {
    const Block* block = blocks_[c >> 8].load(std::memory_order_acquire);
    if (block == nullptr) block = Load(c >> 8);
    return block->folded[c & 0xFF];
  }

 private:
  struct Block {
    std::string folded[256];
  };

  const Block* Load(unsigned index) {
    auto* block = new Block;
    for (unsigned i = 0; i < 256; ++i) {
      const char32_t c = index << 8 | i;
      if (c >= 0xD800 && c <= 0xDFFF) continue;  // never decoded from UTF-8
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString out = norm_->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
      if (U_SUCCESS(status)) out.toUTF8String(block->folded[i]);
      else utf8::Append(&block->folded[i], c);  // as FoldedText does on failure: unchanged
    }
    // A block two threads load at once: the first published wins, the other
    // (identical) is dropped. Blocks live as long as the process.
    const Block* expected = nullptr;
    if (blocks_[index].compare_exchange_strong(expected, block, std::memory_order_acq_rel)) return block;
    delete block;
    return expected;
  }

  const icu::Normalizer2* norm_;
  std::atomic<const Block*> blocks_[256] = {};
};

// The decimal digits of a vulgar fraction (½ -> "5"), "" for other characters.
std::string_view FractionDigits(char32_t c) {
  switch (c) {
    case 0x00BD: return "5";    // ½
    case 0x00BC: return "25";   // ¼
    case 0x00BE: return "75";   // ¾
    case 0x215B: return "125";  // ⅛
    case 0x215C: return "375";  // ⅜
    case 0x215D: return "625";  // ⅝
    case 0x215E: return "875";  // ⅞
    default: return {};
  }
}

// Is the line break at original[at] a hard wrap inside CJK running text
// (both neighbours of a script written without spaces, as the line joiner
// decides when it joins wrapped lines)?
bool IsCjkWrap(std::string_view original, size_t at) {
  const size_t next = at + 1;
  if (at == 0 || next >= original.size()) return false;
  size_t p = utf8::PrevStart(original, at);
  const char32_t before = utf8::Next(original, &p);
  size_t q = next;
  const char32_t after = utf8::Next(original, &q);
  if (!IsSpacelessScript(before) || !IsSpacelessScript(after)) return false;
  return before != U'。' && before != U'！' && before != U'？';
}

SingleCharFolds* SingleCharFoldsFor(const icu::Normalizer2* norm, const FoldOptions& options) {
  static SingleCharFolds* const nfkc_cf = new SingleCharFolds(Normalizer({.nfkc = true, .case_fold = true}));
  static SingleCharFolds* const nfkc = new SingleCharFolds(Normalizer({.nfkc = true, .case_fold = false}));
  if (norm == nullptr) return nullptr;
  return options.case_fold ? nfkc_cf : nfkc;
}

}  // namespace

FoldedText::FoldedText(std::string_view original, FoldOptions options)
    : original_size_(original.size()) {
  const icu::Normalizer2* norm = Normalizer(options);
  SingleCharFolds* single = SingleCharFoldsFor(norm, options);
  // norm->isInert(c), from the table (the same answer without a call into ICU).
  const char_props::Flag inert = options.case_fold ? char_props::kNfkcCasefoldInert : char_props::kNfkcInert;
  folded_.reserve(original.size());
  cluster_start_.reserve(original.size());
  cluster_end_.reserve(original.size());

  size_t pos = 0;
  while (pos < original.size()) {
    if (norm != nullptr) {
      // Fast path: a run of characters that each fold to themselves (ASCII,
      // or inert and not followed by an attaching mark) is copied as it is,
      // each character its own cluster. Most text is such runs; the general
      // path below gives the same result one cluster at a time.
      const size_t run_start = pos;
      size_t p = pos, last = pos;  // `last`: start of the run's last character
      while (p < original.size()) {
        size_t q = p;
        const char32_t c = utf8::Next(original, &q);
        if (c == '\n' && options.join_cjk_wraps) break;  // decided below
        if (c >= 0x80) {
          if (Attaches(c)) {
            // The previous character takes this mark: it leaves the run.
            if (p > run_start) {
              cluster_start_.resize(cluster_start_.size() - (p - last));
              cluster_end_.resize(cluster_end_.size() - (p - last));
              p = last;
            }
            break;
          }
          if (!char_props::Has(c, inert) || (options.minus_as_hyphen && c == 0x2212) ||
              (options.fractions_as_decimals && !FractionDigits(c).empty()))
            break;
        }
        for (size_t i = p; i < q; ++i) {
          cluster_start_.push_back(static_cast<uint32_t>(p));
          cluster_end_.push_back(static_cast<uint32_t>(q));
        }
        last = p;
        p = q;
      }
      if (p > run_start) {
        const size_t from = folded_.size();
        folded_.append(original.substr(run_start, p - run_start));
        if (options.case_fold)
          for (size_t i = from; i < folded_.size(); ++i)
            if (folded_[i] >= 'A' && folded_[i] <= 'Z') folded_[i] = static_cast<char>(folded_[i] - 'A' + 'a');
        pos = p;
        continue;
      }
    }

    const size_t start = pos;
    char32_t first = utf8::Next(original, &pos);
    if (first == '\n' && options.join_cjk_wraps && IsCjkWrap(original, start)) continue;
    // Extend the cluster over attaching marks.
    size_t end = pos;
    bool simple = true;
    while (end < original.size()) {
      if (static_cast<unsigned char>(original[end]) < 0x80) break;  // ASCII never attaches
      size_t next = end;
      char32_t c = utf8::Next(original, &next);
      if (!Attaches(c)) break;
      end = next;
      simple = false;
    }
    pos = end;

    const size_t before = folded_.size();
    if (norm == nullptr) {
      folded_.append(original.substr(start, end - start));
    } else if (simple && options.minus_as_hyphen && first == 0x2212) {
      folded_.push_back('-');
    } else if (simple && options.fractions_as_decimals && !FractionDigits(first).empty()) {
      const bool after_digit = !folded_.empty() && folded_.back() >= '0' && folded_.back() <= '9';
      folded_.append(after_digit ? "." : "0.");
      folded_.append(FractionDigits(first));
    } else if (simple && first < 0x80) {
      char ch = static_cast<char>(first);
      if (options.case_fold && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      folded_.push_back(ch);
    } else if (simple && char_props::Has(first, inert)) {
      folded_.append(original.substr(start, end - start));
    } else if (simple && first < 0x10000 && first != 0xFFFD) {  // U+FFFD: maybe an invalid byte
      folded_.append(single->Get(first));
    } else {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString in = icu::UnicodeString::fromUTF8(
          icu::StringPiece(original.data() + start, static_cast<int32_t>(end - start)));
      icu::UnicodeString out = norm->normalize(in, status);
      if (U_FAILURE(status)) {
        folded_.append(original.substr(start, end - start));
      } else {
        out.toUTF8String(folded_);
      }
    }
    for (size_t i = before; i < folded_.size(); ++i) {
      cluster_start_.push_back(static_cast<uint32_t>(start));
      cluster_end_.push_back(static_cast<uint32_t>(end));
    }
  }
}

size_t FoldedText::ToOriginalStart(size_t pos) const {
  // The folded end maps where ToOriginalEnd maps it (the end of the last
  // cluster that produced output), so an empty span at the end never inverts.
  if (pos >= cluster_start_.size()) return cluster_end_.empty() ? 0 : cluster_end_.back();
  return cluster_start_[pos];
}

size_t FoldedText::ToOriginalEnd(size_t pos) const {
  if (pos == 0) return cluster_start_.empty() ? 0 : cluster_start_[0];
  if (pos > cluster_end_.size()) return original_size_;
  return cluster_end_[pos - 1];
}

}  // namespace dossier
