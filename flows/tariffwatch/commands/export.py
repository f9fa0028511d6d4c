"""`tariffwatch export`: the tables as Parquet or CSV files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    advance,
    app,
    config_from,
    out,
    out_option,
    print_json,
    progress_bar,
    reported,
)


@app.command("export")
def export_command(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="parquet or csv (with a header row).")
    ] = "parquet",
    out_dir: Annotated[Path, out_option("The folder to write into.")] = Path("export"),
    table: Annotated[
        list[str] | None,
        typer.Option("--table", "-t", help="Only this table (repeatable): items, facts, ..."),
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Export items, facts, state and changes to Parquet or CSV files, one per table.

    Example: tariffwatch export --format parquet --out export/
    """
    from tariffwatch.export import TABLES, export_tables

    tables = tuple(table or TABLES)
    with reported():
        cfg = config_from(config)
        with progress_bar("export", len(tables)) as bar:
            files = export_tables(
                cfg, out_dir, fmt, tables=tables, on_table=lambda t: advance(bar, t)
            )
    if as_json:
        print_json([{"table": f.table, "path": str(f.path), "rows": f.rows} for f in files])
        return
    for f in files:
        out.print(f"{f.table:8} {f.rows:>8} rows  {f.path}", highlight=False, markup=False)
