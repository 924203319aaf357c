// HTML nested deeper than libxml2 builds trees (256 levels): the page is read
// again flattened (ingest/html_flatten.h), so its text survives, in time
// linear in its size.
#include <catch2/catch.hpp>

#include <chrono>

#include "ingest/html_flatten.h"
#include "ingest/html_reader.h"
#include "ingest/ingest.h"
#include "ingest/validate.h"
#include "tests/test_util.h"

using namespace dossier;
using dossier::test::Repeat;

namespace {

double SecondsToRead(const std::string& html, StatusOr<ReaderOutput>* out) {
  auto t0 = std::chrono::steady_clock::now();
  *out = ReadHtml(html, "deep.html");
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

std::string AllText(const ReaderOutput& out) {
  std::string all;
  for (const TextBlock& b : out.blocks) all += b.text + "\n";
  return all;
}

}  // namespace

TEST_CASE("html flatten: tags lose their nesting, text and the tags the reader needs stay") {
  CHECK(FlattenHtml("<div><div><p>deep <b>text</b></p></div></div>") == "<p><p><p>deep text<p><p><p>");
  CHECK(FlattenHtml("<TITLE>A <b> title</TITLE><h2 class=\"x>y\">Head</h2>") ==
        "<TITLE>A <b> title</TITLE><h2 class=\"x>y\">Head</h2>");
  CHECK(FlattenHtml("a<!-- <div> -->b<!DOCTYPE html>c<?php x ?>d") == "abcd");
  CHECK(FlattenHtml("x<script>var s = \"<div>\";</script>y<STYLE>p{}</style>z") == "x<p>y<p>z");
  CHECK(FlattenHtml("1 < 2 &amp; <3") == "1 &lt; 2 &amp; &lt;3");
  CHECK(FlattenHtml("<p>unclosed <div class=\"") == "<p>unclosed ");
  CHECK(FlattenHtml("<h1><h2>a</h2></h1>") == "<h1></h1><h2>a</h2>");
  CHECK(FlattenHtml("<br><meta name=\"date\" content=\"2024-05-01\">") ==
        "<br><meta name=\"date\" content=\"2024-05-01\">");
}

TEST_CASE("html deep: 100,000 nested divs keep their text, title and entities") {
  std::string html = "<html><head><title>Deep page</title></head><body>" + Repeat("<div>", 100000) +
                     "deep text &amp; more<script>hidden()</script>" + Repeat("</div>", 100000) +
                     "<p>After the divs.</p></body></html>";
  StatusOr<ReaderOutput> out = Status::Ok();
  double seconds = SecondsToRead(html, &out);
  REQUIRE(out.ok());
  std::string all = AllText(*out);
  CHECK(all.find("deep text & more") != std::string::npos);
  CHECK(all.find("After the divs.") != std::string::npos);
  CHECK(all.find("hidden") == std::string::npos);
  CHECK(out->title == "Deep page");
  CHECK(seconds < 10);

  // End to end: a valid document holding the text.
  StatusOr<Document> doc = IngestBytes(html, "deep.html", {});
  REQUIRE(doc.ok());
  CHECK(ValidateDocument(*doc).ok());
  CHECK(doc->text.find("deep text & more") != std::string::npos);
}

TEST_CASE("html deep: a page within the depth cap is read by the tree walk as before") {
  // 200 levels: no fallback, so the tree rules still apply (nav dropped).
  std::string html = "<html><body>" + Repeat("<div>", 200) + "<nav>Menu</nav><p>Kept text.</p>" +
                     Repeat("</div>", 200) + "</body></html>";
  StatusOr<ReaderOutput> out = Status::Ok();
  SecondsToRead(html, &out);
  REQUIRE(out.ok());
  CHECK(AllText(*out).find("Kept text.") != std::string::npos);
  CHECK(AllText(*out).find("Menu") == std::string::npos);
}

TEST_CASE("html deep: deep nesting with unmatched end tags stays linear") {
  // Each unmatched end tag makes libxml2 search the whole open-element
  // stack: without the depth cap this page would cost depth x tags (tens of
  // seconds at this size); capped and then flattened it is one pass.
  const size_t n = 200000;
  std::string html = "<html><body>" + Repeat("<div>", n) + "text at the bottom" + Repeat("</x>", n) +
                     Repeat("<h1>", n) + "heading soup" + "</body></html>";
  StatusOr<ReaderOutput> out = Status::Ok();
  double seconds = SecondsToRead(html, &out);
  WARN("deep page with unmatched end tags: " << seconds << " s, " << (out.ok() ? "ok" : out.status().ToString()));
  CHECK(seconds < 10);
  REQUIRE(out.ok());
  CHECK(AllText(*out).find("text at the bottom") != std::string::npos);
  CHECK(AllText(*out).find("heading soup") != std::string::npos);
}
