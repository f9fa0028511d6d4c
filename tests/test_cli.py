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


def readme_section(name: str) -> str:
    readme = README.read_text(encoding="utf-8")
    return readme.split(f"### `{name}`", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]


def shared_options_text() -> str:
    """The README's words on the options every command shares (before the first command)."""
    readme = README.read_text(encoding="utf-8")
    return readme.split("\n## Commands", 1)[1].split("\n### ", 1)[0]


# One spelling for each shared option, whatever the command.
SHARED = {"--config": {"-c", "--config"}, "--json": {"--json"}, "--out": {"-o", "--out"}}
# Commands that print a table must offer --json (scripts read that, not the table).
TABLE_COMMANDS = {
    "tariffwatch run",
    "tariffwatch status",
    "tariffwatch changes",
    "tariffwatch dismissals",
    "tariffwatch deadlines",
    "tariffwatch history",
    "tariffwatch rebuild",
    "tariffwatch evaluate",
    "tariffwatch export",
    "tariffwatch digest",
    "tariffwatch feeds list",
    "tariffwatch feeds check",
    "tariffwatch unread",
}


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_every_option_is_documented_in_the_readme(name):
    """Each option is in its command's own section, or among the shared options."""
    section, shared = readme_section(name), shared_options_text()
    command = dict(all_commands())[name]
    for param in command.params:
        for flag in param.opts:
            if flag == "--help" or not flag.startswith("-"):
                continue
            where = shared if any(flag in spelling for spelling in SHARED.values()) else section
            assert re.search(rf"(?<![\w-]){re.escape(flag)}(?![\w-])", where), (
                f"{name} {flag} is not documented in the README"
                + (" (shared options)" if where is shared else f" section of `{name}`")
            )


def test_the_walk_covers_every_group_and_subcommand():
    names = {name for name, _ in all_commands()}
    assert {"tariffwatch feeds list", "tariffwatch alerts test", "tariffwatch evaluate"} <= names
    assert {"tariffwatch deadlines", "tariffwatch feeds export", "tariffwatch extract"} <= names
    assert names >= TABLE_COMMANDS


@pytest.mark.parametrize("name", [name for name, _ in all_commands()])
def test_shared_options_have_one_spelling_everywhere(name):
    command = dict(all_commands())[name]
    flags = {flag for param in command.params for flag in param.opts}
    assert "--output" not in flags, f"{name}: write -o/--out"
    assert "--config" in flags, f"{name} takes no --config"
    for param in command.params:
        for long, spelling in SHARED.items():
            if set(param.opts) & spelling:
                assert set(param.opts) == spelling, f"{name}: {param.opts} is not {spelling}"
                assert long in param.opts


@pytest.mark.parametrize("name", sorted(TABLE_COMMANDS))
def test_every_command_that_prints_a_table_takes_json(name):
    command = dict(all_commands())[name]
    assert any("--json" in param.opts for param in command.params), f"{name} has no --json"


def test_every_help_page_renders_at_any_width(monkeypatch):
    for columns in ("40", "200"):
        monkeypatch.setenv("COLUMNS", columns)
        for name, _ in all_commands():
            result = runner.invoke(app, [*name.split()[1:], "--help"])
            assert result.exit_code == 0, (name, result.output)
            assert "Example:" in result.stdout or "Example" in result.stdout, name


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


def test_extract_names_a_document_the_rules_cannot_read_and_reads_the_rest(monkeypatch):
    import tariffwatch.engines.base as base

    real = base.extract

    def extract(text, **kwargs):
        if "boom" in text:
            raise KeyError("a rule's table lacks a row")
        return real(text, **kwargs)

    monkeypatch.setattr(base, "extract", extract)
    docs = [
        {"id": "ok1", "text": "Canada's 25% counter-tariffs on US steel took effect."},
        {"id": "bad", "text": "boom: Mexico imposed a 30% tariff on Chinese cars."},
        {"id": "ok2", "text": "Mexico imposed a 30% tariff on Chinese cars."},
    ]
    result = runner.invoke(app, ["extract", "-"], input="".join(json.dumps(d) + "\n" for d in docs))
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["ok1", "ok2"]
    assert "error: bad: not read: KeyError" in result.stderr
    assert "1 document(s) not read (bad)" in result.stderr


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
