#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "ingest/utf8.h"

namespace dossier {

namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

// The encodings detection may choose, with the names we record.
struct Supported {
  const char* detector_name;  // as ucsdet reports it
  const char* converter;      // ICU converter to decode with
  const char* name;           // recorded in DocumentMeta::encoding
};
constexpr Supported kSupported[] = {
    {"GB18030", "GB18030", "GB18030"},
    {"Big5", "Big5", "Big5"},
    {"Shift_JIS", "Shift_JIS", "Shift_JIS"},
    {"EUC-JP", "EUC-JP", "EUC-JP"},
    {"ISO-2022-JP", "ISO-2022-JP", "ISO-2022-JP"},
};

const Supported* FindSupported(std::string_view detector_name) {
  for (const Supported& s : kSupported)
    if (detector_name == s.detector_name) return &s;
  return nullptr;
}

// Windows-1252 (the superset of ISO-8859-1 that browsers and WHATWG use for
// both labels): English and other Western text from older systems.
constexpr Supported kWindows1252 = {"windows-1252", "windows-1252", "windows-1252"};

// Whether the bytes that are not ASCII look like Western text's: accented
// letters, curly quotes and dashes stand alone or in pairs (üß, «É), so
// at least half of the runs of such bytes are one byte long and runs of
// three or more hold at most 5% of them. CJK double-byte text makes long
// runs instead: every character of GB18030 or EUC-JP is a run of two high
// bytes, two characters in a row a run of four, and Big5 and Shift_JIS,
// whose trail bytes may be ASCII, still make long runs of any word written
// with two or more characters. Every single-byte text decodes under
// Windows-1252, so it is tried only on text of this shape, and then before
// the CJK encodings: Shift_JIS would take lone bytes 0xA1-0xDF as
// half-width katakana, GB18030 an accented letter and the next as one Han
// character.
bool LooksSingleByteWestern(std::string_view b) {
  size_t runs = 0, lone = 0, high = 0, in_long_runs = 0;
  for (size_t i = 0; i < b.size();) {
    if (static_cast<unsigned char>(b[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < b.size() && static_cast<unsigned char>(b[j]) >= 0x80) ++j;
    ++runs;
    high += j - i;
    if (j - i == 1) ++lone;
    if (j - i >= 3) in_long_runs += j - i;
    i = j;
  }
  return runs > 0 && lone * 2 >= runs && in_long_runs * 20 <= high;
}

bool HasIso2022JpEscapes(std::string_view b) {
  // ESC $ @, ESC $ B (JIS X 0208), ESC ( J, ESC $ ( D.
  size_t pos = 0;
  while ((pos = b.find('\x1B', pos)) != std::string_view::npos) {
    std::string_view rest = b.substr(pos + 1, 3);
    if (rest.rfind("$B", 0) == 0 || rest.rfind("$@", 0) == 0 || rest.rfind("$(D", 0) == 0 ||
        rest.rfind("(J", 0) == 0)
      return true;
    ++pos;
  }
  return false;
}

// Counts valid multi-byte UTF-8 sequences and invalid bytes.
void CountUtf8(std::string_view s, size_t* multibyte, size_t* invalid) {
  size_t pos = 0;
  *multibyte = 0;
  *invalid = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    size_t start = pos;
    char32_t cp = utf8::Next(s, &pos);
    if (cp == 0xFFFD && pos - start != 3) {
      ++*invalid;
    } else {
      ++*multibyte;
    }
  }
}

std::string StripUtf8Bom(std::string_view s) {
  if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  return std::string(s);
}

// ICU's Japanese converters follow Microsoft's mapping (CP932): the wave
// dash of JIS X 0208 (0x8160 in Shift_JIS, 0xA1C1 in EUC-JP) comes out as the
// full-width tilde U+FF5E, the minus sign as U+FF0D, and so on. The JIS
// standard's own mapping (Unicode's JIS0208.TXT, which glibc's iconv and
// Python's shift_jis and euc_jp codecs use) gives the characters Japanese
// text means: 〜 in 7〜9月期, − in −0.5％. Every byte of the file still maps
// to exactly one character; only the choice of character changes.
void ToJisStandardCharacters(std::string* text) {
  struct Pair {
    const char* cp932;
    const char* jis;
  };
  static constexpr Pair kPairs[] = {
      {"\uFF5E", "\u301C"},  // WAVE DASH
      {"\uFF0D", "\u2212"},  // MINUS SIGN
      {"\u2225", "\u2016"},  // DOUBLE VERTICAL LINE
      {"\uFFE0", "\u00A2"},  // CENT SIGN
      {"\uFFE1", "\u00A3"},  // POUND SIGN
      {"\uFFE2", "\u00AC"},  // NOT SIGN
  };
  for (const Pair& p : kPairs) {
    const std::string_view from(p.cp932), to(p.jis);
    size_t pos = 0;
    while ((pos = text->find(from, pos)) != std::string::npos) {
      text->replace(pos, from.size(), to);
      pos += to.size();
    }
  }
}

bool IsJapaneseLegacy(std::string_view name) {
  return name == "Shift_JIS" || name == "EUC-JP" || name == "ISO-2022-JP";
}

// The same for a converter the user names (--encoding sjis, eucjp, cp932).
bool IsJapaneseLegacyConverter(const std::string& name) {
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getCanonicalName(name.c_str(), "IANA", &status);
  if (U_FAILURE(status) || canonical == nullptr) return false;
  for (const char* japanese : {"Shift_JIS", "EUC-JP", "ISO-2022-JP"}) {
    UErrorCode s2 = U_ZERO_ERROR;
    const char* c = ucnv_getCanonicalName(japanese, "IANA", &s2);
    if (U_SUCCESS(s2) && c != nullptr && std::string_view(c) == canonical) return true;
  }
  return false;
}

}  // namespace

bool DecodeStrict(std::string_view bytes, const char* encoding, std::string* out, std::string* error) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr conv(ucnv_open(encoding, &status));
  if (U_FAILURE(status)) {
    *error = std::string("unknown encoding \"") + encoding + "\"";
    return false;
  }
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 2);
  const char* src = bytes.data();
  const char* src_end = bytes.data() + bytes.size();
  std::vector<UChar> buffer(64 * 1024);
  std::string chunk;
  bool flushed = false;
  while (!flushed) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    const char* before = src;
    ucnv_toUnicode(conv.get(), &target, buffer.data() + buffer.size(), &src, src_end, nullptr,
                   /*flush=*/true, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
      status = U_ZERO_ERROR;
    } else if (U_FAILURE(status)) {
      size_t offset = static_cast<size_t>(src - bytes.data());
      *error = std::string(encoding) + ": invalid or unmappable bytes near byte " +
               std::to_string(offset > 0 ? offset - 1 : 0);
      (void)before;
      return false;
    } else {
      flushed = true;
    }
    int32_t units = static_cast<int32_t>(target - buffer.data());
    int32_t needed = 0;
    UErrorCode s2 = U_ZERO_ERROR;
    chunk.resize(static_cast<size_t>(units) * 3 + 4);
    u_strToUTF8(chunk.data(), static_cast<int32_t>(chunk.size()), &needed, buffer.data(), units, &s2);
    if (U_FAILURE(s2)) {
      // A surrogate pair split across chunks cannot happen with flush; treat as damage.
      *error = std::string(encoding) + ": decoding produced invalid UTF-16";
      return false;
    }
    out->append(chunk.data(), static_cast<size_t>(needed));
  }
  // Converters map some bytes to the substitution characters rather than failing.
  if (out->find("\xEF\xBF\xBD") != std::string::npos && bytes.find("\xEF\xBF\xBD") == std::string_view::npos &&
      std::string_view(encoding) != "UTF-8") {
    *error = std::string(encoding) + ": decoding needs replacement characters";
    return false;
  }
  if (out->find('\x1A') != std::string::npos && bytes.find('\x1A') == std::string_view::npos) {
    *error = std::string(encoding) + ": decoding needs substitution characters";
    return false;
  }
  // Legacy CJK converters map some stray bytes to C1 controls (U+0080-U+009F)
  // or private-use characters rather than failing: text has neither.
  std::string_view enc(encoding);
  if (enc.rfind("UTF", 0) != 0 && enc.rfind("utf", 0) != 0) {
    size_t pos = 0;
    while (pos < out->size()) {
      if (static_cast<unsigned char>((*out)[pos]) < 0x80) {
        ++pos;
        continue;
      }
      char32_t c = utf8::Next(*out, &pos);
      if ((c >= 0x80 && c <= 0x9F) || (c >= 0xE000 && c <= 0xF8FF)) {
        *error = std::string(encoding) + ": decoding yields control or private-use characters";
        return false;
      }
    }
  }
  return true;
}

std::string EncodeFromUtf8(std::string_view text, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::vector<char> out(text.size() * 4 + 16);
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), text.data(),
                           static_cast<int32_t>(text.size()), &status);
  if (U_FAILURE(status)) return {};
  return std::string(out.data(), static_cast<size_t>(n));
}

StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, const CharsetOptions& options,
                                   const std::string& path) {
  DecodedText result;
  std::string error;
  if (!options.forced.empty()) {
    std::string_view b = bytes;
    if (!DecodeStrict(b, options.forced.c_str(), &result.text, &error))
      return Status::InvalidInput(path, "cannot decode as --encoding " + options.forced + ": " + error);
    if (result.text.rfind("\xEF\xBB\xBF", 0) == 0) result.text.erase(0, 3);
    if (IsJapaneseLegacy(options.forced) || IsJapaneseLegacyConverter(options.forced))
      ToJisStandardCharacters(&result.text);
    result.encoding = options.forced;
    return result;
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE') {
    if (!DecodeStrict(bytes.substr(2), "UTF-16LE", &result.text, &error))
      return Status::InvalidInput(path, "UTF-16LE byte-order mark, but " + error);
    result.encoding = "UTF-16LE";
    return result;
  }
  if (bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF') {
    if (!DecodeStrict(bytes.substr(2), "UTF-16BE", &result.text, &error))
      return Status::InvalidInput(path, "UTF-16BE byte-order mark, but " + error);
    result.encoding = "UTF-16BE";
    return result;
  }
  bool has_utf8_bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  size_t invalid_at = utf8::FindInvalid(bytes);
  if (invalid_at == std::string_view::npos) {
    if (!has_utf8_bom && HasIso2022JpEscapes(bytes) &&
        DecodeStrict(bytes, "ISO-2022-JP", &result.text, &error)) {
      ToJisStandardCharacters(&result.text);
      result.encoding = "ISO-2022-JP";
      return result;
    }
    result.text = StripUtf8Bom(bytes);
    result.encoding = "UTF-8";
    return result;
  }
  size_t multibyte = 0, invalid = 0;
  CountUtf8(bytes, &multibyte, &invalid);
  // A UTF-8 file with a BOM, or one whose non-ASCII is overwhelmingly valid
  // UTF-8, is a damaged UTF-8 file: say where.
  if (has_utf8_bom || (multibyte >= 4 && invalid * 50 <= multibyte)) {
    return Status::InvalidInput(path, "invalid UTF-8 at byte " + std::to_string(invalid_at) +
                                          " (the rest of the file is UTF-8)");
  }

  std::vector<const char*> tried;
  auto try_decode = [&](const char* converter, const char* name) -> bool {
    for (const char* t : tried)
      if (std::string_view(t) == converter) return false;
    tried.push_back(converter);
    std::string err;
    if (DecodeStrict(bytes, converter, &result.text, &err)) {
      if (IsJapaneseLegacy(name)) ToJisStandardCharacters(&result.text);
      result.encoding = name;
      return true;
    }
    return false;
  };

  if (!options.declared.empty()) {
    UErrorCode status = U_ZERO_ERROR;
    const char* canonical = ucnv_getCanonicalName(options.declared.c_str(), "IANA", &status);
    std::string declared = options.declared;
    for (const Supported& s : kSupported) {
      UErrorCode st2 = U_ZERO_ERROR;
      const char* sc = ucnv_getCanonicalName(s.converter, "IANA", &st2);
      bool same = canonical && sc && std::string_view(canonical) == sc;
      std::string lower = declared;
      std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
      std::string lower_name = s.name;
      std::transform(lower_name.begin(), lower_name.end(), lower_name.begin(), ::tolower);
      if (same || lower == lower_name || (lower == "gbk" && lower_name == "gb18030") ||
          (lower == "gb2312" && lower_name == "gb18030") ||
          ((lower == "windows-31j" || lower == "cp932" || lower == "sjis" || lower == "x-sjis") &&
           lower_name == "shift_jis") ||
          (lower == "big5-hkscs" && lower_name == "big5")) {
        if (try_decode(s.converter, s.name)) return result;
      }
    }
  }

  // Western single-byte text, before the CJK encodings (LooksSingleByteWestern).
  if (LooksSingleByteWestern(bytes) && try_decode(kWindows1252.converter, kWindows1252.name)) return result;

  // ICU detection, then the fixed order.
  std::vector<const Supported*> order;
  {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector* det = ucsdet_open(&status);
    if (U_SUCCESS(status)) {
      int32_t sample = static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20));
      ucsdet_setText(det, bytes.data(), sample, &status);
      int32_t count = 0;
      const UCharsetMatch** matches = ucsdet_detectAll(det, &count, &status);
      if (U_SUCCESS(status)) {
        for (int32_t i = 0; i < count; ++i) {
          UErrorCode s2 = U_ZERO_ERROR;
          const char* name = ucsdet_getName(matches[i], &s2);
          if (U_FAILURE(s2) || !name) continue;
          if (const Supported* s = FindSupported(name)) order.push_back(s);
        }
      }
      ucsdet_close(det);
    }
  }
  for (const Supported& s : kSupported)
    if (std::find(order.begin(), order.end(), &s) == order.end()) order.push_back(&s);
  for (const Supported* s : order)
    if (try_decode(s->converter, s->name)) return result;

  std::string names;
  for (const Supported& s : kSupported) names += std::string(names.empty() ? "" : ", ") + s.name;
  if (std::any_of(tried.begin(), tried.end(),
                  [](const char* t) { return std::string_view(t) == kWindows1252.converter; }))
    names += std::string(", ") + kWindows1252.name;
  return Status::InvalidInput(path, "no supported encoding decodes it cleanly (not UTF-8: invalid byte at " +
                                        std::to_string(invalid_at) + "; tried " + names +
                                        "; use --encoding to force one)");
}

}  // namespace dossier
