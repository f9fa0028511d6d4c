"""Digest delivery: each digest route gets one summary of its changes since the last.

The changes are the route's pending rows of the outbox; the message is
rendered by render.render_digest. `tariffwatch digest` and the scheduled
digest deployment call deliver_digests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tariffwatch.alerts import render_digest, send
from tariffwatch.alerts.outbox import Sender, retrying
from tariffwatch.config import Config
from tariffwatch.errors import DeliveryError
from tariffwatch.store import Store

log = logging.getLogger("tariffwatch")

DIGEST_LIMIT = 100_000  # changes in one digest at most; it shows the first 50


@dataclass(slots=True)
class DigestReport:
    sent: dict[str, int] = field(default_factory=dict)  # route -> changes in its digest
    empty: list[str] = field(default_factory=list)  # routes with nothing new: nothing sent
    errors: dict[str, str] = field(default_factory=dict)  # route -> why (no secrets)

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent, "empty": self.empty, "errors": self.errors}


def deliver_digests(
    db: str, config: Config, *, sender: Sender = send, now: datetime | None = None
) -> DigestReport:
    """Send each digest route one summary of its changes since its last digest.

    The changes are the route's pending rows of the outbox: a digest that
    fails stays pending whole and goes out with the next one; one that
    succeeds marks them all sent and moves the route's watermark. A route
    with no change gets nothing. A transient failure is retried within the
    run first ([alerts] retries).
    """
    sender = retrying(sender, config.alerts)
    now = now or datetime.now(UTC)
    report = DigestReport()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        watermarks = store.digest_watermarks()
        for route in (r for r in config.routes if r.mode == "digest"):
            pending = store.pending_deliveries([route.name], DIGEST_LIMIT)
            if not pending:
                report.empty.append(route.name)
                continue
            changes = [p.change for p in pending]
            since = watermarks.get(route.name, {}).get("last_sent_at")
            try:
                sender(route, render_digest(changes, since=since, until=now))
            except DeliveryError as exc:
                report.errors[route.name] = str(exc)
                with store.transaction():
                    store.mark_failed([c.change_id for c in changes], route.name, str(exc))
                log.warning("digest to route %r failed: %s", route.name, exc)
                continue
            with store.transaction():
                store.mark_sent([c.change_id for c in changes], route.name, at=now)
                store.record_digest(route.name, at=now, changes=len(changes))
            report.sent[route.name] = len(changes)
    return report
