"""`tariffwatch status` and `tariffwatch changes`: the state and how it got there."""

from __future__ import annotations

from typing import Annotated

import typer

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)


@app.command()
def status(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Show the current tariffs and negotiation statuses, with as-of dates and sources.

    Example: tariffwatch status --json
    """
    from tariffwatch import show

    with reported():
        data = show.status_data(config_from(config))
    if as_json:
        print_json(data)
    else:
        show.print_status(out, data)


@app.command()
def changes(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    since: Annotated[int, typer.Option(help="Only changes after this sequence number.")] = 0,
) -> None:
    """List the recorded changes, oldest first.

    Example: tariffwatch changes --since 10 --json
    """
    from tariffwatch import show

    with reported():
        data = show.changes_data(config_from(config), since=since)
    if as_json:
        print_json(data)
    else:
        show.print_changes(out, data)
