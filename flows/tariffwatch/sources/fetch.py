"""fetch_feed: send what request.py builds, judge it with response.py, parse the body.

Never raises for a feed problem: every failure becomes a FetchResult with
outcome "failed" and a FeedError, so one bad feed never stops a run.
"""

from __future__ import annotations

import ssl
import threading
import time
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

import httpx

from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.errors import FeedError
from tariffwatch.sources.health import FeedHealth, is_due
from tariffwatch.sources.pool import ItemReader, parse_body
from tariffwatch.sources.request import FeedRequest, build_request, local_path
from tariffwatch.sources.response import (
    PERMANENT_REDIRECTS,
    REDIRECT_STATUSES,
    interpret,
    max_age_seconds,
    transport_error,
)
from tariffwatch.sources.result import FetchResult

_FILE_CHUNK = 64 * 1024


_SSL_LOCK = threading.Lock()
_SSL_CONTEXT: ssl.SSLContext | None = None


def _ssl_context() -> ssl.SSLContext:
    """One TLS context for every fetch: httpx would load the CA bundle again for each
    new Client, ~20 ms of CPU per feed, which was most of a cycle where all feeds say 304.
    An SSLContext is safe to share between threads.

    Locked, because a run's fetch threads all ask at once: a plain `cache` let
    each of them load the bundle (7 of 8 threads did in a profiled backlog run).
    """
    global _SSL_CONTEXT
    with _SSL_LOCK:
        if _SSL_CONTEXT is None:
            _SSL_CONTEXT = httpx.create_ssl_context()
        return _SSL_CONTEXT


def fetch_feed(
    feed: FeedConfig,
    health: FeedHealth | None,
    cfg: FetchConfig,
    *,
    client: httpx.Client | None = None,
    force: bool = False,
    now: datetime | None = None,
    deadline_seconds: float | None = None,
    read: ItemReader | None = None,
) -> FetchResult:
    """Fetch and parse one feed. `force` ignores next_check and skips the validators.

    `now` is when the check starts (a run passes its own start, so every feed of
    one run is measured from the same moment); the result carries it as checked_at.
    With `read`, a body parsed in a worker process has its items read there too
    (result.facts; see pool.py).
    """
    now = now or datetime.now(UTC)
    if not force and not is_due(health, now):
        return FetchResult(feed=feed.name, outcome="skipped_not_due", checked_at=now)
    result = _fetch(
        feed,
        health,
        cfg,
        client=client,
        force=force,
        now=now,
        deadline_seconds=deadline_seconds,
        read=read,
    )
    result.checked_at = now
    return result


def _fetch(
    feed: FeedConfig,
    health: FeedHealth | None,
    cfg: FetchConfig,
    *,
    client: httpx.Client | None,
    force: bool,
    now: datetime,
    deadline_seconds: float | None,
    read: ItemReader | None,
) -> FetchResult:
    request = build_request(feed, health, cfg, force=force, deadline_seconds=deadline_seconds)
    try:
        path = local_path(request.url)
        if path is not None:
            return _fetch_file(request, path, cfg, now, read)
        if client is not None:
            return _fetch_http(request, client, cfg, now, read)
        with httpx.Client(verify=_ssl_context()) as own_client:
            return _fetch_http(request, own_client, cfg, now, read)
    except FeedError as exc:
        return FetchResult(feed=feed.name, outcome="failed", error=exc, url=request.url)
    except Exception as exc:  # a bug or a library surprise must not stop the other feeds
        error = FeedError(
            feed.name, "internal_error", f"fetch {request.url}: {type(exc).__name__}: {exc}"
        )
        return FetchResult(feed=feed.name, outcome="failed", error=error, url=request.url)


# -- local files --------------------------------------------------------------------------


def _fetch_file(
    request: FeedRequest, path: Path, cfg: FetchConfig, now: datetime, read: ItemReader | None
) -> FetchResult:
    try:
        with path.open("rb") as handle:
            body = _read_file_capped(handle, request, path, cfg.max_bytes)
    except FileNotFoundError:
        raise FeedError(
            request.feed, "file_not_found", f"file {path}: no such file; check the feed's url"
        ) from None
    except OSError as exc:
        raise FeedError(request.feed, "file_error", f"file {path}: {exc.strerror or exc}") from None
    base_url = path.resolve().as_uri()
    return _parsed_result(
        request,
        body,
        base_url,
        None,
        now,
        FetchResult(feed=request.feed, outcome="ok", url=base_url),
        cfg,
        read,
    )


def _read_file_capped(handle: BinaryIO, request: FeedRequest, path: Path, cap: int) -> bytes:
    # Read in chunks rather than stat() first: the file may be a pipe or still growing.
    read = handle.read
    chunks: list[bytes] = []
    total = 0
    while chunk := read(_FILE_CHUNK):
        total += len(chunk)
        if total > cap:
            raise FeedError(
                request.feed,
                "too_large",
                f"file {path}: larger than the {cap}-byte limit (fetch.max_bytes)",
            )
        chunks.append(chunk)
    return b"".join(chunks)


# -- HTTP ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Hop:
    """Where the redirect walk stands."""

    url: str
    permanent_url: str | None = None
    only_permanent: bool = True  # every redirect so far was 301/308


def _fetch_http(
    request: FeedRequest,
    client: httpx.Client,
    cfg: FetchConfig,
    now: datetime,
    read: ItemReader | None,
) -> FetchResult:
    deadline = time.monotonic() + request.deadline_seconds
    hop = _Hop(url=request.url)
    visited: set[str] = set()
    while True:
        _check_deadline(request, hop.url, deadline, "connect")
        visited.add(hop.url)
        try:
            with client.stream(
                "GET",
                hop.url,
                headers=request.headers,
                follow_redirects=False,
                timeout=request.httpx_timeout(deadline - time.monotonic()),
            ) as response:
                if response.status_code in REDIRECT_STATUSES:
                    _follow(request, hop, response, visited, cfg)
                    continue
                return _final(request, hop, response, cfg, now, deadline, read)
        except httpx.InvalidURL as exc:
            raise transport_error(request.feed, hop.url, exc) from None
        except httpx.HTTPError as exc:
            raise transport_error(request.feed, hop.url, exc) from None


def _follow(
    request: FeedRequest,
    hop: _Hop,
    response: httpx.Response,
    visited: set[str],
    cfg: FetchConfig,
) -> None:
    """Move `hop` to the redirect target; remember it only along a 301/308-only chain."""
    location = response.headers.get("location")
    if not location:
        raise FeedError(
            request.feed,
            "bad_redirect",
            f"redirect {hop.url}: {response.status_code} without a Location header",
        )
    target = urljoin(hop.url, location)
    if urlsplit(target).scheme.lower() not in ("http", "https"):
        # A server must not be able to point us at file:// or anything else.
        raise FeedError(
            request.feed, "bad_redirect", f"redirect {hop.url}: refusing to follow to {target}"
        )
    if target in visited:
        raise FeedError(
            request.feed,
            "too_many_redirects",
            f"redirect {hop.url}: redirect loop back to {target}",
        )
    if len(visited) > cfg.max_redirects:
        raise FeedError(
            request.feed,
            "too_many_redirects",
            f"redirect {hop.url}: more than {cfg.max_redirects} redirects (fetch.max_redirects)",
        )
    hop.only_permanent = hop.only_permanent and response.status_code in PERMANENT_REDIRECTS
    if hop.only_permanent:
        hop.permanent_url = target
    hop.url = target


def _final(
    request: FeedRequest,
    hop: _Hop,
    response: httpx.Response,
    cfg: FetchConfig,
    now: datetime,
    deadline: float,
    read: ItemReader | None,
) -> FetchResult:
    headers = response.headers
    result = FetchResult(
        feed=request.feed,
        outcome="ok",
        http_status=response.status_code,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        permanent_url=hop.permanent_url,
        max_age_seconds=max_age_seconds(headers.get("cache-control")),
        url=hop.url,
    )
    verdict = interpret(request, hop.url, response.status_code, headers, now)
    result.retry_after_seconds = verdict.retry_after_seconds
    if verdict.verdict == "failed":
        result.outcome = "failed"
        result.error = verdict.error
        return result
    if verdict.verdict == "not_modified":
        result.outcome = "not_modified"
        return result
    try:
        _check_declared_length(request, hop.url, response, cfg.max_bytes)
        body = _read_capped(request, hop.url, response, cfg.max_bytes, deadline)
    except FeedError as exc:
        result.outcome = "failed"
        result.error = exc
        return result
    content_type = headers.get("content-type")
    return _parsed_result(request, body, hop.url, content_type, now, result, cfg, read)


def _check_declared_length(
    request: FeedRequest, url: str, response: httpx.Response, cap: int
) -> None:
    # Only trustworthy for an unencoded body; a gzip body is judged after decoding.
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        return
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > cap:
        raise FeedError(
            request.feed,
            "too_large",
            f"read {url}: Content-Length {length} exceeds the {cap}-byte limit (fetch.max_bytes)",
        )


def _read_capped(
    request: FeedRequest, url: str, response: httpx.Response, cap: int, deadline: float
) -> bytes:
    """The decoded body, refusing more than `cap` bytes and stopping at the deadline.

    Decompression is done here, not by httpx, so that zlib is never asked for
    more than cap + 1 bytes: a gzip bomb costs a bounded amount of memory.
    """
    decoder = _BoundedDecoder(request.feed, url, response.headers.get("content-encoding", ""))
    chunks: list[bytes] = []
    total = 0
    for raw in response.iter_raw():
        _check_deadline(request, url, deadline, "read", total)
        chunk = decoder.decode(raw, cap - total)
        total += len(chunk)
        if total > cap:
            raise FeedError(
                request.feed,
                "too_large",
                f"read {url}: body exceeds the {cap}-byte limit (fetch.max_bytes)",
            )
        chunks.append(chunk)
    tail = decoder.flush(cap - total)
    if total + len(tail) > cap:
        raise FeedError(
            request.feed,
            "too_large",
            f"read {url}: body exceeds the {cap}-byte limit (fetch.max_bytes)",
        )
    chunks.append(tail)
    return b"".join(chunks)


def _check_deadline(
    request: FeedRequest, url: str, deadline: float, phase: str, received: int = 0
) -> None:
    if time.monotonic() > deadline:
        raise FeedError(
            request.feed,
            "timeout",
            f"{phase} {url}: the whole fetch took longer than "
            f"{request.deadline_seconds:g}s (received {received} bytes)",
        )


class _BoundedDecoder:
    """Content-Encoding decoding that never produces more than it is asked for."""

    def __init__(self, feed: str, url: str, encoding: str) -> None:
        self._feed, self._url = feed, url
        name = encoding.strip().lower()
        self._raw_deflate_fallback = name == "deflate"
        if name in ("", "identity"):
            self._zlib: zlib._Decompress | None = None
        elif name in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif name == "deflate":
            self._zlib = zlib.decompressobj()
        else:
            raise FeedError(
                feed, "decode_error", f"read {url}: unsupported Content-Encoding {encoding!r}"
            )

    def decode(self, data: bytes, room: int) -> bytes:
        """At most room + 1 bytes: one more than allowed is enough to know it is too much."""
        if self._zlib is None:
            return data
        try:
            out = self._zlib.decompress(data, max(room, 0) + 1)
        except zlib.error as exc:
            if not self._raw_deflate_fallback:
                raise FeedError(
                    self._feed, "decode_error", f"read {self._url}: cannot decompress: {exc}"
                ) from None
            # Some servers send "deflate" as raw deflate, without the zlib header.
            self._raw_deflate_fallback = False
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.decode(data, room)
        self._raw_deflate_fallback = False  # only the first chunk can reveal a missing header
        return out

    def flush(self, room: int) -> bytes:
        if self._zlib is None:
            return b""
        try:
            return self._zlib.flush()[: max(room, 0) + 1]
        except zlib.error as exc:
            raise FeedError(
                self._feed, "decode_error", f"read {self._url}: truncated compressed body: {exc}"
            ) from None


# -- parsing ------------------------------------------------------------------------------


def _parsed_result(
    request: FeedRequest,
    body: bytes,
    base_url: str,
    content_type: str | None,
    now: datetime,
    result: FetchResult,
    cfg: FetchConfig,
    read: ItemReader | None,
) -> FetchResult:
    result.bytes_read = len(body)
    try:
        parsed = parse_body(  # a large body in a worker process: see pool.py
            body,
            feed_name=request.feed,
            base_url=base_url,
            content_type=content_type,
            now=now,
            processes=cfg.parse_processes,
            read=read,
        )
    except FeedError as exc:
        result.outcome = "failed"
        result.error = exc
        return result
    result.items = parsed.items
    result.items_skipped = parsed.skipped
    result.items_duplicate = parsed.duplicates
    result.ttl_minutes = parsed.ttl_minutes
    result.facts = parsed.facts
    return result
