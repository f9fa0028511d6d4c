"""Where a lowercased story holds a percentage unit or a talks word.

``str.find`` runs at C speed and a news item holds few of these words, so the
story is searched once for literals and each find is checked at its edges in
Python. The checks are exactly those of ``numbers.percent_hint()`` and
``negotiations.TALK_NOUN``: a sentence with no hit here would fail those
patterns, so it is never split out or read.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import NamedTuple

from tariffwatch.extract.cues import RATE_STANDS_ON, trie_pattern
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.zeros import zero_hits

# The words of negotiations.TALK_NOUN; "negotiat" is a stem that needs a letter after it.
TALK_WORDS = (
    "talks",
    "dialogue",
    "deal",
    "agreement",
    "framework",
    "truce",
    "accord",
    "pact",
    "consensus",
    "round",
    "discussions",
    "deadlock",
    "impasse",
    "stalemate",
    "meet",
    "meets",
    "meeting",
    "met",
    "deals",
    "agreements",
    "frameworks",
    "truces",
    "accords",
    "pacts",
    "fta",
    "ftas",
    "cepa",
    "partnership",
    "partnerships",
    "meetings",
    "summit",
    "statement",
    "statements",
    "solution",
    "memorandum",
    "memoranda",
    "declaration",
    "talking",
    "consultations",
    "extension",
    "agree",
    "agreed",
    "agrees",
    "working",
    "communication",
    "contact",
    "breakthrough",
    "reprieve",
    "progress",
    "apart",
    "success",
    "deadlocked",
    "standstill",
    "contacts",
    "relief",
    "understanding",
    "consensuses",
    "exchanges",
    "convened",
    "visit",
    "visits",
    "delegation",
    "delegations",
    "won",
    "wins",
    "winning",
    "secured",
    "securing",
    "obtained",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "counterproposal",
    "counteroffer",
)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole(low: str, i: int, k: int) -> bool:
    """``low[i:i+k]`` stands between word boundaries, as ``\\b...\\b`` requires."""
    before = i == 0 or not _word_char(low[i - 1])
    return before and (i + k >= len(low) or not _word_char(low[i + k]))


def _finds(low: str, needle: str) -> list[int]:
    out: list[int] = []
    i = low.find(needle)
    while i >= 0:
        out.append(i)
        i = low.find(needle, i + 1)
    return out


def line_breaks(low: str) -> list[int]:
    """-1, then every line break of ``low``: the line holding position ``p``
    starts after ``breaks[bisect_left(breaks, p) - 1]``, one bisect where
    ``low.rfind("\\n", 0, p)`` scans back through the paragraph."""
    return [-1, *_finds(low, "\n")]


class Units(NamedTuple):
    """Where a lowercased story holds the literals of a percentage unit: found
    once, read by both ``percent_hits`` and ``tariff_hits``."""

    percent_signs: list[int]  # "%"
    cents: list[int]  # "cent", as in "percent" and "per cent"
    pcs: list[int]  # "pc", as in "15pc" and "pct"


def find_units(low: str) -> Units:
    return Units(_finds(low, "%"), _finds(low, "cent"), _finds(low, "pc"))


def percent_hits(
    low: str, units: Units | None = None, *, lines: Collection[int] | None = None
) -> list[int]:
    """Sorted starts of the units ``numbers.percent_hint()`` matches: "5 %", "percent",
    "per cent", "pct", "quarter", "point(s)"; ``units`` is ``find_units(low)``.
    ``lines``: the starts of the only lines (paragraphs) whose hits are wanted;
    hits elsewhere may then be left out."""
    if units is None:
        units = find_units(low)
    out: list[int] = []
    n = len(low)
    for i in units.percent_signs:
        j = i - 1
        while j >= 0 and low[j].isspace():
            j -= 1
        if j >= 0 and low[j].isdigit():
            out.append(i)
    for i in units.cents:  # "percent", "per cent"
        if low.startswith("per", i - 3) or (
            i >= 4 and (low[i - 1].isspace() or low[i - 1] == "-") and low.startswith("per", i - 4)
        ):
            out.append(i)
    for i in units.pcs:
        if i and low[i - 1].isdigit() and (i + 2 >= n or not _word_char(low[i + 2])):
            out.append(i)  # "15pc", as some newspapers write a percentage
        if low.startswith("t", i + 2) and _whole(low, i, 3):
            out.append(i)  # "pct"
    out.extend(_finds(low, "quarter"))
    for i in _finds(low, "point"):
        e = i + 5
        if e < n and low[e] == "s":
            e += 1
        if e >= n or not _word_char(low[e]):
            out.append(i)
    out.extend(zero_hits(low, lines))  # "scrap tariffs", "zero tariffs": rates with no number
    out.sort()
    return out


# One factored pattern for every talks word (the longest first: "meetings" over
# "meet"): a single scan of the story instead of one ``str.find`` loop per word.
_TALK_WORD = trie_pattern((*TALK_WORDS, "negotiat"))
# The words are searched in a copy of the story where every character that is
# no ASCII word character is a space (a non-ASCII one goes through "?"), one
# byte per character so positions carry over. The pattern then opens with a
# literal space: the engine skips from space to space in C, where a pattern
# opening with a class ("[^a-z0-9_]") tests the class at every character and
# tries the words at every mark as well. A non-ASCII letter before or after a
# word is refused in Python, as it was.
_TALK_AFTER_SPACE = re.compile(b" (?:" + _TALK_WORD.encode() + b")")
_SPACED = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789_" else ord(" ") for c in range(256)
)


def talk_hits(low: str) -> list[int]:
    """Sorted starts of whole talks words (``TALK_NOUN``)."""
    out: list[int] = []
    n = len(low)
    # The space put first stands for the story's start, where "\b" holds too.
    spaced = b" " + low.encode("ascii", "replace").translate(_SPACED)
    for m in _TALK_AFTER_SPACE.finditer(spaced):
        s, e = m.start(), m.end() - 1  # positions in ``low``
        if s and _word_char(low[s - 1]):
            continue  # "é" before the word: no word boundary
        word = low[s:e]
        # "negotiat" is a stem that needs a letter after it; the words end there
        after = e < n and _word_char(low[e])
        if after == (word == "negotiat") and (
            word not in _PHRASE_WORDS or _in_phrase(low, word, s, e)
        ):
            out.append(s)
    return out


# Common words that are talks words only in one phrase (TALK_NOUN says the same):
# "a joint statement", not "said in a statement"; "working on a deal", not "working hours".
_JOINT_BEFORE = regex(r"\bjoint\s+(?:[\w-]+\s+)?$")
_WORKING_AFTER = regex(r"\s+(?:on|with|toward|towards)\b")
# "won cuts in its tariffs", "secured exemptions": a concession won (talks_cues row "won")
_CONCESSION_AFTER = regex(
    r"\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:cuts?|reductions?|exemptions?|"
    r"exclusions?|carve-?outs?|lower\s+(?:tariffs?|rates?|duties))\b"
)
_WON = ("won", "wins", "winning", "secured", "securing", "obtained")
# "an offer to Washington", "a proposal to the US" (talks_cues: an offer put to a side)
_OFFERS = ("offer", "offers", "proposal", "proposals", "counterproposal", "counteroffer")
_PHRASE_WORDS = frozenset(("statement", "statements", "working", *_WON, *_OFFERS))


def _in_phrase(low: str, word: str, start: int, end: int) -> bool:
    if word.startswith("statement"):
        return _JOINT_BEFORE.search(low, max(0, start - 40), start) is not None
    if word == "working":
        return _WORKING_AFTER.match(low, end) is not None
    if word in _WON:
        return _CONCESSION_AFTER.match(low, end) is not None
    if word in _OFFERS:
        return low.startswith(" to ", end)
    return True


# Literals one of which every cues.TARIFF_WORD match holds ("counter-tariff"
# holds "tariff", "duty rate" holds "duty"); a bare "rate" is checked below.
_TARIFF_LITERALS = (
    "tariff",
    "duty",
    "duties",
    "levy",
    "levies",
    "import tax",
    "surtax",
    "surcharge",
    "countermeasure",
    "counter-measure",
    "% tax",  # "an additional 100% tax on Chinese imports"
    "percent tax",
    "per cent tax",
)


def _scans_of(
    literals: tuple[str, ...], shared: tuple[str, ...]
) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
    """How to find ``literals`` with fewer scans of the story: each literal that
    holds one of ``shared`` is found through it (with where it sits inside the
    literal), the others as themselves."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for literal in literals:
        key = next((k for k in shared if k in literal), literal)
        groups.setdefault(key, []).append((literal, literal.find(key)))
    return tuple((key, tuple(found)) for key, found in groups.items())


# One scan for "duty" and "duties", one for every "... tax", one for both spellings
# of "countermeasure": each scan of a 2 KB story costs as much as the checks of
# the few places it finds.
_TARIFF_SCANS = _scans_of(_TARIFF_LITERALS, ("dut", " tax", "measure"))


def _literal_hits(low: str) -> list[int]:
    """Starts of every ``_TARIFF_LITERALS`` literal in ``low`` (unsorted)."""
    out: list[int] = []
    for key, literals in _TARIFF_SCANS:
        for i in _finds(low, key):
            for literal, offset in literals:
                if i >= offset and low.startswith(literal, i - offset):
                    out.append(i - offset)
    return out


# Verbs cues.TARIFF_WORD takes for a tariff word only with a percentage right
# after them ("pay 25%", "It was 25% until"): a hit only with a unit close by.
_VERB_LITERALS = (
    "tax",  # "to tax U.S. rice at 50%", "taxes", "taxing", "taxed at"
    "levied at",
    "assessed at",
    "hit with",
    "slapped with",
    "charge",
    "pay",
    "paid",
    "face",
    "facing",
    "carry",
    "carri",
    "subject to",
    "subjected to",
    "get",
    "got",
    "receiv",
    "assigned",
    "it was",
    "it is",
    "it had been",
    "it will be",
    "it stood",
    "it stands",
    "measure",  # "safeguard measures of 25%", "the US measures, 25% on steel"
    "deposit",  # "security deposits of up to 39%"
)
_VERB_REACH = 40  # the percentage follows within this many characters
_LONGEST_VERB = max(map(len, _VERB_LITERALS))


def _unit_near(low: str, i: int) -> bool:
    window = low[i : i + _VERB_REACH]
    return "%" in window or "cent" in window or "pc" in window


def _verb_hits(low: str, units: Units) -> list[int]:
    """Starts of the verb literals with a unit within ``_VERB_REACH`` after them
    (``_unit_near``), found by searching only the stretches before the units:
    a tenth of the story, instead of the whole story once per verb."""
    sized = ((units.percent_signs, 1), (units.cents, 4), (units.pcs, 2))
    # A verb at i qualifies iff some unit [u, e) lies inside low[i:i+_VERB_REACH],
    # that is i in [e - _VERB_REACH, u]. Most stories hold no verb there: the
    # stretches cut per unit, unmerged, tell so at one ``in`` per verb, and the
    # ranges are sorted and merged only when one is.
    rough = "\0".join(
        low[max(0, u + size - _VERB_REACH) : u + _LONGEST_VERB]
        for positions, size in sized
        for u in positions
    )
    for needle in _VERB_LITERALS:
        if needle in rough:
            break
    else:
        return []
    ranges = sorted(
        (max(0, u + size - _VERB_REACH), u) for positions, size in sized for u in positions
    )
    merged: list[tuple[int, int]] = []
    lo, hi = ranges[0]
    for a, b in ranges[1:]:
        if a > hi + 1:
            merged.append((lo, hi))
            lo = a
        hi = max(hi, b)
    merged.append((lo, hi))
    stretches = [low[a : b + _LONGEST_VERB] for a, b in merged]
    joined = "\0".join(stretches)  # one C test per verb before the per-stretch finds
    out: list[int] = []
    for needle in _VERB_LITERALS:
        if needle not in joined:
            continue
        for (a, b), stretch in zip(merged, stretches, strict=True):
            j = stretch.find(needle)
            while j >= 0 and a + j <= b:
                out.append(a + j)
                j = stretch.find(needle, j + 1)
    return out


# "Vietnam 46%, Taiwan 32%", "Syria (41 per cent), Canada (35 per cent)": a list of
# rates whose items name their countries and no tariff word. The sentence is read
# for tariffs; lists.py decides whether the items are countries.
_RATE = r"\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)"
# What may follow the first rate of a list: a joint and the next item, the goods
# it is on, or the baseline it is.
_JOINT = r"\s*\)?\s*(?:,|;|\band\b)"
_ON = r"\s+(?:on|for)\s+"
_BASELINE = r"\s+(?:reciprocal\s+)?baseline\b"
# The pattern starts at a digit, so the engine skips every other character fast.
RATE_LIST = regex(
    _RATE + _JOINT + r"\s*(?:and\s+)?(?:the\s+)?"
    r"[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*)?\s+(?:\(\s*)?"
    + _RATE
    # "41% on Syria, 35% on Canada"
    + r"|"
    + _RATE
    + _ON
    + r"(?:the\s+)?[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*)?\s*"
    r"(?:,|;|\band\b)\s*(?:and\s+)?"
    + _RATE
    + r"\s+(?:on|for)\s"
    # "face only the 10% baseline": the baseline is a tariff by name
    + r"|"
    + _RATE
    + _BASELINE
    # a line of an explainer's list: "- Canada: 35%", "Mexico - 25%", "China: 30%."
    + r"|^[ \t]*[-•*·]?[ \t]*[a-z][\w.'’ -]{1,40}?[ \t]*(?::|-|–|—)[ \t]*"
    + _RATE
    + r"[ \t]*\.?[ \t]*$"
)
# Right after a rate, whether a list may go on from it: every RATE_LIST match
# that opens with a number goes on so from its first rate.
_LIST_GOES_ON = regex(_JOINT + "|" + _ON + "|" + _BASELINE)


_DIGIT = regex(r"\d")
# "rates stay at 30 per cent on Chinese imports" (TARIFF_WORD's own guards follow)
_RATES_STAND_ON = regex(r"rates?" + RATE_STANDS_ON)


# What follows "rate" in TARIFF_WORD's "the highest rate, 34%" (its lookahead).
_APPOSED_FIGURE = regex(r"(?:\s+[a-z]+){0,3},\s+\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)")


def _line_end(low: str, i: int) -> int:
    stop = low.find("\n", i)
    return stop if stop >= 0 else len(low)


def _rate_list_hits(low: str, units: Units) -> list[int]:
    """Starts of RATE_LIST matches, tried only at the numbers before a unit."""
    out: list[int] = []
    for found, size in ((units.percent_signs, 1), (units.cents, 4)):
        for i in found:
            near = low[max(0, i - 48) : i]
            if ":" in near or "-" in near:  # the mark the test below needs, within its reach
                line = low.rfind("\n", 0, i) + 1
                # "- Canada: 35%" on a line of its own, or "China: 30%." as a sentence
                dot = low.rfind(". ", max(line, i - 50), i)
                start = dot + 2 if dot >= 0 else line
                if i - start <= 48 and (":" in low[start:i] or "-" in low[start:i]):
                    stop = _line_end(low, i)
                    dot = low.find(". ", i, stop)
                    if RATE_LIST.match(low[start : dot + 1 if dot >= 0 else stop]):
                        out.append(start)
                        continue
            # Most rates end a phrase ("fell 9.3% in early trading"): no list
            # goes on from them, and the tests below are spared.
            if not _LIST_GOES_ON.match(low, i + size):
                continue
            seg = low[i : i + 50]  # a joint and a next number must follow closely
            listing = "," in seg or ";" in seg or " and " in seg
            if not ((listing and _DIGIT.search(seg)) or "baseline" in seg):
                continue
            j = i
            while j > 0 and (low[j - 1].isdigit() or low[j - 1] in ". per"):
                j -= 1  # back over "38.1 ", "25 per "
            while j < i and not low[j].isdigit():
                j += 1
            if j < i and RATE_LIST.match(low, j):
                out.append(j)
    return out


def tariff_hits(low: str, units: Units | None = None) -> list[int]:
    """Sorted starts of tariff words: a superset of ``cues.TARIFF_WORD``'s matches.

    "rate" counts only where TARIFF_WORD would take it ("reciprocal rate",
    "rates on steel"): "interest rates" and "corporate" hold no tariff word.
    ``units`` is ``find_units(low)``.
    """
    if units is None:
        units = find_units(low)
    out = _literal_hits(low)
    out.extend(_verb_hits(low, units))
    if len(units.percent_signs) + len(units.cents) > 1 or "baseline" in low:
        out.extend(_rate_list_hits(low, units))
    n = len(low)
    for i in _finds(low, "rate"):
        e = i + 5 if low.startswith("s", i + 4) else i + 4
        if not _whole(low, i, e - i):
            continue
        if (
            low.startswith("reciprocal ", i - 11)
            or low.startswith("baseline ", i - 9)
            or low.startswith("% ", i - 2)
            or low.startswith("% us ", i - 5)
            or low.startswith("cent ", i - 5)  # "a lower 10 percent rate"
            or low.startswith("the ", i - 4)  # "the rate will climb to 100%"
            or low.startswith("s ", i - 2)  # "India's rate goes up to 50%"
            # "the highest rate, 34%": only with its figure in apposition, as
            # TARIFF_WORD asks; "interest rates at 3.7%" is no hit
            or (low.startswith("t ", i - 2) and _APPOSED_FIGURE.match(low, i + 4) is not None)
            or low.startswith("same ", i - 5)
            or (
                low.startswith(" of ", e)
                and e + 4 < n
                and (low[e + 4].isdigit() or low.startswith("up to", e + 4))
            )
        ):
            out.append(i)
            continue
        j = e
        while j < n and low[j].isspace():
            j += 1
        if j > e and (low.startswith("on", j) or low.startswith("for", j)):
            k = j + (2 if low.startswith("on", j) else 3)
            if k < n and low[k].isspace():
                out.append(i)
        elif _RATES_STAND_ON.match(low, i):
            out.append(i)
    out.sort()
    return out
