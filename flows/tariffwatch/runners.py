"""The task runner a monitor run fans out on: threads here, or a Dask cluster.

    [fetch]
    task_runner = "threads"   # the default: `concurrency` threads in this process
    task_runner = "dask"      # prefect-dask (pip install 'tariffwatch[dask]')
    dask_address = ""         # empty: a LocalCluster on this machine;
                              # "tcp://scheduler:8786": an existing cluster

Under Dask every task of the run (one per feed, one per stage) runs on a Dask
worker. The stages open the store by path, so the workers must see the same
DuckDB file (one machine, or a shared DuckLake/MotherDuck store: see the
README's "Scaling out").
"""

from __future__ import annotations

import os
from typing import Any

from prefect.task_runners import ThreadPoolTaskRunner

from tariffwatch.config import FetchConfig
from tariffwatch.errors import ConfigError


def task_runner_for(fetch: FetchConfig) -> Any:
    """A fresh task runner for one flow run, as [fetch] task_runner asks."""
    if fetch.task_runner != "dask":
        return ThreadPoolTaskRunner(max_workers=max(1, fetch.concurrency))
    try:
        from prefect_dask.task_runners import DaskTaskRunner
    except ImportError:
        raise ConfigError(
            "task_runner = \"dask\" needs prefect-dask; pip install 'tariffwatch[dask]'",
            key="fetch.task_runner",
        ) from None
    if fetch.dask_address:
        return DaskTaskRunner(address=fetch.dask_address)
    return DaskTaskRunner(cluster_kwargs=local_cluster_kwargs(fetch))


def local_cluster_kwargs(fetch: FetchConfig) -> dict[str, Any]:
    """A LocalCluster sized to this machine: a worker process per core, threads for I/O."""
    concurrency = max(1, fetch.concurrency)
    workers = max(1, min(os.cpu_count() or 1, concurrency))
    return {
        "n_workers": workers,
        "threads_per_worker": max(1, concurrency // workers),
        "processes": True,
        "dashboard_address": None,  # no port to collide with, no bokeh needed
    }
