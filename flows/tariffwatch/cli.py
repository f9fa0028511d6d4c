"""The `tariffwatch` command. Each command parses its input, calls one function, reports.

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

from tariffwatch.config import SECRET_BLOCK_PREFIX, Config, load_config
from tariffwatch.errors import ConfigError, TariffwatchError

app = typer.Typer(
    help="Watch trade news; get one alert when a tariff rate or the state of trade talks changes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
alerts_app = typer.Typer(help="Alert routes: check that they work.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")

# Messages are never hard-wrapped: pipes and narrow terminals get whole lines.
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long

# Options shared by many commands, defined once.
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


@contextmanager
def _reported() -> Iterator[None]:
    """Turn tariffwatch's own errors into one line that says what to do."""
    try:
        yield
    except ConfigError as exc:
        err.print(f"[red]config error:[/red] {exc}", highlight=False, markup=True)
        raise typer.Exit(2) from None
    except TariffwatchError as exc:
        err.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(1) from None


def _config(path: Path | None) -> Config:
    return load_config(path)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")


# -- run -------------------------------------------------------------------------------------


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
    with _reported():
        cfg = _config(config)
        from tariffwatch.flows import run_monitor  # Prefect is slow to import: only here

        summary = run_monitor(cfg, force=force)
    if as_json:
        _print_json(summary)
        return
    from tariffwatch.show import print_summary

    print_summary(out, summary)


# -- extract ---------------------------------------------------------------------------------


EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="rules, llm or hybrid (default: [extract] engine of the config).",
        show_default=False,
    ),
]


@app.command("extract")
def extract_command(
    path: Annotated[
        str,
        typer.Argument(
            help="JSON lines {id, text, published?, title?} or a text file; - for stdin."
        ),
    ] = "-",
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Also print, on stderr, the engine, rule and words per fact."
        ),
    ] = False,
    engine: EngineOption = None,
    config: ConfigOption = None,
) -> None:
    """Print one JSON line per fact found in the input (what a fact is: docs/facts.md).

    Example: tariffwatch extract ../shared/extraction/dev.jsonl --engine hybrid --explain
    """
    from tariffwatch.engines import Story
    from tariffwatch.evaluation import engine_session, origin
    from tariffwatch.extract import explain_fact, fact_to_spec_json, read_documents
    from tariffwatch.show import extraction_line

    with _reported():
        cfg = _config(config)
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise TariffwatchError(f"cannot read {path}: {exc.strerror}") from None
        with stream, engine_session(cfg, engine) as reader:
            try:
                for doc in read_documents(stream):
                    story = Story(doc.id, doc.text, doc.title, doc.published)
                    reading = reader.read([story])[0]
                    for fact in reading.facts:
                        line = json.dumps(fact_to_spec_json(doc.id, fact), ensure_ascii=False)
                        sys.stdout.write(line + "\n")
                        if explain:  # on stderr: stdout stays valid JSON lines for score.py
                            sys.stderr.write(
                                f"{doc.id}: [{origin(reading)}] {explain_fact(fact)}\n"
                            )
            except ValueError as exc:
                raise TariffwatchError(f"{path}: {exc}") from None
            if reader.name != "rules":
                sys.stderr.write(extraction_line(reader.stats.as_dict()) + "\n")


# -- status and changes ----------------------------------------------------------------------


@app.command()
def status(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Show the current tariffs and negotiation statuses, with as-of dates and sources.

    Example: tariffwatch status --json
    """
    from tariffwatch import show

    with _reported():
        cfg = _config(config)
        data = show.status_data(cfg)
    if as_json:
        _print_json(data)
    else:
        show.print_status(out, data)


@app.command()
def changes(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    since: Annotated[int, typer.Option(help="Only changes after this sequence number.")] = 0,
) -> None:
    """List the recorded changes, oldest first.

    Example: tariffwatch changes --json
    """
    from tariffwatch import show

    with _reported():
        data = show.changes_data(_config(config), since=since)
    if as_json:
        _print_json(data)
    else:
        show.print_changes(out, data)


# -- alerts ----------------------------------------------------------------------------------


@alerts_app.command("test")
def alerts_test(config: ConfigOption = None) -> None:
    """Send a test message to every configured route and say which worked.

    Example: tariffwatch alerts test --config tariffwatch.toml
    """
    from tariffwatch.alerts import privacy_url, render_test_message, send
    from tariffwatch.errors import DeliveryError

    with _reported():
        cfg = _config(config)
    if not cfg.routes:
        out.print("No route is configured: alerts go to the console. Add a [[routes]] table.")
        return
    if any(r.url.startswith(SECRET_BLOCK_PREFIX) for r in cfg.routes):
        from tariffwatch.flows import resolve_route_secrets  # Prefect: only when needed

        cfg = resolve_route_secrets(cfg, on_error=lambda why: out.print(f"[red]FAIL[/red] {why}"))
    failed = 0
    message = render_test_message()
    for route in cfg.routes:
        try:
            send(route, message)
        except DeliveryError as exc:
            failed += 1
            out.print(f"[red]FAIL[/red] {route.name} ({privacy_url(route.url)}): {exc}")
        else:
            out.print(f"[green]ok[/green]   {route.name} ({privacy_url(route.url)})")
    if failed:
        raise typer.Exit(1)


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - entry point
    app(argv)


# Command groups, one module per area (they register themselves on `app`).
from tariffwatch.commands import (  # noqa: E402, F401
    core_extra,
    deadlines,
    engines,
    feeds,
    service,
    story,
)
