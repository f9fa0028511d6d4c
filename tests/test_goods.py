"""Which tariffs a route watching goods is told of: a table of entries against scopes."""

from __future__ import annotations

import pytest

from tariffwatch.goods import goods_wanted, goods_words


@pytest.mark.parametrize(
    ("goods", "scope", "all_goods", "goods_all", "sent"),
    [
        # no entries: every tariff, as before goods could be watched
        ((), "wine", False, True, True),
        ((), "all goods", True, False, True),
        # whole words, either case, either number
        (("steel",), "steel", False, True, True),
        (("Steel",), "STEEL PRODUCTS", False, True, True),
        (("steel",), "steel and aluminum", False, True, True),
        (("steel",), "Chinese steel", False, True, True),
        (("steel",), "steel-derivative products", False, True, True),
        (("steel",), "steels", False, True, True),
        (("steel",), "steelworkers", False, True, False),  # another word, not steel goods
        (("steel",), "stainless steel sinks", False, True, True),
        (("steel",), "wine", False, True, False),
        (("car",), "cars", False, True, True),
        (("car",), "passenger cars", False, True, True),
        (("cars",), "large-engine cars", False, True, True),
        (("batteries",), "lithium-ion battery", False, True, True),
        (("tomato",), "fresh tomatoes", False, True, True),
        (("glass",), "glasses", False, True, True),
        # "goods", "products", "imports" name no goods: "steel products" is steel
        (("steel products",), "steel", False, True, True),
        (("steel imports",), "steel and aluminum", False, True, True),
        # a phrase keeps its words together and in order, in either number
        (("auto parts",), "auto parts", False, True, True),
        (("auto parts",), "auto part", False, True, True),
        (("auto parts",), "cars and auto parts", False, True, True),
        (("auto parts",), "car parts", False, True, True),  # a synonym inside the phrase
        (("auto parts",), "automotive parts", False, True, True),
        (("auto parts",), "cars", False, True, False),
        (("auto parts",), "cars and parts", False, True, False),
        (("auto parts",), "parts for autos", False, True, False),
        (("auto parts",), "machinery and parts", False, True, False),
        # one word matches anywhere: auto parts are car goods
        (("cars",), "auto parts", False, True, True),
        # the synonym table: one name for the scopes' words for the same goods
        (("cars",), "autos", False, True, True),
        (("cars",), "automobiles", False, True, True),
        (("cars",), "motor vehicles", False, True, True),
        (("autos",), "passenger cars", False, True, True),
        (("EVs",), "electric vehicles", False, True, True),
        (("electric vehicles",), "Chinese-made EVs", False, True, True),
        (("electric cars",), "battery electric vehicles", False, True, True),
        (("cars",), "Chinese EVs", False, True, True),  # an EV is a car
        (("EVs",), "cars", False, True, False),  # not every car is an EV
        (("aluminum",), "steel and aluminium", False, True, True),
        (("aluminium",), "aluminum", False, True, True),
        (("pharmaceuticals",), "drugs", False, True, True),
        (("medicines",), "branded or patented pharmaceutical products", False, True, True),
        (("chips",), "semiconductors", False, True, True),
        (("semiconductors",), "Chinese chips", False, True, True),
        (("lumber",), "softwood lumber imports", False, True, True),
        (("timber",), "lumber", False, True, True),
        (("softwood",), "timber", False, True, True),
        # one matching entry is enough
        (("wine", "steel"), "steel", False, True, True),
        (("wine", "cheese"), "steel", False, True, False),
        # a tariff on all goods taxes the watched goods too, unless goods_all = false
        (("steel",), "all goods", True, True, True),
        (("steel",), "all goods", True, False, False),
        (("wine",), "Chinese imports", True, True, True),
        (("wine",), "$200 billion of Chinese goods", True, False, False),
        # goods_all says nothing about product tariffs
        (("steel",), "steel", False, False, True),
        (("steel",), "wine", False, False, False),
    ],
)
def test_goods_wanted(
    goods: tuple[str, ...], scope: str, all_goods: bool, goods_all: bool, sent: bool
) -> None:
    assert goods_wanted(goods, scope, all_goods=all_goods, goods_all=goods_all) is sent


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Steel Products", ("steel",)),
        ("Chinese-made EVs", ("chinese", "made", "electric", "car")),
        ("electric vehicles", ("electric", "car")),  # the longer phrase is read first
        ("automobiles and auto parts", ("car", "and", "car", "parts")),
        ("aluminium", ("aluminum",)),
        ("goods", ()),  # names no goods: the config refuses such an entry
        ("", ()),
    ],
)
def test_goods_words(text: str, words: tuple[str, ...]) -> None:
    assert goods_words(text) == words
