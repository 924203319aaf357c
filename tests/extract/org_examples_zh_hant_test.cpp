// Traditional Chinese organisation examples (mainland, Hong Kong and Taiwan
// usage), negatives included. They link to the same ids as Simplified forms.
#include "tests/extract/org_examples_check.h"

namespace dossier::test {
namespace {

const std::vector<OrgExample> kTraditional = {
    // the head's title after a known name keeps the name (行政院長); Taiwan's FSC by its short name;
    // a verb before 本國銀行 makes no name
    {"行政院長卓榮泰表示，金管會將督導本國銀行提供融資。",
     {{"行政院", "taiwan-executive-yuan"}, {"金管會", "taiwan-fsc"}}},
    {"經濟部今日公布統計", {{"經濟部", "taiwan-moea"}}},  // bare 經濟部 in traditional Chinese: Taiwan's ministry
    // local banks are no name, after a comparison or 對 either; Hong Kong's travel companies
    {"年息較日本本地銀行同類存款高，金管局會監察對本港銀行的影響。", {{"金管局", "hkma"}}},
    {"東瀛遊表示報名增加，香港快運開辦新航線，美聯物業分析指出。",
     {{"東瀛遊", "egl-tours"}, {"香港快運", "hk-express"}, {"美聯物業", "midland-realty"}}},
    // Taiwan's names for the Fed and its statistics office
    {"美國聯準會決議降息，主計總處上修成長率。",
     {{"美國聯準會", "federal-reserve"}, {"主計總處", "taiwan-dgbas"}}},
    // banks as a generic noun after a verb, a quantity or a time: no name
    {"本季對全體銀行進行查核，並持續督促銀行強化風險管理；同期銀行放款增加。", {}},
    // Macao's secretariat and statistics service; ASEAN partners' trade bodies
    {"經濟財政司司長率團拜訪馬來西亞對外貿易發展機構（MATRADE）",
     {{"經濟財政司", "macao-sef"}, {"馬來西亞對外貿易發展機構", "matrade"}, {"MATRADE", "matrade"}}},
    {"根據統計暨普查局資料", {{"統計暨普查局", "macao-dsec"}}},
    {"東京威力科創與愛德萬測試擴大在臺投資", {{"東京威力科創", "tokyo-electron"}, {"愛德萬測試", "advantest"}}},
    {"南科管理局表示", {{"南科管理局", "taiwan-stsp-bureau"}}},
    // Taiwan's MOEA agencies by their short forms; a trade association by its head
    {"由產業發展署（產發署）及中企署分工推動", {{"產業發展署", "taiwan-ida"}, {"產發署", "taiwan-ida"}, {"中企署", "taiwan-sme-agency"}}},
    {"信保基金與電電公會合作", {{"信保基金", "taiwan-smeg"}, {"電電公會", "teema"}}},
    {"臺北市電腦商業同業公會表示", {{"臺北市電腦商業同業公會", "org-台北市电脑商业同业公会"}}},
    // a Hong Kong announcement: 本公司 / 本集團 ("the Company") whatever stands before, the legal
    // form alone, any subsidiary, a subsidiary named after its kind, the auditor, "by order of the Board"
    {"於二零二五年九月十九日（星期五）名列本公司股東名冊之股東，並贖回本公司任何上市證券。", {}},
    {"日本市場為本集團增長最快之地區。", {}},
    {"（於開曼群島註冊成立之有限公司）", {}},
    {"本公司或其任何附屬公司概無購買。", {}},
    {"本集團全資附屬公司輝鴻精密日本株式會社於熊本縣興建新廠房。",
     {{"輝鴻精密日本株式會社", "org-辉鸿精密日本株式会社"}}},
    {"財務資料已由本公司外聘核數師羅兵咸永道會計師事務所審閱。",
     {{"羅兵咸永道會計師事務所", "org-罗兵咸永道会计师事务所"}}},
    // no name runs left over 為 ("for"); guilds and institutes (公會)
    {"輝鴻精密（深圳）有限公司繼續為北方華創科技集團股份有限公司供應零部件。",
     {{"輝鴻精密（深圳）有限公司", "org-辉鸿精密(深圳)有限公司"},
      {"北方華創科技集團股份有限公司", "org-北方华创科技集团股份有限公司"}}},
    {"我們也會請銀行公會協助宣導，並根據香港會計師公會頒佈之準則。",
     {{"銀行公會", "org-银行公会"}, {"香港會計師公會", "org-香港会计师公会"}}},
    // the chair reporting to the committee; Taiwan's science council, Denso's short name
    {"主席：報告委員會，本日登記質詢委員共12位。本部會與國科會合作，電裝也參與。",
     {{"國科會", "taiwan-nstc"}, {"電裝", "denso"}}},
    // 日商 in Chinese is "a Japanese company", not the chamber's Japanese short form
    {"日商東京威力科創以新臺幣48億元增資。", {{"東京威力科創", "tokyo-electron"}}},
    // short forms defined without quotes, a clause of the bracket each
    {"經濟部投資審議司（下稱投審司，簡稱投審會）今日公布統計。投審司表示。",
     {{"經濟部投資審議司", "org-经济部投资审议司"}, {"投審司", "org-经济部投资审议司"}, {"投審會", "org-经济部投资审议司"},
      {"投審司", "org-经济部投资审议司"}}},
    // arbitration centres, exchanges and Hong Kong's trade offices abroad by
    // their heads; 處理 is no unit's 處, the offices counted or abroad no name
    {"香港國際仲裁中心去年處理的案件增加，港交所已把印尼證券交易所納入名單。",
     {{"香港國際仲裁中心", "org-香港国际仲裁中心"}, {"港交所", "hkex"}, {"印尼證券交易所", "org-印尼证券交易所"}}},
    {"香港駐雅加達經濟貿易辦事處安排會面。",
     {{"香港駐雅加達經濟貿易辦事處", "org-香港驻雅加达经济贸易办事处"}}},
    {"香港現時在東盟設有三個經濟貿易辦事處，並透過駐海外經濟貿易辦事處推廣。", {{"東盟", "asean"}}},
    // a city before a known name that opens with a country: the chapter there
    {"香港日本商工會議所舉辦研討會", {{"香港日本商工會議所", "org-香港日本商工会议所"}}},
    {"拜訪日本商工會議所", {{"日本商工會議所", "jcci"}}},
    {"並會繼續與日本各地商工會議所保持緊密聯繫", {}},  // 各地: the chambers across Japan, no name
    {"商務部新聞發言人表示", {{"商務部", "ministry-of-commerce-china"}}},
    {"中國商務部公布數據", {{"中國商務部", "ministry-of-commerce-china"}}},
    {"外交部長王毅出席", {{"外交部", "ministry-of-foreign-affairs-china"}}},
    {"有關部門加強監管", {}},
    {"據海關總署統計", {{"海關總署", "general-administration-of-customs-china"}}},
    {"中國人民銀行宣布降息", {{"中國人民銀行", "pboc"}}},
    {"日本銀行維持利率", {{"日本銀行", "boj"}}},
    {"日本經濟團體聯合會（經團聯）會長", {{"日本經濟團體聯合會", "keidanren"}, {"經團聯", "keidanren"}}},
    {"日本貿易振興機構香港事務所", {{"日本貿易振興機構香港事務所", "org-日本贸易振兴机构香港事务所"}}},  // an office of its own
    {"中國國際貿易促進委員會（中國貿促會）", {{"中國國際貿易促進委員會", "ccpit"}, {"中國貿促會", "ccpit"}}},
    {"世界貿易組織的規則", {{"世界貿易組織", "wto"}}},
    {"中日兩國人民", {}},
    {"東京與北京", {}},
    {"區域全面經濟夥伴關係協定生效", {}},
    {"中國國際進口博覽會開幕", {}},
    {"大阪關西世博會", {}},
    {"國家發展和改革委員會", {{"國家發展和改革委員會", "ndrc"}}},
    {"國務院國資委", {{"國務院國資委", "sasac"}}},
    {"中共中央政治局委員", {{"中共中央政治局", "cpc-politburo"}}},
    {"全國人大常委會通過", {{"全國人大常委會", "npc-standing-committee"}}},
    {"日本經濟產業省", {{"日本經濟產業省", "meti"}}},
    {"日本外務省表示", {{"日本外務省", "mofa-japan"}}},
    {"日本財務省", {{"日本財務省", "mof-japan"}}},
    {"豐田汽車在華銷量", {{"豐田汽車", "toyota-motor-corporation"}}},
    {"索尼與松下", {{"索尼", "sony"}, {"松下", "panasonic-holdings"}}},
    {"比亞迪在日本開店", {{"比亞迪", "byd"}}},
    {"亞洲基礎設施投資銀行", {{"亞洲基礎設施投資銀行", "aiib"}}},
    {"國際貨幣基金組織預測", {{"國際貨幣基金組織", "imf"}}},
    {"東盟國家", {{"東盟", "asean"}}},
    {"東協成員國", {{"東協", "asean"}}},
    {"清華大學教授", {{"清華大學", "tsinghua-university"}}},
    {"東京大學", {{"東京大學", "university-of-tokyo"}}},
    {"京都大學研究團隊", {{"京都大學", "kyoto-university"}}},
    {"早稻田大學", {{"早稻田大學", "waseda-university"}}},
    {"香港貿易發展局主辦", {{"香港貿易發展局", "hktdc"}}},
    {"中日友好協會", {{"中日友好協會", "china-japan-friendship-association"}}},
    {"日中經濟協會訪華團", {{"日中經濟協會", "japan-china-economic-association"}}},
    {"新華社報導", {{"新華社", "xinhua"}}},
    {"聯合國大會", {{"聯合國", "un"}}},
    {"兩國銀行", {}},
    {"有關銀行", {}},
    {"商務部門", {}},
    {"中國銀行業協會", {{"中國銀行業協會", ""}}},
    {"中華全國總工會", {{"中華全國總工會", "acftu"}}},
    {"全國政協委員", {{"全國政協", "cppcc"}}},
    {"三菱商事與伊藤忠商事", {{"三菱商事", "mitsubishi-corporation"}, {"伊藤忠商事", "itochu"}}},
    {"日本國際協力機構", {{"日本國際協力機構", "jica"}}},
    {"國際協力銀行融資", {{"國際協力銀行", "jbic"}}},
    {"中國人民大學", {{"中國人民大學", "renmin-university"}}},
    {"香港中文大學", {{"香港中文大學", ""}}},
    {"日本台灣交流協會", {{"日本台灣交流協會", "japan-taiwan-exchange-association"}}},
    {"經團聯會長", {{"經團聯", "keidanren"}}},
    {"日本外務大臣", {}},
    {"國家統計局", {{"國家統計局", "national-bureau-of-statistics-china"}}},
    {"中國日本商會", {{"中國日本商會", "japanese-chamber-of-commerce-and-industry-in-china"}}},
    {"香港中華總商會", {{"香港中華總商會", ""}}},
    {"台灣日本關係協會", {{"台灣日本關係協會", "taiwan-japan-relations-association"}}},
    // Hong Kong SAR and Taiwan bodies
    {"商務及經濟發展局局長率團訪日", {{"商務及經濟發展局", "hk-cedb"}}},
    {"財經事務及庫務局與稅務局聯合公布", {{"財經事務及庫務局", "hk-fstb"}, {"稅務局", "hk-inland-revenue-department"}}},
    {"創新科技及工業局撥款支持", {{"創新科技及工業局", "hk-itib"}}},
    {"投資推廣署在名古屋舉辦推介活動", {{"投資推廣署", "investhk"}}},
    {"金管局表示港元匯率穩定", {{"金管局", "hkma"}}},
    {"香港旅遊發展局（旅發局）在福岡宣傳", {{"香港旅遊發展局", "hktb"}, {"旅發局", "hktb"}}},
    {"數碼港與香港科技園公司簽署備忘錄", {{"數碼港", "cyberport"}, {"香港科技園公司", "hkstp"}}},
    {"香港生產力促進局協助中小企", {{"香港生產力促進局", "hkpc"}}},
    {"政府向立法會提交條例草案", {{"立法會", "hk-legislative-council"}}},
    {"貿發局在東京設有辦事處", {{"貿發局", "hktdc"}}},
    {"澳門貿易投資促進局代表團", {{"澳門貿易投資促進局", "ipim"}}},
    {"經濟部國際貿易署公布出口統計", {{"經濟部國際貿易署", "taiwan-trade-administration"}}},
    {"台灣經濟部表示將檢討補助計畫", {{"台灣經濟部", "taiwan-moea"}}},
    {"經濟部記者會", {{"經濟部", "taiwan-moea"}}},  // Taiwan's text: the ministry's press conference
    {"國泰航空加開往大阪的航班", {{"國泰航空", "cathay-pacific"}}},
    {"順豐與日本通運合作", {{"順豐", "sf-express"}, {"日本通運", "nippon-express"}}},
    // units of a known ministry; the known company with its legal form is the same company;
    // two known names joined by 會聯同 stay two
    {"經濟部能源署表示，財政部關務署統計", {{"經濟部能源署", "org-经济部能源署"}, {"財政部關務署", "org-财政部关务署"}}},
    {"行政院經貿談判辦公室（經貿辦）表示", {{"行政院經貿談判辦公室", ""}, {"經貿辦", ""}}},
    {"日本先進半導體製造公司熊本廠量產", {{"日本先進半導體製造公司", "jasm"}}},
    {"商經局會聯同投資推廣署推廣", {{"商經局", "hk-cedb"}, {"投資推廣署", "investhk"}}},
    {"澳門特別行政區政府新聞局公布", {{"澳門特別行政區政府新聞局", ""}}},
    {"中央銀行昨日公布外匯存底。", {{"中央銀行", "taiwan-cbc"}}},  // Taiwan's, in traditional Chinese
};

TEST_CASE("org examples: Traditional Chinese", "[org]") {
  REQUIRE(kTraditional.size() >= 50);
  CheckOrgExamples(kTraditional, "zh-Hant");
}

}  // namespace
}  // namespace dossier::test
