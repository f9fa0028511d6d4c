"""The measured scenarios. Each runs alone in a fresh process (`python -m bench.scenarios`).

    python -m bench.scenarios NAME '{"param": ...}'

prints one JSON line: the scenario's figures plus `peak_rss_mb`, this
process's own peak resident memory, so one scenario's peak never mixes with
another's. The parent (bench.run) serves the feeds and receives the alerts,
so the measured process does only what a monitor cycle does.
"""

from __future__ import annotations

import io
import json
import os
import resource
import sys
import threading
import time
from pathlib import Path
from typing import Any


def baseline(feeds_dir: str) -> dict[str, Any]:
    """feedparser alone over the same feed bytes: the ceiling a cycle is compared with."""
    import feedparser

    bodies = [p.read_bytes() for p in sorted(Path(feeds_dir).glob("*.xml"))]
    items = 0
    started = time.perf_counter()
    for body in bodies:
        items += len(feedparser.parse(io.BytesIO(body)).entries)
    seconds = time.perf_counter() - started
    return {"items": items, "seconds": seconds, "items_per_s": items / seconds}


def cycle(config_path: str, repeat: int = 1, force: bool = False) -> dict[str, Any]:
    """Whole monitor cycles (fetch, parse, store, extract, fold, alert) without Prefect."""
    from tariffwatch.config import load_config
    from tariffwatch.pipeline import run_cycle

    config = load_config(config_path)
    times: list[float] = []
    summary: dict[str, Any] = {}
    with TreePeak() as tree:
        for _ in range(repeat):
            started = time.perf_counter()
            summary = run_cycle(config, force=force)
            times.append(time.perf_counter() - started)
    summary.pop("change_titles", None)
    items = summary["items_new"]
    return {
        "seconds": min(times),
        "times": times,
        "items_per_s": items / times[0] if items else 0.0,
        "summary": summary,
        "tree_peak_rss_mb": tree.peak_mb,
    }


def flow_cycle(config_path: str, settle_seconds: float = 60.0) -> dict[str, Any]:
    """One monitor flow run, started as `tariffwatch run` starts it, against the Prefect
    server in PREFECT_API_URL. Timed until its events and logs have left this process:
    a cycle is not done while the server has yet to hear of its changes."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    from tariffwatch.config import load_config
    from tariffwatch.flows import run_monitor

    config = load_config(config_path)
    with TreePeak() as tree, CpuSpent() as cpu:
        started = time.perf_counter()
        summary = run_monitor(config)
        flow_seconds = time.perf_counter() - started
        EventsWorker.drain_all()
        APILogWorker.drain_all()
        seconds = time.perf_counter() - started
    titles = summary.pop("change_titles", [])
    summary.pop("report", None)
    items = summary["items_new"]
    return {
        "seconds": seconds,
        "flow_seconds": flow_seconds,
        "items_per_s": items / seconds if items else 0.0,
        "summary": summary,
        "server": _flow_run_record(summary.get("events", len(titles)), settle_seconds),
        "tree_peak_rss_mb": tree.peak_mb,
        "cpu_seconds": cpu.seconds,
    }


def _flow_run_record(emitted: int, settle_seconds: float) -> dict[str, Any]:
    """What the server holds of the run: its state, its task runs, the change events
    (the server persists events in batches, so their count is awaited, not timed),
    and how many changes those events carry (a pair's event lists several)."""
    import httpx
    from prefect import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterId,
    )

    with get_client(sync_client=True) as client:
        (run,) = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["tariffwatch-monitor"])), limit=1
        )
        task_runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[run.id])), limit=200
        )
    api = os.environ["PREFECT_API_URL"]
    query = {"filter": {"event": {"prefix": ["tariffwatch."]}}, "limit": 1}
    events, deadline = -1, time.monotonic() + settle_seconds
    while time.monotonic() < deadline:
        events = int(httpx.post(f"{api}/events/filter", json=query, timeout=30).json()["total"])
        if events >= emitted:
            break
        time.sleep(0.5)
    return {
        "state": run.state_type.value if run.state_type else None,
        "task_runs": len(task_runs),
        "tasks": sorted({t.name.split(" ")[0].rsplit("-", 1)[0] for t in task_runs}),
        "events": events,
        "events_emitted": emitted,
        "changes_in_events": _changes_in_events(api, query["filter"]),
        "run_seconds": run.total_run_time.total_seconds(),
        "stages": _stage_seconds(task_runs),
    }


def _changes_in_events(api: str, event_filter: dict[str, Any]) -> int:
    """The changes the stored tariffwatch events carry: one each, or a pair event's count."""
    import httpx

    total = 0
    with httpx.Client(timeout=30) as client:
        page = client.post(f"{api}/events/filter", json={"filter": event_filter, "limit": 50})
        while True:
            body = page.json()
            for event in body["events"]:
                total += (
                    int(event["payload"].get("count", 1))
                    if event["event"].endswith(".pair.changed")
                    else 1
                )
            if not body.get("next_page"):
                return total
            page = client.get(body["next_page"])


def _stage_seconds(task_runs: list[Any]) -> dict[str, float]:
    """Wall seconds per stage, as the server recorded its task runs: the fetch tasks
    from the first start to the last end (they run side by side), each other stage
    its own run time."""
    spans: dict[str, tuple[Any, Any]] = {}
    for run in task_runs:
        if run.start_time is None or run.end_time is None:
            continue
        stage = "fetch" if run.name.startswith("fetch ") else run.name.rsplit("-", 1)[0]
        first, last = spans.get(stage, (run.start_time, run.end_time))
        spans[stage] = (min(first, run.start_time), max(last, run.end_time))
    return {stage: (end - start).total_seconds() for stage, (start, end) in spans.items()}


def stages(config_path: str) -> dict[str, Any]:
    """One full cycle, timed stage by stage (for the table's breakdown)."""
    from concurrent.futures import ThreadPoolExecutor

    from tariffwatch import pipeline
    from tariffwatch.alerts.outbox import deliver_pending
    from tariffwatch.config import load_config
    from tariffwatch.sources import fetch_feed, shutdown_parse_pool

    config = load_config(config_path)
    db = config.storage.path
    now = pipeline.utcnow()
    marks: dict[str, float] = {}
    t0 = time.perf_counter()
    feeds = [f for f in config.feeds if f.enabled]
    health = pipeline.load_health(db, feeds)
    read = pipeline.parse_worker_reader(config)  # as run_cycle: large feeds read while parsed
    with ThreadPoolExecutor(max_workers=max(1, config.fetch.concurrency)) as pool:
        results = list(
            pool.map(lambda f: fetch_feed(f, health[f.name], config.fetch, read=read), feeds)
        )
    shutdown_parse_pool()
    marks["fetch+parse+read"] = time.perf_counter() - t0
    memory = {"fetch+parse+read": _vm("VmHWM")}
    t = time.perf_counter()
    stored = pipeline.store_results(db, results, health, [], config, now=now)
    marks["store"] = time.perf_counter() - t
    memory["store"] = _vm("VmHWM")
    t = time.perf_counter()
    extracted = pipeline.extract_queued(db, config)
    marks["extract"] = time.perf_counter() - t
    memory["extract"] = _vm("VmHWM")
    t = time.perf_counter()
    changes = pipeline.fold_queued(db, config, now=now)
    marks["fold"] = time.perf_counter() - t
    memory["fold"] = _vm("VmHWM")
    t = time.perf_counter()
    delivered = deliver_pending(db, config, now=now)
    marks["alert"] = time.perf_counter() - t
    memory["alert"] = _vm("VmHWM")
    seconds = time.perf_counter() - t0
    items = stored.items_new
    return {
        "seconds": seconds,
        "items_per_s": items / seconds if seconds else 0.0,
        "stages": marks,
        "peak_mb_after": memory,
        "summary": {
            "items_new": items,
            "facts": stored.facts_read + extracted.facts,
            "items_read_while_parsed": stored.items_read,
            "changes": len(changes),
            "alerts_sent": delivered.sent,
            "alerts_failed": delivered.failed,
            "feeds_ok": len(stored.feeds_ok),
            "feeds_failed": stored.feeds_failed,
        },
    }


def nochange(config_path: str, repeat: int = 3) -> dict[str, Any]:
    """Cycles with nothing new: every feed 304, then every feed re-sent with known items."""
    from tariffwatch.config import load_config
    from tariffwatch.pipeline import run_cycle

    config = load_config(config_path)
    out: dict[str, Any] = {}
    for label, force in (("not_modified", False), ("duplicates", True)):
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            summary = run_cycle(config, force=force)
            times.append(time.perf_counter() - started)
            if summary["items_new"] or summary["feeds_failed"]:
                raise RuntimeError(f"{label}: the cycle was not a no-change cycle: {summary}")
        out[label] = {
            "seconds": sorted(times)[len(times) // 2],  # the median: the machines are noisy
            "times": times,
            "feeds_not_modified": summary["feeds_not_modified"],
            "items_seen": summary["items_seen"],
        }
    return out


def build_db(config_path: str, items: int) -> dict[str, Any]:
    """A store holding `items` items, built by bulk SQL, then the feeds' own items by a cycle."""
    from bench.bigdb import fill
    from tariffwatch.config import load_config
    from tariffwatch.pipeline import run_cycle

    config = load_config(config_path)
    started = time.perf_counter()
    counts = fill(config.storage.path, items)
    summary = run_cycle(config)
    counts["feed_items"] = summary["items_new"]
    counts["seconds"] = time.perf_counter() - started
    return counts


def extraction(feeds_dir: str, cpu: int | None = 0) -> dict[str, Any]:
    """extract() alone over every item of the corpus, pinned to one core."""
    from datetime import UTC, datetime

    from tariffwatch.extract import extract
    from tariffwatch.sources import parse_feed

    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {cpu})
    now = datetime.now(UTC)
    items = []
    for path in sorted(Path(feeds_dir).glob("*.xml")):
        items += parse_feed(path.read_bytes(), feed_name=path.stem, base_url="http://x/", now=now)
    facts = 0
    started = time.perf_counter()
    for item in items:
        facts += len(extract(item.text, published=item.published.date(), title=item.title))
    seconds = time.perf_counter() - started
    return {
        "items": len(items),
        "facts": facts,
        "seconds": seconds,
        "items_per_s": len(items) / seconds,
    }


def prefect_tasks(config_paths: list[str]) -> dict[str, Any]:
    """Task runs of one real monitor flow run per config, counted through the Prefect API."""
    from bench.prefect_count import count_task_runs

    return {"runs": count_task_runs(config_paths)}


SCENARIOS = {
    "baseline": baseline,
    "cycle": cycle,
    "flow_cycle": flow_cycle,
    "stages": stages,
    "nochange": nochange,
    "build_db": build_db,
    "extraction": extraction,
    "prefect_tasks": prefect_tasks,
}


def _status_mb(field: str, pid: int | str = "self") -> float | None:
    """A memory field of /proc/PID/status (VmRSS, VmHWM), in MB; None if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _vm(field: str) -> float:
    return _status_mb(field) or 0.0


class TreePeak:
    """The largest sum of resident memory over this process and its descendants (the
    parse pool's workers, the forkserver), sampled every 50 ms while in the block.
    VmHWM is per process, so peak_rss_mb alone would not count the workers."""

    def __init__(self, interval: float = 0.05) -> None:
        self.peak_mb = 0.0
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.peak_mb = max(self.peak_mb, sum(map(_rss_mb, _tree(os.getpid()))))
            if self._stop.wait(self._interval):
                return


class CpuSpent:
    """CPU seconds spent in the block by this process (all its threads) and by the child
    processes it waited for: the parse workers and their forkserver, which the cycle
    stops and reaps before it ends (getrusage counts a child once it is reaped, and a
    forkserver reaps its workers). With the server's own, this says where a run's
    CPU went and what it costs the machine's cores at the least."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def __enter__(self) -> CpuSpent:
        self._self = time.process_time()
        self._children = _children_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = {
            "flow_process": time.process_time() - self._self,
            "parse_workers": _children_cpu() - self._children,
        }


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        pids.append(current := todo.pop())
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    return pids


def _rss_mb(pid: int) -> float:
    return _status_mb("VmRSS", pid) or 0.0


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process and its descendants so far (a server's own cost)."""
    ticks = 0
    for each in _tree(pid):
        try:
            fields = Path(f"/proc/{each}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def peak_rss_mb() -> float:
    """This process's own peak resident set, in MB.

    VmHWM, not ru_maxrss: Linux carries ru_maxrss across exec, so a child
    would report its parent's peak (the parent holds the whole corpus).
    """
    peak = _status_mb("VmHWM")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    name, params = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = SCENARIOS[name](**params)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
