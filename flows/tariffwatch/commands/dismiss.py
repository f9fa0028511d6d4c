"""`tariffwatch dismiss`: say an alert was wrong (or, with --undo, that it was not)."""

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
from tariffwatch.dismissals import DEFAULT_DAYS


@app.command()
def dismiss(
    change_id: Annotated[
        str,
        typer.Argument(
            help="The change's id as `tariffwatch changes --json` shows it, or its first "
            "8 characters or more.",
            show_default=False,
        ),
    ],
    config: ConfigOption = None,
    reason: Annotated[
        str | None, typer.Option("--reason", help="Why it was wrong: told to the routes.")
    ] = None,
    days: Annotated[
        int,
        typer.Option(
            "--days",
            min=0,
            help="Silence the same reading for this many days from the change's "
            "publication (0: only this change).",
        ),
    ] = DEFAULT_DAYS,
    undo: Annotated[
        bool, typer.Option("--undo", help="Remove the dismissal of CHANGE_ID instead.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Dismiss a wrong alert: the state goes back, routes that got it are told, the
    same reading is silenced for a while.

    Example: tariffwatch dismiss 3f9c2a7be1 --reason "the 50% was the EU's, not the US's"
    """
    from tariffwatch.dismiss import dismiss as dismiss_change
    from tariffwatch.dismiss import dismiss_line
    from tariffwatch.dismiss import undo as undo_dismissal

    with reported():
        cfg = config_from(config)
        if undo:
            report = undo_dismissal(cfg, change_id)
        else:
            report = dismiss_change(cfg, change_id, reason=reason, days=days)
    if as_json:
        print_json(report)
    else:
        out.print(dismiss_line(report), highlight=False, markup=False)
