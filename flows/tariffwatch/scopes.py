"""What goods a tariff covers, and when two wordings name the same goods. Pure.

A scope is either **broad**, everything the target sells however a story
counts it, or a **product** scope:

    "all goods", "Chinese imports", "goods from Mexico"   -> all goods     (broad)
    "$250 billion of Chinese goods", "US$50bn worth"      -> coverage 250bn (broad)
    "Lists 1-3", "the List 4A tranche"                    -> list 1-3       (broad)
    "steel products", "Canadian steel"                    -> steel          (product)

Broad scopes of one pair are one *family* in the fold: a story that gives a
rate the family already holds, under other words ("$250 billion of Chinese
goods" for what another outlet called "Chinese imports"), restates it and is
no news. Product scopes are tracked on their own ("steel" never moves "autos").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from tariffwatch.extract.countries import find_mentions

ALL_GOODS: Final = "all goods"

# "$250 billion", "US$ 50bn", "C$16.6 billion worth of", "€93bn", "EUR 2.8bn",
# "2.8 billion euros' worth of", "60 billion yuan of"
_COVERAGE = re.compile(
    r"(?:(?<![a-z])(?:[a-z]{1,2})?[$€£¥]|\b(?:eur|usd|cny|rmb|gbp|cad|aud|jpy|inr)\s*)\s*"
    r"(?P<n>\d[\d.,]*)\s*(?P<unit>bn|billion|million|mn|trillion|tn)?\s*(?:worth\s+)?(?:of\s+)?"
    r"|\b(?P<n2>\d[\d.,]*)\s*(?P<unit2>bn|billion|million|mn|trillion|tn)\s+(?:u\.?s\.?\s+|[a-z]+\s+)?"
    r"(?:euros?|dollars?|yuan|renminbi|pounds?|yen|rupees?)(?:\s*'|\s+worth)?\s*(?:of\s+)?"
)
_UNIT = {"bn": "bn", "billion": "bn", "million": "mn", "mn": "mn", "trillion": "tn", "tn": "tn"}
# "List 3", "Lists 1-3", "list 4A", "tranche 2", "the first tranche"
_LIST = re.compile(
    r"\b(?:lists?|tranches?)\s+(?P<ids>\d+[a-z]?(?:\s*(?:-|–|to|and|,)\s*\d+[a-z]?)*)"
    r"|\b(?P<nth>first|second|third|fourth)\s+(?:list|tranche)\b"
)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that say nothing about which goods: a broad scope is made of these alone.
_GENERIC = _word_set(
    "of the on from in to by all its their other most goods imports imported products exports "
    "import export "
    "exported shipments shipment items merchandise everything made country countries origin "
    "originating worth billion million bn mn us u s a an and list lists tranche tranches "
    "section 301 "
    "tariffs tariff duties remaining certain some more further additional nearly about around "
    "roughly almost those these this that virtually practically every each coming sold entering "
    "foreign overseas abroad built produced manufactured "
    # "tariffs on dozens of economies": the partners, not their goods
    "economies economy nations partners "
    # "the same amount of Chinese goods": the other side's list, by its worth
    "same amount value sum "
    # "a wide range of Indian goods", "a host of US products": how many, not which
    "range wide broad variety host array number slew raft swathe swath basket dozens hundreds "
    "thousands scores many several various numerous lot lots kinds types categories "
    # "electric cars next month", "steel from Friday": when, not which goods
    "next last this coming month months week weeks year years day days today tomorrow "
    "midnight monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec since until till later earlier"
)
# Words a goods phrase carries that name no goods: function words, the trade
# itself, who buys and sells, shares and counts ("aluminum - under a rarely used
# law", "goods but suspended it", "nearly 99 percent of US goods", "billions of
# dollars of Chinese goods"). A phrase of these alone is broad.
_NOT_GOODS = _word_set(
    "or nor but yet so if than then at for without within into onto upon over under above "
    "below across along after before during despite while meanwhile whose whom who what when "
    "where why how it he she they them theirs his her hers our ours we you your me my there "
    "here also too even just only still already up down out off again not no any both either "
    "neither own per cent percent pct level levels quota quotas date balance estimated existing "
    "world trade deal deals curbs companies company firms importers exporters buyers sellers "
    "send sends sent going stay stays stayed bring brings brought want wants cover covers "
    "covered match matches grounds national security law rarely seldom often widely used "
    "ranging top long "
    "targeted imposed overnight liberation reciprocal due subject product billions millions "
    "dollars dollar euros euro yuan renminbi pounds yen rupees purchases "
    # the law a rate is set under ("under Section 232 of the Trade Expansion Act")
    "act expansion "
    # what the tariff is, not what it taxes: "retaliatory tariffs on US products"
    "retaliatory punitive levies levy surtax surtaxes "
    # how many or which share, not which goods: "selected products", "another batch
    # of Chinese goods", "eight American products", "goods among them"
    "selected select another batch round rounds among incl "
    "one two three four five six seven eight nine ten eleven twelve dozen "
    # when or how the rate comes, not on what: "goods last summer", "cars gradually"
    "mostly largely chiefly primarily mainly "
    "summer winter autumn currently gradually immediately eventually initially annually "
    # "fresh tomatoes" are the tomatoes a later story names without the word (frozen
    # or dried goods are often a tariff line of their own, and keep the word)
    "fresh"
)
_PRODUCT_FILLER = _word_set(
    "of the on from goods imports imported products exports made and such as notably mainly"
)
# A goods phrase ends where a verb starts: "Chinese goods took effect" and
# "Chinese goods set to drop" are about Chinese goods.
_VERB_TAIL = re.compile(
    r"\s+(?:took|take|takes|taking|came|come|comes|went|go|goes|kick(?:s|ed)?|set|sets|is|are|"
    r"was|were|will|would|could|may|might|now|has|have|had|rose|rise|rises|fell|fall|falls|"
    r"remain(?:s|ed)?|stand(?:s)?|stood|total(?:s|led)?|began|begin|begins|start(?:s|ed)?|"
    r"drop(?:s|ped)?|climb(?:s|ed)?|jump(?:ed|s)?|reach(?:es|ed)?|effective|rais\w*|cut(?:s|ting)?|"
    r"lower\w*|doubl\w*|halv\w*|increas\w*|reduc\w*|lift\w*|with|including|except|excluding|that|which|who|"
    # "duties on US goods falling to 10%": the goods end where the move starts
    r"falling|rising|dropping|climbing|jumping|reaching|standing|remaining|totall?ing|soaring|"
    r"sliding|easing|going|coming|kicking|starting|beginning|"
    # a clause that follows the goods: "goods but suspended it", "steel while talks go on"
    r"but|while|because|although|though|whereas|after|before|"
    # a second verb of the sentence: "Brazilian exports and later added another 40%",
    # "articles of India ... shall be subject to": the goods end before it
    r"add|adds|added|adding|shall|should|must|"
    # who said it or what else was done: "goods from India ... Trump says", "goods
    # and did not plan to retaliate", "goods kept suspended", "goods rather than
    # raising it to 30%"
    r"says|said|say|did|does|do|suspended|paused|halted|rather|instead|"
    # the instrument that sets the rate: "Korean goods under an upgraded trade agreement
    # signed on Thursday", "rice under the new quota"; a list keeps its name ("goods
    # under List 3", "under the second tranche")
    r"under\s+(?:an?|the|its|their|this|that|these|those)\s+"
    r"(?!(?:first|second|third|fourth)\s+(?:list|tranche)))\b.*$"
)
# A goods phrase ends at its head noun where what follows does not go on with the
# goods (a preposition, a participle, examples or a count): "Japanese exports
# extremely regrettable" is what a minister called the duty on Japanese exports.
_AFTER_HEAD = re.compile(
    r"\b(goods|imports|exports|products|shipments|merchandise)\s+(?!(?:of|from|to|into|in|on|"
    r"at|for|by|worth|valued|such|like|including|notably|mainly|mostly|chiefly|led|among|made|"
    r"shipped|entering|coming|sold|bound|destined|originating|and|or|under|subject|covered|"
    r"listed|lists?|tranches?|totall?ing|amounting)\b)[a-z].*$"
)
# A scope read from the words after a verb of saying ("Trump says India will pay
# 25%") names who said it, not goods: the goods were not told.
_SAID_LEAD = re.compile(r"^\s*(?:says|said|say|tells|told)\b.*$")
# A clause whose subject is a country, its name blanked: "the $137 billion of goods
# Vietnam ships to America" counts goods, "ships" is what Vietnam does with them.
_COUNTRY_CLAUSE = re.compile(
    r"(?<=[a-z])\s{3,}(?:ships|sells|sends|exports|imports|buys|makes|produces|shipped|"
    r"sold|sent|exported|imported|bought|made|produced)\b.*$"
)
# Goods a counted list is told by ("$34 billion of US goods, among them soybeans")
# are its examples; after goods with no count ("imports such as steel") they are
# the goods.
_EXAMPLES = re.compile(
    r"[\s,;]+(?:among(?:\s+them)?|such\s+as|notably|mainly|mostly|chiefly|led\s+by|from)\b.*$"
)
# One name per product however it is written; a product key is the sorted set
# of these names, so "steel and aluminum" and "aluminium and steel" are one key
# and "foreign metal" overlaps both.
# Products named in more than one word, one name each before words are split.
_PHRASES = (
    (
        re.compile(r"\b(?:battery[\s-]+)?electric\s+(?:cars?|vehicles?|autos?)\b|\b(?:b)?evs?\b"),
        "electric vehicles",
    ),
)
_PRODUCT_NAMES = {
    "aluminium": "aluminum",
    "metal": "aluminum steel",
    "metals": "aluminum steel",
    "car": "autos",
    "cars": "autos",
    "auto": "autos",
    "automobiles": "autos",
    "automotive": "autos",
    "soybean": "soybeans",
    "semiconductors": "chips",
    "semiconductor": "chips",
    "chip": "chips",
    "lng": "gas liquefied natural",
}
_NTH = {"first": "1", "second": "2", "third": "3", "fourth": "4"}


# A fold reads each fact's key several times (its own entry, the entries it may move,
# the grouping of changes): 20,000 calls over a 10,000-item backlog, where the same
# few scopes recur. The key depends on the words alone.
@lru_cache(maxsize=8_192)
def scope_key(scope: str, all_goods: bool) -> str:
    """A stable, loose name for the goods covered: 'steel products' ~ 'steel'."""
    if all_goods:
        return ALL_GOODS
    low = _VERB_TAIL.sub("", _COUNTRY_CLAUSE.sub("", _without_countries(scope)))
    low = _AFTER_HEAD.sub(r"\1", _SAID_LEAD.sub("", low))
    head = _EXAMPLES.sub("", low)
    if head != low and (_COVERAGE.search(head) or _LIST.search(head)):
        low = head
    listed = _LIST.search(low)
    if listed is not None:
        ids = listed.group("ids") or _NTH[listed.group("nth")]
        return "list " + re.sub(r"\s*(?:-|–|to)\s*", "-", re.sub(r"\s*(?:,|and)\s*", ",", ids))
    coverage = _COVERAGE.search(low)
    for phrase, name in _PHRASES:
        low = phrase.sub(name, low)
    words = re.findall(r"[a-z0-9]+", _COVERAGE.sub(" ", low))
    names = {
        name
        for w in words
        if w not in _PRODUCT_FILLER
        and w not in _GENERIC
        and w not in _NOT_GOODS
        and not w.isdigit()
        for name in _PRODUCT_NAMES.get(w, w).split()
    }
    if "parts" in names and _parts_of_named(words):
        names.discard("parts")
    if names:
        return " ".join(sorted(names))
    if coverage is not None:
        amount = (coverage.group("n") or coverage.group("n2")).replace(",", "").rstrip(".")
        unit = coverage.group("unit") or coverage.group("unit2") or ""
        return f"coverage {amount}{_UNIT.get(unit, '')}"
    return ALL_GOODS


def _parts_of_named(words: list[str]) -> bool:
    """Whether the parts a phrase names are of goods it names too: "cars and auto
    parts", "trucks and truck parts" are the one measure on those goods, while
    "auto parts" alone or "machinery and parts" keep their parts."""
    names = [_one_number(_PRODUCT_NAMES.get(w, w)) for w in words]
    for i, name in enumerate(names):
        if name == "part" and i > 0 and names[i - 1] in names[: i - 1]:
            return True
    return False


# Read for every entry of a pair each time a product fact is placed (the fold's inner
# loop), over the few keys a pair holds: like scope_key, worth remembering.
@lru_cache(maxsize=8_192)
def products(key: str) -> frozenset[str]:
    """The product names of a product scope key, one name per product however it
    is written: in one number ("washing machine" and "washing machines"), one
    spelling ("tires" and "tyres"), one word for the same goods ("trucks" and
    "lorries", "shoes" and "footwear"); none for a broad one. A key keeps the
    words it was first told in: this is how a later wording finds it, so a key
    written by older rules ("act coffee" for "coffee under Section 301 of the
    Trade Act") finds the entry its goods name today."""
    if is_broad(key):
        return frozenset()
    words = [
        _one_number(w)
        for w in key.split()
        if w not in _GENERIC and w not in _NOT_GOODS and w not in _PRODUCT_FILLER
    ]
    names = {_SAME_GOODS.get(w, w) for w in words}
    if "autos" in names and "electric" not in names:
        # "motor vehicles", "passenger cars": the kind of car says no other goods
        names -= _CAR_KINDS
    elif "electric" in names:
        names.discard("autos")  # "electric cars" is its own product, "electric vehicles"
        names.add("vehicle")
    return frozenset(names)


# One name for the same goods told in other words or spellings, after _one_number;
# unlike _PRODUCT_NAMES these never reach a key, so keys already in the state keep
# their words and are still found.
_SAME_GOODS: Final = {
    "car": "autos",
    "tire": "tyre",
    "lorry": "truck",
    "footwear": "shoe",
    "vehicle": "autos",
    "whiskey": "whisky",
    "jewellery": "jewelry",
    "apparel": "clothing",
    "garment": "clothing",
    "clothe": "clothing",
    "timber": "lumber",
    "pharmaceutical": "medicine",
    "drug": "medicine",
}
_CAR_KINDS: Final = frozenset({"motor", "passenger"})


def named_in(key: str, text: str) -> bool:
    """Whether a text names every product of a product scope key, in any of the
    forms the key's goods are known by ("a kayak shipped from Michigan" names
    "kayaks"); a broad key names no product, so no text names it."""
    wanted = products(key)
    if not wanted:
        return False
    low = text.lower()
    for phrase, name in _PHRASES:
        low = phrase.sub(name, low)
    words = [n for w in re.findall(r"[a-z0-9]+", low) for n in _PRODUCT_NAMES.get(w, w).split()]
    # products() reads a key; a leading generic word keeps a text that happens to
    # start with "list" or "coverage" from reading as a broad key
    return wanted <= products(" ".join(["goods", *words]))


def _one_number(word: str) -> str:
    """A word's singular, as far as its ending tells: one name for "ladder" and
    "ladders", "battery" and "batteries"; "glass", "gas" and "asbestos" stay."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is", "os")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def is_broad(key: str) -> bool:
    """Whether a scope key names everything a target sells, however counted."""
    return key == ALL_GOODS or key.startswith(("coverage ", "list "))


def _without_countries(scope: str) -> str:
    """The scope lowercased, its country words blanked: "Chinese", "U.S." and
    "Canadian" name the target, not the goods."""
    low = scope.lower()
    for m in find_mentions(scope):
        low = low[: m.start] + " " * (m.end - m.start) + low[m.end :]
    return low
