"""A pause told in one sentence, the paused tariff's rates in the next
(extract/story_status.carry_pause).

Written for this table in our own words (never copied from a labelled set).
Each row: the story, then {(imposer, target, new_rate): status} for its facts.

* A sentence that puts a side's tariffs off and names no rate ("Seoul put off
  its duties on US beef") makes the rates told plainly right after it, for one
  side it named, paused: "The duties range from 20% to 40%".
* "would have begun at 5% and climbed to 20%": what the tariff would have been
  is the paused plan too.
* A rate after the pause with a verb of its own ("took effect", "will rise") or
  between other sides is not the paused one.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import tariff_statuses

PUB = date(2025, 6, 11)
Key = tuple[str, str, float]

CASES: list[tuple[str, str, dict[Key, str]]] = [
    (
        "plain-rate-after-a-pause",
        "Seoul has once more put off its retaliatory duties on US beef. The duties "
        "range from 20% to 40% and fall mostly on frozen cuts.",
        {("KR", "US", 40.0): "paused"},
    ),
    (
        "would-have-after-a-suspension",
        "Ottawa said the levies set to land on Chilean wine next month were put on hold. "
        "The levies would have started at 10% and risen to 30% by winter.",
        {("CA", "CL", 10.0): "paused", ("CA", "CL", 30.0): "paused"},
    ),
    (
        "a-rate-with-its-own-verb-keeps-it",
        "Seoul has put off its retaliatory duties on US beef. Its 10% tariff on US "
        "pork took effect last month.",
        {("KR", "US", 10.0): "in_effect"},
    ),
    (
        "other-sides-are-not-paused",
        "Seoul has put off its retaliatory duties on US beef. Brazil pays 12% on "
        "sugar sold to India.",
        {("IN", "BR", 12.0): "in_effect"},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_pause_goes_on_to_the_rates_after_it(name: str, text: str, want: dict[Key, str]) -> None:
    got = tariff_statuses(text, PUB, current_only=True)
    assert got == want
