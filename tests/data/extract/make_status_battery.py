# ruff: noqa: E501  (one passage a string reads better than wrapped ones)
"""Writes status_battery.jsonl: own-words passages on a tariff fact's status,
`current` and old rate (the modality and tense of the governing verb, a start
date before or after the published day, deal terms, reported speech,
conditionals, history, and where an old rate is read from). Written before the
rules were changed; labelled by docs/facts.md.

    python tests/data/extract/make_status_battery.py
"""

import json
from pathlib import Path

OUT = Path(__file__).parent / "status_battery.jsonl"
CASES: list[dict] = []


def t(imp, tgt, new, old=None, status="announced", current=True, additional=False):
    return {
        "imposer": imp,
        "target": tgt,
        "new_rate": new,
        "old_rate": old,
        "scope": "",
        "all_goods": False,
        "status": status,
        "current": current,
        "additional": additional,
        "effective": None,
        "expires": None,
    }


def n(a, b, status="agreement", current=True):
    return {"parties": sorted([a, b]), "status": status, "current": current}


def case(cid, published, text, *facts, talks=(), batch="before"):
    CASES.append(
        {
            "id": cid,
            "published": published,
            "text": text,
            "tariffs": list(facts),
            "negotiation": list(talks),
            "tags": [batch],
        }
    )


# --- written before the rules were changed ---------------------------------
case(
    "s01",
    "2025-03-10",
    "Under the agreement signed on Monday, Vietnam will cut its tariff on American ethanol to 5% from 10%.",
    t("VN", "US", 5.0, 10.0, "announced"),
    talks=[n("US", "VN")],
)
case(
    "s02",
    "2025-09-15",
    "Indonesia's 18% duty on Thai rice, agreed in last month's accord, will apply from October 1.",
    t("ID", "TH", 18.0, None, "announced"),
    talks=[n("ID", "TH")],
)
case(
    "s03",
    "2025-06-02",
    "Canada said on Sunday it would double its surtax on American steel to 50% from June 9.",
    t("CA", "US", 50.0, 25.0, "announced"),
)
case(
    "s04",
    "2025-06-10",
    "Canada's 50% surtax on American steel took effect on Monday, doubling the earlier rate.",
    t("CA", "US", 50.0, 25.0, "in_effect"),
)
case(
    "s05",
    "2024-10-30",
    "The European Commission's definitive duties of up to 35.3% on Chinese electric cars came into force on Wednesday.",
    t("EU", "CN", 35.3, None, "in_effect"),
)
case(
    "s06",
    "2025-04-01",
    "India warned it would raise duties on American almonds to 40% if Washington went ahead with its steel tariffs.",
    t("IN", "US", 40.0, None, "threatened"),
)
case(
    "s07",
    "2025-05-20",
    "Japan is considering a 20% tariff on Chinese steel, officials told reporters.",
    t("JP", "CN", 20.0, None, "threatened"),
)
case(
    "s08",
    "2025-07-01",
    "Mexico proposed raising its tariffs on cars from China to 50%, from 20% now, in a bill sent to Congress.",
    t("MX", "CN", 50.0, 20.0, "threatened"),
)
case(
    "s09",
    "2025-02-14",
    "South Africa could impose a 30% levy on Brazilian poultry, its trade minister said.",
    t("ZA", "BR", 30.0, None, "threatened"),
)
case(
    "s10",
    "2025-08-20",
    "If no deal is reached by Friday, Washington will slap 50% tariffs on Swiss watches.",
    t("US", "CH", 50.0, None, "threatened"),
)
case(
    "s11",
    "2025-03-03",
    "Ankara had raised its tariff on American cars to 120% in 2018. On Monday, Turkey said it would cut that duty to 60% from April 1.",
    t("TR", "US", 120.0, None, "in_effect", current=False),
    t("TR", "US", 60.0, 120.0, "announced"),
)
case(
    "s12",
    "2025-10-05",
    "The United States raised its tariff on Indian textiles to 50% from 25% in August.",
    t("US", "IN", 50.0, 25.0, "in_effect"),
)
case(
    "s13",
    "2025-01-15",
    "Australia's 6% duty on Korean steel pipes, which had been in place since 2019, was scrapped on Wednesday.",
    t("AU", "KR", 0.0, 6.0, "in_effect"),
)
case(
    "s14",
    "2025-04-08",
    "China will impose an additional 34% tariff on all US goods starting April 10, the finance ministry said.",
    t("CN", "US", 34.0, None, "announced", additional=True),
)
case(
    "s15",
    "2025-04-11",
    "Beijing's extra 34% duties on American goods took effect on Thursday.",
    t("CN", "US", 34.0, None, "in_effect", additional=True),
)
case(
    "s16",
    "2025-07-08",
    "Brazil is set to raise its tariff on imported Chinese solar panels to 25% next month.",
    t("BR", "CN", 25.0, None, "announced"),
)
case(
    "s17",
    "2025-07-08",
    "The new 12% duty on Egyptian fertiliser, due to start on 1 January, was approved by the Indian cabinet.",
    t("IN", "EG", 12.0, None, "announced"),
)
case(
    "s18",
    "2025-11-02",
    "A previous 2.5% US tariff on Japanese cars rose to 15% when the trade deal was implemented in September.",
    t("US", "JP", 15.0, 2.5, "in_effect"),
    talks=[n("JP", "US")],
)
case(
    "s19",
    "2025-05-12",
    "Under the pact, Britain will scrap its 20% tariff on American beef.",
    t("GB", "US", 0.0, 20.0, "announced"),
    talks=[n("GB", "US")],
)
case(
    "s20",
    "2025-03-12",
    "The EU's 25% countermeasures on American motorcycles, suspended since 2023, will return on April 1, the Commission said.",
    t("EU", "US", 25.0, None, "announced"),
)
case(
    "s21",
    "2025-08-01",
    "President Lula said Brazil may retaliate with 50% duties on US goods.",
    t("BR", "US", 50.0, None, "threatened"),
)
case(
    "s22",
    "2025-02-02",
    "Trump threatened on Saturday to hit Colombian imports with a 25% tariff, rising to 50% within a week, unless Bogota accepted deportation flights.",
    t("US", "CO", 25.0, None, "threatened"),
    t("US", "CO", 50.0, 25.0, "threatened"),
)
case(
    "s23",
    "2025-04-15",
    "Canada's 25% counter-tariffs on US cars have been in force since April 9.",
    t("CA", "US", 25.0, None, "in_effect"),
)
case(
    "s24",
    "2025-06-20",
    "Indian steel exporters face a 50% duty in the United States, twice what they paid in March.",
    t("US", "IN", 50.0, 25.0, "in_effect"),
)
case(
    "s25",
    "2025-07-28",
    "Under the framework struck on Sunday, most EU goods will face a 15% US tariff from August 1.",
    t("US", "EU", 15.0, None, "announced"),
    talks=[n("EU", "US")],
)
case(
    "s26",
    "2025-08-08",
    "The 15% US tariff on most EU goods, agreed in July, has applied since Thursday.",
    t("US", "EU", 15.0, None, "in_effect"),
    talks=[n("EU", "US")],
)
case(
    "s27",
    "2025-10-02",
    "Ottawa said it would drop its 25% retaliatory duties on US goods covered by the trade pact from September 1.",
    t("CA", "US", 0.0, 25.0, "in_effect"),
    talks=[n("CA", "US")],
)
case(
    "s28",
    "2025-03-01",
    "Mexico's 15% tariff on Chinese textiles, approved in December, starts on Monday.",
    t("MX", "CN", 15.0, None, "announced"),
)
case(
    "s29",
    "2025-03-04",
    "Mexico's 15% tariff on Chinese textiles started on Monday, raising the duty from 10%.",
    t("MX", "CN", 15.0, 10.0, "in_effect"),
)
case(
    "s30",
    "2025-06-12",
    "Seoul plans to propose a 30% anti-dumping duty on Chinese steel plate, the trade ministry said.",
    t("KR", "CN", 30.0, None, "threatened"),
)
case(
    "s31",
    "2025-05-02",
    "Argentina's government announced on Friday that its import tariff on Chinese phones would fall to 8% from 16% next month.",
    t("AR", "CN", 8.0, 16.0, "announced"),
)
case(
    "s32",
    "2025-10-20",
    "Argentina's tariff on Chinese phones fell to 8% from 16% in June.",
    t("AR", "CN", 8.0, 16.0, "in_effect"),
)
case(
    "s33",
    "2025-04-02",
    "The Philippines said it was ready to cut its duty on US pork to 15% if Washington dropped its threat.",
    t("PH", "US", 15.0, None, "threatened"),
)
case(
    "s34",
    "2025-01-20",
    "Trump said he would impose 25% tariffs on Canada and Mexico on February 1.",
    t("US", "CA", 25.0, None, "announced"),
    t("US", "MX", 25.0, None, "announced"),
)
case(
    "s35",
    "2025-01-21",
    "Trump said Canada and Mexico would face 25% tariffs if they did not stop the flow of fentanyl.",
    t("US", "CA", 25.0, None, "threatened"),
    t("US", "MX", 25.0, None, "threatened"),
)
case(
    "s36",
    "2025-12-01",
    "Washington had lifted its tariff on Vietnamese shrimp to 25% in 2020; the rate has since been cut to 10%.",
    t("US", "VN", 25.0, None, "in_effect", current=False),
    t("US", "VN", 10.0, 25.0, "in_effect"),
)
case(
    "s37",
    "2025-09-10",
    "Officials in New Delhi are weighing a 10% duty on Malaysian palm oil.",
    t("IN", "MY", 10.0, None, "threatened"),
)
case(
    "s38",
    "2025-07-15",
    "The 20% tariff on Vietnamese goods that Trump announced this month is due to start on August 1.",
    t("US", "VN", 20.0, None, "announced"),
)
case(
    "s39",
    "2025-08-12",
    "Vietnamese goods now pay a 20% tariff in the United States, up from 10% in July.",
    t("US", "VN", 20.0, 10.0, "in_effect"),
)
case(
    "s40",
    "2025-04-03",
    "Cambodia's exports to the United States will face a 49% reciprocal tariff from April 9.",
    t("US", "KH", 49.0, None, "announced"),
)
case(
    "s41",
    "2025-06-06",
    "Norway raised its duty on Chilean salmon fillets by 5 percentage points to 12% this week.",
    t("NO", "CL", 12.0, 7.0, "in_effect"),
)
case(
    "s42",
    "2025-05-05",
    "Beijing tripled its tariff on Canadian canola oil to 75%.",
    t("CN", "CA", 75.0, 25.0, "in_effect"),
)
case(
    "s43",
    "2025-04-25",
    "The EU would impose a 50% tariff on American bourbon unless talks succeed, officials warned.",
    t("EU", "US", 50.0, None, "threatened"),
    talks=[n("EU", "US", "ongoing")],
)
case(
    "s44",
    "2025-08-14",
    "Under the terms agreed in Geneva, the US tariff on Chinese goods was cut to 30% from 145% in May.",
    t("US", "CN", 30.0, 145.0, "in_effect"),
    talks=[n("CN", "US")],
)
case(
    "s45",
    "2025-05-12",
    "Washington will lower its tariffs on Chinese imports to 30% from 145% under the deal, effective May 14, a joint statement said.",
    t("US", "CN", 30.0, 145.0, "announced"),
    talks=[n("CN", "US")],
)
case(
    "s46",
    "2025-04-09",
    "The White House said the 104% tariff on Chinese goods took effect at midnight.",
    t("US", "CN", 104.0, None, "in_effect"),
)
case(
    "s47",
    "2025-07-07",
    "Trump said in a letter that Japanese goods would be hit with a 25% tariff starting August 1.",
    t("US", "JP", 25.0, None, "announced"),
)
case(
    "s48",
    "2025-07-10",
    "Malaysia risks a 25% US tariff from August 1 unless it reaches a deal.",
    t("US", "MY", 25.0, None, "threatened"),
)
case(
    "s49",
    "2025-09-05",
    "Seoul's finance ministry said on Friday that President Lee had signed the decree cutting the tariff on American almonds to 0% from 8%, with the change to apply from next month.",
    t("KR", "US", 0.0, 8.0, "announced"),
)
case(
    "s50",
    "2025-11-14",
    "The US government signed an order on Thursday scrapping the 10% levy on Argentine beef, and shipments cleared customs duty-free the same day, officials said.",
    t("US", "AR", 0.0, 10.0, "in_effect"),
)
case(
    "s51",
    "2025-06-18",
    "Lawmakers in Ankara approved a bill on Tuesday that raises the duty on Chinese electric vehicles to 40%, taking effect on July 1 once it is published in the official gazette.",
    t("TR", "CN", 40.0, None, "announced"),
)
case(
    "s52",
    "2025-03-10",
    "After Washington put 25% tariffs on Canadian steel last year, Ottawa answered with its own 25% duty on American steel, and it now says it will add a further 10% on US aluminium next month.",
    t("US", "CA", 25.0, None, "in_effect"),
    t("CA", "US", 25.0, None, "in_effect"),
    t("CA", "US", 10.0, None, "announced", additional=True),
)
case(
    "s53",
    "2025-07-20",
    "Under the deal announced on Saturday, Thai exporters will pay a 19% US duty, while American farm goods will enter Thailand tariff-free, though officials said some details may still change.",
    t("US", "TH", 19.0, None, "announced"),
    t("TH", "US", 0.0, None, "announced"),
    talks=[n("TH", "US")],
)
case(
    "s54",
    "2025-04-22",
    "Trump's measures include a 30% levy on all South African goods, rising to 45% at the start of June, officials said.",
    t("US", "ZA", 30.0, None, "announced"),
    t("US", "ZA", 45.0, 30.0, "announced"),
)
case(
    "s55",
    "2025-10-10",
    "Chile's 12% safeguard duty on Chinese steel bars, imposed provisionally in April, was made definitive on Thursday and will stay at that level until 2027.",
    t("CL", "CN", 12.0, None, "in_effect"),
)
case(
    "s56",
    "2025-02-25",
    "Beijing's retaliatory 15% tariff on American coal and liquefied natural gas, announced earlier this month, went into effect on Feb. 10.",
    t("CN", "US", 15.0, None, "in_effect"),
)
case(
    "s57",
    "2025-08-29",
    "Swiss watchmakers, who were paying a 10% duty in the spring, now face 39% after Washington raised the rate on August 7.",
    t("US", "CH", 39.0, 10.0, "in_effect"),
    t("US", "CH", 10.0, None, "in_effect", current=False),
)
case(
    "s58",
    "2025-05-30",
    "Brussels said it would hit American whiskey with a 50% duty from June 1 if the two sides fail to agree by then.",
    t("EU", "US", 50.0, None, "threatened"),
)
case(
    "s59",
    "2025-01-30",
    "Colombia's president told his trade minister to raise tariffs on US imports to 25%.",
    t("CO", "US", 25.0, None, "announced"),
)
case(
    "s60",
    "2025-09-19",
    "The tariff on Indian shrimp had been 10% until August, when the United States increased it to 50%.",
    t("US", "IN", 10.0, None, "in_effect", current=False),
    t("US", "IN", 50.0, 10.0, "in_effect"),
)
# --- written after the first fix, before the second: whole clauses around a rate
case(
    "s61",
    "2025-05-14",
    "After Washington put 30% tariffs on Chinese goods, Beijing said it will keep its own 10% levy on American products unchanged.",
    t("US", "CN", 30.0, None, "in_effect"),
    t("CN", "US", 10.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s62",
    "2025-03-06",
    "When Canada raised its duty on US dairy to 250%, American farmers asked the White House to respond.",
    t("CA", "US", 250.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s63",
    "2025-09-22",
    "While Seoul cut its tariff on American beef to 10%, Tokyo is still weighing whether to follow.",
    t("KR", "US", 10.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s64",
    "2025-04-14",
    "As the EU's 25% tariffs on US steel took effect, Washington threatened to hit European wine with 200% duties.",
    t("EU", "US", 25.0, None, "in_effect"),
    t("US", "EU", 200.0, None, "threatened"),
    batch="clauses",
)
case(
    "s65",
    "2025-06-30",
    "India will lower its duty on US motorcycles to 30% from 50%, and officials said further cuts could follow.",
    t("IN", "US", 30.0, 50.0, "announced"),
    batch="clauses",
)
case(
    "s66",
    "2025-08-02",
    "Washington set a 20% tariff on Taiwanese goods, and Taipei may seek a lower rate in talks.",
    t("US", "TW", 20.0, None, "in_effect"),
    talks=[n("TW", "US", "ongoing")],
    batch="clauses",
)
case(
    "s67",
    "2025-07-25",
    "Once the 15% tariff on Korean cars takes effect next month, Hyundai expects profits to fall.",
    t("US", "KR", 15.0, None, "announced"),
    batch="clauses",
)
case(
    "s68",
    "2025-02-12",
    "Because Mexico had imposed a 20% duty on Chinese shoes in 2023, exporters shifted production to Vietnam.",
    t("MX", "CN", 20.0, None, "in_effect", current=False),
    batch="clauses",
)
case(
    "s69",
    "2025-10-15",
    "Beijing imposed a 15% tariff on US soybeans in March, and could raise it further if talks fail.",
    t("CN", "US", 15.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s70",
    "2025-06-04",
    "Following the US decision to raise steel duties to 50%, Brussels said it would prepare countermeasures.",
    t("US", "*", 50.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s71",
    "2025-01-09",
    "The Indonesian government, which raised its tariff on Chinese ceramics to 40% last year, is now considering a similar step on textiles.",
    t("ID", "CN", 40.0, None, "in_effect"),
    batch="clauses",
)
case(
    "s72",
    "2025-11-03",
    "Until Thailand lifts its 30% duty on American pork, Washington will keep its 19% tariff on Thai goods.",
    t("TH", "US", 30.0, None, "in_effect"),
    t("US", "TH", 19.0, None, "in_effect"),
    batch="clauses",
)
# --- written after the second fix, before the third: speech, deals, relative clauses
case(
    "s73",
    "2025-07-23",
    "Japan agreed to a 15% tariff on its exports to the US, Trump said, adding that Tokyo would invest $550 billion.",
    t("US", "JP", 15.0, None, "announced"),
    talks=[n("JP", "US")],
    batch="speech",
)
case(
    "s74",
    "2025-05-09",
    "Britain's 19% tariff on US ethanol will be removed under the deal struck on Thursday, officials said.",
    t("GB", "US", 0.0, 19.0, "announced"),
    talks=[n("GB", "US")],
    batch="speech",
)
case(
    "s75",
    "2025-10-31",
    "China said it would suspend its 24% additional tariff on US goods for another year, keeping a 10% levy in place.",
    t("CN", "US", 24.0, None, "paused", additional=True),
    t("CN", "US", 10.0, None, "in_effect"),
    batch="speech",
)
case(
    "s76",
    "2025-04-04",
    "Beijing announced it would impose a 34% tariff on all US goods from April 10.",
    t("CN", "US", 34.0, None, "announced"),
    batch="speech",
)
case(
    "s77",
    "2025-04-04",
    "Beijing vowed it would hit back with a 34% tariff on all US goods.",
    t("CN", "US", 34.0, None, "threatened"),
    batch="speech",
)
case(
    "s78",
    "2025-08-06",
    "New Delhi said on Wednesday that the extra 25% US duty on Indian goods, which takes effect in 21 days, was unfair.",
    t("US", "IN", 25.0, None, "announced", additional=True),
    batch="speech",
)
case(
    "s79",
    "2025-03-04",
    "Canadian officials said the 25% counter-tariffs on US goods had taken effect at 12:01 a.m.",
    t("CA", "US", 25.0, None, "in_effect"),
    batch="speech",
)
case(
    "s80",
    "2025-02-20",
    "The 10% tariff on Chinese goods that took effect this month has already cut imports, customs data showed.",
    t("US", "CN", 10.0, None, "in_effect"),
    batch="speech",
)
case(
    "s81",
    "2025-06-16",
    "Under a deal reached last year, Australia cut its tariff on British cars to zero.",
    t("AU", "GB", 0.0, None, "in_effect"),
    talks=[n("AU", "GB")],
    batch="speech",
)
case(
    "s82",
    "2025-09-30",
    "Ottawa would drop its 100% surtax on Chinese electric vehicles if Beijing lifted its canola duties, the minister said.",
    t("CA", "CN", 0.0, 100.0, "threatened"),
    batch="speech",
)
case(
    "s83",
    "2025-07-10",
    "Brazil's president said his country would respond with reciprocity to the 50% tariff Trump announced on Wednesday.",
    t("US", "BR", 50.0, None, "announced"),
    batch="speech",
)
case(
    "s84",
    "2025-04-10",
    "The 125% tariff Beijing said it would impose on US goods takes effect on Saturday.",
    t("CN", "US", 125.0, None, "announced"),
    batch="speech",
)
case(
    "s85",
    "2025-03-13",
    "Washington's 25% duties on Canadian steel, in force since Wednesday, drew swift retaliation from Ottawa.",
    t("US", "CA", 25.0, None, "in_effect"),
    batch="speech",
)
case(
    "s86",
    "2025-11-12",
    "The government is due to cut the import duty on Thai sugar to 5% from 20% in January, the Indonesian finance ministry said.",
    t("ID", "TH", 5.0, 20.0, "announced"),
    batch="speech",
)
case(
    "s87",
    "2025-05-05",
    "Officials said the 40% tariff on Vietnamese furniture, which Washington proposed in March, could be finalised next month.",
    t("US", "VN", 40.0, None, "threatened"),
    batch="speech",
)
# --- written before the fourth fix: a hedge in a clause of its own beside the rate's
case(
    "s88",
    "2025-07-16",
    "Under the accord, Indonesian goods will face a 19% US tariff and some other details may still change.",
    t("US", "ID", 19.0, None, "announced"),
    talks=[n("ID", "US")],
    batch="coordination",
)
case(
    "s89",
    "2025-05-02",
    "Peru cut its duty on Chinese steel to 5%, and analysts said Lima could go further.",
    t("PE", "CN", 5.0, None, "in_effect"),
    batch="coordination",
)
case(
    "s90",
    "2025-03-18",
    "The Philippines will keep its 20% duty on US chicken, but officials might revisit it next year.",
    t("PH", "US", 20.0, None, "in_effect"),
    batch="coordination",
)
case(
    "s91",
    "2025-10-08",
    "Egypt raised its tariff on Turkish steel to 25% on Monday, while Ankara warned it could retaliate.",
    t("EG", "TR", 25.0, None, "in_effect"),
    batch="coordination",
)
case(
    "s92",
    "2025-04-03",
    "Washington will impose a 26% tariff on Indian goods from April 9, and New Delhi is considering its response.",
    t("US", "IN", 26.0, None, "announced"),
    batch="coordination",
)
case(
    "s93",
    "2025-08-08",
    "South Africa's exports now face a 30% US tariff, and Pretoria hopes a deal could lower it.",
    t("US", "ZA", 30.0, None, "in_effect"),
    batch="coordination",
)
case(
    "s94",
    "2025-02-04",
    "Beijing imposed a 15% levy on US coal, but Washington may still negotiate.",
    t("CN", "US", 15.0, None, "in_effect"),
    batch="coordination",
)
case(
    "s95",
    "2025-06-26",
    "Vietnam has agreed to drop its 10% tariff on US cars, and Washington could cut its own rate to 20% if talks end well.",
    t("VN", "US", 0.0, 10.0, "announced"),
    t("US", "VN", 20.0, None, "threatened"),
    batch="coordination",
)
# --- written before the fifth fix: a later sentence moves the rate an earlier one named
case(
    "s96",
    "2025-04-08",
    "Colombia charges a 15% duty on imported Ecuadorian rice. The government said on Monday it would raise that duty to 40% next month.",
    t("CO", "EC", 15.0, None, "in_effect"),
    t("CO", "EC", 40.0, 15.0, "announced"),
    batch="anaphora",
)
case(
    "s97",
    "2025-10-01",
    "Kenya will impose a 10% levy on Ugandan sugar from November. The rate is to climb to 20% in 2026, the treasury said.",
    t("KE", "UG", 10.0, None, "announced"),
    t("KE", "UG", 20.0, 10.0, "announced"),
    batch="anaphora",
)
case(
    "s98",
    "2025-06-19",
    "Morocco set a 30% tariff on Turkish textiles in 2021. It cut the tariff to 17% on Tuesday after talks with Ankara.",
    t("MA", "TR", 30.0, None, "in_effect", current=False),
    t("MA", "TR", 17.0, 30.0, "in_effect"),
    talks=[n("MA", "TR", "ongoing")],
    batch="anaphora",
)
case(
    "s99",
    "2025-02-26",
    "Bangladeshi garments face a 12% duty in Canada. Ottawa plans to lower the levy to 6%, officials said.",
    t("CA", "BD", 12.0, None, "in_effect"),
    t("CA", "BD", 6.0, 12.0, "threatened"),
    batch="anaphora",
)
case(
    "s100",
    "2025-09-09",
    "Mexico's 20% tariff on Brazilian chicken has hurt exporters. On Monday the government doubled it to 40%, and Brasilia protested.",
    t("MX", "BR", 20.0, None, "in_effect"),
    t("MX", "BR", 40.0, 20.0, "in_effect"),
    batch="anaphora",
)
case(
    "s101",
    "2025-05-27",
    "Chile's 6% duty on Argentine wheat stays in place. A separate 10% levy on Argentine beef will be cut to 4% in July.",
    t("CL", "AR", 6.0, None, "in_effect"),
    t("CL", "AR", 4.0, 10.0, "announced"),
    batch="anaphora",
)
# --- written before the sixth fix: a plan or threat called off beside a decided rate
case(
    "s102",
    "2025-02-10",
    "Seoul said it would cut its duty on US beef to 20% and drop plans to tax American rice.",
    t("KR", "US", 20.0, None, "announced"),
    batch="called-off",
)
case(
    "s103",
    "2025-06-03",
    "The EU will lower its levy on Japanese cars to 5% and scrap its threat of wider duties.",
    t("EU", "JP", 5.0, None, "announced"),
    batch="called-off",
)
case(
    "s104",
    "2025-09-12",
    "Ottawa cut its surtax on Chinese steel to 15% and shelved plans for a broader levy.",
    t("CA", "CN", 15.0, None, "in_effect"),
    batch="called-off",
)
case(
    "s105",
    "2025-04-20",
    "India dropped plans to raise its duty on US almonds to 50%.",
    t("IN", "US", 50.0, None, "threatened", current=False),
    batch="called-off",
)
# --- written before the seventh fix: "now"/"currently" states, starts already come, orders
case(
    "s106",
    "2025-03-04",
    "Since midnight, Colombian flowers are now taxed at 10% in the United States.",
    t("US", "CO", 10.0, None, "in_effect"),
    batch="now-and-orders",
)
case(
    "s107",
    "2025-08-07",
    "Starting early Thursday, Indian shirts are currently charged a 25% US duty.",
    t("US", "IN", 25.0, None, "in_effect"),
    batch="now-and-orders",
)
case(
    "s108",
    "2025-05-02",
    "Beginning this morning, Chilean copper is subject to a 5% Chinese levy.",
    t("CN", "CL", 5.0, None, "in_effect"),
    batch="now-and-orders",
)
case(
    "s109",
    "2025-06-12",
    "Malaysia's premier ordered customs to press ahead with collecting a 15% duty on Thai rice.",
    t("MY", "TH", 15.0, None, "announced"),
    batch="now-and-orders",
)
case(
    "s110",
    "2025-02-14",
    "Argentina's president told officials to go ahead with raising the tariff on Brazilian shoes to 35%.",
    t("AR", "BR", 35.0, None, "announced"),
    batch="now-and-orders",
)
# --- written before the ninth fix: "threatened to" a non-tariff verb; a levy averted
case(
    "s111",
    "2025-07-28",
    "Canada and Mexico sealed a pact that will see Mexican steel taxed at 5% in Canada, ending a dispute that threatened to spiral into a wider trade war.",
    t("CA", "MX", 5.0, None, "announced"),
    talks=[n("CA", "MX")],
    batch="risk-threats",
)
case(
    "s112",
    "2025-03-20",
    "Korea's 8% tariff on Chinese batteries, a move that threatens to upset Beijing, takes effect on Monday.",
    t("KR", "CN", 8.0, None, "announced"),
    batch="risk-threats",
)
case(
    "s113",
    "2025-05-05",
    "The EU clinched a deal to avoid a blanket US levy of 25 percent on European cars.",
    t("US", "EU", 25.0, None, "threatened", current=False),
    talks=[n("EU", "US")],
    batch="risk-threats",
)
case(
    "s114",
    "2025-06-09",
    "Brazil struck an accord to avert a sweeping Chinese duty of 40% on its beef.",
    t("CN", "BR", 40.0, None, "threatened", current=False),
    talks=[n("BR", "CN")],
    batch="risk-threats",
)
case(
    "s115",
    "2025-04-10",
    "Trump threatened to hit Vietnamese goods with a 46% tariff.",
    t("US", "VN", 46.0, None, "threatened"),
    batch="risk-threats",
)

# --- written before the tenth fix: what a deal does to a rate, and rates it prevents
case(
    "s116",
    "2025-07-23",
    "Japan and the US struck a framework establishing a 15% tariff on Japanese cars.",
    t("US", "JP", 15.0, None, "announced"),
    talks=[n("JP", "US")],
    batch="deal-verbs",
)
case(
    "s117",
    "2025-09-02",
    "The new accord fixing US duties on Swiss watches at 20% was signed on Monday.",
    t("US", "CH", 20.0, None, "announced"),
    talks=[n("CH", "US")],
    batch="deal-verbs",
)
case(
    "s118",
    "2025-05-12",
    "The truce prevents the imposition of a threatened 50% US levy on Chinese chips.",
    t("US", "CN", 50.0, None, "threatened", current=False),
    talks=[n("CN", "US")],
    batch="deal-verbs",
)
case(
    "s119",
    "2025-10-01",
    "Ottawa's concessions forestalled a 35% US tariff on Canadian lumber.",
    t("US", "CA", 35.0, None, "threatened", current=False),
    batch="deal-verbs",
)

# --- written before the eleventh fix: a pause told of one side's measures, a rate of the other's
case(
    "s120",
    "2025-04-10",
    "Brussels put its countermeasures against US steel duties on hold for 90 days. The move follows Washington's imposition of a 25% tariff on European steel.",
    t("US", "EU", 25.0, None, "in_effect"),
    batch="pause-sides",
)
case(
    "s121",
    "2025-08-05",
    "Ottawa suspended its planned retaliation against American goods. The decision came after a deal that capped US duties on Canadian lumber at 10%.",
    t("US", "CA", 10.0, None, "announced"),
    talks=[n("CA", "US")],
    batch="pause-sides",
)
case(
    "s122",
    "2025-03-01",
    "India put off its retaliatory tariffs on US almonds. The duties range from 10% to 20%.",
    t("IN", "US", 20.0, None, "paused"),
    batch="pause-sides",
)
case(
    "s123",
    "2025-06-01",
    "Washington postponed its tariffs on Mexican tomatoes. The duty would have been 21%.",
    t("US", "MX", 21.0, None, "paused"),
    batch="pause-sides",
)

# --- the "after" batch: ten new passages written once the rules had changed
case(
    "a01",
    "2025-10-20",
    "Lawmakers in Lima approved the measure in August; Peru's 18% duty on Chilean fruit begins on November 3.",
    t("PE", "CL", 18.0, None, "announced"),
    batch="after",
)
case(
    "a02",
    "2025-03-15",
    "Jakarta instructed its customs office to start levying a 12% duty on Indian steel coils.",
    t("ID", "IN", 12.0, None, "announced"),
    batch="after",
)
case(
    "a03",
    "2025-06-30",
    "The UAE's 5% duty on Omani cement, shelved since 2022, will be reinstated on July 15.",
    t("AE", "OM", 5.0, None, "announced"),
    batch="after",
)
case(
    "a04",
    "2025-04-18",
    "Nigeria's tariff on Ghanaian cocoa butter stands at 20%, double what it was in 2023.",
    t("NG", "GH", 20.0, 10.0, "in_effect"),
    batch="after",
)
case(
    "a05",
    "2025-09-09",
    "Egypt's 10% levy on Turkish yarn, to rise to 20% in January, has angered Ankara.",
    t("EG", "TR", 10.0, None, "in_effect"),
    t("EG", "TR", 20.0, 10.0, "announced"),
    batch="after",
)
case(
    "a06",
    "2025-11-20",
    "Before Vietnam lowered its tariff on US pork to 10%, American exporters had lobbied hard, and Hanoi may now cut beef duties too.",
    t("VN", "US", 10.0, None, "in_effect"),
    batch="after",
)
case(
    "a07",
    "2025-05-21",
    "Kenyan trade officials said the 25% duty on Tanzanian maize had come into force at dawn.",
    t("KE", "TZ", 25.0, None, "in_effect"),
    batch="after",
)
case(
    "a08",
    "2025-02-27",
    "Serbia charges a 30% tariff on Albanian goods. The government now plans to halve that tariff to 15%.",
    t("RS", "AL", 30.0, None, "in_effect"),
    t("RS", "AL", 15.0, 30.0, "threatened"),
    batch="after",
)
case(
    "a09",
    "2025-08-11",
    "Bangladesh will cut its duty on Indian onions to 5% and abandon its proposal for a seasonal ban.",
    t("BD", "IN", 5.0, None, "announced"),
    batch="after",
)
case(
    "a10",
    "2025-12-02",
    "As Mexico's 35% tariff on Chinese cars took effect, Beijing said it could respond with duties of its own.",
    t("MX", "CN", 35.0, None, "in_effect"),
    batch="after",
)

if __name__ == "__main__":
    OUT.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES), encoding="utf-8"
    )
    print(f"{len(CASES)} cases -> {OUT}")
