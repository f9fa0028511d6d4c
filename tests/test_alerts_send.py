"""send() through real apprise plugins to real servers on loopback."""

from __future__ import annotations

import logging
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime

import apprise
import pytest
from apprise.plugins.slack import NotifySlack

from receivers import SMTPReceiver, WebhookReceiver, free_port
from tariffwatch.alerts import Message, privacy_url, render_change, render_test_message, send
from tariffwatch.alerts.send import pick_body, secret_parts
from tariffwatch.config import RouteConfig
from tariffwatch.errors import DeliveryError
from tariffwatch.model import Change

PASSWORD = "pw-S3cr3t-9f2a"
WHEN = datetime(2025, 5, 12, 8, tzinfo=UTC)
CHANGE = Change(
    change_id="c-send",
    kind="tariff",
    state_key="US>CN",
    new_status="in_effect",
    old_status="announced",
    published=WHEN,
    detected_at=WHEN,
    evidence="Officials <!channel> said <b>the cut</b> from 145% to 30% takes effect Wednesday.",
    confidence=0.9,
    item_key="i1",
    sources=("https://news.example.com/a",),
    imposer="US",
    target="CN",
    scope="all goods",
    old_rate=145.0,
    new_rate=30.0,
    effective=date(2025, 5, 14),
)
SLACK_URL = "slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"


@pytest.fixture
def smtp() -> Iterator[SMTPReceiver]:
    with SMTPReceiver() as receiver:
        yield receiver


@pytest.fixture
def hook() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as receiver:
        yield receiver


@pytest.fixture
def message() -> Message:
    return render_change(CHANGE)


def mail_url(port: int, password: str = PASSWORD) -> str:
    # mailto:// (not mailtos://) is plain SMTP: apprise picks secure mode "insecure".
    return f"mailto://alerts:{password}@127.0.0.1:{port}?from=alerts@example.com&to=ops@example.com"


def route(url: str, timeout: float = 5.0) -> RouteConfig:
    return RouteConfig(name="ops", url=url, timeout=timeout)


def test_email_is_multipart_with_the_change_title(smtp: SMTPReceiver, message: Message) -> None:
    send(route(mail_url(smtp.port)), message)
    [mail] = smtp.messages
    assert mail.rcpt_tos == ["ops@example.com"]
    assert mail.login == "alerts"
    assert mail.message["Subject"] == "US tariff on Chinese goods: 145% -> 30%, in effect"
    assert mail.message.get_content_type() == "multipart/alternative"
    parts = {part.get_content_type(): part.get_content() for part in mail.message.iter_parts()}
    assert set(parts) == {"text/plain", "text/html"}
    assert "&lt;!channel&gt;" in parts["text/html"] and "<b>the cut</b>" not in parts["text/html"]
    assert "Rate: 145% -> 30%" in parts["text/plain"]


def test_json_webhook_gets_title_and_plain_body(hook: WebhookReceiver, message: Message) -> None:
    send(route(hook.url("json", "/hook/tok3n")), message)
    [post] = hook.posts
    assert post.path == "/hook/tok3n"
    assert post.json["title"] == message.title
    assert post.json["message"] == message.text.rstrip()


def test_slack_gets_mrkdwn_untouched(
    hook: WebhookReceiver, message: Message, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Test only: the plugin's endpoint points at the loopback receiver.
    monkeypatch.setattr(NotifySlack, "webhook_url", f"http://127.0.0.1:{hook.port}/services")
    send(route(SLACK_URL), message)
    [post] = hook.posts
    assert post.path == "/services/T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ"
    [attachment] = post.json["attachments"]
    blocks = {block["type"]: block for block in attachment["blocks"]}
    assert blocks["section"]["text"] == {"type": "mrkdwn", "text": message.markdown.rstrip()}
    assert "<https://news.example.com/a|news.example.com>" in blocks["section"]["text"]["text"]
    assert "<!channel>" not in post.body.decode()
    assert blocks["header"]["text"]["text"] == message.title.replace(">", "&gt;")


def test_refused_connection_is_a_delivery_error_without_the_secret(message: Message) -> None:
    port = free_port()  # nothing listens here
    with pytest.raises(DeliveryError) as caught:
        send(route(mail_url(port)), message)
    assert caught.value.route == "ops"
    assert "Connection error" in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_webhook_500_fails_and_the_next_try_succeeds(
    hook: WebhookReceiver, message: Message
) -> None:
    hook.script(500, 200)
    with pytest.raises(DeliveryError, match="error=500"):
        send(route(hook.url()), message)
    send(route(hook.url()), message)
    assert len(hook.posts) == 2


def test_hanging_webhook_fails_within_the_route_timeout(
    hook: WebhookReceiver, message: Message
) -> None:
    hook.script("hang")
    started = time.monotonic()
    with pytest.raises(DeliveryError):
        send(route(hook.url(), timeout=0.5), message)
    assert time.monotonic() - started < 2.5


def test_smtp_refusal_and_failure_are_delivery_errors(smtp: SMTPReceiver, message: Message) -> None:
    for mode, code in (("refuse", 550), ("fail", 554)):
        smtp.mode = mode
        with pytest.raises(DeliveryError, match=f"answered SMTP {code} ") as caught:
            send(route(mail_url(smtp.port)), message)
        assert not caught.value.transient  # a 5xx reply would come again
    assert smtp.messages == []


def test_secret_never_leaks(
    smtp: SMTPReceiver, message: Message, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(1)  # everything, apprise's TRACE (which prints raw URLs) included
    url = mail_url(smtp.port)
    smtp.mode = "fail"
    with pytest.raises(DeliveryError) as failed:
        send(route(url), message)
    smtp.stop()
    with pytest.raises(DeliveryError) as refused:
        send(route(url), message)
    shown = privacy_url(url)
    for text in (str(failed.value), str(refused.value), caplog.text, shown):
        assert PASSWORD not in text
    assert "apprise" in caplog.text  # the logs were captured, and were masked
    assert shown.startswith("mailto://") and "127.0.0.1" in shown


@pytest.mark.parametrize(
    ("url", "hidden"),
    [
        ("json://bob:hunter22@127.0.0.1:9/hooks/abc123token", ["hunter22", "abc123token"]),
        (SLACK_URL, ["T1JJ3T3L2", "A1BRTD4JD", "TIiajkdnlazkcOXrIdevi7FQ"]),
        ("mailtos://me:p%40ss%2Fword@gmail.com", ["p@ss/word", "p%40ss%2Fword"]),
    ],
)
def test_privacy_url_masks_tokens_and_paths(url: str, hidden: list[str]) -> None:
    shown = privacy_url(url)
    assert shown.split("://")[0] == url.split("://")[0]
    for secret in hidden:
        assert secret not in shown


@pytest.mark.parametrize(
    "url", ["nonsense://user:hunter22@host", "json://", "not a url hunter22", "prefect-secret://x"]
)
def test_unusable_urls_are_never_echoed(url: str, message: Message) -> None:
    assert privacy_url(url) == "<invalid apprise URL>"
    with pytest.raises(DeliveryError) as caught:
        send(route(url), message)
    assert url not in str(caught.value) and "hunter22" not in str(caught.value)


@pytest.mark.parametrize(
    ("url", "field", "declared"),
    [
        ("mailto://a:b@example.com", "html", apprise.NotifyFormat.HTML),
        (SLACK_URL, "markdown", None),
        (SLACK_URL + "?format=text", "text", apprise.NotifyFormat.TEXT),
        ("json://127.0.0.1/hook", "text", apprise.NotifyFormat.TEXT),
        ("discord://1234/abcdefgh", "text", apprise.NotifyFormat.TEXT),  # CommonMark, not mrkdwn
    ],
)
def test_body_format_follows_the_target(
    url: str, field: str, declared: apprise.NotifyFormat | None
) -> None:
    plugin = apprise.Apprise.instantiate(url)
    message = render_test_message()
    assert pick_body(plugin, message) == (getattr(message, field), declared)


def test_route_timeout_reaches_the_sockets(hook: WebhookReceiver, message: Message) -> None:
    # Explicit cto=/rto= in the URL win; the rest follow the route timeout.
    from tariffwatch.alerts.send import _apply_timeout

    plugin = apprise.Apprise.instantiate(hook.url() + "?rto=7")
    _apply_timeout(plugin, hook.url() + "?rto=7", 3.0)
    assert (plugin.socket_connect_timeout, plugin.socket_read_timeout) == (3.0, 7.0)


def test_secret_parts_handles_non_rfc_urls() -> None:
    parts = secret_parts("tgram://123456789:AAHk-token_value/987654321")
    assert any("AAHk-token_value" in p for p in parts)
    assert "987654321" in parts


def test_send_logs_only_the_privacy_url(
    hook: WebhookReceiver, message: Message, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    send(route(hook.url("json", "/hook/secretpath")), message)
    assert "secretpath" not in caplog.text
    assert "sent" in caplog.text


def test_hostile_text_reaches_slack_inert(
    hook: WebhookReceiver, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(NotifySlack, "webhook_url", f"http://127.0.0.1:{hook.port}/services")
    hostile = replace(CHANGE, evidence="<!here> <@U123> <http://evil.example|login> @channel")
    send(route(SLACK_URL), render_change(hostile))
    body = hook.posts[0].body.decode()
    for raw in ("<!here>", "<@U123>", "<http://evil.example", "@channel"):
        assert raw not in body


def test_route_plugins_load_ahead_of_the_first_route() -> None:
    # In a fresh interpreter: this one's apprise has its plugins loaded by earlier tests.
    script = (
        "from apprise.manager_plugins import NotificationManager as M\n"
        "from tariffwatch.alerts.send import load_route_plugins\n"
        "before = len(M()._loaded)\n"
        "load_route_plugins()\n"
        "print(before, len(M()._loaded) > 0)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.split() == ["0", "True"]
