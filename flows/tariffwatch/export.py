"""Export the store's main tables to Parquet or CSV files, with DuckDB's own COPY.

    files = export_tables(config, "data/export", "parquet")
    # data/export/items.parquet, facts.parquet, state.parquet, changes.parquet

Each file is written to a temporary name and renamed into place, so a reader
never sees half a file. The statements are sql/queries/export_<table>.sql.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tariffwatch.config import Config
from tariffwatch.errors import TariffwatchError
from tariffwatch.show import open_existing_store

TABLES: tuple[str, ...] = ("items", "facts", "state", "changes")
FORMATS: tuple[str, ...] = ("parquet", "csv")


@dataclass(frozen=True, slots=True)
class ExportedFile:
    table: str
    path: Path
    rows: int
    bytes: int


def export_tables(
    config: Config,
    out_dir: str | Path,
    fmt: str = "parquet",
    *,
    tables: Sequence[str] = TABLES,
    on_table: Callable[[str], None] | None = None,
) -> list[ExportedFile]:
    """Write each table to OUT_DIR/<table>.<fmt>; `on_table(name)` after each (progress)."""
    if fmt not in FORMATS:
        raise TariffwatchError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    unknown = [t for t in tables if t not in TABLES]
    if unknown:
        raise TariffwatchError(
            f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}"
        )
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TariffwatchError(f"cannot create {out}: {exc.strerror or exc}") from None
    written: list[ExportedFile] = []
    with open_existing_store(config) as store:
        counts = store.row_counts()
        for table in tables:
            final = out / f"{table}.{fmt}"
            partial = out / f".{table}.partial.{fmt}"  # the extension picks the format
            try:
                store.export_table(table, partial)
                os.replace(partial, final)
            except OSError as exc:
                partial.unlink(missing_ok=True)
                raise TariffwatchError(f"cannot write {final}: {exc.strerror or exc}") from None
            except Exception as exc:  # duckdb.IOException and friends: name the file
                partial.unlink(missing_ok=True)
                raise TariffwatchError(f"cannot write {final}: {exc}") from None
            written.append(ExportedFile(table, final, counts[table], final.stat().st_size))
            if on_table:
                on_table(table)
    return written
