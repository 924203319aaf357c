// XML reader: the plain dossier schema and TEI P5, safely.
//
//   StatusOr<ReaderOutput> out = ReadXml(utf8_xml, "statement.xml");
//
// Safety: a document that declares entities (<!ENTITY in a DOCTYPE) is
// refused before parsing: "refused: XML declares entities (external entities
// and entity expansion are not allowed)". libxml2 then parses with
// XML_PARSE_NONET, without XML_PARSE_NOENT and without XML_PARSE_DTDLOAD, so
// no DTD or external resource is ever loaded. Malformed XML -> kInvalidInput
// "malformed XML at line N: <libxml2 message>".
//
// The bytes must already be UTF-8 (charset.h decodes them, honouring the
// encoding declaration); the parser is told so.
//
// Plain schema (corpus/README.md, docs/formats.md), no namespace:
//   <document lang="en" kind="communique"><title/><date/><source/><author/>
//     <body><heading/>…<p lang="ja">…</p></body></document>
// -> title block, heading and paragraph blocks; <p lang> sets the block
// language; kind, date (xml), source, author from the elements.
//
// TEI P5 (root <TEI> or <teiCorpus> in http://www.tei-c.org/ns/1.0):
//   teiHeader/fileDesc/titleStmt/title (first) -> title, titleStmt/author ->
//   author, publicationStmt/date@when (else its text) -> date,
//   publicationStmt/publisher -> source; text/body: head -> heading, p, ab,
//   item, l, quote -> paragraphs, div/list/lg are containers; note, fw, pb,
//   figure are skipped. xml:lang on a block sets its language. A first
//   <head> equal to the title is the title segment itself.
// Any other root element -> kInvalidInput naming it.
#pragma once

#include <string>
#include <string_view>

#include "ingest/status.h"
#include "ingest/text_block.h"

namespace dossier {

inline constexpr std::string_view kTeiNamespace = "http://www.tei-c.org/ns/1.0";

StatusOr<ReaderOutput> ReadXml(std::string_view utf8_xml, const std::string& path);

}  // namespace dossier
