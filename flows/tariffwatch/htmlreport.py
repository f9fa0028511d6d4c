"""One self-contained HTML page with the whole tariff story: `write_report(config, path)`.

The page needs no network to open: the CSS is inline, the charts are SVG
images embedded as data: URIs (hand-written by svgchart.py: no plotting
library is imported for a report), and there is no script or web font at all. A
Content-Security-Policy meta tag says so to the browser too (nothing may load
but inline styles and data: images), so even a slip in escaping could not
run a script. Every text that came from a feed (titles, evidence, links) is
HTML-escaped, and only http(s) links become links.

Sections: current state (tariffs, talks), the deadlines of the next 30 days
(as `tariffwatch deadlines` lists them), charts of the busiest pairs (upcoming
dates marked), the latest changes with evidence and sources, and feed health.
"""

from __future__ import annotations

import base64
import html
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from tariffwatch.chartdata import chart_data, pair_marks
from tariffwatch.config import Config
from tariffwatch.deadlines import DEFAULT_DAYS, deadline_row, upcoming
from tariffwatch.feedadmin import join_health
from tariffwatch.history import day, rate_text, timeline
from tariffwatch.show import open_existing_store
from tariffwatch.svgchart import HEIGHT, WIDTH, svg_chart

BUSIEST_PAIRS = 4
LATEST_CHANGES = 40

_CSS = """
:root { color-scheme: light; --ink: #1d232b; --muted: #5d6773; --line: #dde2e8;
        --blue: #1f5fa8; --red: #c0392b; --bg: #f7f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 60px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 34px 0 10px; border-bottom: 2px solid var(--line);
     padding-bottom: 4px; }
.meta { color: var(--muted); font-size: 13px; margin: 0; }
table { border-collapse: collapse; width: 100%; background: #fff; font-size: 14px; }
th, td { text-align: left; padding: 6px 9px; border-bottom: 1px solid var(--line);
         vertical-align: top; }
th { background: #eef1f5; font-weight: 600; white-space: nowrap; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.evidence { color: var(--muted); font-size: 13px; max-width: 520px; }
.sources a { display: block; word-break: break-all; font-size: 12px; }
.sources span { display: block; word-break: break-all; font-size: 12px; color: var(--muted); }
.charts { display: grid; grid-template-columns: 1fr; gap: 16px; }
figure { margin: 0; background: #fff; border: 1px solid var(--line); padding: 8px;
         max-width: 818px; }
figure img { width: 100%; max-width: 800px; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 13px; padding-top: 4px; }
.ok { color: #1e7d32; } .bad { color: var(--red); font-weight: 600; } .off { color: var(--muted); }
.empty { color: var(--muted); font-style: italic; }
"""

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def write_report(
    config: Config,
    path: str | Path,
    *,
    now: datetime | None = None,
    pairs: int = BUSIEST_PAIRS,
    changes: int = LATEST_CHANGES,
    on_step: Callable[[str], None] | None = None,
) -> Path:
    """Write the report to `path` (atomically) and return its absolute path."""
    now = now or datetime.now(UTC)
    step = on_step or (lambda _: None)
    data = report_data(config, pairs=pairs, changes=changes, today=now.astimezone(UTC).date())
    step("read")
    charts = []
    for a, b, n, rows in data["pairs"]:
        charts.append((a, b, n, chart_svg(rows, a, b, now, data["state"])))
        step(f"chart {a}-{b}")
    page = render_report(data, charts, now=now, db=config.storage.path)
    path = Path(path).resolve()
    _atomic_write(path, page)
    step("written")
    return path


def report_data(
    config: Config, *, pairs: int, changes: int, today: date | None = None
) -> dict[str, Any]:
    """Everything the page shows, read in one visit to the store."""
    today = today or datetime.now(UTC).date()
    with open_existing_store(config) as store:
        state = store.all_state()
        busiest = store.busiest_pairs(pairs)
        pair_rows = [
            (p["a"], p["b"], p["changes"], timeline(store, p["a"], p["b"])) for p in busiest
        ]
        latest = store.latest_changes(changes)
        health = store.feed_health([f.name for f in config.feeds])
        last_run = store.last_run()
    return {
        "tariffs": [e for e in state if e.kind == "tariff"],
        "talks": [e for e in state if e.kind == "negotiation"],
        "state": state,
        "deadlines": [deadline_row(d) for d in upcoming(state, today=today, days=DEFAULT_DAYS)],
        "pairs": pair_rows,
        "changes": latest,
        "feeds": join_health(config.feeds, health),
        "last_run": last_run,
    }


def step_count(pairs: int = BUSIEST_PAIRS) -> int:
    """How many times write_report calls `on_step` at most (for a progress bar's total)."""
    return pairs + 2


def chart_svg(rows: list[dict[str, Any]], a: str, b: str, now: datetime, state: list[Any]) -> str:
    """One pair's chart (its timeline rows), with its deadlines ahead marked, as SVG."""
    marks = pair_marks(state, a, b, today=now.astimezone(UTC).date())
    return svg_chart(chart_data(rows, a, b, until=now, marks=marks), a, b)


# -- the page ------------------------------------------------------------------------------


def e(value: Any) -> str:
    """Escape anything for HTML text and attributes (quotes too)."""
    return html.escape("" if value is None else str(value), quote=True)


def safe_link(url: Any, text: Any = None) -> str:
    """An <a> for http(s) URLs; any other scheme (javascript:, data:) is shown as text only."""
    label = e(text if text is not None else url)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{e(url)}" rel="noopener noreferrer nofollow">{label}</a>'
    return f"<span>{label}</span>"


def describe_run(run: dict[str, Any] | None) -> str:
    """Which monitor run the page shows: its id and when it started and finished."""
    if not run:
        return "no monitor run recorded yet"
    line = f"state as of monitor run {e(run['run_id'])}, started {e(_stamp(run['started_at']))}"
    if run.get("finished_at"):
        line += f", finished {e(_stamp(run['finished_at']))}"
    return line + " UTC"


def _stamp(value: datetime) -> str:
    return f"{day(value)} {_clock(value)}"


def render_report(
    data: dict[str, Any],
    charts: Iterable[tuple[str, str, int, str]],
    *,
    now: datetime,
    db: str,
) -> str:
    run_line = describe_run(data["last_run"])
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>tariffwatch report</title>",
        f"<style>{_CSS}</style></head><body><main>",
        "<h1>tariffwatch: the tariff story at a glance</h1>",
        f'<p class="meta">Generated {e(now.astimezone(UTC).strftime("%Y-%m-%d %H:%M"))} UTC '
        f"from {e(db)}; {run_line}.</p>",
        _state_section(data["tariffs"], data["talks"]),
        _deadlines_section(data.get("deadlines", [])),
        _charts_section(list(charts)),
        _changes_section(data["changes"]),
        _feeds_section(data["feeds"]),
        "</main></body></html>",
    ]
    return "\n".join(parts) + "\n"


def _state_section(tariffs: list[Any], talks: list[Any]) -> str:
    out = ['<section id="state"><h2>Current state</h2>']
    if not tariffs and not talks:
        out.append('<p class="empty">Nothing known yet: no fact has been read.</p></section>')
        return "".join(out)
    out.append("<h3>Tariffs</h3>")
    out.append(
        "<table><thead><tr><th>imposer</th><th>on goods of</th><th>scope</th><th>rate</th>"
        "<th>status</th><th>as of</th><th>evidence</th><th>sources</th></tr></thead><tbody>"
    )
    for t in tariffs:
        status = "threatened" if t.track == "threat" else t.status.replace("_", " ")
        if t.expires:
            status += f" until {t.expires}"
        out.append(
            f"<tr><td>{e(t.imposer)}</td><td>{e(t.target)}</td><td>{e(t.scope)}</td>"
            f'<td class="num">{e(rate_text(t.rate))}</td><td>{e(status)}</td>'
            f'<td>{e(day(t.as_of))}</td><td class="evidence">{e(t.evidence)}</td>'
            f'<td class="sources">{_sources(t.sources)}</td></tr>'
        )
    out.append("</tbody></table><h3>Trade talks</h3>")
    out.append(
        "<table><thead><tr><th>parties</th><th>status</th><th>as of</th><th>evidence</th>"
        "<th>sources</th></tr></thead><tbody>"
    )
    for n in talks:
        out.append(
            f"<tr><td>{e((n.parties or '').replace(',', '–'))}</td><td>{e(n.status)}</td>"
            f'<td>{e(day(n.as_of))}</td><td class="evidence">{e(n.evidence)}</td>'
            f'<td class="sources">{_sources(n.sources)}</td></tr>'
        )
    if not talks:
        out.append('<tr><td colspan="5" class="empty">no talks recorded</td></tr>')
    out.append("</tbody></table></section>")
    return "".join(out)


def _deadlines_section(rows: list[dict[str, Any]]) -> str:
    out = [f'<section id="deadlines"><h2>Deadlines in the next {DEFAULT_DAYS} days</h2>']
    if not rows:
        out.append('<p class="empty">No effective date or expiry ahead.</p></section>')
        return "".join(out)
    out.append(
        "<table><thead><tr><th>date</th><th>in</th><th>what</th><th>imposer</th>"
        "<th>on goods of</th><th>scope</th><th>rate</th><th>status</th><th>evidence</th>"
        "<th>sources</th></tr></thead><tbody>"
    )
    for r in rows:
        left = r["days_left"]
        out.append(
            f"<tr><td>{e(r['date'])}</td>"
            f'<td class="num">{e(left)} day{"s" if left != 1 else ""}</td>'
            f"<td>{e(r['what'])}</td><td>{e(r['imposer'])}</td><td>{e(r['target'])}</td>"
            f'<td>{e(r["scope"])}</td><td class="num">{e(rate_text(r["rate"]))}</td>'
            f"<td>{e(str(r['status']).replace('_', ' '))}</td>"
            f'<td class="evidence">{e(r["evidence"])}</td>'
            f'<td class="sources">{_sources(r["sources"])}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "".join(out)


def _charts_section(charts: list[tuple[str, str, int, str]]) -> str:
    out = ['<section id="charts"><h2>The busiest pairs</h2>']
    if not charts:
        out.append('<p class="empty">No change recorded yet, so nothing to chart.</p>')
    else:
        out.append('<div class="charts">')
        for a, b, n, svg in charts:
            # An <img>, not inline <svg>: the chart's text stays out of the page's DOM.
            data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
            out.append(
                f'<figure><img src="data:image/svg+xml;base64,{data}" '
                f'alt="{e(a)}–{e(b)} tariff rates over time" width="{WIDTH}" height="{HEIGHT}">'
                f"<figcaption>{e(a)}–{e(b)}: {n} change{'s' if n != 1 else ''}; "
                f"<code>tariffwatch history {e(a)} {e(b)}</code> lists them.</figcaption>"
                "</figure>"
            )
        out.append("</div>")
    out.append("</section>")
    return "".join(out)


def _changes_section(changes: list[dict[str, Any]]) -> str:
    out = ['<section id="changes"><h2>Latest changes</h2>']
    if not changes:
        out.append('<p class="empty">No change recorded yet.</p></section>')
        return "".join(out)
    out.append(
        "<table><thead><tr><th>#</th><th>published</th><th>what changed</th>"
        "<th>evidence</th><th>sources</th></tr></thead><tbody>"
    )
    for c in changes:
        if c["kind"] == "negotiation":
            what = f"{(c['parties'] or '').replace(',', '–')} talks: {c['old_status'] or '—'} → "
            what += c["new_status"]
        else:
            status = (
                "threatened"
                if str(c["state_key"]).startswith("threat:")
                else c["new_status"].replace("_", " ")
            )
            what = (
                f"{c['imposer']} on {c['target']} goods ({c['scope']}): "
                f"{rate_text(c['old_rate'])} → {rate_text(c['new_rate'])}, {status}"
            )
        story = ""
        if c.get("item_title"):
            story = f"<br>{safe_link(c.get('item_link'), c['item_title'])}"
        out.append(
            f'<tr><td class="num">{e(c["seq"])}</td><td>{e(day(c["published"]))}</td>'
            f'<td>{e(what)}{story}</td><td class="evidence">{e(c["evidence"])}</td>'
            f'<td class="sources">{_sources(c["sources"])}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "".join(out)


def _feeds_section(feeds: list[dict[str, Any]]) -> str:
    out = ['<section id="feeds"><h2>Feed health</h2>']
    if not feeds:
        out.append('<p class="empty">No feed is configured.</p></section>')
        return "".join(out)
    out.append(
        "<table><thead><tr><th>feed</th><th>health</th><th>errors</th><th>last error</th>"
        "<th>last success</th><th>next check</th><th>items</th></tr></thead><tbody>"
    )
    for f in feeds:
        if not f["enabled"]:
            health = '<span class="off">disabled</span>'
        elif f["last_checked"] is None:
            health = '<span class="off">not fetched yet</span>'
        elif f["error_count"]:
            health = '<span class="bad">failing</span>'
        else:
            health = '<span class="ok">ok</span>'
        error = ": ".join(str(x) for x in (f["last_error_code"], f["last_error"]) if x)
        out.append(
            f'<tr><td>{e(f["name"])}<br><span class="sources">{safe_link(f["url"])}</span></td>'
            f'<td>{health}</td><td class="num">{e(f["error_count"] or 0)}</td>'
            f'<td class="evidence">{e(error)}</td><td>{e(_when(f["last_success"]))}</td>'
            f"<td>{e(_when(f['next_check']))}</td>"
            f'<td class="num">{e("" if f["items_seen"] is None else f["items_seen"])}</td></tr>'
        )
    out.append("</tbody></table></section>")
    return "".join(out)


def _sources(links: Iterable[str], limit: int = 4) -> str:
    return "".join(safe_link(link) for link in list(links)[:limit])


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    return "—" if value is None else str(value)


def _clock(value: Any) -> str:
    return value.astimezone(UTC).strftime("%H:%M") if isinstance(value, datetime) else ""


def _atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
