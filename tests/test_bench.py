"""`make bench` plumbing on a tiny corpus: every scenario runs and reports.

Structure only, never speed: the machines are shared and noisy. The real
figures come from `make bench` and are recorded in the README.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import make_corpus  # noqa: E402
from bench.run import Plan, render, run  # noqa: E402

TINY = Plan(
    items=60,
    feeds=3,
    nochange_items_per_feed=5,
    sizes=(200, 3_000),
    prefect_feeds=(),
    repeat=1,
    backlog_items=150,
    backlog_plain=False,
)


def test_the_corpus_is_seeded_and_realistic():
    a = make_corpus(items=200, feeds=4, seed=3)
    b = make_corpus(items=200, feeds=4, seed=3)
    assert a.feeds == b.feeds  # reproducible to the byte
    assert {i.kind for i in a.items} == {"tariff", "negotiation", "recap", "distractor"}
    sizes = [len(" ".join(i.paragraphs)) for i in a.items]
    assert min(sizes) >= 900 and max(sizes) <= 3_600
    assert any(body.startswith(b"<?xml") and b"<feed" in body for body in a.feeds.values())


# A real `prefect server` starts and every scenario runs in its own child: about 75 s
# alone, twice that on a loaded machine. The suite's 120 s guard is for hangs, not this.
@pytest.mark.timeout(360)
def test_every_scenario_runs_and_the_table_has_every_figure(tmp_path):
    report = run(TINY, tmp_path, log=False)
    results = report.results
    assert results["baseline"]["items"] == 60
    assert results["cycle"]["summary"]["items_new"] == 60
    assert results["cycle"]["alerts_received"] == results["cycle"]["summary"]["messages_sent"]
    backlog = results["backlog"]
    assert backlog["baseline"]["items"] == backlog["cycle"]["summary"]["items_new"] == 150
    assert backlog["stored_changes"] > 10  # enough to be grouped
    assert backlog["outbox"] == {"sent": backlog["stored_changes"]}
    assert backlog["cycle"]["messages_received"] == backlog["cycle"]["summary"]["messages_sent"]
    assert backlog["cycle"]["messages_received"] < backlog["stored_changes"]
    # The monitor flow ran against a real `prefect server`: above the group threshold one
    # event per country pair, which together carry every change; task runs per feed
    # and stage, never per item.
    server = backlog["cycle"]["server"]
    assert server["state"] == "COMPLETED"
    assert server["events"] == backlog["cycle"]["summary"]["events"] < backlog["stored_changes"]
    assert server["changes_in_events"] == backlog["stored_changes"]
    assert TINY.feeds < server["task_runs"] < TINY.feeds + 20
    assert backlog["cycle"]["server_cpu_seconds"] > 0
    assert results["extraction"]["items"] == 60
    for size in ("200", "3000"):
        nochange = results["nochange"][size]
        build = nochange["build"]
        assert build["items"] + build["feed_items"] == int(size)
        assert nochange["not_modified"]["seconds"] > 0
        assert nochange["not_modified"]["feeds_not_modified"] == 3
        assert nochange["duplicates"]["items_seen"] == 15
    names = [row.name for row in report.rows]
    for figure in ("1. ", "2. ", "3. ", "4. ", "5. ", "7. "):
        assert any(n.startswith(figure) for n in names), figure
    judged = [row for row in report.rows if row.ok is not None]
    assert judged and all(row.target for row in judged)
    table = render(report)
    assert "feedparser alone" in table and ("PASS" in table or "FAIL" in table)
    assert all(0 < row_mb < 4_000 for row_mb in _peaks(results))


def _peaks(results):
    yield results["baseline"]["peak_rss_mb"]
    yield results["cycle"]["peak_rss_mb"]
    yield results["extraction"]["peak_rss_mb"]
