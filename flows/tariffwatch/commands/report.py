"""`tariffwatch report`: the whole story on one HTML page."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tariffwatch.commands.shared import (
    ConfigOption,
    advance,
    app,
    config_from,
    out,
    out_option,
    progress_bar,
    reported,
)


@app.command()
def report(
    output: Annotated[Path, out_option("The HTML file to write.")] = Path("report.html"),
    pairs: Annotated[int, typer.Option("--pairs", min=0, help="Charts of this many pairs.")] = 4,
    changes: Annotated[
        int, typer.Option("--changes", min=0, help="Show this many latest changes.")
    ] = 40,
    config: ConfigOption = None,
) -> None:
    """Write one self-contained HTML page: state, charts, latest changes, feed health.

    Example: tariffwatch report -o report.html
    """
    from tariffwatch.htmlreport import step_count, write_report

    with reported():
        cfg = config_from(config)
        with progress_bar("report", step_count(pairs)) as bar:
            path = write_report(
                cfg, output, pairs=pairs, changes=changes, on_step=lambda s: advance(bar, s)
            )
    out.print(f"wrote {path}", highlight=False, markup=False)
