# ruff: noqa: E501  (one case a line reads better than wrapped ones)
"""Generate general.jsonl beside this file: sentences in the wording of real wire copy.

Written to test how the rules carry over to new phrasings, countries and
distractors; none is copied from dev.jsonl or cases.jsonl, and no rule may
special-case one. Edit here, then run: python tests/data/extract/make_general.py
"""

from casekit import CaseFile

KIT = CaseFile(old_checked=False)
t, n, case = KIT.t, KIT.n, KIT.case


# --- tariff moves, many verbs and countries ----------------------------------------
case(
    "tariff",
    "The European Union slapped a 25% levy on American motorcycles and bourbon in retaliation for the steel tariffs.",
    t("EU", "US", 25, status="in_effect"),
)
case(
    "tariff",
    "Canada will impose duties of 10% on a range of US consumer goods, including orange juice and coffee, from Tuesday, Finance Minister Dominic LeBlanc said.",
    t("CA", "US", 10, status="announced"),
)
case(
    "tariff",
    "Washington raised the tariff rate on Indian goods to 50% from 25% on Wednesday, citing New Delhi's purchases of Russian oil.",
    t("US", "IN", 50, 25, "in_effect"),
)
case(
    "tariff",
    "Trump said he would impose a 34% reciprocal tariff on imports from China if Beijing did not back down.",
    t("US", "CN", 34, status="threatened"),
)
case(
    "tariff",
    "Trump threatened tariffs of up to 200% on French wine and champagne.",
    t("US", "FR", 200, status="threatened"),
)
case(
    "tariff",
    "Japan's exports to the US will face a 24% tariff under the reciprocal scheme.",
    t("US", "JP", 24, status="announced"),
)
case(
    "tariff",
    "Chinese goods will face a 10% duty starting Feb. 1, the White House said.",
    t("US", "CN", 10, status="announced"),
    published="2025-01-28",
)
case(
    "tariff",
    "The US will impose tariffs of 25% on Canada and Mexico and 10% on China from Saturday.",
    t("US", "CA", 25, status="announced"),
    t("US", "MX", 25, status="announced"),
    t("US", "CN", 10, status="announced"),
)
case(
    "tariff",
    "India imposed anti-dumping duties of 30.6% on Chinese solar glass for five years.",
    t("IN", "CN", 30.6, status="in_effect"),
)
case(
    "tariff",
    "Brussels imposed countervailing duties of up to 35.3% on electric vehicles made in China.",
    t("EU", "CN", 35.3, status="in_effect"),
)
case(
    "tariff",
    "The US levy on Vietnamese shrimp, which took effect on Friday, stands at 25%.",
    t("US", "VN", 25, status="in_effect"),
)
case(
    "tariff",
    "Mexico will raise tariffs on cars from China to 50% from 20% next year under a plan approved by Congress.",
    t("MX", "CN", 50, 20, "announced"),
)
case(
    "tariff",
    "Brazil will apply a 50% tariff on US goods if Washington goes ahead with its threat, Lula said.",
    t("BR", "US", 50, status="threatened"),
)
case(
    "tariff",
    "India will halve its tariff on British whisky to 75% from 150% under the trade deal.",
    t("IN", "GB", 75, 150, "announced"),
    n("IN", "GB", "agreement"),
)
case(
    "tariff",
    "Switzerland was stunned by a 39% US tariff on its exports, one of the highest rates imposed on any country.",
    t("US", "CH", 39, status="in_effect"),
)
case(
    "tariff",
    "Australia's beef exports will face a 10% baseline tariff in the United States.",
    t("US", "AU", 10, status="announced"),
)
case(
    "tariff",
    "Turkey imposed an additional 40% tariff on vehicle imports from China.",
    t("TR", "CN", 40, status="in_effect", additional=True),
)
case(
    "tariff",
    "South Africa's citrus growers face a 30% US tariff that took effect on Aug. 7.",
    t("US", "ZA", 30, status="in_effect"),
    published="2025-08-11",
)
case(
    "tariff",
    "Indonesia will face a 19% tariff on its exports to the United States under the deal reached with Washington.",
    t("US", "ID", 19, status="announced"),
    n("ID", "US", "agreement"),
)
case(
    "tariff",
    "Vietnamese goods shipped to the US will be subject to a 20% tariff, Trump said after a call with To Lam.",
    t("US", "VN", 20, status="announced"),
)
case(
    "tariff",
    "The Trump administration slapped 50% tariffs on steel and aluminium imports from all countries except Britain.",
    t("US", "*", 50, status="in_effect"),
)
case(
    "tariff",
    "Ottawa will remove its 25% counter-tariffs on US goods covered by the USMCA from Sept. 1.",
    t("CA", "US", 0, 25, "announced"),
    published="2025-08-22",
)
case(
    "tariff",
    "China suspended the additional 24% tariff on US goods for 90 days, keeping a 10% levy in place.",
    t("CN", "US", 24, status="paused"),
    t("CN", "US", 10, status="in_effect"),
)
case(
    "tariff",
    "Steel from Japan and South Korea will be hit with a 25% tariff from March 12.",
    t("US", "JP", 25, status="announced"),
    t("US", "KR", 25, status="announced"),
    published="2025-03-03",
)
case(
    "tariff",
    "Beijing hit back with retaliatory tariffs of 15% on American coal and liquefied natural gas.",
    t("CN", "US", 15, status="in_effect"),
)
case(
    "tariff",
    "Canada retaliated with 25% tariffs on C$30 billion of American goods.",
    t("CA", "US", 25, status="in_effect"),
)
case(
    "tariff",
    "The EU's counter-tariffs of up to 50% on US goods were suspended for six months.",
    t("EU", "US", 50, status="paused"),
)
case(
    "tariff",
    "Trump postponed the 50% tariff on EU goods until July 9 after a call with von der Leyen.",
    t("US", "EU", 50, status="paused"),
)
case(
    "tariff",
    "India is weighing a 10% retaliatory duty on American almonds and apples.",
    t("IN", "US", 10, status="threatened"),
)
case(
    "tariff",
    "Tariffs on Chinese goods now total 145%, the White House clarified.",
    t("US", "CN", 145, status="in_effect"),
    published="2025-04-11",
)
case(
    "tariff",
    "Mexico imposed tariffs of up to 50% on imports from China and other Asian countries without trade deals.",
    t("MX", "CN", 50, status="in_effect"),
)
case(
    "tariff",
    "Lutnick said the 25% levy on Mexican cars would kick in on April 2.",
    t("US", "MX", 25, status="announced"),
    published="2025-03-27",
)
case(
    "tariff",
    "Vietnam cut its tariff on US liquefied natural gas to 2% from 5%.",
    t("VN", "US", 2, 5, "in_effect"),
)
case(
    "tariff",
    "The tariff on Swiss watches jumped to 39% overnight.",
    t("US", "CH", 39, status="in_effect"),
)
case(
    "tariff",
    "Canada's surtax of 100% on Chinese electric vehicles remains in place.",
    t("CA", "CN", 100, status="in_effect"),
)
case(
    "tariff",
    "Japan and the US reached a framework deal that sets a 15% tariff on Japanese goods.",
    t("US", "JP", 15, status="announced"),
    n("JP", "US", "agreement"),
)
case(
    "tariff",
    "Mexico and the United States reached an agreement to delay the 30% tariff by 90 days.",
    t("US", "MX", 30, status="paused"),
    n("MX", "US", "agreement"),
)
# --- talks -----------------------------------------------------------------------
case(
    "talks",
    "Trade talks between Canada and the United States broke down after Ottawa refused to scrap its digital services tax.",
    n("CA", "US", "collapsed"),
)
case(
    "talks",
    "US and Chinese negotiators will meet in London next week, people familiar with the matter said.",
    n("CN", "US", "scheduled"),
)
case(
    "talks",
    "India and the UK signed a free trade agreement in London on Thursday.",
    n("GB", "IN", "agreement"),
)
case(
    "talks",
    "The United States and China signed a phase one agreement on Wednesday at the White House.",
    n("CN", "US", "agreement"),
    published="2020-01-16",
)
case(
    "talks",
    "Washington and Beijing agreed to extend their trade truce by another 90 days.",
    n("CN", "US", "agreement"),
)
case(
    "talks",
    "Talks between Brussels and Washington stalled over the EU's digital rules.",
    n("EU", "US", "stalled"),
)
case(
    "talks",
    "Swiss officials flew to Washington for last-ditch talks ahead of the Aug. 1 deadline.",
    n("CH", "US", "ongoing"),
    published="2025-07-30",
)
case(
    "talks",
    "Negotiations between India and the US have been put on hold.",
    n("IN", "US", "stalled"),
)
case(
    "talks",
    "Canada and Mexico held a first round of talks on the USMCA review in Mexico City.",
    n("CA", "MX", "ongoing"),
)
case(
    "talks",
    "British and American negotiators clinched a deal on car tariffs late on Thursday.",
    n("GB", "US", "agreement"),
)
case(
    "talks",
    "Talks between Australia and the US on critical minerals are progressing well, Albanese said.",
    n("AU", "US", "ongoing"),
)
case(
    "talks",
    "Turkey and the EU agreed to resume talks on modernising their customs union.",
    n("EU", "TR", "resumed"),
)
case(
    "talks",
    "Chinese Vice Premier He Lifeng and Treasury Secretary Scott Bessent met in Stockholm for two days of talks.",
    n("CN", "US", "ongoing"),
)
case(
    "talks",
    "South African trade minister Parks Tau said negotiations with Washington had reached a deadlock.",
    n("US", "ZA", "stalled"),
)
case(
    "talks",
    "The talks collapsed after Washington demanded that Ottawa drop its dairy quotas.",
    n("CA", "US", "collapsed"),
)
case(
    "talks",
    "Seoul and Washington will hold a fresh round of tariff negotiations in July, South Korea's trade ministry said.",
    n("KR", "US", "scheduled"),
)
case(
    "talks",
    "Japan's top negotiator Ryosei Akazawa arrived in Washington for an eighth round of talks.",
    n("JP", "US", "ongoing"),
)
case(
    "talks",
    "Brazil and the United States reached a deal to cut tariffs on beef and coffee, officials said.",
    n("BR", "US", "agreement"),
)
case(
    "talks",
    "Indian and US officials resumed negotiations on a bilateral trade agreement in New Delhi on Tuesday.",
    n("IN", "US", "resumed"),
)
case(
    "talks",
    "Negotiators from Indonesia and the US hammered out a framework agreement on tariffs and critical minerals.",
    n("ID", "US", "agreement"),
)
# --- distractors: numbers that are not tariffs -------------------------------------
case("distractor", "The yuan fell 0.5% against the dollar after the tariff announcement.")
case("distractor", "Inflation rose to 3% in May as tariffs on imported goods pushed up prices.")
case("distractor", "China's GDP grew 5.2% in the second quarter despite US tariffs.")
case(
    "distractor", "Tariff revenue jumped 15% to a record $30 billion in June, Treasury data showed."
)
case("distractor", "Chinese exports to the US fell 21% in April as tariffs bit.")
case("distractor", "Nippon Steel agreed to buy a 25% stake in a US mill to avoid tariffs.")
case(
    "distractor",
    "The Federal Reserve held interest rates at 4.5% as officials assessed the impact of tariffs.",
)
case(
    "distractor",
    "The average effective tariff rate on US imports has risen to 17.8%, according to the Yale Budget Lab.",
)
case(
    "distractor",
    "A 10% drop in soybean prices has hurt American farmers caught in the tariff war with China.",
)
case("distractor", "Mexico's peso weakened 1.2% after Trump renewed his tariff threats.")
case("distractor", "Canadian steel exports to the US fell 30% after the tariffs took effect.")
case(
    "distractor", "Shares of Toyota fell 4% in Tokyo on concerns over US tariffs on Japanese cars."
)
case(
    "distractor",
    "India's trade deficit with China widened by 12% last fiscal year, prompting calls for higher duties.",
)
case(
    "distractor", "About 40% of Swiss exports go to the United States, making tariffs a major risk."
)
case(
    "distractor",
    "Vietnam's exports grew 14.4% in the first half, the statistics office said, despite tariff uncertainty.",
)
case(
    "distractor",
    "Brazil's central bank raised its Selic rate to 15%, citing inflation risks from tariffs.",
)
case(
    "distractor",
    "Tariffs could shave 0.5 percentage points off euro zone growth next year, the ECB said.",
)
case(
    "distractor",
    "South Korea's exports to the US dropped 8.1% in May, dragged down by tariffs on cars and steel.",
)
case(
    "distractor", "The Canadian dollar rose 0.3% against its US counterpart as tariff fears eased."
)
case(
    "distractor",
    "Importers paid an effective duty rate of 9.2% in May, up from 2.4% a year earlier, Treasury data show.",
)
case(
    "distractor",
    "The Swiss National Bank cut interest rates to 0% as the franc surged on tariff worries.",
)
case(
    "distractor",
    "Retailers expect to pass on about 60% of tariff costs to consumers, a survey showed.",
)
case(
    "distractor",
    "The EU's share of US imports has fallen to 18%, customs data show, as tariffs bite.",
)
case(
    "distractor",
    "Australia's unemployment rate held at 4.1% in June even as US tariffs weighed on confidence.",
)
case(
    "distractor",
    "India's stock market fell 1.5% after Washington announced new tariffs on Indian goods.",
)
case(
    "distractor",
    "Japanese carmakers absorbed most of the tariff, cutting export prices to the US by 19.4%, data showed.",
)
case(
    "distractor",
    "Turkey's annual inflation eased to 35% in June, while the lira slipped 0.4% against the dollar amid tariff jitters.",
)

# --- a second batch, written after the first rules were fixed ---------------------
case(
    "tariff",
    "The White House said it was raising the tariff rate on Brazilian goods to 50% from 10%, effective Aug. 1.",
    t("US", "BR", 50, 10, "announced"),
    published="2025-07-10",
)
case(
    "tariff",
    "Trump signed an executive order imposing a 34% reciprocal tariff on Chinese imports.",
    t("US", "CN", 34),
)
case(
    "tariff",
    "Beijing announced a 90-day pause on its 34% counter-tariffs on American goods.",
    t("CN", "US", 34, status="paused"),
)
case(
    "tariff",
    "The EU suspended its planned 25% tariffs on US steel and bourbon for 90 days.",
    t("EU", "US", 25, status="paused"),
)
case(
    "tariff",
    "Canada's 25% tariffs on American steel and aluminum remain in effect.",
    t("CA", "US", 25, status="in_effect"),
)
case(
    "tariff",
    "Japan faces a 25% tariff on autos shipped to America from April 3.",
    t("US", "JP", 25, status="announced"),
    published="2025-03-27",
)
case(
    "tariff",
    "India's exports to the United States are now subject to a 50% duty.",
    t("US", "IN", 50, status="in_effect"),
)
case(
    "tariff",
    "Mexico would face a 30% levy on its exports from Aug. 1 unless a deal is reached, Trump wrote in a letter to Sheinbaum.",
    t("US", "MX", 30, status="threatened"),
    published="2025-07-12",
)
case(
    "tariff",
    "Britain secured a 10% tariff rate on its car exports to the US under the Economic Prosperity Deal.",
    t("US", "GB", 10),
    n("GB", "US", "agreement"),
)
case(
    "tariff",
    "Ottawa imposed a 100% surtax on Chinese-made electric vehicles and a 25% surtax on Chinese steel and aluminum.",
    t("CA", "CN", 100, status="in_effect"),
    t("CA", "CN", 25, status="in_effect"),
)
case(
    "tariff",
    "US tariffs on Swiss goods jumped to 39% from 10% on Thursday.",
    t("US", "CH", 39, 10, "in_effect"),
    published="2025-08-08",
)
case(
    "tariff",
    "Trump slapped a further 25% tariff on Indian goods, bringing the total to 50%.",
    t("US", "IN", 50, 25),
)
case(
    "tariff",
    "The tariff on Chinese electric vehicles will rise to 100% from 25% on Aug. 1.",
    t("US", "CN", 100, 25, "announced"),
    published="2024-05-20",
)
case(
    "tariff",
    "The US set anti-dumping duties of up to 3,521% on solar panels from Cambodia.",
    t("US", "KH", 3521, status="in_effect"),
)
case(
    "tariff",
    "Seoul will slap a 10% retaliatory duty on US beef if Washington does not drop its auto tariffs.",
    t("KR", "US", 10, status="threatened"),
)
case(
    "tariff",
    "Beijing lifted its 15% tariff on American chicken on Monday.",
    t("CN", "US", 0, 15, "in_effect"),
    published="2025-11-11",
)
case(
    "tariff",
    "The 145% tariff on Chinese goods, which Trump had imposed in April, was cut to 30%.",
    t("US", "CN", 30, 145, "in_effect"),
    t("US", "CN", 145, current=False),
)
case(
    "tariff",
    "South Africa's trade minister travelled to Washington for talks on the 30% tariff.",
    t("US", "ZA", 30),
    n("US", "ZA", "ongoing"),
)
case("tariff", "Beijing agreed to lower its tariff on American goods to 10%.", t("CN", "US", 10))
case("tariff", "South Korea agreed to a 15% tariff on its cars.", t("US", "KR", 15))
case(
    "tariff",
    "The EU negotiated a 15% tariff ceiling for most of its exports to the United States.",
    t("US", "EU", 15),
)
case(
    "talks",
    "Officials from Washington and Ottawa are expected to resume negotiations next week.",
    n("CA", "US", "scheduled"),
)
case(
    "talks",
    "Talks between New Delhi and Washington on the first tranche of a trade deal were called off.",
    n("IN", "US", "collapsed"),
)
case(
    "talks",
    "China and the US agreed to a framework for a deal on TikTok and tariffs in Madrid.",
    n("CN", "US", "agreement"),
)
case(
    "talks",
    "Negotiations with the EU are at an impasse, a Swiss official said.",
    n("CH", "EU", "stalled"),
)
case(
    "talks",
    "The next round of US-India trade talks is scheduled for Sept. 16 in New Delhi.",
    n("IN", "US", "scheduled"),
)
case(
    "talks",
    "Trade negotiations between Japan and the US ended without agreement on Friday.",
    n("JP", "US", "collapsed"),
)
case(
    "talks",
    "Washington and Jakarta have finalised a reciprocal trade agreement, the White House said.",
    n("ID", "US", "agreement"),
)
# --- stated totals, and headlines that compress who taxes whom ---------------------------
case(
    "tariff",
    "The White House said on Thursday that US tariffs on Chinese goods now total 145%, after the addition of the fentanyl levy.",
    t("US", "CN", 145, status="in_effect"),
    title="White House: China tariffs total 145%",
)
case(
    "tariff",
    "Duties on Brazilian coffee now stand at 50%, the US Customs and Border Protection agency said.",
    t("US", "BR", 50),
)
case(
    "tariff",
    "Ottawa's counter-tariffs on American steel now amount to 25%, a government notice showed.",
    t("CA", "US", 25),
)
case(
    "tariff",
    "India will raise its duties on US almonds to 40% from Friday, the finance ministry said.",
    t("IN", "US", 40, status="announced"),
    title="US almond tariffs to hit 40%",
)
case(
    "tariff",
    "Mexico imposed a 20% tariff on Chinese textiles on Monday, the economy ministry said.",
    t("MX", "CN", 20, status="in_effect"),
    title="China textile duties: Mexico sets 20%",
)

case("distractor", "The rupee slid 0.4% to a record low against the dollar on tariff concerns.")
case(
    "distractor",
    "China's factory-gate prices fell 3.6% in June as the trade war and tariffs dragged on.",
)
case(
    "distractor",
    "Tariffs have pushed the US effective tariff rate to its highest since the 1930s, at roughly 18%.",
)
case(
    "distractor",
    "Goldman Sachs estimates that consumers will absorb 55% of tariff costs by October.",
)
case(
    "distractor",
    "Japan's exports fell 2.6% in July, the biggest drop in four years, as US tariffs hit car shipments.",
)
case(
    "distractor",
    "Exporters rushed shipments ahead of the tariffs, lifting first-quarter growth by 0.7 percentage point.",
)
case("distractor", "The probability of a 25 basis point cut rose to 90% after the tariff news.")
case(
    "distractor",
    "Mexico's economy contracted 0.3% in the second quarter as tariffs weighed on manufacturing.",
)
case(
    "distractor", "Duty-free shipments under $800 fell by 30% after the de minimis exemption ended."
)
case(
    "distractor",
    "Trade between India and the US grew 11.6% last year to $129 billion despite tariff frictions.",
)
case("distractor", "A Reuters poll found 70% of economists expect the tariffs on China to stay.")
case(
    "distractor",
    "Tesla shares rose 3% as investors bet the company would avoid the worst of the tariff war.",
)
case(
    "distractor",
    "The ECB held its deposit rate at 2% as euro zone inflation matched its target despite US tariffs.",
)

KIT.write(__import__("pathlib").Path(__file__).with_name("general.jsonl"))
