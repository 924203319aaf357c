// Japanese organisation examples, negatives included (大臣 titles, 省庁 as a
// common noun, agreements, events, places).
#include "tests/extract/org_examples_check.h"

namespace dossier::test {
namespace {

const std::vector<OrgExample> kJapanese = {
    {"経済産業省は発表した", {{"経済産業省", "meti"}}},
    {"合弁の一汽トヨタ自動車も新型EVを投入する。", {{"一汽トヨタ自動車", "faw-toyota"}}},
    // 本田 is Honda only in Chinese; in Japanese it is a surname (the company is ホンダ)
    {"本田委員から意見があった。ホンダは増産する。", {{"ホンダ", "honda"}}},
    // the short forms Japanese news writes: 人民銀 (the People's Bank of China), 日商 (JCCI)
    {"人民銀は24日、利下げを発表した。日商の会頭は歓迎した。", {{"人民銀", "pboc"}, {"日商", "jcci"}}},
    // a city's or prefecture's bureau, department and division, written with
    // the place, is one unit; later its own name alone is the same unit
    {"問い合わせ：瀬戸浜市産業振興局中小企業支援課。申請は中小企業支援課へ。",
     {{"瀬戸浜市産業振興局中小企業支援課", "org-濑户浜市产业振兴局中小企业支援课"},
      {"中小企業支援課", "org-濑户浜市产业振兴局中小企业支援课"}}},
    {"長野県産業労働部が説明した。", {{"長野県産業労働部", "org-长野县产业劳働部"}}},
    // a level word that opens the prefix names no place: 市内, 県内
    {"市内企業支援課の担当者", {}},
    {"県内中小企業の経営課題", {}},
    // 機構 with what it does (推進, 振興, 整備) names one; 金融機構 alone does not
    {"瀬戸浜産業学術推進機構（SAIS）と連携する。", {{"瀬戸浜産業学術推進機構", "org-濑户浜产业学术推进机构"}, {"SAIS", "org-濑户浜产业学术推进机构"}}},
    {"各金融機構と研究機構", {}},
    // a customs office by its city; the China Coast Guard
    {"名古屋税関によると、輸出が増えた。", {{"名古屋税関", "org-名古屋税关"}}},
    {"中国海警局の船舶が航行した。", {{"中国海警局", "china-coast-guard"}}},
    {"第219回国会　衆議院　経済産業委員会",
     {{"衆議院", "house-of-representatives-japan"}, {"経済産業委員会", "org-经济产业委员会"}}},
    // a city's assembly and a local daily; a council member is no assembly
    {"瀬戸浜市議会で審議する。瀬戸浜日報の記者が質問した。",
     {{"瀬戸浜市議会", "org-濑户浜市议会"}, {"瀬戸浜日報", "org-濑户浜日报"}}},
    {"中小企業基盤整備機構（中小機構）と連携する。", {{"中小企業基盤整備機構", "smrj"}, {"中小機構", "smrj"}}},
    // company names that news writes without 株式会社
    {"ミナト電装は新工場を建設すると発表した。同業の大東精機も投資する。",
     {{"ミナト電装", "org-ミナト电装"}, {"大東精機", "org-大东精机"}}},
    {"外務省によると", {{"外務省", "mofa-japan"}}},
    // a defined role in a deal (公開買付者) is no short name; a board's
    // special committee and a local university name no one
    {"北斗精密工業株式会社（以下「公開買付者」といいます。）は、公開買付者の方針を示した。",
     {{"北斗精密工業株式会社", "org-北斗精密工业株式会社"}}},
    {"特別委員会は答申した。地元大学と連携する。", {}},
    // a maker named 機工 without 株式会社; an embassy with where it is
    {"タカミ機工は増産する。", {{"タカミ機工", "org-タカミ机工"}}},
    {"在フィリピン日本国大使館が支援した。", {{"フィリピン日本国大使館", "org-フィリピン日本国大使馆"}}},
    // in Japanese, the Chinese embassy is the one in Tokyo
    {"両団体の会員や中国大使館の館員が出席した。", {{"中国大使館", "embassy-of-china-in-japan"}}},
    {"東京電力の事故を受け、日本食品海外プロモーションセンター（JFOODO）が発信を強める。",
     {{"東京電力", "tepco"}, {"日本食品海外プロモーションセンター", "jfoodo"}, {"JFOODO", "jfoodo"}}},
    // a national government named with its country; the bare 政府 names none
    {"中国政府は景気対策を発表し、日本政府と米国政府も協議した。政府は静観する。",
     {{"中国政府", "government-of-china"}, {"日本政府", "government-of-japan"}, {"米国政府", "us-government"}}},
    // airlines and industry associations of the gazetteer
    {"チャイナエアラインとチェジュ航空が増便した。日本ロボット工業会によると受注は増えた。",
     {{"チャイナエアライン", "china-airlines"}, {"チェジュ航空", "jeju-air"}, {"日本ロボット工業会", "jara"}}},
    // ㈱ after a company's name; associations of municipalities and of small firms
    {"セイコーエプソン㈱と協定を締結した。", {{"セイコーエプソン㈱", "org-セイコーエプソン(株)"}}},
    {"長野県市長会と長野県町村会、長野県中小企業団体中央会が出席した。",
     {{"長野県市長会", "org-长野县市长会"},
      {"長野県町村会", "org-长野县町村会"},
      {"長野県中小企業団体中央会", "org-长野县中小企业团体中央会"}}},
    // a month after its number is no part of a name (the February session)
    {"令和８年２月瀬戸浜市議会定例会で審議する。", {{"瀬戸浜市議会", "org-濑户浜市议会"}}},
    {"中国商務部は声明を出した", {{"中国商務部", "ministry-of-commerce-china"}}},
    {"中国商務省の報道官は16日に述べた", {{"中国商務省", "ministry-of-commerce-china"}}},  // the usual press name
    {"商務部の発表では", {{"商務部", "ministry-of-commerce-china"}}},
    {"王毅外交部長と会談した", {{"外交部", "ministry-of-foreign-affairs-china"}}},
    {"財務省と日本銀行", {{"財務省", "mof-japan"}, {"日本銀行", "boj"}}},
    {"日銀の金融政策", {{"日銀", "boj"}}},
    {"日本経済団体連合会（経団連）は", {{"日本経済団体連合会", "keidanren"}, {"経団連", "keidanren"}}},
    {"経団連の会長が訪中した", {{"経団連", "keidanren"}}},
    {"日本貿易振興機構（ジェトロ）の調査", {{"日本貿易振興機構", "jetro"}, {"ジェトロ", "jetro"}}},
    {"ジェトロ上海事務所", {{"ジェトロ上海事務所", "org-ジェトロ上海事务所"}}},  // an office of its own
    {"中国国際貿易促進委員会と協力する", {{"中国国際貿易促進委員会", "ccpit"}}},
    {"世界貿易機関（WTO）のルール", {{"世界貿易機関", "wto"}, {"WTO", "wto"}}},
    {"日中両国の関係", {}},
    {"東京と北京を結ぶ便", {}},
    {"地域的な包括的経済連携（RCEP）協定", {}},
    {"大阪・関西万博の成功", {}},
    {"中国国際輸入博覧会に出展した", {}},
    {"日中平和友好条約の締結", {}},
    {"国家発展改革委員会の担当者", {{"国家発展改革委員会", "ndrc"}}},
    {"中国共産党中央政治局委員", {{"中国共産党中央政治局", "cpc-politburo"}}},
    {"全国人民代表大会で採択", {{"全国人民代表大会", "npc"}}},
    {"衆議院と参議院", {{"衆議院", "house-of-representatives-japan"}, {"参議院", "house-of-councillors-japan"}}},
    {"自民党と公明党の連立", {{"自民党", "ldp"}, {"公明党", "komeito"}}},
    {"立憲民主党は反対した", {{"立憲民主党", "cdp-japan"}}},
    {"トヨタ自動車とホンダ", {{"トヨタ自動車", "toyota-motor-corporation"}, {"ホンダ", "honda"}}},
    {"パナソニックやソニー", {{"パナソニック", "panasonic-holdings"}, {"ソニー", "sony"}}},
    {"三菱商事、三井物産、伊藤忠商事", {{"三菱商事", "mitsubishi-corporation"}, {"三井物産", "mitsui-and-co"}, {"伊藤忠商事", "itochu"}}},
    {"三菱UFJ銀行の融資", {{"三菱UFJ銀行", "mufg-bank"}}},
    {"みずほ銀行が発表", {{"みずほ銀行", "mizuho-bank"}}},
    {"国際協力機構（JICA）", {{"国際協力機構", "jica"}, {"JICA", "jica"}}},
    {"日中経済協会の訪中団", {{"日中経済協会", "japan-china-economic-association"}}},
    {"日中友好協会の会員", {{"日中友好協会", "japan-china-friendship-association"}}},
    {"日本商工会議所の会頭", {{"日本商工会議所", "jcci"}}},
    {"経済同友会の代表幹事", {{"経済同友会", "keizai-doyukai"}}},
    {"公正取引委員会は", {{"公正取引委員会", "jftc"}}},
    {"金融庁の監督", {{"金融庁", "fsa-japan"}}},
    {"デジタル庁が発足", {{"デジタル庁", "digital-agency"}}},
    {"観光庁の統計", {{"観光庁", "japan-tourism-agency"}}},
    {"日本政府観光局によると", {{"日本政府観光局", "jnto"}}},
    {"東京大学と北京大学", {{"東京大学", "university-of-tokyo"}, {"北京大学", "peking-university"}}},
    {"アジアインフラ投資銀行", {{"アジアインフラ投資銀行", "aiib"}}},
    {"国際通貨基金の見通し", {{"国際通貨基金", "imf"}}},
    {"東南アジア諸国連合", {{"東南アジア諸国連合", "asean"}}},
    {"国連の会合", {{"国連", "un"}}},
    {"岩屋外務大臣", {}},
    {"経済産業大臣が出席", {}},
    {"国会議員が訪中した", {}},
    {"国会で審議された", {{"国会", "national-diet"}}},
    {"横浜銀行が出資した", {{"横浜銀行", ""}}},
    {"大阪商工会議所の会頭", {{"大阪商工会議所", ""}}},
    {"日本自動車工業会", {{"日本自動車工業会", "jama"}}},
    {"中国人民銀行の利下げ", {{"中国人民銀行", "pboc"}}},
    {"内閣府の調査", {{"内閣府", "cabinet-office-japan"}}},
    {"文部科学省", {{"文部科学省", "mext"}}},
    {"両国合わせて１５の省庁が参加した", {}},
    {"関係省庁と調整する", {}},
    {"中国日本商会の白書", {{"中国日本商会", "japanese-chamber-of-commerce-and-industry-in-china"}}},
    {"日本国際貿易促進協会", {{"日本国際貿易促進協会", "japit"}}},
    {"ＷＴＯ改革", {{"ＷＴＯ", "wto"}}},
    // local government offices by pattern, logistics and airlines
    {"神奈川県庁で説明会を開いた", {{"神奈川県庁", ""}}},
    {"聞き手：経済部　山田花子", {}},
    {"横浜市役所の担当者", {{"横浜市役所", ""}}},
    {"日本郵船と日本通運が提携", {{"日本郵船", "nyk-line"}, {"日本通運", "nippon-express"}}},
    {"キャセイパシフィック航空が増便", {{"キャセイパシフィック航空", "cathay-pacific"}}},
    {"香港貿易発展局は大阪で商談会を開く", {{"香港貿易発展局", "hktdc"}}},
    // a unit, office or chapter of a known name is an organisation of its own; a title is not
    {"経済産業省通商政策局アジア大洋州課が担当する", {{"経済産業省通商政策局アジア大洋州課", ""}}},
    {"ジェトロ上海事務所の所長が説明した", {{"ジェトロ上海事務所", ""}}},
    {"ジェトロ海外調査部の報告", {{"ジェトロ海外調査部", ""}}},
    // the legal form written before the name; 株式会社 alone names no one
    {"株式会社三共テクノは新工場を建設する", {{"株式会社三共テクノ", ""}}},
    {"株式会社の設立が増えた", {}},
    {"経済産業省幹部によると", {{"経済産業省", "meti"}}},
    {"中国国際貿易促進委員会浙江省委員会（浙江省貿促会）の共催",
     {{"中国国際貿易促進委員会浙江省委員会", "org-中国国际贸易促进委员会浙江省委员会"},
      {"浙江省貿促会", "org-中国国际贸易促进委员会浙江省委员会"}}},
};

TEST_CASE("org examples: Japanese", "[org]") {
  REQUIRE(kJapanese.size() >= 50);
  CheckOrgExamples(kJapanese, "ja");
}

}  // namespace
}  // namespace dossier::test
