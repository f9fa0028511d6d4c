"""A news stream restates what it already said: the fold tells a restatement from a move.

Each case is a few stories, in the order they were published, as the facts the
extractor reads from them; the expected changes are what users are told.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from foldkit import DAY0, describe, run, story, tariff, told_each_and_at_once

CHINESE_IMPORTS = {"scope": "Chinese imports", "all_goods": False}
COVER_250 = {"scope": "$250 billion of Chinese goods", "all_goods": False}
COVER_112 = {"scope": "$112 billion of Chinese goods", "all_goods": False}
LISTS_1_3 = {"scope": "Lists 1-3", "all_goods": False}
STEEL = {"scope": "steel", "all_goods": False}
TRUCKS = {"scope": "Chinese trucks", "all_goods": False}
ALUMINUM = {"scope": "aluminium", "all_goods": False}
METALS = {"scope": "steel and aluminum imports", "all_goods": False}
FOREIGN_METAL = {"scope": "foreign metal", "all_goods": False}
CANADIAN_METALS = {"scope": "Canadian steel and aluminium", "all_goods": False}

START_10 = (DAY0 + timedelta(days=10)).date()

CASES = {
    "the same rate under other words adds a source": (
        [
            story(0, tariff(25.0, **CHINESE_IMPORTS)),
            story(3, tariff(25.0, **COVER_250)),
            story(5, tariff(25.0, **LISTS_1_3)),
            story(6, tariff(25.0)),
        ],
        [("tariff:US:CN:all goods", None, 25.0, None, "in_effect")],
    ),
    "a second tranche at its own rate is its own entry, and restating either is quiet": (
        [
            story(0, tariff(25.0, **COVER_250)),
            story(2, tariff(15.0, **COVER_112)),
            story(4, tariff(15.0, **CHINESE_IMPORTS)),
            story(5, tariff(25.0, **CHINESE_IMPORTS)),
        ],
        [
            ("tariff:US:CN:coverage 250bn", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:coverage 112bn", None, 15.0, None, "in_effect"),
        ],
    ),
    "a cut that names its old rate moves the entry holding it": (
        [
            story(0, tariff(25.0, **COVER_250), tariff(15.0, **COVER_112), item="tranches"),
            story(9, tariff(7.5, old=15.0, **CHINESE_IMPORTS)),
        ],
        [
            ("tariff:US:CN:coverage 250bn", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:coverage 112bn", None, 15.0, None, "in_effect"),
            ("tariff:US:CN:coverage 112bn", 15.0, 7.5, "in_effect", "in_effect"),
        ],
    ),
    "an increment and the total it brings, in one story, are one move": (
        [
            story(0, tariff(54.0)),
            story(1, tariff(50.0, additional=True), tariff(104.0, old=54.0)),
        ],
        [
            ("tariff:US:CN:all goods", None, 54.0, None, "in_effect"),
            ("tariff:US:CN:all goods", 54.0, 104.0, "in_effect", "in_effect"),
        ],
    ),
    "an increment told after the total that made it is no news": (
        [
            story(0, tariff(54.0)),
            story(1, tariff(104.0, old=54.0)),
            story(2, tariff(50.0, additional=True)),
        ],
        [
            ("tariff:US:CN:all goods", None, 54.0, None, "in_effect"),
            ("tariff:US:CN:all goods", 54.0, 104.0, "in_effect", "in_effect"),
        ],
    ),
    "a total told after the increment that made it moves the state quietly": (
        [
            story(0, tariff(54.0)),
            story(1, tariff(50.0, additional=True)),
            story(2, tariff(104.0)),
        ],
        [
            ("tariff:US:CN:all goods", None, 54.0, None, "in_effect"),
            ("tariff:US:CN:all goods:additional", None, 50.0, None, "in_effect"),
        ],
    ),
    "a headline total and its parts in one story: the total stands for them": (
        [story(0, tariff(125.0), tariff(20.0), tariff(145.0))],
        [("tariff:US:CN:all goods", None, 145.0, None, "in_effect")],
    ),
    "the rate just left, told again with no move, is stale": (
        [
            story(0, tariff(145.0)),
            story(1, tariff(30.0, old=145.0)),
            story(3, tariff(145.0)),
        ],
        [
            ("tariff:US:CN:all goods", None, 145.0, None, "in_effect"),
            ("tariff:US:CN:all goods", 145.0, 30.0, "in_effect", "in_effect"),
        ],
    ),
    "a threat of a rate in force under other words is no news": (
        [
            story(0, tariff(25.0, **COVER_250)),
            story(2, tariff(25.0, status="threatened")),
        ],
        [("tariff:US:CN:coverage 250bn", None, 25.0, None, "in_effect")],
    ),
    "a product scope is its own entry, never a restatement of the broad one": (
        [story(0, tariff(25.0)), story(1, tariff(25.0, **STEEL))],
        [
            ("tariff:US:CN:all goods", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:steel", None, 25.0, None, "in_effect"),
        ],
    ),
    "one story on two products tracked apart moves each of them": (
        [
            story(0, tariff(25.0, status="announced", target="*", **STEEL)),
            story(0, tariff(25.0, old=10.0, status="announced", target="*", **ALUMINUM)),
            story(30, tariff(25.0, target="*", **METALS)),
            story(31, tariff(25.0, target="*", **FOREIGN_METAL)),
            story(90, tariff(50.0, old=25.0, target="*", **METALS)),
        ],
        [
            ("tariff:US:*:steel", None, 25.0, None, "announced"),
            ("tariff:US:*:aluminum", 10.0, 25.0, None, "announced"),
            ("tariff:US:*:aluminum", 25.0, 25.0, "announced", "in_effect"),
            ("tariff:US:*:steel", 25.0, 25.0, "announced", "in_effect"),
            ("tariff:US:*:aluminum", 25.0, 50.0, "in_effect", "in_effect"),
            ("tariff:US:*:steel", 25.0, 50.0, "in_effect", "in_effect"),
        ],
    ),
    "a global rate already covers each target: naming one is no news": (
        [
            story(0, tariff(50.0, target="*", **METALS)),
            story(5, tariff(50.0, target="CA", **STEEL)),
            story(6, tariff(10.0, target="*")),
            story(7, tariff(10.0, target="VN", scope="Vietnamese goods", all_goods=False)),
        ],
        [
            ("tariff:US:*:aluminum steel", None, 50.0, None, "in_effect"),
            ("tariff:US:*:all goods", None, 10.0, None, "in_effect"),
        ],
    ),
    "global rates on two products tracked apart cover one target's story on both": (
        [
            story(0, tariff(50.0, target="*", **STEEL), tariff(50.0, target="*", **ALUMINUM)),
            story(4, tariff(50.0, target="CA", **CANADIAN_METALS)),
        ],
        [
            ("tariff:US:*:steel", None, 50.0, None, "in_effect"),
            ("tariff:US:*:aluminum", None, 50.0, None, "in_effect"),
        ],
    ),
    # One partner's goods raised above a global rate and later cut back to it: the cut
    # names the partner's own rate as its old one, so it moves that partner's entry.
    "a partner cut back to the global rate from its own higher one is a move": (
        [
            story(0, tariff(25.0, target="*", **STEEL)),
            story(5, tariff(50.0, old=25.0, target="TR", **STEEL)),
            story(9, tariff(25.0, target="TR", **STEEL)),
            story(40, tariff(25.0, old=50.0, status="announced", target="TR", **STEEL)),
        ],
        [
            ("tariff:US:*:steel", None, 25.0, None, "in_effect"),
            ("tariff:US:TR:steel", 25.0, 50.0, None, "in_effect"),
            ("tariff:US:TR:steel", 50.0, 25.0, "in_effect", "announced"),
        ],
    ),
    # A tariff decided to start on a day ahead, told in the present before then ("the
    # new tariffs, which reach 50% on cars"): the decision again; once the day has
    # come, a story saying it applies is the news that it does.
    "a decided rate told in the present before its start is no news": (
        [
            story(0, tariff(50.0, status="announced", effective=START_10, **TRUCKS)),
            story(1, tariff(50.0, **TRUCKS)),
        ],
        [("tariff:US:CN:trucks", None, 50.0, None, "announced")],
    ),
    "a decided rate told in the present after its start applies": (
        [
            story(0, tariff(50.0, status="announced", effective=START_10, **TRUCKS)),
            story(12, tariff(50.0, **TRUCKS)),
        ],
        [
            ("tariff:US:CN:trucks", None, 50.0, None, "announced"),
            ("tariff:US:CN:trucks", 50.0, 50.0, "announced", "in_effect"),
        ],
    ),
    # A product's cut decided but not yet applied: a story that says the old rate
    # is still paid tells no move back, and the cut applying is the next news.
    "the rate a decided cut has yet to replace, told as still paid, is no news": (
        [
            story(0, tariff(25.0, **TRUCKS)),
            story(5, tariff(12.0, old=25.0, status="announced", **TRUCKS)),
            story(9, tariff(25.0, **TRUCKS)),
            story(12, tariff(12.0, status="announced", **TRUCKS)),
            story(20, tariff(12.0, **TRUCKS)),
        ],
        [
            ("tariff:US:CN:trucks", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:trucks", 25.0, 12.0, "in_effect", "announced"),
            ("tariff:US:CN:trucks", 12.0, 12.0, "announced", "in_effect"),
        ],
    ),
    "a broad cut decided, the old rate told as still paid, is no news either": (
        [
            story(0, tariff(30.0, **CHINESE_IMPORTS)),
            story(5, tariff(20.0, old=30.0, status="announced", **CHINESE_IMPORTS)),
            story(9, tariff(30.0, **CHINESE_IMPORTS)),
        ],
        [
            ("tariff:US:CN:all goods", None, 30.0, None, "in_effect"),
            ("tariff:US:CN:all goods", 30.0, 20.0, "in_effect", "announced"),
        ],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), CASES.values(), ids=CASES.keys())
def test_restatements_raise_no_change(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


def test_the_same_stories_in_one_cycle_or_many_make_the_same_changes():
    stories = CASES["a cut that names its old rate moves the entry holding it"][0]
    one_by_one, all_at_once = told_each_and_at_once(stories)
    assert one_by_one == all_at_once
