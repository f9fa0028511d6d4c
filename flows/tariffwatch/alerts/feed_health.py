"""Feed-health alerts: raise, repeat and close each feed's alert; deliver the notices.

A feed with [health] failures_before_alert consecutive failures gets one
'down' notice per health route, a reminder every reminder_hours while it stays
down, and one 'recovered' notice when a fetch succeeds. Notices wait in their
own outbox (feed_alert_deliveries) and go out whatever the route's mode: a
dead feed cannot wait for a digest. The messages are rendered by health.py.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from tariffwatch.alerts import Message, send
from tariffwatch.alerts.health import HealthNotice, render_health
from tariffwatch.alerts.outbox import (
    CONSOLE_ROUTE,
    DeliveryReport,
    Sender,
    retrying,
    send_notices,
)
from tariffwatch.alerts.rest import resting_routes
from tariffwatch.config import Config
from tariffwatch.publish import hide_url
from tariffwatch.store import Store

log = logging.getLogger("tariffwatch")

NOTICE_BATCH = 500  # notices read per delivery pass


def health_routes(config: Config) -> list[str]:
    """The routes that asked for feed-health notices; the console when no route exists."""
    if not config.routes:
        return [CONSOLE_ROUTE]
    return [r.name for r in config.routes if "health" in r.kinds]


def check_feed_health(
    db: str, config: Config, *, now: datetime | None = None
) -> list[HealthNotice]:
    """Raise, repeat or close each feed's health alert; queue one notice per health route.

    A feed with [health] failures_before_alert consecutive failures gets ONE
    'down' notice, a 'reminder' every reminder_hours while it stays down, and
    one 'recovered' notice when a fetch succeeds again. 0 turns either off.
    """
    now = now or datetime.now(UTC)
    threshold = config.health.failures_before_alert
    remind_every = timedelta(hours=config.health.reminder_hours)
    configured = {f.name for f in config.feeds}
    routes = health_routes(config)
    notices: list[HealthNotice] = []
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        alerts = store.feed_alerts()
        with store.transaction():
            for row in store.all_feed_health():
                name = row["name"]
                if name not in configured:
                    continue
                down = threshold > 0 and row["error_count"] >= threshold
                alert = alerts.get(name)
                if down and alert is None:
                    kind, action = "down", "open"
                elif down and alert is not None:
                    due = alert["last_notified"] + remind_every
                    if config.health.reminder_hours <= 0 or now < due:
                        continue
                    kind, action = "reminder", "remind"
                elif alert is not None:
                    kind, action = "recovered", "close"
                else:
                    continue
                notice = _health_notice(row, kind, now)
                store.set_feed_alert(name, action, at=now)
                store.add_health_notice(asdict(notice), routes)
                notices.append(notice)
    for notice in notices:
        log.warning("feed health: %s", render_health(notice).title)
    return notices


def _health_notice(row: dict[str, Any], kind: str, now: datetime) -> HealthNotice:
    digest = hashlib.sha256(f"{row['name']}\0{kind}\0{now.isoformat()}".encode()).hexdigest()
    return HealthNotice(
        notice_id=digest[:16],
        feed=row["name"],
        kind=kind,
        error_count=row["error_count"],
        error_code=row["last_error_code"],
        error=hide_url(hide_url(row["last_error"], row["url"]), row["permanent_url"]),
        down_since=row["last_success"],
        created_at=now,
    )


def deliver_health(
    db: str,
    config: Config,
    *,
    sender: Sender = send,
    console: Callable[[Message], None] | None = None,
    now: datetime | None = None,
) -> DeliveryReport:
    """Send every pending health notice, whatever the route's mode: a dead feed cannot wait.

    A transient failure is retried within the run, as alerts are ([alerts] retries).
    """
    sender = retrying(sender, config.alerts)
    now = now or datetime.now(UTC)
    report = DeliveryReport()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        send_notices(
            store.pending_health_notices(health_routes(config), NOTICE_BATCH),
            route_of=lambda row: str(row["route"]),
            render=lambda row: render_health(_notice_of(row)),
            mark=lambda row, error: store.mark_health_notice(
                row["notice_id"], row["route"], at=now, error=error
            ),
            down=resting_routes(store.route_rests(), now),  # their servers asked for a wait
            routes={r.name: r for r in config.routes},
            sender=sender,
            console=console,
            report=report,
        )
    return report


def _notice_of(row: dict[str, Any]) -> HealthNotice:
    """A pending notice's row as the notice it renders (its outbox columns left out)."""
    return HealthNotice(**{k: v for k, v in row.items() if k not in ("route", "attempts")})
