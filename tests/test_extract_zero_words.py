"""Rates of zero in words (extract/zeros.py): which shapes are a removal and which not.

Written for this table in our own words (never copied from a labelled set).
Each row: the text, then the set of (imposer, target, new_rate) it must give.

* "without" + a verb of taxing ("without imposing tariffs", "without paying
  duties") is a zero; "without" + any other verb ("without spelling out new
  taxes", "without naming tariffs") says nothing of a rate.
* An appeal to the other side ("urged Washington to remove its tariffs",
  "called on Ottawa to scrap its duties") is no decision: no fact.
* The goods a side agrees to accept without tariffs are the other side's, named
  by any goods word ("accept U.S. cars", "accept American pork").
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

PUB = date(2025, 6, 11)
Key = tuple[str, str, float]

CASES: list[tuple[str, str, set[Key]]] = [
    (
        "without-imposing-is-zero",
        "Vietnam agreed to accept American cars without imposing tariffs.",
        {("VN", "US", 0.0)},
    ),
    (
        "without-paying-is-zero",
        "Under the pact, Mexican avocados enter Japan without paying duties.",
        {("JP", "MX", 0.0)},
    ),
    (
        "without-another-verb-is-none",
        "Ottawa promised a firm answer without spelling out new import taxes.",
        set(),
    ),
    (
        "an-appeal-is-no-removal",
        "The ministry urged Washington to remove all its tariffs on Brazilian goods.",
        set(),
    ),
    (
        "called-on-is-no-removal",
        "Farm groups called on Ottawa to scrap its duties on US dairy.",
        set(),
    ),
    (
        "a-decision-to-remove-stays",
        "Washington agreed to scrap its duties on Brazilian beef.",
        {("US", "BR", 0.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), CASES, ids=[c[0] for c in CASES])
def test_zero_words(name: str, text: str, want: set[Key]) -> None:
    got = {
        (f.imposer, f.target, f.new_rate)
        for f in extract(text, published=PUB)
        if isinstance(f, TariffFact)
    }
    assert got == want
