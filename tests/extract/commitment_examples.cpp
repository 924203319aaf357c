#include "commitment_examples.h"

namespace dossier::test {

const std::vector<CommitmentExample>& EnglishCommitmentExamples() {
  static const std::vector<CommitmentExample> kExamples = {
      // pledges
      {"en", "China will expand imports from Japan.", {{"China", "pledge", "expand imports"}}},
      // a clause of its own after ", and", with its own subject and modal, is a commitment of its own
      {"en", "Growers should not carry this risk alone, and every member of this House should support them.",
       {{"Growers", "exhortation", "carry this risk alone"}, {"every member of this House", "exhortation", "support them"}}},
      {"en", "Fiscal consolidation should resume as the recovery firms, and temporary energy subsidies should be phased out.",
       {{"Fiscal consolidation", "exhortation", "should resume"},
        {"temporary energy subsidies", "exhortation", "phased out"}}},
      {"en", "Japan shall notify the other party within thirty days.", {{"Japan", "pledge", "notify the other party"}}},
      {"en", "China is committed to opening its market further.", {{"China", "pledge", "opening its market"}}},
      {"en", "The bank pledged to provide $2 billion in green loans.", {{"The bank", "pledge", "green loans"}}},
      // one party restating its target pledges; several restating their determination agree
      {"en", "The EU reiterated its target of reducing emissions by 55% by 2030.", {{"The EU", "pledge", "55%"}}},
      {"en", "Leaders reaffirmed their determination to keep the 1.5°C limit within reach.",
       {{"Leaders", "agreement", "1.5°C limit"}}},
      {"en", "He added that the government would closely monitor trade policies.",
       {{"He", "pledge", "monitor trade policies"}}},
      // an addressee or a time between the reporting verb and "that"
      {"en", "A spokesperson told a regular news briefing on Thursday that China will take more measures to "
             "stabilise trade.",
       {{"China", "pledge", "stabilise trade"}}},
      {"en", "He said on Monday that Japan will expand its aid.", {{"Japan", "pledge", "expand its aid"}}},
      // the reported clause without "that" after a time: its subject acts
      {"en", "Finance Minister Satsuki Katayama said on Friday the government will issue new bonds.",
       {{"the government", "pledge", "issue new bonds"}}},
      {"en", "The minister said last week the ministry will review the rules.", {{"the ministry", "pledge", "review the rules"}}},
      // welcoming a party's own decision reports its pledge; announcing financing commits it
      {"en", "The leaders welcomed Japan's decision to raise defense spending to 2% of GDP.",
       {{"Japan", "pledge", "raise defense spending"}}},
      {"en", "The DFC announced $1.2 billion in new financing for ports and railways.",
       {{"The DFC", "pledge", "ports and railways"}}},
      {"en", "The president accepted the prime minister's invitation to visit Japan next year.",
       {{"The president", "agreement", "visit Japan"}}},
      {"en", "Japan and China resolved to fight protectionism together.",
       {{"Japan and China", "pledge", "fight protectionism"}}},
      {"en", "China will never seek hegemony.", {{"China", "pledge", "never seek hegemony"}}},
      // "States" in the United States is no reporting verb
      {"en", "The United States will use every tool to defend its industry.",
       {{"The United States", "pledge", "use every tool"}}},
      // "it would take" measures is an agent's; it would take years is a forecast
      {"en", "The ministry said it would take necessary measures to protect firms.",
       {{"The ministry", "pledge", "necessary measures"}}},
      {"en", "Officials said it would take years to rebuild the port.", {}},
      {"en", "It will take a long time to recover.", {}},
      // agreeing on an assessment, and a witness's closing courtesy, bind no one
      {"en", "Members agreed that the data received since the December meeting had materially changed the outlook.", {}},
      {"en", "Thank you, and I look forward to your questions.", {}},
      // a reading instruction, a judgement of what will suffice, a survey's question, a share's future
      {"en", "The following discussion should be read in conjunction with the consolidated financial statements.", {}},
      {"en", "We believe our cash will be sufficient to satisfy our requirements.", {}},
      {"en", "Respondents were asked to name up to five promising countries.", {}},
      {"en", "More than 99 percent of the trade will enter tariff-free.", {}},
      // a company's own expected step is its plan
      {"en", "We expect to continue to make significant investments in research.", {{"We", "intent", "investments"}}},
      {"en", "Members agreed that it was appropriate to increase the cash rate target by 25 basis points.",
       {{"Members", "agreement", "increase the cash rate target"}}},
      // a clause opened by "as" has its own subject
      {"en", "Talks resumed on Monday, as Japan and Korea prepared for a summit aimed at easing tensions.",
       {{"Japan and Korea", "intent", "easing tensions"}}},
      // proposals, recommendations and instructions
      {"en", "USTR proposes to impose an additional duty on chips.", {{"USTR", "intent", "impose an additional duty"}}},
      // a time between "resolved" and "to"; a chair's "Let us start with" is procedure
      {"en", "The Board of Directors resolved today to repurchase up to 6.0 million shares.",
       {{"The Board of Directors", "pledge", "repurchase"}}},
      {"en", "Chair: Let us start with the scale of the problem.", {}},
      {"en", "The mission recommends a more ambitious consolidation.",
       {{"The mission", "exhortation", "ambitious consolidation"}}},
      {"en", "We instruct the Committee on Trade and Investment (CTI) to report to Leaders.",
       {{"We", "exhortation", "report to Leaders"}}},
      {"en", "Direct investment in fiscal 2024 (April 2024 to March 2025) totalled $186 billion.", {}},
      {"en", "Japan will see to it that the rules are enforced.", {{"Japan", "pledge", "rules are enforced"}}},
      {"en", "Japan will not devalue the yen to gain an export advantage.", {{"Japan", "pledge", "devalue the yen"}}},
      {"en", "Tokyo, for its part, will review the export control list.", {{"Tokyo", "pledge", "review the export"}}},
      {"en", "Li said that China will keep its doors open to foreign firms.",
       {{"China", "pledge", "keep its doors open"}}},
      {"en", "The government decided to lift the import ban on seafood.", {{"The government", "pledge", "lift the import ban"}}},
      {"en", "Our chamber remains committed to serving member companies in Osaka.",
       {{"Our chamber", "pledge", "serving member companies"}}},
      {"en", "The two ministries will meet again in June, and they will publish a joint report.",
       {{"The two ministries", "pledge", "meet again"}, {"they", "pledge", "joint report"}}},
      // agreements
      {"en", "The two sides agreed to resume the dialogue next year.", {{"The two sides", "agreement", "resume the dialogue"}}},
      {"en", "We welcome the Korea Foundation, the Japan Foundation and the Chinese People's Association for "
             "Friendship with Foreign Countries to co-host a youth forum.",
       {{"We", "exhortation", "to co-host"}}},  // a list of three before "to"
      {"en", "We reiterate our commitment to achieving carbon neutrality by 2050.",
       {{"We", "agreement", "carbon neutrality"}}},  // the present tense too
      {"en", "Both countries reaffirmed their commitment to free and fair trade.",
       {{"Both countries", "agreement", "free and fair trade"}}},
      {"en", "The ministers reached a broad consensus on supply chain resilience.",
       {{"The ministers", "agreement", "supply chain resilience"}}},
      {"en", "The ministers agreed in 2019 to launch a joint feasibility study.",
       {{"The ministers", "agreement", "joint feasibility study"}}},
      {"en", "Participants reaffirmed that both economies will remain open.",
       {{"Participants", "agreement", "remain open"}}},
      // "will meet" is a second predicate of the two sides, of another strength
      {"en", "The two sides agreed to set up a hotline and will meet every quarter.",
       {{"The two sides", "agreement", "set up a hotline"}, {"The two sides", "pledge", "meet every quarter"}}},
      {"en", "Japan and China agreed to hold the next round in Beijing, and Japan will host a business forum in Osaka.",
       {{"Japan and China", "agreement", "next round in Beijing"}, {"Japan", "pledge", "business forum"}}},
      {"en", "Both delegations concurred that customs cooperation is a priority.",
       {{"Both delegations", "agreement", "customs cooperation"}}},
      // the commas of a list of names do not cut the actor
      {"en", "The Ministry of Commerce of China and the Ministry of Economy, Trade and Industry of Japan agreed to "
             "establish a working group.",
       {{"The Ministry of Commerce of China and the Ministry of Economy, Trade and Industry of Japan", "agreement",
         "establish a working group"}}},
      {"en", "Japan, China and Korea agreed to resume the trilateral talks.",
       {{"Japan, China and Korea", "agreement", "resume the trilateral talks"}}},
      {"en", "The Ministry of Land, Infrastructure, Transport and Tourism will publish new guidelines.",
       {{"The Ministry of Land, Infrastructure, Transport and Tourism", "pledge", "publish new guidelines"}}},
      {"en", "In Beijing, China and Japan agreed to expand trade.", {{"China and Japan", "agreement", "expand trade"}}},
      // MOFA's English: confirmed that they would (an agreement), requested (an exhortation)
      {"en", "The two ministers confirmed that they would continue communication at all levels.",
       {{"The two ministers", "agreement", "continue communication"}}},
      {"en", "She also requested the early release of the detained nationals.",
       {{"She", "exhortation", "early release"}}},
      {"en", "Minister Kamikawa stated that Japan and China would promote a mutually beneficial relationship.",
       {{"Minister Kamikawa", "pledge", "mutually beneficial relationship"}}},  // the speaker, as with "said that they would"
      // a time or a source between the reporting verb and its clause
      {"en", "Toyota Motor Corp said on Monday that it would increase investment in its Guangzhou plant.",
       {{"Toyota Motor Corp", "pledge", "increase investment"}}},
      {"en", "The ministry said in a statement that it would expand support for small exporters.",
       {{"The ministry", "pledge", "expand support"}}},
      {"en", "Sony said Tuesday it would build a new sensor plant in Kumamoto.", {{"Sony", "pledge", "new sensor plant"}}},
      {"en", "Keidanren Chairman Masakazu Tokura said the group would send a delegation to Beijing.",
       {{"Keidanren Chairman Masakazu Tokura", "pledge", "send a delegation"}}},
      {"en", "Japan's trade ministry said separately it would publish guidelines in October.",
       {{"Japan's trade ministry", "pledge", "publish guidelines"}}},
      {"en", "We tasked our Deputies to finalise its design by May 2026.", {{"We", "exhortation", "finalise its design"}}},
      {"en", "Thailand has offered to host its secretariat.", {{"Thailand", "intent", "host its secretariat"}}},
      {"en", "CATL and IBC signed an agreement on Monday to expand their joint plant.",
       {{"CATL and IBC", "agreement", "expand their joint plant"}}},
      // who said it, or a further statement, is not part of what was committed
      {"en", "Panasonic will expand battery production in Japan, a person familiar with the matter said.",
       {{"Panasonic", "pledge", "battery production in Japan"}}},
      {"en", "The government will review the rules, said Yamamoto.", {{"The government", "pledge", "review the rules"}}},
      // a news dateline is not part of the actor; an acronym in brackets keeps its closing bracket
      {"en", "TOKYO, Nov 19 (Reuters) - Japan's Ministry of Economy, Trade and Industry said on Tuesday that it would "
             "provide subsidies to chipmakers.",
       {{"Japan's Ministry of Economy, Trade and Industry", "pledge", "provide subsidies"}}},
      {"en", "Shanghai, March 3, 2024 — Toyota Motor Corporation and Mizuho Bank said that they would increase investment.",
       {{"Toyota Motor Corporation and Mizuho Bank", "pledge", "increase investment"}}},
      // a time may stand between "decided" and "to"; planning a programme is a plan
      {"en", "The Board decided today to lower the Base Rate by 25 basis points.",
       {{"The Board", "pledge", "lower the Base Rate"}}},
      {"en", "The corporation is planning a three-year program to open markets in Vietnam.",
       {{"The corporation", "intent", "three-year program"}}},
      // a bullet before the sentence is not part of the actor
      {"en", "• Japan will cut its tariff on cheese from 29.8% to zero in eight annual steps.",
       {{"Japan", "pledge", "cut its tariff"}}},
      {"en", "- The UK will remove its remaining tariff on battery cells.", {{"The UK", "pledge", "remove"}}},
      // a heading that opens with a wh-word names what the list below it holds
      {"en", "What Japan has committed to", {}},
      {"en", "How we will support exporters", {}},
      {"en", "The Japan External Trade Organization (JETRO) will open a new office in Chengdu.",
       {{"The Japan External Trade Organization (JETRO)", "pledge", "new office"}}},
      // a noun-phrase cue of another strength after "and" is a commitment of its own, by the same actor
      {"en", "China reiterated its commitment to open markets and the goal of concluding a trilateral FTA.",
       {{"China", "pledge", "open markets"}, {"China", "intent", "trilateral FTA"}}},
      // a verb cue of another strength after "and" in the same clause, too; a
      // word that may be a plural noun ("plans") may be what is supported
      {"en", "The four cities will review the agreement in 2027 and hope to extend it for five more years.",
       {{"The four cities", "pledge", "review the agreement"}, {"The four cities", "intent", "extend it"}}},
      {"en", "We will support their efforts and plans to expand trade.", {{"We", "pledge", "expand trade"}}},
      // after a singular noun, "and plans to" / "and hopes to" is the second verb
      {"en", "InvestHK will step up its efforts in the Kansai region and plans to organise a seminar in Osaka.",
       {{"InvestHK", "pledge", "step up its efforts"}, {"InvestHK", "intent", "organise a seminar"}}},
      {"en", "The Government is committed to joining RCEP at an early date and hopes to receive Japan's support.",
       {{"The Government", "pledge", "joining RCEP"}, {"The Government", "intent", "receive Japan's support"}}},
      // a reported "would" after "and" is the second verb of the commitment before it; a bare one is not
      {"en", "Ono said the state lender was ready to co-finance such projects and would provide loans of up to $5 billion.",
       {{"the state lender", "intent", "co-finance"}, {"the state lender", "pledge", "provide loans"}}},
      {"en", "Exports rose and would continue to grow.", {}},
      // a survey's answer with "said … would" is a plan, as "indicated they would" is
      {"en", "Only 7 percent said they would reduce exposure.", {{"Only 7 percent", "intent", "reduce exposure"}}},
      // urging and inviting others, "let us", endorsing and sharing a view, working to
      {"en", "Tokyo lodged a protest and asked Beijing to withdraw the measures.", {{"Tokyo", "exhortation", "withdraw"}}},
      {"en", "I sincerely invite every company in this room to take part.", {{"I", "exhortation", "take part"}}},
      {"en", "Let us join hands to write a new chapter.", {{"", "exhortation", "join hands"}}},
      {"en", "The Ministers endorsed a three-year Work Plan on Supply Chain Cooperation.",
       {{"The Ministers", "agreement", "Work Plan"}}},
      {"en", "The plan was endorsed by the cabinet.", {}},
      {"en", "The Ministers shared the view that export controls should be transparent.",
       {{"The Ministers", "agreement", "transparent"}}},
      {"en", "The ministry is also working with customs to cut clearance times by 10 percent.",
       {{"The ministry", "intent", "clearance times"}}},
      // a verb of another strength after an aside and "and" is its own commitment
      {"en", "We agreed to launch the review in 2026, as provided for in the Agreement, and instructed officials to "
             "submit recommendations.",
       {{"We", "agreement", "launch the review"}, {"We", "exhortation", "submit recommendations"}}},
      // a pronoun right before the modal is the subject after an adverbial
      {"en", "\"From next month we will open help desks in Bangkok.", {{"we", "pledge", "help desks"}}},
      // a rule or document coming into force: no one acts
      {"en", "The MOC will remain in effect for three years.", {}},
      {"en", "The third round of tariff cuts will take effect on 1 January 2026.", {}},
      // signing a memorandum to do something; committing an amount
      {"en", "JETRO and the ASEAN-Japan Centre (AJC) signed a Memorandum of Cooperation (MOC) to support the program.",
       {{"JETRO and the ASEAN-Japan Centre (AJC)", "agreement", "support the program"}}},
      {"en", "Australia has committed AUD 6 million over four years.", {{"Australia", "pledge", "AUD 6 million"}}},
      // the noun "projects" is no forecast verb ("the IMF projects that …" is)
      {"en", "The bank will finance two projects, and Japan will provide the loans.",
       {{"The bank", "pledge", "two projects"}, {"Japan", "pledge", "provide the loans"}}},
      {"en", "The IMF projects that Japan will grow by 1%.", {}},
      // one party restating its own commitment pledges; an agreement takes two
      {"en", "Japan reaffirmed its commitment to the rules-based trading order.",
       {{"Japan", "pledge", "rules-based trading order"}}},
      {"en", "The minister reiterated Japan's firm commitment to free trade.",
       {{"The minister", "pledge", "free trade"}}},
      {"en", "They reiterated their commitment to the principles of the four documents.",
       {{"They", "agreement", "principles of the four documents"}}},
      // a determiner before a noun-phrase cue is not the actor
      {"en", "Japan stressed its commitment to expanding trade.", {{"Japan", "pledge", "expanding trade"}}},
      {"en", "The report underscored the commitment of both governments to cutting tariffs.",
       {{"both governments", "pledge", "cutting tariffs"}}},
      // … but not as the object of a modal's verb
      {"en", "The leaders will promote trade and the aim of deeper integration.",
       {{"The leaders", "pledge", "deeper integration"}}},
      // intents
      {"en", "Tokyo plans to open a new trade office in Shenzhen.", {{"Tokyo", "intent", "open a new trade office"}}},
      {"en", "The company aims to double its sales in China by 2027.", {{"The company", "intent", "double its sales"}}},
      {"en", "Beijing is ready to work with Tokyo on green finance.", {{"Beijing", "intent", "work with Tokyo"}}},
      {"en", "We hope to see more young people travel between our countries.", {{"We", "intent", "young people"}}},
      {"en", "The two governments intend to sign the agreement in May.",
       {{"The two governments", "intent", "sign the agreement"}}},
      {"en", "Hopefully, the two ministries will meet again before summer.",
       {{"the two ministries", "intent", "meet again"}}},
      {"en", "The Japanese side hopes that China will ensure a fair business environment.",
       {{"The Japanese side", "intent", "fair business environment"}}},
      {"en", "33% of the firms plan to expand, while 5% plan to downsize.",
       {{"33% of the firms", "intent", "expand"}, {"5%", "intent", "downsize"}}},
      {"en", "The council is planning to host a trade fair in Dalian.", {{"The council", "intent", "host a trade fair"}}},
      {"en", "The two leaders expressed the hope that exchanges will expand.",
       {{"The two leaders", "intent", "exchanges will expand"}}},
      {"en", "Both sides look forward to an early conclusion of the talks.",
       {{"Both sides", "intent", "early conclusion"}}},
      {"en", "China stands ready to deepen cooperation with Japan.", {{"China", "intent", "deepen cooperation"}}},
      {"en", "The forum was held in Xiamen, aiming to connect small firms with buyers.",
       {{"The forum", "intent", "connect small firms"}}},
      {"en", "Most Japanese firms said they would keep their current investment.",
       {{"Most Japanese firms", "pledge", "keep their current investment"}}},
      // exhortations
      {"en", "Both sides should strengthen communication on export controls.",
       {{"Both sides", "exhortation", "strengthen communication"}}},
      {"en", "Japanese firms must comply with the new data rules.", {{"Japanese firms", "exhortation", "comply with"}}},
      {"en", "The countries need to reduce trade barriers.", {{"The countries", "exhortation", "reduce trade barriers"}}},
      {"en", "The minister urged businesses to diversify their suppliers.",
       {{"The minister", "exhortation", "diversify their suppliers"}}},
      {"en", "Keidanren called on the government to ease visa rules.", {{"Keidanren", "exhortation", "ease visa rules"}}},
      // "called on" someone with no "to" and a verb after is a visit
      {"en", "In Tokyo, Mr Yau called on the Vice-Minister for International Affairs of the Ministry of Economy.", {}},
      {"en", "China welcomes Japanese investors to take part in the expo.", {{"China", "exhortation", "take part"}}},
      // a party that would need to act is urged, not pledged: the speaker urges, as "urged X to" does
      {"en", "She said Beijing would need to step up support for domestic demand.",
       {{"She", "exhortation", "step up support"}}},
      {"en", "It is important for both sides to manage their differences.",
       {{"both sides", "exhortation", "manage their differences"}}},
      {"en", "Wang stressed that the two countries should respect each other's core concerns.",
       {{"the two countries", "exhortation", "respect each other"}}},
      {"en", "China and Japan, as close neighbours, should deepen cooperation.",
       {{"China and Japan", "exhortation", "deepen cooperation"}}},
      {"en", "The parties should not politicize economic issues.", {{"The parties", "exhortation", "politicize"}}},
      {"en", "Companies are encouraged to use the RCEP tariff schedules.", {{"Companies", "exhortation", "RCEP tariff"}}},
      {"en", "Enterprises of both countries ought to play by the rules.",
       {{"Enterprises of both countries", "exhortation", "play by the rules"}}},
      {"en", "First, expand trade in services.", {{"", "exhortation", "expand trade in services"}}},
      {"en", "First, green transformation. Second, digital and semiconductors.", {}},  // topics, no imperative
      {"en", "The premier emphasized the importance of keeping supply chains stable.",
       {{"The premier", "exhortation", "supply chains stable"}}},
      {"en", "I am determined to achieve it ahead of schedule.", {{"I", "pledge", "ahead of schedule"}}},
      // asking a party named with an apposition; setting a target; a stated strategy
      {"en", "I have asked Keidanren, the Japan Business Federation, to lead a mission to India.",
       {{"I", "exhortation", "lead a mission"}}},
      {"en", "The Government of Japan has set a target of 100 trillion yen in inward investment by 2030.",
       {{"The Government of Japan", "intent", "100 trillion yen"}}},
      {"en", "Our strategy is to compete on safety and local production.", {{"", "intent", "compete on safety"}}},
      // pressing a party to act urges it; wanting to act is an intent, thanking is not
      {"en", "The U.S. Department of Commerce has pressed Tokyo and Seoul to restrict servicing of tools.",
       {{"The U.S. Department of Commerce", "exhortation", "restrict servicing"}}},
      {"en", "Officials in Tokyo want to go further.", {{"Officials in Tokyo", "intent", "go further"}}},
      {"en", "I want to thank our hosts for their hospitality.", {}},
      {"en", "The ministry held a press conference to announce the results.", {}},
      // not commitments
      {"en", "For fiscal 2026 as a whole, revenue should come in at around KRW 26 trillion.", {}},
      {"en", "The Nanjing conversion will cost about KRW 350 billion.", {}},
      {"en", "Welcome to the earnings conference call for the third quarter of 2026.", {}},
      {"en", "They had asked Chinese officials for greater predictability, and both sides met again.", {}},
      {"en", "The association has no plans to withdraw from China.", {}},
      {"en", "It is a pleasure to welcome more than two hundred members to our annual meeting.", {}},
      {"en", "We welcomed the delegation to the new industrial park.", {}},
      {"en", "We welcome the delegation, the mayor and the press to the new industrial park.", {}},
      // the welcomed guest's words hold no "to": a place after the first one is no infinitive
      {"en", "President Trump welcomed Prime Minister Sanae Takaichi of Japan to the White House for her first "
             "official visit to Washington.",
       {}},
      // a cut or a deal that will bring something is a forecast; so is "none of this"
      {"en", "None of this will be quick.", {}},
      {"en", "The US tariff cut takes effect on Nov 10 and will bring the average tariff to about 47%.", {}},
      {"en", "The minister spoke on Tuesday, declining to commit to a timeline.", {}},
      // "should" before its subject is an inverted "if", mid-sentence too
      {"en", "Regional growth could be 1.5 percentage points lower should downside risks materialise.", {}},
      {"en", "Tariffs would rise should the talks fail.", {}},
      {"en", "Japan should not fail.", {{"Japan", "exhortation", "not fail"}}},
      {"en", "Both sides should focus on trade.", {{"Both sides", "exhortation", "focus on trade"}}},
      {"en", "The company refused to pledge new funds.", {}},
      {"en", "As requested by the ministry, the report was published in May.", {}},
      {"en", "The survey confirmed that exports would recover slowly.", {}},
      // the empty "it" of a forecast: no one commits
      {"en", "It will be difficult to meet the target this year.", {}},
      {"en", "Japan will face a shortage of 40,000 semiconductor engineers by 2030.", {}},
      {"en", "The region will see faster growth next year.", {}},
      {"en", "Analysts said on Monday that it would be difficult to reach a deal.", {}},
      // the odds that someone will act are a forecast
      {"en", "Markets are pricing in a roughly 80% chance that the BOJ will raise its policy rate in December.", {}},
      {"en", "There is speculation that the ministry will delay the decision.", {}},
      {"en", "The minister said that it would take years to rebuild the supply chain.", {}},
      {"en", "The two sides did not agree on the tariff schedule.", {}},
      {"en", "Trade between the two countries is expected to grow by 5% this year.", {}},
      {"en", "Bilateral trade will exceed $300 billion this year.", {}},
      {"en", "If talks fail, Japan will impose new duties.", {}},
      {"en", "Unless costs fall, the company will close the plant.", {}},
      {"en", "The meeting was held in Tokyo on Saturday.", {}},
      {"en", "Exports to China fell 7% last year.", {}},
      {"en", "This initiative will create thousands of jobs.", {}},
      {"en", "The new rules will be implemented next month.", {}},
      {"en", "The forum, which will run for three days, opened on Monday.", {}},
      {"en", "Japan's exports are likely to recover in the second half.", {}},
      {"en", "What should governments do?", {}},
      {"en", "Regional Cooperation Must Be Strengthened Across Asia", {}},
      {"en", "Officials from both countries signed seven documents.", {}},
      {"en", "Could the two countries cooperate on AI?", {}},
      {"en", "That should concern all of us.", {}},
      {"en", "Analysts predict that tariffs will fall further.", {}},
      {"en", "The dialogue was first held in 2007 and has met six times since.", {}},
      {"en", "Demand for Japanese cosmetics will recover slowly.", {}},
      {"en", "The chamber called for the early resumption of direct flights.",
       {{"The chamber", "exhortation", "direct flights"}}},
      {"en", "Tokyo expressed its readiness to host the next round.", {{"Tokyo", "intent", "host the next round"}}},
      {"en", "Japan hopes China will improve the business environment.",
       {{"Japan", "intent", "improve the business environment"}}},
      {"en", "Should the talks stall, the two sides will meet again in autumn.", {}},
      {"en", "The association plans to lead a delegation to Osaka, Kansai in June, and will co-host a seminar.",
       {{"The association", "intent", "lead a delegation"}, {"The association", "pledge", "co-host a seminar"}}},
      // an intent's "it" is an agent; "it will take" is a forecast
      {"en", "FICCI announced that it intends to take a delegation to the summit.", {{"it", "intent", "take a delegation"}}},
      {"en", "It will take years to rebuild the port.", {}},
      // committing an amount; inviting a long-named group; reported "would" after told reporters / a capital
      {"en", "It commits $5 billion over six years to a new fund.", {{"It", "pledge", "$5 billion"}}},
      {"en", "Korean companies have committed fresh investments of over ₹ 30,000 crore in electronics.",
       {{"Korean companies", "pledge", "30,000 crore"}}},
      {"en", "I invite members of the Greater Vancouver Board of Trade to join us.", {{"I", "exhortation", "join us"}}},
      {"en", "Akazawa told reporters he would meet Lutnick on Sept. 24.", {{"Akazawa", "pledge", "meet Lutnick"}}},
      {"en", "A spokesperson said Beijing would firmly safeguard its rights.",
       {{"A spokesperson", "pledge", "safeguard its rights"}}},
      // a reported body as the subject of "would"; a deal reached; prices and economies only forecast
      {"en", "The group said its member companies would continue to absorb part of the costs.",
       {{"The group", "pledge", "absorb part of the costs"}}},
      {"en", "Officials said the two sides had reached a framework deal on the app.",
       {{"the two sides", "agreement", "framework deal"}}},
      {"en", "Analysts said prices would rise.", {}},
      // a schedule is a plan; stated determination a pledge; welcoming measures urges no one
      {"en", "The next meeting of the working group is scheduled for the first half of 2026.",
       {{"The next meeting of the working group", "intent", "first half of 2026"}}},
      {"en", "Both Ministers expressed their determination to deepen the partnership.",
       {{"Both Ministers", "pledge", "deepen the partnership"}}},
      {"en", "Respondents welcomed measures to boost domestic demand.", {}},
  };
  return kExamples;
}

const std::vector<CommitmentExample>& ChineseCommitmentExamples() {
  static const std::vector<CommitmentExample> kExamples = {
      // 决定 is "decided to" (决定的, 的决定 are not); an event's 将 is a forecast; a greeting is no welcome
      {"zh-Hans", "商务部决定暂停实施部分管制措施。", {{"商务部", "pledge", "暂停实施"}}},
      // 不宜 (should not) urges; 让我们 opening a clause is "let us", inside one causative
      {"zh-Hant", "分析指，投資者不宜為追逐息差而過度押注日圓。", {{"投資者", "exhortation", "過度押注日圓"}}},
      {"zh-Hans", "女士们，先生们，让我们携手努力，推动中日经贸合作迈上新台阶。", {{"", "exhortation", "携手努力"}}},
      {"zh-Hans", "无锡的产业配套和营商环境让我们很有信心。", {}},
      // 承诺 and 计划 as nouns, a table's caption and header row, a right to demand: no commitment
      {"zh-Hans", "第四节 发行人承诺及投资者保护机制", {}},
      {"zh-Hans", "发行人可以在不影响偿债计划的前提下补充流动资金。", {}},
      {"zh-Hans", "表2 拟偿还到期债务明细", {}},
      {"zh-Hans", "起息日 到期日 发行规模（亿元） 拟使用募集资金（亿元）", {}},
      {"zh-Hans", "持有人有权要求发行人采取救济措施。", {}},
      {"zh-Hans", "这不是“要不要投”的问题。", {}},
      {"zh-Hans", "8、质量保证", {}},
      {"zh-Hans", "丰田汽车方面表示，计划与宁德时代在电池领域深化合作。", {{"丰田汽车方面", "intent", "宁德时代"}}},
      // an approval given is no agreement; the approver's name may precede 同意 without 经
      {"zh-Hans", "本次债券已经上海证券交易所审核同意。", {}},
      {"zh-Hans", "温州市国资委出具批复，同意发行人公开发行公司债券。", {}},
      // a listed company's closing request to its investors urges them
      {"zh-Hans", "上述经营计划不构成公司对投资者的实质承诺，敬请广大投资者理性投资，注意投资风险。",
       {{"", "exhortation", "理性投资"}}},
      // a forecast verb ending an earlier clause takes the later ones; an advantage or a trend acts of itself
      {"zh-Hant", "市場人士預計，美國聯儲局的議息結果及日本央行的政策動向，將主導日圓短期走勢。", {}},
      {"zh-Hans", "随着开放扩大，超大规模市场的优势将进一步显现。", {}},
      // 将 marking the object (as 把) commits no one; the cue before it still governs; after 宣布 it is the future
      {"zh-Hans", "中方对日本持普通护照人员恢复免签政策，并将免签停留期限延长至30天。", {}},
      {"zh-Hans", "全市各级部门要持续优化营商环境，将外资项目审批时限压缩至15个工作日。",
       {{"全市各级部门", "exhortation", "优化营商环境"}}},
      {"zh-Hans", "美国商务部今年6月宣布，将洗衣机等8类家电纳入钢铁关税征收范围。", {{"美国商务部", "pledge", "纳入"}}},
      {"zh-Hans", "中方将进一步扩大开放，将于明年举办博览会。", {{"中方", "pledge", "扩大开放"}}},
      // 把 marking the object after it: 将 is the future again
      {"zh-Hant", "國泰航空將由明年初起把香港往返大阪的航班增至每日4班。", {{"國泰航空", "pledge", "航班增至每日4班"}}},
      // a hedge (或會), a commitment as a noun, a cue inside a title, room (空间) that will grow
      {"zh-Hans", "国家发展改革委10月发布了新版《鼓励外商投资产业目录》。", {}},
      {"zh-Hans", "这是中国以实际行动践行开放承诺的有力证明。", {}},
      {"zh-Hans", "中日经贸合作的空间将更加广阔。", {}},
      {"zh-Hant", "有關數字或會在稍後修訂。", {}},
      {"zh-Hant", "經濟部盼更多日企來台投資。", {{"經濟部", "intent", "更多日企來台投資"}}},  // 盼: hopes
      // a plan, an undertaking and a decision named as nouns; need not; a listed company's accounting language
      {"zh-Hans", "三、第四季度经营计划", {}},
      {"zh-Hant", "弱方兌換保證於8月12日被觸發，金管局承接港元沽盤。", {}},
      {"zh-Hant", "市民在作出置業或借貸決定時，應審慎評估利率風險。", {{"", "exhortation", "審慎評估"}}},
      {"zh-Hant", "外匯基金毋須在兩個組合之間調撥資產。", {}},
      {"zh-Hans", "该项目已于2026年6月达到预定可使用状态。", {}},
      {"zh-Hans", "此次扩产将进一步巩固无锡作为生产基地的地位。", {}},  // an expansion will: a forecast
      // a rule, a control, a visa waiver and "the whole" that will are forecasts; a policy that will
      // continue to be carried out stays a pledge
      {"zh-Hans", "美国此轮新规将140家中国实体列入实体清单。", {}},
      {"zh-Hans", "过度管制将导致日企丢失市场份额。", {}},
      {"zh-Hans", "恢复免签将为日企在华开展业务带来便利。", {}},
      {"zh-Hans", "业内人士预计，整体仍将低于今年春节期间的水平。", {}},
      {"zh-Hans", "商务部明确，消费品以旧换新政策将持续实施至年底。", {{"消费品以旧换新政策", "pledge", "持续实施"}}},
      {"zh-Hans", "回购股份将全部用于员工持股计划。", {{"回购股份", "pledge", "员工持股计划"}}},
      // a turn of the argument, a price undertaking and a thing that takes time urge and promise nothing
      {"zh-Hans", "同时也要看到，外需不足等不确定性仍然存在。", {}},
      {"zh-Hans", "双方已就价格承诺方案的技术细节基本达成共识。", {{"双方", "agreement", "达成共识"}}},
      {"zh-Hans", "消费者对新品牌的接受需要时间。", {}},
      // 议定书 is a protocol (a noun), not 议定 (agreed); a past signing commits no one
      {"zh-Hans", "上个月，双方签署了自贸区升级议定书。", {}},
      // 宣布将 + a count: 将 marks the object put on a list, no future
      {"zh-Hans", "美国商务部昨天宣布将12家中国实体列入实体清单。", {}},
      {"zh-Hans", "商务部宣布将扩大进口。", {{"商务部", "pledge", "扩大进口"}}},
      // 将 X 由 A 增加至 B states a change made; a survey's share that says it will is a plan
      {"zh-Hans", "人民银行将再贷款额度由5000亿元增加至8000亿元。", {}},
      {"zh-Hans", "政府将由明年起增加补贴。", {{"政府", "pledge", "增加补贴"}}},
      {"zh-Hans", "约76%的受访企业表示未来两年将扩大投资。", {{"约76%的受访企业", "intent", "扩大投资"}}},
      {"zh-Hans", "这是市场决定的。", {}},
      // 确保 binds its maker to a result; after another cue it is that cue's goal; as a purpose it is none
      {"zh-Hans", "省政府确保外贸规模稳中有升。", {{"省政府", "pledge", "外贸规模稳中有升"}}},
      {"zh-Hans", "日方应切实履行承诺，确保排海安全可控。", {{"日方", "exhortation", "履行承诺"}}},
      {"zh-Hans", "加强监管以确保安全。", {}},
      {"zh-Hans", "2025中国—东盟数字贸易周将于下周二在广西南宁开幕。", {}},
      {"zh-Hans", "欢迎参加商务部例行新闻发布会。", {}},
      // 应对…负责 is "should answer for"; 应对 alone is "cope with"
      {"zh-Hans", "申报企业应对申报材料的真实性、准确性负责。", {{"申报企业", "exhortation", "真实性"}}},
      {"zh-Hans", "两国共同应对气候变化。", {}},
      // an invitation urges a visit
      {"zh-Hans", "马方邀请习近平主席在双方方便的时候再次访问马来西亚。", {{"马方", "exhortation", "再次访问"}}},
      // 承诺
      {"zh-Hans", "中方将继续扩大对日进口。", {{"中方", "pledge", "扩大对日进口"}}},
      // a span of time is no subject; after a reporting verb the speaker acts
      // (a survey's share: its answer is a plan, as in English)
      {"zh-Hans", "约六成日资企业表示未来一至两年将维持或扩大在华业务。",
       {{"约六成日资企业", "intent", "扩大在华业务"}}},
      {"zh-Hans", "今后中方将继续扩大开放。", {{"中方", "pledge", "扩大开放"}}},
      // an object ending in 化 after 将 + verb; 将 + noun + 政治化 is the object marker
      {"zh-Hans", "海关将密切监测形势变化。", {{"海关", "pledge", "形势变化"}}},
      {"zh-Hans", "中方将推动贸易投资自由化便利化。", {{"中方", "pledge", "自由化便利化"}}},
      {"zh-Hans", "美方将经贸问题泛安全化。", {}},
      // a plan that describes those whose share is reported is a survey result
      {"zh-Hans", "在华日资企业中，计划在未来一到两年内扩大在华业务的企业占比为21.7%。", {}},
      {"zh-Hans", "希望扩大投资的企业比例达三成。", {}},
      {"zh-Hans", "调查显示，计划“扩大业务”的企业占比约为27.7%，计划“缩小”的企业合计不足一成。", {}},
      // a reporting verb right before the cue: the speaker acts
      {"zh-Hans", "商务部表示将进一步扩大开放。", {{"商务部", "pledge", "扩大开放"}}},
      {"zh-Hans", "数据显示将继续增长。", {}},  // data is no agent
      {"zh-Hans", "贸易顺差将继续扩大。", {}},
      {"zh-Hans", "中方计划提高服务贸易的比重。", {{"中方", "intent", "服务贸易的比重"}}},
      // a forecast marker reaches to the end of its clause, not into the next one
      {"zh-Hans", "超过六成受访企业预计今年在华业务将实现盈利，约三成企业表示计划扩大对华投资。",
       {{"约三成企业", "intent", "扩大对华投资"}}},
      {"zh-Hans", "预计今年两国贸易额将增长5%，并将带动投资增加。", {}},
      {"zh-Hant", "局長丘應樺今日抵達東京。丘應樺明日會前往大阪。", {{"丘應樺", "pledge", "前往大阪"}}},  // the name, learned
      // 应 inside a word (东京应化, 应届, 应聘) is no "should"
      {"zh-Hans", "东京应化工业株式会社拟在惠州设立工厂。", {{"东京应化工业株式会社", "intent", "在惠州设立工厂"}}},
      {"zh-Hans", "中方承诺进一步缩减外资准入负面清单。", {{"中方", "pledge", "缩减外资准入负面清单"}}},
      {"zh-Hans", "中日双方致力于维护多边贸易体制。", {{"中日双方", "pledge", "维护多边贸易体制"}}},
      {"zh-Hans", "双方决心推动两国关系改善发展。", {{"双方", "pledge", "推动两国关系"}}},
      {"zh-Hans", "中方将坚定不移扩大高水平对外开放，致力于营造一流营商环境。",
       {{"中方", "pledge", "营造一流营商环境"}}},
      {"zh-Hans", "中方将于明年主办第七次对话。", {{"中方", "pledge", "主办第七次对话"}}},
      {"zh-Hans", "日方表示将继续推动青年交流。", {{"日方", "pledge", "推动青年交流"}}},
      {"zh-Hans", "两国海关将加强信息共享，并将简化通关手续。", {{"两国海关", "pledge", "简化通关手续"}}},
      {"zh-Hans", "地方政府保证为外资企业提供同等待遇。", {{"地方政府", "pledge", "同等待遇"}}},
      {"zh-Hans", "日本贸易振兴机构将在大连举办对接会。", {{"日本贸易振兴机构", "pledge", "举办对接会"}}},
      // 一致
      {"zh-Hans", "双方同意尽快启动新一轮磋商。", {{"双方", "agreement", "启动新一轮磋商"}}},
      {"zh-Hans", "双方一致同意加强地方交流。", {{"双方", "agreement", "加强地方交流"}}},
      {"zh-Hans", "双方达成多项共识。", {{"双方", "agreement", "达成多项共识"}}},
      {"zh-Hans", "双方围绕贸易投资深入交换意见，达成广泛共识。", {{"双方", "agreement", "达成广泛共识"}}},
      {"zh-Hans", "双方重申恪守四个政治文件的原则。", {{"双方", "agreement", "四个政治文件"}}},
      {"zh-Hans", "双方商定下一次对话在北京举行。", {{"双方", "agreement", "下一次对话"}}},
      {"zh-Hans", "双方同意建立对话机制，日方将派团参加进博会。",
       {{"双方", "agreement", "建立对话机制"}, {"日方", "pledge", "派团参加进博会"}}},
      {"zh-Hans", "两国领导人去年一致同意推动经贸合作提质升级。", {{"两国领导人", "agreement", "提质升级"}}},
      // 意向
      {"zh-Hans", "日方愿同中方深化节能环保合作。", {{"日方", "intent", "深化节能环保合作"}}},
      {"zh-Hans", "日本企业计划在华新设研发中心。", {{"日本企业", "intent", "新设研发中心"}}},
      {"zh-Hans", "王毅表示，中方愿为日本游客提供更多便利。", {{"中方", "intent", "提供更多便利"}}},
      {"zh-Hans", "日方希望中方回应日本企业的关切。", {{"日方", "intent", "回应日本企业的关切"}}},
      {"zh-Hans", "两国拟于年内签署合作备忘录。", {{"两国", "intent", "签署合作备忘录"}}},
      {"zh-Hans", "中国贸促会表示，愿意同日本经济团体深化合作。", {{"中国贸促会", "intent", "深化合作"}}},
      {"zh-Hans", "日本企业争取在2026年实现盈利。", {{"日本企业", "intent", "实现盈利"}}},
      {"zh-Hans", "日方也希望两国加强人员往来。", {{"日方", "intent", "加强人员往来"}}},
      {"zh-Hans", "商务部将与日方保持密切沟通，并计划于明年举办投资促进会。",
       {{"商务部", "pledge", "保持密切沟通"}, {"商务部", "intent", "举办投资促进会"}}},
      {"zh-Hans", "双方期待早日完成谈判。", {{"双方", "intent", "早日完成谈判"}}},
      // 应当
      {"zh-Hans", "两国应加强在数字经济领域的合作。", {{"两国", "exhortation", "数字经济领域的合作"}}},
      {"zh-Hans", "两国政府必须妥善处理分歧。", {{"两国政府", "exhortation", "妥善处理分歧"}}},
      {"zh-Hans", "中方欢迎更多日本企业来华投资。", {{"中方", "exhortation", "来华投资"}}},
      // a plan denied
      {"zh-Hans", "公司目前暂无在日本建设生产基地的计划。", {}},
      {"zh-Hans", "公司计划在日本建设生产基地。", {{"公司", "intent", "在日本建设生产基地"}}},
      {"zh-Hans", "李强表示，双方要把握正确方向。", {{"双方", "exhortation", "把握正确方向"}}},
      {"zh-Hans", "两国还要加强第三方市场合作。", {{"两国", "exhortation", "第三方市场合作"}}},
      {"zh-Hans", "一是加强政策沟通。", {{"", "exhortation", "加强政策沟通"}}},
      // a plan's numbered task, and the bare verb phrases of the item it opens
      {"zh-Hans", "（一）扩大对日货物贸易规模。用好进口博览会平台，每年组织对接活动不少于20场。",
       {{"", "exhortation", "扩大对日货物贸易规模"}, {"", "exhortation", "用好进口博览会平台"}}},
      {"zh-Hans", "（二）基本情况。今年以来，全市外贸保持增长。", {}},
      {"zh-Hans", "（四）加大对日招商引资力度。", {{"", "exhortation", "加大对日招商引资力度"}}},
      // a guide's advice numbered with Arabic digits; advice addressed to companies; 建议 as a noun
      {"zh-Hans", "（1）做好前期调研。", {{"", "exhortation", "做好前期调研"}}},
      {"zh-Hans", "（4）借助商协会平台。", {{"", "exhortation", "借助商协会平台"}}},
      {"zh-Hans", "（5）防范汇率与利率风险。", {{"", "exhortation", "防范汇率与利率风险"}}},
      {"zh-Hans", "（2）出口情况。全年出口增长5%。", {}},
      {"zh-Hans", "建议中资企业加入在日中国企业协会。", {{"", "exhortation", "加入在日中国企业协会"}}},
      {"zh-Hans", "商务部将认真听取企业意见建议。", {{"商务部", "pledge", "认真听取企业意见"}}},
      {"zh-Hans", "研究所提出三点建议。", {}},
      {"zh-Hans", "基金初期规模建议为二十亿元人民币。", {}},
      {"zh-Hans", "欢迎中国企业赴日开展互利合作。", {{"", "exhortation", "开展互利合作"}}},
      {"zh-Hans", "三是深入打造“投资中国”品牌。", {{"", "exhortation", "投资中国"}}},
      {"zh-Hans", "双方认为，两国应在人工智能领域拓展合作。", {{"两国", "exhortation", "人工智能领域"}}},
      {"zh-Hans", "两国必须排除干扰，稳住合作基本盘。", {{"两国", "exhortation", "稳住合作基本盘"}}},
      {"zh-Hans", "中方呼吁日方停止歧视性做法。", {{"中方", "exhortation", "停止歧视性做法"}}},
      {"zh-Hans", "双方鼓励两国企业开展第三方市场合作。", {{"双方", "exhortation", "开展第三方市场合作"}}},
      {"zh-Hans", "双方需要加强协调。", {{"双方", "exhortation", "加强协调"}}},
      {"zh-Hans", "中国国际进口博览会欢迎日本企业参展。", {{"中国国际进口博览会", "exhortation", "日本企业参展"}}},
      {"zh-Hans", "双方不应将经贸问题政治化。", {{"双方", "exhortation", "政治化"}}},
      {"zh-Hans", "中方愿为两国人员往来提供便利，双方应支持对方办好世博会。",
       {{"中方", "intent", "人员往来"}, {"双方", "exhortation", "办好世博会"}}},
      // 不是承诺
      {"zh-Hans", "中方不会改变对外开放的基本国策。", {}},
      {"zh-Hans", "双方未能就关税问题达成一致。", {}},
      {"zh-Hans", "预计今年双边贸易额将增长5%。", {}},
      {"zh-Hans", "如果美方加征关税，中方将采取反制措施。", {}},
      {"zh-Hans", "中日贸易额将突破3500亿美元。", {}},
      {"zh-Hans", "会议于3月22日在东京举行。", {}},
      {"zh-Hans", "去年中国对日出口下降了7%。", {}},
      {"zh-Hans", "两国企业签署了7份合作文件。", {}},
      {"zh-Hans", "中方代表应日方邀请出席会议。", {}},
      {"zh-Hans", "日本是中国第四大贸易伙伴。", {}},
      {"zh-Hans", "供应链稳定对两国都很重要。", {}},
      {"zh-Hans", "双方共同应对气候变化挑战。", {}},
      {"zh-Hans", "中方不同意日方的提议。", {}},
      {"zh-Hans", "中方没有计划调整关税。", {}},
      {"zh-Hans", "两国关系将迎来新的发展机遇。", {}},
      {"zh-Hans", "这将为两国企业带来新机遇。", {}},
      {"zh-Hans", "避免将经贸问题政治化。", {}},
      {"zh-Hans", "这是双方达成的共识。", {}},
      {"zh-Hans", "一旦出现供应中断，两国将启动应急机制。", {}},
      {"zh-Hans", "各方反对人为将经贸问题政治化。", {}},
      {"zh-Hans", "按照承诺，两国间最终零关税税目比例将达到86%。", {}},
      {"zh-Hans", "本次对话未就出口管制措施的调整达成一致。", {}},
      {"zh-Hans", "有关规则应当公开透明。", {{"有关规则", "exhortation", "公开透明"}}},
      {"zh-Hans", "两国企业已为世博会做好准备。", {}},
      {"zh-Hans", "中方欢迎日本青年访华。", {{"中方", "exhortation", "日本青年访华"}}},
      // 宣布将 is a pledge by the announcer; 要求 opens an exhortation of its own;
      // what was 商定/约定 is one agreement
      {"zh-Hans", "松下公司宣布将在苏州新建一座电池工厂。", {{"松下公司", "pledge", "新建一座电池工厂"}}},
      {"zh-Hans", "两国约定，双方将每年轮流举办部长级对话。", {{"两国", "agreement", "轮流举办部长级对话"}}},
      {"zh-Hans", "该项目完全符合环保要求。", {}},
      // investment commitments as a sum; a quantity's forecast with an adverb before 将
      {"zh-Hans", "去年我国共吸引137亿新元的固定资产投资承诺。", {}},
      {"zh-Hans", "15个成员国的零关税产品数量整体上将超过90%。", {}},
      // 将 before a quantity forecasts; a notice's 请各… urges the bodies addressed; 申请 is no request
      {"zh-Hans", "本届参与洽谈的境外采购商将超过20万人。", {}},
      {"zh-Hans", "请各区商务主管部门于8月22日前报送名单。", {{"", "exhortation", "报送名单"}}},
      {"zh-Hans", "企业可申请各类补贴。", {}},
  };
  return kExamples;
}

const std::vector<CommitmentExample>& TraditionalCommitmentExamples() {
  static const std::vector<CommitmentExample> kExamples = {
      {"zh-Hant", "雙方同意加強金融合作。", {{"雙方", "agreement", "加強金融合作"}}},
      {"zh-Hant", "日方將繼續推動綠色轉型。", {{"日方", "pledge", "推動綠色轉型"}}},
      // a meeting's name before the parties is no approver (臺日經貿會議…雙方同意); a headline's
      // full-width space ends what stands before the subject
      {"zh-Hant", "臺日經貿會議在東京登場　雙方同意深化半導體合作", {{"雙方", "agreement", "深化半導體合作"}}},
      // the premier's request to a ministry and its partner
      {"zh-Hant", "同時請外交部及駐外館處協助企業排除非關稅障礙。", {{"", "exhortation", "排除非關稅障礙"}}},
      // a board's resolution binds it; a meeting set for a date is a plan; the board's 會 is no "will"
      {"zh-Hant", "本行理監事會一致決議：重貼現率維持年息2%不變。", {{"本行理監事會", "pledge", "重貼現率維持"}}},
      {"zh-Hant", "本行下次理監事聯席會議訂於115年3月19日舉行。",  // the meeting is the subject, as in English
       {{"本行下次理監事聯席會議", "intent", "115年3月19日舉行"}}},
      {"zh-Hant", "本行理監事會於今日舉行聯席會議，會中檢視經濟金融情勢。", {}},
      // forecasts: what may happen (可望), a rate, a market that decides; 支應 holds no "should"
      {"zh-Hant", "日本央行可望於明日的會議中將政策利率調升至0.75%。", {}},
      {"zh-Hant", "經濟成長率將較今年放緩。", {}},
      {"zh-Hant", "新臺幣匯率原則上由市場供需決定。", {}},
      {"zh-Hant", "資金足以支應經濟活動所需。", {}},
      // 應付 (cope with) and 因應 (in response to) hold no "should"
      {"zh-Hant", "機管局擴建設施，以應付電商貨物的增長。", {}},
      {"zh-Hant", "有關數字或會因應後續資料而作出修訂。", {}},
      // a situation's 會 is a forecast
      {"zh-Hant", "地緣政治緊張局勢會繼續為環球貿易帶來不確定性。", {}},
      // welcoming more firms to make Hong Kong their base invites them
      {"zh-Hant", "我們歡迎更多海外企業以香港為基地，開拓亞洲市場。", {{"我們", "exhortation", "海外企業"}}},
      // 應 inside a person's name (丘應樺) is no "should"
      {"zh-Hant", "商務及經濟發展局局長丘應樺今日抵達東京。", {}},
      {"zh-Hant", "丘應樺表示，歡迎日本企業善用香港平台拓展業務。", {{"丘應樺", "exhortation", "善用香港平台"}}},
      {"zh-Hans", "该项目计划总投资约42亿美元。", {}},  // planned total investment: a noun
      {"zh-Hans", "应全国人大常委会委员长赵乐际邀请，日本众议院议长将访华。", {{"日本众议院议长", "pledge", "访华"}}},
      {"zh-Hans", "中方已将日本公民免签入境停留期限由15天延长至30天。", {}},  // done already
      {"zh-Hant", "第50屆臺日經濟貿易會議預定明年在臺北舉行。", {{"第50屆臺日經濟貿易會議", "intent", "臺北舉行"}}},
      {"zh-Hant", "政府規劃於2035年前將離岸風電容量提升至2,060萬瓩。", {{"政府", "intent", "離岸風電"}}},
      {"zh-Hant", "兩國應攜手應對氣候變化。", {{"兩國", "exhortation", "攜手應對氣候變化"}}},
      {"zh-Hant", "中方願意與日方分享經驗。", {{"中方", "intent", "分享經驗"}}},
      {"zh-Hant", "香港歡迎日本企業來港投資。", {{"香港", "exhortation", "來港投資"}}},
      {"zh-Hant", "兩家銀行承諾提供專項融資。", {{"兩家銀行", "pledge", "提供專項融資"}}},
      {"zh-Hant", "預計今年貿易額將增長。", {}},
      {"zh-Hant", "雙方未能達成協議。", {}},
      // 會 after an actor is a pledge; nouns with 會 and actor-less forecasts are not
      {"zh-Hant", "運輸署會於下月公布新的泊車安排。", {{"運輸署", "pledge", "公布新的泊車安排"}}},
      {"zh-Hant", "本局會繼續與日本業界保持緊密聯繫。", {{"本局", "pledge", "保持緊密聯繫"}}},
      {"zh-Hant", "研討會在灣仔會議展覽中心舉行。", {}},
      {"zh-Hant", "這是與日本企業交流的好機會。", {}},
      {"zh-Hant", "雙方商定，兩地將互設聯絡處。", {{"雙方", "agreement", "互設聯絡處"}}},
      // a budget speech: the speaker's own proposal is an intent, 我會 a pledge; reserves and measures forecast
      {"zh-Hant", "我建議寬減薪俸稅，上限為1,500元。", {{"我", "intent", "寬減薪俸稅"}}},
      {"zh-Hant", "我會預留100億元成立基金。", {{"我", "pledge", "預留100億元"}}},
      // a legislator's request to a ministry; a board's resolution; attributable profit; an estimate
      {"zh-Hant", "未答復部分請經濟部於兩週內以書面答復。", {{"未答復部分", "exhortation", "以書面答復"}}},
      {"zh-Hant", "請部長研議。", {{"", "exhortation", "研議"}}},
      {"zh-Hant", "董事會已議決宣派中期股息每股8.0港仙。", {{"董事會", "pledge", "宣派中期股息"}}},
      {"zh-Hans", "第六届董事会第十次会议决议通过。", {}},
      {"zh-Hant", "本公司擁有人應佔溢利約為人民幣121.5百萬元。", {}},
      {"zh-Hant", "我們預估第二季會持續好轉。", {}},
      {"zh-Hant", "財政儲備將於明年3月底降至5,803億元。", {}},
      {"zh-Hant", "這項措施將惠及191萬名納稅人。", {}},
  };
  return kExamples;
}

const std::vector<CommitmentExample>& JapaneseCommitmentExamples() {
  static const std::vector<CommitmentExample> kExamples = {
      // 一致・合意・確認
      {"ja", "両国は、経済対話を定期的に開催することで一致した。", {{"両国", "agreement", "経済対話を定期的に開催"}}},
      // an assembly's procedure: the chair's order of business, the floor given, an answer begun
      {"ja", "日程第１、議案に対する質疑並びに一般質問を継続して行います。", {}},
      {"ja", "通告に従い、発言を許します。", {}},
      // an interviewer's line asks; a request received is no urging; a heading names a policy
      {"ja", "――まず足元の業績から聞かせてください。", {}},
      {"ja", "特別委員会からの再検討の要請を受け、公開買付者は価格を引き上げた。", {}},
      {"ja", "上場廃止及び本公開買付け後の組織再編等の方針", {}},
      // a company's own steps in the polite non-past; considering a step is an intent; a plant's start is no act
      {"ja", "当社は画像検査ソフトの共同開発を4月から始めます。", {{"当社", "pledge", "共同開発"}}},
      {"ja", "当社は機械を日本に逆輸入することも考えています。", {{"当社", "intent", "逆輸入"}}},
      {"ja", "今年10月にはタイで新工場が稼働する。", {}},
      {"ja", "当社は2027年度に売上高500億円を目標に掲げています。", {{"当社", "intent", "500億円"}}},
      // a measure reaching a value; a greeting's close and its wishes
      {"ja", "引き上げ幅は65円、率にして6.6%に達します。", {}},
      {"ja", "会員の皆様のご繁栄とご健勝を祈念いたしまして、年頭のご挨拶といたします。", {}},
      // a speech's polite "as for … too" is no "even if"
      {"ja", "中国につきましても、商談機会の確保に努めてまいります。", {{"", "pledge", "商談機会の確保"}}},
      {"ja", "需要が減少しても、雇用を維持してまいります。", {}},
      // a written question (質問主意書): what it asks commits no one, its covering lines
      // are procedure, a premise before が、 may commit, and すべきではないか urges
      {"ja", "中国向け水産物の輸出額を明らかにされたい。", {}},
      {"ja", "これに対する政府の対応方針を示されたい。", {}},
      {"ja", "政府は輸出額を五兆円とする目標を掲げているが、どのように取り組むのか、具体的に示されたい。",
       {{"政府", "intent", "目標"}}},
      {"ja", "右の質問主意書を国会法第七十四条によって提出する。", {}},
      {"ja", "以上を踏まえ、以下質問する。", {}},
      {"ja", "別紙答弁書を送付する。", {}},
      {"ja", "政府は、支援を来年度以降も継続すべきではないか。", {{"政府", "exhortation", "継続"}}},
      {"ja", "今後の見通しはどうか。", {}},
      {"ja", "○知事（中原啓一君）　青木議員の御質問に順次お答えしてまいります。", {}},
      {"ja", "県としては、輸出支援を強化してまいります。", {{"県", "pledge", "輸出支援を強化"}}},
      // a news sentence ending in the plan; considering a step is an intent still open
      {"ja", "同社は雇用をフル稼働時に約250人に増やす計画。", {{"同社", "intent", "約250人に増やす"}}},
      {"ja", "同社は経済産業省の補助金の活用も検討している。", {{"同社", "intent", "補助金の活用"}}},
      {"ja", "第2期の生産棟は、2029年度以降の着工を検討する。", {{"第2期の生産棟", "intent", "着工"}}},
      // requests to the reader (〜してください, ご活用ください); a reporter's question is none
      {"ja", "申請者は、実績報告書を提出してください。", {{"申請者", "exhortation", "実績報告書"}}},
      {"ja", "市の融資制度もあわせてご活用ください。", {{"", "exhortation", "融資制度"}}},
      {"ja", "据え置きの理由を教えてください。", {}},
      {"ja", "動画を再生する際は、ブラウザの設定をご確認ください。", {}},
      // a request to another party is an exhortation, longer than one's own wish (たい)
      {"ja", "日銀には、適切な政策運営を行っていただきたい。", {{"", "exhortation", "適切な政策運営"}}},
      {"ja", "議長国である日本には、粘り強く調整を続けてほしい。", {{"", "exhortation", "調整を続け"}}},
      // a reporter's statement before the question reports a plan; the question commits no one;
      // a call as a noun, and 予定する before the planned thing, are none
      {"ja", "問：政府は今週中にも総合経済対策を取りまとめる方針だ。期待することは。",
       {{"政府", "intent", "総合経済対策"}}},
      {"ja", "問：先週、中国外務省による渡航自粛の呼びかけがあった。影響は。", {}},
      {"ja", "来年2月に予定する訪米ミッションの日程が固まった。", {}},
      // notes on using the page, and a section heading
      {"ja", "詳細な計数については、ホームページに掲載している資料を参照されたい。", {}},
      {"ja", "本件に関するお問い合わせは、ページ下部のお問い合わせフォームよりお願いいたします。", {}},
      {"ja", "６．今後の予定", {}},
      // 希望する before a noun is a relative clause; 予定 before a noun a planned thing
      {"ja", "申請を希望する事業者は多い。", {}},
      {"ja", "導入予定設備の効果を算定した。", {}},
      // a decision binds the body; 金融市場調節方針 is a guideline, not 方針 (intends)
      {"ja", "日本銀行は、政策金利を据え置くことを、賛成多数で決定しました。", {{"日本銀行", "pledge", "政策金利を据え置く"}}},
      {"ja", "会合では、政策金利を据え置くことが決まりました。", {{"", "pledge", "政策金利を据え置く"}}},
      // deciding to (することといたしました), readiness (用意がある), a stated aim, a promise to disclose later
      {"ja", "当社は、同社を解散及び清算することといたしました。", {{"当社", "pledge", "解散及び清算"}}},
      {"ja", "中国側は、日本側との対話を継続する用意があります。", {{"中国側", "intent", "対話を継続"}}},
      {"ja", "本調査は、地域ごとの景気動向を把握することを目的とする。", {{"本調査", "intent", "景気動向を把握"}}},
      {"ja", "当社は、詳細が確定次第お知らせいたします。", {{"当社", "pledge", "詳細"}}},
      // a causative (向上させます) and 充てます close a plan the speaker binds itself to
      {"ja", "当社は、2027年度までに生産性を30％向上させます。", {{"当社", "pledge", "生産性"}}},
      {"ja", "当社は、このうち約4割を新工場の建設に充てます。", {{"当社", "pledge", "約4割"}}},
      // the speaker announcing what they will speak about is the speech itself
      {"ja", "まず、中国経済についてお話しします。", {}},
      // advice: it is appropriate to …
      {"ja", "緩和的な金融環境を維持することが適当と考えています。", {{"", "exhortation", "金融環境を維持"}}},
      // holding up a vision; continuing with a plain verb
      {"ja", "当社グループは、長期ビジョンとして「水の新たな価値の開拓者」を掲げています。", {{"当社グループ", "intent", "水の新たな価値"}}},
      {"ja", "当社は、社会の水課題の解決に挑み続けます。", {{"当社", "pledge", "水課題の解決"}}},
      {"ja", "三か国は、首脳会議を早期に開催することで一致した。", {{"三か国", "agreement", "首脳会議を早期に開催"}}},
      {"ja", "経団連も、来年春に北京で対話を行う予定です。", {{"経団連", "intent", "北京で対話を行う"}}},
      {"ja", "・両国は、対話を継続することで一致した。", {{"両国", "agreement", "対話を継続"}}},
      // a speech act done by saying it is no promise
      {"ja", "○篠原国務大臣　お答えいたします。", {}},
      {"ja", "質疑の申出がありますので、順次これを許します。", {}},
      {"ja", "本日は、これにて散会いたします。", {}},
      {"ja", "本日は3点、発表いたします。", {}},
      // welcoming an action of others urges it; an aim said humbly stays an aim; a board resolves
      {"ja", "商工大臣は「日本からの投資と技術移転を引き続き歓迎する」と述べた。",
       {{"商工大臣", "exhortation", "技術移転を引き続き歓迎"}}},
      {"ja", "当社は、継続的な増配を目指してまいります。", {{"当社", "intent", "継続的な増配"}}},
      {"ja", "本日開催の取締役会において、自己株式の取得を決議いたしました。", {{"", "pledge", "自己株式の取得"}}},
      // a form's label and a heading are no plan
      {"ja", "定時株主総会開催予定日　2025年6月26日", {}},
      {"ja", "利益配分に関する基本方針", {}},
      // a trend is no act
      {"ja", "物価上昇率は、見通し期間後半には2％程度で推移する。", {}},
      {"ja", "今後も、協力を強化していく考えです。", {{"", "intent", "協力を強化"}}},  // a time word is no actor
      // obligations, plans and wishes
      {"ja", "日本はASEAN各国と協力しなければならない。", {{"日本", "exhortation", "ASEAN各国と協力"}}},
      {"ja", "十倉会長は「対話の窓口を閉ざしてはならない」と語った。", {{"十倉会長", "exhortation", "対話の窓口を閉ざ"}}},
      {"ja", "企業は中国市場から撤退すべきではない。", {{"企業", "exhortation", "中国市場から撤退"}}},
      {"ja", "日中関係はなくてはならない存在だ。", {}},  // indispensable: no one is urged
      {"ja", "当社は、2030年度までに生産能力を約1.5倍に引き上げる計画です。", {{"当社", "intent", "生産能力"}}},
      // a name with its short form defined in brackets; a quoted name inside a subject
      {"ja", "東洋精機株式会社（以下「当社」）は、タイに新工場を建設する予定です。",
       {{"東洋精機株式会社", "intent", "タイに新工場"}}},
      {"ja", "政府の「地方創生2.0」は、若者の定住を目指す。", {{"政府の「地方創生2.0」", "intent", "若者の定住"}}},
      // welcoming what has happened urges no one; welcoming an act to come does
      {"ja", "閣僚は、2024年の物品貿易額が2,471億ドルに達したことを歓迎した。", {}},
      {"ja", "閣僚は、協定が全ての締約国について発効したことを歓迎し、その活用を促した。",
       {{"閣僚", "exhortation", "活用"}}},
      // polite requests and expectations addressed to others
      {"ja", "経済界の皆様には、賃上げを実現していただくよう、強くお願いいたします。",
       {{"", "exhortation", "賃上げを実現"}}},
      {"ja", "日本銀行には、適切な金融政策運営を行うことを期待いたします。", {{"", "intent", "金融政策運営"}}},
      {"ja", "閣僚は、ASEAN加盟国に対し、投資手続の迅速化に取り組むよう奨励した。",
       {{"閣僚", "exhortation", "投資手続の迅速化"}}},
      // a humble volitional ending is the speaker's own act, even after a thing as topic
      {"ja", "ガソリン価格は、1リットル当たり175円程度に抑えてまいります。", {{"ガソリン価格", "pledge", "175円程度"}}},
      // two acts side by side are two commitments; a purpose (目指し) continues into the next
      {"ja", "閣僚は、多角的貿易体制への支持を再確認し、MC14の成功に向けて緊密に連携することで一致した。",
       {{"閣僚", "agreement", "支持"}, {"閣僚", "agreement", "緊密に連携"}}},
      {"ja", "両国は、青少年交流の拡大を目指し、今後3年間で相互訪問を実施する方針である。",
       {{"両国", "intent", "相互訪問"}}},
      // the main predicate after the purpose gives the strength; 目指しており is a clause of its own
      {"ja", "県は、若者に選ばれる地域を目指し、今後3年間で新たな基金を創設いたします。",
       {{"県", "pledge", "基金を創設"}}},
      {"ja", "政府は排出削減量の確保を目指しており、案件形成をさらに加速すべきである。",
       {{"政府", "intent", "確保"}, {"政府", "exhortation", "加速"}}},
      // a target set in the humble form is still an aim
      {"ja", "県は、移住者数を年間5,000人に増やすことを目標といたします。", {{"県", "intent", "5,000人"}}},
      // a target set is an intent; the act after it is its own, unless it points back (その実現);
      // the quotation mark opens the speech, not the commitment
      {"ja", "同社は海外売上高比率を65%に高める目標も掲げ、「東南アジアの売上高を5年で2倍にしたい」と語った。",
       {{"同社", "intent", "65%に高める"}, {"同社", "intent", "2倍にしたい"}}},
      {"ja", "政府は、官民の投資目標を掲げ、その実現を目指します。", {{"政府", "intent", "その実現"}}},
      // a shared goal is agreed; a cabinet decision binds; 予定する is one plan
      {"ja", "閣僚は、貿易額を2030年までに3,000億ドル以上に拡大するとの目標を共有した。",
       {{"閣僚", "agreement", "3,000億ドル"}}},
      {"ja", "政府は、先月28日、総合経済対策を閣議決定いたしました。", {{"政府", "pledge", "総合経済対策"}}},
      {"ja", "投資額は約320億円で、28年1～3月期の量産開始を予定する。", {{"投資額", "intent", "量産開始"}}},
      // 見込み as a noun (成約見込みの案件) is no forecast of the sentence; as its predicate it is
      {"ja", "成約見込みとなった案件については、契約締結までフォローアップしてまいります。",
       {{"", "pledge", "フォローアップ"}}},
      {"ja", "売上高は前年比5%増える見込みだ。", {}},
      // a reported intention, an assent, a signed memorandum, a plan with its verb; a time is no actor
      {"ja", "王部長からは、意思疎通を続けていく考えが示された。", {{"", "intent", "意思疎通を続けていく"}}},
      {"ja", "岩屋大臣から、多角的貿易体制の維持・強化が重要であると述べ、王部長もこれに同意した。",
       {{"", "exhortation", "維持・強化"}, {"王部長", "agreement", "同意"}}},
      {"ja", "静岡県と浙江省商務庁は「協力強化に関する覚書」に署名しました。",
       {{"静岡県と浙江省商務庁", "agreement", "覚書"}}},
      {"ja", "県は、2026年度は、県内企業１０社程度の出展を計画しています。", {{"県", "intent", "出展"}}},
      // …する計画で、: the plan ends its clause, and the next has its own actor
      {"ja", "大東精機はタイで約300億円を投じる計画で、北斗工業もインドネシアの新工場を稼働させる予定だ。",
       {{"大東精機", "intent", "300億円"}, {"北斗工業", "intent", "新工場を稼働"}}},
      // transitive plain verbs of plans in news style
      {"ja", "同社は、タイの工業団地に約480億円を投じ、新工場を建てる。", {{"同社", "pledge", "新工場"}}},
      {"ja", "政府は、中小企業向けに最大2,000億円の融資枠を設ける。", {{"政府", "pledge", "融資枠"}}},
      // 期す: the speaker sees to it; お知らせいたします is the notice itself
      {"ja", "政府は、中小企業の資金繰り支援に万全を期す。", {{"政府", "pledge", "資金繰り支援"}}},
      {"ja", "当社は、新中期経営計画を決定しましたので、お知らせいたします。", {}},
      {"ja", "日本側は、円借款を供与する意図を表明した。", {{"日本側", "intent", "円借款を供与"}}},
      {"ja", "経産省は、約450億円を計上する方向で調整している。", {{"経産省", "intent", "約450億円を計上"}}},
      {"ja", "これは正しい方向だ。", {}},
      {"ja", "外務省幹部は「首脳の相互往来を年内に実現させたい」と語った。", {{"外務省幹部", "intent", "相互往来"}}},
      {"ja", "武藤大臣は「対話を通じて改善を求めていく」と述べた。", {{"武藤大臣", "exhortation", "改善を求め"}}},
      // 歓迎 is said by the topic, not by the subject inside what is welcomed
      {"ja", "ベトナム側は、日本企業が工業団地に投資することを歓迎する。",
       {{"ベトナム側", "exhortation", "工業団地に投資"}}},
      {"ja", "報道官は、投資を「引き続き歓迎する」と述べたうえで、内国民待遇を着実に実施すると表明した。",
       {{"報道官", "exhortation", ""}, {"報道官", "pledge", "内国民待遇"}}},
      // も after a particle or a noun is "too", not "even if"; としては/としても mark the actor
      {"ja", "当社は、蘇州工場についても引き続き運営してまいります。", {{"当社", "pledge", "蘇州工場"}}},
      {"ja", "日本としても、積極的に取り組んでまいります。", {{"日本", "pledge", "積極的に取り組"}}},
      {"ja", "政府としては、対話を続ける方針です。", {{"政府", "intent", "対話を続ける"}}},
      {"ja", "価格が上がったとしても、当社は生産を続けます。", {}},
      {"ja", "経済産業省は、輸出手続きを簡素化するよう中国側に申し入れた。", {{"経済産業省", "exhortation", "輸出手続きを簡素化"}}},
      {"ja", "同社は来年度に北京で研究拠点を開設する考えだ。", {{"同社", "intent", "研究拠点を開設"}}},
      {"ja", "同社は中国向け製品の価格を引き下げると発表した。", {{"同社", "pledge", "価格を引き下げる"}}},
      {"ja", "双方は、次回会合を東京で開催することで合意した。", {{"双方", "agreement", "次回会合を東京で開催"}}},
      {"ja", "双方は、対話を継続することを確認した。", {{"双方", "agreement", "対話を継続"}}},
      {"ja", "両国首脳は、戦略的互恵関係を包括的に推進することで一致した。",
       {{"両国首脳", "agreement", "戦略的互恵関係"}}},
      {"ja", "また、投資協定の見直しについて協議することで合意した。", {{"", "agreement", "投資協定の見直し"}}},
      {"ja", "両政府は、気候変動分野での協力を強化することを申し合わせた。", {{"両政府", "agreement", "協力を強化"}}},
      {"ja", "双方は、首脳間の意思疎通を緊密に行っていくことで一致した。", {{"双方", "agreement", "意思疎通"}}},
      {"ja", "岩屋大臣と王毅部長は、対話の早期再開で一致した。", {{"岩屋大臣と王毅部長", "agreement", "対話の早期再開"}}},
      {"ja", "日中双方は、サプライチェーンの強靭化に向けて連携していくことを確認した。",
       {{"日中双方", "agreement", "サプライチェーンの強靭化"}}},
      {"ja", "双方は、エネルギー分野での協力を深めることで合意し、共同研究を開始することを確認した。",
       {{"双方", "agreement", "協力を深める"}, {"双方", "agreement", "共同研究を開始"}}},  // two acts
      // 決意・表明・平叙
      {"ja", "日本側は、輸出管理について説明を続けていく。", {{"日本側", "pledge", "説明を続けていく"}}},
      {"ja", "中国側は、市場アクセスを一層改善する。", {{"中国側", "pledge", "市場アクセスを一層改善"}}},
      {"ja", "外務大臣は、日中関係の改善に取り組む決意を表明した。", {{"外務大臣", "pledge", "日中関係の改善"}}},
      {"ja", "中国は高水準の対外開放を推進するとの発言があった。", {{"中国", "pledge", "高水準の対外開放"}}},
      {"ja", "日本側は、引き続き中国側に働きかけていく。", {{"日本側", "pledge", "働きかけていく"}}},
      {"ja", "日本は、今後も自由貿易体制の維持に努める。", {{"日本", "pledge", "自由貿易体制の維持"}}},
      {"ja", "日本側は輸出管理の透明性を高める。中国側は市場開放を進める。",
       {{"日本側", "pledge", "透明性を高める"}, {"中国側", "pledge", "市場開放を進める"}}},
      {"ja", "中国は、日本を含む各国に対し、ビザ免除措置を延長すると発表した。", {{"中国", "pledge", "ビザ免除措置を延長"}}},
      {"ja", "両国は、核兵器を保有しない。", {{"両国", "pledge", "保有しない"}}},
      {"ja", "当社は、上海の拠点を通じて日本企業の進出を支援します。", {{"当社", "pledge", "進出を支援"}}},
      // 予定・方針・目指す・期待
      {"ja", "両国は、青年交流を拡大する方針である。", {{"両国", "intent", "青年交流を拡大"}}},
      {"ja", "ジェトロは、来年上海で商談会を開催する予定である。", {{"ジェトロ", "intent", "商談会を開催"}}},
      {"ja", "同社は、2030年までに売上高の倍増を目指す。", {{"同社", "intent", "売上高の倍増"}}},
      {"ja", "首相は、中国が公正な環境を提供することを期待すると述べた。", {{"首相", "intent", "公正な環境を提供"}}},
      {"ja", "中国側は、日本産水産物の輸入再開を検討する考えである。", {{"中国側", "intent", "輸入再開を検討"}}},
      {"ja", "日本側は、中国側の懸念に丁寧に対応していく考えを示した。", {{"日本側", "intent", "丁寧に対応"}}},
      {"ja", "日本企業は、中国市場での事業拡大を計画している。", {{"日本企業", "intent", "事業拡大"}}},
      {"ja", "日本は、2050年までにカーボンニュートラルの実現を目指す。", {{"日本", "intent", "カーボンニュートラルの実現"}}},
      {"ja", "双方は、次回対話を来年中国で開催する予定である。", {{"双方", "intent", "次回対話を来年中国で開催"}}},
      {"ja", "両国は、第三国市場での協力を推進していく方針である。", {{"両国", "intent", "第三国市場での協力"}}},
      {"ja", "両国は、青少年交流の拡大を目指し、毎年1万人の相互訪問を実施する方針である。",
       {{"両国", "intent", "相互訪問を実施"}}},
      {"ja", "中国側からは、日本企業の投資拡大を期待するとの発言があった。", {{"", "intent", "投資拡大"}}},
      // べき・必要・求める・歓迎
      {"ja", "日中両国は、互恵関係を推進すべきである。", {{"日中両国", "exhortation", "互恵関係を推進"}}},
      {"ja", "中国側が透明な運用を確保する必要がある。", {{"中国側", "exhortation", "透明な運用を確保"}}},
      {"ja", "日本政府は、中国に対して邦人の早期解放を求めた。", {{"日本政府", "exhortation", "邦人の早期解放"}}},
      {"ja", "経団連は、中国企業の日本への投資を歓迎する。", {{"経団連", "exhortation", "投資を歓迎"}}},
      {"ja", "両国は、互いの懸念に適切に対処すべきだ。", {{"両国", "exhortation", "適切に対処"}}},
      {"ja", "王部長は、日本側に公平な対応を求めると述べた。", {{"王部長", "exhortation", "公平な対応"}}},
      {"ja", "岩屋大臣は、中国側に対し、日本産食品の輸入規制撤廃を改めて要請した。",
       {{"岩屋大臣", "exhortation", "輸入規制撤廃"}}},
      {"ja", "両国は、経済安全保障を政治化すべきではない。", {{"両国", "exhortation", "政治化"}}},
      {"ja", "企業の声を聞くことが重要である。", {{"", "exhortation", "企業の声を聞く"}}},
      {"ja", "日本側は、中国側に対し、日本人の安全確保を強く求めた。", {{"日本側", "exhortation", "安全確保"}}},
      {"ja", "大臣は、日本企業が安心して活動できるよう、中国側が法執行の透明性を高める必要があると指摘した。",
       {{"中国側", "exhortation", "法執行の透明性"}}},
      // 約束ではない
      {"ja", "本日、東京で第6回対話が開催された。", {}},
      {"ja", "令和5年の対中輸出は前年比で減少した。", {}},
      {"ja", "日本と中国は、長い交流の歴史を持つ。", {}},
      {"ja", "両国の貿易額は増加する見込みである。", {}},
      {"ja", "合意には至らなかった。", {}},
      {"ja", "双方は、関税問題で一致しなかった。", {}},
      {"ja", "もし協議が決裂すれば、日本側は対抗措置を発動する。", {}},
      {"ja", "同社は、中国から撤退するつもりはない。", {}},
      {"ja", "訪日中国人旅行者数は約700万人であった。", {}},
      {"ja", "両国は、国交正常化以来、経済関係を発展させてきた。", {}},
      {"ja", "両国の経済関係はますます緊密になっている。", {}},
      {"ja", "日本側は、中国側の措置を歓迎した。", {}},
      {"ja", "貿易額は増加する。", {}},
      {"ja", "今年は多くの観光客が来日します。", {}},
      {"ja", "日本政府や経済団体に期待することは何ですか。", {}},
      {"ja", "中国経済の成長率は5%前後となる見通しである。", {}},
      {"ja", "中国が日本人のビザ免除を再開したことは大変ありがたい。", {}},
      {"ja", "答　日本政府は、改善を強く求めるべきだ。", {{"日本政府", "exhortation", "改善を強く求めるべきだ"}}},
      {"ja", "私たちは、両国の若者の交流を一層深めていきたい。", {{"私たち", "intent", "交流を一層深めていきたい"}}},
      {"ja", "当社は、中国市場での事業に引き続き取り組んでまいります。", {{"当社", "pledge", "取り組んでまいります"}}},
      {"ja", "専門家は「供給網の強靱化が必要だ」と指摘する。", {{"供給網の強靱化", "exhortation", "必要だ"}}},
      // demanding of another government with the humble ending; a reporter's question
      {"ja", "政府としては、輸入規制の即時撤廃を引き続き強く求めてまいります。", {{"政府", "exhortation", "即時撤廃"}}},
      {"ja", "中国のレアアース輸出管理についてお伺いします。", {}},
      {"ja", "その変化はわが国経済に直結する。", {}},
  };
  return kExamples;
}

}  // namespace dossier::test
