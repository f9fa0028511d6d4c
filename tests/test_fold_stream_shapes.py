"""Shapes of a news stream the fold met in replay (issue 10 point 4, session 24).

A stream replayed a story a cycle through extract and fold showed five shapes
the fold got wrong, none of them one story's wording:

- goods phrases that run on past their goods ("Brazilian exports deeply unfair",
  "says Peru", "goods rather than raising it"), or name one goods two ways
  ("fresh strawberries" and "strawberries", "battery electric cars" and
  "electric cars", "trucks and truck parts" and "trucks"), split one tariff
  into two keys;
- a deal that sets a partner's goods and its cars at one rate: a later "goods
  now pay 18%" is the goods' rate, not the cars';
- "adds a 20% penalty, taking the duty to 40%", the penalty read without its
  "additional", over a held 20%: the total is the news;
- talks known to go on, told as met again beside a round set for a day or a
  failure to agree: the latter is the news;
- a threat restated with the day it was told read as its start: no deadline moved.

The stories are written for these tests, in our own words.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from foldkit import DAY0, describe, on, run, story, talks, tariff
from tariffwatch.scopes import products, scope_key

KEYS: list[tuple[str, str]] = [
    # the goods end at their head noun where a predicate follows
    ("Brazilian exports deeply unfair", "all goods"),
    ("Korean imports a grave mistake", "all goods"),
    ("Chilean shipments plainly illegal", "all goods"),
    # ... but not where the phrase goes on with the goods, their worth or examples
    ("exports of Chilean copper", "copper"),
    ("imports such as wine and cheese", "cheese wine"),
    ("goods worth $5 billion", "coverage 5bn"),
    ("products made from steel", "steel"),
    # a verb of saying opens a clause about who spoke, not goods
    ("said Peru", "all goods"),
    ("says the trade ministry", "all goods"),
    # another clause after the goods: what else was done, or not done
    ("Peruvian shipments and did not plan", "all goods"),
    ("goods rather than lifting it", "all goods"),
    ("goods instead of doubling it", "all goods"),
    ("EUR 4 billion of US goods suspended", "coverage 4bn"),
    ("every Chilean import", "all goods"),
    # one goods in two wordings
    ("fresh strawberries", "strawberries"),
    ("battery electric cars", "electric vehicles"),
    ("battery-electric vehicles", "electric vehicles"),
    ("cars and auto parts", "autos"),
    # near misses: a kind of goods that is a line of its own, parts alone, parts
    # of goods not named, batteries themselves
    ("frozen shrimp", "frozen shrimp"),
    ("auto parts", "autos parts"),
    ("machinery and parts", "machinery parts"),
    ("batteries", "batteries"),
]


@pytest.mark.parametrize(("phrase", "key"), KEYS, ids=[p for p, _ in KEYS])
def test_a_goods_phrase_keys_the_goods_a_reader_names(phrase: str, key: str) -> None:
    assert scope_key(phrase, False) == key


def test_goods_named_with_their_own_parts_are_those_goods() -> None:
    # "trucks and truck parts": the key keeps both wordings, the goods are trucks
    assert products(scope_key("trucks and truck parts", False)) == products("trucks")
    assert products(scope_key("truck parts", False)) != products("trucks")


DEALS = {
    # "Deal sets Thai goods and Thai cars at 18%", then "Thai goods now pay 18%"
    "goods now paying a deal's rate are its goods, not its cars": (
        [
            story(
                0,
                on("US", "TH", 18.0, status="announced"),
                on("US", "TH", 18.0, "cars", old=25.0, status="announced"),
            ),
            story(12, on("US", "TH", 18.0)),
        ],
        [
            ("tariff:US:TH:all goods", None, 18.0, None, "announced"),
            ("tariff:US:TH:autos", 25.0, 18.0, None, "announced"),
            ("tariff:US:TH:all goods", 18.0, 18.0, "announced", "in_effect"),
        ],
    ),
    # the deal's cut on goods read as a threat: still the goods' rate
    "a deal's goods read as a threat still keep the goods-less rate off the cars": (
        [
            story(
                0,
                on("US", "TH", 18.0, old=25.0, status="threatened"),
                on("US", "TH", 18.0, "cars", old=25.0, status="announced"),
            ),
            story(12, on("US", "TH", 18.0)),
        ],
        [
            ("threat:US:TH:all goods", 25.0, 18.0, None, "threatened"),
            ("tariff:US:TH:autos", 25.0, 18.0, None, "announced"),
            ("tariff:US:TH:all goods", None, 18.0, None, "in_effect"),
        ],
    ),
    # near miss: cars cut on their own, goods held elsewhere; "Thai exporters will
    # pay 18%" days later follows up the cars
    "a cut on cars alone is still what a goods-less retelling follows up": (
        [
            story(0, on("US", "TH", 20.0, status="announced")),
            story(30, on("US", "TH", 18.0, "cars", old=25.0, status="announced")),
            story(33, on("US", "TH", 18.0, status="announced")),
        ],
        [
            ("tariff:US:TH:all goods", None, 20.0, None, "announced"),
            ("tariff:US:TH:autos", 25.0, 18.0, None, "announced"),
        ],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), DEALS.values(), ids=DEALS.keys())
def test_a_deal_that_sets_goods_and_cars_alike_keeps_them_apart(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


TOTALS = {
    # "Washington adds a 20% penalty on Ugandan goods, taking the duty to 40%"
    "a penalty and the total it makes over the held rate: the total": (
        [
            story(0, on("US", "UG", 20.0, status="announced")),
            story(
                20,
                on("US", "UG", 20.0, status="announced"),
                on("US", "UG", 40.0, status="announced"),
            ),
        ],
        [
            ("tariff:US:UG:all goods", None, 20.0, None, "announced"),
            ("tariff:US:UG:all goods", 20.0, 40.0, "announced", "announced"),
        ],
    ),
    # the total told second or first: the same move
    "the total told first is the same move": (
        [
            story(0, on("US", "UG", 20.0, status="announced")),
            story(
                20,
                on("US", "UG", 40.0, status="announced"),
                on("US", "UG", 20.0, status="announced"),
            ),
        ],
        [
            ("tariff:US:UG:all goods", None, 20.0, None, "announced"),
            ("tariff:US:UG:all goods", 20.0, 40.0, "announced", "announced"),
        ],
    ),
    # near miss: "Ugandan coffee paid 20% before; it pays 10% now", a recap told
    # as paid: the held rate confirmed, its history no total
    "rates told as paid beside the held one are its history": (
        [
            story(0, on("US", "UG", 10.0, "coffee")),
            story(40, on("US", "UG", 20.0, "coffee"), on("US", "UG", 10.0, "coffee")),
        ],
        [("tariff:US:UG:coffee", None, 10.0, None, "in_effect")],
    ),
    # near miss: a rate that is no sum of the held one and another the story gives
    "a rate that sums nothing held is no total": (
        [
            story(0, on("US", "UG", 20.0, status="announced")),
            story(
                20,
                on("US", "UG", 20.0, status="announced"),
                on("US", "UG", 45.0, status="announced"),
            ),
        ],
        [("tariff:US:UG:all goods", None, 20.0, None, "announced")],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), TOTALS.values(), ids=TOTALS.keys())
def test_a_total_built_on_the_held_rate_is_the_move(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


PARTIES = ("GH", "US")
TALKS = {
    # "negotiators met again; the next round is set for the 25th"
    "talks going on, told as met beside a round set: the round": (
        [
            story(0, talks("ongoing", parties=PARTIES)),
            story(9, talks("ongoing", parties=PARTIES), talks("scheduled", parties=PARTIES)),
        ],
        [
            ("negotiation:GH-US", None, None, None, "ongoing"),
            ("negotiation:GH-US", None, None, "ongoing", "scheduled"),
        ],
    ),
    # "the two ministers met on Monday but could not bridge their gaps"
    "talks going on, told as met beside a failure to agree: the stall": (
        [
            story(0, talks("ongoing", parties=PARTIES)),
            story(9, talks("ongoing", parties=PARTIES), talks("stalled", parties=PARTIES)),
        ],
        [
            ("negotiation:GH-US", None, None, None, "ongoing"),
            ("negotiation:GH-US", None, None, "ongoing", "stalled"),
        ],
    ),
    # near miss: talks first told ("held talks on Tuesday and will meet again
    # Friday") keep the story's first reading
    "talks first told keep the story's first reading": (
        [story(0, talks("ongoing", parties=PARTIES), talks("scheduled", parties=PARTIES))],
        [("negotiation:GH-US", None, None, None, "ongoing")],
    ),
    # near miss: a deal beside the talks that led to it stays the deal
    "a deal told with the talks before it is the deal": (
        [
            story(0, talks("agreement", parties=PARTIES)),
            story(3, talks("ongoing", parties=PARTIES), talks("agreement", parties=PARTIES)),
        ],
        [("negotiation:GH-US", None, None, None, "agreement")],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), TALKS.values(), ids=TALKS.keys())
def test_talks_going_on_beside_a_more_telling_status_are_that_status(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


def _threat(day: int, start_day: int):
    return story(
        day,
        tariff(
            50.0,
            imposer="US",
            target="ZA",
            status="threatened",
            effective=(DAY0 + timedelta(days=start_day)).date(),
        ),
    )


DEADLINES = {
    # "markets fell on Friday after he floated 50% on South African goods", the
    # Friday read as a start
    "the story's own day read as a start moves no deadline": (
        [_threat(0, 20), _threat(2, 2)],
        [("threat:US:ZA:all goods", None, 50.0, None, "threatened")],
    ),
    # near miss: a start put off to a later day is a move
    "a start put off to a day ahead moves the deadline": (
        [_threat(0, 20), _threat(2, 40)],
        [
            ("threat:US:ZA:all goods", None, 50.0, None, "threatened"),
            ("threat:US:ZA:all goods", 50.0, 50.0, "threatened", "threatened"),
        ],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), DEADLINES.values(), ids=DEADLINES.keys())
def test_a_threat_restated_on_its_own_day_moves_no_deadline(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected
