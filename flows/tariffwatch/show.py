"""What the CLI shows: the state, the changes, a cycle's summary, as data and as tables."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from tariffwatch.alerts.outbox import CONSOLE_ROUTE
from tariffwatch.alerts.rest import RouteRest, is_resting, rest_label
from tariffwatch.config import Config
from tariffwatch.errors import StoreError
from tariffwatch.fold import StateEntry
from tariffwatch.model import Change
from tariffwatch.store import Store
from tariffwatch.tables import Column, print_table


def open_existing_store(config: Config) -> Any:
    """The configured database, which must exist: reading commands never create one."""
    path = config.storage.path
    if not Path(path).exists():
        raise StoreError(
            f"no database at {path} yet; run `tariffwatch run` first "
            "(or point [storage] path at an existing one)",
            path=path,
        )
    return Store.open(path, lock_timeout=config.storage.lock_timeout)


def status_data(config: Config, *, now: datetime | None = None) -> dict[str, list[dict[str, Any]]]:
    now = now or datetime.now(UTC)
    with open_existing_store(config) as store:
        entries = store.all_state()
        before = store.previous_values()
        routes = store.route_delivery_counts()
        rests = {name: RouteRest.from_row(row) for name, row in store.route_rests().items()}
    cap = config.alerts.max_rest_minutes
    modes = {r.name: r.mode for r in config.routes}
    return {
        "routes": [
            _route_row(r, rests.get(r["route"]), now, cap, modes, config.schedule.digest)
            for r in routes
        ],
        "tariffs": [
            _tariff_row(e, before.get(e.state_key, {})) for e in entries if e.kind == "tariff"
        ],
        "negotiations": [
            _talks_row(e, before.get(e.state_key, {})) for e in entries if e.kind == "negotiation"
        ],
    }


def _route_row(
    row: dict[str, Any],
    rest: RouteRest | None,
    now: datetime,
    cap_minutes: float,
    modes: dict[str, str],
    digest_schedule: str,
) -> dict[str, Any]:
    # Counts of changes, all time, from the outbox: a grouped message counts each change.
    resting = rest is not None and is_resting(rest, now)
    name = row["route"]
    # No route configured: alerts went to the console, whose name is CONSOLE_ROUTE.
    mode = modes.get(name) or ("console" if not modes and name == CONSOLE_ROUTE else None)
    return {
        "route": name,
        "mode": mode,  # None: no route of that name in the config any more
        "pending_since": row["pending_since"].isoformat() if row["pending_since"] else None,
        "waiting": _waiting(row, mode, digest_schedule),
        "delivered": row["delivered"],
        "grouped": row["grouped"],
        "retried": row["retried"],
        "pending": row["pending"],
        "last_sent_at": row["last_sent_at"],
        "last_error": row["last_error"],
        "resting_until": rest.until.isoformat() if rest is not None and resting else None,
        "rest": rest_label(rest, now, cap_minutes=cap_minutes)
        if rest is not None and resting
        else None,
    }


def _waiting(row: dict[str, Any], mode: str | None, digest_schedule: str) -> str | None:
    """Why a route's pending alerts wait, when it is not a rest (said apart) or a failure."""
    if not row["pending"]:
        return None
    if mode is None:
        return "no route of that name in the config: they are never sent"
    if mode == "digest" and not row["last_error"]:
        return f"they go in its next digest ([schedule] digest = {digest_schedule!r})"
    return None


def _tariff_row(e: StateEntry, before: dict[str, Any]) -> dict[str, Any]:
    return {
        "imposer": e.imposer,
        "target": e.target,
        "scope": e.scope,
        "rate": e.rate,
        "was": before.get("old_rate"),
        "status": e.status,
        "track": e.track,
        "effective": e.effective,
        "expires": e.expires,
        "inferred": e.inferred,  # 'scheduled'/'backlog': in effect because its date passed
        "expiry_passed": e.expiry_passed,
        "as_of": e.as_of,
        "sources": list(e.sources),
        "evidence": e.evidence,
    }


def _talks_row(e: StateEntry, before: dict[str, Any]) -> dict[str, Any]:
    return {
        "parties": (e.parties or "").split(","),
        "status": e.status,
        "was": before.get("old_status"),
        "as_of": e.as_of,
        "sources": list(e.sources),
        "evidence": e.evidence,
    }


def changes_data(config: Config, *, since: int = 0) -> list[dict[str, Any]]:
    with open_existing_store(config) as store:
        return [change_dict(seq, c) for seq, c in store.changes_since(since)]


def change_dict(seq: int, c: Change) -> dict[str, Any]:
    return {
        "seq": seq,
        "change_id": c.change_id,
        "kind": c.kind,
        "imposer": c.imposer,
        "target": c.target,
        "scope": c.scope,
        "parties": list(c.parties),
        "old": c.old_rate if c.kind == "tariff" else c.old_status,
        "new": c.new_rate if c.kind == "tariff" else c.new_status,
        "old_status": c.old_status,
        "status": c.new_status,
        "effective": c.effective,
        "expires": c.expires,
        "event": c.event,  # a deadline event (deadlines.py), or None
        "deadline": c.deadline,
        "published": c.published,
        "detected_at": c.detected_at,
        "sources": list(c.sources),
        "evidence": c.evidence,
    }


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def _day(value: Any) -> str:
    return value.date().isoformat() if hasattr(value, "date") else str(value or "—")


TARIFF_COLUMNS = (
    Column("imposer"),
    Column("on goods of"),
    Column("scope", minor=True),
    Column("rate"),
    Column("status"),
    Column("as of"),
    Column("sources", minor=True),
)
TALKS_COLUMNS = (
    Column("parties"),
    Column("status"),
    Column("as of"),
    Column("sources", minor=True),
)
ROUTE_COLUMNS = (
    Column("route"),
    Column("delivered", justify="right"),
    Column("grouped", justify="right"),
    Column("retried", justify="right"),
    Column("pending", justify="right"),
    Column("last sent"),
    Column("error", minor=True),
)
CHANGE_COLUMNS = (
    Column("#", justify="right"),
    Column("kind"),
    Column("who"),
    Column("scope", minor=True),
    Column("change"),  # old → new in one column: at 80 columns the dates keep their room
    Column("status"),
    Column("published"),
    Column("detected"),
)


def tariff_cells(t: dict[str, Any]) -> list[str]:
    status = "threatened" if t["track"] == "threat" else t["status"]
    if t.get("inferred"):
        status += " (as scheduled)"
    if t["expires"]:
        status += f" {'expired' if t.get('expiry_passed') else 'until'} {t['expires']}"
    return [
        t["imposer"],
        t["target"],
        t["scope"] or "",
        _rate(t["rate"]) + (f" (was {_rate(t['was'])})" if t["was"] is not None else ""),
        status,
        _day(t["as_of"]),
        "\n".join(t["sources"][:3]),
    ]


def talks_cells(n: dict[str, Any]) -> list[str]:
    return [
        "–".join(n["parties"]),
        n["status"] + (f" (was {n['was']})" if n["was"] else ""),
        _day(n["as_of"]),
        "\n".join(n["sources"][:3]),
    ]


def print_status(console: Console, data: dict[str, list[dict[str, Any]]]) -> None:
    if not data["tariffs"] and not data["negotiations"]:
        console.print("Nothing known yet: no fact has been read. Run `tariffwatch run`.")
        return
    print_table(console, "Tariffs", TARIFF_COLUMNS, [tariff_cells(t) for t in data["tariffs"]])
    print_table(
        console, "Trade talks", TALKS_COLUMNS, [talks_cells(n) for n in data["negotiations"]]
    )
    if data.get("routes"):
        print_table(
            console,
            "Alert routes (changes, all time)",
            ROUTE_COLUMNS,
            [route_cells(r) for r in data["routes"]],
        )
        for r in data["routes"]:
            since = _since(r.get("pending_since"))
            if r.get("rest"):
                console.print(
                    f"route {escape(r['route'])}: {escape(r['rest'])}; "
                    f"{r['pending']} alert(s) pending until then{since}",
                    highlight=False,
                )
            elif r.get("waiting"):
                console.print(
                    f"route {escape(r['route'])}: {r['pending']} alert(s) pending{since}: "
                    f"{escape(r['waiting'])}",
                    highlight=False,
                )
            elif r["pending"]:
                console.print(
                    f"route {escape(r['route'])}: {r['pending']} alert(s) pending{since}; "
                    "the next run tries again",
                    highlight=False,
                )


def _since(value: Any) -> str:
    """' (the oldest since 2026-12-01 02:16 UTC)' for an ISO time, or nothing."""
    if not value:
        return ""
    since = datetime.fromisoformat(value).astimezone(UTC)
    return f" (the oldest since {since.strftime('%Y-%m-%d %H:%M UTC')})"


def route_cells(r: dict[str, Any]) -> list[str]:
    return [
        r["route"],
        str(r["delivered"]),
        str(r["grouped"]),
        str(r["retried"]),
        str(r["pending"]),
        _day(r["last_sent_at"]) if r["last_sent_at"] else "—",
        r["last_error"] or "",
    ]


def change_cells(c: dict[str, Any]) -> list[str]:
    if c["kind"] == "tariff":
        who, old, new = f"{c['imposer']} → {c['target']}", _rate(c["old"]), _rate(c["new"])
        kind = "tariff"
    else:
        who, old, new = "–".join(c["parties"]), c["old"] or "—", c["new"]
        kind = "talks"
    event = c.get("event")
    return [
        str(c["seq"]),
        kind + (f" ({event.replace('_', ' ')} {c['deadline']})" if event else ""),
        who,
        c["scope"] or "",
        f"{old} → {new}",
        c["status"],
        _day(c["published"]),
        _day(c["detected_at"]),
    ]


def print_changes(console: Console, data: list[dict[str, Any]]) -> None:
    if not data:
        console.print("No change recorded yet.")
        return
    print_table(console, "Changes, oldest first", CHANGE_COLUMNS, [change_cells(c) for c in data])


ID_SHOWN = 8  # characters of a change id in a table: what `dismiss --undo` takes at least
DISMISSAL_COLUMNS = (
    Column("id"),
    Column("alert"),
    Column("reason", minor=True),
    Column("dismissed"),
    Column("until"),
    Column("silenced", justify="right"),
    Column("told", justify="right"),
)


def dismissal_cells(d: dict[str, Any]) -> list[str]:
    told = str(d["routes_told"]) + (f" (+{d['routes_to_tell']} due)" if d["routes_to_tell"] else "")
    return [
        d["change_id"][:ID_SHOWN],
        d["title"],
        d["reason"] or "",
        _day(d["dismissed_at"]),
        _day(d["silenced_until"]) if d["days"] else "this change only",
        str(d["silenced"]),
        told,
    ]


def print_dismissals(console: Console, data: list[dict[str, Any]]) -> None:
    if not data:
        console.print("No dismissal recorded.")
        return
    title = "Dismissals, newest first (silenced: facts of other stories held back)"
    print_table(console, title, DISMISSAL_COLUMNS, [dismissal_cells(d) for d in data])


def print_summary(console: Console, summary: dict[str, Any]) -> None:
    failed = summary["feeds_failed"]
    console.print(
        f"feeds: {summary['feeds_ok']} ok, {summary['feeds_not_modified']} not modified, "
        f"{summary['feeds_skipped']} not due, {len(failed)} failed"
    )
    for name, reason in failed.items():
        console.print(f"  [red]failed[/red] {escape(name)}: {escape(str(reason))}", highlight=False)
    for problem in summary["seed_problems"]:
        console.print(f"  [yellow]seeds[/yellow] {escape(str(problem))}", highlight=False)
    console.print(
        f"items: {summary['items_new']} new of {summary['items_seen']} read; "
        f"facts: {summary['facts']}; changes: {summary['changes']}"
    )
    extraction = summary.get("extraction") or {}
    if extraction.get("engine", "rules") != "rules":
        console.print(extraction_line(extraction), highlight=False)
    for_digests = summary.get("alerts_waiting_for_digest", 0)
    console.print(
        f"alerts: {summary['alerts_sent']} sent, {summary['alerts_failed']} failed, "
        f"{summary['alerts_pending']} pending"
        + (f" ({for_digests} of them wait for a digest)" if for_digests else "")
    )
    for route, r in summary.get("routes", {}).items():
        grouped = f", {r['grouped']} grouped" if r["grouped"] else ""
        retries = f" ({r['retries']} retries)" if r.get("retries") else ""
        rest = f", {r['rest']}" if r.get("rest") else ""
        console.print(
            f"  route {escape(route)}: {r['delivered']} delivered in {r['messages']} "
            f"message(s){grouped}, {r['retried']} retried{retries}, {r['pending']} pending"
            + escape(rest),
            highlight=False,
        )
    for route, reason in summary["route_errors"].items():
        console.print(
            f"  [red]route down[/red] {escape(route)}: {escape(str(reason))}", highlight=False
        )
    if summary.get("silenced_by_dismissal"):
        console.print(f"silenced by dismissal: {summary['silenced_by_dismissal']} fact(s)")
    if summary.get("retractions_sent") or summary.get("retractions_pending"):
        console.print(
            f"retractions: {summary['retractions_sent']} sent, "
            f"{summary['retractions_pending']} pending"
        )
    for title in summary.get("change_titles", []):
        console.print(f"  [bold]change[/bold] {escape(title)}", highlight=False)


def extraction_line(stats: dict[str, Any]) -> str:
    """One line on what a model engine did: calls, cache hits, failures, fallbacks, tokens."""
    failures = ", ".join(f"{code} {n}" for code, n in stats.get("failures", {}).items())
    backlog = stats.get("llm_backlog", 0)
    return (
        f"extraction: {stats['engine']} ({stats['model']}): {stats['calls']} calls, "
        f"{stats['cache_hits']} cache hits, {sum(stats['failures'].values())} failed"
        f"{f' ({failures})' if failures else ''}, {stats['fallbacks']} read by the rules "
        f"instead, {sum(stats['dropped'].values())} objects dropped, "
        f"{stats['tokens']['total']} tokens"
        + (f"; {backlog} items wait for the model" if backlog else "")
    )
