"""Wordings of 2018-2025 Americas and Europe trade news (metals tariffs and the
answers to them, the NAFTA rounds, China's anti-dumping cases) the rules read
wrongly when first met.

Written for this table in our own words (never copied from a labelled set).
Each row: the text, then what it must give, as (imposer, target, new_rate) ->
(scope key, status, current) for tariffs, or (parties, status) -> current for talks.

* A currency or a market that moves "as much as 4%" moves; the percentage is
  no rate, as with "fell 4%".
* "on copper and zinc, to 30% and 16% respectively": the rates go to the goods
  in their order.
* "duties of 30% on Peruvian copper and 16% on Peruvian zinc": each rate's goods
  end where the next rate begins.
* A list of goods runs over its commas ("on wheat, barley and oats, and 15% on
  ..."), before a rate ("Peruvian wheat, barley and oats will face 20%") as after it.
* "a 5% tariff ... and will raise it step by step to as much as 30% ... unless":
  the later rate is a threat of its own.
* A start day told in a later sentence ("The lower rate applies from June 20")
  makes a cut announced, not in force.
* Countries that "lack trade agreements with" a side have no deal with it.
* Agreeing "to hold off on" or "to refrain from" new tariffs, in a second
  infinitive too, is a truce; "work toward zero tariffs" is its aim, no rate.
* "intends to sign the new pact with X": a pact known already, not talks toward one.
* "will remove its duties on copper from Peru and Chile under an agreement":
  the levier agreed with each of them, the two listed are no pair.
* "Duties of 30% on foreign copper" under a headline that names the levier: the
  levier's rate on every origin.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import Key, Reading, TalksKey, talks_now, tariff_readings
from tariffwatch.extract import extract
from tariffwatch.model import TariffFact
from tariffwatch.scopes import scope_key

PUB = date(2025, 6, 11)  # a Wednesday

TARIFF_CASES: list[tuple[str, str, dict[Key, Reading]]] = [
    (
        "a-currency-sliding-as-much-as-is-no-rate",
        "Ottawa on Monday raised its tariff on Peruvian copper to 30%, as the sol slid as much "
        "as 4% against the dollar.",
        {("CA", "PE", 30.0): ("copper", "in_effect", True)},
    ),
    (
        "rates-respectively-go-to-goods-in-order",
        "Ottawa said on Wednesday it would double its duties on copper and zinc from Peru, to "
        "30% and 16% respectively, from Monday.",
        {
            ("CA", "PE", 30.0): ("copper", "announced", True),
            ("CA", "PE", 16.0): ("zinc", "announced", True),
        },
    ),
    (
        "each-rates-goods-end-at-the-next-rate",
        "Canada's doubled duties of 30% on Peruvian copper and 16% on Peruvian zinc took effect "
        "on Monday.",
        {
            ("CA", "PE", 30.0): ("copper", "in_effect", True),
            ("CA", "PE", 16.0): ("zinc", "in_effect", True),
        },
    ),
    (
        "a-list-of-goods-runs-over-its-commas",
        "Peru will impose 40% duties on Canadian wheat, barley and oats, and 15% duties on "
        "Canadian beef and pork from July 1, the ministry said.",
        {
            ("PE", "CA", 40.0): ("barley oats wheat", "announced", True),
            ("PE", "CA", 15.0): ("beef pork", "announced", True),
        },
    ),
    (
        "a-list-of-goods-before-the-rate",
        "Peru's congress approved duties of up to 30% on Canadian cars from July 1. Canadian "
        "wheat, barley, pork and beef will face duties of up to 20%.",
        {
            ("PE", "CA", 30.0): ("autos", "announced", True),
            ("PE", "CA", 20.0): ("barley beef pork wheat", "announced", True),
        },
    ),
    (
        "a-stepped-rise-unless-is-a-threat",
        "Ottawa will put a 5% tariff on all goods from Peru from July 1, and will raise it step "
        "by step to as much as 30% by December if Lima does not curb its subsidies.",
        {
            ("CA", "PE", 5.0): ("all goods", "announced", True),
            ("CA", "PE", 30.0): ("all goods", "threatened", True),
        },
    ),
    (
        "a-later-start-day-makes-a-cut-announced",
        "Ottawa cut its tariff on copper from Peru to 10% from 20% on Wednesday. The lower rate "
        "applies from June 20, the order said.",
        {("CA", "PE", 10.0): ("copper", "announced", True)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), TARIFF_CASES, ids=[c[0] for c in TARIFF_CASES]
)
def test_tariff_wording(name: str, text: str, expected: dict[Key, Reading]) -> None:
    assert tariff_readings(text, PUB, expected) == expected


TALKS_CASES: list[tuple[str, str, dict[TalksKey, bool]]] = [
    (
        "lacking-trade-deals-with-is-no-deal",
        "Peru proposed raising duties on Chilean wine to 30% from 10%, in a bill that would also "
        "tax goods from other countries that lack trade agreements with Peru.",
        {},
    ),
    (
        "agreeing-to-work-toward-zero-tariffs-is-a-truce",
        "Chile and Peru agreed on Tuesday to work toward zero tariffs on farm goods and to hold "
        "off on new duties while they negotiate, stepping back from a fight over wine.",
        {(("CL", "PE"), "agreement"): True},
    ),
    (
        "agreeing-where-and-when-to-refrain-from-new-tariffs-is-a-truce",
        "The leaders of Chile and Peru agreed in Lima on Monday to seek lower duties on fruit "
        "and to refrain from new tariffs while talks go on.",
        {(("CL", "PE"), "agreement"): True},
    ),
    (
        "a-levier-removing-duties-under-an-agreement-agrees-with-each-target",
        "Canada will remove its 20% duties on copper from Peru and Chile under an agreement "
        "announced on Friday.",
        {(("CA", "CL"), "agreement"): True, (("CA", "PE"), "agreement"): True},
    ),
    (
        "signing-a-pact-with-or-without-a-third-is-no-new-talks",
        "Trade talks between Peru and Canada ended on Friday without an agreement, and Lima told "
        "its congress that it intends to sign the new pact with Chile, with or without Canada.",
        {(("CA", "PE"), "collapsed"): True},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), TALKS_CASES, ids=[c[0] for c in TALKS_CASES])
def test_talks_wording(name: str, text: str, expected: dict[TalksKey, bool]) -> None:
    assert talks_now(text, PUB) == expected


def test_a_working_goal_of_zero_tariffs_is_no_zero_rate() -> None:
    """'agreed to work toward zero tariffs on X' is the aim of talks; no rate is set."""
    text = (
        "Chile and Peru agreed on Tuesday to work toward zero tariffs on farm goods and to hold "
        "off on new duties while they negotiate."
    )
    assert [f for f in extract(text, published=PUB) if isinstance(f, TariffFact)] == []


def test_foreign_goods_in_a_headlined_story_are_from_everyone() -> None:
    """'Tariffs of 30% on foreign copper ... took effect' under a headline naming the
    levier: the levier's rate on copper from every origin."""
    got = {
        (f.imposer, f.target, f.new_rate, scope_key(f.scope, f.all_goods), f.status)
        for f in extract(
            "Duties of 30% on foreign copper and 12% on foreign zinc took effect at midnight.",
            published=PUB,
            title="Canada's metals duties take effect",
        )
        if isinstance(f, TariffFact)
    }
    assert got == {
        ("CA", "*", 30.0, "copper", "in_effect"),
        ("CA", "*", 12.0, "zinc", "in_effect"),
    }
