"""The goods a tariff fact names, as a reader would name them (session 22, goods22).

A replayed stream keys every alert by (imposer, target, goods): goods named
otherwise than a reader names them cost a missed change and a false alert. Two
tables in our own words:

- scope_key on phrases: words that say how many, which share, when, or what
  kind of tariff it is ("selected", "another batch", "eight", "last summer",
  "gradually", "retaliatory") name no goods and never reach a key;
- extraction: the goods of each current tariff fact of a sentence, where the
  goods are told as examples ("products such as beef and coffee") or after the
  day the rate starts ("due on Sunday on $160 billion of goods").
"""

from __future__ import annotations

from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact
from tariffwatch.scopes import scope_key

KEYS: list[tuple[str, str]] = [
    # how many, which ones: a count or a choice says nothing about the goods
    ("selected products from Malaysia", "all goods"),
    ("select Chinese goods", "all goods"),
    ("another batch of Chinese imports", "all goods"),
    ("a further round of American products", "all goods"),
    ("six American products", "all goods"),
    ("a dozen US farm goods", "farm"),
    ("walnuts, lentils and twelve other products", "lentils walnuts"),
    # what kind of tariff it is, not what it taxes
    ("retaliatory duties on US goods", "all goods"),
    ("punitive levies on Korean steel", "steel"),
    # when or how fast the rate comes
    ("goods from Japan since last summer", "all goods"),
    ("imported cars gradually", "autos"),
    ("olive oil currently", "oil olive"),
    ("cheese immediately", "cheese"),
    # how much of the list the examples make up
    ("mostly farm goods (walnuts, lentils)", "farm lentils walnuts"),
    ("largely machinery and parts", "machinery parts"),
    # examples after a class of goods with no count are the goods
    ("certain Peruvian goods such as grapes and avocados", "avocados grapes"),
    ("food products, among them rice, tea and sugar", "food rice sugar tea"),
    # a count keeps its examples out of the key, as before
    ("$12 billion of Indian goods, among them shrimp and rice", "coverage 12bn"),
]


@pytest.mark.parametrize(("phrase", "key"), KEYS, ids=[p for p, _ in KEYS])
def test_words_that_name_no_goods_stay_out_of_the_key(phrase: str, key: str) -> None:
    assert scope_key(phrase, False) == key


SENTENCES: list[tuple[str, set[str]]] = [
    # goods told as examples after "such as": the examples are the goods
    (
        "Washington will charge a 30% tariff on certain Peruvian goods such as grapes, "
        "avocados and blueberries from Tuesday.",
        {"US:PE:avocados blueberries grapes:30"},
    ),
    (
        "Canada will put a 20% duty on American products such as ketchup and orange juice.",
        {"CA:US:juice ketchup orange:20"},
    ),
    (
        "India said it will charge 15% on some US farm goods such as apples and almonds "
        "from next month.",
        {"IN:US:almonds apples farm:15"},
    ),
    # the day the rate starts, then the goods after their own "on"
    (
        "Washington dropped the 15% duties due to start on Monday on $90 billion of Chinese goods.",
        {"US:CN:coverage 90bn:0"},
    ),
    (
        "Ottawa said the 25% surtax taking effect on Friday on American bourbon is final.",
        {"CA:US:bourbon:25"},
    ),
    (
        "Beijing will apply a 10% tariff beginning on 1 March on US farm machinery.",
        {"CN:US:farm machinery:10"},
    ),
    # a list of goods runs on to the next rate, or to a dash
    (
        "Seoul set a 12% duty on US beef, oranges and cherries and a 6% duty on US wheat.",
        {"KR:US:beef cherries oranges:12", "KR:US:wheat:6"},
    ),
    (
        "Ottawa's duties - 20% on plywood, nails and screws - cover US goods.",
        {"CA:US:nails plywood screws:20"},
    ),
    # goods as the subject that carries or is charged the rate
    (
        "Asparagus, grapes and mangoes from Peru will carry a 9% tariff in India from May.",
        {"IN:PE:asparagus grapes mangoes:9"},
    ),
    (
        "Frozen fish, shellfish and seaweed from Norway will be charged a 14% duty by Japan "
        "under the new order.",
        {"JP:NO:fish frozen seaweed shellfish:14"},
    ),
    (
        "The EU's duties on Japan and Korea were kept: steel and aluminum pay 15%, while "
        "cars pay 10%.",
        {"EU:JP:aluminum steel:15", "EU:KR:aluminum steel:15", "EU:JP:autos:10", "EU:KR:autos:10"},
    ),
    # the goods a tariff's own relative clause covers, before another tariff's "on"
    (
        "Ottawa's 10% duties that now cover C$4 billion of US goods stay, despite talk of "
        "levies on more products.",
        {"CA:US:coverage 4bn:10"},
    ),
    (
        "The 20% tariffs that were meant to hit $75 billion of Chinese goods on Sunday "
        "will go ahead.",
        {"US:CN:coverage 75bn:20"},
    ),
    (
        "India's 15% duties, which target $1.2 billion of US goods, take effect on Monday.",
        {"IN:US:coverage 1.2bn:15"},
    ),
    # a modal begins the verb a list of goods bears
    (
        "Italian cheese, ham and olive oil could be hit with a 100% US tariff.",
        {"US:IT:cheese ham oil olive:100"},
    ),
    # a count of goods told just before, with no rate, is the goods of the rate told
    # next for the same tariff, if that names no goods or only the target's goods
    (
        "Beijing said on Monday it will raise tariffs on $45 billion of American goods. "
        "The new duties of 20% on many US products take effect on June 1.",
        {"CN:US:coverage 45bn:20"},
    ),
    (
        "Canada will put tariffs on C$12 billion of US goods. The duties will be 25%.",
        {"CA:US:coverage 12bn:25"},
    ),
    # goods of its own are kept
    (
        "Beijing said on Monday it will raise tariffs on $45 billion of American goods. "
        "The new duties of 20% on US pork take effect on June 1.",
        {"CN:US:pork:20"},
    ),
    # goods named by pointing back are the goods the story named for that pair
    (
        "Japan dropped its 20% tariff on Thai rice and sugar on Monday. The order removes "
        "the duty on the listed goods imported from Thailand from May 1.",
        {"JP:TH:rice sugar:0"},
    ),
    (
        "Chile put a 15% duty on Argentine wheat and maize. Chile will cut the duty on "
        "those products to 5% next year.",
        {"CL:AR:maize wheat:15", "CL:AR:maize wheat:5"},
    ),
    # with no goods named before for the pair, the words stay as they are
    (
        "Chile will cut its duty on the affected goods from Argentina to 5% next year.",
        {"CL:AR:affected:5"},
    ),
    # goods named before the tariff word, a known name beside any other
    (
        "India said its rum and gin tariffs will be cut to 40% under the pact with Britain.",
        {"IN:GB:gin rum:40"},
    ),
    (
        "Japan will cut its cheese and butter duties on European imports to 10% next year.",
        {"JP:EU:butter cheese:10"},
    ),
    (
        "Seoul will cut its rice tariffs on US imports to 5% from July.",
        {"KR:US:rice:5"},
    ),
    # a demonym before such goods is where they come from, not who levies the tariff
    (
        "Beijing will drop Australian barley duties from Monday.",
        {"CN:AU:barley:0"},
    ),
    (
        "Beijing will scrap Canadian canola duties next month.",
        {"CN:CA:canola:0"},
    ),
    # goods told for one way of a pair are not the other way's: the reverse rate is
    # on the other side's exports
    (
        "Vietnam agreed to a deal with the US. Its textile tariffs on American cotton will "
        "fall to 5%, while 90% of Vietnamese exports will face no duty.",
        {"VN:US:cotton:5", "US:VN:all goods:0"},
    ),
    (
        "Seoul will cut its tariffs on American beef to 20%, while 95% of Korean exports "
        "will face no duty, officials said.",
        {"KR:US:beef:20", "US:KR:all goods:0"},
    ),
    # goods named with the imposer's own tariff word are still its goods
    (
        "Brazil will drop its WTO complaint against Canada's beef tariffs after Ottawa "
        "agreed to review the duties, which reach 26%.",
        {"CA:BR:beef:26"},
    ),
    # a day with no goods after it still names no goods
    (
        "Mexico's 25% tariff on Chinese shoes takes effect on Monday.",
        {"MX:CN:shoes:25"},
    ),
]


def _keys(text: str) -> set[str]:
    return {
        f"{f.imposer}:{f.target}:{scope_key(f.scope, f.all_goods)}:{f.new_rate:g}"
        for f in extract(text, published=date(2025, 2, 3))
        if isinstance(f, TariffFact) and f.current
    }


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t[:48] for t, _ in SENTENCES])
def test_the_goods_a_reader_names(text: str, expected: set[str]) -> None:
    assert _keys(text) == expected
