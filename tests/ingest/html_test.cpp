#include <catch2/catch.hpp>

#include "tests/time_scale.h"

#include <chrono>

#include "ingest/html_reader.h"
#include "tests/ingest/ingest_test_util.h"

namespace dossier {
namespace {

using test::MustIngest;
using test::SegmentTexts;

bool Contains(const Document& d, std::string_view s) { return d.text.find(s) != std::string::npos; }

const char* kPage = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Trade talks resume | Example News</title>
<meta property="og:title" content="Trade talks resume">
<meta property="og:site_name" content="Example News">
<meta name="author" content="A. Writer">
<meta property="article:published_time" content="2024-06-12T09:00:00+09:00">
<style>p { color: red; } .secret-style { }</style>
<script>var tracking = "SCRIPT-TEXT";</script>
</head><body>
<header class="site"><a href="/">Example News</a> <span>HEADER-TEXT</span></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<main><article>
<h1>Trade talks resume</h1>
<p>Officials from both sides met in Tokyo &amp; agreed to meet again&nbsp;soon &#8212; the first such meeting since 2019.</p>
<h2>Background</h2>
<p>Trade fell <b>10.7%</b> last year, said <a href="/p">the ministry</a>, citing customs data.</p>
<ul><li>Exports fell 8.4%.</li><li>Imports fell 12.9%.</li></ul>
<blockquote>We will keep talking.</blockquote>
<table><tr><td>Cell text with enough words.</td></tr></table>
<div>Loose div text is a block too.</div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">LinkedIn</a></div>
<aside>ASIDE-TEXT related links</aside>
<form>FORM-TEXT <input name="q"></form>
<noscript>NOSCRIPT-TEXT</noscript>
<iframe src="x">IFRAME-TEXT</iframe>
</article></main>
<footer>FOOTER-TEXT (c) Example</footer>
</body></html>
)";

TEST_CASE("html: keeps title, headings, paragraphs, lists, quotes, cells and div text") {
  Document doc = MustIngest(kPage, "page.html");
  CHECK(doc.meta.format == "html");
  CHECK(doc.meta.title == "Trade talks resume");
  REQUIRE(doc.segments.size() >= 8);
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(doc.slice(doc.segments[0].span) == "Trade talks resume");
  std::vector<std::string> texts = SegmentTexts(doc);
  auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  CHECK(has("Background"));
  CHECK(has("Exports fell 8.4%."));
  CHECK(has("Imports fell 12.9%."));
  CHECK(has("We will keep talking."));
  CHECK(has("Cell text with enough words."));
  CHECK(has("Loose div text is a block too."));
  CHECK(has("Trade fell 10.7% last year, said the ministry, citing customs data."));
  for (const Segment& s : doc.segments)
    if (doc.slice(s.span) == "Background") CHECK(s.kind == SegmentKind::kHeading);
}

TEST_CASE("html: a data table's row is one segment, its cells apart by pipes, and a layout table stays by cell") {
  const char* page =
      "<html><body><main>"
      "<table><caption>Results (¥ billion)</caption>"
      "<tr><th></th><th>FY2024</th><th>FY2025</th></tr>"
      "<tr><td>Net <b>sales</b></td><td>636.3</td><td></td><td>652.8</td></tr>"
      "<tr><td></td><td></td></tr>"
      "</table>"
      // A layout table: a cell holding paragraphs is a box of content.
      "<table><tr><td><p>First column paragraph.</p></td><td>Side note.</td></tr></table>"
      "</main></body></html>";
  std::vector<std::string> texts = SegmentTexts(MustIngest(page, "results.html"));
  auto has = [&](const std::string& s) { return std::find(texts.begin(), texts.end(), s) != texts.end(); };
  CHECK(has("Results (¥ billion)"));
  CHECK(has("| FY2024 | FY2025"));           // the empty first cell keeps its column too
  CHECK(has("Net sales | 636.3 | | 652.8"));  // an empty cell between keeps its column
  CHECK(has("First column paragraph."));
  CHECK(has("Side note."));
  for (const std::string& t : texts) CHECK(t.find_first_not_of("| ") != std::string::npos);  // no row of empty cells
}

TEST_CASE("html: a <pre> keeps its lines, as a plain text file does") {
  const char* page =
      "<html><body><p>Trade in goods, October:</p><pre>\n"
      "                 港元（百萬元）   按年變動（%）\n"
      "內地                253,840         13.4\n"
      "美國                 24,307        -12.1\n"
      "</pre><p>Figures are provisional.</p></body></html>";
  std::vector<std::string> t = SegmentTexts(MustIngest(page, "release.html"));
  REQUIRE(t.size() == 5);
  CHECK(t[1] == "港元（百萬元） 按年變動（%）");
  CHECK(t[2] == "內地 253,840 13.4");
  CHECK(t[3] == "美國 24,307 -12.1");
}

TEST_CASE("html: decodes entities") {
  Document doc = MustIngest(kPage, "page.html");
  CHECK(Contains(doc, "in Tokyo & agreed to meet again soon \xE2\x80\x94 the first"));
}

TEST_CASE("html: drops script, style, nav, header, footer, aside, form, noscript, iframe and link bars") {
  Document doc = MustIngest(kPage, "page.html");
  for (const char* gone : {"SCRIPT-TEXT", "secret-style", "HEADER-TEXT", "Home", "ASIDE-TEXT", "FORM-TEXT",
                           "NOSCRIPT-TEXT", "IFRAME-TEXT", "FOOTER-TEXT", "Facebook"}) {
    INFO(gone);
    CHECK_FALSE(Contains(doc, gone));
  }
}

TEST_CASE("html: furniture named by class or id is dropped, content and large wrappers are kept") {
  const std::string page = std::string(R"(<html><body>
<div class="header"><span class="logo">LOGO-TEXT Department of Commerce</span></div>
<div id="top-nav"><ul><li>MENU-ONE</li><li>MENU-TWO</li></ul></div>
<div class="wrap"><div class="article" id="zoom"><h1>Notice on export support funds</h1>
<div class="main-header">KEPT-HEADER the notice is issued by the department.</div>
<p>Applications are due by 6 June 2025 and are reviewed by the city bureaus.</p></div></div>
<div class="footer"><p>Sponsor: FOOTER-ORG, 29 Beijing East Road</p></div>
<div class="site-footer-wrap"><p>)") + std::string(1200, 'x') + R"( BIG-WRAPPER</p></div>
</body></html>)";
  Document doc = MustIngest(page, "notice.html");
  for (const char* gone : {"LOGO-TEXT", "MENU-ONE", "FOOTER-ORG"}) {
    INFO(gone);
    CHECK_FALSE(Contains(doc, gone));
  }
  for (const char* kept : {"Notice on export support funds", "KEPT-HEADER", "Applications are due", "BIG-WRAPPER"}) {
    INFO(kept);
    CHECK(Contains(doc, kept));
  }
}

TEST_CASE("html: a box of key facts inside the article is kept, other asides go") {
  const std::string page = R"(<html><body><main><article><h1>Ministers sign three MOUs</h1>
<p>The ministers met in Beijing today and signed three memoranda.</p>
<aside class="fact-box"><h3>Key facts</h3><ul><li>Total goods trade: S$175.3 billion in 2025</li></ul></aside>
<aside class="related"><ul><li>RELATED-LINK</li></ul></aside>
</article></main><aside class="fact-box"><p>OUTSIDE-BOX</p></aside></body></html>)";
  Document doc = MustIngest(page, "release.html");
  CHECK(Contains(doc, "Total goods trade: S$175.3 billion in 2025"));
  CHECK_FALSE(Contains(doc, "RELATED-LINK"));  // an aside of related links is furniture
  CHECK_FALSE(Contains(doc, "OUTSIDE-BOX"));   // outside the article, any aside is
}

TEST_CASE("html: a profile box of the interviewee inside the article is kept") {
  const std::string page = R"(<html><body><article><h1>Interview with the president</h1>
<p>The president spoke about the new plant in Thailand and sales in China.</p>
<aside class="profile"><h3>Maker Co., Ltd.</h3><p>Head office in Niigata. 1,240 employees.</p></aside>
<aside class="share-bar"><a href="#">SHARE-LINK</a></aside>
</article></body></html>)";
  Document doc = MustIngest(page, "interview.html");
  CHECK(Contains(doc, "Head office in Niigata. 1,240 employees."));
  CHECK_FALSE(Contains(doc, "SHARE-LINK"));
}

TEST_CASE("html: metadata from meta tags") {
  Document doc = MustIngest(kPage, "page.html");
  CHECK(doc.meta.date == "2024-06-12");
  CHECK(doc.meta.date_source == date_source::kHtmlMeta);
  CHECK(doc.meta.source == "Example News");
  CHECK(doc.meta.author == "A. Writer");
  IngestOptions options;
  options.source = "Given Source";
  CHECK(MustIngest(kPage, "page.html", options).meta.source == "Given Source");
}

TEST_CASE("html: meta name=date, pubdate, publishdate and dc.date") {
  for (const char* name : {"date", "pubdate", "publishdate", "dc.date", "DC.date"}) {
    INFO(name);
    std::string html = std::string("<html><head><meta name=\"") + name +
                       "\" content=\"2023-11-16\"><title>T</title></head><body><p>Body text here.</p></body></html>";
    Document doc = MustIngest(html, "m.html");
    CHECK(doc.meta.date == "2023-11-16");
  }
}

TEST_CASE("html: title falls back to og:title, then <title>") {
  Document og = MustIngest(
      "<html><head><title>Page | Site</title><meta property=\"og:title\" content=\"OG headline\"></head>"
      "<body><p>Body paragraph.</p></body></html>",
      "og.html");
  CHECK(og.meta.title == "OG headline");
  CHECK(og.segments[0].kind == SegmentKind::kTitle);
  Document t = MustIngest("<html><head><title>Only title</title></head><body><p>Body.</p></body></html>", "t.html");
  CHECK(t.meta.title == "Only title");
}

TEST_CASE("html: an article heading that repeats the page title is the title, not a second copy") {
  // No <h1>: the headline is an <h2>, and <title> adds the site's name.
  Document doc = MustIngest(
      "<html><head><title>江苏外贸进出口增长5.8%_南京海关</title></head><body>"
      "<nav><a href=\"/\">首页</a></nav><h2 class=\"detail-title\">江苏外贸进出口增长5.8%</h2>"
      "<p>前10个月，江苏省外贸进出口4.72万亿元，同比增长5.8%。</p></body></html>",
      "customs.html");
  CHECK(doc.meta.title == "江苏外贸进出口增长5.8%");
  REQUIRE(!doc.segments.empty());
  CHECK(doc.segments[0].kind == SegmentKind::kTitle);
  CHECK(doc.slice(doc.segments[0].span) == "江苏外贸进出口增长5.8%");
  // The headline is in the text once.
  const std::string_view headline = "江苏外贸进出口增长5.8%";
  const size_t first = doc.text.find(headline);
  CHECK(doc.text.find(headline, first + 1) == std::string::npos);
  // A heading that is not the title stays a heading, and the title comes first.
  Document other = MustIngest(
      "<html><head><title>Headline | Site</title></head><body><h2>Background</h2><p>Body text here.</p></body></html>",
      "other.html");
  CHECK(other.meta.title == "Headline | Site");
  CHECK(other.segments[0].kind == SegmentKind::kTitle);
  CHECK(other.segments[1].kind == SegmentKind::kHeading);
}

TEST_CASE("html: the declared charset is honoured") {
  std::string html = "<html><head><meta charset=\"gb18030\"><title>经济</title></head><body><p>中日经贸合作不断深化，双方同意加强交流。</p></body></html>";
  std::string bytes = test::Encode(html, "GB18030");
  Document doc = MustIngest(bytes, "gb.html");
  CHECK(doc.meta.encoding == "GB18030");
  CHECK(Contains(doc, "中日经贸合作不断深化"));
  std::string sjis = test::Encode(
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head>"
      "<body><p>本日、日中経済対話が開催されました。</p></body></html>",
      "Shift_JIS");
  Document ja = MustIngest(sjis, "sjis.html");
  CHECK(ja.meta.encoding == "Shift_JIS");
  CHECK(Contains(ja, "日中経済対話"));
}

TEST_CASE("html: lang attributes on blocks set the segment language") {
  Document doc = MustIngest(
      "<html lang=\"en\"><body><h1>日中観光交流</h1><p lang=\"ja\">本日は日中観光交流の会です。</p>"
      "<p lang=\"en\">Today is the tourism exchange meeting.</p></body></html>",
      "bi.html");
  REQUIRE(doc.segments.size() == 3);
  CHECK(doc.segments[1].lang == "ja");
  CHECK(doc.segments[2].lang == "en");
}

TEST_CASE("html: 100,000 nested divs neither crash nor take long") {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep text";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "<p>After the divs.</p></body></html>";
  auto start = std::chrono::steady_clock::now();
  StatusOr<Document> doc = IngestBytes(html, "deep.html", {});
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  // libxml2 caps the depth; whatever it keeps must be a valid document or a clear error.
  if (doc.ok()) {
    CHECK(ValidateDocument(*doc).ok());
  } else {
    CHECK(doc.status().subject() == "deep.html");
  }
  WARN("100,000 nested divs: " << seconds << " s, " << (doc.ok() ? "ok" : doc.status().ToString()));
  CHECK(seconds < 30.0 * test::kTimeScale);
}

TEST_CASE("html: <br> inside a block joins Japanese and English with a space") {
  Document doc = MustIngest("<html><body><h1>日中観光交流<br>Tourism Exchange</h1><p>Body text.</p></body></html>", "br.html");
  CHECK(doc.meta.title == "日中観光交流 Tourism Exchange");
}

TEST_CASE("html: <br> between CJK lines keeps them apart, after a CJK comma it only wraps") {
  Document doc = MustIngest(
      "<html><body><h1>年頭所感</h1><p>変化を成長の機会に変え、<br>\n    持続的な成長を実現します。</p>"
      "<p class=\"signature\">令和8年元旦<br>\n    新潟商工会議所<br>\n    会頭　三宅　康弘</p></body></html>",
      "sign.html");
  CHECK(doc.text.find("変化を成長の機会に変え、持続的な成長を実現します。") != std::string::npos);
  CHECK(doc.text.find("令和8年元旦 新潟商工会議所 会頭") != std::string::npos);
  // a line break in the source is no <br>: wrapped CJK stays joined
  Document wrapped = MustIngest("<html><body><p>日本と中国の\n経済協力を強化してまいります。</p></body></html>", "wrap.html");
  CHECK(wrapped.text.find("日本と中国の経済協力") != std::string::npos);
}

}  // namespace
}  // namespace dossier
