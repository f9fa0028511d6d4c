"""What a monitor run shows in Prefect: artifact contents and change events, as plain data.

Events follow the alerts: up to [alerts] group_threshold changes in one run,
one event per change (`tariffwatch.tariff.changed`, ...); more, and one event
per country pair (`tariffwatch.pair.changed`) lists that pair's changes, as
Alertmanager groups notifications. A server takes in a backlog's thousands of
events at a CPU cost larger than the whole cycle's; a pair's event costs one.

No Prefect and no DuckDB here: flows.py hands these to create_table_artifact,
create_markdown_artifact and emit_event. Nothing here ever holds a route
URL; feed URLs are shown without their query string (private feeds keep
tokens there).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from tariffwatch.alerts.group import by_pair, pair_label
from tariffwatch.alerts.render import change_title, clean, safe_link, truncate, when
from tariffwatch.deadlines import next_deadline
from tariffwatch.fold import StateEntry
from tariffwatch.model import Change

# Stable artifact keys: each run adds a new version under the same key.
STATE_KEY = "tariffwatch-state"
CHANGES_KEY = "tariffwatch-changes"
HEALTH_KEY = "tariffwatch-feed-health"
PROGRESS_KEY = "tariffwatch-progress"
DIGEST_KEY = "tariffwatch-digest"
EXTRACTION_KEY = "tariffwatch-extraction"
DELIVERIES_KEY = "tariffwatch-deliveries"

EVENT_PREFIX = "tariffwatch"
_EVENT_NAMESPACE = uuid.UUID("6f1d3c52-6a55-4c1e-9d0b-5a7e2f0c9b11")
EVIDENCE_MAX = 200
PAIR_EVENT = f"{EVENT_PREFIX}.pair.changed"
# A pair's changes per grouped event: at ~400 bytes each, far below the 1.5 MB a
# Prefect server accepts for one event (PREFECT_SERVER_EVENTS_MAXIMUM_SIZE_BYTES).
PAIR_EVENT_MAX_CHANGES = 500
CHANGES_LISTED = 200  # changes the run's changes artifact lists one by one
PAIRS_LISTED = 25  # country pairs it then counts, the busiest first


# -- events ----------------------------------------------------------------------------------


def event_name(change: Change) -> str:
    """`tariffwatch.tariff.changed` or `tariffwatch.negotiation.changed`; a deadline
    reminder, which changes nothing, is `tariffwatch.deadline.reminder`."""
    if change.event is not None and change.event.endswith("_reminder"):
        return f"{EVENT_PREFIX}.deadline.reminder"
    return f"{EVENT_PREFIX}.{change.kind}.changed"


def pair_id(change: Change) -> str:
    """The country pair: imposer-target for a tariff (it has a direction), sorted for talks."""
    if change.kind == "tariff":
        return f"{change.imposer or '?'}-{change.target or '?'}"
    return "-".join(sorted(change.parties))


def change_event(change: Change) -> dict[str, Any]:
    """The keyword arguments of prefect.events.emit_event for one change.

    The event id is derived from the change id, so emitting a change twice
    gives the same event (Prefect keeps one).
    """
    resource = {
        "prefect.resource.id": f"{EVENT_PREFIX}.change.{change.change_id}",
        "prefect.resource.name": change_title(change),
        "tariffwatch.kind": change.kind,
        "tariffwatch.pair": pair_id(change),
        "tariffwatch.status": change.new_status,
    }
    payload = {
        **_change_fields(change),
        "evidence": truncate(clean(change.evidence), EVIDENCE_MAX),
    }
    return {
        "event": event_name(change),
        "resource": resource,
        "related": _related(change),
        "payload": payload,
        "occurred": change.detected_at,
        "id": uuid.uuid5(_EVENT_NAMESPACE, change.change_id),
    }


def change_events(changes: Sequence[Change], *, group_threshold: int) -> list[dict[str, Any]]:
    """The emit_event calls for one run's changes: one per change up to
    `group_threshold` changes, one per country pair above it (a pair with more
    than PAIR_EVENT_MAX_CHANGES takes several, each saying which part it is).
    Together they carry every change exactly once."""
    if len(changes) <= group_threshold:
        return [change_event(change) for change in changes]
    pairs = by_pair(changes)
    events = []
    for key, members in pairs.items():
        size = PAIR_EVENT_MAX_CHANGES
        parts = [members[i : i + size] for i in range(0, len(members), size)]
        for number, part in enumerate(parts, 1):
            events.append(
                pair_event(
                    key,
                    part,
                    in_pair=len(members),
                    part=(number, len(parts)),
                    run=(len(changes), len(pairs)),
                )
            )
    return events


def pair_event(
    key: str,
    changes: Sequence[Change],
    *,
    in_pair: int,
    part: tuple[int, int] = (1, 1),
    run: tuple[int, int] = (0, 0),
) -> dict[str, Any]:
    """emit_event's arguments for one country pair's changes in a grouped run.

    `key` is the direction-free pair (alerts.group.pair_key, "CN-US"); its
    related resources are those of its changes (the directed pairs, the
    countries in their roles), so a trigger that matches a change's related
    pair or country matches the grouped event too. `run` is the run's
    (changes, pairs). The id is a hash of the change ids: emitted twice, kept once.
    """
    kinds: dict[str, int] = {}
    names: dict[str, int] = {}
    related: dict[tuple[str, str], dict[str, str]] = {}
    for change in changes:
        kinds[change.kind] = kinds.get(change.kind, 0) + 1
        names[event_name(change)] = names.get(event_name(change), 0) + 1
        for resource in _related(change):
            related.setdefault(
                (resource["prefect.resource.id"], resource["prefect.resource.role"]), resource
            )
    label = pair_label(key)
    count = len(changes)
    resource = {
        "prefect.resource.id": f"{EVENT_PREFIX}.pair.{key}",
        "prefect.resource.name": label,
        "tariffwatch.pair": key,
        "tariffwatch.kinds": ",".join(sorted(kinds)),
    }
    payload = {
        "pair": key,
        "label": label,
        "count": count,
        "in_pair": in_pair,
        "part": part[0],
        "parts": part[1],
        "kinds": kinds,
        "events": names,
        "run_changes": run[0],
        "run_pairs": run[1],
        "summary": f"{label}: {count:,} change{'s' if count != 1 else ''}"
        + (f" (part {part[0]} of {part[1]}, {in_pair:,} in all)" if part[1] > 1 else ""),
        # Each change as its own event would carry it, without the evidence
        # (its title says what changed; the changes artifact quotes the story).
        "changes": [{"event_name": event_name(c), **_change_fields(c)} for c in changes],
    }
    ids = ",".join(c.change_id for c in changes)
    return {
        "event": PAIR_EVENT,
        "resource": resource,
        "related": list(related.values()),
        "payload": payload,
        "occurred": max(c.detected_at for c in changes),
        "id": uuid.uuid5(_EVENT_NAMESPACE, f"pair:{ids}"),
    }


def _related(change: Change) -> list[dict[str, str]]:
    """The change's country pair (directed for a tariff) and its countries, in their roles."""
    pair = pair_id(change)
    related: list[dict[str, str]] = [
        {
            "prefect.resource.id": f"{EVENT_PREFIX}.pair.{pair}",
            "prefect.resource.role": "country-pair",
            "prefect.resource.name": pair,
        }
    ]
    roles = (
        [("imposer", change.imposer), ("target", change.target)]
        if change.kind == "tariff"
        else [("party", p) for p in change.parties]
    )
    for role, code in roles:
        if code:
            related.append(
                {
                    "prefect.resource.id": f"{EVENT_PREFIX}.country.{code}",
                    "prefect.resource.role": role,
                    "prefect.resource.name": code,
                }
            )
    return related


def _change_fields(change: Change) -> dict[str, Any]:
    return {
        "change_id": change.change_id,
        "title": change_title(change),
        "state_key": change.state_key,
        "imposer": change.imposer,
        "target": change.target,
        "scope": change.scope,
        "parties": list(change.parties),
        "old_rate": change.old_rate,
        "new_rate": change.new_rate,
        "rate_delta": change.rate_delta,
        "old_status": change.old_status,
        "new_status": change.new_status,
        "effective": change.effective.isoformat() if change.effective else None,
        "expires": change.expires.isoformat() if change.expires else None,
        "published": change.published.isoformat(),
        "confidence": change.confidence,
        "sources": list(change.sources),
        "event": change.event,  # a deadline event (see `tariffwatch deadlines`), or None
        "deadline": change.deadline.isoformat() if change.deadline else None,
    }


# -- artifacts -------------------------------------------------------------------------------


def _day(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def state_table(
    entries: Iterable[StateEntry], *, today: date | None = None
) -> list[dict[str, Any]]:
    """The current state, one row per tariff, threat and negotiating pair; with
    `today`, each row's next deadline ("takes effect 2026-12-10, in 10 days")."""
    rows = []
    for e in entries:
        row = {
            "kind": e.kind,
            "imposer": e.imposer or "",
            "target": e.target or "",
            "parties": e.parties or "",
            "scope": e.scope or "",
            "rate": "" if e.rate is None else f"{e.rate:g}%",
            "status": e.status,
            "effective": _day(e.effective),
            "as_of": when(e.as_of),
            "source": next((u for u in map(safe_link, e.sources) if u), ""),
        }
        if today is not None:
            row["next_deadline"] = _next_deadline(e, today)
        rows.append(row)
    return rows


def _next_deadline(entry: StateEntry, today: date) -> str:
    deadline = next_deadline(entry, today)
    if deadline is None:
        return ""
    days = f"{deadline.days_left} day{'s' if deadline.days_left != 1 else ''}"
    return f"{deadline.what} {deadline.on.isoformat()}, in {days}"


def changes_markdown(
    changes: Sequence[Change], *, at: datetime, listed: int = CHANGES_LISTED
) -> str:
    """This run's changes as a markdown list, each with links to its sources.

    A backlog's thousands would make a page nobody reads (1.2 MB for 4,353):
    past `listed` changes, the first `listed` are listed, then how many more,
    and a count per country pair says where the rest are.
    """
    lines = [f"# Changes detected by this run ({when(at)})", ""]
    if not changes:
        lines.append("No change in this run.")
        return "\n".join(lines) + "\n"
    more = len(changes) - listed
    if more > 0:
        pairs = by_pair(changes)
        lines += [
            f"**{len(changes):,} changes in {len(pairs):,} country pairs.** The first "
            f"{listed:,} are listed below, then the count per pair; `tariffwatch changes` "
            "lists every one.",
            "",
        ]
    for change in changes[:listed]:
        links = [u for u in map(safe_link, change.sources) if u]
        sources = ", ".join(f"[{urlsplit(u).netloc}]({u})" for u in links) or "no link"
        title = _md_escape(change_title(change))
        lines.append(f"- **{title}** (published {when(change.published)}; sources: {sources})")
        evidence = truncate(clean(change.evidence), EVIDENCE_MAX)
        if evidence:
            lines.append(f"  > {_md_escape(evidence)}")
    if more > 0:
        lines += ["", f"... and {more:,} more change{'s' if more != 1 else ''} in this run.", ""]
        lines += _pair_counts(pairs)
    return "\n".join(lines) + "\n"


def _pair_counts(pairs: Mapping[str, Sequence[Change]], shown: int = PAIRS_LISTED) -> list[str]:
    """The busiest pairs' change counts as a markdown table, then how many pairs are left."""
    ranked = sorted(pairs.items(), key=lambda kv: -len(kv[1]))
    lines = ["| country pair | changes | tariff | talks |", "| --- | ---: | ---: | ---: |"]
    for key, members in ranked[:shown]:
        tariffs = sum(1 for c in members if c.kind == "tariff")
        lines.append(
            f"| {_md_escape(pair_label(key))} | {len(members):,} | {tariffs:,} | "
            f"{len(members) - tariffs:,} |"
        )
    rest = ranked[shown:]
    if rest:
        lines += [
            "",
            f"... and {len(rest):,} more pair{'s' if len(rest) != 1 else ''} with "
            f"{sum(len(m) for _, m in rest):,} changes.",
        ]
    return lines


def _md_escape(text: str) -> str:
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def public_url(url: str) -> str:
    """A feed URL without user info, query or fragment: what may be shown."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def hide_url(text: str | None, url: str | None) -> str:
    """`text` with `url` (as an error message may quote it) shown as its public_url."""
    if not text or not url:
        return text or ""
    return text.replace(url, public_url(url))


def health_table(
    feeds: Iterable[Mapping[str, Any]],
    alerts: Mapping[str, Mapping[str, Any]],
    *,
    failures_before_alert: int,
) -> list[dict[str, Any]]:
    """One row per feed: ok, failing or down (alerted), with its last error and next check."""
    rows = []
    for feed in feeds:
        errors = int(feed.get("error_count") or 0)
        if feed["name"] in alerts:
            state = "down"
        elif errors:
            state = f"failing ({errors}/{failures_before_alert or '-'})"
        else:
            state = "ok" if feed.get("last_success") else "new"
        rows.append(
            {
                "feed": feed["name"],
                "url": public_url(feed.get("url") or ""),
                "state": state,
                "errors": errors,
                "last_error": truncate(
                    clean(f"{feed.get('last_error_code') or ''} {_error(feed)}"), 120
                ),
                "last_success": when(feed["last_success"]) if feed.get("last_success") else "",
                "next_check": when(feed["next_check"]) if feed.get("next_check") else "",
            }
        )
    return rows


def _error(feed: Mapping[str, Any]) -> str:
    text = hide_url(feed.get("last_error"), feed.get("url"))
    return hide_url(text, feed.get("permanent_url"))


def deliveries_table(
    this_run: Mapping[str, Mapping[str, Any]], totals: Iterable[Mapping[str, Any]] = ()
) -> list[dict[str, Any]]:
    """One row per route: what this run delivered, grouped and retried, what is pending.

    `this_run` is the run's per-route report; `totals` the outbox's all-time counts
    per route (digest routes appear there only), with since when the oldest pending
    change waits. Errors are already secret-free.
    """
    all_time = {row["route"]: row for row in totals}
    rows = []
    for route in sorted({*this_run, *all_time}):
        run = this_run.get(route, {})
        total = all_time.get(route, {})
        rows.append(
            {
                "route": route,
                "due": run.get("due", 0),
                "delivered": run.get("delivered", 0),
                "grouped": run.get("grouped", 0),
                "messages": run.get("messages", 0),
                "retried": run.get("retried", 0),
                "pending": total.get("pending", run.get("pending", 0)),
                "pending_since": _iso(total.get("pending_since")),
                "delivered_all_time": total.get("delivered", 0),
                "error": truncate(clean(run.get("error") or ""), 300),
                "resting": run.get("rest") or "",
            }
        )
    return rows


def _iso(value: Any) -> str:
    """A time as ISO text for a table cell; empty when there is none."""
    return value.isoformat() if isinstance(value, datetime) else ""


def digest_markdown(report: Any) -> str:
    """What the digest run did, per route: sent (how many changes), nothing new, failed, resting."""
    lines = ["# Digests", ""]
    for route, count in report.sent.items():
        lines.append(f"- **{_md_escape(route)}**: sent, {count} change(s)")
    for route in report.empty:
        lines.append(f"- **{_md_escape(route)}**: nothing new, nothing sent")
    for route, error in report.errors.items():
        lines.append(
            f"- **{_md_escape(route)}**: failed, kept for the next digest: {_md_escape(error)}"
        )
    for route, rest in report.resting.items():
        waiting = report.pending.get(route, 0)
        lines.append(
            f"- **{_md_escape(route)}**: {_md_escape(rest)}; {waiting} change(s) wait, "
            "then go out in one digest"
        )
    if len(lines) == 2:
        lines.append('No route has mode = "digest".')
    return "\n".join(lines) + "\n"


# -- extraction ------------------------------------------------------------------------------


def extraction_markdown(stats: Mapping[str, Any], *, retried: int, backlog: int) -> str:
    """What the extraction engine did this run. Never a key or a URL: counts and codes only."""
    if stats.get("engine", "rules") == "rules":
        return "Extraction by the rules: no model call."
    rows = [
        (
            "engine",
            f"{stats['engine']} (model `{stats['model']}`, prompt {stats['prompt_version']})",
        ),
        ("items read", stats["items"]),
        ("model calls", stats["calls"]),
        ("cache hits", stats["cache_hits"]),
        ("failed calls", sum(stats["failures"].values())),
        ("read by the rules instead (fallbacks)", stats["fallbacks"]),
        ("of which over the run's budget", stats["over_budget"]),
        ("hybrid: no cue, rules only", stats["gated_out"]),
        ("objects dropped by validation", sum(stats["dropped"].values())),
        ("read by the model after an earlier fallback", retried),
        ("items waiting for the model", backlog),
        (
            "tokens (prompt / completion)",
            f"{stats['tokens']['prompt']} / {stats['tokens']['completion']}",
        ),
    ]
    lines = ["| figure | value |", "| --- | ---: |"]
    lines += [f"| {name} | {value} |" for name, value in rows]
    for title, counts in (
        ("Failed calls", stats["failures"]),
        ("Dropped objects", stats["dropped"]),
    ):
        if counts:
            lines += ["", f"**{title}**: " + ", ".join(f"`{k}` {v}" for k, v in counts.items())]
    return "\n".join(lines)
