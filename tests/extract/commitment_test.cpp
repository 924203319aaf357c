// Commitment finder: example tables per language, span invariants, the
// lexicon loader, sentence splitting, and time on hostile input.
#include <chrono>
#include <ctime>
#include <map>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/time_scale.h"

#include "commitment_examples.h"
#include "extract/commitment_finder.h"
#include "extract/commitment_lexicon.h"
#include "extract/extractor.h"
#include "ingest/ingest.h"
#include "tests/test_util.h"

namespace dossier {
namespace {

using test::CommitmentExample;

const CommitmentLexicon& Lex() {
  static const CommitmentLexicon* lex = CommitmentLexicon::Default();
  if (lex == nullptr) {
    INFO(CommitmentLexicon::DefaultStatus().message());
    REQUIRE(lex != nullptr);
  }
  return *lex;
}

std::vector<CommitmentMention> Find(const std::string& text, const std::string& lang) {
  CommitmentState state;
  std::vector<CommitmentMention> out;
  FindCommitments(Lex(), text, lang, &state, &out);
  return out;
}

// The commitment facts of a document ingested from `bytes` (named `name`,
// read as `lang`): what the whole pipeline gives, paragraphs and all.
std::vector<Fact> DocumentCommitments(const std::string& bytes, const std::string& name, const std::string& lang) {
  IngestOptions opts;
  opts.lang = lang;
  auto doc = IngestBytes(bytes, name, opts);
  REQUIRE(doc.ok());
  ExtractFilter only;
  only.figure = only.date = only.org = false;
  return ExtractFacts(*doc, {}, only);
}

// Runs one table; returns how many examples it checked.
size_t CheckExamples(const std::vector<CommitmentExample>& examples) {
  for (const CommitmentExample& ex : examples) {
    auto found = Find(ex.text, ex.lang);
    std::string got;
    for (const auto& m : found)
      got += "[" + m.actor + " | " + std::string(CommitmentStrengthName(m.strength)) + " | " +
             ex.text.substr(m.span.start, m.span.size()) + "] ";
    INFO(ex.lang << ": " << ex.text << "\n  found: " << got);
    CHECK(found.size() == ex.expected.size());
    if (found.size() != ex.expected.size()) continue;
    for (size_t i = 0; i < found.size(); ++i) {
      const auto& want = ex.expected[i];
      std::string span = ex.text.substr(found[i].span.start, found[i].span.size());
      CHECK(found[i].actor == want.actor);
      CHECK(CommitmentStrengthName(found[i].strength) == want.strength);
      CHECK(span.find(want.in_span) != std::string::npos);
    }
  }
  return examples.size();
}

TEST_CASE("commitment lexicon loads from the embedded data", "[commitment]") {
  CHECK(CommitmentLexicon::DefaultStatus().ok());
  REQUIRE(CommitmentLexicon::Default() != nullptr);
  std::vector<CommitmentCue> cues;
  CommitmentLexicon::Default()->FindCues(CueLang::kZh, "双方同意建立磋商机制", &cues);
  REQUIRE(cues.size() == 1);
  CHECK(cues[0].strength == CommitmentStrength::kAgreement);
  CHECK(cues[0].start == 6);
  CHECK(cues[0].end == 12);
}

TEST_CASE("commitment lexicon blocking rows hide the cue inside them", "[commitment]") {
  std::vector<CommitmentCue> cues;
  Lex().FindCues(CueLang::kZh, "供应链的回应与应对", &cues);
  CHECK(cues.empty());
  cues.clear();
  Lex().FindCues(CueLang::kEn, "with utmost goodwill and political will", &cues);
  CHECK(cues.empty());
}

TEST_CASE("commitment lexicon reports the file and line of a bad row", "[commitment]") {
  auto bad_lang = CommitmentLexicon::Load("will\tfr\tpledge\tmodal\tx\n", "");
  REQUIRE_FALSE(bad_lang.ok());
  CHECK(bad_lang.status().message().find("commitment_cues.tsv:1") != std::string::npos);
  auto bad_pattern = CommitmentLexicon::Load("# header\n(will\ten\tpledge\tmodal\tx\n", "");
  REQUIRE_FALSE(bad_pattern.ok());
  CHECK(bad_pattern.status().message().find(":2") != std::string::npos);
  auto bad_class = CommitmentLexicon::Load("will\ten\tpledge\tmodal\tx\n", "and\ten\tnoclass\tx\n");
  REQUIRE_FALSE(bad_class.ok());
  CHECK(bad_class.status().message().find("commitment_words.tsv:1") != std::string::npos);
}

TEST_CASE("commitment examples in English", "[commitment]") {
  CHECK(CheckExamples(test::EnglishCommitmentExamples()) >= 50);
}

TEST_CASE("commitment examples in simplified Chinese", "[commitment]") {
  CHECK(CheckExamples(test::ChineseCommitmentExamples()) >= 50);
}

TEST_CASE("commitment examples in traditional Chinese", "[commitment]") {
  CHECK(CheckExamples(test::TraditionalCommitmentExamples()) >= 5);
}

TEST_CASE("commitment examples in Japanese", "[commitment]") {
  CHECK(CheckExamples(test::JapaneseCommitmentExamples()) >= 50);
}

TEST_CASE("commitment spans drop the final punctuation and stay on the clause", "[commitment]") {
  std::string text = "Both sides agreed to meet again. Bilateral trade fell.";
  auto found = Find(text, "en");
  REQUIRE(found.size() == 1);
  CHECK(text.substr(found[0].span.start, found[0].span.size()) == "Both sides agreed to meet again");
  std::string zh = "双方同意建立部长级磋商机制，并计划于今年上半年重启磋商。";
  auto zfound = Find(zh, "zh-Hans");
  REQUIRE(zfound.size() == 2);
  CHECK(zh.substr(zfound[0].span.start, zfound[0].span.size()) == "双方同意建立部长级磋商机制");
  CHECK(zh.substr(zfound[1].span.start, zfound[1].span.size()) == "计划于今年上半年重启磋商");
  CHECK(zfound[1].actor == "双方");
  std::string ja = "王部長は、日本側が公平な環境を提供することを期待すると述べた。";
  auto jfound = Find(ja, "ja");
  REQUIRE(jfound.size() == 1);
  CHECK(ja.substr(jfound[0].span.start, jfound[0].span.size()) ==
        "王部長は、日本側が公平な環境を提供することを期待する");
}

TEST_CASE("commitment spans end before an attribution", "[commitment]") {
  for (const auto& [text, span] : std::vector<std::pair<std::string, std::string>>{
           {"Panasonic will expand production in Japan, a person familiar with the matter said.",
            "Panasonic will expand production in Japan"},
           {"The government will review the rules, said Yamamoto.", "The government will review the rules"},
           {"JETRO should continue to monitor the situation, the report recommends.",
            "JETRO should continue to monitor the situation"},
           {"China was willing to work with Japan, adding that trade had reached $318 billion.",
            "China was willing to work with Japan"},
           {"Japan will build ports, roads and bridges.", "Japan will build ports, roads and bridges"}}) {
    auto found = Find(text, "en");
    INFO(text);
    REQUIRE(found.size() == 1);
    CHECK(text.substr(found[0].span.start, found[0].span.size()) == span);
  }
}

TEST_CASE("commitment subjects carry over to the next sentence", "[commitment]") {
  CommitmentState state;
  std::vector<CommitmentMention> out;
  FindCommitments(Lex(), "双方は、対話を継続することで一致した。また、協議を年内に開催することで合意した。", "ja",
                  &state, &out);
  REQUIRE(out.size() == 2);
  CHECK(out[1].actor == "双方");
  CHECK(state.last_actor == "双方");
}

TEST_CASE("commitment action is what is to be done", "[commitment]") {
  auto found = Find("China plans to promote new industrialization.", "en");
  REQUIRE(found.size() == 1);
  CHECK(found[0].action == "promote new industrialization");
  auto zfound = Find("双方同意建立对话机制。", "zh-Hans");
  REQUIRE(zfound.size() == 1);
  CHECK(zfound[0].action == "建立对话机制");
  // A comma that groups digits does not end the clause.
  auto digits = Find("贸发局承诺在未来三年内协助2,000家中小企业开拓东盟市场。", "zh-Hans");
  REQUIRE(digits.size() == 1);
  CHECK(digits[0].action.find("2,000家中小企业开拓东盟市场") != std::string::npos);
  auto wide = Find("双方同意将货币互换规模扩大至８，０００亿元。", "zh-Hans");
  REQUIRE(wide.size() == 1);
  CHECK(wide[0].action.find("８，０００亿元") != std::string::npos);
  auto ja = Find("両国は、総額2,000億円の基金を設立することで一致した。", "ja");
  REQUIRE(ja.size() == 1);
  CHECK(ja[0].actor == "両国");
  CHECK(ja[0].action.find("2,000億円の基金を設立") != std::string::npos);
}

TEST_CASE("commitment sentences split on stops but not on abbreviations", "[commitment]") {
  std::string text = "Trade reached 300 billion U.S. dollars. Mr. Wang said so. 双方同意。日方将参加！";
  auto spans = CommitmentSentences(text);
  std::vector<std::string> got;
  for (const Span& s : spans) got.push_back(text.substr(s.start, s.size()));
  REQUIRE(got.size() == 4);
  CHECK(got[0] == "Trade reached 300 billion U.S. dollars.");
  CHECK(got[1] == " Mr. Wang said so.");
  CHECK(got[2] == " 双方同意。");
  CHECK(got[3] == "日方将参加！");
}

TEST_CASE("commitment facts from a document keep the contract fields", "[commitment]") {
  IngestOptions opts;
  opts.lang = "zh-Hans";
  auto doc = IngestBytes("中日经济对话\n\n王毅表示，中方愿为两国人员往来提供更多便利，双方应支持对方办好世博会。\n", "t.txt",
                         opts);
  REQUIRE(doc.ok());
  ExtractFilter only;
  only.figure = only.date = only.org = false;
  auto facts = ExtractFacts(*doc, {}, only);
  REQUIRE(facts.size() == 2);
  for (const Fact& f : facts) {
    CHECK(f.type == FactType::kCommitment);
    CHECK(f.text == doc->text.substr(f.span.start, f.span.size()));
    CHECK(f.lang == "zh-Hans");
    CHECK(f.attrs.contains("actor"));
    CHECK(f.attrs.contains("strength"));
  }
  CHECK(facts[0].attrs["actor"] == "中方");
  CHECK(facts[0].attrs["strength"] == "intent");
  CHECK(facts[1].attrs["actor"] == "双方");
  CHECK(facts[1].attrs["strength"] == "exhortation");
}

TEST_CASE("a plan's numbered task reaches the end of its paragraph only", "[commitment]") {
  auto facts = DocumentCommitments(
      "二、重点任务\n\n（一）扩大对日货物贸易规模。支持企业参加进口博览会。\n\n"
      "支持企业参加境外展会，按展位费的50%给予补助。\n",
      "plan.txt", "zh-Hans");
  REQUIRE(facts.size() == 2);
  CHECK(facts[0].text == "扩大对日货物贸易规模");
  CHECK(facts[1].text == "支持企业参加进口博览会");
  for (const Fact& f : facts) CHECK(f.attrs["strength"] == "exhortation");
}

TEST_CASE("in a set of measures its issuer adopts, the tasks and grants are the issuer's pledges", "[commitment]") {
  auto facts = DocumentCommitments(
      "滨海省促进外贸稳规模若干措施\n\n"
      "《滨海省促进外贸稳规模若干措施》已经省政府同意，现印发给你们，请认真贯彻执行。\n\n"
      "一、壮大外贸经营主体\n\n"
      "（一）实施外贸主体培育行动。对首次获得经核准出口商资格的企业，给予一次性奖励5万元。"
      "海关部门要加强原产地证书签证服务。\n\n"
      "（二）深耕东盟市场。支持企业参加境外展会。\n",
      "measures.txt", "zh-Hans");
  std::map<std::string, std::string> strength;
  for (const Fact& f : facts) strength[f.text] = f.attrs["strength"];
  INFO(nlohmann::json(strength).dump());
  // the approval is no agreement; the closing instruction urges those it is sent to
  for (const auto& [text, s] : strength) CHECK(text.find("同意") == std::string::npos);
  CHECK(strength["请认真贯彻执行"] == "exhortation");
  CHECK(strength["壮大外贸经营主体"] == "pledge");
  CHECK(strength["实施外贸主体培育行动"] == "pledge");
  CHECK(strength["对首次获得经核准出口商资格的企业，给予一次性奖励5万元"] == "pledge");
  CHECK(strength["海关部门要加强原产地证书签证服务"] == "exhortation");  // a department told to act
  CHECK(strength["深耕东盟市场"] == "pledge");
  CHECK(strength["支持企业参加境外展会"] == "pledge");
}

TEST_CASE("a lead-in that ends with its bare cue and a colon commits to each list item", "[commitment]") {
  auto run = [](const std::string& text, const std::string& lang) { return DocumentCommitments(text, "list.md", lang); };
  auto en = run(
      "Recommendations\n\nMember States should:\n\n- restore a functioning dispute settlement system;\n\n"
      "- deepen and broaden RCEP; and\n\n- direct investment promotion towards the least developed countries.\n\n"
      "The outlook remains uncertain.\n",
      "en");
  REQUIRE(en.size() == 3);
  CHECK(en[0].text == "restore a functioning dispute settlement system");
  CHECK(en[1].text == "deepen and broaden RCEP");
  CHECK(en[2].text == "direct investment promotion towards the least developed countries");
  for (const Fact& f : en) {
    CHECK(f.attrs["strength"] == "exhortation");
    CHECK(f.attrs["actor"] == "Member States");
  }
  auto zh = run("具體而言，政府會：\n\n（a）率領商貿代表團訪問東盟國家；\n\n（b）舉辦不少於30場推廣活動；及\n\n貿易額上升。\n",
                "zh-Hant");
  REQUIRE(zh.size() == 2);
  CHECK(zh[0].text == "率領商貿代表團訪問東盟國家");
  CHECK(zh[1].text == "舉辦不少於30場推廣活動");
  for (const Fact& f : zh) CHECK(f.attrs["strength"] == "pledge");
  // an HTML list item has no marker: in English it opens with a lower-case letter
  auto html = DocumentCommitments(
      "<html><body><p>Over the next 12 months, MFAT will:</p><ul><li>publish updated guidance by 31 March "
      "2026;</li><li>report back to exporters.</li></ul><p>Trade grew.</p></body></html>",
      "list.html", "en");
  REQUIRE(html.size() == 2);
  CHECK(html[0].text == "publish updated guidance by 31 March 2026");
  CHECK(html[1].text == "report back to exporters");
  for (const Fact& f : html) CHECK(f.attrs["strength"] == "pledge");
  // a lead-in with its object stays a commitment of its own, and no list opens
  auto agreed = run("The federations agreed to the following:\n\n- trade rose in 2025.\n", "en");
  REQUIRE(agreed.size() == 1);
  CHECK(agreed[0].text == "The federations agreed to the following");
}

TEST_CASE("commitment finder stays fast on hostile input", "[commitment]") {
  std::string en, zh, ja, mixed;
  for (int i = 0; i < 20000; ++i) en += "will should agreed to, plans to ";
  for (int i = 0; i < 20000; ++i) zh += "双方将应要同意，";
  for (int i = 0; i < 20000; ++i) ja += "両国は、一致した予定である必要がある、";
  for (int i = 0; i < 5000; ++i) mixed += "China and Japan should 双方将 両国は推進する. ";
  std::clock_t t0 = std::clock();  // CPU time: the machine may be shared
  size_t total = 0;
  for (const auto& [text, lang] : std::vector<std::pair<std::string, std::string>>{
           {en, "en"}, {zh, "zh-Hans"}, {ja, "ja"}, {mixed, "en"}}) {
    auto found = Find(text, lang);
    total += found.size();
    for (const auto& m : found) {
      REQUIRE(m.span.end <= text.size());
      REQUIRE(m.span.start < m.span.end);
    }
  }
  double seconds = double(std::clock() - t0) / CLOCKS_PER_SEC;
  CHECK(total > 0);
  CHECK(seconds < 10.0 * test::kTimeScale);
}

}  // namespace
}  // namespace dossier

namespace dossier {
namespace {

// Throughput on ordinary prose: the gold documents repeated to a few MB.
// Hidden (run with "[.commitment-speed]"); prints MB/s per language.
TEST_CASE("commitment finder throughput on prose", "[.commitment-speed]") {
  const std::pair<const char*, const char*> kFiles[] = {
      {"en", "/work/shared/gold/000_b5aaec413ff56e1b.txt"},
      {"zh-Hans", "/work/shared/gold/zh_dialogue.txt"},
      {"ja", "/work/shared/gold/ja_press.txt"}};
  for (const auto& [lang, path] : kFiles) {
    std::string one;
    try {
      one = test::ReadFile(path);
    } catch (...) {
      continue;
    }
    if (one.empty()) continue;
    std::vector<std::string> paragraphs;
    size_t pos = 0;
    while (pos < one.size()) {
      size_t nl = one.find('\n', pos);
      if (nl == std::string::npos) nl = one.size();
      if (nl > pos) paragraphs.push_back(one.substr(pos, nl - pos));
      pos = nl + 1;
    }
    size_t bytes = 0, found_count = 0;
    std::clock_t t0 = std::clock();  // CPU time: the machine is shared
    while (bytes < 4u << 20) {
      CommitmentState state;
      for (const std::string& p : paragraphs) {
        std::vector<CommitmentMention> found;
        FindCommitments(Lex(), p, lang, &state, &found);
        found_count += found.size();
        bytes += p.size();
      }
    }
    double s = double(std::clock() - t0) / CLOCKS_PER_SEC;
    WARN(lang << ": " << bytes / 1e6 / s << " MB/s (" << bytes << " bytes, " << found_count << " commitments)");
    // The cue scan alone, for comparison.
    size_t cue_bytes = 0, cue_count = 0;
    std::clock_t t1 = std::clock();
    while (cue_bytes < 4u << 20) {
      for (const std::string& p : paragraphs) {
        std::vector<CommitmentCue> cues;
        Lex().FindCues(CueLangOf(lang), p, &cues);
        cue_count += cues.size();
        cue_bytes += p.size();
      }
    }
    double s1 = double(std::clock() - t1) / CLOCKS_PER_SEC;
    WARN(lang << " cue scan: " << cue_bytes / 1e6 / s1 << " MB/s (" << cue_count << " cues)");
    CHECK(found_count > 0);
  }
}

}  // namespace
}  // namespace dossier
