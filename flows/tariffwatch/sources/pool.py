"""Parse large feed bodies in worker processes.

feedparser is pure Python, so the fetch threads share one core however many
there are. A body of POOL_MIN_BYTES or more is parsed in a small process pool
instead (bytes in, a ParsedFeed out); a smaller one is parsed in the calling
thread, where a round trip to another process would cost more than it saves.

The pool is created on first use, one worker per core by default
([fetch] parse_processes), with the "forkserver" start method where it can
run ("spawn" elsewhere, or under a TMPDIR too deep for its socket): the
calling process has threads, so plain fork is unsafe. It lives until
shutdown_parse_pool(), which also runs at exit.

The pool never fails a feed by itself: when it cannot start (a daemonic
process, such as a Dask worker, may not have children), is shut down, or a
worker dies (BrokenProcessPool), the body is parsed in the calling thread and
the next large body gets a new pool.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import tempfile
import threading
from concurrent.futures import CancelledError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime

from tariffwatch.sources.parse import ParsedFeed, parse_feed_detailed

POOL_MIN_BYTES = 64 * 1024  # smaller bodies parse in the calling thread
SOCKET_PATH_MAX = 107  # bytes in an AF_UNIX socket path (sun_path) on Linux

_lock = threading.Lock()
_executor: ProcessPoolExecutor | None = None
_executor_size = 0


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
) -> ParsedFeed:
    """parse_feed_detailed, in a worker process when the body is large enough.

    The result is the same either way, FeedError included.
    """
    args = (body, feed_name, base_url, content_type, now)
    workers = parse_workers(processes)
    if not workers or len(body) < POOL_MIN_BYTES or multiprocessing.current_process().daemon:
        return _parse(*args)
    executor = _get_executor(workers)
    try:
        future = executor.submit(_parse, *args)
    except Exception:  # broken, shut down meanwhile, or cannot start a process
        _discard(executor)
        return _parse(*args)
    try:
        return future.result()
    except (BrokenProcessPool, CancelledError):
        _discard(executor)
        return _parse(*args)


def shutdown_parse_pool() -> None:
    """Stop the worker processes (waiting for them); the next large body starts a new pool."""
    global _executor
    with _lock:
        executor, _executor = _executor, None
    if executor is not None:
        executor.shutdown(wait=True, cancel_futures=True)


def _parse(
    body: bytes, feed_name: str, base_url: str, content_type: str | None, now: datetime
) -> ParsedFeed:
    # Module level, so that a worker process can unpickle a reference to it.
    return parse_feed_detailed(
        body, feed_name=feed_name, base_url=base_url, content_type=content_type, now=now
    )


def _get_executor(workers: int) -> ProcessPoolExecutor:
    global _executor, _executor_size
    with _lock:
        if _executor is not None and _executor_size == workers:
            return _executor
        old, _executor = _executor, None
        context = multiprocessing.get_context(start_method())
        _executor = ProcessPoolExecutor(max_workers=workers, mp_context=context)
        _executor_size = workers
    if old is not None:  # another size was asked for: queued work still finishes
        old.shutdown(wait=False)
    return _executor


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
    global _lock, _executor
    _lock = threading.Lock()
    _executor = None


atexit.register(shutdown_parse_pool)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)
