// Simplified Chinese organisation examples, negatives included (countries,
// places, titles such as 外交大臣, agreements, events, generic nouns).
#include "tests/extract/org_examples_check.h"

namespace dossier::test {
namespace {

const std::vector<OrgExample> kSimplified = {
    // 公司债券 is a bond and 控股股东 a shareholder; 驻港公司 are companies in Hong Kong
    {"发行人面向专业投资者公开发行公司债券，发行人控股股东出具批复。", {}},
    {"約有1,450家駐港公司。", {}},
    {"上市公司的独立性不受影响。签署方为有限责任公司。", {}},
    // 长 opening a word of its own (长期) still ends no name inside it
    {"研究所长期跟踪日本市场。", {}},
    // a listed company's legal form is no part of the ten characters of its name
    {"深圳市科瑞德智能装备股份有限公司拟以自有资金投资。",
     {{"深圳市科瑞德智能装备股份有限公司", "org-深圳市科瑞德智能装备股份有限公司"}}},
    // "the company" and "its subsidiary" in a notice are no names: the verbs
    // before them, and a subsidiary named by its kind or country
    {"为加快推进公司国际化战略，公司拟在日本投资设立全资子公司。", {}},
    {"本次投资不会对公司财务状况产生重大影响，日本子公司将纳入公司合并报表范围。", {}},
    // a city before a bureau is its parent; 区域 (a region) names no district
    {"杭州市税务局发布公告。", {{"杭州市税务局", "org-杭州市税务局"}}},
    {"吸引世界500强企业区域总部落户。", {}},
    // a news agency; a concept (智慧海关) after a verb is no customs office
    {"中国新闻社记者提问。", {{"中国新闻社", "china-news-service"}}},
    {"持续深化智慧海关建设。", {}},
    // a unit named with its parent is later written by its own name
    {"宁波市商务局对外贸易处负责。请联系对外贸易处。",
     {{"宁波市商务局对外贸易处", "org-宁波市商务局对外贸易处"}, {"对外贸易处", "org-宁波市商务局对外贸易处"}}},
    {"商务部新闻发言人表示", {{"商务部", "ministry-of-commerce-china"}}},
    {"中国商务部发布数据", {{"中国商务部", "ministry-of-commerce-china"}}},
    // The ministry in a minister's title is annotated as a mention of the ministry.
    {"外交部长王毅会见日本客人", {{"外交部", "ministry-of-foreign-affairs-china"}}},
    {"有关部门将加强监管", {}},
    // a body named by its level alone (省, 市) is the province's or city's own,
    // and takes the id of the one full name in the text that ends with it
    {"苏州市统计局发布公报。市统计局表示，出口增长。", {{"苏州市统计局", "org-苏州市统计局"}, {"市统计局", "org-苏州市统计局"}}},
    {"江苏省商务厅、省财政厅联合发文。省商务厅将组织抽查。",
     {{"江苏省商务厅", "org-江苏省商务厅"}, {"省财政厅", "org-省财政厅"}, {"省商务厅", "org-江苏省商务厅"}}},
    {"贯彻落实省委、省政府的部署", {{"省委", "org-省委"}, {"省政府", "org-省政府"}}},
    {"市政府表示", {{"市政府", "org-市政府"}}},
    // a unit (处, 司) is named only right after its parent, and is its own organisation
    {"报送省商务厅对外贸易处", {{"省商务厅对外贸易处", "org-省商务厅对外贸易处"}}},
    {"商务部对外贸易司司长表示", {{"商务部对外贸易司", "org-商务部对外贸易司"}}},
    {"这样做的好处很多", {}},
    // a city's bureaus as its own documents shorten them
    {"责任单位：市经济信息化委、市卫生健康委、市外办、市公安局",
     {{"市经济信息化委", "org-市经济信息化委"},
      {"市卫生健康委", "org-市卫生健康委"},
      {"市外办", "org-市外办"},
      {"市公安局", "org-市公安局"}}},
    {"杭州市生态环境局发布通告。", {{"杭州市生态环境局", "org-杭州市生态环境局"}}},
    {"学校积极开展对外办学。", {}},
    // a club of firms
    {"上海日本商工俱乐部会员企业", {{"上海日本商工俱乐部", "org-上海日本商工俱乐部"}}},
    // Honda written by its short name in Chinese
    {"丰田、本田等日系企业", {{"丰田", "toyota-motor-corporation"}, {"本田", "honda"}}},
    // joint ventures, multinationals and associations "in China" or by the home of their capital are no names
    {"日系企业在华合资公司加快投放纯电动车型。", {}},
    {"新认定日资跨国公司地区总部10家。", {}},
    {"商务部愿同在华外国商协会保持沟通。", {{"商务部", "ministry-of-commerce-china"}}},
    {"投资者听说公司将扩产。", {}},
    // a city's customs district, a provincial CPPCC and port office; 中国海关 is the GACC
    {"青岛海关、省口岸办和省政协联合调研", {{"青岛海关", "org-青岛海关"}, {"省口岸办", "org-省口岸办"}, {"省政协", "org-省政协"}}},
    {"中国海关数据显示", {{"中国海关", "general-administration-of-customs-china"}}},
    {"各地海关加强监管", {}},
    // "each city's bureau" names no one body
    {"各设区市商务局要会同同级财政局审核", {}},
    // an exchange of the gazetteer; a consulate general by its country and city
    {"公司股票在上海证券交易所上市。中国驻大阪总领事馆官员出席。",
     {{"上海证券交易所", "shanghai-stock-exchange"}, {"中国驻大阪总领事馆", "org-中国驻大阪总领事馆"}}},
    // 中日航线 (the China-Japan routes) holds no 日航 (JAL); chip makers of the gazetteer
    {"中日航线每周执飞客运航班。日航和吉祥航空增加航班。", {{"日航", "jal"}, {"吉祥航空", "juneyao-airlines"}}},
    {"北方华创与华虹半导体获得大基金三期投资。",
     {{"北方华创", "naura"}, {"华虹半导体", "hua-hong-semiconductor"}, {"大基金", "china-integrated-circuit-industry-investment-fund"}}},
    // 发电装机 (installed generating capacity) holds no company
    {"可再生能源发电装机容量持续增长。", {}},
    // a listed company's notice: "the company" after its verbs is no name
    {"具体内容详见公司于同日披露的公告。控股股东承诺不减持公司股份，不构成公司对投资者的承诺。", {}},
    {"商务部门负责人出席", {}},
    {"据海关总署统计，出口增长", {{"海关总署", "general-administration-of-customs-china"}}},
    {"中国人民银行宣布降准", {{"中国人民银行", "pboc"}}},
    {"日本银行维持利率不变", {{"日本银行", "boj"}}},
    {"中国银行业协会发布报告", {{"中国银行业协会", ""}}},
    {"中国银行发布年报", {{"中国银行", "bank-of-china"}}},
    {"日本经济团体联合会（经团联）会长", {{"日本经济团体联合会", "keidanren"}, {"经团联", "keidanren"}}},
    {"经团联代表团访华", {{"经团联", "keidanren"}}},
    {"日本贸易振兴机构（JETRO）上海代表处", {{"日本贸易振兴机构", "jetro"}, {"JETRO", "jetro"}}},
    {"中国国际贸易促进委员会（中国贸促会）主办", {{"中国国际贸易促进委员会", "ccpit"}, {"中国贸促会", "ccpit"}}},
    {"维护以世界贸易组织为核心的多边贸易体制", {{"世界贸易组织", "wto"}}},
    {"中日两国关系稳定发展", {}},
    // Japanese 国連 (the UN) is no Chinese name: 中国连续 holds the same two characters
    {"中国连续16年是日本最大贸易伙伴", {}},
    {"美国连续三年增长，韩国连锁店增加", {}},
    {"日银宣布维持利率", {{"日银", "boj"}}},
    {"经济部今日公布统计", {}},  // not in simplified Chinese text
    {"第一财经记者和路透社记者提问", {{"第一财经", "yicai"}, {"路透社", "reuters"}}},
    {"入住三星级酒店，发展现代汽车产业", {}},  // 三星 (three-star) and 现代 (modern) are no companies here
    // a regional company of a group is its own organisation, whole
    {"丰田汽车（中国）投资有限公司与电装（广州南沙）有限公司签约",
     {{"丰田汽车（中国）投资有限公司", "org-丰田汽车(中国)投资有限公司"}, {"电装（广州南沙）有限公司", ""}}},
    {"丰田汽车公司宣布", {{"丰田汽车公司", "toyota-motor-corporation"}}},
    {"东京和北京之间的航班", {}},
    {"《区域全面经济伙伴关系协定》(RCEP)生效", {}},
    {"第七届中国国际进口博览会在上海举行", {}},
    {"支持对方办好大阪·关西世博会", {}},
    {"中日和平友好条约缔结45周年", {}},
    {"国家发展和改革委员会表示", {{"国家发展和改革委员会", "ndrc"}}},
    {"国家发展改革委负责人", {{"国家发展改革委", "ndrc"}}},
    {"国务院国资委召开会议", {{"国务院国资委", "sasac"}}},
    {"国资委主任出席", {{"国资委", "sasac"}}},
    {"中共中央政治局委员王毅", {{"中共中央政治局", "cpc-politburo"}}},
    {"全国人大常委会审议", {{"全国人大常委会", "npc-standing-committee"}}},
    {"全国政协委员提出建议", {{"全国政协", "cppcc"}}},
    {"日本经济产业省发布", {{"日本经济产业省", "meti"}}},
    {"经济产业省大臣表示", {{"经济产业省", "meti"}}},
    {"日本外务省发言人", {{"日本外务省", "mofa-japan"}}},
    {"日本外务大臣岩屋毅", {}},
    {"日本财务省数据显示", {{"日本财务省", "mof-japan"}}},
    {"丰田汽车公司宣布", {{"丰田汽车公司", "toyota-motor-corporation"}}},
    {"松下和索尼加大投资", {{"松下", "panasonic-holdings"}, {"索尼", "sony"}}},
    {"比亚迪和宁德时代", {{"比亚迪", "byd"}, {"宁德时代", "catl"}}},
    {"华为技术有限公司", {{"华为技术有限公司", "huawei"}}},
    {"亚洲基础设施投资银行行长", {{"亚洲基础设施投资银行", "aiib"}}},
    {"亚投行成员", {{"亚投行", "aiib"}}},
    {"国际货币基金组织预测", {{"国际货币基金组织", "imf"}}},
    {"东盟各国", {{"东盟", "asean"}}},
    {"上海国际问题研究院发布报告", {{"上海国际问题研究院", ""}}},
    {"清华大学和北京大学", {{"清华大学", "tsinghua-university"}, {"北京大学", "peking-university"}}},
    {"大连外国语大学日语学院", {{"大连外国语大学日语学院", ""}}},
    {"两国银行加强合作", {}},
    {"有关银行提供贷款", {}},
    {"各大银行纷纷响应", {}},
    {"中日友好协会会长", {{"中日友好协会", "china-japan-friendship-association"}}},
    {"日中友好协会访华团", {{"日中友好协会", "japan-china-friendship-association"}}},
    {"中华全国总工会代表", {{"中华全国总工会", "acftu"}}},
    {"日中经济协会代表团", {{"日中经济协会", "japan-china-economic-association"}}},
    {"日本国际贸易促进协会", {{"日本国际贸易促进协会", "japit"}}},
    {"日产量达到新高", {}},
    {"大金额交易增加", {}},
    {"新华社报道", {{"新华社", "xinhua"}}},
    {"联合国安理会通过决议", {{"联合国安理会", "un-security-council"}}},
    {"联合国秘书长", {{"联合国", "un"}}},
    {"中国日本商会发布白皮书", {{"中国日本商会", "japanese-chamber-of-commerce-and-industry-in-china"}}},
    {"三菱商事和伊藤忠商事", {{"三菱商事", "mitsubishi-corporation"}, {"伊藤忠商事", "itochu"}}},
    {"中国贸促会会长任鸿斌", {{"中国贸促会", "ccpit"}}},
    {"国家统计局数据显示", {{"国家统计局", "national-bureau-of-statistics-china"}}},
    {"工信部部长表示", {{"工信部", "ministry-of-industry-and-information-technology"}}},
    {"中国与全球化智库（CCG）", {{"中国与全球化智库", "ccg"}, {"CCG", "ccg"}}},
    {"东方青年交流基金会（EYEF）成立，EYEF将", {{"东方青年交流基金会", ""}, {"EYEF", ""}, {"EYEF", ""}}},
    // local government bodies by pattern, airlines and logistics
    {"苏州市商务局局长介绍情况", {{"苏州市商务局", ""}}},
    {"辽宁省商务厅组织企业参展", {{"辽宁省商务厅", ""}}},
    {"青岛市人民政府与日方签约", {{"青岛市人民政府", ""}}},
    {"据天津市政府介绍", {{"天津市政府", ""}}},
    {"中国东方航空与日本航空开展代码共享", {{"中国东方航空", "china-eastern-airlines"}, {"日本航空", "jal"}}},
    {"中远海运与商船三井签署协议", {{"中远海运", "cosco"}, {"商船三井", "mol"}}},
    {"香港投资推广署在上海举办活动", {{"香港投资推广署", "investhk"}}},
    // a counter after a number counts a common noun: no name, not the Bank of Japan
    {"目前约有1,400家日本公司在港设立总部", {}},
    {"三家日本银行参与了融资", {}},
    // an ordinal edition names an event after the body, not the body
    {"第五届中国国际进口博览会开幕", {}},
    // a congress by its level, a laboratory; a deputy of the congress is a person
    {"省人大常委会审议。湘江实验室建成。", {{"省人大", "org-省人大"}, {"湘江实验室", "org-湘江实验室"}}},
    {"省人大代表提出建议", {}},
    {"三井住友银行和中国银行宣布合作", {{"三井住友银行", "smbc"}, {"中国银行", "bank-of-china"}}},
    // units of a known body; a title after it names no unit; a subsidiary is written through its parent
    {"国务院新闻办公室新闻局局长主持", {{"国务院新闻办公室新闻局", ""}}},
    {"商务部部长王文涛和商务部各部门", {{"商务部", "ministry-of-commerce-china"}, {"商务部", "ministry-of-commerce-china"}}},
    {"上海汽车集团股份有限公司与上海市商务委员会签约",
     {{"上海汽车集团股份有限公司", "saic"}, {"上海市商务委员会", ""}}},
    {"东京威力科创台湾子公司宣布", {{"东京威力科创", "tokyo-electron"}}},
    // a known company named with its suffix is written by its stem later; only after it, only known ones
    {"美的集团发布半年报。美的海外收入增长。", {{"美的集团", "midea"}, {"美的", "midea"}}},
    {"这里的风景很美的。美的集团发布半年报。", {{"美的集团", "midea"}}},
    {"格力电器营收下降，格力表示将加大研发。", {{"格力电器", "gree-electric"}, {"格力", "gree-electric"}}},
    // verbs, time words, 占 and 之 are no part of a name before 公司 or 海关
    {"下半年公司将继续回购。", {}},
    {"美国市场收入占公司收入的四成。", {}},
    {"已列入海关监管名单。", {}},
};

TEST_CASE("org examples: Simplified Chinese", "[org]") {
  REQUIRE(kSimplified.size() >= 50);
  CheckOrgExamples(kSimplified, "zh-Hans");
}

}  // namespace
}  // namespace dossier::test
