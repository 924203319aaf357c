// Numbers in tables take the unit the caption, column header or row label
// declares (extract/table_cells.h). Tables written for these tests in the
// layouts statistical bulletins, outlook tables and HTML pages use.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/extractor.h"
#include "extract/table_cells.h"
#include "ingest/ingest.h"

namespace dossier {
namespace {

std::vector<Fact> FiguresOf(const std::string& bytes, const std::string& name) {
  StatusOr<Document> doc = IngestBytes(bytes, name, IngestOptions{});
  REQUIRE(doc.ok());
  static const std::unique_ptr<Extractor> extractor = MakeFigureExtractor();
  std::vector<Fact> facts;
  extractor->Extract(*doc, ExtractContext{}, &facts);
  return facts;
}

const Fact* Find(const std::vector<Fact>& facts, const std::string& text) {
  for (const Fact& f : facts)
    if (f.text == text) return &f;
  return nullptr;
}

TEST_CASE("table cells take their column unit, and a growth column gives the change", "[figure][table]") {
  const std::string text =
      "全市进出口情况\n\n"
      "表3　2024年主要商品进口情况\n"
      "商品名称　　　进口额（亿元）　比上年增长（%）\n"
      "集成电路　　　3105.2　　　　　-2.6\n"
      "汽车零部件　　88.0　　　　　　7.5\n\n"
      "全年进口总额比上年下降1.2%。\n";
  std::vector<Fact> facts = FiguresOf(text, "bulletin.txt");
  const Fact* amount = Find(facts, "3105.2");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "CNY");
  CHECK(amount->attrs["value"].get<double>() == Approx(3.1052e11));
  const Fact* fall = Find(facts, "-2.6");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["value"].get<double>() == Approx(2.6));
  CHECK(fall->attrs["change"] == "down");
  const Fact* small = Find(facts, "88.0");  // a whole number under ten is no figure outside a table
  REQUIRE(small != nullptr);
  CHECK(small->attrs["value"].get<double>() == Approx(8.8e9));
  const Fact* rise = Find(facts, "7.5");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["change"] == "up");
  CHECK(rise->attrs["of"] == "汽车零部件");
}

TEST_CASE("a unit row over the amount columns, a note row under it, and row labels in cents", "[figure][table]") {
  // A Hong Kong results table as an HTML page: the unit row's empty cells
  // (over the labels and the change column) leave nothing between the pipes.
  const std::string html =
      "<html><body><h3>財務摘要</h3><table>"
      "<tr><th></th><th>二零二五年</th><th>二零二四年</th><th>變動</th></tr>"
      "<tr><th></th><th>人民幣千元</th><th>人民幣千元</th><th></th></tr>"
      "<tr><th></th><th>（未經審核）</th><th>（未經審核）</th><th></th></tr>"
      "<tr><td>收益</td><td>1,286,452</td><td>1,144,637</td><td>+12.4%</td></tr>"
      "<tr><td>每股基本盈利（人民幣分）</td><td>21.36</td><td>17.36</td><td>+23.0%</td></tr>"
      "<tr><td>每股中期股息（港仙）</td><td>8.0</td><td>6.5</td><td>+23.1%</td></tr>"
      "</table></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "results.html");
  for (const char* text : {"1,286,452", "1,144,637"}) {
    const Fact* amount = Find(facts, text);
    REQUIRE(amount != nullptr);
    CHECK(amount->attrs["unit"] == "CNY");
  }
  CHECK(Find(facts, "1,286,452")->attrs["value"].get<double>() == Approx(1.286452e9));
  const Fact* eps = Find(facts, "21.36");
  REQUIRE(eps != nullptr);
  CHECK(eps->attrs["unit"] == "CNY");
  CHECK(eps->attrs["value"].get<double>() == Approx(0.2136));
  const Fact* dividend = Find(facts, "6.5");
  REQUIRE(dividend != nullptr);
  CHECK(dividend->attrs["unit"] == "HKD");
  CHECK(dividend->attrs["value"].get<double>() == Approx(0.065));
}

TEST_CASE("a header row under a unit row keeps the units of the columns it leaves without one", "[figure][table]") {
  const std::string text =
      "表1　主要指标\n"
      "指标　　　本期　　　比上年\n"
      "　　　　　亿元　　　%\n"
      "　　　　　（未审计）　（未审计）\n"
      "营业收入　　　12.5　　　10.8\n";
  std::vector<Fact> facts = FiguresOf(text, "table.txt");
  const Fact* amount = Find(facts, "12.5");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "CNY");
  CHECK(amount->attrs["value"].get<double>() == Approx(1.25e9));
  const Fact* rate = Find(facts, "10.8");
  REQUIRE(rate != nullptr);
  CHECK(rate->attrs["unit"] == "%");
}

TEST_CASE("a header aligned with spaces may hold Latin letters inside its CJK cells", "[figure][table]") {
  const std::string text =
      "表3-1  2021—2024年日本主要经济指标\n\n"
      "年份    名义GDP（万亿日元）    实际GDP增长率（%）    完全失业率（%）\n"
      "2021    553.6                  2.7                   2.8\n"
      "2022    566.5                  0.9                   2.6\n";
  std::vector<Fact> facts = FiguresOf(text, "guide.txt");
  const Fact* gdp = Find(facts, "566.5");
  REQUIRE(gdp != nullptr);
  CHECK(gdp->attrs["unit"] == "JPY");
  CHECK(gdp->attrs["value"].get<double>() == Approx(5.665e14));
  const Fact* rate = Find(facts, "0.9");
  REQUIRE(rate != nullptr);
  CHECK(rate->attrs["unit"] == "%");
}

TEST_CASE("a header cell spanning two columns gives both its unit", "[figure][table]") {
  // 前期比（％） heads the last two columns of the row under it; the caption's
  // 百万円 is every other column's.
  const std::string text =
      "（単位：百万円）\n\n"
      "セグメントの名称　　　前連結会計年度　　　　当連結会計年度　　　　前期比（％）\n\n"
      "売上高　　セグメント利益　売上高　　セグメント利益　売上高　　セグメント利益\n\n"
      "精密部品事業　　　　62,480　　　5,412　　68,915　　　6,530　　　10.3　　　20.7\n\n"
      "電子デバイス事業　　13,481　　　　980　　13,505　　　　812　　　　0.2　　　△17.1\n";
  std::vector<Fact> facts = FiguresOf(text, "yuho.txt");
  const Fact* amount = Find(facts, "68,915");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "JPY");
  CHECK(amount->attrs["value"].get<double>() == Approx(6.8915e10));
  for (const char* rate : {"10.3", "20.7", "△17.1"}) {
    const Fact* cell = Find(facts, rate);
    REQUIRE(cell != nullptr);
    CHECK(cell->attrs["unit"] == "%");
  }
}

TEST_CASE("a table aligned with spaces: cells after the label, headers, rules and placeholders", "[figure][table]") {
  // Normalisation leaves one space between cells: the numbers at the end of a
  // row are its cells, and a header row of Chinese words is split on spaces.
  const std::string text =
      "国民经济主要指标\n\n"
      "单位：亿元，%\n"
      "────────────────────────\n"
      "指标              10月              1—10月\n"
      "             绝对量   同比增长    绝对量    同比增长\n"
      "────────────────────────\n"
      "社会消费品零售总额   46291   2.9   415172   4.3\n"
      "  其中：民间投资      —      —    206735   -4.5\n"
      "────────────────────────\n\n"
      "数据显示经济运行总体平稳。\n";
  std::vector<Fact> facts = FiguresOf(text, "bulletin.txt");
  const Fact* amount = Find(facts, "415172");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "CNY");
  CHECK(amount->attrs["value"].get<double>() == Approx(4.15172e13));
  const Fact* growth = Find(facts, "2.9");
  REQUIRE(growth != nullptr);
  CHECK(growth->attrs["unit"] == "%");
  CHECK(growth->attrs["change"] == "up");
  const Fact* fall = Find(facts, "-4.5");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["change"] == "down");
  CHECK(fall->attrs["of"] == "其中：民间投资");
  // A row label of several English words is one cell; a line of words is no header.
  const std::string en =
      "Balance of trade\n\n"
      "Unit: A$ million\n"
      "Goods credits 46,981 45,820\n"
      "Goods debits n.a. 43,995 44,100\n\n"
      "The balance narrowed in the month.\n";
  std::vector<Fact> en_facts = FiguresOf(en, "abs.txt");
  const Fact* credit = Find(en_facts, "46,981");
  REQUIRE(credit != nullptr);
  CHECK(credit->attrs["unit"] == "AUD");
  CHECK(credit->attrs["of"] == "Goods credits");
  CHECK(Find(en_facts, "43,995") != nullptr);
}

TEST_CASE("a row label's unit in brackets may be a multiple (倍)", "[figure][table]") {
  const std::string text =
      "表1  发行人主要财务指标\n\n"
      "项目                    2025年末      2024年末\n"
      "资产负债率（%）            59.96         59.14\n"
      "流动比率（倍）              1.86          1.92\n\n"
      "发行人偿债能力保持稳定。\n";
  std::vector<Fact> facts = FiguresOf(text, "prospectus.txt");
  for (const char* cell : {"1.86", "1.92"}) {
    const Fact* ratio = Find(facts, cell);
    INFO(cell);
    REQUIRE(ratio != nullptr);
    CHECK(ratio->attrs["unit"] == "x");
  }
  const Fact* share = Find(facts, "59.14");
  REQUIRE(share != nullptr);
  CHECK(share->attrs["unit"] == "%");
}

TEST_CASE("a caption's plural scale (billions of yen) is the scale of every cell", "[figure][table]") {
  const std::string page =
      "<html><body><p>Results for the quarter follow.</p><table>"
      "<caption>Consolidated quarterly results (billions of yen)</caption>"
      "<tr><th></th><th>Oct–Dec 2024</th><th>Oct–Dec 2025</th></tr>"
      "<tr><th>Net sales</th><td>636.3</td><td>652.8</td></tr>"
      "</table></body></html>";
  std::vector<Fact> facts = FiguresOf(page, "results.html");
  const Fact* sales = Find(facts, "652.8");
  REQUIRE(sales != nullptr);
  CHECK(sales->attrs["unit"] == "JPY");
  CHECK(sales->attrs["value"].get<double>() == Approx(6.528e11));
}

TEST_CASE("an annexed table's title with its unit in brackets is the caption, and a counter is a unit", "[figure][table]") {
  // 附表 has no number; the title's closing bracket declares vehicles in
  // ten thousands and percent, which its growth columns take.
  const std::string html =
      "<html><body><article><p>10月，汽车产销稳中有升。</p><table>"
      "<caption>附表　2025年10月汽车产销主要数据（单位：万辆，%）</caption>"
      "<tr><th>指标</th><th>10月</th><th>环比增长</th><th>同比增长</th></tr>"
      "<tr><td>汽车产量</td><td>335.9</td><td>3.0</td><td>12.1</td></tr>"
      "</table></article></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "caam.html");
  const Fact* output = Find(facts, "335.9");
  REQUIRE(output != nullptr);
  CHECK(output->attrs["unit"] == "count");
  CHECK(output->attrs["value"].get<double>() == Approx(3359000));
  const Fact* month = Find(facts, "3.0");
  REQUIRE(month != nullptr);
  CHECK(month->attrs["unit"] == "%");
  CHECK(month->attrs["change"] == "up");
  // An English caption of counts in millions.
  const std::string text =
      "Planned production volume                               (Millions of units)\n"
      "                       FY2025 (actual)  FY2026 (plan)  FY2027 (plan)\n"
      "   Plant A                  41.0            36.5           27.0\n";
  std::vector<Fact> units = FiguresOf(text, "plan.txt");
  const Fact* plan = Find(units, "36.5");
  REQUIRE(plan != nullptr);
  CHECK(plan->attrs["unit"] == "count");
  CHECK(plan->attrs["value"].get<double>() == Approx(36500000));
}

TEST_CASE("an HTML table: the caption's unit for every cell, a row label's for its row", "[figure][table]") {
  const std::string html =
      "<html><body><main><h1>Policy decision</h1><p>The Board kept the rate unchanged.</p>"
      "<table><caption>Outlook (annual % change)</caption>"
      "<tr><th></th><th>2025</th><th>2026</th></tr>"
      "<tr><th>GDP growth</th><td>1.0</td><td>1.6</td></tr>"
      "<tr><th>Exports (US$ billion)</th><td>612.5</td><td>about 640</td></tr>"
      "</table><p>The next meeting is in January.</p></main></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "page.html");
  const Fact* growth = Find(facts, "1.0");
  REQUIRE(growth != nullptr);
  CHECK(growth->attrs["unit"] == "%");
  CHECK(growth->attrs["change"] == "up");  // the row says growth
  const Fact* exports = Find(facts, "about 640");
  REQUIRE(exports != nullptr);
  CHECK(exports->attrs["unit"] == "USD");
  CHECK(exports->attrs["value"].get<double>() == Approx(6.4e11));
  CHECK(exports->attrs["approx"] == "about");
  CHECK(Find(facts, "2025") == nullptr);  // the years heading the columns are no figures
}

TEST_CASE("an HTML table's column headers give their cells' units, and a column of points is a change", "[figure][table]") {
  // A row of an HTML data table is one segment, its cells apart by " | ",
  // so a cell keeps its column header as well as its row label.
  const std::string html =
      "<html><body><main><h1>海外進出企業調査</h1><p>調査の結果を公表した。</p>"
      "<table><caption>表　地域別の主要指標</caption>"
      "<thead><tr><th>地域</th><th>回答数（社）</th><th>黒字の割合（％）</th><th>前回比（ポイント）</th></tr></thead>"
      "<tbody><tr><td>北米</td><td>812</td><td>71.5</td><td>▲2.1</td></tr>"
      "<tr><td>欧州</td><td>655</td><td>60.2</td><td>3.4</td></tr></tbody>"
      "</table><p>次回の調査は来年実施する。</p></main></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "survey.html");
  const Fact* share = Find(facts, "71.5");
  REQUIRE(share != nullptr);
  CHECK(share->attrs["unit"] == "%");
  CHECK(share->attrs["of"] == "北米");
  const Fact* fall = Find(facts, "▲2.1");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "pp");
  CHECK(fall->attrs["value"].get<double>() == Approx(2.1));  // the sign is the direction
  CHECK(fall->attrs["change"] == "down");
  const Fact* rise = Find(facts, "3.4");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["unit"] == "pp");
  CHECK(rise->attrs["change"] == "up");
  const Fact* share2 = Find(facts, "60.2");
  REQUIRE(share2 != nullptr);
  CHECK(share2->attrs["unit"] == "%");
}

TEST_CASE("a Markdown table in a text file: pipes split the cells, the rule line is skipped", "[figure][table]") {
  const std::string text =
      "Growth outlook\n\n"
      "GDP growth forecasts (annual % change)\n\n"
      "| Subregion | 2025 | 2026 |\n"
      "|:---|---:|---:|\n"
      "| Central Asia | 5.6 | 5.2 |\n"
      "| East Asia | 4.3 | 4.0 |\n\n"
      "Inflation is expected to ease in both years across the region.\n";
  std::vector<Fact> facts = FiguresOf(text, "outlook.txt");
  const Fact* central = Find(facts, "5.6");
  REQUIRE(central != nullptr);
  CHECK(central->attrs["unit"] == "%");
  CHECK(central->attrs["of"] == "Central Asia");
  const Fact* east = Find(facts, "4.0");
  REQUIRE(east != nullptr);
  CHECK(east->attrs["unit"] == "%");
  CHECK(east->attrs["of"] == "East Asia");
  CHECK(Find(facts, "2025") == nullptr);
}

TEST_CASE("a table apart by tabs: the English header's Change column is in percent by the caption", "[figure][table]") {
  const std::string text =
      "Exports rose in October.\n\n"
      "[Table 1] Exports of major items (unit: US$ billion, %)\n"
      "Item\tOct. 2023\tOct. 2024\tChange\n"
      "Semiconductors\t9.0\t12.6\t+40.3\n"
      "Automobiles\t5.8\t5.5\t-5.9\n\n"
      "Exports to Japan fell.\n";
  std::vector<Fact> facts = FiguresOf(text, "release.txt");
  const Fact* amount = Find(facts, "12.6");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "USD");
  CHECK(amount->attrs["value"].get<double>() == Approx(1.26e10));
  const Fact* fall = Find(facts, "-5.9");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["value"].get<double>() == Approx(5.9));
  CHECK(fall->attrs["change"] == "down");
}

TEST_CASE("a caption of persons and percent: growth columns in percent, the others counts", "[figure][table]") {
  const std::string text =
      "訪日外客数の推計値を公表した。\n\n"
      "■主な国・地域別の訪日外客数（単位：人、％）\n"
      "国・地域　　２０２５年１０月　　前年同月比\n"
      "総数　　３，８９６，３００　　１７．６\n"
      "香港　　１９８，７００　　▲２．３\n\n"
      "累計は前年同期を上回った。\n";
  std::vector<Fact> facts = FiguresOf(text, "jnto.txt");
  const Fact* total = Find(facts, "３，８９６，３００");
  REQUIRE(total != nullptr);
  CHECK(total->attrs["unit"] == "count");
  const Fact* rise = Find(facts, "１７．６");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["unit"] == "%");
  CHECK(rise->attrs["change"] == "up");
  const Fact* fall = Find(facts, "▲２．３");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["change"] == "down");
}

TEST_CASE("a bracketed note is the caption, and signed ranges are one figure each", "[figure][table]") {
  const std::string text =
      "見通しの概要\n\n"
      "（前年度比、％。なお、＜　＞内は中央値）\n"
      "実質ＧＤＰ　　　消費者物価\n"
      "2026年度　　＋0.5〜＋0.8　　＋1.7〜＋2.0\n"
      "＜＋0.6＞　　　＜＋1.8＞\n\n"
      "景気は緩やかに回復している。\n";
  std::vector<Fact> facts = FiguresOf(text, "outlook.txt");
  const Fact* range = Find(facts, "＋0.5〜＋0.8");
  REQUIRE(range != nullptr);
  CHECK(range->attrs["unit"] == "%");
  CHECK(range->attrs["value"].get<double>() == Approx(0.5));
  CHECK(range->attrs["value_max"].get<double>() == Approx(0.8));
  CHECK(range->attrs["change"] == "up");  // signed, under a caption of changes
  const Fact* median = Find(facts, "＜＋1.8＞");
  REQUIRE(median != nullptr);
  CHECK(median->attrs["value"].get<double>() == Approx(1.8));
  CHECK(median->attrs["of"] == "消費者物価");
}

TEST_CASE("a unit line (单位：亿元) is the caption even after the table's title", "[figure][table]") {
  const std::string text =
      "前三季度进出口\n\n表1　2025年前三季度进出口主要数据\n单位：亿元\n项目　　金额　　同比（%）\n"
      "进口　　136600　　-0.2\n\n进口总体平稳。\n";
  std::vector<Fact> facts = FiguresOf(text, "customs.txt");
  const Fact* imports = Find(facts, "136600");
  REQUIRE(imports != nullptr);
  CHECK(imports->attrs["unit"] == "CNY");
  CHECK(imports->attrs["value"].get<double>() == Approx(1.366e13));
  const Fact* change = Find(facts, "-0.2");
  REQUIRE(change != nullptr);
  CHECK(change->attrs["unit"] == "%");
  CHECK(change->attrs["change"] == "down");
}

TEST_CASE("a header row whose first and last cells are bracketed is a header, its corner the caption", "[figure][table]") {
  // "（前年比、％） | 2024年（実績） | …" starts and ends with a bracket but is
  // no one note: its corner cell declares the unit of the whole table.
  const std::string html =
      "<html><body><main><h1>アジア経済見通し</h1><p>成長は減速する見込みである。</p>"
      "<table><caption>図表　見通し</caption>"
      "<thead><tr><th>（前年比、％）</th><th>2025年（実績）</th><th>2026年（予測）</th></tr></thead>"
      "<tbody><tr><th>実質GDP</th><td>5.1</td><td>4.4</td></tr>"
      "<tr><th>設備投資</th><td>▲2.3</td><td>0.5</td></tr></tbody>"
      "</table><p>下振れリスクが大きい。</p></main></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "outlook.html");
  const Fact* gdp = Find(facts, "4.4");
  REQUIRE(gdp != nullptr);
  CHECK(gdp->attrs["unit"] == "%");
  CHECK(gdp->attrs["of"] == "実質GDP");
  const Fact* fall = Find(facts, "▲2.3");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["value"].get<double>() == Approx(2.3));
  CHECK(fall->attrs["change"] == "down");
}

TEST_CASE("a numbered heading opens another table: the last caption's changes do not reach it", "[figure][table]") {
  const std::string text =
      "決算短信\n\n"
      "（1）経営成績　　　　　　　　（％表示は対前期増減率）\n"
      "売上高　　　　営業利益\n"
      "百万円　　％　　百万円　　％\n"
      "2025年3月期　12,215　6.8　1,862　12.4\n\n"
      "2．配当の状況\n"
      "年間配当金　　配当性向\n"
      "円　　％\n"
      "2025年3月期　45.00　36.1\n\n"
      "配当は増配とする。\n";
  std::vector<Fact> facts = FiguresOf(text, "tanshin.txt");
  const Fact* growth = Find(facts, "6.8");
  REQUIRE(growth != nullptr);
  CHECK(growth->attrs["change"] == "up");
  const Fact* payout = Find(facts, "36.1");
  REQUIRE(payout != nullptr);
  CHECK(payout->attrs["unit"] == "%");
  CHECK_FALSE(payout->attrs.contains("change"));  // a payout ratio, no change
}

TEST_CASE("a unit line with a second declaration (币种：人民币) is the caption, not a header", "[figure][table]") {
  const std::string text =
      "第三季度报告\n\n一、主要财务数据\n\n单位：万元 币种：人民币\n"
      "项目\t本报告期\t本报告期比上年同期增减变动幅度(%)\n"
      "营业收入\t128,406.15\t21.37\n\n公司经营情况良好。\n";
  std::vector<Fact> facts = FiguresOf(text, "report.txt");
  const Fact* revenue = Find(facts, "128,406.15");
  REQUIRE(revenue != nullptr);
  CHECK(revenue->attrs["unit"] == "CNY");
  CHECK(revenue->attrs["value"].get<double>() == Approx(1284061500.0));
  const Fact* change = Find(facts, "21.37");
  REQUIRE(change != nullptr);
  CHECK(change->attrs["unit"] == "%");
  CHECK(change->attrs["change"] == "up");
}

TEST_CASE("a bracket listing several things declares its last unit-like part", "[figure][table]") {
  const std::string html =
      "<html><body><main><h1>Results</h1><p>Revenue rose.</p>"
      "<table><caption>Consolidated results (Billions of yen, unless otherwise stated)</caption>"
      "<tr><th></th><th>FY2024</th><th>FY2025</th></tr>"
      "<tr><th>Revenue</th><td>1,149.5</td><td>1,248.3</td></tr>"
      "<tr><th>Basic earnings per share (yen)</th><td>341.96</td><td>382.45</td></tr>"
      "<tr><th>人民元相場（年末、1ドル＝元）</th><td>7.30</td><td>7.10</td></tr>"
      "</table><p>The outlook is unchanged.</p></main></body></html>";
  std::vector<Fact> facts = FiguresOf(html, "results.html");
  const Fact* revenue = Find(facts, "1,149.5");
  REQUIRE(revenue != nullptr);
  CHECK(revenue->attrs["unit"] == "JPY");
  CHECK(revenue->attrs["value"].get<double>() == Approx(1.1495e12));
  const Fact* eps = Find(facts, "341.96");  // the row's own unit: yen, not billions
  REQUIRE(eps != nullptr);
  CHECK(eps->attrs["unit"] == "JPY");
  CHECK(eps->attrs["value"].get<double>() == Approx(341.96));
  const Fact* rate = Find(facts, "7.30");  // a rate per dollar, written in yuan
  REQUIRE(rate != nullptr);
  CHECK(rate->attrs["unit"] == "CNY");
  CHECK(rate->attrs["value"].get<double>() == Approx(7.3));
}

TEST_CASE("a column of percent changes keeps percent beside a row label's amount unit", "[figure][table]") {
  const std::string text =
      "主要会计数据\n\n单位：元\n"
      "项目\t本报告期\t本报告期比上年同期增减变动幅度(%)\n"
      "基本每股收益（元/股）\t0.24\t26.32\n\n以上数据未经审计。\n";
  std::vector<Fact> facts = FiguresOf(text, "report.txt");
  const Fact* eps = Find(facts, "0.24");
  REQUIRE(eps != nullptr);
  CHECK(eps->attrs["unit"] == "CNY");
  const Fact* change = Find(facts, "26.32");
  REQUIRE(change != nullptr);
  CHECK(change->attrs["unit"] == "%");
  CHECK(change->attrs["change"] == "up");
}

TEST_CASE("a share column under a caption of an amount and percent is in percent", "[figure][table]") {
  const std::string text =
      "輸出実績\n\n表１　国・地域別の輸出額\n（単位：億円、％）\n"
      "国・地域　　金額　　前年比　　構成比\n"
      "米国　　2,196　　8.9　　16.9\n"
      "香港　　1,842　　2.6　　14.2\n\n輸出は増加した。\n";
  std::vector<Fact> facts = FiguresOf(text, "exports.txt");
  const Fact* amount = Find(facts, "2,196");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "JPY");
  const Fact* share = Find(facts, "16.9");
  REQUIRE(share != nullptr);
  CHECK(share->attrs["unit"] == "%");
  CHECK_FALSE(share->attrs.contains("change"));
  const Fact* growth = Find(facts, "8.9");
  REQUIRE(growth != nullptr);
  CHECK(growth->attrs["change"] == "up");
}

TEST_CASE("Markdown bold around a total row's cells, and tonnes declared as (t)", "[figure][table]") {
  const std::string text =
      "# Magnet exports\n\nShipments fell in the first half.\n\n"
      "| Destination | H1 2024 (t) | H1 2025 (t) | Change (%) |\n"
      "|---|---:|---:|---:|\n"
      "| Germany | 4,215 | 3,102 | -26.4 |\n"
      "| **All destinations** | **28,960** | **22,135** | **-23.6** |\n\n"
      "Exports may recover next year.\n";
  std::vector<Fact> facts = FiguresOf(text, "letter.md");
  const Fact* germany = Find(facts, "4,215");
  REQUIRE(germany != nullptr);
  CHECK(germany->attrs["unit"] == "t");
  const Fact* total = Find(facts, "22,135");
  REQUIRE(total != nullptr);
  CHECK(total->attrs["unit"] == "t");
  CHECK(total->attrs["of"] == "All destinations");  // the bold is no part of the label
  const Fact* change = Find(facts, "-23.6");
  REQUIRE(change != nullptr);
  CHECK(change->attrs["unit"] == "%");
  CHECK(change->attrs["change"] == "down");
}

TEST_CASE("an accountant's (85) is a negative amount, and ドル建て is no unit", "[figure][table]") {
  const std::string text =
      "外匯基金投資收入\n\n附表\n\n（億港元）\t2026年\t2025年\n"
      "債券\t1,012\t1,108\n外匯\t(85)\t(77)\n\n數字未經審計。\n";
  std::vector<Fact> facts = FiguresOf(text, "release.txt");
  const Fact* loss = Find(facts, "(85)");
  REQUIRE(loss != nullptr);
  CHECK(loss->attrs["unit"] == "HKD");
  CHECK(loss->attrs["value"].get<double>() == Approx(-8.5e9));
  CHECK(Find(facts, "1,012")->attrs["value"].get<double>() == Approx(1.012e11));

  const std::string html =
      "<html><body><main><h1>見通し</h1><p>輸出は鈍化する。</p>"
      "<table><caption>（前年比、％）</caption>"
      "<tr><th></th><th>2025年</th><th>2026年</th></tr>"
      "<tr><th>輸出（ドル建て）</th><td>5.9</td><td>1.5</td></tr>"
      "</table><p>以上。</p></main></body></html>";
  std::vector<Fact> outlook = FiguresOf(html, "outlook.html");
  const Fact* exports = Find(outlook, "5.9");
  REQUIRE(exports != nullptr);
  CHECK(exports->attrs["unit"] == "%");  // the caption's, not dollars
  CHECK(exports->attrs["of"] == "輸出（ドル建て）");
}

TEST_CASE("a row aligned with spaces that ends in a column of words, one cell per header column", "[figure][table]") {
  const std::string text =
      "品目別の輸出\n\n表２　主な品目別の輸出額\n（単位：億円、％）\n"
      " 品目           2025年1〜10月  前年同期比    主な輸出先\n"
      " ホタテ貝                 612        24.3    米国、台湾、ベトナム\n"
      " 牛肉                     583        15.8    台湾、香港、米国\n\n"
      "いずれも前年を上回った。\n";
  std::vector<Fact> facts = FiguresOf(text, "maff.txt");
  const Fact* scallops = Find(facts, "612");
  REQUIRE(scallops != nullptr);
  CHECK(scallops->attrs["unit"] == "JPY");
  CHECK(scallops->attrs["value"].get<double>() == Approx(6.12e10));
  CHECK(scallops->attrs["of"] == "ホタテ貝");
  const Fact* growth = Find(facts, "15.8");
  REQUIRE(growth != nullptr);
  CHECK(growth->attrs["unit"] == "%");
  CHECK(growth->attrs["change"] == "up");
  // Without a header to line up with, words after the numbers are no row.
  const std::string bare =
      "品目別の輸出\n\n（単位：億円）\n ホタテ貝   612   24.3   米国、台湾、ベトナム\n\n以上。\n";
  CHECK(Find(FiguresOf(bare, "bare.txt"), "612") == nullptr);
}

TEST_CASE("under a declared unit, short word cells (新規, a department) keep the row", "[figure][table]") {
  const std::string text =
      "主要事業\n\n（単位：千円）\n"
      "　事業名　　　　　　令和７年度　　前年度　　担当部局\n"
      "　設備投資補助金　　2,150,000　　1,480,000　　産業労働部\n"
      "　相談窓口運営事業　　186,400　　新規　　産業労働部\n\n"
      "本予算案は県議会に提出する予定です。\n";
  std::vector<Fact> facts = FiguresOf(text, "budget.txt");
  const Fact* subsidy = Find(facts, "2,150,000");
  REQUIRE(subsidy != nullptr);
  CHECK(subsidy->attrs["unit"] == "JPY");
  CHECK(subsidy->attrs["value"].get<double>() == Approx(2.15e9));
  const Fact* office = Find(facts, "186,400");
  REQUIRE(office != nullptr);
  CHECK(office->attrs["value"].get<double>() == Approx(1.864e8));
  CHECK(Find(facts, "千円") == nullptr);  // the unit line's unit measures nothing
  // Without a declared unit, numbers mixed with words are no table row.
  StatusOr<Document> plain =
      IngestBytes("結果\n\n　事業　　12　　新規　　産業労働部\n", "p.txt", IngestOptions{});
  REQUIRE(plain.ok());
  CHECK(FindTableCells(*plain).empty());
}

TEST_CASE("a caption of an amount and percent: growth columns in percent, a minus elsewhere a negative amount", "[figure][table]") {
  const std::string text =
      "貿易統計\n\n（単位：億円、％）\n"
      "　　　　　　　2025年7月　　前年同月比　　2025年1〜7月　　前年同期比\n"
      "　輸　出　　　　93,589　　　　▲2.6　　　　637,415　　　　＋1.9\n"
      "　差　引　　　　▲1,175　　　　―　　　　　▲30,505　　　　―\n\n"
      "輸出は2か月ぶりに減少した。\n";
  std::vector<Fact> facts = FiguresOf(text, "trade.txt");
  const Fact* exports = Find(facts, "93,589");
  REQUIRE(exports != nullptr);
  CHECK(exports->attrs["unit"] == "JPY");
  CHECK(exports->attrs["value"].get<double>() == Approx(9.3589e12));
  CHECK(exports->attrs["of"] == "輸出");  // a label spaced out character by character is one cell
  const Fact* fall = Find(facts, "▲2.6");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["value"].get<double>() == Approx(2.6));
  CHECK(fall->attrs["change"] == "down");
  const Fact* deficit = Find(facts, "▲1,175");
  REQUIRE(deficit != nullptr);
  CHECK(deficit->attrs["value"].get<double>() == Approx(-1.175e11));
  CHECK_FALSE(deficit->attrs.contains("change"));
}

TEST_CASE("a row of units under the header gives each column its unit", "[figure][table]") {
  const std::string text =
      "決算短信\n\n"
      "（百万円未満切捨て）\n"
      "（1）連結経営成績　　　　（％表示は対前期増減率）\n"
      "売上高　　　　営業利益\n"
      "百万円　　％　　百万円　　％\n"
      "2025年3月期　48,215　6.8　3,862　△2.1\n"
      "年間配当金\n"
      "円　銭　　百万円\n"
      "2025年3月期　25.00　988\n\n"
      "当期の売上高は過去最高となりました。\n";
  std::vector<Fact> facts = FiguresOf(text, "kessan.txt");
  const Fact* sales = Find(facts, "48,215");
  REQUIRE(sales != nullptr);
  CHECK(sales->attrs["unit"] == "JPY");
  CHECK(sales->attrs["value"].get<double>() == Approx(4.8215e10));
  const Fact* fall = Find(facts, "△2.1");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["change"] == "down");  // the caption says the percentages are changes
  const Fact* rise = Find(facts, "6.8");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["change"] == "up");
  const Fact* dividend = Find(facts, "25.00");  // 円 and 銭 head one column
  REQUIRE(dividend != nullptr);
  CHECK(dividend->attrs["unit"] == "JPY");
  CHECK(dividend->attrs["value"].get<double>() == Approx(25));
  const Fact* total = Find(facts, "988");
  REQUIRE(total != nullptr);
  CHECK(total->attrs["value"].get<double>() == Approx(9.88e8));
  CHECK(Find(facts, "百万円") == nullptr);  // a unit standing alone measures nothing
}

TEST_CASE("a table of a diffusion index: its levels are the index, its differences points", "[figure][table][di]") {
  // The caption names the index and no unit; the last column is the change
  // from the month before, ▲ for a fall.
  const std::string text =
      "２．業種別の現状判断DI（季節調整値）\n\n"
      "飲食関連が低下し、小売関連が上昇した。\n\n"
      "（表）業種別現状判断DI（季節調整値）の推移\n\n"
      "  業種          8月     9月     前月差\n"
      "  ----------------------------------\n"
      "  小売          45.2    46.0     0.8\n"
      "  飲食          51.7    49.9    ▲1.8\n"
      "\n"
      "飲食では予約の取消しが目立った。\n";
  std::vector<Fact> facts = FiguresOf(text, "watcher.txt");
  const Fact* level = Find(facts, "49.9");
  REQUIRE(level != nullptr);
  CHECK(level->attrs["unit"] == "index");
  CHECK(level->attrs["value"].get<double>() == Approx(49.9));
  const Fact* rise = Find(facts, "0.8");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["unit"] == "pp");
  CHECK(rise->attrs["change"] == "up");
  const Fact* fall = Find(facts, "▲1.8");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "pp");
  CHECK(fall->attrs["change"] == "down");
  CHECK(fall->attrs["value"].get<double>() == Approx(1.8));
}

TEST_CASE("a table title with its unit in a cell of its own is the caption", "[figure][table]") {
  // The title and the unit line share a line apart by ideographic spaces; the
  // header row of a pipe table follows.
  const std::string text =
      "表1　中国制造业PMI及构成指数（经季节调整）　　单位：%\n\n"
      "| | PMI | 生产 | 新订单 |\n\n"
      "| 2025年10月 | 49.0 | 49.7 | 48.8 |\n\n"
      "| 2025年11月 | 49.2 | 50.0 | 49.2 |\n\n"
      "11月份，制造业景气水平有所改善。\n";
  std::vector<Fact> facts = FiguresOf(text, "pmi.md");
  const Fact* cell = Find(facts, "48.8");
  REQUIRE(cell != nullptr);
  CHECK(cell->attrs["unit"] == "%");
  CHECK(cell->attrs["value"].get<double>() == Approx(48.8));
}

TEST_CASE("a caption that puts each amount's rate in brackets makes such a cell two figures", "[figure][table]") {
  // A results table in a newspaper: amounts in 億円, the change beside each.
  const std::string ja =
      "中間決算を発表した。\n\n【連結業績】（単位：億円、カッコ内は前年同期比増減率％、▲は減）\n"
      "　　　　　　4〜9月期　　通期予想\n"
      "売上高　　　12,480（3.2）　　25,300（1.1）\n"
      "営業利益　　 1,056（▲12.4）　 2,100（▲8.0）\n\n"
      "通期予想は据え置いた。\n";
  std::vector<Fact> facts = FiguresOf(ja, "results.txt");
  const Fact* sales = Find(facts, "12,480");
  REQUIRE(sales != nullptr);
  CHECK(sales->attrs["unit"] == "JPY");
  CHECK(sales->attrs["value"].get<double>() == Approx(1.248e12));
  CHECK(sales->attrs["of"] == "売上高");
  const Fact* rise = Find(facts, "3.2");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["unit"] == "%");
  CHECK(rise->attrs["change"] == "up");
  const Fact* fall = Find(facts, "▲8.0");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["value"].get<double>() == Approx(8.0));
  CHECK(fall->attrs["change"] == "down");
  const Fact* forecast = Find(facts, "2,100");
  REQUIRE(forecast != nullptr);
  CHECK(forecast->attrs["value"].get<double>() == Approx(2.1e11));
  // The same in Chinese.
  const std::string zh =
      "公司公布业绩。\n\n主要财务数据（单位：亿元，括号内为同比增长%）\n"
      "营业收入　　　1,234.5（12.3）\n净利润　　　　88.6（-4.5）\n\n业绩符合预期。\n";
  std::vector<Fact> zh_facts = FiguresOf(zh, "results_zh.txt");
  const Fact* revenue = Find(zh_facts, "1,234.5");
  REQUIRE(revenue != nullptr);
  CHECK(revenue->attrs["unit"] == "CNY");
  const Fact* profit_fall = Find(zh_facts, "-4.5");
  REQUIRE(profit_fall != nullptr);
  CHECK(profit_fall->attrs["unit"] == "%");
  CHECK(profit_fall->attrs["change"] == "down");
  // Without the caption's note the bracket may be anything: no cells.
  const std::string plain =
      "決算を発表した。\n\n（単位：億円）\n売上高　　　12,480（3.2）　　25,300（1.1）\n\n以上。\n";
  std::vector<Fact> plain_facts = FiguresOf(plain, "plain.txt");
  for (const Fact& f : plain_facts) CHECK(f.attrs["unit"] != "%");
  const Fact* unpaired = Find(plain_facts, "12,480");
  CHECK((unpaired == nullptr || unpaired->attrs["unit"] != "JPY"));
}

TEST_CASE("a numbered table title that gives each measure its unit: its columns take them", "[figure][table]") {
  // A white paper's table saved from a PDF: the title after the table's
  // number names the amount and the rate with their units, the header row
  // names the columns.
  const std::string text =
      "アジア向けの輸出は増加した。\n\n図表２－１　国・地域別の輸出額（億円）と前年比（％）\n\n"
      "2024年　　　　　　2025年1〜6月\n\n"
      "  国・地域        輸出額     前年比      輸出額   前年同期比\n"
      "  世界        1,079,152        6.2     552,376          3.6\n"
      "  中国          188,678        6.2      90,412         ▲1.9\n\n"
      "いずれも前年を上回った。\n";
  std::vector<Fact> facts = FiguresOf(text, "whitepaper.txt");
  const Fact* world = Find(facts, "1,079,152");
  REQUIRE(world != nullptr);
  CHECK(world->attrs["unit"] == "JPY");
  CHECK(world->attrs["value"].get<double>() == Approx(1.079152e14));
  const Fact* half = Find(facts, "90,412");
  REQUIRE(half != nullptr);
  CHECK(half->attrs["unit"] == "JPY");
  const Fact* fall = Find(facts, "▲1.9");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["change"] == "down");
  const Fact* rate = Find(facts, "3.6");
  REQUIRE(rate != nullptr);
  CHECK(rate->attrs["unit"] == "%");
}

TEST_CASE("an English table with years for columns: the caption's amount unit, a change column's percent",
          "[figure][table]") {
  // The caption names the amount's unit and the change's ("US$ billion;
  // change in percent"): the year columns are amounts, and the last column
  // says it is the percent change. Spaces between columns come out single.
  const std::string text =
      "Figure 1. Exports to China, 2022-2024\n"
      "(US$ billion; change in percent, 2023-2024)\n\n"
      "Category                                   2022     2023     2024    Change (%)\n"
      "Semiconductor manufacturing equipment       8.6      9.5     11.9      +25.3\n"
      "Integrated circuits                         8.9      7.4      7.1       -4.1\n\n"
      "Source: the Ministry of Finance.\n";
  std::vector<Fact> facts = FiguresOf(text, "crs.txt");
  const Fact* amount = Find(facts, "9.5");
  REQUIRE(amount != nullptr);
  CHECK(amount->attrs["unit"] == "USD");
  CHECK(amount->attrs["value"].get<double>() == Approx(9.5e9));
  CHECK(amount->attrs["of"] == "Semiconductor manufacturing equipment");
  const Fact* rise = Find(facts, "+25.3");
  REQUIRE(rise != nullptr);
  CHECK(rise->attrs["unit"] == "%");
  CHECK(rise->attrs["value"].get<double>() == Approx(25.3));
  CHECK(rise->attrs["change"] == "up");
  const Fact* fall = Find(facts, "-4.1");
  REQUIRE(fall != nullptr);
  CHECK(fall->attrs["unit"] == "%");
  CHECK(fall->attrs["change"] == "down");
  CHECK(Find(facts, "2022") == nullptr);  // the header's years are no figures
}

TEST_CASE("no declared unit, or prose, makes no table cells", "[figure][table]") {
  // Numbers in rows with no unit anywhere stay what the reader makes of them.
  StatusOr<Document> plain = IngestBytes("Results\n\nNorth　　12　　15\nSouth　　9　　11\n", "t.txt", IngestOptions{});
  REQUIRE(plain.ok());
  CHECK(FindTableCells(*plain).empty());
  // A sentence with a unit in brackets is prose: the numbers after it are not its cells.
  StatusOr<Document> prose = IngestBytes(
      "Trade\n\nExports (in US$ billion) rose again this year, officials said.\n\n12.5　　13.0\n", "p.txt",
      IngestOptions{});
  REQUIRE(prose.ok());
  CHECK(FindTableCells(*prose).empty());
}

}  // namespace
}  // namespace dossier
