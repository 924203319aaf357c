#include <catch2/catch.hpp>

#include <random>

#include "ingest/format_sniffer.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

// Random inputs built from pieces that exercise every reader: whatever comes
// out is a Status naming the file, or a Document that keeps every invariant.
TEST_CASE("robustness: random mixtures of text, markup and bad bytes never break an invariant") {
  const std::vector<std::string> pieces = {
      "Title", "\n", "\n\n", "\r\n", " ", "\t", "\xE3\x80\x80", "中日经贸合作。", "經濟發展", "本日、会談した。",
      "ﾊｲﾚﾍﾞﾙ", "２０２５年３月２２日", "The U.S. Federal Reserve rose. ", "Mr. Wang said so.", "(1) ",
      "一、", "<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<a href=x>", "</a>", "&amp;", "&#8212;",
      "<br>", "<script>x</script>", "\xE2\x80\x8B", "\xC2\xA0", "e\xCC\x81", "Share", "Related posts",
      "令和7年3月22日", "March 22, 2025", "\xFF", "\xC3", "\x80", std::string(1, '\0'), "\x1B$B",
      "\xEF\xBB\xBF", "-", "。", "！", "?", "."};
  std::mt19937 rng(42);
  const char* names[] = {"r.txt", "r.html", "r.xml"};
  for (int round = 0; round < 600; ++round) {
    std::string bytes;
    if (round % 3 == 1) bytes = "<html><body>";
    if (round % 3 == 2) bytes = "<?xml version=\"1.0\"?><document><title>T</title><body><p>";
    int n = 1 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) bytes += pieces[rng() % pieces.size()];
    if (round % 3 == 2) bytes += "</p></body></document>";
    std::string name = names[round % 3];
    StatusOr<Document> doc = IngestBytes(bytes, name, {});
    INFO("round " << round << ": " << bytes);
    if (doc.ok()) {
      Status valid = ValidateDocument(*doc);
      INFO(valid.ToString());
      CHECK(valid.ok());
      CHECK(doc->meta.content_hash == ContentHash(doc->text));
    } else {
      CHECK(doc.status().subject() == name);
      CHECK_FALSE(doc.status().reason().empty());
    }
  }
}

TEST_CASE("robustness: a .txt file starting with '<' stays text") {
  CHECK(SniffFormat("<Remarks> by the chair", "notes.txt") == InputFormat::kText);
  CHECK(SniffFormat("<document><title>T</title></document>", "doc.txt") == InputFormat::kXml);
  CHECK(SniffFormat("<!DOCTYPE html><html>", "page.txt") == InputFormat::kHtml);
  CHECK(SniffFormat("<root/>", "x.xml") == InputFormat::kXml);
  CHECK(SniffFormat("plain", "x.htm") == InputFormat::kHtml);
}

}  // namespace
}  // namespace dossier
