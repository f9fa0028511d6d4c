"""Many changes for one route -> a few grouped messages, as Alertmanager groups alerts. Pure.

When more changes are due for a route in one cycle than [alerts]
group_threshold, nobody wants one message each. They are grouped per country
pair (both directions of a tariff and the talks between the two countries
read as one story), in order of each pair's first change, and packed into as
few messages as the route's size limit allows: a pair too long for one
message is continued in the next. Together the messages list every change,
each as one line (its title, when it was published, its first source), and
each message says how many changes and pairs the whole batch holds ("87
changes, 12 pairs") and which part it is. Its footer lists the ids of the
changes it carries, as a single alert's footer names its one change, so a
receiver can still de-duplicate per change.

Each Group knows the change ids it carries, so the outbox marks exactly those
sent when the route takes the message.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from tariffwatch.alerts.names import country_name
from tariffwatch.alerts.render import (
    TITLE_MAX,
    Message,
    change_title,
    html_link,
    safe_link,
    slack_escape,
    slack_link,
    truncate,
)
from tariffwatch.model import Change

FORMATS = ("text", "html", "markdown")
_RESERVE = 600  # room kept in every message for its intro and footer
_LINE_MAX = 400  # one change's line never takes more than this (title 150, a link)


@dataclass(frozen=True, slots=True)
class Group:
    """One grouped message and the changes (in order) it carries."""

    message: Message
    change_ids: tuple[str, ...]
    pairs: tuple[str, ...]  # the pair keys it covers, in order
    group_id: str  # a hash of its change ids: a key a receiver can de-duplicate on


def pair_key(change: Change) -> str:
    """The country pair a change belongs to, direction-free: "CN-US"."""
    if change.kind == "negotiation":
        codes = [c for c in change.parties if c]
    else:
        codes = [c for c in (change.imposer, change.target) if c]
    return "-".join(sorted({c.upper() for c in codes})) or "?"


def pair_label(key: str) -> str:
    """ "CN-US" -> "US–China": big blocs first, as news writes it."""
    first = {"US": 0, "EU": 1, "*": 9}
    codes = sorted(key.split("-"), key=lambda c: (first.get(c, 2), c))
    return "–".join(country_name(c) for c in codes)


def by_pair(changes: Sequence[Change]) -> dict[str, list[Change]]:
    """Changes per pair, pairs in order of their first change, changes in the given order."""
    pairs: dict[str, list[Change]] = {}
    for change in changes:
        pairs.setdefault(pair_key(change), []).append(change)
    return pairs


def plan_groups(changes: Sequence[Change], *, fmt: str, limit: int) -> list[Group]:
    """Every change in as few messages as fit `limit` characters of the `fmt` body."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown body format {fmt!r}; expected one of {FORMATS}")
    pairs = by_pair(changes)
    lines = _Lines()
    # Every message takes at least one change, so a target whose limit is below one
    # line and the frame (an SMS gateway) still gets each change, cut by apprise.
    room = max(limit - _RESERVE, 0)
    # Each chunk: a list of (pair key, changes of that pair in this chunk).
    chunks: list[list[tuple[str, list[Change]]]] = []
    chunk: list[tuple[str, list[Change]]] = []
    used = 0
    for key, members in pairs.items():
        header = len(_section_header(key, len(members), fmt))
        for change in members:
            # Its line, and its id in the footer (a key receivers de-duplicate on).
            line = len(lines.get(change, fmt)) + len(change.change_id) + 1
            opens_section = not chunk or chunk[-1][0] != key
            need = line + (header if opens_section else 0)
            if chunk and used + need > room:
                chunks.append(chunk)
                chunk, used = [], 0
                opens_section, need = True, line + header
            if opens_section:
                chunk.append((key, []))
            chunk[-1][1].append(change)
            used += need
    if chunk:
        chunks.append(chunk)
    total, n_pairs = len(changes), len(pairs)
    return [
        _group(part, i + 1, len(chunks), total, n_pairs, pairs, lines)
        for i, part in enumerate(chunks)
    ]


def batch_title(total: int, n_pairs: int, part: int = 1, parts: int = 1) -> str:
    """ "87 changes, 12 pairs" (and "part 2 of 3" when the batch takes several messages)."""
    title = f"{_count(total, 'change')}, {_count(n_pairs, 'pair')}"
    if parts > 1:
        title += f" (part {part} of {parts})"
    return truncate(f"tariffwatch: {title}", TITLE_MAX)


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}" if n == 1 else f"{n:,} {word}s"


def _group(
    part: list[tuple[str, list[Change]]],
    number: int,
    parts: int,
    total: int,
    n_pairs: int,
    pairs: dict[str, list[Change]],
    lines: _Lines,
) -> Group:
    ids = tuple(c.change_id for _, members in part for c in members)
    group_id = hashlib.sha256("\0".join(ids).encode()).hexdigest()[:16]
    here = len(ids)
    intro = (
        f"{_count(total, 'change')} in {_count(n_pairs, 'country pair')} this cycle, "
        f"grouped by pair; this message lists {here:,}"
        + (f" (part {number} of {parts})." if parts > 1 else ".")
    )
    footer = (
        f"tariffwatch · group {group_id} · `tariffwatch changes` shows each in full · "
        f"changes {' '.join(ids)}"
    )
    sections = [(key, members, len(pairs[key])) for key, members in part]
    message = Message(
        title=batch_title(total, n_pairs, number, parts),
        text=_text(intro, sections, footer, lines),
        html=_html(intro, sections, footer, lines),
        markdown=_markdown(intro, sections, footer, lines),
    )
    return Group(message, ids, tuple(k for k, _ in part), group_id)


# -- the three bodies ----------------------------------------------------------------------


def _section_header(key: str, in_pair: int, fmt: str) -> str:
    """A pair's header at its longest (split over messages: "..., N here"), for packing."""
    label = f"{pair_label(key)}: {_count(in_pair, 'change')}, {in_pair:,} here"
    if fmt == "html":
        return f"<h3>{html.escape(label)}</h3>\n<ul>\n</ul>\n"
    if fmt == "markdown":
        return f"*{slack_escape(label)}*\n"
    return f"\n{label}\n"


def _source(change: Change) -> str | None:
    for link in change.sources:
        url = safe_link(link)
        if url:
            return url
    return None


class _Lines:
    """Each change's line per format, made once: a backlog has thousands of changes,
    and each line is measured while packing, then written into its message."""

    def __init__(self) -> None:
        self._parts: dict[str, tuple[str, str, str | None, str]] = {}
        self._lines: dict[tuple[str, str], str] = {}

    def get(self, change: Change, fmt: str) -> str:
        key = (change.change_id, fmt)
        line = self._lines.get(key)
        if line is None:
            parts = self._parts.get(change.change_id)
            if parts is None:
                day = change.published.date().isoformat()
                url = _source(change)
                netloc = urlsplit(url).netloc if url else ""
                parts = self._parts[change.change_id] = (change_title(change), day, url, netloc)
            line = self._lines[key] = _line(*parts, fmt)
        return line


def _line(title: str, day: str, url: str | None, netloc: str, fmt: str) -> str:
    if fmt == "html":
        link = f" {html_link(url, netloc)}" if url else ""
        line = f"<li>{html.escape(title)} ({day}){link}</li>\n"
    elif fmt == "markdown":
        link = f" {slack_link(url, netloc)}" if url else ""
        line = f"• {slack_escape(title)} ({day}){link}\n"
    else:
        line = f"- {title} ({day})" + (f" {url}" if url else "") + "\n"
    # A source URL of absurd length is dropped rather than cut: a cut link misleads.
    return line if len(line) <= _LINE_MAX or url is None else _line(title, day, None, "", fmt)


Section = tuple[str, list[Change], int]  # pair key, its changes here, its changes in all


def _label(key: str, members: list[Change], in_pair: int) -> str:
    label = f"{pair_label(key)}: {_count(in_pair, 'change')}"
    if len(members) < in_pair:
        label += f", {len(members):,} here"
    return label


def _text(intro: str, sections: list[Section], footer: str, lines: _Lines) -> str:
    parts = [intro]
    for key, members, in_pair in sections:
        parts.append("")
        parts.append(_label(key, members, in_pair))
        parts += [lines.get(c, "text").rstrip("\n") for c in members]
    parts += ["", footer]
    return "\n".join(parts) + "\n"


def _html(intro: str, sections: list[Section], footer: str, lines: _Lines) -> str:
    esc = html.escape
    parts = [f"<p>{esc(intro)}</p>"]
    for key, members, in_pair in sections:
        parts.append(f"<h3>{esc(_label(key, members, in_pair))}</h3>")
        parts.append("<ul>")
        parts += [lines.get(c, "html").rstrip("\n") for c in members]
        parts.append("</ul>")
    parts.append(f"<p><small>{esc(footer)}</small></p>")
    return "\n".join(parts) + "\n"


def _markdown(intro: str, sections: list[Section], footer: str, lines: _Lines) -> str:
    parts = [slack_escape(intro)]
    for key, members, in_pair in sections:
        parts.append(f"*{slack_escape(_label(key, members, in_pair))}*")
        parts += [lines.get(c, "markdown").rstrip("\n") for c in members]
    parts.append(f"_{slack_escape(footer)}_")
    return "\n".join(parts) + "\n"
