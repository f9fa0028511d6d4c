"""Alerts: render changes as messages, decide which routes want them, send via apprise.

    render.py   Change -> Message (plain text, HTML, Slack mrkdwn); pure
    routes.py   route_accepts(route, change); pure
    send.py     send(route, message) through apprise; raises DeliveryError

No Prefect and no DuckDB here: the outbox lives in the store and the flow
calls these functions.
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
