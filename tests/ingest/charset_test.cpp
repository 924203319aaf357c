#include <catch2/catch.hpp>

#include <unicode/ucnv.h>

#include "ingest/charset.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::Encode;
using test::MustIngest;

const std::string kZhHans = "中日经贸合作不断深化。\n\n双方同意加强在绿色发展、数字经济等领域的交流，推动两国企业开展互利合作。\n";
const std::string kZhHant = "中日經貿合作不斷深化。\n\n雙方同意加強在綠色發展、數字經濟等領域的交流，推動兩國企業開展互利合作。\n";
const std::string kJa = "日中経済関係について\n\n本日、東京において日中両国の経済閣僚が会談し、サプライチェーンの強靱化について意見交換を行いました。\n";

// ucnv directly, as the brief asks: the tests do not trust the code under test to make their inputs.
std::string UcnvEncode(const std::string& utf8, const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  REQUIRE(U_SUCCESS(status));
  out.resize(static_cast<size_t>(n));
  return out;
}

TEST_CASE("charset: UTF-8 with and without BOM decodes to the same text") {
  Document plain = MustIngest(kZhHans, "a.txt");
  Document bom = MustIngest("\xEF\xBB\xBF" + kZhHans, "b.txt");
  CHECK(plain.text == bom.text);
  CHECK(plain.meta.encoding == "UTF-8");
  CHECK(bom.text.rfind("中日", 0) == 0);
}

TEST_CASE("charset: UTF-16 LE and BE with BOM") {
  std::string le = UcnvEncode(kJa, "UTF-16LE");
  std::string be = UcnvEncode(kJa, "UTF-16BE");
  Document d1 = MustIngest("\xFF\xFE" + le, "le.txt");
  Document d2 = MustIngest("\xFE\xFF" + be, "be.txt");
  CHECK(d1.meta.encoding == "UTF-16LE");
  CHECK(d2.meta.encoding == "UTF-16BE");
  CHECK(d1.text == MustIngest(kJa, "u8.txt").text);
  CHECK(d1.text == d2.text);
}

TEST_CASE("charset: CJK legacy encodings are detected and decode cleanly") {
  struct Case {
    const std::string* text;
    const char* converter;
    const char* expected;
  };
  const Case cases[] = {
      {&kZhHans, "GB18030", "GB18030"},
      {&kZhHant, "Big5", "Big5"},
      {&kJa, "Shift_JIS", "Shift_JIS"},
      {&kJa, "EUC-JP", "EUC-JP"},
      {&kJa, "ISO-2022-JP", "ISO-2022-JP"},
  };
  for (const Case& c : cases) {
    INFO(c.converter);
    std::string bytes = UcnvEncode(*c.text, c.converter);
    Document doc = MustIngest(bytes, "legacy.txt");
    CHECK(doc.meta.encoding == c.expected);
    CHECK(doc.text == MustIngest(*c.text, "utf8.txt").text);
  }
}

TEST_CASE("charset: GBK-only text (a GB18030 subset) decodes") {
  std::string bytes = UcnvEncode(kZhHans, "GBK");
  Document doc = MustIngest(bytes, "gbk.txt");
  CHECK(doc.meta.encoding == "GB18030");
  CHECK(doc.text.find("数字经济") != std::string::npos);
}

TEST_CASE("charset: CP932 text with a wave dash decodes as Shift_JIS") {
  std::string text = "日中経済対話の開催について\n\n本日、両国は１５の省庁が参加する対話を開催し、合意しました。\n";
  std::string bytes = UcnvEncode(text, "windows-31j");
  Document doc = MustIngest(bytes, "cp932.txt");
  CHECK(doc.meta.encoding == "Shift_JIS");
  CHECK(doc.text.find("１５の省庁") != std::string::npos);
}

TEST_CASE("charset: Japanese legacy encodings give the JIS standard wave dash and minus sign") {
  // Raw bytes, not an encoder's output: 0x8160 / 0xA1C1 are JIS X 0208's
  // WAVE DASH and 0x817C / 0xA1DD its MINUS SIGN, which glibc's iconv and
  // Python decode to U+301C and U+2212 (ICU alone gives U+FF5E and U+FF0D).
  const std::string sjis = UcnvEncode("日中経済見通しの概要\n\n実質ＧＤＰは", "Shift_JIS") +
                           "\x81\x7C" "0.5" "\x81\x93" "\x81\x60" "0.9" "\x81\x93" + UcnvEncode("になる見込みです。\n", "Shift_JIS");
  const std::string euc = UcnvEncode("日中経済見通しの概要\n\n実質ＧＤＰは", "EUC-JP") +
                          "\xA1\xDD" "0.5" "\xA1\xF3" "\xA1\xC1" "0.9" "\xA1\xF3" + UcnvEncode("になる見込みです。\n", "EUC-JP");
  for (const std::string& bytes : {sjis, euc}) {
    Document doc = MustIngest(bytes, "ja.txt");
    INFO(doc.meta.encoding);
    CHECK((doc.meta.encoding == "Shift_JIS" || doc.meta.encoding == "EUC-JP"));
    CHECK(doc.text.find("\u2212" "0.5％\u301C" "0.9％") != std::string::npos);
    CHECK(doc.text.find("\uFF5E") == std::string::npos);
  }
  IngestOptions forced;
  forced.encoding = "windows-31j";
  CHECK(MustIngest(sjis, "forced.txt", forced).text.find("\u301C") != std::string::npos);
}

TEST_CASE("charset: --encoding overrides detection") {
  std::string bytes = UcnvEncode(kZhHant, "Big5");
  IngestOptions options;
  options.encoding = "Big5";
  Document doc = MustIngest(bytes, "forced.txt", options);
  CHECK(doc.meta.encoding == "Big5");
  CHECK(doc.text.find("經貿") != std::string::npos);
  options.encoding = "UTF-8";
  StatusOr<Document> bad = IngestBytes(bytes, "forced.txt", options);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().message().find("--encoding UTF-8") != std::string::npos);
}

TEST_CASE("charset: invalid UTF-8 in the middle of a UTF-8 file names the byte offset") {
  std::string bytes = kZhHans + kZhHans;
  size_t offset = kZhHans.size() + 6;
  bytes.insert(offset, "\xFF");
  StatusOr<Document> doc = IngestBytes(bytes, "damaged.txt", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == Status::Code::kInvalidInput);
  CHECK(doc.status().subject() == "damaged.txt");
  CHECK(doc.status().reason().find("invalid UTF-8 at byte " + std::to_string(offset)) != std::string::npos);
}

TEST_CASE("charset: text no supported encoding decodes cleanly is refused") {
  // Bytes that are neither UTF-8 nor valid in any supported CJK encoding.
  std::string bytes = "Report\n\nTrade rose \x80\xFF\x80 and fell \xFF\xFF\x80\x80 again.\n";
  StatusOr<Document> doc = IngestBytes(bytes, "garbage.txt", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().reason().find("no supported encoding decodes it cleanly") != std::string::npos);
  CHECK(doc.status().subject() == "garbage.txt");
}

TEST_CASE("charset: Western single-byte text decodes as windows-1252") {
  // Curly quotes, dashes and the euro sign are Windows-1252's own bytes
  // (0x80-0x9F); é, ü, ß are ISO-8859-1's as well.
  const std::string english =
      "Joint press release\n\nThe ministers \u201cwelcomed\u201d the agreement \u2014 worth \u20ac3.5 billion \u2013 "
      "and the caf\u00e9 owners of M\u00fcnchen and Stra\u00dfburg said it would help.\n";
  const std::string german = "Pressemitteilung\n\nDie Gespr\u00e4che \u00fcber Zusammenarbeit und Au\u00dfenhandel "
                             "wurden fortgesetzt; beide Seiten begr\u00fc\u00dften das Ergebnis.\n";
  for (const std::string* text : {&english, &german}) {
    for (const char* encoding : {"windows-1252", "ISO-8859-1"}) {
      INFO(encoding << ": " << *text);
      std::string bytes = UcnvEncode(*text, encoding);
      if (std::string(encoding) == "ISO-8859-1" && text == &english) continue;  // no curly quotes there
      REQUIRE(bytes.size() < text->size());  // really single-byte
      Document doc = MustIngest(bytes, "western.txt");
      CHECK(doc.meta.encoding == "windows-1252");
      CHECK(doc.text == MustIngest(*text, "utf8.txt").text);
    }
  }
}

TEST_CASE("charset: CJK text with a few characters among ASCII is not taken for windows-1252") {
  // An English text with a few Chinese and Japanese words: every Han
  // character is a run of two high bytes (GB18030, EUC-JP), or a run
  // broken by an ASCII trail byte (Big5, Shift_JIS) often enough.
  const std::string zh = "Report on RCEP\n\nThe ministers of 中国 and 日本 met in 北京 to discuss 经济合作 and trade.\n";
  const std::string tw = "Report on RCEP\n\nThe ministers met in 臺北 to discuss 經濟合作 and 貿易.\n";
  const std::string ja = "Report on RCEP\n\nThe ministers met in 東京 to discuss 経済協力 and サプライチェーン.\n";
  struct Case {
    const std::string* text;
    const char* converter;
    const char* expected;
  };
  for (const Case& c : {Case{&zh, "GB18030", "GB18030"}, Case{&tw, "Big5", "Big5"},
                        Case{&ja, "Shift_JIS", "Shift_JIS"}, Case{&ja, "EUC-JP", "EUC-JP"}}) {
    INFO(c.converter);
    Document doc = MustIngest(UcnvEncode(*c.text, c.converter), "few-cjk.txt");
    CHECK(doc.meta.encoding == c.expected);
    CHECK(doc.text == MustIngest(*c.text, "utf8.txt").text);
  }
}

TEST_CASE("charset: a byte Windows-1252 leaves undefined is refused, naming windows-1252") {
  // 0x81 is not a character in Windows-1252 (ICU would give the C1 control).
  StatusOr<Document> doc = IngestBytes("Report\n\nThe caf\xE9 \x81 closed.\n", "undefined.txt", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().reason().find("windows-1252") != std::string::npos);
}

TEST_CASE("charset: DecodeStrict never substitutes") {
  std::string out, error;
  CHECK_FALSE(DecodeStrict("\x81\x20", "Shift_JIS", &out, &error));
  CHECK_FALSE(error.empty());
  CHECK(DecodeStrict(UcnvEncode("経済", "EUC-JP"), "EUC-JP", &out, &error));
  CHECK(out == "経済");
}

}  // namespace
}  // namespace dossier
