"""Which rates are tariff facts, and between which countries.

Each row is one phenomenon of news wording, written for this table (never
copied from a labelled set): the text, then the (imposer, target, new_rate)
keys the scorer matches on. The row says the whole answer: no other tariff
fact may come out of the text.
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

Key = tuple[str, str, float]

CASES: list[tuple[str, str, set[Key]]] = [
    # --- names that are no country ----------------------------------------
    (
        "currency",
        "Officials plan a 20% tariff on US$120 billion of Korean electronics.",
        {("US", "KR", 20.0)},
    ),
    # --- the importing side levies ------------------------------------------
    (
        "importer-before-imports-from",
        "The agency proposed duties of up to 30 percent on a further $90 billion of "
        "U.S. imports from Vietnam.",
        {("US", "VN", 30.0)},
    ),
    # --- except A and B: both spared, neither levies ------------------------
    (
        "except-list",
        "The plan starts with a 12% baseline tariff on all trading partners except "
        "Japan and Korea.",
        {("US", "*", 12.0)},
    ),
    # --- a list of countries that face one rate -----------------------------
    (
        "subject-list-faces",
        "Under the decree, Chile, Peru and Colombia face only the 8% baseline tariff.",
        {("US", "CL", 8.0), ("US", "PE", 8.0), ("US", "CO", 8.0)},
    ),
    # --- a list whose later item has no tariff word of its own --------------
    (
        "list-tail-for-country",
        "The accords keep the US tariffs in place - 18% for Laos and Cambodia, and "
        "22% for Myanmar.",
        {("US", "LA", 18.0), ("US", "KH", 18.0), ("US", "MM", 22.0)},
    ),
    (
        "face-a-lower-rate",
        "The order sets 30% tariffs on goods from Peru and 30% on goods from Chile, "
        "with Chilean copper facing a lower 12%.",
        {("US", "PE", 30.0), ("US", "CL", 30.0), ("US", "CL", 12.0)},
    ),
    # --- each country beside its own rate -----------------------------------
    (
        "list-country-then-rate-in-parentheses",
        "The highest duties on the list published by the White House fall on Laos "
        "(40 per cent), Myanmar (40 per cent) and Iraq (35 per cent).",
        {("US", "LA", 40.0), ("US", "MM", 40.0), ("US", "IQ", 35.0)},
    ),
    (
        "list-country-then-rate",
        "Washington's new tariff schedule reads: Peru 18%, Chile at 22% and Japan 24%.",
        {("US", "PE", 18.0), ("US", "CL", 22.0), ("US", "JP", 24.0)},
    ),
    (
        "one-country-beside-a-number-is-no-list",
        "Canada's 25% tariff on US steel stays.",
        {("CA", "US", 25.0)},
    ),
    # --- an increment on a stated base gives the total ------------------------
    (
        "on-top-of-existing",
        "Ottawa will add a 50% surtax on Chinese-made solar panels on top of the "
        "existing 4.5% import tariff.",
        {("CA", "CN", 54.5)},
    ),
    (
        "stacked-on-with-total",
        "The US will levy an extra 60% tariff on imports from Brazil, which would stack "
        "on the existing 10% on Brazilian goods, bringing the total tariff rate to 70%.",
        {("US", "BR", 70.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_tariff_sides(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected
