"""fetch_feed against a real HTTP server on loopback (tests/feedserver.py)."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from feedserver import FeedServer, Reply, blackhole, conditional, refused_url
from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.sources import FeedHealth, FetchResult, fetch_feed, next_health

FEEDS = Path(__file__).parent / "data" / "feeds"
RSS = (FEEDS / "rss_basic.xml").read_bytes()
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
CFG = FetchConfig(timeout=0.5, max_bytes=1_000_000, max_redirects=5, user_agent="tw-test/1")
LM1 = "Mon, 12 May 2025 08:00:00 GMT"
LM2 = "Tue, 13 May 2025 08:00:00 GMT"


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        yield srv


def fetch(
    url: str, health: FeedHealth | None = None, cfg: FetchConfig = CFG, **kwargs: object
) -> FetchResult:
    return fetch_feed(FeedConfig(name="wire", url=url), health, cfg, now=NOW, **kwargs)  # type: ignore[arg-type]


def healthy_after(result: FetchResult, url: str, now: datetime = NOW) -> FeedHealth:
    """The stored health after `result`, made due again so the next fetch goes out."""
    health = next_health(FeedHealth.new(FeedConfig("wire", url)), result, CFG, now)
    health.next_check = None
    return health


def assert_failed(result: FetchResult, code: str) -> str:
    assert result.outcome == "failed", result
    assert result.error is not None
    assert result.error.code == code, result.error
    assert result.error.feed == "wire"
    assert result.items == []
    return result.error.message


# -- a plain fetch and conditional GET ----------------------------------------------------


def test_ok_fetch_parses_and_reports_headers(server: FeedServer) -> None:
    server.route(
        "/feed",
        Reply(
            body=RSS,
            headers={
                "Content-Type": "application/rss+xml",
                "ETag": '"v1"',
                "Last-Modified": LM1,
                "Cache-Control": "public, max-age=1800",
            },
        ),
    )
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok"
    assert [i.key for i in result.items] == ["guid:tw-1001", "guid:tw-1002", "guid:tw-1003"]
    assert (result.http_status, result.etag, result.last_modified) == (200, '"v1"', LM1)
    assert result.max_age_seconds == 1800
    assert result.ttl_minutes == 60
    assert result.bytes_read == len(RSS)
    assert result.permanent_url is None
    sent = server.requests[0].headers
    assert sent["user-agent"] == "tw-test/1"
    assert sent["accept-encoding"] == "gzip, deflate"
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_conditional_get_sends_validators_and_maps_304(server: FeedServer) -> None:
    server.route("/feed", conditional(RSS, etag='"v1"', last_modified=LM1))
    first = fetch(server.url("/feed"))
    health = healthy_after(first, server.url("/feed"))
    assert (health.etag, health.last_modified) == ('"v1"', LM1)

    second = fetch(server.url("/feed"), health)
    assert second.outcome == "not_modified"
    assert second.items == [] and second.http_status == 304
    sent = server.requests[1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == LM1


def test_new_last_modified_on_304_is_kept(server: FeedServer) -> None:
    server.route(
        "/feed",
        [
            Reply(body=RSS, headers={"ETag": '"v1"', "Last-Modified": LM1}),
            Reply(status=304, headers={"Last-Modified": LM2}),
        ],
    )
    health = healthy_after(fetch(server.url("/feed")), server.url("/feed"))
    result = fetch(server.url("/feed"), health)
    assert result.outcome == "not_modified"
    after = next_health(health, result, CFG, NOW)
    assert after.last_modified == LM2
    assert after.etag == '"v1"'  # the 304 sent none: the old one stays


def test_force_skips_validators_and_the_schedule(server: FeedServer) -> None:
    server.route("/feed", conditional(RSS, etag='"v1"'))
    health = FeedHealth(
        name="wire",
        url=server.url("/feed"),
        etag='"v1"',
        last_modified=LM1,
        next_check=NOW + timedelta(hours=1),
    )
    result = fetch(server.url("/feed"), health, force=True)
    assert result.outcome == "ok" and len(result.items) == 3
    sent = server.requests[0].headers
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_not_due_is_skipped_without_a_request(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS))
    health = FeedHealth(name="wire", url=server.url("/feed"), next_check=NOW + timedelta(minutes=1))
    result = fetch(server.url("/feed"), health)
    assert result.outcome == "skipped_not_due"
    assert server.hits() == 0


def test_a_200_echoing_our_etag_counts_as_not_modified(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS, headers={"ETag": '"v1"'}))  # ignores If-None-Match
    health = FeedHealth(name="wire", url=server.url("/feed"), etag='"v1"')
    assert fetch(server.url("/feed"), health).outcome == "not_modified"


def test_etag_wins_over_an_unchanged_last_modified(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS, headers={"ETag": '"v2"', "Last-Modified": LM1}))
    health = FeedHealth(name="wire", url=server.url("/feed"), etag='"v1"', last_modified=LM1)
    result = fetch(server.url("/feed"), health)
    assert result.outcome == "ok" and result.etag == '"v2"'


def test_health_of_another_url_is_not_used(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS))
    stale = FeedHealth(
        name="wire",
        url="https://old.example.com/rss",
        etag='"old"',
        permanent_url="https://moved.example.com/rss",
    )
    result = fetch(server.url("/feed"), stale)
    assert result.outcome == "ok"
    assert "if-none-match" not in server.requests[0].headers


# -- redirects ----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_is_remembered_and_used(server: FeedServer, status: int) -> None:
    server.route("/old", Reply(status=status, headers={"Location": "/new"}))
    server.route("/new", Reply(body=RSS))
    first = fetch(server.url("/old"))
    assert first.outcome == "ok" and first.permanent_url == server.url("/new")
    health = healthy_after(first, server.url("/old"))
    assert health.permanent_url == server.url("/new")

    second = fetch(server.url("/old"), health)
    assert second.outcome == "ok"
    assert server.hits("/old") == 1 and server.hits("/new") == 2


@pytest.mark.parametrize("status", [302, 303, 307])
def test_temporary_redirect_is_followed_not_remembered(server: FeedServer, status: int) -> None:
    server.route("/feed", Reply(status=status, headers={"Location": server.url("/today")}))
    server.route("/today", Reply(body=RSS))
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok" and len(result.items) == 3
    assert result.permanent_url is None
    assert result.url == server.url("/today")


def test_permanent_then_temporary_remembers_only_the_permanent_hop(server: FeedServer) -> None:
    server.route("/a", Reply(status=301, headers={"Location": "/b"}))
    server.route("/b", Reply(status=302, headers={"Location": "/c"}))
    server.route("/c", Reply(body=RSS))
    assert fetch(server.url("/a")).permanent_url == server.url("/b")


def test_redirect_loop(server: FeedServer) -> None:
    server.route("/a", Reply(status=302, headers={"Location": "/b"}))
    server.route("/b", Reply(status=302, headers={"Location": "/a"}))
    message = assert_failed(fetch(server.url("/a")), "too_many_redirects")
    assert "loop" in message
    assert server.hits() == 2


def test_too_many_redirects(server: FeedServer) -> None:
    for i in range(10):
        server.route(f"/r{i}", Reply(status=302, headers={"Location": f"/r{i + 1}"}))
    message = assert_failed(fetch(server.url("/r0")), "too_many_redirects")
    assert "fetch.max_redirects" in message
    assert server.hits() == CFG.max_redirects + 1


def test_redirect_to_a_local_file_is_refused(server: FeedServer) -> None:
    server.route("/feed", Reply(status=302, headers={"Location": "file:///etc/passwd"}))
    assert "file:///etc/passwd" in assert_failed(fetch(server.url("/feed")), "bad_redirect")


# -- HTTP errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code", "advice"),
    [
        (404, "http_404", "check the feed URL"),
        (410, "http_410", "remove it from the config"),
        (403, "http_403", "refuses"),
        (500, "http_5xx", "backoff"),
        (502, "http_5xx", "backoff"),
    ],
)
def test_http_error_statuses(server: FeedServer, status: int, code: str, advice: str) -> None:
    server.route("/feed", Reply(status=status, body=b"nope"))
    message = assert_failed(fetch(server.url("/feed")), code)
    assert message.startswith(f"http GET {server.url('/feed')}: {status}")
    assert advice in message


def test_429_with_retry_after_seconds(server: FeedServer) -> None:
    server.route("/feed", Reply(status=429, headers={"Retry-After": "120"}))
    result = fetch(server.url("/feed"))
    assert_failed(result, "http_429")
    assert result.retry_after_seconds == 120
    after = next_health(
        FeedHealth.new(FeedConfig("wire", server.url("/feed"))),
        result,
        FetchConfig(interval_minutes=0.5),
        NOW,
    )
    assert after.next_check is not None
    assert after.next_check - NOW >= timedelta(seconds=120)


def test_503_with_retry_after_http_date(server: FeedServer) -> None:
    when = format_datetime(NOW + timedelta(minutes=45), usegmt=True)
    server.route("/feed", Reply(status=503, headers={"Retry-After": when}))
    result = fetch(server.url("/feed"))
    assert_failed(result, "http_5xx")
    assert result.retry_after_seconds == 45 * 60
    assert result.http_status == 503


# -- network failures and time limits ------------------------------------------------------


def test_connection_refused() -> None:
    url = refused_url()
    message = assert_failed(fetch(url), "connect_error")
    assert message.startswith(f"connect {url}")


def test_server_that_never_answers_times_out() -> None:
    cfg = FetchConfig(timeout=0.2)
    with blackhole() as url:
        started = time.monotonic()
        message = assert_failed(fetch(url, cfg=cfg), "timeout")
        assert time.monotonic() - started < 2
    assert message.startswith(f"read {url}")


def test_dribbled_body_hits_the_deadline(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS, dribble=0.01))  # ~15 s for the whole body
    started = time.monotonic()
    result = fetch(server.url("/feed"), deadline_seconds=0.3)
    elapsed = time.monotonic() - started
    message = assert_failed(result, "timeout")
    assert "took longer than 0.3s" in message
    assert elapsed < 1.5  # each byte came well within the read timeout: the deadline cut it


def test_default_deadline_is_a_multiple_of_the_timeout(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS, dribble=0.01))
    started = time.monotonic()
    assert_failed(fetch(server.url("/feed"), cfg=FetchConfig(timeout=0.1)), "timeout")
    assert time.monotonic() - started < 1.5


# -- size cap -----------------------------------------------------------------------------


def test_declared_length_over_the_cap(server: FeedServer) -> None:
    server.route("/feed", Reply(body=b"x" * 2_000_000))
    result = fetch(server.url("/feed"))
    assert "Content-Length 2000000" in assert_failed(result, "too_large")
    assert result.http_status == 200


def test_streamed_body_over_the_cap(server: FeedServer) -> None:
    server.route("/feed", Reply(body=b"<rss>" + b"x" * 2_000_000, content_length=False))
    result = fetch(server.url("/feed"))
    assert "fetch.max_bytes" in assert_failed(result, "too_large")


def test_gzip_feed_is_decoded(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS, gzip=True))
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok" and len(result.items) == 3
    assert result.bytes_read == len(RSS)


def test_gzip_bomb_is_cut_with_bounded_memory(server: FeedServer) -> None:
    bomb = gzip.compress(b"\0" * 5_000_000)  # ~5 KB on the wire
    server.route("/feed", Reply(body=bomb, headers={"Content-Encoding": "gzip"}))
    tracemalloc.start()
    try:
        result = fetch(server.url("/feed"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "fetch.max_bytes" in assert_failed(result, "too_large")
    assert peak < 3 * CFG.max_bytes  # never near the 5 MB the bomb expands to


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
def test_deflate_with_and_without_zlib_header(server: FeedServer, wbits: int) -> None:
    packer = zlib.compressobj(wbits=wbits)
    body = packer.compress(RSS) + packer.flush()
    server.route("/feed", Reply(body=body, headers={"Content-Encoding": "deflate"}))
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok", result.error
    assert len(result.items) == 3


def test_a_broken_url_is_a_feed_error_not_an_exception() -> None:
    message = assert_failed(fetch("ftp://example.com/feed.xml"), "bad_url")
    assert message.startswith("request ftp://example.com/feed.xml")


def test_unsupported_content_encoding(server: FeedServer) -> None:
    server.route("/feed", Reply(body=b"\x1b\x00", headers={"Content-Encoding": "br"}))
    assert "'br'" in assert_failed(fetch(server.url("/feed")), "decode_error")


def test_corrupt_gzip(server: FeedServer) -> None:
    server.route("/feed", Reply(body=b"not gzip at all", headers={"Content-Encoding": "gzip"}))
    assert_failed(fetch(server.url("/feed")), "decode_error")


# -- bodies that are not feeds ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type", "code"),
    [
        ((FEEDS / "malformed.xml").read_bytes(), "application/xml", "malformed_xml"),
        ((FEEDS / "html_page.html").read_bytes(), "text/html; charset=utf-8", "not_a_feed"),
        (b"", "application/rss+xml", "empty"),
    ],
)
def test_bad_bodies(server: FeedServer, body: bytes, content_type: str, code: str) -> None:
    server.route("/feed", Reply(body=body, headers={"Content-Type": content_type}))
    assert assert_failed(fetch(server.url("/feed")), code).startswith("parse: ")


def test_empty_feed_is_ok_with_no_items(server: FeedServer) -> None:
    server.route("/feed", Reply(body=(FEEDS / "empty_feed.xml").read_bytes()))
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok" and result.items == []


def test_wrong_charset_header_still_gives_text(server: FeedServer) -> None:
    server.route(
        "/feed",
        Reply(
            body=(FEEDS / "cp1252_body.xml").read_bytes(),
            headers={"Content-Type": "application/rss+xml; charset=utf-8"},
        ),
    )
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok"
    assert result.items[0].text == "Bruxelles prévoit des mesures dès lundi — « riposte »."


@pytest.mark.parametrize("name", ["xxe_file.xml", "xxe_inline.xml", "billion_laughs.xml"])
def test_entity_attacks_are_refused(server: FeedServer, name: str) -> None:
    server.route("/feed", Reply(body=(FEEDS / name).read_bytes()))
    result = fetch(server.url("/feed"))
    assert_failed(result, "unsafe_xml")


def test_external_dtd_is_never_fetched(server: FeedServer) -> None:
    # No entity declared, so the prefilter lets it through: feedparser/expat must not load it.
    dtd_url = server.url("/evil.dtd")
    body = RSS.replace(
        b"<rss version", f'<!DOCTYPE rss SYSTEM "{dtd_url}">\n<rss version'.encode(), 1
    )
    server.route("/evil.dtd", Reply(body=b'<!ENTITY leak SYSTEM "file:///etc/passwd">'))
    server.route("/feed", Reply(body=body))
    result = fetch(server.url("/feed"))
    assert result.outcome == "ok" and len(result.items) == 3
    assert server.hits("/evil.dtd") == 0
    assert not any("root:" in i.title + i.text for i in result.items)


# -- local files --------------------------------------------------------------------------


def test_file_url_and_plain_path(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(RSS)
    for url in (path.as_uri(), str(path)):
        result = fetch(url)
        assert result.outcome == "ok", result.error
        assert len(result.items) == 3
        assert result.bytes_read == len(RSS)


def test_missing_file(tmp_path: Path) -> None:
    message = assert_failed(fetch(str(tmp_path / "nope.xml")), "file_not_found")
    assert message.startswith("file ")


def test_file_over_the_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(b"x" * 200_000)
    assert_failed(fetch(path.as_uri(), cfg=FetchConfig(max_bytes=100_000)), "too_large")


def test_directory_instead_of_a_file(tmp_path: Path) -> None:
    assert_failed(fetch(str(tmp_path)), "file_error")


def test_caller_client_is_used_and_left_open(server: FeedServer) -> None:
    server.route("/feed", Reply(body=RSS))
    with httpx.Client(follow_redirects=True, headers={"X-Probe": "1"}) as client:
        result = fetch(server.url("/feed"), client=client)
        assert not client.is_closed
    assert result.outcome == "ok"
    assert server.requests[0].headers["x-probe"] == "1"


def test_fetch_threads_asking_at_once_load_the_ca_bundle_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    from tariffwatch.sources import fetch as fetch_module

    made: list[object] = []

    def slow_context() -> object:
        time.sleep(0.05)  # loading a CA bundle takes a while; the other threads ask meanwhile
        made.append(object())
        return made[-1]

    monkeypatch.setattr(fetch_module, "_SSL_CONTEXT", None)
    monkeypatch.setattr(fetch_module.httpx, "create_ssl_context", slow_context)
    got: list[object] = []
    threads = [
        threading.Thread(target=lambda: got.append(fetch_module._ssl_context())) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1 and got == made * 8
