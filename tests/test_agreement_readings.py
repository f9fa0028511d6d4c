"""The second readings in tests/data/agreement/ (scripts/agreement.py) are whole and
well formed: every passage of a reading exists in its labelled set, and every fact
has the fields, codes and statuses SPEC.md allows, so the agreement figures the
README gives are computed on what they claim to be."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sharedset import find_shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import agreement

READINGS = sorted(agreement.READINGS.glob("*.second_reading.jsonl"))
TARIFF_STATUSES = {"threatened", "announced", "in_effect", "paused"}
TALKS_STATUSES = {"scheduled", "ongoing", "resumed", "stalled", "agreement", "collapsed"}


def _code(value: object) -> bool:
    return isinstance(value, str) and (
        value in {"EU", "*"} or (len(value) == 2 and value.isupper())
    )


@pytest.mark.parametrize("path", READINGS, ids=lambda p: p.name)
def test_a_second_reading_covers_passages_of_its_set(path: Path) -> None:
    name = path.name.removesuffix(".second_reading.jsonl")
    shared = find_shared_dir()
    first = agreement._first_reading(name, shared or Path("/nonexistent"))
    if first is None:
        pytest.skip(f"the labelled set {name} is absent")
    reading = agreement._read(path)
    assert len(reading) >= 48
    assert {case["id"] for case in reading} <= {case["id"] for case in first}


@pytest.mark.parametrize("path", READINGS, ids=lambda p: p.name)
def test_every_fact_of_a_second_reading_is_one_spec_allows(path: Path) -> None:
    for case in agreement._read(path):
        for fact in case["tariffs"]:
            assert _code(fact["imposer"]) and fact["imposer"] != "*", case["id"]
            assert _code(fact["target"]), case["id"]
            assert isinstance(fact["new_rate"], (int, float)) and fact["new_rate"] >= 0, case["id"]
            assert fact["status"] in TARIFF_STATUSES, case["id"]
            assert isinstance(fact["current"], bool), case["id"]
        for fact in case["negotiation"]:
            assert len(fact["parties"]) == 2 and fact["parties"] == sorted(fact["parties"]), case[
                "id"
            ]
            assert all(_code(p) and p != "*" for p in fact["parties"]), case["id"]
            assert fact["status"] in TALKS_STATUSES, case["id"]


def test_a_reading_becomes_the_lines_extract_prints() -> None:
    reading = [
        {
            "id": "x1",
            "tariffs": [{"imposer": "US", "target": "CN", "new_rate": 30.0, "status": "in_effect"}],
            "negotiation": [{"parties": ["CN", "US"], "status": "resumed", "current": True}],
        }
    ]
    assert agreement.as_predictions(reading) == [
        {
            "imposer": "US",
            "target": "CN",
            "new_rate": 30.0,
            "status": "in_effect",
            "id": "x1",
            "kind": "tariff",
        },
        {
            "parties": ["CN", "US"],
            "status": "resumed",
            "current": True,
            "id": "x1",
            "kind": "negotiation",
        },
    ]
