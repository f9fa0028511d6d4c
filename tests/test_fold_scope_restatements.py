"""One tariff told under other scope words, and its status moving: the fold keeps one
entry per real tariff, so a story's rate is news only when that tariff moves.

Each case is a run of stories (the facts the extractor reads from them, in the order
they were published) and the changes users must be told. Written in own words after
the ways wire stories retell a tariff: its goods named in one story and not in the
next ("the duties"), a counted list ("EUR2.8 billion of US goods") and the goods it
names ("bourbon and motorcycles"), several outlets, recaps, a start told ahead.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from foldkit import DAY0, describe, run, story, tariff, told_each_and_at_once


def on(day: int):
    return (DAY0 + timedelta(days=day)).date()


def eu_on_us(rate, scope, **kw):
    return tariff(rate, imposer="EU", target="US", scope=scope, all_goods=False, **kw)


def eu_on_cn(rate, scope="Chinese imports", **kw):
    return tariff(rate, imposer="EU", target="CN", scope=scope, all_goods=False, **kw)


def cn_on_us(rate, scope, **kw):
    return tariff(rate, imposer="CN", target="US", scope=scope, all_goods=False, **kw)


def us_on_cn(rate, scope="Chinese goods", **kw):
    return tariff(rate, scope=scope, all_goods=False, **kw)


LIST_28 = "EUR2.8 billion of American goods"
EU_LIST = "coverage 2.8bn"
EVS = "electric vehicles"

CASES = {
    # A list announced by its worth, then its goods named as it starts.
    "goods named from a counted list at its rate are that list": (
        [
            story(0, eu_on_us(25.0, LIST_28, status="announced", effective=on(2))),
            story(2, eu_on_us(25.0, "bourbon and motorcycles")),
            story(3, eu_on_us(25.0, "American jeans"), item="other-outlet"),
        ],
        [
            (f"tariff:EU:US:{EU_LIST}", None, 25.0, None, "announced"),
            (f"tariff:EU:US:{EU_LIST}", 25.0, 25.0, "announced", "in_effect"),
        ],
    ),
    # Duties decided on one product, retold by the next outlets as "the duties on
    # Chinese imports": the extractor reads no goods there.
    "a pair's product tariff told without its goods is that tariff": (
        [
            story(0, eu_on_cn(35.3, EVS, status="announced", effective=on(1))),
            story(1, eu_on_cn(35.3)),
            story(1, eu_on_cn(35.3), item="second-outlet"),
            story(40, eu_on_cn(35.3, "goods remain")),
        ],
        [
            (f"tariff:EU:CN:{EVS}", None, 35.3, None, "announced"),
            (f"tariff:EU:CN:{EVS}", 35.3, 35.3, "announced", "in_effect"),
        ],
    ),
    "a counted list told after its goods is the tariff on those goods": (
        [
            story(0, cn_on_us(25.0, "soybeans and pork", status="announced", effective=on(3))),
            story(3, cn_on_us(25.0, "$34 billion of US goods")),
        ],
        [
            ("tariff:CN:US:pork soybeans", None, 25.0, None, "announced"),
            ("tariff:CN:US:pork soybeans", 25.0, 25.0, "announced", "in_effect"),
        ],
    ),
    # Where the pair has a broad tariff, a broad rate equal to a product's is a move
    # of the broad one ("raises tariffs on Chinese goods to 25%"), not the product.
    "a broad rate equal to a product's moves the pair's broad tariff": (
        [
            story(0, us_on_cn(10.0)),
            story(1, us_on_cn(25.0, "Chinese steel")),
            story(5, us_on_cn(25.0)),
        ],
        [
            ("tariff:US:CN:all goods", None, 10.0, None, "in_effect"),
            ("tariff:US:CN:steel", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:all goods", 10.0, 25.0, "in_effect", "in_effect"),
        ],
    ),
    # Two counted slices at their own rates: the second raised to the first's rate.
    "a counted slice named again at another rate is its move": (
        [
            story(0, us_on_cn(25.0, "$50 billion of Chinese goods")),
            story(30, us_on_cn(10.0, "$200 billion of Chinese goods")),
            story(60, us_on_cn(25.0, "$200bn of Chinese imports")),
            story(61, us_on_cn(25.0, "Chinese imports"), item="recap"),
            story(62, us_on_cn(10.0, "$200 billion of Chinese goods"), item="stale"),
        ],
        [
            ("tariff:US:CN:coverage 50bn", None, 25.0, None, "in_effect"),
            ("tariff:US:CN:coverage 200bn", None, 10.0, None, "in_effect"),
            ("tariff:US:CN:coverage 200bn", 10.0, 25.0, "in_effect", "in_effect"),
        ],
    ),
    "in one story a counted list and the goods it names are one change, either order": (
        [
            story(
                0,
                cn_on_us(25.0, "soybeans, cars and pork"),
                cn_on_us(25.0, "$34 billion of American products"),
            ),
        ],
        [("tariff:CN:US:coverage 34bn", None, 25.0, None, "in_effect")],
    ),
    "in one story named goods and the same rate told without goods are one change": (
        [story(0, eu_on_cn(38.1, EVS, status="announced"), eu_on_cn(38.1, status="announced"))],
        [(f"tariff:EU:CN:{EVS}", None, 38.1, None, "announced")],
    ),
    # The lead tells the measure; goods named after it at its rate are examples.
    "in one story a broad rate and the goods it names after it are one change": (
        [
            story(
                0,
                tariff(39.0, target="CH", scope="Swiss goods", all_goods=False),
                tariff(39.0, target="CH", scope="watches and chocolate", all_goods=False),
            ),
        ],
        [("tariff:US:CH:all goods", None, 39.0, None, "in_effect")],
    ),
    # "The duties apply from Friday", told on Tuesday: decided; Friday's story that
    # they apply is the start, and a recap after it is nothing.
    "in effect from a day still ahead is decided, and the start comes once": (
        [
            story(0, eu_on_cn(20.0, EVS, effective=on(3))),
            story(1, eu_on_cn(20.0, EVS, status="announced"), item="second-outlet"),
            story(3, eu_on_cn(20.0, EVS, effective=on(3))),
            story(3, eu_on_cn(20.0), item="third-outlet"),
            story(50, eu_on_cn(20.0, "electric cars from China")),
            story(51, eu_on_cn(20.0, EVS, status="announced"), item="late-decision-recap"),
        ],
        [
            (f"tariff:EU:CN:{EVS}", None, 20.0, None, "announced"),
            (f"tariff:EU:CN:{EVS}", 20.0, 20.0, "announced", "in_effect"),
        ],
    ),
    # A penalty doubling a rate from a later day: the total is announced; the rate
    # still paid until then, told as applying, is no move back; the day the total
    # applies is one alert, and "still face 50%" after it none.
    "a total decided ahead, its first part told as applying, then the total starts": (
        [
            story(0, tariff(50.0, old=25.0, status="announced", target="IN", effective=on(21))),
            story(1, tariff(25.0, additional=True, status="announced", target="IN"), item="extra"),
            story(2, tariff(25.0, target="IN", scope="Indian goods", all_goods=False)),
            story(
                21, tariff(50.0, target="IN", scope="a wide range of Indian goods", all_goods=False)
            ),
            story(35, tariff(50.0, target="IN"), item="still-50"),
        ],
        [
            ("tariff:US:IN:all goods", 25.0, 50.0, None, "announced"),
            ("tariff:US:IN:all goods", 50.0, 50.0, "announced", "in_effect"),
        ],
    ),
    # "Their steel faces a 25% US tariff that could rise to 50%": the partner's only
    # 25% is the global tariff on metal, so the threat is on that metal.
    "a move told with no goods is of the global goods that hold its old rate": (
        [
            story(
                0, tariff(25.0, target="*", scope="imported steel and aluminum", all_goods=False)
            ),
            story(5, tariff(50.0, old=25.0, status="threatened", target="GB")),
        ],
        [
            ("tariff:US:*:aluminum steel", None, 25.0, None, "in_effect"),
            ("threat:US:GB:aluminum steel", 25.0, 50.0, None, "threatened"),
        ],
    ),
    "a move told with no goods stays broad where the partner holds its old rate": (
        [
            story(0, tariff(25.0, target="*", scope="imported steel", all_goods=False)),
            story(1, tariff(25.0, target="KR", scope="Korean goods", all_goods=False)),
            story(5, tariff(15.0, old=25.0, status="announced", target="KR")),
        ],
        [
            ("tariff:US:*:steel", None, 25.0, None, "in_effect"),
            ("tariff:US:KR:all goods", None, 25.0, None, "in_effect"),
            ("tariff:US:KR:all goods", 25.0, 15.0, "in_effect", "announced"),
        ],
    ),
    "a move told with no goods stays broad where two global goods hold its old rate": (
        [
            story(
                0,
                tariff(25.0, target="*", scope="imported steel", all_goods=False),
                tariff(25.0, target="*", scope="foreign cars", all_goods=False),
            ),
            story(5, tariff(15.0, old=25.0, status="announced", target="JP")),
        ],
        [
            ("tariff:US:*:steel", None, 25.0, None, "in_effect"),
            ("tariff:US:*:autos", None, 25.0, None, "in_effect"),
            ("tariff:US:JP:all goods", 25.0, 15.0, None, "announced"),
        ],
    ),
    # A headline rounds a product's duty and names no goods ("Brussels confirms 36%
    # duty"): named, not moved; the exact rate told without goods later moves it.
    "a product's rate told in round figures without goods is only named": (
        [
            story(0, eu_on_cn(36.4, "biodiesel", status="announced")),
            story(1, eu_on_cn(36.0), item="headline"),
            story(30, eu_on_cn(36.4, "imports from China")),
        ],
        [
            ("tariff:EU:CN:biodiesel", None, 36.4, None, "announced"),
            ("tariff:EU:CN:biodiesel", 36.4, 36.4, "announced", "in_effect"),
        ],
    ),
    # "an extra 35.3% on Chinese EVs, 45.3% with the 10% car duty": the total moves.
    "an increment and the total on the same goods in one story are one move": (
        [
            story(0, eu_on_cn(10.0, EVS)),
            story(
                5,
                eu_on_cn(35.3, EVS, additional=True, status="announced"),
                eu_on_cn(45.3, EVS, status="announced"),
            ),
        ],
        [
            (f"tariff:EU:CN:{EVS}", None, 10.0, None, "in_effect"),
            (f"tariff:EU:CN:{EVS}", 10.0, 45.3, "in_effect", "announced"),
        ],
    ),
    "an increment on goods told after the total that made it is no news": (
        [
            story(0, eu_on_cn(10.0, EVS)),
            story(5, eu_on_cn(45.3, EVS, old=10.0, status="announced")),
            story(6, eu_on_cn(35.3, "Chinese electric cars", additional=True, status="announced")),
        ],
        [
            (f"tariff:EU:CN:{EVS}", None, 10.0, None, "in_effect"),
            (f"tariff:EU:CN:{EVS}", 10.0, 45.3, "in_effect", "announced"),
        ],
    ),
    # Countermeasures decided, then suspended for 90 days: a story retelling the
    # plan is no news; a new start set once the pause runs out is.
    "a paused rate told as decided again is no news until a new start is set": (
        [
            story(0, eu_on_us(50.0, "EUR26 billion of US goods", status="announced")),
            story(
                20, eu_on_us(50.0, "EUR26 billion of US goods", status="paused", expires=on(110))
            ),
            story(40, eu_on_us(50.0, "US goods", status="announced"), item="plan-retold"),
            story(
                100,
                eu_on_us(50.0, "EUR26bn of US goods", status="announced", effective=on(125)),
            ),
        ],
        [
            ("tariff:EU:US:coverage 26bn", None, 50.0, None, "announced"),
            ("tariff:EU:US:coverage 26bn", 50.0, 50.0, "announced", "paused"),
            ("tariff:EU:US:coverage 26bn", 50.0, 50.0, "paused", "announced"),
        ],
    ),
}


@pytest.mark.parametrize(("stories", "expected"), CASES.values(), ids=CASES.keys())
def test_one_tariff_under_other_scope_words_alerts_once(stories, expected):
    _, changes = run(*stories)
    assert describe(changes) == expected


@pytest.mark.parametrize("name", list(CASES))
def test_a_story_at_a_time_or_all_in_one_cycle_tell_the_same(name):
    stories = CASES[name][0]
    one_by_one, all_at_once = told_each_and_at_once(stories)
    assert one_by_one == all_at_once
