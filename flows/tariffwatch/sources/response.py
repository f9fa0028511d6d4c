"""The response interpreter: status and headers -> outcome or a FeedError with a stable code.

Mirrors Miniflux's response_handler: every failure gets a short code the store
and alerts can count on, and a message that starts with where it happened.

Every code fetch_feed can report:

    network   connect_error, timeout (per-phase or the whole-fetch deadline),
              protocol_error, network_error, bad_url
    HTTP      http_404, http_410, http_429, http_5xx, http_<other status>,
              too_many_redirects (also a loop), bad_redirect
    body      too_large, decode_error, empty
    parse     unsafe_xml, not_a_feed, malformed_xml
    files     file_not_found, file_error
    other     internal_error (a bug; the other feeds still run)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal

import httpx

from tariffwatch.errors import FeedError
from tariffwatch.sources.request import FeedRequest

# Worth an immediate retry within one run; everything else waits for next_check.
TRANSIENT_CODES = frozenset(
    {"timeout", "connect_error", "network_error", "protocol_error", "http_5xx"}
)
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
MAX_RETRY_AFTER = 7 * 24 * 3600.0  # a hostile Retry-After must not stop polling for good
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)

Verdict = Literal["read_body", "not_modified", "failed"]


@dataclass(frozen=True, slots=True)
class Interpretation:
    verdict: Verdict
    error: FeedError | None = None
    retry_after_seconds: float | None = None


def interpret(
    request: FeedRequest, url: str, status: int, headers: Mapping[str, str], now: datetime
) -> Interpretation:
    """What a final (non-redirect) response means for the feed."""
    retry_after = retry_after_seconds(headers.get("retry-after"), now)
    if status == 304:
        return Interpretation("not_modified")
    if 200 <= status < 300:
        if status in (204, 205):
            return _fail(request, "empty", f"http GET {url}: {status} with no content")
        if unchanged_by_validators(request, headers):
            return Interpretation("not_modified")
        return Interpretation("read_body")
    code, advice = _status_code_and_advice(status)
    reason = _reason(status)
    wait = f"; retry after {retry_after:.0f}s" if retry_after is not None else ""
    return Interpretation(
        "failed",
        FeedError(request.feed, code, f"http GET {url}: {status} {reason}{wait}{advice}"),
        retry_after,
    )


def unchanged_by_validators(request: FeedRequest, headers: Mapping[str, str]) -> bool:
    """A 200 that echoes our validators is a 304 from a server ignoring conditional GET.

    The ETag wins when we hold one: an unchanged Last-Modified beside a new ETag
    still means new content.
    """
    if request.force:
        return False
    etag = headers.get("etag")
    if request.etag:
        return etag is not None and etag == request.etag
    last_modified = headers.get("last-modified")
    return (
        etag is None
        and request.last_modified is not None
        and last_modified == request.last_modified
    )


def _status_code_and_advice(status: int) -> tuple[str, str]:
    if status >= 500:
        return "http_5xx", "; the server failed, it will be retried with backoff"
    if status == 410:
        return "http_410", "; the feed is gone for good, remove it from the config"
    if status == 404:
        return "http_404", "; check the feed URL"
    if status in (401, 403):
        return f"http_{status}", "; the server refuses us; check the URL or the User-Agent"
    if status == 429:
        return "http_429", "; rate limited, it will be retried later"
    return f"http_{status}", ""


def _reason(status: int) -> str:
    # get_reason_phrase is the typed form of codes(status).phrase: "" for an unknown status
    return httpx.codes.get_reason_phrase(status) or "unknown status"


def _fail(request: FeedRequest, code: str, message: str) -> Interpretation:
    return Interpretation("failed", FeedError(request.feed, code, message))


def retry_after_seconds(value: str | None, now: datetime) -> float | None:
    """Retry-After as seconds from `now`: delta-seconds or an HTTP date; None if unusable."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        seconds = float(value)
    else:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - now).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def max_age_seconds(cache_control: str | None) -> float | None:
    """Cache-Control max-age, ignored under no-cache/no-store (they say "ask every time")."""
    if not cache_control:
        return None
    lowered = cache_control.lower()
    if "no-cache" in lowered or "no-store" in lowered:
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def transport_error(feed: str, url: str, exc: Exception) -> FeedError:
    """Map an httpx exception to a stable code; the message names the phase and URL."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return FeedError(feed, "timeout", f"connect {url}: timed out ({detail})")
    if isinstance(exc, httpx.TimeoutException):
        return FeedError(feed, "timeout", f"read {url}: timed out waiting for data ({detail})")
    if isinstance(exc, httpx.ConnectError):
        return FeedError(feed, "connect_error", f"connect {url}: {detail}")
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return FeedError(feed, "bad_url", f"request {url}: {detail}")
    if isinstance(exc, httpx.RemoteProtocolError):
        return FeedError(feed, "protocol_error", f"read {url}: the server broke HTTP: {detail}")
    if isinstance(exc, httpx.DecodingError):
        return FeedError(feed, "decode_error", f"read {url}: {detail}")
    return FeedError(feed, "network_error", f"read {url}: {type(exc).__name__}: {detail}")
