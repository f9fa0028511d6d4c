"""The Prefect flows: thin wrappers that give each stage a task run in the UI.

One task per feed and one per stage, never one per item: a task run costs
milliseconds, an item must cost microseconds. Tasks receive the database
path, never a connection (DuckDB has one writer; see store.py).

    monitor_flow   one cycle; publishes artifacts (state, changes, feed health,
                   progress) and one Prefect event per change, or per country
                   pair above [alerts] group_threshold (publish.change_events)
    digest_flow    one summary per digest route
    build_deployments / register_deployments / serve_service
                   the two scheduled deployments behind `tariffwatch serve`

Route URLs held in Prefect Secret blocks are resolved here, inside the
delivery tasks (resolve_route_secrets), and nowhere else.
"""

from __future__ import annotations

import dataclasses
import gc
import threading
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from prefect import flow, get_run_logger, serve, task, unmapped
from prefect.artifacts import (
    create_link_artifact,
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy
from prefect.events import emit_event
from prefect.runtime import flow_run, task_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from prefect.utilities.annotations import quote

from tariffwatch import pipeline, publish
from tariffwatch.alerts.digest import DigestReport, deliver_digests
from tariffwatch.alerts.feed_health import check_feed_health, deliver_health
from tariffwatch.alerts.outbox import DeliveryReport, deliver_pending
from tariffwatch.alerts.retractions import deliver_retractions
from tariffwatch.alerts.send import load_route_plugins
from tariffwatch.config import (
    SECRET_BLOCK_PREFIX,
    Config,
    FeedConfig,
    FetchConfig,
    load_config,
)
from tariffwatch.errors import ConfigError, FeedError
from tariffwatch.model import Change
from tariffwatch.prefect_heartbeat import stop_heartbeats_without_waiting
from tariffwatch.sources import (
    TRANSIENT_CODES,
    FeedHealth,
    FetchResult,
    ItemReader,
    fetch_feed,
    is_due,
    shutdown_parse_pool,
)

if TYPE_CHECKING:
    from prefect.deployments.runner import RunnerDeployment
    from prefect.futures import PrefectFuture

# On import, so that runs started by `tariffwatch serve` (which import this module in the
# flow run's own process) return as soon as their work is done, as `tariffwatch run` does.
stop_heartbeats_without_waiting()

MONITOR_DEPLOYMENT = "monitor"
DIGEST_DEPLOYMENT = "digest"

_T = TypeVar("_T")


class TransientFeedFailure(Exception):
    """Raised inside the fetch task so that Prefect retries it with backoff."""


def _is_transient(result: FetchResult) -> bool:
    """Worth a second try within the run. A Retry-After is not: the server asked
    us to wait, and the feed's backoff honours that instead."""
    error = result.error
    return (
        result.outcome == "failed"
        and error is not None
        and result.retry_after_seconds is None
        and error.code in TRANSIENT_CODES
    )


@task(name="fetch-feed", cache_policy=NO_CACHE, task_run_name="fetch {feed.name}")
def fetch_feed_task(
    feed: FeedConfig,
    health: FeedHealth,
    fetch: FetchConfig,
    force: bool = False,
    started: datetime | None = None,
    read: ItemReader | None = None,
) -> FetchResult:
    # `started` is the run's start: each feed's next check is measured from the
    # moment the scheduled run began, so the next scheduled run finds it due.
    # `read`: a large feed's items are read in the parse worker (see sources/pool.py).
    now = started or pipeline.utcnow()
    if not force and not is_due(health, now):
        return FetchResult(feed=feed.name, outcome="skipped_not_due", checked_at=now)
    with _fetch_slots(fetch.concurrency):
        result = fetch_feed(feed, health, fetch, force=force, now=now, read=read)
    last_try = task_run.run_count > fetch.retries
    if _is_transient(result) and not last_try:
        raise TransientFeedFailure(str(result.error))
    if result.error is not None:
        get_run_logger().warning("%s", result.error)
    return result


_SLOTS: dict[int, threading.BoundedSemaphore] = {}
_SLOTS_LOCK = threading.Lock()


def _fetch_slots(concurrency: int) -> threading.BoundedSemaphore:
    """At most [fetch] concurrency fetches at once in this process, whatever the task
    runner's own bound (a deployment's flow is built before the config is read)."""
    size = max(1, concurrency)
    with _SLOTS_LOCK:
        return _SLOTS.setdefault(size, threading.BoundedSemaphore(size))


@task(name="load-feed-health", cache_policy=NO_CACHE)
def load_health_task(config: Config) -> dict[str, FeedHealth]:
    return pipeline.load_health(
        config.storage.path, config.feeds, lock_timeout=config.storage.lock_timeout
    )


@task(name="store-items", cache_policy=NO_CACHE)
def store_task(
    config: Config, results: list[FetchResult], health: dict[str, FeedHealth]
) -> pipeline.StoreReport:
    seeds, problems = pipeline.seed_items(config)
    for problem in problems:
        get_run_logger().warning("seeds: %s", problem)
    report = pipeline.store_results(config.storage.path, results, health, seeds, config)
    report.seed_problems = problems
    return report


@task(name="extract-facts", cache_policy=NO_CACHE)
def extract_task(config: Config) -> pipeline.ExtractReport:
    report = pipeline.extract_queued(config.storage.path, config)
    if report.engine:  # a model engine ran: what it cost and how it went
        create_markdown_artifact(
            key=publish.EXTRACTION_KEY,
            markdown=publish.extraction_markdown(
                report.engine, retried=report.retried, backlog=report.llm_backlog
            ),
            description=f"Extraction by {report.engine['engine']}: calls, cache, fallbacks.",
        )
    return report


@task(name="fold-state", cache_policy=NO_CACHE)
def fold_task(config: Config) -> pipeline.FoldReport:
    return pipeline.fold_stage(config.storage.path, config)


@task(name="deadlines", cache_policy=NO_CACHE)
def deadlines_task(config: Config) -> list[Any]:
    """Dates that arrived and reminders due: every run, so no scheduler of its own."""
    return pipeline.evaluate_deadlines(config.storage.path, config)


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver_task(config: Config) -> tuple[DeliveryReport, DeliveryReport]:
    """The changes' alerts, then the retractions of dismissed ones (a retraction is an
    alert too; one task, so a run's task count stays feeds + a constant)."""
    logger = get_run_logger()
    routes = resolve_route_secrets(config)
    delivered = deliver_pending(
        config.storage.path,
        routes,
        console=lambda message: logger.info("ALERT %s", message.title),
    )
    retracted = deliver_retractions(
        config.storage.path,
        routes,
        console=lambda message: logger.warning("RETRACTION %s", message.title),
    )
    return delivered, retracted


@task(name="feed-health-alerts", cache_policy=NO_CACHE)
def health_task(config: Config) -> DeliveryReport:
    logger = get_run_logger()
    check_feed_health(config.storage.path, config)
    return deliver_health(
        config.storage.path,
        resolve_route_secrets(config),
        console=lambda message: logger.warning("HEALTH %s", message.title),
    )


@task(name="emit-change-events", cache_policy=NO_CACHE)
def events_task(config: Config, changes: list[Change]) -> int:
    """Prefect events for Automations: one per change (tariffwatch.<kind>.changed), or
    above [alerts] group_threshold one per country pair (tariffwatch.pair.changed).
    Returns how many were emitted."""
    planned = publish.change_events(changes, group_threshold=config.alerts.group_threshold)
    for event in planned:
        emit_event(**event)
    return len(planned)


@task(name="record-run", cache_policy=NO_CACHE)
def record_run_task(
    config: Config, run_id: str, started: datetime, summary: dict[str, Any]
) -> None:
    pipeline.record_run(config, run_id, started, summary)


REPORT_KEY = "tariffwatch-report"


@task(name="write-report", cache_policy=NO_CACHE)
def report_task(config: Config) -> str | None:
    """Regenerate the HTML report beside the database and link it from the run.

    The report is a convenience: a failure to draw it is logged, never fails
    the cycle whose alerts already went out.
    """
    from tariffwatch.htmlreport import write_report

    try:
        path = write_report(config, Path(config.storage.path).with_name("report.html"))
    except Exception as exc:
        get_run_logger().warning("report not written: %s: %s", type(exc).__name__, exc)
        return None
    create_link_artifact(
        key=REPORT_KEY,
        link=path.as_uri(),
        link_text="tariffwatch report",
        description="The current state, charts of the busiest pairs, latest changes, feed health.",
    )
    return str(path)


@task(name="publish-artifacts", cache_policy=NO_CACHE)
def artifacts_task(
    config: Config, changes: list[Change], deliveries: dict[str, dict[str, Any]] | None = None
) -> None:
    """The state, this run's changes, the routes' deliveries and the feeds' health."""
    snap = pipeline.snapshot(config.storage.path, config)
    create_table_artifact(
        key=publish.DELIVERIES_KEY,
        table=publish.deliveries_table(deliveries or {}, snap["routes"]),
        description="Per route: changes delivered, grouped and retried by this run; pending.",
    )
    create_table_artifact(
        key=publish.STATE_KEY,
        table=publish.state_table(snap["state"], today=pipeline.utcnow().date()),
        description=(
            "Current tariffs, threats and trade talks (one row per tracked key), "
            "with each one's next deadline."
        ),
    )
    create_markdown_artifact(
        key=publish.CHANGES_KEY,
        markdown=publish.changes_markdown(changes, at=pipeline.utcnow()),
        description=f"{len(changes)} change(s) detected by this run.",
    )
    create_table_artifact(
        key=publish.HEALTH_KEY,
        table=publish.health_table(
            snap["feeds"],
            snap["alerts"],
            failures_before_alert=config.health.failures_before_alert,
        ),
        description="Every configured feed: ok, failing or down, last error, next check.",
    )


def resolve_route_secrets(config: Config, on_error: Callable[[str], None] | None = None) -> Config:
    """The config with each Secret-block route's real URL, loaded now, at delivery time.

    Called inside the delivery tasks, never passed on as a parameter, so the
    URL never reaches a flow run's parameters, a log line or an artifact. A
    block that cannot be loaded leaves its route failing (its alerts stay
    pending for the next run) and is logged by its name only.
    """
    if not any(r.url.startswith(SECRET_BLOCK_PREFIX) for r in config.routes):
        return config
    from prefect.blocks.system import Secret

    routes = []
    for route in config.routes:
        if route.url.startswith(SECRET_BLOCK_PREFIX):
            name = route.url.removeprefix(SECRET_BLOCK_PREFIX)
            try:
                secret = _synced(Secret.load(name))
                route = dataclasses.replace(route, url=str(secret.get()).strip())
            except Exception as exc:  # a missing block or an API hiccup: this route waits
                (on_error or get_run_logger().warning)(
                    f"route {route.name!r}: cannot load Prefect Secret block {name!r} "
                    f"({type(exc).__name__}); its alerts stay pending. Create it with: "
                    "prefect block create secret"
                )
        routes.append(route)
    return dataclasses.replace(config, routes=tuple(routes))


# prefect types TaskRunner as invariant in its future type, so its own ThreadPoolTaskRunner
# does not match the decorator's TaskRunner[PrefectFuture[Any]].
@flow(name="tariffwatch-monitor", task_runner=ThreadPoolTaskRunner(max_workers=8))  # type: ignore[arg-type]
def monitor_flow(config_path: str | None = None, force: bool = False) -> dict[str, Any]:
    """One cycle: fetch feeds and seeds, store, extract, fold, alert."""
    logger = get_run_logger()
    started = pipeline.utcnow()
    config = load_config(config_path)
    feeds = [f for f in config.feeds if f.enabled]
    progress = create_progress_artifact(
        0.0, key=publish.PROGRESS_KEY, description=f"Fetching {len(feeds)} feed(s)"
    )
    health = load_health_task(config)
    if _fetches_here():
        pipeline.start_parse_workers(config, health)  # a first run: see run_monitor
    fetch = fetch_feed_task.with_options(
        retries=config.fetch.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=config.fetch.retry_delay),
        retry_jitter_factor=0.5,
    )
    futures = fetch.map(
        feeds,
        [health[f.name] for f in feeds],
        unmapped(config.fetch),
        force,
        unmapped(started),
        unmapped(pipeline.parse_worker_reader(config)),
    )
    if config.routes:  # while the fetches run, not when the first alert goes out
        threading.Thread(target=load_route_plugins, name="route-plugins", daemon=True).start()
    results = [
        _result_or_failure(future, feed) for future, feed in zip(futures, feeds, strict=True)
    ]
    shutdown_parse_pool()  # the parse workers' memory is not held through the other stages
    _progress(progress, 30, "Storing new items")
    stored = store_task(config, _opaque(results), health)
    _progress(progress, 45, f"Extracting facts from {stored.items_new} new item(s)")
    extracted = extract_task(config)
    _progress(progress, 70, f"Folding {extracted.facts} fact(s) into the state")
    folded = fold_task(config)
    changes = folded.changes + deadlines_task(config)
    _progress(progress, 80, f"Delivering alerts for {len(changes)} change(s)")
    delivered, retracted = deliver_task(config)
    feed_health = health_task(config)
    _progress(progress, 90, "Publishing events and artifacts")
    events = events_task(config, _opaque(changes))
    artifacts_task(config, _opaque(changes), delivered.routes)
    summary = pipeline.summarize(
        stored,
        extracted,
        changes,
        delivered,
        feed_health,
        silenced=folded.silenced,
        retractions=retracted,
    )
    summary["events"] = events
    # Recorded before the report is drawn, so the report names the run that wrote it.
    record_run_task(config, str(flow_run.id or flow_run.name or "local"), started, _opaque(summary))
    summary["report"] = report_task(config)
    _progress(progress, 100, f"Done: {len(changes)} change(s), {delivered.sent} alert(s) sent")
    # The titles are in the run's changes artifact; a backlog's thousands would make this
    # one log line hundreds of kilobytes.
    logger.info("cycle done: %s", {k: v for k, v in summary.items() if k != "change_titles"})
    return summary


def _opaque(value: _T) -> _T:
    """A task argument Prefect passes on without walking it.

    Prefect visits every element of a task's arguments twice (to find upstream
    futures and to resolve them); over a backlog's 10,000 items or thousands
    of changes that took seconds per task. These arguments never hold futures.
    """
    return cast("_T", quote(value))


def _progress(artifact_id: Any, percent: float, description: str) -> None:
    update_progress_artifact(artifact_id, percent, description=description)


@task(name="send-digests", cache_policy=NO_CACHE)
def digest_task(config: Config) -> DigestReport:
    return deliver_digests(config.storage.path, resolve_route_secrets(config))


@flow(name="tariffwatch-digest")
def digest_flow(config_path: str | None = None) -> dict[str, Any]:
    """One summary per digest route of its changes since its last digest; none if none."""
    config = load_config(config_path)
    report = digest_task(config)
    create_markdown_artifact(key=publish.DIGEST_KEY, markdown=publish.digest_markdown(report))
    get_run_logger().info("digests: %s", report.as_dict())
    return report.as_dict()


def _result_or_failure(future: PrefectFuture[FetchResult], feed: FeedConfig) -> FetchResult:
    """A fetch task that failed outright still yields a failed result, never a lost feed."""
    try:
        return future.result()
    except Exception as exc:  # the task's own retries are spent; record why, go on
        error = FeedError(feed.name, "crashed", f"{type(exc).__name__}: {exc}")
        return FetchResult(feed=feed.name, outcome="failed", error=error)


def run_monitor(config: Config, *, force: bool = False) -> dict[str, Any]:
    """Run one monitor cycle with the configured fan-out ([fetch] task_runner)."""
    from tariffwatch.runners import task_runner_for

    runner = task_runner_for(config.fetch)
    # The objects alive now (Prefect, pydantic, the rules: some 200,000) live through the
    # cycle, yet every full collection walked them again: 0.3 s of this process over a
    # backlog, most of it in the one-core stages (fold, deliver). Frozen, a collection
    # walks only what the cycle made; unfrozen after, so garbage among them is still
    # collected later, as before.
    gc.freeze()
    try:
        if config.fetch.task_runner != "dask":  # the fetch tasks run in this process
            _start_parse_workers_early(config)
        return monitor_flow.with_options(task_runner=runner)(config_path=config.path, force=force)
    finally:
        gc.unfreeze()


def _start_parse_workers_early(config: Config) -> None:
    """On a first run over new feeds, start the parse workers before Prefect creates the
    flow run: the parser and the rules are imported (0.2 s of CPU with the rules'
    regex cache warm, 1 s without; once, in the forkserver) while the flow run is
    created and feed health loads, mostly waiting on the API, and the workers are
    ready for the first body. Best effort, one try: a store held by another cycle is waited for (and
    reported) by the flow itself, not twice."""
    try:
        feeds = [f for f in config.feeds if f.enabled]
        health = pipeline.load_health(config.storage.path, feeds, lock_timeout=0.0)
        pipeline.start_parse_workers(config, health)
    except Exception:  # the flow opens the store itself and says what is wrong
        return


def _fetches_here() -> bool:
    """True when this run's fetch tasks run in this process (threads, not a Dask cluster),
    so a parse pool started here is the one they use."""
    from prefect.context import FlowRunContext

    context = FlowRunContext.get()
    return context is not None and isinstance(context.task_runner, ThreadPoolTaskRunner)


def run_digest(config: Config) -> dict[str, Any]:
    """Run the digest flow once."""
    return digest_flow(config_path=config.path)


# -- the service: two scheduled deployments served from one process ----------------------------


def build_deployments(config: Config) -> list[RunnerDeployment]:
    """The `monitor` and `digest` deployments, scheduled from [schedule], one run at a time."""
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType

    path = str(Path(config.path).resolve()) if config.path else None
    limit = ConcurrencyLimitConfig(limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW)
    deployments = []
    for flow_obj, name, key, parameters in (
        (monitor_flow, MONITOR_DEPLOYMENT, "monitor", {"config_path": path, "force": False}),
        (digest_flow, DIGEST_DEPLOYMENT, "digest", {"config_path": path}),
    ):
        cron = getattr(config.schedule, key)
        try:
            schedule = Cron(cron, timezone=config.schedule.timezone)
            deployment = flow_obj.to_deployment(
                name,
                schedules=[schedule],
                concurrency_limit=limit,
                parameters=parameters,
                tags=["tariffwatch"],
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        except ValueError as exc:
            raise ConfigError(
                f"not a valid cron schedule or timezone ({cron!r}, "
                f"{config.schedule.timezone!r}): {exc}",
                path=config.path,
                key=f"schedule.{key}",
            ) from None
        deployments.append(_synced(deployment))
    return deployments


def register_deployments(deployments: Sequence[RunnerDeployment]) -> list[UUID]:
    """Create or update the deployments in the Prefect API (what serve() does first)."""
    return [_synced(deployment.apply()) for deployment in deployments]


def _synced(value: _T | Coroutine[Any, Any, _T]) -> _T:
    """The value of a Prefect `async_dispatch` method called from sync code.

    Those methods are typed "value or coroutine"; called outside an event loop,
    as everywhere here, they run their sync implementation and return the value.
    """
    return cast("_T", value)


def serve_service(config: Config) -> None:
    """Serve both deployments from this process until interrupted (Ctrl-C)."""
    serve(*build_deployments(config))
