"""`tariffwatch dismiss` and `dismissals`: record, undo and list dismissals over the store.

Dismissing a change records it (with a copy of the change), holds its unsent
deliveries, queues a retraction for every route that was sent it, and
re-derives state and changes from the stored facts with the dismissal applied
(pipeline.refold_queued: no item is read again, nothing is alerted). Undoing it
removes the record and re-derives again: the change comes back with its old
id and its old deliveries, so nobody is alerted twice. The matching itself
is dismissals.py; the retractions go out with the next cycle
(alerts/retractions.py).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tariffwatch.alerts.render import change_title, state_words
from tariffwatch.config import Config
from tariffwatch.dismissals import (
    DEFAULT_DAYS,
    MIN_PREFIX,
    Dismissal,
    dismissal_of,
    resolve_id,
)
from tariffwatch.errors import DismissError
from tariffwatch.model import Change
from tariffwatch.pipeline import refold_queued
from tariffwatch.show import open_existing_store
from tariffwatch.store import Store


def dismiss(
    config: Config,
    change_id: str,
    *,
    reason: str | None = None,
    days: int = DEFAULT_DAYS,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Dismiss the change whose id starts with `change_id`; what happened, as a dict.

    An unknown or ambiguous id, or a change that cannot be dismissed, raises
    DismissError before anything is written.
    """
    now = now or datetime.now(UTC)
    with open_existing_store(config) as store:
        prefix = change_id.strip().lower()
        long_enough = len(prefix) >= MIN_PREFIX
        found = {c.change_id: c for c in store.changes_by_prefix(prefix)} if long_enough else {}
        if (
            not found
            and long_enough
            and any(d.change_id.startswith(prefix) for d in store.dismissals())
        ):
            raise DismissError(
                f"change {prefix!r} is dismissed already; `tariffwatch dismissals` lists it"
            )
        change = found[resolve_id(prefix, found)]
        dismissal = dismissal_of(change, reason=reason, days=days, at=now)
        with store.transaction():
            told = store.add_dismissal(dismissal, at=now)
            _reset(store)
        silenced = refold_queued(config.storage.path, config, now=now).silenced
    return _report(config, dismissal, told, silenced, action="dismissed")


def undo(config: Config, change_id: str, *, now: datetime | None = None) -> dict[str, Any]:
    """Remove the dismissal of the change whose id starts with `change_id`, and re-derive."""
    now = now or datetime.now(UTC)
    with open_existing_store(config) as store:
        dismissals = {d.change_id: d for d in store.dismissals()}
        dismissal = dismissals[resolve_id(change_id, dismissals, what="dismissed change")]
        with store.transaction():
            store.remove_dismissal(dismissal.change_id)
            _reset(store)
        silenced = refold_queued(config.storage.path, config, now=now).silenced
    return _report(config, dismissal, [], silenced, action="undone")


def _reset(store: Store) -> None:
    """Forget state and changes and queue every item for the fold, in the transaction
    that records (or removes) the dismissal: one never happens without the other.
    The caller keeps the store open while the items are folded again, so no other
    process's cycle folds them meanwhile (it would alert what this only records)."""
    store.reset_derived()
    store.requeue_fold()


def _report(
    config: Config, dismissal: Dismissal, told: list[str], silenced: int, *, action: str
) -> dict[str, Any]:
    change = dismissal.change
    with open_existing_store(config) as store:
        entry = store.load_state([change.state_key]).get(change.state_key)
        back = bool(store.changes_by_prefix(change.change_id))
    return {
        "action": action,
        "change_id": change.change_id,
        "title": change_title(change),
        "state_key": change.state_key,
        "state": state_words(change, entry),
        "routes_to_tell": told,
        "days": dismissal.days,
        "silenced_until": dismissal.silenced_until,
        "silenced_now": silenced,  # facts of other stories the dismissals hold back
        "change_back": back,
    }


def dismiss_line(report: dict[str, Any]) -> str:
    """One line on what `dismiss` or `dismiss --undo` did."""
    head = f"{report['change_id'][:12]} ({report['title']})"
    state = f"state of {report['state_key']} {{}} {report['state']}"
    if report["action"] == "undone":
        return f"dismissal of {head} undone; {state.format('is again')}; nothing is alerted again"
    n = len(report["routes_to_tell"])
    routes = f"{n} route{'s' if n != 1 else ''} to be told" + (
        f" ({', '.join(report['routes_to_tell'])}) with the next cycle" if n else ""
    )
    if report["days"]:
        until = report["silenced_until"].astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        days = f"the same reading silenced for {report['days']} days (until {until})"
    else:
        days = "only this change silenced"
    return f"dismissed {head}; {state.format('back to')}; {routes}; {days}"


def dismissals_data(config: Config) -> list[dict[str, Any]]:
    """The dismissals, newest first, with what each silenced and whom it told."""
    with open_existing_store(config) as store:
        dismissals = store.dismissals()
        counts = store.retraction_counts()
    return [_dismissal_dict(d, counts.get(d.change_id, {})) for d in dismissals]


def _dismissal_dict(d: Dismissal, counts: dict[str, int]) -> dict[str, Any]:
    change: Change = d.change
    return {
        "change_id": d.change_id,
        "title": change_title(change),
        "state_key": d.state_key,
        "kind": change.kind,
        "new_rate": change.new_rate,
        "new_status": change.new_status,
        "published": change.published,
        "evidence": change.evidence,
        "item_key": change.item_key,
        "reason": d.reason,
        "days": d.days,
        "dismissed_at": d.dismissed_at,
        "silenced_until": d.silenced_until,
        "silenced": d.silenced,
        "routes_told": counts.get("told", 0),
        "routes_to_tell": counts.get("to_tell", 0),
    }
