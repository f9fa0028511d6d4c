"""Retractions: every route that was sent a dismissed change is told it was wrong.

`tariffwatch dismiss` queues one retraction per route whose delivery of the
change was sent (store.add_dismissal); each cycle sends the pending ones here,
after the alerts, the way feed-health notices go: a transient failure is
retried within the cycle ([alerts] retries), a route that is still down or
resting keeps its retraction pending for a later cycle, and one is marked
sent only once the route took it, so none is sent twice. A digest route gets
its retraction at once too: a correction should not wait a day behind the
wrong alert it corrects. The message (alerts/render.render_retraction) says
what the state is when it is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from tariffwatch.alerts import Message, send
from tariffwatch.alerts.outbox import (
    CONSOLE_ROUTE,
    DeliveryReport,
    Sender,
    retrying,
    send_notices,
)
from tariffwatch.alerts.render import render_retraction
from tariffwatch.alerts.rest import resting_routes
from tariffwatch.config import Config
from tariffwatch.store import PendingRetraction, Store

RETRACTION_BATCH = 500  # retractions read per delivery pass


def retraction_routes(config: Config) -> list[str]:
    """Every configured route (whatever its mode or kinds: it had the alert); the console
    when no route is configured."""
    return [r.name for r in config.routes] or [CONSOLE_ROUTE]


def render_pending(store: Store, pending: PendingRetraction) -> Message:
    """The retraction, with the state of its key as it is now."""
    change = pending.dismissal.change
    now = store.load_state([change.state_key]).get(change.state_key)
    return render_retraction(
        change, reason=pending.dismissal.reason, first_sent=pending.first_sent_at, now=now
    )


def deliver_retractions(
    db: str,
    config: Config,
    *,
    sender: Sender = send,
    console: Callable[[Message], None] | None = None,
    now: datetime | None = None,
) -> DeliveryReport:
    """Send every pending retraction; a route that fails keeps the rest of its own for
    the next cycle, in order, and the other routes go on."""
    sender = retrying(sender, config.alerts)
    now = now or datetime.now(UTC)
    report = DeliveryReport()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        send_notices(
            store.pending_retractions(retraction_routes(config), RETRACTION_BATCH),
            route_of=lambda pending: pending.route,
            render=lambda pending: render_pending(store, pending),
            mark=lambda pending, error: store.mark_retraction(
                pending.dismissal.change_id, pending.route, at=now, error=error
            ),
            down=resting_routes(store.route_rests(), now),  # their servers asked for a wait
            routes={r.name: r for r in config.routes},
            sender=sender,
            console=console,
            report=report,
        )
    return report
