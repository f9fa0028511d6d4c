"""The language-model engine against a real loopback chat-completions server.

Every reply a model server can give is scripted: good JSON, JSON breaking the
schema, evidence not in the text, slow answers, 429 with Retry-After, 500, a
dropped connection, nothing listening. Each test shows what the engine made of
it: facts, a fallback to the rules (marked for retry), the cache, the budget.
"""

from __future__ import annotations

import json
import time
from datetime import date

import pytest

from chatserver import ChatServer, Reply, completion, facts_reply
from feedserver import refused_url
from tariffwatch.config import ExtractConfig
from tariffwatch.engines import MemoryCache, ModelEngine, Story
from tariffwatch.engines.prompt import ANSWER_SCHEMA, PROMPT_VERSION
from tariffwatch.errors import ConfigError

KEY = "sk-test-0123456789abcdef"
STEEL = "Canada doubled its tariff on US steel to 50% from 25% on Friday."
STEEL_STORY = Story("s1", STEEL, None, date(2025, 6, 6))
TALKS = "Officials said trade talks between China and the United States resumed in London."
TALKS_STORY = Story("t1", TALKS, None, date(2025, 6, 9))
PLAIN = Story("p1", "The central bank left interest rates unchanged on Thursday.", None, None)


def steel_fact(**overrides):
    fact = {
        "kind": "tariff",
        "imposer": "CA",
        "target": "US",
        "new_rate": 50,
        "old_rate": 25,
        "additional": False,
        "scope": "steel",
        "all_goods": False,
        "status": "in_effect",
        "current": True,
        "effective": None,
        "expires": None,
        "evidence": STEEL,
        "confidence": 0.9,
    }
    fact.update(overrides)
    return fact


def talks_fact(**overrides):
    fact = {
        "kind": "negotiation",
        "parties": ["US", "CN"],
        "status": "resumed",
        "current": True,
        "evidence": TALKS,
        "confidence": 0.8,
    }
    fact.update(overrides)
    return fact


@pytest.fixture
def server():
    with ChatServer() as s:
        yield s


def engine_for(url, *, hybrid=False, budget=None, cache=None, sleeps=None, **settings):
    values = {"engine": "hybrid" if hybrid else "llm", "base_url": url, "model": "test-model"}
    values |= {"api_key_env": "TW_TEST_KEY", "timeout": 5.0, "max_concurrency": 2}
    values |= settings

    def sleep(seconds):
        if sleeps is not None:
            sleeps.append(seconds)
        time.sleep(min(seconds, 1.5))

    return ModelEngine(
        ExtractConfig(**values),
        cache=cache if cache is not None else MemoryCache(),
        hybrid=hybrid,
        budget=budget,
        environ={"TW_TEST_KEY": KEY},
        sleep=sleep,
    )


def test_a_good_answer_becomes_facts_and_the_request_is_what_the_api_expects(server):
    server.script = facts_reply([steel_fact()], prompt_tokens=321, completion_tokens=45)
    engine = engine_for(server.base_url)
    [reading] = engine.read([STEEL_STORY])
    assert reading.source == "llm" and reading.fallback is None and not reading.retry
    [fact] = reading.facts
    assert (fact.imposer, fact.target, fact.new_rate, fact.old_rate, fact.status) == (
        "CA",
        "US",
        50.0,
        25.0,
        "in_effect",
    )
    assert fact.rule == "llm:test-model" and fact.evidence == STEEL
    request = server.requests[0]
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.body["model"] == "test-model"
    assert request.body["response_format"]["json_schema"]["schema"] == ANSWER_SCHEMA
    assert request.body["messages"][0]["role"] == "system"
    assert STEEL in request.story and "Published: 2025-06-06" in request.story
    stats = engine.stats.as_dict()
    assert stats["calls"] == 1 and stats["tokens"] == {
        "prompt": 321,
        "completion": 45,
        "total": 366,
    }


def test_the_schema_items_carry_exactly_the_fields_of_extract_output_lines():
    from tariffwatch.extract import extract, fact_to_spec_json

    tariff, talks = ANSWER_SCHEMA["properties"]["facts"]["items"]["anyOf"]
    [fact] = extract(STEEL, published=date(2025, 6, 6))
    assert set(tariff["required"]) == set(fact_to_spec_json("x", fact)) - {"id"}
    [nego] = extract(TALKS, published=date(2025, 6, 9))
    assert set(talks["required"]) == set(fact_to_spec_json("x", nego)) - {"id"}


def test_a_cached_answer_is_not_paid_for_twice(server):
    server.script = facts_reply([steel_fact()])
    cache = MemoryCache()
    first = engine_for(server.base_url, cache=cache)
    first.read([STEEL_STORY])
    second = engine_for(server.base_url, cache=cache)
    [reading] = second.read([STEEL_STORY])
    assert server.calls == 1
    assert reading.source == "llm-cache" and reading.facts[0].new_rate == 50.0
    assert second.stats.cache_hits == 1 and second.stats.calls == 0
    assert cache.get_answers(["nope"], "test-model", PROMPT_VERSION) == {}


def test_objects_breaking_the_schema_are_dropped_and_counted(server):
    server.script = facts_reply(
        [
            steel_fact(imposer="Canada"),  # not a code
            steel_fact(new_rate="fifty"),
            steel_fact(status="imposed"),
            steel_fact(effective="next Friday"),
            steel_fact(extra="field"),
            talks_fact(parties=["US"], evidence=STEEL),
            steel_fact(evidence="Canada doubled its tariff on US steel to 50%, officials said."),
            steel_fact(),  # the one good object
        ]
    )
    engine = engine_for(server.base_url)
    [reading] = engine.read([STEEL_STORY])
    assert reading.source == "llm" and len(reading.facts) == 1
    assert dict(engine.stats.dropped) == {
        "bad_code": 1,
        "bad_rate": 1,
        "bad_status": 1,
        "bad_date": 1,
        "missing_or_extra_fields": 1,
        "bad_parties": 1,
        "evidence_not_in_text": 1,
    }


def test_an_answer_whose_every_object_is_invalid_falls_back_to_the_rules(server):
    server.script = facts_reply([steel_fact(evidence="A sentence the story never had.")])
    engine = engine_for(server.base_url)
    [reading] = engine.read([STEEL_STORY])
    assert reading.source == "rules" and reading.fallback == "invalid_facts"
    assert not reading.retry  # the same question would get the same (cached) answer
    assert reading.facts and not any(f.rule.startswith("llm") for f in reading.facts)
    assert engine.stats.fallbacks == 1


def test_a_reply_that_is_not_the_schema_falls_back_is_retried_and_not_cached(server):
    server.script = [
        completion("Sure! Here are the facts: Canada, 50%."),
        completion(json.dumps({"tariffs": []})),
        facts_reply([steel_fact()]),
    ]
    cache = MemoryCache()
    for expected in ("malformed_answer", "malformed_answer"):
        engine = engine_for(server.base_url, cache=cache)
        [reading] = engine.read([STEEL_STORY])
        assert reading.fallback == expected and reading.retry
        assert reading.facts and reading.facts[0].rule.startswith("tariff")  # the rules read it
        assert engine.stats.failures == {"malformed_answer": 1}
    [reading] = engine_for(server.base_url, cache=cache).read([STEEL_STORY])
    assert reading.source == "llm" and server.calls == 3


def test_evidence_is_matched_across_whitespace_and_quotes_and_kept_as_the_text_has_it(server):
    text = "Beijing said on Monday it would cut its “retaliatory”  tariff on US goods to 10%."
    story = Story("q", text, None, date(2025, 5, 12))
    copied = 'Beijing said on Monday it would cut its "retaliatory" tariff on US goods to 10%.'
    server.script = facts_reply([steel_fact(imposer="CN", new_rate=10, evidence=copied)])
    [reading] = engine_for(server.base_url).read([story])
    assert reading.facts[0].evidence == text


def test_a_slow_answer_times_out_and_the_rules_read_the_story(server):
    server.script = Reply(delay=2.0, body=b"{}")
    engine = engine_for(server.base_url, timeout=0.3)
    started = time.monotonic()
    [reading] = engine.read([STEEL_STORY])
    assert time.monotonic() - started < 1.5
    assert reading.fallback == "timeout" and reading.retry
    assert reading.facts[0].new_rate == 50.0  # the rules' fact
    assert engine.stats.failures == {"timeout": 1}


def test_after_three_failures_in_a_row_the_run_stops_calling(server):
    server.script = Reply(status=500, body=b'{"error": {"message": "overloaded"}}')
    engine = engine_for(server.base_url, max_concurrency=1)
    stories = [Story(f"s{i}", STEEL, None, None) for i in range(6)]
    readings = engine.read(stories)
    assert server.calls == 3
    assert [r.fallback for r in readings] == ["http_500"] * 3 + ["skipped_http_500"] * 3
    assert all(r.retry and r.facts for r in readings)
    assert not engine.can_call()


def test_a_story_the_server_refuses_falls_back_alone_and_the_run_goes_on(server):
    server.script = lambda story: (
        Reply(status=400, body=b'{"error": "context length exceeded"}')
        if "steel" in story
        else facts_reply([talks_fact()])
    )
    engine = engine_for(server.base_url, max_concurrency=1)
    stories = [STEEL_STORY, Story("s2", STEEL, None, None), Story("s3", STEEL, None, None)]
    readings = engine.read([*stories, TALKS_STORY])
    assert server.calls == 4 and engine.can_call()
    assert [r.fallback for r in readings] == ["http_400"] * 3 + [None]
    assert readings[3].source == "llm"


def test_a_wrong_key_or_model_stops_the_run_at_once(server):
    server.script = Reply(status=401, body=b'{"error": {"message": "invalid api key"}}')
    engine = engine_for(server.base_url, max_concurrency=1)
    readings = engine.read([STEEL_STORY, TALKS_STORY])
    assert server.calls == 1
    assert [r.fallback for r in readings] == ["http_401", "skipped_http_401"]


def test_a_429_is_waited_out_for_its_retry_after_then_asked_again(server):
    server.script = [Reply(status=429, headers={"Retry-After": "1"}), facts_reply([steel_fact()])]
    sleeps = []
    engine = engine_for(server.base_url, sleeps=sleeps)
    [reading] = engine.read([STEEL_STORY])
    assert reading.source == "llm" and server.calls == 2
    assert sleeps and 0.5 <= sleeps[0] <= 1.0
    assert engine.stats.failures == {"rate_limited": 1}


def test_a_long_retry_after_ends_the_models_part_of_the_run(server):
    server.script = Reply(status=429, headers={"Retry-After": "3600"})
    sleeps = []
    engine = engine_for(server.base_url, max_concurrency=1, sleeps=sleeps)
    readings = engine.read([STEEL_STORY, TALKS_STORY])
    assert server.calls == 1 and sleeps == []
    assert [r.fallback for r in readings] == ["rate_limited", "skipped_rate_limited"]
    assert all(r.retry for r in readings)


def test_a_dropped_connection_falls_back(server):
    server.script = Reply(drop=True)
    engine = engine_for(server.base_url)
    [reading] = engine.read([STEEL_STORY])
    assert reading.fallback == "connection_dropped" and reading.retry and reading.facts


def test_nothing_listening_stops_the_run_after_the_first_refusal():
    engine = engine_for(refused_url().rsplit("/", 1)[0], max_concurrency=1)
    readings = engine.read([STEEL_STORY, TALKS_STORY, PLAIN])
    assert engine.stats.calls == 1 and engine.stats.failures == {"connection_refused": 1}
    assert [r.fallback for r in readings] == ["connection_refused"] + [
        "skipped_connection_refused"
    ] * 2
    assert readings[1].facts[0].status == "resumed"  # read by the rules meanwhile


def test_hybrid_sends_only_stories_with_a_cue_and_keeps_the_rules_where_the_model_fails(server):
    def script(story):
        if "steel" in story:
            return Reply(status=503)
        return facts_reply([talks_fact()])

    server.script = script
    engine = engine_for(server.base_url, hybrid=True, max_concurrency=1)
    steel, talks, plain = engine.read([STEEL_STORY, TALKS_STORY, PLAIN])
    assert server.calls == 2 and engine.stats.gated_out == 1
    assert plain.source == "rules" and plain.fallback is None and plain.facts == []
    assert talks.source == "llm" and talks.facts[0].parties == ("CN", "US")
    assert steel.fallback == "http_503" and steel.facts[0].rule.startswith("tariff")


def test_the_budget_bounds_the_calls_and_the_rest_wait_for_a_retry(server):
    server.script = facts_reply([])
    engine = engine_for(server.base_url, budget=2)
    stories = [Story(f"s{i}", f"{STEEL} Story {i}.", None, None) for i in range(5)]
    readings = engine.read(stories)
    assert server.calls == 2
    assert [r.fallback for r in readings] == [None, None] + ["over_budget"] * 3
    assert engine.stats.over_budget == 3 and not engine.can_call()
    assert engine.read([Story("late", "Another tariff of 10% story.", None, None)])[0].retry


def test_the_key_never_reaches_an_error_a_stat_or_a_repr(server):
    echo = json.dumps({"error": {"message": f"bad key Bearer {KEY}"}}).encode()
    server.script = [Reply(status=500, body=echo), Reply(status=401, body=echo)]
    engine = engine_for(server.base_url, max_concurrency=1)
    from tariffwatch.engines.client import ModelCallError

    with pytest.raises(ModelCallError) as caught:
        engine._client.ask(STEEL, title=None, published=None)
    assert KEY not in str(caught.value) and "***" in str(caught.value)
    engine.read([STEEL_STORY])
    assert KEY not in repr(engine._client) and KEY not in json.dumps(engine.stats.as_dict())


def test_a_key_variable_that_is_not_set_is_a_config_error_naming_it():
    with pytest.raises(ConfigError, match="TW_MISSING is not set"):
        ModelEngine(
            ExtractConfig(engine="llm", model="m", api_key_env="TW_MISSING"),
            cache=MemoryCache(),
            environ={},
        )


@pytest.mark.parametrize(
    "module", ["tariffwatch.engines", "tariffwatch.scoring", "tariffwatch.evaluation"]
)
def test_the_engines_and_the_scorer_import_neither_prefect_nor_duckdb(module):
    import subprocess
    import sys

    code = (
        f"import sys, {module}; print(sorted(m for m in ('prefect', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_prompt_quotes_no_labelled_passage():
    """The worked examples are written for the prompt: no evaluation text leaks into it,
    or `evaluate` on the shared sets would flatter the model."""
    from pathlib import Path

    from tariffwatch.engines.prompt import messages

    shared = Path("/work/shared/extraction")
    if not shared.exists():
        pytest.skip("the shared extraction sets are not mounted")
    prompt = " ".join(m["content"] for m in messages("", title=None, published=None)).lower()
    for path in shared.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"].lower()
            for start in range(0, max(1, len(text) - 60), 30):
                assert text[start : start + 60] not in prompt, (path.name, text[start : start + 60])
