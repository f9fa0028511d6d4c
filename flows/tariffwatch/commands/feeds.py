"""`tariffwatch feeds ...`: list, add, remove, check, and OPML import/export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

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
from tariffwatch.errors import TariffwatchError
from tariffwatch.tables import Column, print_table

feeds_app = typer.Typer(
    help="The feeds in the config: list, add, remove, check, OPML import/export.",
    no_args_is_help=True,
)
app.add_typer(feeds_app, name="feeds")


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if hasattr(value, "strftime") else "—"


@feeds_app.command("list")
def list_feeds(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """The configured feeds, with their health from the database when there is one.

    Example: tariffwatch feeds list
    """
    from tariffwatch.feedadmin import feed_status

    with reported():
        rows, from_db = feed_status(config_from(config))
    if as_json:
        print_json(rows)
        return
    if not rows:
        out.print("No feed is configured. Add one with `tariffwatch feeds add NAME URL`.")
        return
    columns = (
        Column("name"),
        Column("url", minor=True),
        Column("on"),
        Column("errors", justify="right"),
        Column("last error", minor=True),
        Column("last success"),
        Column("next check"),
    )
    cells = []
    for r in rows:
        error = ": ".join(str(x) for x in (r["last_error_code"], r["last_error"]) if x)
        cells.append(
            [
                r["name"],
                r["url"],
                "yes" if r["enabled"] else "no",
                "—" if r["error_count"] is None else str(r["error_count"]),
                error[:80],
                _when(r["last_success"]),
                _when(r["next_check"]),
            ]
        )
    print_table(out, "Feeds", columns, cells)
    if not from_db:
        out.print("(no database yet: health shows after `tariffwatch run`)")


@feeds_app.command("add")
def add_feed(
    name: Annotated[str, typer.Argument(help="A unique name for the feed.")],
    url: Annotated[str, typer.Argument(help="http(s):// or file:// URL, or a local path.")],
    disabled: Annotated[
        bool, typer.Option("--disabled", help="Add it with enabled = false.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Append a feed table to the config file; comments and the rest stay as they are.

    Example: tariffwatch feeds add "WTO news" https://www.wto.org/library/rss/latest_news_e.xml
    """
    from tariffwatch.config import FeedConfig
    from tariffwatch.feedadmin import add_feeds, config_file

    with reported():
        path = config_file(config_from(config))
        add_feeds(path, [FeedConfig(name=name, url=url, enabled=not disabled)])
    out.print(f"added feed {name.strip()!r} to {path}", highlight=False, markup=False)


@feeds_app.command("remove")
def remove_feed(
    name: Annotated[str, typer.Argument(help="The name of the feed to remove.")],
    config: ConfigOption = None,
) -> None:
    """Delete exactly that feed's table from the config file.

    Its health stays in the database (harmless; it is shown again if the feed
    comes back with the same URL).

    Example: tariffwatch feeds remove "WTO news"
    """
    from tariffwatch.feedadmin import config_file
    from tariffwatch.feedadmin import remove_feed as remove

    with reported():
        path = config_file(config_from(config))
        feed = remove(path, name)
    out.print(f"removed feed {feed.name!r} ({feed.url}) from {path}", highlight=False, markup=False)


@feeds_app.command("check")
def check(
    names: Annotated[
        list[str] | None, typer.Argument(help="Only these feeds (default: every enabled one).")
    ] = None,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Fetch each feed once and report what it found: items, HTTP status, errors.

    A dry run: nothing is stored, no validators are sent and no backoff is
    applied. Exit code 1 when any feed failed.

    Example: tariffwatch feeds check
    """
    from tariffwatch.feedadmin import check_feeds

    with reported():
        cfg = config_from(config)
        count = len(names) if names else sum(1 for f in cfg.feeds if f.enabled)
        with progress_bar("checking feeds", count) as bar:
            results = check_feeds(cfg, names or (), on_result=lambda r: advance(bar, r.name))
    if as_json:
        print_json([r.to_json() for r in results])
    else:
        columns = (
            Column("name"),
            Column("result"),
            Column("items", justify="right"),
            Column("http"),
            Column("seconds", justify="right"),
            Column("error"),  # the code is what to act on: never cut
            Column("why", minor=True),
        )
        cells = [
            [
                r.name,
                r.outcome,
                str(r.items),
                str(r.http_status or "—"),
                f"{r.seconds:.2f}",
                r.error_code or "",
                r.error or "",
            ]
            for r in results
        ]
        if results:
            print_table(out, "Feed check", columns, cells)
        else:
            out.print("No enabled feed to check.")
    if any(r.outcome == "failed" for r in results):
        raise typer.Exit(1)


@feeds_app.command("import")
def import_opml(
    path: Annotated[Path, typer.Argument(help="An OPML file (from any feed reader).")],
    config: ConfigOption = None,
) -> None:
    """Add the feeds of an OPML file to the config; feeds already there are skipped.

    Example: tariffwatch feeds import feeds.opml
    """
    from tariffwatch.feedadmin import add_feeds, config_file
    from tariffwatch.opml import parse_opml

    with reported():
        target = config_file(config_from(config))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TariffwatchError(f"cannot read {path}: {exc.strerror or exc}") from None
        feeds, problems = parse_opml(data, source=str(path))
        added, skipped = add_feeds(target, feeds, skip_duplicates=True)
    for feed in added:
        out.print(f"added   {feed.name!r} {feed.url}", highlight=False, markup=False)
    for s in skipped:
        out.print(f"skipped {s.name!r}: {s.reason}", highlight=False, markup=False)
    for problem in problems:
        out.print(f"skipped {problem}", highlight=False, markup=False)
    out.print(
        f"{len(added)} feed(s) added to {target}, {len(skipped) + len(problems)} skipped",
        highlight=False,
    )


@feeds_app.command("export")
def export_opml(
    output: Annotated[str, out_option("The OPML file to write; - for stdout.")] = "-",
    config: ConfigOption = None,
) -> None:
    """Write the configured feeds as OPML 2.0, for any feed reader.

    Example: tariffwatch feeds export -o feeds.opml
    """
    from tariffwatch.opml import to_opml

    with reported():
        data = to_opml(config_from(config).feeds)
        if output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
            return
        try:
            Path(output).write_bytes(data)
        except OSError as exc:
            raise TariffwatchError(f"cannot write {output}: {exc.strerror or exc}") from None
    out.print(f"wrote {output}", highlight=False, markup=False)
