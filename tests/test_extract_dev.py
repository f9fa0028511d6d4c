"""The quality bar: the shared dev set, scored by the shared scorer, and the seed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from sharedset import labelled, predict, score, shared_dir
from tariffwatch.extract import extract
from tariffwatch.model import NegotiationFact, TariffFact


@pytest.fixture
def seed_path() -> Path:
    path = shared_dir() / "seeds" / "000_670f76a41c2a7d3a.txt"
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared seed corpus is not mounted")
    return path


def test_dev_set_meets_the_bar() -> None:
    result = score(labelled("dev"))
    assert result["combined"]["f1"] >= 0.97, result["errors"]
    clean, total = result["distractors_clean"].split("/")
    assert clean == total, result["errors"]
    assert result["attributes"]["tariff.status"] >= 0.9
    assert result["attributes"]["tariff.current"] >= 0.9


def test_predictions_are_exactly_spec_lines() -> None:
    for line in predict(labelled("dev")):
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
def seed_facts(seed_path: Path) -> list[TariffFact | NegotiationFact]:
    return extract(seed_path.read_text(encoding="utf-8"), published=date(2025, 6, 5))


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
