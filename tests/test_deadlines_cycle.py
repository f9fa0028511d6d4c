"""Deadlines through whole cycles: a story published today that sets a start ten
days out, then the clock moved day by day. Real loopback peers (a feed server,
webhooks), the real extractor, the store and the outbox; only the clock is fake."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from feedserver import FeedServer, Reply
from receivers import WebhookReceiver
from tariffwatch.cli import app
from tariffwatch.commands.deadlines import deadlines_data
from tariffwatch.config import parse_config
from tariffwatch.fold import FoldResult, StateEntry
from tariffwatch.pipeline import run_cycle
from tariffwatch.store import Store

KEY = "tariff:US:CA:all goods"


def rss(published: datetime, text: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>wire</title>'
        "<link>https://wire.example/</link><item><title>US sets tariff on Canada</title>"
        "<guid>urn:story:ca-35</guid><link>https://wire.example/ca-35</link>"
        f"<pubDate>{format_datetime(published)}</pubDate>"
        f"<description>{escape(text)}</description></item></channel></rss>"
    ).encode()


@pytest.fixture
def wired(tmp_path):
    with FeedServer() as feeds, WebhookReceiver() as hook:
        config = parse_config(
            {
                "storage": {"path": str(tmp_path / "tw.duckdb"), "lock_timeout": 5.0},
                "seeds": {"path": str(tmp_path / "no-seeds")},
                "fetch": {"timeout": 2.0, "interval_minutes": 0.0, "retries": 0},
                "feeds": [{"name": "wire", "url": feeds.url("/wire.xml")}],
                "routes": [
                    {"name": "desk", "url": hook.url(path="/desk")},
                    {"name": "legal", "url": hook.url(path="/legal"), "remind_days": [3]},
                ],
            },
            path=None,
            environ={},
        )
        yield config, feeds, hook


def titles(hook: WebhookReceiver, path: str) -> list[str]:
    return [p.json["title"] for p in hook.posts if p.path == path]


def test_a_start_ten_days_out_is_listed_reminded_and_applied_when_it_arrives(wired, tmp_path):
    config, feeds, hook = wired
    today = datetime.now(UTC).replace(microsecond=0)
    start = (today + timedelta(days=10)).date()
    feeds.route(
        "/wire.xml",
        Reply(
            body=rss(
                today - timedelta(minutes=5),
                f"The United States will impose a 35% tariff on Canadian goods, effective "
                f"{start:%B} {start.day}, the White House said.",
            )
        ),
    )
    run_cycle(config, now=today)
    assert titles(hook, "/desk") == ["US tariff on Canadian goods: 35%, announced"]

    rows = deadlines_data(config, days=30, today=today.date())
    assert [(r["date"], r["days_left"], r["what"], r["pair"], r["rate"]) for r in rows] == [
        (start.isoformat(), 10, "takes effect", "US-CA", 35.0)
    ]
    assert rows[0]["sources"] == ["https://wire.example/ca-35"]
    assert rows[0]["status"] == "announced"

    # The command itself, on a config file pointing at the same database.
    toml = tmp_path / "tw.toml"
    toml.write_text(
        f'[storage]\npath = "{config.storage.path}"\n[seeds]\npath = "{tmp_path / "none"}"\n'
    )
    result = CliRunner().invoke(app, ["deadlines", "--json", "--config", str(toml)])
    assert result.exit_code == 0, result.output
    assert [(r["date"], r["days_left"]) for r in json.loads(result.output)] == [
        (start.isoformat(), 10)
    ]
    short = CliRunner().invoke(app, ["deadlines", "--days", "5", "--config", str(toml)])
    assert "No effective date or expiry in the next 5 days." in short.output

    def day(n: int) -> None:
        run_cycle(config, now=today + timedelta(days=n))

    day(3)
    day(3)  # a second run the same day: the reminder is not sent again
    assert titles(hook, "/desk")[1:] == [
        f"Reminder: US tariff on Canadian goods, 35% announced, takes effect in 7 days "
        f"({start:%b} {start.day}, {start.year})"
    ]
    day(7)
    assert len(titles(hook, "/desk")) == 2
    assert titles(hook, "/legal")[-1].endswith(
        f"takes effect in 3 days ({start:%b} {start.day}, {start.year})"
    )
    day(9)
    assert "takes effect tomorrow" in titles(hook, "/desk")[-1]
    day(10)
    day(11)
    took = f"US tariff on Canadian goods: 35% in effect as scheduled on {start:%b} {start.day}"
    assert titles(hook, "/desk")[-1].startswith(took)
    assert titles(hook, "/legal")[-1].startswith(took)
    assert len(titles(hook, "/desk")) == 4 and len(titles(hook, "/legal")) == 3

    with Store.open(config.storage.path) as store:
        entry = {e.state_key: e for e in store.all_state()}[KEY]
        events = [c.event for _, c in store.changes_since(0)]
    assert (entry.status, entry.inferred) == ("in_effect", "scheduled")
    assert entry.sources == ("https://wire.example/ca-35",)
    assert events == [
        None,
        "effective_reminder",
        "effective_reminder",
        "effective_reminder",
        "took_effect",
    ]
    assert deadlines_data(config, days=30, today=(today + timedelta(days=11)).date()) == []


def test_a_first_run_over_old_news_applies_its_dates_quietly(wired):
    config, feeds, hook = wired
    today = datetime.now(UTC)
    feeds.route(
        "/wire.xml",
        Reply(
            body=rss(
                datetime(2025, 3, 28, 14, tzinfo=UTC),
                "The United States will impose a 25% tariff on Canadian goods, effective April 2.",
            )
        ),
    )
    run_cycle(config, now=today)
    run_cycle(config, now=today + timedelta(days=1))
    # The announcement is news (as before); its long-past start is applied without a word.
    assert titles(hook, "/desk") == ["US tariff on Canadian goods: 25%, announced"]
    with Store.open(config.storage.path) as store:
        entry = {e.state_key: e for e in store.all_state()}[KEY]
    assert (entry.status, entry.inferred) == ("in_effect", "backlog")


def test_a_route_with_a_rate_threshold_still_gets_its_reminders(tmp_path):
    """min_change_pp holds back small rate moves; a reminder moves no rate at all."""
    with WebhookReceiver() as hook:
        config = parse_config(
            {
                "storage": {"path": str(tmp_path / "tw.duckdb")},
                "seeds": {"path": str(tmp_path / "no-seeds")},
                "routes": [{"name": "desk", "url": hook.url(), "min_change_pp": 5}],
            },
            path=None,
            environ={},
        )
        now = datetime.now(UTC)
        entry = StateEntry(
            state_key=KEY,
            kind="tariff",
            track="rate",
            status="announced",
            as_of=now,
            item_key="story",
            evidence="A 35% tariff on Canadian goods takes effect in a week.",
            sources=("https://wire.example/ca",),
            updated_at=now,
            imposer="US",
            target="CA",
            scope="all goods",
            rate=35.0,
            effective=(now + timedelta(days=7)).date(),
            effective_seen=now - timedelta(days=20),
        )
        with Store.open(config.storage.path) as store:
            store.apply_fold(FoldResult({KEY: entry}, []), done_keys=[], routes_for=None, at=now)
        run_cycle(config, now=now)
        assert [p.json["title"][:9] for p in hook.posts] == ["Reminder:"]
