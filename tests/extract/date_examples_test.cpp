// Example tables for the date extractor, one per language, written from the
// language (not from the gold files). Each row: a sentence, the reference date
// (document date; "" for none), the span expected, its value and anchored.
#include <catch2/catch.hpp>

#include <sstream>

#include "tests/extract/date_test_util.h"

namespace dossier::test {
namespace {

void CheckExamples(const std::vector<DateExample>& rows, const std::string& lang) {
  for (const DateExample& row : rows) {
    std::vector<Fact> facts = FindDates(row.text, lang, row.ref);
    std::ostringstream found;
    const Fact* match = nullptr;
    for (const Fact& f : facts) {
      found << " [" << f.text << " = " << f.attrs.value("value", "") << (f.attrs.value("anchored", false) ? " anchored" : "")
            << "]";
      if (f.text == row.span) match = &f;
    }
    INFO(lang << ": " << row.text << " (ref " << row.ref << ") found:" << found.str());
    REQUIRE(match != nullptr);
    CHECK(match->attrs.value("value", "") == std::string(row.value));
    CHECK(match->attrs.value("anchored", !row.anchored) == row.anchored);
    CHECK(match->text == std::string(row.text).substr(match->span.start, match->span.size()));
  }
}

}  // namespace

TEST_CASE("date examples: English", "[date]") {
  const std::vector<DateExample> rows = {
      // absolute dates
      {"The talks opened on April 3, 2019 in Beijing.", "", "April 3, 2019", "2019-04-03", false},
      {"Signed in Tokyo on 8 October 2018.", "", "8 October 2018", "2018-10-08", false},
      // company reporting periods: the months or the quarter that end with a date
      // the year to a month: the twelve months that end with it
      {"Exports rose 5% in the year to June 2025.", "2025-11-07", "the year to June 2025", "2024-07/2025-06", false},
      {"Visitor numbers grew in the year to September.", "2025-11-07", "the year to September", "2024-10/2025-09",
       true},
      // a range of two days written day first, each with its year; a time ago, about
      {"The investigation period ran from 1 October 2022 to 30 September 2023.", "",
       "1 October 2022 to 30 September 2023", "2022-10-01/2023-09-30", false},
      {"That was about eighteen months ago.", "2025-06-17", "about eighteen months ago", "2023-12", true},
      // a verb or an act before the year leaves it a date
      {"The company will report 2025 results in May.", "", "2025", "2025", false},
      {"The deal was reviewed under the National Security and Investment Act 2021.", "", "2021", "2021", false},
      {"Net sales for the nine months ended December 31, 2025 rose.", "", "the nine months ended December 31, 2025",
       "2025-04/2025-12", false},
      {"Results for the fiscal third quarter ended December 31, 2025.", "",
       "the fiscal third quarter ended December 31, 2025", "2025-Q4", false},
      {"Guidance for the fiscal year ending March 2027 was raised.", "", "the fiscal year ending March 2027",
       "2026-04/2027-03", false},
      {"Inflation was 3.1 percent in the 12 months to October 2026.", "", "the 12 months to October 2026",
       "2025-11/2026-10", false},
      // between a month of one year and a month of another: one range
      {"Inflation averaged 3 percent between July 2024 and June 2029.", "", "between July 2024 and June 2029",
       "2024-07/2029-06", false},
      // a "would" after the month is a reported future, not the month's: July is this year's
      {"In July the two countries reaffirmed that they would keep doing so.", "2026-11-25", "July", "2026-07", true},
      {"He said the talks would be held in January.", "2026-11-25", "January", "2027-01", true},
      {"The fair runs 18-20 June in Osaka.", "2024-03-01", "18-20 June", "2024-06-18/2024-06-20", true},
      {"Delegates met from 3 to 5 September.", "2019-01-15", "3 to 5 September", "2019-09-03/2019-09-05", true},
      {"The talks ran from Nov 30 to Dec 1 in Tokyo.", "2023-12-02", "Nov 30 to Dec 1", "2023-11-30/2023-12-01", true},
      // days of the week: the nearest to the reference day, or the one before or after it
      {"The dialogue was held on Saturday.", "2023-12-02", "Saturday", "2023-12-02", true},
      {"Ministers met on Monday in Beijing.", "2024-03-06", "Monday", "2024-03-04", true},
      {"They will meet again on Friday.", "2024-03-06", "Friday", "2024-03-08", true},
      {"Last Tuesday the talks stalled.", "2024-03-06", "Last Tuesday", "2024-03-05", true},
      {"The report is due next Wednesday.", "2024-03-06", "next Wednesday", "2024-03-13", true},
      {"Published Sept. 30, 2021, by the ministry.", "", "Sept. 30, 2021", "2021-09-30", false},
      {"The pact took effect on Jan. 1, 2022.", "", "Jan. 1, 2022", "2022-01-01", false},
      {"It was announced on the 5th of June 2020.", "", "5th of June 2020", "2020-06-05", false},
      {"Data as of 2024-06-30 show a rise.", "", "2024-06-30", "2024-06-30", false},
      {"Filed 2021/7/4 with the registry.", "", "2021/7/4", "2021-07-04", false},
      {"Trade fell in August 2022.", "", "August 2022", "2022-08", false},
      {"In December, 2019, the leaders met.", "", "December, 2019", "2019-12", false},
      {"Investment peaked in 2012.", "", "2012", "2012", false},
      {"Since 1978, ties have deepened.", "", "1978", "1978", false},
      // years in parentheses after names that are not titles stay dates
      {"Talks between China and Japan (2019-2020) went well.", "", "2019-2020", "2019/2020", false},
      {"The plan ran for six years (2015-2020).", "", "2015-2020", "2015/2020", false},
      {"The treaty of 1978 remains the basis.", "", "1978", "1978", false},
      {"It happened on Oct. 23, 2008.", "", "Oct. 23, 2008", "2008-10-23", false},
      {"By late 2026 the line should open.", "", "late 2026", "2026", false},
      {"Prices eased in early March 2023.", "", "early March 2023", "2023-03", false},
      {"The survey ran in mid-September 2022.", "", "mid-September 2022", "2022-09", false},
      {"Plans run to the end of 2027.", "", "the end of 2027", "2027", false},
      // partial dates
      {"On February 14 the two ministers spoke.", "2023-05-01", "February 14", "2023-02-14", true},
      {"Talks resume December 3.", "", "December 3", "XXXX-12-03", false},
      {"The visit ends on 21 July.", "2022-07-10", "21 July", "2022-07-21", true},
      // relative dates
      {"Today the two sides signed seven documents.", "2025-03-22", "Today", "2025-03-22", true},
      {"The minister arrived yesterday.", "2025-03-22", "yesterday", "2025-03-21", true},
      {"He leaves tomorrow.", "2024-12-31", "tomorrow", "2025-01-01", true},
      {"Exports grew last year.", "2024-06-01", "last year", "2023", true},
      {"Growth is expected this year.", "2024-06-01", "this year", "2024", true},
      {"A summit is planned for next year.", "2024-06-01", "next year", "2025", true},
      {"Imports fell last month.", "2024-01-15", "last month", "2023-12", true},
      // quarters relative to the reference date, or to the quarter just named
      {"Economists expect growth to resume in the current quarter.", "2025-12-08", "the current quarter", "2025-Q4",
       true},
      {"Sales may recover next quarter.", "2025-12-08", "next quarter", "2026-Q1", true},
      {"Visitors spent more in the second quarter, up 14% from the previous quarter.", "2025-08-20",
       "the previous quarter", "2025-Q1", true},
      {"The economy shrank in the July-September quarter; investment fell 1.1% from the previous quarter.",
       "2025-12-08", "the previous quarter", "2025-Q2", true},
      {"Sales rose this month.", "2024-01-15", "this month", "2024-01", true},
      {"The forum opens next month.", "2024-12-15", "next month", "2025-01", true},
      {"Visitor numbers doubled this January.", "2024-05-08", "this January", "2024-01", true},
      {"The ban was lifted last March.", "2024-05-08", "last March", "2023-03", true},
      {"Both sides met in May 2019 and again the following month.", "", "the following month", "2019-06", true},
      {"The plant opened in 2015; the same year output doubled.", "2024-01-01", "the same year", "2015", true},
      {"A deal came in 2010 and a review the following year.", "2024-01-01", "the following year", "2011", true},
      {"Rates were cut at the end of last year.", "2025-02-01", "the end of last year", "2024", true},
      {"Ties were normalised 30 years ago.", "2002-09-29", "30 years ago", "1972", true},
      {"The office opened a decade ago.", "2024-01-01", "a decade ago", "2014", true},
      {"January to May this year saw record trade.", "2024-07-01", "January to May this year", "2024-01/2024-05",
       true},
      // ranges
      {"The fair ran from April 13 to October 13, 2025.", "", "April 13 to October 13, 2025",
       "2025-04-13/2025-10-13", false},
      {"The meeting was held June 4-6, 2024 in Osaka.", "", "June 4-6, 2024", "2024-06-04/2024-06-06", false},
      {"Held 3 to 5 May 2023 in Seoul.", "", "3 to 5 May 2023", "2023-05-03/2023-05-05", false},
      {"The plan covers 2021-2025.", "", "2021-2025", "2021/2025", false},
      {"Output grew from 2016 to 2019.", "", "2016 to 2019", "2016/2019", false},
      {"Trade doubled between 2001 and 2011.", "", "between 2001 and 2011", "2001/2011", false},
      {"Between January and September 2024, exports rose.", "", "Between January and September 2024",
       "2024-01/2024-09", false},
      {"The fair ran between July 17 and August 14.", "2024-10-29", "between July 17 and August 14",
       "2024-07-17/2024-08-14", true},
      {"Sales between March and May this year grew.", "2024-10-29", "between March and May this year",
       "2024-03/2024-05", true},
      {"Shipments from March to June 2022 fell.", "", "March to June 2022", "2022-03/2022-06", false},
      // halves, quarters, decades, centuries
      {"GDP rose in the first quarter of 2024.", "", "the first quarter of 2024", "2024-Q1", false},
      {"Third-Quarter 2026 Earnings Call", "", "Third-Quarter 2026", "2026-Q3", false},  // a compound adjective
      {"Growth slowed in the third quarter.", "2023-11-02", "the third quarter", "2023-Q3", true},
      {"Results for Q2 2022 were weak.", "", "Q2 2022", "2022-Q2", false},
      {"Demand recovered in the second half of 2023.", "", "the second half of 2023", "2023-07/2023-12", false},
      {"In the first half of this year exports rose.", "2024-09-01", "the first half of this year",
       "2024-01/2024-06", true},
      {"Relations thawed in the 1970s.", "", "the 1970s", "197X", false},
      {"Investment boomed in the 1990s.", "", "the 1990s", "199X", false},
      {"Cooperation in the 21st century needs trust.", "", "the 21st century", "20XX", false},
      // durations
      {"They have traded for 50 years.", "", "50 years", "P50Y", false},
      {"It rose for 12 consecutive years.", "", "12 consecutive years", "P12Y", false},
      {"After eight years the talks resumed.", "", "eight years", "P8Y", false},
      {"Over the past 30 years trade grew.", "", "the past 30 years", "P30Y", false},
      {"Within three months a deal is due.", "", "three months", "P3M", false},
      {"The visa waiver allows stays of 30 days.", "", "30 days", "P30D", false},
      {"A two-week exchange programme.", "", "two-week", "P2W", false},
      {"Two decades of cooperation.", "", "Two decades", "P20Y", false},
      {"The next twenty-five years matter.", "", "The next twenty-five years", "P25Y", false},
      {"Investment over the next three to five years.", "", "the next three to five years", "P3Y/P5Y", false},
      {"A 10-year plan was adopted.", "", "10-year", "P10Y", false},
      {"Prices rose from September 2022 to March 2023.", "", "September 2022 to March 2023", "2022-09/2023-03",
       false},
      {"The programme ran from June 1, 2023 to May 31, 2024.", "", "June 1, 2023 to May 31, 2024",
       "2023-06-01/2024-05-31", false},
      {"Talks were held last week in Beijing.", "2025-03-22", "last week", "2025-W11", true},
      // a numeric date with slashes: a part over 12 is the day; else the order the text writes dates in words
      {"(China Daily 11/14/2024 page14)", "", "11/14/2024", "2024-11-14", false},
      {"Released 6/11/2025. Exports rose in the month to 6 November.", "", "6/11/2025", "2025-11-06", false},
      {"Released 6/11/2025. Exports rose in the week to November 6.", "", "6/11/2025", "2025-06-11", false},
      {"Over the past decade trade doubled.", "", "the past decade", "P10Y", false},
      {"Investment surged in the mid-1990s.", "", "mid-1990s", "199X", false},
      {"Trade fell in the first five months of this year.", "2024-07-04", "the first five months of this year",
       "2024-01/2024-05", true},
      {"The expo runs from Nov. 5 to 10.", "2024-07-04", "Nov. 5 to 10", "2024-11-05/2024-11-10", true},
      {"Visa-free entry began on November 30 last year.", "2025-03-24", "November 30 last year", "2024-11-30", true},
      {"The yen fell to a record low in April.", "2024-07-04", "April", "2024-04", true},
      {"The delegation will travel to Osaka in May.", "2025-03-12", "May", "2025-05", true},
      {"The plant could open as early as December.", "2025-03-12", "December", "2025-12", true},
      {"The deal should be signed before the end of the year.", "2025-09-09", "the end of the year", "2025", true},
      {"In the first half of the year, exports rose.", "2025-09-09", "the first half of the year", "2025-01/2025-06", true},
      // an English month without a year: the next one in a sentence about the future,
      // the one before when it is more than six months ahead of a past or present account
      {"In November, the two sides met in Lima.", "2025-01-24", "November", "2024-11", true},
      {"The ministers will meet again in January.", "2024-11-19", "January", "2025-01", true},
      // the future of a clause of its own after the date ("…, and officials plan to…") tells of another time
      {"The model sold well after its launch in March, and the company plans to add more models.", "2025-12-04",
       "March", "2025-03", true},
      {"In March the council issued a plan, and officials have said the country will open further.", "2024-05-08",
       "March", "2024-03", true},
      {"Since the city hosted the games in February, visits rose.", "2025-09-18", "February", "2025-02", true},
      // a past verb before a month later in the year than the reference: last year's, even beside
      // a future ("said in June that it plans to"); a verb looking ahead ("delayed until") keeps it
      {"When you were last before this Committee in June, you told us of the plan.", "2026-01-20", "June", "2025-06",
       true},
      {"Korea Zinc said in August that it plans to begin production.", "2025-07-28", "August", "2024-08", true},
      {"Korea Zinc said in June that it plans to begin production.", "2025-07-28", "June", "2025-06", true},
      {"The review was delayed until March.", "2026-01-20", "March", "2026-03", true},
      // the first three quarters; "a year earlier" after a period is that period a year before
      {"Trade grew in the first three quarters of 2025.", "", "the first three quarters of 2025", "2025-01/2025-09",
       false},
      {"Trade grew 5% in the first three quarters of 2025 from a year earlier.", "", "a year earlier",
       "2024-01/2024-09", true},
      {"Trade grew 5% in the first three quarters of 2025 from the same period last year, and imports rose from a "
       "year earlier.",
       "", "a year earlier", "2024-01/2024-09", true},
      // "the April-June quarter" is a quarter; "January and February" one range; after a month,
      // "a year earlier" is that month a year before
      {"Profit rose in the April-June quarter of 2026.", "", "April-June quarter of 2026", "2026-Q2", false},
      // a fiscal year named by the day it ends is the twelve months to it
      {"Results for the fiscal year ended March 31, 2025.", "", "the fiscal year ended March 31, 2025", "2024-04/2025-03",
       false},
      {"Revenue for the financial year ending 30 June 2026 will grow.", "", "the financial year ending 30 June 2026",
       "2025-07/2026-06", false},
      // a business year's quarter; a later bare quarter and "the previous fiscal year" count from that year
      {"Results for the Third Quarter of the Fiscal Year Ending March 31, 2026.", "2026-02-05",
       "the Third Quarter of the Fiscal Year Ending March 31, 2026", "2025-Q4", false},
      {"Results for the fiscal year ended March 31, 2025. In the fourth quarter, revenue rose.", "2025-05-12",
       "the fourth quarter", "2025-Q1", true},
      {"Results for the fiscal year ended March 31, 2025. Sales were lower in the previous fiscal year.", "2025-05-12",
       "the previous fiscal year", "2023-04/2024-03", true},
      {"Results for the Third Quarter of the Fiscal Year Ending March 31, 2026. Profit was lower in the third "
       "quarter of the previous fiscal year.",
       "2026-02-05", "the third quarter of the previous fiscal year", "2024-Q4", true},
      // this fiscal year in a text about Japan is Japan's, its end the March that closes it
      {"Japan intends to sign the loan by the end of this fiscal year.", "2024-12-03", "the end of this fiscal year",
       "2025-03", true},
      // the quarter named by the month it ends in (Australia, New Zealand)
      {"GDP grew 0.4% in the September quarter.", "2025-11-25", "the September quarter", "2025-Q3", true},
      {"Exports fell in the June quarter of 2025.", "", "the June quarter of 2025", "2025-Q2", false},
      // without a year, the last such quarter when it ends over six months ahead (a February release)
      {"Trimmed mean inflation was 0.9 per cent in the December quarter.", "2026-02-17", "the December quarter",
       "2025-Q4", true},
      {"Growth over the year to September was 2.1 per cent.", "2026-02-17", "the year to September", "2024-10/2025-09",
       true},
      // the year to a quarter: the four quarters that end with it
      {"GDP grew 4.6 per cent over the year to the December quarter.", "2026-02-17", "the year to the December quarter",
       "2025-Q1/2025-Q4", true},
      {"Prices rose over the year to the September quarter 2025.", "", "the year to the September quarter 2025",
       "2024-Q4/2025-Q3", false},
      // two consecutive days written day first
      {"The Board met on 2 and 3 February 2026.", "", "2 and 3 February 2026", "2026-02-02/2026-02-03", false},
      // the months that end a year
      {"The Fed cut by 75 basis points over the final four months of 2025.", "", "the final four months of 2025",
       "2025-09/2025-12", false},
      // the US government's fiscal year, in a text about it, runs October to September
      {"The Committee on Appropriations asked. In fiscal year 2025, the U.S. Department of Commerce helped U.S. "
       "firms and American workers; Congress funded it and the U.S. agency grew. Japan also took part.",
       "2026-03-11", "fiscal year 2025", "2024-10/2025-09", false},
      {"Exports in January and February rose.", "2026-03-10", "January and February", "2026-01/2026-02", true},
      {"Talks were held in January and March.", "2026-03-10", "January", "2026-01", true},
      {"Exports rose in January 2026 from a year earlier.", "", "a year earlier", "2025-01", true},
      // with no date before it in its sentence: the year before the month the text reports on
      {"China's October exports slowed. Exports grew in October, after a rise in September. "
       "Shipments to Japan rose 2.1% from a year earlier.",
       "2025-11-07", "a year earlier", "2024-10", true},
      // a month before the noun it dates, after a determiner or a possessive
      {"Both projections remain below the April forecasts.", "2025-09-30", "April", "2025-04", true},
      {"China's October export growth slows.", "2025-11-07", "October", "2025-10", true},
      // a bare weekday: the one before in a past sentence or after a past verb, the one after in a future one
      {"Officials said on Monday that the talks will resume.", "2025-10-24", "Monday", "2025-10-20", true},
      {"The talks will resume on Thursday.", "2025-10-24", "Thursday", "2025-10-30", true},
      // seasons are their three months (northern hemisphere); a price that falls is no season
      {"The launch is planned for this spring.", "2026-03-20", "this spring", "2026-03/2026-05", true},
      {"Construction starts in autumn 2026.", "", "autumn 2026", "2026-09/2026-11", false},
      {"Last spring, exports rose.", "2026-03-20", "Last spring", "2025-03/2025-05", true},
      {"The summit will be held in the autumn.", "2025-07-23", "the autumn", "2025-09/2025-11", true},
      // the past verb over its object; a future between governs the weekday itself
      {"A spokesman told a regular news briefing on Thursday that China will act.", "2025-11-07", "Thursday",
       "2025-11-06", true},
      {"He said the two sides will meet again on Thursday.", "2025-11-07", "Thursday", "2025-11-13", true},
      {"Applications will be accepted from Monday, January 19, 2026 to Friday, February 27, 2026.", "",
       "Monday, January 19, 2026 to Friday, February 27, 2026", "2026-01-19/2026-02-27", false},
      {"Goods are released within six hours of arrival.", "", "six hours", "PT6H", false},
      {"The meeting lasted 45 minutes.", "", "45 minutes", "PT45M", false},
      {"Decisions come within 30 working days.", "", "30 working days", "P30D", false},
      {"The review takes place six months from today.", "2025-09-20", "six months from today", "2026-03-20", true},
      // fiscal years: Japan's (April-March) in a text about Japan, else the year
      {"Japan will fund it until the end of fiscal 2027.", "", "the end of fiscal 2027", "2027-04/2028-03", false},
      {"Japan's FY2024 results were strong.", "", "FY2024", "2024-04/2025-03", false},
      {"Korea set aside funds in fiscal 2025.", "", "fiscal 2025", "2025", false},
      {"The ministers meet this weekend.", "2025-06-06", "this weekend", "2025-06-07/2025-06-08", true},
      // a month with its part, and parts of today
      {"Prices peaked in mid-April.", "2025-09-17", "mid-April", "2025-04", true},
      // a day-month range across months before its year; three-letter months without a dot
      {"The survey ran from 20 January to 14 February 2025.", "", "20 January to 14 February 2025",
       "2025-01-20/2025-02-14", false},
      {"Exports in Jul 2025 rose.", "", "Jul 2025", "2025-07", false},
      // two consecutive days joined by "and" are one range
      {"They will meet on Sept. 24 and 25 in Washington.", "2025-09-17", "Sept. 24 and 25", "2025-09-24/2025-09-25", true},
      {"Imports in Sep 2025 fell.", "", "Sep 2025", "2025-09", false},
      {"The talks began in early March.", "2025-09-17", "early March", "2025-03", true},
      {"I announced this morning that we will act.", "2025-11-20", "this morning", "2025-11-20", true},
      // split years: twelve months from April, from July in a text about Australia or New Zealand
      {"In FY 2024-25, India's exports to ASEAN rose.", "", "FY 2024-25", "2024-04/2025-03", false},
      {"Starting in 2026–27, Canada will raise the budget.", "", "2026–27", "2026-04/2027-03", false},
      {"Australia's exports grew in 2025-26, Australian officials said.", "", "2025-26", "2025-07/2026-06", false},
      {"The plan runs from 2025-27.", "", "2025-27", "2025/2027", false},
      // "a year earlier" counts from the date just named
      {"Exports reached $10 billion in 2021, up from $8 billion a year earlier.", "2025-01-24", "a year earlier", "2020",
       true},
      {"Prices have risen since February.", "2024-07-04", "February", "2024-02", true},
      {"It was a step beyond a century of conflict.", "", "a century", "P100Y", false},
      {"For more than 40 years the fund has run.", "", "more than 40 years", "P40Y", false},
      {"Peace has held for over a century.", "", "over a century", "P100Y", false},
  };
  CheckExamples(rows, "en");
}

TEST_CASE("date examples: Simplified Chinese", "[date]") {
  const std::vector<DateExample> rows = {
      // two numerals side by side (一两年) are no numeral the duration starts inside
      {"约六成企业计划今后一两年内扩大业务。", "", "两年", "P2Y", false},
      {"双方于上星期三举行会谈。", "2024-03-08", "上星期三", "2024-02-28", true},
      {"双方将于下星期一再次会面。", "2024-03-08", "下星期一", "2024-03-11", true},
      {"会议于星期五开幕。", "2024-03-06", "星期五", "2024-03-08", true},
      {"2019年6月27日，两国领导人在大阪会晤。", "", "2019年6月27日", "2019-06-27", false},
      {"协定于2020年11月15日签署。", "", "2020年11月15日", "2020-11-15", false},
      {"２０２１年１０月４日，新内阁成立。", "", "２０２１年１０月４日", "2021-10-04", false},
      {"二〇一八年五月，李克强访问日本。", "", "二〇一八年五月", "2018-05", false},
      {"二〇二二年九月二十九日是邦交正常化纪念日。", "", "二〇二二年九月二十九日", "2022-09-29", false},
      {"2008年5月，双方发表联合声明。", "", "2008年5月", "2008-05", false},
      {"国务院于2020年印发《新能源汽车产业发展规划（2021—2035年）》。", "", "2020年", "2020", false},
      {"研讨会于9月25日至26日在天津举行。", "2024-08-01", "9月25日至26日", "2024-09-25/2024-09-26", true},
      {"代表团于本月12日至14日访问东京。", "2023-04-02", "本月12日至14日", "2023-04-12/2023-04-14", true},
      {"双方约定年内举行第二轮磋商。", "2022-03-10", "年内", "2022", true},
      {"1978年，中日签署和平友好条约。", "", "1978年", "1978", false},
      {"2016年的贸易额有所下降。", "", "2016年", "2016", false},
      {"会议将于2027年在东京举行。", "", "2027年", "2027", false},
      {"预计2030年前实现碳达峰。", "", "2030年", "2030", false},
      {"力争在2028年底前完成。", "", "2028年底", "2028", false},
      {"2021年初，疫情仍在蔓延。", "", "2021年初", "2021", false},
      {"3月15日，双方举行视频会议。", "2022-04-01", "3月15日", "2022-03-15", true},
      {"10月，两国外长通电话。", "2023-12-01", "10月", "2023-10", true},
      {"9月中旬将举办展览会。", "2024-08-01", "9月中旬", "2024-09", true},
      {"十二月三日，代表团抵达北京。", "2021-12-10", "十二月三日", "2021-12-03", true},
      {"6月20日双方再次会谈。", "", "6月20日", "XXXX-06-20", false},
      // relative
      {"今天，两国企业签署了合作协议。", "2024-11-15", "今天", "2024-11-15", true},
      // the day the notice itself is issued
      {"本方案自印发之日起施行。", "2025-12-15", "印发之日", "2025-12-15", true},
      {"昨天，代表团抵达东京。", "2024-03-01", "昨天", "2024-02-29", true},
      {"明天将举行记者会。", "2024-02-28", "明天", "2024-02-29", true},
      {"去年，两国贸易额有所回落。", "2024-05-01", "去年", "2023", true},
      {"今年，双边投资保持增长。", "2024-05-01", "今年", "2024", true},
      {"明年将迎来邦交正常化纪念。", "2021-05-01", "明年", "2022", true},
      {"前年的贸易额创历史新高。", "2024-05-01", "前年", "2022", true},
      {"预计到后年全面投产。", "2024-05-01", "后年", "2026", true},
      {"出口比前年增长3%。", "2024-05-01", "前年", "2022", true},
      {"2023年度报告显示增长。", "", "2023年度", "2023", false},  // Chinese 年度: the calendar year
      {"展会将于今年秋季举行。", "2025-05-10", "今年秋季", "2025-09/2025-11", true},
      // a half alone right after the other half of a year is in that year
      {"预期明年上半年经济增长约4.5%，下半年约2.9%。", "2025-12-18", "下半年", "2026-07/2026-12", true},
      {"今年下半年出口回升。", "2025-12-18", "今年下半年", "2025-07/2025-12", true},
      {"活动将于今年12月至明年3月举行。", "2025-11-05", "今年12月至明年3月", "2025-12/2026-03", true},
      // the Spring Festival after a year is the first day of that lunar year (ICU's Chinese calendar)
      {"业内人士预计，明年春节前后票价将有所回升。", "2024-11-25", "明年春节", "2025-01-29", true},
      {"2026年春節連假期間，訪日旅客大增。", "2025-12-01", "2026年春節", "2026-02-17", false},
      // 较上月: the month before the one stated; 当月: the month stated, not its shift a year back
      {"10月份，出口订单增加的企业占比为29.5%，较上月提升1.3个百分点。", "2025-11-12", "上月", "2025-09", true},
      {"10月份工作日天数少于去年同期，这是当月增速放缓的主要原因。", "2025-11-12", "当月", "2025-10", true},
      // a month in a relative clause of what is done is no plan's month
      {"世界贸易组织10月发布的报告预计，今年全球货物贸易量增长2.4%。", "2025-11-12", "10月", "2025-10", true},
      {"交易会将于10月举行的消息已经公布。", "2025-11-12", "10月", "2026-10", true},
      {"今年2月，日本企业代表团访华。", "2024-05-01", "今年2月", "2024-02", true},
      {"去年11月，双方在旧金山会晤。", "2024-05-01", "去年11月", "2023-11", true},
      {"去年10月8日，中方宣布新措施。", "2024-05-01", "去年10月8日", "2023-10-08", true},
      {"截至去年底，累计投资超过千亿美元。", "2024-05-01", "去年底", "2023", true},
      {"今年年底前完成谈判。", "2024-05-01", "今年年底", "2024", true},
      {"上个月，两国外长举行会谈。", "2024-01-10", "上个月", "2023-12", true},
      {"本月下旬将举行磋商。", "2024-01-10", "本月下旬", "2024-01", true},
      {"下个月将召开论坛。", "2024-12-10", "下个月", "2025-01", true},
      {"2015年两国恢复对话，同年签署了协议。", "2024-01-01", "同年", "2015", true},
      {"2019年4月举行会议，同月发表声明。", "2024-01-01", "同月", "2019-04", true},
      // ranges
      {"2024年1月至6月，进出口额同比下降。", "", "2024年1月至6月", "2024-01/2024-06", false},
      {"1月至9月，双边贸易额约2400亿美元。", "2023-10-20", "1月至9月", "2023-01/2023-09", true},
      {"1-8月实际使用外资下降。", "2023-10-20", "1-8月", "2023-01/2023-08", true},
      {"展会于5月12日至15日举行。", "2024-04-01", "5月12日至15日", "2024-05-12/2024-05-15", true},
      {"2023年8月28日至30日举行第三轮磋商。", "", "2023年8月28日至30日", "2023-08-28/2023-08-30", false},
      {"4月1日至6月30日为申报期。", "2024-03-01", "4月1日至6月30日", "2024-04-01/2024-06-30", true},
      {"2021年至2025年是规划期。", "", "2021年至2025年", "2021/2025", false},
      {"2018-2022年，两国贸易稳步增长。", "", "2018-2022年", "2018/2022", false},
      // halves, quarters
      {"上半年，中日贸易额同比下降。", "2023-08-01", "上半年", "2023-01/2023-06", true},
      {"今年下半年有望回升。", "2023-08-01", "今年下半年", "2023-07/2023-12", true},
      {"2022年上半年进口增长。", "", "2022年上半年", "2022-01/2022-06", false},
      {"第一季度，日本对华投资增长。", "2024-05-01", "第一季度", "2024-Q1", true},
      {"2023年第四季度经济回暖。", "", "2023年第四季度", "2023-Q4", false},
      {"国务院总理李强4日在北京会见日本客人。", "2024-07-10", "4日", "2024-07-04", true},
      {"今年前5个月，贸易额同比下降。", "2024-07-04", "今年前5个月", "2024-01/2024-05", true},
      {"本周三双方举行视频会议。", "2024-07-04", "本周三", "2024-07-03", true},  // a day of the named week
      {"数字贸易周将于下周二开幕。", "2025-11-20", "下周二", "2025-11-25", true},
      {"今年前两季度出口增长。", "2024-08-01", "今年前两季度", "2024-01/2024-06", true},
      {"前三个季度出口增长。", "2024-10-13", "前三个季度", "2024-01/2024-09", true},
      {"我们计划在年底前完成审批。", "2025-10-13", "年底", "2025", true},
      {"今年三季度出口回升。", "2024-10-13", "今年三季度", "2024-Q3", true},
      // N个季度 is a number of quarters, not the Nth quarter
      {"外贸进出口已连续7个季度保持增长。", "2024-10-13", "7个季度", "P21M", false},
      {"已连续三个季度保持增长。", "2024-10-13", "三个季度", "P9M", false},
      {"审批时限压缩至15个工作日。", "2025-01-14", "15个工作日", "P15D", false},
      // a day of every year (a coupon day) is of no year; a bond's term on its own is a duration
      {"品种一的付息日为2027年至2029年每年的3月23日。", "2026-03-18", "3月23日", "XXXX-03-23", false},
      {"债券期限：品种一为3年期，品种二为5年期。", "2026-03-18", "3年", "P3Y", false},
      {"过去半年，出口稳步增长。", "2025-12-01", "过去半年", "P6M", false},
      // 起至 joins a range; days within (90日内) are a duration; 上一年 the year before
      {"合同期限为2025年7月1日起至2028年6月30日。", "2025-06-18", "2025年7月1日起至2028年6月30日",
       "2025-07-01/2028-06-30", false},
      {"买方于货物装船后90日内支付货款。", "2025-06-18", "90日内", "P90D", false},
      {"销售额较上一年增长12%。", "2025-11-07", "上一年", "2024", true},
      // trading days and calendar days are days too
      {"发行人应在2个交易日内披露。", "2026-03-18", "2个交易日", "P2D", false},
      {"于30个自然日内完成整改。", "2026-03-18", "30个自然日", "P30D", false},
      {"今年首五個月，出口增長。", "2025-07-17", "今年首五個月", "2025-01/2025-05", true},
      {"中国日本商会同日发布白皮书。", "2025-11-06", "同日", "2025-11-06", true},
      // 当天 refers back to the last day named, past a quarter mentioned since
      {"新华社上海11月6日电 松下宣布将在明年第一季度投产。当天，双方签署备忘录。", "2025-11-06", "当天", "2025-11-06", true},
      {"会合は1年半ぶりに開催された。", "2025-10-16", "1年半", "P1Y6M", false},
      {"三年半的时间里完成建设。", "2025-10-16", "三年半", "P3Y6M", false},
      // decades, centuries
      {"上世纪80年代，日本企业大量来华投资。", "", "上世纪80年代", "198X", false},
      {"1990年代日本经济陷入停滞。", "", "1990年代", "199X", false},
      {"21世纪的中日关系面临新课题。", "", "21世纪", "20XX", false},
      // durations
      {"两国已合作四十年。", "", "四十年", "P40Y", false},
      {"这一机制时隔八年再度启动。", "", "八年", "P8Y", false},
      {"近十年来贸易额保持稳定。", "", "近十年", "P10Y", false},
      {"近20年来双方交流不断。", "", "近20年", "P20Y", false},
      {"过去30年，两国贸易增长迅速。", "", "过去30年", "P30Y", false},
      {"合作已持续二十多年。", "", "二十多年", "P20Y", false},
      {"停留期限延长至30天。", "", "30天", "P30D", false},
      {"三个月内召开首次会议。", "", "三个月", "P3M", false},
      {"培训为期两周。", "", "两周", "P2W", false},
      {"未来五年投资将翻番。", "", "未来五年", "P5Y", false},
      {"十年以上的合作经验。", "", "十年以上", "P10Y", false},
      {"5年前两国签署协定。", "2024-01-01", "5年前", "2019", true},
      // a five-year plan's period; 头 as 前 before months
      {"“十三五”时期，双边贸易年均增长8%。", "", "“十三五”时期", "2016/2020", false},
      {"今年头五个月出口增长3%。", "2025-06-19", "今年头五个月", "2025-01/2025-05", true},
  };
  CheckExamples(rows, "zh-Hans");
}

TEST_CASE("date examples: Traditional Chinese", "[date]") {
  const std::vector<DateExample> rows = {
      // a range of years of the Republic
      {"本方案自115年至118年推動。", "2026-03-12", "115年至118年", "2026/2029", false},
      // Taiwan's releases write the number beside the relative word
      {"國貿署今（11）日表示，出口創新高。", "2023-11-11", "今（11）日", "2023-11-11", true},
      // the month in brackets (this month, written out); working days; a date
      // hard-wrapped in text saved from a PDF
      {"申請案將於本（11）月12日起受理。", "2025-11-20", "本（11）月12日", "2025-11-12", true},
      {"審查時間縮短至約10個工作天。", "2025-11-20", "10個工作天", "P10D", false},
      {"投審會今\n（20）日公布統計。", "2025-11-20", "今\n（20）日", "2025-11-20", true},
      // 首三季 (Hong Kong and Macao) is 前三季: the first three quarters
      {"本澳今年首三季本地生產總值按年上升4.3%。", "2025-11-14", "今年首三季", "2025-01/2025-09", true},
      // a year compared with (2019年同期) is not the year a bulletin reviews
      {"旅客人次恢復至2019年同期的九成。上年末居民存款增加。", "2025-11-14", "上年末", "2024", true},
      {"財政司司長將於下星期率團訪問。", "2025-11-25", "下星期", "2025-W49", true},
      // Hong Kong writes ○ (a white circle) for 〇 in years
      {"二○二四年五月二十日（星期一）", "", "二○二四年五月二十日", "2024-05-20", false},
      {"二○二三年雙邊貿易總額上升。", "", "二○二三年", "2023", false},
      {"今年1至10月出口較去年同期成長18.6%。", "2023-11-11", "去年同期", "2022-01/2022-10", true},
      // the same period after a quarter is that quarter a year before
      {"一季度出口增长5%，去年同期为3%。", "2025-05-19", "去年同期", "2024-Q1", true},
      // a whole year written between (history, a target) is no period: 同期 still shifts the one before
      {"今年1至10月进出口增长4%。该协定于2021年生效。去年同期增速为2%。", "2025-11-07", "去年同期", "2024-01/2024-10",
       true},
      // 同期 alone is the period just named, not shifted by a 去年同期 in between
      {"今年1至10月，对东盟进出口增长8%。同期，对美国进出口下降3%。", "2025-11-07", "同期", "2025-01/2025-10", true},
      {"中日建交半个多世纪以来，双方合作不断深化。", "", "半个多世纪", "P50Y", false},
      // 比上月 again and again compares with the same month; so does 与上月持平
      {"11月份，PMI为49.2%，比上月上升0.2个百分点。生产指数为50.0%，比上月上升0.3个百分点。新订单指数比上月下降0.1个百分点。",
       "2025-11-30", "上月", "2025-10", true},
      {"11月份，从业人员指数与上月持平。供应商配送时间指数比上月上升0.1个百分点。", "2025-11-30", "上月", "2025-10", true},
      {"今年首十個月訪日旅客按年增長。期內訪日旅客總數達3,554.7萬人次。", "2025-11-21", "期內", "2025-01/2025-10", true},
      // 加上 (plus) is one word: 年底 alone is this year's end
      {"加上年底長假臨近，報名人數增加。", "2025-11-21", "年底", "2025", true},
      // a range whose end names its year, the first end the reference year's
      {"國泰航空計劃於12月至明年2月期間增加航班。", "2025-11-21", "12月至明年2月", "2025-12/2026-02", true},
      {"今年1至10月出口较去年同期增长8%，同期进口下降2%。", "2025-11-07", "同期", "2025-01/2025-10", true},
      // 本期 is the period stated before (a release's months), not this issue of a programme
      {"114年1至10月核准僑外投資件數為2,018件。本期核准之重大投資案包括台積電。", "2025-11-20", "本期",
       "2025-01/2025-10", true},
      // a bulletin on a past year: 上年 and 全年 count from the year it reviews,
      // a target year written before does not move them, and 2024年全年 is one year
      {"2024年主要商品出口情况。全年出口比上年增长5.4%。", "2025-03-18", "上年", "2023", true},
      {"2024年主要商品出口情况。全年出口比上年增长5.4%。", "2025-03-18", "全年", "2024", true},
      // a 去年同期 in the sentence shifts nothing: 全年 is this year
      {"2024年出口增长5%。四季度外需仍有不确定性，去年同期基数较高，但我们对实现全年目标充满信心。", "2025-10-13",
       "全年", "2025", true},
      // after a date in its own sentence, 全年 is that date's year (not a year
      // written in an earlier sentence, nor the year a 去年同期 shifts to)
      {"協定於2021年全面生效。今年首十個月貿易總額按年上升12.3%，全年有望突破1.2萬億港元。", "2024-12-01", "全年",
       "2024", true},
      // the dateline's day is no year under review
      {"苏州市2024年统计公报\n2025年3月18日\n全年进出口比上年增长4.6%。", "2025-03-18", "上年", "2023", true},
      {"力争到2027年翻一番。今年盈利企业较上年下降。", "2026-09-08", "上年", "2025", true},
      {"2024年全年，贸易总额达52.8亿元。", "2025-03-18", "2024年", "2024", false},
      {"2025年第一季度至第三季度的进出口额。", "", "2025年第一季度至第三季度", "2025-Q1/2025-Q3", false},
      {"于2025年5月9日（星期五）至5月23日（星期五）举办。", "", "2025年5月9日（星期五）至5月23日（星期五）",
       "2025-05-09/2025-05-23", false},
      {"將於明（2024）年3月在東京舉辦臺灣形象展。", "2023-11-11", "明（2024）年3月", "2024-03", false},
      {"今（2023）年出口成長。", "2023-11-11", "今（2023）年", "2023", false},
      // a year of the Republic alone, with 度 or a quarter; a smaller number of years is a duration
      {"經濟部規劃自115年起投入100億元。", "2025-11-18", "115年", "2026", false},
      {"115年第1季推出專案。", "2025-11-18", "115年第1季", "2026-Q1", false},
      {"115年度預算。", "2025-11-18", "115年度", "2026", false},
      // the N months to a month (Hong Kong's rolling quarters)
      {"截至二○二五年十月止的三個月，整體出口貨值上升。", "", "截至二○二五年十月止的三個月", "2025-08/2025-10", false},
      {"2024—2026年度规划。", "", "2024—2026年度", "2024/2026", false},  // Chinese 年度 is the calendar year
      // a company's half year to a day, at the day's grain
      {"本集團截至二零二五年六月三十日止六個月之收益增加。", "", "截至二零二五年六月三十日止六個月", "2025-01-01/2025-06-30", false},
      {"截至二零二四年九月十五日止三個月之業績。", "", "截至二零二四年九月十五日止三個月", "2024-06-16/2024-09-15", false},
      // a date of the Republic in figures
      {"發布日期：114-12-18", "", "114-12-18", "2025-12-18", false},
      {"本行於114/3/20舉行會議。", "", "114/3/20", "2025-03-20", false},
      {"該公會成立80年。", "2025-11-18", "80年", "P80Y", false},
      {"2023年9月26日，論壇在香港舉行。", "", "2023年9月26日", "2023-09-26", false},
      {"發布日期：2022年12月1日", "", "2022年12月1日", "2022-12-01", false},
      {"二〇一九年十月，雙方簽署協議。", "", "二〇一九年十月", "2019-10", false},
      {"香港於1997年回歸。", "", "1997年", "1997", false},
      {"展覽將於本月21日至23日舉行。", "2025-08-05", "本月21日至23日", "2025-08-21/2025-08-23", true},
      {"雙方計劃年內完成談判。", "2021-05-05", "年內", "2021", true},
      {"２０２４年，訪日旅客創新高。", "", "２０２４年", "2024", false},
      {"民國113年的統計資料顯示增長。", "", "民國113年", "2024", false},
      {"民國一百年舉辦紀念活動。", "", "民國一百年", "2011", false},
      {"11月5日，代表團抵達東京。", "2023-12-01", "11月5日", "2023-11-05", true},
      {"8月，日本央行維持利率不變。", "2023-12-01", "8月", "2023-08", true},
      {"十月三十一日為截止日期。", "2023-09-01", "十月三十一日", "2023-10-31", true},
      {"今日，兩國企業簽署合作備忘錄。", "2024-09-26", "今日", "2024-09-26", true},
      {"今天的會議十分成功。", "2024-09-26", "今天", "2024-09-26", true},
      {"昨天，部長抵達大阪。", "2024-09-26", "昨天", "2024-09-25", true},
      {"去年訪日旅客大幅增加。", "2025-01-20", "去年", "2024", true},
      {"今年的目標是恢復至疫情前水平。", "2025-01-20", "今年", "2025", true},
      {"明年將在東京舉行下一屆會議。", "2025-01-20", "明年", "2026", true},
      {"今年3月，日本央行結束負利率。", "2024-09-26", "今年3月", "2024-03", true},
      {"去年12月，雙方舉行磋商。", "2024-09-26", "去年12月", "2023-12", true},
      {"截至去年底，累計投資達54億美元。", "2024-09-26", "去年底", "2023", true},
      {"上個月，兩國外長通電話。", "2024-09-26", "上個月", "2024-08", true},
      {"下個月將舉辦展覽會。", "2024-09-26", "下個月", "2024-10", true},
      {"本月上旬，雙方舉行會談。", "2024-09-26", "本月上旬", "2024-09", true},
      {"2010年兩國恢復對話，同年簽署協議。", "2024-01-01", "同年", "2010", true},
      {"2019年6月舉行峰會，同月發表聲明。", "2024-01-01", "同月", "2019-06", true},
      {"翌年雙方再次會晤。", "2024-01-01", "翌年", "2025", true},
      // ranges
      {"展覽於4月13日至10月13日舉行。", "2025-01-20", "4月13日至10月13日", "2025-04-13/2025-10-13", true},
      {"2023年1月至6月，貿易額下降。", "", "2023年1月至6月", "2023-01/2023-06", false},
      {"1月至8月訪日旅客增加。", "2024-09-26", "1月至8月", "2024-01/2024-08", true},
      {"2025年至2027年為合作期。", "", "2025年至2027年", "2025/2027", false},
      {"會議於2024年5月26日至27日舉行。", "", "2024年5月26日至27日", "2024-05-26/2024-05-27", false},
      {"3-5月旅客人數上升。", "2024-09-26", "3-5月", "2024-03/2024-05", true},
      // halves, quarters
      {"今年上半年，內地對日本出口增長。", "2024-09-26", "今年上半年", "2024-01/2024-06", true},
      {"明年上半年動工。", "2024-09-26", "明年上半年", "2025-01/2025-06", true},
      {"下半年貿易有望回升。", "2024-09-26", "下半年", "2024-07/2024-12", true},
      {"2023年下半年出口回暖。", "", "2023年下半年", "2023-07/2023-12", false},
      {"今年首季訪港旅客增加。", "2024-09-26", "今年首季", "2024-Q1", true},
      {"第三季GDP按年增長。", "2024-11-01", "第三季", "2024-Q3", true},
      {"2023年11月至2024年2月為旺季。", "", "2023年11月至2024年2月", "2023-11/2024-02", false},
      {"上週雙方舉行會談。", "2024-09-26", "上週", "2024-W38", true},
      {"第二季度經濟增長放緩。", "2024-09-26", "第二季度", "2024-Q2", true},
      // Taiwan's years of the Republic before a month
      {"114年5月20日，經濟部公布統計。", "2025-05-20", "114年5月20日", "2025-05-20", false},
      {"114年1至4月出口成長。", "2025-05-20", "114年1至4月", "2025-01/2025-04", false},
      {"經濟部本（20）日公布。", "2025-05-20", "本（20）日", "2025-05-20", true},
      {"民國113年12月核准投資。", "2025-05-20", "民國113年12月", "2024-12", false},
      {"2024年第三季度數據顯示回升。", "", "2024年第三季度", "2024-Q3", false},
      {"今年前三季度訪日旅客增長。", "2024-11-01", "今年前三季度", "2024-01/2024-09", true},
      // decades and centuries
      {"上世紀70年代，兩國恢復邦交。", "", "上世紀70年代", "197X", false},
      {"1980年代日資大量湧入。", "", "1980年代", "198X", false},
      {"21世紀的亞洲需要合作。", "", "21世紀", "20XX", false},
      // durations
      {"雙方已合作三十年。", "", "三十年", "P30Y", false},
      {"時隔六年再度舉行。", "", "六年", "P6Y", false},
      {"過去兩年貿易有所回落。", "", "過去兩年", "P2Y", false},
      {"過去25年，促進會組織了多次訪問。", "", "過去25年", "P25Y", false},
      {"未來十年將投入巨資。", "", "未來十年", "P10Y", false},
      {"近五年來兩地交流頻繁。", "", "近五年", "P5Y", false},
      {"三個月內召開首次會議。", "", "三個月", "P3M", false},
      {"爭取在兩年內發表報告。", "", "兩年", "P2Y", false},
      {"停留期限為15天。", "", "15天", "P15D", false},
      {"為期一週的交流活動。", "", "一週", "P1W", false},
      {"研修期間為6個月。", "", "6個月", "P6M", false},
      {"十年以上的合作關係。", "", "十年以上", "P10Y", false},
      {"合作已持續二十多年。", "", "二十多年", "P20Y", false},
      {"3年前兩地簽署協議。", "2024-01-01", "3年前", "2021", true},
      {"該政策實施了八年。", "", "八年", "P8Y", false},
      {"近15年來兩地貿易穩定增長。", "", "近15年", "P15Y", false},
      // so long after: a point from the reference date, the duration when there is none
      {"兩週後再次會面。", "", "兩週後", "P2W", false},
      {"兩週後再次會面。", "2025-12-18", "兩週後", "2026-01-01", true},
      {"2030年前實現碳達峰。", "", "2030年", "2030", false},
      {"至2050年實現碳中和。", "", "2050年", "2050", false},
      {"2026年底前完成。", "", "2026年底", "2026", false},
      // split years: Hong Kong's fiscal and tax years run from April, its school years from September
      {"2025-26年度的財政預算。", "", "2025-26年度", "2025-04/2026-03", false},
      {"2025-26至2027-28年度的開支。", "", "2025-26至2027-28年度", "2025-04/2028-03", false},
      {"寬減2024/25課稅年度的薪俸稅。", "", "2024/25課稅年度", "2024-04/2025-03", false},
      {"2025-26年度首季出口增長。", "", "2025-26年度首季", "2025-04/2025-06", false},
      {"由2025/26學年起推行。", "", "2025/26學年", "2025-09/2026-08", false},
      {"前三季資本設備進口增加52.6%。", "2025-10-09", "前三季", "2025-01/2025-09", true},  // 季 without 度
  };
  CheckExamples(rows, "zh-Hant");
}

TEST_CASE("date examples: Japanese", "[date]") {
  const std::vector<DateExample> rows = {
      {"令和元年から令和5年までの五年間、往来は減少した。", "2023-12-10", "令和元年から令和5年まで", "2019/2023", false},
      {"平成30年から令和2年まで調査を実施した。", "", "平成30年から令和2年まで", "2018/2020", false},
      {"平成元年から10年間の推移を見る。", "", "平成元年", "1989", false},  // then a duration, not 平成10年
      {"会談は水曜日に行われた。", "2024-03-06", "水曜日", "2024-03-06", true},
      // a whole year written between does not replace the period 前年同期 shifts
      {"2025年4〜9月期の決算を発表した。同社は2000年に合弁生産を始め、2027年の稼働を目指す。利益は前年同期から3割減った。",
       "2025-11-05", "前年同期", "2024-04/2024-09", true},
      // a range of months whose ends are parts of a month is the months
      {"調査は2024年10月中旬から2025年3月中旬にかけて実施した。", "2025-07-01", "2024年10月中旬から2025年3月中旬",
       "2024-10/2025-03", false},
      // in a notice, 当日 is the day its event line names, not the deadline named since
      {"１．日　　時　　令和７年１２月１０日（水）\n２．申込締切　１２月３日（水）\n当日は相談コーナーを設けます。",
       "2025-11-10", "当日", "2025-12-10", true},
      {"会談は12月3日に行われた。当日は雨だった。", "2025-12-10", "当日", "2025-12-03", true},
      // business days are days
      {"受付後５営業日以内に回答します。", "2025-11-20", "５営業日以内", "P5D", false},
      // a company's 前期 is its last business year; half a year is a duration
      {"前期の売上高は約71億円でした。", "2026-02-10", "前期", "2024-04/2025-03", true},
      {"毎年20人を受け入れ、半年間の研修を行います。", "2026-02-10", "半年間", "P6M", false},
      // the end of a range in the same year (同年) or in the next era year
      {"意見募集期間は令和7年8月29日から同年9月28日までです。", "2025-11-20", "令和7年8月29日から同年9月28日まで",
       "2025-08-29/2025-09-28", false},
      {"施行は令和7年12月から令和8年2月にかけて行う。", "2025-11-20", "令和7年12月から令和8年2月", "2025-12/2026-02",
       false},
      // the era written again at a range's end, weekdays after each day
      {"公開買付期間は令和7年11月10日（月曜日）から令和7年12月22日（月曜日）までです。", "2025-11-07",
       "令和7年11月10日（月曜日）から令和7年12月22日（月曜日）まで", "2025-11-10/2025-12-22", false},
      // a month without a year in a schedule is the next one; in a statistic, this year's
      {"交付決定は3月中旬を予定しています。", "2025-12-15", "3月中旬", "2026-03", true},
      // a survey named by its month was taken, though the sentence speaks of a plan
      {"日銀短観（9月調査）によると、設備投資計画は増加した。", "2025-11-21", "9月", "2025-09", true},
      // two consecutive days joined by 及び are one range; 前年調査比 is a comparison base
      {"会合は２０２５年９月２４日及び２５日に開催された。", "", "２０２５年９月２４日及び２５日", "2025-09-24/2025-09-25", false},
      // 年初 is this year's start, as 年末 is its end
      {"ドル円相場は、年初の157円程度から下落した。", "2025-10-31", "年初", "2025", true},
      {"3月の輸出は増えた。", "2025-12-15", "3月", "2025-03", true},
      // a season of a relative year is its three months in that year
      {"経済団体は来春に訪中団を派遣する。", "2025-11-20", "来春", "2026-03/2026-05", true},
      {"首脳は月曜日に会談した。", "2024-03-06", "月曜日", "2024-03-04", true},
      {"令和6年11月16日、東京において会談が行われた。", "", "令和6年11月16日", "2024-11-16", false},
      {"令和5年7月、経済産業省は規制を強化した。", "", "令和5年7月", "2023-07", false},
      {"令和元年5月1日に新天皇が即位した。", "", "令和元年5月1日", "2019-05-01", false},
      {"平成30年の訪日外国人は過去最高となった。", "", "平成30年", "2018", false},
      {"昭和47年9月29日、日中共同声明が発表された。", "", "昭和47年9月29日", "1972-09-29", false},
      {"平成元年に制度が始まった。", "", "平成元年", "1989", false},
      {"大正12年の大震災。", "", "大正12年", "1923", false},
      {"明治元年の改革。", "", "明治元年", "1868", false},
      {"令和七年三月二十二日、対話が開催された。", "", "令和七年三月二十二日", "2025-03-22", false},
      {"2024年12月5日、経済団体が訪中した。", "", "2024年12月5日", "2024-12-05", false},
      {"２０２３年８月、処理水の放出が始まった。", "", "２０２３年８月", "2023-08", false},
      {"2019年の訪日客は約959万人だった。", "", "2019年", "2019", false},
      {"2022年1月1日にRCEPが発効した。", "", "2022年1月1日", "2022-01-01", false},
      {"2024年末の残高は減少した。", "", "2024年末", "2024", false},
      {"11月16日、両首脳は会談した。", "2024-12-01", "11月16日", "2024-11-16", true},
      {"4月に商談会を開く予定である。", "2025-01-10", "4月", "2025-04", true},
      {"9月下旬に訪問する予定だ。", "2025-01-10", "9月下旬", "2025-09", true},
      // relative
      {"本日、両国は覚書に署名した。", "2024-11-16", "本日", "2024-11-16", true},
      {"昨日、大臣が北京に到着した。", "2024-11-16", "昨日", "2024-11-15", true},
      {"明日、記者会見が行われる。", "2024-11-16", "明日", "2024-11-17", true},
      {"昨年の貿易額は減少した。", "2025-03-22", "昨年", "2024", true},
      {"本年は国交正常化の節目の年である。", "2022-01-10", "本年", "2022", true},
      {"今年の目標を確認した。", "2022-01-10", "今年", "2022", true},
      {"来年、次回会合を開催する。", "2022-01-10", "来年", "2023", true},
      {"一昨年の水準を上回った。", "2024-05-01", "一昨年", "2022", true},
      {"昨年12月の訪中の際に一致した。", "2025-03-22", "昨年12月", "2024-12", true},
      {"本年4月に開催する予定である。", "2025-01-10", "本年4月", "2025-04", true},
      // broadcast Japanese writes this year and the year before last in kana
      {"ことし1月から9月までの輸出額は増えた。", "2025-11-20", "ことし1月から9月まで", "2025-01/2025-09", true},
      {"おととし8月に放出が始まった。", "2025-11-20", "おととし8月", "2023-08", true},
      // a month range whose end names its own relative year
      {"本年12月から来年3月まで実施する。", "2025-12-05", "本年12月から来年3月まで", "2025-12/2026-03", true},
      {"昨年11月30日から免除措置が始まった。", "2025-03-22", "昨年11月30日", "2024-11-30", true},
      {"今年2月に訪日した。", "2023-05-01", "今年2月", "2023-02", true},
      {"先月、ソウルで首脳会談が開かれた。", "2024-06-12", "先月", "2024-05", true},
      {"今月下旬に協議を行う。", "2024-06-12", "今月下旬", "2024-06", true},
      {"来月、代表団が訪日する。", "2024-12-12", "来月", "2025-01", true},
      {"令和4年に協定が発効し、同年の貿易額は過去最高となった。", "2025-01-01", "同年", "2022", true},
      {"令和5年7月に規制が導入され、同年8月に対抗措置が発表された。", "", "同年8月", "2023-08", true},
      {"平成30年10月に首相が訪中し、翌年には首脳会談が開かれた。", "2024-01-01", "翌年", "2019", true},
      {"本日（16日）、両国は覚書に署名した。", "2024-11-16", "16日", "2024-11-16", true},
      // Japanese fiscal years run April to March
      {"今年度の予算は増加した。", "2024-06-01", "今年度", "2024-04/2025-03", true},
      // so long after the reference date, as 前 is before it
      {"物価見通しは３年後が＋２．３％となった。", "2025-12-15", "３年後", "2028", true},
      // the month just stated a year before, or in the year written (also before 比)
      {"１０月の直行便は、前年同月の約１．２倍となった。", "2025-11-19", "前年同月", "2024-10", true},
      {"１０月は７１５，７００人で、２０１９年同月比１０．６％減となった。", "2025-11-19", "２０１９年同月", "2019-10", true},
      {"新工場は２０２７年春に稼働する。", "", "２０２７年春", "2027-03/2027-05", false},
      // a Japanese quarter needs 第: without it, so many quarters
      {"業況判断ＤＩは３四半期連続で改善した。", "", "３四半期", "P9M", false},
      {"2025年第3四半期の実績。", "", "2025年第3四半期", "2025-Q3", false},
      {"今秋に開催する。", "2025-06-01", "今秋", "2025-09/2025-11", true},
      {"議事録は6週後に公表する。", "2025-12-18", "6週後", "2026-01-29", true},
      // a company's 今期 is its business year, April to March
      {"今期の売上高は前期比５％増を見込む。", "2025-10-28", "今期", "2025-04/2026-03", true},
      // in January to March the fiscal year is the one begun the April before
      {"本年度の補正予算を編成しました。", "2026-02-17", "本年度", "2025-04/2026-03", true},
      {"来年度から新制度を導入します。", "2026-02-17", "来年度", "2026-04/2027-03", true},
      {"昨年度の実績を上回った。", "2026-03-31", "昨年度", "2024-04/2025-03", true},
      {"2023年度の対中直接投資。", "", "2023年度", "2023-04/2024-03", false},
      {"令和6年度の予算。", "", "令和6年度", "2024-04/2025-03", false},
      {"新工場は2027年度下期に稼働する。", "", "2027年度下期", "2027-10/2028-03", false},
      // the end of a fiscal year is its March, its beginning its April; what follows counts from the year
      {"令和７年度末までに完成する。", "", "令和７年度末", "2026-03", false},
      {"令和８年度初めに着工する。", "", "令和８年度初め", "2026-04", false},
      {"令和７年度末の残高は前年度末を上回る。", "", "前年度末", "2025-03", true},
      // an era written once before a range; か年 and 四半期 count years and quarters; weekends
      {"令和５〜９年度の計画を進める。", "", "令和５〜９年度", "2023-04/2028-03", false},
      // 年度 written once after a range of years: the fiscal years; 元旦 the first of January
      {"中期行動計画（2024〜2026年度）の総仕上げの年となります。", "", "2024〜2026年度", "2024-04/2027-03", false},
      {"令和8年元旦", "", "令和8年元旦", "2026-01-01", false},
      {"旧年中は格別のご高配を賜りました。", "2026-01-01", "旧年中", "2025", true},  // a New Year greeting's past year
      {"５か年計画を策定した。", "", "５か年", "P5Y", false},
      {"令和7年上期の輸出は増えた。", "", "令和7年上期", "2025-01/2025-06", false},  // a calendar year's half
      {"実質GDPは7四半期ぶりに減少した。", "", "7四半期", "P21M", false},
      {"総理は今週末に訪問する。", "2025-06-06", "今週末", "2025-06-07/2025-06-08", true},
      {"年度内に取りまとめる。", "2025-06-06", "年度内", "2025-04/2026-03", true},
      {"2025年3月期の売上高は増えた。", "", "2025年3月期", "2024-04/2025-03", false},
      {"2026年3月期から2030年3月期までの計画。", "", "2026年3月期から2030年3月期", "2025-04/2030-03", false},
      // a business year's quarter, its first quarters cumulated, and a year ending in December
      {"2026年3月期第3四半期の決算を発表した。", "", "2026年3月期第3四半期", "2025-Q4", false},
      {"2026年3月期第3四半期累計期間の売上高。", "", "2026年3月期第3四半期累計期間", "2025-04/2025-12", false},
      {"2024年12月期の売上高は増えた。", "", "2024年12月期", "2024", false},
      // a company report's own business year: the one under way three months before
      // the report (an annual report of June covers the year ended in March; a
      // quarterly one of November the year under way); its 末 is the balance-sheet day
      {"当連結会計年度における売上高は増加した。", "2025-06-26", "当連結会計年度", "2024-04/2025-03", true},
      {"前連結会計年度に比べ増加した。", "2025-05-13", "前連結会計年度", "2023-04/2024-03", true},
      {"翌連結会計年度は新製品を投入する。", "2025-06-26", "翌連結会計年度", "2025-04/2026-03", true},
      {"当連結会計年度の業績予想を修正した。", "2025-11-10", "当連結会計年度", "2025-04/2026-03", true},
      {"当連結会計年度末の総資産は増えた。", "2025-06-26", "当連結会計年度末", "2025-03-31", true},
      {"前事業年度末の純資産。", "2026-06-20", "前事業年度末", "2025-03-31", true},
      // a period written 自…至 with spaces around 至 (a report's cover)
      {"事業年度 自 2024年4月1日 至 2025年3月31日", "", "2024年4月1日 至 2025年3月31日", "2024-04-01/2025-03-31", false},
      // half a century and a quarter of one are durations
      {"国交正常化から半世紀余り、両国は協力してきた。", "", "半世紀余り", "P50Y", false},
      {"この四半世紀の間に、輸出先の構成は大きく変化した。", "", "この四半世紀", "P25Y", false},
      {"令和5年度から令和9年度までの5年間。", "", "令和5年度から令和9年度まで", "2023-04/2028-03", false},
      // news writes two-digit years once the century is clear; 30年 before
      // にわたり, or with no particle of time after it, counts years
      {"新工場は27年10月に稼働する。", "2025-11-12", "27年10月", "2027-10", false},
      {"2025年7～9月期の売上高は前年同期の1.2倍。", "", "前年同期", "2024-Q3", true},
      {"30年度には生産能力を引き上げる。", "2025-11-12", "30年度", "2030-04/2031-03", false},
      {"28年1～3月期の量産開始を予定する。", "2025-11-12", "28年1～3月期", "2028-Q1", false},
      {"26年3月期の業績見通し。", "2025-11-12", "26年3月期", "2025-04/2026-03", false},
      {"新車販売台数は24年に2割減った。", "2025-11-12", "24年", "2024", false},
      {"新工場を26年中に稼働させる。", "2025-11-12", "26年中", "2026", false},
      {"両社は30年にわたり協力してきた。", "2025-11-12", "30年", "P30Y", false},
      {"設立から30年を迎えた。", "2025-11-12", "30年", "P30Y", false},
      {"政権発足から1年10か月が経った。", "", "1年10か月", "P1Y10M", false},
      {"会談は約50分間行われた。", "", "50分間", "PT50M", false},  // minutes: PT…M
      {"11月16日に会談し、同日、共同声明を発表した。", "2024-12-01", "同日", "2024-11-16", true},
      {"先週、北京で協議が行われた。", "2024-06-12", "先週", "2024-W23", true},
      {"昨年末までに3万社が進出した。", "2025-03-22", "昨年末", "2024", true},
      // ranges
      {"2023年から2025年までの3年間で減少する。", "", "2023年から2025年まで", "2023/2025", false},
      {"1月から3月までの輸出は増加した。", "2024-05-01", "1月から3月まで", "2024-01/2024-03", true},
      {"今年1月から10月までの累計。", "2024-11-16", "今年1月から10月まで", "2024-01/2024-10", true},
      {"4月13日から10月13日まで万博が開かれる。", "2025-01-10", "4月13日から10月13日まで", "2025-04-13/2025-10-13",
       true},
      {"2022～2024年の平均。", "", "2022～2024年", "2022/2024", false},
      {"5月26日～27日にソウルで会談した。", "2024-06-01", "5月26日～27日", "2024-05-26/2024-05-27", true},
      {"来月9日から11日まで大阪で見本市が開かれる。", "2025-05-20", "来月9日から11日", "2025-06-09/2025-06-11", true},
      {"視察団は7～9日に上海を訪れた。", "2024-10-15", "7～9日", "2024-10-07/2024-10-09", true},
      {"両省は年内に作業部会を設置する。", "2025-02-03", "年内", "2025", true},
      {"本年内の合意を目指す。", "2023-07-01", "本年内", "2023", true},
      // halves and quarters
      {"本年前半に協議を開催する。", "2025-03-22", "本年前半", "2025-01/2025-06", true},
      {"来年後半に再開する見通しだ。", "2025-03-22", "来年後半", "2026-07/2026-12", true},
      {"2024年上半期の輸出は減少した。", "", "2024年上半期", "2024-01/2024-06", false},
      {"下半期に回復が見込まれる。", "2024-03-01", "下半期", "2024-07/2024-12", true},
      {"第1四半期の実質GDPは増加した。", "2024-06-01", "第1四半期", "2024-Q1", true},
      {"2023年第3四半期の統計。", "", "2023年第3四半期", "2023-Q3", false},
      {"1～3月期の輸出は前年比で減少した。", "2024-06-01", "1～3月期", "2024-Q1", true},
      // a paragraph number before the year: 1．2023年
      {"1．2023年の輸出は17.8兆円だった。", "2025-01-22", "2023年", "2023", false},
      {"5．2024年上半期の対中輸出は増えた。", "2025-01-22", "2024年上半期", "2024-01/2024-06", false},
      {"7～9月期に回復した。", "2024-11-01", "7～9月期", "2024-Q3", true},
      // decades
      {"1970年代に国交が正常化された。", "", "1970年代", "197X", false},
      {"90年代の停滞を経て。", "2024-01-01", "90年代", "199X", false},
      {"21世紀の日中関係。", "", "21世紀", "20XX", false},
      // durations
      {"本対話の開催は8年ぶりである。", "", "8年", "P8Y", false},
      {"今後5年間で投資を倍増する。", "", "今後5年間", "P5Y", false},
      {"3年間で約2割減る可能性がある。", "", "3年間", "P3Y", false},
      {"二十年以上にわたり協力してきた。", "", "二十年以上", "P20Y", false},
      {"3か月以内に回答する。", "", "3か月以内", "P3M", false},
      {"6ヶ月の研修を受ける。", "", "6ヶ月", "P6M", false},
      {"2週間の滞在。", "", "2週間", "P2W", false},
      {"30日間の短期滞在。", "", "30日間", "P30D", false},
      {"過去10年で倍増した。", "", "過去10年", "P10Y", false},
      {"今後1～2年で事業を縮小する。", "", "今後1～2年", "P1Y/P2Y", false},
      {"10年前に工場を建設した。", "2024-01-01", "10年前", "2014", true},
  };
  CheckExamples(rows, "ja");
}

}  // namespace dossier::test
