#include "query/render.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "ingest/utf8.h"

namespace dossier {
namespace {

constexpr std::string_view kOpenMark = "«";
constexpr std::string_view kCloseMark = "»";
constexpr std::string_view kAnsiOpen = "\x1b[1;31m";
constexpr std::string_view kAnsiClose = "\x1b[0m";

void AppendFlat(std::string* out, std::string_view s) {
  for (char c : s) *out += (c == '\n' || c == '\t' || c == '\r') ? ' ' : c;
}

// Moves `pos` back by up to `n` code points.
size_t BackChars(std::string_view s, size_t pos, size_t n) {
  while (n-- > 0 && pos > 0) pos = utf8::PrevStart(s, pos);
  return pos;
}
size_t ForwardChars(std::string_view s, size_t pos, size_t n) {
  while (n-- > 0 && pos < s.size()) utf8::Next(s, &pos);
  return pos;
}

std::vector<Span> Relative(const SearchHit& hit) {
  std::vector<Span> out;
  for (const Span& m : hit.matches)
    out.push_back({m.start - static_cast<size_t>(hit.segment.start), m.end - static_cast<size_t>(hit.segment.start)});
  return out;
}

}  // namespace

std::string MarkMatches(std::string_view text, const std::vector<Span>& matches, std::string_view open,
                        std::string_view close, size_t max_chars) {
  size_t from = 0, to = text.size();
  size_t chars = 0;
  for (size_t p = 0; p < text.size() && chars <= max_chars; ++chars) utf8::Next(text, &p);
  if (max_chars > 0 && chars > max_chars) {
    size_t anchor = matches.empty() ? 0 : matches.front().start;
    from = BackChars(text, anchor, max_chars / 3);
    to = ForwardChars(text, from, max_chars);
  }
  std::string out;
  if (from > 0) out += "…";
  size_t pos = from;
  for (const Span& m : matches) {
    if (m.end <= from || m.start >= to) continue;
    size_t s = std::max(m.start, from), e = std::min(m.end, to);
    if (s < pos) continue;
    AppendFlat(&out, text.substr(pos, s - pos));
    out += open;
    AppendFlat(&out, text.substr(s, e - s));
    out += close;
    pos = e;
  }
  AppendFlat(&out, text.substr(pos, to - pos));
  if (to < text.size()) out += "…";
  return out;
}

std::string TakeLastColumns(std::string_view text, int width) {
  size_t pos = text.size();
  int used = 0;
  while (pos > 0) {
    size_t prev = utf8::PrevStart(text, pos);
    size_t p = prev;
    int w = utf8::DisplayWidth(utf8::Next(text, &p));
    if (used + w > width) break;
    used += w;
    pos = prev;
  }
  std::string out;
  AppendFlat(&out, text.substr(pos));
  return out;
}

std::string TakeFirstColumns(std::string_view text, int width) {
  size_t pos = 0;
  int used = 0;
  while (pos < text.size()) {
    size_t p = pos;
    int w = utf8::DisplayWidth(utf8::Next(text, &p));
    if (used + w > width) break;
    used += w;
    pos = p;
  }
  std::string out;
  AppendFlat(&out, text.substr(0, pos));
  return out;
}

void RenderText(const SearchResult& result, int64_t offset, bool color, std::ostream& out) {
  int64_t rank = offset;
  for (const SearchHit& hit : result.hits) {
    const SegmentHit& s = hit.segment;
    ++rank;
    std::string file = std::filesystem::path(s.path).filename().string();
    std::string title = s.title.empty() ? file : s.title;
    out << fmt::format("{}. {}{}{}\n", rank, color ? "\x1b[1m" : "", title, color ? "\x1b[0m" : "");
    out << fmt::format("   {} · {} · doc {} segment {} ({}) · {} · score {:.2f}\n",
                       s.date.empty() ? "no date" : s.date, s.lang, s.doc_id, s.ord, s.kind, file, s.score);
    out << "   "
        << MarkMatches(s.text, Relative(hit), color ? kAnsiOpen : kOpenMark, color ? kAnsiClose : kCloseMark, 240)
        << "\n";
  }
  const int64_t shown = static_cast<int64_t>(result.hits.size());
  if (shown == 0 && result.total > offset) {
    out << fmt::format("({} matching segments)\n", result.total);  // --limit 0: the count alone
  } else if (shown == 0 && result.total > 0) {
    out << fmt::format("(none past --offset {}: {} matching segments)\n", offset, result.total);
  } else if (result.total > offset + shown) {
    out << fmt::format("({} of {} matching segments; --offset {} for more)\n", shown, result.total, offset + shown);
  }
}

void RenderJson(const SearchResult& result, std::ostream& out) {
  for (const SearchHit& hit : result.hits) {
    const SegmentHit& s = hit.segment;
    nlohmann::json matches = nlohmann::json::array();
    for (const Span& m : hit.matches) matches.push_back({m.start, m.end});
    nlohmann::json j = {{"doc", s.doc_id},     {"path", s.path},   {"title", s.title},
                        {"date", s.date},      {"lang", s.lang},   {"kind", s.kind},
                        {"segment", s.ord},    {"score", s.score}, {"start", s.start},
                        {"end", s.end},        {"text", s.text},
                        {"snippet", MarkMatches(s.text, Relative(hit), kOpenMark, kCloseMark, 160)},
                        {"matches", matches}};
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
}

void RenderKwic(const SearchResult& result, int width, bool color, std::ostream& out) {
  for (const SearchHit& hit : result.hits) {
    const SegmentHit& s = hit.segment;
    std::string_view text = s.text;
    for (const Span& m : Relative(hit)) {
      std::string left = TakeLastColumns(text.substr(0, m.start), width);
      std::string right = TakeFirstColumns(text.substr(m.end), width);
      int pad = width - utf8::DisplayWidth(left);
      std::string match;
      AppendFlat(&match, text.substr(m.start, m.size()));
      out << fmt::format("{:>5}:{:<4} {}{}  {}{}{}  {}\n", s.doc_id, s.ord, std::string(std::max(pad, 0), ' '),
                         left, color ? kAnsiOpen : "", match, color ? kAnsiClose : "", right);
    }
  }
}

void RenderFacets(const SearchFacets& f, bool json, std::ostream& out) {
  const std::pair<const char*, const SearchFacets::Counts*> groups[] = {
      {"lang", &f.lang}, {"year", &f.year}, {"kind", &f.kind}, {"source", &f.source}, {"org", &f.org}};
  if (json) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [name, counts] : groups) {
      nlohmann::json g = nlohmann::json::object();
      for (const auto& [value, n] : *counts) g[value.empty() ? "(none)" : value] = n;
      j[name] = g;
    }
    out << nlohmann::json{{"facets", j}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  for (const auto& [name, counts] : groups) {
    out << name << ":";
    if (counts->empty()) out << " -";
    for (const auto& [value, n] : *counts) out << "  " << (value.empty() ? "(none)" : value) << " " << n;
    out << "\n";
  }
}

}  // namespace dossier
