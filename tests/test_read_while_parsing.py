"""Items read in the parse worker: the same facts as the extract stage reads, stored with
the items, and nothing lost when a reading fails or two feeds share a key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.config import parse_config
from tariffwatch.model import Fact, Item, TariffFact
from tariffwatch.pipeline import extract_item, facts_of_kept_items, run_cycle
from tariffwatch.reader import RulesReader
from tariffwatch.sources import FetchResult, pool, shutdown_parse_pool
from tariffwatch.sources.pool import read_items
from tariffwatch.store import Store

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
RATE = TariffFact(
    imposer="US",
    target="CN",
    new_rate=30.0,
    old_rate=None,
    additional=False,
    scope="",
    all_goods=True,
    status="in_effect",
    current=True,
    effective=None,
    expires=None,
    evidence="The US cut its tariff on Chinese goods to 30%.",
    confidence=0.9,
)


@pytest.fixture(autouse=True)
def every_body_to_the_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pool, "POOL_MIN_BYTES", 0)  # the fixtures are small
    yield
    shutdown_parse_pool()


def item(key: str, text: str = "body", source: str = "wire") -> Item:
    return Item(
        key=key, source=source, title="t", text=text, published=NOW, content_hash=f"{text}-hash"
    )


def parse(read: Any, processes: int) -> Any:
    body = (FEEDS / "rss_basic.xml").read_bytes()
    return pool.parse_body(
        body,
        feed_name="wire",
        base_url="https://news.example.com/feed.xml",
        content_type=None,
        now=NOW,
        processes=processes,
        read=read,
    )


def test_the_worker_reads_each_item_as_the_extract_stage_does() -> None:
    config = parse_config({"aliases": {"Ottawa": "CA"}}, path=None, environ={})
    pooled = parse(RulesReader(config.aliases), processes=2)
    assert pool._executor is not None, "the pool was not used"
    assert pooled.facts == {i.key: extract_item(i, config) for i in pooled.items}
    assert any(pooled.facts.values())
    # In the calling thread nothing is read: the extract stage reads those items.
    threaded = parse(RulesReader(config.aliases), processes=1)
    assert threaded.items == pooled.items and threaded.facts == {}


def test_an_item_the_reader_fails_on_is_left_for_the_extract_stage() -> None:
    def fragile(story: Item) -> list[Fact]:
        if "choke" in story.text:
            raise RecursionError("a pathological sentence")
        return [RATE]

    items = [item("a"), item("b", "choke here"), item("c")]
    assert read_items(items, fragile) == {"a": [RATE], "c": [RATE]}


def test_only_the_item_the_store_keeps_lends_its_facts_to_a_key() -> None:
    seed = item("shared", "the seed's words", source="seeds")
    first = FetchResult(
        feed="one",
        outcome="ok",
        items=[item("dup", "one's words"), item("mine"), item("unread")],
        facts={"dup": [RATE], "mine": []},
    )
    second = FetchResult(
        feed="two",
        outcome="ok",
        items=[item("shared", "two's words"), item("dup", "two's words"), item("late")],
        facts={"shared": [RATE], "dup": [], "late": [RATE]},
    )
    kept = facts_of_kept_items([seed], [first, second])
    # "shared" is the seed's (read by the extract stage), "dup" the first feed's.
    assert kept == {"dup": [RATE], "mine": [], "late": [RATE]}


def test_read_items_are_stored_with_their_facts_and_queued_for_the_fold(tmp_path) -> None:
    with Store.open(tmp_path / "tw.duckdb") as store:
        store.add_items([item("old", "first words")], fetched_at=NOW - timedelta(days=1))
        items = [item("old", "rewritten words"), item("read"), item("empty"), item("unread")]
        facts = {"old": [RATE, RATE], "read": [RATE], "empty": []}
        added = store.add_read_items(items, facts, fetched_at=NOW)
        queue = dict(store.con.execute("SELECT item_key, stage FROM work_queue").fetchall())
        stored = store.con.execute(
            "SELECT item_key, count(*) FROM facts GROUP BY 1 ORDER BY 1"
        ).fetchall()
    version = "old#rewritten wo"  # a rewritten story is a new version, read as given
    assert sorted(added.keys) == sorted([version, "read", "empty", "unread"])
    assert (added.read, added.facts) == (3, 3)
    assert queue == {
        "old": "extract",  # from the first add_items
        version: "fold",
        "read": "fold",
        "empty": "fold",
        "unread": "extract",
    }
    assert stored == [(version, 2), ("read", 1)]


def test_a_cycle_reads_the_same_facts_in_the_workers_as_in_the_extract_stage(
    tmp_path, monkeypatch
) -> None:
    import tariffwatch.pipeline as pipeline

    def cycle(name: str, processes: int) -> tuple[dict[str, Any], list[Any]]:
        raw = {
            "storage": {"path": str(tmp_path / f"{name}.duckdb")},
            "seeds": {"path": str(tmp_path / "no-seeds")},
            "fetch": {"interval_minutes": 0.0, "retries": 0, "parse_processes": processes},
            "feeds": [{"name": "wire", "url": str(FEEDS / "rss_basic.xml")}],
        }
        config = parse_config(raw, path=None, environ={})
        summary = run_cycle(config, sender=lambda route, message: None, now=NOW)
        with Store.open(config.storage.path) as store:
            facts = store.con.execute("SELECT * FROM facts ORDER BY item_key, ordinal").fetchall()
        return summary, facts

    threaded, threaded_facts = cycle("threaded", 1)

    def not_here(story: Item, config: Any) -> list[Fact]:
        raise AssertionError("read in the parent")

    monkeypatch.setattr(pipeline, "extract_item", not_here)  # the workers read them all
    pooled, pooled_facts = cycle("pooled", 2)
    assert pooled["items_unreadable"] == []
    assert pooled_facts == threaded_facts and pooled_facts
    for key in ("items_new", "items_extracted", "facts", "changes", "change_titles"):
        assert pooled[key] == threaded[key], key
