"""Loopback receivers for delivery tests: a real SMTP server and a real webhook.

Both bind 127.0.0.1 only, record what they receive, and can be told to
misbehave, so tests exercise apprise's real network code without the network.

    with SMTPReceiver() as smtp:         # smtp.port, smtp.messages
        smtp.mode = "refuse"             # 550 on RCPT; "fail": 554 after DATA
        smtp.script("RCPT", "451 4.3.0 try later")  # the next replies to AUTH/MAIL/RCPT/DATA
    with WebhookReceiver() as hook:      # hook.url("json"), hook.posts
        hook.script(500, 200)            # next responses in order, then 200s
        hook.script("hang")              # hold the request until stop()
        hook.delay = 0.2                 # hold each answer; hook.max_in_flight counts overlap
        hook.echo = True                 # a failing answer's body quotes the path and auth
"""

from __future__ import annotations

import email
import email.policy
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

SMTPMode = Literal["accept", "refuse", "fail", "refuse_login"]


def free_port() -> int:
    """A port that was free a moment ago (aiosmtpd's controller cannot bind port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    login: str | None  # the AUTH user, when the client authenticated


class _MailHandler:
    def __init__(self, receiver: SMTPReceiver) -> None:
        self.receiver = receiver

    async def handle_MAIL(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        scripted = self.receiver.next_reply("MAIL")
        if scripted:
            return scripted
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        scripted = self.receiver.next_reply("RCPT")
        if scripted:
            return scripted
        if self.receiver.mode == "refuse":
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        scripted = self.receiver.next_reply("DATA")
        if scripted:
            return scripted
        if self.receiver.mode == "fail":
            return "554 5.3.0 transaction failed"
        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        parsed = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        login = (
            session.auth_data.login.decode()
            if isinstance(session.auth_data, LoginPassword)
            else None
        )
        self.receiver.messages.append(
            ReceivedMail(
                mail_from=envelope.mail_from or "",
                rcpt_tos=list(envelope.rcpt_tos),
                message=parsed,
                login=login,
            )
        )
        return "250 Message accepted"


def _accept_any_login(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
) -> AuthResult:
    # Tests put secrets in the URL to prove they never leak; any login works.
    return AuthResult(success=True, auth_data=auth_data)


class SMTPReceiver:
    """An aiosmtpd server on 127.0.0.1 that records every message it accepts.

    Plain SMTP with AUTH allowed before STARTTLS: loopback only, test only.
    """

    def __init__(self) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.mode: SMTPMode = "accept"
        self.messages: list[ReceivedMail] = []
        self.answered: list[str] = []  # every scripted reply given, in order
        self._script: dict[str, deque[str]] = {}
        self._script_lock = threading.Lock()
        self._controller = Controller(
            _MailHandler(self),
            hostname=self.host,
            port=self.port,
            authenticator=self._authenticate,
            auth_require_tls=False,
        )

    def script(self, stage: str, *replies: str) -> None:
        """The next replies at `stage` (AUTH, MAIL, RCPT or DATA), in order; then `mode` rules."""
        with self._script_lock:
            self._script.setdefault(stage, deque()).extend(replies)

    def clear_script(self) -> None:
        with self._script_lock:
            self._script.clear()

    def next_reply(self, stage: str) -> str | None:
        with self._script_lock:
            queue = self._script.get(stage)
            reply = queue.popleft() if queue else None
            if reply:
                self.answered.append(f"{stage} {reply}")
            return reply

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        scripted = self.next_reply("AUTH")
        if scripted:
            return AuthResult(success=False, handled=False, message=scripted)
        if self.mode == "refuse_login":  # aiosmtpd answers 535 5.7.8, as a wrong password gets
            return AuthResult(success=False, handled=False)
        return _accept_any_login(server, session, envelope, mechanism, auth_data)

    def start(self) -> SMTPReceiver:
        self._controller.start()
        self._running = True
        return self

    def stop(self) -> None:
        """Stop listening (a route pointed here is then down); safe to call twice."""
        if getattr(self, "_running", False):
            self._running = False
            self._controller.stop()

    def __enter__(self) -> SMTPReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass
class ReceivedPost:
    path: str
    headers: dict[str, str]
    body: bytes
    json: Any = field(default=None)
    status: int | None = None  # what the receiver answered; None while it hangs
    at: float = field(default_factory=time.monotonic)  # when it arrived

    @property
    def accepted(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


# A status, "hang", or a status with extra headers: (429, {"Retry-After": "1"}).
Response = int | Literal["hang"] | tuple[int, dict[str, str]]


class _WebhookHandler(BaseHTTPRequestHandler):
    server: _WebhookServer

    def do_POST(self) -> None:
        receiver = self.server.receiver
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        try:
            parsed = json.loads(body) if body else None
        except ValueError:
            parsed = None
        response = receiver.next_response()
        extra: dict[str, str] = {}
        if isinstance(response, tuple):
            response, extra = response
        status = None if response == "hang" else int(response)
        receiver.record(ReceivedPost(self.path, dict(self.headers.items()), body, parsed, status))
        if response == "hang":
            receiver.released.wait(timeout=30)  # held until the test is over
            return
        with receiver.track_in_flight():
            if receiver.delay:
                time.sleep(receiver.delay)
        payload = b"ok"
        if receiver.echo and response >= 400:
            # What a careless server does: quote the request, credentials and all.
            auth = self.headers.get("Authorization", "")
            payload = f"refused {self.path} (Authorization: {auth})".encode()
        self.send_response(response)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean


class _WebhookServer(ThreadingHTTPServer):
    daemon_threads = True
    receiver: WebhookReceiver


class WebhookReceiver:
    """A threaded HTTP server on 127.0.0.1 (port chosen by the OS) recording POSTs."""

    def __init__(self) -> None:
        self._server = _WebhookServer(("127.0.0.1", 0), _WebhookHandler)
        self._server.receiver = self
        self.port = int(self._server.server_address[1])
        self.posts: list[ReceivedPost] = []
        self.released = threading.Event()
        self._script: deque[Response] = deque()
        self.delay = 0.0  # seconds each answer is held: lets a test see concurrent posts
        self.echo = False
        self.in_flight = 0
        self.max_in_flight = 0  # the most posts it was answering at once
        self._lock = threading.Lock()
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, scheme: str = "json", path: str = "/hook") -> str:
        return f"{scheme}://127.0.0.1:{self.port}{path}"

    def script(self, *responses: Response) -> None:
        """The next responses, in order; 200 once they run out."""
        with self._lock:
            self._script.extend(responses)

    def clear_script(self) -> None:
        """Drop the responses not given yet: 200s from now on."""
        with self._lock:
            self._script.clear()

    def next_response(self) -> Response:
        with self._lock:
            return self._script.popleft() if self._script else 200

    @contextmanager
    def track_in_flight(self) -> Iterator[None]:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            yield
        finally:
            with self._lock:
                self.in_flight -= 1

    def record(self, post: ReceivedPost) -> None:
        with self._lock:
            self.posts.append(post)

    def start(self) -> WebhookReceiver:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.released.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> WebhookReceiver:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
