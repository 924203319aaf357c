#include "extract/table_cells.h"

#include <re2/re2.h>

#include <algorithm>
#include <optional>
#include <string_view>

#include "extract/diffusion_index.h"
#include "ingest/folded_text.h"
#include "ingest/line_joiner.h"
#include "ingest/utf8.h"

namespace dossier {
namespace {

// Longer than this, a segment is prose, not a row, caption or label.
constexpr size_t kMaxRowBytes = 300;

struct Cell {
  Span span;  // relative to the segment, trimmed
  std::string_view text;
};

// A word cell in a row of numbers is at most this long ("新規", "産業労働部").
constexpr size_t kMaxWordCellBytes = 24;
// A header cell of a table aligned with spaces is at most this long
// ("名义GDP（万亿日元）", 27 bytes; a longer run of words is a sentence).
constexpr size_t kMaxSpacedHeaderCellBytes = 30;

bool NumericCell(std::string_view cell);

// "| Subregion | 2025 | 2026 |", "全体 | 5,012 | 65.0": a row written with
// pipes, as Markdown tables are and as HTML data rows come out of ingest
// (html_reader.cpp). Empty cells are kept, so the cells keep their columns;
// the pipes at a Markdown row's two ends open and close it, no cells. Empty
// when the row is no such row.
std::vector<Cell> SplitPipeRow(std::string_view row) {
  const bool markdown = row.size() >= 2 && row.front() == '|' && row.back() == '|';
  if (!markdown && row.find(kCellSeparator) == std::string_view::npos) return {};
  std::vector<Cell> cells;
  size_t start = markdown ? 1 : 0;
  const size_t end = markdown ? row.size() - 1 : row.size();
  for (;;) {
    size_t bar = row.find('|', start);
    if (bar == std::string_view::npos || bar > end) bar = end;
    size_t s = start, e = bar;
    while (s < e && row[s] == ' ') ++s;
    while (e > s && row[e - 1] == ' ') --e;
    // "**28,960**": Markdown's bold around a cell (a total row) is no part of it.
    for (std::string_view mark : {"**", "__"}) {
      if (e - s > 2 * mark.size() && row.substr(s, mark.size()) == mark && row.substr(e - mark.size(), mark.size()) == mark) {
        s += mark.size();
        e -= mark.size();
      }
    }
    cells.push_back({{s, e}, row.substr(s, e - s)});
    if (bar >= end) break;
    start = bar + 1;
  }
  return cells;
}

// Cells of a row: split on pipes (SplitPipeRow), else on runs of
// ideographic spaces or tabs.
std::vector<Cell> SplitCells(std::string_view row) {
  if (std::vector<Cell> piped = SplitPipeRow(row); !piped.empty()) return piped;
  std::vector<Cell> cells;
  size_t i = 0, start = 0;
  auto push = [&](size_t end) {
    // Trim ASCII spaces at both ends.
    size_t s = start, e = end;
    while (s < e && row[s] == ' ') ++s;
    while (e > s && row[e - 1] == ' ') --e;
    if (e > s) cells.push_back({{s, e}, row.substr(s, e - s)});
  };
  while (i < row.size()) {
    size_t next = i;
    const char32_t c = utf8::Next(row, &next);
    if (c == U'\u3000' || c == U'\t') {
      push(i);
      while (next < row.size()) {
        size_t after = next;
        const char32_t d = utf8::Next(row, &after);
        if (d != U'\u3000' && d != U'\t' && d != U' ') break;
        next = after;
      }
      start = next;
    }
    i = next;
  }
  push(row.size());
  // 輸　出, 差　引: a label spaced out one character at a time (Japanese
  // tables justify short labels so) is one cell, when numbers follow it.
  size_t k = 0;
  while (k < cells.size() && cells[k].text.size() == 3 && static_cast<unsigned char>(cells[k].text[0]) >= 0xE0 &&
         !NumericCell(cells[k].text))
    ++k;
  if (k >= 2 && k < cells.size() && NumericCell(cells[k].text)) {
    const Span joined{cells[0].span.start, cells[k - 1].span.end};
    cells[k - 1] = {joined, row.substr(joined.start, joined.size())};
    cells.erase(cells.begin(), cells.begin() + static_cast<std::ptrdiff_t>(k - 1));
  }
  return cells;
}

// A cell that stands for no value: a dash, "不適用", "n.a.".
bool PlaceholderCell(std::string_view cell) {
  static constexpr std::string_view kPlaceholders[] = {"—", "–", "-", "－", "…", "..", "―", "不適用", "不适用",
                                                       "n.a.", "N/A", "n/a", "na", "NA", "n.a", "x"};
  return std::find(std::begin(kPlaceholders), std::end(kPlaceholders), cell) != std::end(kPlaceholders);
}

// The words of a row apart by single spaces (NormalizeText makes every run of
// spaces one: a table aligned with spaces comes out so).
std::vector<Cell> SpaceTokens(std::string_view row) {
  std::vector<Cell> tokens;
  for (size_t at = 0; at < row.size();) {
    const size_t space = std::min(row.find(' ', at), row.size());
    if (space > at) tokens.push_back({{at, space}, row.substr(at, space - at)});
    at = space + 1;
  }
  return tokens;
}

// The cells of the first `count` words of a row aligned with spaces: the
// numbers (and placeholders) at their end, two numbers at least, and one
// label cell for the words before them. Empty when they end otherwise.
std::vector<Cell> LabelAndNumbers(std::string_view row, const std::vector<Cell>& tokens, size_t count) {
  size_t first = count, numbers = 0;
  while (first > 0 && (NumericCell(tokens[first - 1].text) || PlaceholderCell(tokens[first - 1].text))) {
    numbers += NumericCell(tokens[first - 1].text);
    --first;
  }
  if (numbers < 2) return {};
  std::vector<Cell> cells;
  if (first > 0) {
    const Span label{tokens[0].span.start, tokens[first - 1].span.end};
    cells.push_back({label, row.substr(label.start, label.size())});
  }
  cells.insert(cells.end(), tokens.begin() + static_cast<std::ptrdiff_t>(first),
               tokens.begin() + static_cast<std::ptrdiff_t>(count));
  return cells;
}

// "社会消费品零售总额 46291 2.9 415172 4.3", "有形貿易差額 -34,976 不適用":
// a row of a table aligned with spaces that ends in its numbers.
std::vector<Cell> SplitSpacedRow(std::string_view row) {
  const std::vector<Cell> tokens = SpaceTokens(row);
  return LabelAndNumbers(row, tokens, tokens.size());
}

// "ホタテ貝 612 24.3 米国、台湾、ベトナム": a row of a table aligned with
// spaces whose last columns hold words (the main markets, a department).
// Taken only when its cells line up one for one with the header's
// `columns`, which says the words are columns and not prose: a label, two
// numbers or more, then the word cells. Empty otherwise.
std::vector<Cell> SplitSpacedRowWithWords(std::string_view row, size_t columns) {
  const std::vector<Cell> tokens = SpaceTokens(row);
  size_t last_number = tokens.size();
  while (last_number > 0 && !NumericCell(tokens[last_number - 1].text)) --last_number;
  if (last_number == 0 || last_number == tokens.size()) return {};
  std::vector<Cell> cells = LabelAndNumbers(row, tokens, last_number);
  if (cells.empty() || cells.size() + (tokens.size() - last_number) != columns) return {};
  cells.insert(cells.end(), tokens.begin() + static_cast<std::ptrdiff_t>(last_number), tokens.end());
  return cells;
}

// "绝对量 同比增长 绝对量 同比增长", "港元（百萬元） 按年變動（%）": the header row
// of a table aligned with spaces, in Chinese or Japanese (an English line
// with spaces is words, not cells). Empty when the row is not such.
std::vector<Cell> SplitSpacedHeader(std::string_view row) {
  std::vector<Cell> tokens = SpaceTokens(row);
  if (tokens.size() < 2) return {};
  // Each cell holds CJK ("名义GDP（万亿日元）" may hold Latin letters too); a
  // word of Latin letters alone makes the line English words.
  for (const Cell& t : tokens) {
    if (t.text.size() > kMaxSpacedHeaderCellBytes) return {};
    const bool latin = std::any_of(t.text.begin(), t.text.end(), [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; });
    const bool cjk = std::any_of(t.text.begin(), t.text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE3; });
    if (latin && !cjk) return {};
  }
  return tokens;
}

// A rule drawn across a table ("──── ────", Markdown's "|---|:--:|"):
// neither a header nor a row.
bool RuleLine(std::string_view row) {
  size_t p = 0;
  bool any = false;
  while (p < row.size()) {
    const char32_t c = utf8::Next(row, &p);
    if (c == U' ' || c == U'|' || c == U':') continue;
    if (!((c >= 0x2500 && c <= 0x257F) || c == U'-' || c == U'=' || c == U'—' || c == U'－' || c == U'―')) return false;
    any = true;
  }
  return any;
}

// Whether the whole cell, folded (full-width digits and signs as ASCII),
// matches `re`.
bool FoldedMatches(std::string_view cell, const RE2& re) {
  FoldedText folded(cell);
  return RE2::FullMatch(folded.text(), re);
}

// The pieces of a cell's number: a sign (minus, ▲ or △ for a fall), digits.
#define DOSSIER_SIGN "[+\\-\\x{2212}\\x{25B2}\\x{25B3}]"
#define DOSSIER_DIGITS "\\d[\\d,]*(?:\\.\\d+)?"
#define DOSSIER_QUALIFIER "(?:about |around |approximately |约|約|<)?"

// A cell that is only a number: signed, a range of two, a qualifier before,
// brackets around (＜＋0.8＞ marks a median). Groups: the qualifier word, the
// sign and digits of the first end, the sign and digits of the second.
const RE2& CellNumber() {
  static const RE2 kNumber("(?i)(?:(about |around |approximately |约|約)|<)?(" DOSSIER_SIGN ")?(" DOSSIER_DIGITS
                           ")(?: ?(?:\\x{301C}|~|-|\\x{2013}|to) ?(" DOSSIER_SIGN ")?(" DOSSIER_DIGITS "))?>?");
  return kNumber;
}

// "(85)": an accountant's negative amount, the loss of a results table.
const RE2& AccountingNegative() {
  static const RE2 kNegative("\\((" DOSSIER_DIGITS ")\\)");
  return kNegative;
}

bool NumericCell(std::string_view cell) {
  return FoldedMatches(cell, CellNumber()) || FoldedMatches(cell, AccountingNegative());
}

// Reads a numeric cell's pieces into `out` (the cell passed NumericCell).
bool ReadCellNumber(std::string_view cell, TableCell* out) {
  FoldedText folded(cell);
  if (RE2::FullMatch(folded.text(), AccountingNegative(), &out->first)) {
    out->sign = "-";
    return true;
  }
  std::string qualifier, sign2;
  if (!RE2::FullMatch(folded.text(), CellNumber(), &qualifier, &out->sign, &out->first, &sign2, &out->second))
    return false;
  out->about = !qualifier.empty();
  return true;
}

// A number with its own percent sign ("-7.9%"): part of a table row, read by
// the figure extractor as it is.
bool PercentCell(std::string_view cell) {
  static const RE2 kPercent(DOSSIER_SIGN "?" DOSSIER_DIGITS " ?%");
  return FoldedMatches(cell, kPercent);
}

bool Signed(std::string_view cell) {
  static const RE2 kSigned("(?i)" DOSSIER_QUALIFIER DOSSIER_SIGN ".*");
  return FoldedMatches(cell, kSigned) || FoldedMatches(cell, AccountingNegative());
}

#undef DOSSIER_SIGN
#undef DOSSIER_DIGITS
#undef DOSSIER_QUALIFIER

// A year heading a column ("2025", "2026 (e)" is no number at all).
bool YearCell(std::string_view cell) {
  static const RE2 kYear("(?:19|20)\\d\\d");
  return FoldedMatches(cell, kYear);
}

// "Category 2022 2023 2024 Change (%)": the header of an English table
// aligned with spaces whose columns are years, and maybe one more column
// after them. The spaces between columns came out single, so the words
// before the years are one cell (the label column's) and the words after
// them another. Empty when the row has no two years in a row, or more than
// a few words after them.
std::vector<Cell> SplitYearHeader(std::string_view row) {
  if (row.size() > 160) return {};
  const std::vector<Cell> tokens = SpaceTokens(row);
  size_t first = 0;
  while (first < tokens.size() && !YearCell(tokens[first].text)) ++first;
  size_t last = first;
  while (last < tokens.size() && YearCell(tokens[last].text)) ++last;
  if (last - first < 2 || tokens.size() - last > 3) return {};
  std::vector<Cell> cells;
  auto join = [&](size_t from, size_t to) {
    const Span span{tokens[from].span.start, tokens[to - 1].span.end};
    cells.push_back({span, row.substr(span.start, span.size())});
  };
  if (first > 0) join(0, first);
  for (size_t i = first; i < last; ++i) cells.push_back(tokens[i]);
  if (last < tokens.size()) join(last, tokens.size());
  return cells;
}

// What a unit is written with: a percent sign or word, a currency, a scale.
const RE2& UnitLike() {
  static const RE2 kUnitLike(
      "(?i)%|percent|per cent|百分|\\$|€|£|¥|元|円|ドル|美元|港元|usd|eur|jpy|cny|rmb|hkd|million|billion|trillion|"
      "thousand|\\byen\\b|\\byuan\\b|\\bwon\\b|\\bdollars?\\b|\\beuros?\\b|亿|億|万|千|百万|tonnes?|^t$|teu|标准箱|kwh|"
      "人次|万人|人|件|家|社|个|個|ポイント|百分点|百分點|points?|\\bpp\\b|港仙|^倍$|^\\s*times\\s*$");
  return kUnitLike;
}

// The unit in a bracket's content (folded), or empty. The bracket may list
// what the numbers are beside their unit ("前年比、%", "年末、1ドル=元"): the
// unit is the last part that is one, and after "1ドル=" stands the currency
// a rate is written in. "ドル建て" ("in dollar terms") names the currency a
// growth rate was measured in, no unit; "元/股" (an amount per share) is
// written in its first unit.
std::string BracketUnit(const std::string& content) {
  if (!RE2::PartialMatch(content, UnitLike())) return "";
  static const RE2 kParts("([^、，,;；]+)");
  static const RE2 kDenominated("(?i)建て\\s*$|计价\\s*$|計價\\s*$|terms\\s*$|denominated\\s*$");
  static const RE2 kPercentPart("(?i)%|percent|per cent");
  re2::StringPiece rest(content);
  std::string part, unit, amount;
  while (RE2::FindAndConsume(&rest, kParts, &part))
    if (RE2::PartialMatch(part, UnitLike()) && !RE2::PartialMatch(part, kDenominated)) {
      unit = part;
      if (amount.empty() && !RE2::PartialMatch(part, kPercentPart)) amount = part;
    }
  // "(US$ billion; change in percent)": the amount's unit is the table's;
  // the percent is its change column's, which says so itself.
  if (!amount.empty() && RE2::PartialMatch(unit, kPercentPart)) unit = amount;
  static const RE2 kRateOf("^\\s*1\\s*[^=\\d]+=\\s*(.+)$");
  std::string currency;
  if (RE2::FullMatch(unit, kRateOf, &currency)) unit = currency;
  if (const size_t slash = unit.find('/');
      slash != std::string::npos && slash > 0 && RE2::PartialMatch(unit.substr(0, slash), UnitLike()))
    unit.resize(slash);
  while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
  return unit;
}

// The unit a caption, header or label declares: the content of its last
// bracket, or what follows 单位：/単位：/Unit:. Empty when none.
std::string Declared(std::string_view text) {
  FoldedText folded(text);
  const std::string& t = folded.text();
  static const RE2 kUnitWord("(?i)(?:单位|單位|単位|units?)\\s*[:：]\\s*([^()\\s,;，；、]+(?: [a-z]+)?)");
  std::string unit;
  if (RE2::PartialMatch(t, kUnitWord, &unit)) return RE2::PartialMatch(unit, UnitLike()) ? unit : "";
  const size_t close = t.rfind(')');
  if (close == std::string::npos) return {};
  const size_t open = t.rfind('(', close);
  if (open == std::string::npos || close - open < 2) return {};
  return BracketUnit(t.substr(open + 1, close - open - 1));
}

// A cell that is a unit alone ("百万円", "％", "円", "人民幣千元", "港仙"), as
// the unit row under the header of a results table writes them. 銭 (hundredths of a
// yen) follows 円 in its own cell and is no column of its own.
bool UnitCell(std::string_view cell) {
  static const RE2 kUnitOnly(
      "(?i)(?:人民币|人民幣|港币|港幣)?(?:百万|百萬|千|万|萬|億|亿|十億|千万|千萬)?(?:円|元|ドル|米ドル|美元|港元|人民币|%|人|社|件|トン|t|個|台)|"
      "港仙|人民币分|人民幣分|"
      "(?:(?:us|hk|s|a|nt)?\\$|¥|€|£)? ?(?:thousand|million|billion|mn|bn)|%|percent|銭");
  return FoldedMatches(cell, kUnitOnly);
}

bool Sen(std::string_view cell) { return cell == "銭"; }

// A note in brackets: "（％表示は対前期増減率）". The bracket that opens it
// closes at its end: "（前年比、％） | 2024年（実績）" is a header row whose
// first and last cells are bracketed, not one note.
bool Bracketed(std::string_view text) {
  if (!(text.rfind("(", 0) == 0 || text.rfind("（", 0) == 0)) return false;
  int depth = 0;
  for (size_t p = 0; p < text.size();) {
    const char32_t c = utf8::Next(text, &p);
    if (c == U'(' || c == U'（') ++depth;
    if ((c == U')' || c == U'）') && --depth == 0) return p == text.size();
  }
  return false;
}

// "表1", "図表２－１", "图3", "Table 2", "Figure 1.3": the number a table or
// chart is given, before its title. An annexed table (附表, 续表: a table
// continued) may have none.
bool TableNumber(std::string_view cell) {
  static const RE2 kNumber(
      "(?i)(?:(?:図表|图表|圖表|表|図|图|圖|table|figure|chart|exhibit) ?\\d+(?:[-.]\\d+)?)|(?:附表|续表|續表)\\d*");
  return FoldedMatches(cell, kNumber);
}

// "单位：亿元", "Unit: US$ million": a line that declares the table's unit.
bool UnitLine(std::string_view text) {
  static const RE2 kUnitLine("(?i)(?:单位|單位|単位|units?)\\s*[:：].*");
  return FoldedMatches(text, kUnitLine);
}

// "2025年10月汽车产销主要数据（单位：万辆，%）": a title that declares the
// table's unit in its closing bracket is the caption.
bool UnitBracket(std::string_view text) {
  static const RE2 kUnitBracket("(?i)\\((?:单位|單位|単位|units?)\\s*:[^()]*\\)\\s*$");
  FoldedText folded(text);
  return RE2::PartialMatch(folded.text(), kUnitBracket);
}

bool Percent(std::string_view unit) {
  return unit.find('%') != std::string_view::npos || unit.find("％") != std::string_view::npos;
}

bool SaysGrowth(std::string_view text) {
  static const RE2 kGrowth(
      "(?i)growth|change|增长|增長|增速|增幅|增减|增減|同比|比上年|前年比|前年同期比|前年同月比|前月比|前年度比|伸び率|増減|増加率|"
      "前月差|前年差|前期差|前回差|前年同月差|"
      "年增率|年增|成長率|成长率|增長率|增长率|变动|變動|变化|變化|前期比|前回比|調査比|対前年|変化幅|变化幅|變化幅");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kGrowth);
}

// A column of shares of a whole ("構成比", "占比", "Share"): percentages
// when the caption declares percent beside an amount, as growth columns are.
bool SaysShare(std::string_view text) {
  static const RE2 kShare("(?i)構成比|构成比|占比|比重|シェア|\\bshare\\b");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kShare);
}

// A sentence, not a row: long, or ending with a full stop.
bool Prose(std::string_view text) {
  if (text.size() > kMaxRowBytes) return true;
  size_t end = text.size();
  while (end > 0 && text[end - 1] == ' ') --end;
  if (end == 0) return false;
  const size_t last = utf8::PrevStart(text, end);
  size_t p = last;
  const char32_t c = utf8::Next(text, &p);
  return c == U'。' || c == U'.' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'；' || c == U';';
}

struct Heading {
  std::string unit;
  std::string text;
  bool growth = false;
  // A caption that declares an amount and percentages ("（単位：億円、％）",
  // "單位：億美元；％"): its growth columns are in percent.
  bool percent_too = false;
  // A caption that says the number in brackets beside each amount is a
  // percentage ("カッコ内は前年同期比の増減率%"): "246,307（5.8）" is two cells.
  bool bracket_percent = false;
  // A caption that gives each measure its unit ("国・地域別の輸出額（億円）と
  // 前年比（％）"): what it names before each bracket, and the unit in it.
  std::vector<std::pair<std::string, std::string>> named_units;
};

// The measures a caption names with their units, in order: "輸出額（億円）と
// 前年比（％）" -> {国・地域別の輸出額, 億円}, {前年比, ％}. Folded text.
std::vector<std::pair<std::string, std::string>> NamedUnits(std::string_view caption) {
  std::vector<std::pair<std::string, std::string>> out;
  FoldedText folded(caption);
  static const RE2 kNamed("([^()、,，と及和\\s]+)\\(([^()]+)\\)");
  re2::StringPiece rest(folded.text());
  std::string name, content;
  while (RE2::FindAndConsume(&rest, kNamed, &name, &content))
    if (std::string unit = BracketUnit(content); !unit.empty()) out.emplace_back(name, unit);
  return out;
}

// A header column without a unit of its own takes the one the caption gives
// the measure it names (輸出額 under "…輸出額（億円）"); a growth column
// (前年同期比) the unit the caption gives a growth measure (前年比（％）).
void TakeCaptionUnits(const Heading& caption, std::vector<Heading>* columns) {
  if (caption.named_units.size() < 2) return;
  for (Heading& column : *columns) {
    if (!column.unit.empty() || column.text.empty()) continue;
    const std::string text = FoldedText(column.text).text();
    for (const auto& [name, unit] : caption.named_units) {
      const bool names_it = name.size() >= text.size() && name.compare(name.size() - text.size(), text.size(), text) == 0;
      if (names_it || (column.growth && SaysGrowth(name))) {
        column.unit = unit;
        break;
      }
    }
  }
}

// "（単位：億円、カッコ内は前年同期比増減率%）", "括号内为同比增长%": the
// caption of a results table whose cells pair an amount with its rate.
bool SaysBracketPercent(std::string_view text) {
  static const RE2 kBracketPercent("(?:カッコ|かっこ|括弧|括号|括號|\\(\\s*\\))\\s*(?:内|內|中)[^。]*%");
  FoldedText folded(text);
  return RE2::PartialMatch(folded.text(), kBracketPercent);
}

// "246,307（5.8）", "20,056（▲18.6）": an amount and, in brackets, its rate.
// Sets the two parts' spans (relative to the segment, as `cell`'s) and
// returns true when both are numbers.
bool SplitPairCell(const Cell& cell, Cell* amount, Cell* rate) {
  const std::string_view t = cell.text;
  size_t open = t.find("（"), open_len = 3;
  if (open == std::string_view::npos) {
    open = t.find('(');
    open_len = 1;
  }
  if (open == std::string_view::npos || open == 0) return false;
  const bool full_close = t.size() >= 3 && t.substr(t.size() - 3) == "）";
  const size_t close_len = full_close ? 3 : (!t.empty() && t.back() == ')') ? 1 : 0;
  if (close_len == 0 || open + open_len >= t.size() - close_len) return false;
  size_t amount_end = open;
  while (amount_end > 0 && t[amount_end - 1] == ' ') --amount_end;
  const size_t rate_start = open + open_len, rate_end = t.size() - close_len;
  *amount = {{cell.span.start, cell.span.start + amount_end}, t.substr(0, amount_end)};
  *rate = {{cell.span.start + rate_start, cell.span.start + rate_end}, t.substr(rate_start, rate_end - rate_start)};
  return NumericCell(amount->text) && NumericCell(rate->text);
}

// Does a unit line list percent beside its amount unit ("億円、％")?
bool DeclaresPercentToo(std::string_view text, std::string_view unit) {
  if (Percent(unit)) return false;
  static const RE2 kUnitWord("(?:单位|單位|単位|[Uu]nits?)\\s*[:：][^%％\\n]*[、，,；;/・]\\s*(?:%|％)");
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), kUnitWord);
}

// A cheap look before the real one: a table has a row with a digit that is
// split into cells (ideographic spaces, tabs) or is a short cell by itself.
// Most documents have none, and pay one pass over their short segments.
bool MayHoldTable(const Document& doc) {
  for (const Segment& seg : doc.segments) {
    const std::string_view row = doc.slice(seg.span);
    if (row.size() > kMaxRowBytes) continue;
    bool digit = false, split = false;
    for (size_t i = 0; i < row.size(); ++i) {
      const unsigned char c = static_cast<unsigned char>(row[i]);
      digit |= (c >= '0' && c <= '9') ||
               (c == 0xEF && i + 2 < row.size() && static_cast<unsigned char>(row[i + 1]) == 0xBC &&
                static_cast<unsigned char>(row[i + 2]) >= 0x90 && static_cast<unsigned char>(row[i + 2]) <= 0x99);
      split |= c == '\t' || c == '|' || (c == 0xE3 && i + 2 < row.size() && static_cast<unsigned char>(row[i + 1]) == 0x80 &&
                              static_cast<unsigned char>(row[i + 2]) == 0x80);
    }
    if (digit && (split || row.size() <= 24 || !SplitSpacedRow(row).empty())) return true;
  }
  return false;
}

}  // namespace

std::vector<TableCell> FindTableCells(const Document& doc) {
  std::vector<TableCell> out;
  if (!MayHoldTable(doc)) return out;
  Heading caption;               // the table's, for every cell
  std::vector<Heading> columns;  // the header row's, by column
  Heading label;                 // the last row label, for the numbers after it
  // The last row was a header row: a header written over several rows keeps
  // the units of the rows before (a unit row, then "（未經審核）").
  bool in_header = false;
  auto reset = [&] {
    caption = {};
    columns.clear();
    label = {};
    in_header = false;
  };
  for (const Segment& seg : doc.segments) {
    const std::string_view row = doc.slice(seg.span);
    if (Prose(row)) {
      reset();
      continue;
    }
    // A heading ("2．配当の状況") opens another table: the last one's caption
    // does not reach it. The heading itself may declare ("（1）経営成績　（％表示は対前期増減率）").
    if (seg.kind == SegmentKind::kHeading) reset();
    if (RuleLine(row)) continue;
    std::vector<Cell> cells = SplitCells(row);
    if (cells.size() == 1) {
      // A table aligned with spaces: its row, or its header.
      std::vector<Cell> spaced = SplitSpacedRow(row);
      if (spaced.empty() && columns.size() >= 3) spaced = SplitSpacedRowWithWords(row, columns.size());
      if (spaced.empty()) spaced = SplitSpacedHeader(row);
      if (spaced.empty()) spaced = SplitYearHeader(row);
      if (!spaced.empty()) cells = std::move(spaced);
    }
    // Under a caption that pairs amounts with rates in brackets, such a cell
    // is two, in the same column (`slot`: the cell's place in the row as
    // written, which the header's columns are counted against).
    const size_t slots = cells.size();
    std::vector<size_t> slot;
    std::vector<bool> rate;  // the bracketed half of a pair: a percentage
    {
      std::vector<Cell> split;
      auto add = [&](const Cell& c, size_t i, bool is_rate) {
        split.push_back(c);
        slot.push_back(i);
        rate.push_back(is_rate);
      };
      for (size_t i = 0; i < cells.size(); ++i) {
        Cell amount, bracketed;
        if (caption.bracket_percent && SplitPairCell(cells[i], &amount, &bracketed)) {
          add(amount, i, false);
          add(bracketed, i, true);
        } else {
          add(cells[i], i, false);
        }
      }
      cells = std::move(split);
    }
    size_t numeric = 0, own_unit = 0, empty = 0;
    for (const Cell& c : cells) {
      numeric += NumericCell(c.text) && !YearCell(c.text);
      own_unit += PercentCell(c.text);
      empty += c.text.empty();
    }
    if (numeric == 0) {
      // A caption, a header row or a row label.
      // A line in brackets is one note, whatever spaces it holds ("（…、＜　＞内は…）").
      const bool bracketed = Bracketed(row);
      // "表1　中国制造业PMI及构成指数　　单位：%": a title with a unit cell is the
      // caption, as a unit line alone is.
      // "図表２－１　国・地域別の輸出額（億円）と前年比（％）": a title after the
      // table's number is its caption too, not a header row of two cells.
      const bool unit_line = UnitLine(row) || (cells.size() >= 2 && TableNumber(cells[0].text)) ||
                             std::any_of(cells.begin(), cells.end(),
                                         [](const Cell& c) { return UnitLine(c.text) || UnitBracket(c.text); });
      size_t units = 0, blank = 0;
      for (const Cell& c : cells) {
        units += UnitCell(c.text);
        blank += c.text.empty();
      }
      const std::vector<Heading> above = in_header ? columns : std::vector<Heading>{};
      in_header = false;
      if (cells.size() >= 2 && units >= 1 && units + blank == cells.size()) {
        // A unit row: "百万円　％　百万円　％", one unit per column; empty
        // cells over the labels and the change column ("| 人民幣千元 | 人民幣千元 |").
        columns.clear();
        for (const Cell& c : cells)
          if (!Sen(c.text)) columns.push_back({std::string(c.text), "", false});
        // One unit over every amount column ("| 人民幣千元 | 人民幣千元 |", whose
        // pipes at the ends hide the empty cells that would align it) is the
        // table's, as a caption's would be.
        const bool one_unit = std::all_of(cells.begin(), cells.end(), [&](const Cell& c) {
          return c.text.empty() || c.text == cells[0].text;
        });
        if (one_unit && caption.unit.empty() && !cells[0].text.empty()) caption = {std::string(cells[0].text), "", false};
        label = {};
        in_header = true;
      } else if (cells.size() >= 2 && !bracketed && !unit_line) {
        columns.clear();
        for (const Cell& c : cells) {
          columns.push_back({Declared(c.text), std::string(c.text), SaysGrowth(c.text)});
          // A note beside the heading ("（％表示は対前期増減率）") is the table's caption.
          if (Bracketed(c.text) && !columns.back().unit.empty()) caption = columns.back();
        }
        // A header row under another declares what it adds: a column it
        // gives no unit keeps the unit of the row above, or of the group
        // that spans it ("前期比（％）" over "売上高　セグメント利益": the row
        // above has a label cell and one cell per group of k columns).
        for (size_t i = 0; i < columns.size() && !above.empty(); ++i) {
          const Heading* group = nullptr;
          if (above.size() == columns.size()) {
            group = &above[i];
          } else if (above.size() >= 3 && columns.size() > above.size() - 1 &&
                     columns.size() % (above.size() - 1) == 0) {
            group = &above[1 + i / (columns.size() / (above.size() - 1))];
          } else {
            break;
          }
          if (columns[i].unit.empty() && !group->unit.empty()) {
            columns[i].unit = group->unit;
            columns[i].growth = columns[i].growth || group->growth;
          }
        }
        TakeCaptionUnits(caption, &columns);
        label = {};
        in_header = true;
      } else {
        Heading h{Declared(row), std::string(row), SaysGrowth(row)};
        // "（表）地域別現状判断DI（季節調整値）の推移": a table of a diffusion
        // index declares no unit; its cells are the index's values
        // (extract/diffusion_index.h), its differences points.
        if (h.unit.empty() && caption.unit.empty() && columns.empty() && NamesDiffusionIndex(FoldedText(row).text()))
          h.unit = kIndexUnit;
        // A note in brackets with a unit is the caption ("（％表示は対前期増減率）"),
        // as is a unit line ("单位：亿元") and a line with a unit in brackets
        // before any column; later
        // such a line labels the row it opens ("Current account (US$ billion)").
        if (!h.unit.empty() && (Bracketed(row) || unit_line || (caption.unit.empty() && columns.empty()))) {
          caption = h;
          caption.percent_too = DeclaresPercentToo(row, h.unit);
          caption.bracket_percent = SaysBracketPercent(row);
          caption.named_units = NamedUnits(row);
          label = {};
        } else {
          label = h;
        }
      }
      continue;
    }
    in_header = false;
    // A row of numbers, maybe after its label: "机电产品　12958.7　5.4".
    // An empty first cell (a pipe row without its label) is no label.
    const bool first_is_label =
        !cells[0].text.empty() && (!NumericCell(cells[0].text) || YearCell(cells[0].text));
    const size_t words = cells.size() - numeric - own_unit - empty - (first_is_label ? 1 : 0);
    // Under a declared unit, a row may hold short words too: "新規" where last
    // year has no amount, the department in charge in a last column. Else
    // numbers mixed with words are no table row.
    const bool declared = !caption.unit.empty() || std::any_of(columns.begin(), columns.end(), [](const Heading& h) {
      return !h.unit.empty();
    });
    bool short_words = declared && cells.size() >= 3;
    // A last cell that lines up with the header's last column may be longer
    // ("米国、台湾、ベトナム"): the header says it is a column of words.
    const bool aligned = cells.size() == columns.size();
    for (const Cell& c : cells)
      short_words &= c.text.size() <= kMaxWordCellBytes || &c == &cells[0] || (aligned && &c == &cells.back());
    if (words > 0 && !short_words) {
      reset();
      continue;
    }
    Heading row_label = label;
    if (first_is_label) {
      std::string label(cells[0].text);
      for (size_t at = label.find("\u3000"); at != std::string::npos; at = label.find("\u3000")) label.erase(at, 3);
      row_label = {Declared(label), label, SaysGrowth(label)};
    }
    for (size_t i = first_is_label ? 1 : 0; i < cells.size(); ++i) {
      if (!NumericCell(cells[i].text)) continue;  // a percentage, read as written
      const Heading* column = nullptr;
      // Right-aligned: the last header cell is the last column.
      const size_t from_right = slots - 1 - slot[i];
      if (from_right < columns.size()) column = &columns[columns.size() - 1 - from_right];
      // A column of percentages holds them whatever amount its row's label
      // declares ("基本每股收益（元/股）" beside "增减变动幅度(%)").
      std::string unit = column && column->growth && Percent(column->unit) ? column->unit : row_label.unit;
      if (unit.empty() && column) unit = column->unit;
      if (unit.empty())
        unit = caption.percent_too && column && (column->growth || SaysShare(column->text)) ? "%" : caption.unit;
      if (rate[i]) unit = "%";
      if (unit.empty()) continue;
      if (unit == kIndexUnit && column && column->growth) unit = "ポイント";
      TableCell cell;
      cell.span = {seg.span.start + cells[i].span.start, seg.span.start + cells[i].span.end};
      cell.unit = unit;
      cell.of = !row_label.text.empty() ? row_label.text : column ? column->text : "";
      // A caption of changes ("(annual % change)", "（％表示は対前期増減率）")
      // makes its percentages changes; other columns change by their sign.
      const bool percent = Percent(unit);
      cell.growth = row_label.growth || (column && column->growth) ||
                    (caption.growth && (percent || Signed(cells[i].text)));
      if (!ReadCellNumber(cells[i].text, &cell)) continue;
      out.push_back(std::move(cell));
    }
  }
  return out;
}

}  // namespace dossier
