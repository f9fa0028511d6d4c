"""Rate facts as trade news outside the US-China story words them.

Written for this table after reading many real articles on EU, Canadian,
Mexican, Indian, Turkish, Brazilian, South African, Korean, Vietnamese,
Swiss and Australian trade measures, anti-dumping notices and Section 232
proclamations; every sentence is in our own words, never copied. Each row
is the text, then the whole set of (imposer, target, new_rate) keys the
scorer matches on (SPEC.md: ranges and company rates give the highest;
lifted is 0; a rate on imports from everywhere has target '*').
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

Key = tuple[str, str, float]

CASES: list[tuple[str, str, set[Key]]] = [
    # --- anti-subsidy duties with company rates: the highest is the fact ----
    (
        "company-rates-listed",
        "Brussels will charge countervailing duties on battery cars from China for five "
        "years: 17% for the first maker, 18.8% for the second and 35.3% for the third.",
        {("EU", "CN", 35.3)},
    ),
    (
        "provisional-up-to",
        "Ottawa said it would impose provisional duties of up to 27.4% on solar panels "
        "shipped from Vietnam from September.",
        {("CA", "VN", 27.4)},
    ),
    (
        "non-cooperating-producers-rate",
        "Chinese carmakers that did not cooperate with the EU probe will pay a residual "
        "duty of 35.3%.",
        {("EU", "CN", 35.3)},
    ),
    # --- Canada's surtaxes ---------------------------------------------------
    (
        "surtax-on-made-in",
        "Canada will apply a 100% surtax on Chinese-made electric vehicles from Oct. 1.",
        {("CA", "CN", 100.0)},
    ),
    (
        "surtax-produced-in-and-imported",
        "Ottawa added a 25 per cent surtax on steel and aluminum products made in China "
        "and imported into Canada.",
        {("CA", "CN", 25.0)},
    ),
    (
        "surtax-on-top-of-mfn",
        "The 100% surtax on Chinese EVs comes on top of the 6.1% most-favoured-nation "
        "tariff Canada already charges.",
        {("CA", "CN", 106.1)},
    ),
    (
        "counter-tariffs-lifted",
        "Canada will remove its 25% counter-tariffs on most American goods from Sept. 1, "
        "Prime Minister Mark Carney said.",
        {("CA", "US", 0.0)},
    ),
    # --- Mexico's hikes on Asian imports ------------------------------------
    (
        "as-high-as",
        "Mexico plans import taxes as high as 50% on more than 1,400 products from China.",
        {("MX", "CN", 50.0)},
    ),
    (
        "ranging-from-to",
        "Mexico's new duties, ranging from 5% to 50%, will hit goods from China, India and "
        "South Korea from January.",
        {("MX", "CN", 50.0), ("MX", "IN", 50.0), ("MX", "KR", 50.0)},
    ),
    (
        "raise-on-cars-from-china-to",
        "Mexico will lift tariffs on cars from China to 50% from 20%.",
        {("MX", "CN", 50.0)},
    ),
    # --- China on Australia, the EU -----------------------------------------
    (
        "between-and-per-cent",
        "Beijing set anti-dumping duties of between 116.2 per cent and 218.4 per cent on "
        "Australian wine for five years.",
        {("CN", "AU", 218.4)},
    ),
    (
        "ministry-lifts-duties",
        "China's commerce ministry said it would lift anti-dumping and anti-subsidy duties "
        "of 80.5% on Australian barley from Saturday.",
        {("CN", "AU", 0.0)},
    ),
    (
        "pork-duties-range",
        "China set provisional anti-dumping duties of 15.6% to 62.4% on pork from the "
        "European Union, taking effect on Sept. 10.",
        {("CN", "EU", 62.4)},
    ),
    # --- India ----------------------------------------------------------------
    (
        "india-walnuts-120",
        "New Delhi imposed a 120 percent duty on walnuts from the United States.",
        {("IN", "US", 120.0)},
    ),
    (
        "india-apples-added-to-existing",
        "India put an additional 25% customs duty on American apples on top of the "
        "existing 50% levy.",
        {("IN", "US", 75.0)},
    ),
    (
        "india-retaliation-postponed",
        "India again postponed its retaliatory tariffs of up to 50% on US almonds and "
        "apples until November.",
        {("IN", "US", 50.0)},
    ),
    # --- Turkey 2018 -------------------------------------------------------
    (
        "doubled-per-good",
        "Ankara doubled its tariffs on American passenger cars to 120% and on alcoholic "
        "drinks to 140%.",
        {("TR", "US", 120.0), ("TR", "US", 140.0)},
    ),
    (
        "decree-raised-on-us-goods",
        "A decree signed by Erdogan raised duties on US leaf tobacco to 60%.",
        {("TR", "US", 60.0)},
    ),
    # --- safeguards on imports from everywhere --------------------------------
    (
        "out-of-quota-duty",
        "The EU will double its out-of-quota duty on steel imports to 50%.",
        {("EU", "*", 50.0)},
    ),
    (
        "brazil-quota-overflow",
        "Brazil will charge a 25% tariff on steel imports above its quotas for another year.",
        {("BR", "*", 25.0)},
    ),
    (
        "safeguard-from-all-countries",
        "South Africa will levy a 9% safeguard duty on hot-rolled steel from all countries "
        "for 200 days.",
        {("ZA", "*", 9.0)},
    ),
    (
        "global-tariff-232",
        "Trump's proclamation sets a 10% global tariff on softwood lumber from Oct. 14.",
        {("US", "*", 10.0)},
    ),
    (
        "232-will-increase-to",
        "Washington's 25% tariff on imported kitchen cabinets will increase to 50% on Jan. 1.",
        {("US", "*", 25.0), ("US", "*", 50.0)},
    ),
    (
        "copper-fifty",
        "Trump said the United States will impose a 50% tariff on imported copper.",
        {("US", "*", 50.0)},
    ),
    # --- anti-dumping elsewhere ----------------------------------------------
    (
        "sars-provisional-duties",
        "South Africa's revenue service imposed provisional duties of 52.81% on structural "
        "steel from China and 9.12% on the same goods from Thailand.",
        {("ZA", "CN", 52.81), ("ZA", "TH", 9.12)},
    ),
    (
        "vietnam-range-per-country",
        "Vietnam will levy temporary anti-dumping duties of up to 37.13% on galvanised "
        "steel from China and up to 15.67% on that from South Korea.",
        {("VN", "CN", 37.13), ("VN", "KR", 15.67)},
    ),
    (
        "korea-extends",
        "Seoul will keep its 13.17% anti-dumping tariff on Japanese stainless steel plates "
        "for three more years.",
        {("KR", "JP", 13.17)},
    ),
    (
        "korea-trade-commission-proposes",
        "Korea's trade commission asked the finance ministry for anti-dumping tariffs of "
        "up to 33.57% on thick steel plates from Japan and China.",
        {("KR", "JP", 33.57), ("KR", "CN", 33.57)},
    ),
    (
        "indonesia-threatened-ceramics",
        "Jakarta had threatened anti-dumping tariffs of 200% on ceramics from China.",
        {("ID", "CN", 200.0)},
    ),
    # --- the US on partners -----------------------------------------------------
    (
        "swiss-cut-from-to",
        "Washington will cut its tariffs on Swiss goods to 15% from 39% under a framework deal.",
        {("US", "CH", 15.0)},
    ),
    (
        "swiss-from-to-order",
        "The US tariff on goods from Switzerland drops from 39% to 15% on Friday.",
        {("US", "CH", 15.0)},
    ),
    (
        "tranche-raised-2019",
        "The administration raised the levy on $60 billion of Indian goods from 15% to "
        "30% on Monday.",
        {("US", "IN", 30.0)},
    ),
    (
        "list-hiked-next-month",
        "The 25% duties on $250 billion of Chinese imports will rise to 30% on Oct. 1.",
        {("US", "CN", 25.0), ("US", "CN", 30.0)},
    ),
    # --- more shapes from the same reading -----------------------------------
    (
        "korea-on-four-companies",
        "South Korea decided to put anti-dumping tariffs of 21.62% on stainless steel "
        "plates from four Chinese companies.",
        {("KR", "CN", 21.62)},
    ),
    (
        "eu-whiskey-delayed",
        "The EU pushed back its 50% tariff on American whiskey to mid-April.",
        {("EU", "US", 50.0)},
    ),
    (
        "mexico-apples-retaliation",
        "Mexico imposed retaliatory tariffs of 20% on fresh apples from the United States.",
        {("MX", "US", 20.0)},
    ),
    (
        "china-on-34-billion",
        "China rolled out 25% duties on $34 billion of US products, including soybeans.",
        {("CN", "US", 25.0)},
    ),
    (
        "india-gold-to-from-no-partner",
        "India has raised its basic import duty on gold to 12.5 per cent from 7.5 per cent.",
        {("IN", "*", 12.5)},
    ),
    (
        "turkey-range-on-us-goods",
        "Turkey introduced extra duties of 4% to 70% on certain US-origin goods.",
        {("TR", "US", 70.0)},
    ),
    (
        "eu-rebalancing-trio",
        "Bourbon, big motorcycles and denim jeans from the US each carry a 25% EU "
        "rebalancing duty.",
        {("EU", "US", 25.0)},
    ),
    (
        "uk-capped",
        "Wood imports from the United Kingdom will face a Section 232 tariff of no more than 10%.",
        {("US", "GB", 10.0)},
    ),
    # --- distractors: shares, quotas, prices --------------------------------
    (
        "quota-cut-is-no-rate",
        "Brussels will cut tariff-free steel import volumes by 47% to 18.3 million tonnes.",
        set(),
    ),
    (
        "price-jump-is-no-rate",
        "Copper futures jumped 10% after the tariff announcement.",
        set(),
    ),
    (
        "market-share-is-no-rate",
        "Chinese-built cars rose to 25% of the EU electric car market in 2023.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_world_wording(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


# Written after the fixes, one row per shape each fix reads, and its limits.
SHAPES: list[tuple[str, str, set[Key]]] = [
    (
        "company-rates-made-by",
        "The EU duties on Chinese electric cars will be 17% on cars made by one firm, 18.8% "
        "on those from another and 35.3% on vehicles built by SAIC.",
        {("EU", "CN", 35.3)},
    ),
    (
        "company-rates-for-the-rest",
        "Vietnam set duties on Chinese steel of 3.17% for the first mill, 26.4% for the "
        "second and 38.34% for the rest.",
        {("VN", "CN", 38.34)},
    ),
    (
        "colon-list-of-goods-keeps-both",
        "Ottawa set surtaxes on Chinese goods: 100% on electric cars and 25% on steel.",
        {("CA", "CN", 100.0), ("CA", "CN", 25.0)},
    ),
    (
        "probe-owner-levies",
        "Steelmakers from Japan that ignored the Korean trade commission's questions will "
        "pay 33.57%, as will those that shunned the Korea probe.",
        {("KR", "JP", 33.57)},
    ),
    (
        "will-rise-keeps-the-standing-rate",
        "The 10% duty on Peruvian wine will rise to 20% in March.",
        {("US", "PE", 10.0), ("US", "PE", 20.0)},
    ),
    (
        "a-planned-rate-that-will-rise-is-no-standing-rate",
        "The planned 10% duty on Peruvian wine will rise to 20% in March.",
        {("US", "PE", 20.0)},
    ),
    (
        "raising-from-to-names-no-standing-rate",
        "Washington will raise tariffs on Peruvian wine from 10% to 20% in March.",
        {("US", "PE", 20.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SHAPES, ids=[c[0] for c in SHAPES])
def test_world_shapes(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


def test_a_rate_that_will_rise_is_in_force_now() -> None:
    text = "The 25% duties on $250 billion of Chinese imports will rise to 30% on Oct. 1."
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    got = {f.new_rate: (f.status, f.current) for f in facts}
    assert got == {25.0: ("in_effect", True), 30.0: ("announced", True)}


def test_steps_in_time_are_no_company_rates() -> None:
    text = (
        "South Africa's safeguard duty on Chinese steel will be 12% for the first year, "
        "10% for the second and 8% for the third year."
    )
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert {f.new_rate for f in facts} >= {12.0, 10.0}


# A second reading round (UK safeguards, Section 232 trucks, China on Canadian
# farm goods, the US on Brazil, the EU's shelved countermeasures, the US-Japan
# auto deal), written before any fix for it.
CASES_2: list[tuple[str, str, set[Key]]] = [
    (
        "outside-the-quotas-face",
        "Britain said steel imports outside the quotas will face a tariff of 25 percent.",
        {("GB", "*", 25.0)},
    ),
    (
        "proclamation-trucks-and-buses",
        "A Trump proclamation puts a 25% tariff on medium- and heavy-duty trucks and a 10% "
        "tariff on buses from Nov. 1.",
        {("US", "*", 25.0), ("US", "*", 10.0)},
    ),
    (
        "china-two-rates-on-canadian-farm-goods",
        "Beijing will apply a 100 per cent tariff on Canadian rapeseed oil and peas, and a "
        "25 per cent duty on Canadian pork and seafood.",
        {("CN", "CA", 100.0), ("CN", "CA", 25.0)},
    ),
    (
        "china-levy-placed-on-originating-in",
        "A 25% levy will be placed on pork originating in Canada, China's tariff commission said.",
        {("CN", "CA", 25.0)},
    ),
    (
        "brazil-slapped-most-goods",
        "Trump slapped a 50 percent tariff on most Brazilian goods but spared orange juice "
        "and civil aircraft.",
        {("US", "BR", 50.0)},
    ),
    (
        "brazil-extra-on-top-of-existing",
        "Imports from Brazil have carried an extra 40% levy since Aug. 6 on top of the "
        "existing 10% tariff.",
        {("US", "BR", 50.0)},
    ),
    (
        "still-tariffed-at",
        "Brazilian coffee and beef shipped to the US are still tariffed at 40%, Alckmin said.",
        {("US", "BR", 40.0)},
    ),
    (
        "japan-autos-down-from-current",
        "The lower 15% tariffs on Japanese autos, down from the current 27.5%, take effect "
        "seven days after the order is published.",
        {("US", "JP", 15.0), ("US", "JP", 27.5)},
    ),
    (
        "korea-instead-of",
        "Korean cars will face a 15% tariff instead of 25%.",
        {("US", "KR", 15.0)},
    ),
    (
        "half-of-the-announced",
        "Washington will charge 15% on most European products, half of the 30% it had announced.",
        {("US", "EU", 15.0), ("US", "EU", 30.0)},
    ),
    (
        "eu-countermeasures-up-to",
        "The EU's shelved countermeasures included tariffs of up to 30% on American "
        "bourbon, soybeans and aircraft.",
        {("EU", "US", 30.0)},
    ),
    (
        "uk-capped-below-mfn",
        "Tariffs on British wood products will not exceed 10%.",
        {("US", "GB", 10.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES_2, ids=[c[0] for c in CASES_2])
def test_world_wording_2(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


# (text, key, status, current): the state these wordings give a rate.
STATES: list[tuple[str, str, Key, str, bool]] = [
    (
        "countermeasures-put-on-ice",
        "The EU put on ice for six months its 30% countermeasures on US goods.",
        ("EU", "US", 30.0),
        "paused",
        True,
    ),
    (
        "retaliation-postponed-again",
        "India again delayed its 50% retaliatory tariffs on US almonds, this time to November.",
        ("IN", "US", 50.0),
        "paused",
        True,
    ),
    (
        "safeguard-extended",
        "Britain extended its 25% safeguard tariff on steel imports for two more years.",
        ("GB", "*", 25.0),
        "in_effect",
        True,
    ),
    (
        # a duty that ran its term out is gone as if lifted (SPEC: lifted is 0)
        "duties-lapsed",
        "South Africa's provisional 9% safeguard duties on steel lapsed in January.",
        ("ZA", "*", 0.0),
        "in_effect",
        True,
    ),
    (
        "expiry-still-ahead-keeps-the-rate",
        "South Africa's 9% safeguard duty on steel will expire in January.",
        ("ZA", "*", 9.0),
        "in_effect",
        True,
    ),
    (
        "proposal-needs-approval",
        "The Commission proposed a 50% out-of-quota steel tariff that still needs approval "
        "by member states.",
        ("EU", "*", 50.0),
        "threatened",
        True,
    ),
    (
        "was-due-to-take-effect-but-suspended",
        "The EU's 25% tariffs on US goods, which were due to take effect on Aug. 7, have "
        "been suspended.",
        ("EU", "US", 25.0),
        "paused",
        True,
    ),
    (
        "will-take-effect-seven-days-after",
        "Trump signed an order cutting tariffs on Japanese autos to 15%, to take effect "
        "after publication.",
        ("US", "JP", 15.0),
        "announced",
        True,
    ),
    (
        "had-threatened-president",
        "Trump had threatened a 200% tariff on European wine.",
        ("US", "EU", 200.0),
        "threatened",
        False,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "key", "status", "current"), STATES, ids=[c[0] for c in STATES]
)
def test_world_states(name: str, text: str, key: Key, status: str, current: bool) -> None:
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    got = {(f.imposer, f.target, f.new_rate): (f.status, f.current) for f in facts}
    assert got.get(key) == (status, current)


def test_a_pause_that_expires_stays_a_pause() -> None:
    text = "The 90-day pause on the 34% tariff on Chinese goods will expire next week."
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert [(f.new_rate, f.status) for f in facts] == [(34.0, "paused")]


def test_a_lapse_after_a_time_word_is_someone_elses() -> None:
    text = "China kept its 25% tariff on Canadian pork after the truce expired."
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert {(f.imposer, f.target, f.new_rate) for f in facts} == {("CN", "CA", 25.0)}


# A third round, as short stories of two or three sentences (Turkey on Chinese
# cars, the US-Vietnam deal, Canada's steel quotas, Australian trade remedies,
# China on Canadian farm goods), written before any fix for it.
STORIES: list[tuple[str, str, set[Key]]] = [
    (
        "turkey-extra-with-a-floor",
        "Turkey will impose an additional 40% tariff on cars imported from China from "
        "July 7. The duty will be at least $7,000 a vehicle, the trade ministry said.",
        {("TR", "CN", 40.0)},
    ),
    (
        "vietnam-two-tiers-and-zero-back",
        "Trump said Vietnamese goods will pay a 20% tariff, and transshipped goods 40%. In "
        "return, Vietnam will let American products in at zero tariff.",
        {("US", "VN", 20.0), ("US", "VN", 40.0), ("VN", "US", 0.0)},
    ),
    (
        "vietnam-down-from-the-scheduled",
        "The 20% rate on Vietnam is down from the 46% it was due to face in July.",
        {("US", "VN", 20.0), ("US", "VN", 46.0)},
    ),
    (
        "australia-margins-are-no-rates",
        "Australia's anti-dumping commission found dumping margins of 2.7% to 25.7% on "
        "Chinese aluminium extrusions.",
        set(),
    ),
    (
        "china-matches-canada",
        "China hit back at Canada on Saturday. Beijing will put a 100% tariff on Canadian "
        "canola oil and a 25% duty on Canadian pork from March 20. Ottawa's own 100% "
        "surtax on Chinese electric cars took effect in October.",
        {("CN", "CA", 100.0), ("CN", "CA", 25.0), ("CA", "CN", 100.0)},
    ),
    (
        "turkey-raised-from-ten",
        "Ankara had earlier charged a 10% tariff on cars from China; the new duty lifts it to 40%.",
        {("TR", "CN", 10.0), ("TR", "CN", 40.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), STORIES, ids=[c[0] for c in STORIES])
def test_world_stories(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


def test_a_gapped_rate_takes_the_verb_before() -> None:
    text = "Trump said Vietnamese goods will pay a 20% tariff, and transshipped goods 40%."
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert {(f.new_rate, f.status) for f in facts} == {(20.0, "announced"), (40.0, "announced")}


def test_a_rate_that_was_due_and_never_came_is_history() -> None:
    text = "The 20% rate on Vietnam is down from the 46% it was due to face in July."
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert {f.new_rate: f.current for f in facts} == {20.0: True, 46.0: False}


# A fourth round from the same reading, written before any fix for it.
CASES_4: list[tuple[str, str, set[Key]]] = [
    (
        "india-oil-up-from-earlier",
        "India's duty on refined edible oil is now 15%, up from 10% earlier.",
        {("IN", "*", 15.0)},
    ),
    (
        "india-oil-two-goods-from-to",
        "New Delhi raised the duty on crude edible oil from 7.5 per cent to 12.5 per cent "
        "and on refined oil from 15 per cent to 20 per cent.",
        {("IN", "*", 12.5), ("IN", "*", 20.0)},
    ),
    (
        "canada-keeps-some",
        "Canada will drop most of its 25% counter-tariffs on US goods but keep its 25% "
        "levies on American steel, aluminum and autos.",
        {("CA", "US", 0.0), ("CA", "US", 25.0)},
    ),
    (
        # the rate replaced "instead of" is the old rate, no fact of its own
        # (tariffs._drop_replaced keeps the convention the labelled set follows)
        "japan-instead-of-current",
        "Japanese cars will carry a 15% tariff instead of the current 27.5%.",
        {("US", "JP", 15.0)},
    ),
    (
        "korea-down-from",
        "Korea also won a 15% US tariff on its cars, down from 25%.",
        {("US", "KR", 15.0)},
    ),
    (
        "brazil-extra-stays",
        "Brazilian coffee and beef still face the extra 40% US tariff.",
        {("US", "BR", 40.0)},
    ),
    (
        "turkey-steel-doubled-by-us",
        "Washington doubled its tariffs on Turkish steel to 50%.",
        {("US", "TR", 50.0)},
    ),
    (
        "mexico-twenty-on-us-apples-past",
        "Mexico had put 20% duties on US apples in June 2018 in retaliation for the steel tariffs.",
        {("MX", "US", 20.0)},
    ),
    (
        "eu-suspends-countermeasures-on-bourbon",
        "Brussels suspended its 50% tariff on American bourbon for six months.",
        {("EU", "US", 50.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES_4, ids=[c[0] for c in CASES_4])
def test_world_wording_4(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


def test_provisional_duty_as_deposits() -> None:
    text = (
        "Importers of European brandy must lodge deposits of up to 39% with Chinese customs "
        "under Beijing's provisional anti-dumping measures."
    )
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    assert {(f.imposer, f.target, f.new_rate) for f in facts} == {("CN", "EU", 39.0)}


# A fifth round on the state a story gives each rate (status, current).
STATES_5: list[tuple[str, str, Key, str, bool]] = [
    (
        "retaliation-took-effect",
        "India's retaliatory duties on 28 US products, including a 70% tariff on apples, "
        "took effect on Sunday.",
        ("IN", "US", 70.0),
        "in_effect",
        True,
    ),
    (
        "surtax-starting",
        "Canada will impose a 100% surtax on Chinese-made EVs starting Oct. 1.",
        ("CA", "CN", 100.0),
        "announced",
        True,
    ),
    (
        # a removal two years before the article is history
        "lifted-years-ago",
        "China lifted its 80.5% tariffs on Australian barley in August 2023, three years "
        "after imposing them.",
        ("CN", "AU", 0.0),
        "in_effect",
        False,
    ),
    (
        "recommended-not-decided",
        "Korea's trade commission recommended a 33.57% anti-dumping duty on Chinese steel "
        "plates; the finance ministry has yet to decide.",
        ("KR", "CN", 33.57),
        "threatened",
        True,
    ),
    (
        "approved-by-congress",
        "Mexico's Congress approved tariffs of up to 50% on cars from China, which take "
        "effect in January.",
        ("MX", "CN", 50.0),
        "announced",
        True,
    ),
    (
        "floated",
        "Trump floated a 200% tariff on imported drugs, to come after a grace period of a "
        "year or more.",
        ("US", "*", 200.0),
        "threatened",
        True,
    ),
    (
        "first-slapped-in-2018",
        "The EU first slapped a 25% tariff on American whiskey in 2018 and doubled it to "
        "50% in 2021 before suspending it.",
        ("EU", "US", 25.0),
        "in_effect",
        False,
    ),
]


@pytest.mark.parametrize(
    ("name", "text", "key", "status", "current"), STATES_5, ids=[c[0] for c in STATES_5]
)
def test_world_states_5(name: str, text: str, key: Key, status: str, current: bool) -> None:
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    got = {(f.imposer, f.target, f.new_rate): (f.status, f.current) for f in facts}
    assert got.get(key) == (status, current)


@pytest.mark.xfail(reason="'made them definitive at up to 35.3%': a pronoun for the duties")
def test_provisional_duties_made_definitive() -> None:
    text = (
        "Ottawa set provisional duties of up to 27.4% on Vietnamese solar panels in March. "
        "In August it made them definitive at up to 24.9% for five years."
    )
    facts = [f for f in extract(text, published=date(2025, 6, 2)) if isinstance(f, TariffFact)]
    got = {(f.imposer, f.target, f.new_rate): f.current for f in facts}
    assert got == {("CA", "VN", 27.4): False, ("CA", "VN", 24.9): True}


# Provisional anti-dumping duties collected as deposits (China on EU brandy,
# Australian barley and Canadian canola; Canada's and the EU's provisional
# measures), and the ad valorem "N% of the customs value", in our own words after
# reading the notices and the news on them. A deposit is a duty only beside words
# of a trade remedy (dumping, provisional, customs, importers); a bank's deposit
# rate is money. With the brandy row above, 4/11 right before fixing (two bank rows
# gave spurious rates).
DEPOSITS: list[tuple[str, str, set[Key]]] = [
    (
        "security-deposits-from-a-day",
        "Beijing will require importers of Australian barley to pay security deposits of "
        "80.5% from Tuesday.",
        {("CN", "AU", 80.5)},
    ),
    (
        "cash-deposits-with-customs",
        "Under the preliminary ruling, importers of Canadian canola must post cash deposits "
        "of 75.8% with Chinese customs.",
        {("CN", "CA", 75.8)},
    ),
    (
        "a-deposit-rate-set",
        "China's commerce ministry set a deposit rate of 62.4% on Japanese stainless steel in "
        "its anti-dumping probe.",
        {("CN", "JP", 62.4)},
    ),
    (
        "deposits-beside-duties",
        "Brussels ordered provisional anti-dumping duties on Chinese biodiesel, with deposits "
        "of up to 36.4% due at the border.",
        {("EU", "CN", 36.4)},
    ),
    (
        "provisional-deposits-by-a-border-agency",
        "Canada's border agency will collect provisional deposits of 170.7% on Chinese steel wire.",
        {("CA", "CN", 170.7)},
    ),
    (
        "a-banks-deposit-rate-is-money",
        "The central bank kept its deposit rate of 2% after the US tariffs took effect.",
        set(),
    ),
    (
        "savers-deposits-are-money",
        "Savers in Canada moved deposits of 5% of GDP abroad as US tariffs hit.",
        set(),
    ),
    (
        "bank-deposit-rates-cut-are-money",
        "Chinese banks cut deposit rates of 1.5% to 1.3% even as US tariffs bit.",
        set(),
    ),
    (
        "of-the-customs-value-is-a-rate",
        "Mexico levies duties of 35% of the customs value on Chinese shoes.",
        {("MX", "CN", 35.0)},
    ),
    (
        "of-the-value-of-exports-is-a-share",
        "US tariffs now hit 30% of the value of Chinese exports to America.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), DEPOSITS, ids=[c[0] for c in DEPOSITS])
def test_deposits_as_duties(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected


# An escalation schedule told after its first rate: "the rate would go up by 5% each
# month until it reaches 25% on Oct. 1" gives the rate it climbs to (the steps are
# increments, never rates); an abbreviated month after "on" is a date, not goods.
# Written in our own words after reading the 2019 Mexico-migration and phased
# safeguard reports. 1/4 right before fixing.
CLIMBS: list[tuple[str, str, set[Key]]] = [
    (
        "until-it-reaches-on-an-abbreviated-date",
        "Brazil faces a 10% US duty from June 1. The trade office said the levy would "
        "climb by 10% each month until it reaches 40% on Sept. 1.",
        {("US", "BR", 10.0), ("US", "BR", 40.0)},
    ),
    (
        "by-points-until-it-hits",
        "Washington set a 10% duty on Indian steel. The rate will rise by 5 points every "
        "quarter until it hits 25%.",
        {("US", "IN", 10.0), ("US", "IN", 25.0)},
    ),
    (
        "by-a-step-a-year-to-reach",
        "Ottawa imposed a 10% surtax on US steel. The rate will climb by 10% a year to reach "
        "40% in 2028.",
        {("CA", "US", 10.0), ("CA", "US", 40.0)},
    ),
    (
        "a-banks-rate-cut-is-none",
        "Canada's central bank said US tariffs would hurt growth. The rate was cut by 0.25% "
        "until inflation reaches 2%.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CLIMBS, ids=[c[0] for c in CLIMBS])
def test_a_climb_to_a_rate(name: str, text: str, expected: set[Key]) -> None:
    facts = extract(text, published=date(2025, 6, 2))
    got = {(f.imposer, f.target, f.new_rate) for f in facts if isinstance(f, TariffFact)}
    assert got == expected
