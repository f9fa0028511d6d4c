"""The service against a real Prefect API (the session-wide harness): deployments, artifacts,
events, digests and Secret-block routes. Slow, so few; the logic is tested in test_service.py.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from prefect.testing.fixtures import asserting_events_worker  # noqa: F401  (a fixture)

from feedserver import FeedServer, Reply
from receivers import WebhookReceiver
from tariffwatch import publish
from tariffwatch.config import load_config
from tariffwatch.flows import (
    REPORT_KEY,
    build_deployments,
    digest_flow,
    monitor_flow,
    register_deployments,
)
from tariffwatch.store import Store

pytestmark = pytest.mark.flow

CASE = Path(__file__).parent / "data" / "cycles" / "us_china_2025"
SECRET = "webhook-pass-7c1"
EMPTY_RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>'


def write_config(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path}/tw.duckdb"\n[seeds]\npath = "{tmp_path}/no-seeds"\n' + body
    )
    return path


def test_serve_registers_both_deployments_with_the_configured_schedules(tmp_path, prefect_harness):
    from prefect import get_client

    path = write_config(
        tmp_path,
        '[schedule]\nmonitor = "*/5 * * * *"\ndigest = "30 7 * * 1-5"\n'
        'timezone = "Europe/Berlin"\n',
    )
    register_deployments(build_deployments(load_config(path)))
    with get_client(sync_client=True) as client:
        monitor = client.read_deployment_by_name("tariffwatch-monitor/monitor")
        digest = client.read_deployment_by_name("tariffwatch-digest/digest")
    for deployment, cron in ((monitor, "*/5 * * * *"), (digest, "30 7 * * 1-5")):
        (schedule,) = deployment.schedules
        assert (schedule.schedule.cron, schedule.schedule.timezone) == (cron, "Europe/Berlin")
        assert schedule.active
        assert deployment.global_concurrency_limit.limit == 1
        assert deployment.concurrency_options.collision_strategy == "CANCEL_NEW"
        assert deployment.parameters["config_path"] == str(path.resolve())
    assert monitor.entrypoint == "tariffwatch.flows.monitor_flow"
    assert digest.entrypoint == "tariffwatch.flows.digest_flow"


def test_a_bad_schedule_is_a_config_error_naming_the_key(tmp_path):
    from tariffwatch.errors import ConfigError

    path = write_config(tmp_path, '[schedule]\nmonitor = "every day"\n')
    with pytest.raises(ConfigError, match=r"schedule\.monitor"):
        build_deployments(load_config(path))


def test_a_monitor_run_publishes_three_artifacts_and_one_event_per_change(
    tmp_path,
    prefect_harness,
    asserting_events_worker,  # noqa: F811
):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    requested: list[datetime] = []

    def wire(request):
        requested.append(datetime.now(UTC))
        return Reply(body=(CASE / "cycle_3.xml").read_bytes())

    with FeedServer() as feeds, WebhookReceiver() as hook:
        feeds.route("/wire.xml", wire)
        feeds.route("/flaky.xml", [Reply(status=503), Reply(body=EMPTY_RSS)])
        path = write_config(
            tmp_path,
            "[fetch]\nretries = 2\nretry_delay = 0\n"
            f'[[feeds]]\nname = "wire"\nurl = "{feeds.url("/wire.xml")}"\n'
            f'[[feeds]]\nname = "flaky"\nurl = "{feeds.url("/flaky.xml")}"\n'
            f'[[routes]]\nname = "desk"\nurl = "json://tw:{SECRET}@127.0.0.1:{hook.port}/desk"\n',
        )
        state = monitor_flow(config_path=str(path), return_state=True)
        summary = state.result()
        # The flaky feed's 503 was retried within the run (exponential backoff, jitter).
        assert feeds.hits("/flaky.xml") == 2
        assert summary["feeds_ok"] == 2 and summary["feeds_failed"] == {}
        changes = summary["changes"]
        assert changes > 1 and len(hook.posts) == changes == summary["alerts_sent"]
    # The next check is measured from the run's start (before the feed was even
    # requested), not from the store step: the next scheduled run finds it due.
    with Store.open(tmp_path / "tw.duckdb") as store:
        wire_health = store.feed_health(["wire"])["wire"]
    assert wire_health["last_checked"] <= requested[0]
    assert wire_health["next_check"] - wire_health["last_checked"] == timedelta(minutes=13.5)

    with get_client(sync_client=True) as client:
        run_id = state.state_details.flow_run_id
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    by_key = {a.key: a for a in artifacts}
    assert set(by_key) == {
        publish.STATE_KEY,
        publish.CHANGES_KEY,
        publish.HEALTH_KEY,
        publish.PROGRESS_KEY,
        publish.DELIVERIES_KEY,
        REPORT_KEY,
    }
    (desk,) = json.loads(by_key[publish.DELIVERIES_KEY].data)
    assert desk["route"] == "desk" and desk["delivered"] == changes and desk["pending"] == 0
    assert desk["grouped"] == 0 and desk["retried"] == 0 and desk["messages"] == changes
    assert by_key[publish.PROGRESS_KEY].data == 100
    link = by_key[REPORT_KEY].data  # markdown: [tariffwatch report](file:///.../report.html)
    report = Path(urlparse(link[link.index("(") + 1 : link.rindex(")")]).path)
    page = report.read_text(encoding="utf-8")
    assert report.is_file() and "<table" in page
    # The report names the run that wrote it (recorded before the page is drawn).
    assert f"state as of monitor run {run_id}, started " in page
    assert "no monitor run recorded yet" not in page
    with Store.open(tmp_path / "tw.duckdb") as store:
        recorded = store.last_run()
    assert recorded is not None and recorded["run_id"] == str(run_id)
    assert recorded["summary"]["changes"] == changes
    state_rows = json.loads(by_key[publish.STATE_KEY].data)
    assert {"imposer": "US", "target": "CN", "rate": "30%"}.items() <= next(
        r for r in state_rows if r["imposer"] == "US" and r["rate"] == "30%"
    ).items()
    assert by_key[publish.CHANGES_KEY].data.count("\n- **") == changes
    health = {r["feed"]: r["state"] for r in json.loads(by_key[publish.HEALTH_KEY].data)}
    assert health == {"wire": "ok", "flaky": "ok"}
    assert not any(SECRET in str(a.data) for a in artifacts)

    asserting_events_worker.wait_until_empty()
    events = [
        e
        for e in asserting_events_worker._client.events
        if e.event.startswith("tariffwatch.") and e.event.endswith(".changed")
    ]
    # At or below [alerts] group_threshold: one event per change (plan: test_publish_events.py).
    assert len(events) == changes == summary["events"]
    assert {e.event for e in events} == {
        "tariffwatch.tariff.changed",
        "tariffwatch.negotiation.changed",
    }
    for event in events:
        pair = [r for r in event.related if r.role == "country-pair"]
        assert len(pair) == 1 and pair[0].id.startswith("tariffwatch.pair.")
        assert event.payload["title"] and SECRET not in json.dumps(event.payload)


def test_digest_flow_sends_one_summary_through_a_secret_block_route_and_nothing_twice(
    tmp_path, prefect_harness
):
    from prefect.blocks.system import Secret

    with FeedServer() as feeds, WebhookReceiver() as hook:
        url = f"json://tw:{SECRET}@127.0.0.1:{hook.port}/daily"
        Secret(value=url).save("tariffwatch-test-daily", overwrite=True)
        feeds.route("/wire.xml", Reply(body=(CASE / "cycle_3.xml").read_bytes()))
        path = write_config(
            tmp_path,
            f'[[feeds]]\nname = "wire"\nurl = "{feeds.url("/wire.xml")}"\n'
            '[[routes]]\nname = "daily"\nsecret_block = "tariffwatch-test-daily"\n'
            'mode = "digest"\n',
        )
        summary = monitor_flow(config_path=str(path))
        assert summary["changes"] > 1 and hook.posts == []  # digest routes wait
        first = digest_flow(config_path=str(path))
        assert first == {
            "sent": {"daily": summary["changes"]},
            "empty": [],
            "errors": {},
            "resting": {},
            "pending": {},
        }
        (post,) = hook.posts
        assert post.json["title"].startswith(f"tariffwatch digest: {summary['changes']} changes")
        second = digest_flow(config_path=str(path))
        assert second["sent"] == {} and second["empty"] == ["daily"] and len(hook.posts) == 1


def test_the_run_its_deliveries_artifact_and_status_agree_per_route(tmp_path, prefect_harness):
    """Fourteen moves (above the group threshold of 10) to two routes: one whose first
    post fails with a 500 (retried inside the run), one that refuses its token (401,
    not retried, kept pending). The summary, the artifact and `status` say the same."""
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from typer.testing import CliRunner

    from tariffwatch.cli import app
    from test_alerts_delivery import feed as moves_feed

    with FeedServer() as feeds, WebhookReceiver() as desk, WebhookReceiver() as locked:
        feeds.route("/wire.xml", Reply(body=moves_feed(0, 14)))
        desk.script(500)
        locked.script(*[401] * 20)
        path = write_config(
            tmp_path,
            "[alerts]\nretry_delay = 0.01\nretry_max_delay = 0.05\n"
            f'[[feeds]]\nname = "wire"\nurl = "{feeds.url("/wire.xml")}"\n'
            f'[[routes]]\nname = "desk"\nurl = "{desk.url()}"\n'
            f'[[routes]]\nname = "locked"\nurl = "{locked.url()}"\n',
        )
        state = monitor_flow(config_path=str(path), return_state=True)
        summary = state.result()
    assert summary["changes"] == 14
    figures = ("delivered", "grouped", "retried", "pending")
    want = {"desk": (14, 14, 14, 0), "locked": (0, 0, 0, 14)}
    assert {r: tuple(summary["routes"][r][f] for f in figures) for r in want} == want

    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id])
            )
        )
    (table,) = [a for a in artifacts if a.key == publish.DELIVERIES_KEY]
    rows = {row["route"]: row for row in json.loads(table.data)}
    assert {r: tuple(rows[r][f] for f in figures) for r in want} == want
    assert rows["desk"]["messages"] < 14 and rows["desk"]["error"] == ""
    assert "not retried" in rows["locked"]["error"]

    status = CliRunner().invoke(app, ["status", "--json", "--config", str(path)])
    routes = {r["route"]: r for r in json.loads(status.stdout)["routes"]}
    assert {r: tuple(routes[r][f] for f in figures) for r in want} == want
    assert "not retried" in routes["locked"]["last_error"]


def test_a_failing_route_leaves_no_secret_in_prefect_logs_artifacts_or_run_records(
    tmp_path, prefect_harness
):
    """Two routes fail with their canaries in the URL (a 401 whose body quotes the request
    and its Basic auth; a 429 asking a long wait); the flow run's logs, task runs,
    parameters, artifacts and the recorded run hold none of them (sinks of test_alerts_secrets
    outside Prefect are covered there)."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        ArtifactFilter,
        ArtifactFilterFlowRunId,
        LogFilter,
        LogFilterFlowRunId,
        TaskRunFilter,
        TaskRunFilterFlowRunId,
    )
    from prefect.logging.handlers import APILogHandler

    from test_alerts_delivery import feed as moves_feed
    from test_alerts_secrets import HOOK_PASS, PATH_TOKEN, hook_url, leaks_in

    with FeedServer() as feeds, WebhookReceiver() as locked, WebhookReceiver() as busy:
        feeds.route("/wire.xml", Reply(body=moves_feed(0, 2, pairs=2)))
        locked.echo = busy.echo = True
        locked.script(*[401] * 4)
        busy.script((429, {"Retry-After": "600"}))
        path = write_config(
            tmp_path,
            f'[[feeds]]\nname = "wire"\nurl = "{feeds.url("/wire.xml")}"\n'
            f'[[routes]]\nname = "locked"\nurl = "{hook_url(locked.port)}"\n'
            f'[[routes]]\nname = "busy"\nurl = "{hook_url(busy.port)}"\n',
        )
        state = monitor_flow(config_path=str(path), return_state=True)
        summary = state.result()
        assert [p.status for p in locked.posts] == [401] and [p.status for p in busy.posts] == [429]
        # The server did quote the secrets back: the search below has something to find.
        assert HOOK_PASS not in locked.posts[0].path and PATH_TOKEN in locked.posts[0].path
    assert set(summary["route_errors"]) == {"locked", "busy"}
    assert summary["routes"]["busy"]["rest"].startswith("resting until ")
    APILogHandler().flush()  # the run's logs reach the API in batches: send the last now
    run_id = state.state_details.flow_run_id
    with get_client(sync_client=True) as client:
        logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[run_id])))
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
        flow_run = client.read_flow_run(run_id)
        task_runs = client.read_task_runs(
            task_run_filter=TaskRunFilter(flow_run_id=TaskRunFilterFlowRunId(any_=[run_id]))
        )
    messages = "\n".join(log.message for log in logs)
    # The run's logs were read: its "cycle done" line quotes both routes' errors.
    assert "error=401; not retried" in messages and "asked to wait 600 s" in messages
    with Store.open(tmp_path / "tw.duckdb") as store:
        recorded = store.last_run()
    sinks = {
        "logs": messages,
        "artifacts": json.dumps([a.data for a in artifacts], default=str),
        "flow run": flow_run.model_dump_json(),
        "task runs": json.dumps([t.model_dump(mode="json") for t in task_runs]),
        "recorded run": json.dumps(recorded, default=str),
    }
    for sink in ("artifacts", "recorded run"):  # each holds the errors, masked
        assert "json://***:****@127.0.0.1" in sinks[sink] and "error=401" in sinks[sink]
    assert leaks_in(sinks) == []
