"""What a pair's chart shows, as plain data: step series, threats, talks and deadlines.

    data = chart_data(rows, "US", "CN", until=now, marks=pair_marks(state, "US", "CN", today=d))

Shared by the matplotlib chart (chart.py, `tariffwatch chart`) and the HTML
report's hand-written SVG (svgchart.py), so both draw the same lines. No
plotting library is imported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from tariffwatch.deadlines import upcoming
from tariffwatch.fold import StateEntry

MARK_DAYS = 365  # how far ahead a chart marks deadlines
TALKS_LABELS = 6  # talks changes labelled with their status, the latest ones


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    imposer: str
    target: str
    scope: str
    dates: tuple[datetime, ...]
    rates: tuple[float, ...]


@dataclass(frozen=True, slots=True)
class ChartData:
    series: tuple[Series, ...]  # one per direction and scope, rate track only
    threats: tuple[tuple[datetime, float, str], ...]  # (date, rate, label)
    talks: tuple[tuple[datetime, str], ...]  # (date, new status)
    start: datetime
    end: datetime
    marks: tuple[tuple[datetime, str], ...] = ()  # upcoming deadlines: (date, label)


def pair_marks(
    state: Iterable[StateEntry], a: str, b: str, *, today: date, days: int = MARK_DAYS
) -> list[tuple[datetime, str]]:
    """The pair's deadlines ahead (either direction) as chart marks: (date, label)."""
    marks = []
    for d in upcoming(state, today=today, days=days):
        e = d.entry
        if {e.imposer, e.target} != {a, b}:
            continue
        rate = "" if e.rate is None else f" {e.rate:g}%"
        marks.append((datetime.combine(d.on, time(), tzinfo=UTC), f"{e.imposer}{rate} {d.what}"))
    return marks


def chart_data(
    rows: list[dict[str, Any]],
    a: str,
    b: str,
    *,
    until: datetime,
    marks: Sequence[tuple[datetime, str]] = (),
) -> ChartData:
    """Turn timeline rows (oldest first) into step series, threat points and talk events."""
    points: dict[tuple[str, str, str], list[tuple[datetime, float]]] = {}
    threats: list[tuple[datetime, float, str]] = []
    talks: list[tuple[datetime, str]] = []
    for row in rows:
        when = utc(row["date"])
        if row["kind"] == "negotiation":
            talks.append((when, row["new_status"]))
        elif row["new_rate"] is None:
            continue
        elif row["track"] == "threat":
            threats.append((when, row["new_rate"], f"{row['imposer']} threat"))
        else:
            key = (row["imposer"], row["target"], row["scope"] or "all goods")
            points.setdefault(key, []).append((when, row["new_rate"]))
    dates = [d for p in points.values() for d, _ in p] + [d for d, *_ in threats + talks]
    until = utc(until)
    start = min(dates) if dates else until - timedelta(days=30)
    end = max([until, *dates])
    ahead = tuple((utc(d), label) for d, label in marks)
    order = {(a, b): 0, (b, a): 1}
    series = []
    for (imposer, target, scope), steps in sorted(
        points.items(), key=lambda kv: (order.get(kv[0][:2], 2), kv[0][2] != "all goods", kv[0])
    ):
        steps = [*steps, (end, steps[-1][1])]  # the last rate holds until now
        label = f"{imposer} on {target} goods"
        if scope != "all goods":
            label += f" ({scope})"
        series.append(
            Series(
                label=label,
                imposer=imposer,
                target=target,
                scope=scope,
                dates=tuple(d for d, _ in steps),
                rates=tuple(r for _, r in steps),
            )
        )
    return ChartData(
        series=tuple(series),
        threats=tuple(threats),
        talks=tuple(talks),
        start=start,
        end=max([end, *(d for d, _ in ahead)]),
        marks=ahead,
    )


def utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
