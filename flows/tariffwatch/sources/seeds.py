"""The seed corpus (seeds/README.md): NAME.txt with NAME.json metadata -> Items.

A broken pair is reported and skipped; it never stops the rest of the corpus.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tariffwatch.model import Item
from tariffwatch.sources.normalize import (
    canonical_link,
    clamp_published,
    content_hash,
    item_key,
    normalize_text,
)

SEEDS_SOURCE = "seeds"


def read_seeds(path: str | Path, *, now: datetime | None = None) -> tuple[list[Item], list[str]]:
    """Every readable seed as an Item (sorted by file name), and one line per problem."""
    now = now or datetime.now(UTC)
    folder = Path(path)
    if not folder.is_dir():
        return [], [f"seeds folder {folder} not found; set [seeds] path in the config"]
    items: list[Item] = []
    problems: list[str] = []
    for text_file in sorted(folder.glob("*.txt")):
        try:
            items.append(_read_seed(text_file, now))
        except SeedProblem as exc:
            problems.append(str(exc))
    for meta_file in sorted(folder.glob("*.json")):
        if not meta_file.with_suffix(".txt").exists():
            problems.append(f"{meta_file}: metadata without its {meta_file.stem}.txt; skipped")
    return items, problems


class SeedProblem(Exception):
    """One seed cannot be read; the message names the file and the fix."""


def _read_seed(text_file: Path, now: datetime) -> Item:
    meta_file = text_file.with_suffix(".json")
    if not meta_file.exists():
        raise SeedProblem(f"{text_file}: no {meta_file.name} beside it; skipped")
    try:
        text = normalize_text(text_file.read_text(encoding="utf-8"))
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise SeedProblem(f"{text_file.stem}: not UTF-8 ({exc.reason}); skipped") from None
    except json.JSONDecodeError as exc:
        raise SeedProblem(f"{meta_file}: not valid JSON ({exc}); skipped") from None
    except OSError as exc:
        raise SeedProblem(f"{text_file.stem}: cannot read ({exc.strerror}); skipped") from None
    if not isinstance(meta, dict):
        raise SeedProblem(f"{meta_file}: expected a JSON object; skipped")
    title = normalize_text(_optional_str(meta, "title", meta_file) or "")
    if not title and not text:
        raise SeedProblem(f"{text_file.stem}: neither title nor text; skipped")
    link = _optional_str(meta, "link", meta_file)
    guid = _optional_str(meta, "guid", meta_file)
    digest = content_hash(title, text)
    return Item(
        key=item_key(guid, link, digest),
        source=SEEDS_SOURCE,
        title=title,
        text=text,
        published=clamp_published(_published(meta, meta_file), now),
        link=canonical_link(link) if link else None,
        guid=guid.strip() if guid else None,
        content_hash=digest,
    )


def _optional_str(meta: dict[str, Any], key: str, meta_file: Path) -> str | None:
    value = meta.get(key)
    if value is not None and not isinstance(value, str):
        raise SeedProblem(f"{meta_file}: {key!r} must be a string or null; skipped")
    return value or None


def _published(meta: dict[str, Any], meta_file: Path) -> datetime:
    value = _optional_str(meta, "published", meta_file)
    if value is None:
        raise SeedProblem(f"{meta_file}: 'published' is missing (ISO 8601, UTC); skipped")
    try:
        published = datetime.fromisoformat(value)
    except ValueError:
        raise SeedProblem(
            f"{meta_file}: 'published' {value!r} is not ISO 8601, like 2025-06-05T00:00:00Z; "
            "skipped"
        ) from None
    # A seed without an offset is taken as UTC, which the README promises.
    return published if published.tzinfo else published.replace(tzinfo=UTC)
