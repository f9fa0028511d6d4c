"""`tariffwatch dismiss`: a wrong alert is taken back, on a real store, as a user does it.

The stories: Canada's 25% on US steel (right), then a 50% the rules misread
(wrong, dismissed), then another outlet's telling of the same 50%, then a 60%.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from receivers import WebhookReceiver
from tariffwatch.cli import app
from tariffwatch.config import load_config
from tariffwatch.model import Change, Item
from tariffwatch.pipeline import rebuild, run_cycle
from tariffwatch.store import Store

runner = CliRunner()
ON = datetime(2025, 6, 2, 9, tzinfo=UTC)
STORIES = {
    "right": (0, "Canada raised its tariff on US steel to 25% on Monday, Ottawa said."),
    "wrong": (2, "Canada imposed a 50% tariff on US steel, Ottawa said on Tuesday."),
    "again": (4, "Canada imposed a 50% tariff on US steel, officials told reporters."),
    "sixty": (5, "Canada imposed a 60% tariff on US steel, Ottawa said on Thursday."),
}
KEY = "tariff:CA:US:steel"
FIFTY = "Canada tariff on American steel: 25% -> 50%, in effect"  # the wrong alert's title


def story(name: str) -> Item:
    day, text = STORIES[name]
    return Item(
        key=f"guid:{name}",
        source="wire",
        title=f"Canada steel ({name})",
        text=text,
        published=ON + timedelta(days=day),
        link=f"https://news.example/{name}",
        content_hash=f"h-{name}",
    )


class Desk:
    """A store, its config file, and what each route was sent."""

    def __init__(self, tmp_path: Path, routes: str) -> None:
        self.path = tmp_path / "tw.toml"
        self.path.write_text(
            f'[storage]\npath = "{tmp_path}/tw.duckdb"\n'
            f'[seeds]\npath = "{tmp_path}/no-seeds"\n'
            "[alerts]\nretry_delay = 0.01\nretry_max_delay = 0.02\n" + routes
        )
        self.config = load_config(self.path)
        self.sent: list[tuple[str, str]] = []

    def cycle(self, *names: str, day: int = 10) -> dict:
        """One monitor cycle that brings these stories."""
        with Store.open(self.config.storage.path) as store:
            store.add_items([story(n) for n in names], fetched_at=ON)
        return run_cycle(
            self.config,
            sender=lambda route, message: self.sent.append((route.name, message.title)),
            now=ON + timedelta(days=day),
        )

    def cli(self, *args: str) -> object:
        return runner.invoke(app, [*args, "--config", str(self.path)])

    def changes(self) -> list[Change]:
        with Store.open(self.config.storage.path) as store:
            return [c for _, c in store.changes_since(0)]

    def rate(self) -> float | None:
        status = json.loads(self.cli("status", "--json").stdout)
        return next(t["rate"] for t in status["tariffs"] if t["scope"] == "steel")

    def wrong_id(self) -> str:
        return next(c.change_id for c in self.changes() if c.item_key == "guid:wrong")


ROUTES = (
    '[[routes]]\nname = "desk"\nurl = "json://127.0.0.1:9/desk"\n'
    '[[routes]]\nname = "talks"\nurl = "json://127.0.0.1:9/talks"\nkinds = ["negotiation"]\n'
)


@pytest.fixture
def desk(tmp_path) -> Desk:
    desk = Desk(tmp_path, ROUTES)
    desk.cycle("right", day=1)
    desk.cycle("wrong", day=3)
    assert [t for _, t in desk.sent] == [
        "Canada tariff on American steel: 25%, in effect",
        FIFTY,
    ]
    desk.sent.clear()
    return desk


def test_dismissing_puts_the_state_back_and_says_so_in_one_line(desk):
    assert desk.rate() == 50.0
    wrong = desk.wrong_id()
    result = desk.cli("dismiss", wrong[:10], "--reason", "the 50% was the EU's")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"dismissed {wrong[:12]} ({FIFTY})")
    assert f"state of {KEY} back to 25%, in effect" in result.stdout
    assert "1 route to be told (desk)" in result.stdout
    assert "silenced for 7 days (until 2025-06-11 09:00 UTC)" in result.stdout
    assert desk.rate() == 25.0
    assert wrong not in {c.change_id for c in desk.changes()}
    listed = json.loads(desk.cli("dismissals", "--json").stdout)
    assert [(d["change_id"], d["reason"], d["new_rate"]) for d in listed] == [
        (wrong, "the 50% was the EU's", 50.0)
    ]


def test_the_json_of_dismiss_says_the_same(desk):
    result = desk.cli("dismiss", desk.wrong_id(), "--days", "3", "--json")
    report = json.loads(result.stdout)
    assert report["state"].startswith("25%, in effect") and report["routes_to_tell"] == ["desk"]
    assert report["days"] == 3 and report["silenced_until"].startswith("2025-06-07")


def test_the_route_that_got_the_alert_gets_one_retraction_and_no_other_route_any(desk):
    desk.cli("dismiss", desk.wrong_id(), "--reason", "misread")
    summary = desk.cycle(day=11)
    assert desk.sent == [("desk", f"Retracted: {FIFTY}")]
    assert summary["retractions_sent"] == 1 and summary["alerts_sent"] == 0
    desk.cycle(day=12)
    assert len(desk.sent) == 1  # never twice
    listed = json.loads(desk.cli("dismissals", "--json").stdout)
    assert (listed[0]["routes_told"], listed[0]["routes_to_tell"]) == (1, 0)


def test_the_same_misreading_in_a_later_story_changes_nothing_and_is_counted(desk):
    wrong = desk.wrong_id()
    desk.cli("dismiss", wrong)
    summary = desk.cycle("again", day=11)
    assert summary["changes"] == 0 and summary["silenced_by_dismissal"] == 1
    assert [t for _, t in desk.sent if not t.startswith("Retracted")] == []
    assert desk.rate() == 25.0
    assert json.loads(desk.cli("dismissals", "--json").stdout)[0]["silenced"] == 1
    table = desk.cli("dismissals").stdout
    assert "Dismissals, newest first" in table and wrong[:8] in table


def test_another_rate_on_that_key_is_alerted(desk):
    desk.cli("dismiss", desk.wrong_id())
    summary = desk.cycle("again", "sixty", day=11)
    assert summary["change_titles"] == ["Canada tariff on American steel: 25% -> 60%, in effect"]
    assert ("desk", "Canada tariff on American steel: 25% -> 60%, in effect") in desk.sent
    assert desk.rate() == 60.0


def test_undo_brings_the_change_back_with_its_id_and_alerts_nothing_again(desk):
    wrong = desk.wrong_id()
    desk.cli("dismiss", wrong[:8])
    result = desk.cli("dismiss", "--undo", wrong[:8])
    assert result.exit_code == 0, result.stderr
    assert f"state of {KEY} is again 50%, in effect" in result.stdout
    assert desk.rate() == 50.0 and wrong in {c.change_id for c in desk.changes()}
    summary = desk.cycle(day=11)
    assert desk.sent == [] and summary["alerts_sent"] == 0  # no alert, and no retraction
    assert json.loads(desk.cli("dismissals", "--json").stdout) == []


def test_a_rebuild_keeps_the_dismissal(desk):
    wrong = desk.wrong_id()
    desk.cli("dismiss", wrong)
    desk.cycle("again", day=11)
    report = rebuild(desk.config)
    assert report["new_changes"] == 0 and report["silenced_by_dismissal"] == 1
    assert desk.rate() == 25.0 and wrong not in {c.change_id for c in desk.changes()}
    assert json.loads(desk.cli("dismissals", "--json").stdout)[0]["silenced"] == 1


@pytest.mark.parametrize(
    ("given", "says"),
    [("0123", "at least 8 characters"), ("ffffffffff", "no change with id 'ffffffffff'")],
)
def test_a_bad_id_is_one_line_exit_1_and_nothing_written(desk, given, says):
    result = desk.cli("dismiss", given)
    assert result.exit_code == 1 and says in result.stderr
    assert desk.rate() == 50.0
    assert json.loads(desk.cli("dismissals", "--json").stdout) == []


def test_dismissing_twice_or_undoing_what_is_not_dismissed_is_an_error(desk):
    wrong = desk.wrong_id()
    assert desk.cli("dismiss", wrong).exit_code == 0
    again = desk.cli("dismiss", wrong)
    assert again.exit_code == 1 and "dismissed already" in again.stderr
    other = next(c.change_id for c in desk.changes())
    undo = desk.cli("dismiss", "--undo", other)
    assert undo.exit_code == 1 and "no dismissed change with id" in undo.stderr


def test_a_change_dismissed_before_it_went_out_is_never_sent(tmp_path):
    desk = Desk(tmp_path, ROUTES)
    with Store.open(desk.config.storage.path) as store:
        store.add_items([story("right")], fetched_at=ON)
    from tariffwatch.pipeline import extract_queued, fold_queued

    extract_queued(desk.config.storage.path, desk.config)
    (change,) = fold_queued(desk.config.storage.path, desk.config, now=ON)
    report = json.loads(desk.cli("dismiss", change.change_id, "--json").stdout)
    assert report["routes_to_tell"] == [] and report["state"].startswith("no rate on record")
    desk.cycle(day=1)
    assert desk.sent == []  # neither the alert nor a retraction
    desk.cli("dismiss", "--undo", change.change_id)
    desk.cycle(day=2)
    assert desk.sent == [("desk", "Canada tariff on American steel: 25%, in effect")]


def test_a_route_that_is_down_gets_its_retraction_on_the_next_cycle(tmp_path):
    with WebhookReceiver() as hook:
        routes = f'[[routes]]\nname = "hook"\nurl = "{hook.url()}"\n'
        desk = Desk(tmp_path, routes)
        sender_free = load_config(desk.path)  # the real apprise sender, to the loopback hook
        for names, day in ((("right",), 1), (("wrong",), 3)):
            with Store.open(desk.config.storage.path) as store:
                store.add_items([story(n) for n in names], fetched_at=ON)
            run_cycle(sender_free, now=ON + timedelta(days=day))
        assert len(hook.posts) == 2
        desk.cli("dismiss", desk.wrong_id(), "--reason", "misread")
        hook.script(500, 500, 500, 500)  # every try of this cycle
        summary = run_cycle(sender_free, now=ON + timedelta(days=11))
        assert summary["retractions_sent"] == 0 and summary["retractions_pending"] == 1
        summary = run_cycle(sender_free, now=ON + timedelta(days=12))
        assert summary["retractions_sent"] == 1
        run_cycle(sender_free, now=ON + timedelta(days=13))
    accepted = [p.json for p in hook.posts if p.accepted]
    retractions = [p for p in accepted if p["title"].startswith("Retracted:")]
    assert len(retractions) == 1
    body = retractions[0]["message"]
    assert "Why: misread" in body and "Now: 25%, in effect" in body
    assert "First sent: 2025-06-05 09:00 UTC" in body


def test_a_digest_route_gets_its_retraction_at_once_not_in_its_next_digest(tmp_path):
    from tariffwatch.alerts.digest import deliver_digests

    desk = Desk(
        tmp_path, '[[routes]]\nname = "daily"\nurl = "json://127.0.0.1:9/d"\nmode = "digest"\n'
    )
    desk.cycle("right", "wrong", day=3)
    assert desk.sent == []  # the changes wait for the digest
    send = lambda route, message: desk.sent.append((route.name, message.title))  # noqa: E731
    deliver_digests(desk.config.storage.path, desk.config, sender=send, now=ON + timedelta(days=4))
    assert desk.sent == [("daily", "tariffwatch digest: 2 changes until 2025-06-06 09:00 UTC")]
    wrong = next(c.change_id for c in desk.changes() if c.item_key == "guid:wrong")
    desk.cli("dismiss", wrong)
    desk.cycle(day=5)
    assert desk.sent[1:] == [("daily", f"Retracted: {FIFTY}")]
