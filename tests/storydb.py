"""A database with a real story in it, for the history, chart, report and export tests.

`build_story_db(tmp_path)` replays tests/data/cycles/us_china_2025 through
pipeline.run_cycle over a loopback feed server, cycle by cycle, so every
row comes from the real path: fetch, parse, store, extract, fold.
"""

from __future__ import annotations

from pathlib import Path

from feedserver import FeedServer, Reply
from tariffwatch.config import Config, parse_config
from tariffwatch.pipeline import run_cycle

CASE = Path(__file__).parent / "data" / "cycles" / "us_china_2025"


def story_config(tmp_path: Path, feeds: list[tuple[str, str]]) -> Config:
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb"), "lock_timeout": 5.0},
        "seeds": {"path": str(tmp_path / "no-seeds")},
        "fetch": {"timeout": 2.0, "interval_minutes": 0.0, "retries": 0},
        "feeds": [{"name": name, "url": url} for name, url in feeds],
    }
    return parse_config(raw, path=None, environ={})


def build_story_db(tmp_path: Path) -> Config:
    """Run the five cycles of the US–China case; return the config (its feed is gone after)."""
    with FeedServer() as server:
        config = story_config(tmp_path, [("wire", server.url("/wire.xml"))])
        for n in range(1, 6):
            server.route("/wire.xml", Reply(body=(CASE / f"cycle_{n}.xml").read_bytes()))
            run_cycle(config, sender=lambda route, message: None)
    return config
