"""One monitor flow run with a model engine: its Prefect artifact shows what extraction
cost, and the key is in no artifact. Slow, so one; the logic is in test_engines*.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatserver import ChatServer, Reply
from tariffwatch import publish
from tariffwatch.flows import monitor_flow

pytestmark = pytest.mark.flow

SEEDS = Path(__file__).parents[1] / "seeds"
KEY = "sk-flow-test-5e4d3c2b1a"


def test_a_monitor_run_with_a_failing_model_publishes_the_extraction_artifact(
    tmp_path, prefect_harness, monkeypatch
):
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId

    monkeypatch.setenv("TW_FLOW_KEY", KEY)
    with ChatServer() as server:
        server.script = Reply(status=503, body=b'{"error": "loading model"}')
        path = tmp_path / "tw.toml"
        path.write_text(
            f'[storage]\npath = "{tmp_path}/tw.duckdb"\n[seeds]\npath = "{SEEDS}"\n'
            f'[extract]\nengine = "hybrid"\nbase_url = "{server.base_url}"\n'
            'model = "test-model"\napi_key_env = "TW_FLOW_KEY"\ntimeout = 5\n'
        )
        state = monitor_flow(config_path=str(path), return_state=True)
        summary = state.result()
        assert server.calls >= 1
    extraction = summary["extraction"]
    assert extraction["engine"] == "hybrid" and extraction["fallbacks"] >= 1
    assert summary["changes"] >= 1  # the rules read the seed in the model's place
    with get_client(sync_client=True) as client:
        run_id = state.state_details.flow_run_id
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[run_id]))
        )
    by_key = {a.key: a for a in artifacts}
    table = by_key[publish.EXTRACTION_KEY].data
    assert f"| model calls | {extraction['calls']} |" in table
    assert "| cache hits | 0 |" in table and "`http_503`" in table
    assert "| tokens (prompt / completion) | 0 / 0 |" in table
    assert not any(KEY in str(a.data) for a in artifacts)
