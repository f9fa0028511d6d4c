"""Feed-health notices -> messages: a feed is down, still down, or back. Pure.

A notice is raised by the pipeline after [health] failures_before_alert
consecutive failures, repeated every reminder_hours while the feed stays
down, and closed by one recovery notice. Error messages come from servers,
so they are cleaned and cut like any news text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime

from tariffwatch.alerts.render import Message, clean, slack_escape, truncate, when

HEALTH_KINDS = ("down", "reminder", "recovered")
ERROR_MAX = 300


@dataclass(frozen=True, slots=True)
class HealthNotice:
    """One thing to say about one feed's health."""

    notice_id: str
    feed: str
    kind: str  # one of HEALTH_KINDS
    error_count: int  # consecutive failures when the notice was raised
    error_code: str | None
    error: str | None
    down_since: datetime | None  # the feed's last success, if it ever had one
    created_at: datetime


def health_title(notice: HealthNotice) -> str:
    feed = truncate(clean(notice.feed), 80)
    if notice.kind == "recovered":
        return f"Feed recovered: {feed}"
    prefix = "Feed still down" if notice.kind == "reminder" else "Feed down"
    failures = "1 failure" if notice.error_count == 1 else f"{notice.error_count} failures"
    code = clean(notice.error_code)
    return f"{prefix}: {feed} ({failures}{', last: ' + code if code else ''})"


def _lines(notice: HealthNotice) -> list[tuple[str, str]]:
    rows: list[tuple[str, str | None]] = [("Feed", clean(notice.feed))]
    if notice.kind == "recovered":
        rows.append(("Back at", when(notice.created_at)))
    else:
        rows += [
            ("Consecutive failures", str(notice.error_count)),
            ("Last error", clean(notice.error_code)),
            ("Message", truncate(clean(notice.error), ERROR_MAX) or None),
            ("Checked", when(notice.created_at)),
        ]
    rows.append(
        ("Last success", when(notice.down_since) if notice.down_since else "never"),
    )
    return [(label, value) for label, value in rows if value]


def _advice(notice: HealthNotice) -> str:
    if notice.kind == "recovered":
        return "The feed is fetched on its normal schedule again."
    return (
        "tariffwatch keeps trying with a growing, capped backoff; the feed is never dropped. "
        "Check its URL, or disable it with enabled = false."
    )


def render_health(notice: HealthNotice) -> Message:
    """The message for one health notice, in every format."""
    title = health_title(notice)
    lines = _lines(notice)
    advice = _advice(notice)
    footer = f"tariffwatch · feed health · {clean(notice.notice_id)}"
    text = "\n".join([*(f"{label}: {value}" for label, value in lines), "", advice, "", footer])
    body = "<br>".join(
        f"<b>{html.escape(label)}:</b> {html.escape(value)}" for label, value in lines
    )
    html_body = "\n".join(
        [
            f"<h2>{html.escape(title)}</h2>",
            f"<p>{body}</p>",
            f"<p>{html.escape(advice)}</p>",
            f"<p><small>{html.escape(footer)}</small></p>",
        ]
    )
    markdown = "\n".join(
        [
            *(f"*{slack_escape(label)}:* {slack_escape(value)}" for label, value in lines),
            slack_escape(advice),
            f"_{slack_escape(footer)}_",
        ]
    )
    return Message(title=title, text=text + "\n", html=html_body + "\n", markdown=markdown + "\n")
