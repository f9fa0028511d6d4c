"""The store's existing-key lookup: recent items first, then the index, then one scan.

Whichever path finds a key, a known item is never stored twice and a
rewritten one is stored once as a new version.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from tariffwatch import store as store_module
from tariffwatch.model import Item
from tariffwatch.store import RECENT_ITEMS, Store

NOW = datetime(2025, 6, 1, tzinfo=UTC)


def item(n: int, text: str = "body") -> Item:
    return Item(
        key=f"guid:{n}",
        source="wire",
        title=f"story {n}",
        text=text,
        published=NOW - timedelta(days=400),
        content_hash=f"{text}-hash",
    )


@pytest.mark.parametrize("index_max", [0, 1_024], ids=["scan", "index"])
def test_old_items_are_found_whichever_path_looks_them_up(tmp_path, monkeypatch, index_max):
    monkeypatch.setattr(store_module, "INDEX_LOOKUP_MAX", index_max)
    db = tmp_path / "tw.duckdb"
    long_ago = NOW - RECENT_ITEMS * 3
    with Store.open(db) as store:
        assert len(store.add_items([item(n) for n in range(50)], fetched_at=long_ago)) == 50
        assert len(store.add_items([item(n) for n in range(50, 60)], fetched_at=NOW)) == 10
        # Old and recent items served again: nothing new.
        again = [item(n) for n in range(60)]
        assert store.add_items(again, fetched_at=NOW + timedelta(hours=1)) == []
        # An old story rewritten: stored once as a version, then known.
        rewritten = [item(3, text="corrected"), item(55, text="corrected"), item(99)]
        added = store.add_items(rewritten, fetched_at=NOW + timedelta(hours=2))
        assert sorted(added) == ["guid:3#corrected-ha", "guid:55#corrected-ha", "guid:99"]
        assert store.add_items(rewritten, fetched_at=NOW + timedelta(hours=3)) == []
        count = store.con.execute("SELECT count(*), count(DISTINCT key) FROM items").fetchone()
    assert count == (63, 63)


def test_the_recent_lookup_skips_old_row_groups(tmp_path):
    """EXPLAIN ANALYZE: the bounded query reads only the row groups of recent items."""
    db = tmp_path / "tw.duckdb"
    with Store.open(db) as store:
        store.con.execute(
            "INSERT INTO items SELECT 'guid:old-' || i, 'wire', 't', 'x', TIMESTAMPTZ '2020-01-01',"
            " NULL, NULL, 'h', TIMESTAMPTZ '2020-01-01' FROM range(300000) t(i)"
        )
        store.add_items([item(n) for n in range(10)], fetched_at=NOW)
        plan = store.con.execute(
            "EXPLAIN ANALYZE " + store_module.sql("existing_recent_items").split("\n", 3)[3],
            [[f"guid:{n}" for n in range(10)], NOW - RECENT_ITEMS],
        ).fetchall()[0][1]
    scanned = re.search(r"Row Groups Scanned: (\d+) / (\d+)", plan)
    assert scanned, plan
    assert int(scanned.group(1)) < int(scanned.group(2)), scanned.group(0)
