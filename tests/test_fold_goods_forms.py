"""One tariff told with its goods in other word forms is one entry: the fold finds
the entry that holds the same goods whatever the number, spelling, order or word
("tyres" and "tires", "motorcycle imports" and "motorcycles", "shoes and clothing"
and "clothing and footwear", "lorries" and "trucks"), and the key keeps the words
it was first told in. Written in own words after the ways outlets retell a duty.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from foldkit import describe, on, run, story, told_each_and_at_once
from tariffwatch.fold import fold
from tariffwatch.scopes import products, scope_key

CASES = {
    "a move told in the other number moves the entry": (
        [
            story(0, on("IN", "US", 50.0, "motorcycles")),
            story(5, on("IN", "US", 30.0, "American motorcycle imports", status="announced")),
        ],
        [
            ("tariff:IN:US:motorcycles", None, 50.0, None, "in_effect"),
            ("tariff:IN:US:motorcycles", 50.0, 30.0, "in_effect", "announced"),
        ],
    ),
    "a start told in the other spelling is the start": (
        [
            story(0, on("CA", "US", 20.0, "tyres", status="announced")),
            story(9, on("CA", "US", 20.0, "American tires")),
        ],
        [
            ("tariff:CA:US:tyres", None, 20.0, None, "announced"),
            ("tariff:CA:US:tyres", 20.0, 20.0, "announced", "in_effect"),
        ],
    ),
    "goods in another order with a synonym are the same goods": (
        [
            story(0, on("MX", "CN", 35.0, "shoes and clothing", status="announced")),
            story(8, on("MX", "CN", 35.0, "clothing and footwear")),
            story(9, on("MX", "CN", 35.0, "apparel and shoes"), item="recap"),
        ],
        [
            ("tariff:MX:CN:clothing shoes", None, 35.0, None, "announced"),
            ("tariff:MX:CN:clothing shoes", 35.0, 35.0, "announced", "in_effect"),
        ],
    ),
    "trucks are the lorries an earlier story taxed": (
        [
            story(0, on("GB", "CN", 10.0, "Chinese lorries")),
            story(30, on("GB", "CN", 20.0, "trucks", old=10.0, status="announced")),
        ],
        [
            ("tariff:GB:CN:lorries", None, 10.0, None, "in_effect"),
            ("tariff:GB:CN:lorries", 10.0, 20.0, "in_effect", "announced"),
        ],
    ),
    "motor vehicles are the cars an earlier story taxed": (
        [
            story(0, on("BR", "CN", 25.0, "cars")),
            story(30, on("BR", "CN", 35.0, "motor vehicles", status="announced")),
            story(31, on("BR", "CN", 35.0, "passenger vehicles", status="announced")),
        ],
        [
            ("tariff:BR:CN:autos", None, 25.0, None, "in_effect"),
            ("tariff:BR:CN:autos", 25.0, 35.0, "in_effect", "announced"),
        ],
    ),
    # Guards: goods that only share a word stay apart.
    "electric vehicles are not the pair's cars": (
        [
            story(0, on("EU", "CN", 10.0, "cars")),
            story(3, on("EU", "CN", 35.0, "electric vehicles", status="announced")),
            story(4, on("EU", "CN", 30.0, "electric cars", status="announced")),
        ],
        [
            ("tariff:EU:CN:autos", None, 10.0, None, "in_effect"),
            ("tariff:EU:CN:electric vehicles", None, 35.0, None, "announced"),
            ("tariff:EU:CN:electric vehicles", 35.0, 30.0, "announced", "announced"),
        ],
    ),
    "steel pipes are not the pair's steel": (
        [
            story(0, on("ZA", "CN", 15.0, "steel")),
            story(3, on("ZA", "CN", 30.0, "steel pipes", status="announced")),
        ],
        [
            ("tariff:ZA:CN:steel", None, 15.0, None, "in_effect"),
            ("tariff:ZA:CN:pipes steel", None, 30.0, None, "announced"),
        ],
    ),
    "the same goods of another pair are another tariff": (
        [
            story(0, on("CA", "US", 20.0, "tyres")),
            story(3, on("CA", "CN", 20.0, "tires")),
        ],
        [
            ("tariff:CA:US:tyres", None, 20.0, None, "in_effect"),
            ("tariff:CA:CN:tires", None, 20.0, None, "in_effect"),
        ],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), CASES.values(), ids=CASES.keys())
def test_one_tariff_told_in_other_word_forms_alerts_once(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


@pytest.mark.parametrize("name", list(CASES))
def test_a_story_at_a_time_or_all_in_one_cycle_tell_the_same(name):
    stories = CASES[name][0]
    one_by_one, all_at_once = told_each_and_at_once(stories)
    assert one_by_one == all_at_once


def test_a_key_written_by_older_rules_is_found_by_its_goods():
    """State kept from before the law's name left the goods ("act coffee") is found
    by a restatement read today ("coffee"): nothing alerts again."""
    first = story(0, on("US", "BR", 50.0, "coffee"))
    state, _ = run(first)
    (entry,) = state.values()
    older = replace(entry, state_key="tariff:US:BR:act coffee")
    again = story(4, on("US", "BR", 50.0, "Brazilian coffee"), item="other-outlet")
    result = fold({older.state_key: older}, again, now=entry.as_of)
    assert result.changes == []
    assert list(result.state) == ["tariff:US:BR:act coffee"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("washing machines", "washing machine"),
        ("tyres", "American tires"),
        ("shoes and clothing", "footwear and apparel"),
        ("lorries", "trucks"),
        ("passenger cars", "automobiles"),
        ("motor vehicles", "autos"),
        ("whisky", "whiskey"),
        ("aluminium foil", "aluminum foil"),
        ("coffee under Section 301 of the Trade Act", "coffee"),
        ("pharmaceuticals", "drugs"),
    ],
)
def test_same_goods_in_other_words_have_one_identity(a, b):
    assert products(scope_key(a, False)) == products(scope_key(b, False))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("electric vehicles", "cars"),
        ("steel pipes", "steel"),
        ("auto parts", "autos"),
        ("commercial vehicles", "cars"),
        ("glass", "glasses of wine"),
    ],
)
def test_other_goods_keep_their_own_identity(a, b):
    assert products(scope_key(a, False)) != products(scope_key(b, False))
