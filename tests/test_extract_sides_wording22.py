"""Tariff sides in wordings unseen news (session 22) used and the role rules lacked.

Each table is one family in our own words, with near misses: goods "for final
shipment to" a market are taxed by that market (as "shipped to" is), a side
that escapes or avoids a rate is the side the rate was set for, and members of
the EU listed after "European countries" (a region) stay themselves; a removal
one side wants of the other leaves the rate standing.
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

PUBLISHED = date(2025, 9, 10)

Key = tuple[str, str, float]
Case = tuple[str, str, set[Key]]


def tariffs(text: str) -> set[Key]:
    facts = extract(text, published=PUBLISHED)
    return {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}


SHIPMENT_TO: list[Case] = [
    (
        "for final shipment to, transit country taxed",
        "Goods passed through Vietnam for final shipment to the United States would be hit "
        "with a 40% tariff.",
        {("US", "VN", 40.0)},
    ),
    (
        "for shipment to, the maker's country taxed",
        "Cars assembled in Mexico for shipment to the United States face a 25% tariff.",
        {("US", "MX", 25.0)},
    ),
    # near miss: shipments to a market that taxes them, its levier named as the subject
    (
        "shipments halted, the levier named",
        "Brazil halted beef shipments to China after Beijing set a 12% duty on them.",
        {("CN", "BR", 12.0)},
    ),
]

ESCAPED: list[Case] = [
    (
        "will escape, then pay",
        "Indonesia will escape the threatened 32% tariffs and instead pay 19% on most goods.",
        {("US", "ID", 32.0), ("US", "ID", 19.0)},
    ),
    (
        "avoided, then will pay",
        "Vietnam avoided the 46% tariff and will pay 20%.",
        {("US", "VN", 46.0), ("US", "VN", 20.0)},
    ),
    # near miss: the levier named beside the rate stays the levier
    (
        "will avoid the US tariff",
        "Canada will avoid the 35% US tariff on lumber.",
        {("US", "CA", 35.0)},
    ),
]

# "European countries" names a region: its members listed one by one stay themselves
REGION_NOT_UNION: list[Case] = [
    (
        "eight European countries, members and others listed",
        "Trump announced tariffs on eight European countries. Washington will levy 10% on "
        "goods from Denmark, Norway, France and the United Kingdom.",
        {("US", "DK", 10.0), ("US", "NO", 10.0), ("US", "FR", 10.0), ("US", "GB", 10.0)},
    ),
    (
        "European nations, members only",
        "Three European nations were hit. Washington put a 25% tariff on cars from Germany, "
        "Sweden and Italy.",
        {("US", "DE", 25.0), ("US", "SE", 25.0), ("US", "IT", 25.0)},
    ),
    # near misses: a story that names the Union folds its members into it
    (
        "the EU named",
        "The EU and Norway face new levies. Washington will levy 10% on goods from Denmark, "
        "Norway, France and the United Kingdom.",
        {("US", "EU", 10.0), ("US", "NO", 10.0), ("US", "GB", 10.0)},
    ),
    (
        "other EU countries",
        "Wines coming out of France and other EU countries face a 25% US tariff.",
        {("US", "EU", 25.0)},
    ),
]

# A removal one side wants of the other is no removal: the rate stands
WANTED_REMOVAL: list[Case] = [
    (
        "wants the other side to roll back",
        "New Delhi wants Washington to roll back a proposed 26% reciprocal tariff due to start "
        "on July 9.",
        {("US", "IN", 26.0)},
    ),
    (
        "wants the other side to remove",
        "India wants the US to remove the 50% tariff on Indian goods.",
        {("US", "IN", 50.0)},
    ),
    # near misses: a side that wants to drop its own duty plans it; a removal done
    (
        "wants to drop its own",
        "Canada wants to drop its 25% duties on US cars.",
        {("CA", "US", 0.0)},
    ),
    (
        "rolled back",
        "The US rolled back its 26% tariff on Indian goods.",
        {("US", "IN", 0.0)},
    ),
]

# A rate "faced by", "paid by", "borne by" a side taxes that side ("imposed by" levies)
BORNE_BY: list[Case] = [
    (
        "faced by a list",
        "The 15% tariff faced by the EU, Japan and South Korea is lower.",
        {("US", "EU", 15.0), ("US", "JP", 15.0), ("US", "KR", 15.0)},
    ),
    (
        "borne by",
        "The 39% duty borne by Switzerland is the highest in Europe.",
        {("US", "CH", 39.0)},
    ),
    # near miss: imposed by names the levier
    (
        "imposed by",
        "The 25% tariff imposed by Canada on US steel took effect.",
        {("CA", "US", 25.0)},
    ),
]

# Rates "on" named firms after the makers are named: the pair's highest (SPEC)
COMPANY_RATES: list[Case] = [
    (
        "on each maker",
        "The Commission imposed duties on Chinese makers of electric vehicles: 35.3% on SAIC, "
        "18.8% on Geely and 17% on BYD.",
        {("EU", "CN", 35.3)},
    ),
    # near misses: countries, dates and goods in a list keep their own rates
    (
        "on countries",
        "The US put 25% on Canada, 25% on Mexico and 10% on China.",
        {("US", "CA", 25.0), ("US", "MX", 25.0), ("US", "CN", 10.0)},
    ),
    (
        "on days",
        "Chinese carmakers face new EU duties of 35% on Monday, 20% on July 1 and 10% later.",
        {("EU", "CN", 35.0), ("EU", "CN", 20.0), ("EU", "CN", 10.0)},
    ),
    (
        "on goods",
        "The EU set duties on Chinese steel makers: 20% on wire, 15% on rods and 10% on sheet.",
        {("EU", "CN", 20.0), ("EU", "CN", 15.0), ("EU", "CN", 10.0)},
    ),
]

# Tiers of one list with commas before "X and Y%": one fact at the highest (SPEC)
TIER_LISTS: list[Case] = [
    (
        "quoted tiers, highest first",
        "China raised tariffs on US$60 billion of US goods, saying duties would rise to '25, 20 "
        "and 10 per cent'.",
        {("CN", "US", 25.0)},
    ),
    (
        "four tiers, highest last",
        "China set tariffs of 5, 10, 20 and 25 per cent on $60 billion of US goods.",
        {("CN", "US", 25.0)},
    ),
    # near misses: a year before the tiers is no tier; two tiers as before
    (
        "a year before",
        "In 2019, 20 and 10 per cent tariffs were set on US goods by China.",
        {("CN", "US", 20.0)},
    ),
    ("two tiers", "China put tariffs of 20 and 10 per cent on US goods.", {("CN", "US", 20.0)}),
]

TABLES = {
    "tier_lists": TIER_LISTS,
    "company_rates": COMPANY_RATES,
    "borne_by": BORNE_BY,
    "shipment_to": SHIPMENT_TO,
    "escaped": ESCAPED,
    "region_not_union": REGION_NOT_UNION,
    "wanted_removal": WANTED_REMOVAL,
}


@pytest.mark.parametrize(
    ("table", "name", "text", "expected"),
    [(t, *row) for t, rows in TABLES.items() for row in rows],
    ids=[f"{t}:{row[0]}" for t, rows in TABLES.items() for row in rows],
)
def test_tariff_sides_wording(table: str, name: str, text: str, expected: set[Key]) -> None:
    assert tariffs(text) == expected
