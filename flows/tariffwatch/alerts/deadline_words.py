"""Titles of deadline events (deadlines.py): a date moved, a reminder, a date arrived. Pure."""

from __future__ import annotations

from datetime import date

from tariffwatch.alerts.names import country_name
from tariffwatch.model import Change

ARROW = "->"


def short_day(day: date, *, year: bool = True) -> str:
    """'Aug 1, 2026', or 'Aug 1' where the year is clear from the context."""
    text = f"{day:%b} {day.day}"
    return f"{text}, {day.year}" if year else text


def deadline_title(change: Change, goods: str) -> str:
    """One line for a deadline event; `goods` as the other titles word it."""
    head = f"{country_name(change.imposer or '?')} tariff on {goods}"
    rate = "" if change.new_rate is None else f"{change.new_rate:g}%"
    status = (change.new_status or "").replace("_", " ")
    what = f"{rate} {status}".strip()
    on = change.deadline
    if on is None:  # recorded by a newer version; say at least what it is
        return f"{head}: {what} ({(change.event or '').replace('_', ' ')})"
    if change.event in ("effective_moved", "expiry_moved") and change.old_deadline:
        same_year = change.old_deadline.year == on.year
        label = "deadline moved" if change.event == "effective_moved" else "expiry moved"
        return (
            f"{head}, {what}: {label}: {short_day(change.old_deadline, year=not same_year)} "
            f"{ARROW} {short_day(on, year=not same_year)}" + (f", {on.year}" if same_year else "")
        )
    if change.event in ("effective_reminder", "expiry_reminder"):
        left = (on - change.published.date()).days
        days = "tomorrow" if left == 1 else f"in {left} days"
        verb = "takes effect" if change.event == "effective_reminder" else "expires"
        if change.new_status == "threatened":
            verb = "threatened to start" if verb == "takes effect" else "threat expires"
        return f"Reminder: {head}, {what}, {verb} {days} ({short_day(on)})"
    if change.event == "took_effect":
        # Inferred from the date: no story has said so yet, and the reader should know.
        return f"{head}: {rate} in effect as scheduled on {short_day(on)} (by date; no story yet)"
    if change.event == "expired":
        return f"{head}: {what}, expired {short_day(on)}"
    return f"{head}: {what} ({(change.event or '').replace('_', ' ')} {short_day(on)})"
