#include <catch2/catch.hpp>

#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;
using test::SegmentTexts;

const char* kPlain = R"(<?xml version="1.0" encoding="UTF-8"?>
<document lang="en" kind="communique">
  <title>Joint Communiqué of the Roundtable</title>
  <date>2024-11-16</date>
  <source>Business Federations Roundtable</source>
  <author>Secretariat</author>
  <body>
    <heading>I. Trade</heading>
    <p>The two sides agreed to expand trade &amp; investment.</p>
    <p lang="ja">双方は貿易と投資の拡大で一致した。</p>
  </body>
</document>
)";

TEST_CASE("xml: the plain dossier schema") {
  Document doc = MustIngest(kPlain, "c.xml");
  CHECK(doc.meta.format == "xml");
  CHECK(doc.meta.title == "Joint Communiqué of the Roundtable");
  CHECK(doc.meta.date == "2024-11-16");
  CHECK(doc.meta.date_source == date_source::kXml);
  CHECK(doc.meta.source == "Business Federations Roundtable");
  CHECK(doc.meta.author == "Secretariat");
  CHECK(doc.meta.kind == "communique");
  REQUIRE(doc.segments.size() == 4);
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(doc.segments[1].kind == SegmentKind::kHeading);
  CHECK(doc.slice(doc.segments[2].span) == "The two sides agreed to expand trade & investment.");
  CHECK(doc.segments[2].lang == "en");
  CHECK(doc.segments[3].lang == "ja");
}

const char* kTei = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc>
    <titleStmt><title>关于中日经贸合作的声明</title><author>研究所</author></titleStmt>
    <publicationStmt><publisher>东亚研究所</publisher><date when="2024-05-27">2024年5月27日</date></publicationStmt>
    <sourceDesc><p>HEADER-NOTE</p></sourceDesc>
  </fileDesc></teiHeader>
  <text><body>
    <head>关于中日经贸合作的声明</head>
    <div><head>一、总体情况</head>
      <p>双方同意加强合作。<note>NOTE-TEXT</note>会议取得积极成果。</p>
    </div>
    <div><p xml:lang="en">Both sides agreed.</p></div>
  </body></text>
</TEI>
)";

TEST_CASE("xml: TEI P5 header and body") {
  Document doc = MustIngest(kTei, "t.xml");
  CHECK(doc.meta.format == "tei");
  CHECK(doc.meta.title == "关于中日经贸合作的声明");
  CHECK(doc.meta.date == "2024-05-27");
  CHECK(doc.meta.source == "东亚研究所");
  CHECK(doc.meta.author == "研究所");
  std::vector<std::string> texts = SegmentTexts(doc);
  REQUIRE(texts.size() == 4);  // the first <head> repeats the title: one title segment
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(texts[1] == "一、总体情况");
  CHECK(doc.segments[1].kind == SegmentKind::kHeading);
  CHECK(texts[2] == "双方同意加强合作。会议取得积极成果。");
  CHECK(doc.segments[3].lang == "en");
  CHECK(doc.text.find("HEADER-NOTE") == std::string::npos);
}

TEST_CASE("xml: TEI date from element text when there is no @when") {
  std::string tei = kTei;
  tei.replace(tei.find(" when=\"2024-05-27\""), 18, "");
  CHECK(MustIngest(tei, "t.xml").meta.date == "2024-05-27");
}

TEST_CASE("xml: an XML declaration in another encoding is honoured") {
  std::string xml = kPlain;
  xml.replace(xml.find("UTF-8"), 5, "GB18030");
  std::string bytes = test::Encode(xml, "GB18030");
  Document doc = MustIngest(bytes, "gb.xml");
  CHECK(doc.meta.encoding == "GB18030");
  CHECK(doc.text.find("双方は貿易") != std::string::npos);
}

TEST_CASE("xml: unknown root elements are refused by name") {
  StatusOr<Document> doc = IngestBytes("<?xml version=\"1.0\"?><rss><channel/></rss>", "feed.xml", {});
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().reason().find("<rss>") != std::string::npos);
}

TEST_CASE("xml: a DOCTYPE without entities is fine and loads nothing") {
  std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE document SYSTEM \"http://example.invalid/d.dtd\">\n"
                    "<document><title>T</title><body><p>Text.</p></body></document>";
  Document doc = MustIngest(xml, "d.xml");
  CHECK(doc.meta.title == "T");
}

}  // namespace
}  // namespace dossier
