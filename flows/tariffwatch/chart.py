"""A step chart of one country pair: the rates both ways over time, talks marked.

    result = draw_chart(rows, "US", "CN", until=now)   # rows: history.pair_history
    result.series                                      # one line per direction and scope
    png = render_png(result.figure)

One line per direction and scope (US on CN goods, CN on US goods, US on CN
steel, ...), drawn as steps: a rate holds until the next change, and the
last one holds until `until` (now). Threats are hollow markers, not lines:
they are not rates. Each change of the talks is a dotted vertical line; the
latest TALKS_LABELS of them are labelled with the new status (a backlog's
dozens of labels overprinted each other and cost a quarter of the drawing).
Upcoming deadlines (an effective date or an expiry still ahead, `marks`) are
dashed vertical lines past today, labelled with what happens. Dates are UTC.

matplotlib's object API on the Agg canvas: no pyplot, no global state, no GUI.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import matplotlib.dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from tariffwatch.chartdata import (
    MARK_DAYS,
    TALKS_LABELS,
    ChartData,
    Series,
    chart_data,
    pair_marks,
    utc,
)
from tariffwatch.config import Config
from tariffwatch.history import country_pair, pair_history

# What a chart shows is chartdata's; these names stay importable from here.
__all__ = [
    "MARK_DAYS",
    "TALKS_LABELS",
    "ChartData",
    "ChartResult",
    "Series",
    "chart_data",
    "draw_chart",
    "pair_marks",
    "render_png",
    "render_svg",
    "write_chart",
]

_DIRECTION_COLORS = ("#1f5fa8", "#c0392b")  # first direction blue, the other red
_STYLES = ("-", "--", "-.", ":")
_TALKS_COLOR = "#6b6b6b"
_DEADLINE_COLOR = "#d35400"


@dataclass(frozen=True, slots=True)
class ChartResult:
    figure: Figure
    series: int  # lines drawn: one per direction and scope
    threats: int  # threat markers
    events: int  # negotiation events marked
    marks: int = 0  # upcoming deadlines marked


def draw_chart(
    rows: list[dict[str, Any]],
    a: str,
    b: str,
    *,
    until: datetime | None = None,
    size: tuple[float, float] = (9.0, 4.8),
    marks: Sequence[tuple[datetime, str]] = (),
) -> ChartResult:
    """The step chart of a pair's history as a matplotlib Figure (Agg canvas)."""
    data = chart_data(rows, a, b, until=until or datetime.now(UTC), marks=marks)
    # Margins set here, not by a layout engine: constrained layout made savefig draw
    # every chart twice (once to measure, once to render), half of the report's time.
    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    direction_style: dict[tuple[str, str], int] = {}
    for s in data.series:
        direction = (s.imposer, s.target)
        color = _DIRECTION_COLORS[0 if direction == (a, b) else 1]
        n = direction_style.get(direction, 0)
        direction_style[direction] = n + 1
        # matplotlib's stubs take only numbers and arrays for data, not what its unit
        # converters plot (datetimes here): the four ignores below are that gap.
        ax.step(
            s.dates,  # type: ignore[arg-type]
            s.rates,
            where="post",
            color=color,
            linestyle=_STYLES[n % len(_STYLES)],
            linewidth=2,
            label=s.label,
        )
        ax.plot(s.dates[:-1], s.rates[:-1], "o", color=color, markersize=4)  # type: ignore[arg-type]
        ax.annotate(
            f"{s.rates[-1]:g}%",
            (s.dates[-1], s.rates[-1]),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
            color=color,
        )
    if data.threats:
        ax.scatter(
            [d for d, _, _ in data.threats],  # type: ignore[arg-type]
            [r for _, r, _ in data.threats],
            marker="v",
            s=50,
            facecolors="none",
            edgecolors="#8e44ad",
            label="threatened rate",
            zorder=3,
        )
    first_labelled = max(0, len(data.talks) - TALKS_LABELS)
    for n, (when, status) in enumerate(data.talks):
        ax.axvline(when, color=_TALKS_COLOR, linestyle=":", linewidth=1)  # type: ignore[arg-type]
        if n < first_labelled:
            continue
        ax.annotate(
            f"talks: {status}",
            (when, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, -4 - 11 * ((n - first_labelled) % 3)),  # staggered: close ones stay readable
            textcoords="offset points",
            va="top",
            fontsize=8,
            color=_TALKS_COLOR,
        )
    if data.talks:
        label = "talks status changed"
        if first_labelled:
            label += f" (the latest {TALKS_LABELS} of {len(data.talks)} labelled)"
        ax.plot([], [], color=_TALKS_COLOR, linestyle=":", label=label)
    for n, (when, label) in enumerate(data.marks):
        ax.axvline(when, color=_DEADLINE_COLOR, linestyle="--", linewidth=1)  # type: ignore[arg-type]
        ax.annotate(
            f"{label} {when:%b} {when.day}",
            (when, 0.0),
            xycoords=("data", "axes fraction"),
            xytext=(3, 4 + 11 * (n % 3)),
            textcoords="offset points",
            va="bottom",
            fontsize=8,
            color=_DEADLINE_COLOR,
        )
    if data.marks:
        ax.plot([], [], color=_DEADLINE_COLOR, linestyle="--", label="upcoming deadline")
    _axes(ax, data, a, b)
    return ChartResult(
        figure=figure,
        series=len(data.series),
        threats=len(data.threats),
        events=len(data.talks),
        marks=len(data.marks),
    )


def _axes(ax: Any, data: ChartData, a: str, b: str) -> None:
    pad = max((data.end - data.start) * 0.04, timedelta(days=2))
    ax.set_xlim(data.start - pad, data.end + pad * 2)
    top = max([r for s in data.series for r in s.rates] + [r for _, r, _ in data.threats] + [10])
    ax.set_ylim(0, top * 1.25)
    locator = mdates.AutoDateLocator(tz=UTC, minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=UTC))
    ax.yaxis.set_major_formatter(PercentFormatter(xmax=100, decimals=0))
    ax.set_xlabel("date published (UTC)")
    ax.set_ylabel("tariff rate")
    ax.set_title(f"{a}–{b}: tariff rates both ways, and the talks", loc="left")
    ax.grid(True, axis="y", alpha=0.3)
    legend_rows = 0
    if data.series or data.threats or data.talks or data.marks:
        handles, labels = ax.get_legend_handles_labels()
        columns = min(3, len(labels))
        legend_rows = -(-len(labels) // columns)
        ax.figure.legend(
            handles,
            labels,
            loc="lower center",
            bbox_to_anchor=(0.5, 0.0),
            ncols=columns,
            fontsize=8,
            frameon=False,
        )
    _margins(ax.figure, legend_rows)
    if not legend_rows:
        ax.text(
            0.5,
            0.5,
            f"no change recorded between {a} and {b}",
            transform=ax.transAxes,
            ha="center",
            va="center",
            color=_TALKS_COLOR,
        )


def _margins(figure: Any, legend_rows: int) -> None:
    """Room, in inches, for the title above, the y labels left, and below the x
    labels and a legend of `legend_rows` rows of 8-point text."""
    width, height = figure.get_size_inches()
    bottom = 0.62 + 0.19 * legend_rows
    figure.subplots_adjust(
        left=0.8 / width,
        right=1 - 0.15 / width,
        top=1 - 0.4 / height,
        bottom=min(bottom / height, 0.6),
    )


def render_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100)
    return buffer.getvalue()


def render_svg(figure: Figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg")
    return buffer.getvalue()


def write_chart(
    config: Config, a: str, b: str, path: str | Path, *, until: datetime | None = None
) -> ChartResult:
    """Read the pair's history from the store and write its chart (.png or .svg) to `path`."""
    from tariffwatch.show import open_existing_store

    a, b = country_pair(a, b)
    now = until or datetime.now(UTC)
    with open_existing_store(config) as store:
        marks = pair_marks(store.all_state(), a, b, today=utc(now).date())
    result = draw_chart(pair_history(config, a, b), a, b, until=now, marks=marks)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".svg":
        path.write_text(render_svg(result.figure), encoding="utf-8")
    else:
        path.write_bytes(render_png(result.figure))
    return result
