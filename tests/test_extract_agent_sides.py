"""Who levies on whom when a country is the agent of a passive (session 20).

"Tariffs imposed by Canada": the agent of a verb of levying taxes. "Cars made by
China", "steel exported by Vietnam", "barley grown by Australian farmers": the
agent of a verb of making, growing or sending goods is where they come from, the
side taxed. Every row was written and labelled (docs/facts.md) before the rule,
after a real paragraph ("tariffs ... on cars and other products made by China")
was read as China's. The row is the whole answer: no other tariff fact may come out.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark import ParameterSet

from extractkit import Key, row_id, tariff_keys

CASES: list[tuple[str, str, set[Key]] | ParameterSet] = [
    (
        "made-by-list",
        "Mexico will put a 50% tariff on cars made by China and other Asian exporters.",
        {("MX", "CN", 50.0)},
    ),
    (
        "produced-by-in",
        "Steel produced by Vietnam now faces a 25% duty in Canada.",
        {("CA", "VN", 25.0)},
    ),
    (
        "built-by-object",
        "Brussels slapped 35% duties on electric cars built by China.",
        {("EU", "CN", 35.0)},
    ),
    pytest.param(
        "exported-by-charged-by",
        "Solar panels exported by Malaysia will be charged 40% by the United States.",
        {("US", "MY", 40.0)},
        marks=pytest.mark.xfail(
            reason="'charged 40%' with no tariff word is read as no rate", strict=True
        ),
    ),
    (
        "grown-by-hit-by",
        "Rice grown by Thailand was hit with a 30% levy by the Philippines.",
        {("PH", "TH", 30.0)},
    ),
    (
        "imposed-by-control",
        "Tariffs of 25% imposed by Canada on American steel took effect.",
        {("CA", "US", 25.0)},
    ),
    (
        "shipped-by-growers",
        "India raised its duty on walnuts shipped by US growers to 120%.",
        {("IN", "US", 120.0)},
    ),
    (
        "made-by-set",
        "Washington set a 46% tariff on shoes made by Vietnam.",
        {("US", "VN", 46.0)},
    ),
    pytest.param(
        "produced-by-decree",
        "Goods produced by Russia face 35% duties under the new Ukrainian decree.",
        {("UA", "RU", 35.0)},
        marks=pytest.mark.xfail(
            reason="'the new Ukrainian decree': a demonym's decree is not read as its author",
            strict=True,
        ),
    ),
    (
        "charged-by-made-by",
        "The 20% levy charged by Indonesia on fertiliser made by China stays.",
        {("ID", "CN", 20.0)},
    ),
    (
        "exported-by-to",
        "Beef exported by Brazil to China now pays a 12% duty.",
        {("CN", "BR", 12.0)},
    ),
    (
        "sold-by-levy",
        "Japan will levy 15% on aluminium sold by Russia.",
        {("JP", "RU", 15.0)},
    ),
    pytest.param(
        "manufactured-by-surcharge",
        "Turkey imposed a 40% surcharge on vehicles manufactured by China.",
        {("TR", "CN", 40.0)},
        marks=pytest.mark.xfail(
            reason="a bare 'surcharge' is not read as a tariff word", strict=True
        ),
    ),
    (
        "levied-by-made-by-removed",
        "A 10% duty levied by Britain on wine made by Australia was removed.",
        {("GB", "AU", 0.0)},
    ),
    (
        "supplied-by-from",
        "Wheat supplied by Ukraine faces a 20% tariff from Poland.",
        {("PL", "UA", 20.0)},
    ),
    (
        "placed-by-grown-by",
        "Duties of up to 80% were placed by China on barley grown by Australian farmers.",
        {("CN", "AU", 80.0)},
    ),
    (
        "made-by-mills",
        "South Korea will charge 30% on steel plates made by Japanese mills.",
        {("KR", "JP", 30.0)},
    ),
    (
        "covers-made-by",
        "Canada's 25% surtax covers appliances made by the United States.",
        {("CA", "US", 25.0)},
    ),
    (
        "built-by-hiked",
        "India hiked the tariff on motorcycles built by America to 50%.",
        {("IN", "US", 50.0)},
    ),
    pytest.param(
        "made-by-two",
        "Argentina will impose 30% on textiles made by China and Bangladesh.",
        {("AR", "BD", 30.0), ("AR", "CN", 30.0)},
        marks=pytest.mark.xfail(
            reason="'impose 30% on textiles' with no tariff word is read as no rate", strict=True
        ),
    ),
    (
        "made-by-taxed-by",
        "Steel made by Korea is taxed at 25% by the US.",
        {("US", "KR", 25.0)},
    ),
    (
        "charged-by-toys-made-by",
        "Tariffs charged by the US on toys made by China rose to 30%.",
        {("US", "CN", 30.0)},
    ),
    (
        "farmed-by-imposed-by",
        "Shrimp farmed by Ecuador will face a 15% levy imposed by the United States.",
        {("US", "EC", 15.0)},
    ),
    (
        "imposed-by-hits-made-by",
        "A 50% tariff imposed by Washington hits furniture made by Vietnam.",
        {("US", "VN", 50.0)},
    ),
    (
        "made-by-lowered",
        "Peru lowered its duty on machinery made by Germany to 5%.",
        {("PE", "DE", 5.0)},
    ),
    pytest.param(
        "assembled-by-enter",
        "Trucks assembled by Mexico pay 25% when they enter the United States.",
        {("US", "MX", 25.0)},
        marks=pytest.mark.xfail(
            reason="'pay 25% when they enter' with no tariff word is read as no rate", strict=True
        ),
    ),
    (
        "sewn-by",
        "Colombia set a 40% tariff on clothes sewn by China.",
        {("CO", "CN", 40.0)},
    ),
    pytest.param(
        "refined-by-tax-at",
        "Chile will tax copper cathodes refined by Peru at 6%.",
        {("CL", "PE", 6.0)},
        marks=pytest.mark.xfail(reason="'tax ... at 6%' as a verb is read as no rate", strict=True),
    ),
    (
        "brewed-by-slapped",
        "Beijing slapped a 25% tariff on beer brewed by Japan.",
        {("CN", "JP", 25.0)},
    ),
    (
        "mined-by-duties",
        "The US put 30% duties on graphite mined by China.",
        {("US", "CN", 30.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[row_id(c) for c in CASES])
def test_agent_sides(name: str, text: str, expected: set[Key]) -> None:
    assert tariff_keys(text, date(2025, 6, 1)) == expected
