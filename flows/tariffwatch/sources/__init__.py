"""Feeds and seeds in, Items and feed health out. Plain functions over plain data.

    request.py   what to send: URL (a learned permanent one first), headers,
                 validators, timeouts
    response.py  what a status and its headers mean: outcome or a stable error code
    fetch.py     fetch_feed: redirects, a size cap on decoded bytes, a deadline,
                 file:// and local paths
    parse.py     parse_feed: feedparser on bytes, entity-safe, entries -> Items
    pool.py      large bodies parsed (and their items read) in worker processes;
                 shutdown_parse_pool
    normalize.py item keys, canonical links, plain text from HTML, dates
    seeds.py     read_seeds: the seed corpus
    health.py    FeedHealth, next_health (backoff policy), is_due

No Prefect and no DuckDB here: the flow calls these and the store keeps FeedHealth.
"""

from __future__ import annotations

from tariffwatch.sources.fetch import fetch_feed
from tariffwatch.sources.health import FeedHealth, failure_wait_minutes, is_due, next_health
from tariffwatch.sources.normalize import canonical_link, content_hash, html_to_text, item_key
from tariffwatch.sources.parse import ParsedFeed, parse_feed, parse_feed_detailed
from tariffwatch.sources.pool import ItemReader, shutdown_parse_pool, start_parse_pool
from tariffwatch.sources.request import FeedRequest, build_request
from tariffwatch.sources.response import (
    TRANSIENT_CODES,
    interpret,
    max_age_seconds,
    retry_after_seconds,
)
from tariffwatch.sources.result import FetchResult, Outcome
from tariffwatch.sources.seeds import read_seeds

__all__ = [
    "TRANSIENT_CODES",
    "FeedHealth",
    "FeedRequest",
    "FetchResult",
    "ItemReader",
    "Outcome",
    "ParsedFeed",
    "build_request",
    "canonical_link",
    "content_hash",
    "failure_wait_minutes",
    "fetch_feed",
    "html_to_text",
    "interpret",
    "is_due",
    "item_key",
    "max_age_seconds",
    "next_health",
    "parse_feed",
    "parse_feed_detailed",
    "read_seeds",
    "retry_after_seconds",
    "shutdown_parse_pool",
    "start_parse_pool",
]
