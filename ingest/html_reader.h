// HTML reader: libxml2's HTML parser, then an iterative walk that keeps text
// blocks and drops page furniture.
//
//   StatusOr<ReaderOutput> out = ReadHtml(utf8_html, "page.html");
//
// The bytes must already be UTF-8 (charset.h decodes them, honouring the
// declared charset); the parser is told so, and runs with
// HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER.
//
// Kept: <title>, h1-h6 (headings; the first <h1> is the title), p, li,
// blockquote, td/th, dd/dt, pre, figcaption, and the text directly inside
// div/section/article/main. Each block element starts a new block; <br> is
// a line break inside a block. Entities are decoded by the parser.
// Dropped: script, style, nav, footer, aside, form, noscript, iframe, svg,
// button, select, template; <header> unless inside <article> or <main>
// (article headers hold the headline); outside <article>/<main>, short
// elements whose class or id names furniture (<div class="footer">); blocks
// where more than half of the
// text is inside <a> (link lists, share bars, breadcrumbs; headings
// excepted); short blocks matching the boilerplate vocabulary.
// Metadata: <meta name=date|pubdate|publishdate|dc.date|dcterms.date>,
// <meta property=article:published_time> -> date (html-meta); og:title;
// og:site_name -> source; <meta name=author|dc.creator|article:author> ->
// author. Title: the first <h1>, else og:title, else <title>.
// Block languages: a lang attribute on the block or an enclosing element
// below <html> (the root's lang is often a template default, so detection
// decides there).
// The walk follows parent/child/sibling pointers and never recurses, so
// depth is bounded only by the parser. libxml2 stops at 256 levels; a page
// nested deeper is read again flattened (html_flatten.h), so its text is
// kept, in time and memory linear in its size.
#pragma once

#include <string>
#include <string_view>

#include "ingest/status.h"
#include "ingest/text_block.h"

namespace dossier {

StatusOr<ReaderOutput> ReadHtml(std::string_view utf8_html, const std::string& path);

}  // namespace dossier
