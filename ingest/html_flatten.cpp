#include "ingest/html_flatten.h"

#include <set>

namespace dossier {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Phrasing elements: dropped so that the words around them stay together.
bool IsInline(std::string_view name) {
  static const std::set<std::string_view> kInline = {
      "a",    "abbr", "b",     "bdi",  "bdo",  "cite", "code", "data", "del",  "dfn",   "em",
      "font", "i",    "ins",   "kbd",  "mark", "q",    "rp",   "rt",   "ruby", "s",     "samp",
      "small", "span", "strike", "strong", "sub", "sup", "time", "tt",   "u",    "var",   "wbr",
      "label", "nobr", "big",  "img"};
  return kInline.count(name) > 0;
}

// Kept as written: they do not nest (libxml2 merges repeated html, head and
// body tags), and the reader reads them. Headings are kept too, unnested.
bool IsKept(std::string_view name) {
  return name == "title" || name == "meta" || name == "br" || name == "html" || name == "head" ||
         name == "body";
}

// Raw-text elements: their content is not HTML (code, styles) and is dropped.
bool IsRawText(std::string_view name) {
  return name == "script" || name == "style" || name == "textarea" || name == "xmp" ||
         name == "noscript" || name == "template" || name == "iframe" || name == "noembed" ||
         name == "noframes" || name == "plaintext";
}

// Finds `needle` (lower-case ASCII) in `s` from `from`, ignoring ASCII case.
size_t FindNoCase(std::string_view s, std::string_view needle, size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    size_t k = 0;
    while (k < needle.size() && Lower(s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// The end of the tag that starts at `lt` (one past its '>'), honouring quoted
// attribute values; npos when the page ends first.
size_t TagEnd(std::string_view html, size_t lt) {
  char quote = 0;
  for (size_t i = lt + 1; i < html.size(); ++i) {
    char c = html[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

}  // namespace

std::string FlattenHtml(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  // The heading open in the output, 0 if none: a heading starting inside
  // another first closes it, so headings never nest either.
  char open_heading = 0;
  size_t i = 0;
  while (i < html.size()) {
    size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) {
      out.append(html.substr(i));
      break;
    }
    out.append(html.substr(i, lt - i));
    i = lt;
    std::string_view rest = html.substr(lt);
    // Comments, doctypes, processing instructions: dropped.
    if (rest.substr(0, 4) == "<!--") {
      size_t end = html.find("-->", lt + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (rest.size() >= 2 && (rest[1] == '!' || rest[1] == '?')) {
      size_t end = html.find('>', lt);
      i = end == std::string_view::npos ? html.size() : end + 1;
      continue;
    }
    bool closing = rest.size() >= 2 && rest[1] == '/';
    size_t name_start = lt + (closing ? 2 : 1);
    if (name_start >= html.size() || !IsAsciiAlpha(html[name_start])) {
      out.append("&lt;");  // a '<' that starts no tag is text
      i = lt + 1;
      continue;
    }
    size_t name_end = name_start;
    std::string name;
    while (name_end < html.size() && name.size() < 32 &&
           (IsAsciiAlpha(html[name_end]) || (html[name_end] >= '0' && html[name_end] <= '9') ||
            html[name_end] == '-' || html[name_end] == ':'))
      name.push_back(Lower(html[name_end++]));
    size_t end = TagEnd(html, lt);
    if (end == std::string_view::npos) break;  // a tag the page never closes: the rest is markup
    i = end;
    if (IsRawText(name)) {
      if (!closing) {
        size_t close = FindNoCase(html, "</" + name, end);
        i = close == std::string_view::npos ? html.size() : TagEnd(html, close);
        if (i == std::string_view::npos) i = html.size();
      }
      out.append("<p>");
      continue;
    }
    if (IsInline(name)) continue;
    if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      if (open_heading) out.append(std::string("</h") + open_heading + ">");
      if (closing) {
        open_heading = 0;
      } else {
        out.append(html.substr(lt, end - lt));
        open_heading = name[1];
      }
      continue;
    }
    if (IsKept(name)) {
      out.append(html.substr(lt, end - lt));
      if (name == "title" && !closing) {
        // The title's content is text up to </title>, copied as it is.
        size_t close = FindNoCase(html, "</title", end);
        if (close == std::string_view::npos) close = html.size();
        out.append(html.substr(end, close - end));
        i = close;
      }
      continue;
    }
    out.append("<p>");
  }
  return out;
}

}  // namespace dossier
