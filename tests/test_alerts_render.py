"""Rendering: golden files per case, plus the escaping rules one by one."""

from __future__ import annotations

import difflib
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

import tariffwatch.alerts as alerts
from tariffwatch.alerts import Message, render_change, render_digest, render_test_message
from tariffwatch.alerts.render import EVIDENCE_MAX, clean, safe_link, slack_escape, truncate
from tariffwatch.model import Change

CASES = Path(__file__).parent / "data" / "alerts"
REGEN = os.environ.get("TARIFFWATCH_REGEN") == "1"


def change_from_json(raw: dict[str, Any]) -> Change:
    values = dict(raw)
    for key in ("published", "detected_at"):
        values[key] = datetime.fromisoformat(values[key])
    for key in ("effective", "expires"):
        if values.get(key):
            values[key] = date.fromisoformat(values[key])
    for key in ("sources", "parties"):
        values[key] = tuple(values.get(key, ()))
    return Change(**values)


def render_case(case: Path) -> Message:
    if (case / "change.json").exists():
        return render_change(change_from_json(json.loads((case / "change.json").read_text())))
    raw = json.loads((case / "digest.json").read_text())
    since = datetime.fromisoformat(raw["since"]) if raw["since"] else None
    return render_digest(
        [change_from_json(c) for c in raw["changes"]],
        since=since,
        until=datetime.fromisoformat(raw["until"]),
    )


def outputs(message: Message) -> dict[str, str]:
    return {
        "expected.txt": f"Subject: {message.title}\n\n{message.text}",
        "expected.html": message.html,
        "expected.md": message.markdown,
    }


@pytest.mark.parametrize(
    "case", sorted(p for p in CASES.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_golden(case: Path) -> None:
    failures = []
    for name, actual in outputs(render_case(case)).items():
        path = case / name
        if REGEN:
            path.write_text(actual, encoding="utf-8")
            continue
        expected = path.read_text(encoding="utf-8") if path.exists() else ""
        if actual != expected:
            failures.append(
                "".join(
                    difflib.unified_diff(
                        expected.splitlines(keepends=True),
                        actual.splitlines(keepends=True),
                        fromfile=f"{case.name}/{name}",
                        tofile="rendered",
                    )
                )
            )
    assert not failures, "\n".join(failures) + "\n(set TARIFFWATCH_REGEN=1 to accept)"


@pytest.mark.parametrize(
    ("case", "title"),
    [
        ("tariff_cut_in_effect", "US tariff on Chinese goods: 145% -> 30%, in effect"),
        ("tariff_threat_first_seen", "US threatens 5% tariff on Mexican goods"),
        ("talks_resumed", "US–China trade talks: stalled -> resumed"),
        ("tariff_scope_up_to", "EU tariff on Chinese electric vehicles: up to 38.1%, announced"),
        ("tariff_global_baseline", "US tariff on imports from all countries: 10%, in effect"),
        ("tariff_status_only", "Canada tariff on American steel: 25%, announced -> paused"),
        ("talks_unknown_country", "US–Lesotho trade talks: ongoing"),
    ],
)
def test_titles_say_what_changed(case: str, title: str) -> None:
    assert render_case(CASES / case).title == title


def test_hostile_text_is_escaped_for_every_format() -> None:
    message = render_case(CASES / "hostile_text")
    for raw in ("<!channel>", "<!here>", "<@U123>", "<http://evil.example|", "<script>", "<img"):
        assert raw not in message.html
        assert raw not in message.markdown
    assert "@channel" not in message.markdown and "@everyone" not in message.markdown
    assert 'href="javascript' not in message.html
    assert "<javascript" not in message.markdown
    for body in (message.title, message.text, message.html, message.markdown):
        assert not any(ord(ch) < 32 and ch != "\n" for ch in body)
        assert "\u202e" not in body
    assert "…" in message.text  # the long evidence was cut


def test_test_message_is_plain_and_fixed() -> None:
    message = render_test_message()
    assert message.title == "tariffwatch test message"
    assert "route" in message.text and message.html.startswith("<h2>")
    assert render_test_message() == message


def test_digest_orders_by_published_and_caps() -> None:
    base = json.loads((CASES / "tariff_cut_in_effect" / "change.json").read_text())
    changes = [
        change_from_json(
            {
                **base,
                "change_id": f"c{i:03}",
                "published": f"2025-05-12T08:{59 - i % 60:02}:00+00:00",
            }
        )
        for i in range(60)
    ]
    until = datetime(2025, 5, 13, tzinfo=UTC)
    message = render_digest(changes, since=None, until=until)
    assert message.title == "tariffwatch digest: 60 changes until 2025-05-13 00:00 UTC"
    assert "… and 10 more." in message.text
    assert len(message.markdown) < 3000  # Slack's limit for one mrkdwn section
    assert "more." in message.markdown
    assert message.text.count("US tariff on Chinese goods") == 50


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<!channel> hi", "&lt;!channel&gt; hi"),
        ("<http://x|y>", "&lt;http://x|y&gt;"),
        ("a & b", "a &amp; b"),
        ("ping @here and @Channel", "ping @\u2060here and @\u2060Channel"),
        ("mail me@channel.example", "mail me@channel.example"),
    ],
)
def test_slack_escape(raw: str, escaped: str) -> None:
    assert slack_escape(raw) == escaped


def test_clean_and_truncate() -> None:
    assert clean("a\x00b\tc\r\n d\u200b\u202ee") == "a b c d e"
    long = "word " * 200
    cut = truncate(clean(long), EVIDENCE_MAX)
    assert len(cut) <= EVIDENCE_MAX and cut.endswith("…") and not cut.endswith(" …")
    assert truncate("short", 10) == "short"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.com/a", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://", False),
        ("ftp://example.com/file", False),
    ],
)
def test_safe_link(url: str, safe: bool) -> None:
    assert (safe_link(url) is not None) is safe


def test_public_api() -> None:
    assert sorted(alerts.__all__) == [
        "Message",
        "as_redelivery",
        "privacy_url",
        "render_change",
        "render_digest",
        "render_test_message",
        "route_accepts",
        "send",
    ]
    for name in alerts.__all__:
        assert getattr(alerts, name)
