// What is not a date: clock times, ages, ordinals, anniversaries, names with
// numbers, counts and amounts. Each sentence must yield no date fact that
// overlaps the quoted part.
#include <catch2/catch.hpp>

#include <sstream>

#include "tests/extract/date_test_util.h"

namespace dossier::test {
namespace {

struct Negative {
  const char* lang;
  const char* text;
  const char* not_a_date;  // no date fact may overlap this substring
};

}  // namespace

TEST_CASE("date negatives: clock times, ages, ordinals, names, counts", "[date]") {
  const std::vector<Negative> rows = {
      {"en", "The meeting ended at 21:44 local time.", "21:44"},
      // 本期 before a programme or publication: this issue, after a period too
      {"zh-Hans", "今年1至10月出口增长5%。本期节目介绍中日合作。", "本期"},
      {"en", "Updated at 18:30 GMT.", "18:30"},
      {"en", "The driver, aged 50, was unhurt.", "50"},
      {"en", "A 50-year-old engineer led the team.", "50-year-old"},
      {"en", "She is 45 years old.", "45 years"},
      {"en", "This marks the 45th anniversary of the treaty.", "45th"},
      {"en", "Leaders met at the G20 summit.", "G20"},
      // not seasons: the spring wage talks, a price that falls
      {"ja", "今春闘の賃上げ率は5%を超えた。", "今春"},
      {"en", "Prices fall 2% in spring.", "spring"},
      {"en", "Ministers met in the Spring Meetings of the IMF.", "Spring"},
      {"en", "The spring meetings ended.", "spring"},
      // a month name before no noun: an event's name, a person
      {"en", "He spoke about the March on Washington.", "March"},
      {"en", "As May noted, prices rose.", "May"},
      // the year of an act's name; the last group of a phone number
      {"en", "Duties under the Trade Act of 1974 apply.", "1974"},
      {"ja", "電話：093-582-2050　FAX：093-582-2051", "2050"},
      // 号 numbers things in Japanese and after 第/番; 10年物 names a bond; no duration inside a numeral
      {"ja", "申請書（様式第1号）を提出する。", "1号"},
      {"ja", "北九州市小倉北区城内1番1号", "1号"},
      {"ja", "10年物国債の利回りが上昇した。", "10年"},
      // this issue of bonds; a year inside a document number; the comparison 前期比, a year's first half
      {"zh-Hans", "本期债券发行总规模不超过人民币15亿元。", "本期"},
      {"zh-Hans", "合同期限为三年。", "同期"},
      {"zh-Hans", "索引号：11370000004609214N/2025-00087", "2025"},
      {"zh-Hant", "立法會CB(1)58/2026(04)號文件", "2026"},
      {"zh-Hans", "10年期国债收益率下行。", "10年"},
      {"ja", "売上高は前期比8.2％増えた。", "前期"},
      {"ja", "（％表示は対前期増減率）", "前期"},
      {"zh-Hans", "发行人在半年度报告中披露。", "半年"},
      // a rate's unit: "per day", "per year"
      {"ja", "渋滞による経済損失は1日当たり約35億ペソに上る。", "1日"},
      {"ja", "輸出は1年あたり約2割増えた。", "1年"},
      // the year in a document's number
      {"ja", "商務部公告2025年第61号を発表した。", "2025年"},
      {"zh-Hans", "商务部公告2025年第18号", "2025年"},
      // a repo's tenor; the years of a numbered plan
      {"ja", "7日物リバースレポ金利を引き下げた。", "7日"},
      {"ja", "第15次5カ年計画の方向性を示した。", "5カ年"},
      {"zh-Hans", "第十四个五年规划纲要提出目标。", "五年"},
      {"ja", "割合は65.0％で、前年調査比0.9ポイント上昇した。", "前年"},
      // a term names the instrument (10年期国债, 7天期逆回购)
      {"zh-Hans", "10年期国债收益率下行，7天期逆回购利率为1.4%。", "10年"},
      {"zh-Hans", "10年期国债收益率下行，7天期逆回购利率为1.4%。", "7天"},
      {"zh-Hant", "出口連續第十一個月錄得升幅。", "一個月"},
      {"en", "Both sides will support Expo 2025 in Osaka.", "2025"},
      // a capitalised title word before the year: the year is the title's
      {"en", "Looking back on Medium-Term Management Plan 2024, we met most targets.", "2024"},
      {"en", "Seiran Corporation Integrated Report 2025", "2025"},
      {"en", "We met at the Korea-Japan Business Cooperation Forum 2025 in Seoul.", "2025"},
      {"en", "Exports may rise again next year.", "may"},
      {"en", "During the year, trade grew.", "the year"},
      {"ja", "年末年始の休みに入った。", "年末"},
      // a weekday naming the day of the date beside it
      {"zh-Hant", "二〇二五年七月十七日（星期四）", "星期四"},
      {"en", "On Monday, March 3, 2025 the talks began.", "Monday"},
      {"en", "As May noted, the talks went well.", "May"},
      {"en", "Agenda 2030 sets the goals.", "2030"},
      {"en", "Travel slowed during COVID-19.", "19"},
      {"en", "The fund reached 2500 companies.", "2500"},
      {"en", "Imports rose 2015% in value.", "2015"},
      {"en", "15 government departments took part.", "15"},
      {"en", "The two sides agreed on three points.", "three"},
      {"en", "Trade grew 3.2023 percent.", "2023"},
      {"en", "Call 20234 for details.", "2023"},
      {"en", "We may 10 times exceed it.", "may 10"},
      {"en", "They will march 2000 people.", "march 2000"},
      {"en", "Trade fell 10.7% year-on-year.", "year"},
      {"en", "The 14th Five-Year Plan sets targets.", "Five-Year"},
      {"en", "Once a year the council meets.", "year"},
      {"en", "Output grew 5 percent a year.", "a year"},
      {"en", "Exports were worth A$1.1 billion a year before the duties.", "a year"},  // an amount's rate
      {"en", "About 1,500 flights a week now operate.", "a week"},
      {"en", "He is 67 years of age.", "67 years"},
      {"en", "The 2023 White Paper was released.", "2023"},
      {"en", "Room 2024 is on the second floor.", "2024"},
      // Years in parentheses after a title name the title.
      {"en", "It adopted the Outline for Building a Leading Country in Education (2024-2035) last week.", "2024-2035"},
      {"en", "The 14th Five-Year Plan (2021–2025) sets targets.", "2021–2025"},
      {"en", "Japan revised its Basic Energy Strategy (2023) recently.", "2023"},
      {"en", "April Smith chaired the panel.", "April"},
      {"en", "May the friendship last.", "May"},
      {"en", "Protesters March on the capital.", "March"},
      {"zh-Hans", "会议于21时44分结束。", "21时44分"},
      {"zh-Hans", "今年是中日和平友好条约缔结45周年。", "45周年"},
      {"zh-Hans", "第六次中日经济高层对话在东京举行。", "第六次"},
      {"zh-Hans", "15个政府部门的负责人出席。", "15个"},
      {"zh-Hans", "两国贸易额为3180亿美元。", "3180亿美元"},
      {"zh-Hans", "进出口额约2100亿元人民币。", "2100亿元"},
      {"zh-Hans", "他今年50岁。", "50岁"},
      {"zh-Hans", "日资企业扎根中国市场数十年。", "数十年"},
      {"zh-Hans", "三年级学生参加了交流。", "三年级"},
      {"zh-Hans", "以2025年日本国际博览会为契机。", "2025年"},
      // A title in 《》 is a name, years and all.
      {"zh-Hans", "国务院印发《新能源汽车产业发展规划（2021—2035年）》。", "2021—2035年"},
      {"zh-Hant", "根據《2024年經濟白皮書》的內容。", "2024年"},
      {"ja", "『令和5年版環境白書』が公表された。", "令和5年"},
      {"zh-Hans", "两国领导人会晤。", "两国"},
      {"zh-Hans", "兑换50日元。", "50日"},
      {"zh-Hans", "有3日本企业参展。", "3日"},
      {"zh-Hans", "每月5日发布数据。", "5日"},
      {"zh-Hans", "周一鸣表示，合作将继续。", "周一"},  // 周 is also a surname: 周一 needs 上/下/本 before it
      {"zh-Hans", "根据《管理办法》（苏财规〔2023〕5号）有关规定。", "5号"},  // a document number
      {"zh-Hant", "今年是兩國建交50週年。", "50週年"},
      {"zh-Hant", "約700萬人次訪日。", "700萬"},
      {"zh-Hant", "第8屆論壇在香港舉行。", "第8屆"},
      {"ja", "会談は21時44分に終了した。", "21時44分"},
      {"ja", "50歳の社長が就任した。", "50歳"},
      {"ja", "第6回日中ハイレベル経済対話が開催された。", "第6回"},
      {"ja", "１５の省庁が参加した。", "１５"},
      {"ja", "輸入額は1605億ドルだった。", "1605"},
      {"ja", "国交正常化50周年を迎えた。", "50周年"},
      {"ja", "30代前半の社員が多い。", "前半"},
      {"ja", "前年比12.9%減となった。", "前年"},
      {"ja", "輸出は前年同月比1.7%増えた。", "前年同月"},
      {"ja", "入社3年目の社員。", "3年"},
      {"ja", "約3万社が進出している。", "3万社"},
      {"ja", "同年代の若者と交流した。", "同年"},
      {"zh-Hans", "中方愿意同日本经济界深化合作。", "同日"},
      {"zh-Hans", "中日双方同日方代表会谈。", "同日"},
      {"zh-Hans", "这说明日本企业对中国有信心。", "明日"},
      // 同期 of many years, or 不同期 (not at the same time), names no period
      {"zh-Hans", "三季度规模创历史同期新高。", "同期"},
      {"zh-Hant", "出口占比達46.8%，創近10年同期新高。", "同期"},
      {"zh-Hans", "两国的选举不同期举行。", "同期"},
      // 期内 inside a longer word, 次日 inside 人次日本
      {"zh-Hans", "报告期内公司营收增长。", "期内"},
      {"zh-Hant", "目標是吸引逾100萬人次日本旅客訪港。", "次日"},
      // 后年/前年 ending the word before: 此后|年均, 达产后|年产值, 目前|年产能
      {"zh-Hans", "此后年均增长5%。", "后年"},
      {"zh-Hans", "项目达产后年产值可达80亿元。", "后年"},
      {"zh-Hans", "目前年产能为10万辆。", "前年"},
      {"zh-Hant", "投產後年銷售額可達5億元。", "後年"},
      {"en", "The talks lasted several years.", "several years"},
  };
  for (const Negative& row : rows) {
    std::string text = row.text;
    size_t at = text.find(row.not_a_date);
    REQUIRE(at != std::string::npos);
    Span bad{at, at + std::string(row.not_a_date).size()};
    std::vector<Fact> facts = FindDates(text, row.lang, "2024-06-01");
    std::ostringstream found;
    bool overlaps = false;
    for (const Fact& f : facts) {
      found << " [" << f.text << "]";
      if (f.span.start < bad.end && bad.start < f.span.end) overlaps = true;
    }
    INFO(row.lang << ": " << row.text << " found:" << found.str());
    CHECK_FALSE(overlaps);
  }
}

TEST_CASE("date facts quote the document and keep the contract fields", "[date]") {
  std::string text = "２０２５年３月２２日、ﾊｲﾚﾍﾞﾙ対話。On March 22, 2025 they met.";
  std::vector<Fact> facts = FindDates(text, "ja", "");
  REQUIRE(facts.size() == 2);
  for (const Fact& f : facts) {
    CHECK(f.type == FactType::kDate);
    CHECK(f.text == text.substr(f.span.start, f.span.size()));
    CHECK(f.attrs.contains("value"));
    CHECK(f.attrs["anchored"].is_boolean());
  }
  CHECK(facts[0].text == "２０２５年３月２２日");
  CHECK(facts[1].text == "March 22, 2025");  // the preposition is not part of the span
}

TEST_CASE("date reference falls back on the nearest preceding full date", "[date]") {
  std::vector<Fact> facts = FindDates("2023年5月10日发布。今年1月至4月贸易下降，去年同期增长。", "zh-Hans", "");
  REQUIRE(facts.size() == 3);
  CHECK(facts[1].attrs["value"] == "2023-01/2023-04");
  CHECK(facts[1].attrs["anchored"] == true);
  CHECK(facts[2].text == "去年同期");
  CHECK(facts[2].attrs["value"] == "2022-01/2022-04");  // the same months, a year before
}

}  // namespace dossier::test

namespace dossier::test {

// Random sentences made of date-shaped pieces: whatever is found must quote
// the text exactly and carry a non-empty value (no crash, no bad span).
TEST_CASE("date extractor survives random date-shaped text", "[date]") {
  const std::vector<std::string> pieces = {
      "年", "月", "日", "号", "2023", "12", "31", "0", "99", "-", "/", "~", "～", "至", "から", "まで", " to ", " ",
      "March ", "May ", "Sept. ", "Q1", "上半年", "前半", "同年", "同月", "前", "去年", "昨年", "本日", "from ",
      "令和", "元", "十", "〇", "二", "百", "世纪", "年代", "the ", "last ", "year", "years ", "ago", "a ",
      "century", "第", "季度", "四半期", "期", "周", "週", "以上", "近", "，", "。", "\n", "Ｑ", "２０２４", "ago "};
  uint32_t seed = 12345;
  auto next = [&seed]() {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 8) & 0xFFFFFF;
  };
  size_t total = 0;
  for (int doc = 0; doc < 3000; ++doc) {
    std::string text;
    int n = 1 + next() % 24;
    for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    const char* lang = (doc % 3 == 0) ? "en" : (doc % 3 == 1) ? "zh-Hans" : "ja";
    for (const char* ref : {"", "2024-02-29", "2024"}) {
      for (const Fact& f : FindDates(text, lang, ref)) {
        INFO(text << " (ref " << ref << ") -> " << f.text);
        REQUIRE(f.span.end <= text.size());
        REQUIRE(f.text == text.substr(f.span.start, f.span.size()));
        REQUIRE(!f.attrs.value("value", "").empty());
        ++total;
      }
    }
  }
  CHECK(total > 0);
}

}  // namespace dossier::test
