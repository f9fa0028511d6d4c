"""A small, careful text-level editor for the [[feeds]] tables of a TOML config.

It never re-serializes the file: adding a feed inserts one block of text
(after the last [[feeds]] block, or at the end of the file), and removing one
deletes exactly the lines of its block, from its `[[feeds]]` header to its last
key; comments and blank lines after the block stay, because they usually
introduce what comes next. Everything else in the file keeps its bytes.

    text = add_feed_blocks(text, [FeedConfig("WTO", "https://wto.org/rss")])
    text = remove_feed_block(text, "WTO")

Both raise EditError when they cannot do the edit safely; `feedadmin`
validates the result by loading it as a config before it is written.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass

from tariffwatch.config import FeedConfig
from tariffwatch.errors import TariffwatchError

# A table or array-of-tables header: [name] or [[name]], maybe with a trailing comment.
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*(\]\]?)\s*(?:#.*)?$")
_FEEDS_NAMES = frozenset({"feeds", '"feeds"', "'feeds'"})


class EditError(TariffwatchError):
    """The config file cannot be edited safely; the message says what to do."""


@dataclass(frozen=True, slots=True)
class Block:
    start: int  # index of the [[feeds]] header line
    end: int  # index one past its last key line
    name: str | None
    url: str | None


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in "\b\t\n\f\r":
            out.append({"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}[ch])
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def feed_block(feed: FeedConfig) -> str:
    """The text of one [[feeds]] table, newline-terminated."""
    lines = ["[[feeds]]", f"name = {toml_string(feed.name)}", f"url = {toml_string(feed.url)}"]
    if not feed.enabled:
        lines.append("enabled = false")
    return "\n".join(lines) + "\n"


def feed_blocks(text: str) -> list[Block]:
    """Every [[feeds]] block of the file, in order, with the name and url it sets."""
    lines = text.splitlines(keepends=True)
    headers = [i for i, line in enumerate(lines) if _is_header(line)]
    blocks = []
    for n, start in enumerate(headers):
        match = _HEADER.match(lines[start].rstrip("\r\n"))
        assert match is not None
        if not (match.group(1) == "[[" and match.group(3) == "]]"):
            continue
        if match.group(2) not in _FEEDS_NAMES:
            continue
        stop = headers[n + 1] if n + 1 < len(headers) else len(lines)
        end = start + 1
        for i in range(start + 1, stop):
            stripped = lines[i].strip()
            if stripped and not stripped.startswith("#"):
                end = i + 1
        body = "".join(lines[start:end])
        try:
            table = tomllib.loads(body).get("feeds", [{}])[0]
        except tomllib.TOMLDecodeError as exc:
            raise EditError(
                f"cannot read the [[feeds]] block at line {start + 1} on its own ({exc}); "
                "edit the file by hand"
            ) from None
        name, url = table.get("name"), table.get("url")
        blocks.append(
            Block(
                start=start,
                end=end,
                name=name.strip() if isinstance(name, str) else None,
                url=url.strip() if isinstance(url, str) else None,
            )
        )
    return blocks


def add_feed_blocks(text: str, feeds: Sequence[FeedConfig]) -> str:
    """The text with one [[feeds]] block per feed added after the last one (or at the end)."""
    if not feeds:
        return text
    newline = "\r\n" if "\r\n" in text else "\n"
    addition = "".join("\n" + feed_block(f) for f in feeds).replace("\n", newline)
    blocks = feed_blocks(text)
    if not blocks:
        if text and not text.endswith(("\n", "\r")):
            text += newline
        return text + addition
    lines = text.splitlines(keepends=True)
    at = blocks[-1].end
    before = "".join(lines[:at])
    if before and not before.endswith(("\n", "\r")):
        before += newline  # the last key line was the file's last line, with no newline
    return before + addition + "".join(lines[at:])


def remove_feed_block(text: str, name: str) -> str:
    """The text without the [[feeds]] block whose name is `name`."""
    matches = [b for b in feed_blocks(text) if b.name == name]
    if not matches:
        raise EditError(f"no [[feeds]] block with name = {toml_string(name)} in the file")
    if len(matches) > 1:
        raise EditError(f"more than one [[feeds]] block is named {name!r}; edit the file by hand")
    block = matches[0]
    lines = text.splitlines(keepends=True)
    start, end = block.start, block.end
    # Keep one blank line between neighbours, not two: take the blank line before the block.
    if start > 0 and not lines[start - 1].strip() and (end >= len(lines) or not lines[end].strip()):
        start -= 1
    return "".join(lines[:start] + lines[end:])


def _is_header(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("[") and _HEADER.match(stripped) is not None
