// FlattenHtml: the same HTML with its element nesting taken out, for pages
// that libxml2's tree parser gives up on.
//
//   std::string flat = FlattenHtml("<div><div><p>deep <b>text</b></p></div></div>");
//   // flat == "<p><p><p>deep text<p><p><p>"
//
// libxml2 stops building the tree at 256 levels of nesting (a safety cap;
// lifting it with XML_PARSE_HUGE makes unmatched end tags cost time
// proportional to the depth each, quadratic in all), and the text below that
// level is lost. ReadHtml then parses the flattened page instead: one linear
// pass over the bytes that
//   * keeps text as it is (the parser still decodes entities),
//   * keeps <title>, <meta> and <br> as they are, and h1-h6 too, except
//     that a heading opened inside another first closes it,
//   * drops inline tags (a, b, span, ...) so words stay together,
//   * turns every other tag, opening or closing, into <p> (a block boundary),
//   * drops comments, doctypes, processing instructions, and script, style,
//     and the other raw-text elements with their content.
// The result nests at most a few levels deep, whatever the input was. Block
// language attributes and the link-density and page-furniture rules that
// need the tree are lost: this is a fallback that keeps the text.
#pragma once

#include <string>
#include <string_view>

namespace dossier {

std::string FlattenHtml(std::string_view html);

}  // namespace dossier
