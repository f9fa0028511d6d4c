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

# Zeros as trade news words them in deal and retaliation stories (US-EU,
# US-Indonesia, US-Korea framework deals; the 2018-2019 metal tariffs and the
# retaliation lifted with them), written in our own words after reading the
# articles. 8/17 right before the none/them/impose-no shapes were added.
NEWS: list[tuple[str, str, set[Key]]] = [
    # --- a list's last rate given as "none" ----------------------------------
    (
        "with-none-on-the-other-side",
        "The framework puts a 15% US tariff on most European goods, with none on "
        "American goods shipped to Europe.",
        {("US", "EU", 15.0), ("EU", "US", 0.0)},
    ),
    (
        "and-nothing-on",
        "Under the pact Washington will charge 19% on Indonesian goods, and nothing on "
        "US exports to Indonesia.",
        {("US", "ID", 19.0), ("ID", "US", 0.0)},
    ),
    (
        "said-nothing-on-is-no-rate",
        "Asked about the 25% tariff on Canadian steel, the minister said nothing on timing.",
        {("US", "CA", 25.0)},
    ),
    # --- removed through a pronoun --------------------------------------------
    (
        "removed-them-later",
        "Washington slapped tariffs on Canadian and Mexican steel in 2018 but removed "
        "them a year later.",
        {("US", "CA", 0.0), ("US", "MX", 0.0)},
    ),
    (
        "lifted-them-after-a-rate",
        "Canada imposed 25% counter-tariffs on US steel in July 2018 and lifted them in May 2019.",
        {("CA", "US", 25.0), ("CA", "US", 0.0)},
    ),
    (
        "scrapped-them",
        "China placed retaliatory duties on US soybeans, then scrapped them after the truce.",
        {("CN", "US", 0.0)},
    ),
    (
        "refused-to-lift-them",
        "Trump raised tariffs on Brazil to 50% and has refused to lift them.",
        {("US", "BR", 50.0)},
    ),
    (
        "unless-scraps-them",
        "The 10% duties on US coal will stay in place unless Beijing scraps them.",
        {("CN", "US", 10.0)},
    ),
    (
        "dropped-them-to-a-rate-is-a-rate",
        "Canada put 25% surtaxes on US steel and then dropped them to 10% in the spring.",
        {("CA", "US", 25.0), ("CA", "US", 10.0)},
    ),
    (
        "suspended-them-is-a-pause",
        "The EU hit US whiskey with 25% duties in 2018, and suspended them in 2021.",
        {("EU", "US", 25.0)},
    ),
    # --- a side that levies no tariffs -----------------------------------------
    (
        "impose-no-tariffs",
        "Seoul will impose no tariffs on American cars under the pact, while Washington "
        "charges 15% on Korean cars.",
        {("KR", "US", 0.0), ("US", "KR", 15.0)},
    ),
    (
        "levy-no-duties",
        "Britain will levy no duties on US ethanol under the agreement.",
        {("GB", "US", 0.0)},
    ),
    (
        "charge-no-tariffs",
        "Under the deal, Indonesia will charge no tariffs on US farm goods.",
        {("ID", "US", 0.0)},
    ),
    (
        "apply-no-tariff",
        "Japan will apply no tariff on US rice within the quota, Tokyo said.",
        {("JP", "US", 0.0)},
    ),
    # --- shapes that already read ----------------------------------------------
    (
        "exempt-from-the-additional",
        "Chilean and Peruvian exports that meet the rules of their pacts with Washington are "
        "exempt from the additional duties.",
        {("US", "CL", 0.0), ("US", "PE", 0.0)},
    ),
    (
        "cut-to-zero",
        "India cut its duty on US bourbon to zero in the new deal.",
        {("IN", "US", 0.0)},
    ),
    (
        "lifted-the-retaliatory-duties",
        "Mexico lifted the retaliatory duties it had put on US pork and cheese.",
        {("MX", "US", 0.0)},
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


@pytest.mark.parametrize(("name", "text", "want"), NEWS, ids=[c[0] for c in NEWS])
def test_zero_words_in_news(name: str, text: str, want: set[Key]) -> None:
    got = {
        (f.imposer, f.target, f.new_rate)
        for f in extract(text, published=PUB)
        if isinstance(f, TariffFact)
    }
    assert got == want


# A removal for some goods only: the goods go free (0) and the rate stays on the
# rest (SPEC: exempted is 0; the rate itself is still in force). Written in our
# own words after reading the April 2025 reports of China's quiet exemptions from
# its 125% tariffs, the US electronics carve-out and earlier retaliation lists.
# 2/9 right before fixing.
PARTIAL: list[tuple[str, str, set[Key]]] = [
    (
        "exempted-some-imports-from-its-rate",
        "Beijing exempted some US imports from its 125% tariffs on Friday, businesses said.",
        {("CN", "US", 0.0), ("CN", "US", 125.0)},
    ),
    (
        "exempting-certain-made-goods",
        "China has begun exempting certain American-made chips from its sweeping 125% tariff.",
        {("CN", "US", 0.0), ("CN", "US", 125.0)},
    ),
    (
        "lifted-on-a-handful",
        "China lifted its 125% tariffs on a handful of US medical products.",
        {("CN", "US", 0.0), ("CN", "US", 125.0)},
    ),
    (
        "excluded-goods-from-the-rate",
        "Washington excluded smartphones and laptops from its 145% tariffs on Chinese imports.",
        {("US", "CN", 0.0), ("US", "CN", 145.0)},
    ),
    (
        "exempt-some-farm-goods",
        "The EU will exempt some US farm goods from its 25% counter-tariffs.",
        {("EU", "US", 0.0), ("EU", "US", 25.0)},
    ),
    (
        "waived-on-several",
        "Ottawa waived its 25% surtax on several US auto parts.",
        {("CA", "US", 0.0), ("CA", "US", 25.0)},
    ),
    (
        "removed-on-dozens",
        "Mexico removed its 20% duties on dozens of US farm products.",
        {("MX", "US", 0.0), ("MX", "US", 20.0)},
    ),
    (
        "lifted-on-all-goods-is-whole",
        "Beijing lifted its 125% tariffs on all US goods after the Geneva deal.",
        {("CN", "US", 0.0)},
    ),
    (
        "scrapped-on-one-good-is-whole",
        "China scrapped its 10% tariff on US crude oil.",
        {("CN", "US", 0.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "want"), PARTIAL, ids=[c[0] for c in PARTIAL])
def test_removal_for_some_goods_leaves_the_rate(name: str, text: str, want: set[Key]) -> None:
    got = {
        (f.imposer, f.target, f.new_rate)
        for f in extract(text, published=PUB)
        if isinstance(f, TariffFact)
    }
    assert got == want
