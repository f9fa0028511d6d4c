"""Multi-sentence news passages, scored by the shared scorer.

tests/data/extract/passages.jsonl (from make_passages.py) holds paragraphs of
wire copy: several facts, background history, quotes and percentages that are
not tariffs. Single sentences (dev.jsonl, cases.jsonl) do not test how the
rules carry a country, a status or the story's pair from one sentence to the
next; these do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sharedset import misses, score

FILE = Path(__file__).parent / "data" / "extract" / "passages.jsonl"


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def test_the_passages_are_passages() -> None:
    cases = _cases()
    assert len(cases) >= 40
    for c in cases:
        assert 300 <= len(c["text"]) <= 1500, c["id"]
        assert c["text"].count(". ") >= 2, c["id"]


def test_passages_meet_the_bar() -> None:
    result = score(_cases(), titles=False)
    report = misses(result)
    assert result["combined"]["f1"] >= 0.95, f"{result['combined']}\n{report}"
    assert result["attributes"].get("tariff.status", 1.0) >= 0.9, (
        f"{result['attributes']}\n{report}"
    )
    clean, total = result["distractors_clean"].split("/")
    assert clean == total, f"distractors {result['distractors_clean']}\n{report}"
