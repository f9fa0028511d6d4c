"""Wordings of Asia-Pacific trade news (anti-dumping cases, reciprocal-rate
letters and deals) the rules read wrongly when first met.

Written for this table in our own words (never copied from a labelled set).
Each row: the text, then what it must give, as (imposer, target, new_rate) ->
(scope key, status, current) for tariffs, or (parties, status) -> current for talks.

* A day or a month after "on" is never the goods: "starting on Sunday" names
  when, and the goods the sentence names for the same target ("its duties on
  Thai rice") are the rate's.
* "N years after setting duties of X%" recalls the rate: history, even when
  the sentence's news starts on a day ahead.
* A past participle after the goods ("on Mexican trucks agreed in March")
  ends the goods, and a rate a deal set is decided.
* A threat word that belongs to a later rate ("9%, below the 14% it had
  threatened") is not the earlier rate's status.
* "its exports to Canada": the side the goods go to levies the tariff.
* Talks "on the details of their deal" that have stalled are stalled now;
  the deal named is only what they are about.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractkit import Key, Reading, TalksKey, talks_now, tariff_readings
from tariffwatch.extract import extract
from tariffwatch.model import TariffFact
from tariffwatch.scopes import scope_key

PUB = date(2025, 6, 11)  # a Wednesday

TARIFF_CASES: list[tuple[str, str, dict[Key, Reading]]] = [
    (
        "a-weekday-is-no-goods",
        "India on Monday made its duties on Thai rice permanent, fixing rates of 40% to 95% for "
        "three years starting on Sunday.",
        {("IN", "TH", 95.0): ("rice", "announced", True)},
    ),
    (
        "a-month-is-no-goods",
        "Seoul will keep its levies on Japanese steel plates, with rates of 12% to 27% from "
        "1 July.",
        {("KR", "JP", 27.0): ("plates steel", "announced", True)},
    ),
    (
        "years-after-setting-is-history",
        "Japan will lift its levies on Chilean salmon from Monday, two years after setting "
        "duties as high as 60%.",
        {
            ("JP", "CL", 0.0): ("salmon", "announced", True),
            ("JP", "CL", 60.0): ("salmon", None, False),
        },
    ),
    (
        "months-after-imposing-as-much-as-is-history",
        "Mexico will scrap its tariffs on Peruvian avocados on Friday, eight months after "
        "imposing duties of as much as 35%.",
        {
            ("MX", "PE", 0.0): ("avocados", "announced", True),
            ("MX", "PE", 35.0): ("avocados", None, False),
        },
    ),
    (
        "a-participle-ends-the-goods",
        "The agreement confirms the 12% tariff on Mexican trucks agreed in March.",
        {("US", "MX", 12.0): ("trucks", "announced", True)},
    ),
    (
        "a-later-rates-threat-is-its-own",
        "Ottawa concluded a deal with Lima, with Peruvian goods to pay a 9% tariff, below the "
        "14% it had threatened in May.",
        {
            ("CA", "PE", 9.0): ("all goods", "announced", True),
            ("CA", "PE", 14.0): ("all goods", "threatened", False),
        },
    ),
    (
        "exports-to-a-country-are-taxed-by-it",
        "Ottawa sent a letter telling Peru it would face a 14% tariff on its exports to Canada "
        "from March 1 unless the two sides strike a deal.",
        {("CA", "PE", 14.0): ("all goods", "threatened", True)},
    ),
    (
        "shipments-to-a-country-are-taxed-by-it",
        "Brussels warned Norway that its steel shipments to the EU would face a 20% duty.",
        {("EU", "NO", 20.0): ("steel", "threatened", True)},
    ),
    (
        "pausing-a-case-is-no-pause-of-the-tariff",
        "Peru has agreed to suspend its WTO case against Chile's wine tariffs after Santiago "
        "agreed to review the duties, which reach 60%.",
        {("CL", "PE", 60.0): ("wine", "in_effect", True)},
    ),
    (
        "the-parts-of-a-charge-are-on-its-goods",
        "India will levy duties totalling 45% on Thai rice from Monday. The charge combines an "
        "anti-dumping duty of 40% with a countervailing duty of 5%.",
        {
            ("IN", "TH", 45.0): ("rice", "announced", True),
            ("IN", "TH", 40.0): ("rice", "announced", True),
            ("IN", "TH", 5.0): ("rice", "announced", True),
        },
    ),
    (
        "a-trade-cases-goods-are-its-duties-goods",
        "Chile will drop its WTO case over salmon while Japan reviews its 60% duties within six "
        "months.",
        {("JP", "CL", 60.0): ("salmon", "in_effect", True)},
    ),
    (
        "goods-sold-free-of-duties-are-the-zeros-goods",
        "From today Chilean wine can be sold into Japan free of the anti-dumping duties.",
        {("JP", "CL", 0.0): ("wine", "in_effect", True)},
    ),
    (
        "a-taxed-trading-partner-is-the-target",
        "The 40% tariff, due to take effect on July 3, would make Peru the most heavily taxed "
        "Canadian trading partner in South America.",
        {("CA", "PE", 40.0): ("all goods", "announced", True)},
    ),
    (
        "whose-trading-partner-levies",
        "Canada, America's largest trading partner, faces a 25% tariff.",
        {("US", "CA", 25.0): ("all goods", "in_effect", True)},
    ),
    (
        "a-surtax-on-top-of-its-base-is-the-total",
        "Mexico will charge a 40 percent surtax on Thai steel from Aug. 2. That surtax is "
        "added on top of the current 8 percent import duty already levied on the steel.",
        {("MX", "TH", 48.0): ("steel", "announced", True)},
    ),
    (
        "rates-per-class-of-firm-are-one-at-the-highest",
        "Brussels has set provisional duties on Korean steel: cooperating Korean makers pay 20%, "
        "and non-cooperating exporters 30%.",
        {("EU", "KR", 30.0): ("steel", "in_effect", True)},
    ),
    (
        "a-deal-that-keeps-a-rate-keeps-it-in-force",
        "The pact, first unveiled by Ottawa in March, keeps Canadian duties on Peruvian goods at "
        "12 percent, while Lima will buy more wheat.",
        {("CA", "PE", 12.0): ("all goods", "in_effect", True)},
    ),
    (
        "a-threat-named-for-comparison-is-the-others",
        "Ottawa announced a 30% tariff on goods from Peru, a higher rate than it has threatened "
        "for its other partners.",
        {("CA", "PE", 30.0): ("all goods", "announced", True)},
    ),
    (
        "an-order-putting-a-deal-into-effect-applies-now",
        "Ottawa signed an order cutting tariffs on Korean cars from 25% to 12%, putting into "
        "effect part of the trade deal agreed in May.",
        {("CA", "KR", 12.0): ("autos", "in_effect", True)},
    ),
    (
        "a-pause-of-others-before-but-is-not-this-rates",
        "Ottawa paused higher tariffs for dozens of countries but lifted levies on Peruvian "
        "goods to 45 percent.",
        {("CA", "PE", 45.0): ("all goods", "in_effect", True)},
    ),
    (
        "goods-passing-through-on-their-way-to",
        "Goods that originate in another country and pass through Peru on their way to Canada "
        "would face a 40% rate.",
        {("CA", "PE", 40.0): ("all goods", "threatened", True)},
    ),
    (
        "a-safeguard-guards-against-every-origin",
        "Peru's trade ministry has proposed a 15% safeguard duty on certain steel products to "
        "shield local mills from cheap imports, especially from China.",
        {("PE", "*", 15.0): ("steel", "threatened", True)},
    ),
    (
        "a-cause-named-after-the-rate-is-no-side",
        "Peru has proposed a 15% safeguard duty on steel to shield local mills from a flood of "
        "cheap imports, driven partly by US tariffs.",
        {("PE", "*", 15.0): ("steel", "threatened", True)},
    ),
    (
        "a-deals-terms-after-had-reached-are-news",
        "Ottawa said on Monday it had reached a deal with Lima under which Peruvian goods "
        "entering Canada will pay a 10% tariff, well below the 25% rate set in March.",
        {
            ("CA", "PE", 10.0): ("all goods", "announced", True),
            ("CA", "PE", 25.0): ("all goods", None, False),
        },
    ),
    (
        "hardest-hit-opens-a-list-the-story-levies",
        "Ottawa on Monday announced a 5% tariff on imports from all countries from July 1, with "
        "higher rates for some partners. Peru was among the hardest hit at 30%, while Chile "
        "faces 20%, Colombia 15% and Ecuador 12%.",
        {
            ("CA", "*", 5.0): ("all goods", "announced", True),
            ("CA", "PE", 30.0): ("all goods", "announced", True),
            ("CA", "CL", 20.0): ("all goods", "announced", True),
            ("CA", "CO", 15.0): ("all goods", "announced", True),
            ("CA", "EC", 12.0): ("all goods", "announced", True),
        },
    ),
    (
        "a-list-ending-on-each-goes-on",
        "Higher U.S. tariffs on dozens of economies took effect on Thursday. Goods from Peru now "
        "pay 20%, Chile and Ecuador 15% each, and Colombia 10%, in line with the deals struck "
        "last month.",
        {
            ("US", "PE", 20.0): ("all goods", "in_effect", True),
            ("US", "CL", 15.0): ("all goods", "in_effect", True),
            ("US", "EC", 15.0): ("all goods", "in_effect", True),
            ("US", "CO", 10.0): ("all goods", "in_effect", True),
        },
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), TARIFF_CASES, ids=[c[0] for c in TARIFF_CASES]
)
def test_tariff_wording(name: str, text: str, expected: dict[Key, Reading]) -> None:
    assert tariff_readings(text, PUB, expected) == expected


TALKS_CASES: list[tuple[str, str, dict[TalksKey, bool]]] = [
    (
        "talks-on-a-deals-details-stall",
        "Talks between Chile and Japan on the details of their trade deal have stalled, "
        "officials said.",
        {(("CL", "JP"), "stalled"): True},
    ),
    (
        "negotiations-over-a-pacts-terms-stall",
        "Negotiations between Peru and Canada over the terms of their new pact are deadlocked.",
        {(("CA", "PE"), "stalled"): True},
    ),
    (
        "talks-led-by-both-sides-are-theirs-not-the-venues",
        "Canada and Peru are set to resume trade negotiations next week, with Ottawa and Lima "
        "sending their trade ministers. The two delegations will meet in Chile.",
        {(("CA", "PE"), "resumed"): True},
    ),
    (
        "a-run-of-both-sides-officials-makes-the-pair",
        "Washington and Ottawa will resume talks on Monday, with Treasury Secretary Scott Bessent "
        "and Canadian minister Dominic LeBlanc leading them, in Mexico.",
        {(("CA", "US"), "resumed"): True},
    ),
    (
        "talks-that-continue-in-a-tariff-story-are-its-pairs",
        "The US put a 25% tariff on India. Trade negotiations meant to address the deficit "
        "continue, but India's reluctance to open its dairy market keeps holding up progress.",
        {(("IN", "US"), "ongoing"): True},
    ),
    (
        "talks-that-have-run-for-months-go-on",
        "Peru's trade ministry called the Canadian tariffs unfair. Trade negotiations that have "
        "run for months face hurdles over Peru's reluctance to lower duties on dairy.",
        {(("CA", "PE"), "ongoing"): True},
    ),
    (
        "talks-that-nearly-collapsed-did-not",
        "Talks between Chile and Peru almost broke down on Friday.",
        {},
    ),
    (
        "deals-struck-by-a-list-pair-none-of-its-members",
        "Higher U.S. tariffs on dozens of economies took effect on Thursday. Goods from Peru now "
        "pay 20%, Chile and Ecuador 15% each, and Colombia 10%, in line with the deals struck "
        "last month.",
        {},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), TALKS_CASES, ids=[c[0] for c in TALKS_CASES])
def test_talks_wording(name: str, text: str, expected: dict[TalksKey, bool]) -> None:
    assert talks_now(text, PUB) == expected


def test_one_doubling_verb_serves_its_whole_list_of_goods() -> None:
    """'doubled the tariff on X to 80%, on Y to 50% and on Z to 30%': every item was
    doubled (old rate half the new) and each has its own goods."""
    text = (
        "A decree signed by Peru's president doubled the tariff on American cars to 80 percent, "
        "on whiskey to 50 percent and on tobacco to 30 percent."
    )
    got = {
        (f.new_rate, f.old_rate, scope_key(f.scope, f.all_goods))
        for f in extract(text, published=PUB)
        if isinstance(f, TariffFact)
    }
    assert got == {(80.0, 40.0, "autos"), (50.0, 25.0, "whiskey"), (30.0, 15.0, "tobacco")}
