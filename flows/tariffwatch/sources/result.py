"""What one fetch of one feed produced: the value `fetch_feed` returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from tariffwatch.errors import FeedError
from tariffwatch.model import Fact, Item

Outcome = Literal["ok", "not_modified", "failed", "skipped_not_due"]


@dataclass(slots=True)
class FetchResult:
    """The outcome of one fetch: items on "ok", a FeedError on "failed".

    Validators and cache hints are what the server sent on this fetch (None when it
    sent none); `next_health` decides what to keep.
    """

    feed: str
    outcome: Outcome
    items: list[Item] = field(default_factory=list)
    error: FeedError | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    permanent_url: str | None = None  # set when a 301/308 was followed on this fetch
    retry_after_seconds: float | None = None
    max_age_seconds: float | None = None  # Cache-Control max-age
    ttl_minutes: float | None = None  # RSS <ttl>
    bytes_read: int = 0  # decoded body bytes
    url: str | None = None  # the URL finally read, after redirects
    items_skipped: int = 0  # entries with neither title nor text
    items_duplicate: int = 0  # entries whose key was already seen in this feed
    # Facts of items the parse worker read already (item key -> facts); the store
    # saves them with the items, the extract stage reads the rest.
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    # When the check started: the next check is measured from here, not from when
    # the run got round to storing the result (which made feeds due a little after
    # the next scheduled run, so they were read every other run).
    checked_at: datetime | None = None

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"
