"""The feed health policy as plain-function table tests: no I/O."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.errors import FeedError
from tariffwatch.model import Item
from tariffwatch.sources import FeedHealth, FetchResult, failure_wait_minutes, is_due, next_health
from tariffwatch.sources.health import jitter

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
CFG = FetchConfig(interval_minutes=15, max_backoff_hours=24)
ITEM = Item(key="guid:1", source="wire", title="t", text="x", published=NOW)


def health(**changes: object) -> FeedHealth:
    base = FeedHealth.new(FeedConfig(name="wire", url="https://wire.example/rss"))
    for key, value in changes.items():
        setattr(base, key, value)
    return base


def ok(**fields: object) -> FetchResult:
    return FetchResult(feed="wire", outcome="ok", http_status=200, items=[ITEM], **fields)  # type: ignore[arg-type]


def failed(code: str = "http_5xx", **fields: object) -> FetchResult:
    return FetchResult(
        feed="wire", outcome="failed", error=FeedError("wire", code, "boom"), **fields
    )  # type: ignore[arg-type]


def wait(after: FeedHealth) -> float:
    assert after.next_check is not None
    return (after.next_check - NOW).total_seconds() / 60


def test_new_health_is_due_and_clean() -> None:
    fresh = FeedHealth.new(FeedConfig(name="wire", url="https://wire.example/rss"))
    assert (fresh.name, fresh.url, fresh.error_count, fresh.next_check) == (
        "wire",
        "https://wire.example/rss",
        0,
        None,
    )
    assert is_due(fresh, NOW)


@pytest.mark.parametrize(
    ("next_check", "due"),
    [
        (None, True),
        (NOW - timedelta(seconds=1), True),
        (NOW, True),
        (NOW + timedelta(seconds=1), False),
    ],
)
def test_is_due(next_check: datetime | None, due: bool) -> None:
    assert is_due(health(next_check=next_check), NOW) is due


SLACK = 1.5  # 10% of the 15-minute interval: a run that starts a little early still fetches


@pytest.mark.parametrize(
    ("hints", "minutes"),
    [
        ({}, 15 - SLACK),  # the base interval
        ({"ttl_minutes": 60.0}, 60 - SLACK),  # RSS <ttl>
        ({"ttl_minutes": 5.0}, 15 - SLACK),  # never faster than the base
        ({"max_age_seconds": 7200.0}, 120 - SLACK),  # Cache-Control max-age
        ({"retry_after_seconds": 1800.0}, 30),  # Retry-After on a success: exact, no slack
        ({"retry_after_seconds": 900.0}, 15),  # even when it equals the interval
        ({"ttl_minutes": 60.0, "max_age_seconds": 10800.0}, 180 - SLACK),  # the largest wins
        ({"ttl_minutes": 100_000.0}, 24 * 60),  # capped at max_backoff_hours
    ],
)
def test_success_waits_for_the_largest_hint(hints: dict[str, float], minutes: float) -> None:
    after = next_health(health(), ok(**hints), CFG, NOW)
    assert wait(after) == pytest.approx(minutes)


def test_success_resets_errors_and_stores_validators() -> None:
    before = health(
        error_count=4,
        last_error_code="timeout",
        last_error="slow",
        etag='"old"',
        last_modified="old-lm",
    )
    after = next_health(
        before,
        ok(etag='"new"', last_modified="new-lm", permanent_url="https://moved.example/rss"),
        CFG,
        NOW,
    )
    assert (after.error_count, after.last_error_code, after.last_error) == (0, None, None)
    assert (after.etag, after.last_modified) == ('"new"', "new-lm")
    assert after.permanent_url == "https://moved.example/rss"
    assert (after.last_checked, after.last_success) == (NOW, NOW)
    assert (after.http_status, after.items_seen) == (200, 1)
    assert before.error_count == 4  # pure: the input is untouched


def test_a_200_without_validators_clears_the_old_ones() -> None:
    after = next_health(health(etag='"old"', last_modified="old-lm"), ok(), CFG, NOW)
    assert (after.etag, after.last_modified) == (None, None)


@pytest.mark.parametrize(
    ("sent_etag", "sent_lm", "etag", "lm"),
    [
        (None, None, '"v1"', "lm1"),  # a bare 304 keeps both
        (None, "lm2", '"v1"', "lm2"),  # a new Last-Modified on a 304 is stored
        ('"v2"', None, '"v2"', "lm1"),  # so is a new ETag
    ],
)
def test_not_modified_keeps_or_updates_validators(
    sent_etag: str | None, sent_lm: str | None, etag: str, lm: str
) -> None:
    before = health(etag='"v1"', last_modified="lm1", items_seen=7, error_count=2)
    result = FetchResult(
        feed="wire", outcome="not_modified", http_status=304, etag=sent_etag, last_modified=sent_lm
    )
    after = next_health(before, result, CFG, NOW)
    assert (after.etag, after.last_modified) == (etag, lm)
    assert after.items_seen == 7 and after.error_count == 0
    assert wait(after) == 15 - SLACK


@pytest.mark.parametrize(
    ("errors_before", "low", "high"),
    [
        (0, 15, 18),  # 1st failure: the base interval (+ up to 20% jitter)
        (1, 30, 36),
        (2, 60, 72),
        (5, 480, 576),
        (7, 1440, 1440),  # 15 * 2**7 = 1920 min: capped at 24 h
        (500, 1440, 1440),  # no overflow however long the feed has been down
    ],
)
def test_failure_backs_off_exponentially_with_a_cap(
    errors_before: int, low: float, high: float
) -> None:
    before = health(error_count=errors_before, etag='"keep"')
    after = next_health(before, failed(http_status=503), CFG, NOW)
    assert after.error_count == errors_before + 1
    assert (after.last_error_code, after.last_error) == ("http_5xx", "boom")
    assert after.http_status == 503
    assert after.etag == '"keep"'  # a failure says nothing about the validators
    assert after.last_success is None and after.last_checked == NOW
    assert low <= wait(after) <= high


@pytest.mark.parametrize(
    ("errors_before", "retry_after_seconds", "minutes"),
    [
        (0, 3600.0, 60),  # Retry-After beats the short first backoff
        (0, 3 * 86400.0, 3 * 1440),  # and even the cap: the server asked
    ],
)
def test_failure_never_retries_before_retry_after(
    errors_before: int, retry_after_seconds: float, minutes: float
) -> None:
    after = next_health(
        health(error_count=errors_before),
        failed("http_429", retry_after_seconds=retry_after_seconds),
        CFG,
        NOW,
    )
    assert wait(after) == pytest.approx(minutes)


def test_jitter_is_deterministic_and_spread() -> None:
    assert jitter("wire", 3) == jitter("wire", 3)
    values = {jitter(f"feed-{i}", 1) for i in range(50)}
    assert len(values) == 50 and all(0 <= v < 1 for v in values)
    waits = {failure_wait_minutes(f"feed-{i}", 2, None, CFG) for i in range(50)}
    assert len(waits) > 40  # fifty failing feeds do not all come back at once


def test_failure_remembers_a_permanent_redirect_it_saw() -> None:
    after = next_health(
        health(), failed("http_404", permanent_url="https://new.example/rss"), CFG, NOW
    )
    assert after.permanent_url == "https://new.example/rss"


def test_skipped_leaves_health_alone() -> None:
    before = health(error_count=3, next_check=NOW + timedelta(hours=1))
    after = next_health(before, FetchResult(feed="wire", outcome="skipped_not_due"), CFG, NOW)
    assert after == before


def test_recovery_after_failures() -> None:
    state = health()
    for _ in range(3):
        state = next_health(state, failed("timeout"), CFG, NOW)
    assert state.error_count == 3 and state.last_error_code == "timeout"
    state = next_health(state, ok(), CFG, NOW)
    assert state.error_count == 0 and state.last_error_code is None and wait(state) == 15 - SLACK


# -- every scheduled run fetches: a fake clock over whole runs ----------------------------------

START = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def _runs(offsets: list[timedelta], cfg: FetchConfig = CFG) -> list[bool]:
    """Which of the runs starting at START + offset fetched the feed.

    Each run checks at its start and stores its result 40 s later, as a real
    run does after fetching and parsing every feed.
    """
    state = health()
    fetched = []
    for offset in offsets:
        started = START + offset
        due = is_due(state, started)
        fetched.append(due)
        if due:
            state = next_health(state, ok(checked_at=started), cfg, started + timedelta(seconds=40))
    return fetched


M = timedelta(minutes=1)
S = timedelta(seconds=1)


@pytest.mark.parametrize(
    ("offsets", "fetched"),
    [
        # the default */15 schedule: every run fetches
        ([0 * M, 15 * M, 30 * M, 45 * M], [True, True, True, True]),
        # scheduler jitter: a run 8 s late, then one 3 s early, still fetch
        ([8 * S, 15 * M - 3 * S, 30 * M + 2 * S], [True, True, True]),
        # a manual run 5 minutes after a scheduled one does not fetch; the next scheduled does
        ([0 * M, 5 * M, 15 * M], [True, False, True]),
        # a run 13 minutes after (more than the slack early) does not either
        ([0 * M, 13 * M, 15 * M], [True, False, True]),
    ],
)
def test_a_feed_is_due_at_every_scheduled_run(
    offsets: list[timedelta], fetched: list[bool]
) -> None:
    assert _runs(offsets) == fetched


def test_a_longer_interval_skips_the_runs_in_between() -> None:
    hourly = FetchConfig(interval_minutes=60, max_backoff_hours=24)
    offsets = [n * 15 * M for n in range(9)]  # */15 runs over two hours
    assert _runs(offsets, hourly) == [True, False, False, False, True, False, False, False, True]


def test_the_next_check_is_measured_from_the_checks_start_not_the_store_step() -> None:
    started = START
    after = next_health(health(), ok(checked_at=started), CFG, started + timedelta(minutes=3))
    assert after.last_checked == started
    assert after.next_check == started + timedelta(minutes=15 - SLACK)


def test_server_asked_waits_still_hold_across_scheduled_runs() -> None:
    state = next_health(health(), ok(checked_at=START, retry_after_seconds=1800.0), CFG, START)
    assert not is_due(state, START + 15 * M) and is_due(state, START + 30 * M)
    state = next_health(health(), ok(checked_at=START, ttl_minutes=60.0), CFG, START)
    assert [is_due(state, START + n * 15 * M) for n in (1, 2, 3, 4)] == [False, False, False, True]
    failing = next_health(health(), failed(checked_at=START), CFG, START)
    assert not is_due(failing, START + 15 * M)  # a failure backs off: not every run
    assert is_due(failing, START + 30 * M)
