"""Lifts, moves and decisions retold without their goods: the fold keeps one entry per
real tariff, so a story's goods-less rate is news only where it moves something.

Written in own words after the ways a stream follows up its news: a lift told as
"the duties were scrapped" or "goods enter duty-free", a product's move retold as a
move of "imports", a pending product cut retold as "exporters will pay 10%", and a
deal's zero on goods nobody taxed before; and one product told in the plural and in
the singular. Each case is a run of stories (the facts the extractor reads from them,
in published order) and the changes users must see.
"""

from __future__ import annotations

import pytest

from foldkit import describe, on, run, story, talks

CASES = {
    # Nothing to lift: a pair the monitor never saw taxed, told tariff-free.
    "goods that enter tariff-free where no tariff was held are no news": (
        [
            story(0, on("AU", "SG", 0.0)),
            story(3, on("NZ", "GB", 0.0), item="other-pair"),
        ],
        [],
    ),
    # Several of the pair's goods are taxed; "the duties were scrapped" names none.
    "a goods-less lift where several goods hold rates does not invent a broad tariff": (
        [
            story(0, on("CN", "AU", 80.5, "barley")),
            story(1, on("CN", "AU", 212.1, "wine")),
            story(40, on("CN", "AU", 0.0)),
        ],
        [
            ("tariff:CN:AU:barley", None, 80.5, None, "in_effect"),
            ("tariff:CN:AU:wine", None, 212.1, None, "in_effect"),
        ],
    ),
    # A lift decided on one product, then told as applied without its goods.
    "a decided lift applied and told without goods moves that product": (
        [
            story(0, on("IN", "AU", 20.0, "chickpeas")),
            story(30, on("IN", "AU", 0.0, "chickpeas", old=20.0, status="announced")),
            story(42, on("IN", "AU", 0.0)),
            story(50, on("IN", "AU", 0.0), item="recap"),
        ],
        [
            ("tariff:IN:AU:chickpeas", None, 20.0, None, "in_effect"),
            ("tariff:IN:AU:chickpeas", 20.0, 0.0, "in_effect", "announced"),
            ("tariff:IN:AU:chickpeas", 0.0, 0.0, "announced", "in_effect"),
        ],
    ),
    # A broad rate held: "the tariffs on Guatemalan goods were lifted" is its move.
    "a broad rate lifted without its old rate is news": (
        [
            story(0, on("MX", "GT", 10.0)),
            story(20, on("MX", "GT", 0.0)),
        ],
        [
            ("tariff:MX:GT:all goods", None, 10.0, None, "in_effect"),
            ("tariff:MX:GT:all goods", 10.0, 0.0, "in_effect", "in_effect"),
        ],
    ),
    # A deal's zero, decided for a pair with no tariff known: news all the same.
    "a zero decided by a deal is news where nothing was held": (
        [story(0, on("PE", "KR", 0.0, status="announced"))],
        [("tariff:PE:KR:all goods", None, 0.0, None, "announced")],
    ),
    "a product's zero told as applied is news where nothing was held": (
        [story(0, on("GB", "US", 0.0, "ethanol"))],
        [("tariff:GB:US:ethanol", None, 0.0, None, "in_effect")],
    ),
    # A product's move, retold by the next outlets as a move of "imports".
    "a product's move retold without goods is that move": (
        [
            story(0, on("BR", "CN", 35.0, "tyres", old=16.0)),
            story(0, on("BR", "CN", 35.0, old=16.0), item="second-outlet"),
            story(8, on("BR", "CN", 35.0, old=16.0), item="weekly"),
        ],
        [("tariff:BR:CN:tyres", 16.0, 35.0, None, "in_effect")],
    ),
    # The same words where the pair's broad rate held the old rate: its own move.
    "a goods-less move from the broad rate held moves the broad tariff": (
        [
            story(0, on("BR", "CN", 16.0)),
            story(5, on("BR", "CN", 35.0, "tyres", old=16.0)),
            story(9, on("BR", "CN", 35.0, old=16.0)),
        ],
        [
            ("tariff:BR:CN:all goods", None, 16.0, None, "in_effect"),
            ("tariff:BR:CN:tyres", 16.0, 35.0, None, "in_effect"),
            ("tariff:BR:CN:all goods", 16.0, 35.0, "in_effect", "in_effect"),
        ],
    ),
    # A product cut decided, then "exporters will pay 10% from October" the next day
    # while the pair's goods pay 19%: the cut retold, not the broad rate moving.
    "a pending product decision retold without goods is that decision": (
        [
            story(0, on("US", "TH", 19.0)),
            story(14, on("US", "TH", 10.0, "canned tuna", status="announced")),
            story(15, on("US", "TH", 10.0, status="announced")),
            story(55, on("US", "TH", 10.0, "tuna")),
        ],
        [
            ("tariff:US:TH:all goods", None, 19.0, None, "in_effect"),
            ("tariff:US:TH:canned tuna", None, 10.0, None, "announced"),
            ("tariff:US:TH:canned tuna", 10.0, 10.0, "announced", "in_effect"),
        ],
    ),
    # Long after the product's decision, a goods-less rate is the pair's own news.
    "a goods-less rate long after a product's decision moves the broad tariff": (
        [
            story(0, on("US", "TH", 19.0)),
            story(14, on("US", "TH", 10.0, "canned tuna", status="announced")),
            story(80, on("US", "TH", 10.0, status="announced")),
        ],
        [
            ("tariff:US:TH:all goods", None, 19.0, None, "in_effect"),
            ("tariff:US:TH:canned tuna", None, 10.0, None, "announced"),
            ("tariff:US:TH:all goods", 19.0, 10.0, "in_effect", "announced"),
        ],
    ),
    # Goods put at 15%, cars cut to 15% later: "the lowered 15% rate began to apply".
    "a goods-less start follows the product decided after the broad rate": (
        [
            story(0, on("US", "JP", 15.0, status="announced")),
            story(40, on("US", "JP", 15.0, "cars", old=27.5, status="announced")),
            story(50, on("US", "JP", 15.0)),
        ],
        [
            ("tariff:US:JP:all goods", None, 15.0, None, "announced"),
            ("tariff:US:JP:autos", 27.5, 15.0, None, "announced"),
            ("tariff:US:JP:autos", 15.0, 15.0, "announced", "in_effect"),
        ],
    ),
    # A pending product cut and a goods-less move that gives the broad rate's old
    # level: the broad tariff moves, whatever product holds the new rate.
    "a goods-less move from the broad rate held is the broad tariff's own": (
        [
            story(0, on("US", "JP", 10.0)),
            story(5, on("US", "JP", 15.0, "cars", old=27.5, status="announced")),
            story(7, on("US", "JP", 15.0, old=10.0, status="announced")),
        ],
        [
            ("tariff:US:JP:all goods", None, 10.0, None, "in_effect"),
            ("tariff:US:JP:autos", 27.5, 15.0, None, "announced"),
            ("tariff:US:JP:all goods", 10.0, 15.0, "in_effect", "announced"),
        ],
    ),
    # One product told in the plural, the singular and as a compound noun.
    "a product told in another number is that product": (
        [
            story(0, on("MX", "CN", 30.0, "washing machines", status="announced")),
            story(0, on("MX", "CN", 30.0, "every washing machine"), item="second-outlet"),
            story(29, on("MX", "CN", 30.0, "washing machine imports")),
            story(40, on("CA", "CN", 15.0, "aluminium ladders", status="announced")),
            story(50, on("CA", "CN", 15.0, "each aluminum ladder")),
            story(60, on("KR", "CN", 25.0, "lithium batteries")),
            story(61, on("KR", "CN", 25.0, "a lithium battery"), item="recap"),
        ],
        [
            ("tariff:MX:CN:machines washing", None, 30.0, None, "announced"),
            ("tariff:MX:CN:machines washing", 30.0, 30.0, "announced", "in_effect"),
            ("tariff:CA:CN:aluminum ladders", None, 15.0, None, "announced"),
            ("tariff:CA:CN:aluminum ladders", 15.0, 15.0, "announced", "in_effect"),
            ("tariff:KR:CN:batteries lithium", None, 25.0, None, "in_effect"),
        ],
    ),
    # Goods that share a word with a taxed product at its rate are goods of their own.
    "a product sharing a word with another at its rate is its own": (
        [
            story(0, on("TR", "CN", 40.0, "steel pipes", old=25.0)),
            story(1, on("TR", "CN", 40.0, "steel pipe", old=25.0), item="second-outlet"),
            story(30, on("TR", "CN", 40.0, "steel wire", status="announced")),
        ],
        [
            ("tariff:TR:CN:pipes steel", 25.0, 40.0, None, "in_effect"),
            ("tariff:TR:CN:steel wire", None, 40.0, None, "announced"),
        ],
    ),
    # A recap that gives the rate in force beside rates the goods paid before.
    "a story giving the held rate beside older ones confirms the state": (
        [
            story(0, on("US", "ID", 10.0, "palm oil")),
            story(60, on("US", "ID", 20.0, "palm oil", old=10.0)),
            story(110, on("US", "ID", 5.0, "palm oil", old=20.0)),
            story(130, on("US", "ID", 10.0, "palm oil"), on("US", "ID", 5.0, "palm oil")),
            story(140, on("US", "ID", 5.0, "palm oil"), on("US", "ID", 20.0)),
        ],
        [
            ("tariff:US:ID:oil palm", None, 10.0, None, "in_effect"),
            ("tariff:US:ID:oil palm", 10.0, 20.0, "in_effect", "in_effect"),
            ("tariff:US:ID:oil palm", 20.0, 5.0, "in_effect", "in_effect"),
        ],
    ),
    # "US to cut tariff on Swiss goods to 15% from 39%" read as two decided rates:
    # the held 39% told as decided is no confirmation, and the cut is news.
    "a decided rate beside the held one in force is a move": (
        [
            story(0, on("US", "CH", 39.0)),
            story(
                90,
                on("US", "CH", 15.0, status="announced"),
                on("US", "CH", 39.0, status="announced"),
            ),
        ],
        [
            ("tariff:US:CH:all goods", None, 39.0, None, "in_effect"),
            ("tariff:US:CH:all goods", 39.0, 15.0, "in_effect", "announced"),
        ],
    ),
    "a move told with its old rate beside the held rate is a move": (
        [
            story(0, on("US", "IN", 25.0)),
            story(20, on("US", "IN", 50.0, old=25.0), on("US", "IN", 25.0)),
        ],
        [
            ("tariff:US:IN:all goods", None, 25.0, None, "in_effect"),
            ("tariff:US:IN:all goods", 25.0, 50.0, "in_effect", "in_effect"),
        ],
    ),
    # "A 38% duty" for its 37.8%, by another outlet and in a later recap.
    "a rate told in round figures names the rate held": (
        [
            story(0, on("AU", "CN", 37.8, "aluminium extrusions", status="announced")),
            story(0, on("AU", "CN", 38.0, "aluminium"), item="second-outlet"),
            story(19, on("AU", "CN", 37.8, "aluminium extrusions")),
            story(30, on("AU", "CN", 38.0, "aluminium extrusions"), item="recap"),
        ],
        [
            ("tariff:AU:CN:aluminum extrusions", None, 37.8, None, "announced"),
            ("tariff:AU:CN:aluminum extrusions", 37.8, 37.8, "announced", "in_effect"),
        ],
    ),
    # Below 10% the fraction is the rate: 2.5% to 2% is a cut, not rounding.
    "a small rate's fraction is no rounding": (
        [
            story(0, on("BR", "AR", 2.5, "wheat")),
            story(10, on("BR", "AR", 2.0, "wheat")),
        ],
        [
            ("tariff:BR:AR:wheat", None, 2.5, None, "in_effect"),
            ("tariff:BR:AR:wheat", 2.5, 2.0, "in_effect", "in_effect"),
        ],
    ),
    # A pair whose goods left 20% for 5%, then a broad 20% decided on all its goods.
    "a broad rate decided at the level the goods left is news": (
        [
            story(0, on("US", "ID", 20.0, "palm oil")),
            story(10, on("US", "ID", 5.0, "palm oil", old=20.0)),
            story(20, on("US", "ID", 20.0, status="announced")),
        ],
        [
            ("tariff:US:ID:oil palm", None, 20.0, None, "in_effect"),
            ("tariff:US:ID:oil palm", 20.0, 5.0, "in_effect", "in_effect"),
            ("tariff:US:ID:all goods", None, 20.0, None, "announced"),
        ],
    ),
    # "US sets 40% copper tariff from July" over "40% on copper from Chile": the
    # headline drops the target; the pair's own entry is the news and later moves.
    "a headline with no target does not cover its story's pair": (
        [
            story(
                0,
                on("US", "*", 40.0, "copper", status="announced"),
                on("US", "CL", 40.0, "copper", status="announced"),
            ),
            story(29, on("US", "CL", 40.0, "copper")),
            story(40, on("US", "MX", 40.0, "copper"), item="other-outlet"),
        ],
        [
            ("tariff:US:*:copper", None, 40.0, None, "announced"),
            ("tariff:US:CL:copper", None, 40.0, None, "announced"),
            ("tariff:US:CL:copper", 40.0, 40.0, "announced", "in_effect"),
        ],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_goods_less_follow_ups_alert_once(name):
    batches, want = CASES[name]
    _, changes = run(*batches)
    assert describe(changes) == want


def talks_between(status: str):
    return talks(status, parties=("CA", "EC"))


TALKS = {
    # A deal reached, then "negotiators will keep working on the legal text".
    "talks on a deal's details within days of it are no move away from it": (
        [
            story(0, talks_between("ongoing")),
            story(40, talks_between("agreement")),
            story(41, talks_between("ongoing")),
            story(43, talks_between("scheduled"), item="sign-next-week"),
            story(90, talks_between("agreement"), item="signed"),
        ],
        [
            ("negotiation:CA-EC", None, None, None, "ongoing"),
            ("negotiation:CA-EC", None, None, "ongoing", "agreement"),
        ],
    ),
    "a deal that stalls within days is news": (
        [
            story(0, talks_between("agreement")),
            story(2, talks_between("stalled")),
        ],
        [
            ("negotiation:CA-EC", None, None, None, "agreement"),
            ("negotiation:CA-EC", None, None, "agreement", "stalled"),
        ],
    ),
    "a new round weeks after a deal is news": (
        [
            story(0, talks_between("agreement")),
            story(30, talks_between("ongoing")),
        ],
        [
            ("negotiation:CA-EC", None, None, None, "agreement"),
            ("negotiation:CA-EC", None, None, "agreement", "ongoing"),
        ],
    ),
}


@pytest.mark.parametrize("name", TALKS)
def test_talks_after_a_deal_alert_once(name):
    batches, want = TALKS[name]
    _, changes = run(*batches)
    assert describe(changes) == want
