"""The tariff story at a glance: history, chart, HTML report, exports, views.

The database is built once per module by replaying the US–China cycle case
through pipeline.run_cycle over a loopback feed server (tests/storydb.py);
the hostile-text report test writes its facts through the Store and folds
them with pipeline.fold_queued.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest
from matplotlib.dates import num2date
from rich.console import Console
from typer.testing import CliRunner

from chartkit import rate_row
from storydb import build_story_db, story_config
from tariffwatch.chart import draw_chart, render_png, write_chart
from tariffwatch.cli import app
from tariffwatch.errors import TariffwatchError
from tariffwatch.export import TABLES, export_tables
from tariffwatch.history import country_pair, pair_history
from tariffwatch.htmlreport import render_report, safe_link, write_report
from tariffwatch.model import Item, TariffFact
from tariffwatch.pipeline import fold_queued
from tariffwatch.store import Store

NOW = datetime(2025, 7, 1, tzinfo=UTC)
runner = CliRunner()
HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return build_story_db(tmp_path_factory.mktemp("story"))


def toml_for(config, tmp_path) -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(f'[storage]\npath = "{config.storage.path}"\n')
    return path


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# -- history ---------------------------------------------------------------------------------


def test_history_is_the_same_in_either_direction_and_covers_rates_and_talks(story):
    forward = pair_history(story, "US", "CN")
    backward = pair_history(story, "cn", "us")
    assert forward == backward and forward
    assert [r["date"] for r in forward] == sorted(r["date"] for r in forward)
    directions = {(r["imposer"], r["target"]) for r in forward if r["kind"] == "tariff"}
    assert directions == {("US", "CN"), ("CN", "US")}
    talks = [r for r in forward if r["kind"] == "negotiation"]
    assert talks and all(r["parties"] == ["CN", "US"] for r in talks)
    assert all(
        r["sources"] and r["sources"][0].startswith("https://news.example/") for r in forward
    )
    cut = [r for r in forward if r["imposer"] == "US" and r["new_rate"] == 30.0]
    assert cut and cut[0]["date"].date().isoformat() == "2025-05-12"


def test_history_of_a_pair_with_no_story_is_empty(story):
    assert pair_history(story, "FR", "JP") == []


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [("USA", "CN", "not a country code"), ("US", "us", "two different countries")],
)
def test_a_bad_pair_is_a_clear_error(a, b, message):
    with pytest.raises(TariffwatchError, match=message):
        country_pair(a, b)


def test_history_command_table_and_json(story, tmp_path):
    config = toml_for(story, tmp_path)
    result = runner.invoke(app, ["history", "CN", "US", "--json", "--config", str(config)])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert {r["kind"] for r in rows} == {"tariff", "negotiation"}
    table = runner.invoke(app, ["history", "us", "cn", "--config", str(config)])
    assert table.exit_code == 0 and "US–CN" in table.stdout
    bad = runner.invoke(app, ["history", "US", "CHINA", "--config", str(config)])
    assert bad.exit_code == 1 and "not a country code" in bad.stderr


def day_of(value) -> str:
    return value.date().isoformat() if isinstance(value, datetime) else str(value or "—")


@pytest.mark.parametrize("width", [80, 40])
def test_status_and_changes_show_every_status_and_date_whole(story, width):
    from tariffwatch import show

    console = Console(width=width, file=io.StringIO(), soft_wrap=True, color_system=None)
    data = show.status_data(story)
    show.print_status(console, data)
    show.print_changes(console, show.changes_data(story))
    text = console.file.getvalue()
    words = set(text.split())
    assert "…" not in text
    for t in data["tariffs"]:
        assert t["status"] in words and day_of(t["as_of"]) in words
    for n in data["negotiations"]:
        assert n["status"] in words
    for c in show.changes_data(story):
        assert day_of(c["published"]) in words and day_of(c["detected_at"]) in words
    if width == 80:
        assert max(len(line) for line in text.splitlines()) <= 80


# -- chart -----------------------------------------------------------------------------------


def test_chart_has_one_line_per_direction_and_scope_and_marks_the_talks(story, tmp_path):
    rows = pair_history(story, "US", "CN")
    lines = {
        (r["imposer"], r["target"], r["scope"])
        for r in rows
        if r["kind"] == "tariff" and r["track"] == "rate"
    }
    result = draw_chart(rows, "US", "CN", until=NOW)
    assert result.series == len(lines) >= 2
    assert result.events == sum(1 for r in rows if r["kind"] == "negotiation") >= 1
    ax = result.figure.axes[0]
    assert ax.get_ylabel() and ax.get_xlabel() and "US–CN" in ax.get_title(loc="left")
    # Dates are right: the x axis spans the story, not 1970.
    left, right = (num2date(x) for x in ax.get_xlim())
    assert left.year == 2025 and left.month in (3, 4) and right.year == 2025
    path = tmp_path / "chart.png"
    written = write_chart(story, "US", "CN", path, until=NOW)
    assert written.series == result.series
    width, height = png_size(path.read_bytes())
    assert (width, height) == (900, 480)
    assert 15_000 < path.stat().st_size < 500_000


def test_a_step_holds_its_rate_until_the_next_change_and_the_last_until_now():
    t = datetime(2025, 4, 9, tzinfo=UTC)
    rows = [
        rate_row(t, "US", "CN", 125.0),
        rate_row(t.replace(month=5), "US", "CN", 30.0),
        rate_row(t.replace(day=10), "CN", "US", 84.0),
        rate_row(t.replace(day=20), "US", "CN", 50.0, track="threat"),
        {
            **rate_row(t.replace(month=6), None, None, None),
            "kind": "negotiation",
            "new_status": "ongoing",
        },
    ]
    from tariffwatch.chart import chart_data

    data = chart_data(rows, "US", "CN", until=NOW)
    us = data.series[0]
    assert us.label == "US on CN goods"
    assert us.rates == (125.0, 30.0, 30.0) and us.dates[-1] == NOW
    assert data.series[1].label == "CN on US goods"
    assert len(data.threats) == 1 and data.talks == ((t.replace(month=6), "ongoing"),)
    assert draw_chart(rows, "US", "CN", until=NOW).series == 2


def test_a_pair_with_many_talks_changes_labels_the_latest_and_says_so():
    from tariffwatch.chart import TALKS_LABELS

    t = datetime(2025, 3, 1, tzinfo=UTC)
    statuses = ["ongoing", "stalled"] * 10
    rows = [
        {
            **rate_row(t.replace(day=1 + n), None, None, None),
            "kind": "negotiation",
            "new_status": f"{status} {n}",
        }
        for n, status in enumerate(statuses)
    ]
    result = draw_chart([rate_row(t, "US", "CN", 25.0), *rows], "US", "CN", until=NOW)
    ax = result.figure.axes[0]
    labels = [x.get_text() for x in ax.texts if x.get_text().startswith("talks: ")]
    assert result.events == len(statuses)  # every change still has its line
    assert labels == [f"talks: {s} {n}" for n, s in enumerate(statuses)][-TALKS_LABELS:]
    legend = [x.get_text() for x in result.figure.legends[0].get_texts()]
    assert f"talks status changed (the latest {TALKS_LABELS} of 20 labelled)" in legend


def test_a_long_legend_fits_below_the_axis_labels_without_a_layout_engine():
    t = datetime(2025, 3, 1, tzinfo=UTC)
    scopes = [f"goods line {n}" for n in range(14)]
    rows = [{**rate_row(t.replace(day=1 + n), "US", "CN", 10.0 + n), "scope": s} for n, s in
            enumerate(scopes)]  # fmt: skip
    result = draw_chart(rows, "US", "CN", until=NOW)
    figure = result.figure
    assert figure.get_layout_engine() is None  # one draw per savefig, not two
    render_png(figure)
    renderer = figure.canvas.get_renderer()
    legend = figure.legends[0].get_window_extent(renderer)
    xlabel = figure.axes[0].xaxis.label.get_window_extent(renderer)
    ticks = figure.axes[0].get_yticklabels()[-1].get_window_extent(renderer)
    assert legend.y0 >= 0 and legend.y1 < xlabel.y0  # inside the figure, below the labels
    assert ticks.x0 >= 0  # the y labels are not cut off on the left


def test_an_empty_pair_still_draws_a_labelled_chart():
    result = draw_chart([], "FR", "JP", until=NOW)
    assert result.series == 0 and result.events == 0
    assert png_size(render_png(result.figure)) == (900, 480)


def test_chart_command_writes_a_png(story, tmp_path):
    config = toml_for(story, tmp_path)
    out = tmp_path / "c.png"
    result = runner.invoke(app, ["chart", "US", "CN", "-o", str(out), "--config", str(config)])
    assert result.exit_code == 0, result.output
    assert "rate line(s)" in result.stdout and png_size(out.read_bytes())[0] == 900


# -- export and views ------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_reads_back_with_duckdb(story, tmp_path, fmt):
    files = export_tables(story, tmp_path / "out", fmt)
    assert [f.table for f in files] == list(TABLES)
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    con = duckdb.connect()
    with Store.open(story.storage.path) as store:
        for f in files:
            assert f.path.name == f"{f.table}.{fmt}"
            count = con.execute(f"SELECT count(*) FROM {reader}(?)", [str(f.path)]).fetchone()[0]
            assert (
                count
                == f.rows
                == store.con.execute(f"SELECT count(*) FROM {f.table}").fetchone()[0]
            )
        changes = con.execute(
            f"SELECT new_rate FROM {reader}(?) WHERE imposer = 'US' ORDER BY seq",
            [str(tmp_path / "out" / f"changes.{fmt}")],
        ).fetchall()
    assert (30.0,) in changes
    assert not list((tmp_path / "out").glob(".*partial*")), "no partial file is left behind"


def test_export_command_with_a_table_filter_and_a_bad_format(story, tmp_path):
    config = toml_for(story, tmp_path)
    out = tmp_path / "x"
    result = runner.invoke(
        app,
        [
            "export",
            "--format",
            "csv",
            "--out",
            str(out),
            "--table",
            "state",
            "--json",
            "-c",
            str(config),
        ],
    )
    assert result.exit_code == 0, result.output
    assert [f["table"] for f in json.loads(result.stdout)] == ["state"]
    assert (out / "state.csv").read_text().startswith("state_key,")
    bad = runner.invoke(app, ["export", "--format", "xlsx", "-c", str(config)])
    assert bad.exit_code == 1 and "unknown export format 'xlsx'" in bad.stderr


def test_the_documented_views_answer_any_duckdb_client(story, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(story.storage.path, copy)
    con = duckdb.connect(str(copy), read_only=True)
    tariffs = con.execute("SELECT imposer, target, rate FROM current_tariffs").fetchall()
    assert ("US", "CN", 30.0) in tariffs
    assert con.execute("SELECT count(*) FROM tariff_history").fetchone()[0] >= 4
    talks = con.execute("SELECT parties, new_status FROM negotiation_history").fetchall()
    assert talks and all(p == "CN,US" for p, _ in talks)
    assert con.execute("SELECT count(*) FROM negotiation_status").fetchone()[0] == 1


# -- the HTML report -------------------------------------------------------------------------

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'


@pytest.fixture
def hostile_db(tmp_path):
    """A store whose item and evidence are hostile, written and folded by the real code."""
    config = story_config(tmp_path, [("evil <b>feed</b>", "https://feeds.example/evil.xml")])
    published = datetime(2025, 5, 1, tzinfo=UTC)
    item = Item(
        key="guid:evil-1",
        source="evil",
        title=f"Tariffs {HOSTILE}",
        text=f"Canada imposed a 25% tariff on US steel. {HOSTILE}",
        published=published,
        link="javascript:alert(document.cookie)",
        guid="evil-1",
        content_hash="h1",
    )
    fact = TariffFact(
        imposer="CA",
        target="US",
        new_rate=25.0,
        old_rate=None,
        additional=False,
        scope="steel",
        all_goods=False,
        status="in_effect",
        current=True,
        effective=None,
        expires=None,
        evidence=f"Canada imposed a 25% tariff on US steel. {HOSTILE}",
        confidence=0.9,
    )
    with Store.open(config.storage.path) as store:
        store.add_items([item], fetched_at=published)
        store.save_facts({item.key: (item, [fact])})
    assert len(fold_queued(config.storage.path, config, now=published)) == 1
    return config


def test_report_escapes_hostile_text_and_links_only_http(hostile_db, tmp_path):
    path = write_report(hostile_db, tmp_path / "r.html", now=NOW)
    page = path.read_text()
    assert "<script" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'href="javascript:' not in page and "javascript:alert(document.cookie)" in page
    assert "evil &lt;b&gt;feed&lt;/b&gt;" in page
    assert "<img " in page  # the chart of the CA–US pair
    # Self-contained: nothing is loaded from anywhere.
    assert not re.search(r'(src|href)="(?!data:|https://feeds\.example/|#)', page)
    assert "default-src 'none'" in page


def test_safe_link_drops_other_schemes():
    assert safe_link("https://a.example/?q=<x>").startswith(
        '<a href="https://a.example/?q=&lt;x&gt;"'
    )
    assert safe_link("data:text/html,hi") == "<span>data:text/html,hi</span>"
    assert safe_link(None) == "<span></span>"


def test_report_of_an_empty_store_says_so(tmp_path):
    data = {"tariffs": [], "talks": [], "pairs": [], "changes": [], "feeds": [], "last_run": None}
    page = render_report(data, [], now=NOW, db="x.duckdb")
    assert "Nothing known yet" in page and "No change recorded yet" in page


def test_report_command(story, tmp_path):
    config = toml_for(story, tmp_path)
    out = tmp_path / "report.html"
    result = runner.invoke(
        app, ["report", "-o", str(out), "--pairs", "1", "--changes", "3", "-c", str(config)]
    )
    assert result.exit_code == 0, result.output
    page = out.read_text()
    assert page.count("data:image/svg+xml;base64,") == 1
    assert page.count('<td class="num">') >= 3


# -- the report in a real browser ------------------------------------------------------------

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
    "--window-size=1200,2200",
    "--hide-scrollbars",
]


@pytest.fixture(scope="session")
def chromium() -> str:
    """Chromium on PATH, installed by tests/ensure_chromium.sh when missing."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    done = subprocess.run(
        ["bash", str(HERE / "ensure_chromium.sh")], capture_output=True, text=True, timeout=900
    )
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip(f"chromium could not be installed: {done.stderr.strip()[-300:]}")
    return found


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    # Chromium puts its singleton socket under TMPDIR, and a socket path holds 107
    # bytes at most: under a deep TMPDIR (.ci/run makes one) it aborts. /tmp is short.
    with tempfile.TemporaryDirectory(dir="/tmp" if Path("/tmp").is_dir() else None) as short:
        return subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=90,
            env={**os.environ, "TMPDIR": short},
        )


def console_problems(stderr: str) -> list[str]:
    """Console messages (the page has no script, so any is a problem) and uncaught errors."""
    return [
        line
        for line in stderr.splitlines()
        if ":CONSOLE" in line or "Uncaught" in line or "Refused to" in line
    ]


@pytest.mark.timeout(900)  # the first run on a fresh machine may install chromium
def test_the_report_renders_in_headless_chromium_with_its_table_and_chart(
    story, chromium, tmp_path
):
    from matplotlib.image import imread

    page = write_report(story, tmp_path / "report.html", now=NOW)
    url = page.as_uri()
    dom = run_chromium(chromium, tmp_path / "p1", "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert console_problems(dom.stderr) == []
    assert "<table>" in dom.stdout and "data:image/svg+xml;base64," in dom.stdout
    shot = tmp_path / "shot.png"
    taken = run_chromium(chromium, tmp_path / "p2", f"--screenshot={shot}", url)
    assert taken.returncode == 0 and shot.exists(), taken.stderr[-2000:]
    assert console_problems(taken.stderr) == []
    pixels = imread(str(shot))[:, :, :3]
    assert pixels.shape[:2] == (2200, 1200)

    def count(rgb: tuple[int, int, int], tolerance: float = 20 / 255) -> int:
        target = [c / 255 for c in rgb]
        close = abs(pixels - target) <= tolerance
        return int(close.all(axis=2).sum())

    assert count((0xEE, 0xF1, 0xF5), 3 / 255) > 5_000, "the table header row is not on screen"
    assert count((0x1F, 0x5F, 0xA8)) > 300, "the chart's first line is not on screen"
    assert count((0xC0, 0x39, 0x2B)) > 300, "the chart's second line is not on screen"
