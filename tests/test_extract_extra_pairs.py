"""A rate that belongs to no pair of the story, or to every partner, given to a country
named nearby: one table per mechanism.

Written in our own words after reading trade reporting (free half of the pages
corpus), never copied from a labelled set. Each row: a name, the text, the whole
set of (imposer, target, new_rate) keys the scorer would match on. Beside each
distractor stands the story's true fact, so a fix that drops it shows too.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark import ParameterSet

from extractkit import row_id, tariff_keys

Key = tuple[str, str, float]
Case = tuple[str, str, set[Key]]

PUBLISHED = date(2025, 10, 20)


# --- goods named as imports from anywhere, in a sentence with no country ---------
# "The 25% tariff on foreign-made trucks is unchanged" after a sentence on Korea:
# the levier's sector tariff on every origin, not the story's partner's.
FROM_ANYWHERE: list[Case | ParameterSet] = [
    (
        "steel duty unchanged after a soybean cut",
        "Beijing lowered its tariffs on American soybeans to 3% from 13% on Monday. "
        "Separately, the 25% US duty on imported steel, in place since 2018, remains "
        "untouched.",
        {("CN", "US", 3.0), ("US", "*", 25.0)},
    ),
    (
        "a levy on all foreign steel after a whiskey counter-tariff",
        "Canada's government said it would keep its 25% counter-tariffs on US "
        "whiskey. Washington's levy of 50% on all foreign steel stays as well.",
        {("CA", "US", 25.0), ("US", "*", 50.0)},
    ),
    pytest.param(
        "cars entering from anywhere else after a Japan deal",
        "Japan and the United States signed a deal cutting the US tariff on Japanese "
        "cars to 15%. Cars and auto parts entering the US from anywhere else still "
        "face 25%.",
        {("US", "JP", 15.0), ("US", "*", 25.0)},
        marks=pytest.mark.xfail(
            reason="'from anywhere else' is no origin word: the story's partner takes it",
            strict=True,
        ),
        id="cars entering from anywhere else after a Japan deal",
    ),
    (
        "aluminium imports after a Mexico delay",
        "Mexico agreed to curb migration in return for a 90-day delay of the 25% US "
        "tariff on Mexican goods. The US still charges 10% on aluminium imports.",
        {("US", "MX", 25.0), ("US", "*", 10.0)},
    ),
    pytest.param(
        "a measure New Delhi asked to be spared from",
        "India raised duties on American almonds to 20%. Steel imports into the "
        "United States face a 50% tariff, a measure New Delhi has asked to be spared "
        "from.",
        {("IN", "US", 20.0), ("US", "*", 50.0)},
        marks=pytest.mark.xfail(
            reason="the country of an apposition after the rate takes it",
            strict=True,
        ),
        id="a measure New Delhi asked to be spared from",
    ),
    pytest.param(
        "Brussels' duty on imported cars after Chinese EVs",
        "The EU will impose 38% on Chinese electric cars from July. Brussels already "
        "applies a 10% duty on imported cars.",
        {("EU", "CN", 38.0), ("EU", "*", 10.0)},
        marks=pytest.mark.xfail(
            reason="only a US levier's imported goods count as from anywhere",
            strict=True,
        ),
        id="Brussels' duty on imported cars after Chinese EVs",
    ),
    (
        "all imported copper after a China cut",
        "Trump cut the tariff on Chinese goods to 30% in May. Last week he raised the "
        "tariff on all imported copper to 50%.",
        {("US", "CN", 30.0), ("US", "*", 50.0)},
    ),
    (
        "foreign-made trucks after a Korea cut",
        "South Korea won a cut of the US tariff on its goods to 15%. The 25% tariff "
        "on foreign-made trucks is unchanged.",
        {("US", "KR", 15.0), ("US", "*", 25.0)},
    ),
    (
        "imported cars after a coal tariff",
        "China imposed a 15% tariff on US coal on Monday. The United States levies "
        "25% on imported cars.",
        {("CN", "US", 15.0), ("US", "*", 25.0)},
    ),
    (
        "steel from all countries beside Canadian goods",
        "Talks between Ottawa and Washington resumed. The United States has a 35% "
        "tariff on Canadian goods outside the trade pact, and a 50% tariff on steel "
        "from all countries.",
        {("US", "CA", 35.0), ("US", "*", 50.0)},
    ),
    (
        "lumber from all over the world after a Vietnam deal",
        "Vietnam will pay a 20% tariff on its exports to the United States under the "
        "deal. Lumber shipped to the US from all over the world now carries a 10% "
        "duty.",
        {("US", "VN", 20.0), ("US", "*", 10.0)},
    ),
    (
        "every country's imports after Brazil's coffee",
        "Brazil's coffee faces a 50% US tariff. Washington also put a 10% levy on "
        "every country's imports in April.",
        {("US", "BR", 50.0), ("US", "*", 10.0)},
    ),
    pytest.param(
        "cars beyond a quota and from everywhere else",
        "Britain secured a quota at 10% for its cars. Cars imported into the US "
        "beyond the quota, and from everywhere else, pay 25%.",
        {("US", "GB", 10.0), ("US", "*", 25.0)},
        marks=pytest.mark.xfail(
            reason="the quota rate 'for its cars' is not read at all",
            strict=True,
        ),
        id="cars beyond a quota and from everywhere else",
    ),
    (
        "steel and aluminum imports after an Indonesia deal",
        "Indonesia agreed to a 19% US tariff on its goods. The US also keeps a 50% "
        "tariff on imports of steel and aluminum.",
        {("US", "ID", 19.0), ("US", "*", 50.0)},
    ),
    (
        "foreign steel as the cause of a retaliation",
        "Turkey doubled its tariffs on US cars to 120%. The US 50% duty on foreign "
        "steel had prompted the move.",
        {("TR", "US", 120.0), ("US", "*", 50.0)},
    ),
    (
        "pharmaceuticals from all sources after a Swiss cut",
        "The US agreed to lower tariffs on Swiss goods to 15%. Pharmaceuticals from "
        "all sources could face a 100% US tariff next month.",
        {("US", "CH", 15.0), ("US", "*", 100.0)},
    ),
    pytest.param(
        "imported trucks and steel after a wheat tariff removed",
        "China removed its 10% tariff on American wheat. The United States still "
        "applies 25% to imported trucks and 50% to imported steel.",
        {("CN", "US", 0.0), ("US", "*", 25.0), ("US", "*", 50.0)},
        marks=pytest.mark.xfail(
            reason="two rates on imported goods, no country: neither is read",
            strict=True,
        ),
        id="imported trucks and steel after a wheat tariff removed",
    ),
    pytest.param(
        "foreign steel entering Canada",
        "Ottawa removed its 25% counter-tariffs on US goods covered by the trade "
        "pact. Foreign steel entering Canada faces a 25% surtax under quotas set last "
        "month.",
        {("CA", "US", 0.0), ("CA", "*", 25.0)},
        marks=pytest.mark.xfail(
            reason="only a US levier's imported goods count as from anywhere",
            strict=True,
        ),
        id="foreign steel entering Canada",
    ),
    (
        "furniture imports from all countries after Indian goods",
        "Washington raised tariffs on Indian goods to 50% in August. Furniture "
        "imports from all countries were hit with a 25% tariff in October.",
        {("US", "IN", 50.0), ("US", "*", 25.0)},
    ),
    (
        "imported copper that applies to everyone",
        "The Philippines got a 19% rate on its goods. The 50% tariff on imported "
        "copper applies to everyone.",
        {("US", "PH", 19.0), ("US", "*", 50.0)},
    ),
    (
        "Japan's steel exports",
        "Japan's steel exports to the United States face a 50% tariff, Tokyo said.",
        {("US", "JP", 50.0)},
    ),
    (
        "imported steel from Canada and Mexico",
        "The US put a 25% tariff on imported steel from Canada and Mexico.",
        {("US", "CA", 25.0), ("US", "MX", 25.0)},
    ),
    (
        "American steel imports into China",
        "Beijing raised tariffs on US goods to 125%. American steel imports into "
        "China now face that rate too.",
        {("CN", "US", 125.0)},
    ),
    (
        "Chinese imports",
        "The US raised its tariffs on Chinese imports to 145% in April.",
        {("US", "CN", 145.0)},
    ),
    (
        "imported Mexican tomatoes",
        "The US slapped a 25% tariff on imported Mexican tomatoes.",
        {("US", "MX", 25.0)},
    ),
    (
        "vehicles imported from China",
        "Canada imposed a 100% surtax on electric vehicles imported from China.",
        {("CA", "CN", 100.0)},
    ),
    (
        "imported Australian wine",
        "India cut its duty on imported Australian wine to 75%.",
        {("IN", "AU", 75.0)},
    ),
    (
        "most EU imports beside a zero",
        "The EU agreed to drop its tariffs on US industrial goods to zero, while the "
        "US set 15% on most EU imports.",
        {("EU", "US", 0.0), ("US", "EU", 15.0)},
    ),
    (
        "imported British cars",
        "Washington lowered the tariff on imported British cars to 10%.",
        {("US", "GB", 10.0)},
    ),
    pytest.param(
        "the rate other countries pay",
        "The US tariff on steel imports from the UK stays at 25%, rather than the 50% "
        "other countries pay.",
        {("US", "GB", 25.0), ("US", "*", 50.0)},
        marks=pytest.mark.xfail(
            reason="'the 50% other countries pay' takes the UK of the rate before",
            strict=True,
        ),
        id="the rate other countries pay",
    ),
    (
        "all imports from the United States",
        "China slapped a 34% tariff on all imports from the United States.",
        {("CN", "US", 34.0)},
    ),
    (
        "cars imported from China",
        "Mexico will raise tariffs on cars imported from China to 50%.",
        {("MX", "CN", 50.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "want"), FROM_ANYWHERE, ids=list(map(row_id, FROM_ANYWHERE))
)
def test_goods_from_anywhere_take_no_partner(name: str, text: str, want: set[Key]) -> None:
    assert tariff_keys(text, PUBLISHED) == want
