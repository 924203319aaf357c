// Renderers for search results (docs/search.md shows each format).
//
//   text   a ranked list: title, date, language, document id and segment,
//          then the segment with matches marked: ANSI bold red on a
//          terminal (`color`), «like this» otherwise.
//   json   JSON Lines, one object per hit: doc, path, title, date, lang,
//          kind, segment, score, start, end (segment span in the document
//          text), text (the segment), snippet (with «» markers) and
//          matches ([[start,end],...] absolute in the document text).
//   kwic   one line per match: left context, match, right context, the
//          match column aligned by display width (CJK counts 2).
//   facets counts of all hits by language, year, kind, source, organisation.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"
#include "query/search.h"

namespace dossier {

void RenderText(const SearchResult& result, int64_t offset, bool color, std::ostream& out);
void RenderJson(const SearchResult& result, std::ostream& out);
void RenderKwic(const SearchResult& result, int context_width, bool color, std::ostream& out);
void RenderFacets(const SearchFacets& facets, bool json, std::ostream& out);

// The segment text with `matches` (relative to it) wrapped in open/close,
// newlines shown as spaces; at most about `max_chars` characters around the
// first match, with … where it was cut (max_chars 0: the whole text).
std::string MarkMatches(std::string_view text, const std::vector<Span>& matches, std::string_view open,
                        std::string_view close, size_t max_chars);

// The last `width` display columns of `text` (left) / the first (right),
// never splitting a character, newlines as spaces.
std::string TakeLastColumns(std::string_view text, int width);
std::string TakeFirstColumns(std::string_view text, int width);

}  // namespace dossier
