"""What every command shares: the app, the consoles, the options, error reporting.

Each command module imports from here (never from cli.py, which only gathers
the modules), so there is no import circle and no private name crosses modules.
Errors of the TariffwatchError tree become one line on stderr and exit code 1
(2 for a bad config), never a traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from tariffwatch.config import Config, load_config
from tariffwatch.errors import ConfigError, TariffwatchError

app = typer.Typer(
    help="Watch trade news; get one alert when a tariff rate or the state of trade talks changes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Messages are never hard-wrapped: pipes and narrow terminals get whole lines.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long

# Options shared by many commands: one spelling each, defined here only.
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        envvar="TARIFFWATCH_CONFIG",
        dir_okay=False,
        help="Config file (default: ./tariffwatch.toml; env TARIFFWATCH_CONFIG).",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="rules, llm or hybrid (default: [extract] engine of the config).",
        show_default=False,
    ),
]
CountryA = Annotated[str, typer.Argument(help="A country code, e.g. US.", show_default=False)]
CountryB = Annotated[str, typer.Argument(help="The other country code, e.g. CN.")]
RefreshLlmOption = Annotated[
    bool, typer.Option("--refresh-llm", help="With a model engine: ask it again, not its cache.")
]


def out_option(help: str) -> Any:
    """`-o/--out`, the one spelling of "where to write"; only the help differs per command."""
    return typer.Option("--out", "-o", help=help)


@contextmanager
def reported() -> Iterator[None]:
    """Turn tariffwatch's own errors into one line that says what to do."""
    try:
        yield
    except ConfigError as exc:
        err.print(f"[red]config error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(2) from None
    except TariffwatchError as exc:
        err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)
        raise typer.Exit(1) from None


def config_from(path: Path | None) -> Config:
    """The config a command runs with: --config, TARIFFWATCH_CONFIG or ./tariffwatch.toml."""
    return load_config(path)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")


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


def advance(bar: Progress, text: str | None = None) -> None:
    task = bar.task_ids[0]
    bar.update(task, advance=1, description=text or None)  # None: keep the description
