"""`tariffwatch run`: one monitor cycle."""

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
def run(
    config: ConfigOption = None,
    force: Annotated[
        bool, typer.Option("--force", help="Fetch every feed now, without validators or backoff.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Run one monitor cycle as a Prefect flow: fetch, store, extract, fold, alert.

    Example: tariffwatch run --config tariffwatch.toml
    """
    with reported():
        cfg = config_from(config)
        from tariffwatch.flows import run_monitor  # Prefect is slow to import: only here

        summary = run_monitor(cfg, force=force)
    if as_json:
        print_json(summary)
        return
    from tariffwatch.show import print_summary

    print_summary(out, summary)
