// English organisation examples: text -> mentions and ids, negatives included
// (countries, places, people's titles, agreements, events, plain words).
#include "tests/extract/org_examples_check.h"

namespace dossier::test {
namespace {

const std::vector<OrgExample> kEnglish = {
    // bare "Congress" in a text about the United States is its Congress; a party congress is not
    {"The U.S. Department of Commerce briefed American lawmakers. I urge Congress to act.",
     {{"U.S. Department of Commerce", "us-department-of-commerce"}, {"Congress", "us-congress"}}},
    {"China's leaders met in Beijing and China's economy grew. Delegates of the 20th Party Congress spoke; "
     "the U.S. said little.",
     {{"Party Congress", "party-congress"}}},
    // Japan's energy buyers and producers abroad
    {"JERA and INPEX buy Australian LNG; J-Power and Iwatani run the hydrogen pilot.",
     {{"JERA", "jera"}, {"INPEX", "inpex"}, {"J-Power", "j-power"}, {"Iwatani", "iwatani"}}},
    // a joint venture is a company of its own, its parents' names inside it no mentions
    {"Honda is shutting a GAC Honda plant and suspending a Dongfeng Honda line, while Leapmotor adds capacity.",
     {{"Honda", "honda"}, {"GAC Honda", "gac-honda"}, {"Dongfeng Honda", "dongfeng-honda"}, {"Leapmotor", "leapmotor"}}},
    // New Zealand's agencies and airline end with the country's name
    {"Air New Zealand will add flights, and Tourism New Zealand joined the mission.",
     {{"Air New Zealand", "air-new-zealand"}, {"Tourism New Zealand", "tourism-nz"}}},
    // regional bodies whose names open with ASEAN: one name, not ASEAN and a rest
    {"We recognised the role of the ASEAN+3 Macroeconomic Research Office (AMRO) and the AHA Centre.",
     {{"ASEAN+3 Macroeconomic Research Office", "amro"}, {"AMRO", "amro"}, {"AHA Centre", "aha-centre"}}},
    // a person before "of" the organisation is not part of its name; heads without a dot
    {"Chairman Ryu Jin of the Federation of Korean Industries spoke.", {{"Federation of Korean Industries", ""}}},
    // Ltd and Inc are heads; a company found by its legal suffix is the same company without it
    {"Suppliers include Tamagawa Denshi Materials Ltd and Kisaragi Semiconductor Corp, a list says.",
     {{"Tamagawa Denshi Materials Ltd", ""}, {"Kisaragi Semiconductor Corp", ""}}},
    // a pair of parties: a council is one body from its first party, an alliance a relationship
    {"She spoke at the U.S.-Japan Council on Monday.", {{"U.S.-Japan Council", ""}}},
    {"Leaders reaffirmed the U.S.-Japan Alliance.", {}},
    // a headline opened by a gerund names a topic
    {"Leading Together in Space and Critical Technologies", {}},
    // a national government by its formal name; "the Japanese government" is a description
    {"The Government of Japan and the Government of India signed it; the Japanese government said so.",
     {{"Government of Japan", "government-of-japan"}, {"Government of India", "government-of-india"}}},
    // research firms and agencies quoted in wire stories
    {"JFE Steel, Sekisui Chemical and Tongwei expanded output.",
     {{"JFE Steel", "jfe-steel"}, {"Sekisui Chemical", "sekisui-chemical"}, {"Tongwei", "tongwei"}}},
    {"Economists at Capital Economics and Nomura expect a slowdown; NASA and JAXA agreed.",
     {{"Capital Economics", "capital-economics"}, {"Nomura", "nomura"}, {"NASA", "nasa"}, {"JAXA", ""}}},
    // a legal form alone names nothing; with a name before it, it does
    {"It sold the plant to a Joint Stock Company last year.", {}},
    {"Shares of Hanoi Cable Joint Stock Company rose.", {{"Hanoi Cable Joint Stock Company", ""}}},
    {"Hokuyo Magnet Works Co makes magnets. Shares of Hokuyo Magnet Works fell.",
     {{"Hokuyo Magnet Works Co", "hokuyo-magnet-works-co"}, {"Hokuyo Magnet Works", "hokuyo-magnet-works-co"}}},
    {"Nanbu Motor Corp said. Later, Nanbu Motor agreed.",
     {{"Nanbu Motor Corp", "nanbu-motor-corp"}, {"Nanbu Motor", "nanbu-motor-corp"}}},
    // units and divisions are organisations of their own; lower-case "unit" is a word
    {"We commend the RCEP Support Unit (RSU) for its work.", {{"RCEP Support Unit", ""}, {"RSU", ""}}},
    {"Contact the Trade and Investment Facilitation Division.", {{"Trade and Investment Facilitation Division", ""}}},
    {"The unit price fell.", {}},
    // a topic before "in" is no part of a name; a head before "in" keeps the place
    {"(4) Deepening Cooperation in Service Trade, Represented by Finance", {}},
    {"The Japanese Chamber of Commerce and Industry in Hong Kong said", {{"Japanese Chamber of Commerce and Industry in Hong Kong", ""}}},
    {"Mizuho Research & Technologies and Sony Semiconductor Solutions agreed.",
     {{"Mizuho Research & Technologies", ""}, {"Sony Semiconductor Solutions", ""}}},
    {"Hokuriku Precision Components Co will close a plant.", {{"Hokuriku Precision Components Co", ""}}},
    {"Toyota Motor Corp said so.", {{"Toyota Motor Corp", "toyota-motor-corporation"}}},  // a legal form: the same company
    // a name word before a known name that ends the longer one: another organisation
    {"The Industrial Bank of Korea and the Bank of Korea met.",
     {{"Industrial Bank of Korea", "industrial-bank-of-korea"}, {"Bank of Korea", "bank-of-korea"}}},
    {"the Business Development Bank of Canada (BDC) lends.",
     {{"Business Development Bank of Canada", "business-development-bank-of-canada"},
      {"BDC", "business-development-bank-of-canada"}}},
    {"Governor Ueda of the Bank of Japan spoke.", {{"Bank of Japan", "boj"}}},
    {"Thailand's Board of Investment (BOI) approved 30 projects.", {{"Board of Investment", ""}, {"BOI", ""}}},
    {"The Korea Customs Service said exports rose.", {{"Korea Customs Service", ""}}},
    // a place of another country before a known name makes another body
    {"The Australian Prudential Regulation Authority (APRA) said so.",
     {{"Australian Prudential Regulation Authority", "australian-prudential-regulation-authority"},
      {"APRA", "australian-prudential-regulation-authority"}}},
    {"The Chinese Ministry of Commerce replied.", {{"Chinese Ministry of Commerce", "ministry-of-commerce-china"}}},
    // Europe, the Americas and global bodies (orgs_europe_americas.tsv)
    {"The Financial Action Task Force (FATF) and HM Treasury met.",
     {{"Financial Action Task Force", "fatf"}, {"FATF", "fatf"}, {"HM Treasury", "hm-treasury"}}},
    // a hyphenated head: "Sub-Committee" heads a name as "Committee" does
    {"We call on the Sub-Committee on Customs Procedures (SCCP) to act.",
     {{"Sub-Committee on Customs Procedures", "sub-committee-on-customs-procedures"},
      {"SCCP", "sub-committee-on-customs-procedures"}}},
    {"A long-term plan and a co-chair were named.", {}},
    // APEC has a secretariat and is an organisation; the G20 and G7 are forums
    {"Ministers of the Asia-Pacific Economic Cooperation (APEC) met; the APEC Secretariat and the G20 too.",
     {{"Asia-Pacific Economic Cooperation", "apec"}, {"APEC", "apec"}, {"APEC Secretariat", "apec-secretariat"}}},
    {"Customer service improved.", {}},
    {"Hokuriku Denso Co will close a plant.", {{"Hokuriku Denso Co", "hokuriku-denso-co"}}},  // not Denso
    // media and companies added to the gazetteer
    {"Reuters reported that Samsung Electronics and SK hynix will invest.", {{"Reuters", "reuters"}, {"Samsung Electronics", "samsung-electronics"}, {"SK hynix", "sk-hynix"}}},
    {"The Ministry of Commerce said exports rose.", {{"Ministry of Commerce", "ministry-of-commerce-china"}}},
    {"MOFCOM data show a rise in investment.", {{"MOFCOM", "ministry-of-commerce-china"}}},
    {"Japan and China agreed to deepen trade.", {}},
    {"Tokyo hosted the talks, and Beijing welcomed them.", {}},
    {"Officials from Keidanren visited Beijing.", {{"Keidanren", "keidanren"}}},
    {"the Japan Business Federation (Keidanren) said", {{"Japan Business Federation", "keidanren"}, {"Keidanren", "keidanren"}}},
    {"The WTO ruled on the case.", {{"WTO", "wto"}}},
    {"ROADBLOCK AHEAD", {}},
    {"The ADB approved a loan to Laos.", {{"ADB", "adb"}}},
    {"Open the adb file first.", {}},
    {"The Regional Comprehensive Economic Partnership (RCEP) entered into force.", {}},
    {"Japanese firms joined the China International Import Expo.", {}},
    {"Osaka will host Expo 2025 next spring.", {}},
    {"The Center for China & Globalization (CCG) released a report. CCG also said trade grew.",
     {{"Center for China & Globalization", "ccg"}, {"CCG", "ccg"}, {"CCG", "ccg"}}},
    {"Foreign Minister Wang Yi met the press.", {}},
    {"Minister of Foreign Affairs Takeshi Iwaya spoke first.", {}},
    {"The Bank of Japan kept rates unchanged.", {{"Bank of Japan", "boj"}}},
    {"The People's Bank of China cut the reserve ratio.", {{"People's Bank of China", "pboc"}}},
    // a possessive between two headed names names the owner and its unit; People's is inside a name
    {"said Gao Ming of the Chinese Academy of Social Sciences' Institute of Japanese Studies.",
     {{"Chinese Academy of Social Sciences", "cass"}, {"Institute of Japanese Studies", "institute-of-japanese-studies"}}},
    {"He met the Kansai Economic Federation (Kankeiren) and spoke to Phoenix TV and Olympus.",
     {{"Kansai Economic Federation", "kankeiren"}, {"Kankeiren", "kankeiren"}, {"Phoenix TV", "phoenix-tv"},
      {"Olympus", "olympus"}}},
    // the name of a law that holds a head word names no organisation
    {"items subject to the Export Administration Regulations (EAR)", {}},
    // a company's own board names no organisation of its own
    {"Tokyo Electron said its Board of Directors resolved to repurchase shares.", {{"Tokyo Electron", "tokyo-electron"}}},
    {"the Dujiangyan Municipal People's Government announced",
     {{"Dujiangyan Municipal People's Government", "dujiangyan-municipal-peoples-government"}}},
    {"The Japan External Trade Organization (JETRO) opened an office.",
     {{"Japan External Trade Organization", "jetro"}, {"JETRO", "jetro"}}},
    {"Toyota and Honda expanded output.", {{"Toyota", "toyota-motor-corporation"}, {"Honda", "honda"}}},
    {"Mitsubishi Corporation and Mitsui & Co. signed deals.",
     {{"Mitsubishi Corporation", "mitsubishi-corporation"}, {"Mitsui & Co.", "mitsui-and-co"}}},
    {"The Asian Infrastructure Investment Bank (AIIB) lent more.",
     {{"Asian Infrastructure Investment Bank", "aiib"}, {"AIIB", "aiib"}}},
    {"The International Monetary Fund raised its forecast.", {{"International Monetary Fund", "imf"}}},
    {"ASEAN members met in Jakarta.", {{"ASEAN", "asean"}}},
    {"leaders of the Association of Southeast Asian Nations", {{"Association of Southeast Asian Nations", "asean"}}},
    {"The Japan-China Friendship Parliamentarians' Union met on Friday.",
     {{"Japan-China Friendship Parliamentarians' Union", "japan-china-friendship-parliamentarians-union"}}},
    {"the Japanese Chamber of Commerce and Industry in China released its white paper",
     {{"Japanese Chamber of Commerce and Industry in China", "japanese-chamber-of-commerce-and-industry-in-china"}}},
    {"the Osaka Chamber of Commerce and Industry hosted a seminar",
     {{"Osaka Chamber of Commerce and Industry", "osaka-chamber-of-commerce-and-industry"}}},
    {"the Shanghai Institute for International Studies published a study",
     {{"Shanghai Institute for International Studies", "shanghai-institute-for-international-studies"}}},
    {"Researchers at Tsinghua University said", {{"Tsinghua University", "tsinghua-university"}}},
    {"The University of Tokyo and Peking University signed a memorandum.",
     {{"University of Tokyo", "university-of-tokyo"}, {"Peking University", "peking-university"}}},
    {"The ministry said it would respond.", {}},
    {"Ministry officials declined to comment.", {}},
    {"Chinese Premier Li Qiang attended the ceremony.", {}},
    {"The China-Japan-ROK Free Trade Agreement talks resumed.", {}},
    {"projects under the Belt and Road Initiative", {}},
    {"The Boao Forum for Asia opened on Tuesday.", {}},
    {"a member of the Political Bureau of the CPC Central Committee",
     {{"Political Bureau of the CPC Central Committee", "cpc-politburo"}}},
    {"the National People's Congress (NPC) adopted the law",
     {{"National People's Congress", "npc"}, {"NPC", "npc"}}},
    {"the State-owned Assets Supervision and Administration Commission of the State Council (SASAC) said",
     {{"State-owned Assets Supervision and Administration Commission of the State Council", "sasac"}, {"SASAC", "sasac"}}},
    {"Panasonic Holdings Corporation reported higher profits.", {{"Panasonic Holdings Corporation", "panasonic-holdings"}}},
    {"The Federal Reserve raised rates again.", {{"Federal Reserve", "federal-reserve"}}},
    {"Huawei and Tencent invested in the fund.", {{"Huawei", "huawei"}, {"Tencent", "tencent"}}},
    {"Xinhua News Agency reported the visit.", {{"Xinhua News Agency", "xinhua"}}},
    {"The Chinese Embassy in Japan issued a statement.", {{"Chinese Embassy in Japan", "embassy-of-china-in-japan"}}},
    {"The Tokyo-based Institute for Asian Commerce Studies (IACS) said costs rose.",
     {{"Institute for Asian Commerce Studies", "institute-for-asian-commerce-studies"},
      {"IACS", "institute-for-asian-commerce-studies"}}},
    {"its Global Markets, Research, and Trading Department (GMRT) was launched",
     {{"Global Markets, Research, and Trading Department", "global-markets-research-and-trading-department"},
      {"GMRT", "global-markets-research-and-trading-department"}}},
    {"the Ministry of Economy, Trade and Industry (METI) said", {{"Ministry of Economy, Trade and Industry", "meti"}, {"METI", "meti"}}},
    {"the Ministry of Economy, Trade and\nIndustry said", {{"Ministry of Economy, Trade and\nIndustry", "meti"}}},
    {"The U.S. Department of Commerce added firms to its list.", {{"U.S. Department of Commerce", "us-department-of-commerce"}}},
    {"The Liberal Democratic Party (LDP) won the vote.", {{"Liberal Democratic Party", "ldp"}, {"LDP", "ldp"}}},
    {"The China Council for the Promotion of International Trade and the Japan-China Economic Association signed it.",
     {{"China Council for the Promotion of International Trade", "ccpit"},
      {"Japan-China Economic Association", "japan-china-economic-association"}}},
    {"In March the State Council issued guidelines.", {{"State Council", "state-council-china"}}},
    {"Exports saw a sharp rise.", {}},
    {"JETRO's Beijing office said", {{"JETRO", "jetro"}}},
    // trade and export-credit bodies of the UK and Australia
    {"HM Revenue & Customs (HMRC) and UK Export Finance will help.",
     {{"HM Revenue & Customs", "hmrc"}, {"HMRC", "hmrc"}, {"UK Export Finance", "ukef"}}},
    {"Trade rose 6.2% on the previous year (ONS).", {{"ONS", "office-for-national-statistics"}}},
    {"Austrade and Export Finance Australia opened desks.",
     {{"Austrade", "austrade"}, {"Export Finance Australia", "export-finance-australia"}}},
    {"China's Ministry of Commerce said", {{"Ministry of Commerce", "ministry-of-commerce-china"}}},
    {"the Chinese Ministry of Commerce said", {{"Chinese Ministry of Commerce", "ministry-of-commerce-china"}}},
    {"Japan's Council of Local Authorities for International Relations runs the programme.",
     {{"Council of Local Authorities for International Relations", "clair"}}},
    {"Nissan Motor Co. and BYD compete.", {{"Nissan Motor Co.", "nissan"}, {"BYD", "byd"}}},
    {"the Chengdu Municipal People's Government", {{"Chengdu Municipal People's Government", "chengdu-municipal-peoples-government"}}},
    {"Mr. Tanaka of Mizuho Bank said", {{"Mizuho Bank", "mizuho-bank"}}},
    {"the General Office of the State Council issued", {{"General Office of the State Council", "general-office-of-the-state-council"}}},
    {"Panasonic and Mitsubishi Electric Corporation", {{"Panasonic", "panasonic-holdings"}, {"Mitsubishi Electric Corporation", "mitsubishi-electric"}}},
    {"Both Keidanren Chairman Masakazu Tokura and Vice Chairman spoke.", {{"Keidanren", "keidanren"}}},
    {"ＪＥＴＲＯ said", {{"ＪＥＴＲＯ", "jetro"}}},
    {"The Asia and Oceania Affairs Bureau of MOFA briefed reporters.",
     {{"Asia and Oceania Affairs Bureau", "asia-and-oceania-affairs-bureau"}, {"MOFA", "mofa-japan"}}},
    {"The Bureau of MOFA said", {{"MOFA", "mofa-japan"}}},
    {"He spoke at the Japan National Press Club on Monday.", {{"Japan National Press Club", "japan-national-press-club"}}},
};

TEST_CASE("org examples: English", "[org]") {
  REQUIRE(kEnglish.size() >= 50);
  CheckOrgExamples(kEnglish, "en");
}

}  // namespace
}  // namespace dossier::test
