"""The outbox of the immediate routes: the cycle's delivery stage (deliver_pending).

Draining it: grouping, concurrency, retries within the cycle.

Per route and cycle, its pending changes are taken oldest first. Up to
[alerts] group_threshold of them go out one message per change; more go out
as grouped messages (alerts/group.py), per country pair, cut to the route's
message size. Messages travel in lanes: one lane per country pair for single
alerts, one per run of grouped messages that continue a pair. A lane's
messages go in order; up to [alerts] concurrency lanes of one route are in
flight at once, and the routes themselves are drained side by side.

A failure that may heal (5xx, 429, timeout, refused connection) is retried
within the cycle with capped exponential backoff and jitter ([alerts]
retries, retry_delay, retry_max_delay); one that will not (a 4xx such as a
revoked token) is not. A message that still fails marks its route down for
the cycle: no lane of that route starts another message, and what is left
stays pending for the next cycle, in order. A server that asks for a longer
wait than retry_max_delay (429/503 Retry-After) rests the route across
cycles (alerts/rest.py): later cycles skip it until the wait is over, up to
[alerts] max_rest_minutes, and its alerts wait, pending, in order.

The outbox keeps its promises per change: every change of a message is
marked as being attempted (committed) before the route is called, and sent
only once the route took it, so a crash loses nothing and a message cut off
by one is re-sent once, flagged as a possible repeat.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from tariffwatch.alerts import Message, as_redelivery, render_change, send
from tariffwatch.alerts.group import by_pair, plan_groups
from tariffwatch.alerts.rest import (
    Clock,
    RouteRest,
    clock_from,
    is_resting,
    rest_after,
    rest_label,
)
from tariffwatch.alerts.retry import RetryPolicy
from tariffwatch.alerts.send import body_limit
from tariffwatch.config import AlertsConfig, Config, RouteConfig
from tariffwatch.errors import DeliveryError
from tariffwatch.store import PendingDelivery, Store

log = logging.getLogger("tariffwatch")

CONSOLE_ROUTE = "console"  # where alerts go when no route is configured
MAX_PER_CYCLE = 50_000  # changes one route is sent per cycle at most; the rest wait, in order
CONSOLE_LIMIT = ("text", 100_000)

Sender = Callable[[RouteConfig, Message], None]


@dataclass(slots=True)
class RouteReport:
    """What one cycle did for one route. Counts of changes unless they say messages."""

    due: int = 0  # changes pending for it when the cycle began (up to MAX_PER_CYCLE)
    delivered: int = 0  # changes the route took
    grouped: int = 0  # of those, changes that went in grouped messages
    messages: int = 0  # messages the route took
    retried: int = 0  # changes whose message needed more than one try
    retries: int = 0  # tries beyond each message's first, spent this cycle
    failed: int = 0  # messages that failed for good this cycle
    pending: int = 0  # changes still waiting for it after the cycle
    redelivered: int = 0  # changes re-sent after an interrupted attempt, flagged as such
    error: str | None = None  # why it is down for this cycle (no secrets)
    resting_until: str | None = None  # ISO time before which later cycles skip the route
    rest: str | None = None  # the same, said for people: "resting until 14:05 UTC (server asked)"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to send and the changes it carries."""

    message: Message
    change_ids: tuple[str, ...]
    group_id: str | None  # None: a single change's own alert


Lane = list[Outgoing]


def plan_route(
    pending: Sequence[PendingDelivery], *, threshold: int, fmt: str, limit: int
) -> list[Lane]:
    """The messages for one route's pending changes, in lanes (see the module docstring)."""
    interrupted = {p.change.change_id for p in pending if p.interrupted}
    changes = [p.change for p in pending]
    if len(changes) <= threshold:
        lanes: list[Lane] = []
        for members in by_pair(changes).values():
            lane = []
            for change in members:
                message = render_change(change)
                if change.change_id in interrupted:
                    message = as_redelivery(message)
                lane.append(Outgoing(message, (change.change_id,), None))
            lanes.append(lane)
        return lanes
    lanes = []
    last_pair: str | None = None
    for group in plan_groups(changes, fmt=fmt, limit=limit):
        message = group.message
        if interrupted.intersection(group.change_ids):
            message = as_redelivery(message)
        outgoing = Outgoing(message, group.change_ids, group.group_id)
        if lanes and group.pairs[0] == last_pair:
            lanes[-1].append(outgoing)  # continues the last message's pair: same lane, after it
        else:
            lanes.append([outgoing])
        last_pair = group.pairs[-1]
    return lanes


def drain(
    store: Store,
    routes: Mapping[str, RouteConfig | None],
    alerts: AlertsConfig,
    *,
    sender: Sender,
    console: Callable[[Message], None] | None,
    now: datetime,
    clock: Clock,
) -> dict[str, RouteReport]:
    """Send every pending change of `routes` (None: the console); one report per route.

    `now` stamps the records; `clock` says whether a rest is over and times a new one.
    """
    lock = threading.Lock()  # one DuckDB connection, shared by the sending threads
    plans: dict[str, tuple[list[Lane], int, int]] = {}
    rests = {name: RouteRest.from_row(row) for name, row in store.route_rests().items()}
    resting: dict[str, RouteRest] = {}
    began = clock()
    for name, route in routes.items():
        pending = store.pending_deliveries([name], MAX_PER_CYCLE)
        rest = rests.get(name)
        if rest is not None and is_resting(rest, began):
            resting[name] = rest  # the server's wait is not over: not even one try
            log.info(
                "route %r: %s; its %d alert(s) stay pending",
                name,
                rest_label(rest, began, cap_minutes=alerts.max_rest_minutes),
                len(pending),
            )
            plans[name] = ([], len(pending), 0)
            continue
        if rest is not None:
            store.clear_route_rest(name)
        if not pending:  # a quiet cycle: apprise need not even load its plugins
            plans[name] = ([], 0, 0)
            continue
        fmt, limit = CONSOLE_LIMIT if route is None else body_limit(route)
        lanes = plan_route(pending, threshold=alerts.group_threshold, fmt=fmt, limit=limit)
        plans[name] = (lanes, len(pending), sum(p.interrupted for p in pending))
    reports: dict[str, RouteReport] = {}
    busy = [name for name, (lanes, _, _) in plans.items() if lanes]
    for name, (_, due, redelivered) in plans.items():
        reports[name] = RouteReport(due=due, redelivered=redelivered)
        if name in resting:
            _show_rest(reports[name], resting[name], began, alerts)
    if busy:
        with ThreadPoolExecutor(max_workers=len(busy), thread_name_prefix="route") as pool:
            jobs = [
                pool.submit(
                    _RouteSender(
                        store,
                        lock,
                        name,
                        routes[name],
                        alerts,
                        sender,
                        console,
                        now,
                        clock,
                        reports[name],
                    ).run,
                    plans[name][0],
                )
                for name in busy
            ]
            for job in jobs:
                job.result()
    return reports


@dataclass
class _RouteSender:
    store: Store
    lock: threading.Lock
    name: str
    route: RouteConfig | None  # None: the console
    alerts: AlertsConfig
    sender: Sender
    console: Callable[[Message], None] | None
    now: datetime  # stamps the records
    clock: Clock  # times a rest from the server's answer
    report: RouteReport
    down: threading.Event = field(default_factory=threading.Event)

    def run(self, lanes: list[Lane]) -> None:
        workers = max(1, min(self.alerts.concurrency, len(lanes)))
        if workers == 1:
            for lane in lanes:
                self._lane(lane)
            return
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix=f"{self.name}-") as pool:
            for job in [pool.submit(self._lane, lane) for lane in lanes]:
                job.result()

    def _lane(self, lane: Lane) -> None:
        for outgoing in lane:
            if self.down.is_set():
                return
            if self.route is not None:
                # Committed before the call: if the process dies while the route
                # is answering, the next run knows it may have these already.
                with self.lock:
                    self.store.mark_attempt(outgoing.change_ids, self.name, at=self.now)
            tries, error = self._send(outgoing.message)
            with self.lock:
                self.report.retries += tries - 1
                if tries > 1:
                    self.report.retried += len(outgoing.change_ids)
                if error is None:
                    self._sent(outgoing, tries)
                else:
                    self._failed(outgoing, tries, error)

    def _sent(self, outgoing: Outgoing, tries: int) -> None:
        self.store.mark_sent(
            outgoing.change_ids, self.name, at=self.now, tries=tries, group_id=outgoing.group_id
        )
        self.report.messages += 1
        self.report.delivered += len(outgoing.change_ids)
        if outgoing.group_id is not None:
            self.report.grouped += len(outgoing.change_ids)

    def _failed(self, outgoing: Outgoing, tries: int, error: DeliveryError) -> None:
        self.store.mark_failed(outgoing.change_ids, self.name, str(error), tries=tries)
        self.report.failed += 1
        if not self.down.is_set():
            self.down.set()
            self.report.error = str(error)
            answered = self.clock()  # the server's wait counts from its answer
            rest = rest_after(
                error.retry_after,
                max_delay=self.alerts.retry_max_delay,
                now=answered,
                cap_minutes=self.alerts.max_rest_minutes,
            )
            if rest is not None:
                self.store.set_route_rest(
                    self.name,
                    rest.until,
                    asked_seconds=rest.asked_seconds,
                    capped=rest.capped,
                    at=answered,
                )
                _show_rest(self.report, rest, answered, self.alerts)
            log.warning(
                "delivery to route %r failed after %d tr%s, so it is down for this cycle "
                "(its alerts stay pending): %s",
                self.name,
                tries,
                "y" if tries == 1 else "ies",
                error,
            )

    def _send(self, message: Message) -> tuple[int, DeliveryError | None]:
        """Send with retries; (tries made, the last error or None)."""
        if self.route is None:
            if self.console:
                self.console(message)
            return 1, None
        return send_with_retry(self.sender, self.route, message, self.alerts, stop=self.down)


def send_with_retry(
    sender: Sender,
    route: RouteConfig,
    message: Message,
    alerts: AlertsConfig,
    *,
    stop: threading.Event | None = None,
) -> tuple[int, DeliveryError | None]:
    """Send, retrying a transient failure per [alerts]; (tries made, the last error or None).

    `stop`, once set (another lane found the route down), ends the waiting early.
    """
    policy = RetryPolicy(alerts.retries, alerts.retry_delay, alerts.retry_max_delay)
    stop = stop or threading.Event()
    tries = 0
    while True:
        tries += 1
        try:
            sender(route, message)
            return tries, None
        except DeliveryError as exc:
            if not exc.transient or tries > policy.retries or stop.is_set():
                return tries, exc
            wait = policy.wait(tries)
            if exc.retry_after is not None:
                if exc.retry_after > policy.max_delay:
                    # Asking more would hammer a rate-limited route: rest it instead.
                    return tries, DeliveryError(
                        route.name,
                        f"{exc.message}; the route asked to wait {exc.retry_after:.0f} s "
                        f"(Retry-After), more than [alerts] retry_max_delay "
                        f"({policy.max_delay:g} s), so it rests; its alerts stay pending",
                        status=exc.status,
                        retry_after=exc.retry_after,
                    )
                wait = exc.retry_after  # the server's own wait, not our guess
            log.info(
                "route %r: %s; try %d of %d in %.1f s",
                route.name,
                exc,
                tries + 1,
                policy.retries + 1,
                wait,
            )
            if stop.wait(wait):
                return tries, exc


def _show_rest(report: RouteReport, rest: RouteRest, now: datetime, alerts: AlertsConfig) -> None:
    report.resting_until = rest.until.isoformat()
    report.rest = rest_label(rest, now, cap_minutes=alerts.max_rest_minutes)


def retrying(sender: Sender, alerts: AlertsConfig) -> Sender:
    """`sender`, with a transient failure retried per [alerts]; raises the last error."""

    def send(route: RouteConfig, message: Message) -> None:
        _, error = send_with_retry(sender, route, message, alerts)
        if error is not None:
            raise error

    return send


# -- the cycle's delivery stage ---------------------------------------------------------------


@dataclass(slots=True)
class DeliveryReport:
    sent: int = 0  # changes delivered (or health notices sent)
    failed: int = 0  # messages that failed for good
    pending: int = 0
    for_digests: int = 0  # of the pending, changes that digest routes take on their schedule
    errors: dict[str, str] = field(default_factory=dict)  # route -> last error (no secrets)
    printed: list[Message] = field(default_factory=list)
    redelivered: int = 0  # re-sent after an interrupted attempt, marked as possible repeats
    messages: int = 0  # messages the routes took (a grouped message carries many changes)
    grouped: int = 0  # changes delivered in grouped messages
    retried: int = 0  # changes whose message needed more than one try
    routes: dict[str, dict[str, Any]] = field(default_factory=dict)  # route -> RouteReport


def deliver_pending(
    db: str,
    config: Config,
    *,
    sender: Sender = send,
    console: Callable[[Message], None] | None = None,
    now: datetime | None = None,
    clock: Clock | None = None,
) -> DeliveryReport:
    """Send every pending delivery of the immediate routes; mark each sent only on success.

    Grouped above [alerts] group_threshold, retried within the cycle when the
    failure may heal, several messages at once (above). A route
    that still fails is down for this run (its backlog waits for the next one,
    in order), and the other routes go on. A digest that failed is sent here
    too once its route may be sent to (digest.deliver_owed_digests).

    `now` stamps the records (a cycle passes its start); `clock` reads the time
    when a rest is checked or set, by default `now` running on in real time.
    """
    # digest.py builds on this module's sending; imported here, not at the top, for that.
    from tariffwatch.alerts.digest import deliver_owed_digests

    now = now or datetime.now(UTC)
    clock = clock or clock_from(now)
    report = DeliveryReport()
    routes: dict[str, RouteConfig | None] = {
        r.name: r for r in config.routes if r.mode == "immediate"
    }
    if not config.routes:
        routes[CONSOLE_ROUTE] = None

    def show(message: Message) -> None:
        report.printed.append(message)
        if console:
            console(message)

    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        per_route = drain(
            store, routes, config.alerts, sender=sender, console=show, now=now, clock=clock
        )
        per_route.update(deliver_owed_digests(store, config, sender=sender, now=now, clock=clock))
        pending = {row["route"]: row["pending"] for row in store.route_delivery_counts()}
        report.pending = sum(
            row["n"] for row in store.delivery_counts() if row["status"] == "pending"
        )
        digests = {r.name for r in config.routes if r.mode == "digest"}
        report.for_digests = sum(n for name, n in pending.items() if name in digests)
    for name, route_report in per_route.items():
        route_report.pending = pending.get(name, 0)
        report.sent += route_report.delivered
        report.failed += route_report.failed
        report.messages += route_report.messages
        report.grouped += route_report.grouped
        report.retried += route_report.retried
        report.redelivered += route_report.redelivered
        if route_report.error:
            report.errors[name] = route_report.error
        report.routes[name] = route_report.as_dict()
    return report


def dispatch(
    route_name: str,
    message: Message,
    routes: Mapping[str, RouteConfig],
    sender: Sender,
    console: Callable[[Message], None] | None,
    report: DeliveryReport,
) -> str | None:
    """Send one message to one route, or to the console; return why it failed, if it did."""
    try:
        if route_name == CONSOLE_ROUTE:
            report.printed.append(message)
            if console:
                console(message)
        else:
            sender(routes[route_name], message)
    except DeliveryError as exc:
        report.failed += 1
        report.errors[route_name] = str(exc)
        log.warning("delivery to route %r failed: %s", route_name, exc)
        return str(exc)
    return None


Notice = TypeVar("Notice")


def send_notices(
    notices: Iterable[Notice],
    *,
    route_of: Callable[[Notice], str],
    render: Callable[[Notice], Message],
    mark: Callable[[Notice, str | None], None],
    down: set[str],
    routes: Mapping[str, RouteConfig],
    sender: Sender,
    console: Callable[[Message], None] | None,
    report: DeliveryReport,
) -> None:
    """Send notices (feed health, retractions) one at a time, each to its route, and
    `mark` each sent (None) or failed (why). A route in `down` (resting, or failed
    earlier in this pass) keeps the rest of its notices pending, in order, for a later
    cycle; the other routes go on."""
    for notice in notices:
        route = route_of(notice)
        if route in down:
            report.pending += 1
            continue
        error = dispatch(route, render(notice), routes, sender, console, report)
        mark(notice, error)
        if error is not None:
            down.add(route)
            report.pending += 1
        else:
            report.sent += 1
