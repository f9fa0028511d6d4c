"""Fill a store with history fast: bulk INSERT ... SELECT from range(), never the pipeline.

A million items go in within seconds, with the facts, changes and sent
deliveries such a history would have left behind (one fact per four items,
one change per two hundred), so a query that scans history shows up.
"""

from __future__ import annotations

from typing import Any

from tariffwatch.store import Store

ITEMS = """
INSERT INTO items (key, source, title, text, published, link, guid, content_hash, fetched_at)
SELECT 'guid:hist-' || i,
       'hist-' || (i % 40),
       'Archived trade story ' || i,
       md5(i::VARCHAR) || ' ' || md5((i + 1)::VARCHAR) || ' ' || md5((i + 2)::VARCHAR) || ' '
         || repeat('Shares of exporters fell in early trading. ', 8),
       TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_seconds(i * 60),
       'https://archive.example/' || i,
       'hist-' || i,
       sha256(i::VARCHAR),
       TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_seconds(i * 60)
FROM range($1) t(i)
"""

FACTS = """
INSERT INTO facts (item_key, ordinal, kind, imposer, target, new_rate, old_rate, additional,
                   scope, all_goods, parties, status, current, effective, expires, evidence,
                   confidence, rule, published)
SELECT 'guid:hist-' || i, 0, 'tariff', 'US', 'CN', (i % 100)::DOUBLE, NULL, false,
       'all goods', true, NULL, 'in_effect', true, NULL, NULL,
       'The United States set a tariff on Chinese goods.', 0.9, 'bench',
       TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_seconds(i * 60)
FROM range(0, $1, 4) t(i)
"""

CHANGES = """
INSERT INTO changes (change_id, kind, state_key, imposer, target, scope, parties, old_rate,
                     new_rate, old_status, new_status, effective, expires, published,
                     detected_at, evidence, confidence, item_key, sources)
SELECT 'hist-change-' || i, 'tariff', 'tariff|US|CN|hist' || (i % 500), 'US', 'CN', 'all goods',
       NULL, NULL, (i % 100)::DOUBLE, NULL, 'in_effect', NULL, NULL,
       TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_seconds(i * 60),
       TIMESTAMPTZ '2020-01-01 00:00:00+00' + to_seconds(i * 60),
       'The United States set a tariff on Chinese goods.', 0.9, 'guid:hist-' || i,
       ['https://archive.example/' || i]
FROM range(0, $1, 200) t(i)
"""

DELIVERIES = """
INSERT INTO deliveries (change_id, route, status, attempts, created_at, sent_at)
SELECT change_id, 'hook', 'sent', 1, detected_at, detected_at FROM changes
WHERE change_id LIKE 'hist-change-%'
"""


def fill(db: str, items: int) -> dict[str, Any]:
    """Add `items` historical items (and their facts, changes, deliveries) to the store at `db`."""
    with Store.open(db) as store, store.transaction():
        store.con.execute("SET enable_progress_bar = false")
        store.con.execute("SET memory_limit = '256MB'")  # the bulk build stays under the target
        for statement in (ITEMS, FACTS, CHANGES):
            store.con.execute(statement, [items])
        store.con.execute(DELIVERIES)
    with Store.open(db) as store:
        store.con.execute("CHECKPOINT")
        counts = {
            table: store.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("items", "facts", "changes", "deliveries")
        }
    return counts
