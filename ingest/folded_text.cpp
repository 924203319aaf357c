#include "ingest/folded_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "ingest/utf8.h"

namespace dossier {
namespace {

// Marks that attach to the character before them and may merge with it
// under NFKC (combining marks, kana voicing marks, variation selectors).
bool Attaches(char32_t c) {
  if (c == 0x3099 || c == 0x309A || c == 0xFF9E || c == 0xFF9F) return true;
  if (c >= 0xFE00 && c <= 0xFE0F) return true;
  return u_getCombiningClass(static_cast<UChar32>(c)) != 0;
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

}  // namespace

FoldedText::FoldedText(std::string_view original, FoldOptions options)
    : original_size_(original.size()) {
  const icu::Normalizer2* norm = Normalizer(options);
  folded_.reserve(original.size());
  cluster_start_.reserve(original.size());
  cluster_end_.reserve(original.size());

  size_t pos = 0;
  while (pos < original.size()) {
    const size_t start = pos;
    char32_t first = utf8::Next(original, &pos);
    // Extend the cluster over attaching marks.
    size_t end = pos;
    bool simple = true;
    while (end < original.size()) {
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
    } else if (simple && first < 0x80) {
      char ch = static_cast<char>(first);
      if (options.case_fold && ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      folded_.push_back(ch);
    } else if (simple && norm->isInert(static_cast<UChar32>(first))) {
      folded_.append(original.substr(start, end - start));
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
