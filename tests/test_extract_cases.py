"""Table-driven: every labelled sentence in tests/data/extract/cases.jsonl.

A case passes when the facts read are exactly the expected ones, matched on
the scorer's keys (imposer, target, new rate; parties, status), and every
field the case states (old_rate, status, current, additional) is right.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

CASES_FILE = Path(__file__).parent / "data" / "extract" / "cases.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line
]


def _key(fact: dict[str, Any]) -> tuple:
    if fact["kind"] == "tariff":
        return ("tariff", fact["imposer"], fact["target"], round(float(fact["new_rate"]), 1))
    return ("negotiation", tuple(fact["parties"]), fact["status"])


def test_the_table_is_large_and_covers_every_phenomenon() -> None:
    groups = {c["group"] for c in CASES}
    assert len(CASES) >= 150
    assert {
        "rates",
        "change",
        "range",
        "several",
        "additional",
        "threat",
        "announced",
        "in_effect",
        "paused",
        "background",
        "context",
        "global",
        "names",
        "talks",
        "distractor",
    } <= groups
    assert sum(c["group"] == "distractor" for c in CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}:{c['text'][:50]}" for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    facts = extract(
        case["text"], published=date.fromisoformat(case["published"]), title=case.get("title")
    )
    got: dict[tuple, dict[str, Any]] = {}
    for f in facts:
        got.setdefault(_key(f.to_json()), f.to_json())
    want = {_key(e): e for e in case["expect"]}
    assert set(got) == set(want), [f.rule for f in facts]
    for key, expected in want.items():
        have = got[key]
        for name in ("old_rate", "status", "current", "additional"):
            if name not in expected or (expected[name] is None and name != "old_rate"):
                continue  # not stated by the case
            if isinstance(expected[name], float | int) and not isinstance(expected[name], bool):
                assert have[name] == pytest.approx(expected[name]), (key, name)
            else:
                assert have[name] == expected[name], (key, name)


def test_every_fact_says_how_it_was_read() -> None:
    for case in CASES:
        for fact in extract(case["text"], published=date.fromisoformat(case["published"])):
            assert fact.rule and fact.trace
            assert fact.evidence in case["text"]
            assert 0 < fact.confidence <= 1
            if isinstance(fact, TariffFact):
                assert fact.imposer != fact.target
