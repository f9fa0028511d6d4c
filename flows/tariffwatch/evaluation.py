"""`tariffwatch evaluate`: run an engine over a labelled set and score it (see scoring.py).

Users run it on their own labelled stories before they switch engines: a
model's quality on their news is theirs to measure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from tariffwatch.config import ENGINES, Config
from tariffwatch.engines import Engine, Story, check_engine, make_engine
from tariffwatch.errors import TariffwatchError
from tariffwatch.extract import fact_to_spec_json
from tariffwatch.scoring import KINDS, read_cases, score

__all__ = [
    "case_story",
    "engine_session",
    "evaluate",
    "origin",
    "predict",
    "read_cases",
    "render",
    "score",
]


@contextmanager
def engine_session(
    config: Config, name: str | None = None, *, refresh: bool = False
) -> Iterator[Engine]:
    """An engine for one-off reads (`extract`, `evaluate`): no budget, and for a model
    engine the answer cache of the configured database, so a set is paid for once."""
    name = name or config.extract.engine
    if name not in ENGINES:
        raise TariffwatchError(f"unknown engine {name!r}; use one of {', '.join(ENGINES)}")
    check_engine(config, name)  # before the database is opened for a cache it cannot use
    if name == "rules":
        engine = make_engine(config, engine="rules")
        yield engine
        return
    from tariffwatch.store import Store  # DuckDB only when a model's answers are cached

    with Store.open(config.storage.path, lock_timeout=config.storage.lock_timeout) as store:
        engine = make_engine(config, engine=name, cache=store, refresh=refresh)
        try:
            yield engine
        finally:
            engine.close()


def origin(reading: Any) -> str:
    """Which engine produced a reading's facts, for --explain."""
    if reading.fallback:
        return f"rules, in the model's place: {reading.fallback}"
    return {"llm": "llm", "llm-cache": "llm, cached answer"}.get(reading.source, "rules")


def _published(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def case_story(case: dict[str, Any]) -> Story:
    title = case.get("title")
    return Story(
        key=str(case["id"]),
        text=case["text"],
        title=title if isinstance(title, str) else None,
        published=_published(case.get("published")),
    )


def predict(
    cases: Sequence[dict[str, Any]], engine: Engine, *, batch: int = 64
) -> list[dict[str, Any]]:
    """The engine's output lines for every case (extract's format, with the case id)."""
    lines: list[dict[str, Any]] = []
    for start in range(0, len(cases), batch):
        stories = [case_story(c) for c in cases[start : start + batch]]
        for story, reading in zip(stories, engine.read(stories), strict=True):
            lines.extend(fact_to_spec_json(story.key, fact) for fact in reading.facts)
    return lines


def evaluate(cases: Sequence[dict[str, Any]], engine: Engine) -> dict[str, Any]:
    """The score of `engine` on `cases`, with what the engine did (calls, fallbacks...)."""
    result = score(cases, predict(cases, engine))
    result["engine"] = engine.stats.as_dict()
    result["cases"] = len(cases)
    return result


def render(result: dict[str, Any]) -> list[str]:
    """The human report: misses first (as score.py prints them), then the figures."""
    lines = [f"  {' '.join(e)}" for e in result["errors"]]
    for kind in (*KINDS, "combined"):
        m = result[kind]
        counts = f"  tp={m['tp']} fp={m['fp']} fn={m['fn']}" if "tp" in m else ""
        lines.append(
            f"{kind:12s} P={m['precision']:.3f} R={m['recall']:.3f} F1={m['f1']:.3f}{counts}"
        )
    for name, value in result["attributes"].items():
        lines.append(f"{name:22s} {value:.3f}")
    lines.append(f"distractors with no fact: {result['distractors_clean']}")
    stats = result.get("engine")
    if stats and stats["engine"] != "rules":
        failures = ", ".join(f"{k} {v}" for k, v in stats["failures"].items()) or "none"
        lines.append(
            f"engine {stats['engine']} ({stats['model']}, prompt {stats['prompt_version']}): "
            f"{stats['calls']} calls, {stats['cache_hits']} cache hits, failures: {failures}, "
            f"{stats['fallbacks']} read by the rules instead, "
            f"{sum(stats['dropped'].values())} objects dropped, "
            f"{stats['tokens']['total']} tokens"
        )
    lines.append(f"combined F1 {result['combined']['f1']:.3f} on {result.get('cases', '?')} cases")
    return lines
