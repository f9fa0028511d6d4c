"""The quality bar: the shared dev set, scored by the shared scorer, and the seed."""

from __future__ import annotations

import importlib.util
import json
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tariffwatch.extract import extract, fact_to_spec_json
from tariffwatch.model import NegotiationFact, TariffFact

SHARED = Path("/work/shared")
DEV = SHARED / "extraction" / "dev.jsonl"
SCORER = SHARED / "extraction" / "score.py"
SEED = SHARED / "seeds" / "000_670f76a41c2a7d3a.txt"


def _scorer() -> ModuleType:
    if not SCORER.exists() or not DEV.exists():
        pytest.skip(f"{SCORER} or {DEV} is absent: the shared extraction set is not mounted")
    spec = importlib.util.spec_from_file_location("tariffwatch_shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    preds = []
    for case in cases:
        published = date.fromisoformat(case["published"]) if case.get("published") else None
        for fact in extract(case["text"], published=published, title=case.get("title")):
            preds.append(fact_to_spec_json(str(case["id"]), fact))
    return preds


def test_dev_set_meets_the_bar() -> None:
    score = _scorer()
    gold = score.load_jsonl(str(DEV))
    result = score.score(gold, _predict(gold))
    assert result["combined"]["f1"] >= 0.97, result["errors"]
    clean, total = result["distractors_clean"].split("/")
    assert clean == total, result["errors"]
    assert result["attributes"]["tariff.status"] >= 0.9
    assert result["attributes"]["tariff.current"] >= 0.9


def test_predictions_are_exactly_spec_lines() -> None:
    score = _scorer()
    gold = score.load_jsonl(str(DEV))
    for line in _predict(gold):
        assert json.loads(json.dumps(line)) == line
        if line["kind"] == "tariff":
            assert set(line) == {
                "id",
                "kind",
                "imposer",
                "target",
                "new_rate",
                "old_rate",
                "additional",
                "scope",
                "all_goods",
                "status",
                "current",
                "effective",
                "expires",
                "evidence",
                "confidence",
            }
        else:
            assert set(line) == {
                "id",
                "kind",
                "parties",
                "status",
                "current",
                "evidence",
                "confidence",
            }
            assert line["parties"] == sorted(line["parties"])


@pytest.fixture
def seed_facts() -> list[TariffFact | NegotiationFact]:
    if not SEED.exists():
        pytest.skip(f"{SEED} is absent: the shared seed corpus is not mounted")
    return extract(SEED.read_text(encoding="utf-8"), published=date(2025, 6, 5))


def test_seed_tariffs(seed_facts: list[TariffFact | NegotiationFact]) -> None:
    tariffs = sorted(
        (
            (f.imposer, f.target, f.new_rate, f.old_rate, f.status, f.current, f.all_goods)
            for f in seed_facts
            if isinstance(f, TariffFact)
        ),
    )
    assert tariffs == [
        ("CN", "US", 10.0, 125.0, "in_effect", True, True),
        ("US", "CN", 30.0, 145.0, "in_effect", True, True),
    ]
    # The cut happened before the article, on a day the text does not give.
    assert all(f.expires is None for f in seed_facts if isinstance(f, TariffFact))


def test_seed_talks_resumed_and_nothing_else_is_current(
    seed_facts: list[TariffFact | NegotiationFact],
) -> None:
    talks = [f for f in seed_facts if isinstance(f, NegotiationFact)]
    current = [(f.parties, f.status) for f in talks if f.current]
    assert current == [(("CN", "US"), "resumed")]
    assert all(f.parties == ("CN", "US") for f in talks)


def test_seed_deficit_is_not_a_rate(seed_facts: list[TariffFact | NegotiationFact]) -> None:
    assert not any(isinstance(f, TariffFact) and f.new_rate == 295 for f in seed_facts)
