"""Whether a tariff's goods are goods a route watches: `goods = ["steel", "auto parts"]`. Pure.

An entry matches a scope (the goods as a story named them) when its words
appear in the scope's words, whole and in order:

    "steel"       ~ "steel", "Chinese steel", "steel and aluminum", "steel products",
                    "steel-derivative products"; not "steelworkers" (another word)
    "car"         ~ "cars", "passenger cars", "autos", "vehicles", "EVs", "auto parts"
                    (one word matches anywhere in the scope: auto parts are car goods)
    "auto parts"  ~ "auto parts", "car parts", "cars and auto parts"; not "parts for
                    autos" nor "cars and parts" (a phrase keeps its words together)
    "EVs"         ~ "electric vehicles", "Chinese-made EVs"; not "cars" (a kind of car)

Singular and plural are one word ("car" and "cars", "battery" and "batteries",
"glass" and "glasses"); a few names the extractor's scopes use for the same
goods are one word (_SYNONYMS); "goods", "products", "imports" and the like
name no goods and are left out of both sides, so "steel products" is "steel".

A tariff on all goods (a broad scope: "all goods", "Chinese imports", "$200
billion of Chinese goods", "List 3") taxes whatever a route watches, so it is
sent unless the route says `goods_all = false`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Final

# One name per group; the other names and spellings a scope may use for the same goods.
# A longer phrase is read first: "electric vehicles" is an EV, not a plain car.
_SYNONYMS: Final = {
    "electric car": ("electric vehicle", "electric auto", "electric automobile", "ev", "bev"),
    "car": ("auto", "automobile", "automotive", "vehicle"),
    "aluminum": ("aluminium",),
    "pharmaceutical": ("pharma", "drug", "medicine"),
    "chip": ("semiconductor", "microchip"),
    "lumber": ("timber", "softwood"),
}
_PHRASES: Final = sorted(
    (
        (tuple(alias.split()), tuple(name.split()))
        for name, aliases in _SYNONYMS.items()
        for alias in (name, *aliases)
    ),
    key=lambda pair: -len(pair[0]),
)
# Words that say goods are meant, not which: "steel products" and "steel imports" are steel.
_FILLER: Final = frozenset(
    {
        "goods",
        "products",
        "product",
        "imports",
        "import",
        "exports",
        "export",
        "items",
        "item",
        "merchandise",
        "imported",
        "exported",
        "shipments",
        "shipment",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def goods_wanted(
    goods: Sequence[str], scope: str, *, all_goods: bool, goods_all: bool = True
) -> bool:
    """Whether a tariff on `scope` concerns a route watching `goods`.

    No entries: every scope. A tariff on all goods (`all_goods`) concerns every
    watcher unless `goods_all` is false. Otherwise one entry must match.
    """
    if not goods:
        return True
    if all_goods:
        return goods_all
    return _named(tuple(goods), scope)


# Asked for every change and route of a fold, where the same few scopes recur.
@lru_cache(maxsize=4_096)
def _named(goods: tuple[str, ...], scope: str) -> bool:
    told = goods_words(scope)
    return any(_within(goods_words(entry), told) for entry in goods)


@lru_cache(maxsize=4_096)
def goods_words(text: str) -> tuple[str, ...]:
    """The words goods are matched by: lowercased, each synonym under its group's
    name, filler left out. Empty for an entry that names no goods ("products")."""
    words = [w for w in _WORD.findall(text.lower()) if w not in _FILLER]
    out: list[str] = []
    i = 0
    while i < len(words):
        for alias, name in _PHRASES:
            if _same_words(alias, words[i : i + len(alias)]):
                out.extend(name)
                i += len(alias)
                break
        else:
            out.append(words[i])
            i += 1
    return tuple(out)


def _within(entry: tuple[str, ...], told: tuple[str, ...]) -> bool:
    n = len(entry)
    return n > 0 and any(_same_words(entry, told[i : i + n]) for i in range(len(told) - n + 1))


def _same_words(a: Sequence[str], b: Sequence[str]) -> bool:
    return len(a) == len(b) and all(map(_same_word, a, b))


def _same_word(a: str, b: str) -> bool:
    """One word in either number. Both sides are compared as written, so no word
    needs a dictionary singular: "tomato" ~ "tomatoes", "shoe" ~ "shoes"."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2:
        return False
    if long in (short + "s", short + "es"):
        return True
    return short.endswith("y") and long == short[:-1] + "ies"
