"""`tariffwatch evaluate`: score an extraction engine on a labelled set."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tariffwatch.commands.shared import (
    ConfigOption,
    EngineOption,
    JsonOption,
    RefreshLlmOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)
from tariffwatch.errors import TariffwatchError


@app.command()
def evaluate(
    labelled_set: Annotated[
        Path,
        typer.Argument(
            help="A labelled set: JSON lines in the format of shared/extraction/train.jsonl.",
            dir_okay=False,
        ),
    ],
    engine: EngineOption = None,
    refresh_llm: RefreshLlmOption = False,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Score an engine on a labelled set: P/R/F1 per fact kind, accuracy, every miss.

    Also: status and current accuracy, and the distractors it kept clean.

    Example: tariffwatch evaluate my-labelled-news.jsonl --engine hybrid
    """
    from tariffwatch.evaluation import engine_session, evaluate, read_cases, render

    with reported():
        cfg = config_from(config)
        try:
            with labelled_set.open(encoding="utf-8") as fh:
                cases = read_cases(fh, str(labelled_set))
        except OSError as exc:
            raise TariffwatchError(f"cannot read {labelled_set}: {exc.strerror}") from None
        except ValueError as exc:
            raise TariffwatchError(str(exc)) from None
        with engine_session(cfg, engine, refresh=refresh_llm) as reader:
            result = evaluate(cases, reader)
    if as_json:
        print_json(result)
        return
    for line in render(result):
        out.print(line, highlight=False, markup=False)
