"""`tariffwatch changes`: the recorded changes, oldest first."""

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
