"""Percentages in digits and words: "25%", "38.1 per cent", "twenty-five percent".

A ``Percent`` is only a number with a unit; whether it is a tariff rate, an
increment or a stock move is decided by the tariff rules, which see the words
around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tariffwatch.extract.cues import first_char_gate, trie_pattern
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.zeros import ZERO_HINT, ZERO_SHAPES

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD_NUM = (
    r"(?:(?:a|one)[ -])?hundred(?:\s+and\s+\w+(?:-\w+)?)?"
    r"|(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(list(_UNITS)[1:10]) + r"))?"
    r"|" + "|".join(sorted(_UNITS, key=len, reverse=True))
)
# "3,521%" (anti-dumping margins run into thousands) before plain "25" or "38.1".
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d+)?|" + _WORD_NUM

# One percentage, optionally the top of a range written "10-25%" or "10 to 25 percent".
PERCENT_RE = regex(
    r"(?<![\w.$€£])(?<!\d,)"
    r"(?:(?P<lo>\d{1,3}(?:\.\d+)?)(?:\s*(?P<sep>to|and|or)\s+|\s*%?\s*(?P<dash>-|–)\s*))?"
    r"(?P<num>" + _NUM + r")"
    r"(?P<unit>\s*%|(?:\s*|-)(?:percent|per[\s-]?cent|pct)\b|pc\b"
    r"|\s*(?:percentage|pct\.?)[\s-]points?\b|\s*points?\b|\s*pp\b)"
    r"|\b(?P<quarter>(?:a|one)[ -]quarter)\b(?!\s+of\b)",
)

# Cheap test that a sentence could hold a percentage at all, or a rate of zero
# written in words ("scrap tariffs", "free of duties": see zeros.py).
_UNIT_HINT = r"\d\s*%|percent|per[\s-]?cent|\bpct\b|\dpc\b|quarter|points?\b"  # "15pc"


@cache
def percent_hint() -> re.Pattern[str]:
    """The test as one pattern: what ``has_percent_hint`` and ``hits.percent_hits``
    answer. Compiled on demand: the rules use the faster forms, and compiling
    this one (over 50,000 characters) was a tenth of the package's import."""
    return re.compile(_UNIT_HINT + "|" + ZERO_HINT)


# The same test in parts: a search for an alternation finds something exactly
# when one of its alternatives does, and each part alone lets the engine skip
# ahead on its own first characters (a third of the time on a headline).
_HINT_PARTS = (regex(_UNIT_HINT), *(first_char_gate(p) for _, _, p in ZERO_SHAPES))


def has_percent_hint(low: str) -> bool:
    """``percent_hint().search(low) is not None``, faster."""
    for part in _HINT_PARTS:  # noqa: SIM110  (any() over a generator costs more here)
        if part.search(low) is not None:
            return True
    return False


@dataclass(frozen=True, slots=True)
class Percent:
    value: float
    start: int
    end: int
    text: str
    points: bool  # "percentage points": an increment, never a rate
    lo: float | None  # the bottom of a range, or the first number of "from X to Y%"
    lo_sep: str  # how lo was joined: "-", "to", "and"


def word_number(text: str) -> float | None:
    t = text.lower().replace("-", " ").split()
    if not t:
        return None
    if "hundred" in t:
        rest = t[t.index("hundred") + 1 :]
        rest = [w for w in rest if w != "and"]
        return 100.0 + (word_number(" ".join(rest)) or 0.0)
    total = 0
    for w in t:
        if w in _TENS:
            total += _TENS[w]
        elif w in _UNITS:
            total += _UNITS[w]
        else:
            return None
    return float(total)


def parse_number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return word_number(text)


# Every unit PERCENT_RE can end on. The pattern has no literal prefix, so the
# regex engine would try it at every character; it is run only near these.
_UNIT_NEEDLES = ("%", "cent", "pct", "point", "quarter", "pp", "pc")
# How far a match reaches before its unit ("from 12.5 to a hundred and twenty-five
# percent") and after it ("percentage points", "a quarter" not followed by "of").
_REACH_BEFORE, _REACH_AFTER = 120, 40


def _regions(sentence: str) -> list[tuple[int, int]]:
    """Spans that hold every PERCENT_RE match, each cut at word edges."""
    hits: list[int] = []
    for needle in _UNIT_NEEDLES:
        i = sentence.find(needle)
        while i >= 0:
            hits.append(i)
            i = sentence.find(needle, i + 1)
    if not hits:
        return []
    hits.sort()
    n = len(sentence)
    out: list[tuple[int, int]] = []
    for h in hits:
        a = max(0, h - _REACH_BEFORE)
        b = min(n, h + _REACH_AFTER)
        while b < n and (sentence[b].isalnum() or sentence[b] == "_"):
            b += 1  # never end inside a word: "\\b" at the end would match falsely
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_percents(sentence: str) -> list[Percent]:
    out: list[Percent] = []
    for a, b in _regions(sentence):
        out.extend(_percents(sentence, a, b))
    return out


# Where a PERCENT_RE match can start: a digit, a number word, "a quarter" or
# "a hundred". PERCENT_RE opens with lookbehinds, so the engine tries all of it
# at every character; this pattern opens with literals and skips ahead in C.
_START = regex(r"\d|" + trie_pattern(("a ", "a-", "hundred", *_TENS, *_UNITS)))


def _matches(sentence: str, a: int, b: int) -> Iterator[re.Match[str]]:
    """``PERCENT_RE.finditer(sentence, a, b)``, tried only where a match can start."""
    pos = a
    while (c := _START.search(sentence, pos, b)) is not None:
        m = PERCENT_RE.match(sentence, c.start(), b)
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()  # a match is never empty: finditer goes on from its end


# A tier before "X and Y%": "25, " (not a year, a sum or part of a bigger number)
_TIER_BEFORE = regex(r"(?<![\d.,$€£])(\d{1,3}(?:\.\d+)?)\s*,\s*$")


def _percents(sentence: str, a: int, b: int) -> list[Percent]:
    out: list[Percent] = []
    for m in _matches(sentence, a, b):
        if m.group("quarter"):
            out.append(Percent(25.0, m.start(), m.end(), m.group(), False, None, ""))
            continue
        unit = m.group("unit").strip().lower()
        value = parse_number(m.group("num"))
        if value is None:
            continue
        points = "point" in unit or unit == "pp"
        lo = float(m.group("lo")) if m.group("lo") else None
        sep = (m.group("sep") or m.group("dash") or "").lower()
        start = m.start()
        if lo is not None and sep == "and":
            # "'25, 20 and 10 per cent'": the tiers before the last two, listed with
            # commas, belong to the same list; the highest of all is its top
            while (t := _TIER_BEFORE.search(sentence, max(0, start - 12), start)) is not None:
                lo = max(lo, float(t.group(1)))
                start = t.start(1)
        out.append(Percent(value, start, m.end(), sentence[start : m.end()], points, lo, sep))
    return out
