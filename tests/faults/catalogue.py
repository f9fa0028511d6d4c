"""Every fault tariffwatch must survive, and the check that proves it did.

Each entry is a name, a class, and a function `(root, verdict) -> None` that
builds a World under `root`, injects the fault, heals it, and writes what it
found into the verdict. `make faults` runs them all and prints the figures;
tests/test_faults.py runs each as a test.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import signal
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from faults.world import (
    DATA,
    HEALED_FEED,
    SECRETS,
    Verdict,
    World,
    good_keys,
    healed_keys,
    rss,
)
from feedserver import Reply, blackhole, conditional, refused_url
from tariffwatch.errors import StoreLockedError
from tariffwatch.sources import parse_feed

FEEDS = DATA / "feeds"
Check = Callable[[Path, Verdict], None]


@dataclass(frozen=True)
class Fault:
    name: str
    kind: str  # feed | route | process | input
    check: Check
    slow: bool = False  # SIGKILL loops and the like: fewer iterations under `make test`


CATALOGUE: list[Fault] = []


def fault(name: str, kind: str, *, slow: bool = False) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        CATALOGUE.append(Fault(name, kind, check, slow))
        return check

    return register


def iterations(quick: int, full: int) -> int:
    return full if os.environ.get("TARIFFWATCH_FAULTS_FULL") else quick


# -- feeds -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeedCase:
    """A broken feed beside a good one; healed on the second cycle."""

    name: str
    serve: Callable[[World], str]  # sets the fault up, returns the bad feed's URL
    code: str | None  # the error code the bad feed must get; None: not an error
    keeps: Callable[[], set[str]] = set  # keys of the bad feed's own items that must be kept
    fetch: dict[str, Any] = field(default_factory=dict)
    then: Callable[[World, Verdict], None] | None = None  # extra checks after the fault cycle
    trace_memory: bool = False  # tracemalloc slows everything down: only where memory is checked


def _route(path: str, reply: Any) -> Callable[[World], str]:
    def serve(world: World) -> str:
        world.feeds.route(path, reply)
        return world.feeds.url(path)

    return serve


def _fixture(name: str, content_type: str = "application/rss+xml") -> Callable[[World], str]:
    body = (FEEDS / name).read_bytes()
    return _route("/bad.xml", Reply(body=body, headers={"Content-Type": content_type}))


def _fixture_keys(name: str) -> Callable[[], set[str]]:
    def keys() -> set[str]:
        body = (FEEDS / name).read_bytes()
        return {i.key for i in parse_feed(body, feed_name="bad", base_url="http://x/")}

    return keys


def _blackhole(world: World) -> str:
    context = blackhole()
    world.extra_contexts.append(context)
    return context.__enter__()


def _redirect_loop(world: World) -> str:
    world.feeds.route("/loop-a", Reply(status=302, headers={"Location": "/loop-b"}))
    world.feeds.route("/loop-b", Reply(status=302, headers={"Location": "/loop-a"}))
    return world.feeds.url("/loop-a")


def _retry_after_honoured(seconds: int) -> Callable[[World, Verdict], None]:
    def check(world: World, verdict: Verdict) -> None:
        next_check = world.health("bad")["next_check"]
        soonest = datetime.now(UTC) + timedelta(seconds=seconds - 5)
        verdict.check(next_check >= soonest, f"Retry-After {seconds}s not honoured: {next_check}")

    return check


def _not_modified_then(world: World, verdict: Verdict) -> None:
    summary = world.cycle(world.current_config, force=False)  # force would skip validators
    verdict.check(summary["feeds_not_modified"] == 1, f"304 not seen: {summary}")


def _guid_reused(world: World) -> str:
    first = rss(
        (
            "reused-guid",
            "Mon, 02 Jun 2025 09:00:00 GMT",
            "Mexico talks",
            "Talks between the United States and Mexico were held in Washington.",
        )
    )
    second = rss(
        (
            "reused-guid",
            "Tue, 03 Jun 2025 09:00:00 GMT",
            "India tariff",
            "India raised its tariff on US almonds to 40% on Tuesday.",
        )
    )
    world.feeds.route("/bad.xml", [Reply(body=first), Reply(body=second)])
    world.guid_versions = {i.key for i in parse_feed(first, feed_name="b", base_url="x")}
    return world.feeds.url("/bad.xml")


def _guid_reused_then(world: World, verdict: Verdict) -> None:
    world.cycle(world.current_config)  # the second story under the same guid
    versions = [k for k in world.stored_keys() if k.startswith("guid:reused-guid")]
    verdict.check(len(versions) == 2, f"a reused guid lost a story: {versions}")


def _tracking_links(world: World) -> str:
    story = "Brazil imposed a 15% tariff on Chinese steel, officials said."
    body = (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title>"
        "<link>https://b.example/</link><description>d</description>"
        "<item><link>https://b.example/story?id=7&amp;utm_source=rss</link><title>Steel</title>"
        f"<description>{story}</description></item>"
        "<item><link>https://B.example/story?utm_medium=x&amp;id=7#top</link><title>Steel</title>"
        f"<description>{story}</description></item></channel></rss>"
    ).encode()
    world.feeds.route("/bad.xml", Reply(body=body))
    return world.feeds.url("/bad.xml")


def _tracking_then(world: World, verdict: Verdict) -> None:
    keys = [k for k in world.stored_keys() if "b.example/story" in k]
    verdict.check(len(keys) == 1, f"one story under two tracking links is {len(keys)} items")


def _future_dates_then(world: World, verdict: Verdict) -> None:
    with world.store() as store:
        latest = store.con.execute("SELECT max(published) FROM items").fetchone()[0]
    verdict.check(
        latest <= datetime.now(UTC) + timedelta(minutes=5), f"a future date was kept: {latest}"
    )


def _memory_bounded(limit_mb: float) -> Callable[[World, Verdict], None]:
    def check(world: World, verdict: Verdict) -> None:
        verdict.check(
            world.peak_mb < limit_mb,
            f"peak traced memory {world.peak_mb:.0f} MB over {limit_mb} MB",
        )

    return check


def _huge_body(world: World) -> str:
    # Built when the fault runs, not when the catalogue is imported.
    return _route("/bad.xml", Reply(body=b"<rss>" + b" " * 100_000_000))(world)


def _gzip_bomb(world: World) -> str:
    bomb = gzip.compress(b"\0" * 200_000_000, 6)  # ~200 kB on the wire, 200 MB inflated
    reply = Reply(body=bomb, headers={"Content-Encoding": "gzip"})
    return _route("/bad.xml", reply)(world)


FEED_CASES = [
    FeedCase("connection refused", lambda w: refused_url(), "connect_error"),
    FeedCase("accepts, never answers", _blackhole, "timeout", fetch={"timeout": 0.3}),
    FeedCase(
        "body dribbled a byte a second",
        _route("/bad.xml", Reply(body=HEALED_FEED, dribble=1.0)),
        "timeout",
        fetch={"timeout": 0.4},
    ),
    FeedCase(
        "500 with Retry-After",
        _route("/bad.xml", Reply(status=500, headers={"Retry-After": "600"})),
        "http_5xx",
        then=_retry_after_honoured(600),
    ),
    FeedCase(
        "503 with Retry-After",
        _route("/bad.xml", Reply(status=503, headers={"Retry-After": "900"})),
        "http_5xx",
        then=_retry_after_honoured(900),
    ),
    FeedCase("404", _route("/bad.xml", Reply(status=404)), "http_404"),
    FeedCase("410", _route("/bad.xml", Reply(status=410)), "http_410"),
    FeedCase("redirect loop", _redirect_loop, "too_many_redirects"),
    FeedCase(
        "304 not modified",
        _route("/bad.xml", conditional(HEALED_FEED, etag='"v1"')),
        None,
        keeps=healed_keys,
        then=_not_modified_then,
    ),
    FeedCase("malformed XML", _fixture("malformed.xml"), "malformed_xml"),
    FeedCase(
        "non-UTF-8 body, wrong charset header",
        _fixture("cp1252_body.xml", "application/rss+xml; charset=utf-8"),
        None,
        keeps=_fixture_keys("cp1252_body.xml"),
    ),
    FeedCase("HTML page instead of a feed", _fixture("html_page.html", "text/html"), "not_a_feed"),
    FeedCase("empty feed", _fixture("empty_feed.xml"), None),
    FeedCase("100 MB body", _huge_body, "too_large", then=_memory_bounded(60), trace_memory=True),
    FeedCase("gzip bomb", _gzip_bomb, "too_large", then=_memory_bounded(60), trace_memory=True),
    FeedCase("billion laughs", _fixture("billion_laughs.xml"), "unsafe_xml"),
    FeedCase("external entity", _fixture("xxe_file.xml"), "unsafe_xml"),
    FeedCase(
        "duplicate guids",
        _fixture("duplicate_guids.xml"),
        None,
        keeps=_fixture_keys("duplicate_guids.xml"),
    ),
    FeedCase(
        "missing guids",
        _fixture("missing_guids.xml"),
        None,
        keeps=_fixture_keys("missing_guids.xml"),
    ),
    FeedCase(
        "no date and a date in the future",
        _fixture("dates.xml"),
        None,
        keeps=_fixture_keys("dates.xml"),
        then=_future_dates_then,
    ),
    FeedCase("a guid reused for another story", _guid_reused, None, then=_guid_reused_then),
    FeedCase("one story under two tracking links", _tracking_links, None, then=_tracking_then),
]


def _feed_check(case: FeedCase) -> Check:
    def check(root: Path, verdict: Verdict) -> None:
        world = World(root)
        try:
            url = case.serve(world)
            config = world.current_config = world.config(feeds={"bad": url}, fetch=case.fetch)
            if case.trace_memory:
                tracemalloc.start()
            try:
                summary = world.cycle(config)
            finally:
                if case.trace_memory:
                    world.peak_mb = tracemalloc.get_traced_memory()[1] / 1e6
                    tracemalloc.stop()
            failed = summary["feeds_failed"]
            verdict.check("good" not in failed, f"the good feed failed beside it: {failed}")
            health = world.health("bad")
            if case.code:
                verdict.check("bad" in failed, f"not reported as failed: {summary}")
                verdict.check(
                    health.get("last_error_code") == case.code,
                    f"code {health.get('last_error_code')!r}, expected {case.code!r}",
                )
                verdict.check(health.get("error_count") == 1, "error counter not kept")
                verdict.check(bool(health.get("last_error")), "no message in feed health")
                verdict.notes.append(f"feed health: {health.get('last_error')}"[:160])
            else:
                verdict.check("bad" not in failed, f"a harmless feed failed: {failed}")
            if case.then:
                case.then(world, verdict)
            # Heal: the same feed serves a good document again.
            world.feeds.route("/bad.xml", Reply(body=HEALED_FEED))
            healed = world.config(feeds={"bad": world.feeds.url("/bad.xml")})
            after = world.cycle(healed)
            verdict.check(not after["feeds_failed"], f"still failing once healed: {after}")
            verdict.check(world.health("bad").get("error_count") == 0, "error counter not reset")
            world.account(verdict, expected_keys=good_keys() | healed_keys() | case.keeps())
            leaks = world.leaked_secrets()
            verdict.check(not leaks, f"secret leaked: {leaks[:2]}")
        finally:
            world.close()

    return check


for _case in FEED_CASES:
    fault(f"feed: {_case.name}", "feed")(_feed_check(_case))


# -- routes ------------------------------------------------------------------------------------


def _two_cycles(
    world: World,
    verdict: Verdict,
    *,
    down: str,
    break_it: Callable[[], None],
    mend: Callable[[], None],
    routes: list | None = None,
    healthy: tuple[str, ...] = ("mail", "hook", "slack"),
) -> None:
    config = world.config(routes=routes)
    break_it()
    first = world.cycle(config)
    verdict.check(first["changes"] > 0, "the fault cycle found no change to deliver")
    verdict.check(down in first["route_errors"], f"route {down} not reported down: {first}")
    verdict.check(world.pending() > 0, "nothing left pending for the route that was down")
    verdict.check(not any(s in json.dumps(first) for s in SECRETS), "secret in the summary")
    mend()
    world.cycle(config)
    world.cycle(config)  # a third cycle must add nothing
    world.account(verdict, routes=healthy, expected_keys=good_keys())
    leaks = world.leaked_secrets()
    verdict.check(not leaks, f"secret leaked: {leaks[:2]}")


@fault("route: SMTP refusing connections, then back", "route")
def smtp_refused(root: Path, verdict: Verdict) -> None:
    world = World(root, smtp_running=False)  # nothing listens on its port: refused
    try:
        _two_cycles(world, verdict, down="mail", break_it=lambda: None, mend=world.start_smtp)
    finally:
        world.close()


@fault("route: SMTP rejecting mail, then accepting", "route")
def smtp_rejecting(root: Path, verdict: Verdict) -> None:
    world = World(root)
    try:
        _two_cycles(
            world,
            verdict,
            down="mail",
            break_it=lambda: setattr(world.smtp, "mode", "refuse"),
            mend=lambda: setattr(world.smtp, "mode", "accept"),
        )
    finally:
        world.close()


def _healed_in_cycle(
    world: World,
    verdict: Verdict,
    *,
    blip: str,
    break_it: Callable[[], None],
    routes: list | None = None,
) -> None:
    """A blip shorter than the in-cycle retries: delivered in the same cycle, retries shown."""
    config = world.config(routes=routes)
    break_it()
    first = world.cycle(config)
    verdict.check(first["changes"] > 0, "the fault cycle found no change to deliver")
    verdict.check(blip not in first["route_errors"], f"route {blip} down after a blip: {first}")
    verdict.check(first["routes"][blip]["retries"] >= 1, f"route {blip}: no retry recorded")
    verdict.check(world.pending() == 0, "alerts left pending after a blip the retries covered")
    world.cycle(config)  # a second cycle must add nothing
    world.account(verdict, routes=("mail", "hook", "slack"), expected_keys=good_keys())
    leaks = world.leaked_secrets()
    verdict.check(not leaks, f"secret leaked: {leaks[:2]}")


@fault("route: webhook 500 once, retried within the cycle", "route")
def webhook_500(root: Path, verdict: Verdict) -> None:
    world = World(root)
    try:
        _healed_in_cycle(world, verdict, blip="hook", break_it=lambda: world.hook.script(500))
    finally:
        world.close()


@fault("route: webhook 500 for a whole cycle, then 200", "route")
def webhook_500_cycle(root: Path, verdict: Verdict) -> None:
    world = World(root)
    try:
        _two_cycles(
            world,
            verdict,
            down="hook",
            break_it=lambda: world.hook.script(*[500] * 100),
            mend=world.hook.clear_script,
        )
    finally:
        world.close()


@fault("route: webhook hangs past its timeout once, retried within the cycle", "route")
def webhook_hangs(root: Path, verdict: Verdict) -> None:
    world = World(root)
    routes = world.route_tables()
    for route in routes:
        route["timeout"] = 0.5
    try:
        started = time.monotonic()
        _healed_in_cycle(
            world, verdict, blip="hook", break_it=lambda: world.hook.script("hang"), routes=routes
        )
        verdict.check(time.monotonic() - started < 30, "a hanging route held the cycles")
    finally:
        world.close()


@fault("route: one route failing while the others succeed", "route")
def one_route_down(root: Path, verdict: Verdict) -> None:
    world = World(root)
    routes = [*world.route_tables(), {"name": "dead", "url": "json://127.0.0.1:9/hook"}]
    try:
        config = world.config(routes=routes)
        world.cycle(config)
        world.cycle(config)
        world.account(verdict, routes=("mail", "hook", "slack"), expected_keys=good_keys())
        changes = len(world.change_titles())
        verdict.check(
            world.pending() == changes,
            f"the dead route should hold {changes} pending, holds {world.pending()}",
        )
    finally:
        world.close()


# -- hostile input -----------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"
CONTROL = "\x07\x1b[31m\x00"


@fault("input: markup, Slack mentions, control characters, very long text", "input")
def hostile_input(root: Path, verdict: Verdict) -> None:
    world = World(root)
    title = f"{HOSTILE} &lt;!channel&gt; tariffs"
    text = (
        f"The United States raised its tariff on Chinese goods to 60% on Friday {HOSTILE} "
        f"&lt;!channel&gt; &lt;@U024BE7LH&gt; &lt;http://evil.example|click here&gt; "
        f"{CONTROL} officials said. " + "Filler sentence about nothing. " * 4000
    )
    world.feeds.route(
        "/bad.xml", Reply(body=rss(("hostile-1", "Fri, 06 Jun 2025 09:00:00 GMT", title, text)))
    )
    try:
        summary = world.cycle(world.config(feeds={"bad": world.feeds.url("/bad.xml")}))
        verdict.check(summary["alerts_sent"] > 0, "the hostile story produced no alert to check")
        for mail in world.smtp.messages:
            html = mail.message.get_body(("html",))
            content = html.get_content() if html else ""
            verdict.check("<script" not in content.lower(), "raw <script> in an email")
            verdict.check(len(content) < 50_000, f"email body of {len(content)} characters")
        for post in world.slack.posts:
            raw = post.body.decode()
            verdict.check(
                "<!channel>" not in raw and "<@U024BE7LH>" not in raw,
                "a Slack mention went out live",
            )
            verdict.check("<http://evil.example|" not in raw, "a Slack link was injected")
        for post in world.hook.posts:
            raw = json.dumps(post.json)
            verdict.check(
                not any(c in raw for c in ("\\u0007", "\\u001b", "\\u0000")),
                "control characters reached a webhook",
            )
        world.account(verdict, expected_keys=good_keys())
    finally:
        world.close()


# -- the process -------------------------------------------------------------------------------

WORKER = (
    "import sys; from tariffwatch.config import load_config; "
    "from tariffwatch.pipeline import run_cycle; run_cycle(load_config(sys.argv[1]), force=True)"
)
PAIRS = [
    ("United States", "Chinese"),
    ("Canada", "American"),
    ("Mexico", "Chinese"),
    ("India", "American"),
    ("Japan", "South Korean"),
    ("Brazil", "Argentine"),
    ("Australia", "Chinese"),
    ("Turkey", "American"),
    ("Indonesia", "Indian"),
    ("Vietnam", "Thai"),
    ("South Africa", "Chinese"),
    ("Switzerland", "American"),
]


def busy_feed(items: int, seed: int = 7) -> bytes:
    """Many stories, many real changes: a cycle long enough to be killed anywhere in it."""
    rng = random.Random(seed)
    entries = []
    for n in range(items):
        country, demonym = PAIRS[n % len(PAIRS)]
        rate = rng.choice([10, 15, 20, 25, 30, 35, 40, 50])
        day = 1 + n % 28
        entries.append(
            (
                f"busy-{n}",
                f"{day:02d} May 2025 09:{n % 60:02d}:00 GMT",
                f"{country} sets {rate}% tariff",
                f"{country} raised its tariff on {demonym} steel to {rate}% on "
                f"{'Monday' if n % 2 else 'Tuesday'}, the trade ministry said. "
                + "Markets were calm. "
                * 40,
            )
        )
    head = "<?xml version='1.0'?><rss version='2.0'><channel><title>busy</title>"
    body = "".join(
        f"<item><guid>{g}</guid><pubDate>Thu, {d}</pubDate><title>{t}</title>"
        f"<description>{s}</description></item>"
        for g, d, t, s in entries
    )
    return (
        head
        + "<link>https://busy.example/</link><description>d</description>"
        + body
        + "</channel></rss>"
    ).encode()


def _run_worker(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", WORKER, str(config)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


def _world_with_busy_feed(root: Path, items: int) -> tuple[World, Path]:
    world = World(root, slack=False)
    world.feeds.route("/busy.xml", Reply(body=busy_feed(items)))
    config = world.write_config(feeds={"busy": world.feeds.url("/busy.xml")})
    return world, config


@fault("process: SIGKILL at random points of a cycle, then run again", "process", slow=True)
def sigkill_loop(root: Path, verdict: Verdict) -> None:
    kills = iterations(quick=3, full=25)
    items = iterations(quick=80, full=240)
    control, control_config = _world_with_busy_feed(root / "control", items)
    try:
        started = time.monotonic()
        done = _run_worker(control_config)
        _, err = done.communicate(timeout=300)
        duration = time.monotonic() - started
        verdict.check(done.returncode == 0, f"control cycle failed: {err.decode()[-300:]}")
        want_keys = control.stored_keys()
        want_titles = sorted(control.change_titles())
    finally:
        control.close()
    world, config = _world_with_busy_feed(root / "chaos", items)
    rng = random.Random(20251129)
    try:
        for _ in range(kills):
            worker = _run_worker(config)
            time.sleep(rng.uniform(0.0, duration))
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        final = _run_worker(config)
        _, err = final.communicate(timeout=300)
        verdict.check(final.returncode == 0, f"the run after the kills failed: {err[-300:]!r}")
        got_titles = sorted(world.change_titles())
        lost = len(set(want_titles) - set(got_titles))
        verdict.check(lost == 0, f"{lost} change(s) lost to the kills")
        verdict.check(len(got_titles) == len(want_titles), "changes differ from a clean run")
        world.account(verdict, routes=("mail", "hook"), expected_keys=want_keys)
        verdict.notes.append(
            f"{kills} kills over a {duration:.1f}s cycle, {len(want_titles)} changes"
        )
    finally:
        world.close()


@fault("process: two cycles started at once on one database", "process", slow=True)
def concurrent_cycles(root: Path, verdict: Verdict) -> None:
    world, config = _world_with_busy_feed(root, iterations(quick=40, full=120))
    try:
        first, second = _run_worker(config), _run_worker(config)
        results = [p.communicate(timeout=300) for p in (first, second)]
        for proc, (_, err) in zip((first, second), results, strict=True):
            verdict.check(
                proc.returncode == 0 or b"held for writing" in err,
                f"a concurrent cycle failed unclearly: {err.decode()[-300:]}",
            )
        final = _run_worker(config)
        final.communicate(timeout=300)
        verdict.check(final.returncode == 0, "the database was left unusable")
        world.account(verdict, routes=("mail", "hook"))
    finally:
        world.close()


HOLDER = (
    "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
    "print('ready', flush=True); time.sleep(float(sys.argv[2]))"
)


@fault("process: the database held open for writing by another process", "process")
def database_held(root: Path, verdict: Verdict) -> None:
    world = World(root, slack=False)
    try:
        config = world.config(lock_timeout=0.5)
        world.cycle(config)  # create the database
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER, world.db, "3"], stdout=subprocess.PIPE
        )
        assert holder.stdout is not None
        holder.stdout.readline()
        try:
            world.cycle(config)
            verdict.fail("a cycle ran while another process held the database")
        except StoreLockedError as exc:
            verdict.check(str(holder.pid) in str(exc), f"message does not name the holder: {exc}")
            verdict.notes.append(str(exc)[:160])
        holder.wait(timeout=30)
        world.cycle(world.config(lock_timeout=5.0))
        world.account(verdict, routes=("mail", "hook"), expected_keys=good_keys())
    finally:
        world.close()
