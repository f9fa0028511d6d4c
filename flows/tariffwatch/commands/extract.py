"""`tariffwatch extract`: the facts an engine finds in text, as JSON lines."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from tariffwatch.commands.shared import ConfigOption, EngineOption, app, config_from, reported
from tariffwatch.errors import TariffwatchError


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

    A document the engine cannot read is named on stderr and the others are still
    read; the command then exits with status 1.

    Example: tariffwatch extract ../shared/extraction/dev.jsonl --engine hybrid --explain
    """
    from tariffwatch.engines import Story
    from tariffwatch.evaluation import engine_session, origin
    from tariffwatch.extract import explain_fact, fact_to_spec_json, read_documents
    from tariffwatch.show import extraction_line

    with reported():
        cfg = config_from(config)
        try:
            stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise TariffwatchError(f"cannot read {path}: {exc.strerror}") from None
        unreadable: list[str] = []
        with stream, engine_session(cfg, engine) as reader:
            try:
                for doc in read_documents(stream):
                    story = Story(doc.id, doc.text, doc.title, doc.published)
                    reading = reader.read([story])[0]
                    if reading.error:  # the rest is still read: one document loses nothing else
                        unreadable.append(doc.id)
                        sys.stderr.write(f"error: {doc.id}: not read: {reading.error}\n")
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
        if unreadable:  # a scored file missing documents must not look like a clean run
            raise TariffwatchError(
                f"{len(unreadable)} document(s) not read ({', '.join(unreadable[:5])}"
                f"{', ...' if len(unreadable) > 5 else ''}): the rules raised; "
                "please report it with the document's text"
            )
