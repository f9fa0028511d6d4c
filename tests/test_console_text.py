"""Text that comes from feeds, configs and errors is printed as is: rich never reads it as markup.

A feed name "[wire] Reuters", a config error naming the `[seeds]` table or a change
title with brackets used to lose the bracketed words on the console.
"""

from __future__ import annotations

from io import StringIO

from rich.console import Console
from typer.testing import CliRunner

from tariffwatch.cli import app
from tariffwatch.show import print_summary


def _summary() -> dict[str, object]:
    return {
        "feeds_ok": 1,
        "feeds_not_modified": 0,
        "feeds_skipped": 0,
        "feeds_failed": {"[wire] trade": "HTTP 500 from [upstream]"},
        "seed_problems": ["[seeds] path = 'nowhere' is not a folder"],
        "items_new": 1,
        "items_seen": 1,
        "facts": 1,
        "changes": 1,
        "alerts_sent": 0,
        "alerts_failed": 1,
        "alerts_pending": 1,
        "routes": {},
        "route_errors": {"[ops] hook": "bad token [bold]"},
        "change_titles": ["[tariff] US -> CN 30% (was 145%)"],
    }


def test_the_run_summary_prints_bracketed_names_and_reasons_whole():
    buffer = StringIO()
    print_summary(Console(file=buffer, width=200), _summary())
    printed = buffer.getvalue()
    for text in (
        "failed [wire] trade: HTTP 500 from [upstream]",
        "seeds [seeds] path = 'nowhere' is not a folder",
        "route down [ops] hook: bad token [bold]",
        "change [tariff] US -> CN 30% (was 145%)",
    ):
        assert text in printed


def test_a_config_error_naming_a_table_keeps_the_table_name(tmp_path):
    config = tmp_path / "tariffwatch.toml"
    config.write_text("seeds = 3\n")
    result = CliRunner().invoke(app, ["status", "--config", str(config)])
    assert result.exit_code == 2
    assert "expected a table, like [seeds]" in result.stderr


def test_alerts_test_without_routes_names_the_routes_table(tmp_path):
    config = tmp_path / "tariffwatch.toml"
    config.write_text(f'[storage]\npath = "{tmp_path / "tw.duckdb"}"\n')
    result = CliRunner().invoke(app, ["alerts", "test", "--config", str(config)])
    assert result.exit_code == 0, result.stderr
    assert "Add a [[routes]] table." in result.stdout
