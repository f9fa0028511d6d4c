"""Wire-copy sentences the rules were not written from: new wording, new countries.

Each case in tests/data/extract/general.jsonl must give exactly the expected
facts (scorer keys) with the stated fields right; distractors give none.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.extract import extract

FILE = Path(__file__).parent / "data" / "extract" / "general.jsonl"
CASES: list[dict[str, Any]] = [
    json.loads(line) for line in FILE.read_text(encoding="utf-8").splitlines() if line
]


def _key(fact: dict[str, Any]) -> tuple:
    if fact["kind"] == "tariff":
        return ("tariff", fact["imposer"], fact["target"], round(float(fact["new_rate"]), 1))
    return ("negotiation", tuple(fact["parties"]), fact["status"])


def test_the_set_is_large_and_varied() -> None:
    assert len(CASES) >= 60
    assert sum(c["group"] == "distractor" for c in CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=[f"{c['group']}:{c['text'][:50]}" for c in CASES])
def test_general_case(case: dict[str, Any]) -> None:
    published = date.fromisoformat(case["published"])
    facts = extract(case["text"], published=published, title=case.get("title"))
    got = {_key(f.to_json()): f.to_json() for f in facts}
    want = {_key(e): e for e in case["expect"]}
    assert set(got) == set(want)
    for key, expected in want.items():
        for name in ("old_rate", "status", "current", "additional"):
            if name in expected:
                assert got[key][name] == expected[name], (key, name)
