"""The model engine inside the monitor: the DuckDB cache, retries, the budget, rebuild,
the run summary and artifact, and a key that never leaks anywhere."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatserver import ChatServer, Reply, facts_reply
from feedserver import refused_url
from tariffwatch.config import parse_config
from tariffwatch.model import Item
from tariffwatch.pipeline import (
    extract_queued,
    fold_queued,
    rebuild,
    run_cycle,
)
from tariffwatch.publish import extraction_markdown
from tariffwatch.show import extraction_line
from tariffwatch.store import Store

KEY = "sk-live-SECRET-9f8e7d6c5b4a"
STEEL = "Canada doubled its tariff on US steel to 50% from 25% on Friday, Ottawa said."
TALKS = "Trade talks between China and the United States resumed in London on Monday."


def item(n: int, text: str) -> Item:
    return Item(
        key=f"guid:story-{n}",
        source="wire",
        title="",
        text=text,
        published=datetime(2025, 6, 6 + n, 9, tzinfo=UTC),
        link=f"https://news.example/{n}",
        content_hash=f"h{n}",
    )


def steel_fact(rate: float = 50.0, evidence: str = STEEL) -> dict:
    return {
        "kind": "tariff",
        "imposer": "CA",
        "target": "US",
        "new_rate": rate,
        "old_rate": 25,
        "additional": False,
        "scope": "steel",
        "all_goods": False,
        "status": "in_effect",
        "current": True,
        "effective": None,
        "expires": None,
        "evidence": evidence,
        "confidence": 0.9,
    }


def talks_fact() -> dict:
    return {
        "kind": "negotiation",
        "parties": ["CN", "US"],
        "status": "resumed",
        "current": True,
        "evidence": TALKS,
        "confidence": 0.8,
    }


def answer_for(story: str) -> Reply:
    if "steel" in story:
        text = story.split("Story:\n", 1)[-1]  # the evidence as this story words it
        return facts_reply([steel_fact(evidence=text)], prompt_tokens=200, completion_tokens=30)
    if "talks" in story:
        return facts_reply([talks_fact()], prompt_tokens=180, completion_tokens=25)
    return facts_reply([])


def make_config(tmp_path: Path, url: str, **extract) -> object:
    settings = {"engine": "llm", "base_url": url, "model": "test-model"}
    settings |= {"api_key_env": "TW_KEY", "timeout": 2.0, "max_concurrency": 2} | extract
    return parse_config(
        {
            "storage": {"path": str(tmp_path / "tw.duckdb")},
            "seeds": {"path": str(tmp_path / "no-seeds")},
            "extract": settings,
        },
        path=None,
        environ={},
    )


@pytest.fixture
def server():
    with ChatServer() as s:
        s.script = answer_for
        yield s


@pytest.fixture(autouse=True)
def api_key(monkeypatch):
    monkeypatch.setenv("TW_KEY", KEY)


def store_items(config, *items: Item) -> None:
    with Store.open(config.storage.path) as store:
        store.add_items(list(items), fetched_at=datetime(2025, 6, 20, tzinfo=UTC))


def facts_rules(config) -> list[tuple[str, str]]:
    with Store.open(config.storage.path) as store:
        rows = store.con.execute("SELECT item_key, rule FROM facts ORDER BY item_key").fetchall()
    return [(k, r) for k, r in rows]


def retry_rows(config) -> dict[str, tuple[str, int]]:
    with Store.open(config.storage.path) as store:
        rows = store.con.execute("SELECT item_key, reason, attempts FROM llm_retries").fetchall()
    return {k: (reason, attempts) for k, reason, attempts in rows}


def test_the_model_reads_new_items_and_its_answers_are_cached_in_duckdb(tmp_path, server):
    config = make_config(tmp_path, server.base_url)
    store_items(config, item(1, STEEL), item(2, TALKS))
    report = extract_queued(config.storage.path, config)
    assert report.items == 2 and report.facts == 2 and server.calls == 2
    assert facts_rules(config) == [
        ("guid:story-1", "llm:test-model"),
        ("guid:story-2", "llm:test-model"),
    ]
    assert report.engine["tokens"] == {"prompt": 380, "completion": 55, "total": 435}
    changes = fold_queued(config.storage.path, config)
    assert {c.kind for c in changes} == {"tariff", "negotiation"}
    with Store.open(config.storage.path) as store:
        cached = store.con.execute("SELECT count(*), min(model) FROM llm_answers").fetchone()
    assert cached == (2, "test-model")


def test_rebuild_reuses_the_cached_answers_unless_refresh_llm(tmp_path, server):
    config = make_config(tmp_path, server.base_url)
    store_items(config, item(1, STEEL), item(2, TALKS))
    extract_queued(config.storage.path, config)
    fold_queued(config.storage.path, config)
    report = rebuild(config)
    assert server.calls == 2  # nothing paid twice
    assert report["extraction"]["cache_hits"] == 2 and report["extraction"]["calls"] == 0
    assert report["new_changes"] == 0
    refreshed = rebuild(config, refresh_llm=True)
    assert server.calls == 4 and refreshed["extraction"]["calls"] == 2


def test_a_server_that_is_down_leaves_rules_facts_and_the_next_run_asks_again(tmp_path, server):
    down = make_config(tmp_path, refused_url().rsplit("/", 1)[0])
    store_items(down, item(1, STEEL), item(2, TALKS))
    report = extract_queued(down.storage.path, down)
    assert report.items == 2 and report.facts == 2  # the cycle went on, with the rules
    assert report.engine["fallbacks"] == 2 and report.llm_backlog == 2
    assert all(not rule.startswith("llm") for _, rule in facts_rules(down))
    reasons = {k: r for k, (r, _) in retry_rows(down).items()}
    assert set(reasons) == {"guid:story-1", "guid:story-2"}
    assert all(r.endswith("connection_refused") for r in reasons.values())
    first = fold_queued(down.storage.path, down)
    assert len(first) == 2

    up = make_config(tmp_path, server.base_url)
    report = extract_queued(up.storage.path, up)
    assert report.retried == 2 and report.llm_backlog == 0 and server.calls == 2
    assert [rule for _, rule in facts_rules(up)] == ["llm:test-model"] * 2
    assert retry_rows(up) == {}
    assert fold_queued(up.storage.path, up) == []  # same facts, read better: no new change


def test_the_budget_bounds_a_run_and_later_runs_drain_the_backlog(tmp_path, server):
    config = make_config(tmp_path, server.base_url, max_items_per_run=1)
    store_items(config, item(1, STEEL), item(2, TALKS), item(3, STEEL.replace("Friday", "Monday")))
    report = extract_queued(config.storage.path, config)
    assert server.calls == 1 and report.items == 3
    assert report.engine["over_budget"] == 2 and report.llm_backlog == 2
    second = extract_queued(config.storage.path, config)
    assert server.calls == 2 and second.retried == 1 and second.llm_backlog == 1
    third = extract_queued(config.storage.path, config)
    assert server.calls == 3 and third.llm_backlog == 0
    assert [rule for _, rule in facts_rules(config)] == ["llm:test-model"] * 3
    assert extract_queued(config.storage.path, config).engine["calls"] == 0  # nothing left


def test_hybrid_keeps_the_rules_facts_where_the_model_fails(tmp_path, server):
    server.script = lambda story: Reply(status=500) if "steel" in story else answer_for(story)
    config = make_config(tmp_path, server.base_url, engine="hybrid", max_concurrency=1)
    quiet = "The central bank left interest rates unchanged on Thursday."
    store_items(config, item(1, STEEL), item(2, TALKS), item(3, quiet))
    report = extract_queued(config.storage.path, config)
    assert server.calls == 2 and report.engine["gated_out"] == 1
    rules = dict(facts_rules(config))
    assert set(rules) == {"guid:story-1", "guid:story-2"}  # the quiet story has no fact
    assert rules["guid:story-1"].startswith("tariff:") and rules["guid:story-2"] == "llm:test-model"
    assert set(retry_rows(config)) == {"guid:story-1"}


def test_the_key_never_reaches_a_log_the_database_the_summary_or_the_artifact(
    tmp_path, server, caplog
):
    echo = json.dumps({"error": {"message": f"invalid token Bearer {KEY}"}}).encode()
    server.script = [Reply(status=500, body=echo), Reply(status=401, body=echo), answer_for("")]
    config = make_config(tmp_path, server.base_url, max_concurrency=1)
    store_items(config, item(1, STEEL), item(2, TALKS))
    caplog.set_level(logging.DEBUG)
    summary = run_cycle(config, sender=lambda route, message: None)
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent...
    extraction = summary["extraction"]
    assert extraction["failures"] == {"http_401": 1, "http_500": 1}
    shown = [
        caplog.text,
        json.dumps(summary, default=str),
        extraction_line(extraction),
        extraction_markdown(extraction, retried=0, backlog=extraction["llm_backlog"]),
    ]
    for text in shown:  # ...and shown nowhere
        assert KEY not in text
    assert "http_401" in shown[2] and "| model calls | 2 |" in shown[3]
    db = Path(config.storage.path)
    with Store.open(db):
        pass  # checkpointed: the WAL is folded into the file
    assert KEY.encode() not in db.read_bytes()
