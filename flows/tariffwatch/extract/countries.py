"""Find country mentions in a sentence: names, demonyms, seats, officials.

One regex is built from every name at import time, factored as a trie so that
matching costs about one branch per character instead of one per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import pycountry

from tariffwatch.extract.cues import trie_pattern
from tariffwatch.extract.names import DEMONYMS, DENY, OFFICIALS, SEATS, SHORT_NAMES
from tariffwatch.extract.regex_cache import regex

# Kinds of mention: a seat of government is also a place, so "talks in London"
# must not make Britain a party; a demonym qualifies goods ("Chinese goods").
NAME, DEMONYM, SEAT, OFFICIAL = "name", "demonym", "seat", "official"


@dataclass(frozen=True, slots=True)
class Mention:
    code: str
    start: int
    end: int
    text: str
    kind: str


def _pycountry_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and "(" not in name and name not in DENY:
                out[name] = c.alpha_2
    return out


# A name as written -> (country code, kind of name).
NameTable = dict[str, tuple[str, str]]


def _table() -> NameTable:
    table: NameTable = {n: (c, NAME) for n, c in _pycountry_names().items()}
    for source, kind in (
        (SHORT_NAMES, NAME),
        (SEATS, SEAT),
        (OFFICIALS, OFFICIAL),
        (DEMONYMS, DEMONYM),
    ):
        for name, code in source.items():
            table[name] = (code, kind)
    return table


_BASE = _table()


def _compile(names: Iterable[str]) -> re.Pattern[str]:
    # Names are matched case-sensitively: "US" is a country, "us" is not. The
    # "no letter or dot before" test is done in Python (``_starts_word``): a
    # lookbehind at the front of the pattern stops the engine from skipping to
    # the names' first letters, and costs twice the time.
    return regex(r"(?:" + trie_pattern(names) + r")(?!\w)")


def _starts_word(text: str, i: int) -> bool:
    if i == 0:
        return True
    ch = text[i - 1]
    return not (ch.isalnum() or ch == "_" or ch == ".")


_BASE_RE = _compile(_BASE)


@lru_cache(maxsize=32)
def _with_aliases(items: frozenset[tuple[str, str]]) -> tuple[re.Pattern[str], NameTable]:
    table = dict(_BASE)
    for name, code in items:
        table[name] = (code.upper(), OFFICIAL)
    return _compile(table), table


def finder(aliases: Mapping[str, str] | None) -> tuple[re.Pattern[str], NameTable]:
    """The regex and table to use, with the user's aliases merged in."""
    if not aliases:
        return _BASE_RE, _BASE
    return _with_aliases(frozenset(aliases.items()))


# "the United States-Mexico-Canada Agreement": three or more names joined by
# hyphens before "Agreement" name a treaty, not its members as sides.
_TREATY_TAIL = regex(
    r"[\w.)]*\s+(?:\(\w+\)\s+)?(?:Free\s+Trade\s+)?(?:Agreement|Accord|Treaty|Pact)\b"
)


def _in_treaty_name(sentence: str, out: list[Mention], m: Mention) -> bool:
    """``m`` ends a chain of three or more hyphen-joined names before "Agreement"."""
    chain = [m]
    for prev in reversed(out):
        if prev.end + 1 == chain[0].start and sentence[prev.end] == "-":
            chain.insert(0, prev)
        else:
            break
    return len(chain) >= 3 and _TREATY_TAIL.match(sentence, m.end) is not None


_CURRENCY_AFTER = regex(
    r"\s+(?:dollars?|pesos?|yen|won|rupees?|pounds?|francs?|reais|real|rand|ringgit|baht|"
    r"dong|yuan|renminbi|euros?|kron(?:a|or|er)|lira|rupiah|zloty)\b"
)
# "the London Metal Exchange", "the Tokyo Stock Exchange": a market, not a side.
_INSTITUTION_AFTER = regex(r"\s+(?:Metal\s+|Stock\s+|Futures\s+|Commodity\s+)?Exchange\b")
# "the European Free Trade Association": a demonym opening the name of a body of
# other members (Iceland, Norway, ...), not the country or bloc it names
_ASSOCIATION_AFTER = regex(r"\s+(?:[A-Z][\w-]*\s+){1,3}Association\b")
# "South American nations", "Latin American exporters": a region, not the US
# ("North American" stays: the US is most of it, and NAFTA stories lean on it).
_REGION_BEFORE = regex(r"(?:South|Latin|Central|Pan)[\s-]$")
# "talks in London", "met at Geneva": a seat after these words is a venue.
_VENUE_BEFORE = regex(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
# "the Commerce Ministry in Beijing", "officials in Brussels": a government's seat
# names the government, unless another country's office is visiting it ("Chinese
# officials in Washington").
_GOVERNMENT_IN = regex(
    r"\b(?:ministry|ministries|government|officials|authorities|administration)\s+in\s+$",
    re.IGNORECASE,
)


def find_mentions(sentence: str, aliases: Mapping[str, str] | None = None) -> list[Mention]:
    regex, table = finder(aliases)
    out: list[Mention] = []
    search = regex.search  # bound once: this loop runs at every name of every sentence read
    m = search(sentence)
    while m is not None:
        start, nxt = m.span()
        if start and not _starts_word(sentence, start):
            # What the lookbehind would have refused: try again one character on,
            # exactly where a left-to-right scan would look next.
            m = search(sentence, start + 1)
            continue
        text = m.group()
        code, kind = table[text]
        # "US$200 billion", "155 billion Canadian dollars" name no country
        currency = sentence.startswith("$", nxt) or (
            kind == DEMONYM and _CURRENCY_AFTER.match(sentence, nxt) is not None
        )
        venue = kind == SEAT and (
            (
                _VENUE_BEFORE.search(sentence, max(0, start - 12), start) is not None
                and not _seat_of_government(sentence, start, out)
            )
            or _INSTITUTION_AFTER.match(sentence, nxt) is not None
        )
        region = kind == DEMONYM and (
            (
                text.startswith("American")
                and _REGION_BEFORE.search(sentence, max(0, start - 8), start) is not None
            )
            or _ASSOCIATION_AFTER.match(sentence, nxt) is not None
        )
        if not (currency or venue or region):
            out.append(Mention(code, start, nxt, text, kind))
        m = search(sentence, nxt)
    if "-" in sentence and ("Agreement" in sentence or "Accord" in sentence):
        out = _drop_treaty_names(sentence, out)
    return out


def _seat_of_government(sentence: str, start: int, found: list[Mention]) -> bool:
    """The seat at ``start`` follows "<office> in" of no other country's."""
    office = _GOVERNMENT_IN.search(sentence, max(0, start - 24), start)
    if office is None:
        return False
    return not found or found[-1].end < office.start() - 30


def _drop_treaty_names(sentence: str, out: list[Mention]) -> list[Mention]:
    drop: set[int] = set()
    for i, m in enumerate(out):
        if _in_treaty_name(sentence, out[:i], m):
            k = i
            while k >= 0 and (k == i or out[k].end + 1 == out[k + 1].start):
                drop.add(k)
                k -= 1
    return [m for i, m in enumerate(out) if i not in drop]


def venue_seats(sentence: str) -> list[Mention]:
    """The seats ``find_mentions`` left out as venues ("talks in London")."""
    regex, table = finder(None)
    out: list[Mention] = []
    for m in regex.finditer(sentence):
        code, kind = table[m.group()]
        if (
            kind == SEAT
            and _starts_word(sentence, m.start())
            and _VENUE_BEFORE.search(sentence, max(0, m.start() - 12), m.start())
        ):
            out.append(Mention(code, m.start(), m.end(), m.group(), kind))
    return out
