"""Count the task runs of real monitor flow runs, through the Prefect API.

Runs under prefect_test_harness (a throwaway server and database), so the
benchmark needs no Prefect server and leaves nothing behind. One task per
feed and per stage: the count must grow with feeds, never with items.
"""

from __future__ import annotations

import time
from typing import Any
from uuid import UUID


def count_task_runs(
    config_paths: list[str], *, settle_seconds: float = 15.0
) -> list[dict[str, Any]]:
    from prefect.testing.utilities import prefect_test_harness

    from tariffwatch.config import load_config
    from tariffwatch.flows import monitor_flow

    out: list[dict[str, Any]] = []
    with prefect_test_harness(server_startup_timeout=60):
        for path in config_paths:
            config = load_config(path)
            started = time.perf_counter()
            state = monitor_flow(config_path=path, return_state=True)
            seconds = time.perf_counter() - started
            flow_run_id = state.state_details.flow_run_id
            names = _task_run_names(flow_run_id, settle_seconds)
            out.append(
                {
                    "feeds": len([f for f in config.feeds if f.enabled]),
                    "items": state.result()["items_new"] if state.is_completed() else None,
                    "state": state.type.value,
                    "task_runs": len(names),
                    "tasks": sorted({n.split(" ")[0].rsplit("-", 1)[0] for n in names}),
                    "seconds": seconds,
                }
            )
    return out


def _task_run_names(flow_run_id: UUID | None, settle_seconds: float) -> list[str]:
    """Task runs reach the API through events; wait until their number stops moving."""
    from prefect import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    flow_filter = FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id]))
    deadline = time.monotonic() + settle_seconds
    last: list[str] = []
    stable = 0
    with get_client(sync_client=True) as client:
        while time.monotonic() < deadline:
            runs = client.read_task_runs(flow_run_filter=flow_filter, limit=200)
            names = [r.name for r in runs]
            stable = stable + 1 if names and len(names) == len(last) else 0
            last = names
            if stable >= 3:
                break
            time.sleep(0.3)
    return last
