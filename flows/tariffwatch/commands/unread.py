"""`tariffwatch unread`: rate mentions no fact was read for, newest first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import typer
from rich.console import Console

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)
from tariffwatch.config import Config
from tariffwatch.model import Fact, UnreadMention
from tariffwatch.tables import Column, print_table


def unread_data(config: Config, *, days: int | None, now: datetime) -> list[dict[str, Any]]:
    """The unread rate mentions of the items published in the last `days` days (all
    if None), newest first: one row per sentence, its rates in reading order.

    Listed when asked, from each item's stored text and facts, not in the cycle: a
    first run over a backlog would pay for thousands of lists no one reads.
    """
    from tariffwatch.extract import unread_mentions
    from tariffwatch.show import open_existing_store

    since = datetime.min.replace(tzinfo=UTC) if days is None else now - timedelta(days=days)
    with open_existing_store(config) as store:
        items = store.items_published_since(since)
        facts: dict[str, list[Fact]] = {}
        for sourced in store.facts_for_items([item.key for item in items]):
            facts.setdefault(sourced.item_key, []).append(sourced.fact)
    rows: list[dict[str, Any]] = []
    for item in items:
        mentions = unread_mentions(
            item.text,
            facts.get(item.key, []),
            title=item.title or None,
            aliases=config.aliases or None,
        )
        by_sentence: dict[str, list[UnreadMention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        rows += [
            {
                "published": item.published,
                "source": item.source,
                "rates": [{"value": m.value, "text": m.text} for m in told],
                "countries": list(dict.fromkeys(c for m in told for c in m.countries)),
                "sentence": sentence,
                "link": item.link,
                "item_key": item.key,
            }
            for sentence, told in by_sentence.items()
        ]
    return rows


UNREAD_COLUMNS = (
    Column("published"),
    Column("source", minor=True),
    Column("rate"),
    Column("countries"),
    Column("sentence"),
    Column("link", minor=True),
)


def unread_cells(r: dict[str, Any]) -> list[str]:
    return [
        r["published"].date().isoformat(),
        r["source"],
        ", ".join(x["text"] for x in r["rates"]),
        " ".join(r["countries"]),
        r["sentence"],
        r["link"] or "",
    ]


def print_unread(console: Console, rows: list[dict[str, Any]], *, days: int | None) -> None:
    when = "" if days is None else f" in the last {days} day{'s' if days != 1 else ''}"
    if not rows:
        console.print(f"No rate mention left unread{when}.")
        return
    count = sum(len(r["rates"]) for r in rows)
    title = f"{count} rate mention(s){when} no fact was read for, newest first (never alerted)"
    print_table(console, title, UNREAD_COLUMNS, [unread_cells(r) for r in rows])


@app.command()
def unread(
    config: ConfigOption = None,
    as_json: JsonOption = False,
    since: Annotated[
        int | None,
        typer.Option(
            "--since",
            min=0,
            metavar="DAYS",
            help="Only items published in the last DAYS days (default: all).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """List rates in tariff sentences that no fact was read for, newest first.

    A sentence with a tariff word, a percentage and a country that gave no
    fact for that percentage: the rules could not read it. Kept for a human to
    review; never an alert, never a change, never in the state.

    Example: tariffwatch unread --since 30 --json
    """
    with reported():
        rows = unread_data(config_from(config), days=since, now=datetime.now(UTC))
    if as_json:
        print_json(rows)
    else:
        print_unread(out, rows, days=since)
