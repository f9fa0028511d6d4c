"""What every extraction engine takes and gives, and the rules engine itself.

Story      one text to read (an item, or a line of `extract`'s input)
Reading    its facts, which engine produced them, and whether the model
           should be asked again next run
Engine     the protocol: read(stories) -> readings, stats, close()
RulesEngine  the embedded rules (tariffwatch.extract.extract), unchanged
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from tariffwatch.extract import extract
from tariffwatch.model import Fact


@dataclass(frozen=True, slots=True)
class Story:
    key: str  # the item key, or the document id
    text: str
    title: str | None = None
    published: date | None = None


@dataclass(slots=True)
class Reading:
    """The facts of one story and where they came from.

    `source` is "rules", "llm" or "llm-cache". `fallback` says why the rules
    read a story the model was meant to read (a failure code, or over_budget);
    `retry` asks the pipeline to offer it to the model again next run.
    """

    facts: list[Fact]
    source: str = "rules"
    fallback: str | None = None
    retry: bool = False
    error: str | None = None  # the rules themselves raised: the story gave no facts


@dataclass(slots=True)
class EngineStats:
    """What a run cost and how it went; shown in the run summary and the Prefect artifact."""

    engine: str = "rules"
    model: str = ""
    prompt_version: str = ""
    items: int = 0
    calls: int = 0  # requests sent to the model (a 429 retried counts twice)
    cache_hits: int = 0
    gated_out: int = 0  # hybrid: items with no tariff or talks cue, read by the rules alone
    failures: Counter[str] = field(default_factory=Counter)  # failed calls by code
    fallbacks: int = 0  # items the model was meant to read and the rules read instead
    over_budget: int = 0  # of those, items beyond [extract] max_items_per_run
    dropped: Counter[str] = field(default_factory=Counter)  # invalid objects by reason
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "model": self.model,
            "prompt_version": self.prompt_version,
            "items": self.items,
            "calls": self.calls,
            "cache_hits": self.cache_hits,
            "gated_out": self.gated_out,
            "failures": dict(sorted(self.failures.items())),
            "fallbacks": self.fallbacks,
            "over_budget": self.over_budget,
            "dropped": dict(sorted(self.dropped.items())),
            "tokens": {
                "prompt": self.prompt_tokens,
                "completion": self.completion_tokens,
                "total": self.prompt_tokens + self.completion_tokens,
            },
        }


class Engine(Protocol):
    name: str
    stats: EngineStats

    def read(self, stories: Sequence[Story]) -> list[Reading]:
        """One reading per story, in order. Never raises for one story's sake."""
        ...

    def close(self) -> None: ...


def read_with_rules(story: Story, aliases: Mapping[str, str] | None) -> Reading:
    try:
        facts = extract(story.text, published=story.published, title=story.title, aliases=aliases)
    except Exception as exc:  # one unreadable story must not stall every cycle
        return Reading([], error=f"{type(exc).__name__}: {exc}")
    return Reading(facts)


class RulesEngine:
    """The default: fast, deterministic, offline, explainable."""

    name = "rules"

    def __init__(self, aliases: Mapping[str, str] | None = None) -> None:
        self.aliases = aliases
        self.stats = EngineStats()

    def read(self, stories: Sequence[Story]) -> list[Reading]:
        self.stats.items += len(stories)
        return [read_with_rules(s, self.aliases) for s in stories]

    def close(self) -> None:
        pass
