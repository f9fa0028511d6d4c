"""Lists that pair each country with its own rate: "Syria (41%), Canada (35%)",
"Vietnam 46%, Taiwan 32% and Japan 24%", "Canada: 35%; Mexico: 25%".

In such a list the country is the target of the rate beside it, whatever
preposition or verb stands before the list; who levies is read as for any
other rate. A country written beside a number only once ("the US 25% tariff")
is no list: two items joined by a comma or "and" are needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tariffwatch.extract.countries import DEMONYM, Mention
from tariffwatch.extract.numbers import Percent


@dataclass(frozen=True, slots=True)
class ListItem:
    mention: Mention
    pct: Percent
    end: int  # where the item's words end (after a closing parenthesis)


# How a country and its rate are written side by side, one shape a row:
# (what stands between the name and the number, what must follow the number).
_ITEM_SHAPES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")),  # Syria (41%)
    (re.compile(r"\s*:\s*"), None),  # Canada: 35%
    (re.compile(r"\s+(?:at\s+)?"), None),  # Vietnam 46%, Taiwan at 32%
)
# What joins two items of one list.
_JOIN = re.compile(r"\s*[,;]\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")


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
        item = _item(sentence, m, by_start)
        if item is not None:
            items.append(item)
    out: list[ListItem] = []
    run: list[ListItem] = []
    for item in items:
        if run and _JOIN.fullmatch(sentence, run[-1].end, item.mention.start):
            run.append(item)
            continue
        if len(run) > 1:
            out.extend(run)
        run = [item]
    if len(run) > 1:
        out.extend(run)
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
        return ListItem(m, p, end)
    return None
