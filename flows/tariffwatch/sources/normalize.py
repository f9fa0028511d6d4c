"""Item keys, canonical links, plain text from HTML: the rules every source shares."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref"})
FUTURE_TOLERANCE = timedelta(days=1)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")
_SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "hr",
        "dd",
        "dt",
    }
)


def canonical_link(link: str) -> str:
    """The link two outlets' copies of one URL agree on: tracking and fragment dropped."""
    parts = urlsplit(link.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    path = parts.path or ("/" if host else "")
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def _is_tracking(param: str) -> bool:
    name = param.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def normalize_text(text: str) -> str:
    """NFC, spaces collapsed, blank lines dropped: what the content hash is taken over."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _BLANK_LINES.sub("\n", _SPACES.sub(" ", text)).strip()


def content_hash(title: str, text: str) -> str:
    payload = f"{normalize_text(title)}\n{normalize_text(text)}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def item_key(guid: str | None, link: str | None, digest: str) -> str:
    """guid, else canonical link, else content hash; the prefix says which one it is."""
    if guid and guid.strip():
        return f"guid:{guid.strip()}"
    if link:
        return f"link:{canonical_link(link)}"
    return f"hash:{digest}"


def clamp_published(published: datetime | None, now: datetime) -> datetime:
    """UTC; a missing date or one more than a day ahead becomes `now`.

    A feed that dates items in the future would otherwise sort them after every
    real report and let them win the fold.
    """
    if published is None:
        return now
    if published.tzinfo is None:
        published = published.replace(tzinfo=now.tzinfo)
    if published - now > FUTURE_TOLERANCE:
        return now
    return published.astimezone(now.tzinfo)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text: tags stripped, entities unescaped, script/style dropped.

    Whitespace is collapsed inside a paragraph; block elements become line
    breaks so sentence splitting downstream still sees paragraph ends.
    """
    if "<" not in html and "&" not in html:
        return normalize_text(html)
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return normalize_text("".join(parser.parts))
