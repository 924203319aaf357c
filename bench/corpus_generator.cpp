#include "bench/corpus_generator.h"

#include <cstdio>

namespace dossier::bench {
namespace {

// Sentence pools. Slots: {ORG} organisation, {NUM} small count, {BIG} large
// figure with scale, {PCT} percentage, {YEAR} year, {MONTH} month number,
// {DAY} day, {ACTOR} who commits, {TOPIC} a field of cooperation.
struct Pools {
  std::vector<std::string> titles, sentences, orgs, actors, topics;
};

const Pools& PoolsFor(const std::string& lang) {
  static const Pools en = {
      {"China and Japan Hold Talks on {TOPIC}", "Remarks on Economic Cooperation in {TOPIC}",
       "Joint Press Release on {TOPIC} and Trade", "Interview: The Outlook for {TOPIC}"},
      {"In {YEAR}, bilateral trade reached ${BIG} billion, up {PCT}% year on year.",
       "The {ORG} said that more than {NUM} companies had joined the programme by {MONTHNAME} {DAY}, {YEAR}.",
       "{ACTOR} agreed to strengthen cooperation in {TOPIC} and to resume the dialogue next year.",
       "{ACTOR} should expand market access and eliminate discriminatory restrictions in {TOPIC}.",
       "Exports to Japan fell {PCT}% to {BIG} billion yuan, while imports rose {PCT}%.",
       "According to the {ORG}, nearly {NUM} new enterprises were established in the first quarter.",
       "The two sides will hold the next round of consultations in {MONTHNAME} {YEAR}.",
       "Investors invested about ${BIG} million in {TOPIC} projects over the past {NUM} years.",
       "{ACTOR} plans to host a forum on {TOPIC} with {NUM} participating organisations.",
       "The {ORG} reaffirmed its commitment to a rules-based multilateral trading system."},
      {"Ministry of Commerce", "Japan External Trade Organization", "Keidanren", "World Trade Organization",
       "China Council for the Promotion of International Trade", "Bank of Japan", "Japan-China Economic Association"},
      {"Both sides", "The two countries", "China and Japan", "The Japanese side", "Wang Yi"},
      {"green development", "the digital economy", "supply chains", "healthcare", "tourism", "hydrogen energy"}};
  static const Pools zh_hans = {
      {"中日两国就{TOPIC}举行会谈", "关于{TOPIC}合作的讲话", "中日{TOPIC}合作联合新闻公报"},
      {"{YEAR}年，中日贸易额达到{BIG}亿美元，同比增长{PCT}%。",
       "据{ORG}统计，截至{YEAR}年{MONTH}月{DAY}日，已有超过{NUM}家企业参与该项目。",
       "{ACTOR}一致同意加强{TOPIC}领域合作，并将于明年重启对话。",
       "{ACTOR}应扩大市场准入，消除歧视性限制，推动{TOPIC}合作提质升级。",
       "对日出口下降{PCT}%，至{BIG}亿元人民币，进口增长{PCT}%。",
       "{ORG}表示，愿同日方深化{TOPIC}合作，预计参会人员约{NUM}万人。",
       "近{NUM}年来，两国在{TOPIC}领域累计投资逾{BIG}亿美元。",
       "{ACTOR}计划于{YEAR}年上半年共同举办{TOPIC}论坛。"},
      {"商务部", "中国国际贸易促进委员会", "海关总署", "日本贸易振兴机构", "国家发展改革委员会", "中国人民银行"},
      {"双方", "两国", "中方", "日方", "中日双方"},
      {"绿色发展", "数字经济", "产业链供应链", "医疗康养", "节能环保", "人工智能"}};
  static const Pools zh_hant = {
      {"中日兩國就{TOPIC}舉行會談", "關於{TOPIC}合作的講話", "中日{TOPIC}經濟合作新聞稿"},
      {"{YEAR}年，中日貿易額達到{BIG}億美元，按年增長{PCT}%。",
       "據{ORG}統計，截至{YEAR}年{MONTH}月{DAY}日，已有超過{NUM}家企業參與該計劃。",
       "{ACTOR}一致同意加強{TOPIC}領域合作，並將於明年重啟對話。",
       "{ACTOR}應擴大市場准入，推動{TOPIC}經濟合作穩定發展。",
       "{ORG}表示，願同日方深化{TOPIC}合作，預計參與人數約{NUM}萬人次。",
       "近{NUM}年來，兩國在{TOPIC}領域累計投資逾{BIG}億美元。"},
      {"商務部", "香港貿易發展局", "中國國際貿易促進委員會", "日本貿易振興機構", "經濟部"},
      {"雙方", "兩國", "中方", "日方"},
      {"綠色發展", "數位經濟", "供應鏈", "觀光旅遊", "半導體"}};
  static const Pools ja = {
      {"日中{TOPIC}協力に関する会談の開催", "{TOPIC}分野における経済協力についての挨拶", "第{NUM}回日中{TOPIC}対話の結果"},
      {"{YEAR}年の日中貿易額は{BIG}億ドルで、前年比{PCT}%増となった。",
       "{ORG}によれば、{YEAR}年{MONTH}月{DAY}日までに約{NUM}社が参加した。",
       "{ACTOR}は、{TOPIC}分野での協力を強化することで一致した。",
       "{ACTOR}は、透明性の高い制度運用を確保する必要がある。",
       "中国からの訪日者数は約{NUM}万人であり、旅行消費額は{BIG}億円に達した。",
       "{ACTOR}は、今後{NUM}年間で{TOPIC}分野の交流を拡大する方針である。",
       "{ORG}は、{TOPIC}に関する商談会を共同で開催する予定である。"},
      {"経済産業省", "外務省", "日本貿易振興機構（ジェトロ）", "日本経済団体連合会", "日本銀行", "中国商務部"},
      {"双方", "両国", "日中双方", "日本側", "中国側"},
      {"グリーン", "デジタル経済", "サプライチェーン", "医療・介護", "観光", "水素エネルギー"}};
  if (lang == "zh-Hans") return zh_hans;
  if (lang == "zh-Hant") return zh_hant;
  if (lang == "ja") return ja;
  return en;
}

const char* kMonthNames[] = {"January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"};

}  // namespace

CorpusGenerator::CorpusGenerator(uint64_t seed) : rng_(seed) {}

int CorpusGenerator::Uniform(int lo, int hi) {
  return lo + static_cast<int>(rng_() % static_cast<uint64_t>(hi - lo + 1));
}

std::string CorpusGenerator::Pick(const std::vector<std::string>& pool) {
  return pool[rng_() % pool.size()];
}

std::string CorpusGenerator::Fill(const std::string& pattern, const std::string& lang) {
  const Pools& p = PoolsFor(lang);
  std::string out;
  for (size_t i = 0; i < pattern.size();) {
    if (pattern[i] != '{') {
      out.push_back(pattern[i++]);
      continue;
    }
    size_t close = pattern.find('}', i);
    std::string slot = pattern.substr(i + 1, close - i - 1);
    i = close + 1;
    char buf[32];
    if (slot == "ORG") out += Pick(p.orgs);
    else if (slot == "ACTOR") out += Pick(p.actors);
    else if (slot == "TOPIC") out += Pick(p.topics);
    else if (slot == "NUM") out += std::to_string(Uniform(2, 900));
    else if (slot == "BIG") {
      std::snprintf(buf, sizeof buf, "%d.%02d", Uniform(1, 3999), Uniform(0, 99));
      out += buf;
    } else if (slot == "PCT") {
      std::snprintf(buf, sizeof buf, "%d.%d", Uniform(0, 30), Uniform(0, 9));
      out += buf;
    } else if (slot == "YEAR") out += std::to_string(Uniform(2015, 2025));
    else if (slot == "MONTH") out += std::to_string(Uniform(1, 12));
    else if (slot == "MONTHNAME") out += kMonthNames[Uniform(0, 11)];
    else if (slot == "DAY") out += std::to_string(Uniform(1, 28));
  }
  return out;
}

GeneratedDocument CorpusGenerator::Next() {
  static const char* kLangs[] = {"en", "zh-Hans", "zh-Hant", "ja"};
  GeneratedDocument d;
  d.lang = kLangs[rng_() % 4];
  char name[64];
  std::snprintf(name, sizeof name, "%06llu-%s.txt", static_cast<unsigned long long>(count_++),
                d.lang.c_str());
  d.file_name = name;
  const Pools& p = PoolsFor(d.lang);
  d.title = Fill(Pick(p.titles), d.lang);
  int year = Uniform(2016, 2025), month = Uniform(1, 12), day = Uniform(1, 28);
  std::string dateline = d.lang == "en" ? std::string(kMonthNames[month - 1]) + " " + std::to_string(day) +
                                              ", " + std::to_string(year)
                                        : std::to_string(year) + "年" + std::to_string(month) + "月" +
                                              std::to_string(day) + "日";
  d.text = d.title + "\n\n" + dateline + "\n\n";
  int paragraphs = Uniform(4, 12);
  for (int i = 0; i < paragraphs; ++i) {
    std::string para;
    int sentences = Uniform(2, 6);
    for (int s = 0; s < sentences; ++s) {
      if (!para.empty() && d.lang == "en") para += ' ';
      para += Fill(Pick(p.sentences), d.lang);
    }
    d.paragraphs.push_back(para);
    d.text += para + "\n\n";
  }
  return d;
}

}  // namespace dossier::bench
