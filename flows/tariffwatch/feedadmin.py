"""Feed management: edit the config's [[feeds]], join them with their health, check them.

    add_feeds(path, [FeedConfig(name, url)])   # refuses duplicates, validates, or rolls back
    remove_feed(path, name)
    feed_status(config)                        # config feeds + health from the DB, if any
    check_feeds(config)                        # fetch each feed once, report what it found

Edits are text-level (tomledit.py): the rest of the file and its comments
keep their bytes. The new text is loaded as a config before it is written;
after the write the file is loaded again, and the old text is put back if
that fails. `check_feeds` does not write to the database: it is a dry run.
"""

from __future__ import annotations

import os
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tariffwatch.config import Config, FeedConfig, load_config, parse_config
from tariffwatch.errors import ConfigError, TariffwatchError
from tariffwatch.tomledit import EditError, add_feed_blocks, remove_feed_block


def config_file(config: Config) -> Path:
    """The file a feed edit goes to; built-in defaults have none."""
    if config.path is None:
        raise TariffwatchError(
            "no config file to edit: create tariffwatch.toml (copy the one in the repo) "
            "or pass --config PATH"
        )
    return Path(config.path)


# -- editing the config ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Skipped:
    name: str
    url: str
    reason: str


def duplicate_reason(feed: FeedConfig, existing: Sequence[FeedConfig]) -> str | None:
    """Why `feed` cannot be added next to `existing`, or None when it can."""
    for other in existing:
        if other.name == feed.name:
            return f"a feed named {feed.name!r} already exists (url {other.url})"
        if other.url == feed.url:
            return f"feed {other.name!r} already reads {feed.url}"
    return None


def add_feeds(
    path: str | Path, feeds: Sequence[FeedConfig], *, skip_duplicates: bool = False
) -> tuple[list[FeedConfig], list[Skipped]]:
    """Append a [[feeds]] block per feed; return (added, skipped).

    A duplicate (same name or same URL as a configured feed, or as an earlier
    one in `feeds`) raises EditError, or is skipped with `skip_duplicates`.
    """
    path = Path(path)
    original = _read(path)
    current = list(_load_text(original, path).feeds)
    added: list[FeedConfig] = []
    skipped: list[Skipped] = []
    for feed in feeds:
        feed = FeedConfig(name=feed.name.strip(), url=feed.url.strip(), enabled=feed.enabled)
        reason = duplicate_reason(feed, current + added)
        if reason and not skip_duplicates:
            raise EditError(f"{reason}; nothing was changed")
        if reason:
            skipped.append(Skipped(feed.name, feed.url, reason))
            continue
        added.append(feed)
    if added:
        _write_checked(path, original, add_feed_blocks(original, added), [*current, *added])
    return added, skipped


def remove_feed(path: str | Path, name: str) -> FeedConfig:
    """Delete the [[feeds]] block named `name`; return the feed it configured."""
    path = Path(path)
    original = _read(path)
    current = list(_load_text(original, path).feeds)
    gone = [f for f in current if f.name == name]
    if not gone:
        names = ", ".join(repr(f.name) for f in current) or "none"
        raise EditError(f"no feed named {name!r} in {path} (feeds: {names})")
    edited = remove_feed_block(original, name)
    _write_checked(path, original, edited, [f for f in current if f.name != name])
    return gone[0]


def _read(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", newline="") as handle:  # keep \r\n as it is
            return handle.read()
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None


def _load_text(text: str, path: Path) -> Config:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    return parse_config(raw, path=str(path), environ=os.environ)


def _write_checked(path: Path, original: str, edited: str, expected: list[FeedConfig]) -> None:
    """Validate `edited`, write it atomically, load it back; put `original` back on failure."""
    try:
        feeds = list(_load_text(edited, path).feeds)
    except ConfigError as exc:
        raise EditError(f"the edit would break the config ({exc}); nothing was changed") from None
    if feeds != expected:
        raise EditError(
            f"could not edit {path} safely (the feeds read back differ from the intended "
            "ones); nothing was changed: edit the file by hand"
        )
    if _read(path) != original:
        raise EditError(f"{path} changed while it was being edited; nothing was changed, retry")
    _atomic_write(path, edited)
    try:
        reloaded = list(load_config(path).feeds)
        if reloaded != expected:
            raise EditError("the feeds read back differ from the intended ones")
    except TariffwatchError as exc:
        _atomic_write(path, original)
        raise EditError(f"the edited config did not load ({exc}); the old file is back") from None


def _atomic_write(path: Path, text: str) -> None:
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# -- health ----------------------------------------------------------------------------------


def join_health(
    feeds: Sequence[FeedConfig], health: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """One row per configured feed with its stored health (None fields when never fetched).

    Health recorded for another URL (the feed's url was edited) is not shown.
    """
    rows = []
    for feed in feeds:
        h = health.get(feed.name) or {}
        if h and h.get("url") != feed.url:
            h = {}
        rows.append(
            {
                "name": feed.name,
                "url": feed.url,
                "enabled": feed.enabled,
                "error_count": h.get("error_count"),
                "last_error_code": h.get("last_error_code"),
                "last_error": h.get("last_error"),
                "last_checked": h.get("last_checked"),
                "last_success": h.get("last_success"),
                "next_check": h.get("next_check"),
                "http_status": h.get("http_status"),
                "items_seen": h.get("items_seen"),
            }
        )
    return rows


def feed_status(config: Config) -> tuple[list[dict[str, Any]], bool]:
    """The configured feeds joined with their health; (rows, whether a database was read)."""
    from tariffwatch.store import Store

    path = Path(config.storage.path)
    if not path.exists():
        return join_health(config.feeds, {}), False
    with Store.open(path, lock_timeout=config.storage.lock_timeout) as store:
        health = store.feed_health([f.name for f in config.feeds])
    return join_health(config.feeds, health), True


# -- checking --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckResult:
    name: str
    url: str
    outcome: str  # ok | failed (a check always fetches: never not_modified or skipped)
    items: int
    http_status: int | None
    error_code: str | None
    error: str | None
    seconds: float
    final_url: str | None  # after redirects

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "url": self.url,
            "outcome": self.outcome,
            "items": self.items,
            "http_status": self.http_status,
            "error_code": self.error_code,
            "error": self.error,
            "seconds": round(self.seconds, 3),
            "final_url": self.final_url,
        }


def check_feeds(
    config: Config,
    names: Sequence[str] = (),
    *,
    on_result: Callable[[CheckResult], None] | None = None,
) -> list[CheckResult]:
    """Fetch each feed once (forced: no validators, no backoff), in config order.

    `names` picks feeds (disabled ones too); empty means every enabled feed.
    Nothing is stored. `on_result` is called as each feed finishes (progress).
    """
    from tariffwatch.sources import fetch_feed

    by_name = {f.name: f for f in config.feeds}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise TariffwatchError(
            f"no feed named {', '.join(map(repr, unknown))}; `tariffwatch feeds list` shows them"
        )
    feeds = [by_name[n] for n in names] if names else [f for f in config.feeds if f.enabled]

    def one(feed: FeedConfig) -> CheckResult:
        started = time.monotonic()
        result = fetch_feed(feed, None, config.fetch, force=True, now=datetime.now(UTC))
        return CheckResult(
            name=feed.name,
            url=feed.url,
            outcome=result.outcome,
            items=len(result.items),
            http_status=result.http_status,
            error_code=result.error.code if result.error else None,
            error=result.error.message if result.error else None,
            seconds=time.monotonic() - started,
            final_url=result.url,
        )

    results: dict[str, CheckResult] = {}
    with ThreadPoolExecutor(max_workers=max(1, config.fetch.concurrency)) as pool:
        futures = [pool.submit(one, feed) for feed in feeds]
        for future in as_completed(futures):
            result = future.result()
            results[result.name] = result
            if on_result:
                on_result(result)
    return [results[f.name] for f in feeds]
