// Tables written as text: the numbers in their cells and the unit that the
// table's caption, a column header or a row label declares for them.
//
//   表8　2024年主要商品出口情况
//   商品名称　　出口额（亿元）　比上年增长（%）
//   机电产品　　12958.7　　　　5.4
//
//   -> "12958.7" takes 亿元 (its column's), "5.4" takes % and is a change
//      (its column says 增长).
//
// A table is a run of segments (one per row, or one per cell) that are short,
// have no sentence end, and hold bare numbers. Cells are split on pipes (a
// Markdown row; an HTML data row as ingest writes it, "全体 | 5,012 | 65.0"),
// else on runs of ideographic spaces or tabs, else, in a table aligned with
// spaces, after the row's label. What declares a unit:
//   * a caption: a short segment whose bracket says it, "(annual % change)",
//     "（対前年度比、％）", "单位：亿元", "(Unit: US$ million)", for every cell
//     below it;
//   * a header row: cells with brackets, "出口额（亿元）", for the cells of
//     their column (columns are aligned from the right: a header may leave
//     out the row labels' column);
//   * a row label: "Current account (US$ billion)", for the numbers after it.
// A caption may give each measure its unit ("輸出額（億円）と前年比（％）"): the
// header columns that name the measure, or a growth, take it.
// A caption may also say that the bracket beside each amount holds its rate
// ("カッコ内は前年同期比増減率％"): "20,056（▲18.6）" is then two cells, the
// amount in the declared unit and the rate in percent, in the same column.
// The nearest declaration wins (label, then column, then caption). A sentence
// (prose) ends the table; so does a row mixing numbers with words, unless a
// unit is declared and the words are short cells ("新規", a department). Only cells that are a number, a signed number or a
// range of two (with a qualifier such as "about" before, or ＜＞ around) are
// returned, and only when some unit is declared for them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/document.h"

namespace dossier {

struct TableCell {
  Span span;            // the number as written in the document ("＋0.7〜＋0.9", "about 85")
  std::string unit;     // the declared unit as written: "亿元", "US$ billion", "%"
  std::string of;       // the row label or column header, when there is one ("GDP growth")
  // The column or row measures a change (增长, growth, 前年比), or the caption
  // does and the cell is signed: the sign gives the direction.
  bool growth = false;
  // The number as read (the cell's text folded): a qualifier ("about", 约),
  // the sign of the first end, and the digits of each end ("" when no range).
  bool about = false;
  std::string sign;            // "", "+", "-", "−", "▲", "△"
  std::string first, second;   // digits with their commas: "1,149.5"
};

std::vector<TableCell> FindTableCells(const Document& doc);

// The unit declared for the cells of a table whose caption names a
// diffusion index and no unit ("地域別現状判断DI（季節調整値）の推移"): the
// index's levels. Its columns of differences (前月差) are in ポイント.
inline constexpr std::string_view kIndexUnit = "index";

}  // namespace dossier
