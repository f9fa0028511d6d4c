"""Resolve "on Friday", "from April 3", "for 90 days" against the published date.

Every function returns None unless the text makes the date certain: a weekday
needs the published date and a tense to tell last Friday from next Friday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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

# The date a tariff starts applying: "effective Tuesday", "from April 3",
# "starting on May 1", "takes effect on Saturday", "on Friday" after "will".
EFFECTIVE_RE = re.compile(
    r"\b(?:effective|from|starting|beginning|as of|takes? effect|took effect|"
    r"went into effect|goes into effect|go into effect|comes? into force|on)"
    r"(?:\s+on)?\s+(?P<when>(?:"
    + "|".join(_WEEKDAYS)
    + r")\b|(?:"
    + _MONTH_RE
    + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\d{1,2}\s+(?:"
    + _MONTH_RE
    + r")\b(?:\s+\d{4})?|today|tomorrow)",
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|told|stated|added)\s+$")
DURATION_RE = re.compile(
    r"\bfor\s+(?:a\s+|another\s+)?(?P<n>\d{1,3})[- ](?P<unit>days?|weeks?|months?)\b",
)


def resolve(when: str, published: date | None, *, future: bool) -> date | None:
    """One date phrase, relative to ``published``; None when not certain."""
    if published is None:
        return None
    w = when.lower().rstrip(".")
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
    if not m.group(5) and future and d < published - timedelta(days=180):
        d = d.replace(year=year + 1)  # "from January 1" in a December story
    return d


# Literals one of which every date EFFECTIVE_RE reads holds (weekdays and
# "today" hold "day"); a clause with none of them is not searched.
_DATE_STEMS = ("day", "tomorrow", *(m for m in _MONTHS if len(m) == 3))


def effective_date(clause: str, published: date | None, *, future: bool) -> date | None:
    low = clause.lower()
    if not any(stem in low for stem in _DATE_STEMS):
        return None
    for m in EFFECTIVE_RE.finditer(low):
        said = _SAID_BEFORE.search(low, max(0, m.start() - 12), m.start())
        if said and m.group().startswith("on"):
            continue  # "said on Tuesday" dates the statement, not the tariff
        return resolve(m.group("when"), published, future=future)
    return None


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
