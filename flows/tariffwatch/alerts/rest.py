"""When a route may be sent to again after its server asked us to wait. Pure.

A 429 or 503 with a Retry-After no longer than [alerts] retry_max_delay is
waited out within the cycle (outbox.send_with_retry). A longer one rests the
route: the wait is stored, and every later cycle skips the route until it is
over, its alerts pending, so a scheduled run does not post again while the
server's wait lasts. A wait beyond [alerts] max_rest_minutes is cut to that
cap: a server asking for a day (or a Retry-After date years ahead, a clock
gone wrong) must not silence a desk's alerts that long; after the cap the
route is tried once, and a fresh Retry-After rests it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

Clock = Callable[[], datetime]  # the time now; tests pass a fake one


@dataclass(frozen=True, slots=True)
class RouteRest:
    """A route that is not sent to before `until`."""

    until: datetime
    asked_seconds: float  # what the server asked (its Retry-After)
    capped: bool  # `until` was cut to [alerts] max_rest_minutes

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> RouteRest:
        return cls(row["rest_until"], float(row["asked_seconds"]), bool(row["capped"]))


def rest_after(
    asked_seconds: float | None, *, max_delay: float, now: datetime, cap_minutes: float
) -> RouteRest | None:
    """The rest a failure asking `asked_seconds` calls for, at `now`; None when it needs none.

    None when the server asked nothing, or no longer than the in-cycle retries
    wait (`max_delay`), or when resting is turned off (a cap of 0).
    """
    if asked_seconds is None or asked_seconds <= max_delay or cap_minutes <= 0:
        return None
    cap = cap_minutes * 60.0
    return RouteRest(
        until=now + timedelta(seconds=min(asked_seconds, cap)),
        asked_seconds=asked_seconds,
        capped=asked_seconds > cap,
    )


def clock_from(start: datetime) -> Clock:
    """A clock that reads `start` now and runs on with real time from there.

    A cycle's `now` is when it began; its delivery stage comes minutes later
    (fetching, reading), and a server's wait counts from its answer. Anchored
    to `start`, a cycle given a past or fake `now` stays consistent with it.
    """
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


def resting_routes(rests: dict[str, dict[str, Any]], now: datetime) -> set[str]:
    """The routes of `rests` (the store's rows, by route) whose rest is not over at `now`:
    a notice for one of them waits for a later cycle."""
    return {name for name, row in rests.items() if is_resting(RouteRest.from_row(row), now)}


def is_resting(rest: RouteRest | None, now: datetime) -> bool:
    return rest is not None and now < rest.until


def rest_label(rest: RouteRest, now: datetime, *, cap_minutes: float | None = None) -> str:
    """'resting until 14:05 UTC (server asked)', with the date when it is not today's."""
    until = rest.until.astimezone(UTC)
    shown = until.strftime("%H:%M UTC")
    if until.date() != now.astimezone(UTC).date():
        shown = until.strftime("%Y-%m-%d %H:%M UTC")
    why = "server asked"
    if rest.capped:
        cap = f"{cap_minutes:g} min" if cap_minutes is not None else "the cap"
        why = f"server asked {rest.asked_seconds:.0f} s, cut to {cap}: [alerts] max_rest_minutes"
    return f"resting until {shown} ({why})"
