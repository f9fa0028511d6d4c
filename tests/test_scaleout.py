"""The scale-out path: the monitor flow's fan-out on a Dask cluster, and the runner choice.

A real LocalCluster (worker processes) and a real loopback feed server: the
fetch tasks, their FetchResults and a failed feed's FeedError all cross
process boundaries, as they would on a remote cluster.
"""

from __future__ import annotations

import json
import pickle

import pytest

from feedserver import FeedServer, Reply
from tariffwatch.config import FetchConfig, load_config, parse_config
from tariffwatch.errors import ConfigError, DeliveryError, FeedError
from tariffwatch.runners import local_cluster_kwargs, task_runner_for

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>{name}</title><link>https://news.example/</link>
<description>Trade news</description>{items}</channel></rss>"""
ITEM = """<item><guid>{name}-{n}</guid><link>https://news.example/{name}/{n}</link>
<pubDate>Wed, 0{n} Apr 2025 18:00:00 GMT</pubDate><title>Story {n} of {name}</title>
<description>Exports rose {n}% last quarter, the ministry said.</description></item>"""


def feed_body(name: str, items: int) -> bytes:
    body = "".join(ITEM.format(name=name, n=n) for n in range(1, items + 1))
    return RSS.format(name=name, items=body).encode()


def write_config(tmp_path, feeds, **fetch) -> str:
    lines = [
        "[storage]",
        f"path = {json.dumps(str(tmp_path / 'tw.duckdb'))}",
        "[seeds]",
        f"path = {json.dumps(str(tmp_path / 'no-seeds'))}",
        "[fetch]",
        "timeout = 10.0",
        "interval_minutes = 0.0",
        "retries = 0",
        *(f"{k} = {json.dumps(v)}" for k, v in fetch.items()),
    ]
    for name, url in feeds:
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
    path = tmp_path / "tariffwatch.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.mark.flow
def test_the_monitor_fans_out_over_a_dask_cluster(tmp_path, prefect_harness):
    distributed = pytest.importorskip("distributed")
    from tariffwatch.flows import run_monitor

    with (
        FeedServer() as server,
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=2, processes=True, dashboard_address=None
        ) as cluster,
    ):
        names = [f"wire-{i}" for i in range(4)]
        for name in names:
            server.route(f"/{name}.xml", Reply(body=feed_body(name, 3)))
        server.route("/gone.xml", Reply(status=410))
        feeds = [(n, server.url(f"/{n}.xml")) for n in [*names, "gone"]]
        path = write_config(
            tmp_path, feeds, task_runner="dask", dask_address=cluster.scheduler_address
        )
        summary = run_monitor(load_config(path))
        prefixes = dict(cluster.scheduler.task_prefixes)

    assert summary["feeds_ok"] == 4 and summary["items_new"] == 12
    assert list(summary["feeds_failed"]) == ["gone"]
    assert summary["feeds_failed"]["gone"].startswith("http_410")
    assert server.hits() == 5  # each feed fetched once, by a Dask worker
    # The scheduler saw the run's tasks: one fetch per feed, and the stages.
    assert any("fetch" in name for name in prefixes), sorted(prefixes)


def test_threads_are_the_default_runner():
    from prefect.task_runners import ThreadPoolTaskRunner

    runner = task_runner_for(FetchConfig(concurrency=3))
    assert isinstance(runner, ThreadPoolTaskRunner) and runner._max_workers == 3


def test_dask_without_an_address_starts_a_local_cluster_sized_to_the_machine():
    pytest.importorskip("prefect_dask")
    runner = task_runner_for(FetchConfig(task_runner="dask", concurrency=8))
    assert type(runner).__name__ == "DaskTaskRunner"
    kwargs = local_cluster_kwargs(FetchConfig(concurrency=8))
    assert kwargs["n_workers"] >= 1 and kwargs["n_workers"] * kwargs["threads_per_worker"] <= 8
    assert kwargs["dashboard_address"] is None


def test_an_unknown_task_runner_is_a_config_error_naming_the_key():
    with pytest.raises(ConfigError, match=r"fetch\.task_runner: expected one of"):
        parse_config({"fetch": {"task_runner": "ray"}}, path=None, environ={})


def test_errors_that_cross_processes_survive_pickling():
    feed = pickle.loads(pickle.dumps(FeedError("wire", "http_410", "gone")))
    assert (feed.feed, feed.code, feed.message) == ("wire", "http_410", "gone")
    delivery = pickle.loads(pickle.dumps(DeliveryError("hook", "500")))
    assert str(delivery) == "route 'hook': 500"
