"""The `tariffwatch` command, as a user types it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from tariffwatch.cli import app

README = Path(__file__).parents[1] / "README.md"
runner = CliRunner()


def all_commands(group=None, prefix="tariffwatch"):
    group = group or get_command(app)
    for name, command in sorted(group.commands.items()):
        if hasattr(command, "commands"):
            yield from all_commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}", command


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_every_command_is_documented_in_the_readme_with_an_example(name):
    readme = README.read_text(encoding="utf-8")
    assert f"### `{name}`" in readme, f"README has no section for `{name}`"
    section = readme.split(f"### `{name}`", 1)[1].split("\n### ", 1)[0]
    assert re.search(rf"^\s+{re.escape(name)}\b", section, re.M), f"no example for `{name}`"


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_every_option_is_documented_in_the_readme(name):
    readme = README.read_text(encoding="utf-8")
    command = dict(all_commands())[name]
    for param in command.params:
        for flag in param.opts:
            if flag.startswith("--") and flag not in ("--help",):
                assert flag in readme, f"{name} {flag} is not in the README"


def test_a_bad_config_is_one_line_naming_file_key_and_expectation(tmp_path):
    config = tmp_path / "tw.toml"
    config.write_text('[fetch]\ntimeout = "fast"\n')
    result = runner.invoke(app, ["status", "--config", str(config)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"config error: {config}:fetch.timeout: expected a number, got str 'fast'"
    )


def test_status_before_any_run_says_what_to_do(tmp_path):
    config = tmp_path / "tw.toml"
    config.write_text(f'[storage]\npath = "{tmp_path}/none.duckdb"\n')
    result = runner.invoke(app, ["status", "--config", str(config)])
    assert result.exit_code == 1
    assert "no database at" in result.stderr and "run `tariffwatch run` first" in result.stderr


def test_extract_prints_spec_json_lines(tmp_path):
    doc = {
        "id": "x1",
        "published": "2018-07-01",
        "text": "Canada's 25% counter-tariffs on US steel took effect at midnight.",
    }
    result = runner.invoke(app, ["extract", "-"], input=json.dumps(doc) + "\n")
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["id"], f["kind"], f["imposer"], f["target"], f["new_rate"]) for f in facts] == [
        ("x1", "tariff", "CA", "US", 25.0)
    ]


def test_extract_of_a_missing_file_is_one_clear_line():
    result = runner.invoke(app, ["extract", "/nonexistent/file.jsonl"])
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "error: cannot read /nonexistent/file.jsonl: No such file or directory"
    )


@pytest.mark.flow
def test_run_is_a_prefect_flow_that_reads_the_seeds_and_shows_their_facts(
    tmp_path, prefect_harness
):
    config = tmp_path / "tw.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path}/tw.duckdb"\n[seeds]\npath = "{Path("seeds").resolve()}"\n'
        '[[feeds]]\nname = "offline"\nurl = "http://127.0.0.1:9/feed.xml"\n'
        "[fetch]\nretries = 1\nretry_delay = 0\n"
    )
    result = runner.invoke(app, ["run", "--config", str(config), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{") :])
    assert summary["items_new"] == 1 and summary["changes"] == 3
    assert list(summary["feeds_failed"]) == ["offline"]
    status = json.loads(runner.invoke(app, ["status", "--json", "--config", str(config)]).stdout)
    rates = {(t["imposer"], t["target"]): t["rate"] for t in status["tariffs"]}
    assert rates == {("US", "CN"): 30.0, ("CN", "US"): 10.0}
    was = {(t["imposer"], t["target"]): t["was"] for t in status["tariffs"]}
    assert was == {("US", "CN"): 145.0, ("CN", "US"): 125.0}
    assert [n["status"] for n in status["negotiations"]] == ["resumed"]
    changes = json.loads(runner.invoke(app, ["changes", "--json", "--config", str(config)]).stdout)
    assert {(c["imposer"], c["old"], c["new"]) for c in changes if c["kind"] == "tariff"} == {
        ("US", 145.0, 30.0),
        ("CN", 125.0, 10.0),
    }


@pytest.mark.flow
def test_alerts_test_reaches_every_route_including_one_held_in_a_secret_block(
    tmp_path, prefect_harness
):
    from prefect.blocks.system import Secret

    from receivers import WebhookReceiver

    with WebhookReceiver() as hook:
        Secret(value=hook.url(path="/held-in-a-block")).save("tw-cli-test-route", overwrite=True)
        config = tmp_path / "tw.toml"
        config.write_text(
            f'[[routes]]\nname = "plain"\nurl = "{hook.url(path="/plain")}"\n'
            '[[routes]]\nname = "blocked"\nsecret_block = "tw-cli-test-route"\n'
            '[[routes]]\nname = "missing"\nsecret_block = "no-such-block"\n'
        )
        result = runner.invoke(app, ["alerts", "test", "--config", str(config)])
    assert result.exit_code == 1  # the missing block is a failure, said as such
    assert sorted(p.path for p in hook.posts) == ["/held-in-a-block", "/plain"]
    assert "ok   blocked" in result.stdout and "ok   plain" in result.stdout
    assert "cannot load Prefect Secret block 'no-such-block'" in result.stdout
    assert "held-in-a-block" not in result.stdout  # the URL itself is never printed
