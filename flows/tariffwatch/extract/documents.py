"""Input documents: JSON lines ({"id", "text", "published"?, "title"?}) or one plain text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TextIO


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    published: date | None = None
    title: str | None = None


def read_documents(stream: TextIO) -> Iterator[Document]:
    """Documents from ``stream``: JSON lines when the first line is a JSON object,
    else the whole input as one plain-text document with id "1"."""
    first = ""
    lines_before: list[str] = []
    for line in stream:
        lines_before.append(line)
        if line.strip():
            first = line
            break
    if not first:
        return
    if not first.lstrip().startswith("{") or not _is_object(first):
        text = "".join(lines_before) + stream.read()
        yield Document(id="1", text=text.strip())
        return
    lineno = len(lines_before)
    yield _document(first, lineno)
    for line in stream:
        lineno += 1
        if line.strip():
            yield _document(line, lineno)


def _is_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except json.JSONDecodeError:
        return False


def _document(line: str, lineno: int) -> Document:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise ValueError(f"line {lineno}: not valid JSON ({e.msg}, column {e.colno})") from e
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise ValueError(f'line {lineno}: expected an object with a "text" string')
    return Document(
        id=str(obj.get("id", lineno)),
        text=obj["text"],
        published=_date(obj.get("published"), lineno),
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
    )


def _date(value: object, lineno: int) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"line {lineno}: published must be an ISO date string")
    try:
        if len(value) == 10:
            return date.fromisoformat(value)
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError as e:
        raise ValueError(f"line {lineno}: published {value!r} is not an ISO date") from e
