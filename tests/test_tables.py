"""Tables fit the terminal by folding the least important columns, never cutting key words."""

from __future__ import annotations

import io

from rich.console import Console

from tariffwatch.tables import Column, fit_widths, print_table

COLUMNS = (
    Column("imposer"),
    Column("scope", minor=True),
    Column("rate"),
    Column("status"),
    Column("as of"),
    Column("sources", minor=True),
)
ROW = [
    "US",
    "steel and aluminium products of every kind",
    "25% (was 10%)",
    "in_effect (as scheduled) until 2026-01-01",
    "2025-04-05",
    "https://www.reuters.com/world/us/a-very-long-article-slug-2025-04-05/",
]


def rendered(width: int, rows: list[list[str]]) -> list[str]:
    console = Console(width=width, file=io.StringIO(), soft_wrap=True, color_system=None)
    print_table(console, "Tariffs", COLUMNS, rows)
    return console.file.getvalue().splitlines()  # type: ignore[attr-defined]


def test_a_table_that_fits_keeps_every_column_at_its_natural_width():
    widths = fit_widths(COLUMNS, [ROW], 400)
    assert widths == [max(len(c.name), len(cell)) for c, cell in zip(COLUMNS, ROW, strict=True)]


def test_at_80_columns_the_minor_columns_give_way_and_the_key_ones_stay_whole():
    widths = fit_widths(COLUMNS, [ROW], 80)
    assert sum(widths) + 3 * len(COLUMNS) + 1 == 80
    assert widths[2] >= len("(was") and widths[4] == len("2025-04-05")
    assert widths[3] >= len("in_effect") and widths[5] >= 5  # sources folded, not gone
    lines = rendered(80, [ROW])
    text = "\n".join(lines)
    assert max(len(line) for line in lines) == 80
    assert "…" not in text
    for word in ("in_effect", "scheduled)", "until", "2026-01-01", "2025-04-05", "25%", "10%)"):
        assert word in text.split(), word


def test_minor_columns_give_way_before_key_columns_wrap():
    # Room for the key columns whole once scope and sources fold: none of them wraps.
    row = [*ROW[:5], "https://news.example/" + "x" * 60]
    widths = fit_widths(COLUMNS, [row], 160)
    natural = [max(len(c.name), len(cell)) for c, cell in zip(COLUMNS, row, strict=True)]
    key = [i for i, c in enumerate(COLUMNS) if not c.minor]
    assert [widths[i] for i in key] == [natural[i] for i in key]
    assert widths[1] < natural[1] and widths[5] < natural[5]


def test_too_narrow_a_terminal_gets_a_wider_table_not_a_cut_word():
    lines = rendered(40, [ROW])
    text = "\n".join(lines)
    assert "…" not in text
    assert max(len(line) for line in lines) > 40  # wider than asked, every key word whole
    for word in ("in_effect", "2026-01-01", "2025-04-05"):
        assert word in text.split(), word


def test_cells_are_data_not_markup():
    text = "\n".join(rendered(120, [[*ROW[:5], "[bold]not markup[/bold]"]]))
    assert "[bold]not" in text
