"""Rates a story tells beside its news, as standing before it ("Chinese shoes already
face 20% in Brazil", "more than double the 25% Beijing charges on Australian oil",
"a 15% duty in place since 2021"): the first time the state hears of such a key, it
learns a baseline, and nothing has moved, so nobody is alerted. The story's news
still alerts, and so does any later move of the baseline.

Written in own words from the forms real stories take (a third country's tariff
already in force, a comparison, rates of other goods told as unchanged). Each case
is a run of stories (the facts the extractor reads, in published order) and the
changes users must see.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from foldkit import describe, on, run, story
from tariffwatch.model import Item
from tariffwatch.store import Store

CASES = {
    "a standing rate beside the news is learnt, the news alerts": (
        [
            story(
                0,
                on("MX", "CN", 30.0, "footwear"),
                on("BR", "CN", 20.0, "footwear", standing=True),
            )
        ],
        [("tariff:MX:CN:footwear", None, 30.0, None, "in_effect")],
    ),
    "a story that only tells standing rates alerts nothing": (
        [story(0, on("KR", "CL", 27.0, "grapes", status="announced", standing=True))],
        [],
    ),
    "a later move of the baseline alerts from the baseline": (
        [
            story(
                0,
                on("CA", "VN", 25.0, "steel wire"),
                on("CA", "MY", 10.0, "steel wire", standing=True),
            ),
            story(30, on("CA", "MY", 25.0, "steel wire", status="announced")),
        ],
        [
            ("tariff:CA:VN:steel wire", None, 25.0, None, "in_effect"),
            ("tariff:CA:MY:steel wire", 10.0, 25.0, "in_effect", "announced"),
        ],
    ),
    "the baseline told again is no news": (
        [
            story(0, on("EU", "AR", 17.3, "honey", standing=True)),
            story(9, on("EU", "AR", 17.3, "honey")),
        ],
        [],
    ),
    "a standing rate other than the one held is a move the state missed": (
        [
            story(0, on("TZ", "UG", 10.0, "milk powder")),
            story(40, on("TZ", "UG", 12.0, "milk powder", standing=True)),
        ],
        [
            ("tariff:TZ:UG:milk powder", None, 10.0, None, "in_effect"),
            ("tariff:TZ:UG:milk powder", 10.0, 12.0, "in_effect", "in_effect"),
        ],
    ),
    "a rate told with the rate it moved from is a move, whatever its words": (
        [story(0, on("BR", "AR", 12.0, "wheat", old=6.0, standing=True))],
        [("tariff:BR:AR:wheat", 6.0, 12.0, None, "in_effect")],
    ),
    "a threat is never a baseline": (
        [story(0, on("US", "CH", 39.0, status="threatened", standing=True))],
        [("threat:US:CH:all goods", None, 39.0, None, "threatened")],
    ),
    "one story's move speaks for its key before the rate it moves from": (
        [
            story(
                0,
                on("ID", "TH", 12.0, "ceramic tiles", standing=True, confidence=0.95),
                on("ID", "TH", 30.0, "ceramic tiles", confidence=0.8),
            )
        ],
        [("tariff:ID:TH:ceramic tiles", None, 30.0, None, "in_effect")],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_rate_told_as_standing_is_a_baseline_the_first_time(name):
    stories, want = CASES[name]
    _, changes = run(*stories)
    assert describe(changes) == want


def test_the_store_keeps_a_fact_told_as_standing_for_rebuild(tmp_path):
    """`rebuild` folds the stored facts again: a baseline must stay one."""
    when = datetime(2026, 3, 2, tzinfo=UTC)
    news = Item(key="k1", source="wire", title="t", text="x", published=when, content_hash="h")
    facts = [
        on("MX", "CN", 30.0, "footwear"),
        on("BR", "CN", 20.0, "footwear", standing=True),
    ]
    with Store.open(tmp_path / "tw.duckdb") as store:
        store.add_read_items([news], {"k1": facts}, fetched_at=when)
        stored = [s.fact for s in store.facts_for_items(["k1"])]
    assert [(f.imposer, f.standing) for f in stored] == [("MX", False), ("BR", True)]
