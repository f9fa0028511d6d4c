"""Replay a news stream through extract and fold, one story a cycle, and score
the changes against the ones a reader would want to be told.

A stream is two JSON-lines files in tests/data/streams/: NAME.jsonl, stories
in published order ({"id", "published", "title", "text"}); and
NAME.expected.jsonl, the real changes ({"story", "key", "new_rate"? ,
"status", ...}). A change matches an expected one on (story, key, new_rate,
status): the story that first told it, the state key, what it moved to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tariffwatch.extract import extract
from tariffwatch.fold import StateEntry, fold
from tariffwatch.model import Change, SourcedFact

STREAMS = Path(__file__).parent / "data" / "streams"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass
class Replay:
    changes: list[Change]
    expected: list[dict[str, Any]]
    got: set[tuple[Any, ...]] = field(default_factory=set)
    want: set[tuple[Any, ...]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.got = {_key(c.item_key, c.state_key, c.new_rate, c.new_status) for c in self.changes}
        self.want = {
            _key(e["story"], e["key"], e.get("new_rate"), e["status"]) for e in self.expected
        }

    def recall(self, kind: str) -> float:
        want = {w for w in self.want if w[1].startswith(kind)}
        return len(want & self.got) / len(want) if want else 1.0

    @property
    def alert_precision(self) -> float:
        return len(self.got & self.want) / len(self.got) if self.got else 1.0

    def report(self) -> str:
        lines = [f"missed   {m}" for m in sorted(self.want - self.got, key=str)]
        lines += [f"spurious {s}" for s in sorted(self.got - self.want, key=str)]
        return "\n".join(lines)


def _key(story: str, key: str, rate: float | None, status: str) -> tuple[Any, ...]:
    return (
        story,
        key,
        None if rate is None or key.startswith("negotiation") else round(rate, 1),
        status,
    )


def stories(name: str) -> list[dict[str, Any]]:
    path = STREAMS / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def replay(name: str) -> Replay:
    """Each story is its own cycle, as a feed polled every few minutes gives them."""
    state: dict[str, StateEntry] = {}
    changes: list[Change] = []
    for story in stories(name):
        published = datetime.fromisoformat(story["published"].replace("Z", "+00:00"))
        facts = [
            SourcedFact(
                fact=f, item_key=story["id"], published=published, link=None, source="replay"
            )
            for f in extract(story["text"], published=published.date(), title=story.get("title"))
        ]
        result = fold(state, facts, now=NOW)
        state.update(result.state)
        changes += result.changes
    expected_path = STREAMS / f"{name}.expected.jsonl"
    expected = [json.loads(x) for x in expected_path.read_text(encoding="utf-8").splitlines() if x]
    return Replay(changes, expected)
