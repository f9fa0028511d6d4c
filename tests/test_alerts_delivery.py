"""Alerts a production desk can trust, against real loopback peers.

A feed server serves a backlog of rate moves, a webhook receiver answers
with scripted failures, aiosmtpd takes mail: grouping above the threshold,
retries within the cycle, concurrency with order kept per pair, the outbox
across a crash, what the operator sees, and feeds due at every scheduled run.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from typer.testing import CliRunner

from feedserver import FeedServer, Reply
from receivers import SMTPReceiver, WebhookReceiver
from tariffwatch.alerts import send
from tariffwatch.alerts.digest import deliver_digests
from tariffwatch.alerts.outbox import deliver_pending
from tariffwatch.cli import app
from tariffwatch.config import parse_config
from tariffwatch.pipeline import run_cycle
from tariffwatch.store import Store

COUNTRIES = [
    ("the United States", "American"),
    ("China", "Chinese"),
    ("Canada", "Canadian"),
    ("Mexico", "Mexican"),
    ("Japan", "Japanese"),
    ("India", "Indian"),
    ("Brazil", "Brazilian"),
    ("Vietnam", "Vietnamese"),
    ("South Korea", "South Korean"),
    ("the United Kingdom", "British"),
    ("Australia", "Australian"),
    ("Germany", "German"),
]
SCOPES = ["steel", "aluminum", "cars", "solar panels", "electric vehicles", "chips", "wine"]
SCOPES += ["beef", "textiles", "furniture"]
START = datetime(2025, 6, 2, 8, tzinfo=UTC)
SECRET = "smtp-Pa55-for-grouping"


def story(i: int, pairs: int = 12) -> tuple[str, str]:
    """Story i: one rate move between two of `pairs` neighbouring countries.

    Every story moves its own (imposer, target, scope), or moves an earlier
    one to a new rate, so each is exactly one change.
    """
    a, b = COUNTRIES[i % pairs], COUNTRIES[(i + 1) % pairs]
    scope = SCOPES[(i // pairs) % len(SCOPES)]
    rate = 10 + 5 * (i // (pairs * len(SCOPES)))
    text = f"{a[0][0].upper() + a[0][1:]} set a {rate}% tariff on {b[1]} {scope} on Monday."
    return f"{b[1]} {scope}: {rate}%", text


def feed(first: int, last: int, pairs: int = 12) -> bytes:
    """Stories first..last-1 as RSS, newest first, published a minute apart."""
    entries = []
    for i in reversed(range(first, last)):
        title, text = story(i, pairs)
        when = format_datetime(START + timedelta(minutes=i), usegmt=True)
        entries.append(
            f"<item><guid>s{i}</guid><link>https://news.example/s/{i}</link>"
            f"<title>{title}</title><pubDate>{when}</pubDate>"
            f"<description>{text}</description></item>"
        )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>wire</title>'
        + "".join(entries)
        + "</channel></rss>"
    ).encode()


def make_config(tmp_path, feed_url, routes, **alerts):
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb"), "lock_timeout": 5.0},
        "seeds": {"path": str(tmp_path / "no-seeds")},
        "fetch": {"timeout": 2.0, "interval_minutes": 15.0, "retries": 0},
        "alerts": {"retry_delay": 0.05, "retry_max_delay": 0.2, **alerts},
        "feeds": [{"name": "wire", "url": feed_url}],
        "routes": routes,
    }
    return parse_config(raw, path=None, environ={})


def outbox(db: str) -> dict[str, int]:
    with Store.open(db) as store:
        return {f"{r['route']}:{r['status']}": r["n"] for r in store.delivery_counts()}


@pytest.fixture
def feeds():
    with FeedServer() as server:
        yield server


@pytest.fixture
def hook():
    with WebhookReceiver() as receiver:
        yield receiver


# -- grouping ---------------------------------------------------------------------------------


def test_a_backlog_of_120_moves_is_a_few_grouped_messages_on_every_route(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 120)))
    with SMTPReceiver() as smtp:
        mail = (
            f"mailto://tw:{SECRET}@{smtp.host}:{smtp.port}"
            "?from=tariffwatch@example.com&to=desk@example.com"
        )
        routes = [{"name": "hook", "url": hook.url()}, {"name": "mail", "url": mail}]
        config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
        summary = run_cycle(config)
        assert summary["changes"] == 120
        assert summary["alerts_sent"] == 240 and summary["alerts_grouped"] == 240
        assert summary["messages_sent"] == 2 == len(hook.posts) + len(smtp.messages)
        post = hook.posts[0].json
        assert post["title"] == "tariffwatch: 120 changes, 12 pairs"
        for i in range(120):  # together they list every change, with its source
            assert f"https://news.example/s/{i}" in post["message"]
        assert "US–China: 10 changes" in post["message"]
        (received,) = smtp.messages
        assert received.message["subject"] == "tariffwatch: 120 changes, 12 pairs"
        html = received.message.get_body(("html",)).get_content()
        assert html.count("<li>") == 120 and "<h3>US–China: 10 changes</h3>" in html
        assert SECRET not in json.dumps(summary)
    assert outbox(config.storage.path) == {"hook:sent": 120, "mail:sent": 120}
    for route in ("hook", "mail"):
        r = summary["routes"][route]
        assert (r["due"], r["delivered"], r["grouped"], r["messages"], r["pending"]) == (
            120,
            120,
            120,
            1,
            0,
        )
    again = run_cycle(config)  # nothing new: nothing sent, nothing twice
    assert again["alerts_sent"] == 0 and len(hook.posts) == 1


def test_up_to_the_threshold_each_change_is_its_own_alert(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 10)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    summary = run_cycle(config)
    assert summary["changes"] == 10 and len(hook.posts) == 10
    assert summary["alerts_grouped"] == 0 and summary["messages_sent"] == 10
    assert all(
        p.json["message"].rstrip().split("\n")[-1].startswith("tariffwatch · change")
        for p in hook.posts
    )


def test_the_threshold_is_a_config_key(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 10)))
    routes = [{"name": "hook", "url": hook.url()}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes, group_threshold=3)
    summary = run_cycle(config)
    assert len(hook.posts) == 1 and hook.posts[0].json["title"].endswith("10 changes, 10 pairs")
    assert summary["routes"]["hook"]["grouped"] == 10


def test_a_digest_route_keeps_its_schedule_while_an_immediate_route_is_grouped(
    tmp_path, feeds, hook
):
    feeds.route("/wire.xml", Reply(body=feed(0, 30)))
    routes = [
        {"name": "desk", "url": hook.url(path="/desk")},
        {"name": "daily", "url": hook.url(path="/daily"), "mode": "digest"},
    ]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
    summary = run_cycle(config, now=START)
    assert [p.path for p in hook.posts] == ["/desk"]  # one grouped message, no digest yet
    assert hook.posts[0].json["title"] == "tariffwatch: 30 changes, 12 pairs"
    assert "daily" not in summary["routes"]
    assert outbox(config.storage.path) == {"desk:sent": 30, "daily:pending": 30}
    report = deliver_digests(config.storage.path, config, now=START + timedelta(hours=1))
    assert report.sent == {"daily": 30}
    digest = hook.posts[-1]
    assert digest.path == "/daily" and digest.json["title"].startswith("tariffwatch digest: 30")
    assert outbox(config.storage.path) == {"desk:sent": 30, "daily:sent": 30}


def test_a_crash_while_a_group_is_answered_loses_nothing_and_resends_that_group_once(
    tmp_path, feeds, hook
):
    class Crash(BaseException):
        """Stands for SIGKILL between the route taking a message and the store recording it."""

    # Enough lines for two webhook-sized messages (apprise's 32,768 characters).
    feeds.route("/wire.xml", Reply(body=feed(0, 400)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])

    def takes_then_dies(route, message):
        send(route, message)
        raise Crash

    with pytest.raises(Crash):
        run_cycle(config, sender=takes_then_dies)
    first = hook.posts[0].json
    assert first["title"].startswith("tariffwatch: 400 changes, 12 pairs (part 1 of ")
    report = deliver_pending(config.storage.path, config)
    assert report.redelivered > 0 and report.pending == 0
    titles = [p.json["title"] for p in hook.posts]
    assert titles[1] == f"(re-sent) {first['title']}"  # flagged as a possible repeat
    assert sum(t.startswith("(re-sent)") for t in titles) == 1
    messages = [p.json["message"] for p in hook.posts[1:]]
    listed = {int(i) for message in messages for i in re.findall(r"/s/(\d+)\b", message)}
    assert listed == set(range(400))  # every change reached the route
    assert outbox(config.storage.path) == {"hook:sent": 400}
    assert deliver_pending(config.storage.path, config).messages == 0  # and nothing twice


def test_a_crash_with_several_lanes_in_flight_re_sends_each_of_them_once_and_loses_nothing(
    tmp_path, feeds, hook
):
    class Crash(BaseException):
        """Stands for SIGKILL while every lane of the route waits for its answer."""

    # Nine moves in three pairs, below the threshold: three lanes, all in flight at once.
    feeds.route("/wire.xml", Reply(body=feed(0, 9, pairs=3)))
    hook.delay = 0.3
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])

    def takes_then_dies(route, message):
        send(route, message)
        raise Crash

    with pytest.raises(Crash):
        run_cycle(config, sender=takes_then_dies)
    interrupted = {p.json["title"] for p in hook.posts}
    assert len(interrupted) == hook.max_in_flight == 3
    report = deliver_pending(config.storage.path, config)
    assert report.redelivered == 3 and report.pending == 0
    resent = [p.json["title"] for p in hook.posts[3:]]
    assert len(resent) == 9  # every change once more: the three cut off, then the rest
    flagged = {t.removeprefix("(re-sent) ") for t in resent if t.startswith("(re-sent) ")}
    assert flagged == interrupted  # exactly the messages in flight, each flagged once
    assert outbox(config.storage.path) == {"hook:sent": 9}
    assert deliver_pending(config.storage.path, config).messages == 0


# -- retries within the cycle -------------------------------------------------------------------


def test_a_three_request_blip_is_healed_within_the_cycle(tmp_path, feeds, hook):
    # The case: three failed posts in a row. The default four tries (three
    # retries) take the fourth, so the alert goes out in this cycle, not the next.
    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))  # one pair: one lane, in order
    hook.script(500, 500, 500)
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    summary = run_cycle(config)
    assert summary["alerts_sent"] == 3 and summary["alerts_pending"] == 0
    assert summary["route_errors"] == {}
    assert summary["routes"]["hook"]["retries"] == 3 and summary["routes"]["hook"]["retried"] == 1
    assert [p.status for p in hook.posts] == [500, 500, 500, 200, 200, 200]
    with Store.open(config.storage.path) as store:
        (row,) = store.route_delivery_counts()
    assert (row["delivered"], row["retried"], row["pending"]) == (3, 1, 0)


def test_a_route_that_times_out_is_retried(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script("hang")
    routes = [{"name": "hook", "url": hook.url(), "timeout": 0.5}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
    summary = run_cycle(config)
    assert summary["alerts_sent"] == 1 and summary["routes"]["hook"]["retries"] == 1
    assert [p.status for p in hook.posts] == [None, 200]


def test_a_route_still_failing_after_its_retries_is_down_for_the_cycle_only(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))  # one pair: one lane
    hook.script(500, 500, 500, 500)  # one more failure than the default four tries
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    first = run_cycle(config)
    assert len(hook.posts) == 4  # four tries of one alert, then the route rests
    assert first["alerts_sent"] == 0 and first["alerts_pending"] == 3
    assert "error=500" in first["route_errors"]["hook"]
    second = run_cycle(config)
    assert second["alerts_sent"] == 3 and len(hook.posts) == 7
    delivered = [p.json["title"] for p in hook.posts[4:]]
    assert len(set(delivered)) == 3  # nothing lost, nothing doubled
    assert outbox(config.storage.path) == {"hook:sent": 3}


def test_once_a_route_is_down_no_lane_starts_another_message(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 9, pairs=3)))  # three lanes of three
    hook.script(*[500] * 30)
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    summary = run_cycle(config)
    titles = {p.json["title"] for p in hook.posts}
    assert len(titles) <= 3 and len(hook.posts) <= 12  # at most each lane's first alert, 4 tries
    assert summary["alerts_pending"] == 9 and "hook" in summary["route_errors"]


def test_a_rate_limit_asking_a_short_wait_is_waited_out_within_the_cycle(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script((429, {"Retry-After": "1"}))
    # The backoff alone would retry after 0.05 s; the server asked for 1 s, within the cap.
    config = make_config(
        tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}], retry_max_delay=2
    )
    summary = run_cycle(config)
    assert summary["alerts_sent"] == 1 and summary["routes"]["hook"]["retries"] == 1
    assert [p.status for p in hook.posts] == [429, 200]
    assert hook.posts[1].at - hook.posts[0].at >= 0.95


def status_json(config, now=None):
    from tariffwatch.show import status_data

    return status_data(config, now=now)


@pytest.mark.parametrize("status", [429, 503])
def test_a_wait_longer_than_the_cap_rests_the_route_across_cycles_until_it_is_over(
    tmp_path, feeds, hook, status
):
    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))
    hook.script((status, {"Retry-After": "600"}))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    first = run_cycle(config, now=START)
    assert len(hook.posts) == 1 and first["routes"]["hook"]["retries"] == 0  # not hammered
    assert first["alerts_pending"] == 3 and "asked to wait 600 s" in first["route_errors"]["hook"]
    assert first["routes"]["hook"]["rest"] == "resting until 08:10 UTC (server asked)"
    assert outbox(config.storage.path) == {"hook:pending": 3}  # kept, in order, for later
    # The next scheduled cycles come before the server's ten minutes are over: no post.
    for minutes in (5, 9):
        later = run_cycle(config, now=START + timedelta(minutes=minutes))
        assert len(hook.posts) == 1 and later["alerts_sent"] == 0
        assert later["routes"]["hook"]["due"] == 3 and later["alerts_pending"] == 3
        assert later["routes"]["hook"]["rest"] == "resting until 08:10 UTC (server asked)"
        assert later["route_errors"] == {}  # resting as asked is no failure
    (route,) = status_json(config, now=START + timedelta(minutes=9))["routes"]
    assert route["rest"] == "resting until 08:10 UTC (server asked)" and route["pending"] == 3
    # Once the wait is over, every alert goes out, once each.
    after = run_cycle(config, now=START + timedelta(minutes=10, seconds=30))
    assert after["alerts_sent"] == 3 and after["routes"]["hook"]["rest"] is None
    assert len(hook.posts) == 4 and len({p.json["title"] for p in hook.posts[1:]}) == 3
    assert outbox(config.storage.path) == {"hook:sent": 3}
    (route,) = status_json(config, now=START + timedelta(minutes=11))["routes"]
    assert route["rest"] is None and route["resting_until"] is None
    assert run_cycle(config, now=START + timedelta(minutes=15))["alerts_sent"] == 0


def test_status_the_summary_and_the_artifact_say_a_route_rests(tmp_path, feeds, hook):
    from io import StringIO

    from rich.console import Console

    from tariffwatch.publish import deliveries_table
    from tariffwatch.show import print_summary

    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    hook.script((429, {"Retry-After": "1200"}))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    summary = run_cycle(config)  # the real clock, as `tariffwatch status` reads it
    label = summary["routes"]["hook"]["rest"]
    assert re.fullmatch(r"resting until (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC \(server asked\)", label)
    buffer = StringIO()
    print_summary(Console(file=buffer, width=200), summary)
    assert f"route hook: 0 delivered in 0 message(s), 0 retried, 2 pending, {label}" in (
        buffer.getvalue()
    )
    (row,) = deliveries_table(summary["routes"])
    assert row["resting"] == label and row["pending"] == 2
    path = tmp_path / "tw.toml"
    path.write_text(f'[storage]\npath = "{config.storage.path}"\n', encoding="utf-8")
    table = CliRunner().invoke(app, ["status", "--config", str(path)], env={"COLUMNS": "200"})
    assert f"route hook: {label}; 2 alert(s) pending until then" in table.stdout
    data = json.loads(CliRunner().invoke(app, ["status", "--json", "--config", str(path)]).stdout)
    assert data["routes"][0]["rest"] == label and data["routes"][0]["resting_until"]


def test_an_absurd_wait_is_cut_to_max_rest_minutes(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script((429, {"Retry-After": "86400"}))  # a day
    routes = [{"name": "hook", "url": hook.url()}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes, max_rest_minutes=30)
    first = run_cycle(config, now=START)
    assert first["routes"]["hook"]["rest"] == (
        "resting until 08:30 UTC (server asked 86400 s, cut to 30 min: [alerts] max_rest_minutes)"
    )
    assert run_cycle(config, now=START + timedelta(minutes=29))["alerts_sent"] == 0
    assert len(hook.posts) == 1
    assert run_cycle(config, now=START + timedelta(minutes=31))["alerts_sent"] == 1


def test_max_rest_minutes_zero_rests_a_route_for_the_cycle_only(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script((429, {"Retry-After": "600"}))
    routes = [{"name": "hook", "url": hook.url()}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes, max_rest_minutes=0)
    first = run_cycle(config, now=START)
    assert first["alerts_pending"] == 1 and first["routes"]["hook"]["rest"] is None
    assert run_cycle(config, now=START + timedelta(minutes=1))["alerts_sent"] == 1


def test_a_short_503_retry_after_is_waited_out_within_the_cycle(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script((503, {"Retry-After": "1"}))
    config = make_config(
        tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}], retry_max_delay=2
    )
    summary = run_cycle(config)
    assert summary["alerts_sent"] == 1 and [p.status for p in hook.posts] == [503, 200]
    assert hook.posts[1].at - hook.posts[0].at >= 0.95  # the server's second, not 0.05 s


def test_a_refused_token_is_not_retried_and_says_what_to_fix(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))
    hook.script(401)
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    first = run_cycle(config)
    assert len(hook.posts) == 1 and first["routes"]["hook"]["retries"] == 0
    error = first["route_errors"]["hook"]
    assert "not retried" in error and "token or password" in error and "alerts test" in error
    assert first["alerts_pending"] == 3  # kept: fixed routes get every alert
    with Store.open(config.storage.path) as store:
        (row,) = store.route_delivery_counts()
    assert "not retried" in row["last_error"]
    assert run_cycle(config)["alerts_sent"] == 3


def mail_url(smtp):
    return (
        f"mailto://tw:{SECRET}@{smtp.host}:{smtp.port}"
        "?from=tariffwatch@example.com&to=desk@example.com"
    )


@pytest.mark.parametrize(
    ("stage", "reply"),
    [
        ("MAIL", "421 4.3.2 Service shutting down, closing channel"),
        ("RCPT", "450 4.2.1 Mailbox busy, try again later"),
        ("DATA", "451 4.3.0 Local error in processing"),
        ("RCPT", "452 4.2.2 Insufficient system storage"),
        # smtplib tries each AUTH mechanism the server offers (PLAIN, LOGIN): both refused.
        ("AUTH", "454 4.7.0 Temporary authentication failure"),
    ],
)
def test_a_temporary_smtp_refusal_is_retried_within_the_cycle(tmp_path, feeds, stage, reply):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    with SMTPReceiver() as smtp:
        smtp.script(stage, *[reply] * (2 if stage == "AUTH" else 1))
        config = make_config(
            tmp_path, feeds.url("/wire.xml"), [{"name": "mail", "url": mail_url(smtp)}]
        )
        summary = run_cycle(config)
        assert smtp.answered[0] == f"{stage} {reply}"  # the server did refuse once
        assert summary["alerts_sent"] == 1 and summary["routes"]["mail"]["retries"] == 1
        assert summary["route_errors"] == {} and len(smtp.messages) == 1


def test_a_temporary_smtp_refusal_that_lasts_is_retried_then_kept_for_the_next_cycle(
    tmp_path, feeds
):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    with SMTPReceiver() as smtp:
        smtp.script("RCPT", *["451 4.3.0 Temporary lookup failure"] * 4)
        config = make_config(
            tmp_path, feeds.url("/wire.xml"), [{"name": "mail", "url": mail_url(smtp)}]
        )
        first = run_cycle(config)
        assert first["routes"]["mail"]["retries"] == 3 and first["alerts_pending"] == 2
        error = first["route_errors"]["mail"]
        assert "SMTP 451 4.3.0 Temporary lookup failure (a temporary failure)" in error
        assert "not retried" not in error
        assert run_cycle(config)["alerts_sent"] == 2 and len(smtp.messages) == 2


@pytest.mark.parametrize(
    ("stage", "reply"),
    [
        ("RCPT", "550 5.1.1 No such user here"),
        ("RCPT", "553 5.1.3 Bad recipient address syntax"),
        ("MAIL", "553 5.1.8 Sender address rejected"),
    ],
)
def test_a_refused_address_is_not_retried_and_says_what_to_fix(tmp_path, feeds, stage, reply):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    with SMTPReceiver() as smtp:
        smtp.script(stage, *[reply] * 4)
        config = make_config(
            tmp_path, feeds.url("/wire.xml"), [{"name": "mail", "url": mail_url(smtp)}]
        )
        first = run_cycle(config)
        assert smtp.answered == [f"{stage} {reply}"]  # asked once, not four times
        assert first["routes"]["mail"]["retries"] == 0 and first["alerts_pending"] == 2
        error = first["route_errors"]["mail"]
        code = reply[:3]
        assert f"the mail server answered SMTP {reply}; not retried" in error
        assert f"refused an address (SMTP {code}): check the to= and from= addresses" in error
        assert SECRET not in json.dumps(first)
        with Store.open(config.storage.path) as store:
            (row,) = store.route_delivery_counts()
        assert "not retried" in row["last_error"]
        smtp.clear_script()  # the address fixed: nothing was lost
        assert run_cycle(config)["alerts_sent"] == 2 and len(smtp.messages) == 2


def test_a_mail_refused_for_good_is_not_retried(tmp_path, feeds):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    with SMTPReceiver() as smtp:
        smtp.mode = "fail"  # 554 after DATA, every time
        config = make_config(
            tmp_path, feeds.url("/wire.xml"), [{"name": "mail", "url": mail_url(smtp)}]
        )
        first = run_cycle(config)
        assert first["routes"]["mail"]["retries"] == 0 and first["alerts_pending"] == 1
        assert "SMTP 554 5.3.0 transaction failed; not retried" in first["route_errors"]["mail"]


def test_a_refused_mail_login_is_not_retried_and_says_what_to_fix(tmp_path, feeds, caplog):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    with SMTPReceiver() as smtp:
        smtp.mode = "refuse_login"  # the server answers 535 to AUTH: a wrong password
        url = (
            f"mailto://tw:{SECRET}@{smtp.host}:{smtp.port}"
            "?from=tariffwatch@example.com&to=desk@example.com"
        )
        config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "mail", "url": url}])
        with caplog.at_level("INFO"):
            first = run_cycle(config)
        assert first["routes"]["mail"]["retries"] == 0 and first["alerts_pending"] == 2
        error = first["route_errors"]["mail"]
        assert "not retried" in error and "refused the login" in error
        assert "check the user and password of route 'mail'" in error
        assert SECRET not in json.dumps(first) and SECRET not in caplog.text
        with Store.open(config.storage.path) as store:
            (row,) = store.route_delivery_counts()
        assert "refused the login" in row["last_error"] and SECRET not in row["last_error"]
        smtp.mode = "accept"  # the password fixed: nothing was lost
        assert run_cycle(config)["alerts_sent"] == 2 and len(smtp.messages) == 2


# -- concurrency ---------------------------------------------------------------------------------


def test_a_routes_alerts_go_out_concurrently_in_order_within_each_pair(tmp_path, feeds, hook):
    # Nine moves in three pairs (US–China, China–Canada, Canada–US), below the threshold.
    feeds.route("/wire.xml", Reply(body=feed(0, 9, pairs=3)))
    hook.delay = 0.3
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    summary = run_cycle(config)
    assert summary["alerts_sent"] == 9
    # Three posts in flight at once is what "not one at a time" means; a wall-clock
    # bound would also time fetching and extraction, and fail on a busy machine.
    assert hook.max_in_flight == 3  # one lane per pair, all three at once
    delivered = [p.json["title"] for p in hook.posts]
    for imposer in ("US", "China", "Canada"):  # each pair's alerts in change order
        mine = [t for t in delivered if t.startswith(imposer + " ")]
        scopes = [next(s for s in SCOPES if f" {s}:" in t) for t in mine]
        assert len(mine) == 3 and scopes == ["steel", "aluminum", "cars"], mine


def test_more_pairs_than_the_concurrency_wait_for_a_free_slot(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 6, pairs=6)))  # six pairs: six lanes of one
    hook.delay = 1.0  # long enough for four posts to overlap on a busy machine
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    assert config.alerts.concurrency == 4  # the default limit
    assert run_cycle(config)["alerts_sent"] == 6 and hook.max_in_flight == 4


def test_concurrency_one_sends_one_at_a_time(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 4, pairs=3)))
    hook.delay = 0.1
    routes = [{"name": "hook", "url": hook.url()}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes, concurrency=1)
    assert run_cycle(config)["alerts_sent"] == 4 and hook.max_in_flight == 1


# -- what the operator sees -------------------------------------------------------------------


def test_status_shows_each_routes_deliveries(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 30)))
    hook.script(502)
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    run_cycle(config)
    path = tmp_path / "tw.toml"
    path.write_text(f'[storage]\npath = "{config.storage.path}"\n', encoding="utf-8")
    data = json.loads(CliRunner().invoke(app, ["status", "--json", "--config", str(path)]).stdout)
    (route,) = data["routes"]
    assert (route["route"], route["delivered"], route["grouped"], route["retried"]) == (
        "hook",
        30,
        30,
        30,
    )
    assert route["pending"] == 0
    table = CliRunner().invoke(app, ["status", "--config", str(path)]).stdout
    assert "Alert routes" in table and "hook" in table


def test_the_run_summary_prints_each_routes_figures(tmp_path, feeds, hook):
    from io import StringIO

    from rich.console import Console

    from tariffwatch.show import print_summary

    feeds.route("/wire.xml", Reply(body=feed(0, 12)))
    hook.script(500)
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    buffer = StringIO()
    print_summary(Console(file=buffer, width=200), run_cycle(config))
    assert (
        "route hook: 12 delivered in 1 message(s), 12 grouped, 12 retried (1 retries), 0 pending"
        in (buffer.getvalue())
    )


# -- due at every scheduled run --------------------------------------------------------------


def test_runs_fifteen_minutes_apart_each_fetch_and_one_five_minutes_after_does_not(
    tmp_path, feeds, hook
):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    t0 = datetime.now(UTC)
    run_cycle(config, now=t0)
    feeds.route("/wire.xml", Reply(body=feed(0, 2)))  # a new story arrives
    late = run_cycle(config, now=t0 + timedelta(minutes=5))
    assert late["feeds_skipped"] == 1 and feeds.hits("/wire.xml") == 1
    for n in (1, 2):  # the next scheduled runs, a few seconds early or late
        summary = run_cycle(config, now=t0 + timedelta(minutes=15 * n, seconds=-3 if n == 1 else 4))
        assert summary["feeds_ok"] == 1 and summary["feeds_skipped"] == 0
    assert feeds.hits("/wire.xml") == 3 and len(hook.posts) == 2  # the new story's alert


# -- rests timed from the reply, and digests that rest ----------------------------------------


class FakeClock:
    """The time a delivery stage reads; a test moves it on instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def answered_after(clock: FakeClock, **delta: float):
    """The real sender, reached `delta` after the cycle began (fetching, reading, a slow stage)."""

    def sender(route, message):
        clock.advance(**delta)
        send(route, message)

    return sender


@pytest.mark.parametrize(
    ("stages_took", "rest_ends"),
    [
        ({"seconds": 0}, "08:10"),
        ({"minutes": 7}, "08:17"),
        ({"minutes": 55}, "09:05"),
    ],
)
def test_a_rest_set_in_a_cycle_counts_from_the_servers_answer_not_the_cycle_start(
    tmp_path, feeds, hook, stages_took, rest_ends
):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    hook.script((429, {"Retry-After": "600"}))
    config = make_config(tmp_path, feeds.url("/wire.xml"), [{"name": "hook", "url": hook.url()}])
    clock = FakeClock(START)
    first = run_cycle(config, now=START, clock=clock, sender=answered_after(clock, **stages_took))
    assert first["routes"]["hook"]["rest"] == f"resting until {rest_ends} UTC (server asked)"
    ends = clock.now + timedelta(minutes=10)  # the server's ten minutes from its 429
    just_before = run_cycle(config, now=ends - timedelta(seconds=30))
    assert just_before["alerts_sent"] == 0 and len(hook.posts) == 1
    after = run_cycle(config, now=ends + timedelta(seconds=30))
    assert after["alerts_sent"] == 2 and len(hook.posts) == 3


def digest_routes(hook):
    return [
        {"name": "desk", "url": hook.url(path="/desk")},
        {"name": "daily", "url": hook.url(path="/daily"), "mode": "digest"},
    ]


def digests(hook) -> list[str]:
    """The titles of the digests the route took, without their 'until <time>'."""
    return [
        p.json["title"].split(" until ")[0] for p in hook.posts if p.path == "/daily" and p.accepted
    ]


@pytest.mark.parametrize(
    ("status", "retry_after", "max_rest_minutes", "rest"),
    [
        (429, "600", 60, "resting until 08:10 UTC (server asked)"),
        (503, "600", 60, "resting until 08:10 UTC (server asked)"),
        (
            429,
            "86400",
            10,
            "resting until 08:10 UTC (server asked 86400 s, cut to 10 min: "
            "[alerts] max_rest_minutes)",
        ),
    ],
)
def test_a_digest_refused_with_a_long_retry_after_waits_out_the_rest_then_goes_out_once(
    tmp_path, feeds, hook, status, retry_after, max_rest_minutes, rest
):
    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))
    config = make_config(
        tmp_path, feeds.url("/wire.xml"), digest_routes(hook), max_rest_minutes=max_rest_minutes
    )
    run_cycle(config, now=START - timedelta(minutes=1))
    hook.script((status, {"Retry-After": retry_after}))
    refused = deliver_digests(config.storage.path, config, now=START)
    assert refused.resting == {"daily": rest} and "asked to wait" in refused.errors["daily"]
    assert refused.pending == {"daily": 3} and digests(hook) == []
    # Stories keep coming; monitor cycles and a digest run inside the rest post no digest.
    feeds.route("/wire.xml", Reply(body=feed(0, 5, pairs=2)))
    for minutes in (5, 9):
        cycle = run_cycle(config, now=START + timedelta(minutes=minutes), force=True)
        assert cycle["routes"]["daily"]["rest"] == rest and cycle["route_errors"] == {}
        assert cycle["routes"]["daily"]["delivered"] == 0
    early = deliver_digests(config.storage.path, config, now=START + timedelta(minutes=9))
    assert early.resting == {"daily": rest} and early.pending == {"daily": 5}
    assert early.errors == {} and early.sent == {}
    assert len([p for p in hook.posts if p.path == "/daily"]) == 1  # the refused one only
    (row,) = [
        r
        for r in status_json(config, now=START + timedelta(minutes=9))["routes"]
        if r["route"] == "daily"
    ]
    assert row["rest"] == rest and row["pending"] == 5
    # The first monitor cycle after the rest sends the owed digest: every change, once.
    after = run_cycle(config, now=START + timedelta(minutes=10, seconds=30))
    assert after["routes"]["daily"]["delivered"] == 5 and after["routes"]["daily"]["rest"] is None
    assert digests(hook) == ["tariffwatch digest: 5 changes"]
    assert outbox(config.storage.path) == {"desk:sent": 5, "daily:sent": 5}
    # Nothing is owed any more: later cycles and the next digest run send no second digest.
    later = run_cycle(config, now=START + timedelta(minutes=25))
    assert "daily" not in later["routes"]
    nothing = deliver_digests(config.storage.path, config, now=START + timedelta(hours=1))
    assert nothing.empty == ["daily"] and digests(hook) == ["tariffwatch digest: 5 changes"]


def test_a_digest_rest_counts_from_the_servers_answer(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook))
    run_cycle(config, now=START - timedelta(minutes=1))
    hook.script((503, {"Retry-After": "600"}))
    clock = FakeClock(START)
    refused = deliver_digests(
        config.storage.path,
        config,
        now=START,
        clock=clock,
        sender=answered_after(clock, minutes=4),  # a slow route: it answered four minutes on
    )
    assert refused.resting == {"daily": "resting until 08:14 UTC (server asked)"}
    assert run_cycle(config, now=START + timedelta(minutes=13))["routes"]["daily"]["delivered"] == 0
    assert run_cycle(config, now=START + timedelta(minutes=15))["routes"]["daily"]["delivered"] == 2
    assert digests(hook) == ["tariffwatch digest: 2 changes"]


def test_a_digest_that_failed_without_a_rest_is_retried_by_the_next_cycle(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook), retries=0)
    run_cycle(config, now=START - timedelta(minutes=1))
    hook.script(500)
    failed = deliver_digests(config.storage.path, config, now=START)
    assert failed.errors and failed.resting == {} and failed.pending == {"daily": 2}
    cycle = run_cycle(config, now=START + timedelta(minutes=14))
    assert cycle["routes"]["daily"]["delivered"] == 2 and cycle["routes"]["daily"]["messages"] == 1
    assert digests(hook) == ["tariffwatch digest: 2 changes"]


def test_the_digest_command_and_artifact_say_a_route_rests_and_what_waits(
    tmp_path, feeds, hook, monkeypatch
):
    import tariffwatch.flows
    from tariffwatch.publish import digest_markdown

    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook))
    run_cycle(config)
    hook.script((429, {"Retry-After": "3600"}))
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[storage]\npath = "{config.storage.path}"\n\n'
        f'[[routes]]\nname = "daily"\nurl = "{hook.url(path="/daily")}"\nmode = "digest"\n',
        encoding="utf-8",
    )
    reports = []

    def run_digest(cfg):  # the flow's own task, without a Prefect server
        reports.append(deliver_digests(cfg.storage.path, cfg))
        return reports[-1].as_dict()

    monkeypatch.setattr(tariffwatch.flows, "run_digest", run_digest)
    refused = CliRunner().invoke(app, ["digest", "--config", str(path)], env={"COLUMNS": "200"})
    rest = reports[0].resting["daily"]
    assert re.fullmatch(r"resting until .* UTC \(server asked\)", rest)
    assert refused.exit_code == 1 and "FAIL  daily:" in refused.stdout
    waiting = f"rest  daily: {rest}; 2 change(s) wait for it, then go out in one digest"
    assert waiting in refused.stdout
    again = CliRunner().invoke(app, ["digest", "--config", str(path)], env={"COLUMNS": "200"})
    assert again.exit_code == 0 and waiting in again.stdout and "FAIL" not in again.stdout
    assert f"- **daily**: {rest}; 2 change(s) wait, then go out in one digest" in (
        digest_markdown(reports[1])
    )
    assert [p.status for p in hook.posts if p.path == "/daily"] == [429]  # not posted again


# -- what the operator sees about alerts that wait --------------------------------------------


def write_toml(tmp_path, config, routes):
    path = tmp_path / "tw.toml"
    text = f'[storage]\npath = "{config.storage.path}"\n'
    for route in routes:
        text += "\n[[routes]]\n" + "".join(f'{k} = "{v}"\n' for k, v in route.items())
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("script", "routes_now", "says"),
    [
        # a route refused with a long wait: the rest, then since when its alerts wait
        (
            [(429, {"Retry-After": "1200"})],
            ["desk", "daily"],
            r"route desk: resting until \d\d:\d\d UTC \(server asked\); 2 alert\(s\) pending "
            r"until then \(the oldest since \d{4}-\d\d-\d\d \d\d:\d\d UTC\)",
        ),
        # a route down for the cycle: the next run tries again
        (
            [500] * 4,
            ["desk", "daily"],
            r"route desk: 2 alert\(s\) pending \(the oldest since .* UTC\); "
            r"the next run tries again",
        ),
        # a digest route's changes wait for its schedule: no failure
        (
            [],
            ["desk", "daily"],
            r"route daily: 2 alert\(s\) pending \(the oldest since .* UTC\): they go in its next "
            r"digest \(\[schedule\] digest = '0 8 \* \* \*'\)",
        ),
        # a route taken out of the config: its alerts will never go
        (
            [500] * 4,
            ["daily"],
            r"route desk: 2 alert\(s\) pending \(.*\): no route of that name in the config: "
            r"they are never sent",
        ),
    ],
)
def test_status_says_why_each_routes_alerts_wait_and_since_when(
    tmp_path, feeds, hook, script, routes_now, says
):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    hook.script(*script)
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook), retries=3)
    run_cycle(config)
    routes = [r for r in digest_routes(hook) if r["name"] in routes_now]
    path = write_toml(tmp_path, config, routes)
    table = CliRunner().invoke(app, ["status", "--config", str(path)], env={"COLUMNS": "250"})
    assert re.search(says, table.stdout), table.stdout
    data = json.loads(CliRunner().invoke(app, ["status", "--json", "--config", str(path)]).stdout)
    by_route = {r["route"]: r for r in data["routes"]}
    assert by_route["daily"]["mode"] == "digest" and by_route["daily"]["pending"] == 2
    assert by_route["desk"]["mode"] == ("immediate" if "desk" in routes_now else None)
    assert datetime.fromisoformat(by_route["daily"]["pending_since"]).tzinfo is not None


def test_status_says_nothing_waits_once_everything_went_out(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    routes = [{"name": "desk", "url": hook.url(path="/desk")}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
    run_cycle(config)
    path = write_toml(tmp_path, config, routes)
    table = CliRunner().invoke(app, ["status", "--config", str(path)], env={"COLUMNS": "250"})
    assert "pending" not in table.stdout.split("Alert routes")[1].split("┘")[-1]
    (route,) = json.loads(
        CliRunner().invoke(app, ["status", "--json", "--config", str(path)]).stdout
    )["routes"]
    assert route["pending_since"] is None and route["waiting"] is None


def test_the_run_summary_tells_digest_changes_from_alerts_held_up(tmp_path, feeds, hook):
    from io import StringIO

    from rich.console import Console

    from tariffwatch.show import print_summary

    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))
    hook.script(*[500] * 4)
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook), retries=3)
    summary = run_cycle(config)
    assert summary["alerts_pending"] == 6 and summary["alerts_waiting_for_digest"] == 3
    buffer = StringIO()
    print_summary(Console(file=buffer, width=200), summary)
    assert "alerts: 0 sent, 1 failed, 6 pending (3 of them wait for a digest)" in buffer.getvalue()
    # The deliveries artifact: since when each route's oldest pending change waits.
    from tariffwatch.pipeline import snapshot
    from tariffwatch.publish import deliveries_table

    totals = snapshot(config.storage.path, config)["routes"]
    rows = {row["route"]: row for row in deliveries_table(summary["routes"], totals)}
    assert {route: rows[route]["pending"] for route in rows} == {"daily": 3, "desk": 3}
    for row in rows.values():
        assert datetime.fromisoformat(row["pending_since"]).tzinfo is not None


def test_a_resting_route_that_takes_the_test_message_ends_its_rest(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
    hook.script((429, {"Retry-After": "3600"}))
    routes = [{"name": "desk", "url": hook.url(path="/desk")}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
    run_cycle(config)
    path = write_toml(tmp_path, config, routes)
    tested = CliRunner().invoke(app, ["alerts", "test", "--config", str(path)])
    assert tested.exit_code == 0
    assert re.search(
        r"ok desk \(json://127\.0\.0\.1:\d+/\*\*\*\); it was resting until .* UTC \(server "
        r"asked\): it took the test, so the rest is over and its pending alerts go with the "
        r"next run",
        " ".join(tested.stdout.split()),
    )
    (route,) = status_json(config)["routes"]
    assert route["rest"] is None and route["pending"] == 2
    assert run_cycle(config)["alerts_sent"] == 2  # the next run, not an hour later


def test_a_resting_route_that_refuses_the_test_message_keeps_its_rest(tmp_path, feeds, hook):
    feeds.route("/wire.xml", Reply(body=feed(0, 1)))
    hook.script((429, {"Retry-After": "3600"}), 429)
    routes = [{"name": "desk", "url": hook.url(path="/desk")}]
    config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
    run_cycle(config)
    path = write_toml(tmp_path, config, routes)
    tested = CliRunner().invoke(app, ["alerts", "test", "--config", str(path)])
    assert tested.exit_code == 1 and "FAIL desk" in tested.stdout
    (route,) = status_json(config)["routes"]
    assert route["rest"] is not None and route["pending"] == 1


def test_a_crash_while_a_digest_is_answered_resends_it_once_flagged_and_loses_nothing(
    tmp_path, feeds, hook
):
    class Crash(BaseException):
        """Stands for SIGKILL between the route taking the digest and the store recording it."""

    feeds.route("/wire.xml", Reply(body=feed(0, 3, pairs=2)))
    config = make_config(tmp_path, feeds.url("/wire.xml"), digest_routes(hook))
    run_cycle(config, now=START)

    def takes_then_dies(route, message):
        send(route, message)
        raise Crash

    with pytest.raises(Crash):
        deliver_digests(config.storage.path, config, now=START, sender=takes_then_dies)
    # The next monitor cycle owes it: once more, flagged as a possible repeat.
    cycle = run_cycle(config, now=START + timedelta(minutes=15))
    assert cycle["routes"]["daily"]["delivered"] == 3
    assert cycle["routes"]["daily"]["redelivered"] == 3
    assert digests(hook) == [
        "tariffwatch digest: 3 changes",
        "(re-sent) tariffwatch digest: 3 changes",
    ]
    assert outbox(config.storage.path) == {"desk:sent": 3, "daily:sent": 3}
    assert deliver_digests(config.storage.path, config).empty == ["daily"]  # nothing twice
