"""Deadlines: what takes effect or expires next, reminders before it, and what
happens when the date arrives. Pure: state entries and a clock in, state
entries and changes out; no I/O, no framework.

    upcoming(state, today=..., days=30)       the dates ahead, soonest first
    evaluate(state, now=..., schedules=...)   the dates that arrived and the
                                              reminders due, as a Evaluation

A deadline is a tariff entry's `effective` date (while it is ahead) or its
`expires` date (until it has passed). Every event is a Change with `event`
set, so it travels through the outbox like any other alert (exactly once per
route, retried, grouped, digested):

- **took_effect**: an *announced* rate (or one postponed to a date: paused,
  with a start after the story that said so) whose effective date arrived with
  no story saying otherwise is in effect "as scheduled": the status moves to
  in_effect, marked `inferred`, the announcing story stays its source. The
  first story that says so confirms it (fold.py).
- **expired**: an expiry date arrived. The entry is marked `expiry_passed`;
  no rate or status moves on a date alone, since what follows an expiry (a
  pause ending, a truce lapsing) is for the stories to tell. The alert says
  what they said would follow.
- **effective_reminder** / **expiry_reminder**: a route's `remind_days`
  (default [7, 1]) before the date, one reminder per deadline and day.

A date that had already arrived when the entry first held it (a replay of
old news, a first run over a backlog) changes the state quietly: no change,
no alert. Likewise a reminder threshold already behind when the date was
first seen is skipped (a date first seen 3 days ahead gets no 7-day
reminder), and when several thresholds come due at once (cycles missed) only
the nearest is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Literal

from tariffwatch.fold import StateEntry, entry_change
from tariffwatch.model import Change

Which = Literal["effective", "expires"]
DEFAULT_REMIND_DAYS: tuple[int, ...] = (7, 1)
DEFAULT_DAYS = 30  # how far ahead `tariffwatch deadlines` looks
_QUIET, _ALERTED = "backlog", "scheduled"


@dataclass(frozen=True, slots=True)
class Deadline:
    """One date ahead of one state entry."""

    which: Which  # 'effective': takes effect; 'expires': runs out
    on: date
    days_left: int
    entry: StateEntry

    @property
    def what(self) -> str:
        return "takes effect" if self.which == "effective" else "expires"


@dataclass(slots=True)
class Evaluation:
    """What a clock tick did: entries moved, changes to record, and for each
    reminder the routes it is for (other changes go where the routes' filters say)."""

    state: dict[str, StateEntry] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    reminder_routes: dict[str, list[str]] = field(default_factory=dict)  # change id -> routes


def upcoming(state: Iterable[StateEntry], *, today: date, days: int) -> list[Deadline]:
    """The effective dates and expiries from today (excluded) to `days` ahead, soonest first."""
    found = [d for entry in state for d in _deadlines(entry, today) if d.days_left <= days]
    return sorted(found, key=lambda d: (d.on, d.which, d.entry.state_key))


def next_deadline(entry: StateEntry, today: date) -> Deadline | None:
    """The entry's nearest date ahead, if any."""
    ahead = _deadlines(entry, today)
    return min(ahead, key=lambda d: d.on) if ahead else None


def _deadlines(entry: StateEntry, today: date) -> list[Deadline]:
    if entry.kind != "tariff":
        return []
    out = []
    if entry.effective is not None and entry.effective > today:
        out.append(Deadline("effective", entry.effective, (entry.effective - today).days, entry))
    if entry.expires is not None and entry.expires > today and not entry.expiry_passed:
        out.append(Deadline("expires", entry.expires, (entry.expires - today).days, entry))
    return out


def reminder_day(schedule: Iterable[int], days_left: int, seen_left: int | None) -> int | None:
    """The one reminder a schedule owes now, if any: the nearest threshold reached
    (days_left <= d) that was still ahead when the date was first seen
    (seen_left > d). seen_left None: seen before this was recorded, so owed."""
    due = [d for d in schedule if days_left <= d and (seen_left is None or seen_left > d)]
    return min(due) if due else None


def evaluate(
    state: Mapping[str, StateEntry],
    *,
    now: datetime,
    schedules: Mapping[str, Sequence[int]],
) -> Evaluation:
    """Apply the dates that arrived by `now` and find the reminders due.

    `schedules`: route name -> its remind_days. Evaluating again at the same
    moment gives the same change ids, so a re-run records nothing twice.
    """
    today = now.astimezone(UTC).date()
    result = Evaluation()
    for key in sorted(state):
        entry = state[key]
        if entry.kind != "tariff":
            continue
        moved = _took_effect(entry, today, now, result)
        moved = _expired(moved, state, today, now, result)
        if moved is not entry:
            result.state[key] = moved
        for deadline in _deadlines(moved, today):
            _remind(deadline, schedules, now, result)
    return result


def _scheduled(entry: StateEntry) -> bool:
    """Whether the entry waits for its effective date to apply: announced, or
    postponed ("put off to July 9": paused, with a start after the story)."""
    if entry.track != "rate" or entry.effective is None:
        return False
    if entry.status == "paused":
        return entry.effective > entry.as_of.astimezone(UTC).date()
    return entry.status == "announced"


def _took_effect(entry: StateEntry, today: date, now: datetime, result: Evaluation) -> StateEntry:
    if not _scheduled(entry) or entry.effective is None or entry.effective > today:
        return entry
    quiet = _passed_when_seen(entry.effective, entry.effective_seen)
    new = replace(entry, status="in_effect", inferred=_QUIET if quiet else _ALERTED, updated_at=now)
    if not quiet:
        result.changes.append(
            _event(
                new,
                "took_effect",
                entry.effective,
                now,
                old_status=entry.status,
                published=max(_midnight(entry.effective), entry.as_of),
            )
        )
    return new


def _expired(
    entry: StateEntry,
    state: Mapping[str, StateEntry],
    today: date,
    now: datetime,
    result: Evaluation,
) -> StateEntry:
    if entry.expires is None or entry.expiry_passed or entry.expires > today:
        return entry
    new = replace(entry, expiry_passed=True, updated_at=now)
    if not _passed_when_seen(entry.expires, entry.expires_seen):
        result.changes.append(
            _event(
                new,
                "expired",
                entry.expires,
                now,
                old_status=entry.status,
                published=max(_midnight(entry.expires), entry.as_of),
                note=what_follows(entry, state.values()),
            )
        )
    return new


def what_follows(entry: StateEntry, state: Iterable[StateEntry]) -> str:
    """In words, what the stories said would follow an expiry: the pair's standing
    threats and rates announced for later, and the rate held before this one."""
    said = []
    for other in sorted(state, key=lambda e: e.state_key):
        if (
            other.state_key == entry.state_key
            or other.kind != "tariff"
            or (other.imposer, other.target) != (entry.imposer, entry.target)
        ):
            continue
        rate = _pct(other.rate)
        if other.track == "threat":
            said.append(f"a threatened {rate} on {other.scope} ({_quote(other.evidence)})")
        elif other.status == "announced":
            start = f" from {other.effective.isoformat()}" if other.effective else ""
            said.append(f"{rate} on {other.scope} announced{start} ({_quote(other.evidence)})")
    status = entry.status.replace("_", " ")
    lead = f"The {_pct(entry.rate)} ({status}) ran until {entry.expires}; "
    if entry.previous_rate is not None:
        lead += f"before it the rate was {_pct(entry.previous_rate)}. "
    if not said:
        return lead + "No story said what follows; the state keeps it as it is until one does."
    return lead + "What the stories said would follow: " + "; ".join(said) + "."


def _remind(
    deadline: Deadline,
    schedules: Mapping[str, Sequence[int]],
    now: datetime,
    result: Evaluation,
) -> None:
    entry = deadline.entry
    seen = entry.effective_seen if deadline.which == "effective" else entry.expires_seen
    seen_left = None if seen is None else (deadline.on - seen.astimezone(UTC).date()).days
    by_day: dict[int, list[str]] = {}
    for route, schedule in schedules.items():
        day = reminder_day(schedule, deadline.days_left, seen_left)
        if day is not None:
            by_day.setdefault(day, []).append(route)
    event = "effective_reminder" if deadline.which == "effective" else "expiry_reminder"
    for day, routes in sorted(by_day.items()):
        change = _event(
            entry, event, deadline.on, now, old_status=entry.status, published=now, remind_day=day
        )
        result.changes.append(change)
        result.reminder_routes[change.change_id] = routes


def _passed_when_seen(on: date, seen: datetime | None) -> bool:
    """A date that had arrived when the entry first held it (None: held before
    sightings were recorded, so long known: quiet too)."""
    return seen is None or seen.astimezone(UTC).date() >= on


def _event(
    entry: StateEntry,
    event: str,
    on: date,
    now: datetime,
    *,
    old_status: str,
    published: datetime,
    remind_day: int | None = None,
    note: str | None = None,
) -> Change:
    # The id names the deadline, not the clock: one event per entry, date and day.
    return entry_change(
        entry,
        identity=(entry.state_key, event, on, remind_day, entry.rate),
        published=published,
        now=now,
        evidence=entry.evidence,
        confidence=1.0,
        item_key=entry.item_key,
        old_rate=entry.rate,
        old_status=old_status,
        event=event,
        deadline=on,
        remind_day=remind_day,
        note=note,
    )


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), tzinfo=UTC)


def _pct(rate: float | None) -> str:
    return "?" if rate is None else f"{rate:g}%"


def _quote(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1].rstrip() + '…'}”"


def deadline_row(deadline: Deadline) -> dict[str, object]:
    """One deadline as plain data: what `tariffwatch deadlines --json` prints."""
    e = deadline.entry
    return {
        "date": deadline.on.isoformat(),
        "days_left": deadline.days_left,
        "event": deadline.which,
        "what": deadline.what,
        "imposer": e.imposer,
        "target": e.target,
        "pair": f"{e.imposer}-{e.target}",
        "scope": e.scope,
        "rate": e.rate,
        "status": "threatened" if e.track == "threat" else e.status,
        "inferred": e.inferred,
        "as_of": e.as_of.isoformat(),
        "sources": list(e.sources),
        "evidence": e.evidence,
    }
