"""Commands that re-process what is stored: rebuild."""

from __future__ import annotations

from typing import Annotated

import typer

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    RefreshLlmOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)


@app.command()
def rebuild(
    config: ConfigOption = None,
    alert_new: Annotated[
        bool,
        typer.Option("--alert-new", help="Alert changes the new rules find that were never seen."),
    ] = False,
    refresh_llm: RefreshLlmOption = False,
    as_json: JsonOption = False,
) -> None:
    """Re-extract every stored item with the current rules and rebuild state and changes.

    Changes already alerted are never alerted again; changes the new rules
    find for the first time are recorded without an alert unless --alert-new.

    Example: tariffwatch rebuild
    """
    from tariffwatch.pipeline import rebuild as rebuild_all

    with reported():
        report = rebuild_all(config_from(config), alert_new=alert_new, refresh_llm=refresh_llm)
    if as_json:
        print_json(report)
    else:
        out.print(
            f"re-extracted {report['items']} items: {report['facts']} facts, "
            f"{report['changes']} changes ({report['new_changes']} not seen before, "
            f"{'queued for alerting' if alert_new else 'recorded without alert'})"
        )
        if "extraction" in report:
            from tariffwatch.show import extraction_line

            out.print(extraction_line(report["extraction"]), highlight=False)
