"""`tariffwatch deadlines`: what takes effect or expires next."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from tariffwatch.cli import ConfigOption, JsonOption, _config, _print_json, _reported, app, out
from tariffwatch.config import Config
from tariffwatch.deadlines import DEFAULT_DAYS, deadline_row, upcoming


def deadlines_data(config: Config, *, days: int, today: date) -> list[dict[str, Any]]:
    """The upcoming deadlines of the stored state as rows, soonest first."""
    from tariffwatch.show import _open as open_existing_store

    with open_existing_store(config) as store:
        state = store.all_state()
    return [deadline_row(d) for d in upcoming(state, today=today, days=days)]


def print_deadlines(console: Console, rows: list[dict[str, Any]], *, days: int) -> None:
    if not rows:
        console.print(f"No effective date or expiry in the next {days} days.")
        return
    table = Table(title=f"Deadlines in the next {days} days, soonest first", title_justify="left")
    for column in ("date", "in", "what", "who", "scope", "rate", "status", "sources"):
        table.add_column(column)
    for r in rows:
        left = r["days_left"]
        table.add_row(
            r["date"],
            f"{left} day{'s' if left != 1 else ''}",
            r["what"],
            f"{r['imposer']} → {r['target']}",
            r["scope"] or "",
            "—" if r["rate"] is None else f"{r['rate']:g}%",
            str(r["status"]).replace("_", " "),
            "\n".join(r["sources"][:3]),
        )
    console.print(table)


@app.command()
def deadlines(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    days: Annotated[
        int, typer.Option("--days", min=0, help="How many days ahead to look.")
    ] = DEFAULT_DAYS,
) -> None:
    """List the effective dates and expiries ahead, soonest first, with days left.

    Example: tariffwatch deadlines --days 90 --json
    """
    with _reported():
        rows = deadlines_data(_config(config), days=days, today=datetime.now(UTC).date())
    if as_json:
        _print_json(rows)
    else:
        print_deadlines(out, rows, days=days)
