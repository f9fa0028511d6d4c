"""`tariffwatch rebuild`: new rules reach the database without waking anyone twice."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tariffwatch.alerts.outbox import deliver_pending
from tariffwatch.config import parse_config
from tariffwatch.model import Item
from tariffwatch.pipeline import rebuild, run_cycle
from tariffwatch.store import Store

SEEDS = Path(__file__).parents[1] / "seeds"
OLD_STORY = Item(
    key="guid:old-story",
    source="wire",
    title="Canada doubles steel tariffs",
    text="Canada doubled its tariff on US steel to 50% from 25% on Friday, Ottawa said.",
    published=datetime(2025, 6, 6, 9, tzinfo=UTC),
    link="https://news.example/old-story",
    content_hash="h-old-story",
)


@pytest.fixture
def monitored(tmp_path):
    config = parse_config(
        {
            "storage": {"path": str(tmp_path / "tw.duckdb")},
            "seeds": {"path": str(SEEDS)},
            "routes": [{"name": "desk", "url": "json://127.0.0.1:9/x"}],
        },
        path=None,
        environ={},
    )
    sent = []
    run_cycle(config, sender=lambda route, message: sent.append(message.title))
    return config, sent


def test_rebuilding_keeps_every_change_and_alerts_none_again(monitored):
    config, sent = monitored
    assert len(sent) == 3
    with Store.open(config.storage.path) as store:
        before = sorted(c.change_id for _, c in store.changes_since(0))
    report = rebuild(config)
    assert report == {"items": 1, "facts": report["facts"], "changes": 3, "new_changes": 0}
    with Store.open(config.storage.path) as store:
        assert sorted(c.change_id for _, c in store.changes_since(0)) == before
        assert {e.state_key for e in store.all_state()} == {
            "tariff:US:CN:all goods",
            "tariff:CN:US:all goods",
            "negotiation:CN-US",
        }
    assert (
        deliver_pending(config.storage.path, config, sender=lambda r, m: sent.append(m)).sent == 0
    )


@pytest.mark.parametrize(("alert_new", "alerts"), [(False, 0), (True, 1)])
def test_changes_found_for_the_first_time_are_recorded_and_alerted_only_if_asked(
    monitored, alert_new, alerts
):
    config, sent = monitored
    # A story the old rules read nothing from: stored, never turned into facts.
    with Store.open(config.storage.path) as store:
        store.add_items([OLD_STORY], fetched_at=OLD_STORY.published)
        store.con.execute("DELETE FROM work_queue")
    report = rebuild(config, alert_new=alert_new)
    assert report["new_changes"] == 1 and report["changes"] == 4
    delivered = deliver_pending(config.storage.path, config, sender=lambda r, m: sent.append(m))
    assert delivered.sent == alerts
