"""parse_feed and normalization, driven by the fixtures in tests/data/feeds/."""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tariffwatch.errors import FeedError
from tariffwatch.sources import (
    canonical_link,
    content_hash,
    html_to_text,
    item_key,
    parse_feed,
    parse_feed_detailed,
)
from tariffwatch.sources.normalize import normalize_text
from tariffwatch.sources.parse import without_cdata

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
BASE = "https://news.example.com/feed.xml"

# file, content type, expected error code (None: parses), expected titles in order
CASES: list[tuple[str, str | None, str | None, list[str]]] = [
    (
        "rss_basic.xml",
        "application/rss+xml",
        None,
        [
            "US cuts tariff on Chinese goods to 30%",
            "EU & Japan resume trade talks",
            "Canada threatens duties on steel",
        ],
    ),
    (
        "atom_basic.xml",
        "application/atom+xml",
        None,
        ["India pauses retaliatory tariffs", "Plain text entry"],
    ),
    ("duplicate_guids.xml", None, None, ["First copy", "Other"]),
    ("missing_guids.xml", None, None, ["Mexico tariff story", "No link, no guid"]),
    ("dates.xml", None, None, ["Undated", "From the future", "Slightly ahead", "Offset"]),
    ("truncated.xml", None, None, ["Complete item", "Half an item"]),
    ("empty_feed.xml", None, None, []),
    (
        "cp1252_body.xml",
        "application/rss+xml; charset=utf-8",
        None,
        ["Droits de douane : l’UE riposte à 25 %"],
    ),  # no-break space collapsed
    ("netscape_rss091.xml", None, None, ["Old-style item"]),
    ("cdata_quotes_entity.xml", None, None, ["Why feeds refuse entities"]),
    ("malformed.xml", None, "malformed_xml", []),
    ("html_page.html", "text/html; charset=utf-8", "not_a_feed", []),
    ("billion_laughs.xml", None, "unsafe_xml", []),
    ("xxe_file.xml", None, "unsafe_xml", []),
    ("xxe_inline.xml", None, "unsafe_xml", []),
]


def parse(name: str, content_type: str | None = None) -> list:
    return parse_feed(
        (FEEDS / name).read_bytes(),
        feed_name="test",
        base_url=BASE,
        content_type=content_type,
        now=NOW,
    )


def test_every_fixture_has_a_case() -> None:
    fixtures = {p.name for p in FEEDS.iterdir() if p.suffix in (".xml", ".html")}
    assert fixtures == {case[0] for case in CASES}


@pytest.mark.parametrize(
    ("name", "content_type", "code", "titles"), CASES, ids=[case[0] for case in CASES]
)
def test_fixture(name: str, content_type: str | None, code: str | None, titles: list[str]) -> None:
    if code is None:
        items = parse(name, content_type)
        assert [item.title for item in items] == titles
        assert all(item.source == "test" for item in items)
        assert all(item.published.tzinfo is UTC for item in items)
        assert len({item.key for item in items}) == len(items)
    else:
        with pytest.raises(FeedError) as caught:
            parse(name, content_type)
        assert caught.value.code == code
        assert caught.value.feed == "test"
        assert caught.value.message.startswith("parse: ")


def test_rss_item_fields() -> None:
    first, second, third = parse("rss_basic.xml")
    assert first.key == "guid:tw-1001"
    assert first.guid == "tw-1001"
    assert first.published == datetime(2025, 5, 12, 8, 30, tzinfo=UTC)
    # script and style dropped, entities unescaped, paragraphs kept as lines
    assert first.text == (
        "The US will cut its tariff on Chinese imports from 145% to 30% for 90 "
        "days.\nMarkets & investors cheered — briefly."
    )
    assert "alert" not in first.text and "color" not in first.text
    assert first.link == "https://news.example.com/2025/05/us-china-tariff"
    assert second.link == "https://news.example.com/2025/05/eu-japan"  # relative, resolved
    assert second.published == datetime(2025, 5, 13, 9, 0, tzinfo=UTC)  # +0800 -> UTC
    assert third.link is None
    assert first.content_hash == content_hash(first.title, first.text)


def test_rss_ttl_is_reported() -> None:
    parsed = parse_feed_detailed(
        (FEEDS / "rss_basic.xml").read_bytes(), feed_name="t", base_url=BASE, now=NOW
    )
    assert parsed.ttl_minutes == 60.0


def test_atom_prefers_content_and_keeps_plain_text_literal() -> None:
    html_entry, text_entry = parse("atom_basic.xml")
    assert html_entry.text == "India paused its retaliatory tariffs.\nTalks continue."
    assert html_entry.link == "https://policy.example.org/india-pause"  # fragment dropped
    assert text_entry.text == "Rates rise if 5 < 6 & talks fail."
    assert text_entry.published == datetime(2025, 5, 11, 14, 0, tzinfo=UTC)  # published wins


def test_duplicate_guid_keeps_the_first_and_counts() -> None:
    parsed = parse_feed_detailed(
        (FEEDS / "duplicate_guids.xml").read_bytes(), feed_name="t", base_url=BASE, now=NOW
    )
    assert [i.text for i in parsed.items] == ["one", "three"]
    assert parsed.duplicates == 1


def test_links_differing_by_tracking_params_share_one_key() -> None:
    parsed = parse_feed_detailed(
        (FEEDS / "missing_guids.xml").read_bytes(), feed_name="t", base_url=BASE, now=NOW
    )
    story, no_link = parsed.items
    assert story.key == "link:https://wire.example.net/story?b=2&id=7"
    assert story.text == "Version A"  # the first copy wins
    assert no_link.key == f"hash:{no_link.content_hash}"
    assert parsed.duplicates == 1
    assert parsed.skipped == 1  # the entry with neither title nor text


def test_dates_missing_future_and_offset() -> None:
    undated, future, ahead, offset = parse("dates.xml")
    assert undated.published == NOW
    assert future.published == NOW  # 2099 clamped
    assert ahead.published == NOW + timedelta(hours=2)  # under a day ahead: believed
    assert offset.published == datetime(2025, 6, 1, 0, 0, tzinfo=UTC)


def test_wrong_charset_header_still_gives_text() -> None:
    (item,) = parse("cp1252_body.xml", "application/rss+xml; charset=utf-8")
    assert item.text == "Bruxelles prévoit des mesures dès lundi — « riposte »."
    assert "\ufffd" not in item.title + item.text


def test_html_page_names_the_feed_it_links_to() -> None:
    with pytest.raises(FeedError) as caught:
        parse("html_page.html", "text/html")
    assert "https://news.example.com/rss/all.xml" in caught.value.message


@pytest.mark.parametrize("body", [b"", b"   \n  "])
def test_empty_body(body: bytes) -> None:
    with pytest.raises(FeedError) as caught:
        parse_feed(body, feed_name="t", base_url=BASE, now=NOW)
    assert caught.value.code == "empty"


def test_billion_laughs_is_refused_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(FeedError) as caught:
        parse("billion_laughs.xml")
    assert caught.value.code == "unsafe_xml"
    assert time.monotonic() - started < 2  # an expansion takes minutes


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_entity_declaration_cannot_hide_in_a_wide_encoding(encoding: str) -> None:
    text = (
        (FEEDS / "xxe_file.xml").read_text().replace('encoding="UTF-8"', f'encoding="{encoding}"')
    )
    body = text.encode(encoding)
    with pytest.raises(FeedError) as caught:
        parse_feed(body, feed_name="t", base_url=BASE, now=NOW)
    assert caught.value.code == "unsafe_xml"


def test_a_body_that_names_a_local_file_is_not_opened() -> None:
    # feedparser.parse(bytes) would open() a path given as bytes; we pass a stream.
    with pytest.raises(FeedError) as caught:
        parse_feed(b"/etc/passwd", feed_name="t", base_url=BASE, now=NOW)
    assert caught.value.code in ("not_a_feed", "malformed_xml")


# -- normalization ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "canonical"),
    [
        ("HTTPS://Example.COM/a/b?x=1#frag", "https://example.com/a/b?x=1"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a?utm_source=x&UTM_Medium=y&id=3", "https://example.com/a?id=3"),
        (
            "https://example.com/a?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=rss",
            "https://example.com/a",
        ),
        ("https://example.com/a?b=2&a=1&a=0", "https://example.com/a?a=0&a=1&b=2"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/Case/Path", "https://example.com/Case/Path"),  # paths keep case
    ],
)
def test_canonical_link(link: str, canonical: str) -> None:
    assert canonical_link(link) == canonical


@pytest.mark.parametrize(
    ("guid", "link", "key"),
    [
        ("abc", "https://x.example/1", "guid:abc"),
        ("  abc ", None, "guid:abc"),
        ("", "https://X.example/1?utm_source=a", "link:https://x.example/1"),
        (None, None, "hash:d1"),
    ],
)
def test_item_key_precedence(guid: str | None, link: str | None, key: str) -> None:
    assert item_key(guid, link, "d1") == key


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>A &amp; B</p><p>C&nbsp;D</p>", "A & B\nC D"),  # no-break space collapsed too
        ("<script>var x = '<p>no</p>';</script>Kept", "Kept"),
        ("<style>p { x: y }</style><b>bold</b>   and\n\n  spaced", "bold and\nspaced"),
        ("no markup at all", "no markup at all"),
        ("5 &lt; 6", "5 < 6"),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_content_hash_ignores_whitespace_layout_only() -> None:
    assert content_hash("Title", "a  b\n\n c") == content_hash(" Title ", "a b\nc")
    assert content_hash("Title", "a b") != content_hash("Title", "a c")


_CDATA_PIECES = [
    b"<![CDATA[",
    b"]]>",
    b"]]",
    b"]",
    b">",
    b"<!",
    b"<![CDATA",
    b"[",
    b"x",
    b"\n",
    b"<!ENTITY",
]


@given(st.lists(st.sampled_from(_CDATA_PIECES), max_size=30).map(b"".join))
@settings(max_examples=500, deadline=None)
def test_without_cdata_drops_what_the_lazy_cdata_regex_drops(body: bytes) -> None:
    cdata = re.compile(rb"<!\[CDATA\[.*?\]\]>", re.DOTALL)
    assert without_cdata(body) == cdata.sub(b"", body)


@pytest.mark.parametrize("path", sorted(FEEDS.iterdir()), ids=lambda p: p.name)
def test_without_cdata_on_every_fixture(path: Path) -> None:
    body = path.read_bytes()
    assert without_cdata(body) == re.sub(rb"<!\[CDATA\[.*?\]\]>", b"", body, flags=re.DOTALL)


def _normalize_text_by_lines(text: str) -> str:
    # normalize_text without its shortcut for text that needs only blank lines dropped.
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join([line for raw in text.split("\n") if (line := " ".join(raw.split()))])


_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_the_irregular_spaces_are_every_whitespace_but_space_and_newline() -> None:
    from tariffwatch.sources.normalize import _IRREGULAR, _IRREGULAR_ASCII

    assert sorted(s for s in _IRREGULAR if len(s) == 1) == sorted(set(_SPACES) - {" ", "\n"})
    assert set(_IRREGULAR_ASCII) == {s for s in _IRREGULAR if s.isascii()}


@pytest.mark.parametrize(
    "text",
    [
        *(f"a{space}b\nc" for space in _SPACES),
        *(f"a\n{space}b" for space in _SPACES),
        *(f"a{space}\nb" for space in _SPACES),
        " a\nb",
        "a\nb ",
        "a  b\nc",
        "a\n\n\nb\n",
        "\n\na b\nc d\n\n",
        "caf\u00e9 d\u00e9j\u00e0\nvu",
        "cafe\u0301\nb",
    ],
)
def test_normalize_text_is_what_splitting_every_line_gives(text: str) -> None:
    assert normalize_text(text) == _normalize_text_by_lines(text)


@given(st.lists(st.sampled_from([*_SPACES, "a", "Zé", "\n", "\n\n", "  ", "e\u0301"])).map("".join))
@settings(max_examples=1000, deadline=None)
def test_normalize_text_is_what_splitting_every_line_gives_any_text(text: str) -> None:
    assert normalize_text(text) == _normalize_text_by_lines(text)
