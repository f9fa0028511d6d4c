"""The request builder: which URL, which headers, which timeouts (Miniflux's request_builder).

Nothing here does I/O; `fetch_feed` sends what this builds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import httpx

from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.sources.health import FeedHealth

# The whole fetch (every redirect hop and the body) must end within this many
# per-request timeouts: a server dribbling one byte a second never trips a read
# timeout, so only a wall-clock deadline stops it.
DEADLINE_FACTOR = 3.0
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8"
)
# Only encodings we can decompress with a bound on the output (see fetch.py).
ACCEPT_ENCODING = "gzip, deflate"


@dataclass(frozen=True, slots=True)
class FeedRequest:
    """What to send for one feed, plus the stored validators to judge the answer by."""

    feed: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    timeout: float = 20.0
    deadline_seconds: float = 60.0
    etag: str | None = None  # sent as If-None-Match
    last_modified: str | None = None  # sent as If-Modified-Since
    force: bool = False

    def httpx_timeout(self, remaining: float) -> httpx.Timeout:
        """Per-phase timeouts, never longer than what is left of the deadline."""
        return httpx.Timeout(max(0.001, min(self.timeout, remaining)))


def build_request(
    feed: FeedConfig,
    health: FeedHealth | None,
    cfg: FetchConfig,
    *,
    force: bool = False,
    deadline_seconds: float | None = None,
) -> FeedRequest:
    """The request for `feed`: its permanent URL if one was learned, validators unless forced."""
    # Health recorded for another URL (the config was edited) says nothing about this one.
    state = health if health is not None and health.url == feed.url else None
    url = (state.permanent_url if state and state.permanent_url else None) or feed.url
    etag = None if force or state is None else state.etag
    last_modified = None if force or state is None else state.last_modified
    headers = {
        "User-Agent": cfg.user_agent,
        "Accept": ACCEPT,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    if force:
        headers["Cache-Control"] = "no-cache"
    return FeedRequest(
        feed=feed.name,
        url=url,
        headers=headers,
        timeout=cfg.timeout,
        deadline_seconds=deadline_seconds or cfg.timeout * DEADLINE_FACTOR,
        etag=etag,
        last_modified=last_modified,
        force=force,
    )


def local_path(url: str) -> Path | None:
    """The file a file:// URL or plain path names; None for network URLs."""
    if url.lower().startswith("file://"):
        return Path(url2pathname(urlsplit(url).path))
    if "://" not in url:
        return Path(url).expanduser()
    return None
