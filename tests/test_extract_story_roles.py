"""Roles a rate sentence takes from its story when it names no country itself.

News lists a move goods by goods ("Handbags now pay 15%, shoes 20%"), with the
countries told a sentence or two before: a country raising its own import duties
(every origin, target "*"), or a retaliation against a named country, whose
provoking tariffs are named in an opening phrase and levy nothing of the move.
A rate's own words may also call it global ("the 10% base tariff"), which no
country of another phrase overrules. Each row is one wording family in words written
for this table (never copied from a labelled set): the text, then the
(imposer, target, new_rate) keys the scorer matches on. A talks clause with a
country of its own as subject names its own sides, none of the clause before.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark import ParameterSet

from extractkit import Key, row_id, tariff_keys
from tariffwatch.extract import extract
from tariffwatch.model import NegotiationFact

CASES: list[tuple[str, str, set[Key]] | ParameterSet] = [
    # --- a country's own import duties, then goods as the subjects ----------
    (
        "own-import-duties-goods-listed-after",
        "Indonesia has raised import duties on over a thousand consumer items to narrow "
        "its trade gap. Levies on perfumes and handbags were tripled to 15%, and ceramic "
        "tiles now pay 10% instead of 7.5%.",
        {("ID", "*", 15.0), ("ID", "*", 10.0)},
    ),
    (
        "own-customs-duties-cut-goods-after",
        "Brazil cut customs duties on dozens of foods this week to tame prices. Coffee "
        "now pays 4% instead of 9%.",
        {("BR", "*", 4.0)},
    ),
    (
        "own-import-tariffs-hiked-dateline",
        "HANOI: Vietnam hiked import tariffs on 40 luxury goods on Monday. Imported yachts "
        "now pay 30% instead of 20%.",
        {("VN", "*", 30.0)},
    ),
    (
        # near miss: the own duties are on one named country's goods
        "own-import-duties-on-one-country-s-goods",
        "Indonesia raised import duties on Chinese textiles on Tuesday. Yarn now pays 15% "
        "instead of 10%.",
        {("ID", "CN", 15.0)},
    ),
    # --- a retaliation: the provoker named in an opening phrase -------------
    (
        "in-retaliation-for-opening-phrase",
        "In retaliation for Canadian lumber duties, the United States raised tariffs on "
        "products from Canada. Newsprint now pays 20% instead of 10%.",
        {("US", "CA", 20.0)},
    ),
    (
        "responding-to-opening-phrase",
        "Responding to Washington's steel duties, Turkey on Monday doubled levies on a range "
        "of American products. Passenger cars now pay 120% instead of 60%.",
        {("TR", "US", 120.0)},
    ),
    (
        "in-response-to-opening-phrase",
        "In response to the EU's new car tariffs, China raised duties on products bought "
        "from the bloc. Brandy now pays 35% instead of 10%.",
        {("CN", "EU", 35.0)},
    ),
    (
        "answering-opening-participle",
        "Answering Washington's metal tariffs, Ottawa put surtaxes on a list of US goods. "
        "Ketchup and whisky now pay 25%, while orange juice pays 10%.",
        {("CA", "US", 25.0), ("CA", "US", 10.0)},
    ),
    (
        # near miss: no provoking phrase, the levier is the marked one
        "levier-marked-without-provocation",
        "US tariffs on Turkish goods rose again on Monday. Turkish steel now pays 50% "
        "instead of 25%.",
        {("US", "TR", 50.0)},
    ),
    (
        # a country a side is ranked after levies nothing
        "ranked-after-a-country-is-no-levier",
        "Thailand hopes to be next after Indonesia to seal a deal, which would lower the 36% "
        "US tariff on Thai goods.",
        {("US", "TH", 36.0)},
    ),
    # --- "the country concerned": each country of the story's last list ------
    (
        "country-concerned-after-a-list-of-probes",
        "Washington opened probes into the digital taxes of France, Italy, Spain and Turkey "
        "last year. For each probe, the trade office has proposed duties of up to 25% on "
        "shipments from the country concerned.",
        {("US", "FR", 25.0), ("US", "IT", 25.0), ("US", "ES", 25.0), ("US", "TR", 25.0)},
    ),
    (
        "each-of-those-countries-levier-of-the-list-sentence",
        "Brussels opened inquiries into steel from Vietnam, Indonesia and Malaysia. It now "
        "plans provisional duties of 18% on imports from each of those countries.",
        {("EU", "VN", 18.0), ("EU", "ID", 18.0), ("EU", "MY", 18.0)},
    ),
    (
        "country-concerned-after-a-pair",
        "Canada named Peru and Chile as sources of dumped rebar. Ottawa set a 12% duty on "
        "rebar from the country concerned.",
        {("CA", "PE", 12.0), ("CA", "CL", 12.0)},
    ),
    (
        # near miss: the rate names its own country; "each country" is another phrase's
        "own-country-beside-each-country",
        "Washington opened probes into France, Italy and Spain. It proposed a 25% duty on "
        "French wine, and will decide on each country by June.",
        {("US", "FR", 25.0)},
    ),
    # --- a rate whose own words call it global ------------------------------
    (
        "base-duty-still-applies-beside-a-country",
        "Mexico hopes for relief. A pause covers the country rates Trump announced for "
        "dozens of partners, but the 10% base duty still applies, and Mexican trucks still "
        "face a 25% levy.",
        {("US", "*", 10.0), ("US", "MX", 25.0)},
    ),
    (
        "base-duty-in-a-story-of-a-pair",
        "Seoul and Washington are still talking. A pause covers the rates Trump set for "
        "dozens of partners, but the 10% base duty stays in force at the US border. Korean "
        "exporters remain nervous.",
        {("US", "*", 10.0)},
    ),
    (
        "worldwide-tariff-beside-a-country",
        "South Korea's carmakers face 25%, while the 10% worldwide tariff still covers the "
        "rest of Seoul's exports.",
        {("US", "KR", 25.0), ("US", "*", 10.0)},
    ),
    (
        "universal-duty-beside-a-country",
        "Indian shrimp faces a 25% US tariff, and the US still collects a universal 10% duty "
        "on everything else.",
        {("US", "IN", 25.0), ("US", "*", 10.0)},
    ),
    (
        # near miss: the global rate's own phrase names one country's goods
        "baseline-tariff-on-one-country-s-goods",
        "The US put the 10% baseline tariff on Chinese goods in February.",
        {("US", "CN", 10.0)},
    ),
    (
        # near miss: a few words between the global rate and the country's goods
        "baseline-tariff-on-most-other-goods-of-one-country",
        "Canada and the US agreed to cut duties on cars to 5%. The 10% baseline tariff on "
        "nearly all remaining Canadian goods stays.",
        {("US", "CA", 5.0), ("US", "CA", 10.0)},
    ),
    (
        # near miss: "on all imports of US goods" is one country's goods
        "on-all-imports-of-one-country-s-goods",
        "Beijing will put an extra 20% levy on all imports of American goods from Monday.",
        {("CN", "US", 20.0)},
    ),
    (
        # near miss: a country that pays the base rate is its target
        "a-country-pays-the-base-tariff",
        "Swiss watchmakers still pay the 10% base tariff, though a pause covers the rates set "
        "for dozens of other partners.",
        {("US", "CH", 10.0)},
    ),
    (
        # near miss: "blanket" is all of one partner's goods, not every partner
        "blanket-tariff-is-one-partner-s",
        "The US is hitting the bloc's exports with a blanket 20% tariff, and the EU is "
        "weighing its answer.",
        {("US", "EU", 20.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[row_id(c) for c in CASES])
def test_story_roles(name: str, text: str, expected: set[Key]) -> None:
    assert tariff_keys(text, date(2025, 5, 1)) == expected


# --- talks: a later clause with a country of its own as subject -------------
# "..., and Peru inked an accord with A, B and C": the list is the signer's, never
# paired with a side of the clause before; "the second nation behind Britain to
# clinch" names Britain to rank, not as a side. Rows give the pairs of talks named.
TALKS_CASES: list[tuple[str, str, set[tuple[str, str]]] | ParameterSet] = [
    (
        "leaders-met-then-one-signed-with-another",
        "Talks between Britain and India stalled on Friday. Earlier this week Modi and "
        "Starmer met, and India inked a trade agreement with Chile.",
        {("GB", "IN"), ("CL", "IN")},
    ),
    (
        "leaders-pledge-then-one-signed-with-a-list",
        "Talks between Britain and India stalled on Friday. Days before, the premiers, "
        "Narendra Modi and Keir Starmer, renewed their hopes for a deal, and India inked a "
        "trade agreement with Chile, Peru and Ecuador.",
        {("GB", "IN"), ("CL", "IN"), ("IN", "PE"), ("EC", "IN")},
    ),
    (
        "pair-talks-then-one-side-s-own-deal",
        "Ottawa and Mexico City held trade talks on Monday, and Mexico also signed a deal "
        "with Peru and Chile.",
        {("CA", "MX"), ("MX", "PE"), ("CL", "MX")},
    ),
    (
        "pair-resumed-then-a-third-country-s-deal",
        "Seoul and Washington resumed trade talks this week, and Japan struck a deal with "
        "Australia.",
        {("KR", "US"), ("AU", "JP")},
    ),
    (
        # near miss: the later clause's country has no talks of its own
        "later-clause-country-without-talks",
        "The EU reached a trade deal with Mexico on Friday, and Brazil welcomed the news.",
        {("EU", "MX")},
    ),
    # --- a country a side is ranked after is no side -----------------------
    (
        "second-behind-a-country-to-clinch-an-accord",
        "Vietnam's trade minister said Hanoi could become the second nation behind Britain "
        "to clinch an accord with Washington.",
        {("US", "VN")},
    ),
    (
        "next-after-a-country-to-seal",
        "Thailand hopes to be next after Indonesia to seal a deal, which would lower the 36% "
        "US tariff on Thai goods.",
        {("TH", "US")},
    ),
    (
        "third-country-after-a-list",
        "Norway expects to be the third country after Japan and the EU to sign a trade deal "
        "with the United States.",
        {("NO", "US")},
    ),
    (
        # near miss: "the first country to sign" ranks no one; "after" is a time
        "first-to-sign-after-an-event",
        "The UK became the first country to sign a deal with the US, after Japan walked away "
        "from talks.",
        {("GB", "US"), ("JP", "US")},
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "expected"), TALKS_CASES, ids=[row_id(c) for c in TALKS_CASES]
)
def test_talks_clause_sides(name: str, text: str, expected: set[tuple[str, str]]) -> None:
    facts = extract(text, published=date(2025, 5, 1))
    assert {f.parties for f in facts if isinstance(f, NegotiationFact)} == expected
