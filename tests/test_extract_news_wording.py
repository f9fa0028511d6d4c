"""Rate facts as trade news words them, beyond the shapes the other tables hold.

Written for this table from the way many outlets phrase tariff news (never
copied from a labelled set): each row is the text, then the whole set of
(imposer, target, new_rate) keys the scorer matches on.
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

Key = tuple[str, str, float]

CASES: list[tuple[str, str, set[Key]]] = [
    # --- a government that reports a rate on a third country's goods levies it
    (
        "speaker-is-the-levier",
        "Ottawa said a 100% surtax on Chinese electric vehicles takes effect Oct. 1.",
        {("CA", "CN", 100.0)},
    ),
    (
        "ministry-speaker-is-the-levier",
        "Canada's finance department said a 100% surtax on Chinese electric vehicles "
        "takes effect Oct. 1.",
        {("CA", "CN", 100.0)},
    ),
    (
        "speaker-who-is-the-target-levies-nothing",
        "Beijing said the 104% tariff on Chinese goods was blackmail.",
        {("US", "CN", 104.0)},
    ),
    # --- retaliation named by its size --------------------------------------
    (
        "countermeasures-of",
        "Norway imposed countermeasures of 20% on American whiskey.",
        {("NO", "US", 20.0)},
    ),
    (
        "countermeasures-without-a-size-are-no-rate",
        "Norway's countermeasures cover 20% of its imports from the United States.",
        set(),
    ),
    # --- an increment whose total the same or next sentence states ------------
    (
        "increment-then-total-next-sentence",
        "Washington put an additional 25% tariff on Indian goods over Russian oil. That "
        "brings the total duty on India to 50%.",
        {("US", "IN", 50.0)},
    ),
    (
        "doubled-with-the-extra-part",
        "The United States has doubled its tariff on Indian goods to 50%, with the extra "
        "25% taking effect on Wednesday.",
        {("US", "IN", 50.0)},
    ),
    (
        "increment-on-one-good-total-on-another-stays",
        "Peru put an extra 10% duty on Chilean wine and raised the duty on Chilean copper to 25%.",
        {("PE", "CL", 10.0), ("PE", "CL", 25.0)},
    ),
    # --- more targets named in the next sentence, with no rate of their own ---
    (
        "also-affected-next-sentence",
        "Mexico's plan raises tariffs on Chinese cars to 50%. Car imports from South "
        "Korea, India and Turkey are also affected.",
        {("MX", "CN", 50.0), ("MX", "KR", 50.0), ("MX", "IN", 50.0), ("MX", "TR", 50.0)},
    ),
    (
        "the-same-rate-next-sentence",
        "Peru will put a 15% duty on Chilean wine. Argentina and Bolivia face the same rate.",
        {("PE", "CL", 15.0), ("PE", "AR", 15.0), ("PE", "BO", 15.0)},
    ),
    (
        "a-next-sentence-with-a-rate-of-its-own-is-read-alone",
        "Peru will put a 15% duty on Chilean wine. Bolivian wine will also face a 5% duty.",
        {("PE", "CL", 15.0), ("PE", "BO", 5.0)},
    ),
    (
        "also-without-a-tariff-before-is-nothing",
        "Stocks fell 3% on the news. Markets in Japan and Korea were also affected.",
        set(),
    ),
    (
        "would-also-hit-next-sentence",
        "Peru plans to raise tariffs on Chilean wine to 40% from 10%. The increase would also "
        "hit wine from Bolivia and Ecuador.",
        {("PE", "CL", 40.0), ("PE", "BO", 40.0), ("PE", "EC", 40.0)},
    ),
    (
        "hit-with-a-bare-rate-after-while",
        "Peru will put a 100% tariff on Chilean wine, while Chilean pork will be hit with 25%.",
        {("PE", "CL", 100.0), ("PE", "CL", 25.0)},
    ),
    # --- the rate replaced is the old rate, not a fact of its own ---------------
    (
        "instead-of-the-current-range",
        "Argentine beef sold to Brazil would carry a 35% duty instead of today's 10% to 12%, "
        "under a draft plan.",
        {("BR", "AR", 35.0)},
    ),
    (
        "instead-of-a-threat-stays-a-fact",
        "Chilean wine will face a 15% Peruvian tariff instead of the 25% Lima had threatened.",
        {("PE", "CL", 15.0), ("PE", "CL", 25.0)},
    ),
    (
        "an-estimate-named-after-the-rate",
        "The tariff rate on Chilean goods rose from 3% in 2018 to about 20% by 2020, according "
        "to one estimate.",
        set(),
    ),
    # --- the other side's own tariffs, their noun left out ----------------------
    (
        "while-the-others-drop-to",
        "Peruvian duties on Chilean goods fall to 30% while Chile's drop to 10%.",
        {("PE", "CL", 30.0), ("CL", "PE", 10.0)},
    ),
    (
        "and-the-capitals-will-fall-to",
        "Lima cut its tariffs on Chilean wine to 30%, and Chile's will fall to 10%.",
        {("PE", "CL", 30.0), ("CL", "PE", 10.0)},
    ),
    # --- rate and tariff word in one --------------------------------------------
    (
        "allowed-in-tariff-free",
        "Chilean aircraft parts will be allowed into Peru tariff-free under the pact.",
        {("PE", "CL", 0.0)},
    ),
    (
        "a-rule-that-let-goods-in-tariff-free-is-no-rate",
        "Mexico set a 15% duty on Korean goods and scrapped the exemption that allowed packages "
        "under $50 to come in tariff-free.",
        {("MX", "KR", 15.0)},
    ),
    (
        "exempt-from-a-countrys-duties",
        "Japanese rice will stay exempt from the new US duties.",
        {("US", "JP", 0.0)},
    ),
    # --- a rate decided earlier and replaced is history of its own ------------
    (
        "down-from-the-rate-announced-in",
        "Vietnam agreed to a 20% tariff on its exports to the US, down from the 46% "
        "announced in April.",
        {("US", "VN", 20.0), ("US", "VN", 46.0)},
    ),
    (
        "to-from-keeps-one-fact",
        "The US cut tariffs on Chinese goods to 30% from 145%.",
        {("US", "CN", 30.0)},
    ),
    # --- a verb that is the tariff word ---------------------------------------
    (
        "taxed-at",
        "Under the order, imports from Japan will be taxed at 24% from August.",
        {("US", "JP", 24.0)},
    ),
    (
        "charge-a-rate-on",
        "The United States will charge 25% on all heavy trucks made abroad from October 1.",
        {("US", "*", 25.0)},
    ),
    (
        "taxed-goods-then-charged-a-rate",
        "Washington taxed Spanish olive oil and charged 25% on Spanish wine, while Madrid "
        "targeted American whiskey.",
        {("US", "ES", 25.0)},
    ),
    (
        "a-fee-charged-is-no-tariff",
        "Banks in Peru charge 12% on loans to Chilean firms, the central bank said.",
        set(),
    ),
    (
        "taxed-at-faces-the-rate-as-a-list",
        "From midnight, imports from Peru and Chile are taxed at 25%, with Chilean copper "
        "subject to 10% import duties.",
        {("US", "PE", 25.0), ("US", "CL", 25.0), ("US", "CL", 10.0)},
    ),
    (
        "percent-spelled-out-before-rate",
        "Peruvian goods face a 25 percent tariff, with copper hit by a lower 10 percent rate.",
        {("US", "PE", 25.0), ("US", "PE", 10.0)},
    ),
    (
        "pays-a-rate-on-goods",
        "Norway pays 15% on most goods it sends to the United States.",
        {("US", "NO", 15.0)},
    ),
    (
        "pay-a-rate-ending-its-clause",
        "Goods from Peru pay 15%, while Chilean copper pays 10%, under the US order.",
        {("US", "PE", 15.0), ("US", "CL", 10.0)},
    ),
    (
        "pay-after-a-named-tariff-takes-its-sides",
        "US tariffs on Peru and Chile are unchanged: goods outside the pact pay 25%, while "
        "copper pays 10%.",
        {("US", "PE", 25.0), ("US", "CL", 25.0), ("US", "PE", 10.0), ("US", "CL", 10.0)},
    ),
    (
        "a-list-whose-first-item-has-the-verb",
        "Chile will be charged 18%, Thailand 36% and Korea 25% under the American schedule.",
        {("US", "CL", 18.0), ("US", "TH", 36.0), ("US", "KR", 25.0)},
    ),
    (
        "face-a-bare-rate",
        "Peruvian carmakers face 15%, down from 27.5%, under the US deal.",
        {("US", "PE", 15.0)},
    ),
    (
        "carry-a-rate-then-a-second",
        "Peruvian goods carry a 20% rate, while goods routed through Peru carry 40%.",
        {("US", "PE", 20.0), ("US", "PE", 40.0)},
    ),
    (
        "facing-inflation-is-no-tariff",
        "Turkey faces 70% inflation while US tariffs on Turkish steel stay.",
        set(),
    ),
    (
        "facing-a-drop-is-no-tariff",
        "Chilean exporters face a 30% drop in orders because of Peruvian tariffs.",
        set(),
    ),
    (
        "tariffed-at",
        "Peruvian exports to the US will be tariffed at 20%.",
        {("US", "PE", 20.0)},
    ),
    (
        "hit-with-a-bare-rate",
        "Peruvian beef was hit with 50% on Wednesday.",
        {("US", "PE", 50.0)},
    ),
    (
        "levied-at",
        "Canadian lumber will be levied at 35% from Friday.",
        {("US", "CA", 35.0)},
    ),
    (
        "a-countrys-rate-moves-to",
        "India's rate goes up to 50% on Aug. 27.",
        {("US", "IN", 50.0)},
    ),
    (
        "a-central-banks-rate-is-no-tariff",
        "The central bank cut China's rate to 3.1% as US tariffs bit.",
        set(),
    ),
    (
        "a-list-of-countries-at-rates",
        "Under the new US order, Laos and Myanmar are at 40%, Switzerland at 39% and Iraq at 35%.",
        {("US", "LA", 40.0), ("US", "MM", 40.0), ("US", "CH", 39.0), ("US", "IQ", 35.0)},
    ),
    (
        "the-highest-rate-in-apposition",
        "Under the US plan, China gets the highest rate, 34%, while the EU is at 20% and Japan "
        "at 24%.",
        {("US", "CN", 34.0), ("US", "EU", 20.0), ("US", "JP", 24.0)},
    ),
    (
        "a-country-gets-a-rate",
        "Under the US order, imports from Japan will be taxed at 24%, while South Korea gets 25%.",
        {("US", "JP", 24.0), ("US", "KR", 25.0)},
    ),
    (
        "a-country-carries-a-rate",
        "Vietnam carries 20%, the White House said.",
        {("US", "VN", 20.0)},
    ),
    (
        "getting-a-share-of-revenue-is-no-tariff",
        "Washington gets 15% of the revenue from chip sales to China.",
        set(),
    ),
    (
        "assigned-and-each-subjected-to",
        "Countries facing the steepest US rates include Syria, assigned 41%, and Laos and "
        "Myanmar, each subjected to 40%.",
        {("US", "SY", 41.0), ("US", "LA", 40.0), ("US", "MM", 40.0)},
    ),
    (
        "at-the-lowest-rate-on-the-list",
        "South Africa and Algeria will face US tariffs of 30%, while Brazil and the UK are at the "
        "lowest rate on the list, 10%.",
        {
            ("US", "ZA", 30.0),
            ("US", "DZ", 30.0),
            ("US", "BR", 10.0),
            ("US", "GB", 10.0),
        },
    ),
    (
        "every-trading-partner-is-everyone",
        "The US will charge 10% on every trading partner from April 5.",
        {("US", "*", 10.0)},
    ),
    (
        "face-a-rate-each",
        "Cambodia and Thailand face 19% each after their deals with Washington.",
        {("US", "KH", 19.0), ("US", "TH", 19.0)},
    ),
    (
        "a-growth-figure-after-facing-tariffs-is-no-rate",
        "China's economy grew 5.2% last quarter as exporters faced US tariffs.",
        set(),
    ),
    (
        "a-consumption-tax-is-no-tariff",
        "Japanese households pay 10% consumption tax, while US tariffs on Japan stay.",
        set(),
    ),
    (
        "it-was-a-rate-before",
        "The US tariff on Peruvian goods is now 50%. It was 25% until Wednesday.",
        {("US", "PE", 50.0), ("US", "PE", 25.0)},
    ),
    (
        "it-was-a-share-is-no-rate",
        "US tariffs on Peru bite. It was 3% of output in 2024.",
        set(),
    ),
    (
        "people-paying-more-is-no-tariff",
        "American consumers will pay 10% more for Chilean wine, economists say.",
        set(),
    ),
    (
        "savers-paying-a-rate-is-no-tariff",
        "Canadian savers pay 5%, while US tariffs on Canadian steel stay.",
        set(),
    ),
    (
        "an-extra-rate-on-top-of-earlier-duties",
        "Chinese goods face an extra 20%, on top of earlier duties.",
        {("US", "CN", 20.0)},
    ),
    (
        "pays-interest-is-no-tariff",
        "Peru pays 6% on its dollar bonds, while Chile faces US tariffs.",
        set(),
    ),
    (
        "apply-to-goods",
        "Lima said duties of up to 30% will apply to Chilean wine.",
        {("PE", "CL", 30.0)},
    ),
    (
        "an-agency-by-its-name",
        "DG Trade proposed a 25% levy on US motorcycles.",
        {("EU", "US", 25.0)},
    ),
    # --- words between the subject and its verb ---------------------------------
    (
        "apposition-before-pays",
        "Britain, the first country to strike a deal, pays 10% on most goods sent to the US.",
        {("US", "GB", 10.0)},
    ),
    (
        "relative-clause-before-see-its-tariff",
        "South Korea, which agreed to invest $350 billion, will see its tariff drop to 15%.",
        {("US", "KR", 15.0)},
    ),
    (
        "goods-apposition-before-face",
        "Some Chilean products, mostly wine and fruit, face 25 per cent Peruvian tariffs.",
        {("PE", "CL", 25.0)},
    ),
    # --- "the rate" of the tariff told before -----------------------------------
    (
        "the-rate-will-climb-to",
        "Washington put tariffs on Chinese electric vehicles in May. The rate will climb to "
        "100% in August.",
        {("US", "CN", 100.0)},
    ),
    (
        "the-rate-of-inflation-is-no-tariff",
        "Washington put tariffs on Chinese electric vehicles in May. The rate of inflation "
        "rose to 3% in June.",
        set(),
    ),
    # --- a pace or a policy rate is no tariff ------------------------------------
    (
        "grew-despite-tariffs",
        "The US economy grew 2.4% despite tariffs on Chinese goods.",
        set(),
    ),
    (
        "grew-at-an-annual-rate",
        "The US economy grew at a 2.4 per cent annual rate despite tariffs on Chinese goods.",
        set(),
    ),
    (
        "exports-fell-at-a-rate",
        "Chinese exports to the US fell at a 20 percent rate in May as tariffs bit.",
        set(),
    ),
    (
        "a-central-bank-rate",
        "The Bank of Canada held its key rate at a 2.75 percent rate despite US tariffs on "
        "Canadian goods.",
        set(),
    ),
    (
        "tariffs-kept-at-a-rate-stay",
        "Washington kept its tariffs on Chilean wine at 25% despite the talks.",
        {("US", "CL", 25.0)},
    ),
    (
        "a-time-phrase-closes-the-goods",
        "Lima imposed 25% tariffs on steel in 2018 during Ollanta's term.",
        {("PE", "*", 25.0)},
    ),
    # --- a date that opens the sentence is no goods phrase ---------------------
    (
        "on-a-weekday-then-the-subject",
        "On Tuesday the bloc imposed duties of 35 percent on Chinese-made electric cars.",
        {("EU", "CN", 35.0)},
    ),
    (
        "imports-from-a-date",
        "China said it would levy a 34% tariff on all US imports from April 10.",
        {("CN", "US", 34.0)},
    ),
    # --- another partner's rate, for comparison --------------------------------
    (
        "the-rate-another-side-negotiated",
        "Swiss goods face a 39% tariff from Thursday, far above the 15% the EU negotiated.",
        {("US", "CH", 39.0), ("US", "EU", 15.0)},
    ),
    # --- already read right: kept so they stay so ----------------------------
    (
        "import-tax-word",
        "Beijing answered with a 30 percent import tax on all American products.",
        {("CN", "US", 30.0)},
    ),
    (
        "passive-hit-with",
        "Chinese electric vehicles will be hit with a 100% tariff from August, Washington said.",
        {("US", "CN", 100.0)},
    ),
    (
        "adjective-in-another-languages-english",
        "Emirati aluminum faces a 25% US tariff.",
        {("US", "AE", 25.0)},
    ),
    (
        "anti-dumping-range-takes-the-top",
        "China's commerce ministry set anti-dumping duties of 14.5% to 46.3% on Japanese steel.",
        {("CN", "JP", 46.3)},
    ),
    (
        "apposition-between-subject-and-verb",
        "India, the largest buyer of Russian oil after China, faces a 50% US tariff.",
        {("US", "IN", 50.0)},
    ),
    (
        "two-rates-two-goods",
        "Beijing imposed levies of 15% on US coal and liquefied natural gas and 10% on "
        "crude oil and farm machinery.",
        {("CN", "US", 15.0), ("CN", "US", 10.0)},
    ),
    # --- distractors ---------------------------------------------------------
    (
        "price-move",
        "Coffee prices are up 14.5 percent from a year ago after the tariffs on Brazil.",
        set(),
    ),
    (
        "interest-rate",
        "The central bank kept its interest rate at 4.25% despite the tariff threat.",
        set(),
    ),
    ("poll", "A poll showed 58% of Canadians back counter-tariffs on US goods.", set()),
    ("port-fee", "China will levy port fees of $50 per net ton on US-owned ships.", set()),
]


# Headlines are read with their body; the body here adds no rate of its own.
HEADLINES: list[tuple[str, str, str, set[Key]]] = [
    (
        "headline-comma-list-ends-at-its-date",
        "Trump to impose 30% tariffs on Peru, Chile from August 1",
        "The letters were posted on Saturday.",
        {("US", "PE", 30.0), ("US", "CL", 30.0)},
    ),
    (
        "the-side-that-agrees-a-rate-faces-it",
        "Peru agrees 15% tariff deal with US",
        "Officials in Lima hailed the accord.",
        {("US", "PE", 15.0)},
    ),
]


@pytest.mark.parametrize(
    ("name", "title", "text", "expected"), HEADLINES, ids=[c[0] for c in HEADLINES]
)
def test_news_headlines(name: str, title: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, title=title, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_news_wording(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


# (text, key, status, current): how news words a tariff's state.
STATES: list[tuple[str, str, tuple[str, str, float], str, bool]] = [
    (
        "replaced-later-in-the-sentence",
        "Washington put a 25% tariff on Peruvian goods in March, which it later raised to 35%.",
        ("US", "PE", 25.0),
        "in_effect",
        False,
    ),
    (
        "the-replacement-is-current",
        "Washington put a 25% tariff on Peruvian goods in March, which it later raised to 35%.",
        ("US", "PE", 35.0),
        "in_effect",
        True,
    ),
    (
        "countermeasures-shelved",
        "Norway shelved its 25% countermeasures on US goods for 90 days.",
        ("NO", "US", 25.0),
        "paused",
        True,
    ),
    (
        "a-threat-that-never-took-effect",
        "The planned 25% levy on Peruvian goods never took effect.",
        ("US", "PE", 25.0),
        "threatened",
        False,
    ),
    (
        "a-later-start-is-no-threat-undone",
        "The new 20% duties on Peruvian goods won't go into effect until Aug. 7.",
        ("US", "PE", 20.0),
        "announced",
        True,
    ),
    (
        "under-discussion",
        "Officials said a 20% tariff on Peruvian goods was under discussion.",
        ("US", "PE", 20.0),
        "threatened",
        True,
    ),
    (
        "it-was-is-history",
        "The US tariff on Peruvian goods is now 50%. It was 25% until Wednesday.",
        ("US", "PE", 25.0),
        "in_effect",
        False,
    ),
    (
        "speaker-after-the-rate",
        "The 25% levy on Chilean pork takes effect next week, Lima said.",
        ("PE", "CL", 25.0),
        "announced",
        True,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "key", "status", "current"), STATES, ids=[c[0] for c in STATES]
)
def test_news_states(
    name: str, text: str, key: tuple[str, str, float], status: str, current: bool
) -> None:
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    got = {(f.imposer, f.target, f.new_rate): (f.status, f.current) for f in facts}
    assert got.get(key) == (status, current)
