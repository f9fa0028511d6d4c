"""Wording families that trade news uses and the rules had not met yet.

Each row is written in our own words after the way wires and dailies phrase
the family (never copied from a labelled set): a pause whose length is named
before the rate, talks ended by a noun ("an end to", "the termination of"), a
deal whose signing is put off, and rates told as "X imports into Y".
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import talks_keys, tariff_currents, tariff_keys, tariff_statuses
from tariffwatch.extract import extract
from tariffwatch.model import NegotiationFact

PUBLISHED = date(2025, 7, 16)

RateKey = tuple[str, str, float]
TalksKey = tuple[tuple[str, str], str]


def rates(text: str) -> set[RateKey]:
    return tariff_keys(text, PUBLISHED)


def talks(text: str) -> set[TalksKey]:
    return talks_keys(text, PUBLISHED)


# --- "agreed to a 90-day pause on raising ...": the length of a pause is no rate,
# so the side that agreed to it stays the levier, not a side that accepted a rate
PAUSE_LENGTH: list[tuple[str, str, set[RateKey]]] = [
    (
        "agreed-to-a-day-pause",
        "In June Washington agreed to a 60-day pause on raising duties on some Brazilian "
        "goods to 40%.",
        {("US", "BR", 40.0)},
    ),
    (
        "agreed-to-a-week-delay",
        "The US agreed to a two-week delay before lifting tariffs on Korean cars to 25 percent.",
        {("US", "KR", 25.0)},
    ),
    (
        "agreed-to-a-month-reprieve-with-from",
        "The U.S. agreed to a 3-month reprieve on raising tariffs on Indian textiles to 40% "
        "from 25%.",
        {("US", "IN", 40.0)},
    ),
    # the family it must not take: a side that agreed to a rate on its goods
    (
        "agreed-to-a-rate-still-faces-it",
        "Vietnam agreed to a 20% tariff on its exports to the United States.",
        {("US", "VN", 20.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), PAUSE_LENGTH, ids=[c[0] for c in PAUSE_LENGTH]
)
def test_a_pause_length_names_no_rate(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


CA_US, EU_IN, CA_EC, MX_US = ("CA", "US"), ("EU", "IN"), ("CA", "EC"), ("MX", "US")

# --- talks ended by a noun: "an end to", "the termination of" all talks with a side
TALKS_ENDED: list[tuple[str, str, set[TalksKey]]] = [
    (
        "immediate-end-to-all-negotiations",
        "The White House put an end to all trade negotiations with Ottawa on Friday, citing a "
        "television spot.",
        {(CA_US, "collapsed")},
    ),
    (
        "termination-of-talks",
        "President Trump declared the termination of all trade talks with Mexico on Friday.",
        {(MX_US, "collapsed")},
    ),
    (
        "sudden-end-of-talks",
        "The sudden end of trade talks with Canada, ordered by President Trump, rattled markets.",
        {(CA_US, "collapsed")},
    ),
    # an end to a war or to tariffs is no end of talks
    (
        "end-to-the-trade-war-is-not-talks",
        "Canada and the United States called for an end to their trade war.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), TALKS_ENDED, ids=[c[0] for c in TALKS_ENDED])
def test_talks_ended_by_a_noun(name: str, text: str, expected: set[TalksKey]) -> None:
    assert talks(text) == expected


# --- a concluded deal whose signing is put off: the deal is stuck, not sealed now
SIGNING_PUT_OFF: list[tuple[str, str, set[TalksKey]]] = [
    (
        "signing-postponed-until-a-month",
        "The signing of the trade pact between the EU and India has been postponed until February.",
        {(EU_IN, "stalled")},
    ),
    (
        "signing-delayed-again",
        "The signing of the free trade deal between Canada and Ecuador was delayed again.",
        {(CA_EC, "stalled")},
    ),
    (
        "put-off-the-signing",
        "Brussels put off the signing of its trade agreement with India after farmers protested.",
        {(EU_IN, "stalled")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), SIGNING_PUT_OFF, ids=[c[0] for c in SIGNING_PUT_OFF]
)
def test_a_signing_put_off_stalls_the_deal(name: str, text: str, expected: set[TalksKey]) -> None:
    assert expected <= talks(text)
    assert not any(status == "agreement" for _, status in talks(text))


# --- "X imports into Y": Y's customs levies the rate on X's goods
IMPORTS_INTO: list[tuple[str, str, set[RateKey]]] = [
    (
        "rates-on-imports-into",
        "For the moment, rates remain at 25 per cent on Indian imports into the US and 15 per "
        "cent on US imports into India.",
        {("US", "IN", 25.0), ("IN", "US", 15.0)},
    ),
    (
        "duty-on-imports-into",
        "A 15% duty applies to Japanese imports into the United States.",
        {("US", "JP", 15.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), IMPORTS_INTO, ids=[c[0] for c in IMPORTS_INTO]
)
def test_imports_into_name_the_levier(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


def test_interest_rates_that_stay_at_a_level_are_no_tariff() -> None:
    assert rates("In Britain, interest rates remain at 4% for British borrowers.") == set()


# --- a plan or threat withdrawn removes no tariff: nothing drops to zero
PLAN_WITHDRAWN: list[tuple[str, str, set[RateKey]]] = [
    (
        "withdraws-threat-to-double",
        "Washington drops threat to triple duties on Colombian flowers",
        set(),
    ),
    (
        "dropped-plans-to-raise",
        "The White House dropped its plans to raise duties on Indian rice.",
        set(),
    ),
    (
        "scrapped-a-proposal",
        "Ottawa scrapped a proposal to put surtaxes on American dairy.",
        set(),
    ),
    # the family it must not take: a side that drops its own tariffs does zero them
    (
        "dropped-its-tariffs-is-a-zero",
        "Canada dropped its retaliatory tariffs on US goods.",
        {("CA", "US", 0.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), PLAN_WITHDRAWN, ids=[c[0] for c in PLAN_WITHDRAWN]
)
def test_a_plan_withdrawn_removes_no_tariff(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


# --- "all steel imports" after a story about one partner: a tariff on every origin
ALL_IMPORTS_AFTER_A_PARTNER: list[tuple[str, str, set[RateKey]]] = [
    (
        "all-imports-still-due",
        "Washington shelved a plan to raise tariffs on Brazilian steel to 50%. A 25% tariff on "
        "all steel imports is still due to start on Friday.",
        {("US", "BR", 50.0), ("US", "*", 25.0)},
    ),
    (
        "all-imported-cars",
        "Trump put a 30% tariff on Korean trucks. A 25% levy on all imported cars takes effect "
        "next week.",
        {("US", "KR", 30.0), ("US", "*", 25.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    ALL_IMPORTS_AFTER_A_PARTNER,
    ids=[c[0] for c in ALL_IMPORTS_AFTER_A_PARTNER],
)
def test_all_imports_tax_every_origin(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


# --- "X goods entering the U.S. still face": a dotted name between the goods and
# the verb of facing leaves X the target
DOTTED_NAME_BEFORE_FACE: list[tuple[str, str, set[RateKey]]] = [
    (
        "entering-the-u-s-face-baseline",
        "Korean products entering America continue to pay the 15% baseline levy.",
        {("US", "KR", 15.0)},
    ),
    (
        "sold-in-the-u-s-face",
        "Japanese cars sold in the U.S. now face a 15% tariff.",
        {("US", "JP", 15.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    DOTTED_NAME_BEFORE_FACE,
    ids=[c[0] for c in DOTTED_NAME_BEFORE_FACE],
)
def test_a_dotted_name_before_face(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


# --- "... for as long as X does Y": X is the subject of a condition, not the levier
AS_LONG_AS: list[tuple[str, str, set[RateKey]]] = [
    (
        "stay-for-as-long-as",
        "Trump threatened tariffs on all imports from Colombia. He said a 10% tariff would "
        "start on July 1 and stay for as long as Colombia refuses the flights.",
        {("US", "CO", 10.0)},
    ),
    (
        "so-long-as-the",
        "Washington put a 20% tariff on Argentine beef. The duty will remain so long as the "
        "Argentine government keeps its export tax, officials said.",
        {("US", "AR", 20.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), AS_LONG_AS, ids=[c[0] for c in AS_LONG_AS])
def test_the_subject_of_as_long_as_levies_nothing(
    name: str, text: str, expected: set[RateKey]
) -> None:
    assert rates(text) == expected


# --- "the 25% tariffs the US imposed on ...": a relative clause's subject levies the
# tariff, whoever's answer or complaint the sentence opens with
RELATIVE_LEVIER: list[tuple[str, str, set[RateKey]]] = [
    (
        "answer-to-the-tariffs-x-imposed",
        "The measure was Ottawa's response to the 30% tariffs Washington slapped on solar "
        "panel imports.",
        {("US", "*", 30.0)},
    ),
    (
        "duties-that-x-slapped-on",
        "Brazil's complaint concerns the 50% duties that Washington slapped on Brazilian coffee "
        "and beef.",
        {("US", "BR", 50.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), RELATIVE_LEVIER, ids=[c[0] for c in RELATIVE_LEVIER]
)
def test_a_relative_clauses_subject_levies(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


# --- a deal told done in an apposition, and "between A and B, C and D": one side,
# then the members of the other
DEAL_IN_APPOSITION: list[tuple[str, str, set[TalksKey]]] = [
    (
        "apposition-concluded-a-year-ago",
        "The pact between Britain and India, three years in the negotiating and concluded "
        "last spring, is to be signed next week.",
        {(("GB", "IN"), "agreement")},
    ),
    (
        "apposition-after-a-member-list",
        "The pact between Canada and Chile, Peru and Ecuador, finalised last spring, still "
        "awaits ratification.",
        {(("CA", "CL"), "agreement"), (("CA", "PE"), "agreement"), (CA_EC, "agreement")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), DEAL_IN_APPOSITION, ids=[c[0] for c in DEAL_IN_APPOSITION]
)
def test_a_deal_told_done_in_an_apposition(name: str, text: str, expected: set[TalksKey]) -> None:
    assert talks(text) == expected


def test_a_deal_whose_signing_is_put_off_was_done_before() -> None:
    text = (
        "The signing of the trade pact between the EU and India has been put off until March. "
        "The agreement between the EU and India, concluded a year ago, was due to be signed "
        "this week."
    )
    facts = extract(text, published=PUBLISHED)
    got = {(f.parties, f.status): f.current for f in facts if isinstance(f, NegotiationFact)}
    assert got == {(EU_IN, "stalled"): True, (EU_IN, "agreement"): False}


# --- the negotiators' work goes on: "work will continue on ...", "teams still at work"
WORK_GOES_ON: list[tuple[str, str, set[TalksKey]]] = [
    (
        "work-will-continue-on-the-remaining",
        "Seoul and Washington agreed that work will continue on the sectors still open.",
        {(("KR", "US"), "ongoing")},
    ),
    (
        "teams-still-at-work",
        "Ottawa and Washington said their negotiators were still at work, hoping to clear the "
        "last obstacles.",
        {(CA_US, "ongoing")},
    ),
    # no negotiators' work: a plant being built
    (
        "work-on-a-plant-is-no-talks",
        "Work will continue on the new Ford plant in Mexico under the trade agreement, the "
        "company said.",
        set(),
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), WORK_GOES_ON, ids=[c[0] for c in WORK_GOES_ON]
)
def test_the_negotiators_work_goes_on(name: str, text: str, expected: set[TalksKey]) -> None:
    assert talks(text) == expected


# --- where a text was posted ("on the White House website") is no side of the tariff
POSTED_ON: list[tuple[str, str, set[RateKey]]] = [
    (
        "proclamation-on-the-website",
        "Trump signed an order raising duties on imported lumber from 10% to 25%, according "
        "to a notice published on the White House website. Ottawa said it would hit back.",
        {("US", "*", 25.0)},
    ),
    (
        "notice-on-a-government-website",
        "Trump signed an order raising duties on imported lumber from 10% to 25%, according "
        "to a notice published on the U.S. government's website.",
        {("US", "*", 25.0)},
    ),
    (
        "notice-on-a-ministrys-site",
        "A 15% tariff on American coal takes effect on Monday, according to a notice on the "
        "Chinese finance ministry's website. Washington said it would respond.",
        {("CN", "US", 15.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), POSTED_ON, ids=[c[0] for c in POSTED_ON])
def test_where_a_text_was_posted_is_no_side(name: str, text: str, expected: set[RateKey]) -> None:
    assert rates(text) == expected


def statuses(text: str) -> dict[RateKey, str]:
    return tariff_statuses(text, PUBLISHED)


# --- the floor that postponed duties rise from, or the rate kept, stays in force
FLOOR_STAYS: list[tuple[str, str, dict[RateKey, str]]] = [
    (
        "postpone-duties-above-the-basic",
        "The White House put off for a further six weeks its higher levies beyond the basic "
        "10% duty on imports.",
        {("US", "*", 10.0): "in_effect"},
    ),
    (
        "suspended-the-higher-but-kept-the-baseline",
        "The White House suspended the higher rates for 90 days but kept the 10% baseline "
        "tariff on imported goods.",
        {("US", "*", 10.0): "in_effect"},
    ),
    # the family it must not take: a tariff suspended is paused
    (
        "suspended-the-tariff-is-paused",
        "Trump suspended the 25% tariff on Mexican goods for 30 days.",
        {("US", "MX", 25.0): "paused"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FLOOR_STAYS, ids=[c[0] for c in FLOOR_STAYS])
def test_the_floor_under_paused_duties_stays(
    name: str, text: str, expected: dict[RateKey, str]
) -> None:
    assert statuses(text) == expected


def currents_of_rates(text: str) -> dict[RateKey, bool]:
    return tariff_currents(text, PUBLISHED)


# --- a threat withdrawn is no longer news: the rate it named is not current
PLAN_DROPPED_NOT_CURRENT: list[tuple[str, str, dict[RateKey, bool]]] = [
    (
        "dropped-plans-to-raise",
        "Trump dropped plans to raise tariffs on Canadian steel to 50%.",
        {("US", "CA", 50.0): False},
    ),
    (
        "backed-away-from-a-plan",
        "Washington backed away from a plan to lift duties on Brazilian beef to 40%.",
        {("US", "BR", 40.0): False},
    ),
    # the family it must not take: a plan still standing is news
    (
        "plans-to-raise-is-current",
        "Trump plans to raise tariffs on Canadian steel to 50%.",
        {("US", "CA", 50.0): True},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    PLAN_DROPPED_NOT_CURRENT,
    ids=[c[0] for c in PLAN_DROPPED_NOT_CURRENT],
)
def test_a_dropped_plan_is_not_current(name: str, text: str, expected: dict[RateKey, bool]) -> None:
    assert currents_of_rates(text) == expected
