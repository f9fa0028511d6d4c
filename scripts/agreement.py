"""How far two careful readers of the same passages agree: the ceiling of any reader's score.

    python scripts/agreement.py

Each file in tests/data/agreement/ is a second reading of passages of a labelled
set: labelled again, blind, from each passage's text and SPEC.md alone, by a
reader who saw neither the first labels nor the rules. One line a passage,
``{"id", "tariffs", "negotiation"}``; the file's name before ``.second_reading``
names the set (``train``: ../shared/extraction/train.jsonl; any other name: that
file in tests/data/extract/). The second reading is scored against the first
with ../shared/extraction/score.py exactly as an extractor's output would be, and
the rules are scored on the same passages beside it.

Where the two readings differ the text itself leaves the call open (SPEC's hard
cases: a rate before a change told as its own fact or only as the old rate, "*" or
the named country for a sector tariff, which steps of one round of talks are
facts), so no reader can be expected to score above this figure on sets
labelled the same way.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
READINGS = ROOT / "tests" / "data" / "agreement"
sys.path.insert(0, str(ROOT / "tests"))

from sharedset import find_shared_dir, load_scorer, predict  # noqa: E402


def main() -> int:
    shared = find_shared_dir()
    if shared is None:
        print("../shared/extraction/ not found: score.py is needed", file=sys.stderr)
        return 1
    scorer = load_scorer(shared / "extraction" / "score.py")
    for path in sorted(READINGS.glob("*.second_reading.jsonl")):
        name = path.name.removesuffix(".second_reading.jsonl")
        first = _first_reading(name, shared)
        if first is None:
            print(f"{name}: its labelled set is not here, skipped", file=sys.stderr)
            continue
        second = _read(path)
        wanted = {case["id"] for case in second}
        cases = [case for case in first if case["id"] in wanted]
        reader = scorer.score(cases, as_predictions(second))
        rules = scorer.score(cases, predict(cases))
        print(f"{name} ({len(cases)} passages):")
        print(f"  second reader  {figures(reader)}")
        print(f"  rules          {figures(rules)}")
    return 0


def as_predictions(reading: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A reading's facts as `extract` prints them: one line a fact, with its passage's id."""
    out: list[dict[str, Any]] = []
    for case in reading:
        out += [{**fact, "id": case["id"], "kind": "tariff"} for fact in case.get("tariffs", [])]
        out += [
            {**fact, "id": case["id"], "kind": "negotiation"}
            for fact in case.get("negotiation", [])
        ]
    return out


def figures(result: dict[str, Any]) -> str:
    tariff, talks, both = result["tariff"], result["negotiation"], result["combined"]
    status = result["attributes"].get("tariff.status", 0.0)
    return (
        f"combined F1 {both['f1']:.3f} (P {both['precision']:.3f} R {both['recall']:.3f}); "
        f"tariff F1 {tariff['f1']:.3f}; talks F1 {talks['f1']:.3f}; tariff status {status:.2f}"
    )


def _first_reading(name: str, shared: Path) -> list[dict[str, Any]] | None:
    path = shared / "extraction" / "train.jsonl" if name == "train" else None
    if path is None:
        path = ROOT / "tests" / "data" / "extract" / f"{name}.jsonl"
    return _read(path) if path.exists() else None


def _read(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


if __name__ == "__main__":
    sys.exit(main())
