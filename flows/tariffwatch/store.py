"""The DuckDB store: open by path, migrate from sql/, read and write in batches.

DuckDB has one writer per file. Each Prefect task opens the store by path
(`with Store.open(path) as store:`) and never hands a connection to another
task. A second process that finds the file locked waits up to `lock_timeout`
seconds, then gets StoreLockedError with what to do.

Every statement lives in sql/ as a file; this module only binds parameters and
maps rows to the plain dataclasses of model.py and fold.py.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, fields
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import duckdb

from tariffwatch.dismissals import Dismissal
from tariffwatch.engines.client import Answer, story_fault
from tariffwatch.errors import StoreError, StoreLockedError
from tariffwatch.fold import FoldResult, StateEntry
from tariffwatch.model import Change, Fact, Item, NegotiationFact, SourcedFact, TariffFact

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
# Extensions that would need a download are off: the monitor runs offline.
_DUCKDB_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
_LOCKED = re.compile(r"Could not set lock|Conflicting lock|database is locked", re.IGNORECASE)
_PID = re.compile(r"PID (\d+)")
# New items are looked for among the items fetched this recently first (see _stored_hashes).
RECENT_ITEMS = timedelta(days=45)
INDEX_LOOKUP_MAX = 1_024  # more keys than this not found recently: one scan beats index probes
INSERT_SLICE = 2_000  # items bound per INSERT statement
FEED_COLUMNS = (
    "name", "url", "etag", "last_modified", "permanent_url", "error_count", "last_error_code",
    "last_error", "last_checked", "last_success", "next_check", "http_status", "items_seen",
)  # fmt: skip


@cache
def sql(name: str) -> str:
    """The text of sql/queries/NAME.sql."""
    return (SQL_DIR / "queries" / f"{name}.sql").read_text(encoding="utf-8")


Row = tuple[Any, ...]
FileMark = tuple[tuple[int, int, int, int] | None, ...]
Columns = dict[str, int]  # column name -> its place in a Row


class PendingDelivery(NamedTuple):
    """One alert waiting for one route."""

    route: str
    attempts: int
    change: Change
    interrupted: bool  # an attempt started and never finished: the route may have it already


class PendingRetraction(NamedTuple):
    """One retraction waiting for one route."""

    route: str
    first_sent_at: datetime | None  # when the route was sent the wrong alert
    dismissal: Dismissal


class AddedItems(NamedTuple):
    """What add_read_items stored: the new items' keys, how many of them came read, their facts."""

    keys: list[str]
    read: int
    facts: int


_MIGRATING = threading.Lock()
# Path -> what its file (and WAL) looked like when this process last closed it,
# migrated and with its views made; guarded by _MIGRATING. See Store.open.
_LEFT: dict[str, FileMark] = {}


def _file_mark(path: str) -> FileMark:
    """The database file's and its WAL's device, inode, size and modification time
    (None for a file that is not there): any write to either changes it."""
    marks: list[tuple[int, int, int, int] | None] = []
    for name in (path, f"{path}.wal"):
        try:
            st = os.stat(name)
        except OSError:
            marks.append(None)
        else:
            marks.append((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns))
    return tuple(marks)


class Store:
    """One open DuckDB connection plus the operations the pipeline needs."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str) -> None:
        self.con = con
        self.path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    @contextmanager
    def open(cls, path: str | Path, *, lock_timeout: float = 30.0) -> Iterator[Store]:
        """Open (creating it if needed) and migrate the database at `path`."""
        path = str(path)
        con = _connect(path, lock_timeout)
        store = cls(con, path)
        migrated = False
        try:
            # Connections of one process share one database: two threads opening it at
            # once (a task runner may run tasks side by side) must not replace its views
            # together (a DuckDB catalog conflict).
            with _MIGRATING:
                # Migrating and replacing the views took 9 ms of an open and 2 ms more
                # at close, a dozen times a cycle. A file just as this process left it
                # (no other process wrote it since; while we hold it none can) is
                # migrated and has this code's views. The first open in a process
                # always migrates, so the views follow the code as before.
                if _LEFT.get(path) != _file_mark(path):
                    store.migrate()
                migrated = True
            yield store
        finally:
            con.close()
            with _MIGRATING:
                if migrated:
                    _LEFT[path] = _file_mark(path)
                else:
                    _LEFT.pop(path, None)

    def migrate(self) -> None:
        """Apply every sql/migrations/NNN_*.sql not applied yet, each in one transaction,
        and (re)create the views of views.sql."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)"
        )
        done = {
            row[0] for row in self.con.execute("SELECT version FROM schema_migrations").fetchall()
        }
        for file in sorted((SQL_DIR / "migrations").glob("*.sql")):
            version = int(file.name.split("_", 1)[0])
            if version in done:
                continue
            with self.transaction():
                self.con.execute(file.read_text(encoding="utf-8"))
                self.con.execute(
                    "INSERT INTO schema_migrations VALUES ($1, $2, now())", [version, file.name]
                )
        self.con.execute((SQL_DIR / "views.sql").read_text(encoding="utf-8"))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql(query), list(params))
        names = [d[0] for d in cursor.description or ()]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _tuples(self, query: str, params: Sequence[Any] = ()) -> tuple[Columns, list[Row]]:
        """The rows as tuples and where each column is in them (a later column of one
        name wins, as in _rows): the readers of thousands of rows build their objects
        from these, a dict per row costing as much as the object itself."""
        cursor = self.con.execute(sql(query), list(params))
        columns = {d[0]: i for i, d in enumerate(cursor.description or ())}
        return columns, cursor.fetchall()

    # -- items -----------------------------------------------------------------------------

    def add_items(self, items: Iterable[Item], *, fetched_at: datetime) -> list[str]:
        """Store the items not stored yet and queue them for extraction; return their keys.

        A key seen before with other content (a feed that reused a guid for a
        new story, or an article rewritten after publication) is stored again
        under `key#hash`, so no story is lost and each version is read once.
        """
        return self.add_read_items(items, {}, fetched_at=fetched_at).keys

    def add_read_items(
        self, items: Iterable[Item], facts: Mapping[str, list[Fact]], *, fetched_at: datetime
    ) -> AddedItems:
        """add_items, where `facts` holds what was read already of some items (by the
        item's key as given): those are stored with their facts and queued for the
        fold, in the same transaction; the rest are queued for extraction."""
        batch = _unique_by_key(items)
        if not batch:
            return AddedItems([], 0, 0)
        stored = self._stored_hashes(list(batch), fetched_at)
        fresh: dict[str, Item] = {}
        given: dict[str, str] = {}  # a stored key -> the key the item came with
        for key, item in batch.items():
            if key not in stored:
                fresh[key] = item
                given[key] = key
            elif item.content_hash and stored[key] != item.content_hash:
                version = f"{key}#{item.content_hash[:12]}"
                fresh[version] = _rekey(item, version)
                given[version] = key
        if any("#" in k for k in fresh):
            versions = [k for k in fresh if "#" in k]
            for key in self._stored_hashes(versions, fetched_at):
                fresh.pop(key, None)
        if not fresh:
            return AddedItems([], 0, 0)
        new_items = list(fresh.values())
        read = {k: (i, facts[given[k]]) for k, i in fresh.items() if given[k] in facts}
        unread = [k for k in fresh if k not in read]
        with self.transaction():
            # One statement per slice: a 20,000-item batch bound as one set of lists
            # doubles the process's peak memory; slices keep it flat at the same speed.
            for start in range(0, len(new_items), INSERT_SLICE):
                rows = new_items[start : start + INSERT_SLICE]
                self.con.execute(
                    sql("insert_items"),
                    [
                        [i.key for i in rows],
                        [i.source for i in rows],
                        [i.title for i in rows],
                        [i.text for i in rows],
                        [i.published for i in rows],
                        [i.link for i in rows],
                        [i.guid for i in rows],
                        [i.content_hash for i in rows],
                        fetched_at,
                    ],
                )
            if unread:
                self.con.execute(sql("queue_items"), [unread, "extract", fetched_at])
            saved = self._insert_facts(read) if read else 0
            if read:
                self.con.execute(sql("queue_items"), [list(read), "fold", fetched_at])
        return AddedItems(list(fresh), len(read), saved)

    def _stored_hashes(self, keys: list[str], now: datetime) -> dict[str, str]:
        """The content hash of each of `keys` already stored, without scanning history.

        A feed mostly repeats what it said lately, so the recent items are
        searched first: items are appended in fetch order, so DuckDB skips every
        older row group by its fetched_at min/max and the cost follows the
        recent intake, not the size of the store. The keys not found there (new
        items, or an old story served again) are probed through the primary
        key's ART index. Only when more than INDEX_LOOKUP_MAX keys are new at
        once (a first fetch of many large feeds) is one scan of `items` cheaper
        than that many probes, and taken.
        """
        found = {
            r["key"]: r["content_hash"]
            for r in self._rows("existing_recent_items", [keys, now - RECENT_ITEMS])
        }
        rest = [k for k in keys if k not in found]
        if len(rest) > INDEX_LOOKUP_MAX:
            rows = self._rows("existing_items", [rest])
            found.update((r["key"], r["content_hash"]) for r in rows)
            return found
        for start in range(0, len(rest), 256):
            chunk = rest[start : start + 256]
            placeholders = ", ".join(f"${i + 1}" for i in range(len(chunk)))
            query = sql("existing_items_indexed").format(keys=placeholders)
            found.update(self.con.execute(query, chunk).fetchall())
        return found

    def queued_keys(self, stage: str, limit: int) -> list[str]:
        return [r["item_key"] for r in self._rows("queued_keys", [stage, limit])]

    def items_by_key(self, keys: Sequence[str]) -> list[Item]:
        return [Item(**row) for row in self._rows("items_by_key", [list(keys)])]

    def items_published_since(self, since: datetime) -> list[Item]:
        """The items published since `since` whose facts are read, newest first."""
        return [Item(**row) for row in self._rows("items_published_since", [since])]

    def requeue_all(self) -> int:
        """Queue every stored item for extraction again (used by rebuild)."""
        self.con.execute(sql("requeue_all"))
        row = self.con.execute("SELECT count(*) FROM work_queue").fetchone()
        assert row is not None  # count(*) always yields one row
        count: int = row[0]
        return count

    # -- facts -----------------------------------------------------------------------------

    def save_facts(self, extracted: dict[str, tuple[Item, list[Fact]]]) -> int:
        """Replace the facts of these items and move them on to the fold stage."""
        keys = list(extracted)
        with self.transaction():
            self.con.execute(sql("delete_facts"), [keys])
            saved = self._insert_facts(extracted)
            self.con.execute(sql("queue_items"), [keys, "fold", _now_of(extracted)])
        return saved

    def _insert_facts(self, extracted: Mapping[str, tuple[Item, list[Fact]]]) -> int:
        columns: list[list[Any]] = [[] for _ in range(19)]
        for key, (item, facts) in extracted.items():
            for ordinal, fact in enumerate(facts):
                for column, value in zip(columns, _fact_row(key, ordinal, fact, item), strict=True):
                    column.append(value)
        if columns[0]:
            self.con.execute(sql("insert_facts"), columns)
        return len(columns[0])

    def facts_for_items(self, keys: Sequence[str]) -> list[SourcedFact]:
        columns, rows = self._tuples("facts_for_items", [list(keys)])
        make = _sourced_fact_maker(columns)
        return [make(row) for row in rows]

    # -- the language-model engine: its answer cache and retry list ------------------------

    def get_answers(self, hashes: Sequence[str], model: str, version: str) -> dict[str, Answer]:
        """Cached answers by story hash (the engines' AnswerCache)."""
        rows = self._rows("llm_answers_get", [list(hashes), model, version])
        return {
            r["story_hash"]: Answer(r["content"], r["prompt_tokens"], r["completion_tokens"])
            for r in rows
        }

    def put_answers(self, answers: Mapping[str, Answer], model: str, version: str) -> None:
        values = list(answers.values())
        self.con.execute(
            sql("llm_answers_put"),
            [
                list(answers),
                model,
                version,
                [a.content for a in values],
                [a.prompt_tokens for a in values],
                [a.completion_tokens for a in values],
                datetime.now(UTC),
            ],
        )

    def mark_llm_retry(self, reasons: dict[str, str], *, at: datetime) -> None:
        """Offer these items to the model again next run; `reasons` maps key -> failure code."""
        if not reasons:
            return
        keys = list(reasons)
        codes = [reasons[k] for k in keys]
        malformed = [int(story_fault(c)) for c in codes]
        self.con.execute(sql("llm_retry_mark"), [keys, codes, malformed, at])

    def clear_llm_retry(self, keys: Sequence[str]) -> None:
        if keys:
            self.con.execute(sql("llm_retry_clear"), [list(keys)])

    def llm_retry_keys(self, limit: int, *, max_malformed: int) -> list[str]:
        rows = self._rows("llm_retry_keys", [max_malformed, limit])
        return [r["item_key"] for r in rows]

    def llm_retry_backlog(self, *, max_malformed: int) -> int:
        count: int = self._rows("llm_retry_backlog", [max_malformed])[0]["n"]
        return count

    # -- state, changes, outbox -------------------------------------------------------------

    def load_state(
        self,
        keys: Iterable[str],
        pairs: Iterable[tuple[str, str]] = (),
        countries: Iterable[str] = (),
    ) -> dict[str, StateEntry]:
        """The entries named by `keys`, every tariff entry of the (imposer, target)
        `pairs`, and every tariff entry with one of `countries` on either side."""
        names = sorted({f"{imposer}:{target}" for imposer, target in pairs})
        params = [sorted(set(keys)), names, sorted(set(countries))]
        entries = _state_entries(*self._tuples("state_by_key", params))
        return {entry.state_key: entry for entry in entries}

    def previous_values(self) -> dict[str, dict[str, Any]]:
        """state key -> the old rate and status of its latest change."""
        return {row.pop("state_key"): row for row in self._rows("latest_change_per_key")}

    def all_state(self) -> list[StateEntry]:
        return _state_entries(*self._tuples("all_state"))

    def apply_fold(
        self,
        result: FoldResult,
        *,
        done_keys: Sequence[str],
        routes_for: Any,
        delivery_status: str = "pending",
        at: datetime,
        silenced: Mapping[str, int] | None = None,
    ) -> list[Change]:
        """Write state, changes and their deliveries, and dequeue the items, atomically.

        `routes_for(change)` names the routes that want the change. Returns the
        changes that were new (a change recorded by an earlier, interrupted run
        is not recorded or queued for delivery again). `silenced`: per dismissed
        change id, the facts its dismissal kept out of this fold, added to its count.
        """
        states = [_state_row(entry) for entry in result.state.values()]
        with self.transaction():
            if states:
                self.con.execute(sql("upsert_states"), _columns(states, 21))
            recorded: list[Change] = []
            if result.changes:
                rows = [_change_row(change) for change in result.changes]
                cursor = self.con.execute(sql("insert_changes"), _columns(rows, 24))
                inserted = {row[0] for row in cursor.fetchall()}
                # A transition seen twice in one batch has one id and one row: return it
                # once (the first, the row kept), or its event and alert would double.
                for change in result.changes:
                    if change.change_id in inserted:
                        inserted.discard(change.change_id)
                        recorded.append(change)
            wanted = [(c.change_id, route) for c in recorded for route in routes_for(c)]
            if wanted:
                self.con.execute(
                    sql("insert_deliveries"),
                    [[w[0] for w in wanted], [w[1] for w in wanted], delivery_status, at],
                )
            for change_id, facts in (silenced or {}).items():
                if facts:
                    self.con.execute(sql("add_silenced"), [change_id, facts])
            if done_keys:
                self.con.execute(sql("dequeue"), [list(done_keys)])
        return recorded

    def reset_derived(self) -> None:
        """Forget state and changes before a rebuild; deliveries are kept."""
        self.con.execute(sql("reset_derived"))

    def requeue_fold(self) -> None:
        """Queue every stored item for the fold again (re-deriving from stored facts)."""
        self.con.execute(sql("requeue_fold"))

    # -- dismissals and their retractions (dismissals.py, alerts/retractions.py) ---------

    def changes_by_prefix(self, prefix: str) -> list[Change]:
        """The recorded changes whose id starts with `prefix` (a few at most)."""
        columns, rows = self._tuples("changes_by_prefix", [prefix])
        make = _change_maker(columns)
        return [make(row) for row in rows]

    def dismissals(self) -> list[Dismissal]:
        """Every dismissal, newest first."""
        columns, rows = self._tuples("all_dismissals")
        make = _dismissal_maker(columns)
        return [make(row) for row in rows]

    def add_dismissal(self, dismissal: Dismissal, *, at: datetime) -> list[str]:
        """Record a dismissal; hold its change's unsent deliveries; queue one retraction
        per route that was sent it. Returns those routes. Run inside a transaction."""
        c = dismissal.change
        params = [
            *_change_row(c),
            dismissal.reason,
            dismissal.days,
            dismissal.dismissed_at,
            dismissal.silenced_until,
        ]
        self.con.execute(sql("insert_dismissal"), params)
        self.con.execute(sql("hold_dismissed_deliveries"), [c.change_id])
        cursor = self.con.execute(sql("queue_retractions"), [c.change_id, at])
        return sorted(row[0] for row in cursor.fetchall())

    def remove_dismissal(self, change_id: str) -> None:
        """Forget a dismissal: its unsent retractions are withdrawn and the deliveries it
        held are pending again. Run inside a transaction."""
        self.con.execute(sql("delete_dismissal"), [change_id])
        self.con.execute(sql("withdraw_retractions"), [change_id])
        self.con.execute(sql("release_dismissed_deliveries"), [change_id])

    def retraction_counts(self) -> dict[str, dict[str, int]]:
        """Per dismissed change id: routes told (`told`) and still to be told (`to_tell`)."""
        return {row.pop("change_id"): row for row in self._rows("retraction_counts")}

    def pending_retractions(self, routes: Sequence[str], limit: int) -> list[PendingRetraction]:
        columns, rows = self._tuples("pending_retractions", [list(routes), limit])
        make = _dismissal_maker(columns)
        route, first = columns["route"], columns["first_sent_at"]
        return [PendingRetraction(row[route], row[first], make(row)) for row in rows]

    def mark_retraction(
        self, change_id: str, route: str, *, at: datetime, error: str | None = None
    ) -> None:
        """Sent when `error` is None; else one more failed attempt, kept pending."""
        if error is None:
            self.con.execute(sql("mark_retraction_sent"), [change_id, route, at])
        else:
            self.con.execute(sql("mark_retraction_failed"), [change_id, route, error[:500]])

    def pending_deliveries(self, routes: Sequence[str], limit: int) -> list[PendingDelivery]:
        columns, rows = self._tuples("pending_deliveries", [list(routes), limit])
        make = _change_maker(columns)
        route, attempts, interrupted = (columns[c] for c in ("route", "attempts", "interrupted"))
        return [
            PendingDelivery(row[route], row[attempts], make(row), bool(row[interrupted]))
            for row in rows
        ]

    def mark_attempt(self, change_ids: Sequence[str], route: str, *, at: datetime) -> None:
        """Record, before calling the route, that a send is under way (see PendingDelivery).

        One message may carry many changes (a grouped message): all are marked at once.
        """
        self.con.execute(sql("mark_attempt"), [list(change_ids), route, at])

    def mark_sent(
        self,
        change_ids: Sequence[str],
        route: str,
        *,
        at: datetime,
        tries: int = 1,
        group_id: str | None = None,
    ) -> None:
        """The route took the message carrying these changes, after `tries` tries."""
        params = [list(change_ids), route, at, tries, max(0, tries - 1), group_id]
        self.con.execute(sql("mark_sent"), params)

    def mark_failed(
        self, change_ids: Sequence[str], route: str, error: str, *, tries: int = 1
    ) -> None:
        """The route did not take them after `tries` tries; they stay pending."""
        params = [list(change_ids), route, error[:500], tries, max(0, tries - 1)]
        self.con.execute(sql("mark_failed"), params)

    def changes_since(self, seq: int = 0, limit: int = 1_000_000) -> list[tuple[int, Change]]:
        columns, rows = self._tuples("changes_since", [seq, limit])
        make, at = _change_maker(columns), columns["seq"]
        return [(row[at], make(row)) for row in rows]

    def delivery_counts(self) -> list[dict[str, Any]]:
        return self._rows("delivery_counts")

    def route_delivery_counts(self) -> list[dict[str, Any]]:
        """Per route: delivered, grouped, retried, pending and the last error."""
        return self._rows("route_delivery_counts")

    def owed_routes(self, routes: Sequence[str]) -> set[str]:
        """Of `routes`, those with a pending delivery that failed or was cut off by a crash."""
        return {row["route"] for row in self._rows("owed_routes", [list(routes)])}

    def route_rests(self) -> dict[str, dict[str, Any]]:
        """Per route a server asked to wait: rest_until, asked_seconds, capped (even if over)."""
        return {row["route"]: row for row in self._rows("route_rests")}

    def set_route_rest(
        self, route: str, until: datetime, *, asked_seconds: float, capped: bool, at: datetime
    ) -> None:
        self.con.execute(sql("set_route_rest"), [route, until, asked_seconds, capped, at])

    def clear_route_rest(self, route: str) -> None:
        self.con.execute(sql("clear_route_rest"), [route])

    # -- reading for history, charts, the report and exports --------------------------------

    def pair_history(self, a: str, b: str) -> list[dict[str, Any]]:
        """Every change between countries a and b, either direction, oldest first."""
        return self._rows("pair_history", [a, b, ",".join(sorted((a, b)))])

    def busiest_pairs(self, limit: int) -> list[dict[str, Any]]:
        return self._rows("busiest_pairs", [limit])

    def latest_changes(self, limit: int) -> list[dict[str, Any]]:
        return self._rows("latest_changes", [limit])

    def row_counts(self) -> dict[str, int]:
        return {row["name"]: row["n"] for row in self._rows("count_rows")}

    def export_table(self, table: str, path: str | Path) -> None:
        """COPY one table to `path`; the format follows the extension (.parquet, .csv)."""
        self.con.execute(sql(f"export_{table}"), [str(path)])

    # -- feeds and runs ---------------------------------------------------------------------

    def feed_health(self, names: Sequence[str]) -> dict[str, dict[str, Any]]:
        return {row["name"]: row for row in self._rows("feed_health", [list(names)])}

    def all_feed_health(self) -> list[dict[str, Any]]:
        return self._rows("all_feed_health")

    def save_feed_health(self, rows: Iterable[Any]) -> None:
        """Upsert feed health rows (dataclasses or dicts whose keys are `feeds` columns),
        one row per feed name."""
        records = [row if isinstance(row, dict) else asdict(row) for row in rows]
        if records:
            self.con.execute(
                sql("upsert_feeds"), [[r.get(c) for r in records] for c in FEED_COLUMNS]
            )

    def record_run(
        self, run_id: str, started_at: datetime, finished_at: datetime, summary: dict[str, Any]
    ) -> None:
        self.con.execute(
            sql("record_run"), [run_id, started_at, finished_at, json.dumps(summary, default=str)]
        )

    def last_run(self) -> dict[str, Any] | None:
        rows = self._rows("last_run")
        if not rows:
            return None
        row = rows[0]
        row["summary"] = json.loads(row["summary"]) if row["summary"] else {}
        return row

    # -- the service: digest watermarks, feed-health alerts and their outbox ------------------

    def digest_watermarks(self) -> dict[str, dict[str, Any]]:
        return {row["route"]: row for row in self._rows("digest_watermarks")}

    def record_digest(self, route: str, *, at: datetime, changes: int) -> None:
        self.con.execute(sql("record_digest"), [route, at, changes])

    def feed_alerts(self) -> dict[str, dict[str, Any]]:
        return {row["feed"]: row for row in self._rows("feed_alerts")}

    def set_feed_alert(self, feed: str, action: str, *, at: datetime) -> None:
        """`action`: 'open' (a new alert), 'remind' (a reminder went out) or 'close'."""
        query = {"open": "open_feed_alert", "remind": "remind_feed_alert"}.get(action)
        params = [feed, at] if query else [feed]
        self.con.execute(sql(query or "close_feed_alert"), params)

    def add_health_notice(self, notice: dict[str, Any], routes: Sequence[str]) -> None:
        keys = ("notice_id", "feed", "kind", "error_count", "error_code", "error", "down_since")
        for route in routes:
            values = [notice[k] for k in keys]
            self.con.execute(
                sql("insert_health_notice"), [values[0], route, *values[1:], notice["created_at"]]
            )

    def pending_health_notices(self, routes: Sequence[str], limit: int) -> list[dict[str, Any]]:
        return self._rows("pending_health_notices", [list(routes), limit])

    def mark_health_notice(
        self, notice_id: str, route: str, *, at: datetime, error: str | None = None
    ) -> None:
        """Sent when `error` is None; else one more failed attempt, kept pending."""
        if error is None:
            self.con.execute(sql("mark_health_sent"), [notice_id, route, at])
        else:
            self.con.execute(sql("mark_health_failed"), [notice_id, route, error[:500]])


# -- connecting ------------------------------------------------------------------------------


@contextmanager
def _opening(path: str) -> Iterator[None]:
    """Serialize the moment of opening across processes.

    DuckDB's own lock guards an open database, but not its creation: a second
    process that opens the file while the first is still writing its header
    sees "not a valid DuckDB database file". Opening under an advisory lock on
    a sidecar file closes that window; it is held for the connect call only.
    """
    with open(f"{path}.open-lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _connect(path: str, lock_timeout: float) -> duckdb.DuckDBPyConnection:
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + lock_timeout
    while True:
        try:
            with _opening(path):
                con = duckdb.connect(path, config=_DUCKDB_CONFIG)
            con.execute("SET TimeZone = 'UTC'")  # timestamps read back in UTC on every machine
            return con
        except duckdb.IOException as exc:
            message = str(exc)
            if not _LOCKED.search(message):
                raise StoreError(f"cannot open database {path}: {message}", path=path) from None
            if time.monotonic() >= deadline:
                pid = _PID.search(message)
                holder = f"process {pid.group(1)}" if pid else "another process"
                raise StoreLockedError(
                    f"database {path} is held for writing by {holder}; another tariffwatch "
                    f"cycle is probably running. Wait for it to finish (waited "
                    f"{lock_timeout:g}s; raise [storage] lock_timeout to wait longer).",
                    path=path,
                ) from None
            time.sleep(0.2)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {path}: {exc}", path=path) from None


# -- row mapping -----------------------------------------------------------------------------


def _columns(rows: Sequence[Sequence[Any]], width: int) -> list[list[Any]]:
    """Rows -> one list per column: the shape of the unnest() batch statements."""
    return [[row[i] for row in rows] for i in range(width)]


def _unique_by_key(items: Iterable[Item]) -> dict[str, Item]:
    batch: dict[str, Item] = {}
    for item in items:
        batch.setdefault(item.key, item)
    return batch


def _rekey(item: Item, key: str) -> Item:
    values = {f.name: getattr(item, f.name) for f in fields(Item)}
    values["key"] = key
    return Item(**values)


def _now_of(extracted: dict[str, tuple[Item, list[Fact]]]) -> datetime:
    # The queue orders by queued_at; keeping the item's own publication time
    # makes the fold read a backlog oldest first.
    return min(item.published for item, _ in extracted.values())


def _fact_row(key: str, ordinal: int, fact: Fact, item: Item) -> tuple[Any, ...]:
    if isinstance(fact, TariffFact):
        return (
            key,
            ordinal,
            "tariff",
            fact.imposer,
            fact.target,
            fact.new_rate,
            fact.old_rate,
            fact.additional,
            fact.scope,
            fact.all_goods,
            None,
            fact.status,
            fact.current,
            fact.effective,
            fact.expires,
            fact.evidence,
            fact.confidence,
            fact.rule,
            item.published,
        )
    return (
        key,
        ordinal,
        "negotiation",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        ",".join(fact.parties),
        fact.status,
        fact.current,
        None,
        None,
        fact.evidence,
        fact.confidence,
        fact.rule,
        item.published,
    )


# TariffFact's fields up to its rule, in order: a facts row fills them by position.
_TARIFF_FIELDS = tuple(f.name for f in fields(TariffFact))
_TARIFF_COLUMNS = _TARIFF_FIELDS[: _TARIFF_FIELDS.index("rule")]


def _sourced_fact_maker(columns: Columns) -> Callable[[Row], SourcedFact]:
    """Row of facts_for_items -> SourcedFact, for rows whose columns are at `columns`."""
    tariff = [columns[c] for c in _TARIFF_COLUMNS]
    kind, parties, rule = columns["kind"], columns["parties"], columns["rule"]
    status, current, evidence = columns["status"], columns["current"], columns["evidence"]
    confidence, item_key = columns["confidence"], columns["item_key"]
    published, link, source = columns["published"], columns["link"], columns["source"]

    def make(row: Row) -> SourcedFact:
        fact: Fact
        if row[kind] == "tariff":
            values = [row[i] for i in tariff]
            values.append(row[rule] or "")
            fact = TariffFact(*values)
        else:
            a, b = row[parties].split(",")
            fact = NegotiationFact(
                parties=(a, b),
                status=row[status],
                current=row[current],
                evidence=row[evidence],
                confidence=row[confidence],
                rule=row[rule] or "",
            )
        return SourcedFact(
            fact=fact,
            item_key=row[item_key],
            published=row[published],
            link=row[link],
            source=row[source],
        )

    return make


_STATE_FIELDS = tuple(f.name for f in fields(StateEntry))
_CHANGE_FIELDS = tuple(f.name for f in fields(Change))


def _state_entries(columns: Columns, rows: list[Row]) -> list[StateEntry]:
    at = [columns[name] for name in _STATE_FIELDS]
    sources = _STATE_FIELDS.index("sources")
    entries = []
    for row in rows:
        values = [row[i] for i in at]
        values[sources] = tuple(values[sources] or ())
        entries.append(StateEntry(*values))
    return entries


def _state_row(entry: StateEntry) -> list[Any]:
    return [
        entry.state_key,
        entry.kind,
        entry.track,
        entry.status,
        entry.as_of,
        entry.item_key,
        entry.evidence,
        list(entry.sources),
        entry.updated_at,
        entry.imposer,
        entry.target,
        entry.scope,
        entry.parties,
        entry.rate,
        entry.effective,
        entry.expires,
        entry.previous_rate,
        entry.effective_seen,
        entry.expires_seen,
        entry.inferred,
        entry.expiry_passed,
    ]


def _change_row(c: Change) -> list[Any]:
    return [
        c.change_id,
        c.kind,
        c.state_key,
        c.imposer,
        c.target,
        c.scope,
        ",".join(c.parties) or None,
        c.old_rate,
        c.new_rate,
        c.old_status,
        c.new_status,
        c.effective,
        c.expires,
        c.published,
        c.detected_at,
        c.evidence,
        c.confidence,
        c.item_key,
        list(c.sources),
        c.event,
        c.deadline,
        c.old_deadline,
        c.remind_day,
        c.note,
    ]


def _change_maker(columns: Columns) -> Callable[[Row], Change]:
    """Row holding the columns of `changes` at `columns` -> Change."""
    at = [columns[name] for name in _CHANGE_FIELDS]
    parties, sources = _CHANGE_FIELDS.index("parties"), _CHANGE_FIELDS.index("sources")

    def make(row: Row) -> Change:
        values = [row[i] for i in at]
        values[parties] = tuple(values[parties].split(",")) if values[parties] else ()
        values[sources] = tuple(values[sources] or ())
        return Change(*values)

    return make


def _dismissal_maker(columns: Columns) -> Callable[[Row], Dismissal]:
    """Row holding the columns of `dismissals` at `columns` -> Dismissal."""
    change = _change_maker(columns)
    reason, days, at = columns["reason"], columns["days"], columns["dismissed_at"]
    until, silenced = columns["silenced_until"], columns["silenced"]

    def make(row: Row) -> Dismissal:
        return Dismissal(
            change=change(row),
            reason=row[reason],
            days=row[days],
            dismissed_at=row[at],
            silenced_until=row[until],
            silenced=row[silenced],
        )

    return make
