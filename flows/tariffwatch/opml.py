"""OPML in and out: the list of feeds every feed reader can import and export.

    feeds, problems = parse_opml(data)     # untrusted bytes: parsed with defusedxml
    data = to_opml(config.feeds)           # OPML 2.0, one <outline type="rss"> per feed

An OPML file is hostile input: defusedxml refuses DTDs, entities and external
references, and only http(s) feed URLs are taken (a file:// URL in someone
else's OPML must not make tariffwatch read local files). Nested outlines
(folders) are flattened. A disabled feed is exported with tw:enabled="false"
in tariffwatch's namespace, which other readers ignore and import reads back.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # writing only; parsing goes through defusedxml
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import format_datetime

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from tariffwatch.config import FeedConfig
from tariffwatch.errors import TariffwatchError

TW_NS = "https://github.com/tariffwatch/tariffwatch/opml"
MAX_OPML_BYTES = 5_000_000


class OPMLError(TariffwatchError):
    """An OPML file that cannot be read; the message says why."""


def parse_opml(data: bytes, *, source: str = "OPML") -> tuple[list[FeedConfig], list[str]]:
    """The feeds of an OPML document, in document order, and what was skipped and why."""
    if len(data) > MAX_OPML_BYTES:
        raise OPMLError(f"{source}: larger than {MAX_OPML_BYTES} bytes; is it really OPML?")
    try:
        root = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise OPMLError(f"{source}: refused unsafe XML ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        raise OPMLError(f"{source}: not well-formed XML ({exc})") from None
    if _local(root.tag) != "opml":
        raise OPMLError(f"{source}: the root element is <{_local(root.tag)}>, not <opml>")
    feeds: list[FeedConfig] = []
    problems: list[str] = []
    for outline in root.iter():
        if _local(outline.tag) != "outline":
            continue
        attrs = {_local(k).lower(): (v or "").strip() for k, v in outline.attrib.items()}
        url = attrs.get("xmlurl", "")
        if not url:
            continue  # a folder, or a plain link
        name = " ".join((attrs.get("title") or attrs.get("text") or url).split())
        if not url.lower().startswith(("http://", "https://")):
            problems.append(f"{name!r}: skipped, not an http(s) feed URL: {url}")
            continue
        enabled = attrs.get("enabled", "true").lower() != "false"
        feeds.append(FeedConfig(name=name, url=url, enabled=enabled))
    return feeds, problems


def to_opml(feeds: Sequence[FeedConfig], *, title: str = "tariffwatch feeds") -> bytes:
    """OPML 2.0 for `feeds`, UTF-8, with an XML declaration."""
    ET.register_namespace("tw", TW_NS)
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC), usegmt=True)
    body = ET.SubElement(root, "body")
    for feed in feeds:
        attrs = {"type": "rss", "text": feed.name, "title": feed.name, "xmlUrl": feed.url}
        if not feed.enabled:
            attrs[f"{{{TW_NS}}}enabled"] = "false"
        ET.SubElement(body, "outline", attrs)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
