#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>

#include "tests/ingest/ingest_test_util.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using test::MustIngest;

struct Expect {
  const char* file;
  const char* encoding;
  const char* format;
  const char* date;
  const char* kind;
  const char* first_lang;
};

TEST_CASE("corpus: every sample document ingests, validates and has the stated metadata") {
  fs::path corpus = test::SourceDir() / "corpus";
  if (!fs::exists(corpus / "zh-hans-communique-dialogue.txt")) {
    WARN("corpus not present; skipped");
    return;
  }
  const Expect rows[] = {
      {"zh-hans-article-investment.gb18030.txt", "GB18030", "txt", "2024-04-18", "article", "zh-Hans"},
      {"zh-hant-article-tourism.big5.txt", "Big5", "txt", "2025-01-20", "article", "zh-Hant"},
      {"ja-speech-business.sjis.txt", "Shift_JIS", "txt", "2024-12-05", "speech", "ja"},
      {"ja-press-release.txt", "UTF-8", "txt", "2024-11-16", "press-release", "ja"},
      {"zh-hans-communique-dialogue.txt", "UTF-8", "txt", "2025-03-22", "communique", "zh-Hans"},
      {"zh-hans-speech-trade.txt", "UTF-8", "txt", "2024-11-15", "speech", "zh-Hans"},
      {"en-speech-rcep.txt", "UTF-8", "txt", "2024-11-16", "speech", "en"},
      {"en-article-web-capture.txt", "UTF-8", "txt", "2024-05-08", "article", "en"},
      {"ja-article-supply-chain.html", "UTF-8", "html", "2024-06-12", "article", "ja"},
      {"en-press-release-dialogue.html", "UTF-8", "html", "2025-03-24", "press-release", "en"},
      {"en-communique.xml", "UTF-8", "xml", "2024-11-16", "communique", "en"},
      {"zh-hans-tei-statement.xml", "UTF-8", "tei", "2024-05-27", nullptr, "zh-Hans"},
      {"zh-hans-numbered-report.txt", "UTF-8", "txt", "2024-12", nullptr, "zh-Hans"},
      {"ja-interview.txt", "UTF-8", "txt", "2025-04-10", "interview", "ja"},
  };
  for (const Expect& e : rows) {
    INFO(e.file);
    if (!fs::exists(corpus / e.file)) continue;
    Document doc = MustIngest(test::ReadFile(corpus / e.file), e.file);
    CHECK(doc.meta.encoding == e.encoding);
    CHECK(doc.meta.format == e.format);
    CHECK(doc.meta.date == e.date);
    if (e.kind) CHECK(doc.meta.kind == e.kind);
    CHECK(doc.segments[0].lang == e.first_lang);
    // A title segment exists and is the title (a label may precede it: "PRESS RELEASE").
    auto title = std::find_if(doc.segments.begin(), doc.segments.end(),
                              [](const Segment& s) { return s.kind == SegmentKind::kTitle; });
    REQUIRE(title != doc.segments.end());
    CHECK(doc.slice(title->span) == doc.meta.title);
  }
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().filename() == "README.md") continue;
    INFO(entry.path().string());
    StatusOr<Document> doc = IngestFile(entry.path().string(), {});
    REQUIRE(doc.ok());
    CHECK(ValidateDocument(*doc).ok());
  }
}

TEST_CASE("corpus: the hard-wrapped speech keeps a wrapped sentence whole") {
  fs::path file = test::SourceDir() / "corpus" / "en-speech-rcep.txt";
  if (!fs::exists(file)) return;
  Document doc = MustIngest(test::ReadFile(file), "en-speech-rcep.txt");
  CHECK(doc.text.find("Two-way trade between China and Japan came to $320 billion in 2023.") != std::string::npos);
}

TEST_CASE("corpus: ingestion speed on plain UTF-8 text (printed, not asserted)") {
  std::string unit =
      "The two sides agreed to strengthen cooperation in trade, investment and green development, and to keep "
      "the U.S. dollar figures in their reports comparable. Bilateral trade reached 318 billion dollars.\n\n"
      "中日双方同意加强在贸易、投资和绿色发展领域的合作，双边贸易额达到3180亿美元，同比下降10.7%。\n\n"
      "両国は、貿易・投資・グリーン分野での協力を強化することで一致した。\n\n";
  std::string text = "Speed test title\n\n";
  while (text.size() < (8u << 20)) text += unit;
  auto start = std::chrono::steady_clock::now();
  Document doc = MustIngest(text, "speed.txt");
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double mb = static_cast<double>(text.size()) / (1 << 20);
  WARN("plain UTF-8 ingestion: " << mb << " MiB in " << seconds << " s = " << mb / seconds << " MiB/s ("
                                 << doc.segments.size() << " segments)");
  CHECK(doc.segments.size() > 1000);
}

}  // namespace
}  // namespace dossier
