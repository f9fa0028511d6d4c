"""The Prefect flows: thin wrappers that give each stage a task run in the UI.

One task per feed and one per stage, never one per item: a task run costs
milliseconds, an item must cost microseconds. Tasks receive the database
path, never a connection (DuckDB has one writer; see store.py).
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task, unmapped
from prefect.cache_policies import NO_CACHE
from prefect.runtime import task_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from tariffwatch import pipeline
from tariffwatch.config import Config, FeedConfig, FetchConfig, load_config
from tariffwatch.errors import FeedError
from tariffwatch.sources import TRANSIENT_CODES, FeedHealth, FetchResult, fetch_feed, is_due


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
    feed: FeedConfig, health: FeedHealth, fetch: FetchConfig, force: bool = False
) -> FetchResult:
    if not force and not is_due(health, pipeline.utcnow()):
        return FetchResult(feed=feed.name, outcome="skipped_not_due")
    result = fetch_feed(feed, health, fetch, force=force)
    last_try = task_run.run_count > fetch.retries
    if _is_transient(result) and not last_try:
        raise TransientFeedFailure(str(result.error))
    if result.error is not None:
        get_run_logger().warning("%s", result.error)
    return result


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
    return pipeline.extract_queued(config.storage.path, config)


@task(name="fold-state", cache_policy=NO_CACHE)
def fold_task(config: Config) -> list[Any]:
    return pipeline.fold_queued(config.storage.path, config)


@task(name="deliver-alerts", cache_policy=NO_CACHE)
def deliver_task(config: Config) -> pipeline.DeliveryReport:
    logger = get_run_logger()
    return pipeline.deliver_pending(
        config.storage.path,
        config,
        console=lambda message: logger.info("ALERT %s", message.title),
    )


@flow(name="tariffwatch-monitor", task_runner=ThreadPoolTaskRunner(max_workers=8))
def monitor_flow(config_path: str | None = None, force: bool = False) -> dict[str, Any]:
    """One cycle: fetch feeds and seeds, store, extract, fold, alert."""
    logger = get_run_logger()
    config = load_config(config_path)
    feeds = [f for f in config.feeds if f.enabled]
    health = load_health_task(config)
    fetch = fetch_feed_task.with_options(
        retries=config.fetch.retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=config.fetch.retry_delay),
        retry_jitter_factor=0.5,
    )
    futures = fetch.map(feeds, [health[f.name] for f in feeds], unmapped(config.fetch), force)
    results = [
        _result_or_failure(future, feed) for future, feed in zip(futures, feeds, strict=True)
    ]
    stored = store_task(config, results, health)
    extracted = extract_task(config)
    changes = fold_task(config)
    delivered = deliver_task(config)
    summary = pipeline.summarize(stored, extracted, changes, delivered)
    logger.info("cycle done: %s", summary)
    return summary


def _result_or_failure(future: Any, feed: FeedConfig) -> FetchResult:
    """A fetch task that failed outright still yields a failed result, never a lost feed."""
    try:
        return future.result()
    except Exception as exc:  # the task's own retries are spent; record why, go on
        error = FeedError(feed.name, "crashed", f"{type(exc).__name__}: {exc}")
        return FetchResult(feed=feed.name, outcome="failed", error=error)


def run_monitor(config: Config, *, force: bool = False) -> dict[str, Any]:
    """Run one monitor cycle with the configured fan-out."""
    runner = ThreadPoolTaskRunner(max_workers=max(1, config.fetch.concurrency))
    return monitor_flow.with_options(task_runner=runner)(config_path=config.path, force=force)
