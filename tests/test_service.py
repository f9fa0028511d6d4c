"""The service's plain functions: digests, feed-health alerts, events and artifacts as data.

Real loopback peers (a feed server, a webhook), no Prefect: the flows only wrap these.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from feedserver import FeedServer, Reply
from receivers import WebhookReceiver
from tariffwatch import publish
from tariffwatch.alerts.digest import deliver_digests
from tariffwatch.alerts.health import HealthNotice, render_health
from tariffwatch.config import parse_config
from tariffwatch.pipeline import run_cycle, snapshot
from tariffwatch.store import Store

CASE = Path(__file__).parent / "data" / "cycles" / "us_china_2025"
SECRET = "hook-secret-9f2"
T0 = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def make_config(tmp_path, feeds, routes, **health):
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb"), "lock_timeout": 5.0},
        "seeds": {"path": str(tmp_path / "no-seeds")},
        "fetch": {"timeout": 2.0, "interval_minutes": 0.0, "retries": 0},
        "health": health,
        "alerts": {"retry_delay": 0.01, "retry_max_delay": 0.05},  # three quick tries
        "feeds": [{"name": name, "url": url} for name, url in feeds],
        "routes": routes,
    }
    return parse_config(raw, path=None, environ={})


def hook_url(hook: WebhookReceiver, path: str) -> str:
    # A password in the URL: it must never reach a report, a log or an artifact.
    return f"json://tw:{SECRET}@127.0.0.1:{hook.port}{path}"


@pytest.fixture
def peers():
    with FeedServer() as feeds, WebhookReceiver() as hook:
        yield feeds, hook


def posts_to(hook: WebhookReceiver, path: str) -> list:
    return [p for p in hook.posts if p.path == path]


# -- digests ---------------------------------------------------------------------------------


def test_digest_routes_get_one_summary_and_immediate_routes_one_message_per_change(tmp_path, peers):
    feeds, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[
            {"name": "desk", "url": hook_url(hook, "/desk")},
            {"name": "daily", "url": hook_url(hook, "/daily"), "mode": "digest"},
        ],
    )
    db = config.storage.path
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
    summary = run_cycle(config, now=T0)
    changes = summary["changes"]
    assert changes > 1
    assert len(posts_to(hook, "/desk")) == changes and posts_to(hook, "/daily") == []

    report = deliver_digests(db, config, now=T0 + timedelta(hours=1))
    assert report.sent == {"daily": changes} and report.errors == {}
    (digest,) = posts_to(hook, "/daily")
    assert digest.json["title"].startswith(f"tariffwatch digest: {changes} changes")
    assert all(t in digest.json["message"] for t in summary["change_titles"])

    # Nothing new since: nothing is sent.
    again = deliver_digests(db, config, now=T0 + timedelta(hours=2))
    assert again.sent == {} and again.empty == ["daily"]
    assert len(posts_to(hook, "/daily")) == 1

    # The next change goes into the next digest, which says since when.
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_4.xml").read_bytes()))
    assert run_cycle(config, now=T0 + timedelta(days=1))["changes"] == 1
    assert deliver_digests(db, config, now=T0 + timedelta(days=1, hours=1)).sent == {"daily": 1}
    second = posts_to(hook, "/daily")[1].json
    assert second["title"] == "tariffwatch digest: 1 change since 2025-06-01 13:00 UTC"
    with Store.open(db) as store:
        marks = store.digest_watermarks()
    assert marks["daily"]["digests_sent"] == 2 and marks["daily"]["last_changes"] == 1


def test_a_digest_that_fails_is_sent_whole_next_time_and_never_leaks_the_url(tmp_path, peers):
    feeds, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[{"name": "daily", "url": hook_url(hook, "/daily"), "mode": "digest"}],
    )
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
    changes = run_cycle(config, now=T0)["changes"]
    hook.script(500, 500, 500, 500)  # every try of this digest run
    failed = deliver_digests(config.storage.path, config, now=T0)
    assert failed.sent == {} and set(failed.errors) == {"daily"}
    assert SECRET not in json.dumps(failed.as_dict())
    retried = deliver_digests(config.storage.path, config, now=T0 + timedelta(minutes=5))
    assert retried.sent == {"daily": changes}
    titles = [p.json["title"] for p in hook.posts]
    assert len(titles) == 5 and all(f"digest: {changes} changes" in t for t in titles)


def test_a_digest_blip_is_retried_within_the_run(tmp_path, peers):
    feeds, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[{"name": "daily", "url": hook_url(hook, "/daily"), "mode": "digest"}],
    )
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
    changes = run_cycle(config, now=T0)["changes"]
    hook.script(503)
    assert deliver_digests(config.storage.path, config, now=T0).sent == {"daily": changes}
    assert [p.status for p in hook.posts] == [503, 200]


# -- feed health -----------------------------------------------------------------------------


def test_a_feed_failing_five_times_raises_one_alert_a_reminder_and_one_recovery(tmp_path, peers):
    feeds, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[
            {"name": "ops", "url": hook_url(hook, "/ops"), "kinds": ["health"]},
            {"name": "desk", "url": hook_url(hook, "/desk")},  # news only: no health
        ],
        failures_before_alert=5,
        reminder_hours=24.0,
    )
    feeds.route("/wire.xml", Reply(status=503))
    now = T0
    for run in range(1, 8):  # seven failures, an hour apart
        summary = run_cycle(config, now=now)
        assert list(summary["feeds_failed"]) == ["wire"]
        assert len(posts_to(hook, "/ops")) == (0 if run < 5 else 1), f"run {run}"
        now += timedelta(hours=1)
    (down,) = posts_to(hook, "/ops")
    assert down.json["title"] == "Feed down: wire (5 failures, last: http_5xx)"
    assert "never dropped" in down.json["message"]

    # Still down a day after the alert: one reminder, then quiet again.
    now = T0 + timedelta(hours=4 + 24)
    run_cycle(config, now=now)
    run_cycle(config, now=now + timedelta(hours=1))
    titles = [p.json["title"] for p in posts_to(hook, "/ops")]
    assert titles[1:] == ["Feed still down: wire (8 failures, last: http_5xx)"]

    # Back: one recovery notice, and nothing more while it stays up.
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_5.xml").read_bytes()))
    run_cycle(config, now=now + timedelta(hours=2))
    run_cycle(config, now=now + timedelta(hours=3))
    titles = [p.json["title"] for p in posts_to(hook, "/ops")]
    assert titles[2:] == ["Feed recovered: wire"]
    assert not [p for p in posts_to(hook, "/desk") if p.json["title"].startswith("Feed")]
    with Store.open(config.storage.path) as store:
        assert store.feed_alerts() == {}

    # Down again later: a new alert, since the first one was closed.
    feeds.route("/wire.xml", Reply(status=404))
    for hour in range(5):
        run_cycle(config, now=now + timedelta(hours=10 + hour))
    assert [p.json["title"] for p in posts_to(hook, "/ops")][3:] == [
        "Feed down: wire (5 failures, last: http_404)"
    ]


def test_a_health_route_that_is_down_gets_the_alert_later_once(tmp_path, peers):
    _, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", "http://127.0.0.1:9/feed")],
        routes=[{"name": "ops", "url": hook_url(hook, "/ops"), "kinds": ["health"]}],
        failures_before_alert=2,
    )
    run_cycle(config, now=T0)
    hook.script(500, 500, 500, 500)  # every try of this run
    second = run_cycle(config, now=T0 + timedelta(minutes=1))
    assert second["health_notices_failed"] == 1 and second["health_notices_sent"] == 0
    third = run_cycle(config, now=T0 + timedelta(minutes=2))
    assert third["health_notices_sent"] == 1
    fourth = run_cycle(config, now=T0 + timedelta(minutes=3))
    assert fourth["health_notices_sent"] == 0
    assert [p.json["title"] for p in hook.posts] == [
        "Feed down: wire (2 failures, last: connect_error)"
    ] * 5  # the 500s were received but not taken; then once


def test_a_health_notice_to_a_resting_route_waits_for_the_end_of_its_rest(tmp_path, peers):
    _, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", "http://127.0.0.1:9/feed")],
        routes=[{"name": "ops", "url": hook_url(hook, "/ops"), "kinds": ["health"]}],
        failures_before_alert=2,
    )
    run_cycle(config, now=T0)
    with Store.open(config.storage.path) as store:  # its server asked for ten minutes at T0
        until = T0 + timedelta(minutes=10)
        store.set_route_rest("ops", until, asked_seconds=600.0, capped=False, at=T0)
    second = run_cycle(config, now=T0 + timedelta(minutes=1))  # the feed is down: a notice
    assert second["health_notices_sent"] == 0 and hook.posts == []
    assert run_cycle(config, now=T0 + timedelta(minutes=9))["health_notices_sent"] == 0
    assert hook.posts == []
    after = run_cycle(config, now=T0 + timedelta(minutes=10))
    assert after["health_notices_sent"] == 1
    assert [p.json["title"] for p in hook.posts] == [
        "Feed down: wire (2 failures, last: connect_error)"
    ]  # once, when the rest was over


def test_health_alerts_can_be_turned_off(tmp_path, peers):
    _, hook = peers
    config = make_config(
        tmp_path,
        feeds=[("wire", "http://127.0.0.1:9/feed")],
        routes=[{"name": "ops", "url": hook_url(hook, "/ops"), "kinds": ["health"]}],
        failures_before_alert=0,
    )
    for minute in range(6):
        run_cycle(config, now=T0 + timedelta(minutes=minute))
    assert hook.posts == []


def test_health_messages_fit_every_format():
    notice = HealthNotice(
        notice_id="abc",
        feed="<b>Wire</b> @channel",
        kind="down",
        error_count=5,
        error_code="http_503",
        error="Service Unavailable " * 40,
        down_since=None,
        created_at=T0,
    )
    message = render_health(notice)
    assert len(message.title) <= 150
    assert "&lt;b&gt;Wire&lt;/b&gt;" in message.html and "<b>Wire" not in message.html
    assert "@channel" not in message.markdown  # made inert for Slack
    assert "Last success: never" in message.text
    assert len(message.text) < 1000


# -- what a run publishes --------------------------------------------------------------------


def test_change_events_name_the_kind_and_the_country_pair(tmp_path, peers):
    feeds, _ = peers
    config = make_config(tmp_path, feeds=[("wire", feeds.url("/wire.xml"))], routes=[])
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
    run_cycle(config, now=T0)
    with Store.open(config.storage.path) as store:
        changes = [c for _, c in store.changes_since(0)]
    events = [publish.change_event(c) for c in changes]
    assert [e["event"] for e in events] == [f"tariffwatch.{c.kind}.changed" for c in changes]
    pairs = {e["related"][0]["prefect.resource.id"] for e in events}
    assert pairs == {"tariffwatch.pair.CN-US", "tariffwatch.pair.US-CN"}
    talks = next(e for e in events if e["event"] == "tariffwatch.negotiation.changed")
    roles = [(r["prefect.resource.role"], r["prefect.resource.name"]) for r in talks["related"]]
    assert roles == [("country-pair", "CN-US"), ("party", "CN"), ("party", "US")]
    assert all(e["related"][0]["prefect.resource.role"] == "country-pair" for e in events)
    # Stable: the same change always makes the same event id.
    assert publish.change_event(changes[0])["id"] == events[0]["id"]
    json.dumps([e["payload"] for e in events])  # the payload is plain JSON


def test_artifact_tables_show_state_and_health_without_secrets(tmp_path, peers):
    feeds, _ = peers
    private = "http://user:pw-123@127.0.0.1:9/x?token=feed-token-123"
    config = make_config(
        tmp_path, feeds=[("wire", feeds.url("/wire.xml")), ("down", private)], routes=[]
    )
    feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
    run_cycle(config, now=T0)
    snap = snapshot(config.storage.path, config)
    state = publish.state_table(snap["state"])
    assert {(r["imposer"], r["target"], r["rate"]) for r in state if r["kind"] == "tariff"} >= {
        ("US", "CN", "30%"),
        ("CN", "US", "10%"),
    }
    health = publish.health_table(snap["feeds"], snap["alerts"], failures_before_alert=5)
    by_feed = {r["feed"]: r for r in health}
    assert by_feed["wire"]["state"] == "ok" and by_feed["down"]["state"] == "failing (1/5)"
    assert "feed-token-123" not in json.dumps(health) and "pw-123" not in json.dumps(health)
    assert by_feed["down"]["url"] == "http://127.0.0.1:9/x"
    with Store.open(config.storage.path) as store:
        changes = [c for _, c in store.changes_since(0)]
    markdown = publish.changes_markdown(changes, at=T0)
    assert markdown.count("\n- **") == len(changes) and "](http" in markdown
