"""The outbox: sent only on success, never twice, and honest about a crash mid-send."""

from __future__ import annotations

from pathlib import Path

import pytest

from tariffwatch.alerts.outbox import deliver_pending
from tariffwatch.config import parse_config
from tariffwatch.errors import DeliveryError
from tariffwatch.pipeline import run_cycle

SEEDS = Path(__file__).parents[1] / "seeds"


class Crash(BaseException):
    """Stands for SIGKILL: nothing after it runs, not even an except clause."""


def config_with_route(tmp_path):
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb")},
        "seeds": {"path": str(SEEDS)},
        "alerts": {"retry_delay": 0.01, "retry_max_delay": 0.05},
        "routes": [{"name": "desk", "url": "json://127.0.0.1:9/never-called"}],
    }
    return parse_config(raw, path=None, environ={})


def test_a_failed_send_stays_pending_and_goes_out_once_the_route_is_back(tmp_path):
    config = config_with_route(tmp_path)
    received = []

    def down(route, message):
        raise DeliveryError(route.name, "connection refused")

    first = run_cycle(config, sender=down)
    assert first["changes"] == 3 and first["alerts_pending"] == 3 and first["alerts_sent"] == 0
    again = deliver_pending(config.storage.path, config, sender=lambda r, m: received.append(m))
    assert again.sent == 3 and again.pending == 0
    assert not any(m.title.startswith("(re-sent)") for m in received)
    assert deliver_pending(config.storage.path, config, sender=received.append).sent == 0


def test_a_crash_while_the_route_answers_resends_once_marked_as_a_possible_repeat(tmp_path):
    config = config_with_route(tmp_path)
    received = []

    def accepts_then_dies(route, message):
        received.append(message)
        raise Crash  # the route has it; the process dies before recording that

    with pytest.raises(Crash):
        run_cycle(config, sender=accepts_then_dies)
    report = deliver_pending(config.storage.path, config, sender=lambda r, m: received.append(m))
    assert report.redelivered == 1 and report.sent == 3
    first, *rest = received
    assert rest[0].title == f"(re-sent) {first.title}"
    assert "you may have it already" in rest[0].text
    assert not any(m.title.startswith("(re-sent)") for m in rest[1:])


def test_an_item_the_extractor_chokes_on_is_logged_and_the_rest_go_on(tmp_path, monkeypatch):
    import tariffwatch.pipeline as pipeline

    config = config_with_route(tmp_path)
    real = pipeline.extract_item

    def fragile(item, cfg):
        if "resume" in item.text:
            raise RecursionError("a pathological sentence")
        return real(item, cfg)

    from datetime import UTC, datetime

    from tariffwatch.model import Item
    from tariffwatch.store import Store

    other = Item(
        key="guid:x",
        source="w",
        title="t",
        published=datetime(2025, 6, 6, tzinfo=UTC),
        text="Canada doubled its tariff on US steel to 50% from 25% on Friday.",
        content_hash="hx",
    )
    with Store.open(config.storage.path) as store:
        store.add_items([other], fetched_at=other.published)
    monkeypatch.setattr(pipeline, "extract_item", fragile)
    summary = run_cycle(config, sender=lambda r, m: None)
    assert summary["items_unreadable"] == ["guid:seed:000_670f76a41c2a7d3a"]
    assert summary["changes"] == 1  # the other story still made its change
    assert run_cycle(config, sender=lambda r, m: None)["items_unreadable"] == []  # not retried
