# ruff: noqa: E501  (one passage a string reads better than wrapped ones)
"""Generate passages.jsonl beside this file: multi-sentence news passages.

Written in the style of wire copy (several facts, background history, quotes,
market moves and other percentages that are not tariffs) and labelled from
SPEC.md alone, before the extractor was run on them: one tariff fact per
(imposer, target, new_rate), one negotiation fact per (parties, status),
`current: false` for history, `alt_status` only where SPEC's status words
genuinely admit two readings. Same format as /work/shared/extraction/dev.jsonl.
Edit here, then run: python tests/data/extract/make_passages.py
"""

import json
from pathlib import Path

PASSAGES: list[dict] = []


def T(imp, tgt, new, old=None, status="in_effect", current=True, alt=None, additional=False):
    d = {
        "imposer": imp,
        "target": tgt,
        "new_rate": float(new),
        "old_rate": None if old is None else float(old),
        "status": status,
        "current": current,
        "additional": additional,
    }
    if alt:
        d["alt_status"] = alt
    return d


def N(a, b, status, current=True, alt=None):
    d = {"parties": sorted([a, b]), "status": status, "current": current}
    if alt:
        d["alt_status"] = alt
    return d


def P(published, text, *facts, notes=""):
    pid = f"p{len(PASSAGES) + 1:02d}"
    PASSAGES.append(
        {
            "id": pid,
            "published": published,
            "text": text,
            "tariffs": [f for f in facts if "imposer" in f],
            "negotiation": [f for f in facts if "parties" in f],
            "notes": notes,
        }
    )


# --- US-China, 2018-2019 ------------------------------------------------------------
P(
    "2019-05-10",
    'WASHINGTON (Reuters) - The United States raised tariffs on $200 billion worth of Chinese imports to 25% from 10% on Friday, escalating a trade war as negotiators met in Washington for a second day of talks. China\'s Commerce Ministry said it "deeply regrets" the move and would take necessary countermeasures, without giving details. The increase took effect at 12:01 a.m. EDT (0401 GMT). U.S. stocks fell about 1% at the open before recovering. Chinese Vice Premier Liu He, who arrived in Washington on Thursday, said Beijing would not accept any deal that hurt its dignity. The U.S. goods trade deficit with China hit a record $419 billion in 2018.',
    T("US", "CN", 25, 10),
    N("CN", "US", "ongoing"),
)
P(
    "2019-08-02",
    "President Donald Trump said on Thursday he would impose a 10% tariff on the remaining $300 billion of Chinese imports from Sept. 1, escalating the trade war between the world's two largest economies. The announcement came a day after US negotiators returned from talks in Shanghai that both sides described as constructive. Existing 25% tariffs on $250 billion of Chinese goods remain in place. The S&P 500 fell 0.9%, and oil prices slid 7% on fears of slower global growth.",
    T("US", "CN", 10, status="announced", alt="threatened"),
    T("US", "CN", 25),
    N("CN", "US", "ongoing"),
)
P(
    "2018-09-18",
    'The Trump administration said on Monday it will impose a 10% tariff on about $200 billion of Chinese imports starting Sept. 24, with the rate rising to 25% at the start of next year. President Donald Trump also warned that if China retaliates against US farmers, the US will "immediately" pursue tariffs on approximately $267 billion of additional imports. China has already imposed 25% duties on $50 billion of US goods in two rounds this summer, matching earlier US levies. Stock futures rose 0.3% as the initial rate was lower than many investors had feared.',
    T("US", "CN", 10, status="announced"),
    T("US", "CN", 25, status="announced"),
    T("CN", "US", 25),
)
P(
    "2019-05-13",
    "China said on Monday it would raise tariffs on $60 billion of US goods from June 1, with duties of up to 25% on more than 5,000 products, in retaliation for Washington's decision last week to lift levies on $200 billion of Chinese imports to 25% from 10%. The move sent US stocks tumbling, with the Dow Jones Industrial Average falling more than 600 points, or 2.4%. Trump had warned Beijing on Twitter not to retaliate. Trade talks in Washington ended on Friday without a deal, though both sides said they would keep talking.",
    T("CN", "US", 25, status="announced"),
    T("US", "CN", 25, 10),
    N("CN", "US", "collapsed"),
)
P(
    "2019-12-13",
    'The United States and China agreed to a phase one trade deal on Friday that will reduce some US tariffs in exchange for increased Chinese purchases of American farm goods. Under the agreement, Washington will halve the tariff rate on about $120 billion of Chinese goods to 7.5% and suspend a planned 15% levy on $160 billion of goods, including cellphones and laptops, that had been due to take effect on Sunday. Existing 25% tariffs on $250 billion of Chinese imports will remain in place. "We have agreed to a very large Phase One Deal with China," Trump tweeted. Beijing also said it would not go ahead with retaliatory tariffs planned for Dec. 15.',
    N("CN", "US", "agreement"),
    T("US", "CN", 7.5, 15, "announced"),
    T("US", "CN", 15, status="paused"),
    T("US", "CN", 25),
)
P(
    "2019-06-08",
    'The United States and Mexico reached an agreement on migration late Friday, averting the 5% tariff on all Mexican goods that President Donald Trump had threatened to impose from Monday. Trump tweeted that the tariffs were "indefinitely suspended" after three days of talks in Washington. Mexico agreed to deploy its National Guard throughout the country. The peso rallied 2% in early Asian trading. Trump had warned the levy could rise to 25% by October if Mexico failed to act.',
    N("MX", "US", "agreement"),
    T("US", "MX", 5, status="paused", alt="threatened"),
    T("US", "MX", 25, status="threatened", current=False),
)

# --- US-China, 2025 -----------------------------------------------------------------
P(
    "2025-02-04",
    "China announced retaliatory tariffs on US imports on Tuesday, minutes after a 10% additional US levy on all Chinese goods took effect. Beijing said it would impose a 15% tariff on US coal and liquefied natural gas and 10% on crude oil, farm machinery and some autos from Feb. 10. It also launched an antitrust probe into Google. Trump said he was in no rush to speak with Xi. US crude futures fell 2% and the offshore yuan was little changed.",
    T("US", "CN", 10, additional=True),
    T("CN", "US", 15, status="announced"),
    T("CN", "US", 10, status="announced"),
)
P(
    "2025-04-04",
    'China will impose an additional 34% tariff on all imports of US goods from April 10, the finance ministry said on Friday, matching the reciprocal levy announced by Trump this week. Beijing also put 11 American companies on its unreliable entity list and imposed export controls on seven rare earth elements, including samarium and gadolinium. "This practice of the US is not in line with international trade rules," the ministry said. The Hang Seng index fell 1.5% before a holiday, and Wall Street extended its slide, with the Dow down 5.5%.',
    T("CN", "US", 34, status="announced", additional=True),
)
P(
    "2025-04-09",
    'President Donald Trump on Wednesday raised tariffs on Chinese imports to 125%, effective immediately, while announcing a 90-day pause on the higher reciprocal duties for dozens of other countries. The move came hours after Beijing said it would raise its levies on American goods to 84% from 34%, effective Thursday, matching an earlier US increase. "At some point, hopefully in the near future, China will realize that the days of ripping off the U.S.A. are no longer sustainable," Trump wrote on social media. Countries that did not retaliate will face a 10% baseline tariff during the pause. The S&P 500 surged 9.5%, its biggest one-day gain since 2008.',
    T("US", "CN", 125),
    T("CN", "US", 84, 34, "announced"),
    T("US", "*", 10, status="announced", alt="in_effect"),
)
P(
    "2025-04-11",
    'China will raise its tariffs on US goods to 125% from 84% on Saturday, the finance ministry said, hitting back after Washington lifted duties on Chinese imports to 145%. The White House clarified on Thursday that the new 125% reciprocal rate comes on top of a 20% fentanyl-related levy, bringing the total to 145%. "Given that US goods are no longer marketable in China under the current tariff rates, if the US continues to impose tariffs, China will ignore it," the ministry said. China\'s exports to the US fell 10% in March from a year earlier. The yuan touched its weakest level since 2007.',
    T("CN", "US", 125, 84, "announced"),
    T("US", "CN", 145),
    T("US", "CN", 125),
    T("US", "CN", 20),
)
P(
    "2025-04-24",
    "China's foreign ministry said on Thursday that no trade negotiations were under way with the United States, contradicting President Donald Trump's claim that the two sides were talking. \"China and the US are not having any consultation or negotiation on tariffs,\" spokesman Guo Jiakun said. Treasury Secretary Scott Bessent earlier said the current 145% tariffs on Chinese goods were unsustainable and that he expected a de-escalation. US retailers have warned of empty shelves within weeks. The Hang Seng rose 0.4%.",
    T("US", "CN", 145),
)
P(
    "2025-05-12",
    'The United States and China agreed on Monday to slash reciprocal tariffs for at least 90 days, in a deal that sent stocks soaring. Under the agreement reached in Geneva, US tariffs on Chinese goods will fall to 30% from 145%, while Chinese duties on US imports will drop to 10% from 125%. "We have reached an agreement on a 90-day pause and substantially moved down the tariff levels," Treasury Secretary Scott Bessent told reporters. The 30% rate includes the 20% levy Trump imposed over fentanyl flows. The Nasdaq jumped 4.3% and the dollar rallied.',
    N("CN", "US", "agreement"),
    T("US", "CN", 30, 145, "announced"),
    T("CN", "US", 10, 125, "announced"),
    T("US", "CN", 20),
)
P(
    "2025-05-14",
    "Lower US tariffs on Chinese goods took effect on Wednesday, with the rate on most imports falling to 30% from 145% under the truce struck in Geneva over the weekend. China, for its part, cut its duties on American products to 10% and suspended a 24% portion of its counter-tariffs for 90 days. Container bookings from China to the US jumped nearly 300% in the week after the deal, according to Vizion data. Analysts at Goldman Sachs estimate the effective US tariff rate on Chinese goods is now around 40%.",
    T("US", "CN", 30, 145),
    T("CN", "US", 10),
    T("CN", "US", 24, status="paused"),
    N("CN", "US", "agreement"),
)
P(
    "2025-06-11",
    'The United States and China have agreed on a framework to put their trade truce back on track, removing Chinese export restrictions on rare earths, US Commerce Secretary Howard Lutnick said after two days of talks in London. The deal still needs approval from Presidents Trump and Xi. Trump later wrote that the US would collect 55% tariffs on Chinese goods while China would charge 10% on American products. The White House said the 55% figure combines a 10% baseline tariff, 20% fentanyl-related duties and existing levies of 25%. Chinese Vice Premier He Lifeng said the two sides should "enhance consensus".',
    N("CN", "US", "agreement"),
    T("US", "CN", 55, alt="announced"),
    T("CN", "US", 10, alt="announced"),
    T("US", "CN", 10),
    T("US", "CN", 20),
    T("US", "CN", 25),
)
P(
    "2025-07-29",
    'US and Chinese officials wrapped up two days of talks in Stockholm on Tuesday without announcing an extension of their tariff truce, saying the final decision rested with President Donald Trump. "The meetings were very constructive," Treasury Secretary Scott Bessent told reporters, adding that nothing was agreed until Trump signed off. China\'s top trade negotiator Li Chenggang said both sides would push to maintain the truce, which expires on Aug. 12. Without an extension, US tariffs on Chinese goods could snap back to 145%. Chinese stocks slipped 0.4%.',
    N("CN", "US", "ongoing"),
    T("US", "CN", 145, status="threatened"),
)
P(
    "2025-08-12",
    "President Donald Trump signed an executive order on Monday extending the US-China tariff truce by another 90 days, hours before higher duties were due to snap back. Without the extension, tariffs would have returned to the triple-digit levels reached in April. The current 30% US rate on Chinese goods and China's 10% retaliatory tariff will remain in place until Nov. 10. \"We'll see what happens,\" Trump told reporters. Officials from both countries met in Stockholm late last month, their third round of talks since May.",
    N("CN", "US", "agreement"),
    T("US", "CN", 30),
    T("CN", "US", 10),
    N("CN", "US", "ongoing", current=False),
)
P(
    "2025-09-15",
    'China and the United States reached a "basic framework consensus" on resolving the dispute over TikTok and reducing trade barriers after two days of talks in Madrid, Chinese trade envoy Li Chenggang said on Monday. The meeting in the Spanish capital followed earlier sessions in Geneva, London and Stockholm. The talks took place as Washington pressed allies to impose tariffs of up to 100% on China over its purchases of Russian oil, a demand Beijing called "economic coercion". China\'s commerce ministry also launched an anti-dumping probe into US analog chips, which hold about 40% of its market.',
    N("CN", "US", "agreement"),
)
P(
    "2025-10-11",
    'President Donald Trump said on Friday he would impose an additional 100% tariff on goods from China starting Nov. 1, along with export controls on critical software, in retaliation for Beijing\'s sweeping new curbs on rare earth exports. The new levy would come on top of the roughly 30% tariffs already in place on Chinese goods. "It is impossible to believe that China would have taken such an action," Trump wrote. He also threatened to cancel a planned meeting with Xi Jinping in South Korea. The S&P 500 tumbled 2.7%, its biggest drop since April.',
    T("US", "CN", 100, status="announced", alt="threatened", additional=True),
    T("US", "CN", 30),
    N("CN", "US", "scheduled"),
)
P(
    "2025-10-26",
    'US and Chinese negotiators reached a preliminary consensus in Kuala Lumpur on Sunday that would avert 100% US tariffs on Chinese goods and pause Beijing\'s sweeping new export controls on rare earths, Treasury Secretary Scott Bessent said. Trump had threatened the additional 100% levy from Nov. 1 after China expanded its rare earth curbs earlier this month. "I think we have a very successful framework," Bessent told CBS. Soybean futures rose 2% on hopes of renewed Chinese purchases.',
    N("CN", "US", "agreement"),
    T("US", "CN", 100, status="threatened", current=False),
)
P(
    "2025-11-01",
    "China said on Saturday it would suspend the 24% additional tariff on US goods for another year while keeping a 10% levy, implementing the truce agreed by Presidents Xi Jinping and Donald Trump in South Korea on Thursday. Washington has already halved the fentanyl-related tariff on Chinese goods to 10% from 20%, bringing the combined US rate down to about 47%, Trump said. Beijing will also lift retaliatory tariffs of up to 15% on US farm goods, including soybeans, from Nov. 10. Soybean futures in Chicago rose 1%.",
    T("CN", "US", 24, status="paused", additional=True),
    T("CN", "US", 10),
    N("CN", "US", "agreement"),
    T("US", "CN", 10, 20),
    T("US", "CN", 47),
    T("CN", "US", 0, 15, "announced"),
)
P(
    "2025-06-05",
    'China and the United States have agreed to resume trade negotiations after a 90-minute phone call between Xi Jinping and Donald Trump, the first since the US president took office. The call followed weeks of stalled dialogue and mutual accusations of violating the truce reached in Geneva in May, under which the US cut its tariff on Chinese goods to 30% and China lowered its levy to 10%. "We are very much in good shape with China and the trade deal," Trump said. Chinese state media said Xi urged Washington to remove "negative measures". US stocks rose 0.5%.',
    N("CN", "US", "resumed"),
    N("CN", "US", "stalled", current=False),
    N("CN", "US", "agreement", current=False),
    T("US", "CN", 30),
    T("CN", "US", 10),
)

# --- Canada and Mexico --------------------------------------------------------------
P(
    "2025-02-03",
    "President Donald Trump agreed on Monday to pause his threatened 25% tariffs on Mexico for one month after Mexican President Claudia Sheinbaum pledged to send 10,000 National Guard troops to the border. Hours later, Canada's Justin Trudeau said the US would also hold off on tariffs against Canada for at least 30 days. Trump said the 10% tariff on China would go ahead as planned on Tuesday, adding he would probably speak with Chinese President Xi Jinping in the next 24 hours. The Mexican peso recovered 1.2% after earlier falling to its weakest level in nearly three years. Canada had prepared retaliatory duties of 25% on C$155 billion of American goods.",
    T("US", "MX", 25, status="paused"),
    T("US", "CN", 10, status="announced"),
    T("CA", "US", 25, status="threatened", current=False),
)
P(
    "2025-03-04",
    "US tariffs of 25% on imports from Canada and Mexico took effect on Tuesday, with Canadian energy products subject to a lower 10% levy, as President Donald Trump pressed ahead with measures he says are meant to curb fentanyl trafficking. Trump also doubled a tariff on Chinese goods to 20%. Canadian Prime Minister Justin Trudeau said Ottawa would respond with 25% tariffs on C$155 billion of American goods, starting with C$30 billion immediately. China said it would impose additional tariffs of 10% to 15% on a range of US farm products from March 10. The Canadian dollar fell 0.6% against the greenback.",
    T("US", "CA", 25),
    T("US", "MX", 25),
    T("US", "CA", 10),
    T("US", "CN", 20, 10),
    T("CA", "US", 25, status="announced", alt="in_effect"),
    T("CN", "US", 15, status="announced", alt="threatened", additional=True),
)
P(
    "2025-03-06",
    'U.S. President Donald Trump on Thursday exempted goods that comply with the USMCA trade pact from the 25% tariffs on Canada and Mexico for a month, a climbdown that left roughly 62% of Canadian imports still facing the levies, according to US officials. Potash will be subject to a reduced 10% tariff. Canada said its first wave of retaliatory tariffs on C$30 billion of US goods would stay in place, but it would delay a second round worth C$125 billion. "We will continue to have tariffs on the United States," Finance Minister Dominic LeBlanc said.',
    T("US", "CA", 25, status="paused", alt="in_effect"),
    T("US", "MX", 25, status="paused", alt="in_effect"),
    T("US", "CA", 10, status="announced"),
)
P(
    "2025-03-12",
    "Canada will slap 25% counter-tariffs on nearly C$30 billion worth of US steel, aluminum and other products starting Thursday, Finance Minister Dominic LeBlanc announced, in response to the Trump administration's new metal tariffs. The move comes hours after US tariffs of 25% on all steel and aluminum imports came into force, with no exemptions for Canada, the largest supplier. Earlier this week Trump had threatened to double the levy on Canadian steel to 50% before backing down when Ontario suspended its surcharge on electricity exports. Talks between LeBlanc and US Commerce Secretary Howard Lutnick are scheduled for Thursday.",
    T("CA", "US", 25, status="announced"),
    T("US", "*", 25),
    T("US", "CA", 50, 25, "threatened", current=False),
    N("CA", "US", "scheduled"),
)
P(
    "2025-08-01",
    'The United States raised its tariff on Canadian goods not covered by the USMCA to 35% from 25% on Friday, after Ottawa and Washington failed to reach a trade deal by the Aug. 1 deadline. Goods that comply with the free trade pact remain exempt, and energy and potash still face a 10% rate. Prime Minister Mark Carney said he was "disappointed" by the decision. Canada\'s own counter-tariffs on US steel, aluminum and autos remain in place. The loonie was little changed.',
    T("US", "CA", 35, 25),
    T("US", "CA", 10),
    N("CA", "US", "stalled"),
)
P(
    "2025-09-02",
    'Canada removed most of its retaliatory tariffs on US goods on Monday, lifting the 25% duties on products that comply with the USMCA, in a bid to restart stalled trade negotiations with Washington. Prime Minister Mark Carney said the counter-tariffs on American steel, aluminum and autos would stay. "Canada currently has the best trade deal with the United States," Carney told reporters in Ottawa. About 85% of Canadian exports to the US are currently tariff-free, officials said.',
    T("CA", "US", 0, 25),
    N("CA", "US", "stalled"),
)

# --- sector tariffs -----------------------------------------------------------------
P(
    "2025-03-12",
    'The European Union will impose counter-tariffs on 26 billion euros ($28 billion) of US goods from April 1, responding to President Donald Trump\'s 25% tariffs on steel and aluminum imports that took effect on Wednesday. The measures include reinstating duties of up to 50% on American bourbon, motorboats and motorcycles. "We deeply regret this measure," European Commission President Ursula von der Leyen said. Trump said he would hit back with a 200% tariff on European wine and champagne if the EU went ahead. EU exports of steel to the US were worth about 3 billion euros last year.',
    T("US", "*", 25),
    T("EU", "US", 50, status="announced"),
    T("US", "EU", 200, status="threatened"),
)
P(
    "2025-03-27",
    'President Donald Trump on Wednesday announced 25% tariffs on imported cars and light trucks, taking effect on April 3, a move he said would spur domestic manufacturing. Vehicles that qualify under the USMCA trade agreement will only pay the levy on their non-US content. Canada\'s Prime Minister Mark Carney called the measure a "direct attack" on Canadian workers. Shares of General Motors fell 7% the next day; about 50% of cars sold in the US are made domestically.',
    T("US", "*", 25, status="announced"),
)
P(
    "2025-06-04",
    'President Donald Trump\'s doubling of tariffs on imported steel and aluminum to 50% took effect on Wednesday, raising pressure on trading partners negotiating ahead of a July deadline. Imports from Britain were spared the increase and remain subject to a 25% duty. Canada, the largest foreign supplier of steel to the US, called the move "unlawful and unjustified". Shares of Cleveland-Cliffs rose 4%, while the European Commission said it was ready to respond. Steel prices in the US Midwest have risen about 16% since January.',
    T("US", "*", 50, 25),
    T("US", "GB", 25),
)

# --- reciprocal tariffs and deals ---------------------------------------------------
P(
    "2025-04-02",
    'President Donald Trump on Wednesday announced a 10% baseline tariff on imports from all countries and higher reciprocal rates on dozens of trading partners, including 34% on China, 20% on the European Union, 24% on Japan and 46% on Vietnam. The baseline duty takes effect on April 5, and the higher rates on April 9. "This is our declaration of independence," Trump said in the Rose Garden. Goods from Canada and Mexico were left out of the new regime. US stock futures fell more than 3% after the announcement.',
    T("US", "*", 10, status="announced"),
    T("US", "CN", 34, status="announced"),
    T("US", "EU", 20, status="announced"),
    T("US", "JP", 24, status="announced"),
    T("US", "VN", 46, status="announced"),
)
P(
    "2025-04-10",
    'The European Union on Thursday suspended its first package of counter-tariffs on US goods for 90 days, after President Donald Trump paused his higher reciprocal tariffs on most countries. The retaliatory duties of up to 25% on goods including soybeans, motorcycles and orange juice had been approved by member states a day earlier. "We want to give negotiations a chance," European Commission President Ursula von der Leyen said. EU goods now face a 10% US baseline tariff instead of the 20% announced on April 2. European stocks rallied, with the STOXX 600 up 3.7%.',
    T("EU", "US", 25, status="paused", alt="announced"),
    T("US", "EU", 10),
    T("US", "EU", 20, status="paused", alt="announced", current=False),
)
P(
    "2025-04-15",
    'Japan\'s top trade negotiator Ryosei Akazawa will travel to Washington this week for the first round of tariff talks with the Trump administration, aiming to secure relief from a 25% levy on cars and a 24% reciprocal tariff that has been paused for 90 days. Tokyo has so far only faced a 10% baseline rate during the pause. "We will negotiate with national interest in mind," Prime Minister Shigeru Ishiba told parliament. Japanese auto exports to the US were worth about $40 billion last year. The yen strengthened to 143 per dollar.',
    N("JP", "US", "scheduled"),
    T("US", "JP", 25),
    T("US", "JP", 24, status="paused"),
    T("US", "JP", 10),
)
P(
    "2025-05-08",
    'Britain and the United States agreed a trade deal on Thursday that cuts US tariffs on British car exports to 10% from 27.5% for up to 100,000 vehicles a year, the first agreement Trump has struck since unveiling his sweeping tariffs. The 10% baseline tariff on most other British goods will remain in place. "This is a great deal for the UK," Prime Minister Keir Starmer said. Britain will cut its tariff on US ethanol to zero and open its market to American beef. The pound rose 0.4% against the dollar.',
    N("GB", "US", "agreement"),
    T("US", "GB", 10, 27.5, "announced", alt="in_effect"),
    T("GB", "US", 0, status="announced"),
)
P(
    "2025-07-08",
    'President Donald Trump on Monday began notifying trading partners of sharply higher tariffs that will take effect on Aug. 1, including 25% on imports from Japan and South Korea, extending a deadline for talks by three weeks. Letters posted on his social media platform set rates of 36% for Thailand and Cambodia, 32% for Indonesia and 40% for Laos and Myanmar. "If for any reason you decide to raise your Tariffs, then, whatever the number you choose to raise them by, will be added onto the 25% that we charge," Trump wrote to Japan\'s prime minister. The Nikkei fell 0.4%.',
    T("US", "JP", 25, status="announced"),
    T("US", "KR", 25, status="announced"),
    T("US", "TH", 36, status="announced"),
    T("US", "KH", 36, status="announced"),
    T("US", "ID", 32, status="announced"),
    T("US", "LA", 40, status="announced"),
    T("US", "MM", 40, status="announced"),
)
P(
    "2025-07-23",
    "Japan and the United States reached a trade agreement that sets a 15% tariff on Japanese imports, including cars, Prime Minister Shigeru Ishiba said on Wednesday, calling it the lowest rate among countries with a trade surplus with the US. The deal lowers the 25% levy on Japanese autos and the 24% reciprocal tariff that had been threatened for Aug. 1. Toyota shares soared 14%, the biggest gain since 2008, and the Nikkei 225 rose 3.5%. Japan will also create a $550 billion investment vehicle for US projects. Chief negotiator Ryosei Akazawa held eight rounds of talks in Washington before the breakthrough.",
    N("JP", "US", "agreement"),
    T("US", "JP", 15, status="announced"),
    T("US", "JP", 25, current=False),
    T("US", "JP", 24, status="threatened", current=False),
    N("JP", "US", "ongoing", current=False),
)
P(
    "2025-07-28",
    "The US and the EU have struck a framework trade deal that will impose a 15% tariff on most European exports to America, averting a damaging transatlantic trade war. Donald Trump and Ursula von der Leyen announced the agreement after an hour-long meeting at the president's golf resort in Turnberry, Scotland, on Sunday. The deal halves the 30% rate Trump had threatened to impose from August 1. Steel and aluminium will remain subject to a 50% tariff, von der Leyen said. The EU agreed to buy $750bn of US energy over three years. The euro slipped 0.8% against the dollar on Monday.",
    N("EU", "US", "agreement"),
    T("US", "EU", 15, status="announced"),
    T("US", "EU", 30, status="threatened", current=False),
    T("US", "EU", 50),
)
P(
    "2025-07-31",
    'South Korea struck a trade deal with the United States on Wednesday that sets a 15% tariff on its exports, including automobiles, down from the 25% rate Trump had threatened, Seoul\'s presidential office said. Under the agreement, Seoul will invest $350 billion in US projects and buy $100 billion of American energy. "We have overcome the first major hurdle," policy chief Kim Yong-beom told reporters. Hyundai Motor shares rose 1.5% and the won firmed 0.4%.',
    N("KR", "US", "agreement"),
    T("US", "KR", 15, 25, "announced"),
    T("US", "KR", 25, status="threatened", current=False),
)
P(
    "2025-08-01",
    'Switzerland was hit with a 39% tariff on its exports to the United States, one of the highest rates announced in Trump\'s latest round of levies, far above the 31% it had been threatened with in April. The Swiss government said it was "greatly regretting" the decision and would seek a negotiated solution. The levy takes effect on Aug. 7. Watchmakers and machinery exporters are among the most exposed; pharmaceuticals are exempt for now. The Swiss franc weakened 0.5%.',
    T("US", "CH", 39, status="announced"),
    T("US", "CH", 31, status="threatened", current=False),
)

# --- India and Brazil ---------------------------------------------------------------
P(
    "2025-07-10",
    'President Donald Trump said on Wednesday he would impose a 50% tariff on goods from Brazil starting Aug. 1, citing the trial of former president Jair Bolsonaro, whom he called the victim of a "witch hunt". The rate is far above the 10% Trump had set for Brazil in April. Brazilian President Luiz Inacio Lula da Silva said any unilateral tariff increase would be answered under the country\'s economic reciprocity law. The real weakened 2% against the dollar, and shares of Embraer fell 4%. The United States ran a $6.8 billion trade surplus with Brazil last year.',
    T("US", "BR", 50, status="announced", alt="threatened"),
    T("US", "BR", 10, current=False, alt="announced"),
)
P(
    "2025-08-07",
    "US President Donald Trump on Wednesday signed an order imposing an additional 25% tariff on Indian goods as a penalty for New Delhi's purchases of Russian oil, bringing the total duty on many Indian exports to 50%. The extra levy will take effect in 21 days, on Aug. 27, while a 25% reciprocal tariff on India kicked in on Thursday. India's foreign ministry called the move \"unfair, unjustified and unreasonable\". Textiles, gems and jewellery, and shrimp exporters are expected to be hit hardest; India ran a $45.8 billion goods trade surplus with the US last year. Trade talks between the two countries, which had been expected to conclude by autumn, have stalled over agriculture and dairy.",
    T("US", "IN", 50, 25, "announced"),
    T("US", "IN", 25),
    N("IN", "US", "stalled"),
)
P(
    "2025-08-27",
    "Punitive US tariffs of 50% on a wide range of Indian goods took effect on Wednesday, doubling the rate from 25% in one of the steepest levies Washington has imposed on any trading partner. The tariffs hit nearly 55% of India's $87 billion in merchandise exports to the US, according to estimates by the Global Trade Research Initiative. Prime Minister Narendra Modi has vowed not to compromise on the interests of farmers. The rupee fell 0.3% to 87.8 per dollar. Brazil is the only other country facing a 50% US rate.",
    T("US", "IN", 50, 25),
    T("US", "BR", 50),
)

# --- distractors: tariffs in the story, no tariff fact ------------------------------
P(
    "2025-10-07",
    "US customs duties collected in September reached a record $31 billion, up 21% from August, Treasury data showed, as higher import taxes flowed through to government revenue. Economists at Yale's Budget Lab estimate the average effective tariff rate facing US consumers at 17.9%, the highest since 1934. Core inflation rose 0.3% in the month, while import prices fell 0.4%. Retailers such as Walmart have said they will raise some prices gradually.",
    notes="distractor: revenue, estimates, inflation",
)
P(
    "2025-04-14",
    "Shares of Apple rose 2% on Monday after the administration exempted smartphones and computers from its reciprocal tariffs, though officials said the electronics would be folded into a separate semiconductor probe. The Nasdaq gained 0.6% and Treasury yields eased to 4.38%. Analysts at Wedbush said the exemption removed a major overhang, estimating that about 20% of Apple's revenue comes from China. Dell and HP shares each gained more than 1%.",
    notes="distractor: market moves around an exemption",
)
P(
    "2025-01-20",
    "China's economy grew 5% in 2024, meeting the government's target, as a late surge in exports ahead of expected US tariffs offset weak consumer demand. Exports rose 5.9% last year, while the trade surplus reached a record $992 billion. Economists at Nomura warned that growth could slow to 4.5% this year if Washington follows through on its tariff threats. The yuan has fallen about 3% against the dollar since September.",
    notes="distractor: growth, exports, currency",
)

# --- held out: written and labelled after the rule fixes, scored before any more ---
P("2025-04-08",
  "The White House said an additional 50% tariff on Chinese goods will take effect on Wednesday after Beijing refused to withdraw its retaliation, lifting the cumulative rate on many Chinese products to 104%. Press secretary Karoline Leavitt said Trump remained open to a call with Xi. China's commerce ministry vowed to \"fight to the end\" and called the US move \"a mistake on top of a mistake\". The offshore yuan slid to a record low of 7.42 per dollar, while Hong Kong's Hang Seng index rebounded 1.5% after Monday's 13% plunge.",
  T("US", "CN", 104, 54, "announced"))
P("2025-05-30",
  "Trump accused China on Friday of violating the Geneva agreement to roll back tariffs, saying on social media that Beijing had \"TOTALLY VIOLATED\" the deal. US-China talks have been stalled since the truce, Treasury Secretary Scott Bessent said a day earlier, adding that a call between the two leaders may be needed. Under the deal, Washington cut its duties on Chinese goods to 30% and Beijing reduced its tariffs on US products to 10% for 90 days. US stocks erased gains after the remarks, with the S&P 500 down 0.7%.",
  N("CN", "US", "stalled"), N("CN", "US", "agreement", current=False), T("US", "CN", 30), T("CN", "US", 10))
P("2025-06-30",
  "Canada and the United States will resume trade negotiations after Ottawa rescinded its digital services tax, Prime Minister Mark Carney said late Sunday, two days after Trump called off talks over the levy. The two sides aim to reach a deal by July 21. Canadian goods that do not comply with the USMCA face a 25% US tariff, while energy and potash are subject to 10%. Ottawa kept its own 25% counter-tariffs on about C$60 billion of US goods in place. The loonie rose 0.2%.",
  N("CA", "US", "resumed"), N("CA", "US", "collapsed", current=False), T("US", "CA", 25), T("US", "CA", 10), T("CA", "US", 25))
P("2025-07-15",
  "The United States will impose a 19% tariff on goods from Indonesia under a trade agreement announced by President Donald Trump on Tuesday, down from the 32% rate he had threatened earlier this month. American exports to Indonesia will face no tariffs, Trump said. Jakarta also agreed to buy $15 billion of US energy and $4.5 billion of American farm products. Indonesia's benchmark stock index rose 0.7% and the rupiah firmed 0.3%.",
  T("US", "ID", 19, 32, "announced"), T("US", "ID", 32, status="threatened", current=False), N("ID", "US", "agreement"), T("ID", "US", 0, status="announced"))
P("2025-08-06",
  "Swiss President Karin Keller-Sutter flew to Washington on Tuesday for last-minute talks aimed at lowering the 39% tariff on Swiss goods due to take effect on Thursday, but she returned without a deal. The levy, among the highest imposed on any country, would hit watches, machinery and chocolate. Pharmaceuticals, which account for about 60% of Swiss exports to the US, are exempt for now. \"We will continue to talk,\" she told reporters in Bern.",
  T("US", "CH", 39, status="announced"), N("CH", "US", "ongoing", alt="stalled"))
P("2019-08-23",
  "China announced retaliatory tariffs of 5% and 10% on $75 billion of US goods on Friday, including a 25% levy on American cars that it had suspended earlier in the year. Trump responded within hours, saying he would raise the existing 25% tariffs on $250 billion of Chinese goods to 30% from Oct. 1 and lift the planned duty on another $300 billion to 15% from 10%. The Dow tumbled 623 points, or 2.4%. \"Our great American companies are hereby ordered to immediately start looking for an alternative to China,\" Trump tweeted.",
  T("CN", "US", 5, status="announced"), T("CN", "US", 10, status="announced"), T("CN", "US", 25, status="announced"), T("US", "CN", 30, 25, "announced", alt="threatened"), T("US", "CN", 15, 10, "announced", alt="threatened"))
P("2025-06-18",
  "US retail sales fell 0.9% in May as consumers pulled back after stocking up ahead of tariffs, Commerce Department data showed. Economists had expected a 0.6% decline. Auto sales dropped 3.5%, while receipts at building material stores fell 2.7%. Fed officials held interest rates steady at 4.25%-4.50% on Wednesday and said tariffs would likely push inflation higher this year.",
  notes="distractor: retail sales, interest rates")
P("2025-09-05",
  "Trump signed an executive order on Thursday implementing the trade deal with Japan, cutting tariffs on Japanese cars to 15% from 27.5% and capping levies on most other Japanese goods at 15%. The order also ends the stacking of duties on Japanese products that already faced rates above 15%. Tokyo's chief negotiator Ryosei Akazawa called the order \"a milestone\". Shares of Toyota rose 2% in Tokyo.",
  T("US", "JP", 15, 27.5, "announced", alt="in_effect"), N("JP", "US", "agreement"))


def main() -> None:
    path = Path(__file__).with_name("passages.jsonl")
    path.write_text(
        "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PASSAGES), encoding="utf-8"
    )
    print(f"{len(PASSAGES)} passages -> {path}")


if __name__ == "__main__":
    main()
