# ruff: noqa: E501  (one case a line reads better than wrapped ones)
"""Generate cases.jsonl beside this file: one labelled sentence or passage a line.

The sentences are written for the rules' phenomena (SPEC.md), not copied from
dev.jsonl. Edit here, then run: python tests/data/extract/make_cases.py
"""

from casekit import CaseFile

KIT = CaseFile(old_checked=True)
t, n, case = KIT.t, KIT.n, KIT.case


# --- rates in digits and words -------------------------------------------------
case(
    "rates",
    "The United States imposed a 25% tariff on Canadian lumber.",
    t("US", "CA", 25, status="in_effect"),
)
case(
    "rates",
    "Ottawa slapped a 25 percent tariff on American steel.",
    t("CA", "US", 25, status="in_effect"),
)
case(
    "rates",
    "India raised its duty on US almonds to 20 per cent.",
    t("IN", "US", 20, status="in_effect"),
)
case(
    "rates",
    "Japan will face a twenty-five percent tariff on cars shipped to the United States.",
    t("US", "JP", 25, status="announced"),
)
case(
    "rates",
    "Britain imposed a fifteen percent levy on Chinese electric bikes.",
    t("GB", "CN", 15, status="in_effect"),
)
case(
    "rates",
    "Trump said he would put a tariff of a quarter on all Mexican imports if the border was not secured.",
    t("US", "MX", 25, status="threatened"),
)
case(
    "rates",
    "The EU set duties of 17.4% on electric vehicles made by Chinese manufacturer BYD.",
    t("EU", "CN", 17.4, status="in_effect"),
)
case(
    "rates",
    "Canada's 100% surtax tariff on Chinese electric vehicles took effect on Oct. 1.",
    t("CA", "CN", 100, status="in_effect"),
)
case(
    "rates",
    "Mexico raised tariffs on Chinese cars to 50 percent.",
    t("MX", "CN", 50, status="in_effect"),
)
case(
    "rates",
    "South Korea imposed anti-dumping duties of 38% on Chinese steel plates.",
    t("KR", "CN", 38, status="in_effect"),
)
case(
    "rates",
    "Brazil raised its import tax on Chinese electric cars to 35%.",
    t("BR", "CN", 35, status="in_effect"),
)
case(
    "rates",
    "The US will impose a 50% tariff on copper imports from Chile starting Aug. 1.",
    t("US", "CL", 50, status="announced"),
)
case(
    "rates",
    "Switzerland was hit with a 39% US tariff on its exports.",
    t("US", "CH", 39, status="in_effect"),
)
case(
    "rates",
    "Swiss exports to the United States now face a 39% tariff.",
    t("US", "CH", 39, status="in_effect"),
)
case(
    "rates",
    "Indian goods shipped to the US face a 25% levy from Thursday.",
    t("US", "IN", 25, status="announced"),
)
# --- from/to, to/from, cut, by points, doubled/halved --------------------------
case(
    "change",
    "The US lowered its tariff on Chinese goods from 145% to 30%.",
    t("US", "CN", 30, 145, "in_effect"),
)
case(
    "change",
    "China cut its levies on American imports to 10% from 125%.",
    t("CN", "US", 10, 125, "in_effect"),
)
case(
    "change",
    "Beijing slashed duties on US goods from 125 percent to 10 percent.",
    t("CN", "US", 10, 125, "in_effect"),
)
case(
    "change",
    "Washington will halve the 20% tariff on Vietnamese goods to 10%.",
    t("US", "VN", 10, 20, "announced"),
)
case(
    "change",
    "China raised its tariff on American pork by 25 percentage points to 62%.",
    t("CN", "US", 62, 37, "in_effect"),
)
case(
    "change",
    "India cut its duty on US bourbon by 50 percentage points to 100%.",
    t("IN", "US", 100, 150, "in_effect"),
)
case(
    "change",
    "The US doubled its tariffs on Brazilian goods to 50%.",
    t("US", "BR", 50, 25, "in_effect"),
)
case(
    "change",
    "Canada halved its duties on Chinese canola to 50%.",
    t("CA", "CN", 50, 100, "in_effect"),
)
case(
    "change",
    "The US tripled tariffs on Chinese semiconductors to 75%.",
    t("US", "CN", 75, 25, "in_effect"),
)
case(
    "change",
    "Trump raised tariffs on Chinese goods to 125%, the White House said.",
    t("US", "CN", 125, None, "in_effect"),
)
case(
    "change",
    "Ottawa lifted its 25% counter-tariffs on US goods on Monday.",
    t("CA", "US", 0, 25, "in_effect"),
)
case(
    "change",
    "The EU removed its 25% tariffs on American motorcycles.",
    t("EU", "US", 0, 25, "in_effect"),
)
case(
    "change",
    "China will remove the 15% tariff on US chicken next week.",
    t("CN", "US", 0, 15, "announced"),
)
case(
    "change",
    "Beijing lifted tariffs on American goods to 84% from 34%.",
    t("CN", "US", 84, 34, "in_effect"),
)
case(
    "change",
    "The US cut tariffs on Chinese goods by 115 percentage points to 30%.",
    t("US", "CN", 30, 145, "in_effect"),
)
case(
    "change",
    "The US cut its tariff on Chinese goods by 115% from 145% to 30%.",
    t("US", "CN", 30, 145, "in_effect"),
)
case(
    "change",
    "Mexico increased duties on Chinese textiles to 35% from 20%, effective immediately.",
    t("MX", "CN", 35, 20, "in_effect"),
)
case(
    "change",
    "A tariff of 10% on British cars, down from 27.5%, applies from Monday.",
    t("US", "GB", 10, 27.5),
)
case(
    "change",
    "The US tariff rate on Vietnam was lowered to 20% from the 46% Trump had announced.",
    t("US", "VN", 20, 46),
    t("US", "VN", 46, None, "announced", current=False),
)
# --- ranges and up to ---------------------------------------------------------
case(
    "range",
    "The EU will impose duties of up to 35.3% on Chinese electric vehicles.",
    t("EU", "CN", 35.3, status="announced"),
)
case(
    "range",
    "Brussels proposed tariffs ranging from 17% to 38% on Chinese EVs.",
    t("EU", "CN", 38, status="threatened"),
)
case(
    "range",
    "The US set tariffs of between 15% and 41% on goods from dozens of countries including Laos.",
    t("US", "LA", 41),
)
case(
    "range",
    "The new duties of 10-25% on Canadian goods take effect next month.",
    t("US", "CA", 25, status="announced"),
)
# --- several rates in one sentence --------------------------------------------
case(
    "several",
    "China imposed tariffs of 15% on US coal and 10% on US crude oil.",
    t("CN", "US", 15),
    t("CN", "US", 10),
)
case(
    "several",
    "Canada put a 25% tariff on American steel and a 10% tariff on American yogurt.",
    t("CA", "US", 25),
    t("CA", "US", 10),
)
case(
    "several",
    "The US imposed 25% tariffs on Canada and Mexico.",
    t("US", "CA", 25),
    t("US", "MX", 25),
)
case(
    "several",
    "The US raised tariffs on Chinese goods to 125% while China raised its duties on American goods to 84%.",
    t("US", "CN", 125),
    t("CN", "US", 84),
)
case(
    "several",
    "The United States lowered its tariff on Chinese imports from 145% to 30%, and China cut its duties on US goods from 125% to 10%.",
    t("US", "CN", 30, 145),
    t("CN", "US", 10, 125),
)
# --- additional / totals ------------------------------------------------------
case(
    "additional",
    "Trump imposed an additional 10% tariff on Chinese imports.",
    t("US", "CN", 10, additional=True, status="in_effect"),
)
case(
    "additional",
    "The US added an extra 25% duty on Indian goods, bringing the total to 50%.",
    t("US", "IN", 50, 25, additional=False),
)
case(
    "additional", "Tariffs on Chinese goods now total 145%.", t("US", "CN", 145, status="in_effect")
)
case(
    "additional",
    "China said it would raise tariffs on US goods by 10% if Washington went ahead.",
    t("CN", "US", 10, additional=True, status="threatened"),
)
case(
    "additional",
    "The US will impose a further 50% tariff on Chinese goods on Wednesday.",
    t("US", "CN", 50, additional=True, status="announced"),
)
# --- status: threatened -------------------------------------------------------
case(
    "threat",
    "Trump threatened a 200% tariff on French champagne.",
    t("US", "FR", 200, status="threatened"),
)
case(
    "threat",
    "Trump warned he could impose tariffs of 50% on European Union goods.",
    t("US", "EU", 50, status="threatened"),
)
case(
    "threat",
    "The US may raise tariffs on Japanese cars to 35%, Lutnick said.",
    t("US", "JP", 35, status="threatened"),
)
case(
    "threat",
    "Washington is considering a 60% tariff on Chinese goods.",
    t("US", "CN", 60, status="threatened"),
)
case(
    "threat",
    "Canada would impose a 25% tariff on US goods if Washington proceeds.",
    t("CA", "US", 25, status="threatened"),
)
case(
    "threat",
    "Trump proposed a 100% tariff on foreign-made films from all countries.",
    t("US", "*", 100, status="threatened"),
)
case(
    "threat",
    "India could face tariffs of up to 50% unless it stops buying Russian oil, Trump said.",
    t("US", "IN", 50, status="threatened"),
)
case(
    "threat",
    "Brussels drew up 25% counter-tariffs on US goods that would apply if talks fail.",
    t("EU", "US", 25, status="threatened"),
)
case(
    "threat", "Trump vowed to hit Mexico with a 30% tariff.", t("US", "MX", 30, status="threatened")
)
case(
    "threat",
    "Trump said he will impose a 50% tariff on EU goods if talks fail.",
    t("US", "EU", 50, status="threatened"),
    title="Trump imposes 50% tariff on EU goods",
)
# --- status: announced --------------------------------------------------------
case(
    "announced",
    "The US will raise tariffs on Chinese goods to 25% on Friday.",
    t("US", "CN", 25, status="announced"),
)
case(
    "announced",
    "China announced a 34% tariff on all American goods, effective April 10.",
    t("CN", "US", 34, status="announced"),
    published="2025-04-04",
)
case(
    "announced",
    "The 25% tariff on Mexican goods takes effect on Tuesday.",
    t("US", "MX", 25, status="announced"),
)
case(
    "announced",
    "Canada's 25% tariffs on US cars will take effect next week.",
    t("CA", "US", 25, status="announced"),
)
case(
    "announced",
    "Japan and the US agreed on a deal that sets a 15% tariff on Japanese cars.",
    t("US", "JP", 15, status="announced"),
    n("JP", "US", "agreement"),
)
case(
    "announced",
    "Beijing decided to impose a 10% tariff on US crude oil starting Feb. 10.",
    t("CN", "US", 10, status="announced"),
    published="2025-02-04",
)
# --- status: in effect --------------------------------------------------------
case(
    "in_effect",
    "The 25% tariffs on Canadian goods took effect at midnight.",
    t("US", "CA", 25, status="in_effect"),
)
case(
    "in_effect", "A 10% tariff on British goods now applies.", t("US", "GB", 10, status="in_effect")
)
case(
    "in_effect",
    "US tariffs on Chinese goods now stand at 30%.",
    t("US", "CN", 30, status="in_effect"),
)
case(
    "in_effect",
    "Mexican tomatoes now face a 17% US anti-dumping duty.",
    t("US", "MX", 17, status="in_effect"),
)
case(
    "in_effect",
    "China's 15% tariffs on US liquefied natural gas went into effect on Monday.",
    t("CN", "US", 15, status="in_effect"),
)
# --- status: paused -----------------------------------------------------------
case(
    "paused",
    "Trump postponed the 25% tariffs on Canadian goods for 30 days.",
    t("US", "CA", 25, status="paused"),
)
case(
    "paused",
    "The US suspended its planned 34% tariff on Chinese goods for 90 days.",
    t("US", "CN", 34, status="paused"),
)
case(
    "paused",
    "The EU delayed its 25% counter-tariffs on American goods until July.",
    t("EU", "US", 25, status="paused"),
)
case(
    "paused",
    "Washington put the 50% tariff on EU goods on hold until July 9.",
    t("US", "EU", 50, status="paused"),
)
# --- current vs background ----------------------------------------------------
case(
    "background",
    "Tariffs on Chinese goods, which had reached 145% in April, now stand at 30%.",
    t("US", "CN", 145, current=False),
    t("US", "CN", 30),
    published="2025-06-20",
)
case(
    "background",
    "The deal sets a 15% tariff on Korean goods, down from the 25% Trump had threatened.",
    t("US", "KR", 15, 25),
    t("US", "KR", 25, status="threatened", current=False),
)
case(
    "background",
    "The US had previously imposed a 25% tariff on Chinese steel in 2018.",
    t("US", "CN", 25, current=False),
)
case(
    "background",
    "Trump first imposed a 10% tariff on Chinese goods during his first term.",
    t("US", "CN", 10, current=False),
)
case(
    "background",
    "Canada, which had imposed 25% counter-tariffs on US goods, said it would keep them.",
    t("CA", "US", 25, current=False),
)
case(
    "names",
    "India, which faces a 50% US tariff, has stepped up talks with the EU.",
    t("US", "IN", 50, status="in_effect"),
    published="2025-09-15",
)
case(
    "threat",
    "Mexico said on Tuesday it would raise tariffs to as much as 50% on cars from China.",
    t("MX", "CN", 50, status="threatened"),
    published="2025-09-15",
)
case(
    "change",
    "The US said it would raise duties on Canadian lumber to 45%, up from 14.5%.",
    t("US", "CA", 45, 14.5, "threatened"),
    published="2025-09-15",
)
# --- imposer from context -----------------------------------------------------
case("context", "Tariffs on Chinese goods rose to 145% in April.", t("US", "CN", 145))
case(
    "context",
    "A 46% tariff on Vietnamese goods was announced.",
    t("US", "VN", 46, status="announced"),
)
case(
    "context", "Duties on Mexican steel were raised to 50%.", t("US", "MX", 50, status="in_effect")
)
# --- targets: global, sectoral ------------------------------------------------
case("global", "The US doubled tariffs on steel and aluminum imports to 50%.", t("US", "*", 50, 25))
case(
    "global", "Trump imposed a 10% baseline tariff on imports from all countries.", t("US", "*", 10)
)
case(
    "global",
    "The US 25% tariff on all imported cars took effect on Thursday.",
    t("US", "*", 25, status="in_effect"),
)
# --- countries, demonyms, seats, officials ------------------------------------
case("names", "Tokyo agreed to a 15% US tariff on Japanese goods.", t("US", "JP", 15))
case("names", "New Delhi raised duties on American walnuts to 120%.", t("IN", "US", 120))
case(
    "names",
    "The U.K. faces a 10% tariff on exports to the U.S. from Saturday.",
    t("US", "GB", 10, status="announced"),
)
case(
    "names",
    "The bloc will impose 25% tariffs on American goods, the European Commission said.",
    t("EU", "US", 25, status="announced"),
)
case(
    "names",
    "Sheinbaum said Mexico would not retaliate against the 25% US tariff on Mexican goods.",
    t("US", "MX", 25),
)
case(
    "names", "Carney said Canada would keep its 25% counter-tariffs on US steel.", t("CA", "US", 25)
)
case("names", "America raised its tariff on Brazilian beef to 76.4%.", t("US", "BR", 76.4))
case(
    "names",
    "Taiwanese chips will face a 20% tariff in the States.",
    t("US", "TW", 20, status="announced"),
)
case(
    "names",
    "The South Korean government said the 25% tariff on its cars was unfair.",
    t("US", "KR", 25),
)
case(
    "names",
    "Pretoria said the 30% tariff on South African goods would hurt jobs.",
    t("US", "ZA", 30),
)
case(
    "names",
    "Goyal said India would cut duties on American motorcycles to 30% from 50%.",
    t("IN", "US", 30, 50, "threatened"),
)
case(
    "names",
    "Beijing will impose an 84% tariff on U.S. goods on Thursday.",
    t("CN", "US", 84, status="announced"),
)
case(
    "names",
    "The U.S.-China tariff of 30% on Chinese goods remains in place.",
    t("US", "CN", 30, status="in_effect"),
)
# --- negotiations -------------------------------------------------------------
case(
    "talks",
    "US and Chinese officials will meet in Geneva on Saturday for trade talks.",
    n("CN", "US", "scheduled"),
)
case(
    "talks",
    "Trade talks between the US and India are set to begin next week.",
    n("IN", "US", "scheduled"),
)
case("talks", "Bessent and He Lifeng held talks in Stockholm on Monday.", n("CN", "US", "ongoing"))
case(
    "talks",
    "Negotiators from Japan and the United States are holding talks in Washington.",
    n("JP", "US", "ongoing"),
)
case("talks", "Akazawa met Lutnick for a seventh round of talks.", n("JP", "US", "ongoing"))
case("talks", "Canada and the US agreed to resume trade negotiations.", n("CA", "US", "resumed"))
case(
    "talks",
    "Carney said Canada will return to the negotiating table with Washington.",
    n("CA", "US", "resumed"),
)
case("talks", "Trade talks between Ottawa and Washington have stalled.", n("CA", "US", "stalled"))
case(
    "talks",
    "Negotiations between the EU and the US remain deadlocked over agricultural access.",
    n("EU", "US", "stalled"),
)
case("talks", "Talks between Switzerland and the US made no progress.", n("CH", "US", "stalled"))
case(
    "talks",
    "Trump called off trade talks with Canada over a television ad.",
    n("CA", "US", "collapsed"),
)
case(
    "talks",
    "Negotiations between Washington and New Delhi collapsed on Friday.",
    n("IN", "US", "collapsed"),
)
case("talks", "The US and Vietnam reached a trade deal on Wednesday.", n("US", "VN", "agreement"))
case("talks", "Britain and the United States signed a trade agreement.", n("GB", "US", "agreement"))
case(
    "talks", "Xi and Trump agreed to extend the trade truce by 90 days.", n("CN", "US", "agreement")
)
case("talks", "The EU and the US struck a framework deal in Scotland.", n("EU", "US", "agreement"))
case(
    "talks",
    "Von der Leyen and Trump sealed a trade agreement on Sunday.",
    n("EU", "US", "agreement"),
)
case("talks", "Indonesia and the US finalised their trade agreement.", n("ID", "US", "agreement"))
case("talks", "Sefcovic travelled to Washington for talks with Greer.", n("EU", "US", "ongoing"))
case(
    "talks",
    "Talks between Beijing and Washington broke down without an agreement.",
    n("CN", "US", "collapsed"),
)
case(
    "talks",
    "China and the US ended their talks in London without a deal.",
    n("CN", "US", "collapsed"),
)
case(
    "talks",
    "Mexico and the United States will hold talks next week on the steel dispute.",
    n("MX", "US", "scheduled"),
)
case(
    "talks",
    "The two governments agreed to resume negotiations after a call between Modi and Trump.",
    n("IN", "US", "resumed"),
)
case(
    "talks",
    "Trump said the US would walk away from talks with Japan.",
)
case(
    "talks",
    "The EU hopes to reach a deal with the US before the deadline.",
)
case(
    "talks",
    "Officials said no agreement had been reached between the US and India.",
)
case(
    "talks",
    "Trump spoke with Xi by phone on Thursday.",
)
# --- distractors: never a fact ------------------------------------------------
D = "distractor"
case(D, "The US trade deficit with China narrowed 18% to $295 billion in 2024.")
case(D, "Shares of Toyota fell 3.2% in Tokyo after the tariff announcement.")
case(D, "China's economy grew 5.4% in the first quarter despite US tariffs.")
case(D, "Inflation in Canada rose to 2.4% in April as tariffs bit.")
case(D, "The yuan weakened 0.3% against the dollar after the tariff news.")
case(D, "Tariff revenue rose to $30 billion in September.")
case(D, "The tariffs could cut China's GDP growth by 0.5 percentage points.")
case(D, "Average US tariffs on Chinese exports now stand at 124%, according to analysts.")
case(D, "The effective US tariff rate rose to 18%, the highest since 1934, Yale estimates.")
case(D, "The trade-weighted average tariff on Chinese goods is 40%, economists calculate.")
case(D, "China accounts for 14% of US imports, down from 22% in 2017.")
case(D, "Tariffs now cover 66% of Chinese imports to the US.")
case(D, "The Nikkei fell 2.8% on tariff fears while the S&P 500 dropped 1.5%.")
case(D, "The Bank of Canada held its interest rate at 2.75% amid tariff uncertainty.")
case(D, "Mexico's exports to the US rose 6% in May despite tariffs.")
case(D, "About 40% of Vietnamese exports go to the United States.")
case(D, "The tariff on $200 billion of Chinese goods was discussed at length.")
case(D, "Soybean prices jumped 4% after Beijing and Washington signalled progress.")
case(D, "US Customs collected 20% more in duties than a year earlier.")
case(D, "A poll found 60% of Americans oppose tariffs on Canada.")
case(D, "There is a 35% chance of a US recession because of tariffs, economists say.")
case(D, "Apple shares rose 4% after the company won a tariff exemption in the US.")
case(D, "Canadian consumer prices rose 1.7% year on year, with tariffs adding to costs.")
case(D, "The European Central Bank cut its deposit rate to 2% as tariffs weighed on growth.")
case(D, "Japan's exports to the US fell 11% in May, hit by tariffs.")
case(D, "The US market share of Chinese steel fell to 3% after duties were imposed.")
case(D, "Tariffs have raised US household costs by about 2.3%, the Budget Lab estimates.")
case(D, "Retail sales in Germany slipped 1.6% as US tariffs hit confidence.")
case(D, "The peso firmed 0.8% after Sheinbaum said talks on tariffs went well.")
case(D, "Duty-free sales at Incheon airport rose 12% in May.")
case(D, "China's factory output grew 6.1% in May, outpacing forecasts despite tariffs.")
case(D, "Brazil's central bank kept its Selic rate at 15%.")
case(D, "Around 25% of Canadian exports by value are energy, exempt from tariffs.")

KIT.write(__import__("pathlib").Path(__file__).with_name("cases.jsonl"))
