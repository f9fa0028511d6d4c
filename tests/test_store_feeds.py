"""Feed health rows: every feed of a run saved in one statement, read back as written."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime, timedelta

from tariffwatch.sources import FeedHealth
from tariffwatch.store import FEED_COLUMNS, Store

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def test_feed_health_rows_round_trip_and_replace_the_last_ones(tmp_path) -> None:
    ok = FeedHealth(
        name="wire",
        url="https://wire.example/rss",
        etag='"v1"',
        last_checked=NOW,
        last_success=NOW,
        next_check=NOW + timedelta(minutes=15),
        http_status=200,
        items_seen=40,
    )
    failing = FeedHealth(
        name="desk",
        url="https://desk.example/rss",
        error_count=2,
        last_error_code="http_500",
        last_error="HTTP 500",
        last_checked=NOW,
    )
    with Store.open(tmp_path / "tw.duckdb") as store:
        columns = tuple(c[0] for c in store.con.execute("DESCRIBE feeds").fetchall())
        store.save_feed_health([FeedHealth(name="wire", url="https://old.example/rss"), failing])
        store.save_feed_health([ok, {**asdict(failing), "error_count": 3}])
        store.save_feed_health([])
        rows = store.feed_health(["wire", "desk"])
    assert columns == FEED_COLUMNS  # a new column must be added to the upsert too
    assert rows["wire"] == asdict(ok)
    assert rows["desk"] == {**asdict(failing), "error_count": 3}
