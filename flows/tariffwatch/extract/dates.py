"""Resolve "on Friday", "from April 3", "for 90 days" against the published date.

Every function returns None unless the text makes the date certain: a weekday
needs the published date and a tense to tell last Friday from next Friday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tariffwatch.extract.cues import gate_patterns
from tariffwatch.extract.regex_cache import regex

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        )
    )
    for m in names.split()
}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))

_WHEN = (
    r"(?P<when>(?:(?:this|next|coming|this\s+coming)\s+)?(?:"
    + "|".join(_WEEKDAYS)
    + r")\b|(?:"
    + _MONTH_RE
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\d{1,2}\s+(?:"
    + _MONTH_RE
    + r")\b(?:\s+\d{4})?|today|tomorrow)"
)
# The date a tariff starts applying: "effective Tuesday", "from April 3",
# "starting on May 1", "takes effect on Saturday", "on Friday" after "will".
EFFECTIVE_RE = regex(
    r"\b(?P<cue>effective|from|starting|beginning|as of|takes? effect|took effect|"
    r"went into effect|goes into effect|go into effect|comes? into force|on)"
    r"(?:\s+on)?\s+(?:(?:12:01|midnight|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+"
    r"(?:\w+\s+){0,2}?on\s+)?" + _WHEN,
)
# A day before one of these dates a statement or a decision, not the tariff:
# "on Wednesday signed an order", "on Monday announced".
_DECISION_AFTER = regex(
    r"\s*(?:\([^)]{0,30}\))?\s+(?:\w+\s+)?(?:signed|announced|said|says|unveiled|ordered|declared|issued|told|"
    r"wrote|posted|decided|agreed|approved|set|sets|imposed|published|released|confirmed)\b"
)
# The new start of a postponed tariff: "pushed back to December 15", "moved
# the start ... from June 1 to July 9", "delayed until March 1".
_NEW_START = regex(
    r"\b(?:push\w*|mov\w*|postpon\w*|delay\w*|defer\w*)\b[^.;]*?\b(?:to|until)\s+" + _WHEN
)
# The end of a tariff or of its pause: "until July 9", "through Aug. 12".
_UNTIL = regex(r"\b(?:until|till|through|to\s+end\s+on|ends?\s+on|expires?\s+on)\s+" + _WHEN)
_SAID_BEFORE = regex(
    r"\b(?:said|says|announced|told|stated|added|threatened|warned|vowed|proposed|signed|"
    r"ordered|unveiled|declared|decided|agreed|wrote|posted)\s+$"
)
DURATION_RE = regex(
    r"\bfor\s+(?:a\s+|another\s+)?(?P<n>\d{1,3})[- ](?P<unit>days?|weeks?|months?)\b",
)


def resolve(when: str, published: date | None, *, future: bool) -> date | None:
    """One date phrase, relative to ``published``; None when not certain."""
    if published is None:
        return None
    w = when.lower().rstrip(".")
    w = re.sub(r"^(?:this\s+coming|this|next|coming)\s+", "", w)
    if w == "today":
        return published
    if w == "tomorrow":
        return published + timedelta(days=1)
    if w in _WEEKDAYS:
        delta = (_WEEKDAYS.index(w) - published.weekday()) % 7
        if future:
            return published + timedelta(days=delta)
        return published - timedelta(days=(7 - delta) % 7)
    m = re.match(r"(?:(\w+)\.?\s+(\d{1,2})\w*|(\d{1,2})\s+(\w+))(?:,?\s+(\d{4}))?", w)
    if not m:
        return None
    month = _MONTHS.get(m.group(1) or m.group(4) or "")
    day = int(m.group(2) or m.group(3))
    if month is None:
        return None
    year = int(m.group(5)) if m.group(5) else published.year
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if not m.group(5) and future and d < published - timedelta(days=90):
        # A start months behind the story is next year's: "from January 1" in
        # a June story; a few weeks behind is a recap of this year's.
        d = d.replace(year=year + 1)
    return d


# Literals one of which every date EFFECTIVE_RE reads holds (weekdays and
# "today" hold "day"); a clause with none of them is not searched.
_DATE_STEMS = ("day", "tomorrow", *(m for m in _MONTHS if len(m) == 3))


def effective_date(clause: str, published: date | None, *, future: bool) -> date | None:
    """The start date ``clause`` gives a tariff: a start word's ("from",
    "effective", "starting") before a bare "on"'s."""
    return effective_with_cue(clause, published, future=future)[0]


def effective_with_cue(
    clause: str, published: date | None, *, future: bool
) -> tuple[date | None, str]:
    """``effective_date`` and the word that introduced it ("from", "on", ...)."""
    low = clause.lower()
    if not any(stem in low for stem in _DATE_STEMS):
        return None, ""
    bare: re.Match[str] | None = None
    for m in EFFECTIVE_RE.finditer(low):
        if m.group("cue") == "on":
            said = _SAID_BEFORE.search(low, max(0, m.start() - 12), m.start())
            if said or _DECISION_AFTER.match(low, m.end()):
                continue  # "said on Tuesday", "on Wednesday signed": the statement's day
            if bare is None:
                bare = m
            continue
        return resolve(m.group("when"), published, future=future), m.group("cue")
    if bare is None:
        return None, ""
    return resolve(bare.group("when"), published, future=future), "on"


def new_start_date(clause: str, published: date | None) -> date | None:
    """The new start of a postponed tariff ("pushed back to December 15")."""
    m = _NEW_START.search(clause.lower())
    return resolve(m.group("when"), published, future=True) if m else None


def until_date(clause: str, published: date | None) -> date | None:
    """The day a tariff or its pause ends ("until July 9")."""
    low = clause.lower()
    if not ("until" in low or "till" in low or "through" in low or "end" in low or "expire" in low):
        return None
    m = _UNTIL.search(low)
    return resolve(m.group("when"), published, future=True) if m else None


def expiry_date(clause: str, effective: date | None) -> date | None:
    """``for N days`` counted from a certain start; None without one."""
    if effective is None:
        return None  # nothing to count from: skip the search
    m = DURATION_RE.search(clause.lower())
    if not m:
        return None
    n = int(m.group("n"))
    unit = m.group("unit").lower()
    if unit.startswith("day"):
        return effective + timedelta(days=n)
    if unit.startswith("week"):
        return effective + timedelta(weeks=n)
    return None  # months are not a fixed number of days; leave it open


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
