"""read_seeds over the real seed corpus and over broken copies of it."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

from tariffwatch.sources import content_hash, read_seeds

SEEDS = Path(__file__).parent.parent / "seeds"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def write_seed(folder: Path, stem: str, text: str, meta: dict[str, object] | str) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    raw = meta if isinstance(meta, str) else json.dumps(meta)
    (folder / f"{stem}.json").write_text(raw, encoding="utf-8")


def test_the_shipped_corpus_reads_cleanly() -> None:
    items, problems = read_seeds(SEEDS, now=NOW)
    assert problems == []
    assert len(items) == len(list(SEEDS.glob("*.txt"))) >= 1
    first = items[0]
    meta = json.loads((SEEDS / "000_670f76a41c2a7d3a.json").read_text())
    assert first.key == f"guid:{meta['guid']}"
    assert first.source == "seeds"
    assert first.title == meta["title"]
    assert first.published == datetime(2025, 6, 5, tzinfo=UTC)
    assert first.link is None
    assert "resume tariff negotiations" in first.text
    assert first.content_hash == content_hash(first.title, first.text)


def test_bad_seeds_are_reported_and_the_rest_still_read(tmp_path: Path) -> None:
    shutil.copy(SEEDS / "000_670f76a41c2a7d3a.txt", tmp_path)
    shutil.copy(SEEDS / "000_670f76a41c2a7d3a.json", tmp_path)
    write_seed(tmp_path, "010_bad_json", "Some text.", '{"title": "oops",')
    write_seed(tmp_path, "020_bad_date", "Text.", {"title": "t", "published": "yesterday"})
    write_seed(tmp_path, "030_not_object", "Text.", "[1, 2]")
    (tmp_path / "040_orphan.txt").write_text("No metadata.", encoding="utf-8")
    (tmp_path / "050_lonely.json").write_text("{}", encoding="utf-8")
    write_seed(
        tmp_path,
        "060_link_only",
        "EU and US resume talks.",
        {
            "title": "Talks",
            "source": "wire",
            "published": "2025-07-01T10:00:00+02:00",
            "link": "https://Wire.example/talks?utm_source=x",
            "guid": None,
        },
    )
    items, problems = read_seeds(tmp_path, now=NOW)
    assert [i.key for i in items] == [
        "guid:seed:000_670f76a41c2a7d3a",
        "link:https://wire.example/talks",
    ]
    assert items[1].published == datetime(2025, 7, 1, 8, 0, tzinfo=UTC)
    assert items[1].guid is None
    assert len(problems) == 5
    joined = "\n".join(problems)
    for stem, words in [
        ("010_bad_json", "not valid JSON"),
        ("020_bad_date", "not ISO 8601"),
        ("030_not_object", "JSON object"),
        ("040_orphan", "no 040_orphan.json"),
        ("050_lonely", "without its 050_lonely.txt"),
    ]:
        assert any(stem in p and words in p for p in problems), (stem, joined)


def test_naive_and_future_dates(tmp_path: Path) -> None:
    write_seed(
        tmp_path, "a", "Naive.", {"title": "a", "published": "2025-06-05T09:00:00", "guid": "a"}
    )
    write_seed(
        tmp_path, "b", "Future.", {"title": "b", "published": "2099-01-01T00:00:00Z", "guid": "b"}
    )
    (naive, future), problems = read_seeds(tmp_path, now=NOW)
    assert problems == []
    assert naive.published == datetime(2025, 6, 5, 9, 0, tzinfo=UTC)
    assert future.published == NOW


def test_missing_folder(tmp_path: Path) -> None:
    items, problems = read_seeds(tmp_path / "nowhere")
    assert items == []
    assert len(problems) == 1
    assert problems[0].startswith("seeds folder ") and "not found" in problems[0]


def test_reading_twice_gives_the_same_keys() -> None:
    first, _ = read_seeds(SEEDS, now=NOW)
    second, _ = read_seeds(SEEDS, now=NOW)
    assert [i.key for i in first] == [i.key for i in second]
    assert first == second
