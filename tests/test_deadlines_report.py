"""The deadlines where people look: the HTML report's table, the chart's marks and
the state artifact's next-deadline column, from a store folded by the real code."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storydb import story_config
from tariffwatch.chart import chart_data, pair_marks, write_chart
from tariffwatch.history import pair_history
from tariffwatch.htmlreport import write_report
from tariffwatch.model import Item, TariffFact
from tariffwatch.pipeline import fold_queued
from tariffwatch.publish import state_table
from tariffwatch.store import Store

NOW = datetime(2025, 7, 1, 12, tzinfo=UTC)
START = (NOW + timedelta(days=10)).date()


@pytest.fixture
def announced(tmp_path):
    """A store holding a 35% US tariff on Canadian goods announced to start in ten days."""
    config = story_config(tmp_path, [])
    published = NOW - timedelta(hours=3)
    item = Item(
        key="guid:ca-35",
        source="wire",
        title="US sets a 35% tariff on Canada",
        text="The United States will impose a 35% tariff on Canadian goods, effective July 11.",
        published=published,
        link="https://wire.example/ca-35",
        guid="ca-35",
        content_hash="h1",
    )
    fact = TariffFact(
        imposer="US",
        target="CA",
        new_rate=35.0,
        old_rate=None,
        additional=False,
        scope="all goods",
        all_goods=True,
        status="announced",
        current=True,
        effective=START,
        expires=None,
        evidence=item.text,
        confidence=0.9,
    )
    with Store.open(config.storage.path) as store:
        store.add_items([item], fetched_at=published)
        store.save_facts({item.key: (item, [fact])})
    fold_queued(config.storage.path, config, now=NOW)
    return config


def test_the_report_lists_the_deadlines_ahead_and_its_chart_marks_them(announced, tmp_path):
    page = write_report(announced, tmp_path / "r.html", now=NOW).read_text()
    section = page.split('<section id="deadlines">', 1)[1].split("</section>", 1)[0]
    assert "Deadlines in the next 30 days" in section
    assert f"<td>{START.isoformat()}</td>" in section and "10 days" in section
    assert "takes effect" in section and "35%" in section
    assert 'href="https://wire.example/ca-35"' in section

    with Store.open(announced.storage.path) as store:
        marks = pair_marks(store.all_state(), "CA", "US", today=NOW.date())
    assert [label for _, label in marks] == ["US 35% takes effect"]
    data = chart_data(pair_history(announced, "US", "CA"), "US", "CA", until=NOW, marks=marks)
    assert data.end.date() == START  # the axis reaches the date ahead
    assert data.series[0].dates[-1] == NOW  # while the rate line stops at today
    assert write_chart(announced, "US", "CA", tmp_path / "c.png", until=NOW).marks == 1


def test_a_report_with_no_date_ahead_says_so(announced, tmp_path):
    later = NOW + timedelta(days=40)
    page = write_report(announced, tmp_path / "r.html", now=later).read_text()
    assert "No effective date or expiry ahead." in page


def test_the_state_artifact_gives_each_entry_its_next_deadline(announced):
    with Store.open(announced.storage.path) as store:
        rows = state_table(store.all_state(), today=NOW.date())
    assert [r["next_deadline"] for r in rows] == [f"takes effect {START.isoformat()}, in 10 days"]
