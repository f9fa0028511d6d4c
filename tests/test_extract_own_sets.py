"""Sets of our own, written from real articles the shared sets do not use,
labelled by the shared conventions and scored by the shared scorer.

Each was written sealed and scored before any rule saw it, then opened and its
wordings fixed by family; a sister half of each stays outside the repository,
unseen, to measure whether the next rules transfer. Floors only rise, as in
test_extract_train.

- fresh_2026_11.jsonl: 34 passages, 2018-2025 (0.768 combined F1 when sealed).
- regions_2026_12.jsonl: 192 passages, 2018-2025, four writers by region (the
  Americas, Europe, Asia-Pacific, China and the rest; 0.705 when sealed, on
  5bfd665). Its other half, split by article, is sealed in tests/data/sealed/.
  Rules written from this half (branch land24: 0.768 here) moved the sealed half
  by 0.002, so they stayed off main; the floors are the rules' figures as landed.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sharedset import misses, score

DATA = Path(__file__).parent / "data" / "extract"
FLOORS = {
    "fresh_2026_11.jsonl": {
        "combined F1": 0.91,
        "tariff F1": 0.92,
        "negotiation F1": 0.88,
        "distractors clean": 1.0,
    },
    "regions_2026_12.jsonl": {
        "combined F1": 0.705,
        "tariff F1": 0.696,
        "negotiation F1": 0.729,
        "distractors clean": 0.86,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_an_own_set_stays_above_its_floors(name: str) -> None:
    cases = [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line
    ]
    result = score(cases)
    figures = {
        "combined F1": result["combined"]["f1"],
        "tariff F1": result["tariff"]["f1"],
        "negotiation F1": result["negotiation"]["f1"],
        "distractors clean": _share(result["distractors_clean"]),
    }
    floors = FLOORS[name]
    below = {key: figures[key] for key, floor in floors.items() if figures[key] < floor}
    assert not below, f"{name} below the floor: {below} (floors {floors})\n{misses(result)}"


def _share(clean_of_total: str) -> float:
    clean, total = (int(n) for n in clean_of_total.split("/"))
    return clean / total if total else 1.0
