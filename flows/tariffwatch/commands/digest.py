"""`tariffwatch digest`: send the digest routes their summaries now."""

from __future__ import annotations

import typer
from rich.markup import escape

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
def digest(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Send each digest route one summary of its changes since its last digest, now.

    A route with nothing new gets nothing.

    Example: tariffwatch digest --config tariffwatch.toml
    """
    with reported():
        cfg = config_from(config)
        from tariffwatch.flows import run_digest

        report = run_digest(cfg)
    if as_json:
        print_json(report)
        return
    for route, count in report["sent"].items():
        out.print(f"[green]sent[/green]  {escape(route)}: {count} change(s)", highlight=False)
    for route in report["empty"]:
        out.print(f"none  {route}: nothing new", highlight=False, markup=False)
    for route, error in report["errors"].items():
        out.print(f"[red]FAIL[/red]  {escape(route)}: {escape(str(error))}", highlight=False)
    for route, rest in report.get("resting", {}).items():
        waiting = report.get("pending", {}).get(route, 0)
        out.print(
            f"rest  {route}: {rest}; {waiting} change(s) wait for it, then go out in one digest",
            highlight=False,
            markup=False,
        )
    if not (report["sent"] or report["empty"] or report["errors"] or report.get("resting")):
        out.print('No route has mode = "digest".')
    if report["errors"]:
        raise typer.Exit(1)
