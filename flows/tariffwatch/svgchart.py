"""The HTML report's pair chart as hand-written SVG: the same chart as chart.py draws.

    svg = svg_chart(chart_data(rows, "US", "CN", until=now, marks=marks), "US", "CN")

Why not matplotlib here: the report is redrawn at the end of every monitor
run, and importing matplotlib and rasterising four charts was 1.2-1.6 s of
CPU per run (figure 7's backlog run, on 2 cores shared with the parse
workers' and the Prefect server's work), longer than any stage but the
fetch. Writing the few lines, markers and labels as SVG text takes
milliseconds, and the page's charts stay sharp at any zoom. `tariffwatch
chart` still draws PNG or SVG with matplotlib.

What is drawn, as chart.py draws it: one step line per direction and scope
(the first direction blue, the other red; solid, dashed, dash-dot, dotted
for each further scope), a dot at each change and the latest rate written at
the line's end; threats as hollow triangles; every talks change as a dotted
vertical line, the latest TALKS_LABELS of them labelled; deadlines ahead as
dashed vertical lines with their label; a legend below. Every text is
XML-escaped: labels come from feeds (scopes, statuses).
"""

from __future__ import annotations

import calendar
import html
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tariffwatch.chartdata import TALKS_LABELS, ChartData, Series

WIDTH, HEIGHT = 800, 420  # px, as the report's PNG charts were (8 x 4.2 in at 100 dpi)
PT = 100 / 72  # px per typographic point, so sizes read as chart.py's
DIRECTION_COLORS = ("#1f5fa8", "#c0392b")  # first direction blue, the other red
THREAT_COLOR = "#8e44ad"
TALKS_COLOR = "#6b6b6b"
DEADLINE_COLOR = "#d35400"
LINE_WIDTH = 2.0
# matplotlib's solid, dashed, dash-dot and dotted patterns at a 2 px line
DASHES = ("", "7.4 3.2", "12.8 3.2 2 3.2", "2 3.3")
THIN_DOTTED, THIN_DASHED = "1.4 2.3", "5.1 2.2"  # the 1 px talks and deadline lines
FONT = "DejaVu Sans, Verdana, system-ui, sans-serif"
TICK_FONT, SMALL_FONT, LAST_RATE_FONT, TITLE_FONT = 10 * PT, 8 * PT, 9 * PT, 12 * PT
LEGEND_ROW = 19.0  # px per legend row of 8-point text
MAX_TICKS = 8


@dataclass(frozen=True, slots=True)
class Box:
    """The plot area in px, and the data range it shows."""

    left: float
    top: float
    right: float
    bottom: float
    start: datetime
    end: datetime
    top_rate: float

    def x(self, when: datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        share = (when - self.start).total_seconds() / span
        return self.left + share * (self.right - self.left)

    def y(self, rate: float) -> float:
        return self.bottom - rate / self.top_rate * (self.bottom - self.top)


def svg_chart(data: ChartData, a: str, b: str) -> str:
    """One pair's chart as a standalone SVG document (WIDTH x HEIGHT px)."""
    legend = legend_entries(data, a, b)
    columns = min(3, len(legend)) or 1
    rows = -(-len(legend) // columns)
    box = plot_box(data, legend_rows=rows)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{FONT}">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>',
    ]
    out += _axes(box, a, b)
    # Lines are clipped to the axes, as matplotlib clips them; labels are not.
    out.append(
        f'<clipPath id="plot"><rect x="{_n(box.left)}" y="{_n(box.top)}" '
        f'width="{_n(box.right - box.left)}" height="{_n(box.bottom - box.top)}"/></clipPath>'
    )
    out.append('<g clip-path="url(#plot)">')
    out += _vlines(data.talks, box, TALKS_COLOR, THIN_DOTTED)
    out += _vlines(data.marks, box, DEADLINE_COLOR, THIN_DASHED)
    out += _series(data, box, a, b)
    out += _threats(data, box)
    out.append("</g>")
    out += _talks_labels(data, box)
    out += _deadline_labels(data, box)
    out += _last_rates(data, box, a, b)
    out.append(
        f'<rect x="{_n(box.left)}" y="{_n(box.top)}" width="{_n(box.right - box.left)}" '
        f'height="{_n(box.bottom - box.top)}" fill="none" stroke="#000" stroke-width="0.8"/>'
    )
    if legend:
        out += _legend(legend, columns)
    else:
        out.append(
            _text(
                (box.left + box.right) / 2,
                (box.top + box.bottom) / 2,
                f"no change recorded between {a} and {b}",
                size=TICK_FONT,
                color=TALKS_COLOR,
                anchor="middle",
                baseline="central",
            )
        )
    out.append("</svg>")
    return "\n".join(out)


def plot_box(data: ChartData, *, legend_rows: int) -> Box:
    """The axes' place on the canvas (margins as chart.py sets them) and their limits."""
    pad = max((data.end - data.start) * 0.04, timedelta(days=2))
    top = max([r for s in data.series for r in s.rates] + [r for _, r, _ in data.threats] + [10])
    bottom_margin = min(62 + LEGEND_ROW * legend_rows, 0.6 * HEIGHT)
    return Box(
        left=80.0,
        top=40.0,
        right=WIDTH - 15.0,
        bottom=HEIGHT - bottom_margin,
        start=data.start - pad,
        end=data.end + pad * 2,
        top_rate=top * 1.25,
    )


def rate_ticks(top_rate: float, *, most: int = MAX_TICKS) -> list[float]:
    """Round rates from 0 up to `top_rate`, at most `most`+1 of them (1, 2, 2.5, 5 x 10^k)."""
    step = 1.0
    while True:
        for factor in (1.0, 2.0, 2.5, 5.0):
            if top_rate / (step * factor) <= most:
                size = step * factor
                return [n * size for n in range(int(top_rate / size + 1e-9) + 1)]
        step *= 10


def date_ticks(
    start: datetime, end: datetime, *, most: int = MAX_TICKS
) -> list[tuple[datetime, str]]:
    """Calendar-aligned dates between `start` and `end` (UTC), at most `most` of them,
    labelled concisely: a year at each January, else the month (or month and day)."""
    days = (end - start).total_seconds() / 86400
    unit, ticks = "year", []
    for unit, step in _TICK_STEPS:
        if days / (step * _UNIT_DAYS[unit]) > 2 * most:
            continue  # far too many: not worth listing
        ticks = _aligned(start, end, unit, step)
        if len(ticks) <= most:
            break
    labels = []
    for when in ticks:
        if unit == "year" or (unit == "month" and when.month == 1):
            labels.append(str(when.year))
        elif unit == "month":
            labels.append(calendar.month_abbr[when.month])
        else:
            labels.append(f"{calendar.month_abbr[when.month]} {when.day}")
    return list(zip(ticks, labels, strict=True))


_UNIT_DAYS = {"day": 1.0, "month": 30.4, "year": 365.25}
_TICK_STEPS = (
    *(("day", n) for n in (1, 2, 3, 7, 14)),
    *(("month", n) for n in (1, 2, 3, 4, 6)),
    *(("year", n) for n in (1, 2, 5, 10, 20, 50, 100)),
)


def _aligned(start: datetime, end: datetime, unit: str, step: int) -> list[datetime]:
    start, end = start.astimezone(UTC), end.astimezone(UTC)
    out: list[datetime] = []
    if unit == "day":
        # on the same dates each month (1, 8, 15, 22 for a week), never the 29th to 31st
        when = datetime(start.year, start.month, start.day, tzinfo=UTC)
        while when <= end:
            if when >= start and (when.day - 1) % step == 0 and when.day < 29:
                out.append(when)
            when += timedelta(days=1)
        return out
    if unit == "month":
        year, month = start.year, start.month
        while True:
            when = datetime(year, month, 1, tzinfo=UTC)
            if when > end:
                return out
            if when >= start and (month - 1) % step == 0:
                out.append(when)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    year = start.year
    while (when := datetime(year, 1, 1, tzinfo=UTC)) <= end:
        if when >= start and year % step == 0:
            out.append(when)
        year += 1
    return out


def legend_entries(data: ChartData, a: str, b: str) -> list[tuple[str, str]]:
    """(handle, label): what chart.py's legend lists, in its order. A handle is a
    line style 'line:<color>:<dashes>', or 'threat'."""
    entries = [
        (f"line:{_color(s.imposer, s.target, a, b)}:{dashes}", s.label)
        for s, dashes in _styled(data, a, b)
    ]
    if data.threats:
        entries.append(("threat", "threatened rate"))
    if data.talks:
        label = "talks status changed"
        if len(data.talks) > TALKS_LABELS:
            label += f" (the latest {TALKS_LABELS} of {len(data.talks)} labelled)"
        entries.append((f"thin:{TALKS_COLOR}:{THIN_DOTTED}", label))
    if data.marks:
        entries.append((f"thin:{DEADLINE_COLOR}:{THIN_DASHED}", "upcoming deadline"))
    return entries


# -- the parts ---------------------------------------------------------------------------------


def _axes(box: Box, a: str, b: str) -> list[str]:
    out = [
        _text(
            box.left,
            box.top - 12,
            f"{a}–{b}: tariff rates both ways, and the talks",
            size=TITLE_FONT,
        ),
    ]
    for rate in rate_ticks(box.top_rate):
        y = box.y(rate)
        out.append(
            f'<line x1="{_n(box.left)}" y1="{_n(y)}" x2="{_n(box.right)}" y2="{_n(y)}" '
            'stroke="#b0b0b0" stroke-opacity="0.3" stroke-width="0.8"/>'
        )
        out.append(
            f'<line x1="{_n(box.left - 5)}" y1="{_n(y)}" x2="{_n(box.left)}" y2="{_n(y)}" '
            'stroke="#000" stroke-width="0.8"/>'
        )
        out.append(
            _text(box.left - 8, y, f"{rate:g}%", size=TICK_FONT, anchor="end", baseline="central")
        )
    for when, label in date_ticks(box.start, box.end):
        x = box.x(when)
        out.append(
            f'<line x1="{_n(x)}" y1="{_n(box.bottom)}" x2="{_n(x)}" y2="{_n(box.bottom + 5)}" '
            'stroke="#000" stroke-width="0.8"/>'
        )
        out.append(_text(x, box.bottom + 20, label, size=TICK_FONT, anchor="middle"))
    middle = (box.left + box.right) / 2
    out.append(
        _text(middle, box.bottom + 40, "date published (UTC)", size=TICK_FONT, anchor="middle")
    )
    y_mid = (box.top + box.bottom) / 2
    out.append(
        f'<text x="0" y="0" transform="translate(22 {_n(y_mid)}) rotate(-90)" '
        f'font-size="{_n(TICK_FONT)}" text-anchor="middle">tariff rate</text>'
    )
    return out


def _styled(data: ChartData, a: str, b: str) -> list[tuple[Series, str]]:
    """Each series with its dash pattern: a direction's n-th scope takes the n-th."""
    count: dict[tuple[str, str], int] = {}
    out: list[tuple[Series, str]] = []
    for s in data.series:
        n = count.get((s.imposer, s.target), 0)
        count[(s.imposer, s.target)] = n + 1
        out.append((s, DASHES[n % len(DASHES)]))
    return out


def _series(data: ChartData, box: Box, a: str, b: str) -> list[str]:
    out = []
    for s, dash in _styled(data, a, b):
        color = _color(s.imposer, s.target, a, b)
        points = [(box.x(s.dates[0]), box.y(s.rates[0]))]
        for when, before, after in zip(s.dates[1:], s.rates, s.rates[1:], strict=False):
            x = box.x(when)
            points += [(x, box.y(before)), (x, box.y(after))]  # a step: across, then up or down
        out.append(
            f'<polyline points="{" ".join(f"{_n(x)},{_n(y)}" for x, y in points)}" '
            f'fill="none" stroke="{color}" stroke-width="{LINE_WIDTH:g}"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        dots = "".join(
            f'<circle cx="{_n(box.x(d))}" cy="{_n(box.y(r))}" r="2.8"/>'
            for d, r in zip(s.dates[:-1], s.rates[:-1], strict=True)
        )
        out.append(f'<g fill="{color}">{dots}</g>')
    return out


def _last_rates(data: ChartData, box: Box, a: str, b: str) -> list[str]:
    ys = spread_labels(
        [box.y(s.rates[-1]) for s in data.series],
        gap=1.2 * LAST_RATE_FONT,
        low=box.top,
        high=box.bottom,
    )
    return [
        _text(
            box.x(s.dates[-1]) + 4 * PT,
            y,
            f"{s.rates[-1]:g}%",
            size=LAST_RATE_FONT,
            color=_color(s.imposer, s.target, a, b),
            baseline="central",
        )
        for s, y in zip(data.series, ys, strict=True)
    ]


def spread_labels(ys: list[float], *, gap: float, low: float, high: float) -> list[float]:
    """Move label centres apart so no two are closer than `gap`, keeping their
    order, each group of crowded labels centred on the lines it names, and all
    between `low` and `high`: lines that end at 30% and 25% get two readable
    labels, not one smudge."""
    order = sorted(range(len(ys)), key=lambda i: ys[i])
    # Each group: (ys of its labels in order); merged while neighbours overlap.
    groups: list[list[float]] = []
    for i in order:
        groups.append([ys[i]])
        while len(groups) > 1 and _group_top(groups[-1], gap, low, high) < (
            _group_top(groups[-2], gap, low, high) + len(groups[-2]) * gap
        ):
            last = groups.pop()
            groups[-1].extend(last)
    placed = [
        _group_top(group, gap, low, high) + k * gap for group in groups for k in range(len(group))
    ]
    out = [0.0] * len(ys)
    for i, y in zip(order, placed, strict=True):
        out[i] = y
    return out


def _group_top(group: list[float], gap: float, low: float, high: float) -> float:
    """Where a group's first label goes: the group centred on its lines' mean, inside the box."""
    height = (len(group) - 1) * gap
    centred = sum(group) / len(group) - height / 2
    return max(low, min(centred, high - height))


def _threats(data: ChartData, box: Box) -> list[str]:
    if not data.threats:
        return []
    shapes = "".join(_triangle(box.x(d), box.y(r)) for d, r, _ in data.threats)
    return [f'<g fill="none" stroke="{THREAT_COLOR}" stroke-width="1.4">{shapes}</g>']


def _triangle(x: float, y: float, half: float = 5.0) -> str:
    return f'<path d="M{_n(x - half)},{_n(y - half)}H{_n(x + half)}L{_n(x)},{_n(y + half)}Z"/>'


def _vlines(
    events: tuple[tuple[datetime, str], ...], box: Box, color: str, dashes: str
) -> list[str]:
    return [
        f'<line x1="{_n(x)}" y1="{_n(box.top)}" x2="{_n(x)}" y2="{_n(box.bottom)}" '
        f'stroke="{color}" stroke-width="1" stroke-dasharray="{dashes}"/>'
        for x in (box.x(when) for when, _ in events)
    ]


def _talks_labels(data: ChartData, box: Box) -> list[str]:
    """The latest TALKS_LABELS talks changes, labelled at the top, staggered in three rows
    so that close ones stay readable."""
    first_labelled = max(0, len(data.talks) - TALKS_LABELS)
    return [
        _text(
            box.x(when) + 3 * PT,
            box.top + (4 + 11 * (n % 3)) * PT,
            f"talks: {status}",
            size=SMALL_FONT,
            color=TALKS_COLOR,
            baseline="hanging",
        )
        for n, (when, status) in enumerate(data.talks[first_labelled:])
    ]


def _deadline_labels(data: ChartData, box: Box) -> list[str]:
    return [
        _text(
            box.x(when) + 3 * PT,
            box.bottom - (4 + 11 * (n % 3)) * PT,
            f"{label} {calendar.month_abbr[when.month]} {when.day}",
            size=SMALL_FONT,
            color=DEADLINE_COLOR,
        )
        for n, (when, label) in enumerate(data.marks)
    ]


def _legend(entries: list[tuple[str, str]], columns: int) -> list[str]:
    """Below the axes, centred, filled column by column as matplotlib fills it."""
    rows = -(-len(entries) // columns)
    by_column = [entries[c * rows : (c + 1) * rows] for c in range(columns)]
    widths = [max(_text_width(label, SMALL_FONT) for _, label in col) + 42 for col in by_column]
    room = WIDTH - 8
    if sum(widths) > room:  # long scopes: narrower columns rather than a legend off the page
        widths = [w * room / sum(widths) for w in widths]
    x = (WIDTH - sum(widths)) / 2
    top = HEIGHT - rows * LEGEND_ROW - 6
    out = []
    for col, width in zip(by_column, widths, strict=True):
        for row, (handle, label) in enumerate(col):
            y = top + (row + 0.5) * LEGEND_ROW
            out.append(_handle(handle, x + 4, y))
            out.append(_text(x + 34, y, label, size=SMALL_FONT, baseline="central"))
        x += width
    return out


def _handle(handle: str, x: float, y: float) -> str:
    if handle == "threat":
        return (
            f'<g fill="none" stroke="{THREAT_COLOR}" stroke-width="1.4">'
            f"{_triangle(x + 13, y, 4.5)}</g>"
        )
    kind, color, dashes = handle.split(":")
    width = LINE_WIDTH if kind == "line" else 1.0
    return (
        f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x + 26)}" y2="{_n(y)}" stroke="{color}" '
        f'stroke-width="{width:g}"' + (f' stroke-dasharray="{dashes}"' if dashes else "") + "/>"
    )


# -- small helpers -----------------------------------------------------------------------------


def _color(imposer: str, target: str, a: str, b: str) -> str:
    return DIRECTION_COLORS[0 if (imposer, target) == (a, b) else 1]


def _text(
    x: float,
    y: float,
    text: str,
    *,
    size: float,
    color: str = "#000",
    anchor: str = "start",
    baseline: str = "auto",
) -> str:
    attrs = f'x="{_n(x)}" y="{_n(y)}" font-size="{_n(size)}"'
    if color != "#000":
        attrs += f' fill="{color}"'
    if anchor != "start":
        attrs += f' text-anchor="{anchor}"'
    if baseline != "auto":
        attrs += f' dominant-baseline="{baseline}"'
    return f"<text {attrs}>{_escape(text)}</text>"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _text_width(text: str, size: float) -> float:
    """An estimate (a sans-serif's average advance): enough to space legend columns."""
    return len(text) * size * 0.5


def _n(value: float) -> str:
    """A coordinate with one decimal: shorter documents, no visible difference."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
