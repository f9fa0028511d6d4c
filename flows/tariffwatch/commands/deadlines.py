"""`tariffwatch deadlines`: what takes effect or expires next."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

import typer
from rich.console import Console

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)
from tariffwatch.config import Config
from tariffwatch.deadlines import DEFAULT_DAYS, deadline_row, upcoming
from tariffwatch.tables import Column, print_table


def deadlines_data(config: Config, *, days: int, today: date) -> list[dict[str, Any]]:
    """The upcoming deadlines of the stored state as rows, soonest first."""
    from tariffwatch.show import open_existing_store

    with open_existing_store(config) as store:
        state = store.all_state()
    return [deadline_row(d) for d in upcoming(state, today=today, days=days)]


DEADLINE_COLUMNS = (
    Column("date"),
    Column("in"),
    Column("what"),
    Column("who"),
    Column("scope", minor=True),
    Column("rate"),
    Column("status"),
    Column("sources", minor=True),
)


def deadline_cells(r: dict[str, Any]) -> list[str]:
    left = r["days_left"]
    return [
        r["date"],
        f"{left} day{'s' if left != 1 else ''}",
        r["what"],
        f"{r['imposer']} → {r['target']}",
        r["scope"] or "",
        "—" if r["rate"] is None else f"{r['rate']:g}%",
        str(r["status"]).replace("_", " "),
        "\n".join(r["sources"][:3]),
    ]


def print_deadlines(console: Console, rows: list[dict[str, Any]], *, days: int) -> None:
    if not rows:
        console.print(f"No effective date or expiry in the next {days} days.")
        return
    title = f"Deadlines in the next {days} days, soonest first"
    print_table(console, title, DEADLINE_COLUMNS, [deadline_cells(r) for r in rows])


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
    with reported():
        rows = deadlines_data(config_from(config), days=days, today=datetime.now(UTC).date())
    if as_json:
        print_json(rows)
    else:
        print_deadlines(out, rows, days=days)
