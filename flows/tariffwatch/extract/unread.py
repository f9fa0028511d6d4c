"""Rate mentions the rules could not read: kept for a human, never a fact.

On news they have not seen the rules miss about a third of the tariff rates,
most of them in sentences they did read but could not turn into a fact (no
side found, wording they do not know). Dropped silently, such a rate leaves the
user no trace that a story said "duties of 35.3% on ... from China". This module
lists them: each percentage of a sentence with a tariff word and a country that
no fact of the item was read from. It runs after ``extract`` on its facts (the
pipeline calls it; ``extract`` itself never does, so its speed is untouched),
and, like the rules, is a pure function of the text.

What is plainly no tariff rate is left out by the rules' own tests
(``tariffs.no_rate_reason``: a stock or currency move, a share, a pace, an
increment, an estimate, a forecast, a money word owning the number) and by the
few below; every test is in the table tests of tests/test_unread.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tariffwatch.extract.countries import find_mentions, finder
from tariffwatch.extract.cues import TARIFF_WORD, lower
from tariffwatch.extract.numbers import Percent, find_percents, has_percent_hint
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.sentences import sentence_at
from tariffwatch.extract.tariffs import firm_rate, no_rate_reason
from tariffwatch.extract.tidy import tidy_text
from tariffwatch.model import Fact, TariffFact, UnreadMention

# "27% less whiskey", "20% more soybeans", "prices 3% higher": a quantity compared,
# not a rate ("a 25% tariff, higher than ..." has its tariff word between).
_COMPARED_AFTER = regex(r"\s+(?:less|more|fewer|higher|lower|cheaper|dearer)\b")
# "15% to 41%", "10%-25%", "between 10% and 25%": one range, or one move from X to
# Y; a fact holds its top or its Y, and the first number alone is no mention.
_RANGE_JOIN = regex(r"\s*(?:to|-|–|—)\s*(?:as\s+much\s+as\s+|about\s+)?$")
_BETWEEN_JOIN = regex(r"\s+and\s+$")
_BETWEEN_BEFORE = regex(r"\bbetween\s+$")


def unread_mentions(
    text: str,
    facts: Sequence[Fact],
    *,
    title: str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[UnreadMention]:
    """The rate mentions of an item that none of its ``facts`` (what ``extract``
    returned for the same text, title and aliases) was read from, headline first.

    A percentage is covered by a tariff fact with that value as its new or old
    rate (or the rise between them) whose evidence is the sentence. A fact of
    another sentence covers it too when the sentence names that fact's goods'
    country (its imposer, for a tariff on imports from everywhere): that is the
    same rate told again, a recap or an echo, and ``extract`` keeps one fact per
    repeated reading. A shared imposer is not enough: "25% on Canada" read does
    not cover "25% on Mexico". A headline is covered by any fact of that rate:
    it compresses the story, and its fact gives way to the body's.
    """
    by_value = _facts_by_value(facts)
    out: list[UnreadMention] = []
    if title and not _all_read(lower(title), by_value):
        tidied = tidy_text(title)
        shown = title if len(tidied) == len(title) else tidied
        out.extend(_listed(shown, tidied, by_value, aliases, headline=True))
    tidied = tidy_text(text)
    delivered = text if len(tidied) == len(text) else tidied
    for s, e in _open_sentences(tidied, delivered, facts, aliases):
        out.extend(_listed(delivered[s:e], tidied[s:e], by_value, aliases, headline=False))
    return out


def _open_sentences(
    text: str, delivered: str, facts: Iterable[Fact], aliases: Mapping[str, str] | None
) -> list[tuple[int, int]]:
    """The spans of the sentences with a country, a tariff word and a percentage that
    no fact read from that sentence holds, split as ``extract`` splits them.

    Most percentages of an item are read (inside a fact's evidence, with that
    fact's rate) or stand in a paragraph with no country or no tariff word (a
    stock, a currency, trade figures): both are told apart without splitting a
    sentence, which is what keeps the listing a few percent of ``extract``'s time.
    The tests are the cheap supersets of those ``_listed`` makes (a country's
    name before its checks, a paragraph's tariff word)."""
    low = lower(text)
    units = _unit_positions(low)
    if not units:
        return []
    read = _read_spans(delivered, facts)
    names = finder(aliases)[0]
    out: list[tuple[int, int]] = []
    done = line_end = 0
    line_open = False
    for u in units:
        if u < done or (read and _read_at(low, u, read)):
            continue
        if u >= line_end:  # a sentence never crosses a line break: each line is tested once
            a = low.rfind("\n", 0, u) + 1
            line_end = low.find("\n", u)
            line_end = len(low) if line_end < 0 else line_end
            line_open = (
                names.search(text, a, line_end) is not None
                and TARIFF_WORD.search(low, a, line_end) is not None
            )
        if not line_open:
            continue
        start, end = sentence_at(text, u, after=done)
        done = end
        if names.search(text, start, end) is not None and TARIFF_WORD.search(low[start:end]):
            out.append((start, end))
    return out


# The number a unit ends ("38.1 %", "3,521%"): read without the full PERCENT_RE.
_NUMBER_BEFORE = regex(
    r"(?<![\w.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?)[\s-]*(?:%|per[\s-]?cent|pct|pc)$"
)


def _unit_positions(low: str) -> list[int]:
    """Where a percentage's unit stands: "%" after a digit, the "cent" of "percent"
    and "per cent", "pct", "15pc" (the units of ``numbers.PERCENT_RE`` that can
    make a rate; "points" never do), in reading order. Found by ``str.find``,
    which a pattern of these alternatives is several times slower than."""
    out: list[int] = []
    i = low.find("%")
    while i >= 0:
        j = i - 1
        while j >= 0 and low[j] == " ":
            j -= 1
        if j >= 0 and low[j].isdigit():
            out.append(i)
        i = low.find("%", i + 1)
    i = low.find("cent")
    while i >= 0:
        if (low.startswith("per", i - 3) or low.startswith("per", i - 4)) and not low.startswith(
            "age", i + 4
        ):  # "percentage points" is an increment, "a percentage of" no number
            out.append(i + 3)
        i = low.find("cent", i + 4)
    i = low.find("pc")
    while i >= 0:
        if i and (low[i - 1].isdigit() or low.startswith("t", i + 2)):
            out.append(i + 1 if low[i - 1].isdigit() else i + 2)
        i = low.find("pc", i + 2)
    out.sort()
    return out


def _all_read(low_title: str, by_value: _Facts) -> bool:
    """Every percentage of a headline has a fact of its rate (see unread_mentions), told
    from its digits alone: a headline with one in words is read whole."""
    for u in _unit_positions(low_title):
        number = _NUMBER_BEFORE.search(low_title, max(0, u - 24), u + 1)
        if number is None or round(float(number.group(1).replace(",", "")), 1) not in by_value:
            return False
    return True


_Span = tuple[int, int, frozenset[float]]


def _read_at(low: str, unit: int, read: list[_Span]) -> bool:
    """The percentage whose unit ends at ``unit`` stands in a fact's evidence and a
    fact read there holds its number (read from the digits before the unit: one
    in words is left for its sentence to decide)."""
    for a, b, values in read:
        if a <= unit < b:
            number = _NUMBER_BEFORE.search(low, max(a, unit - 24), unit + 1)
            if number is not None:
                return round(float(number.group(1).replace(",", "")), 1) in values
    return False


def _read_spans(delivered: str, facts: Iterable[Fact]) -> list[_Span]:
    """Where each tariff fact's evidence stands in the text, with the rates read there."""
    values: dict[tuple[int, int], set[float]] = {}
    for f in facts:
        if isinstance(f, TariffFact) and f.evidence and (at := delivered.find(f.evidence)) >= 0:
            values.setdefault((at, at + len(f.evidence)), set()).update(_values(f))
    return [(a, b, frozenset(vs)) for (a, b), vs in values.items()]


def _listed(
    shown: str,
    sentence: str,
    by_value: _Facts,
    aliases: Mapping[str, str] | None,
    *,
    headline: bool,
) -> list[UnreadMention]:
    """The unread mentions of one sentence (``shown`` as delivered, ``sentence`` tidied)."""
    low = lower(sentence)
    percents = find_percents(low)
    if headline:
        # a headline is covered by any fact of its rate: most are, and need no more
        if all(p.points or round(p.value, 1) in by_value for p in percents):
            return []
        if not has_percent_hint(low) or TARIFF_WORD.search(low) is None:
            return []  # a body sentence is split out only with a percentage and a tariff word
    mentions = find_mentions(sentence, aliases)
    if not mentions:
        return []
    codes = tuple(dict.fromkeys(m.code for m in mentions))
    read_here = any(f.evidence == shown for fs in by_value.values() for f in fs)
    out: list[UnreadMention] = []
    for first, p in _rates(low, percents):
        values = {v for v in (first.value, first.lo, p.lo, p.value) if v is not None}
        if any(_covered(v, shown, codes, by_value, headline=headline) for v in values):
            continue
        if no_rate_reason(low, p) is not None or _COMPARED_AFTER.match(low, p.end):
            continue
        if read_here and firm_rate(sentence, p, mentions):
            continue  # the highest firm's rate is the fact; the others are no miss
        top = max(values) if p.lo is not None and first is p else p.value
        out.append(UnreadMention(shown, top, sentence[first.start : p.end], codes))
    return out


def _rates(low: str, percents: list[Percent]) -> Iterable[tuple[Percent, Percent]]:
    """(first, last) of each rate told: a range or a move "from X% to Y%" written
    with two percentages is one, the rest are their own; increments in points are none."""
    i, n = 0, len(percents)
    while i < n:
        p = percents[i]
        if p.points:
            i += 1
            continue
        if i + 1 < n and not percents[i + 1].points and _joined(low, p, percents[i + 1]):
            yield p, percents[i + 1]
            i += 2
            continue
        yield p, p
        i += 1


def _joined(low: str, a: Percent, b: Percent) -> bool:
    gap = low[a.end : b.start]
    if len(gap) > 16:
        return False
    if _RANGE_JOIN.match(gap):
        return True
    return bool(
        _BETWEEN_JOIN.match(gap) and _BETWEEN_BEFORE.search(low, max(0, a.start - 10), a.start)
    )


_Facts = dict[float, list[TariffFact]]


def _values(f: TariffFact) -> tuple[float, ...]:
    """The rates a fact was read from: new, old, and the rise between them ("its 100%
    surtax" read as 106.1% over the 6.1% before), to 0.1 as score.py matches them."""
    if f.old_rate is None or f.old_rate == f.new_rate:
        return (round(f.new_rate, 1),)
    return (round(f.new_rate, 1), round(f.old_rate, 1), round(f.new_rate - f.old_rate, 1))


def _facts_by_value(facts: Iterable[Fact]) -> _Facts:
    out: _Facts = {}
    for f in facts:
        if isinstance(f, TariffFact):
            for v in _values(f):
                out.setdefault(v, []).append(f)
    return out


def _covered(
    value: float, sentence: str, codes: tuple[str, ...], by_value: _Facts, *, headline: bool
) -> bool:
    for f in by_value.get(round(value, 1), ()):
        if (
            headline
            or f.evidence == sentence
            or f.target in codes
            or (f.target == "*" and f.imposer in codes)
        ):
            return True
    return False
