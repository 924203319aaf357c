// English figures: text -> value, unit, approx, change. Written from the
// language (news and communiqué English), not from the gold files.
#include "tests/extract/figure_test_util.h"

using dossier::test::CheckFigureRow;
using dossier::test::FigureRow;

TEST_CASE("English figures: money", "[figure][en]") {
  const FigureRow rows[] = {
      {"The deal is worth $2.5 billion.", "$2.5 billion", 2.5e9, "USD", "exact", ""},
      // the wire services' scale abbreviations
      {"China's trade surplus hits $95.7 bln.", "$95.7 bln", 9.57e10, "USD", "exact", ""},
      {"Sales reached 3.2 trillion yen last year.", "3.2 trillion yen", 3.2e12, "JPY", "exact", ""},
      // a unit word after a number in words, as it is spoken
      {"Japan imports roughly sixty-six million tonnes of LNG.", "roughly sixty-six million tonnes", 6.6e7, "t", "about", ""},
      {"They set up a fund of 50 billion yuan.", "50 billion yuan", 5e10, "CNY", "exact", ""},
      // an exchange rate per dollar is in the currency the sentence named
      {"The yen was little changed at 155.40 per dollar.", "155.40", 155.4, "JPY", "exact", ""},
      {"The yuan weakened to 7.3050 against the dollar on Monday.", "7.3050", 7.305, "CNY", "exact", ""},
      {"The won fell to 1,470 per U.S. dollar, its weakest level.", "1,470", 1470, "KRW", "exact", ""},
      {"The yen held at 155.40 per dollar, having weakened to a low of 157.90 last month.", "157.90", 157.9,
       "JPY", "exact", ""},
      {"Investment totalled US$1.2 billion.", "US$1.2 billion", 1.2e9, "USD", "exact", ""},
      {"The bank lent RMB 300 million to small firms.", "RMB 300 million", 3e8, "CNY", "exact", ""},
      {"Investment reached nearly 140 billion U.S. dollars.", "140 billion U.S. dollars", 1.4e11, "USD", "under", ""},
      {"Trade has surpassed $300 billion.", "surpassed $300 billion", 3e11, "USD", "over", ""},
      {"The grant is 40 million euros.", "40 million euros", 4e7, "EUR", "exact", ""},
      {"The museum received €12 million.", "€12 million", 1.2e7, "EUR", "exact", ""},
      {"Visitors spent ¥8.1 trillion in Japan.", "¥8.1 trillion", 8.1e12, "JPY", "exact", ""},
      {"The swap line is ¥500 billion, paid in RMB.", "¥500 billion", 5e11, "CNY", "exact", ""},
      {"The swap line stands at RMB 200 billion / ¥3.4 trillion.", "¥3.4 trillion", 3.4e12, "JPY", "exact", ""},
      {"The swap line stands at RMB 200 billion / ¥3.4 trillion.", "RMB 200 billion", 2e11, "CNY", "exact", ""},
      {"Seoul pledged 5 billion won.", "5 billion won", 5e9, "KRW", "exact", ""},
      {"The bank raised HK$3.8 billion.", "HK$3.8 billion", 3.8e9, "HKD", "exact", ""},
      {"The market will reach 100 trillion yuan by 2050.", "100 trillion yuan", 1e14, "CNY", "exact", ""},
      {"It will foster new trillion-yuan industries.", "trillion-yuan", 1e12, "CNY", "about", ""},
      {"Imports were 41.76 trillion yuan [$5.8 trillion].", "$5.8 trillion", 5.8e12, "USD", "exact", ""},
      {"Imports were 41.76 trillion yuan [$5.8 trillion].", "41.76 trillion yuan", 4.176e13, "CNY", "exact", ""},
      {"The budget is about $3bn this year.", "$3bn", 3e9, "USD", "about", ""},
      {"Revenue rose by $2 million.", "$2 million", 2e6, "USD", "exact", "up"},
      {"Exports totalled $157.52 billion, down 8.4%.", "$157.52 billion", 1.5752e11, "USD", "exact", ""},
      // Indian English: a lakh is 10^5, a crore 10^7, a lakh crore 10^12
      {"Exports were valued at ₹ 48,560 crore.", "₹ 48,560 crore", 4.856e11, "INR", "exact", ""},
      {"Trade reached about ₹ 15.1 lakh crore.", "about ₹ 15.1 lakh crore", 1.51e13, "INR", "about", ""},
      {"The scheme cost Rs 2,500 crore.", "Rs 2,500 crore", 2.5e10, "INR", "exact", ""},
      {"Sales rose to Rs. 3 lakh.", "Rs. 3 lakh", 3e5, "INR", "exact", ""},
      // m and k glued to an amount after its currency sign
      {"The surplus narrowed to $3,938m in September.", "$3,938m", 3.938e9, "USD", "exact", ""},
      {"The grant is worth €500k.", "€500k", 5e5, "EUR", "exact", ""},
  };
  for (const FigureRow& row : rows) CheckFigureRow(row, "en");
}

TEST_CASE("English figures: percentages, points and multiples", "[figure][en]") {
  const FigureRow rows[] = {
      // a hyphen joins the number to its unit in a compound adjective
      {"The 10-percentage-point tariff cut takes effect.", "10-percentage-point", 10, "pp", "exact", ""},
      {"Exports rose 4.5% in the first quarter.", "4.5%", 4.5, "%", "exact", "up"},
      // vulgar fractions are decimals
      {"Growth of about 4½ percent is projected.", "about 4½ percent", 4.5, "%", "about", "up"},
      {"A consolidation of around ¾ percent of GDP.", "around ¾ percent", 0.75, "%", "about", ""},
      // the -fold words are multiples; "or more" and "or less" qualify the figure
      {"Trade grew more than threefold in a decade.", "more than threefold", 3, "x", "over", "up"},
      {"Investment must reach $1.6 trillion, roughly three times current levels.", "roughly three times", 3, "x", "about", ""},
      {"Tariffs of 5 percent or less apply.", "5 percent or less", 5, "%", "under", ""},
      {"Legacy chips of 28 nanometers and above are covered.", "28 nanometers and above", 28, "nm", "over", ""},
      // basis points are hundredths of a percentage point
      {"The policy rate stands 25 basis points above the deposit rate.", "25 basis points", 0.25, "pp", "exact", ""},
      {"Spreads on the bonds were 40bp.", "40bp", 0.4, "pp", "exact", ""},
      {"Imports fell by 2.1 percent.", "2.1 percent", 2.1, "%", "exact", "down"},
      {"The rate is up to 30 percent.", "up to 30 percent", 30, "%", "under", ""},
      {"Almost 40 percent of firms agreed.", "40 percent", 40, "%", "under", ""},
      {"Tariffs are less than 5% on most goods.", "less than 5%", 5, "%", "under", ""},
      {"Output marked a 7.3% increase.", "7.3%", 7.3, "%", "exact", "up"},
      {"Investment saw a 15.5% decline.", "15.5%", 15.5, "%", "exact", "down"},
      {"Exports were $86 billion, down 8.4% from a year earlier.", "8.4%", 8.4, "%", "exact", "down"},
      {"It marked a year-on-year decrease of 10.7%.", "10.7%", 10.7, "%", "exact", "down"},
      {"Trade saw growth of 0.2%.", "0.2%", 0.2, "%", "exact", "up"},
      {"Bilateral trade has increased more than 300 fold.", "300 fold", 300, "x", "over", "up"},
      {"The user base was 2.3 times higher than last year.", "2.3 times", 2.3, "x", "exact", "up"},
      // a share written as a ratio of small numbers
      {"One in five firms plans to expand.", "One in five", 20, "%", "exact", ""},
      {"Nearly one in three respondents agreed.", "Nearly one in three", 33.33, "%", "under", ""},
      // a multiple written as a verb
      {"Exports more than doubled in 2024.", "more than doubled", 2, "x", "over", "up"},
      {"We will double our exports to Asia.", "double", 2, "x", "exact", "up"},
      {"Trade is almost double the level of 2020.", "almost double", 2, "x", "under", "up"},
      {"The plan aims to triple investment.", "triple", 3, "x", "exact", "up"},
      {"Profits quadrupled over the decade.", "quadrupled", 4, "x", "exact", "up"},
      {"The gap is 5 percentage points.", "5 percentage points", 5, "pp", "exact", ""},
      {"The share rose 1.5 percentage points.", "1.5 percentage points", 1.5, "pp", "exact", "up"},
      {"It was a 20-fold increase.", "20-fold", 20, "x", "exact", "up"},
      {"Only 38 percent of exporters use it.", "38 percent", 38, "%", "exact", ""},
      {"Prices climbed five percent.", "five percent", 5, "%", "exact", "up"},
      {"Costs show a 0.5 per cent rise.", "0.5 per cent", 0.5, "%", "exact", "up"},
      {"The economy grew 6.2% year on year.", "6.2%", 6.2, "%", "exact", "up"},
      {"Retail sales saw a drop of 3%.", "3%", 3, "%", "exact", "down"},
      {"Two-thirds of the members voted for it.", "Two-thirds", 66.667, "%", "exact", ""},
      {"More than half of the companies stayed.", "half", 50, "%", "over", ""},
      {"Exports grew, and three-quarters of the suppliers hired staff.", "three-quarters", 75, "%", "exact", ""},
      {"About one-third of the respondents plan to expand.", "About one-third", 33.333, "%", "about", ""},
      {"Nearly two thirds of the plants run on coal.", "Nearly two thirds", 66.667, "%", "under", ""},
      {"The Japanese share is 64.9%.", "64.9%", 64.9, "%", "exact", ""},
      {"Output was up just three percent.", "three percent", 3, "%", "exact", "up"},
      {"It covers about 30\npercent of world GDP.", "30", 30, "%", "about", ""},
      {"Sales grew their volume 2.3 times.", "2.3 times", 2.3, "x", "exact", ""},
      {"Over 10% of exhibitors came from Japan, making up over 10% of the total.", "Over 10%", 10, "%", "over", ""},
  };
  for (const FigureRow& row : rows) CheckFigureRow(row, "en");
}

TEST_CASE("English figures: counts and quantities", "[figure][en]") {
  const FigureRow rows[] = {
      {"Chips made on a 2-nanometer process.", "2-nanometer", 2, "nm", "exact", ""},
      {"Keep the 1.5°C limit within reach.", "1.5°C", 1.5, "°C", "exact", ""},
      {"A 100-megawatt plant opened.", "100-megawatt", 100, "MW", "exact", ""},
      {"A 12-hectare site was leased.", "12-hectare", 12, "ha", "exact", ""},
      {"The loan covers a 53-kilometre railway section.", "53-kilometre", 53, "km", "exact", ""},
      {"A 500-megawatt plant is planned.", "500-megawatt", 500, "MW", "exact", ""},
      {"About 250 participants attended.", "250 participants", 250, "count", "about", ""},
      {"Some 1,200 delegates attended the forum.", "1,200 delegates", 1200, "count", "about", ""},
      {"The app has over 20,000 users.", "20,000 users", 20000, "count", "over", ""},
      {"At least 15 companies signed up.", "15 companies", 15, "count", "over", ""},
      {"The region has roughly 2.3 billion people.", "2.3 billion people", 2.3e9, "count", "about", ""},
      {"The units will create nearly 1.2 lakh jobs.", "1.2 lakh jobs", 1.2e5, "count", "under", ""},
      {"Approximately 7 million visitors came.", "7 million visitors", 7e6, "count", "about", ""},
      {"Japan established 888 new enterprises in China.", "888 new enterprises", 888, "count", "exact", ""},
      {"China sent 13,941 technical interns to Japan.", "13,941 technical interns", 13941, "count", "exact", ""},
      {"The treaty binds fifteen member states.", "fifteen member states", 15, "count", "exact", ""},
      {"It links three major economies.", "three major economies", 3, "count", "exact", ""},
      // a number that introduces what it counts: ten or more, or the names follow
      {"Fourteen countries have now ratified the agreement.", "Fourteen countries", 14, "count", "exact", ""},
      {"Three economies, India, Malaysia and Viet Nam, took half of the projects.", "Three economies", 3, "count",
       "exact", ""},
      {"It grew from a dozen members to over 160.", "a dozen members", 12, "count", "about", ""},
      {"It grew from a dozen members to over 160.", "over 160", 160, "count", "over", ""},
      {"Visitors exceeded 25.06 million.", "25.06 million", 2.506e7, "count", "over", ""},
      {"South Korea sent 6.96 million visitors.", "6.96 million visitors", 6.96e6, "count", "exact", ""},
      {"The mill produced 300,000 tons of steel.", "300,000 tons", 3e5, "t", "exact", ""},
      {"They built 1,200 km of railway.", "1,200 km", 1200, "km", "exact", ""},
      {"The plant adds 500 MW of solar capacity.", "500 MW", 500, "MW", "exact", ""},
      {"Exports reached 4.5 million tonnes.", "4.5 million tonnes", 4.5e6, "t", "exact", ""},
      {"The zone covers 120 square kilometers.", "120 square kilometers", 120, "km2", "exact", ""},
      {"Exports are expected to grow 0.3% this year.", "0.3%", 0.3, "%", "exact", "up"},
      {"Shipments to Vietnam, surging 81.3%, led the gains.", "81.3%", 81.3, "%", "exact", "up"},
      {"The market could shrink by 34 percent.", "34 percent", 34, "%", "exact", "down"},
      {"The new warehouse has 3,500 square metres of floor space.", "3,500 square metres", 3500, "m2", "exact", ""},
      {"Macao spent MOP 1.2 billion on the fair.", "MOP 1.2 billion", 1.2e9, "MOP", "exact", ""},
      {"Australia has committed AUD 6 million over four years.", "AUD 6 million", 6e6, "AUD", "exact", ""},
      {"New Zealand added NZD 1.8 million.", "NZD 1.8 million", 1.8e6, "NZD", "exact", ""},
      {"Indonesia set aside 50 trillion rupiah.", "50 trillion rupiah", 5e13, "IDR", "exact", ""},
      {"Thailand approved 431 billion baht in projects.", "431 billion baht", 4.31e11, "THB", "exact", ""},
      {"The battery stores 15 gigawatt-hours.", "15 gigawatt-hours", 15, "GWh", "exact", ""},
      {"It outlines 26 measures covering four key areas.", "26 measures", 26, "count", "exact", ""},
      {"It outlines 26 measures covering four key areas.", "four key areas", 4, "count", "exact", ""},
      {"Delegates came from 24 provinces, cities, and regions.", "24 provinces", 24, "count", "exact", ""},
      {"350 Japanese companies took part.", "350 Japanese companies", 350, "count", "exact", ""},
      {"There were 6,000 visits from China.", "6,000 visits", 6000, "count", "exact", ""},
      {"They started twenty-one projects.", "twenty-one projects", 21, "count", "exact", ""},
      {"We met one hundred and twenty delegates.", "one hundred and twenty delegates", 120, "count", "exact", ""},
      {"In all, 11 agreements were signed.", "11 agreements", 11, "count", "exact", ""},
      {"The leaders upheld the four political documents.", "four political documents", 4, "count", "exact", ""},
      {"Officials from 15 government departments attended.", "15 government departments", 15, "count", "exact", ""},
      {"Nearly 500 Japanese companies joined the platform.", "500 Japanese companies", 500, "count", "under", ""},
      {"The total number reached 43,000.", "43,000", 43000, "count", "exact", ""},
      {"Temu is growing by 2.2 million users per month.", "2.2 million users", 2.2e6, "count", "exact", "up"},
      {"The population aged 65 and above exceeds 216 million.", "216 million", 2.16e8, "count", "over", ""},
      {"Seven major friendship organizations joined.", "Seven major friendship organizations", 7, "count", "exact", ""},
  };
  for (const FigureRow& row : rows) CheckFigureRow(row, "en");
}

// A range with a bare first end, or with the second end's mark on it too
// (2%至3%), is one figure: its value is the first end in the second's scale
// and unit, value_max the second; "from … to" is a change to the second, and
// "10 and 20 percent" without "between" are two figures.
TEST_CASE("Ranges are one figure from the first end to the second", "[figure][en]") {
  struct Case {
    const char* lang;
    const char* text;
    const char* span;  // "" when the range is not one figure
    double value, value_max;
  };
  const Case cases[] = {
      {"en", "Tariffs fall by 10-20% over time.", "10-20%", 10, 20},
      // an en dash joins the ends too; a currency before the first end is the range's
      {"en", "Trade will grow by 2–4% a year.", "2–4%", 2, 4},
      {"en", "Flows of US$12–13 billion a year.", "US$12–13 billion", 1.2e10, 1.3e10},
      {"en", "Between 15 and 20 percent of firms agree.", "15 and 20 percent", 15, 20},
      {"en", "Tariffs of 20 to 30 percent apply.", "20 to 30 percent", 20, 30},
      {"en", "Growth slows by 0.2-0.3 percentage point.", "0.2-0.3 percentage point", 0.2, 0.3},
      {"en", "Investment of 20 to 30 billion yen is planned.", "20 to 30 billion yen", 2e10, 3e10},
      {"ja", "30～45ギガワットの電源を整備する。", "30～45ギガワット", 30, 45},
      {"zh-Hans", "预计2-3万人参加。", "2-3万人", 2e4, 3e4},
      {"en", "The share rose from 20 to 30 percent.", "", 0, 0},
      // both ends marked: the same range, one figure; "from", 由 and から make a change
      {"en", "The share will be 18.4% to 35.2% by then.", "18.4% to 35.2%", 18.4, 35.2},
      {"zh-Hant", "我預測本港經濟增長2%至3%。", "2%至3%", 2, 3},
      {"zh-Hant", "預計赤字約1,500億至1,950億元。", "約1,500億至1,950億元", 1.5e11, 1.95e11},
      {"zh-Hans", "今年增长预测为0%至2%。", "0%至2%", 0, 2},
      {"zh-Hans", "预测从1%至3%下调。", "1%至3%", 1, 3},  // a range revised, not a change
      {"zh-Hans", "比率由18.3%至24.5%。", "", 0, 0},
      {"ja", "比率を58%から65%に高める。", "", 0, 0},
      // after a verb of extent, from … to spans a range
      {"en", "Duties ranging from 7.5 percent to 100 percent apply.", "7.5 percent to 100 percent", 7.5, 100},
      {"en", "Rates vary from 2 to 5 percent.", "2 to 5 percent", 2, 5},
      // vulgar fractions (NFKC would read 2¼ as 21⁄4)
      {"en", "Inflation between 2¼ and 2½ percent.", "2¼ and 2½ percent", 2.25, 2.5},
  };
  for (const Case& c : cases) {
    dossier::Document doc = dossier::test::OneParagraph(c.text, c.lang);
    std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
    std::string all;
    for (const dossier::Fact& f : facts) all += "[" + f.text + " " + f.attrs.dump() + "] ";
    INFO(c.text << "\n  found: " << all);
    if (std::string(c.span).empty()) {
      for (const dossier::Fact& f : facts) CHECK_FALSE(f.attrs.contains("value_max"));
      continue;
    }
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].text == c.span);
    CHECK(facts[0].attrs.value("value", -1.0) == Approx(c.value));
    CHECK(facts[0].attrs.value("value_max", -1.0) == Approx(c.value_max));
  }
}

// A bare "$" in a text about Australia, New Zealand, Singapore, Canada, Hong
// Kong or Taiwan is that place's dollar, unless the writer marks it apart
// (A$, AUD) or the United States is named as often.
TEST_CASE("Cents of a named currency are hundredths of it", "[figure][en]") {
  dossier::Document doc = dossier::test::OneParagraph(
      "Basic earnings per share were 29.8 HK cents (2024: 24.5 HK cents). The company will pay 5 US cents "
      "a share and 12 Singapore cents to its other holders.",
      "en");
  std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
  auto find = [&](const std::string& text) -> const dossier::Fact* {
    for (const dossier::Fact& f : facts)
      if (f.text == text) return &f;
    return nullptr;
  };
  const struct {
    const char* text;
    const char* unit;
    double value;
  } cases[] = {{"29.8 HK cents", "HKD", 0.298}, {"5 US cents", "USD", 0.05}, {"12 Singapore cents", "SGD", 0.12}};
  for (const auto& c : cases) {
    INFO(c.text);
    const dossier::Fact* f = find(c.text);
    REQUIRE(f != nullptr);
    CHECK(f->attrs.value("unit", std::string()) == c.unit);
    CHECK(f->attrs["value"].get<double>() == Approx(c.value));
  }
}

TEST_CASE("A bare $ is the dollar of the place the text is about", "[figure][en]") {
  struct Case {
    const char* text;
    const char* needle;
    const char* unit;
  };
  const Case cases[] = {
      {"Australian exporters sold $12.4 billion of beef; Australia's farmers gained most.", "$12.4 billion", "AUD"},
      {"New Zealand's dairy exports to China reached $9 billion, New Zealand officials said.", "$9 billion", "NZD"},
      {"Canada and Canadian firms will invest 3 billion dollars in ports.", "3 billion dollars", "CAD"},
      // the writer marks the local dollar apart: "$" is the US dollar
      {"Australia sold A$5 billion of coal; Australian iron ore fetched $40 billion.", "$40 billion", "USD"},
      // named once only, or no more often than the United States
      {"Australia's partners invested $2 billion.", "$2 billion", "USD"},
      {"Australia and Australian miners sold $3 billion to the United States and American buyers.", "$3 billion",
       "USD"},
      {"US$1 billion came from Singapore and Singaporean funds, and $2 billion more.", "$2 billion", "SGD"},
      // marking both dollars, the text leaves the bare "$" to the one it is about
      {"Canada aims to attract C$20 billion (about US$14.5 billion); Canadian firms will add $5 billion.",
       "$5 billion", "CAD"},
  };
  for (const Case& c : cases) {
    dossier::Document doc = dossier::test::OneParagraph(c.text, "en");
    std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
    INFO(c.text);
    const dossier::Fact* hit = nullptr;
    for (const dossier::Fact& f : facts)
      if (f.text.find(c.needle) != std::string::npos && (hit == nullptr || f.text.size() < hit->text.size())) hit = &f;
    REQUIRE(hit != nullptr);
    CHECK(hit->attrs.value("unit", std::string()) == c.unit);
  }
}
