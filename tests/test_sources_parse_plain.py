"""Feeds of plain markup are parsed without feedparser's sanitizer and URI resolver;
every item's text is the same as with them (so no stored content hash changes)."""

from __future__ import annotations

import io
import random
from datetime import UTC, datetime
from html.entities import name2codepoint
from typing import Any
from xml.sax.saxutils import escape

import feedparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tariffwatch.model import Item
from tariffwatch.sources import parse as parse_module
from tariffwatch.sources.parse import entry_to_item, parse_feed_detailed, plain_markup

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
BASE = "https://news.example.com/trade/feed.xml"


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        ("Canada matched the 25% levy.", True),
        ("<p>Ottawa &amp; Washington <b>met</b> on Monday.</p><br/><br>", True),
        ('<a href="/story?id=7&amp;ref=rss" class="more">More</a> &#8217;&#x2019;&hellip;', True),
        ("<img src=chart.png /><hr><P CLASS='lede'>Steel</P>", True),
        ("<p>Steel &amp AT&T</p>", False),  # a reference without its semicolon
        ("<p>tariffs &unknownword; rose</p>", False),  # not an HTML 4 entity name
        ("rates went 5 < 10", False),  # a bare "<"
        ("<p>Steel</p><!-- tracking pixel -->", False),
        ("<noscript>Enable scripts</noscript>", False),  # kept by one, dropped by the other
        ("<template>draft</template><script>x()</script>", False),
        ("<p>Steel</br></p>", False),  # an end tag of a void element
        ('<a title="caf\u00e9">Cafe</a>', False),  # attribute values stay ASCII
        ("<iframe src=x></iframe>", False),
        ("<![CDATA[quoted]]>", False),
    ],
)
def test_plain_markup(value: str, plain: bool) -> None:
    assert plain_markup(value) is plain


def rss(descriptions: list[str], titles: list[str] | None = None) -> bytes:
    titles = titles or [f"Story {n}" for n in range(len(descriptions))]
    entries = "".join(
        f"<item><guid>s-{n}</guid><title>{escape(title)}</title><link>/s/{n}</link>"
        f"<pubDate>Mon, 12 May 2025 08:30:00 +0000</pubDate>"
        f"<description>{escape(text)}</description></item>"
        for n, (title, text) in enumerate(zip(titles, descriptions, strict=True))
    )
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
        f"{entries}</channel></rss>"
    ).encode()


def sanitized_items(body: bytes) -> list[Item]:
    """What the items were when feedparser always sanitized (its default)."""
    parsed = feedparser.parse(io.BytesIO(body))
    found = [entry_to_item(e, feed_name="w", base_url=BASE, now=NOW) for e in parsed.entries]
    return [item for item in found if item is not None]  # the guids are unique


def items(body: bytes) -> list[Item]:
    return parse_feed_detailed(body, feed_name="w", base_url=BASE, now=NOW).items


def counted_parses(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []
    real = feedparser.parse

    def spy(source: Any, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(source, **kwargs)

    monkeypatch.setattr(parse_module.feedparser, "parse", spy)
    return calls


def test_a_plain_feed_is_parsed_once_without_the_sanitizer(monkeypatch) -> None:
    body = rss(["<p>Japan cut its tariff on US beef to 9%.</p>", "Talks resume &amp; continue."])
    expected = sanitized_items(body)
    calls = counted_parses(monkeypatch)
    assert items(body) == expected
    assert [c["sanitize_html"] for c in calls] == [False]


def test_a_feed_with_other_markup_is_parsed_again_as_feedparser_sanitizes(monkeypatch) -> None:
    body = rss(["<p>Plain.</p>", "<p>Seoul &unknownword; <noscript>video</noscript></p>"])
    expected = sanitized_items(body)
    calls = counted_parses(monkeypatch)
    assert items(body) == expected
    assert [c["sanitize_html"] for c in calls] == [False, True]


_TAGS = ["p", "div", "br", "b", "span class='x'", "a href='/s?a=1&amp;b=2'", "li", "h2", "em"]
_TAGS += ["noscript", "template", "script", "style", "applet", "iframe", "svg", "custom", "hr"]
_WORDS = ["Steel", "25%", "&amp;", "&nbsp;", "&lt;", "&#8217;", "&#150;", "&rsquo", "&bogus;"]
_WORDS += ["a<b", "5 < 10", "\u00c3\u00a9", "\u2019", "<!-- c -->", "<![CDATA[z]]>", "</br>", "\n"]


def _fragment(rng: random.Random, depth: int = 0) -> str:
    out = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.5 or depth > 2:
            out.append(rng.choice(_WORDS))
        else:
            tag = rng.choice(_TAGS)
            closing = f"</{tag.split()[0]}>" if rng.random() < 0.85 else ""
            out.append(f"<{tag}>{_fragment(rng, depth + 1)}{closing}")
        out.append(rng.choice(["", " "]))
    return "".join(out)


def test_generated_markup_gives_the_sanitized_items_whichever_way_it_is_parsed() -> None:
    rng = random.Random(20251130)
    for _ in range(150):
        descriptions = [_fragment(rng) for _ in range(rng.randint(1, 3))]
        titles = [_fragment(rng, depth=2) for _ in descriptions]
        body = rss(descriptions, titles)
        assert items(body) == sanitized_items(body), descriptions


def _plain_markup_tag_by_tag(value: str) -> bool:
    # plain_markup as it was, matching at each "<" and "&" in turn: the reference.
    at = value.find("<")
    while at != -1:
        tag = parse_module._SIMPLE_TAG_AT.match(value, at)
        if tag is None:
            return False
        name = tag.group(2).lower()
        if name not in parse_module._PLAIN_ELEMENTS or (
            tag.group(1) and name in parse_module._VOID_ELEMENTS
        ):
            return False
        at = value.find("<", tag.end())
    at = value.find("&")
    while at != -1:
        reference = parse_module._REFERENCE_AT.match(value, at)
        if reference is None:
            return False
        entity = reference.group(1)
        if entity is not None and entity not in name2codepoint:
            return False
        at = value.find("&", reference.end())
    return True


_MARKUP_PIECES = [
    "<p>", "</p>", "<br/>", "</br>", "<b class='x'>", '<a href="/s?a=1&amp;b=2">', "</a>",
    "<script>", "<P>", "<hr >", "<", ">", "&", ";", "&amp;", "&AMP;", "&#38;", "&#x26;",
    "&hellip;", "&nosuch;", "&#;", "steel ", "é", "<p", "'", '"', "=", " ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_MARKUP_PIECES), max_size=25).map("".join))
@settings(max_examples=1000, deadline=None)
def test_plain_markup_is_what_matching_tag_by_tag_says(value: str) -> None:
    assert plain_markup(value) is _plain_markup_tag_by_tag(value)
