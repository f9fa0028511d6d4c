"""The tariff story at a glance: history, chart, report, export."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from tariffwatch.cli import ConfigOption, JsonOption, _config, _print_json, _reported, app, err, out

CountryA = Annotated[str, typer.Argument(help="A country code, e.g. US.", show_default=False)]
CountryB = Annotated[str, typer.Argument(help="The other country code, e.g. CN.")]


@contextmanager
def progress_bar(description: str, total: int) -> Iterator[Progress]:
    """A rich progress bar on stderr, shown only in a terminal (quiet in scripts and CI)."""
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with bar:
        bar.add_task(description, total=total)
        yield bar


def _advance(bar: Progress, text: str | None = None) -> None:
    task = bar.task_ids[0]
    bar.update(task, advance=1, description=text or None)  # None: keep the description


@app.command()
def history(
    a: CountryA,
    b: CountryB,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every rate and talks change between two countries, both directions, oldest first.

    Example: tariffwatch history US CN
    """
    from tariffwatch.history import country_pair, pair_history, print_history

    with _reported():
        a, b = country_pair(a, b)
        rows = pair_history(_config(config), a, b)
    if as_json:
        _print_json(rows)
    else:
        print_history(out, a, b, rows)


@app.command()
def chart(
    a: CountryA,
    b: CountryB,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The image to write, .png or .svg (default A-B.png)."),
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Draw a step chart of the tariff rates both ways over time, with the talks marked.

    Example: tariffwatch chart US CN -o chart.png
    """
    from tariffwatch.chart import write_chart
    from tariffwatch.history import country_pair

    with _reported():
        a, b = country_pair(a, b)
        path = output or Path(f"{a}-{b}.png")
        result = write_chart(_config(config), a, b, path)
    out.print(
        f"wrote {path}: {result.series} rate line(s), {result.threats} threat(s), "
        f"{result.events} talks event(s)",
        highlight=False,
    )


@app.command()
def report(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write.")] = Path(
        "report.html"
    ),
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

    with _reported():
        cfg = _config(config)
        with progress_bar("report", step_count(pairs)) as bar:
            path = write_report(
                cfg, output, pairs=pairs, changes=changes, on_step=lambda s: _advance(bar, s)
            )
    out.print(f"wrote {path}", highlight=False)


@app.command("export")
def export_command(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="parquet or csv (with a header row).")
    ] = "parquet",
    out_dir: Annotated[
        Path, typer.Option("--out", "-d", file_okay=False, help="The folder to write into.")
    ] = Path("export"),
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
    with _reported():
        cfg = _config(config)
        with progress_bar("export", len(tables)) as bar:
            files = export_tables(
                cfg, out_dir, fmt, tables=tables, on_table=lambda t: _advance(bar, t)
            )
    if as_json:
        _print_json([{"table": f.table, "path": str(f.path), "rows": f.rows} for f in files])
        return
    for f in files:
        out.print(f"{f.table:8} {f.rows:>8} rows  {f.path}", highlight=False)
