"""Talks wording families met in a broad read of real trade news (2018-2026).

Each table is one family, written in our own words in several shapes (verb
forms, tenses, word orders), with near misses that must not fire. The families
are the ones the cue table missed most often on news no rule had seen:
restarts only offered, talks "concluded for" a deal, calls-off through
adjectives, deals only planned, dates written day first, "scheduled" as an
adjective, stalls that "reach an impasse", steps agreed on the talks
themselves, and regions named with "American".
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import NegotiationFact

PUBLISHED = date(2025, 9, 10)

Key = tuple[tuple[str, str], str]
Case = tuple[str, str, set[Key]]

CA_US, JP_KR, CL_PE, CN_US = ("CA", "US"), ("JP", "KR"), ("CL", "PE"), ("CN", "US")
AU_EU, IN_NO, BR_MX, CA_MX = ("AU", "EU"), ("IN", "NO"), ("BR", "MX"), ("CA", "MX")
GB_NO, IN_US, EU_PY = ("GB", "NO"), ("IN", "US"), ("EU", "PY")


def talks(text: str) -> set[Key]:
    facts = extract(text, published=PUBLISHED)
    return {(f.parties, f.status) for f in facts if isinstance(f, NegotiationFact)}


# --- a restart offered or waited for is no restart -----------------------------------
RESTART_OFFERED: list[Case] = [
    (
        "stands ready to resume",
        "Ottawa says it stands ready to resume talks with Washington once tempers cool.",
        set(),
    ),
    (
        "prepared to resume, after a walkout",
        "Canada quit the talks with the US on Friday and said it was prepared to resume "
        "negotiations when the Americans are serious.",
        {(CA_US, "collapsed")},
    ),
    (
        "open to restarting",
        "Tokyo remains open to restarting trade negotiations with Seoul at a later date.",
        set(),
    ),
    (
        "willing to restart",
        "Seoul is willing to restart the trade dialogue with Tokyo if the export curbs go.",
        set(),
    ),
    (
        "years before talks resume",
        "Canberra warned it could be years before the negotiations with Brussels resume.",
        set(),
    ),
    (
        "until talks resume",
        "Exporters pay the higher duty until negotiations between Australia and the EU resume.",
        set(),
    ),
    # near misses: the restart happened
    (
        "resumed after a pause",
        "Talks between Chile and Peru resumed on Monday after a two-month pause.",
        {(CL_PE, "resumed")},
    ),
    (
        "agreed to resume",
        "Japan and South Korea agreed to resume their trade talks next month.",
        {(JP_KR, "resumed")},
    ),
]

# --- talks concluded "for" a deal: the deal is done -------------------------------------
CONCLUDED_FOR: list[Case] = [
    (
        "concluded negotiations for",
        "Chile and Peru have concluded negotiations for a free trade agreement.",
        {(CL_PE, "agreement")},
    ),
    (
        "completed talks toward",
        "Norway and India completed their talks toward a trade pact on Tuesday.",
        {(IN_NO, "agreement")},
    ),
    (
        "wrapped up negotiations for",
        "Peru wrapped up negotiations for a commerce accord with Chile this week.",
        {(CL_PE, "agreement")},
    ),
    # near misses: a round is not the talks
    (
        "concluded a round toward",
        "Chile and Peru concluded a third round of negotiations towards a free trade agreement.",
        {(CL_PE, "ongoing")},
    ),
    (
        "concluded the sixth round of talks for",
        "India and Norway concluded the sixth round of talks for their economic partnership deal.",
        {(IN_NO, "ongoing")},
    ),
]

# --- called off or put off through adjectives -------------------------------------------
CALLED_OFF: list[Case] = [
    (
        "cancelled upcoming trade talks",
        "Beijing has cancelled upcoming trade talks with Washington, two officials said.",
        {(CN_US, "collapsed")},
    ),
    (
        "cancels its planned high-level round",
        "Washington cancels its planned high-level round with Beijing after the new duties.",
        {(CN_US, "collapsed")},
    ),
    (
        "postponed next week's planned talks",
        "Seoul postponed next week's planned trade talks with Tokyo.",
        {(JP_KR, "stalled")},
    ),
    (
        "suspends the upcoming round of negotiations",
        "Tokyo suspends the upcoming round of negotiations with Seoul over the export curbs.",
        {(JP_KR, "stalled")},
    ),
    (
        "cancelled its planned visit to the other's capital",
        "A Japanese trade team has cancelled its planned visit to Seoul over the curbs.",
        {(JP_KR, "collapsed")},
    ),
    (
        "decided to continue negotiations",
        "The Chilean cabinet decided on Monday to continue negotiations with Peru.",
        {(CL_PE, "ongoing")},
    ),
    # near misses: a visit to no side; something else scheduled is called off
    (
        "cancelled a visit to a plant",
        "The Japanese minister cancelled his visit to a car plant after a storm.",
        set(),
    ),
    (
        "cancelled scheduled press conferences",
        "After the meeting Mexico and Chile cancelled scheduled press conferences.",
        {(("CL", "MX"), "ongoing")},
    ),
]

# --- a deal only planned or aimed at stands nowhere -------------------------------------
NOT_YET_DEALS: list[Case] = [
    (
        "another round on their planned agreement",
        "South Korea will hold another round of talks with Japan this week on their planned "
        "free trade agreement.",
        {(JP_KR, "scheduled")},
    ),
    (
        "their proposed pact",
        "Officials from Brazil and Mexico met in Brasilia on Friday to discuss their proposed pact",
        {(BR_MX, "ongoing")},
    ),
    (
        "struggling to finalize pacts with",
        "Washington has struggled to finalize trade pacts with Beijing for a year.",
        {(CN_US, "ongoing")},
    ),
    # near miss: a deal in force is one
    (
        "under their trade agreement",
        "Under their trade agreement, Chile and Peru removed duties on copper wire.",
        {(CL_PE, "agreement")},
    ),
]

# --- dates ahead written day first, or as a span --------------------------------------
DATES_AHEAD: list[Case] = [
    (
        "travelling for meetings on 22 October",
        "The Indian trade delegation is travelling to Washington for meetings with US officials "
        "on 22 October.",
        {(IN_US, "scheduled")},
    ),
    (
        "visiting for talks on the 3rd of November",
        "A US team is visiting New Delhi for talks with Indian negotiators on the 3rd of November.",
        {(IN_US, "scheduled")},
    ),
    (
        "will happen in two weeks",
        "Trade talks between Brazil and Mexico will happen in two weeks.",
        {(BR_MX, "scheduled")},
    ),
    (
        "will take place in a few days",
        "The next round between Canada and Mexico will take place in a few days.",
        {(CA_MX, "scheduled")},
    ),
    # near misses: a trip made, a span behind
    (
        "visited for talks last week",
        "India's commerce minister visited Washington last week for talks with US officials.",
        {(IN_US, "ongoing")},
    ),
    (
        "will happen, no date",
        "Trade talks between Brazil and Mexico will happen at some point, officials said.",
        set(),
    ),
]

# --- a stall reached, not a deal --------------------------------------------------------
DEAD_ENDS: list[Case] = [
    (
        "talks on a deal have reached an impasse",
        "Talks between Canada and Mexico on a trade agreement have reached an impasse.",
        {(CA_MX, "stalled")},
    ),
    (
        "negotiations on a pact reached a deadlock",
        "Negotiations between Australia and the EU on a free trade pact reached a deadlock.",
        {(AU_EU, "stalled")},
    ),
    # near miss: a deal reached
    (
        "an agreement was reached",
        "An agreement between Australia and the EU was reached on Sunday.",
        {(AU_EU, "agreement")},
    ),
]

# --- steps agreed on the talks themselves, and a deal agreed ---------------------------
AGREED_STEPS: list[Case] = [
    (
        "agreed to extend the talks",
        "Canada and Mexico agreed to extend the talks into next year.",
        {(CA_MX, "ongoing")},
    ),
    (
        "agreed to suspend negotiations",
        "Canada and Mexico agreed to suspend negotiations until after the election.",
        {(CA_MX, "stalled")},
    ),
    (
        "has agreed a deal ... to cut",
        "Britain has agreed a deal with Norway to cut tariffs on salmon.",
        {(GB_NO, "agreement")},
    ),
    (
        "time to end talks",
        "The two presidents gave their teams a few more weeks to end talks on the barriers "
        "between Mexico and Brazil.",
        set(),
    ),
    # near misses: a joint step on tariffs is a deal; an end of talks is a collapse
    (
        "agreed to suspend the tariffs",
        "Canada and Mexico agreed to suspend the tariffs for 90 days.",
        {(CA_MX, "agreement")},
    ),
    (
        "ended talks",
        "Mexico ended talks with Brazil on Friday.",
        {(BR_MX, "collapsed")},
    ),
]

# --- "American" after a region names no US ---------------------------------------------
REGIONS: list[Case] = [
    (
        "South American bloc",
        "The EU and Paraguay, a South American exporter of soy, are close to finishing a trade "
        "agreement.",
        {(EU_PY, "ongoing")},
    ),
    (
        "Latin American governments",
        "Latin American governments are negotiating with Canada.",
        set(),
    ),
    (
        "American negotiators still count",
        "American negotiators met Mexico's economy minister on Monday.",
        {(("MX", "US"), "ongoing")},
    ),
]

# --- talks under way, told without a plain talks verb ----------------------------------
UNDER_WAY: list[Case] = [
    (
        "remains in negotiations with",
        "Ottawa remains in negotiations with Mexico City over steel quotas.",
        {(CA_MX, "ongoing")},
    ),
    (
        "entered formal negotiations",
        "Vietnam entered formal negotiations with Washington in May.",
        {(("US", "VN"), "ongoing")},
    ),
    (
        "the first to enter negotiations",
        "Vietnam was the first country to enter negotiations with Washington.",
        {(("US", "VN"), "ongoing")},
    ),
    (
        "visited to discuss",
        "A Thai delegation visited Tokyo to discuss rice tariffs.",
        {(("JP", "TH"), "ongoing")},
    ),
    (
        "flew to negotiate",
        "The Thai trade minister flew to Seoul to negotiate tariff cuts.",
        {(("KR", "TH"), "ongoing")},
    ),
    (
        "made notable progress",
        "Peru and Chile have made notable progress in their trade negotiations.",
        {(CL_PE, "ongoing")},
    ),
    (
        "near a deal through a list of goods",
        "Canada, Japan near steel, auto trade deal",
        {(("CA", "JP"), "ongoing")},
    ),
    (
        "may be close to a deal",
        "Canada may be close to a trade deal with Japan, officials said.",
        {(("CA", "JP"), "ongoing")},
    ),
    # near misses: a plan to enter, no progress
    (
        "plans to enter negotiations",
        "Vietnam plans to enter negotiations with Washington.",
        set(),
    ),
    (
        "made no progress",
        "Peru and Chile have made no progress in their trade negotiations.",
        {(CL_PE, "stalled")},
    ),
]

# --- deals confirmed, or set to be signed -----------------------------------------------
DEALS_DONE: list[Case] = [
    (
        "confirmed a deal",
        "Switzerland and the US confirmed a deal to cut tariffs on watches.",
        {(("CH", "US"), "agreement")},
    ),
    (
        "will be signed on a date",
        "The trade deal between Peru and Chile will be signed on 4 March.",
        {(CL_PE, "agreement")},
    ),
    (
        "is due to be signed",
        "Their accord is due to be signed in Lima, Peru's trade minister told Chile's envoy.",
        {(CL_PE, "agreement")},
    ),
    # near misses: not confirmed, only possibly signed, a contracted no
    (
        "could not confirm a deal",
        "Switzerland could not confirm a deal with the US.",
        set(),
    ),
    ("could be signed", "A deal between Peru and Chile could be signed next month.", set()),
    (
        "won't sign",
        "Canada won't sign the new agreement with Mexico unless the steel duties go.",
        set(),
    ),
]

# --- stalls held and halts -------------------------------------------------------------
HALTS: list[Case] = [
    (
        "without breaking the deadlock",
        "Negotiators from Japan and Korea ended three days of talks without breaking the deadlock.",
        {(JP_KR, "stalled")},
    ),
    (
        "were abruptly halted",
        "Talks between Chile and Peru were abruptly halted by Lima.",
        {(CL_PE, "stalled")},
    ),
    (
        "halted as one side ends them",
        "Talks halted as Peru ends negotiations with Chile",
        {(CL_PE, "collapsed")},
    ),
    (
        "quit the talks",
        "Peru quit the trade talks with Chile on Friday.",
        {(CL_PE, "collapsed")},
    ),
    # near miss: ended without a deal is a collapse, not a held stall
    (
        "ended without a deal",
        "Negotiators from Japan and Korea ended three days of talks without a deal.",
        {(JP_KR, "collapsed")},
    ),
]

# --- rounds ahead and talks opened ----------------------------------------------------
AHEAD_AND_OPENED: list[Case] = [
    (
        "set for a new round",
        "Japan, Korea set for new round of tariff talks",
        {(JP_KR, "scheduled")},
    ),
    (
        "prepare for talks",
        "Chile and Peru dug in as they prepare for tough talks in Santiago.",
        {(CL_PE, "scheduled")},
    ),
    (
        "agreed to hold a round in the coming week",
        "Japan and Korea agreed to hold a new round of negotiations in the coming week.",
        {(JP_KR, "scheduled")},
    ),
    (
        "kicking off new trade talks",
        "Peru is kicking off new trade talks with Chile.",
        {(CL_PE, "ongoing")},
    ),
    (
        "came to a vague preliminary agreement",
        "Peru and Chile came to a vague preliminary agreement on fruit duties.",
        {(CL_PE, "agreement")},
    ),
    # near misses: a restart offered is no round set; a round set, then held
    (
        "prepared to resume negotiations",
        "Peru is prepared to resume negotiations with Chile when Santiago is ready.",
        set(),
    ),
    (
        "a round held",
        "Japan and Korea held a new round of tariff talks in Seoul on Monday.",
        {(JP_KR, "ongoing")},
    ),
]

# --- deals by their acronyms, lists after a group noun, envoys by name ---------------
NAMED_DEALS: list[Case] = [
    (
        "signed an FTA",
        "Peru signed an FTA with Chile on Tuesday.",
        {(CL_PE, "agreement")},
    ),
    (
        "signed the CEPA",
        "India and Oman signed the CEPA in New Delhi.",
        {(("IN", "OM"), "agreement")},
    ),
    (
        "negotiating an FTA",
        "Peru and Chile are negotiating an FTA.",
        {(CL_PE, "ongoing")},
    ),
    (
        "a group of countries, then the list",
        "India signed a trade pact with a group of four European countries: Iceland, Norway, "
        "Liechtenstein and Switzerland.",
        {(p, "agreement") for p in (("IN", "IS"), ("IN", "NO"), ("IN", "LI"), ("CH", "IN"))},
    ),
    (
        "a trio after a dash",
        "Chile struck a trade deal with a trio of Asian economies—Japan, Korea and Vietnam.",
        {(p, "agreement") for p in (("CL", "JP"), ("CL", "KR"), ("CL", "VN"))},
    ),
    (
        "an envoy by full name",
        "Mauro Vieira met US officials in Washington for tariff talks.",
        {(("BR", "US"), "ongoing")},
    ),
    (
        "a visit for a ministers' meeting",
        "India's minister visited Muscat last week for the first trade ministers' meeting in years",
        {(("IN", "OM"), "ongoing")},
    ),
    # near misses: the bloc named is a side; an acronym with no deal verb
    (
        "the European Union itself",
        "India signed a trade accord with the European Union.",
        {(("EU", "IN"), "agreement")},
    ),
    ("an FTA named in passing", "The FTA covers dairy and wine.", set()),
]

# --- talks in a clause of their own beside an outcome -----------------------------------
BESIDE_AN_OUTCOME: list[Case] = [
    (
        "still in talks, although a truce was agreed",
        "Peru remains in negotiations with Chile, although both sides agreed to pause the duties.",
        {(CL_PE, "ongoing"), (CL_PE, "agreement")},
    ),
    (
        "talks go on though a framework stands",
        "Japan and Korea are still negotiating, though Tokyo and Seoul signed a framework in May.",
        {(JP_KR, "ongoing"), (JP_KR, "agreement")},
    ),
    # near misses: talks named as the road to the outcome are its own
    (
        "after days of talks, a deal",
        "After three days of talks in Lima, Peru and Chile reached a framework.",
        {(CL_PE, "agreement")},
    ),
    (
        "held talks on a day and agreed",
        "Japan and Korea held talks on Monday and agreed a truce.",
        {(JP_KR, "agreement")},
    ),
]

TABLES = {
    "restart_offered": RESTART_OFFERED,
    "concluded_for": CONCLUDED_FOR,
    "called_off": CALLED_OFF,
    "not_yet_deals": NOT_YET_DEALS,
    "dates_ahead": DATES_AHEAD,
    "dead_ends": DEAD_ENDS,
    "agreed_steps": AGREED_STEPS,
    "regions": REGIONS,
    "under_way": UNDER_WAY,
    "deals_done": DEALS_DONE,
    "halts": HALTS,
    "ahead_and_opened": AHEAD_AND_OPENED,
    "named_deals": NAMED_DEALS,
    "beside_an_outcome": BESIDE_AN_OUTCOME,
}


@pytest.mark.parametrize(
    ("table", "name", "text", "expected"),
    [(t, *row) for t, rows in TABLES.items() for row in rows],
    ids=[f"{t}:{row[0]}" for t, rows in TABLES.items() for row in rows],
)
def test_talks_breadth(table: str, name: str, text: str, expected: set[Key]) -> None:
    assert talks(text) == expected
