"""`tariffwatch evaluate` and `extract --engine`: the package's scorer agrees with the
shared score.py figure for figure, and both commands work against a loopback model."""

from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from chatserver import ChatServer, facts_reply
from tariffwatch.cli import app
from tariffwatch.config import parse_config
from tariffwatch.engines import RulesEngine
from tariffwatch.errors import ConfigError
from tariffwatch.evaluation import evaluate, predict, render
from tariffwatch.scoring import read_cases, score

SHARED = Path("/work/shared/extraction")
runner = CliRunner()


def shared_scorer():
    path = SHARED / "score.py"
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared extraction set is not mounted")
    spec = importlib.util.spec_from_file_location("tariffwatch_shared_score_eval", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["dev.jsonl", "train.jsonl"])
def test_the_package_scorer_gives_score_pys_numbers_for_the_rules(name):
    scorer = shared_scorer()
    cases = scorer.load_jsonl(SHARED / name)
    preds = predict(cases, RulesEngine())
    theirs = scorer.score(cases, preds)
    ours = score(cases, preds)
    assert ours == theirs
    result = evaluate(cases, RulesEngine())
    assert {k: result[k] for k in theirs} == theirs
    assert result["cases"] == len(cases) and result["engine"]["engine"] == "rules"


def test_the_scorer_on_a_handmade_set_counts_alt_status_duplicates_and_strays():
    cases = [
        {"id": "a", "text": "x", "tariffs": [{"imposer": "US", "target": "CN", "new_rate": 30,
                                              "old_rate": 145, "status": "in_effect",
                                              "current": True}], "negotiation": []},
        {"id": "b", "text": "y", "tariffs": [], "negotiation": [
            {"parties": ["US", "CN"], "status": "ongoing", "alt_status": "resumed",
             "current": True}]},
        {"id": "c", "text": "z", "tariffs": [], "negotiation": []},
    ]  # fmt: skip
    preds = [
        {"id": "a", "kind": "tariff", "imposer": "us", "target": "CN", "new_rate": 30.04,
         "old_rate": 145, "status": "announced", "current": True},
        {"id": "a", "kind": "tariff", "imposer": "US", "target": "CN", "new_rate": 30.0},
        {"id": "b", "kind": "negotiation", "parties": ["CN", "US"], "status": "resumed",
         "current": False},
        {"id": "zz", "kind": "tariff", "imposer": "CA", "target": "US", "new_rate": 25},
    ]  # fmt: skip
    result = score(cases, preds)
    assert result["tariff"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "tp": 1, "fp": 1,
                                "fn": 0}  # fmt: skip
    assert result["negotiation"]["tp"] == 1
    assert result["attributes"] == {
        "negotiation.current": 0.0,
        "tariff.current": 1.0,
        "tariff.old_rate": 1.0,
        "tariff.status": 0.0,
    }
    assert result["distractors_clean"] == "1/1" and result["errors"] == []


def test_a_labelled_set_with_a_bad_line_is_refused_naming_the_line():
    with pytest.raises(ValueError, match=r"set.jsonl:2: expected an object"):
        read_cases(io.StringIO('{"id": 1, "text": "a"}\n{"text": 5}\n'), "set.jsonl")


def write_config(tmp_path: Path, url: str, engine: str = "llm") -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[storage]\npath = "{tmp_path}/tw.duckdb"\n\n'
        f'[extract]\nengine = "{engine}"\nbase_url = "{url}"\nmodel = "test-model"\n'
        "timeout = 2\n"
    )
    return path


GOOD = {
    "kind": "tariff",
    "imposer": "CA",
    "target": "US",
    "new_rate": 25,
    "old_rate": None,
    "additional": False,
    "scope": "steel",
    "all_goods": False,
    "status": "in_effect",
    "current": True,
    "effective": None,
    "expires": None,
    "evidence": "Canada imposed a 25% tariff on US steel.",
    "confidence": 0.9,
}


def test_extract_with_the_llm_engine_explains_which_engine_read_each_fact(tmp_path):
    lines = [
        {"id": "a", "text": "Canada imposed a 25% tariff on US steel."},
        {"id": "b", "text": "Mexico raised its tariff on US pork to 20%."},
    ]
    stdin = "".join(json.dumps(x) + "\n" for x in lines)
    with ChatServer() as server:
        server.script = lambda story: (
            facts_reply([GOOD]) if "Canada" in story else facts_reply([{"bad": 1}])
        )
        config = write_config(tmp_path, server.base_url)
        result = runner.invoke(app, ["extract", "-", "--explain", "--config", str(config)],
                               input=stdin)  # fmt: skip
        assert result.exit_code == 0, result.output
        facts = [json.loads(x) for x in result.stdout.splitlines()]
        assert [(f["id"], f["imposer"], f["new_rate"]) for f in facts] == [
            ("a", "CA", 25.0),
            ("b", "MX", 20.0),
        ]
        assert "a: [llm] tariff CA->US 25%" in result.stderr
        assert "b: [rules, in the model's place: invalid_facts] tariff MX->US 20%" in result.stderr
        assert "2 calls, 0 cache hits" in result.stderr
        again = runner.invoke(app, ["extract", "-", "--explain", "--config", str(config),
                                    "--engine", "llm"], input=stdin)  # fmt: skip
        assert "a: [llm, cached answer]" in again.stderr and server.calls == 2
        rules = runner.invoke(app, ["extract", "-", "--explain", "--config", str(config),
                                    "--engine", "rules"], input=stdin)  # fmt: skip
        assert "a: [rules] tariff CA->US" in rules.stderr and server.calls == 2


def test_evaluate_scores_a_model_and_says_what_it_cost(tmp_path):
    labelled = tmp_path / "mine.jsonl"
    labelled.write_text(
        json.dumps({"id": "a", "text": "Canada imposed a 25% tariff on US steel.",
                    "tariffs": [{"imposer": "CA", "target": "US", "new_rate": 25.0,
                                 "old_rate": None, "status": "in_effect", "current": True}],
                    "negotiation": []}) + "\n"
        + json.dumps({"id": "d", "text": "Stocks rose 2% on Tuesday.", "tariffs": [],
                      "negotiation": []}) + "\n"
    )  # fmt: skip
    with ChatServer() as server:
        server.script = lambda story: facts_reply([GOOD] if "Canada" in story else [])
        config = write_config(tmp_path, server.base_url)
        result = runner.invoke(app, ["evaluate", str(labelled), "--config", str(config), "--json"])
        assert result.exit_code == 0, result.output
        data = json.loads(result.stdout)
        assert data["combined"]["f1"] == 1.0 and data["distractors_clean"] == "1/1"
        assert data["engine"]["calls"] == 2 and data["engine"]["engine"] == "llm"
        text = runner.invoke(app, ["evaluate", str(labelled), "--config", str(config),
                                   "--engine", "hybrid"])  # fmt: skip
        assert text.exit_code == 0, text.output
        assert "combined F1 1.000 on 2 cases" in text.stdout
        assert "engine hybrid (test-model" in text.stdout and "0 calls, 1 cache hits" in text.stdout


def test_render_lists_the_misses_then_the_figures():
    gold = {"imposer": "US", "target": "CN", "new_rate": 30}
    cases = [{"id": "a", "text": "x", "tariffs": [gold], "negotiation": []}]
    lines = render(score(cases, []))
    assert lines[0] == "  a tariff missed ('US', 'CN', 30.0)"
    assert lines[1].startswith("tariff       P=1.000 R=0.000 F1=0.000")


def test_evaluate_with_a_missing_file_or_engine_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["evaluate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "cannot read" in result.stderr
    labelled = tmp_path / "s.jsonl"
    labelled.write_text('{"id": 1, "text": "a"}\n')
    result = runner.invoke(app, ["evaluate", str(labelled), "--engine", "gpt"])
    assert result.exit_code == 1
    assert "unknown engine 'gpt'; use one of rules, llm, hybrid" in result.stderr
    config = tmp_path / "tw.toml"
    config.write_text(f'[storage]\npath = "{tmp_path}/tw.duckdb"\n')
    result = runner.invoke(app, ["evaluate", str(labelled), "--engine", "llm", "-c", str(config)])
    assert result.exit_code == 2 and "extract.model" in result.stderr
    assert not (tmp_path / "tw.duckdb").exists()  # refused before any database is made


def test_the_extract_section_is_checked_when_the_config_is_read():
    def load(extract):
        return parse_config({"extract": extract}, path="tw.toml", environ={})

    assert load({}).extract.engine == "rules"
    with pytest.raises(ConfigError, match=r"tw.toml:extract.engine: expected one of"):
        load({"engine": "gpt"})
    with pytest.raises(ConfigError, match=r"extract.model: engine 'llm' needs a model"):
        load({"engine": "llm"})
    with pytest.raises(ConfigError, match=r"extract.base_url"):
        load({"engine": "hybrid", "model": "m", "base_url": "localhost:11434"})
    with pytest.raises(ConfigError, match=r"extract.max_concurrency: expected a number > 0"):
        load({"engine": "llm", "model": "m", "max_concurrency": 0})
    env = {"TARIFFWATCH_EXTRACT_ENGINE": "hybrid", "TARIFFWATCH_EXTRACT_MODEL": "qwen2.5:7b"}
    config = parse_config({}, path=None, environ=env)
    assert (config.extract.engine, config.extract.model) == ("hybrid", "qwen2.5:7b")
