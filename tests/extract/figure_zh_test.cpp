// Chinese figures (simplified and traditional): text -> value, unit, approx,
// change. Written from the language (communiqué and news Chinese).
#include <tuple>

#include "tests/extract/figure_test_util.h"

using dossier::test::CheckFigureRow;
using dossier::test::FigureRow;

TEST_CASE("Simplified Chinese figures", "[figure][zh-Hans]") {
  const FigureRow rows[] = {
      {"两国贸易额达3180亿美元。", "3180亿美元", 3.18e11, "USD", "exact", ""},
      {"进口额同比下降10.7%。", "10.7%", 10.7, "%", "exact", "down"},
      {"出口同比增长5.2%。", "5.2%", 5.2, "%", "exact", "up"},
      {"贸易额同比减少百分之十点七。", "百分之十点七", 10.7, "%", "exact", "down"},
      {"两国贸易额增长300多倍。", "300多倍", 300, "x", "over", "up"},
      {"贸易额超过3000亿美元。", "超过3000亿美元", 3e11, "USD", "over", ""},
      {"始终保持在三千亿美元以上。", "三千亿美元以上", 3e11, "USD", "over", ""},
      {"访日中国游客约700万人次。", "约700万人次", 7e6, "count", "about", ""},
      {"已恢复至疫情前水平的七成左右。", "七成左右", 70, "%", "about", ""},
      {"日本在华设立企业超过5.7万家。", "超过5.7万家", 57000, "count", "over", ""},
      // 超過 after a count opens the next figure, it qualifies none before it
      {"新廠總投資額為7,320億日圓，三座廠加起來超過1.2兆日圓。", "超過1.2兆日圓", 1.2e12, "JPY", "over", ""},
      {"实际使用日资逾1300亿美元。", "逾1300亿美元", 1.3e11, "USD", "over", ""},
      {"双方签署了7份合作文件。", "7份合作文件", 7, "count", "exact", ""},
      {"两国已建立友好城市二百六十余对。", "二百六十余对", 260, "count", "over", ""},
      {"两国缔结了260对友好城市。", "260对友好城市", 260, "count", "exact", ""},
      {"15个政府部门的负责人出席。", "15个政府部门", 15, "count", "exact", ""},
      // the counted noun ends where a verb begins
      {"共有十五个国家参加了会议。", "十五个国家", 15, "count", "exact", ""},
      {"预计吸引约500家企业参与。", "约500家企业", 500, "count", "about", ""},
      // a few major kinds or aspects
      {"投资聚焦三大领域。", "三大领域", 3, "count", "exact", ""},
      {"商务部将重点抓好三方面工作。", "三方面工作", 3, "count", "exact", ""},
      {"将纸质材料一式两份报送商务主管部门。", "两份", 2, "count", "exact", ""},  // 报送 is a verb, not the noun
      {"进出口总值41.76万亿元。", "41.76万亿元", 4.176e13, "CNY", "exact", ""},
      // physical units of tariff lines and product specs, and votes
      {"气缸容量超过1500毫升，但不超过2000毫升的车辆。", "不超过2000毫升", 2000, "mL", "under", ""},
      {"宽度在600毫米及以上的板材。", "600毫米及以上", 600, "mm", "over", ""},
      // a zero written in digits is a count reported: the votes against
      {"会议以9票同意、0票反对、0票弃权审议通过了该议案。", "0票", 0, "count", "exact", ""},
      // wafer sizes in inches
      {"公司将继续推进12英寸产能建设。", "12英寸", 12, "in", "exact", ""},
      {"在宮城縣興建12吋晶圓廠。", "12吋", 12, "in", "exact", ""},
      {"输入功率不超过750瓦的电动机。", "不超过750瓦", 750, "W", "under", ""},
      {"制冷量不超过4000大卡/时的空调。", "不超过4000大卡/时", 4000, "kcal/h", "under", ""},
      {"表决结果：9票同意。", "9票", 9, "count", "exact", ""},
      {"设立2000亿元人民币的基金。", "2000亿元人民币", 2e11, "CNY", "exact", ""},
      // "/" between the same amount in two currencies
      {"规模为1800亿元人民币/1100亿林吉特。", "1100亿林吉特", 1.1e11, "MYR", "exact", ""},
      {"马来西亚吸引投资320亿令吉。", "320亿令吉", 3.2e10, "MYR", "exact", ""},
      {"日方投资1.2万亿日元。", "1.2万亿日元", 1.2e12, "JPY", "exact", ""},
      {"印制宣传册二十万份。", "二十万份", 2e5, "count", "exact", ""},
      {"共举办活动一百多项。", "一百多项", 100, "count", "over", ""},
      {"投资额约11亿美元。", "约11亿美元", 1.1e9, "USD", "about", ""},
      {"规模扩大了近2倍。", "近2倍", 2, "x", "under", "up"},
      {"日本占其中的五分之一。", "五分之一", 20, "%", "exact", ""},
      {"三分之二的企业表示满意。", "三分之二", 66.667, "%", "exact", ""},
      {"比重提高了4.7个百分点。", "4.7个百分点", 4.7, "pp", "exact", "up"},
      {"存款准备金率下调50个基点。", "50个基点", 0.5, "pp", "exact", "down"},
      // a percentage written with its sign is a change
      {"與東盟貿易按年變幅為+3.5%。", "3.5%", 3.5, "%", "exact", "up"},
      {"出口按年變幅 -5.3%。", "5.3%", 5.3, "%", "exact", "down"},
      {"占比下降了9个百分点左右。", "9个百分点左右", 9, "pp", "about", "down"},
      {"计划撤出的企业不足一成。", "不足一成", 10, "%", "under", ""},
      {"五成以上的企业计划扩大投资。", "五成以上", 50, "%", "over", ""},
      {"企业数量增加约两成。", "约两成", 20, "%", "about", "up"},
      {"将近500名代表出席会议。", "将近500名", 500, "count", "under", ""},
      {"降幅不到1%。", "不到1%", 1, "%", "under", ""},
      {"约合二百四十万元人民币。", "约合二百四十万元人民币", 2.4e6, "CNY", "about", ""},
      {"资助不少于五千万日元。", "不少于五千万日元", 5e7, "JPY", "over", ""},
      {"共有888家新企业。", "888家", 888, "count", "exact", ""},
      {"双方签署了12项协议。", "12项", 12, "count", "exact", ""},
      {"中欧班列全年开行512列。", "512列", 512, "count", "exact", ""},
      // a half with a qualifier is 50 percent
      {"民营企业进出口占比首次超过一半。", "超过一半", 50, "%", "over", ""},
      {"机电产品占出口总额的一半以上。", "一半以上", 50, "%", "over", ""},
      {"近一半受访企业计划扩大投资。", "近一半", 50, "%", "under", ""},
      {"年产钢材3.5万吨。", "3.5万吨", 35000, "t", "exact", ""},
      {"新建铁路500公里。", "500公里", 500, "km", "exact", ""},
      {"园区面积120平方公里。", "120平方公里", 120, "km2", "exact", ""},
      {"装机容量达300万千瓦。", "300万千瓦", 3e6, "kW", "exact", ""},
      {"欧方出资20亿欧元。", "20亿欧元", 2e9, "EUR", "exact", ""},
      {"韩方投资5000亿韩元。", "5000亿韩元", 5e11, "KRW", "exact", ""},
      {"发行38亿港元债券。", "38亿港元", 3.8e9, "HKD", "exact", ""},
      {"顺差比去年同期扩大约1.2万亿元。", "约1.2万亿元", 1.2e12, "CNY", "about", "up"},  // 扩大 + 约, not 大约
      {"我们计划将通关时间再压缩5%。", "5%", 5, "%", "exact", "down"},
      {"利润增长了3.1%。", "3.1%", 3.1, "%", "exact", "up"},
      {"收入比上年增长8%。", "8%", 8, "%", "exact", "up"},
      {"投资较上年下降2.5%。", "2.5%", 2.5, "%", "exact", "down"},
      {"订单同比增加15%。", "15%", 15, "%", "exact", "up"},
      {"日资企业占比达到64.9%。", "64.9%", 64.9, "%", "exact", ""},
      {"预计参会人员达1.2万人。", "1.2万人", 12000, "count", "exact", ""},
      {"约120名日本企业界代表参加。", "约120名", 120, "count", "about", ""},
      {"吸引游客二十万人。", "二十万人", 2e5, "count", "exact", ""},
      {"贸易总额为三千一百八十亿美元。", "三千一百八十亿美元", 3.18e11, "USD", "exact", ""},
      {"其中百分之五十来自日本。", "百分之五十", 50, "%", "exact", ""},
      {"青年交流达一万二千人次。", "一万二千人次", 12000, "count", "exact", ""},
      {"全年往来超过一千二百万人次。", "超过一千二百万人次", 1.2e7, "count", "over", ""},
      {"吸引300余家企业参展。", "300余家", 300, "count", "over", ""},
      {"中国人口约16亿。", "约16亿", 1.6e9, "count", "about", ""},
      {"追加投资逾4亿元人民币。", "逾4亿元人民币", 4e8, "CNY", "over", ""},
      {"出口额是十年前的2倍。", "2倍", 2, "x", "exact", ""},
      {"销量增长1.5倍。", "1.5倍", 1.5, "x", "exact", "up"},
      {"举办对接会三场。", "三场", 3, "count", "exact", ""},
      {"来自6个国家的代表。", "6个国家", 6, "count", "exact", ""},
      {"覆盖100多个城市。", "100多个城市", 100, "count", "over", ""},
      {"四成以上的受访者表示乐观。", "四成以上", 40, "%", "over", ""},
      {"出境游达2.5亿人次。", "2.5亿人次", 2.5e8, "count", "exact", ""},
      {"设备出口亦增长近一成。", "近一成", 10, "%", "under", "up"},
      {"人民币对日元结算额约500亿元。", "约500亿元", 5e10, "CNY", "about", ""},
      {"价值¥300亿的订单。", "¥300亿", 3e10, "CNY", "exact", ""},
      {"百余家企业参展。", "百余家", 100, "count", "over", ""},
      {"贸易额约为3180亿美元。", "约为3180亿美元", 3.18e11, "USD", "about", ""},
      {"提出了五个方面二十四条措施。", "二十四条", 24, "count", "exact", ""},
      {"较上年的约243万人次增加近2倍。", "约243万人次", 2.43e6, "count", "about", ""},
      {"受访企业中约三分之二计划扩大投资。", "约三分之二", 66.667, "%", "about", ""},
      {"新能源车出口占比达三成半左右。", "三成半左右", 35, "%", "about", ""},
      {"近五成的受访外资企业看好前景。", "近五成", 50, "%", "under", ""},
      {"利润率提高了一成左右。", "一成左右", 10, "%", "about", "up"},
      {"展会吸引近千家企业参展。", "近千家企业", 1000, "count", "under", ""},
      // a bare 千 after a word for a total is a number (not 老百姓, 数百)
      {"项目投资总额千亿元。", "千亿元", 1e11, "CNY", "exact", ""},
      {"活动共计千余人参加。", "千余人", 1000, "count", "over", ""},
      {"带动就业超过百万人。", "超过百万人", 1e6, "count", "over", ""},
      {"双方签署了12项合作协议。", "12项", 12, "count", "exact", ""},
      {"已处理投诉案件三百件。", "三百件", 300, "count", "exact", ""},
      {"跨境电商规模五年间翻了一番。", "翻了一番", 2, "x", "exact", "up"},
      {"力争到2030年产值翻两番。", "翻两番", 4, "x", "exact", "up"},
      // 国 counts after digits; 兆 before 瓦 is mega; 标箱 is TEU
      {"中国与东盟10国领导人会晤。", "10国", 10, "count", "exact", ""},
      {"建成约1000兆瓦的光伏电站。", "约1000兆瓦", 1000, "MW", "about", ""},
      {"集装箱吞吐量96万标箱。", "96万标箱", 9.6e5, "TEU", "exact", ""},
      {"因此3家企业退出市场。", "3家企业", 3, "count", "exact", ""},  // 此 ends 因此: no demonstrative
  };
  for (const FigureRow& row : rows) CheckFigureRow(row, "zh-Hans");
}

TEST_CASE("Traditional Chinese figures", "[figure][zh-Hant]") {
  const FigureRow rows[] = {
      {"較去年同期成長18.6%。", "18.6%", 18.6, "%", "exact", "up"},
      // Taiwan's 碼 after a rate is a quarter point
      {"美國聯準會決議再降息1碼。", "1碼", 0.25, "pp", "exact", "down"},
      // a bare rate after "X兌Y" is an amount of Y
      {"9月底美元兌港元匯率報7.8125。", "7.8125", 7.8125, "HKD", "exact", ""},
      {"人民币兑日元汇率中间价为20.95，较上日上涨。", "20.95", 20.95, "JPY", "exact", ""},
      {"央行升息2碼。", "2碼", 0.5, "pp", "exact", "up"},
      {"電子零組件出口成長逾三成。", "逾三成", 30, "%", "over", "up"},
      {"出口較上年衰退7.2%。", "7.2%", 7.2, "%", "exact", "down"},
      {"兩國貿易額達3180億美元。", "3180億美元", 3.18e11, "USD", "exact", ""},
      {"進口額同比下降10.7%。", "10.7%", 10.7, "%", "exact", "down"},
      {"出口同比增長5.2%。", "5.2%", 5.2, "%", "exact", "up"},
      {"貿易額同比減少百分之十點七。", "百分之十點七", 10.7, "%", "exact", "down"},
      {"兩國貿易額增長300多倍。", "300多倍", 300, "x", "over", "up"},
      {"貿易額超過3000億美元。", "超過3000億美元", 3e11, "USD", "over", ""},
      {"始終保持在三千億美元以上。", "三千億美元以上", 3e11, "USD", "over", ""},
      {"訪日遊客約700萬人次。", "約700萬人次", 7e6, "count", "about", ""},
      {"已恢復至疫情前水平的七成左右。", "七成左右", 70, "%", "about", ""},
      {"在港設立企業超過5.7萬家。", "超過5.7萬家", 57000, "count", "over", ""},
      {"實際投資逾1300億美元。", "逾1300億美元", 1.3e11, "USD", "over", ""},
      {"雙方簽署了7份合作文件。", "7份合作文件", 7, "count", "exact", ""},
      {"15個政府部門的負責人出席。", "15個政府部門", 15, "count", "exact", ""},
      {"進出口總值41.76萬億元。", "41.76萬億元", 4.176e13, "CNY", "exact", ""},
      {"設立2000億元人民幣的基金。", "2000億元人民幣", 2e11, "CNY", "exact", ""},
      {"日方投資1.2萬億日圓。", "1.2萬億日圓", 1.2e12, "JPY", "exact", ""},
      {"印製宣傳冊二十萬份。", "二十萬份", 2e5, "count", "exact", ""},
      {"共舉辦活動一百多項。", "一百多項", 100, "count", "over", ""},
      {"投資額約11億美元。", "約11億美元", 1.1e9, "USD", "about", ""},
      {"規模擴大了近2倍。", "近2倍", 2, "x", "under", "up"},
      {"日本佔其中的五分之一。", "五分之一", 20, "%", "exact", ""},
      {"三分之二的企業表示滿意。", "三分之二", 66.667, "%", "exact", ""},
      {"比重提高了4.7個百分點。", "4.7個百分點", 4.7, "pp", "exact", "up"},
      {"佔比下降了9個百分點左右。", "9個百分點左右", 9, "pp", "about", "down"},
      {"計劃撤出的企業不足一成。", "不足一成", 10, "%", "under", ""},
      {"五成以上的企業計劃擴大投資。", "五成以上", 50, "%", "over", ""},
      {"企業數量增加約兩成。", "約兩成", 20, "%", "about", "up"},
      {"將近500名代表出席會議。", "將近500名", 500, "count", "under", ""},
      {"降幅不到1%。", "不到1%", 1, "%", "under", ""},
      {"約合二百四十萬元人民幣。", "約合二百四十萬元人民幣", 2.4e6, "CNY", "about", ""},
      {"資助不少於五千萬日圓。", "不少於五千萬日圓", 5e7, "JPY", "over", ""},
      {"共有888家新企業。", "888家", 888, "count", "exact", ""},
      {"雙方簽署了12項協議。", "12項", 12, "count", "exact", ""},
      {"年產鋼材3.5萬噸。", "3.5萬噸", 35000, "t", "exact", ""},
      {"新建鐵路500公里。", "500公里", 500, "km", "exact", ""},
      {"園區面積120平方公里。", "120平方公里", 120, "km2", "exact", ""},
      {"裝機容量達300萬千瓦。", "300萬千瓦", 3e6, "kW", "exact", ""},
      {"歐方出資20億歐元。", "20億歐元", 2e9, "EUR", "exact", ""},
      {"韓方投資5000億韓元。", "5000億韓元", 5e11, "KRW", "exact", ""},
      {"發行38億港元債券。", "38億港元", 3.8e9, "HKD", "exact", ""},
      // Hong Kong cents, and millions written 百萬 after a decimal
      {"宣派中期股息每股8.0港仙。", "8.0港仙", 0.08, "HKD", "exact", ""},
      {"收益約人民幣1,286.5百萬元。", "約人民幣1,286.5百萬元", 1.2865e9, "CNY", "about", ""},
      {"每年舉辦最少兩場推介會。", "最少兩場推介會", 2, "count", "over", ""},
      {"增速放緩1.8個百分點。", "1.8個百分點", 1.8, "pp", "exact", "down"},
      {"利潤增長了3.1%。", "3.1%", 3.1, "%", "exact", "up"},
      {"收入比上年增長8%。", "8%", 8, "%", "exact", "up"},
      {"投資較上年下降2.5%。", "2.5%", 2.5, "%", "exact", "down"},
      {"訂單同比增加15%。", "15%", 15, "%", "exact", "up"},
      {"日資企業佔比達到64.9%。", "64.9%", 64.9, "%", "exact", ""},
      {"預計參會人員達1.2萬人。", "1.2萬人", 12000, "count", "exact", ""},
      {"約120名日本企業界代表參加。", "約120名", 120, "count", "about", ""},
      {"吸引遊客二十萬人。", "二十萬人", 2e5, "count", "exact", ""},
      {"貿易總額為三千一百八十億美元。", "三千一百八十億美元", 3.18e11, "USD", "exact", ""},
      {"其中百分之五十來自日本。", "百分之五十", 50, "%", "exact", ""},
      {"青年交流達一萬二千人次。", "一萬二千人次", 12000, "count", "exact", ""},
      {"全年往來超過一千二百萬人次。", "超過一千二百萬人次", 1.2e7, "count", "over", ""},
      {"吸引300餘家企業參展。", "300餘家", 300, "count", "over", ""},
      {"人口約16億。", "約16億", 1.6e9, "count", "about", ""},
      {"追加投資逾4億元人民幣。", "逾4億元人民幣", 4e8, "CNY", "over", ""},
      {"銷量增長1.5倍。", "1.5倍", 1.5, "x", "exact", "up"},
      {"舉辦對接會三場。", "三場", 3, "count", "exact", ""},
      {"來自6個國家的代表。", "6個國家", 6, "count", "exact", ""},
      {"覆蓋100多個城市。", "100多個城市", 100, "count", "over", ""},
      {"四成以上的受訪者表示樂觀。", "四成以上", 40, "%", "over", ""},
      {"約六成受訪企業實現盈利。", "約六成", 60, "%", "about", ""},
      {"出境遊達2.5億人次。", "2.5億人次", 2.5e8, "count", "exact", ""},
      {"捐款500萬港元。", "500萬港元", 5e6, "HKD", "exact", ""},
      {"本地生產總值為2,013.8億澳門元。", "2,013.8億澳門元", 2.0138e11, "MOP", "exact", ""},
      {"旅客人均消費為2,011澳門元。", "2,011澳門元", 2011, "MOP", "exact", ""},
      {"展館面積約3.5萬平方米。", "約3.5萬平方米", 35000, "m2", "about", ""},
      {"離岸風電累計容量提升至2,060萬瓩。", "2,060萬瓩", 2.06e7, "kW", "exact", ""},  // Taiwan's 瓩 is kW
      {"融資300億新台幣。", "300億新台幣", 3e10, "TWD", "exact", ""},
      {"投資新臺幣300億元。", "新臺幣300億元", 3e10, "TWD", "exact", ""},
      {"千餘人到場。", "千餘人", 1000, "count", "over", ""},
      {"設備出口亦增長近一成。", "近一成", 10, "%", "under", "up"},
      {"合計約54億美元，同比增長約18%。", "約18%", 18, "%", "about", "up"},
      {"逾六百人出席。", "逾六百人", 600, "count", "over", ""},
      {"目前有逾八百間日資餐廳在港營業。", "逾八百間日資餐廳", 800, "count", "over", ""},
      {"共有三十六間日本公司參展。", "三十六間日本公司", 36, "count", "exact", ""},
      {"兩家航空公司每週增加十四班。", "十四班", 14, "count", "exact", "up"},
      {"海關去年偵破走私案三百多宗。", "三百多宗", 300, "count", "over", ""},
      {"港口本月停泊貨輪二十艘。", "二十艘", 20, "count", "exact", ""},
      {"機場新增直航客機六架。", "六架", 6, "count", "exact", ""},
      {"其中四成半為中小企業。", "四成半", 45, "%", "exact", ""},
      {"把服務券數目增至12,000張。", "12,000張", 12000, "count", "exact", ""},  // 增至: the level reached
      {"推出三幅用地。", "三幅", 3, "count", "exact", ""},
      {"超級計算中心算力達3,000PFLOPS。", "3,000PFLOPS", 3000, "PFLOPS", "exact", ""},
  };
  for (const FigureRow& row : rows) CheckFigureRow(row, "zh-Hant");
}

TEST_CASE("Chinese counts end where a verb begins", "[figure][zh-Hans]") {
  // The span and `of` stop before 参加/参与/參與 and the like.
  const std::vector<std::tuple<std::string, std::string, std::string, std::string>> rows = {
      {"zh-Hans", "共有十五个国家参加了会议。", "十五个国家", "国家"},
      {"zh-Hans", "预计吸引约500家企业参与。", "约500家企业", "企业"},
      {"zh-Hant", "預計吸引約500家企業參與。", "約500家企業", "企業"},
      {"zh-Hans", "共有300多家参展商。", "300多家参展商", "参展商"},  // a noun that starts like a verb
      {"zh-Hans", "代表约80人出席。", "约80人", "人"},
  };
  for (const auto& [lang, text, span, of] : rows) {
    dossier::Document doc = dossier::test::OneParagraph(text, lang);
    std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
    INFO(text);
    REQUIRE(facts.size() == 1);
    CHECK(facts[0].text == span);
    CHECK(facts[0].attrs.value("of", std::string()) == of);
  }
}

TEST_CASE("超過 after a counted noun opens the next figure, no over of the count before", "[figure][zh-Hant]") {
  dossier::Document doc = dossier::test::OneParagraph("兩座廠加起來超過1.2兆日圓。", "zh-Hant");
  for (const dossier::Fact& f : dossier::test::Figures(doc)) {
    INFO(f.text);
    if (f.attrs.value("unit", std::string()) == "count") CHECK(f.attrs.value("approx", std::string()) != "over");
    CHECK(f.text.find("超") != f.text.size() - 3);  // no figure ends in 超
  }
}

TEST_CASE("Chinese 约 that ends a word is no qualifier", "[figure][zh-Hans]") {
  for (const std::string text : {"合作项目共签约12个。", "双方签约15个项目。"}) {
    dossier::Document doc = dossier::test::OneParagraph(text, "zh-Hans");
    std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
    INFO(text);
    REQUIRE(facts.size() == 1);
    CHECK((facts[0].text.rfind("12", 0) == 0 || facts[0].text.rfind("15", 0) == 0));
    CHECK(facts[0].attrs.value("approx", std::string()) == "exact");
  }
  dossier::Document doc = dossier::test::OneParagraph("投资额约11亿美元。", "zh-Hans");
  std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].attrs.value("approx", std::string()) == "about");
}

// Taiwan, Macao and Hong Kong texts write a bare 元 for their own dollar once
// they have named it, or when they are about the place: the document
// decides, not the paragraph.
TEST_CASE("A bare 元 in traditional Chinese is the dollar the document names", "[figure][zh-Hant]") {
  struct Case {
    const char* first;   // the paragraph that names the currency
    const char* second;  // a bare 元 amount in another paragraph
    const char* lang;
    const char* unit;
  };
  const Case cases[] = {
      {"日商投資金額達新臺幣812.6億元。", "東京威力科創擬斥資120億元擴建據點。", "zh-Hant", "TWD"},
      {"展會成交額約3億澳門元。", "另有意向金額約5億元。", "zh-Hant", "MOP"},
      {"本港出口貨值為4,000億港元。", "轉口貨值約300億元。", "zh-Hant", "HKD"},
      {"两岸贸易额以新台币计。", "进口额为120亿元。", "zh-Hans", "CNY"},  // simplified: the renminbi
      {"全年出口增長5%。", "投資總額120億元。", "zh-Hant", "CNY"},      // no dollar named
      {"出口貨值為4,000億港元，轉口約300億港元，較新臺幣計價者為多。", "轉口貨值約300億元。", "zh-Hant", "HKD"},  // the most named
      // no dollar named: the place named most, three times at least and more often than 人民幣
      {"香港經濟增長，香港出口上升，香港將發行人民幣債券。", "政府開支為7,920億元。", "zh-Hant", "HKD"},
      {"香港與內地合作，香港銀行以人民幣、人民幣及人民幣結算。", "投資總額120億元。", "zh-Hant", "CNY"},
  };
  for (const Case& c : cases) {
    dossier::Document doc;
    doc.path = "example.txt";
    doc.text = std::string(c.first) + "\n\n" + c.second;
    for (const auto& [start, end] : {std::pair<size_t, size_t>{0, std::string(c.first).size()},
                                     std::pair<size_t, size_t>{doc.text.size() - std::string(c.second).size(),
                                                               doc.text.size()}}) {
      dossier::Segment seg;
      seg.kind = dossier::SegmentKind::kParagraph;
      seg.span = {start, end};
      seg.lang = c.lang;
      seg.sentences.push_back(seg.span);
      doc.segments.push_back(seg);
    }
    std::vector<dossier::Fact> facts = dossier::test::Figures(doc);
    INFO(c.second);
    REQUIRE(!facts.empty());
    const dossier::Fact& last = facts.back();  // the amount in the second paragraph
    CHECK(last.span.start >= doc.text.size() - std::string(c.second).size());
    CHECK(last.attrs.value("unit", std::string()) == c.unit);
  }
}
