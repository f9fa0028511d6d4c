"""The story of one country pair: every rate and talks change, oldest first.

`pair_history(config, "US", "CN")` reads the changes of both directions
(US on CN goods, CN on US goods) and the pair's talks; `print_history`
shows them as one timeline. The chart and the HTML report read the same rows.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from rich.console import Console

from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.show import open_existing_store
from tariffwatch.store import Store
from tariffwatch.tables import Column, print_table

_CODE = re.compile(r"^[A-Z]{2}$")


def country_pair(a: str, b: str) -> tuple[str, str]:
    """Two distinct codes, upper-cased, in the order given; a clear error otherwise."""
    codes = (a.strip().upper(), b.strip().upper())
    for code, given in zip(codes, (a, b), strict=True):
        if not _CODE.match(code):
            raise TariffwatchError(
                f"{given!r} is not a country code; give two-letter codes like US CN (or EU)"
            )
    if codes[0] == codes[1]:
        raise TariffwatchError(f"give two different countries, not {codes[0]} twice")
    return codes


def pair_history(config: Config, a: str, b: str) -> list[dict[str, Any]]:
    """The timeline of the pair as plain rows (see `timeline_row`), oldest first."""
    a, b = country_pair(a, b)
    with open_existing_store(config) as store:
        return timeline(store, a, b)


def timeline(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    """The same rows from an open store (the report reads several pairs in one go)."""
    return [timeline_row(row) for row in store.pair_history(a, b)]


def timeline_row(row: dict[str, Any]) -> dict[str, Any]:
    """One change as a timeline entry: who, what moved, when, and who said so."""
    kind = row["kind"]
    track = str(row["state_key"]).split(":", 1)[0]  # tariff | threat | negotiation
    parties = tuple((row.get("parties") or "").split(",")) if kind == "negotiation" else ()
    return {
        "seq": row["seq"],
        "date": row["published"],
        "kind": kind,
        "track": "talks" if kind == "negotiation" else ("threat" if track == "threat" else "rate"),
        "imposer": row.get("imposer"),
        "target": row.get("target"),
        "scope": row.get("scope"),
        "parties": list(parties),
        "old_rate": row.get("old_rate"),
        "new_rate": row.get("new_rate"),
        "old_status": row.get("old_status"),
        "new_status": row["new_status"],
        "effective": row.get("effective"),
        "expires": row.get("expires"),
        "detected_at": row.get("detected_at"),
        "sources": list(row.get("sources") or ()),
        "evidence": row.get("evidence") or "",
    }


def describe(entry: dict[str, Any]) -> str:
    """A one-line account: 'US on CN goods (all goods): 145% → 30%, in effect'."""
    if entry["kind"] == "negotiation":
        who = "–".join(entry["parties"]) + " talks"
        old = entry["old_status"] or "—"
        return f"{who}: {old} → {entry['new_status']}"
    who = f"{entry['imposer']} on {entry['target']} goods ({entry['scope']})"
    status = entry["new_status"].replace("_", " ")
    if entry["track"] == "threat":
        status = "threatened"
    text = f"{who}: {rate_text(entry['old_rate'])} → {rate_text(entry['new_rate'])}, {status}"
    if entry["expires"]:
        text += f" until {entry['expires']}"
    return text


def rate_text(value: float | None) -> str:
    return "—" if value is None else f"{value:g}%"


def day(value: Any) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    return str(value) if value else "—"


HISTORY_COLUMNS = (
    Column("date"),
    Column("kind"),
    Column("who"),
    Column("scope", minor=True),
    Column("old"),
    Column("new"),
    Column("status"),
    Column("sources", minor=True),
)


def history_cells(e: dict[str, Any]) -> list[str]:
    if e["kind"] == "negotiation":
        who, old, new = "–".join(e["parties"]), e["old_status"] or "—", e["new_status"]
        status = "talks"
    else:
        who = f"{e['imposer']} → {e['target']}"
        old, new = rate_text(e["old_rate"]), rate_text(e["new_rate"])
        status = "threatened" if e["track"] == "threat" else e["new_status"]
    return [
        day(e["date"]),
        e["kind"],
        who,
        e["scope"] or "",
        old,
        new,
        status,
        "\n".join(e["sources"][:3]),
    ]


def print_history(console: Console, a: str, b: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        console.print(f"No change recorded between {a} and {b} yet.")
        return
    title = f"{a}–{b}: every rate and talks change, oldest first"
    print_table(console, title, HISTORY_COLUMNS, [history_cells(e) for e in rows])
