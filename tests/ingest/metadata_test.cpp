#include <catch2/catch.hpp>

#include "ingest/metadata.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;

TEST_CASE("metadata: dates in datelines, every way of writing them") {
  struct Row {
    const char* text;
    const char* iso;
  };
  const Row rows[] = {
      {"Updated: March 22, 2025 21:44", "2025-03-22"},
      {"March 22, 2025", "2025-03-22"},
      {"22 March 2025", "2025-03-22"},
      {"Mar. 22, 2025", "2025-03-22"},
      {"2025年3月22日", "2025-03-22"},
      {"２０２５年３月２２日", "2025-03-22"},
      {"令和7年3月22日", "2025-03-22"},
      {"令和元年5月1日", "2019-05-01"},
      {"平成30年10月26日", "2018-10-26"},
      {"2025-03-22", "2025-03-22"},
      {"2025/3/22", "2025-03-22"},
      {"二〇二四年十二月", "2024-12"},
      {"二〇二四年十二月五日", "2024-12-05"},
      {"发布日期：2024年9月26日", "2024-09-26"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    std::optional<DateMatch> m = FindDate(r.text);
    REQUIRE(m);
    CHECK(m->iso == r.iso);
  }
  for (const char* none : {"the 1970s", "2025年", "2025-13-01", "February 30, 2024", "G20", "第6回"}) {
    INFO(none);
    CHECK_FALSE(FindDate(none));
  }
}

TEST_CASE("metadata: the date span points at the date in the original text") {
  std::string text = "更新：２０２５年３月２２日　東京";
  std::optional<DateMatch> m = FindDate(text);
  REQUIRE(m);
  CHECK(text.substr(m->start, m->end - m->start) == "２０２５年３月２２日");
}

TEST_CASE("metadata: document date from a dateline, else --date") {
  Document ja = MustIngest("第6回日中経済対話の開催（結果）\n\n令和7年3月22日\n\n本日、会談が行われた。\n", "ja.txt");
  CHECK(ja.meta.date == "2025-03-22");
  CHECK(ja.meta.date_source == "dateline");
  Document zh = MustIngest("标题\n\n2025年3月22日，双方在东京举行对话。\n", "zh.txt");
  CHECK(zh.meta.date == "2025-03-22");
  IngestOptions options;
  options.date = "2024-09-15";
  Document none = MustIngest("Title\n\nNo date is stated here at all.\n", "n.txt", options);
  CHECK(none.meta.date == "2024-09-15");
  CHECK(none.meta.date_source == "option");
  Document stated = MustIngest("Title\n\nMarch 22, 2025\n\nBody.\n", "s.txt", options);
  CHECK(stated.meta.date == "2025-03-22");
  CHECK(stated.meta.date_source == "dateline");
  Document empty = MustIngest("Title\n\nBody without a date.\n", "e.txt");
  CHECK(empty.meta.date.empty());
  CHECK(empty.meta.date_source.empty());
}

TEST_CASE("metadata: a date deep inside the body is not a dateline") {
  std::string text = "Title\n\n";
  for (int i = 0; i < 15; ++i) text += "A paragraph of ordinary text that says nothing about when it was written.\n\n";
  text += "On March 22, 2025 something happened.\n";
  CHECK(MustIngest(text, "deep.txt").meta.date.empty());
}

TEST_CASE("metadata: kind from cue words, title first") {
  struct Row {
    const char* text;
    const char* kind;
  };
  const Row rows[] = {
      {"在2024中日经贸合作论坛开幕式上的致辞\n\n各位来宾：\n", "speech"},
      {"第六次中日经济高层对话联合新闻公报\n\n双方同意加强合作。\n", "communique"},
      {"中日联合声明\n\n双方同意。\n", "communique"},
      {"Press Release\n\nThe association welcomed the outcome of the dialogue today.\n", "press-release"},
      {"Remarks by the Chairman at the Forum\n\nThank you.\n", "speech"},
      {"インタビュー：日中経済の今後\n\n問　今後の見通しは。\n", "interview"},
      {"外交部发言人答记者问\n\n问：请介绍情况。\n", "interview"},
      {"首相の記者会見\n\n本日は。\n", "interview"},
      {"Trade Cools Between Neighbours\n\nAnalysts say the speech by the minister was an interview of sorts, given "
       "in a long interview with reporters after a speech.\n",
       "article"},
  };
  for (const Row& r : rows) {
    INFO(r.text);
    CHECK(MustIngest(r.text, "k.txt").meta.kind == r.kind);
  }
}

TEST_CASE("metadata: content hash is the SHA-256 of the text, format and encoding recorded") {
  Document doc = MustIngest("Title\n\nBody.\n", "h.txt");
  CHECK(doc.meta.content_hash == ContentHash(doc.text));
  CHECK(doc.meta.content_hash.size() == 64);
  CHECK(doc.meta.format == "txt");
  CHECK(doc.meta.encoding == "UTF-8");
  CHECK(doc.meta.title == "Title");
  // Same text, different bytes (CRLF, BOM): same hash.
  CHECK(MustIngest("\xEF\xBB\xBFTitle\r\n\r\nBody.\r\n", "h2.txt").meta.content_hash == doc.meta.content_hash);
}

TEST_CASE("metadata: a page title with a site name yields the headline and the source") {
  Document doc = MustIngest(
      "Firms Rethink China | The Ledger\nHome | News | Asia\n\nFirms Rethink China\n\nBy A. Reporter | May 8, 2024\n\n"
      "A paragraph of the article that is long enough to count as the body of the article and not as a short "
      "line of page furniture.\n",
      "site.txt");
  CHECK(doc.meta.title == "Firms Rethink China");
  CHECK(doc.meta.source == "The Ledger");
  CHECK(doc.text.rfind("Firms Rethink China\n\n", 0) == 0);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

TEST_CASE("metadata: a title followed by its translation keeps the first line as title") {
  Document doc = test::MustIngest(
      "关于深化中日青年交流的联合声明\n\nJoint Statement on Deepening China-Japan Youth Exchanges\n\n"
      "2025年2月18日，北京\n\n双方同意加强交流。\n\nThe two sides agreed to strengthen exchanges.\n",
      "bi.txt");
  CHECK(doc.meta.title == "关于深化中日青年交流的联合声明");
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(doc.meta.date == "2025-02-18");
}

}  // namespace
}  // namespace dossier
