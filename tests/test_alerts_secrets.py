"""No route secret reaches any sink, on any failure path of delivery.

Each case sends through a route whose URL holds distinctive canaries (user,
password, a token in the path) to a real loopback peer that fails one way:
HTTP 401/500/429 whose body quotes the request and its Authorization header,
a hanging or absent webhook, SMTP refusals whose replies quote the login. Then
every place the run writes to is searched for each canary, as written, URL
quoted, and in the base64 forms the wire carries (HTTP Basic, SMTP AUTH PLAIN
and LOGIN): every log record at DEBUG (apprise, urllib3 and requests
included), stdout and stderr, the run summary and its printed form,
`tariffwatch status` (table and JSON), the artifact tables, every table of the
DuckDB file and the file's bytes.
"""

from __future__ import annotations

import base64
import json
import logging
import re
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import duckdb
import pytest
from rich.console import Console
from typer.testing import CliRunner

from feedserver import FeedServer, Reply
from receivers import SMTPReceiver, WebhookReceiver, free_port
from tariffwatch import publish
from tariffwatch.cli import app
from tariffwatch.pipeline import run_cycle, snapshot
from tariffwatch.show import print_summary
from test_alerts_delivery import feed, make_config

HOOK_USER = "hookuserQv3canary"
HOOK_PASS = "hookpassZ8canary"
PATH_TOKEN = "pathtokenK2canary"
MAIL_USER = "mailuserW5canary"
MAIL_PASS = "mailpassJ7canary"
CANARIES = (HOOK_USER, HOOK_PASS, PATH_TOKEN, MAIL_USER, MAIL_PASS)


def leaked_forms() -> dict[str, str]:
    """Each canary as it could appear: plain, URL-quoted, and as the wire encodes logins."""
    forms = {c: c for c in CANARIES}
    forms |= {f"quoted {c}": quote(c, safe="") for c in CANARIES}

    def b64(text: str) -> str:
        return base64.b64encode(text.encode()).decode().rstrip("=")

    forms["HTTP Basic"] = b64(f"{HOOK_USER}:{HOOK_PASS}")
    forms["AUTH PLAIN"] = b64(f"\0{MAIL_USER}\0{MAIL_PASS}")
    forms["AUTH LOGIN password"] = b64(MAIL_PASS)
    forms["AUTH LOGIN hook password"] = b64(HOOK_PASS)
    return forms


def squeezed(text: str) -> str:
    """`text` without spaces, line breaks and table rules: a secret that a table or a
    terminal wrapped over two lines is whole again (no canary holds any of them)."""
    return re.sub(r"[\s│┃║|─━]+", "", text)


def leaks_in(sinks: dict[str, str]) -> list[str]:
    return [
        f"{form} in {sink}"
        for sink, text in sinks.items()
        for form, secret in leaked_forms().items()
        if secret in text or secret in squeezed(text)
    ]


def hook_url(port: int) -> str:
    return f"json://{HOOK_USER}:{HOOK_PASS}@127.0.0.1:{port}/hook/{PATH_TOKEN}"


def mail_url(smtp: SMTPReceiver) -> str:
    return (
        f"mailto://{MAIL_USER}:{MAIL_PASS}@{smtp.host}:{smtp.port}"
        "?from=tariffwatch@example.com&to=desk@example.com"
    )


def webhook_case(script):
    def arrange(stack):
        hook = stack(WebhookReceiver())
        hook.echo = True
        hook.script(*script)
        return hook_url(hook.port)

    return arrange


def absent_webhook(stack):
    return hook_url(free_port())  # nobody listens: connection refused


def smtp_case(stage, reply, times):
    def arrange(stack):
        smtp = stack(SMTPReceiver())
        smtp.script(stage, *[reply] * times)
        return mail_url(smtp)

    return arrange


CASES = {
    "http 401 quoting the request": webhook_case([401] * 8),
    "http 500 quoting the request": webhook_case([500] * 8),
    "http 429 asking a long wait": webhook_case([(429, {"Retry-After": "600"})]),
    "http hang": webhook_case(["hang"] * 8),
    "connection refused": absent_webhook,
    "smtp 535 login refused": smtp_case("AUTH", "535 5.7.8 Authentication credentials invalid", 8),
    "smtp 550 quoting the login": smtp_case(
        "RCPT", f"550 5.7.1 {MAIL_USER}:{MAIL_PASS} may not send to this address", 8
    ),
    "smtp 451 quoting the password": smtp_case(
        "DATA", f"451 4.3.0 try later, password {MAIL_PASS} is being checked", 8
    ),
}


def every_sink(config, summary, caplog, capfd, tmp_path: Path) -> dict[str, str]:
    printed = StringIO()
    print_summary(Console(file=printed, width=300), summary)
    path = tmp_path / "tw.toml"
    path.write_text(f'[storage]\npath = "{config.storage.path}"\n', encoding="utf-8")
    cli = CliRunner()
    status_table = cli.invoke(app, ["status", "--config", str(path)], env={"COLUMNS": "300"})
    status_json = cli.invoke(app, ["status", "--json", "--config", str(path)])
    snap = snapshot(config.storage.path, config)
    artifacts = [
        publish.deliveries_table(summary["routes"], snap["routes"]),
        publish.health_table(snap["feeds"], snap["alerts"], failures_before_alert=5),
    ]
    con = duckdb.connect(config.storage.path, read_only=True)
    try:
        tables = [row[0] for row in con.execute("SHOW TABLES").fetchall()]
        database = {table: con.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}
    finally:
        con.close()
    assert database.get("deliveries")  # the outbox was searched
    files = [Path(config.storage.path), Path(config.storage.path + ".wal")]
    out, err = capfd.readouterr()
    # Every record but the loopback mail server's own ("mail.log": the peer, not us).
    records = "\n".join(
        f"{r.name} {r.levelname} {r.getMessage()} {r.exc_text or ''}"
        for r in caplog.records
        if r.name != "mail.log"
    )
    return {
        "log": records,
        "stdout": out,
        "stderr": err,
        "summary": json.dumps(summary, default=str),
        "printed summary": printed.getvalue(),
        "status": status_table.stdout,
        "status --json": status_json.stdout,
        "artifacts": json.dumps(artifacts, default=str),
        "database": repr(database),
        "database file": "".join(f.read_bytes().decode("latin-1") for f in files if f.exists()),
    }


@pytest.fixture
def stack():
    """Start a case's servers through this; every one is stopped when the test ends."""
    started = []

    def start(peer):
        started.append(peer.start())
        return peer

    yield start
    for peer in reversed(started):
        peer.stop()


@pytest.mark.parametrize("case", CASES)
def test_no_secret_reaches_any_sink(case, stack, tmp_path, caplog, capfd):
    with FeedServer() as feeds:
        feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
        url = CASES[case](stack)
        routes = [{"name": "desk", "url": url, "timeout": 1.0}]
        config = make_config(tmp_path, feeds.url("/wire.xml"), routes)
        caplog.set_level(logging.DEBUG)
        for name in ("apprise", "urllib3", "requests", "tariffwatch"):
            caplog.set_level(logging.DEBUG, logger=name)
        summary = run_cycle(config)
    # The failure happened and was reported: the search covers a real error path.
    assert summary["alerts_pending"] == 2 and summary["routes"]["desk"]["error"]
    assert "desk" in summary["route_errors"]
    sinks = every_sink(config, summary, caplog, capfd, tmp_path)
    assert "delivery to route 'desk' failed" in sinks["log"]  # the log was captured
    assert leaks_in(sinks) == []


@pytest.mark.parametrize("case", CASES)
def test_alerts_test_reports_each_failure_without_a_secret(case, stack, tmp_path, caplog):
    """`tariffwatch alerts test`, the command that shows a route's error in full."""
    caplog.set_level(logging.DEBUG)
    url = CASES[case](stack)
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[alerts]\nretries = 0\n[[routes]]\nname = "desk"\nurl = "{url}"\ntimeout = 1.0\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["alerts", "test", "--config", str(path)])
    assert result.exit_code == 1 and "FAIL desk (" in result.stdout  # it did fail, and said so
    logged = "\n".join(r.getMessage() for r in caplog.records if r.name != "mail.log")
    assert leaks_in({"output": result.stdout, "log": logged}) == []


@pytest.mark.parametrize("case", CASES)
def test_a_failing_digest_leaves_no_secret_in_any_sink(case, stack, tmp_path, caplog, capfd):
    """The same failures met by a digest route: on its digest run, then on the monitor
    cycle's turn at the owed digest (or its rest); the digest report and its artifact
    are searched too."""
    from tariffwatch.alerts.digest import deliver_digests

    with FeedServer() as feeds:
        feeds.route("/wire.xml", Reply(body=feed(0, 2, pairs=2)))
        url = CASES[case](stack)
        routes = [{"name": "desk", "url": url, "timeout": 1.0, "mode": "digest"}]
        config = make_config(tmp_path, feeds.url("/wire.xml"), routes, retries=1)
        caplog.set_level(logging.DEBUG)
        for name in ("apprise", "urllib3", "requests", "tariffwatch"):
            caplog.set_level(logging.DEBUG, logger=name)
        run_cycle(config)
        report = deliver_digests(config.storage.path, config)
        owed = run_cycle(config)
    assert report.errors["desk"] and report.pending == {"desk": 2}  # it failed and was kept
    assert owed["routes"]["desk"]["error"] or owed["routes"]["desk"]["rest"]  # and came again
    sinks = every_sink(config, owed, caplog, capfd, tmp_path)
    sinks["digest report"] = json.dumps(report.as_dict())
    sinks["digest artifact"] = publish.digest_markdown(report)
    assert "digest to route 'desk' failed" in sinks["log"]
    assert leaks_in(sinks) == []
