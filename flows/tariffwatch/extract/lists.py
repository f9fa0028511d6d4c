"""Lists that pair each country with its own rate: "Syria (41%), Canada (35%)",
"Vietnam 46%, Taiwan 32% and Japan 24%", "Canada: 35%; Mexico: 25%".

In such a list the country is the target of the rate beside it, whatever
preposition or verb stands before the list; who levies is read as for any
other rate. A country written beside a number only once ("the US 25% tariff")
is no list: two items joined by a comma or "and" are needed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from tariffwatch.extract.countries import DEMONYM, Mention
from tariffwatch.extract.cues import gate_patterns
from tariffwatch.extract.numbers import Percent
from tariffwatch.extract.regex_cache import regex


@dataclass(frozen=True, slots=True)
class ListItem:
    mention: Mention
    pct: Percent
    end: int  # where the item's words end (after a closing parenthesis)
    start: int  # where they begin: the country, or the rate ("41% on Syria")
    # The country is the rate's own target. "20% for Laos and Myanmar" may go on
    # past the item's one country, so there the tariff rules read the targets.
    forced: bool = True


# How a country and its rate are written side by side, one shape a row:
# (what stands between the name and the number, what must follow the number).
_ITEM_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (regex(r"\s*\(\s*"), regex(r"\s*\)")),  # Syria (41%)
    (regex(r"\s*:\s*"), None),  # Canada: 35%
    (regex(r"\s+(?:at\s+)?"), None),  # Vietnam 46%, Taiwan at 32%
    # the list's first item may carry its verb: "Canada faces 35%, Mexico 25%",
    # "The EU is to be charged 20%, Vietnam 46%"
    (
        regex(
            r"\s+(?:(?:is|are|was|were|will|would)\s+)?(?:(?:to\s+)?be\s+)?"
            r"(?:(?:already|now|still|currently)\s+)?(?:faces?|facing|pays?|paying|gets?|charged|set\s+at|hit\s+with)\s+(?:a\s+|an\s+)?"
            # "Vietnam was among the hardest hit at 46%"
            r"|\s+(?:is|are|was|were)\s+(?:among\s+)?(?:the\s+)?(?:hardest|worst)[\s-]+hit\s+"
            r"(?:at|with)\s+(?:a\s+|an\s+)?"
        ),
        # "Japan faces a 24% rate and India 26%": the first item may name its noun
        regex(r"(?:\s+(?:tariff|rate|duty|levy)s?\b)?"),
    ),
    # "Laos and Myanmar are at 40%, Switzerland at 39%"
    (
        regex(r"\s+(?:is|are|was|were|stands?|stood|sits?|remains?|will\s+be)\s+at\s+"),
        None,
    ),
)
# The rate first, then its country: "41% on Syria, 35% on Canada", "20% for Laos".
_RATE_THEN_COUNTRY = regex(r"\s+(?:on|for|against)\s+(?:the\s+)?$")
# What joins two items of one list.
# ("Vietnam was hit at 46%, while Indonesia faces 32%": a contrast goes on with the
# list; "Indonesia and the Philippines 19% each, and South Korea 15%": so does "each")
_JOIN = regex(
    r"(?:\s+(?:each|apiece))?"
    r"(?:\s*[,;]\s*(?:(?:and|or|while|whereas)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)"
)


# A line of an explainer's list: "- Canada: 35%", "Mexico - 25%", "China: 30%."
_LINE_ITEM = regex(r"[ \t]*[-•*·]?[ \t]*(?:the\s+)?")
# "Swiss goods: 39%": the goods may stand between the country and its rate
_LINE_JOINT = regex(r"(?:[ \t]+(?:goods|imports|exports|products))?[ \t]*(?::|-|–|—)[ \t]*")
_LINE_END = regex(r"[ \t]*\.?[ \t]*")


def line_item(sentence: str, mentions: list[Mention], percents: list[Percent]) -> ListItem | None:
    """The one country and rate a sentence that is a list's line consists of."""
    if len(mentions) != 1 or len(percents) != 1:
        return None
    m, p = mentions[0], percents[0]
    if not (
        _LINE_ITEM.fullmatch(sentence, 0, m.start)
        and _LINE_JOINT.fullmatch(sentence, m.end, p.start)
        and _LINE_END.fullmatch(sentence, p.end)
    ):
        return None
    return ListItem(m, p, p.end, m.start)


def country_rate_items(
    sentence: str, mentions: list[Mention], percents: list[Percent]
) -> list[ListItem]:
    """The items of every list of two or more country-rate pairs in ``sentence``."""
    if len(mentions) < 2 or len(percents) < 2:
        return []
    by_start = {p.start: p for p in percents}
    items: list[ListItem] = []
    for m in mentions:
        if m.kind == DEMONYM:
            continue  # "Chinese 25%" is no way to write a list item
        item = _item(sentence, m, by_start) or _rate_first(sentence, m, percents)
        if item is not None:
            items.append(item)
    items = _with_coordinated(sentence, mentions, items)
    out: list[ListItem] = []
    run: list[ListItem] = []
    for item in items:
        if run and _JOIN.fullmatch(sentence, run[-1].end, item.start):
            run.append(item)
            continue
        if len(run) > 1:
            out.extend(run)
        run = [item]
    if len(run) > 1:
        out.extend(run)
    return out


def _with_coordinated(
    sentence: str, mentions: list[Mention], items: list[ListItem]
) -> list[ListItem]:
    """ "Laos and Myanmar are at 40%": a country joined to an item's country, with no
    rate of its own, shares that item's rate."""
    if not items:
        return items
    have = {i.mention.start for i in items}
    out: list[ListItem] = []
    for item in items:
        k = next((j for j, m in enumerate(mentions) if m.start == item.mention.start), -1)
        added: list[ListItem] = []
        nxt = item.mention
        while k > 0:
            m0 = mentions[k - 1]
            if (
                m0.start in have
                or m0.kind == DEMONYM
                or not _JOIN.fullmatch(sentence, m0.end, nxt.start)
            ):
                break
            added.insert(0, ListItem(m0, item.pct, m0.end, m0.start, forced=False))
            have.add(m0.start)
            nxt, k = m0, k - 1
        out.extend(added)
        # with countries joined to it, the rate's targets are read as for "on A and B"
        out.append(dataclasses.replace(item, forced=False) if added else item)
    return out


def _item(sentence: str, m: Mention, by_start: dict[int, Percent]) -> ListItem | None:
    for between, after in _ITEM_SHAPES:
        gap = between.match(sentence, m.end)
        if gap is None:
            continue
        p = by_start.get(gap.end())
        if p is None or p.points or p.lo is not None:
            continue
        end = p.end
        if after is not None:
            close = after.match(sentence, p.end)
            if close is None:
                continue
            end = close.end()
        return ListItem(m, p, end, m.start)
    return None


def _rate_first(sentence: str, m: Mention, percents: list[Percent]) -> ListItem | None:
    """ "41% on Syria": the rate that ends right before the country's preposition."""
    for p in percents:
        if (
            p.end <= m.start <= p.end + 20
            and not p.points
            and p.lo is None
            and _RATE_THEN_COUNTRY.fullmatch(sentence, p.end, m.start)
        ):
            return ListItem(m, p, m.end, p.start, forced=False)
    return None


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
