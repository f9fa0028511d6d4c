"""``extract``: news text in, typed facts out. Pure: no I/O, no network, no state."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Mapping
from datetime import date

from tariffwatch.extract.context import StoryContext
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.cues import TARIFF_WORD, lower, stem_positions
from tariffwatch.extract.negotiations import find_cues, read_negotiations
from tariffwatch.extract.numbers import PERCENT_HINT
from tariffwatch.extract.sentences import sentence_spans
from tariffwatch.extract.tariffs import read_tariffs
from tariffwatch.model import Fact, NegotiationFact, TariffFact

# Literal stems, found once in the whole lowercased story: a sentence is read
# for tariffs only if it holds a tariff stem and a percent stem, for talks only
# if it holds a talks stem. The exact patterns run later, on those sentences.
_TARIFF_STEMS = ("tariff", "duty", "duties", "levy", "levies", "import tax", "rate")
_PERCENT_STEMS = ("%", "percent", "per cent", "pct", "point", "quarter")
_TALK_STEMS = (
    "talk", "negotiat", "dialogue", "deal", "agreement", "framework", "truce", "accord",
    "pact", "consensus", "round", "discussion", "deadlock", "impasse", "stalemate", "meet",
    "met ",
)

def extract(
    text: str,
    *,
    published: date | None = None,
    title: str | None = None,
    aliases: Mapping[str, str] | None = None,
) -> list[Fact]:
    """Every tariff and negotiation fact the text states, in reading order.

    ``published`` resolves "on Friday" and tells history from news; ``title`` is
    read too, but a headline's fact gives way to the body's ("headlines
    overstate"); ``aliases`` adds names (officials, agencies) to the built-in lists.
    """
    ctx = StoryContext(text if not title else f"{title}\n{text}", published, aliases)
    title_facts = _read(title, lower(title), ctx, aliases, title=True) if title else []
    low_text = lower(text)
    tariff_at = stem_positions(low_text, _TARIFF_STEMS)
    percent_at = stem_positions(low_text, _PERCENT_STEMS) if tariff_at else []
    talk_at = stem_positions(low_text, _TALK_STEMS)
    if not talk_at and not percent_at:
        return title_facts  # nothing in the whole story to read: skip the splitting too
    body: list[Fact] = []
    for start, end in sentence_spans(text):
        tariffish = _any_in(percent_at, start, end) and _any_in(tariff_at, start, end)
        talkish = _any_in(talk_at, start, end)
        if tariffish or talkish:
            body.extend(_read(text[start:end], low_text[start:end], ctx, aliases, title=False))
    facts = _merge_title(title_facts, body)
    return _settle_talks(_dedupe(facts))


def _any_in(positions: list[int], start: int, end: int) -> bool:
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end

def _read(
    sentence: str,
    low: str,
    ctx: StoryContext,
    aliases: Mapping[str, str] | None,
    *,
    title: bool,
) -> list[Fact]:
    # The cheap tests first: most sentences of a news item hold neither a
    # rate nor a talks cue, and never reach the country regex.
    tariff_like = PERCENT_HINT.search(low) is not None and TARIFF_WORD.search(low) is not None
    talk_cues = find_cues(low)
    if not tariff_like and not talk_cues:
        return []
    mentions = find_mentions(sentence, aliases)
    if not mentions and not talk_cues:
        return []
    conf = 0.7 if title else 0.9
    out: list[Fact] = []
    if tariff_like:
        out.extend(read_tariffs(sentence, mentions, ctx, low=low, confidence=conf))
    if talk_cues:
        out.extend(
            read_negotiations(
                sentence, mentions, ctx, low=low, found=talk_cues, confidence=conf - 0.05
            )
        )
    return out


def _key(f: Fact) -> tuple:
    if isinstance(f, TariffFact):
        return ("tariff", f.imposer, f.target, round(f.new_rate, 1))
    return ("negotiation", f.parties)


def _merge_title(title_facts: list[Fact], body: list[Fact]) -> list[Fact]:
    """A headline fact stands only when the body does not speak to the same key."""
    seen = {_key(f) for f in body}
    return [f for f in title_facts if _key(f) not in seen] + body


def _dedupe(facts: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    seen: set[tuple] = set()
    for f in facts:
        if isinstance(f, TariffFact):
            k: tuple = (f.imposer, f.target, f.new_rate, f.old_rate, f.status, f.current, f.scope)
        else:
            k = (f.parties, f.status, f.current)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _settle_talks(facts: list[Fact]) -> list[Fact]:
    """One current state of talks per pair: the story's first, its news.

    Later sentences that give another status for the same pair recap the road
    there ("weeks of stalled dialogue"); they stay facts but not current ones.
    """
    lead: dict[tuple[str, str], str] = {}
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, NegotiationFact) and f.current:
            first = lead.setdefault(f.parties, f.status)
            if first != f.status:
                f = dataclasses.replace(f, current=False)
        out.append(f)
    return out
