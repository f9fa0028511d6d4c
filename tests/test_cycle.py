"""Whole cycles against real loopback peers: a feed server, an SMTP server, a webhook.

Each case folder under tests/data/cycles/ replays a feed cycle by cycle; every
route must get exactly one alert per expected change, once, and nothing for
duplicates, second outlets, recaps or cycles with nothing new.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from feedserver import FeedServer, Reply
from receivers import SMTPReceiver, WebhookReceiver
from tariffwatch.config import parse_config
from tariffwatch.pipeline import run_cycle
from tariffwatch.store import Store

CASES = sorted(p for p in (Path(__file__).parent / "data" / "cycles").iterdir() if p.is_dir())
SECRET = "hunter2-smtp-secret"


def mail_url(smtp: SMTPReceiver) -> str:
    return (
        f"mailto://tw:{SECRET}@{smtp.host}:{smtp.port}"
        "?from=tariffwatch@example.com&to=desk@example.com"
    )


def make_config(tmp_path, feeds, routes, seeds=None):
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb"), "lock_timeout": 5.0},
        "seeds": {"path": str(seeds or tmp_path / "no-seeds")},
        "fetch": {"timeout": 2.0, "interval_minutes": 0.0, "retries": 0},
        "alerts": {"retry_delay": 0.01, "retry_max_delay": 0.05},  # three quick tries
        "feeds": [{"name": name, "url": url} for name, url in feeds],
        "routes": routes,
    }
    return parse_config(raw, path=None, environ={})


def describe(store: Store, since: int) -> list[str]:
    out = []
    for _, c in store.changes_since(since):
        if c.kind == "tariff":
            out.append(f"{c.state_key} {c.old_rate}->{c.new_rate} {c.new_status}")
        else:
            out.append(f"{c.state_key} {c.old_status}->{c.new_status}")
    return out


def last_seq(db: str) -> int:
    with Store.open(db) as store:
        rows = store.changes_since(0)
    return rows[-1][0] if rows else 0


@pytest.fixture
def peers():
    with FeedServer() as feeds, SMTPReceiver() as smtp, WebhookReceiver() as hook:
        yield feeds, smtp, hook


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_one_alert_per_real_change_on_every_route(case, tmp_path, peers):
    feeds, smtp, hook = peers
    expected = json.loads((case / "expected.json").read_text())["cycles"]
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[{"name": "mail", "url": mail_url(smtp)}, {"name": "hook", "url": hook.url()}],
    )
    db = config.storage.path
    alerts = 0
    for n, want in enumerate(expected, start=1):
        feeds.route("/wire.xml", Reply(body=(case / f"cycle_{n}.xml").read_bytes()))
        before = last_seq(db) if n > 1 else 0
        summary = run_cycle(config)
        with Store.open(db) as store:
            assert describe(store, before) == want, f"cycle {n}"
        alerts += len(want)
        assert summary["alerts_sent"] == 2 * len(want)
        assert summary["alerts_pending"] == 0
        assert len(smtp.messages) == len(hook.posts) == alerts, f"cycle {n}"
    subjects = [m.message["subject"] for m in smtp.messages]
    titles = [p.json["title"] for p in hook.posts]
    assert subjects == titles and len(set(subjects)) == len(subjects)


def test_a_route_that_is_down_gets_its_alerts_on_the_next_cycle_once(tmp_path, peers):
    feeds, smtp, hook = peers
    case = CASES[0]
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[{"name": "mail", "url": mail_url(smtp)}, {"name": "hook", "url": hook.url()}],
    )
    feeds.route("/wire.xml", Reply(body=(case / "cycle_3.xml").read_bytes()))
    smtp.mode = "refuse"
    hook.script(500, 500, 500, 500)  # every try of this cycle
    first = run_cycle(config)
    changes = first["changes"]
    assert changes > 0
    assert set(first["route_errors"]) == {"mail", "hook"}
    assert SECRET not in json.dumps(first)  # a route's secret never reaches the summary
    assert len(smtp.messages) == 0 and len(hook.posts) == 4  # the 500s were received, not taken
    assert first["routes"]["hook"]["retries"] == 3 and first["routes"]["hook"]["pending"] == changes
    smtp.mode = "accept"
    second = run_cycle(config)
    assert second["changes"] == 0 and second["alerts_sent"] == 2 * changes
    assert len(smtp.messages) == changes and len(hook.posts) == 4 + changes
    third = run_cycle(config)
    assert third["alerts_sent"] == 0 and len(smtp.messages) == changes


def test_a_broken_feed_beside_good_ones_is_recorded_and_the_cycle_goes_on(tmp_path, peers):
    feeds, _, hook = peers
    case = CASES[0]
    feeds.route("/good.xml", Reply(body=(case / "cycle_3.xml").read_bytes()))
    feeds.route("/broken.xml", Reply(body=b"{{ this is not XML at all >>"))
    feeds.route("/gone.xml", Reply(status=410))
    config = make_config(
        tmp_path,
        feeds=[
            ("good", feeds.url("/good.xml")),
            ("broken", feeds.url("/broken.xml")),
            ("gone", feeds.url("/gone.xml")),
            ("nobody", "http://127.0.0.1:9/feed"),
        ],
        routes=[{"name": "hook", "url": hook.url()}],
    )
    summary = run_cycle(config)
    assert summary["feeds_ok"] == 1
    assert set(summary["feeds_failed"]) == {"broken", "gone", "nobody"}
    assert summary["changes"] > 0 and len(hook.posts) == summary["changes"]
    with Store.open(config.storage.path) as store:
        health = {row["name"]: row for row in store.all_feed_health()}
    assert health["good"]["error_count"] == 0
    assert health["gone"]["error_count"] == 1 and health["gone"]["last_error_code"] == "http_410"
    assert health["nobody"]["last_error"]
    # The failed feeds are retried later, never dropped: each has its next check.
    assert all(health[n]["next_check"] > datetime(2025, 1, 1, tzinfo=UTC) for n in health)


def test_the_seed_article_gives_the_state_the_issue_describes(tmp_path):
    config = make_config(tmp_path, feeds=[], routes=[], seeds=Path("seeds"))
    summary = run_cycle(config)
    assert summary["items_new"] == 1 and summary["seed_problems"] == []
    with Store.open(config.storage.path) as store:
        state = {e.state_key: e for e in store.all_state()}
    us, cn = state["tariff:US:CN:all goods"], state["tariff:CN:US:all goods"]
    assert (us.rate, us.status, cn.rate, cn.status) == (30.0, "in_effect", 10.0, "in_effect")
    assert state["negotiation:CN-US"].status == "resumed"
    assert set(state) == {
        "tariff:US:CN:all goods",
        "tariff:CN:US:all goods",
        "negotiation:CN-US",
    }  # the $295 billion deficit is not a rate
    with Store.open(config.storage.path) as store:
        olds = {c.state_key: c.old_rate for _, c in store.changes_since(0)}
    assert olds["tariff:US:CN:all goods"] == 145.0 and olds["tariff:CN:US:all goods"] == 125.0
    # Printed to the console (no route), kept in the database, and never again.
    assert summary["alerts_sent"] == 3
    assert run_cycle(config)["alerts_sent"] == 0


def test_a_failed_private_feed_is_reported_without_its_token(tmp_path, peers):
    feeds, _, _ = peers
    feeds.route("/private.xml", Reply(status=404))
    url = feeds.url("/private.xml").replace("http://", "http://reader:s3cr3t-tok@") + "?key=k3y9"
    config = make_config(tmp_path, feeds=[("private", url)], routes=[])
    summary = run_cycle(config)
    reason = summary["feeds_failed"]["private"]
    assert reason.startswith("http_404") and "/private.xml" in reason
    assert "s3cr3t-tok" not in json.dumps(summary) and "k3y9" not in json.dumps(summary)


def test_a_transition_seen_twice_in_one_batch_is_one_recorded_change(tmp_path):
    """Talks that stall, restart and stall again on one day: the second stall has the
    first's id (the transition and the day), so it is one row, one alert and one event."""
    from datetime import timedelta

    from foldkit import DAY0, talks
    from tariffwatch.fold import fold
    from tariffwatch.model import SourcedFact

    def at(hour, status):
        published = DAY0 + timedelta(hours=hour)
        return SourcedFact(
            fact=talks(status), item_key=f"i{hour}", published=published, link="", source="feed"
        )

    reports = [at(1, "ongoing"), at(2, "stalled"), at(3, "ongoing"), at(4, "stalled")]
    result = fold({}, reports, now=DAY0 + timedelta(days=1))
    ids = [c.change_id for c in result.changes]
    assert len(ids) == 4 and len(set(ids)) == 3  # the fold's own output, as the store sees it
    with Store.open(str(tmp_path / "tw.duckdb")) as store:
        recorded = store.apply_fold(
            result, done_keys=[], routes_for=lambda c: ["desk"], at=DAY0 + timedelta(days=1)
        )
        assert [c.change_id for c in recorded] == list(dict.fromkeys(ids))
        assert store.delivery_counts() and len(store.changes_since(0)) == 3


def test_a_route_watching_steel_gets_the_steel_tariff_not_the_wine_one(tmp_path, peers):
    """One cycle, three stories: steel, wine and all goods. The steel route gets the steel
    tariff and the all-goods one (it taxes steel too), the strict one only steel, the
    route without goods all three, the wine digest only wine."""
    from email.utils import format_datetime
    from xml.sax.saxutils import escape

    from tariffwatch.alerts.digest import deliver_digests

    feeds, _, hook = peers
    published = format_datetime(datetime(2025, 6, 2, 9, tzinfo=UTC))
    stories = {
        "steel": "The United States will raise its tariff on Canadian steel to 50% from 25%, "
        "effective immediately.",
        "wine": "China imposed a 30% tariff on French wine on Monday.",
        "mexico": "The United States imposed a 25% tariff on all Mexican goods on Tuesday.",
    }
    items = "".join(
        f"<item><title>{name}</title><guid>urn:story:{name}</guid>"
        f"<link>https://wire.example/{name}</link><pubDate>{published}</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for name, text in stories.items()
    )
    rss = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'
    feeds.route("/wire.xml", Reply(body=rss.encode()))
    config = make_config(
        tmp_path,
        feeds=[("wire", feeds.url("/wire.xml"))],
        routes=[
            {"name": "steel", "url": hook.url(path="/steel"), "goods": ["steel"]},
            {
                "name": "strict",
                "url": hook.url(path="/strict"),
                "goods": ["Steel"],
                "goods_all": False,
            },
            {"name": "all", "url": hook.url(path="/all")},
            {
                "name": "cellar",
                "url": hook.url(path="/cellar"),
                "mode": "digest",
                "goods": ["wines"],
                "goods_all": False,
            },
        ],
    )
    summary = run_cycle(config)
    assert summary["changes"] == 3 and summary["alerts_pending"] == 1  # the digest's wine
    # a digest holds the route's own changes: the filter chose them when they were queued
    assert deliver_digests(config.storage.path, config).sent == {"cellar": 1}
    (digest,) = (p for p in hook.posts if p.path == "/cellar")
    assert "wine" in digest.json["message"] and "steel" not in digest.json["message"]

    def told(path: str) -> list[str]:
        return sorted(p.json["title"] for p in hook.posts if p.path == path)

    steel, wine, mexico = (
        [t for t in told("/all") if word in t] for word in ("steel", "wine", "Mexican")
    )
    assert len(steel) == len(wine) == len(mexico) == 1
    assert told("/steel") == sorted(steel + mexico)
    assert told("/strict") == steel
    assert told("/all") == sorted(steel + wine + mexico)
