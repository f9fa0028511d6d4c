"""Feed health: the per-feed row the store keeps, and the polling policy over it.

Miniflux keeps an error counter and the last message on the feed and stops
polling after N errors; here a failing feed is backed off instead, so it
recovers by itself when the site comes back.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.sources.result import FetchResult

JITTER_FRACTION = 0.2  # up to +20% on a failure backoff, so failing feeds do not retry in step
# A scheduled run starts a little late or early (scheduler polling, a slow previous
# step), so a check due "exactly one interval later" would miss the run meant for
# it half the time and the feed would be read every other run. The regular wait
# is shortened by this fraction of the interval; a run 10% early still finds the
# feed due, and one much earlier (a manual run 5 minutes after) does not.
DUE_SLACK_FRACTION = 0.1


@dataclass(slots=True)
class FeedHealth:
    """One feed's state between runs. Scalar fields only, so the store maps it to a row."""

    name: str
    url: str  # the configured URL this state belongs to
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None  # learned from a 301/308; fetched instead of `url`
    error_count: int = 0  # consecutive failures
    last_error_code: str | None = None
    last_error: str | None = None
    last_checked: datetime | None = None
    last_success: datetime | None = None
    next_check: datetime | None = None
    http_status: int | None = None
    items_seen: int | None = None  # items parsed on the last successful fetch

    @classmethod
    def new(cls, feed: FeedConfig) -> FeedHealth:
        return cls(name=feed.name, url=feed.url)


def is_due(health: FeedHealth | None, now: datetime) -> bool:
    """True when the feed should be fetched at `now`."""
    return health is None or health.next_check is None or now >= health.next_check


def next_health(
    health: FeedHealth, result: FetchResult, cfg: FetchConfig, now: datetime
) -> FeedHealth:
    """The health after `result`: pure, so the policy is testable as a table."""
    if result.outcome == "skipped_not_due":
        return health
    if result.outcome == "failed":
        return _after_failure(health, result, cfg, now)
    return _after_success(health, result, cfg, now)


def _after_success(
    health: FeedHealth, result: FetchResult, cfg: FetchConfig, now: datetime
) -> FeedHealth:
    checked = result.checked_at or now
    if result.outcome == "ok":
        # A 200 replaces the validators: a server that stopped sending an ETag
        # must not keep receiving the old one.
        etag, last_modified = result.etag, result.last_modified
        items_seen: int | None = len(result.items)
    else:
        # 304: keep what we had, but a new Last-Modified is still news (Miniflux).
        etag = result.etag or health.etag
        last_modified = result.last_modified or health.last_modified
        items_seen = health.items_seen
    wait_minutes = success_wait_minutes(result, cfg)
    return dataclasses.replace(
        health,
        etag=etag,
        last_modified=last_modified,
        permanent_url=result.permanent_url or health.permanent_url,
        error_count=0,
        last_error_code=None,
        last_error=None,
        last_checked=checked,
        last_success=checked,
        next_check=checked + timedelta(minutes=wait_minutes),
        http_status=result.http_status,
        items_seen=items_seen,
    )


def _after_failure(
    health: FeedHealth, result: FetchResult, cfg: FetchConfig, now: datetime
) -> FeedHealth:
    errors = health.error_count + 1
    checked = result.checked_at or now
    return dataclasses.replace(
        health,
        permanent_url=result.permanent_url or health.permanent_url,
        error_count=errors,
        last_error_code=result.error.code if result.error else "unknown",
        last_error=result.error.message if result.error else "failed without an error",
        last_checked=checked,
        next_check=checked
        + timedelta(
            minutes=failure_wait_minutes(health.name, errors, result.retry_after_seconds, cfg)
        ),
        http_status=result.http_status,
    )


def success_wait_minutes(result: FetchResult, cfg: FetchConfig) -> float:
    """Minutes from the check's start until the feed is due again after a success.

    The largest of the interval, Cache-Control max-age and the feed's <ttl>, less
    the scheduling slack (see DUE_SLACK_FRACTION), capped at max_backoff_hours;
    never sooner than a Retry-After, which the server demanded outright.
    """
    slack = cfg.interval_minutes * DUE_SLACK_FRACTION
    regular = max(cfg.interval_minutes, _minutes(result.max_age_seconds), result.ttl_minutes or 0.0)
    wait = min(regular - slack, cfg.max_backoff_hours * 60)
    return max(wait, _minutes(result.retry_after_seconds))


def failure_wait_minutes(
    name: str, errors: int, retry_after_seconds: float | None, cfg: FetchConfig
) -> float:
    """Exponential backoff with per-feed jitter, capped, but never sooner than Retry-After."""
    base: float = cfg.interval_minutes * 2 ** min(errors - 1, 30)  # min(): no float overflow
    backoff = min(base * (1 + JITTER_FRACTION * jitter(name, errors)), cfg.max_backoff_hours * 60)
    return max(backoff, _minutes(retry_after_seconds))


def jitter(name: str, errors: int) -> float:
    """A number in [0, 1) fixed by the feed name and error count: spread, yet repeatable."""
    digest = hashlib.sha256(f"{name}\0{errors}".encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def _minutes(seconds: float | None) -> float:
    return (seconds or 0.0) / 60
