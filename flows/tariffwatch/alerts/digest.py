"""Digest delivery: each digest route gets one summary of its changes since the last.

The changes are the route's pending rows of the outbox; the message is
rendered by render.render_digest. `tariffwatch digest` and the scheduled
digest deployment call deliver_digests.

A digest route rests like an immediate one (alerts/rest.py): a 429/503 whose
Retry-After is longer than [alerts] retry_max_delay stores a rest, timed from
the server's answer, and no digest goes to the route before it is over. A
digest that failed is owed: each monitor cycle (deliver_owed_digests) sends it
once the route is not resting, so a daily digest refused at 08:00 goes out
within a cycle of the server's wait, not a day later. Its changes stay
pending until the route takes the digest, which then holds them all once.
As in the outbox, a digest's changes are marked as being attempted before
the route is called: one cut off by a crash is sent again once, flagged as
a possible repeat.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tariffwatch.alerts import as_redelivery, render_digest, send
from tariffwatch.alerts.outbox import RouteReport, Sender, retrying
from tariffwatch.alerts.rest import (
    Clock,
    RouteRest,
    clock_from,
    is_resting,
    rest_after,
    rest_label,
)
from tariffwatch.config import Config, RouteConfig
from tariffwatch.errors import DeliveryError
from tariffwatch.store import PendingDelivery, Store

log = logging.getLogger("tariffwatch")

DIGEST_LIMIT = 100_000  # changes in one digest at most; it shows the first 50


@dataclass(slots=True)
class DigestReport:
    sent: dict[str, int] = field(default_factory=dict)  # route -> changes in its digest
    empty: list[str] = field(default_factory=list)  # routes with nothing new: nothing sent
    errors: dict[str, str] = field(default_factory=dict)  # route -> why (no secrets)
    resting: dict[str, str] = field(default_factory=dict)  # route -> "resting until 14:05 UTC ..."
    pending: dict[str, int] = field(default_factory=dict)  # route -> changes still waiting

    def as_dict(self) -> dict[str, Any]:
        return {
            "sent": self.sent,
            "empty": self.empty,
            "errors": self.errors,
            "resting": self.resting,
            "pending": self.pending,
        }


def deliver_digests(
    db: str,
    config: Config,
    *,
    sender: Sender = send,
    now: datetime | None = None,
    clock: Clock | None = None,
) -> DigestReport:
    """Send each digest route one summary of its changes since its last digest.

    The changes are the route's pending rows of the outbox: a digest that
    fails stays pending whole and goes out with the next one (or, owed, with
    the next monitor cycle); one that succeeds marks them all sent and moves
    the route's watermark. A route with no change gets nothing; a resting
    route gets nothing before its rest is over. A transient failure is
    retried within the run first ([alerts] retries).
    """
    now = now or datetime.now(UTC)
    clock = clock or clock_from(now)
    report = DigestReport()
    routes = [r for r in config.routes if r.mode == "digest"]
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        for name, route_report in _send_digests(store, routes, config, sender, now, clock).items():
            if route_report.rest is not None:
                report.resting[name] = route_report.rest
            if route_report.error is not None:
                report.errors[name] = route_report.error
            elif route_report.delivered:
                report.sent[name] = route_report.delivered
            elif not route_report.due:
                report.empty.append(name)
            if route_report.pending:
                report.pending[name] = route_report.pending
    return report


def deliver_owed_digests(
    store: Store, config: Config, *, sender: Sender, now: datetime, clock: Clock
) -> dict[str, RouteReport]:
    """A monitor cycle's turn at the digests that failed: each owed one, once its route may be
    sent to. A route whose digest went out, or whose changes were never tried, waits for its
    schedule; one resting is reported (nothing sent), so the run summary says why it waits."""
    digest_routes = [r for r in config.routes if r.mode == "digest"]
    if not digest_routes:
        return {}
    # One query, not every pending row of every digest route each cycle.
    wanted = store.owed_routes([r.name for r in digest_routes]) | set(store.route_rests())
    owed = [r for r in digest_routes if r.name in wanted]
    return _send_digests(store, owed, config, sender, now, clock, owed_only=True)


def _send_digests(
    store: Store,
    routes: Iterable[RouteConfig],
    config: Config,
    sender: Sender,
    now: datetime,
    clock: Clock,
    *,
    owed_only: bool = False,
) -> dict[str, RouteReport]:
    sender = retrying(sender, config.alerts)
    watermarks = store.digest_watermarks()
    rests = {name: RouteRest.from_row(row) for name, row in store.route_rests().items()}
    cap = config.alerts.max_rest_minutes
    reports: dict[str, RouteReport] = {}
    for route in routes:
        pending = store.pending_deliveries([route.name], DIGEST_LIMIT)
        report = reports[route.name] = RouteReport(due=len(pending), pending=len(pending))
        rest = rests.get(route.name)
        if rest is not None and is_resting(rest, clock()):
            report.resting_until = rest.until.isoformat()
            report.rest = rest_label(rest, clock(), cap_minutes=cap)
            log.info(
                "digest route %r: %s; its %d change(s) stay pending",
                route.name,
                report.rest,
                len(pending),
            )
            continue
        if rest is not None:
            with store.transaction():
                store.clear_route_rest(route.name)
        if owed_only and not any(_owed(p) for p in pending):
            del reports[route.name]  # its rest ran out with nothing owed: its schedule decides
            continue
        if not pending:
            continue
        changes = [p.change for p in pending]
        ids = [c.change_id for c in changes]
        since = watermarks.get(route.name, {}).get("last_sent_at")
        message = render_digest(changes, since=since, until=now)
        report.redelivered = sum(p.interrupted for p in pending)
        if report.redelivered:
            message = as_redelivery(message)  # the process died while the route answered it
        with store.transaction():  # before the call: a crash during it is known next time
            store.mark_attempt(ids, route.name, at=now)
        try:
            sender(route, message)
        except DeliveryError as exc:
            answered = clock()  # a rest counts from the server's answer
            report.error = str(exc)
            report.failed = 1
            new_rest = rest_after(
                exc.retry_after,
                max_delay=config.alerts.retry_max_delay,
                now=answered,
                cap_minutes=cap,
            )
            with store.transaction():
                store.mark_failed(ids, route.name, str(exc))
                if new_rest is not None:
                    store.set_route_rest(
                        route.name,
                        new_rest.until,
                        asked_seconds=new_rest.asked_seconds,
                        capped=new_rest.capped,
                        at=answered,
                    )
            if new_rest is not None:
                report.resting_until = new_rest.until.isoformat()
                report.rest = rest_label(new_rest, answered, cap_minutes=cap)
            log.warning("digest to route %r failed: %s", route.name, exc)
            continue
        with store.transaction():
            store.mark_sent(ids, route.name, at=now)
            store.record_digest(route.name, at=now, changes=len(changes))
        report.delivered = len(changes)
        report.messages = 1
        report.pending = 0
    return reports


def _owed(pending: PendingDelivery) -> bool:
    """A change whose digest failed, or was cut off by a crash while the route answered."""
    return pending.attempts > 0 or pending.interrupted
