"""The shared labelled sets and their scorer, found beside the repository.

The sets live outside the repository, in ../shared/extraction/ (a clone's
sibling folder, as CI lays it). TARIFFWATCH_SHARED names another place. A
test that needs them is skipped, saying so, where they are absent.
"""

from __future__ import annotations

import importlib.util
import json
import os
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tariffwatch.extract import extract, fact_to_spec_json

REPO = Path(__file__).resolve().parents[1]


def find_shared_dir() -> Path | None:
    """The shared folder (it holds extraction/score.py), or None where it is absent."""
    for candidate in (os.environ.get("TARIFFWATCH_SHARED"), REPO.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "extraction" / "score.py").exists():
            return Path(candidate)
    return None


def shared_dir() -> Path:
    found = find_shared_dir()
    if found is None:
        pytest.skip("the shared extraction sets are absent (../shared or $TARIFFWATCH_SHARED)")
    return found


@cache
def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("tariffwatch_shared_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scorer() -> ModuleType:
    """The shared score.py, loaded as it is."""
    return load_scorer(shared_dir() / "extraction" / "score.py")


def labelled(name: str) -> list[dict[str, Any]]:
    """One shared labelled set by name: "dev" or "train"."""
    path = shared_dir() / "extraction" / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def predict(cases: list[dict[str, Any]], *, titles: bool = True) -> list[dict[str, Any]]:
    """What `tariffwatch extract` prints for these cases, as score.py reads it."""
    preds = []
    for case in cases:
        published = date.fromisoformat(case["published"]) if case.get("published") else None
        title = case.get("title") if titles else None
        for fact in extract(case["text"], published=published, title=title):
            preds.append(fact_to_spec_json(str(case["id"]), fact))
    return preds


def score(cases: list[dict[str, Any]], *, titles: bool = True) -> dict[str, Any]:
    return scorer().score(cases, predict(cases, titles=titles))  # type: ignore[no-any-return]


def misses(result: dict[str, Any]) -> str:
    return "\n".join(" ".join(e) for e in result["errors"])
