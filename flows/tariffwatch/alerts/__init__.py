"""Alerts: render changes as messages, decide which routes want them, send, deliver.

Pure (no Prefect, no DuckDB):
    render.py       Change -> Message (plain text, HTML, Slack mrkdwn); retractions
    names.py        country names and demonyms for titles
    deadline_words.py  titles of deadline events
    group.py        many changes -> grouped messages, per country pair
    health.py       feed-health notice -> Message
    routes.py       route_accepts(route, change)
    retry.py        which failures may heal, and the backoff
    rest.py         how long a route rests when its server asks for a long wait
    send.py         send(route, message) through apprise; raises DeliveryError

Delivery, over the store's outboxes (DuckDB, no Prefect):
    outbox.py       the immediate routes' outbox: deliver_pending, a cycle's stage
    feed_health.py  raise/remind/close feed-health alerts and deliver their notices
    digest.py       one summary per digest route: deliver_digests
    retractions.py  tell the routes that got a dismissed change it was wrong

Importing this package loads only the pure half.
"""

from tariffwatch.alerts.render import (
    Message,
    as_redelivery,
    render_change,
    render_digest,
    render_test_message,
)
from tariffwatch.alerts.routes import route_accepts
from tariffwatch.alerts.send import privacy_url, send

__all__ = [
    "Message",
    "as_redelivery",
    "privacy_url",
    "render_change",
    "render_digest",
    "render_test_message",
    "route_accepts",
    "send",
]
