"""Who levies on whom when one measure answers another (session 20).

Every row was written and labelled (docs/facts.md) before the rule it tests,
from the forms real news gives retaliation: "in response to X's duties",
"in retaliation for", "following X's move, Y responded with", "Y answered X's
tariffs with", "hit back at", "after X slapped ...", and the measure answered
told with its own rate ("respond to the 50% tariff Trump announced"). The side
that levied the measure answered is the one the answer taxes, and the side that
answers is the one the measure answered taxes. The row is the whole answer: no
other tariff fact may come out.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark import ParameterSet

from extractkit import Key, row_id, tariff_keys

CASES: list[tuple[str, str, set[Key]] | ParameterSet] = [
    (
        "resp-poss-before",
        "In response to Washington's 25% levy on its steel, Ottawa slapped a 25% surtax on "
        "American whiskey.",
        {("CA", "US", 25.0), ("US", "CA", 25.0)},
    ),
    (
        "following-move-responded",
        "Following Trump's latest move, Beijing has responded with duties of 12% on some US "
        "farm imports.",
        {("CN", "US", 12.0)},
    ),
    (
        "retal-against-after-rate",
        "Seoul raised duties on frozen beef to 40% in retaliation against Washington's auto "
        "tariffs.",
        {("KR", "US", 40.0)},
    ),
    (
        "joining-retaliating",
        "New Delhi lifted its tariff on walnuts to 70%, joining Beijing in retaliating "
        "against Trump's metal levies.",
        {("IN", "US", 70.0)},
    ),
    (
        "respond-in-kind-to-rate",
        "South Africa's trade minister said the country would respond in kind to the 30% "
        "tariff Trump announced last week.",
        {("US", "ZA", 30.0)},
    ),
    (
        "hit-back-at-with",
        "Mexico hit back at the United States with 20% duties on pork and cheese.",
        {("MX", "US", 20.0)},
    ),
    (
        "retal-by-imposing",
        "Japan retaliated against Washington by imposing a 15% levy on oranges.",
        {("JP", "US", 15.0)},
    ),
    (
        "after-clause-answered",
        "After the US doubled its tariff on Canadian aluminium to 50%, Canada answered with a"
        " 25% duty on US appliances.",
        {("CA", "US", 25.0), ("US", "CA", 50.0)},
    ),
    (
        "answer-is-charge",
        "The EU's answer to Trump's car tariffs is a 25% charge on bourbon and motorcycles.",
        {("EU", "US", 25.0)},
    ),
    (
        "will-put-in-response",
        "Tokyo will put a 10% duty on almonds in response to the US tariffs on Japanese steel.",
        {("JP", "US", 10.0)},
    ),
    (
        "vowed-after-slapped",
        "Indonesia vowed countermeasures after Washington slapped a 32% tariff on its exports.",
        {("US", "ID", 32.0)},
    ),
    (
        "matching-us-tariff",
        "Beijing struck back on Friday, matching the new US tariff with a 34% levy on all "
        "American goods.",
        {("CN", "US", 34.0)},
    ),
    (
        "hours-after-retaliated-with",
        "Hours after the US tariffs took effect, Ottawa retaliated with 25% duties on C$30 "
        "billion of goods.",
        {("CA", "US", 25.0)},
    ),
    (
        "in-retal-for-duties-on-its",
        "In retaliation for US duties on its solar panels, China imposed a 25% tariff on soybeans.",
        {("CN", "US", 25.0)},
    ),
    (
        "bloc-retal-apposition",
        "The bloc's retaliatory tariffs of 25% on jeans and whiskey, a response to "
        "Washington's steel duties, took effect on Friday.",
        {("EU", "US", 25.0)},
    ),
    (
        "counter-tariffs-as-rose",
        "Canada's counter-tariffs of 25% on US goods took effect as Washington's levies on "
        "Canadian steel rose to 50%.",
        {("CA", "US", 25.0), ("US", "CA", 50.0)},
    ),
    (
        "responding-to-said-raise",
        "Responding to the US tariffs, India said it would raise duties on apples to 70%.",
        {("IN", "US", 70.0)},
    ),
    (
        "doubled-in-response-move",
        "Turkey doubled tariffs on American cars to 120% in response to Washington's move "
        "against its steel.",
        {("TR", "US", 120.0)},
    ),
    (
        "reaction-to-levy-imposed",
        "China said its new 15% tariff on US coal was a reaction to the 10% levy Washington "
        "imposed on Chinese goods.",
        {("CN", "US", 15.0), ("US", "CN", 10.0)},
    ),
    (
        "government-answered-with",
        "The Mexican government answered the US steel tariffs with duties of up to 25% on "
        "American pork.",
        {("MX", "US", 25.0)},
    ),
    (
        "retaliate-against-eu",
        "Beijing will retaliate against the EU's electric-car duties with a 30% tariff on "
        "European brandy.",
        {("CN", "EU", 30.0)},
    ),
    (
        "warned-respond-any",
        "Brussels warned it would respond to any US tariff on European cars with a 25% levy "
        "on American goods.",
        {("EU", "US", 25.0)},
    ),
    (
        "after-slapped-retaliated",
        "After Beijing slapped 100% duties on Canadian canola oil, Ottawa retaliated with a "
        "10% tariff on Chinese steel.",
        {("CA", "CN", 10.0), ("CN", "CA", 100.0)},
    ),
    (
        "hit-back-at-poss-by",
        "Australia hit back at China's 80% barley tariffs by taking the dispute to the WTO.",
        {("CN", "AU", 80.0)},
    ),
    (
        "drew-response-which",
        "Washington's 25% tariffs on Indian textiles drew a swift response from New Delhi, "
        "which set a 20% duty on US almonds.",
        {("IN", "US", 20.0), ("US", "IN", 25.0)},
    ),
    (
        "not-retaliate-announced-by",
        "Vietnam said it would not retaliate against the 46% tariff announced by Washington.",
        {("US", "VN", 46.0)},
    ),
    pytest.param(
        "us-retal-for-dst",
        "In retaliation for Canada's digital services tax, the US said it would impose 35% on"
        " Canadian goods.",
        {("US", "CA", 35.0)},
        marks=pytest.mark.xfail(
            reason="'impose 35% on Canadian goods' has no tariff word: no rate is read", strict=True
        ),
    ),
    (
        "retaliating-against-poss-rate",
        "Retaliating against Trump's 25% tariffs, Mexico put a 20% duty on US apples.",
        {("MX", "US", 20.0), ("US", "MX", 25.0)},
    ),
    (
        "responded-by-raising-own",
        "The EU responded to Washington's 50% steel tariff by raising its own duty on "
        "American motorcycles to 56%.",
        {("EU", "US", 56.0), ("US", "EU", 50.0)},
    ),
    (
        "ministry-in-response-american",
        "China's commerce ministry said it would impose a 10% tariff on US crude oil in "
        "response to American levies.",
        {("CN", "US", 10.0)},
    ),
    (
        "response-colon",
        "Ottawa's response to Trump's tariffs: a 25% surtax on US orange juice and coffee.",
        {("CA", "US", 25.0)},
    ),
    (
        "retaliation-for-withdrawal",
        "India raised its tariff on US lentils to 40% from 30%, a retaliation for "
        "Washington's withdrawal of trade privileges.",
        {("IN", "US", 40.0)},
    ),
    (
        "hit-by-chose-not",
        "Hit by a 39% US tariff, Switzerland chose not to retaliate.",
        {("US", "CH", 39.0)},
    ),
    (
        "answers-move-to-raise",
        "Beijing said its 84% duty on American goods answers Trump's move to raise tariffs on"
        " Chinese goods to 104%.",
        {("CN", "US", 84.0), ("US", "CN", 104.0)},
    ),
    (
        "retal-against-poss-no-goods",
        "Seoul imposed a 15% tariff on pork in retaliation for Washington's auto duties.",
        {("KR", "US", 15.0)},
    ),
    (
        "in-response-poss-demonym-goods",
        "In response to Beijing's 25% duties on American soybeans, Washington raised its "
        "tariff on Chinese chips to 50%.",
        {("CN", "US", 25.0), ("US", "CN", 50.0)},
    ),
    # After-after: written once the first change had landed, to see whether it
    # carries to wordings it was not written from (9 of 10 right before and after
    # it; the one miss, an opening phrase's "its", was then read).
    (
        "angered-by-its",
        "Angered by Washington's 20% duty on its shrimp, Vietnam raised its tariff on "
        "American apples to 30%.",
        {("US", "VN", 20.0), ("VN", "US", 30.0)},
    ),
    (
        "countermove-to",
        "Beijing's countermove to the US chip tariffs is a 15% levy on American liquefied "
        "natural gas.",
        {("CN", "US", 15.0)},
    ),
    (
        "in-reply-to-poss",
        "In reply to the EU's 35% duties on Chinese EVs, China set a 39% anti-dumping duty on"
        " European brandy.",
        {("CN", "EU", 39.0), ("EU", "CN", 35.0)},
    ),
    (
        "answered-with-after",
        "South Korea answered with a 20% tariff on US beef after Washington doubled its levy "
        "on Korean steel.",
        {("KR", "US", 20.0)},
    ),
    (
        "retaliating-for-its",
        "Retaliating for the US tariff on its aluminum, Bahrain imposed a 10% duty on cars.",
        {("BH", "US", 10.0)},
    ),
    (
        "following-surtax-us",
        "Following Ottawa's surtax on US steel, Washington retaliated by raising its duty on "
        "Canadian lumber to 45%.",
        {("US", "CA", 45.0)},
    ),
    (
        "met-with-matching",
        "Mexico said the 30% tariff Washington announced would be met with a matching levy.",
        {("US", "MX", 30.0)},
    ),
    (
        "riposte-to",
        "In a riposte to Trump's tariffs, Brussels readied 25% duties on soybeans and orange "
        "juice.",
        {("EU", "US", 25.0)},
    ),
    (
        "struck-back-raising",
        "India struck back at the United States on Monday, raising duties on walnuts to 120%.",
        {("IN", "US", 120.0)},
    ),
    (
        "not-answer-with-own",
        "The UK said it would not answer the 10% US tariff with levies of its own.",
        {("US", "GB", 10.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[row_id(c) for c in CASES])
def test_answered_sides(name: str, text: str, expected: set[Key]) -> None:
    assert tariff_keys(text, date(2025, 6, 1)) == expected
