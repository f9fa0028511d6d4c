"""Talks wording families that unseen news (session 22) used and the cue table lacked.

Each table is one family, written in our own words in several shapes (verb
forms, tenses, word orders), with near misses that must not fire: stalls told
by metaphor ("run aground", "snag on"), a collapse quoted ("'the talks are
over',"), talks launched or agreed to be opened, deals completed, approved or
whose terms were settled, and a withdrawal that is from talks, not from any
contract.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import talks_currents, talks_keys
from tariffwatch.extract.sentences import split_sentences

PUBLISHED = date(2025, 9, 10)

Key = tuple[tuple[str, str], str]
Case = tuple[str, str, set[Key]]

CA_US, JP_KR, CL_PE, IN_OM = ("CA", "US"), ("JP", "KR"), ("CL", "PE"), ("IN", "OM")
GB_MX, CL_IN, CA_MX, JP_US = ("GB", "MX"), ("CL", "IN"), ("CA", "MX"), ("JP", "US")
CA_PE, AU_EU, BR_US, AR_EU = ("CA", "PE"), ("AU", "EU"), ("BR", "US"), ("AR", "EU")
BR_EU, JP_TH, JP_VN, CN_US = ("BR", "EU"), ("JP", "TH"), ("JP", "VN"), ("CN", "US")
GB_US, US_VN, CA_CL, CA_EU = ("GB", "US"), ("US", "VN"), ("CA", "CL"), ("CA", "EU")
KR_US = ("KR", "US")


def talks(text: str) -> set[Key]:
    return talks_keys(text, PUBLISHED)


def currents(text: str) -> dict[Key, bool]:
    return talks_currents(text, PUBLISHED)


# --- stalls told by metaphor ----------------------------------------------------------
STALL_METAPHORS: list[Case] = [
    (
        "ran aground",
        "Trade talks between Chile and Peru ran aground last week over fishing quotas.",
        {(CL_PE, "stalled")},
    ),
    (
        "have run aground",
        "Negotiations between Canada and the US have run aground on dairy access.",
        {(CA_US, "stalled")},
    ),
    ("headline: talks snag on", "Japan-Korea trade talks snag on fisheries", {(JP_KR, "stalled")}),
    (
        "snagged over, sides between",
        "The negotiations between India and Oman snagged over whisky duties.",
        {(IN_OM, "stalled")},
    ),
    # near misses: a snag that is no verb of the talks
    (
        "customs snags, a meeting beside",
        "Customs snags on the border slowed shipments, officials said at the meeting between "
        "Canada and the US.",
        set(),
    ),
]

# --- a collapse in quotes -------------------------------------------------------------
QUOTED_OVER: list[Case] = [
    (
        "single quotes",
        "Ottawa's envoy said 'the negotiations with Washington are over', blaming the tariffs.",
        {(CA_US, "collapsed")},
    ),
    (
        "double quotes",
        'Carney told reporters that "the talks with the US are over," and left.',
        {(CA_US, "collapsed")},
    ),
    # near miss: over for the day is a sitting ended, not the talks
    (
        "over for the day",
        "The talks with Chile and Peru were over for the day, and will resume on Tuesday.",
        {(CL_PE, "resumed")},
    ),
]

# --- talks launched, or agreed to be opened ---------------------------------------------
LAUNCHED: list[Case] = [
    (
        "headline present, three modifiers",
        "Britain launches free trade deal talks with Mexico",
        {(GB_MX, "ongoing")},
    ),
    (
        "past",
        "India launched formal trade negotiations with Chile on Monday.",
        {(CL_IN, "ongoing")},
    ),
    (
        "progressive",
        "Chile and Peru are launching talks on a trade pact this week.",
        {(CL_PE, "ongoing")},
    ),
    (
        "agreed to open",
        "Japan and South Korea agreed to open bilateral trade negotiations.",
        {(JP_KR, "scheduled")},
    ),
    (
        "agreed to launch",
        "Canada and Mexico have agreed to launch negotiations on a new trade pact.",
        {(CA_MX, "scheduled")},
    ),
    (
        "agreed to start",
        "Peru and Chile agreed to start formal talks on fishing tariffs.",
        {(CL_PE, "scheduled")},
    ),
    # near misses: only planned, or something else launched
    ("plans to launch", "Chile plans to launch talks with Peru.", set()),
    (
        "a probe launched",
        "Brussels launched a probe into Chinese steel.",
        set(),
    ),
]

# --- deals completed, approved, or their terms settled -----------------------------------
DEALS_DONE: list[Case] = [
    (
        "completed",
        "Japan and the US completed a trade agreement on Thursday.",
        {(JP_US, "agreement")},
    ),
    ("headline: finish", "Japan, US finish trade deal", {(JP_US, "agreement")}),
    (
        "was approved",
        "The final Chile-Peru trade agreement was approved at the summit on Tuesday.",
        {(CL_PE, "agreement")},
    ),
    (
        "was ratified",
        "The India-Oman trade pact was ratified by parliament on Monday.",
        {(IN_OM, "agreement")},
    ),
    (
        "settled the terms",
        "In June, Canada and Peru settled the terms of a trade agreement.",
        {(CA_PE, "agreement")},
    ),
    # near misses: a completion hoped for, failed, or an approval still needed
    (
        "hope to complete",
        "Chile and Peru hope to complete a trade agreement by June.",
        set(),
    ),
    (
        "failed to complete",
        "Canada and Mexico failed to complete the trade deal before the election.",
        set(),
    ),
    (
        "must still be approved",
        "The Chile-Peru trade deal must still be approved by both parliaments.",
        set(),
    ),
]

# --- pulling out: of talks or a deal, not of any contract -----------------------------
PULLED_OUT: list[Case] = [
    (
        "of the talks",
        "Australia pulled out of the talks with the EU on Friday.",
        {(AU_EU, "collapsed")},
    ),
    (
        "of a trade agreement",
        "Chile pulled out of a trade agreement with Peru.",
        {(CL_PE, "collapsed")},
    ),
    # near miss: a defence contract is no talks
    (
        "of a defence contract",
        "Canberra pulled out of a defence contract with France in 2021, a deal worth billions.",
        set(),
    ),
]

# --- a bloc that names a gathering is its venue, no side ----------------------------------
BLOC_GATHERINGS: list[Case] = [
    (
        "agreed to meet at a bloc's summit",
        "Lula and Trump agreed to meet at the coming ASEAN summit in Malaysia next month.",
        {(BR_US, "scheduled")},
    ),
    (
        "suggested meeting at a bloc's summit",
        "Lula suggested meeting Trump at the coming ASEAN summit in Malaysia next month.",
        {(BR_US, "scheduled")},
    ),
    # near misses: the bloc as a side stands for its members named
    (
        "a bloc in a deal",
        "The EU and Mercosur reached a trade agreement, Brazil and Argentina said.",
        {(AR_EU, "agreement"), (BR_EU, "agreement")},
    ),
    (
        "talks with a bloc",
        "Japan will hold talks with ASEAN next week, Vietnam and Thailand said.",
        {(JP_TH, "scheduled"), (JP_VN, "scheduled")},
    ),
]

# --- a claim doubted is no news of talks -------------------------------------------------
DOUBTED: list[Case] = [
    (
        "cast doubt on a claim, long subject",
        "State media cast doubt on Mnuchin's claim that he would return to Beijing to resume "
        "negotiations.",
        set(),
    ),
    (
        "questioned reports",
        "Beijing questioned US reports that the two sides had reached a trade deal.",
        set(),
    ),
    (
        "doubted claims",
        "Ottawa doubted Washington's claims that talks with Canada had resumed.",
        set(),
    ),
    # near misses: the claim told plainly, and doubts brushed aside
    (
        "said, not doubted",
        "Mnuchin said he would return to Beijing next week to resume negotiations.",
        {(CN_US, "resumed")},
    ),
    (
        "doubts dismissed, then the deal",
        "Beijing dismissed doubts about the deal and said China and the US signed the pact on "
        "Friday.",
        {(CN_US, "agreement")},
    ),
]

# --- a list of sides "with" whom deals were struck ----------------------------------------
_APRIL = "Washington raised tariffs on dozens of countries in April. "
WITH_LISTS: list[Case] = [
    (
        "an adverb before the last member, a truce with another side after",
        _APRIL + "The administration has so far struck deals with Britain, Japan and most "
        "recently Vietnam, along with a truce with China.",
        {(GB_US, "agreement"), (JP_US, "agreement"), (US_VN, "agreement")},
    ),
    (
        "more recently",
        _APRIL + "The administration has since signed trade pacts with Britain, Japan and more "
        "recently Vietnam.",
        {(GB_US, "agreement"), (JP_US, "agreement"), (US_VN, "agreement")},
    ),
    (
        "later",
        "Canada has agreements with Chile and later the EU.",
        {(CA_CL, "agreement"), (CA_EU, "agreement")},
    ),
    # near miss: a named subject keeps its list; the later "with" is another phrase's
    (
        "a framework with another side after",
        "Canada signed trade pacts with Chile and Peru, along with a framework with Mexico.",
        {(CA_CL, "agreement"), (CA_PE, "agreement")},
    ),
]

# --- a pause told after an aside or after earlier steps of the same talks ----------------
PAUSE_AFTER_ASIDE: list[Case] = [
    (
        "a history list of one subject",
        "Negotiations on the Chile-Peru FTA were launched in 2007, suspended in 2013 and "
        "relaunched in 2022.",
        {(CL_PE, "stalled"), (CL_PE, "resumed")},
    ),
    (
        "a relative clause between the talks and the verb",
        "The negotiations between Canada and Peru, which began in 2018, had already been "
        "postponed in 2021.",
        {(CA_PE, "stalled")},
    ),
    (
        "an aside right after the talks noun",
        "Talks between Canada and Peru opened in 2018. The negotiations, which began in 2018, "
        "had already been postponed in 2021.",
        {(CA_PE, "ongoing"), (CA_PE, "stalled")},
    ),
    (
        "an aside, then a pause this week",
        "Talks between Japan and Korea, which opened in May, were suspended on Friday.",
        {(JP_KR, "stalled")},
    ),
    # near misses: no pause among the steps; a pause of something else
    (
        "steps with no pause",
        "Talks between Japan and Korea were launched in 2015, concluded in 2019 and signed in "
        "2020.",
        set(),
    ),
    (
        "tariffs suspended, not talks",
        "Talks between Japan and Korea, which opened in May, went on as tariffs were suspended "
        "on Friday.",
        set(),
    ),
]

# --- a meeting ahead named in a clause of time ---------------------------------------------
MEETINGS_AHEAD: list[Case] = [
    (
        "when he meets, a day ahead",
        "Abe will confirm the result when he meets Trump on Wednesday.",
        {(JP_US, "scheduled")},
    ),
    (
        "when he visits, next week",
        "Ishiba will sign the trade pact with Lee when he visits Seoul next week.",
        {(JP_KR, "scheduled")},
    ),
    (
        "comes for a meeting within two weeks",
        "The investment sum will be announced when South Korea's president comes to the White "
        "House for a bilateral meeting within two weeks.",
        {(KR_US, "scheduled")},
    ),
    (
        "comes for talks next week",
        "Details will follow when Canada's prime minister comes to Washington for talks next week.",
        {(CA_US, "scheduled")},
    ),
    # near misses: no time given, a habit, a meeting past
    (
        "comes for talks, no time",
        "Details will follow when Canada's prime minister comes to Washington for talks.",
        set(),
    ),
    (
        "a habit",
        "Ishiba said tariffs always rise when he meets Trump.",
        set(),
    ),
    (
        "a visit with no talks",
        "Canada's exports always rise when its prime minister comes to Washington.",
        set(),
    ),
]

# --- a deal agreed in quotes; a deal named that the words after it still want -------------
QUOTED_AGREED: list[Case] = [
    (
        "headline, single quotes",
        "Japan and US 'fully agreed' on trade deal, says foreign minister",
        {(JP_US, "agreement")},
    ),
    (
        "double quotes",
        'Canada and Mexico "agreed" on a trade pact on Friday.',
        {(CA_MX, "agreement")},
    ),
]
STILL_WANTED: list[Case] = [
    (
        "a deal it hopes to reach: talks toward it",
        "Chile will cut duties under a deal it hopes to reach with Peru.",
        {(CL_PE, "ongoing")},
    ),
    (
        "a pact being negotiated: talks toward it",
        "Peru will cut duties under the pact being negotiated with Chile.",
        {(CL_PE, "ongoing")},
    ),
    # near miss: a deal signed stands
    (
        "a deal it signed",
        "Peru cut its duties under the deal it signed with Chile.",
        {(CL_PE, "agreement")},
    ),
]

# --- "draft" as the noun's adjective is no drafting under way -------------------------------
DRAFT_NOUN: list[Case] = [
    (
        "had produced a draft agreement",
        "Talks with Japan had produced a draft agreement, but Trump changed course.",
        set(),
    ),
    (
        "the draft agreement leaked",
        "The draft agreement between Japan and the US was leaked.",
        set(),
    ),
    # near misses: the verb
    (
        "are drafting",
        "Japan and the US are drafting a trade agreement.",
        {(JP_US, "ongoing")},
    ),
    (
        "drafted",
        "Officials from Japan and the US drafted a trade deal on Monday.",
        {(JP_US, "ongoing")},
    ),
]

# --- negotiations wrapped up as a whole are a deal; one sitting over is not ------------------
WRAPPED_UP: list[Case] = [
    (
        "wrapped up their trade negotiations",
        "Tokyo and Washington had wrapped up their trade negotiations, the minister said.",
        {(JP_US, "agreement")},
    ),
    (
        "concluded their negotiations, a day",
        "Japan and the US concluded their free trade negotiations on Tuesday.",
        {(JP_US, "agreement")},
    ),
    # near misses: a sitting wrapped up, a day's session over, no deal
    (
        "first face-to-face talks",
        "The United States and China wrapped up their first face-to-face talks since May.",
        {(CN_US, "ongoing")},
    ),
    (
        "for the day, then a date",
        "Japan and the US wrapped up their negotiations for the day and will meet again on Friday.",
        {(JP_US, "ongoing"), (JP_US, "scheduled")},
    ),
    ("concluded for the day", "Japan and the US concluded their negotiations for the day.", set()),
    (
        "without a deal",
        "Japan and the US wrapped up their negotiations without a deal.",
        {(JP_US, "collapsed")},
    ),
]

TABLES = {
    "stall_metaphors": STALL_METAPHORS,
    "quoted_over": QUOTED_OVER,
    "launched": LAUNCHED,
    "deals_done": DEALS_DONE,
    "pulled_out": PULLED_OUT,
    "bloc_gatherings": BLOC_GATHERINGS,
    "doubted": DOUBTED,
    "with_lists": WITH_LISTS,
    "pause_after_aside": PAUSE_AFTER_ASIDE,
    "meetings_ahead": MEETINGS_AHEAD,
    "quoted_agreed": QUOTED_AGREED,
    "still_wanted": STILL_WANTED,
    "draft_noun": DRAFT_NOUN,
    "wrapped_up": WRAPPED_UP,
}


@pytest.mark.parametrize(
    ("table", "name", "text", "expected"),
    [(t, *row) for t, rows in TABLES.items() for row in rows],
    ids=[f"{t}:{row[0]}" for t, rows in TABLES.items() for row in rows],
)
def test_talks_wording(table: str, name: str, text: str, expected: set[Key]) -> None:
    assert talks(text) == expected


# --- a restart told after the break ---------------------------------------------------
def test_a_restart_told_after_a_collapse_is_the_news() -> None:
    text = (
        "Trade talks between Canada and the US collapsed on Friday. On Monday the two sides "
        "said they would resume negotiations next week."
    )
    assert currents(text) == {(CA_US, "collapsed"): False, (CA_US, "resumed"): True}


def test_a_restart_told_after_a_stall_is_the_news() -> None:
    text = (
        "Negotiations between Japan and Korea stalled on Friday. Both sides resumed the "
        "negotiations on Tuesday."
    )
    assert currents(text) == {(JP_KR, "stalled"): False, (JP_KR, "resumed"): True}


def test_a_collapse_told_after_a_restart_keeps_the_story_order() -> None:
    # the restart is dated in the past; the collapse after it is the news
    text = (
        "Canada and the US resumed talks in March. The negotiations collapsed again on "
        "Friday, officials said."
    )
    assert currents(text) == {(CA_US, "resumed"): False, (CA_US, "collapsed"): True}


# --- "U.S." before a word that opens a sentence ----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile was hit by a 30% tariff from the U.S. Under its pact with Peru, Chile pays "
            "none.",
            [
                "Chile was hit by a 30% tariff from the U.S.",
                "Under its pact with Peru, Chile pays none.",
            ],
        ),
        (
            "Talks with the U.S. After the call, the sides met.",
            ["Talks with the U.S.", "After the call, the sides met."],
        ),
        (
            "A deal with the U.S. As a result, duties fall.",
            ["A deal with the U.S.", "As a result, duties fall."],
        ),
        # near misses: a title and a name go on
        (
            "Peru's minister met the U.S. Under Secretary for trade on Monday.",
            ["Peru's minister met the U.S. Under Secretary for trade on Monday."],
        ),
        (
            "Talks with U.S. Trade Representative Greer went on. Next.",
            ["Talks with U.S. Trade Representative Greer went on.", "Next."],
        ),
        ("Peru met U.S. Secretary Rubio on Monday.", ["Peru met U.S. Secretary Rubio on Monday."]),
    ],
)
def test_us_before_a_sentence_opener(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_a_deal_after_us_ends_a_sentence_is_not_the_us_deal() -> None:
    text = "Chile was hit by a 30% tariff from the U.S. Under its pact with Peru, Chile pays none."
    assert talks(text) == {(CL_PE, "agreement")}


def test_a_month_inside_an_aside_dates_the_aside_only() -> None:
    text = "Talks between Japan and Korea, which opened in May, were suspended on Friday."
    assert currents(text) == {(JP_KR, "stalled"): True}


def test_a_month_after_the_verb_still_dates_the_pause() -> None:
    text = "Talks between Japan and Korea, which have run since 2019, were suspended in May."
    assert currents(text) == {(JP_KR, "stalled"): False}
