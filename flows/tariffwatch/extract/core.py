"""``extract``: news text in, typed facts out. Pure: no I/O, no network, no state."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from datetime import date

from tariffwatch.extract.context import StoryContext
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.cues import DISTRACTOR, TARIFF_WORD, lower
from tariffwatch.extract.hits import (
    RATE_LIST,
    find_units,
    line_breaks,
    percent_hits,
    talk_hits,
    tariff_hits,
)
from tariffwatch.extract.negotiations import TALK_NOUN, find_cues, read_negotiations, settle_talks
from tariffwatch.extract.numbers import has_percent_hint
from tariffwatch.extract.sentences import sentence_at
from tariffwatch.extract.story_status import settle_story
from tariffwatch.extract.tariffs import read_tariffs, remember_goods
from tariffwatch.extract.tidy import quote_delivered, tidy_text
from tariffwatch.model import Fact, TariffFact


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
    delivered, delivered_title = text, title
    text = tidy_text(text)
    title = tidy_text(title) if title else title
    ctx = StoryContext(text if not title else f"{title}\n{text}", published, aliases)
    title_facts = _read(title, lower(title), ctx, aliases, title=True) if title else []
    # A sentence is read for tariffs only if it holds a percentage unit and a
    # tariff word, for talks only if it holds a talks word. Hits are found once
    # in the whole lowercased story; only the sentences around them are split out.
    low_text = lower(text)
    units = find_units(low_text)
    tariff_at = tariff_hits(low_text, units)
    percent_at: list[int] = []  # a rate needs a tariff word: without one, none is read
    if tariff_at:
        # A percentage alone ("the yuan fell 0.5%") is read only with a tariff
        # stem in its sentence. A sentence never crosses a line break, so only
        # the paragraphs with a tariff stem are searched for rates with no
        # number, and a percentage in any other is dropped without splitting.
        breaks = line_breaks(low_text)
        tariff_paras = {breaks[bisect_left(breaks, t) - 1] + 1 for t in tariff_at}
        percent_at = [
            p
            for p in percent_hits(low_text, units, lines=tariff_paras)
            if breaks[bisect_left(breaks, p) - 1] + 1 in tariff_paras
        ]
    talk_at = talk_hits(low_text)
    body: list[Fact] = []
    done = -1  # end of the last sentence read; hits inside it are already covered
    # Both lists are sorted: sorted() merges the two runs in C, where
    # heapq.merge steps a Python generator once per hit.
    for pos in sorted(percent_at + talk_at):
        if pos < done:
            continue
        start, end = sentence_at(text, pos, after=max(done, 0))
        tariffish = _any_in(percent_at, start, end) and _any_in(tariff_at, start, end)
        ctx.told_goods = None
        if tariffish:  # only the tariff rules read the goods told before
            _goods_told_before(text, low_text, tariff_at, max(done, 0), start, ctx)
        done = end
        talkish = _any_in(talk_at, start, end)
        if tariffish or talkish:
            body.extend(
                _read(
                    text[start:end],
                    low_text[start:end],
                    ctx,
                    aliases,
                    title=False,
                    percent=tariffish,
                    talk=talkish,
                )
            )
    facts = _merge_title(title_facts, body)
    facts = settle_story(facts, text, published, title=title)
    facts = _dedupe(_settle_talks(facts))
    if delivered_title and title:
        facts = quote_delivered(facts, title, delivered_title)
    return quote_delivered(facts, text, delivered)


def _goods_told_before(
    text: str, low_text: str, tariff_at: list[int], after: int, start: int, ctx: StoryContext
) -> None:
    """The goods of a tariff told with no rate in the sentence just before the one
    about to be read ("Canada will put new tariffs on steel wire from Vietnam. The
    duties will be 22% ..."): the rate that follows without goods is on them."""
    i = bisect_left(tariff_at, start) - 1
    if i < 0 or tariff_at[i] < after:
        return
    s, e = sentence_at(text, tariff_at[i], after=after)
    if e <= start:
        remember_goods(low_text[s:e], text[s:e], ctx)


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
    percent: bool | None = None,
    talk: bool | None = None,
) -> list[Fact]:
    """Facts of one sentence. ``percent`` and ``talk``, when the caller knows
    them from the story's hits, stand for the percent_hint() and TALK_NOUN tests."""
    if talk is None:
        talk = TALK_NOUN.search(low) is not None
    # A sentence with neither a country nor a talks cue is read only as a sequel
    # (below), which a headline never is: the country regex, fast on its capital
    # first letters, spares such a headline the percentage test.
    mentions = find_mentions(sentence, aliases) if not talk else None
    if title and not mentions and not talk:
        return []
    if percent is None:
        percent = has_percent_hint(low)
    words = list(TARIFF_WORD.finditer(low)) if percent else []
    if mentions == [] and not any(map(_sequel_word, words)):
        return []  # no country, no talks cue, no tariff word sure enough for a sequel
    # "Canada faces 35%, Mexico 25% and China 30%": a country-rate list stands for
    # the tariff word it lacks (tariffs.read_tariffs checks the items are countries).
    tariff_like = bool(words) or bool(percent and RATE_LIST.search(low))
    talk_cues = find_cues(low, noun_known=True) if talk else []
    if not tariff_like and not talk_cues:
        return []
    if mentions is None:
        mentions = find_mentions(sentence, aliases)
    if (
        not mentions
        and not talk_cues
        and (
            title
            or not any(map(_sequel_word, words))
            or DISTRACTOR.search(low) is not None
            or ctx.last is None  # last: it may read the whole story's countries
        )
    ):
        # A sentence with no country is read only as a sequel: "Potash will be
        # subject to a reduced 10% tariff" after a sentence on US-Canada tariffs.
        # Its tariff word must be a sure one ("freight rates on routes" is none),
        # and one that speaks of revenue, prices or an average is no sequel: skip
        # them before the rules run.
        return []
    conf = 0.7 if title else 0.9
    out: list[Fact] = []
    if tariff_like:
        out.extend(read_tariffs(sentence, mentions, ctx, low=low, confidence=conf, words=words))
    if talk_cues:
        out.extend(
            read_negotiations(
                sentence, mentions, ctx, low=low, found=talk_cues, confidence=conf - 0.05
            )
        )
    return out


def _sequel_word(word: re.Match[str]) -> bool:
    """A tariff word sure enough to read a sentence that names no country:
    any but a bare "rate", unless a percentage comes right before it ("a 10% rate")."""
    if not word.group().startswith("rate") or word.string.endswith("the ", 0, word.start()):
        return True  # "The rate will climb to 100%": the tariff told before
    return word.string.endswith(("% ", "%"), 0, word.start())


def _key(f: Fact) -> tuple[object, ...]:
    if isinstance(f, TariffFact):
        # The pair unordered: headlines compress "tariffs on China" into "China
        # tariffs", so their direction is the least reliable thing they say. When
        # the body gives the same rate between the same two countries, the body's
        # reading of who taxes whom wins.
        return ("tariff", frozenset((f.imposer, f.target)), round(f.new_rate, 1))
    return ("negotiation", f.parties)


def _merge_title(title_facts: list[Fact], body: list[Fact]) -> list[Fact]:
    """A headline fact stands only when the body does not speak to the same key.

    The key of a tariff is its unordered pair and rate (see _key).
    """
    seen = {_key(f) for f in body}
    return [f for f in title_facts if _key(f) not in seen] + body


def _dedupe(facts: list[Fact]) -> list[Fact]:
    out: list[Fact] = []
    seen: set[tuple[object, ...]] = set()
    for f in facts:
        if isinstance(f, TariffFact):
            k: tuple[object, ...] = (
                f.imposer,
                f.target,
                f.new_rate,
                f.old_rate,
                f.status,
                f.current,
                f.scope,
            )
        else:
            k = (f.parties, f.status, f.current)
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


def _settle_talks(facts: list[Fact]) -> list[Fact]:
    """One current state of talks per pair (see ``negotiations.settle_talks``).

    Run before the dedupe, so that of two readings of one status the one
    that keeps its currency is the one kept.
    """
    return settle_talks(facts)
