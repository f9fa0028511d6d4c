"""Parse large feed bodies in worker processes.

feedparser is pure Python, so the fetch threads share one core however many
there are. A body of POOL_MIN_BYTES or more is parsed in a small process pool
instead (bytes in, a ParsedFeed out); a smaller one is parsed in the calling
thread, where a round trip to another process would cost more than it saves.

Given a `read` (an ItemReader, such as reader.RulesReader), the worker also
reads each parsed item's facts in the same pass (ParsedFeed.facts): the
extraction of one feed then runs beside the parsing of the next, on both
cores, instead of after every feed is in. Reading is an offer, never a
condition: an item it fails on, or a body parsed in the calling thread, has
no entry in `facts`, and the extract stage reads it as before.

The pool is created on first use, one worker per core by default
([fetch] parse_processes), with the "forkserver" start method where it can
run ("spawn" elsewhere, or under a TMPDIR too deep for its socket): the
calling process has threads, so plain fork is unsafe. The forkserver imports
the parser and the reader's rules once and forks each worker with them
(preload_modules), so a worker starts in milliseconds instead of the import's
CPU (0.2 s with the rules' regex cache warm, 1 s compiling them). The pool
lives until shutdown_parse_pool(), which also runs at exit and stops the
forkserver with it.

The pool never fails a feed by itself: when it cannot start (a daemonic
process, such as a Dask worker, may not have children), is shut down, or a
worker dies (BrokenProcessPool), the body is parsed in the calling thread and
the next large body gets a new pool.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import tempfile
import threading
import weakref
from collections.abc import Callable
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from tariffwatch.model import Fact, Item
from tariffwatch.sources.parse import ParsedFeed, parse_feed_detailed

# Must pickle (a module-level class or function): it travels to the worker with the body.
ItemReader = Callable[[Item], list[Fact]]

POOL_MIN_BYTES = 64 * 1024  # smaller bodies parse in the calling thread
SOCKET_PATH_MAX = 107  # bytes in an AF_UNIX socket path (sun_path) on Linux

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None
_executor_size = 0
_executor_used = False  # a body was sent to the current pool (not only start_parse_pool's calls)
_started: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()  # workers asked to start
_ready: weakref.WeakSet[ProcessPoolExecutor] = weakref.WeakSet()  # a worker has answered
# One body at a time is parsed and read in a calling thread while the workers start.
_warming = threading.Lock()


def parse_workers(setting: int) -> int:
    """Worker processes for `[fetch] parse_processes`: 0 is one per core; 1 or a single
    core means none (parse in the calling thread)."""
    count = setting or os.cpu_count() or 1
    return count if count > 1 else 0


def parse_body(
    body: bytes,
    *,
    feed_name: str,
    base_url: str,
    content_type: str | None,
    now: datetime,
    processes: int = 0,
    read: ItemReader | None = None,
) -> ParsedFeed:
    """parse_feed_detailed, in a worker process when the body is large enough.

    The result is the same either way, FeedError included, except that only a
    worker fills `facts` (with `read`): in the calling thread reading would
    only move the extract stage's work, on the same core, into the fetch.
    """
    args = (body, feed_name, base_url, content_type, now)
    workers = parse_workers(processes)
    if not workers or len(body) < POOL_MIN_BYTES or multiprocessing.current_process().daemon:
        return _parse(*args)
    executor = _get_executor(workers, read)
    if read is not None and executor not in _ready and _warming.acquire(blocking=False):
        # The workers are still starting (the forkserver imports the rules: 0.2 s
        # of one core from their regex cache, 1 s without, while this process
        # mostly waits): this body is parsed and read here meanwhile, one at a time,
        # as a worker would.
        try:
            _start_workers(executor, workers, read)
            return _parse_and_read(*args, read)
        finally:
            _warming.release()
    _mark_used(executor)
    try:
        future = executor.submit(_parse_and_read, *args, read)
    except Exception:  # broken, shut down meanwhile, or cannot start a process
        _discard(executor)
        return _parse(*args)
    try:
        return future.result()
    except (BrokenProcessPool, CancelledError):
        _discard(executor)
        return _parse(*args)


def start_parse_pool(processes: int = 0, *, read: ItemReader | None = None) -> bool:
    """Start the worker processes now, ahead of the first large body; True if they start.

    A worker needs feedparser and, with `read`, the rules' compiled patterns
    (0.2 s of CPU to import from extract/regex_cache.py, 1 s compiling them)
    before it parses anything: the forkserver imports them once and forks the
    workers (preload_modules). Started while the cycle
    is still setting up (Prefect creating the flow run, feed health loading:
    mostly waiting), the workers are ready when the first body arrives instead
    of beginning then. The processes are started from a thread of their own,
    so the caller does not wait for that import. A no-op when a pool is running
    or none can be (one core, a daemonic process).
    """
    workers = parse_workers(processes)
    if not workers or multiprocessing.current_process().daemon:
        return False
    with _lock:
        if _executor is not None and _executor_size == workers:
            return True
    _start_workers(_get_executor(workers, read), workers, read)
    return True


def _start_workers(executor: ProcessPoolExecutor, workers: int, read: ItemReader | None) -> None:
    """Ask a new pool's workers to start, once per pool, from a thread of their own: the
    forkserver answers the first process start only after its import, and the
    caller goes on meanwhile. The pool counts as ready when a worker answers."""
    with _lock:
        if executor in _started:
            return
        _started.add(executor)

    def ask() -> None:
        try:
            # One call per worker: the executor starts a process per call while none is
            # idle, and the first worker is still starting when the second call is queued.
            for _ in range(workers):
                executor.submit(_warm, read).add_done_callback(lambda _: _ready.add(executor))
        except Exception:  # cannot start a process here: large bodies parse in the caller
            _discard(executor)

    threading.Thread(target=ask, name="parse-pool-start", daemon=True).start()


def _warm(read: ItemReader | None) -> None:
    """Nothing to do: unpickling this call imported the parser, and `read`'s rules."""


def shutdown_parse_pool() -> None:
    """Stop the worker processes (waiting for them); the next large body starts a new pool.

    A pool that start_parse_pool() started and no body reached is not waited
    for: its workers may still be importing, and they exit when done, while the
    cycle goes on.
    """
    global _executor, _executor_used
    with _lock:
        executor, _executor = _executor, None
        used, _executor_used = _executor_used, False
    if executor is not None:
        executor.shutdown(wait=used, cancel_futures=True)
    if used:
        _stop_forkserver()


def _stop_forkserver() -> None:
    """Stop the forkserver once the pool's workers have exited (after a waited shutdown).

    With the rules preloaded it holds their 35 MB of patterns for nothing
    between pools; the next pool starts a new one. Only after a waited shutdown:
    the workers hold the forkserver's "alive" pipe, and stopping it waits for
    them to exit. The standard library has no public way to stop it (its tests
    use _stop), so where that is missing the forkserver stays, as it did.
    """
    try:
        import multiprocessing.forkserver as forkserver
    except ImportError:
        return
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop):
        with contextlib.suppress(OSError):  # already gone
            stop()


def _mark_used(executor: ProcessPoolExecutor) -> None:
    global _executor_used
    with _lock:
        if _executor is executor:
            _executor_used = True


def _parse(
    body: bytes, feed_name: str, base_url: str, content_type: str | None, now: datetime
) -> ParsedFeed:
    # Module level, so that a worker process can unpickle a reference to it.
    return parse_feed_detailed(
        body, feed_name=feed_name, base_url=base_url, content_type=content_type, now=now
    )


def _parse_and_read(
    body: bytes,
    feed_name: str,
    base_url: str,
    content_type: str | None,
    now: datetime,
    read: ItemReader | None,
) -> ParsedFeed:
    parsed = _parse(body, feed_name, base_url, content_type, now)
    if read is not None:
        parsed.facts = read_items(parsed.items, read)
    return parsed


def read_items(items: list[Item], read: ItemReader) -> dict[str, list[Fact]]:
    """Each item's facts by key; an item `read` fails on is left out, for the extract
    stage to read again and report (its log names the item and the cause)."""
    facts: dict[str, list[Fact]] = {}
    for item in items:
        try:
            facts[item.key] = read(item)
        except Exception:  # the extract stage reads it again and reports why it fails
            continue
    return facts


def _get_executor(workers: int, read: ItemReader | None = None) -> ProcessPoolExecutor:
    global _executor, _executor_size, _executor_used
    with _lock:
        if _executor is not None and _executor_size == workers:
            return _executor
        old, _executor = _executor, None
        _executor_used = False
        context = multiprocessing.get_context(start_method())
        if isinstance(context, multiprocessing.context.ForkServerContext):
            context.set_forkserver_preload(preload_modules(read))
        _executor = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_leave_with_parent
        )
        _executor_size = workers
    if old is not None:  # another size was asked for: queued work still finishes
        old.shutdown(wait=False)
    return _executor


def preload_modules(read: ItemReader | None) -> list[str]:
    """What the forkserver imports once, before it forks any worker.

    Each worker forked from it starts with the parser and the reader's module
    (the rules: 0.2 s of CPU from their regex cache) already imported, instead
    of importing them itself: one import per process that runs cycles, not one
    per worker and pool. "__main__" is the standard library's default, kept.
    Only the first pool of a process sets this (the forkserver then runs for
    the process's life); a module that fails to import is skipped there, and
    the worker imports it as before.
    """
    modules = ["__main__", __name__]
    if read is not None:
        modules.append(type(read).__module__)
    return modules


def _leave_with_parent() -> None:
    """Exit when the process that started this worker dies.

    A worker whose parent is killed (SIGKILL, the OOM killer, a deploy's kill)
    would wait on its call queue forever: it holds both ends of that pipe, so
    it never reads an end of file. The parent's sentinel does close.
    """
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch(sentinel: int) -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, args=(parent.sentinel,), daemon=True).start()


def start_method() -> str:
    """forkserver where it can listen; spawn otherwise.

    The forkserver listens on an AF_UNIX socket in a folder under TMPDIR, and a
    socket path holds at most 107 bytes: under a deep TMPDIR (a CI's, a clone's
    own) it cannot start, and every large body would silently parse in the
    calling thread. spawn needs no socket.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return "spawn"
    socket = os.path.join(tempfile.gettempdir(), "pymp-xxxxxxxx", "listener-xxxxxxxx")
    return "forkserver" if len(os.fsencode(socket)) <= SOCKET_PATH_MAX else "spawn"


def _discard(broken: ProcessPoolExecutor) -> None:
    """Forget a broken pool (unless another thread already replaced it)."""
    global _executor
    with _lock:
        if _executor is broken:
            _executor = None
    broken.shutdown(wait=False, cancel_futures=True)


def _forget_after_fork() -> None:
    # A forked child must not use (or shut down) its parent's pool.
    global _lock, _executor, _executor_used
    _lock = threading.Lock()
    _executor = None
    _executor_used = False


atexit.register(shutdown_parse_pool)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
