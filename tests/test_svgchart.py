"""The HTML report's hand-written SVG chart: the same lines, marks and legend as the
matplotlib chart, well-formed, escaped, with round ticks; no plotting library."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

from chartkit import rate_row, talks_row
from tariffwatch.chartdata import TALKS_LABELS, chart_data
from tariffwatch.svgchart import (
    DIRECTION_COLORS,
    HEIGHT,
    WIDTH,
    date_ticks,
    legend_entries,
    rate_ticks,
    spread_labels,
    svg_chart,
)

NOW = datetime(2025, 7, 1, tzinfo=UTC)
T = datetime(2025, 4, 9, tzinfo=UTC)
NS = "{http://www.w3.org/2000/svg}"


def parsed(svg: str) -> ET.Element:
    root = ET.fromstring(svg)  # well-formed, or this raises
    assert root.tag == f"{NS}svg"
    assert (root.get("width"), root.get("height")) == (str(WIDTH), str(HEIGHT))
    return root


def texts(root: ET.Element) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{NS}text")]


def test_one_step_line_per_direction_and_scope_with_dots_threats_and_talks():
    rows = [
        rate_row(T, "US", "CN", 125.0),
        rate_row(T + timedelta(days=10), "CN", "US", 84.0),
        rate_row(T + timedelta(days=11), "US", "CN", 50.0, track="threat"),
        rate_row(T + timedelta(days=20), "US", "CN", 25.0, scope="steel"),
        rate_row(T + timedelta(days=30), "US", "CN", 30.0),
        talks_row(T + timedelta(days=40), "ongoing"),
    ]
    data = chart_data(rows, "US", "CN", until=NOW)
    root = parsed(svg_chart(data, "US", "CN"))
    lines = list(root.iter(f"{NS}polyline"))
    assert len(lines) == len(data.series) == 3
    # US on CN (both scopes) blue, CN on US red; the second US scope dashed.
    assert [x.get("stroke") for x in lines] == [DIRECTION_COLORS[0]] * 2 + [DIRECTION_COLORS[1]]
    assert lines[0].get("stroke-dasharray") is None and lines[1].get("stroke-dasharray")
    # A step: 125% until the cut to 30%, then 30% until now (2 points per change after the first).
    assert len(lines[0].get("points", "").split()) == 1 + 2 * 2
    assert len(list(root.iter(f"{NS}circle"))) == 2 + 1 + 1  # every change but the "now" ends
    words = texts(root)
    assert "US–CN: tariff rates both ways, and the talks" in words
    assert {"30%", "25%", "84%"} <= set(words)  # each line's latest rate at its end
    assert "talks: ongoing" in words and "threatened rate" in words
    assert {"US on CN goods", "US on CN goods (steel)", "CN on US goods"} <= set(words)
    assert "date published (UTC)" in words and "tariff rate" in words


def test_many_talks_changes_each_have_a_line_and_only_the_latest_a_label():
    rows = [rate_row(T, "US", "CN", 25.0)] + [
        talks_row(T + timedelta(days=n), f"status {n}") for n in range(1, 21)
    ]
    data = chart_data(rows, "US", "CN", until=NOW)
    svg = svg_chart(data, "US", "CN")
    words = texts(parsed(svg))
    labels = [w for w in words if w.startswith("talks: ")]
    assert labels == [f"talks: status {n}" for n in range(1, 21)][-TALKS_LABELS:]
    assert svg.count('stroke="#6b6b6b" stroke-width="1"') == 20 + 1  # and the legend's
    assert f"talks status changed (the latest {TALKS_LABELS} of 20 labelled)" in words


def test_deadlines_ahead_are_marked_and_labelled():
    ahead = NOW + timedelta(days=9)
    data = chart_data(
        [rate_row(T, "US", "CA", 25.0)],
        "US",
        "CA",
        until=NOW,
        marks=[(ahead, "US 35% takes effect")],
    )
    words = texts(parsed(svg_chart(data, "US", "CA")))
    assert "US 35% takes effect Jul 10" in words and "upcoming deadline" in words


def test_text_from_feeds_is_escaped():
    hostile = '<script>alert("x")</script> & "q"'
    rows = [rate_row(T, "US", "CN", 10.0, scope=hostile), talks_row(T + timedelta(days=3), hostile)]
    svg = svg_chart(chart_data(rows, "US", "CN", until=NOW), "US", "CN")
    assert "<script" not in svg
    words = texts(parsed(svg))
    assert f"US on CN goods ({hostile})" in words and f"talks: {hostile}" in words


def test_an_empty_pair_says_so():
    root = parsed(svg_chart(chart_data([], "FR", "JP", until=NOW), "FR", "JP"))
    assert "no change recorded between FR and JP" in texts(root)
    assert not list(root.iter(f"{NS}polyline"))


def test_rate_ticks_are_round_and_cover_the_axis():
    assert rate_ticks(12.5) == [0, 2, 4, 6, 8, 10, 12]
    assert rate_ticks(156.25) == [0, 20, 40, 60, 80, 100, 120, 140]
    assert rate_ticks(0.5) == [0.0]
    for top in (3.0, 31.25, 62.5, 125.0, 1_000.0):
        ticks = rate_ticks(top)
        assert 2 <= len(ticks) <= 9 and ticks[-1] <= top


def test_date_ticks_fall_on_calendar_dates_with_concise_labels():
    years = date_ticks(datetime(2024, 11, 20, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert 3 <= len(years) <= 8
    assert all(d.day == 1 and d.hour == 0 for d, _ in years)
    assert ("2025" in [label for _, label in years]) and any(
        label.isalpha() for _, label in years
    )  # a January shows its year, other months their name
    days = date_ticks(datetime(2025, 3, 2, tzinfo=UTC), datetime(2025, 3, 12, tzinfo=UTC))
    assert [label for _, label in days][:2] == ["Mar 3", "Mar 5"] and len(days) <= 8
    decades = date_ticks(datetime(1990, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
    assert [label for _, label in decades] == ["1990", "2000", "2010", "2020", "2030"]


def test_a_long_legend_stays_on_the_canvas():
    scopes = [f"a long line of goods number {n}" for n in range(14)]
    rows = [
        rate_row(T + timedelta(days=n), "US", "CN", 10.0 + n, scope=s) for n, s in enumerate(scopes)
    ]
    data = chart_data(rows, "US", "CN", until=NOW)
    assert len(legend_entries(data, "US", "CN")) == 14
    root = parsed(svg_chart(data, "US", "CN"))
    xs = [float(t.get("x", "0")) for t in root.iter(f"{NS}text")]
    assert min(xs) >= 0 and max(xs) < WIDTH


def test_the_report_module_imports_no_plotting_library():
    code = (
        "import sys, tariffwatch.htmlreport, tariffwatch.flows; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'matplotlib'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_end_labels_of_lines_that_end_close_together_are_moved_apart():
    # Lines ending at 30% and 25% sit 5 px apart on the chart; each label is 12.5 px tall:
    # the two labels part evenly about the middle of their lines.
    assert spread_labels([100.0, 105.0], gap=12.5, low=40.0, high=300.0) == [96.25, 108.75]
    # Order is kept whatever order the lines come in.
    assert spread_labels([105.0, 100.0], gap=12.5, low=40.0, high=300.0) == [108.75, 96.25]
    # Labels far apart stay where their lines end.
    assert spread_labels([50.0, 200.0], gap=12.5, low=40.0, high=300.0) == [50.0, 200.0]
    # Near the bottom of the plot, a crowd stacks upwards from it instead.
    assert spread_labels([298.0, 299.0, 300.0], gap=10.0, low=40.0, high=300.0) == [
        280.0,
        290.0,
        300.0,
    ]
    # A crowd that grows as it spreads takes in its next neighbour.
    assert spread_labels([98.0, 106.0, 114.0], gap=10.0, low=0.0, high=300.0) == [
        96.0,
        106.0,
        116.0,
    ]
    assert spread_labels([100.0, 101.0, 102.0, 112.0], gap=10.0, low=0.0, high=300.0) == [
        88.75,
        98.75,
        108.75,
        118.75,
    ]
