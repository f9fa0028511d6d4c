"""A flow run's heartbeat thread is stopped without waiting for its one-second sleep.

Prefect's sync engine joins the thread on exit, so a run returned up to a second
after its work was done; tariffwatch.prefect_heartbeat makes it stop the thread
as Prefect's async engine does (see that module). These tests fail when a Prefect
release changes what is wrapped, which is the signal to look again.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import prefect.flow_engine as engine

import tariffwatch.flows  # noqa: F401  (importing the flows applies the change)
from tariffwatch.prefect_heartbeat import stop_heartbeats_without_waiting


class FakeEngine:
    """What _send_heartbeats reads of a flow run engine, with every heartbeat counted."""

    heartbeat_seconds = 30
    flow_run = None
    logger = logging.getLogger("test-heartbeat")

    def __init__(self) -> None:
        self.sent = 0

    def _build_heartbeat_event_template(self) -> tuple[Any, Any]:
        return {}, []

    def _emit_flow_run_heartbeat(self, resource: Any, related: Any) -> None:
        self.sent += 1


def test_prefect_still_has_the_heartbeat_context_that_is_wrapped() -> None:
    assert stop_heartbeats_without_waiting() is True
    assert getattr(engine._send_heartbeats, "_tariffwatch_no_join", False)


def test_exit_returns_while_the_thread_sleeps_and_the_thread_ends_by_itself() -> None:
    fake = FakeEngine()
    before = set(threading.enumerate())
    with engine._send_heartbeats(fake):
        (heartbeat,) = set(threading.enumerate()) - before
    # Not joined: the thread is still in its one-second sleep when the context has exited.
    assert heartbeat.is_alive()
    heartbeat.join(timeout=3)
    assert not heartbeat.is_alive()
    assert fake.sent <= 1  # the one sent on entry, if the thread got that far; none after
