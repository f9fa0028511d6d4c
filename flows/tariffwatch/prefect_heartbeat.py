"""A flow run returns when its work is done, not up to a second later.

Prefect's sync flow engine sends flow-run heartbeats (every 180 s by default,
for crashed-run detection) from a thread that sleeps in one-second steps, and
on exit joins that thread: every `tariffwatch run`, and every scheduled run
under `tariffwatch serve`, then waits for the rest of the current second
(measured: the backlog run of `make bench` returned 0.25-0.5 s after its last
task). Prefect's async engine already leaves the thread to end by itself
(join_on_exit=False): the stop flag is set before the wait, the thread sends
no heartbeat after it, and it ends within a second as a daemon. This module
makes the sync engine do the same.

It wraps a private Prefect function, so it checks what it wraps: if a Prefect
release renames it or drops `join_on_exit`, nothing is patched and runs behave
as before (tests/test_prefect_heartbeat.py fails, to say so).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

_MARK = "_tariffwatch_no_join"


def stop_heartbeats_without_waiting() -> bool:
    """Make the sync flow engine stop its heartbeat thread without joining it.

    Idempotent; True if the engine's heartbeat context is (now) the non-joining one.
    """
    import prefect.flow_engine as engine

    original: Callable[..., AbstractContextManager[None]] | None = getattr(
        engine, "_send_heartbeats", None
    )
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True
    if "join_on_exit" not in inspect.signature(original).parameters:
        return False

    @contextmanager
    def send_heartbeats(flow_engine: Any, join_on_exit: bool = True) -> Iterator[None]:
        with original(flow_engine, join_on_exit=False):
            yield

    setattr(send_heartbeats, _MARK, True)
    setattr(engine, "_send_heartbeats", send_heartbeats)  # noqa: B010  (a private name, on purpose)
    return True
