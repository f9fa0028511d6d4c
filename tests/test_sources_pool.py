"""The parse pool: same results as parsing in the thread, a fallback when it breaks,
no worker left behind after shutdown_parse_pool()."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tariffwatch.config import FeedConfig, FetchConfig
from tariffwatch.errors import FeedError
from tariffwatch.sources import fetch_feed, parse_feed_detailed, pool, shutdown_parse_pool

FEEDS = Path(__file__).parent / "data" / "feeds"
NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
BASE = "https://news.example.com/feed.xml"
FIXTURES = sorted(p for p in FEEDS.iterdir() if p.suffix in (".xml", ".html"))


@pytest.fixture(autouse=True)
def every_body_to_the_pool(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(pool, "POOL_MIN_BYTES", 0)  # the fixtures are small
    yield
    shutdown_parse_pool()


def in_pool(body: bytes) -> Any:
    return _outcome(pool.parse_body, body, processes=2)


def in_thread(body: bytes) -> Any:
    return _outcome(_in_thread, body)


def _in_thread(body: bytes, **kwargs: Any) -> Any:
    return parse_feed_detailed(body, **kwargs)


def _outcome(parse: Any, body: bytes, **extra: Any) -> Any:
    try:
        return parse(body, feed_name="t", base_url=BASE, content_type=None, now=NOW, **extra)
    except FeedError as exc:
        return ("FeedError", exc.feed, exc.code, exc.message)


def workers() -> set[int]:
    executor = pool._executor
    return set(executor._processes) if executor is not None else set()  # type: ignore[attr-defined]


def test_the_pool_parses_every_fixture_as_the_thread_does() -> None:
    expected = {p.name: in_thread(p.read_bytes()) for p in FIXTURES}
    assert {p.name: in_pool(p.read_bytes()) for p in FIXTURES} == expected
    assert workers(), "the pool was not used"
    assert any(not isinstance(v, tuple) and v.items for v in expected.values())
    assert any(isinstance(v, tuple) for v in expected.values())  # FeedErrors cross too


def test_fetch_feed_gives_the_same_result_with_and_without_the_pool() -> None:
    feed = FeedConfig(name="wire", url=str(FEEDS / "rss_basic.xml"))
    pooled = fetch_feed(feed, None, FetchConfig(parse_processes=2), now=NOW)
    assert workers()
    threaded = fetch_feed(feed, None, FetchConfig(parse_processes=1), now=NOW)
    assert pooled.outcome == "ok" and pooled.items
    assert pooled == threaded


def test_small_bodies_and_one_process_stay_in_the_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    body = (FEEDS / "rss_basic.xml").read_bytes()
    assert in_thread(body) == _outcome(pool.parse_body, body, processes=1)
    monkeypatch.setattr(pool, "POOL_MIN_BYTES", len(body) + 1)
    assert in_thread(body) == in_pool(body)
    assert not workers()
    assert pool.parse_workers(1) == 0
    assert pool.parse_workers(3) == 3
    assert pool.parse_workers(0) == ((os.cpu_count() or 1) if (os.cpu_count() or 1) > 1 else 0)


def test_killed_workers_fall_back_to_the_thread_then_a_new_pool() -> None:
    body = (FEEDS / "rss_basic.xml").read_bytes()
    expected = in_thread(body)
    assert in_pool(body) == expected
    broken, pids = pool._executor, workers()
    for pid in pids:
        os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while not broken._broken and time.monotonic() < deadline:  # type: ignore[union-attr]
        time.sleep(0.02)
    assert in_pool(body) == expected  # BrokenProcessPool: parsed here, not failed
    assert in_pool(body) == expected
    assert pool._executor is not None and pool._executor is not broken
    assert workers() and not workers() & pids


class _BrokenExecutor:
    """Stands in for a pool whose worker died (or that cannot start at all)."""

    def __init__(self, *, on_submit: bool) -> None:
        self.on_submit = on_submit
        self.shut_down = False

    def submit(self, *args: object) -> Future[Any]:
        if self.on_submit:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.shut_down = True


@pytest.mark.parametrize("on_submit", [True, False])
def test_an_injected_broken_executor_never_fails_the_feed(
    monkeypatch: pytest.MonkeyPatch, on_submit: bool
) -> None:
    fake = _BrokenExecutor(on_submit=on_submit)
    monkeypatch.setattr(pool, "_executor", fake)
    monkeypatch.setattr(pool, "_executor_size", 2)
    feed = FeedConfig(name="wire", url=str(FEEDS / "rss_basic.xml"))
    result = fetch_feed(feed, None, FetchConfig(parse_processes=2), now=NOW)
    assert result.outcome == "ok" and len(result.items) == 3
    assert fake.shut_down and pool._executor is None  # the next body gets a new pool


def test_no_worker_outlives_shutdown() -> None:
    in_pool((FEEDS / "rss_basic.xml").read_bytes())
    pids = workers()
    assert pids
    shutdown_parse_pool()
    assert pool._executor is None
    deadline = time.monotonic() + 5
    while (alive := {p for p in pids if _running(p)}) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not alive
    shutdown_parse_pool()  # twice is fine


def test_workers_leave_when_their_parent_is_killed(tmp_path: Path) -> None:
    # A monitor killed mid-cycle (SIGKILL, the OOM killer) must not leave its
    # parse workers behind, waiting on their queue for ever.
    script = tmp_path / "parent.py"
    script.write_text(
        "import time\n"
        "from tariffwatch.sources import pool\n"
        "if __name__ == '__main__':\n"
        "    executor = pool._get_executor(2)\n"
        "    executor.submit(time.sleep, 0).result()\n"
        "    print(' '.join(map(str, executor._processes)), flush=True)\n"
        "    time.sleep(600)\n",
        encoding="utf-8",
    )
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout is not None
        pids = {int(p) for p in parent.stdout.readline().split()}
        assert pids and all(_running(p) for p in pids)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 20
    while (alive := {p for p in pids if _running(p)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive, f"workers {sorted(alive)} outlived their killed parent"


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; its parent (the forkserver) reaps it


def test_a_tmpdir_too_deep_for_the_forkserver_socket_starts_workers_with_spawn(tmp_path):
    deep = tmp_path / ("a-long-temporary-folder/" * 5)
    deep.mkdir(parents=True)
    before = tempfile.tempdir
    try:
        tempfile.tempdir = str(deep)
        assert pool.start_method() == "spawn"
        tempfile.tempdir = "/tmp"
        assert pool.start_method() == "forkserver"
    finally:
        tempfile.tempdir = before


def test_started_ahead_of_the_first_body_every_worker_is_up_and_the_pool_is_reused() -> None:
    from tariffwatch.reader import RulesReader

    assert pool.start_parse_pool(2, read=RulesReader())
    started = pool._executor
    deadline = time.monotonic() + 30
    while len(workers()) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(workers()) == 2  # one process per call, both started before any body
    assert pool.start_parse_pool(2)  # running already: the same pool, no new process
    assert pool._executor is started
    body = (FEEDS / "rss_basic.xml").read_bytes()
    assert in_pool(body) == in_thread(body)
    assert pool._executor is started


def test_no_pool_is_started_where_none_would_be_used() -> None:
    assert not pool.start_parse_pool(1)  # one process: bodies parse in the caller
    assert pool._executor is None


def test_a_first_run_over_new_feeds_starts_the_workers_and_known_feeds_do_not(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from tariffwatch import pipeline
    from tariffwatch.config import parse_config
    from tariffwatch.sources import FeedHealth

    started: list[int] = []
    monkeypatch.setattr(
        pipeline, "start_parse_pool", lambda n, read=None: started.append(n) or True
    )
    names = ["a", "b", "c", "d", "off"]
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb")},
        "fetch": {"parse_processes": 2, "concurrency": 3},
        "feeds": [
            {"name": n, "url": f"https://{n}.example/rss", "enabled": n != "off"} for n in names
        ],
    }
    config = parse_config(raw, path=None, environ={})

    def health(*new: str) -> dict[str, FeedHealth]:
        return {
            n: FeedHealth(
                name=n, url=f"https://{n}.example/rss", last_checked=None if n in new else NOW
            )
            for n in names
        }

    assert not pipeline.start_parse_workers(config, health())  # every feed known
    assert not pipeline.start_parse_workers(config, health("a", "b"))  # two added: on demand
    assert not pipeline.start_parse_workers(config, health("a", "b", "off"))  # "off" is not fetched
    assert not started
    assert pipeline.start_parse_workers(config, health("a", "b", "c")) and started == [2]
    assert pipeline.start_parse_workers(config, {}) and started == [2, 2]  # a first run
    one = parse_config({**raw, "fetch": {"parse_processes": 1}}, path=None, environ={})
    assert not pipeline.start_parse_workers(one, {})  # one process: no pool at all


def test_a_started_pool_no_body_reached_is_not_waited_for_and_its_workers_leave() -> None:
    from tariffwatch.reader import RulesReader

    assert pool.start_parse_pool(2, read=RulesReader())
    deadline = time.monotonic() + 30
    while len(workers()) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    pids = workers()
    begun = time.monotonic()
    shutdown_parse_pool()  # the workers may still be importing: the cycle does not wait
    assert time.monotonic() - begun < 0.5 and pool._executor is None
    deadline = time.monotonic() + 30
    while (alive := {p for p in pids if _running(p)}) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive


def test_run_monitor_does_not_wait_twice_for_a_store_another_process_holds(
    tmp_path: Path,
) -> None:
    from tariffwatch import flows
    from tariffwatch.config import parse_config

    db = tmp_path / "tw.duckdb"
    feeds = [{"name": f"f{n}", "url": f"https://f{n}.example/rss"} for n in range(9)]
    config = parse_config(
        {"storage": {"path": str(db), "lock_timeout": 30.0}, "feeds": feeds},
        path=None,
        environ={},
    )
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time, duckdb; con = duckdb.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(20)",
            str(db),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout is not None
        holder.stdout.readline()
        begun = time.monotonic()
        flows._start_parse_workers_early(config)  # one try, then the flow's own wait
        assert time.monotonic() - begun < 5
        assert pool._executor is None
    finally:
        holder.kill()
        holder.wait()


def test_preload_names_the_parser_and_the_readers_module_only_when_reading() -> None:
    from tariffwatch.reader import RulesReader

    assert pool.preload_modules(None) == ["__main__", "tariffwatch.sources.pool"]
    assert pool.preload_modules(RulesReader()) == [
        "__main__",
        "tariffwatch.sources.pool",
        "tariffwatch.reader",
    ]


def test_workers_start_with_the_rules_imported_and_the_forkserver_leaves_with_the_pool(
    tmp_path: Path,
) -> None:
    # A fresh process: the forkserver is one per process, started by its first pool.
    script = tmp_path / "preload.py"
    script.write_text(
        "import sys\n"
        "from multiprocessing import forkserver\n"
        "from tariffwatch.sources import pool\n"
        "def rules_imported() -> bool:\n"
        "    return 'tariffwatch.extract.core' in sys.modules\n"
        "if __name__ == '__main__':\n"
        "    from tariffwatch.reader import RulesReader\n"
        "    executor = pool._get_executor(2, RulesReader())\n"
        "    pool._mark_used(executor)\n"
        "    print(executor.submit(rules_imported).result())\n"
        "    pool.shutdown_parse_pool()\n"
        "    print(forkserver._forkserver._forkserver_pid is None)\n"
        "    executor = pool._get_executor(2, None)\n"
        "    pool._mark_used(executor)\n"
        "    print(executor.submit(rules_imported).result())\n"
        "    pool.shutdown_parse_pool()\n",
        encoding="utf-8",
    )
    # Under a deep TMPDIR (CI's) the pool starts with spawn and nothing is preloaded
    # (the test above); this one is about the forkserver, so its socket gets a short one.
    with tempfile.TemporaryDirectory(prefix="tw-", dir="/tmp") as short_tmp:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": short_tmp}
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "from tariffwatch.sources import pool; print(pool.start_method())",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert out.stdout.split() == ["forkserver"], out.stderr
        out = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120
        )
    assert out.returncode == 0, out.stderr
    # Read before any call: the worker was forked with the rules. The waited shutdown
    # stopped the forkserver; the next pool, reading nothing, starts one without them.
    assert out.stdout.split() == ["True", "True", "False"]


def test_starting_the_pool_does_not_wait_for_its_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A forkserver with the rules preloaded answers a process start only after its
    # 1 s import: the cycle's setup must go on meanwhile.
    import threading

    release, submitted = threading.Event(), threading.Event()

    class SlowToStart:
        calls = 0

        def submit(self, fn: Any, *args: Any) -> Future[None]:
            SlowToStart.calls += 1
            submitted.set()
            release.wait(10)
            done: Future[None] = Future()
            done.set_result(None)  # as an executor's: the pool counts as ready when one is done
            return done

        def shutdown(self, **kwargs: Any) -> None:
            pass

    monkeypatch.setattr(pool, "_get_executor", lambda workers, read=None: SlowToStart())
    assert pool.start_parse_pool(2)
    assert submitted.wait(10) and SlowToStart.calls == 1  # returned while the start waits
    release.set()
    deadline = time.monotonic() + 10
    while SlowToStart.calls < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert SlowToStart.calls == 2  # one call per worker, as before


class Starting:
    """A pool whose workers answer only when told: bodies sent to it are counted and
    parsed at once, the warm-up calls wait."""

    def __init__(self) -> None:
        self.warm_ups: list[Future[None]] = []
        self.bodies = 0

    def submit(self, fn: Any, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        if fn is pool._warm:
            self.warm_ups.append(future)
            return future
        self.bodies += 1
        future.set_result(fn(*args))
        return future

    def shutdown(self, **kwargs: Any) -> None:
        pass


def test_while_the_workers_start_a_body_is_read_in_the_calling_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tariffwatch.reader import RulesReader

    starting = Starting()
    monkeypatch.setattr(pool, "_get_executor", lambda workers, read=None: starting)
    monkeypatch.setattr(pool, "POOL_MIN_BYTES", 0)
    body = (FEEDS / "rss_basic.xml").read_bytes()

    def parse() -> Any:
        return pool.parse_body(
            body,
            feed_name="wire",
            base_url="https://news.example.com/feed.xml",
            content_type=None,
            now=datetime(2025, 6, 1, tzinfo=UTC),
            processes=2,
            read=RulesReader(),
        )

    here = parse()
    deadline = time.monotonic() + 10  # the workers are asked to start from a thread of their own
    while len(starting.warm_ups) < 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert starting.bodies == 0 and len(starting.warm_ups) == 2  # the workers were asked to start
    assert here.facts and set(here.facts) == {i.key for i in here.items}  # read, as a worker reads
    with pool._warming:  # another fetch is reading its body here: this one goes to the pool
        assert parse().facts == here.facts
    assert starting.bodies == 1
    starting.warm_ups[0].set_result(None)  # a worker answered: every body goes to the pool now
    assert parse().facts == here.facts
    assert starting.bodies == 2 and len(starting.warm_ups) == 2  # asked to start once


def test_run_monitor_freezes_the_heap_for_the_cycle_only_even_when_it_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from tariffwatch import flows
    from tariffwatch.config import parse_config

    seen: list[int] = []

    def cycle(**_: Any) -> dict[str, Any]:
        seen.append(gc.get_freeze_count())
        raise RuntimeError("the flow failed")

    class Flow:
        def with_options(self, **_: Any) -> Any:
            return cycle

    monkeypatch.setattr(flows, "monitor_flow", Flow())
    monkeypatch.setattr(flows, "_start_parse_workers_early", lambda config: None)
    config = parse_config({"feeds": []}, path=None, environ={})
    with pytest.raises(RuntimeError, match="the flow failed"):
        flows.run_monitor(config)
    assert seen and seen[0] > 0  # what existed before the cycle is frozen during it
    assert gc.get_freeze_count() == 0
