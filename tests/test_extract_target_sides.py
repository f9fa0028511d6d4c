"""Whose goods a rate taxes, when a sentence names more than one candidate.

Rates are read right far more often than their target: on passages no rule had
seen, a global measure came out on one country it named ("from every nation,
Japan among them"), a country-specific one came out global, and a rate went to
the wrong one of several countries (the maker's, the first shipper's, a
compared country's). Each row is one wording family in words written for this
table (never copied from a labelled set): the text, then the (imposer, target,
new_rate) keys the scorer matches on. The row says the whole answer.
"""

from __future__ import annotations

from datetime import date

import pytest
from _pytest.mark import ParameterSet

from extractkit import Key, row_id, tariff_keys

CASES: list[tuple[str, str, set[Key]] | ParameterSet] = [
    # --- a global measure, and a country named beside it ---------------------
    (
        "global-and-one-country",
        "The White House set a 12% baseline tariff on all trading partners and 38% on Vietnam.",
        {("US", "*", 12.0), ("US", "VN", 38.0)},
    ),
    (
        "global-including-a-country",
        "Washington will levy 20% duties on imports from all countries, including Brazil, "
        "starting next month.",
        {("US", "*", 20.0)},
    ),
    (
        "global-countries-among-them",
        "Washington's new 15% tariff covers goods from every nation, Japan and South Korea "
        "among them.",
        {("US", "*", 15.0)},
    ),
    (
        "global-country-among-them-mid-sentence",
        "Washington's 10% tariff on all trading partners, Australia among them, took effect "
        "on Saturday.",
        {("US", "*", 10.0)},
    ),
    (
        "global-countries-included",
        "Brussels will apply a 25% safeguard duty to steel from all origins, Turkey and India "
        "included.",
        {("EU", "*", 25.0)},
    ),
    (
        "every-origin-except-one",
        "The US imposed 40% tariffs on copper from every origin except Chile.",
        {("US", "*", 40.0)},
    ),
    (
        "all-countries-other-than",
        "Ottawa slapped a 30% surtax on steel from all countries other than the United States.",
        {("CA", "*", 30.0)},
    ),
    (
        "regardless-of-origin",
        "The US will apply a 25% tariff on imported trucks regardless of origin, a blow to Mexico.",
        {("US", "*", 25.0)},
    ),
    (
        "no-matter-where-built-hitting-one-hardest",
        "Trucks will face a 25% US tariff no matter where they are built, hitting Mexican "
        "plants hardest.",
        {("US", "*", 25.0)},
    ),
    (
        "foreign-goods-hitting-one-hardest",
        "The US put a 50% tariff on foreign copper, hitting Chile hardest.",
        {("US", "*", 50.0)},
    ),
    (
        "global-rate-which-hits-one-most",
        "The 30% US tariff on all imported solar panels, which hits Chinese makers the most, "
        "starts in June.",
        {("US", "*", 30.0)},
    ),
    (
        "global-rate-has-hurt-a-country",
        "The 25% tariff on all imported cars has hurt German automakers most.",
        {("US", "*", 25.0)},
    ),
    (
        "global-rate-is-hurting-a-country",
        "A 25% US duty on steel imports from everywhere is hurting South Korean mills.",
        {("US", "*", 25.0)},
    ),
    (
        "global-rate-shuts-a-country-out",
        "A 50% US tariff on steel imports from everywhere has shut Chinese mills out.",
        {("US", "*", 50.0)},
    ),
    (
        "global-clause-then-country-clause",
        "A 10% levy on all imports took effect Saturday, while Indian goods face 26% from "
        "Wednesday.",
        {("US", "*", 10.0), ("US", "IN", 26.0)},
    ),
    (
        "global-with-higher-country-rates",
        "The order sets a global 10% tariff, with higher rates for China at 34% and the EU at 20%.",
        {("US", "*", 10.0), ("US", "CN", 34.0), ("US", "EU", 20.0)},
    ),
    (
        "a-named-country-left-out",
        "Canada and Mexico were left out of the 25% US tariff on steel imports.",
        {("US", "*", 25.0)},
    ),
    (
        "all-nations-except-two",
        "Trump imposed a 25% tariff on steel imported from all nations except Mexico and "
        "Australia.",
        {("US", "*", 25.0)},
    ),
    (
        "almost-all-partners-one-among-them",
        "The US has charged a 10% tariff on almost all trading partners, Korea among them.",
        {("US", "*", 10.0)},
    ),
    (
        "foreign-made-goods-angering-a-country",
        "The US placed a 25% duty on foreign-made steel, a move that angered Japan.",
        {("US", "*", 25.0)},
    ),
    (
        "a-global-sector-rate-battering-one-country",
        "Washington's 25% levy on foreign cars, which took effect in April, has battered "
        "Japanese exporters.",
        {("US", "*", 25.0)},
    ),
    (
        "most-countries-but-two-named-rates",
        "A 10% tariff applies to most countries, but Vietnam faces 46% and Cambodia 49%.",
        {("US", "*", 10.0), ("US", "VN", 46.0), ("US", "KH", 49.0)},
    ),
    (
        "apart-from-one-which-faces-its-own-rate",
        "Apart from China, which faces 145%, most countries pay a 10% US tariff.",
        {("US", "*", 10.0), ("US", "CN", 145.0)},
    ),
    (
        "every-partner-except-one-which-is-hit-harder",
        "Every partner gets the 15% US rate except Brazil, which is hit with 50%.",
        {("US", "*", 15.0), ("US", "BR", 50.0)},
    ),
    (
        "countries-not-named-in-an-order",
        "Countries not named in the US order will pay a 10% duty.",
        {("US", "*", 10.0)},
    ),
    (
        "the-rest-of-the-world",
        "Washington keeps a 30% tariff on Chinese goods and a 10% duty on the rest of the world.",
        {("US", "CN", 30.0), ("US", "*", 10.0)},
    ),
    (
        "all-remaining-partners",
        "Peru got 15%, while all remaining partners face the 20% US rate.",
        {("US", "PE", 15.0), ("US", "*", 20.0)},
    ),
    # --- one of all who pay, and a country that objects ------------------------
    (
        "like-every-other-supplier",
        "Mexico, like every other supplier, now pays the 25% US tariff on steel.",
        {("US", "*", 25.0)},
    ),
    (
        "exporters-like-all-others",
        "European exporters, like all others, now face the 15% US levy on pharmaceuticals.",
        {("US", "*", 15.0)},
    ),
    (
        "a-country-condemns-a-sector-rate",
        "The EU condemned the 50% US tariff on steel imports.",
        {("US", "*", 50.0)},
    ),
    (
        "a-capital-criticises-the-global-baseline",
        "Beijing criticised the 10% global baseline tariff imposed by Washington.",
        {("US", "*", 10.0)},
    ),
    (
        "a-capital-says-a-global-rate-is-unfair",
        "Ottawa said the 50% US duty on foreign steel, which applies to every country, is "
        "unfair to Canada.",
        {("US", "*", 50.0)},
    ),
    (
        "a-country-seeks-an-exemption-from-a-sector-rate",
        "Japan is seeking an exemption from the 25% US tariff on imported autos.",
        {("US", "*", 25.0)},
    ),
    (
        "a-country-responds-to-the-rate-on-its-goods",
        "Tokyo will respond to the 24% tariff that Trump slapped on Japanese goods.",
        {("US", "JP", 24.0)},
    ),
    # --- a country that gets the baseline is its target ------------------------
    (
        "country-got-only-the-baseline",
        "Britain got only the 10% baseline rate under the US order.",
        {("US", "GB", 10.0)},
    ),
    (
        "country-secured-just-the-floor",
        "Australia secured just the 10% minimum US tariff.",
        {("US", "AU", 10.0)},
    ),
    (
        "country-still-pays-only-the-baseline",
        "Singapore still pays only the 10% baseline US levy.",
        {("US", "SG", 10.0)},
    ),
    (
        "the-baseline-now-applies-to-a-country",
        "The 10% baseline now applies to Britain after its deal.",
        {("US", "GB", 10.0)},
    ),
    (
        "a-country-s-exports-face-only-the-baseline",
        "Singapore exports face only the 10% baseline tariff.",
        {("US", "SG", 10.0)},
    ),
    (
        "a-list-that-secured-rates-of",
        "Kenya, Ghana and Nigeria had earlier secured US rates of 15-18%.",
        {("US", "KE", 18.0), ("US", "GH", 18.0), ("US", "NG", 18.0)},
    ),
    (
        "a-list-of-subjects-get-the-baseline",
        "Chile and Peru get the 12% baseline US tariff, and Bolivia gets 15%.",
        {("US", "CL", 12.0), ("US", "PE", 12.0), ("US", "BO", 15.0)},
    ),
    (
        "across-the-board-but-the-best-a-side-could-get",
        "Brussels called the 15% across-the-board US tariff the best deal the EU was able to "
        "secure.",
        {("US", "EU", 15.0)},
    ),
    (
        "the-lowest-rate-a-country-was-able-to-obtain",
        "The 18% US duty is the lowest rate the Philippines was able to obtain.",
        {("US", "PH", 18.0)},
    ),
    (
        "the-sentence-opens-on-the-country",
        "For the UK, the 10% US baseline tariff remains.",
        {("US", "GB", 10.0)},
    ),
    (
        "as-for-a-country-the-universal-rate",
        "As for Chile, the universal 10% US levy still applies.",
        {("US", "CL", 10.0)},
    ),
    (
        "a-country-s-own-baseline-rate",
        "The UK's 10% baseline rate stays in place, US officials said.",
        {("US", "GB", 10.0)},
    ),
    (
        "a-country-s-reciprocal-tariff-is-the-one-it-pays",
        "Indonesia's reciprocal tariff, part of the global package, was cut to 19%.",
        {("US", "ID", 19.0)},
    ),
    (
        "a-country-s-reciprocal-tariff-on-goods-is-its-own",
        "China's 34% reciprocal tariff on US goods took effect on Thursday.",
        {("CN", "US", 34.0)},
    ),
    (
        "a-baseline-on-one-country-s-other-goods",
        "The 10% baseline US tariff on most other Peruvian goods stays in place.",
        {("US", "PE", 10.0)},
    ),
    (
        "a-counter-tariff-on-all-imports-of-a-country-s-goods",
        "Canada will put a 25% counter-tariff on all imports of US goods from Monday.",
        {("CA", "US", 25.0)},
    ),
    (
        "country-among-those-hit",
        "Japan is among the countries hit by the 25% levy on imported cars.",
        {("US", "JP", 25.0)},
    ),
    (
        "the-baseline-applies-to-a-country-s-goods",
        "The 10% baseline US tariff also applies to Australian beef.",
        {("US", "AU", 10.0)},
    ),
    # --- the right country of several: makers, first shippers, reporters -------
    (
        "built-in-a-country-by-another-s-firms",
        "Cars made in Mexico by Japanese automakers will face a 25% US tariff.",
        {("US", "MX", 25.0)},
    ),
    (
        "built-by-two-countries-companies",
        "A 25% US tariff now applies to trucks built in Mexico by American and Japanese companies.",
        {("US", "MX", 25.0)},
    ),
    (
        "exports-made-by-a-third-country-s-firms",
        "Vietnam's exports, many of them made by South Korean firms such as Samsung, face a "
        "46% US tariff.",
        {("US", "VN", 46.0)},
    ),
    (
        "assembled-by-foreign-owned-firms",
        "Vietnamese goods, many assembled by Chinese-owned firms, face a 46% US tariff.",
        {("US", "VN", 46.0)},
    ),
    (
        "factories-owned-by-a-third-country",
        "Chinese-owned factories in Thailand must now pay the 36% US tariff on Thai goods.",
        {("US", "TH", 36.0)},
    ),
    (
        "made-by-a-joint-venture",
        "The EU set a 21% duty on Chinese-built cars made by BMW's joint venture in Shenyang.",
        {("EU", "CN", 21.0)},
    ),
    (
        "carmaker-of-another-country-complains",
        "The 35% Canadian duty on Chinese-made electric vehicles hits Tesla's Shanghai plant, "
        "the American carmaker said.",
        {("CA", "CN", 35.0)},
    ),
    (
        "transshipped-from-a-third-country",
        "Goods from Vietnam that were transshipped from China will face a 40% US tariff.",
        {("US", "VN", 40.0)},
    ),
    (
        "rerouted-from-a-third-country",
        "Thai exports re-routed from China will pay a 40% US tariff.",
        {("US", "TH", 40.0)},
    ),
    (
        "goods-from-a-country-transshipped",
        "US officials put a 40% tariff on goods from Cambodia that were transshipped from China.",
        {("US", "KH", 40.0)},
    ),
    (
        "a-reporting-country-is-no-side",
        "Japan's trade ministry said the US 25% tariff on Korean cars would weigh on Asian "
        "suppliers.",
        {("US", "KR", 25.0)},
    ),
    (
        "a-commenting-country-is-no-side",
        "China's commerce ministry criticised the 50% tariff Washington put on Indian goods.",
        {("US", "IN", 50.0)},
    ),
    (
        "countries-named-as-such-as",
        "Mexico raised tariffs to 35% on clothing from Asian countries such as Vietnam and "
        "Bangladesh.",
        {("MX", "VN", 35.0), ("MX", "BD", 35.0)},
    ),
    (
        "any-transshipment-of-the-country-s-goods",
        "Under the pact, the US will charge 20% on all goods from Vietnam and 40% on any "
        "transshipment.",
        {("US", "VN", 20.0), ("US", "VN", 40.0)},
    ),
    (
        "transshipped-through-with-a-third-country-s-content",
        "The US will levy 40% on transshipped goods, notably those with heavy Chinese content "
        "sent through Vietnam.",
        {("US", "VN", 40.0)},
    ),
    (
        "transshipped-via-rerouted-from",
        "Washington set a 40% duty on goods transshipped via Malaysia, aimed at products "
        "rerouted from China.",
        {("US", "MY", 40.0)},
    ),
    (
        "owner-of-the-mills-is-no-side",
        "A 25% US tariff now hits Canadian steel, much of it from US-owned mills.",
        {("US", "CA", 25.0)},
    ),
    (
        "a-copied-country-is-no-side",
        "Mexico, following Washington's lead, will put 50% tariffs on cars from China.",
        {("MX", "CN", 50.0)},
    ),
    (
        "a-copied-country-s-cue-opens-the-sentence",
        "Taking Washington's cue, Ottawa set a 100% surtax on Chinese EVs.",
        {("CA", "CN", 100.0)},
    ),
    # --- a compared country's own figure -----------------------------------------
    (
        "far-above-another-country-s-rate",
        "South Korean officials said the 25% US duty on their cars is far above Japan's 15%.",
        {("US", "KR", 25.0), ("US", "JP", 15.0)},
    ),
    (
        "higher-than-another-country-s-rate",
        "Swiss officials said the 39% US tariff on their exports is far higher than Britain's 10%.",
        {("US", "CH", 39.0), ("US", "GB", 10.0)},
    ),
    (
        "more-than-a-country-with-no-rate",
        "India now faces a 50% US tariff, far more than Pakistan.",
        {("US", "IN", 50.0)},
    ),
    # --- blocs and their members --------------------------------------------------
    (
        "member-s-goods-under-the-bloc-s-deal",
        "The US will charge 15% on German cars under the deal with the EU.",
        {("US", "EU", 15.0)},
    ),
    (
        "member-urges-the-bloc",
        "France wants the EU to impose 25% counter-tariffs on American goods.",
        {("EU", "US", 25.0)},
    ),
    (
        "bloc-members-named",
        "The US set 40% rates for ASEAN members Laos and Myanmar.",
        {("US", "LA", 40.0), ("US", "MM", 40.0)},
    ),
    (
        "member-goods-from-the-bloc",
        "The EU said it would hit back after the US put 20% tariffs on goods from the bloc, "
        "including French wine.",
        {("US", "EU", 20.0)},
    ),
    # --- a rate carried to the next clause's country ---------------------------
    (
        "and-another-got-the-same",
        "The US imposed a 25% tariff on Canadian goods, and Mexico got the same.",
        {("US", "CA", 25.0), ("US", "MX", 25.0)},
    ),
    (
        "as-will-another",
        "Indonesia will face a 32% US tariff, as will Thailand.",
        {("US", "ID", 32.0), ("US", "TH", 32.0)},
    ),
    (
        "another-country-s-goods-too",
        "Vietnamese goods will be taxed at 46% by the US; Cambodian goods too.",
        {("US", "VN", 46.0), ("US", "KH", 46.0)},
    ),
    (
        "and-another-the-same-rate",
        "Brazil will pay 50%, and India the same rate, under the US orders.",
        {("US", "BR", 50.0), ("US", "IN", 50.0)},
    ),
    (
        "another-also-faces-that-rate",
        "The US set a 20% tariff on Vietnam; Cambodia also faces that rate.",
        {("US", "VN", 20.0), ("US", "KH", 20.0)},
    ),
    (
        "another-does-too",
        "Chile faces a 25% US tariff; Peru does too.",
        {("US", "CL", 25.0), ("US", "PE", 25.0)},
    ),
    (
        "the-same-goes-for-another",
        "The US set a 25% tariff on Chilean copper, and the same goes for Peru.",
        {("US", "CL", 25.0), ("US", "PE", 25.0)},
    ),
    (
        "likewise-another",
        "Chile faces a 25% US tariff; likewise Peru.",
        {("US", "CL", 25.0), ("US", "PE", 25.0)},
    ),
    (
        "and-another-an-identical-levy",
        "Chile faces a 25% US tariff, and Peru an identical levy.",
        {("US", "CL", 25.0), ("US", "PE", 25.0)},
    ),
    (
        "the-same-deal-as-is-no-rate",
        "Chile faces a 25% US tariff, and Peru wants the same deal as Mexico.",
        {("US", "CL", 25.0)},
    ),
    (
        "said-the-same-is-no-rate",
        "Chile faces a 25% US tariff, and Peru said the same.",
        {("US", "CL", 25.0)},
    ),
    (
        "the-same-day-is-no-rate",
        "The US put a 20% tariff on Peruvian copper, and Chile announced talks the same day.",
        {("US", "PE", 20.0)},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[row_id(c) for c in CASES])
def test_target_sides(name: str, text: str, expected: set[Key]) -> None:
    assert tariff_keys(text, date(2025, 5, 1)) == expected
