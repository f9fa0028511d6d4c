"""Multi-sentence news passages, scored by the shared scorer.

tests/data/extract/passages.jsonl (from make_passages.py) holds paragraphs of
wire copy: several facts, background history, quotes and percentages that are
not tariffs. Single sentences (dev.jsonl, cases.jsonl) do not test how the
rules carry a country, a status or the story's pair from one sentence to the
next; these do.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tariffwatch.extract import extract, fact_to_spec_json

SCORER = Path("/work/shared/extraction/score.py")
FILE = Path(__file__).parent / "data" / "extract" / "passages.jsonl"


def _scorer() -> ModuleType:
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is absent: the shared extraction scorer is not mounted")
    spec = importlib.util.spec_from_file_location("tariffwatch_shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line]


def _predict(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    preds = []
    for case in cases:
        published = date.fromisoformat(case["published"]) if case.get("published") else None
        for fact in extract(case["text"], published=published):
            preds.append(fact_to_spec_json(str(case["id"]), fact))
    return preds


def test_the_passages_are_passages() -> None:
    cases = _cases()
    assert len(cases) >= 40
    for c in cases:
        assert 300 <= len(c["text"]) <= 1500, c["id"]
        assert c["text"].count(". ") >= 2, c["id"]


def test_passages_meet_the_bar() -> None:
    score = _scorer()
    result = score.score(_cases(), _predict(_cases()))
    report = "\n".join(" ".join(e) for e in result["errors"])
    assert result["combined"]["f1"] >= 0.95, f"{result['combined']}\n{report}"
    assert result["attributes"].get("tariff.status", 1.0) >= 0.9, (
        f"{result['attributes']}\n{report}"
    )
    clean, total = result["distractors_clean"].split("/")
    assert clean == total, f"distractors {result['distractors_clean']}\n{report}"
