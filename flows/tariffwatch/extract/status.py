"""A tariff fact's status, whether it is the article's news, and its dates.

tariffs.py finds a rate and the words that govern it (its clause); this module
reads those words:

    tariff_status(clause, published)   threatened / announced / in_effect / paused
    is_current(...)                    news, or background history
    read_clause(...)                   all of the above plus effective/expires
    has_status_cue(text)               whether a stretch holds any status verb
    old_is_background(sentence, pos)   "..., which had ...": the old rate is history
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tariffwatch.extract import cues, dates
from tariffwatch.model import TariffStatus

# Any status cue at all, in one pattern: one search instead of five.
_ANY_STATUS = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (cues.TOOK_EFFECT, cues.PAUSED, cues.THREAT, cues.THREAT_WEAK, cues.ANNOUNCED)
    )
)
_BACKGROUND_AFTER = re.compile(
    r"\s*(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){1,3}had\b|\s*(?:that|which)\s+(?:had|was|were)\b"
)
_PAST_MONTH = re.compile(
    r"\b(?:in|on|since)\s+(?P<m>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d)"
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_AVERT_BEFORE = re.compile(
    r"\b(?:avert\w*|avoid\w*|head(?:ed|ing|s)?\s+off|stave\w*\s+off|ward\w*\s+off)\s+"
    r"(?:(?:the|a|an|any)\s+)?(?:[\w-]+\s+){0,2}?$"
)
_DECIDED = re.compile(r"\b(?:announc\w*|unveil\w*|sign(?:ed|s|ing)?)\b")
# A status verb after these belongs to another clause: "had threatened to double
# the levy to 50% before backing down when Ontario suspended its surcharge".
_SUBORDINATE = re.compile(r"\s(?:before|after|when|because|once|since)\s")
# Literals _SUBORDINATE needs: most rates' words hold none.
_SUBORDINATE_STEMS = (" before ", " after ", " when ", " because ", " once ", " since ")
_INSTEAD_BEFORE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?$")


@dataclass(frozen=True, slots=True)
class Reading:
    status: TariffStatus
    current: bool
    effective: date | None
    expires: date | None


def has_status_cue(text: str) -> bool:
    return _ANY_STATUS.search(text) is not None


def old_is_background(sentence: str, pos: int) -> bool:
    """Whether the words at ``pos``, right after an old rate, make it history
    ("to 30% from 145%, which had ...")."""
    return _BACKGROUND_AFTER.match(sentence, pos) is not None


def tariff_status(window: str, published: date | None, may: bool = False) -> TariffStatus:
    """The status the words governing a rate give it; ``may`` is the modal,
    which only the original case tells from the month."""
    if cues.has_any(window, cues.TOOK_EFFECT_STEMS) and cues.TOOK_EFFECT.search(window):
        return "in_effect"
    if cues.has_any(window, cues.PAUSED_STEMS) and cues.PAUSED.search(window):
        return "paused"
    if may or cues.THREAT.search(window):
        return "threatened"
    weak = cues.THREAT_WEAK.search(window)
    announced = cues.ANNOUNCED.search(window) or future_effective(window, published)
    if announced:
        return "announced"
    if weak:
        return "threatened"
    return "in_effect"


def future_effective(window: str, published: date | None) -> bool:
    if not cues.EFFECTIVE_CUE.search(window):
        return False
    when = dates.effective_date(window, published, future=True)
    if (
        when is not None
        and cues.PAST_ACTION.search(window)
        and not cues.FUTURE_MARK.search(window)
        and dates.effective_date(window, published, future=False) != when
    ):
        return False  # "raised the rate ... on Wednesday": a done deed, last Wednesday
    return when is not None and (published is None or when > published)


def is_current(
    sentence: str,
    orig: str,
    rate: tuple[int, int],
    clause: tuple[int, int],
    stop: int,
    published: date | None,
) -> bool:
    """Whether the rate at ``rate`` is news as of ``published``; ``stop`` ends
    its words (an old rate that is history of its own comes after it)."""
    cs = clause[0]
    # The sub-clause the rate sits in: from the last comma before it to the next one.
    left = sentence.rfind(",", cs, rate[0])
    right = sentence.find(",", rate[1], stop)
    right = right if right >= 0 else stop
    local = sentence[left + 1 if left >= 0 else cs : right]
    if cues.has_any(local, cues.BACKGROUND_STEMS) and cues.BACKGROUND.search(local):
        return False
    if published is not None:
        years = cues.YEAR_RE.finditer(local) if ("19" in local or "20" in local) else ()
        for y in years:
            if int(y.group()) < published.year and re.search(
                r"\b(?:in|since|during)\s+$", local[: y.start()]
            ):
                return False
        # "which had reached 145% in April": a month behind a relative pronoun.
        if ("which" in local or "that" in local) and re.search(r"\b(?:which|that)\b", local):
            m = _PAST_MONTH.search(orig, left + 1 if left >= 0 else cs, right)
            if m and _MONTHS.index(m.group("m")) + 1 < published.month:
                return False
    return True


def read_clause(
    sentence: str,
    orig: str,
    *,
    window: tuple[int, int],
    rate: tuple[int, int],
    fact: tuple[int, int],
    clause: tuple[int, int],
    stop: int,
    in_list: bool,
    published: date | None,
) -> Reading:
    """Status, current and dates of one rate.

    ``sentence`` is the lowered ``orig``; ``window`` the words that govern the
    rate (its own clause, or its whole list's); ``rate`` the percentage;
    ``fact`` the whole fact (old rate and tariff word included); ``clause`` the
    sentence clause it sits in; ``stop`` where its own words end for history.
    """
    window_start, window_end = window
    cs = clause[0]
    sub = (
        _SUBORDINATE.search(sentence, fact[1], window_end)
        if not in_list and cues.has_any(sentence[fact[1] : window_end], _SUBORDINATE_STEMS)
        else None
    )
    status_end = sub.start() if sub else window_end
    may = "may" in orig[window_start:status_end] and (
        cues.MAY.search(orig, window_start, status_end) is not None
    )
    status = tariff_status(sentence[window_start:status_end], published, may)
    current = is_current(sentence, orig, rate, clause, stop, published)
    # Substring tests in front of the rare cues below ("avert", "instead of"):
    # most sentences hold none of them.
    instead = "instead" in sentence or "rather" in sentence
    p_at = rate[0]
    if instead and _INSTEAD_BEFORE.search(sentence, max(cs, p_at - 30), p_at):
        current = False  # "a 10% tariff instead of the 20% announced in April"
    averts = "avert" in sentence or "avoid" in sentence or " off" in sentence
    if averts and _AVERT_BEFORE.search(sentence, max(cs, fact[0] - 40), p_at):
        # "a deal that would avert 100% tariffs": a threat that is off the table.
        status, current = "threatened", False
    text = sentence[window_start:window_end]
    future = status in ("announced", "threatened", "paused")
    effective = dates.effective_date(text, published, future=future)
    if (
        effective is not None
        and status == "announced"
        and published
        and (effective <= published)
        and not re.search(r"\b(?:will|set to|takes effect)\b", text)
        and not _DECIDED.search(text)
    ):
        # ...unless the day is the decision's: "Trump on Wednesday announced".
        status = "in_effect"
    expires = dates.expiry_date(text, effective)
    return Reading(status, current, effective, expires)
