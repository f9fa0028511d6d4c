"""Which rates a story tells as standing before its news (TariffFact.standing): the
aspect of the rate's own words ("already", "still", "continues to", "remains",
"keeps", "the existing", "for years", "in force since 2019"), or a comparison that
sets it beside the news ("more than double the 25%", "compared with 10%", "far
below the 8%"). A move, a threat, a start ahead, a rate with its old rate, and a
first rate told "now" are not standing; a stative word that belongs to another rate
or another clause does not make this one standing.

Own words, written from the forms real stories take (a third country's tariff,
rates of other goods in the same deal told as unchanged, a side's rate compared).
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract

DAY = date(2026, 5, 6)

# (text, imposer, target, rate, standing); no sides: whichever the rate is read with
ROWS = [
    ("Argentine lemons already face a 20% tariff in Chile.", "CL", "AR", 20.0, True),
    ("Malaysian frames will still be taxed at 5% by Australia.", "AU", "MY", 5.0, True),
    (
        "French wine will continue to face the 15% duty South Korea charges.",
        "KR",
        "FR",
        15.0,
        True,
    ),
    (
        "Wheat from Canada remains subject to the existing 10% Brazilian tariff.",
        "BR",
        "CA",
        10.0,
        True,
    ),
    (
        "The levy is more than double the 25% Beijing charges on Australian canola oil.",
        "CN",
        "AU",
        25.0,
        True,
    ),
    (
        "That is far below the 8% duty Britain currently charges on flowers from Colombia.",
        "GB",
        "CO",
        8.0,
        True,
    ),
    (
        "That compares with a 15% duty South Africa charges on Indian tyres.",
        "ZA",
        "IN",
        15.0,
        True,
    ),
    (
        "Egypt has applied a 10% tariff to Turkish rice for years.",
        "EG",
        "TR",
        10.0,
        True,
    ),
    (
        "Tanzania keeps its 10% levy on milk powder from Uganda.",
        "TZ",
        "UG",
        10.0,
        True,
    ),
    # news, not standing
    ("Chile raised its tariff on Argentine lemons to 20% on Monday.", "CL", "AR", 20.0, False),
    ("Chile will impose a 20% tariff on Argentine lemons from June 1.", "CL", "AR", 20.0, False),
    (
        "Argentine lemons now face a 20% tariff in Chile after the duty took effect.",
        "CL",
        "AR",
        20.0,
        False,
    ),
    ("Chile cut its tariff on Argentine lemons to 6% from 20% on Tuesday.", "CL", "AR", 6.0, False),
    (
        "Peru put a 24% duty on Chinese steel bars into force on Monday; Chile already "
        "charges 18% on them.",
        "PE",
        "CN",
        24.0,
        False,
    ),
    (
        "Norway has imposed a tariff of more than 30% on electric buses from China.",
        "NO",
        "CN",
        30.0,
        False,
    ),
    (
        "Canada, which already faces US duties, raised its tariff on American bourbon to 25% "
        "on Monday.",
        None,
        None,
        25.0,
        False,
    ),
    (
        "The 25% tariff Canada put on whiskey from the United States, in force since Monday, "
        "has already cut orders.",
        "CA",
        "US",
        25.0,
        False,
    ),
]


@pytest.mark.parametrize(("text", "imposer", "target", "rate", "standing"), ROWS)
def test_a_rate_told_as_standing_is_marked_and_a_move_is_not(text, imposer, target, rate, standing):
    facts = [
        f
        for f in extract(text, published=DAY)
        if f.kind == "tariff"
        and f.new_rate == rate
        and (imposer is None or (f.imposer, f.target) == (imposer, target))
    ]
    assert facts, [f.to_json() for f in extract(text, published=DAY)]
    assert {f.standing for f in facts} == {standing}
