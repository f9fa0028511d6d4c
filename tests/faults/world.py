"""A sandbox for one fault: loopback feeds, SMTP, webhook and Slack peers, and a database.

The world always serves one good feed beside whatever the fault breaks, so
every check can ask: did the fault disturb anything else? Its accounting
(items lost, duplicate alerts, undelivered alerts) is what `make faults` prints.
"""

from __future__ import annotations

import collections
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedserver import FeedServer, Reply
from receivers import SMTPReceiver, WebhookReceiver
from tariffwatch.alerts.render import REDELIVERY_NOTE
from tariffwatch.config import Config, parse_config
from tariffwatch.pipeline import run_cycle
from tariffwatch.sources import parse_feed
from tariffwatch.store import Store

SMTP_SECRET = "smtp-pa55word-zq81"
HOOK_SECRET = "hooktoken-x9f3k2"
SLACK_TOKENS = ("T1JJ3T3L2", "A1BRTD4JD", "TIiajkdnlazkcOXrIdevi7FQ")
SECRETS = (SMTP_SECRET, HOOK_SECRET, SLACK_TOKENS[2])

DATA = Path(__file__).parents[1] / "data"
GOOD_FEED = (DATA / "cycles" / "us_china_2025" / "cycle_3.xml").read_bytes()


def rss(*items: tuple[str, str, str, str]) -> bytes:
    """A small RSS document: items are (guid, pubDate, title, html description)."""
    body = "".join(
        f"<item><guid isPermaLink='false'>{g}</guid><link>https://bad.example/{g}</link>"
        f"<pubDate>{d}</pubDate><title>{t}</title><description><![CDATA[{s}]]></description>"
        "</item>"
        for g, d, t, s in items
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>t</title>"
        f"<link>https://bad.example/</link><description>d</description>{body}</channel></rss>"
    ).encode()


HEALED_FEED = rss(
    (
        "healed-1",
        "Fri, 06 Jun 2025 09:00:00 GMT",
        "Canada doubles steel tariffs",
        "Canada doubled its tariff on US steel to 50% from 25% on Friday, Ottawa said.",
    )
)


class SecretLog(logging.Handler):
    """Keeps every log line of the run, to prove no secret is ever written."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(record.getMessage())
        except Exception:  # a record that cannot format is still not a secret leak
            self.lines.append(str(record.msg))


@dataclass
class Verdict:
    """How one fault went: what the closing table of `make faults` adds up."""

    name: str
    survived: bool = True
    items_lost: int = 0
    duplicate_alerts: int = 0
    flagged_redeliveries: int = 0  # re-sent after a crash mid-send, marked "(re-sent)"
    undelivered_alerts: int = 0
    notes: list[str] = field(default_factory=list)

    def fail(self, why: str) -> None:
        self.survived = False
        self.notes.append(why)

    def check(self, condition: bool, why: str) -> None:
        if not condition:
            self.fail(why)


class World:
    def __init__(self, root: Path, *, slack: bool = True, smtp_running: bool = True) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.extra_contexts: list[Any] = []
        self.current_config: Config | None = None
        self.peak_mb = 0.0
        self.feeds = FeedServer().__enter__()
        self.smtp = SMTPReceiver()
        self.smtp_running = smtp_running
        if smtp_running:
            self.smtp.start()
        self.hook = WebhookReceiver().start()
        self.slack = WebhookReceiver().start() if slack else None
        self.feeds.route("/good.xml", Reply(body=GOOD_FEED))
        self.log = SecretLog()
        logging.getLogger().addHandler(self.log)
        logging.getLogger().setLevel(logging.DEBUG)
        self._slack_patch: Any = None
        if self.slack is not None:
            from apprise.plugins.slack import NotifySlack

            self._slack_patch = (NotifySlack, NotifySlack.webhook_url)
            NotifySlack.webhook_url = f"http://127.0.0.1:{self.slack.port}/services"

    def start_smtp(self) -> None:
        self.smtp.start()
        self.smtp_running = True

    def store(self) -> Any:
        return Store.open(self.db)

    def close(self) -> None:
        for context in self.extra_contexts:
            context.__exit__(None, None, None)
        logging.getLogger().removeHandler(self.log)
        if self._slack_patch:
            cls, url = self._slack_patch
            cls.webhook_url = url
        for peer in (self.hook, self.slack):
            if peer is not None:
                peer.stop()
        if self.smtp_running:
            self.smtp.stop()
        self.feeds.__exit__(None, None, None)

    # -- config -------------------------------------------------------------------------------

    @property
    def db(self) -> str:
        return str(self.root / "tw.duckdb")

    def route_tables(self) -> list[dict[str, Any]]:
        routes = [
            {
                "name": "mail",
                "timeout": 2.0,
                "url": f"mailto://tw:{SMTP_SECRET}@127.0.0.1:{self.smtp.port}"
                "?from=tw@example.com&to=desk@example.com",
            },
            {"name": "hook", "timeout": 2.0, "url": self.hook.url(path=f"/hook/{HOOK_SECRET}")},
        ]
        if self.slack is not None:
            routes.append(
                {"name": "slack", "timeout": 2.0, "url": "slack://" + "/".join(SLACK_TOKENS)}
            )
        return routes

    def config(
        self,
        *,
        feeds: dict[str, str] | None = None,
        routes: list | None = None,
        fetch: dict[str, Any] | None = None,
        lock_timeout: float = 5.0,
    ) -> Config:
        all_feeds = {"good": self.feeds.url("/good.xml"), **(feeds or {})}
        raw = {
            "storage": {"path": self.db, "lock_timeout": lock_timeout},
            "seeds": {"path": str(self.root / "no-seeds")},
            "fetch": {
                "timeout": 1.0,
                "interval_minutes": 0.0,
                "retries": 0,
                "max_bytes": 2_000_000,
                **(fetch or {}),
            },
            "alerts": {"retry_delay": 0.2, "retry_max_delay": 1.0},  # production's, shortened
            "feeds": [{"name": n, "url": u} for n, u in all_feeds.items()],
            "routes": self.route_tables() if routes is None else routes,
        }
        return parse_config(raw, path=None, environ={})

    def write_config(self, config_text_extra: str = "", **kwargs: Any) -> Path:
        """The same config as a TOML file, for cycles run in another process."""
        config = self.config(**kwargs)
        lines = [
            f'[storage]\npath = "{self.db}"\nlock_timeout = {config.storage.lock_timeout}',
            f'[seeds]\npath = "{self.root / "no-seeds"}"',
            "[fetch]\ntimeout = 1.0\ninterval_minutes = 0.0\nretries = 0",
        ]
        for feed in config.feeds:
            lines.append(f'[[feeds]]\nname = "{feed.name}"\nurl = "{feed.url}"')
        for route in self.route_tables()[:2]:
            lines.append(f'[[routes]]\nname = "{route["name"]}"\nurl = "{route["url"]}"')
        path = self.root / "tw.toml"
        path.write_text("\n".join(lines) + "\n" + config_text_extra, encoding="utf-8")
        return path

    # -- running and accounting -----------------------------------------------------------------

    def cycle(self, config: Config, *, force: bool = True) -> dict[str, Any]:
        return run_cycle(config, force=force)

    def stored_keys(self) -> set[str]:
        with Store.open(self.db) as store:
            return {row[0] for row in store.con.execute("SELECT key FROM items").fetchall()}

    def health(self, name: str) -> dict[str, Any]:
        with Store.open(self.db) as store:
            rows = store.feed_health([name])
        return rows.get(name, {})

    def change_ids(self) -> list[str]:
        with Store.open(self.db) as store:
            return [c.change_id for _, c in store.changes_since(0)]

    def change_titles(self) -> list[str]:
        from tariffwatch.alerts import render_change

        with Store.open(self.db) as store:
            return [render_change(c).title for _, c in store.changes_since(0)]

    def pending(self) -> int:
        with Store.open(self.db) as store:
            return sum(r["n"] for r in store.delivery_counts() if r["status"] == "pending")

    def received(self) -> dict[str, list[str]]:
        """The change ids each route's receiver accepted, read from the messages' footers."""
        mail = [m.message.get_body(("plain",)) for m in self.smtp.messages]
        out = {
            "mail": [i for part in mail for i in _refs(part.get_content() if part else "")],
            "hook": [i for p in self.hook.posts if p.accepted for i in _refs(p.body.decode())],
        }
        if self.slack is not None:
            out["slack"] = [
                i for p in self.slack.posts if p.accepted for i in _refs(p.body.decode())
            ]
        return out

    def redelivered(self) -> dict[str, list[str]]:
        """The change ids each route received again, marked as possible repeats."""
        marked = [
            m for m in self.smtp.messages if str(m.message["subject"]).startswith("(re-sent)")
        ]
        out = {
            "mail": [
                i for m in marked for i in _refs(m.message.get_body(("plain",)).get_content())
            ],
            "hook": [
                i
                for p in self.hook.posts
                if p.accepted and REDELIVERY_NOTE in json.loads(p.body)["message"]
                for i in _refs(p.body.decode())
            ],
        }
        if self.slack is not None:
            out["slack"] = [
                i
                for p in self.slack.posts
                if p.accepted and "(re-sent)" in p.body.decode()
                for i in _refs(p.body.decode())
            ]
        return out

    def account(
        self,
        verdict: Verdict,
        *,
        routes: tuple[str, ...] | None = None,
        expected_keys: set[str] | None = None,
    ) -> None:
        """Add this world's losses and duplicates to the verdict."""
        if expected_keys is not None:
            lost = expected_keys - self.stored_keys()
            verdict.items_lost += len(lost)
            verdict.check(not lost, f"items lost: {sorted(lost)[:3]}")
        changes = self.change_ids()
        received = self.received()
        flagged = self.redelivered()
        for route in routes or tuple(received):
            counts = collections.Counter(received[route])
            # A copy marked "(re-sent)" tells its reader it may be a repeat: it is
            # counted on its own line, and only unmarked repeats are duplicates.
            marked = collections.Counter(flagged[route])
            verdict.flagged_redeliveries += sum(marked.values())
            dupes = sum(max(0, n - 1 - marked[c]) for c, n in counts.items())
            missing = sum(1 for c in changes if counts[c] == 0)
            verdict.duplicate_alerts += dupes
            verdict.undelivered_alerts += missing
            verdict.check(dupes == 0, f"{route}: {dupes} duplicate alert(s)")
            verdict.check(missing == 0, f"{route}: {missing} alert(s) never delivered")

    def leaked_secrets(self) -> list[str]:
        """Every place a route secret shows up: log lines, and the database file's bytes."""
        found = [f"log: {line[:80]}" for line in self.log.lines for s in SECRETS if s in line]
        for path in self.root.glob("tw.duckdb*"):
            data = path.read_bytes()
            found += [f"database file {path.name}" for s in SECRETS if s.encode() in data]
        return found


def good_keys() -> set[str]:
    return {i.key for i in parse_feed(GOOD_FEED, feed_name="good", base_url="http://x/")}


def healed_keys() -> set[str]:
    return {i.key for i in parse_feed(HEALED_FEED, feed_name="bad", base_url="http://x/")}


def _refs(body: str) -> list[str]:
    """The change ids an alert carries in its footer: "tariffwatch · change <id>" for
    one change, "... · changes <id> <id> ..." for a grouped message."""
    match = _REF.search(body)
    if not match:
        return [f"<no reference in {body[:60]!r}>"]
    return _ID.findall(match.group(1))


_REF = re.compile(r"changes? ((?:[0-9a-f]{20}\s*)+)")
_ID = re.compile(r"[0-9a-f]{20}")
