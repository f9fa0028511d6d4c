"""Talks as news outlets phrase them: one table per phenomenon.

The wording was gathered from trade reporting of many outlets and years
(wires, business papers, Asian and Canadian dailies) and rewritten here in
our own words, so that the cue table in flows/tariffwatch/extract/talks_cues.py
is tested against the ways talks are said in news, not in one labelled set.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import talks_currents, talks_keys

PUBLISHED = date(2025, 7, 16)

Key = tuple[tuple[str, str], str]
Case = tuple[str, str, set[Key]]

CN_US, EU_US, CA_US, JP_US = ("CN", "US"), ("EU", "US"), ("CA", "US"), ("JP", "US")
IN_US, KR_US, CH_US, CN_EU = ("IN", "US"), ("KR", "US"), ("CH", "US"), ("CN", "EU")


def talks(text: str) -> set[Key]:
    return talks_keys(text, PUBLISHED)


def currents(text: str) -> dict[Key, bool]:
    return talks_currents(text, PUBLISHED)


# --- stalls: halts, standstills, lost momentum, deadlocks ---------------------------
STALLS: list[Case] = [
    (
        "ground to a halt",
        "Senior-level trade negotiations between Washington and Beijing have ground to a halt.",
        {(CN_US, "stalled")},
    ),
    (
        "came to a halt",
        "Talks between the US and China came to a halt last week, two officials said.",
        {(CN_US, "stalled")},
    ),
    ("at a standstill", "The US-China trade talks are at a standstill.", {(CN_US, "stalled")}),
    (
        "petered out",
        "Contacts between senior officials in Washington and Beijing have petered out.",
        {(CN_US, "stalled")},
    ),
    (
        "lost momentum",
        "Talks between the US and China have lost momentum in recent weeks.",
        {(CN_US, "stalled")},
    ),
    (
        "deadlocked",
        "Brussels and Beijing remain deadlocked over the car duties.",
        {(CN_EU, "stalled")},
    ),
    (
        "headline without an article",
        "India-US trade talks hit roadblock over dairy",
        {(IN_US, "stalled")},
    ),
    (
        "far from a deal",
        "A French minister said the EU and the US were still far from reaching a deal on tariffs.",
        {(EU_US, "stalled")},
    ),
    (
        "left without relief",
        "Keller-Sutter left Washington without a deal on the tariff.",
        {(CH_US, "stalled")},
    ),
]

# --- collapses: an actor ends the talks ---------------------------------------------
COLLAPSES: list[Case] = [
    (
        "ended the talks",
        "Canada and the US were negotiating until Trump abruptly ended the talks with Ottawa.",
        {(CA_US, "collapsed")},
    ),
    (
        "canceled the talks",
        "Trump said he had canceled the talks with China.",
        {(CN_US, "collapsed")},
    ),
    (
        "terminating all discussions",
        "Trump said he was terminating all discussions on trade with Canada.",
        {(CA_US, "collapsed")},
    ),
]

# --- resumptions ------------------------------------------------------------------
RESUMPTIONS: list[Case] = [
    (
        "rejoined the talks",
        "The US and Mexico announced a deal on Monday. Canada rejoined the talks in Washington the "
        "next day.",
        {(("MX", "US"), "agreement"), (CA_US, "resumed")},
    ),
    (
        "said it would return to the table",
        "Switzerland said it would return to the negotiating table with Washington.",
        {(CH_US, "resumed")},
    ),
    (
        "a deal named as the talks' subject is no standing deal",
        "India and the US resumed negotiations on their trade agreement in New Delhi.",
        {(IN_US, "resumed")},
    ),
]

# --- talks under way: judged, ramped up, nearly done --------------------------------
ONGOING: list[Case] = [
    (
        "went well",
        "Liu He told reporters that the talks with Washington went fairly well.",
        {(CN_US, "ongoing")},
    ),
    (
        "had been constructive",
        "Mnuchin said the negotiations with Beijing had been constructive.",
        {(CN_US, "ongoing")},
    ),
    (
        "described as candid",
        "Trump described the discussions with China as candid and constructive.",
        {(CN_US, "ongoing")},
    ),
    (
        "ramped up",
        "Negotiations between the US and Canada ramped up over the weekend.",
        {(CA_US, "ongoing")},
    ),
    ("agreed to keep talking", "The US and China agreed to keep talking.", {(CN_US, "ongoing")}),
    (
        "talks continue",
        "Talks between the US and China will continue in Washington, officials said.",
        {(CN_US, "ongoing")},
    ),
    (
        "onlookers' view in another clause leaves the talks",
        "Markets rallied, and investors saw progress after the US and China held talks in Geneva.",
        {(CN_US, "ongoing")},
    ),
    (
        "talks got under way",
        "Talks between the US and China got under way in Geneva on Saturday.",
        {(CN_US, "ongoing")},
    ),
    (
        "a round under way",
        "A new round between India and the US is under way in New Delhi.",
        {(IN_US, "ongoing")},
    ),
    (
        "work on a deal under way",
        "Work on a trade agreement between Japan and the US is under way.",
        {(JP_US, "ongoing")},
    ),
    (
        "continue to work constructively",
        "Talks aside, China and the US will continue to work constructively with each other.",
        {(CN_US, "ongoing")},
    ),
    (
        "continue talking",
        "Washington and Beijing will continue talking, officials said.",
        {(CN_US, "ongoing")},
    ),
    (
        "talks, which continued",
        "Talks between India and the US, which continued into the night, covered dairy.",
        {(IN_US, "ongoing")},
    ),
    (
        "amid the ongoing negotiations",
        "Japan held off on retaliation amid the ongoing US-Japan trade negotiations.",
        {(JP_US, "ongoing")},
    ),
    (
        "negotiations once again intensifying",
        "Ishiba said talks with Washington on a final deal are once more intensifying.",
        {(("JP", "US"), "ongoing")},
    ),
    (
        "a deal that collapsed is not standing",
        "Chinese retaliation against the US grew after the deal collapsed.",
        {(CN_US, "collapsed")},
    ),
    (
        "nearly complete",
        "Trump said the trade deal with Vietnam was nearly complete.",
        {(("US", "VN"), "ongoing")},
    ),
]

# --- dates ahead ------------------------------------------------------------------
SCHEDULED: list[Case] = [
    (
        "expects more talks in the next weeks",
        "Bessent expects more talks with China in the next few weeks.",
        {(CN_US, "scheduled")},
    ),
    (
        "will leave for talks",
        "Akazawa will leave for Washington on Wednesday for talks with Bessent.",
        {(JP_US, "scheduled")},
    ),
    (
        "will return for another round",
        "Akazawa said he would fly back to Washington next week for a further round of "
        "negotiations with Bessent.",
        {(("JP", "US"), "scheduled")},
    ),
    (
        "a trip ahead is not talks held",
        "Japan's chief negotiator will travel to the United States later this week for a sixth "
        "round of talks.",
        {(JP_US, "scheduled")},
    ),
    (
        "a round begins at a time ahead",
        "A new round of trade talks between the US and China begins in Beijing next week.",
        {(CN_US, "scheduled")},
    ),
    (
        "a headline's present is news now",
        "US, China trade talks begin in Geneva",
        {(CN_US, "ongoing")},
    ),
    (
        "will take place on bare days",
        "Higher-level talks between Washington and Beijing will take place Thursday and Friday.",
        {(CN_US, "scheduled")},
    ),
    (
        "will be having more talks",
        "We will be having more talks with China in the coming weeks, Bessent said.",
        {(CN_US, "scheduled")},
    ),
]

# --- deals: made, closed, agreed on a day, freezes ----------------------------------
DEALS: list[Case] = [
    ("made a deal", "Trump said he had made a deal with Indonesia.", {(("ID", "US"), "agreement")}),
    (
        "made progress is no deal",
        "Japan and the US made progress toward a deal, Akazawa said.",
        {(JP_US, "ongoing")},
    ),
    (
        "closed the text",
        "The EU and Mercosur closed the text of a free trade deal in Montevideo. Brazil and "
        "Argentina hailed the pact.",
        {(("BR", "EU"), "agreement"), (("AR", "EU"), "agreement")},
    ),
    (
        "agreed on a day to a deal",
        "The US and China agreed on Friday to the first phase of a deal.",
        {(CN_US, "agreement")},
    ),
    (
        "agreed to a freeze",
        "Beijing and Washington agreed to a 90-day freeze on many of the tariffs.",
        {(CN_US, "agreement")},
    ),
    (
        "the first country to reach a deal",
        "Vietnam became the first Southeast Asian country to reach a trade deal with the US.",
        {(("US", "VN"), "agreement")},
    ),
]

# --- visits, trips, postponements ---------------------------------------------------
TRIPS: list[Case] = [
    (
        "talks postponed",
        "Trade negotiations between the United States and India have been postponed.",
        {(IN_US, "stalled")},
    ),
    (
        "a planned round cancelled",
        "Washington cancelled the planned round of talks with New Delhi.",
        {(IN_US, "collapsed")},
    ),
    (
        "a team sent for talks",
        "The EU sent a team of trade experts to Washington for technical talks.",
        {(EU_US, "ongoing")},
    ),
    (
        "fully engaged with",
        "India remains fully engaged with Washington on the proposed trade deal.",
        {(IN_US, "ongoing")},
    ),
    (
        "on the cusp of a deal",
        "Brussels believed it was on the cusp of closing a deal with Washington.",
        {(EU_US, "ongoing")},
    ),
    (
        "a wish to give talks a chance is talks under way",
        "Carney said Canada would like to give talks with the US a chance.",
        {(CA_US, "ongoing")},
    ),
]

# --- a rate agreed for a side names the deal with the side levying it ---------------
RATE_AGREED: list[Case] = [
    (
        "rate agreed for",
        "Indian exporters face a 50% US levy. They had wanted terms like the 19% rate agreed "
        "for Indonesia or Vietnam's 20%.",
        {(("ID", "US"), "agreement")},
    ),
]

# --- the story's sides when the sentence names only a venue or another clause's side --
STORY_SIDES: list[Case] = [
    (
        "the only country named is the venue",
        "The US and China agreed to a truce in May. A deal was reached following talks in "
        "Switzerland, under which both sides cut tariffs.",
        {(CN_US, "agreement")},
    ),
    (
        "a side named only in another clause",
        "India and the EU signed a trade pact on Monday. Negotiations opened in 2007 but made "
        "little progress; an economist said US tariffs had forced the pace.",
        {(("EU", "IN"), "agreement"), (("EU", "IN"), "stalled")},
    ),
    (
        "a side named alone talks with the story's imposer, not a fellow target",
        "Canada and Mexico face 25% US tariffs from Saturday. Canadian and Mexican exporters "
        "are bracing for the hit. Ottawa said negotiations were continuing.",
        {(CA_US, "ongoing")},
    ),
    (
        "still talking",
        "Chinese exports to Europe rose as US tariffs of 30% bit. Beijing and Washington are "
        "still talking, officials said.",
        {(CN_US, "ongoing")},
    ),
    (
        "a deal in force",
        "Trump said he called off trade talks with China, raising doubts about the phase-one deal "
        "that took effect in February.",
        {(CN_US, "collapsed"), (CN_US, "agreement")},
    ),
    (
        "ended trade talks, cut off the talks",
        "Canadian and US negotiators had begun drafting a possible agreement. Then Trump "
        "abruptly ended trade talks with Canada; he cut off the talks over an advertisement.",
        {(CA_US, "ongoing"), (CA_US, "collapsed")},
    ),
]

# --- more ways of saying a deal ------------------------------------------------------
MORE_DEALS: list[Case] = [
    (
        "a partial breakthrough",
        "Canberra and Beijing reached a partial breakthrough in their dispute over barley.",
        {(("AU", "CN"), "agreement")},
    ),
    (
        "agreed to amend their pact",
        "Seoul and Washington met in March. Seoul won an exemption from the steel tariffs after "
        "the two countries agreed to amend their trade pact.",
        {(KR_US, "ongoing"), (KR_US, "agreement")},
    ),
    (
        "talks were concluded",
        "Britain and India signed a trade pact on Thursday. Talks on the pact were concluded in "
        "May after three years of negotiations.",
        {(("GB", "IN"), "agreement")},
    ),
    (
        "an understanding",
        "Mnuchin said Lighthizer had reached a productive understanding with South Korea.",
        {(KR_US, "agreement")},
    ),
]

# --- pairs beyond the US: blocs, racing to conclude ---------------------------------
OTHER_PAIRS: list[Case] = [
    (
        "racing to conclude talks is talks under way",
        "The EU and India are racing to conclude their free trade talks by December.",
        {(("EU", "IN"), "ongoing")},
    ),
    (
        "concluded their talks is a deal",
        "The EU and India concluded their free trade talks on Friday.",
        {(("EU", "IN"), "agreement")},
    ),
    (
        "ASEAN stands for its members the story names",
        "China and ASEAN signed an upgraded free trade agreement. Malaysia and Thailand hailed "
        "the pact.",
        {(("CN", "MY"), "agreement"), (("CN", "TH"), "agreement")},
    ),
    (
        "Canada and China",
        "Ottawa and Beijing reached a deal to lift the canola tariffs.",
        {(("CA", "CN"), "agreement")},
    ),
]

# --- official statements: consultations, exchanges, consensuses --------------------
STATEMENTS: list[Case] = [
    (
        "a meeting judged in a list of adjectives",
        "He Lifeng said the China-US high-level meeting on trade affairs was frank, in-depth "
        "and constructive.",
        {(CN_US, "ongoing")},
    ),
    (
        "a series of consensuses",
        "China and the United States have reached a series of important consensuses, Beijing said.",
        {(CN_US, "agreement")},
    ),
    (
        "had exchanges",
        "China and the US have had professional, rational and candid exchanges, Li Chenggang said.",
        {(CN_US, "ongoing")},
    ),
    (
        "a round of economic and trade consultations",
        "The new round of China-US economic and trade consultations ended on Sunday.",
        {(CN_US, "ongoing")},
    ),
    (
        "arrived for consultations",
        "Liu He arrived in Washington on Tuesday for economic and trade consultations with the US "
        "side.",
        {(CN_US, "ongoing")},
    ),
    (
        "conducted consultations",
        "The Chinese and US delegations conducted constructive consultations on trade.",
        {(CN_US, "ongoing")},
    ),
    (
        "positive and concrete progress",
        "China and the US made positive and concrete progress in their consultations.",
        {(CN_US, "ongoing")},
    ),
    (
        "officials convened",
        "Officials from India and the US convened in New Delhi from March 26 to 29.",
        {(IN_US, "ongoing")},
    ),
    (
        "a round named before its date is the scheduled round",
        "The first in-person round of India-US negotiations is scheduled to begin on April 23.",
        {(IN_US, "scheduled")},
    ),
    (
        "a deal the work is for is no deal",
        "India and the US agreed on the terms of reference for their bilateral trade agreement.",
        set(),
    ),
    (
        "had asked for meetings is no meeting held",
        "Trump said China had asked for meetings with the US.",
        set(),
    ),
]

# --- more ways of saying each status ------------------------------------------------
MORE_WAYS: list[Case] = [
    ("have a deal", "Japan and the US have a deal, Trump told reporters.", {(JP_US, "agreement")}),
    (
        "shook hands on a deal",
        "Trump and von der Leyen shook hands on a trade deal in Scotland.",
        {(EU_US, "agreement")},
    ),
    (
        "ended in failure",
        "The talks between India and the US ended in failure on Friday.",
        {(IN_US, "collapsed")},
    ),
    (
        "talks between X and Y failed",
        "Talks between Canada and the US failed on Friday.",
        {(CA_US, "collapsed")},
    ),
    ("the deal is dead", "Trump said the deal with China was dead.", {(CN_US, "collapsed")}),
    (
        "sticking points remain",
        "Sticking points remain in the talks between the EU and the US.",
        {(EU_US, "stalled")},
    ),
    (
        "agreed to end their trade war",
        "China and the US agreed to end their trade war.",
        {(CN_US, "agreement")},
    ),
    (
        "a bloc's ministers meeting their counterparts",
        "EU trade ministers met their US counterparts in Paris on Tuesday.",
        {(EU_US, "ongoing")},
    ),
    (
        "still at odds, like far apart",
        "Negotiators for the EU and the US remain at odds over steel, officials said.",
        {(EU_US, "stalled")},
    ),
    (
        "a past day is no date ahead",
        "Talks between Japan and the US were held Tuesday; the two sides will hold more talks.",
        {(JP_US, "ongoing")},
    ),
    (
        "the next round will be held",
        "The next round of talks between the US and China will be held in Washington.",
        {(CN_US, "scheduled")},
    ),
    (
        "talks slated for",
        "Talks between China and the US are slated for next week.",
        {(CN_US, "scheduled")},
    ),
    (
        "expected in a capital",
        "He Lifeng is expected in Washington next week for talks.",
        {(CN_US, "scheduled")},
    ),
    (
        "a deal still to come is not had",
        "Japan hopes to have a deal with the US by August.",
        set(),
    ),
]

# --- headlines: no articles, wire prefixes, quotes -----------------------------------
HEADLINES: list[Case] = [
    (
        "near a deal without an article",
        "EXCLUSIVE-India, US near interim trade deal, sources say",
        {(IN_US, "ongoing")},
    ),
    (
        "a quoted participle",
        "Japan-US tariff deal 'finalised', says Akazawa",
        {(JP_US, "agreement")},
    ),
    ("pulls plug", "Trump pulls plug on Canada trade talks with US", {(CA_US, "collapsed")}),
    (
        "S.Korea",
        "S.Korea, US agree on $350 billion investment in tariff deal",
        {(KR_US, "agreement")},
    ),
    (
        "a trip ahead in the infinitive",
        "US trade team to visit India next week for talks",
        {(IN_US, "scheduled")},
    ),
    (
        "in last-ditch talks",
        "Switzerland and the US in last-ditch tariff talks",
        {(CH_US, "ongoing")},
    ),
    (
        "a place after 'in' is no talks adjective",
        "Bessent to meet China's He in Madrid for trade talks",
        {(CN_US, "scheduled")},
    ),
]

# --- what is not talks news ---------------------------------------------------------
NOT_TALKS: list[Case] = [
    (
        "reports of talks called false",
        "Beijing called reports of ongoing talks with Washington false.",
        set(),
    ),
    (
        "no negotiations at present",
        "China said there are currently no trade negotiations with the United States.",
        set(),
    ),
    ("met a forecast", "China's exports to the US met analysts' forecasts in May.", set()),
    ("met with resistance", "The Canadian offer met with resistance in Washington.", set()),
    (
        "a central bank's meeting",
        "US and Chinese stocks rose after the meeting of the Federal Reserve.",
        set(),
    ),
    ("a rate meeting", "India's central bank held its rate meeting as US tariffs loomed.", set()),
    (
        "provincial leaders meet",
        "Canada's premiers met in Toronto to discuss the US tariffs.",
        set(),
    ),
    ("a bloc's own members", "The EU's 27 members met in Brussels to weigh the US tariffs.", set()),
    ("onlookers' hopes", "Investors hope the US and China will strike a deal.", set()),
    (
        "a threat to walk away",
        "Trump threatened to walk away from talks with Japan if no deal is reached.",
        set(),
    ),
    ("companies' deals", "Chinese and American companies signed deals worth $10 billion.", set()),
    # weak cues count only of talks
    ("exports continued", "Chinese exports to the US continued to fall despite the deal.", set()),
    ("a trade war intensified", "The US-China trade war intensified as deal hopes faded.", set()),
    (
        "negotiating leverage",
        "Trump said the tariffs gave him negotiating leverage over China in any deal.",
        set(),
    ),
    (
        "preparations under way",
        "US preparations for new tariffs on China are under way, a deal sceptic said.",
        set(),
    ),
    ("an ongoing trade war", "The ongoing trade war between the US and China hurt farmers.", set()),
    (
        "a bloc's own ministers meeting",
        "EU trade ministers will meet in Luxembourg on Monday to discuss the response to US "
        "tariffs.",
        set(),
    ),
    ("a G7 meeting", "G7 finance ministers met in Canada as US tariffs loomed.", set()),
    (
        "a wish to settle a dispute is no talks",
        "A WTO panel was set up to resolve the trade dispute between the US and China.",
        set(),
    ),
    (
        "agreeing that something is true is no deal",
        "EU and US officials agreed that the old steel deal had failed.",
        set(),
    ),
    (
        "a visit with no talks named",
        "Trump plans to visit a Japanese car plant in Ohio next week.",
        set(),
    ),
    ("stocks closed on deal hopes", "Stocks closed up 1% on hopes of a US-China deal.", set()),
    (
        "a free trade agreement named in passing",
        "Australia, which has a free trade agreement with the US, faces the 10% baseline.",
        set(),
    ),
    (
        "talks still to come after 'in'",
        "Japan wants farm goods left out in any future talks with the US.",
        set(),
    ),
    (
        "expected in a time is no visit",
        "A US decision on the Swiss deal is expected in the coming weeks.",
        set(),
    ),
]

# --- officials and leaders as sides -------------------------------------------------
OFFICIALS: list[Case] = [
    (
        "Korean industry minister",
        "Ahn Duk-geun will travel to Washington this week to begin trade negotiations with the "
        "United States.",
        {(KR_US, "scheduled")},
    ),
    ("Korean trade chief", "Kim Jung-kwan met Lutnick in Washington.", {(KR_US, "ongoing")}),
    ("Japanese minister", "Motegi and Lighthizer held talks in New York.", {(JP_US, "ongoing")}),
    (
        "Malaysian minister",
        "Zafrul and Greer signed the reciprocal trade agreement.",
        {(("MY", "US"), "agreement")},
    ),
    (
        "Brazilian vice president",
        "Alckmin met Lutnick to discuss the tariff.",
        {(("BR", "US"), "ongoing")},
    ),
    (
        "New Zealand leader",
        "Luxon and Albanese wrapped up talks on a free trade pact.",
        {(("AU", "NZ"), "agreement")},
    ),
    (
        "Mexican negotiator",
        "Guajardo and Lighthizer struck a preliminary deal.",
        {(("MX", "US"), "agreement")},
    ),
    (
        "Thai finance minister",
        "Pichai Chunhavajira held tariff talks with Greer in Washington.",
        {(("TH", "US"), "ongoing")},
    ),
    (
        "British ambassador",
        "Mandelson and Lutnick held talks on steel tariffs.",
        {(("GB", "US"), "ongoing")},
    ),
    (
        "Australian foreign minister",
        "Penny Wong and Wang Yi reached an agreement on the barley duties.",
        {(("AU", "CN"), "agreement")},
    ),
    (
        "EU trade chief",
        "Hogan and Lighthizer held talks on industrial tariffs.",
        {(EU_US, "ongoing")},
    ),
]


TABLES = [
    *(("stall", *c) for c in STALLS),
    *(("collapse", *c) for c in COLLAPSES),
    *(("resume", *c) for c in RESUMPTIONS),
    *(("ongoing", *c) for c in ONGOING),
    *(("scheduled", *c) for c in SCHEDULED),
    *(("deal", *c) for c in DEALS),
    *(("trip", *c) for c in TRIPS),
    *(("rate agreed", *c) for c in RATE_AGREED),
    *(("story sides", *c) for c in STORY_SIDES),
    *(("more deals", *c) for c in MORE_DEALS),
    *(("other pairs", *c) for c in OTHER_PAIRS),
    *(("statement", *c) for c in STATEMENTS),
    *(("more ways", *c) for c in MORE_WAYS),
    *(("headline", *c) for c in HEADLINES),
    *(("none", *c) for c in NOT_TALKS),
    *(("official", *c) for c in OFFICIALS),
]


@pytest.mark.parametrize(
    ("table", "name", "text", "expected"), TABLES, ids=[f"{t[0]}: {t[1]}" for t in TABLES]
)
def test_talks_as_news_says_them(table: str, name: str, text: str, expected: set[Key]) -> None:
    assert talks(text) == expected


# --- one side's step is no deal unless both sides are its subject ------------------
def test_a_pair_named_after_one_sides_step_makes_no_joint_deal() -> None:
    text = (
        "Modi and Trump agreed to reopen trade negotiations. Washington also agreed to hold back "
        "further duties, and both countries' teams will settle the details."
    )
    assert talks(text) == {(IN_US, "resumed")}


# --- talks told as held after their outcome are the outcome's own --------------------
def test_talks_held_told_after_the_deal_are_the_deals_own() -> None:
    text = (
        "Japanese and US officials put together a framework on Friday. Akazawa said both "
        "delegations had held frank discussions."
    )
    assert talks(text) == {(("JP", "US"), "agreement")}


def test_talks_held_before_a_stall_stay_a_state() -> None:
    text = "Japan and the US held a seventh round of talks. The talks stalled over cars."
    assert talks(text) == {(JP_US, "ongoing"), (JP_US, "stalled")}


def test_talks_held_after_a_past_breakdown_are_news() -> None:
    text = (
        "US and Chinese negotiators held constructive talks in Shanghai. Negotiations fell apart "
        "in May."
    )
    assert currents(text) == {(CN_US, "ongoing"): True, (CN_US, "collapsed"): False}


# --- currency: a clause of time before the news is the road to it -------------------
def test_a_breakdown_named_as_the_road_to_a_resumption_is_history() -> None:
    text = (
        "Months after the talks broke down, negotiators from Washington and Beijing resumed them."
    )
    assert currents(text) == {(CN_US, "collapsed"): False, (CN_US, "resumed"): True}


def test_a_round_ahead_stays_current_beside_a_stall() -> None:
    text = (
        "Trade talks between the US and China have hit a snag, Bessent said. He expects more "
        "talks with China in the next few weeks."
    )
    assert currents(text) == {(CN_US, "stalled"): True, (CN_US, "scheduled"): True}


def test_a_meeting_on_the_road_to_the_deal_is_the_deals_own() -> None:
    # SPEC: talks named only as the road to a deal are the deal's own, not a state
    text = (
        "Australia and China have reached a deal to settle their barley dispute, Wong said. "
        "Farrell is expected to travel to Beijing soon to continue negotiations, after he held a "
        "virtual meeting with Wang Wentao in February."
    )
    assert talks(text) == {(("AU", "CN"), "agreement"), (("AU", "CN"), "scheduled")}


def test_ended_days_of_talks_without_a_deal() -> None:
    text = (
        "US and Chinese negotiators ended two days of talks on Friday without a deal. Liu He "
        "told reporters the talks had gone fairly well."
    )
    assert talks(text) == {(CN_US, "collapsed"), (CN_US, "ongoing")}


# --- round 3: phenomena from the newly opened fold, in our own words ----------------
MX_US, CA_CN = ("MX", "US"), ("CA", "CN")
ROUND3: list[Case] = [
    (
        "talks expected to get under way are still ahead",
        "Talks with Ottawa were expected to get under way next week, a US official said.",
        {(CA_US, "scheduled")},
    ),
    (
        "talks set to kick off are still ahead",
        "Negotiations between Japan and the US are set to kick off on Monday.",
        {(JP_US, "scheduled")},
    ),
    (
        "talks under way stay under way",
        "Talks between Canada and the US are under way in Washington.",
        {(CA_US, "ongoing")},
    ),
    (
        "expecting to keep negotiating says talks go on",
        "Washington expects to keep negotiating with Ottawa, the official said.",
        {(CA_US, "ongoing")},
    ),
    (
        "a second 'with' joined to the first names more sides",
        "Washington is negotiating with Canada on one track and with Mexico on another.",
        {(CA_US, "ongoing"), (MX_US, "ongoing")},
    ),
    (
        "one side before the cue and a list after it",
        "The US has struck a deal to remove its duties on Canada and Mexico.",
        {(CA_US, "agreement"), (MX_US, "agreement")},
    ),
    (
        "a list joined to a pair subject is no list of partners",
        "The US and China agreed to cut tariffs on Japanese and Korean cars.",
        {(CN_US, "agreement")},
    ),
    (
        "talks held with a long noun phrase between verb and noun",
        "Carney and China's premier held their nations' first formal bilateral talks on Friday.",
        {(CA_CN, "ongoing")},
    ),
    (
        "talks that produced deals",
        "The summit between the US and China also produced several agreements on farm trade.",
        {(CN_US, "agreement")},
    ),
    (
        "a deal expected at a meeting sets the meeting",
        "A truce between the US and China is expected at a leaders' dinner on Saturday.",
        {(CN_US, "scheduled")},
    ),
    (
        "settling a grievance is a deal",
        "Washington agreed to lift its duties on Mexican tomatoes, settling a long feud with "
        "Mexico.",
        {(MX_US, "agreement")},
    ),
    (
        "a grievance only aired is no deal",
        "Mexico aired a grievance over US duties on its tomatoes.",
        set(),
    ),
    (
        "a leader's visit with a date ahead is a meeting set",
        "South Korea's president will visit the White House within ten days.",
        {(KR_US, "scheduled")},
    ),
    (
        "a visit with no date is no meeting set",
        "South Korea's president will visit the White House.",
        set(),
    ),
    (
        "a side that won a cut in its tariff has a deal with the levier",
        "The US raised tariffs on steel to 50%. Australia won a cut in the rate on its beef.",
        {(("AU", "US"), "agreement")},
    ),
    (
        "a list that secured exemptions: a deal each",
        "The US put a 20% tariff on most imports. Japan and Britain secured exemptions for "
        "their carmakers.",
        {(JP_US, "agreement"), (("GB", "US"), "agreement")},
    ),
    (
        "a company that won an exemption makes no deal",
        "The US put a 20% tariff on chips. Apple won an exemption for its phones.",
        set(),
    ),
    (
        "the Korean currency is no win",
        "The won fell 1% against the dollar after the US raised tariffs on Korea to 25%.",
        set(),
    ),
    (
        "the side met in a leading time phrase is no part of a joint subject",
        "After meeting Japan's premier in Osaka, Trump agreed to delay the car tariffs.",
        {(JP_US, "ongoing")},  # the meeting was held; the delay is one side's step
    ),
    (
        "a joint subject after a leading place phrase is still joint",
        "At the summit in Osaka, the US and Japan agreed to delay the car tariffs.",
        {(JP_US, "agreement")},
    ),
    (
        "a meeting not called off still stands",
        "Trump threatened new tariffs on China. He said he had not called the summit with Xi off.",
        {(CN_US, "scheduled")},
    ),
    (
        "a meeting not cancelled still stands",
        "Ishiba has not cancelled the planned meeting with Trump next month.",
        {(JP_US, "scheduled")},
    ),
    (
        "a meeting called off is a collapse",
        "Trump called the meeting with Xi off on Friday.",
        {(CN_US, "collapsed")},
    ),
    (
        "talks going on for months are under way",
        "Trade negotiations between India and the US have been going on for months.",
        {(IN_US, "ongoing")},
    ),
    (
        "a ceasefire of a border war is no trade truce",
        "Thailand and Cambodia agreed to a ceasefire after days of fighting.",
        set(),
    ),
    (
        "a ceasefire in a trade war is a truce",
        "China and the US agreed to a ceasefire in their trade war.",
        {(CN_US, "agreement")},
    ),
    (
        "talks that are over have collapsed",
        "Trump said trade talks with Canada were over.",
        {(CA_US, "collapsed")},
    ),
    (
        "talks over a topic are no collapse",
        "Talks between Japan and the US were over tariffs on cars.",
        set(),
    ),
    (
        "a deal named as a goal after a preposition is no deal",
        "Britain and the US are committed to reaching a deal on steel.",
        set(),
    ),
    (
        "agreed to resume with a deal as the goal is a resumption only",
        "Ottawa and Washington agreed to resume talks with a view to striking a deal by July.",
        {(CA_US, "resumed")},
    ),
    (
        "a deal signed in a leading phrase is with the subject after it, not every side",
        "After signing a deal with Japan, the US turned to Korea.",
        {(JP_US, "agreement")},
    ),
    (
        "negotiations concluded with a side are a deal",
        "Jakarta said it had concluded negotiations with Washington.",
        {(("ID", "US"), "agreement")},
    ),
    (
        "days of talks concluded are a round held",
        "Jakarta concluded two days of talks with Washington on Friday.",
        {(("ID", "US"), "ongoing")},
    ),
    (
        "talks in their final stage are under way",
        "Hanoi said its talks with Washington had entered a final stage.",
        {(("US", "VN"), "ongoing")},
    ),
    (
        "the final stages of a deal are talks under way",
        "New Delhi and Washington are in the final stages of an interim deal.",
        {(IN_US, "ongoing")},
    ),
    (
        "a bill in its final stages is no talks",
        "The tariff bill is in the final stages of approval in Congress.",
        set(),
    ),
    (
        "rushed to a capital for talks",
        "Seoul's trade minister rushed to Washington for last-minute tariff talks.",
        {(KR_US, "ongoing")},
    ),
    (
        "a round named after its date is the round set, not one held",
        "A Japanese delegation is due in Washington next week for a new round of talks.",
        {(JP_US, "scheduled")},
    ),
    (
        "an offer put to the other side is bargaining",
        "Bern submitted a revised offer to Washington on Friday.",
        {(CH_US, "ongoing")},
    ),
    (
        "a counter-proposal handed to a side",
        "Ottawa handed a counter-proposal to the US this week.",
        {(CA_US, "ongoing")},
    ),
    (
        "an offer to do something is no offer to a side",
        "Trump made an offer to buy Greenland from Denmark.",
        set(),
    ),
    (
        "a proposal to raise tariffs is no talks",
        "A proposal to raise tariffs on Chinese cars passed the Senate.",
        set(),
    ),
    (
        "talks expected to conclude are under way",
        "Talks between Taipei and Washington are expected to conclude soon.",
        {(("TW", "US"), "ongoing")},
    ),
    (
        "talks set for a day are set",
        "Talks between Tokyo and Washington are set for next week.",
        {(JP_US, "scheduled")},
    ),
    (
        "a step taken to let talks proceed says they are on",
        "The US put a 35% tariff on Canadian goods. Ottawa paused its countermeasures to allow "
        "talks to proceed.",
        {(CA_US, "ongoing")},
    ),
    (
        "deadlocked talks are stalled, not dead",
        "Talks between Mexico City and Washington are deadlocked over steel quotas.",
        {(MX_US, "stalled")},
    ),
    (
        "struggling to close a deal is talks under way",
        "New Delhi and Washington are struggling to close a deal on farm goods.",
        {(IN_US, "ongoing")},
    ),
    (
        "talks between two sides back on track have resumed",
        "Negotiations between Seoul and Washington are back on track.",
        {(KR_US, "resumed")},
    ),
    (
        "a deal hoped for at a meeting is no meeting set",
        "Investors hope a deal between the US and China is expected at a dinner on Saturday.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), ROUND3, ids=[c[0] for c in ROUND3])
def test_round3_phenomena(name: str, text: str, want: set[Key]) -> None:
    assert talks(text) == want, name


def test_a_visit_within_weeks_is_a_date_ahead() -> None:
    from tariffwatch.extract.talks_cues import FUTURE_TIME

    assert FUTURE_TIME.search("the president will visit within two weeks")
    assert FUTURE_TIME.search("they will meet at the end of october")
    assert FUTURE_TIME.search("talks by the start of next month")
    assert not FUTURE_TIME.search("they will meet at the end of the day")
    assert FUTURE_TIME.search("talks within days")
    assert not FUTURE_TIME.search("within the rules")


def test_a_target_named_alone_talks_with_its_levier() -> None:
    # one side named far from the cue: a target of the story's tariffs talks with
    # the country that levies them
    text = (
        "The US will charge a 30% tariff on imports from Brazil starting next month. "
        "Lula vowed to tie Brazil's response to the pace of progress at the negotiating table."
    )
    assert talks(text) == {(("BR", "US"), "ongoing")}


def test_a_side_named_alone_in_a_story_with_no_tariff_on_it_makes_no_pair() -> None:
    text = (
        "Brazil's exporters are nervous. Lula vowed to tie Brazil's response to progress at "
        "the negotiating table."
    )
    assert talks(text) == set()


# --- the talks gate: common words count only in the phrase a cue needs ---------------
GATE: list[tuple[str, bool]] = [
    ("The two governments issued a joint statement on Friday.", True),
    ("They put out a joint trade statement.", True),
    ("The ministry said in a statement that exports rose.", False),
    ("Negotiators are still working on it.", True),
    ("Tokyo is working with Washington on the details.", True),
    ("Factories cut working hours.", False),
]


@pytest.mark.parametrize(("text", "gated"), GATE, ids=[t for t, _ in GATE])
def test_common_words_pass_the_talks_gate_only_in_their_phrase(text: str, gated: bool) -> None:
    from tariffwatch.extract.cues import lower
    from tariffwatch.extract.hits import talk_hits
    from tariffwatch.extract.negotiations import TALK_NOUN

    low = lower(text)
    assert bool(talk_hits(low)) is gated
    assert (TALK_NOUN.search(low) is not None) is gated  # the two gates agree


def test_a_joint_statement_still_reads_as_a_deal() -> None:
    text = "The US and Japan issued a joint statement on autos on Friday."
    assert talks(text) == {(JP_US, "agreement")}


def test_a_meeting_told_after_a_failed_visit_is_the_visits_own() -> None:
    text = (
        "Norway's prime minister left Washington without a deal on Thursday. He met the "
        "US commerce secretary on Wednesday and called it a good meeting."
    )
    assert talks(text) == {(("NO", "US"), "stalled")}


def test_meeting_again_after_a_stall_stays_news() -> None:
    text = "Talks between Japan and the US stalled over cars. The two sides met again on Tuesday."
    assert talks(text) == {(JP_US, "stalled"), (JP_US, "ongoing")}


def test_talks_told_as_earlier_that_day_are_the_deals_own() -> None:
    text = (
        "Trump said the US and Vietnam had struck a trade deal. Earlier that day he told "
        "reporters Vietnam was negotiating hard."
    )
    assert talks(text) == {(("US", "VN"), "agreement")}


def test_talks_hours_before_with_no_outcome_stay_news() -> None:
    text = "Hours before the deadline, negotiators from the US and Vietnam were still negotiating."
    assert talks(text) == {(("US", "VN"), "ongoing")}


# "since May" runs up to now: talks held since a month are news, not history.
SINCE: list[tuple[str, dict[Key, bool]]] = [
    (
        "Beijing and Washington have held four rounds of talks since May.",
        {(CN_US, "ongoing"): True},
    ),
    ("Talks between Japan and the US have stalled since June 3.", {(JP_US, "stalled"): True}),
    ("Talks between Japan and the US stalled in May.", {(JP_US, "stalled"): False}),
]


@pytest.mark.parametrize(("text", "want"), SINCE, ids=[t for t, _ in SINCE])
def test_since_a_month_runs_up_to_now(text: str, want: dict[Key, bool]) -> None:
    assert currents(text) == want


def test_a_restart_to_come_and_the_round_set_are_one_event() -> None:
    text = (
        "US and Indian trade talks set to resume. India will send its negotiators to "
        "Washington next week for a new round of talks."
    )
    assert talks(text) == {(IN_US, "resumed")}


def test_a_restart_done_and_the_next_round_set_are_two_events() -> None:
    text = (
        "Trade talks between India and the US resumed on Monday. The next round is "
        "scheduled for next month."
    )
    assert talks(text) == {(IN_US, "resumed"), (IN_US, "scheduled")}


def test_postponed_talks_and_a_delegation_sent() -> None:
    assert talks("The US has postponed trade talks with India due later this month.") == {
        (IN_US, "stalled")
    }
    assert talks(
        "Beijing said it would send a delegation to Washington next week for trade consultations."
    ) == {(CN_US, "scheduled")}
    assert talks("The US postponed the tariffs on India until August.") == set()


def test_a_round_to_come_leads_no_pair() -> None:
    # a round still ahead says nothing of where talks stand: the state told after
    # it is news, unless told as a recap (past perfect, a day gone by)
    text = (
        "Seoul's trade minister will travel to Washington next week for a new round of talks. "
        "The two sides remain far apart on rice, officials said."
    )
    assert currents(text) == {(KR_US, "scheduled"): True, (KR_US, "stalled"): True}
    recap = (
        "Seoul's trade minister will travel to Washington next week for a new round of talks. "
        "On Friday he had complained that the negotiations were stuck."
    )
    assert currents(recap) == {(KR_US, "scheduled"): True, (KR_US, "stalled"): False}


def test_a_lone_country_named_as_the_place_of_other_sides_talks_is_a_venue() -> None:
    text = (
        "China and the US agreed to a trade truce in Geneva in May. In London in June, they "
        "agreed on a framework to implement it."
    )
    assert talks(text) == {(CN_US, "agreement")}


def test_agreed_to_resume_and_a_trip_set_are_two_steps() -> None:
    # "agreed to resume" is a step done; the delegation's trip next week is the round set
    text = (
        "The US and India have agreed to resume trade talks, officials said. A US delegation "
        "will travel to New Delhi next week."
    )
    assert talks(text) == {(IN_US, "resumed"), (IN_US, "scheduled")}


# --- what the talks are about, between the sides and the verb ----------------------
# "talks between X and Y on <topic> <verb>": the topic phrase does not cut the talks
# noun off its verb.
TOPIC_BETWEEN: list[Case] = [
    (
        "on a topic, continue, beside a tariff clause",
        "Duties of up to 25% on Chinese steel took effect on Monday, while talks between "
        "Brussels and Beijing on export quotas continue.",
        {(CN_EU, "ongoing")},
    ),
    (
        "over a topic, are continuing",
        "Negotiations between Seoul and Washington over shipbuilding investment are continuing.",
        {(KR_US, "ongoing")},
    ),
    (
        "about a topic, past tense",
        "Talks between Ottawa and Washington about lumber duties continued into the night.",
        {(CA_US, "ongoing")},
    ),
    (
        "headline",
        "Japan-US talks on auto quotas continue",
        {(JP_US, "ongoing")},
    ),
    (
        "topic, then a breakdown",
        "Talks between India and the US over farm access have broken down.",
        {(IN_US, "collapsed")},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), TOPIC_BETWEEN, ids=[c[0] for c in TOPIC_BETWEEN])
def test_a_topic_between_the_sides_and_the_verb(name: str, text: str, want: set[Key]) -> None:
    assert talks(text) == want


# --- talks over without a deal, or only stuck ---------------------------------------
# SPEC: collapsed is talks broken off or ended without a deal. Talks that "failed to
# produce/reach/clinch a deal" are over; those that "have failed to" or "so far failed
# to" reach one, failed to make progress or made no breakthrough are only stuck.
OVER_OR_STUCK: list[Case] = [
    (
        "failed to reach a deal",
        "Talks between Tokyo and Washington failed to reach a deal on Friday.",
        {(JP_US, "collapsed")},
    ),
    (
        "headline, fail to clinch",
        "India-US talks fail to clinch trade deal",
        {(IN_US, "collapsed")},
    ),
    (
        "failed to seal an agreement",
        "Canadian and US negotiators failed to seal an agreement before the deadline.",
        {(CA_US, "collapsed")},
    ),
    (
        "have failed to: still stuck",
        "Months of talks between Seoul and Washington have failed to produce a deal.",
        {(KR_US, "stalled")},
    ),
    (
        "so far failed to: still stuck",
        "Beijing and Washington have so far failed to reach an agreement on chips.",
        {(CN_US, "stalled")},
    ),
    (
        "failed to make progress: stuck",
        "Talks between Japan and the US failed to make progress.",
        {(JP_US, "stalled")},
    ),
    (
        "no breakthrough: stuck",
        "A new round of talks between the EU and the US made no breakthrough on steel.",
        {(EU_US, "stalled")},
    ),
    (
        "a condition, not a collapse",
        "If talks fail to produce a deal, Canada will retaliate against the US.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), OVER_OR_STUCK, ids=[c[0] for c in OVER_OR_STUCK])
def test_talks_over_without_a_deal_or_only_stuck(name: str, text: str, want: set[Key]) -> None:
    assert talks(text) == want


# A time named in another clause (a rate "announced in April") does not date talks
# that failed in this one: they are the latest state the story gives.
FAILED_AFTER_A_DATED_CLAUSE: list[tuple[str, str, dict[Key, bool]]] = [
    (
        "tariff took effect after talks failed",
        "A 30% US tariff on Swiss watches took effect on Tuesday, well above the 20% rate "
        "floated in March, after last-ditch talks in Washington failed to produce a deal.",
        {(CH_US, "collapsed"): True},
    ),
    (
        "the month in the talks' own clause still dates them",
        "Talks between Ottawa and Washington broke down in March, officials said.",
        {(CA_US, "collapsed"): False},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"),
    FAILED_AFTER_A_DATED_CLAUSE,
    ids=[c[0] for c in FAILED_AFTER_A_DATED_CLAUSE],
)
def test_a_time_in_another_clause_does_not_date_the_talks(
    name: str, text: str, want: dict[Key, bool]
) -> None:
    assert currents(text) == want
