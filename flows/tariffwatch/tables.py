"""Tables that fit the terminal by folding the least important columns first.

rich shrinks every column alike when a table is too wide, so at 80 columns a
status became "in_effe…" and a date "2025-0…", the first things a reader needs.
Here each column is either key (status, rate, dates, who: wrapped at spaces,
never cut inside a word) or minor (sources, scope, errors: folded anywhere,
shrunk first). When even the key columns' longest words do not fit, the table
is printed wider than the terminal rather than cut: a long line stays readable,
a cut word does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table
from rich.text import Text

MINOR_READABLE = 16  # a minor column keeps this much while key columns can wrap
MINOR_FLOOR = 5  # narrower, a folded column is noise: the table grows wider instead


@dataclass(frozen=True)
class Column:
    name: str
    minor: bool = False  # folded and shrunk first: sources, scope, free text
    justify: str = "left"


def _line_width(cell: str) -> int:
    return max((len(line) for line in cell.split("\n")), default=0)


def _word_width(cell: str) -> int:
    return max((len(word) for word in cell.split()), default=0)


def fit_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> list[int]:
    """The width of each column so the table fits `width` (borders included) if it can."""
    cells = [[c.name, *(row[i] for row in rows)] for i, c in enumerate(columns)]
    natural = [max(_line_width(x) for x in col) for col in cells]
    words = [max(_word_width(x) for x in col) for col in cells]
    # A key column's data on one line, its header wrapped ("on goods of").
    data = [
        max(max((_line_width(x) for x in col[1:]), default=0), _word_width(col[0])) for col in cells
    ]
    budget = width - (3 * len(columns) + 1)  # a border and two padding spaces per column
    widths = list(natural)
    # Minor columns give way first, but keep a readable width while the key ones
    # can still wrap their headers, then their cells at spaces; then the minor
    # ones go down to MINOR_FLOOR.
    readable = [min(n, MINOR_READABLE) for n in natural]
    phases = (
        [r if c.minor else n for c, n, r in zip(columns, natural, readable, strict=True)],
        [r if c.minor else d for c, d, r in zip(columns, data, readable, strict=True)],
        [r if c.minor else w for c, w, r in zip(columns, words, readable, strict=True)],
        [
            min(n, MINOR_FLOOR) if c.minor else w
            for c, n, w in zip(columns, natural, words, strict=True)
        ],
    )
    for floor in phases:
        while sum(widths) > budget:
            shrinkable = [i for i in range(len(columns)) if widths[i] > floor[i]]
            if not shrinkable:
                break
            widest = max(shrinkable, key=lambda i: widths[i] - floor[i])
            widths[widest] -= 1
    return widths


def fitted_table(
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[str]],
    *,
    width: int,
) -> Table:
    """A rich Table of plain-text cells whose key columns are never cut inside a word."""
    widths = fit_widths(columns, rows, width)
    table = Table(title=title, title_justify="left", width=sum(widths) + 3 * len(columns) + 1)
    for c, w in zip(columns, widths, strict=True):
        table.add_column(
            c.name,
            width=w,
            overflow="fold" if c.minor else "ellipsis",
            justify=c.justify,  # type: ignore[arg-type]
        )
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))  # cells are data, never markup
    return table


def print_table(
    console: Console, title: str, columns: Sequence[Column], rows: Sequence[Sequence[str]]
) -> None:
    # crop=False: a table that cannot fit is printed wider, never cut at the terminal edge.
    console.print(fitted_table(title, columns, rows, width=console.width), crop=False)
