"""The cycle's stages as plain functions over a database path.

Each stage opens the store by path, does one job, commits, and returns a small
report. The Prefect flow wraps each in a task; tests call them directly. A
stage killed half-way leaves the work queue as it was, so the next cycle
finishes the job and nothing is lost or done twice.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from tariffwatch.alerts import route_accepts, send
from tariffwatch.alerts.feed_health import check_feed_health, deliver_health
from tariffwatch.alerts.outbox import CONSOLE_ROUTE, DeliveryReport, Sender, deliver_pending
from tariffwatch.alerts.render import change_title
from tariffwatch.alerts.rest import Clock, clock_from
from tariffwatch.alerts.retractions import deliver_retractions
from tariffwatch.config import Config, FeedConfig
from tariffwatch.deadlines import DEFAULT_REMIND_DAYS, evaluate
from tariffwatch.dismissals import fold_dismissed
from tariffwatch.fold import FoldResult, countries_to_load, keys_to_load, pairs_to_load
from tariffwatch.model import Change, Fact, Item
from tariffwatch.publish import hide_url
from tariffwatch.reader import RulesReader
from tariffwatch.sources import (
    FeedHealth,
    FetchResult,
    next_health,
    read_seeds,
    start_parse_pool,
)
from tariffwatch.sources.pool import parse_workers
from tariffwatch.store import Store

log = logging.getLogger("tariffwatch")

EXTRACT_BATCH = 2_000  # items per transaction: bounded memory, steady progress
FOLD_BATCH = 20_000


def utcnow() -> datetime:
    return datetime.now(UTC)


# -- feeds ---------------------------------------------------------------------------------


def load_health(
    db: str, feeds: Sequence[FeedConfig], *, lock_timeout: float = 30.0
) -> dict[str, FeedHealth]:
    """The stored health of each feed; a new feed, or one whose URL changed, starts afresh."""
    with Store.open(db, lock_timeout=lock_timeout) as store:
        rows = store.feed_health([f.name for f in feeds])
    names = {f.name for f in fields(FeedHealth)}
    health: dict[str, FeedHealth] = {}
    for feed in feeds:
        row = rows.get(feed.name)
        if row is None or row["url"] != feed.url:
            health[feed.name] = FeedHealth.new(feed)
        else:
            health[feed.name] = FeedHealth(**{k: v for k, v in row.items() if k in names})
    return health


@dataclass(slots=True)
class StoreReport:
    items_new: int = 0
    items_seen: int = 0
    feeds_ok: list[str] = field(default_factory=list)
    feeds_not_modified: list[str] = field(default_factory=list)
    feeds_skipped: list[str] = field(default_factory=list)
    feeds_failed: dict[str, str] = field(default_factory=dict)  # name -> "code: message"
    seed_problems: list[str] = field(default_factory=list)
    items_read: int = 0  # new items whose facts came read from the parse workers
    facts_read: int = 0  # and their facts, saved with them (the extract stage skips them)


def store_results(
    db: str,
    results: Sequence[FetchResult],
    health: dict[str, FeedHealth],
    seed_items: Sequence[Item],
    config: Config,
    *,
    now: datetime | None = None,
) -> StoreReport:
    """Store every fetched and seeded item, and each feed's new health, in one go.

    Items a parse worker read already are stored with their facts (see pool.py).
    """
    now = now or utcnow()
    report = StoreReport()
    items: list[Item] = list(seed_items)
    new_health: list[FeedHealth] = []
    for result in results:
        if result.outcome == "skipped_not_due":
            report.feeds_skipped.append(result.feed)
            continue
        items.extend(result.items)
        new_health.append(next_health(health[result.feed], result, config.fetch, now))
        if result.outcome == "ok":
            report.feeds_ok.append(result.feed)
        elif result.outcome == "not_modified":
            report.feeds_not_modified.append(result.feed)
        else:
            error = result.error
            reason = f"{error.code}: {error.message}" if error else "failed"
            # The summary is logged: a private feed's URL may carry a token.
            for url in (health[result.feed].url, result.url):
                reason = hide_url(reason, url)
            report.feeds_failed[result.feed] = reason
    report.items_seen = len(items)
    facts = facts_of_kept_items(seed_items, results)
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        added = store.add_read_items(items, facts, fetched_at=now)
        store.save_feed_health(new_health)
    report.items_new, report.items_read, report.facts_read = (
        len(added.keys),
        added.read,
        added.facts,
    )
    return report


def facts_of_kept_items(
    seed_items: Sequence[Item], results: Sequence[FetchResult]
) -> dict[str, list[Fact]]:
    """The facts read of each item the store keeps, by key.

    Two feeds (or seeds and a feed) may carry one key with other words; the
    store keeps the first item of a key, in this order, so only that item's own
    reading may stand for the key, never another feed's.
    """
    kept: dict[str, list[Fact]] = {}
    seen = {item.key for item in seed_items}  # seeds are read by the extract stage
    for result in results:
        for item in result.items:
            if item.key in seen:
                continue
            seen.add(item.key)
            facts = result.facts.get(item.key)
            if facts is not None:
                kept[item.key] = facts
    return kept


def seed_items(config: Config, *, now: datetime | None = None) -> tuple[list[Item], list[str]]:
    return read_seeds(config.seeds.path, now=now)


# -- extract and fold ----------------------------------------------------------------------


@dataclass(slots=True)
class ExtractReport:
    items: int = 0
    facts: int = 0
    failed: list[str] = field(default_factory=list)  # keys of items the extractor choked on
    engine: dict[str, Any] = field(default_factory=dict)  # EngineStats.as_dict(); model engines
    retried: int = 0  # items the model read this run after the rules had read them earlier
    llm_backlog: int = 0  # items still waiting for the model (read by the rules meanwhile)


MAX_MALFORMED = 3  # malformed replies for one item before its rules facts are kept for good


def extract_queued(
    db: str,
    config: Config,
    *,
    batch: int = EXTRACT_BATCH,
    limit: int | None = None,
    refresh_llm: bool = False,
) -> ExtractReport:
    """Read facts out of every queued item, a bounded batch per transaction.

    With [extract] engine "llm" or "hybrid", the model reads them (see
    engines/llm.py) and, with calls left in the run's budget, items it could
    not read in earlier runs; `refresh_llm` ignores its cached answers.
    """
    if config.extract.engine != "rules":
        return _extract_with_model(db, config, batch=batch, limit=limit, refresh=refresh_llm)
    report = ExtractReport()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        while limit is None or report.items < limit:
            keys = store.queued_keys("extract", batch)
            if not keys:
                break
            extracted: dict[str, tuple[Item, list[Fact]]] = {}
            for item in store.items_by_key(keys):
                try:
                    facts = extract_item(item, config)
                except Exception as exc:  # one unreadable story must not stall every cycle
                    facts = []
                    report.failed.append(item.key)
                    _log_unreadable(item.key, f"{type(exc).__name__}: {exc}")
                extracted[item.key] = (item, facts)
            report.facts += store.save_facts(extracted)
            report.items += len(extracted)
    return report


def _log_unreadable(key: str, why: str) -> None:
    log.error(
        "extraction failed for item %s (%s); it stays stored, "
        "and `tariffwatch rebuild` reads it again after a fix",
        key,
        why,
    )


def _extract_with_model(
    db: str, config: Config, *, batch: int, limit: int | None, refresh: bool
) -> ExtractReport:
    from tariffwatch.engines import ModelEngine, make_engine

    report = ExtractReport()
    budget = config.extract.max_items_per_run or None  # 0: no bound
    seen: set[str] = set()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        engine = make_engine(config, cache=store, budget=budget, refresh=refresh)
        assert isinstance(engine, ModelEngine)
        try:
            while limit is None or report.items < limit:
                keys = store.queued_keys("extract", min(batch, MODEL_BATCH))
                if not keys:
                    break
                items = store.items_by_key(keys)
                seen.update(keys)
                _read_and_save(store, engine, items, report, retry_pass=False)
            # Calls left in the budget go to items the rules read in the model's place before.
            if engine.can_call():
                left = engine.budget if engine.budget is not None else EXTRACT_BATCH
                keys = store.llm_retry_keys(left + len(seen), max_malformed=MAX_MALFORMED)
                keys = [k for k in keys if k not in seen][:left]
                if keys:
                    _read_and_save(store, engine, store.items_by_key(keys), report, retry_pass=True)
            report.llm_backlog = store.llm_retry_backlog(max_malformed=MAX_MALFORMED)
        finally:
            engine.close()
            report.engine = engine.stats.as_dict()
    stats = report.engine
    log.info(
        "extraction by %s (%s): %d calls, %d cache hits, failures %s, %d read by the rules "
        "instead, %d objects dropped, %d tokens; %d items wait for the model",
        stats["engine"],
        stats["model"],
        stats["calls"],
        stats["cache_hits"],
        stats["failures"] or "none",
        stats["fallbacks"],
        sum(stats["dropped"].values()),
        stats["tokens"]["total"],
        report.llm_backlog,
    )
    return report


MODEL_BATCH = 200  # items per model batch: answers reach the cache and the store steadily


def _read_and_save(
    store: Store, engine: Any, items: list[Item], report: ExtractReport, *, retry_pass: bool
) -> None:
    from tariffwatch.engines import Story

    stories = [Story(i.key, i.text, i.title or None, i.published.date()) for i in items]
    readings = engine.read(stories)
    extracted: dict[str, tuple[Item, list[Fact]]] = {}
    retry: dict[str, str] = {}
    answered: list[str] = []
    for item, reading in zip(items, readings, strict=True):
        if reading.retry:
            retry[item.key] = reading.fallback or "failed"
        else:
            answered.append(item.key)
        if retry_pass and reading.retry:
            continue  # the rules' facts of an earlier run stand; nothing to rewrite
        if reading.error:
            report.failed.append(item.key)
            _log_unreadable(item.key, reading.error)
        extracted[item.key] = (item, reading.facts)
    # Marked before the facts are saved: a crash in between leaves the item
    # queued for extraction, and it is read (and marked) again next run.
    store.mark_llm_retry(retry, at=utcnow())
    if extracted:
        report.facts += store.save_facts(extracted)
        report.items += len(extracted)
    if retry_pass:
        report.retried += sum(1 for k in answered if k in extracted)
    store.clear_llm_retry(answered)


def extract_item(item: Item, config: Config) -> list[Fact]:
    return RulesReader(config.aliases)(item)


def parse_worker_reader(config: Config) -> RulesReader | None:
    """What the parse workers read items with: the rules, unless a model engine reads
    them (its budget, cache and retries live in the extract stage)."""
    return RulesReader(config.aliases) if config.extract.engine == "rules" else None


def start_parse_workers(config: Config, health: Mapping[str, FeedHealth]) -> bool:
    """Start the parse workers before the fetches on a first run over a feed list: when
    at least as many enabled feeds as [fetch] concurrency (and as parse workers) were
    never fetched. True if the workers are starting or running.

    New feeds bring their whole history (figure 7's backlog is such a run), so
    their bodies are the large ones the workers are for; but nothing says so
    before they arrive, and starting the pool costs CPU importing the rules
    (0.2 s from their regex cache, 1 s compiling them).
    A feed or two added to a known list, or a test's loopback feeds, start the
    pool on the first large body as before, and known feeds (304s, a few new
    items) start no process.
    """
    workers = parse_workers(config.fetch.parse_processes)
    new = sum(
        1
        for f in config.feeds
        if f.enabled and ((h := health.get(f.name)) is None or h.last_checked is None)
    )
    if not workers or new < max(workers, config.fetch.concurrency):
        return False
    return start_parse_pool(config.fetch.parse_processes, read=parse_worker_reader(config))


def routes_for(config: Config) -> Callable[[Change], list[str]]:
    """Which routes want a change; with no route configured, the console does."""
    routes = config.routes

    def pick(change: Change) -> list[str]:
        if not routes:
            return [CONSOLE_ROUTE]
        return [r.name for r in routes if route_accepts(r, change)]

    return pick


@dataclass(slots=True)
class FoldReport:
    changes: list[Change] = field(default_factory=list)  # the changes recorded
    silenced: int = 0  # facts a dismissal kept out of the state (dismissals.py)


def fold_stage(
    db: str, config: Config, *, now: datetime | None = None, delivery_status: str = "pending"
) -> FoldReport:
    """Fold the facts of every extracted item into the state; record changes and the outbox.

    Dismissals apply around the fold: a dismissed change, or the same reading
    told again while its dismissal holds, changes nothing (dismissals.py).
    """
    now = now or utcnow()
    report = FoldReport()
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        dismissals = store.dismissals()
        while keys := store.queued_keys("fold", FOLD_BATCH):
            facts = store.facts_for_items(keys)
            state = store.load_state(
                keys_to_load(facts), pairs_to_load(facts), countries_to_load(facts)
            )
            folded = fold_dismissed(state, facts, dismissals, now=now)
            report.changes += store.apply_fold(
                folded.result,
                done_keys=keys,
                routes_for=routes_for(config),
                delivery_status=delivery_status,
                at=now,
                silenced=folded.silenced,
            )
            report.silenced += sum(folded.silenced.values())
    return report


def fold_queued(
    db: str, config: Config, *, now: datetime | None = None, delivery_status: str = "pending"
) -> list[Change]:
    """fold_stage, for callers that want only the changes recorded."""
    return fold_stage(db, config, now=now, delivery_status=delivery_status).changes


# -- deadlines -----------------------------------------------------------------------------


def remind_schedules(config: Config) -> dict[str, tuple[int, ...]]:
    """Each route's remind_days; the console's default when no route is configured."""
    if not config.routes:
        return {CONSOLE_ROUTE: DEFAULT_REMIND_DAYS}
    return {r.name: r.remind_days for r in config.routes}


def evaluate_deadlines(
    db: str, config: Config, *, now: datetime | None = None, delivery_status: str = "pending"
) -> list[Change]:
    """Apply the effective dates and expiries that arrived, queue the reminders due
    (deadlines.py); record their changes and outbox rows like the fold's.

    Runs every cycle, so no scheduler of its own is needed: a reminder or a
    date's alert goes out with the first cycle after its moment.
    """
    now = now or utcnow()
    routes = {r.name: r for r in config.routes}
    pick = routes_for(config)
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        state = {entry.state_key: entry for entry in store.all_state()}
        result = evaluate(state, now=now, schedules=remind_schedules(config))
        if not result.state and not result.changes:
            return []

        def wanted(change: Change) -> list[str]:
            named = result.reminder_routes.get(change.change_id)
            if named is None:
                return pick(change)
            # A reminder goes to the routes whose schedule owes it, through their filters.
            return [n for n in named if n not in routes or route_accepts(routes[n], change)]

        return store.apply_fold(
            FoldResult(state=result.state, changes=result.changes),
            done_keys=[],
            routes_for=wanted,
            delivery_status=delivery_status,
            at=now,
        )


# -- what a run shows --------------------------------------------------------------------------


def snapshot(db: str, config: Config) -> dict[str, Any]:
    """The state, every configured feed's health and the open feed alerts, for artifacts."""
    configured = {f.name for f in config.feeds}
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        return {
            "state": store.all_state(),
            "feeds": [r for r in store.all_feed_health() if r["name"] in configured],
            "alerts": store.feed_alerts(),
            "routes": store.route_delivery_counts(),
        }


# -- rebuild -------------------------------------------------------------------------------


def rebuild(
    config: Config,
    *,
    alert_new: bool = False,
    refresh_llm: bool = False,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Re-extract every stored item and rebuild state and changes from scratch.

    Changes keep their ids (a hash of the transition), so a change recorded
    before keeps its deliveries and is never alerted again. A change the new
    rules find for the first time is recorded with its deliveries suppressed,
    unless `alert_new`: rediscovered history should not wake anyone.
    A model engine reuses its cached answers unless `refresh_llm`. Dismissals
    hold: a dismissed change does not come back (dismissals.py).
    """
    now = now or utcnow()
    db = config.storage.path
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        known = {c.change_id for _, c in store.changes_since(0)}
        with store.transaction():
            store.reset_derived()
            store.requeue_all()
    extracted = extract_queued(db, config, refresh_llm=refresh_llm)
    folded = refold_queued(db, config, now=now, alert_new=alert_new)
    recorded = folded.changes
    with Store.open(db, lock_timeout=config.storage.lock_timeout) as store:
        total = len(store.changes_since(0))
    report: dict[str, Any] = {
        "items": extracted.items,
        "facts": extracted.facts,
        "changes": total,
        "new_changes": sum(1 for c in recorded if c.change_id not in known),
    }
    if folded.silenced:
        report["silenced_by_dismissal"] = folded.silenced
    if extracted.engine:
        report["extraction"] = {**extracted.engine, "llm_backlog": extracted.llm_backlog}
    return report


def refold_queued(db: str, config: Config, *, now: datetime, alert_new: bool = False) -> FoldReport:
    """The fold and the deadlines over a store whose state and changes were reset:
    a change found for the first time is recorded with its deliveries suppressed,
    unless `alert_new`; one recorded before keeps its id and its deliveries."""
    status = "pending" if alert_new else "suppressed"
    report = fold_stage(db, config, now=now, delivery_status=status)
    report.changes += evaluate_deadlines(db, config, now=now, delivery_status=status)
    return report


# -- one whole cycle, without Prefect -----------------------------------------------------


def run_cycle(
    config: Config,
    *,
    force: bool = False,
    sender: Sender = send,
    now: datetime | None = None,
    clock: Clock | None = None,
) -> dict[str, Any]:
    """The monitor cycle as plain calls: what the Prefect flow does, task by task.

    For tests, the benchmark and embedding; people run `tariffwatch run`, which
    gives each stage a task run in the Prefect UI. `now` is the cycle's start
    and stamps its records; `clock` (by default `now` running on in real time)
    times what must count from a later moment, such as a route's rest from its
    server's answer.
    """
    from concurrent.futures import ThreadPoolExecutor

    from tariffwatch.sources import fetch_feed, shutdown_parse_pool

    db = config.storage.path
    now = now or utcnow()
    clock = clock or clock_from(now)
    feeds = [f for f in config.feeds if f.enabled]
    health = load_health(db, feeds, lock_timeout=config.storage.lock_timeout)
    start_parse_workers(config, health)
    read = parse_worker_reader(config)
    with ThreadPoolExecutor(max_workers=max(1, config.fetch.concurrency)) as pool:
        results = list(
            pool.map(
                lambda f: fetch_feed(
                    f, health[f.name], config.fetch, force=force, now=now, read=read
                ),
                feeds,
            )
        )
    shutdown_parse_pool()  # the parse workers' memory is not held through the other stages
    seeds, problems = seed_items(config, now=now)
    stored = store_results(db, results, health, seeds, config, now=now)
    stored.seed_problems = problems
    extracted = extract_queued(db, config)
    folded = fold_stage(db, config, now=now)
    changes = folded.changes + evaluate_deadlines(db, config, now=now)
    delivered = deliver_pending(db, config, sender=sender, now=now, clock=clock)
    retracted = deliver_retractions(db, config, sender=sender, now=now)
    check_feed_health(db, config, now=now)
    health_report = deliver_health(db, config, sender=sender, now=now)
    return summarize(
        stored,
        extracted,
        changes,
        delivered,
        health_report,
        silenced=folded.silenced,
        retractions=retracted,
    )


# -- the summary ---------------------------------------------------------------------------


def record_run(config: Config, run_id: str, started: datetime, summary: dict[str, Any]) -> None:
    """Record a finished cycle: the report and `status` say which run they show."""
    with Store.open(config.storage.path, lock_timeout=config.storage.lock_timeout) as store:
        store.record_run(run_id, started, utcnow(), summary)


def summarize(
    stored: StoreReport,
    extracted: ExtractReport,
    changes: Iterable[Change],
    delivered: DeliveryReport,
    health: DeliveryReport | None = None,
    *,
    silenced: int = 0,
    retractions: DeliveryReport | None = None,
) -> dict[str, Any]:
    changes = list(changes)
    health = health or DeliveryReport()
    retractions = retractions or DeliveryReport()
    return {
        "feeds_ok": len(stored.feeds_ok),
        "feeds_not_modified": len(stored.feeds_not_modified),
        "feeds_skipped": len(stored.feeds_skipped),
        "feeds_failed": stored.feeds_failed,
        "seed_problems": stored.seed_problems,
        "items_seen": stored.items_seen,
        "items_new": stored.items_new,
        "items_extracted": stored.items_read + extracted.items,
        "items_unreadable": extracted.failed,
        "facts": stored.facts_read + extracted.facts,
        "extraction": {
            **(extracted.engine or {"engine": "rules"}),
            "retried": extracted.retried,
            "llm_backlog": extracted.llm_backlog,
        },
        "changes": len(changes),
        "alerts_sent": delivered.sent,
        "alerts_failed": delivered.failed,
        "alerts_pending": delivered.pending,
        "alerts_waiting_for_digest": delivered.for_digests,
        "route_errors": delivered.errors,
        "messages_sent": delivered.messages,
        "alerts_grouped": delivered.grouped,
        "alerts_retried": delivered.retried,
        "routes": delivered.routes,
        "change_titles": [change_title(c) for c in changes],
        "health_notices_sent": health.sent,
        "health_notices_failed": health.failed,
        "silenced_by_dismissal": silenced,
        "retractions_sent": retractions.sent,
        "retractions_pending": retractions.pending,
    }
