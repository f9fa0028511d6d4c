"""The sending edge: one message to one route through apprise, or a DeliveryError.

Route URLs are secrets (SMTP passwords, Slack and webhook tokens live in them),
so nothing that leaves this module carries one: errors name the route by its
privacy URL, and every record apprise logs passes through a filter that masks
the parts of every route URL seen so far (user, password, tokens, path
segments) before any handler, Prefect's included, sees it.

How the body is chosen (apprise 2.0): each plugin declares `notify_format`,
one format or several with the first as default, and `resolve_format()`
honours a `?format=` in the URL. HTML targets (email) get our HTML; apprise
derives the text/plain part itself. Slack gets our mrkdwn with no
`body_format`, because a declared MARKDOWN body is treated as CommonMark and
re-translated (our `<url|text>` links and `&lt;` would be mangled), and in
Block Kit mode, the only one that leaves such a body as it is. Every
other target gets plain text declared as TEXT, which apprise escapes as the
target needs.
"""

from __future__ import annotations

import base64
import contextvars
import functools
import logging
import re
import smtplib
import threading
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, quote, unquote

import apprise
import requests
from apprise.plugins.slack import NotifySlack

from tariffwatch.alerts.render import SLACK_MAX, TITLE_MAX, Message
from tariffwatch.alerts.retry import (
    SMTP_LOGIN_CODES,
    fix_for,
    fix_for_smtp,
    http_status,
    is_transient,
    smtp_is_transient,
    worst_smtp_refusal,
)
from tariffwatch.config import RouteConfig
from tariffwatch.errors import DeliveryError
from tariffwatch.sources.response import retry_after_seconds

INVALID_URL = "<invalid apprise URL>"
DEFAULT_BODY_LIMIT = 4_000  # a route apprise cannot load: a size any target takes
MASK = "***"
REASON_MAX = 300
RETRY_AFTER_STATUSES = frozenset({429, 503})  # rate limited; unavailable, back after a wait

log = logging.getLogger(__name__)

# Query keys whose values are credentials in some apprise plugin (?token=, ?apikey=...).
_SECRET_KEY = re.compile(r"pass|token|key|secret|auth|sig|webhook|user|login", re.I)
_PORT = re.compile(r":\d+$")
_FAILURE_LEVELS = {"WARNING", "ERROR", "CRITICAL", "DEPRECATION WARNING"}


# -- masking -------------------------------------------------------------------------


def secret_parts(url: str) -> set[str]:
    """The substrings of an apprise URL that must never be shown: user, password,
    a token-like host, path segments and credential query values.

    Parsed by hand because apprise URLs are not always RFC 3986 (a Telegram
    token has a colon where a port would be), and urllib raises on those.
    """
    # Not the whole URL as such: its secret pieces cover it, and masking it whole
    # would also mask the privacy form of a URL that holds no secret at all.
    parts: set[str] = set()
    _, sep, rest = url.strip().partition("://")
    if not sep:
        return parts
    rest, _, query = rest.partition("?")
    rest = rest.partition("#")[0]
    netloc, _, path = rest.partition("/")
    userinfo, at, hostport = netloc.rpartition("@")
    if at:
        user, _, password = userinfo.partition(":")
        parts |= _variants(password, minimum=1) | _variants(user) | _wire_forms(user, password)
    host = _PORT.sub("", hostport)
    if "." not in host and host.lower() != "localhost" and not host.startswith("["):
        parts |= _variants(hostport) | _variants(host)  # slack://TOKEN_A/..., discord://ID/...
    for segment in path.split("/"):
        parts |= _variants(segment)
    for key, value in parse_qsl(query, keep_blank_values=False):
        if _SECRET_KEY.search(key):
            parts |= _variants(value)
    return parts


def _variants(part: str, minimum: int = 3) -> set[str]:
    # Apprise logs some parts decoded and some as written; mask both. Very short
    # parts ("v1", "api") are not secrets, and masking them would garble messages.
    forms = {part, unquote(part), quote(unquote(part), safe="")}
    return {form for form in forms if len(form) >= minimum}


def _wire_forms(user: str, password: str) -> set[str]:
    """The login as the wire carries it, base64-encoded: HTTP Basic (user:password),
    SMTP AUTH PLAIN (NUL user NUL password) and AUTH LOGIN (each alone). A server
    that quotes the request back (a 401 body apprise logs at DEBUG) shows it so."""
    user, password = unquote(user), unquote(password)
    logins = [f"{user}:{password}", f"\0{user}\0{password}", password] if password else []
    if len(user) >= 3:
        logins.append(user)
    forms: set[str] = set()
    for login in logins:
        encoded = base64.b64encode(login.encode()).decode()
        forms |= {encoded, encoded.rstrip("=")}
    return forms


def scrub(text: str, secrets: set[str] | frozenset[str]) -> str:
    """`text` with every occurrence of any secret replaced by ***."""
    if not secrets or not text:
        return text
    return _pattern(frozenset(secrets)).sub(MASK, text)


@functools.lru_cache(maxsize=64)
def _pattern(secrets: frozenset[str]) -> re.Pattern[str]:
    # Longest first, so a token is masked before a shorter part inside it is.
    alternatives = "|".join(re.escape(s) for s in sorted(secrets, key=len, reverse=True))
    return re.compile(alternatives, re.IGNORECASE)


class _Redactor(logging.Filter):
    """Masks route-URL secrets in every record of the loggers that could quote them.

    Installed once and kept: after a call times out, apprise's worker thread may
    still log from a hung connection, later than any temporary filter would last.
    """

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()

    def remember(self, url: str) -> frozenset[str]:
        parts = secret_parts(url)
        with self._lock:
            if not parts <= self._secrets:
                self._secrets = self._secrets | parts
            return self._secrets

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._secrets
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a malformed record must not break logging, nor leak its args
            message = str(record.msg)
        if record.exc_info:
            # Tracebacks can quote URLs too; render and mask them now.
            message += "\n" + logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
            record.exc_text = None
        record.msg = scrub(message, secrets)
        record.args = None
        return True


_redactor = _Redactor()
_install_lock = threading.Lock()


# apprise's own logger, and the HTTP stack under it: urllib3 logs every request
# line at DEBUG, and a webhook's path (Slack's, Discord's) is its secret.
_GUARDED_LOGGERS = ("apprise", "urllib3.connectionpool", "urllib3.util.retry", "requests")


def _protect(url: str) -> frozenset[str]:
    """Register `url`'s secrets and make sure every logger that could quote it masks them."""
    with _install_lock:
        for name in _GUARDED_LOGGERS:
            logger = logging.getLogger(name)
            if _redactor not in logger.filters:
                logger.addFilter(_redactor)
    return _redactor.remember(url)


# -- Retry-After -----------------------------------------------------------------------

# apprise logs a 429's or 503's status but drops its headers. While send() runs, the
# Retry-After of every answer the HTTP stack receives for it is kept here; apprise
# runs plugins in workers with a copy of the caller's context, so two routes sent
# at once each see only their own. Outside a send the wrapper only passes through.
_retry_after: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar(
    "tariffwatch_retry_after", default=None
)
_wrap_lock = threading.Lock()


def _watch_retry_after() -> None:
    with _wrap_lock:
        original = requests.Session.send
        if getattr(original, "_tariffwatch", False):
            return

        @functools.wraps(original)
        def send_keeping_retry_after(
            session: requests.Session, request: Any, **kwargs: Any
        ) -> requests.Response:
            response = original(session, request, **kwargs)
            sink = _retry_after.get()
            if sink is not None and response.status_code in RETRY_AFTER_STATUSES:
                value = response.headers.get("Retry-After")
                if value:
                    sink.append(value)
            return response

        send_keeping_retry_after._tariffwatch = True  # type: ignore[attr-defined]
        requests.Session.send = send_keeping_retry_after  # type: ignore[method-assign,assignment]


# -- SMTP replies ----------------------------------------------------------------------

# apprise reports every failed mail as "Connection error while submitting email"
# or 'Sending email to "..." failed' and keeps the server's reply in a DEBUG line
# that the capture of its result never sees (lowering the "apprise" logger would
# send secrets-adjacent DEBUG lines to every handler). So while send() runs, every
# refusal smtplib raises or returns for it is kept here, under the same context
# rules as _retry_after; outside a send the wrappers only pass calls through.
SMTPRefusal = tuple[int, str]
_smtp_refusals: contextvars.ContextVar[list[SMTPRefusal] | None] = contextvars.ContextVar(
    "tariffwatch_smtp_refusals", default=None
)
# connect() returns the greeting (a 421 is raised later, by SMTP.__init__); the others
# raise the refusal, except sendmail(), which returns the recipients refused when
# some were accepted.
_SMTP_METHODS = ("connect", "starttls", "login", "sendmail")


def _watch_smtp() -> None:
    with _wrap_lock:
        if getattr(smtplib.SMTP.sendmail, "_tariffwatch", False):
            return
        for name in _SMTP_METHODS:
            setattr(smtplib.SMTP, name, _keeping_refusals(getattr(smtplib.SMTP, name)))


def _keeping_refusals(method: Any) -> Any:
    @functools.wraps(method)
    def keeping_refusals(smtp: smtplib.SMTP, *args: Any, **kwargs: Any) -> Any:
        sink = _smtp_refusals.get()
        if sink is None:
            return method(smtp, *args, **kwargs)
        try:
            result = method(smtp, *args, **kwargs)
        except smtplib.SMTPRecipientsRefused as exc:
            sink.extend(_refusal(code, text) for code, text in exc.recipients.values())
            raise
        except smtplib.SMTPResponseException as exc:
            sink.append(_refusal(exc.smtp_code, exc.smtp_error))
            raise
        if method.__name__ == "connect" and result[0] >= 400:
            sink.append(_refusal(*result))
        elif method.__name__ == "sendmail" and result:
            sink.extend(_refusal(code, text) for code, text in result.values())
        return result

    keeping_refusals._tariffwatch = True  # type: ignore[attr-defined]
    return keeping_refusals


def _refusal(code: int, text: bytes | str) -> SMTPRefusal:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return int(code), " ".join(str(text).split())


def _smtp_failure(
    route: str, where: str, refusals: list[SMTPRefusal], secrets: frozenset[str]
) -> DeliveryError:
    """The error for a mail the server refused, retried or not by its reply code."""
    code = worst_smtp_refusal([c for c, _ in refusals])
    assert code is not None  # refusals is not empty
    text = next(t for c, t in reversed(refusals) if c == code)
    if code in SMTP_LOGIN_CODES:
        # Never the reply's text: a server may echo the AUTH exchange, the encoded password.
        return DeliveryError(
            route, f"{where}: not retried: {fix_for_smtp(route, code)}", transient=False
        )
    said = f"the mail server answered SMTP {code} {_cut(scrub(text, secrets))}".rstrip()
    if smtp_is_transient(code):
        return DeliveryError(route, f"{where}: {said} (a temporary failure)")
    return DeliveryError(
        route, f"{where}: {said}; not retried: {fix_for_smtp(route, code)}", transient=False
    )


_CaptureTokens = tuple[
    contextvars.Token[list[str] | None], contextvars.Token[list[SMTPRefusal] | None]
]


def _capture_replies() -> tuple[list[str], list[SMTPRefusal], _CaptureTokens]:
    """Start keeping, for this send only, the Retry-After values and SMTP refusals the
    HTTP and mail stacks receive; _stop_capture(tokens) ends it."""
    _watch_retry_after()
    _watch_smtp()
    asked: list[str] = []
    refusals: list[SMTPRefusal] = []
    return asked, refusals, (_retry_after.set(asked), _smtp_refusals.set(refusals))


def _stop_capture(tokens: _CaptureTokens) -> None:
    _retry_after.reset(tokens[0])
    _smtp_refusals.reset(tokens[1])


# -- apprise -------------------------------------------------------------------------


def load_route_plugins() -> None:
    """Import apprise's notification plugins now, off the delivery's path.

    Apprise imports every plugin module (about 0.15-0.2 s of CPU) when it reads
    its first route URL, which was in the deliver stage, after the fold. A cycle
    calls this from a thread while its feeds are being fetched. No route is
    contacted: a placeholder URL is only parsed.
    """
    _instantiate("json://localhost")


def _instantiate(url: str) -> apprise.plugins.NotifyBase | None:
    try:
        plugin = apprise.Apprise.instantiate(url)
    except Exception:  # apprise suppresses most errors itself; never let one carry the URL
        return None
    return plugin if isinstance(plugin, apprise.plugins.NotifyBase) else None


def _privacy(plugin: apprise.plugins.NotifyBase, secrets: frozenset[str]) -> str:
    # Apprise's privacy form still shows webhook paths and usernames; mask those
    # too. The query string is dropped: it is long, and some plugins keep keys there.
    return scrub(plugin.url(privacy=True).partition("?")[0], secrets)


def privacy_url(url: str) -> str:
    """The route URL as it may be shown: apprise's privacy form with paths masked."""
    secrets = _protect(url)
    plugin = _instantiate(url)
    return INVALID_URL if plugin is None else _privacy(plugin, secrets)


def _apply_timeout(plugin: apprise.plugins.NotifyBase, url: str, timeout: float) -> None:
    """Bound every socket wait by the route's timeout, unless the URL sets cto=/rto=.

    HTTP plugins pass (socket_connect_timeout, socket_read_timeout) to requests;
    the email plugin hands socket_connect_timeout to smtplib as its one timeout,
    which covers every read and write on the SMTP connection as well.
    """
    if timeout <= 0:
        return
    explicit = {key.lower() for key, _ in parse_qsl(url.partition("?")[2])}
    if "cto" not in explicit:
        plugin.socket_connect_timeout = timeout
    if "rto" not in explicit:
        plugin.socket_read_timeout = timeout


def pick_body(
    plugin: apprise.plugins.NotifyBase, message: Message
) -> tuple[str, apprise.NotifyFormat | None]:
    """The body the target wants, and the body_format to declare for it."""
    target = plugin.resolve_format(None)
    if target == apprise.NotifyFormat.HTML:
        return message.html, apprise.NotifyFormat.HTML
    if target == apprise.NotifyFormat.MARKDOWN and isinstance(plugin, NotifySlack):
        # Block Kit puts a passed-through body into a mrkdwn section verbatim. The
        # legacy attachment mode would escape it a second time and, by design,
        # revive "<!channel>", "<@U123>" and "<url|text>" patterns in it.
        plugin.use_blocks = True
        return message.markdown, None  # undeclared: passed through, not re-translated
    return message.text, apprise.NotifyFormat.TEXT


def body_limit(route: RouteConfig) -> tuple[str, int]:
    """The body format `route` gets ("text", "html" or "markdown") and the most
    characters one message's body may have there.

    apprise declares each target's limit (body_maxlen: Discord 2,000, email and
    webhooks 32,768, Slack 35,000); a Slack message goes out as one Block Kit
    section, which Slack caps at 3,000. A target without a title field takes the
    title into the body, so the title's room comes off.
    """
    _protect(route.url)
    plugin = _instantiate(route.url)
    if plugin is None:
        return "text", DEFAULT_BODY_LIMIT
    limit = int(plugin.body_maxlen)
    if plugin.title_maxlen <= 0:
        limit -= TITLE_MAX + 2
    target = plugin.resolve_format(None)
    if target == apprise.NotifyFormat.HTML:
        return "html", limit
    if target == apprise.NotifyFormat.MARKDOWN and isinstance(plugin, NotifySlack):
        return "markdown", min(limit, SLACK_MAX)
    return "text", limit


def send(route: RouteConfig, message: Message) -> None:
    """Deliver `message` to `route`; raise DeliveryError when it did not arrive."""
    secrets = _protect(route.url)
    plugin = _instantiate(route.url)
    if plugin is None:
        raise DeliveryError(
            route.name,
            f"{INVALID_URL}: apprise cannot use this URL; check its scheme and required parts",
            transient=False,
        )
    where = _privacy(plugin, secrets)
    _apply_timeout(plugin, route.url, route.timeout)
    body, body_format = pick_body(plugin, message)
    asked, refusals, tokens = _capture_replies()
    try:
        notifier = apprise.Apprise()
        notifier.add(plugin)
        result = notifier.notify(
            body=body,
            title=message.title,
            body_format=body_format,
            timeout=max(route.timeout, 0.0),
        )
    except Exception as exc:  # apprise contains most failures; anything else is one too
        reason = scrub(f"{type(exc).__name__}: {exc}", secrets)
        raise DeliveryError(route.name, f"{where}: {_cut(reason)}") from None
    finally:
        _stop_capture(tokens)
    if not result:
        if refusals:
            raise _smtp_failure(route.name, where, refusals, secrets)
        reason = _reason(result, secrets)
        status = http_status(reason)
        if is_transient(status):
            wait = None
            if status in RETRY_AFTER_STATUSES and asked:
                wait = retry_after_seconds(asked[-1], datetime.now(UTC))
            raise DeliveryError(
                route.name, f"{where}: {_cut(reason)}", status=status, retry_after=wait
            )
        assert status is not None  # is_transient(None) is True
        raise DeliveryError(
            route.name,
            f"{where}: {_cut(reason).rstrip('.')}; not retried: {fix_for(status)}",
            transient=False,
            status=status,
        )
    log.info("sent %r to route %r (%s)", message.title, route.name, where)


def _reason(result: apprise.AppriseResult, secrets: frozenset[str]) -> str:
    """Why apprise failed, from the log entries it captured for this call only.

    apprise 2.0 records each call's log entries (WARNING and up) on its result,
    per call and per thread, so two routes sent at once never mix their reasons,
    which a handler on the shared "apprise" logger could not promise.
    """
    seen: dict[str, None] = {}
    for entry in result.logs():
        if entry.level in _FAILURE_LEVELS:
            seen.setdefault(" ".join(entry.message.split()), None)
    status = result.status.name.lower()
    text = "; ".join(seen) if seen else "no reason given"
    return scrub(f"apprise reported {status}: {text}", secrets)


def _cut(text: str) -> str:
    return text if len(text) <= REASON_MAX else text[: REASON_MAX - 1] + "…"
