"""Dismissals: a person says an alert was wrong. Pure: no I/O, no clock, no framework.

A dismissal keeps a copy of the change it dismisses. Applied around the fold
(fold_dismissed), it does two things:

- the dismissed change never happens: the facts behind it (same story, same
  sentence) are dropped and the batch is folded again, so the state is what
  it would be had the wrong reading never been made;
- the same reading is silenced while the dismissal holds: a change of another
  story that makes the same transition (same state key, same new status and,
  for a rate, the same rate within RATE_TOLERANCE points), published from the
  dismissed change's publication until `silenced_until`, is dropped the same
  way and counted as silenced. Another rate or another status on that key is
  news as before.

fold.py knows nothing of this: a fold is run, and run again without the facts
behind any change a dismissal matches, until no change matches.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from tariffwatch.errors import DismissError
from tariffwatch.fold import FoldResult, StateEntry, fold
from tariffwatch.model import Change, NegotiationFact, SourcedFact, TariffFact

DEFAULT_DAYS = 7
MIN_PREFIX = 8  # characters of a change id a person must give, as git asks for
# Rates this close are one reading: the same misread "25%" told as 25.0 or 25.1.
RATE_TOLERANCE = 0.1
# What the deadline stage derives from the state (deadlines.py) is no reading of a story:
# dismissing it would not undo anything. A date a story moved is a reading.
UNDISMISSABLE_EVENTS = frozenset(
    {"effective_reminder", "expiry_reminder", "took_effect", "expired"}
)


@dataclass(frozen=True, slots=True)
class Dismissal:
    """One dismissed change and how long its reading stays silenced."""

    change: Change  # a copy of what the change said when it was dismissed
    reason: str | None
    days: int  # 0: only the very change
    dismissed_at: datetime
    silenced_until: datetime
    silenced: int = 0  # facts of other stories it kept out of the state

    @property
    def change_id(self) -> str:
        return self.change.change_id

    @property
    def state_key(self) -> str:
        return self.change.state_key


def dismissal_of(change: Change, *, reason: str | None, days: int, at: datetime) -> Dismissal:
    """The dismissal of `change` for `days` days from its publication."""
    if days < 0:
        raise DismissError(f"--days must be 0 or more, not {days}")
    if change.event in UNDISMISSABLE_EVENTS:
        raise DismissError(
            f"change {change.change_id} is a deadline event ({change.event.replace('_', ' ')}) "
            "that follows from the state, not a reading of a story; dismiss the change that "
            "set its date instead"
        )
    return Dismissal(
        change=change,
        reason=(reason or "").strip() or None,
        days=days,
        dismissed_at=at,
        silenced_until=change.published + timedelta(days=days),
    )


def resolve_id(prefix: str, ids: Iterable[str], *, what: str = "change") -> str:
    """The one id of `ids` that starts with `prefix` (at least MIN_PREFIX characters)."""
    prefix = prefix.strip().lower()
    if len(prefix) < MIN_PREFIX:
        raise DismissError(
            f"give at least {MIN_PREFIX} characters of the {what} id, not {prefix!r} "
            "(`tariffwatch changes --json` shows them)"
        )
    found = sorted({i for i in ids if i.startswith(prefix)})
    if not found:
        raise DismissError(
            f"no {what} with id {prefix!r}; `tariffwatch "
            f"{'changes' if what == 'change' else 'dismissals'}` lists them"
        )
    if len(found) > 1:
        raise DismissError(
            f"{prefix!r} is the start of {len(found)} {what} ids ({', '.join(found[:3])}"
            f"{', ...' if len(found) > 3 else ''}); give more characters"
        )
    return found[0]


# -- matching ----------------------------------------------------------------------------


def is_the_change(dismissal: Dismissal, change: Change) -> bool:
    """`change` is the dismissed change itself, re-derived: its id (a hash of the
    transition and its day, so another outlet's telling of it that day too), or the
    same story's same sentence moving the same key."""
    d = dismissal.change
    return change.change_id == d.change_id or (
        change.item_key == d.item_key
        and change.evidence == d.evidence
        and change.state_key == d.state_key
    )


def repeats(dismissal: Dismissal, change: Change) -> bool:
    """`change` makes the dismissed transition again, published while it is silenced."""
    d = dismissal.change
    return (
        dismissal.days > 0
        and change.state_key == d.state_key
        and change.new_status == d.new_status
        and change.event == d.event
        and change.deadline == d.deadline
        and same_rate(change.new_rate, d.new_rate)
        and d.published <= change.published <= dismissal.silenced_until
    )


def same_rate(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= RATE_TOLERANCE + 1e-9


def match(dismissals: Sequence[Dismissal], change: Change) -> Dismissal | None:
    """The dismissal that drops `change` (the dismissed change itself before a repeat
    it silences), or None when the change stands."""
    for dismissal in dismissals:
        if is_the_change(dismissal, change):
            return dismissal
    for dismissal in dismissals:
        if repeats(dismissal, change):
            return dismissal
    return None


def facts_behind(change: Change, facts: Sequence[SourcedFact]) -> list[int]:
    """Positions of the facts that made `change`: its story's facts told in its sentence,
    narrowed to those of its pair (or parties) and rate when that leaves any."""
    told = [
        i
        for i, s in enumerate(facts)
        if s.item_key == change.item_key and s.fact.evidence == change.evidence
    ]
    own = [i for i in told if _speaks_of(facts[i], change)]
    return own or told


def _speaks_of(sourced: SourcedFact, change: Change) -> bool:
    fact = sourced.fact
    if isinstance(fact, NegotiationFact):
        return change.kind == "negotiation" and set(fact.parties) == set(change.parties)
    assert isinstance(fact, TariffFact)
    # The fold may read a sentence's sides the other way round (fold._sides_by_state).
    return (
        change.kind == "tariff"
        and {fact.imposer, fact.target} == {change.imposer, change.target}
        and (change.new_rate is None or same_rate(fact.new_rate, change.new_rate))
    )


# -- around the fold ---------------------------------------------------------------------


@dataclass(slots=True)
class DismissedFold:
    """A fold with the dismissals applied: its result, and per dismissal (by change id)
    the facts of other stories it silenced."""

    result: FoldResult
    silenced: Counter[str] = field(default_factory=Counter)
    dropped: int = 0  # facts left out in all, the dismissed changes' own included


def fold_dismissed(
    state: Mapping[str, StateEntry],
    facts: Iterable[SourcedFact],
    dismissals: Sequence[Dismissal],
    *,
    now: datetime,
) -> DismissedFold:
    """fold(), without the facts behind any change a dismissal matches.

    Each pass drops the facts behind every matching change and folds the batch
    again from the same state: a dropped fact may have hidden another story's
    telling of the same reading, which the next pass then meets. Every pass
    drops at least one fact or is the last.
    """
    kept = list(facts)
    report = DismissedFold(result=fold(state, kept, now=now))
    if not dismissals:
        return report
    while True:
        drop: set[int] = set()
        for change in report.result.changes:
            dismissal = match(dismissals, change)
            if dismissal is None:
                continue
            fresh = [i for i in facts_behind(change, kept) if i not in drop]
            drop.update(fresh)
            if change.item_key != dismissal.change.item_key:  # another story's telling
                report.silenced[dismissal.change_id] += len(fresh)
        if not drop:
            return report
        report.dropped += len(drop)
        kept = [s for i, s in enumerate(kept) if i not in drop]
        report.result = fold(state, kept, now=now)
