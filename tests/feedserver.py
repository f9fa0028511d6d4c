"""A scriptable HTTP server on loopback, for tests that need a real network peer.

    with FeedServer() as server:
        server.route("/feed.xml", Reply(body=rss, headers={"ETag": '"v1"'}))
        url = server.url("/feed.xml")
        ...
        assert server.hits("/feed.xml") == 1
        assert server.requests[-1].headers["user-agent"].startswith("tariffwatch")

A route is a Reply (sent every time), a list of Replies (one per request, the
last one repeated) or a callable `(RecordedRequest) -> Reply` for behaviour
that depends on the request, such as `conditional()`. `delay` waits before
the status line; `dribble` sends the body one byte at a time with that pause;
`gzip` compresses the body and says so.

`blackhole()` gives a port that accepts connections and never answers;
`refused_url()` one where nothing listens. Both only touch 127.0.0.1.
"""

from __future__ import annotations

import gzip as gzip_module
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from loopback import LoopbackServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line
    dribble: float | None = None  # seconds between body bytes
    gzip: bool = False
    content_length: bool = True  # False: no Content-Length, the body ends with the connection


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # lower-case names


Route = Reply | list[Reply] | Callable[[RecordedRequest], Reply]


def conditional(
    body: bytes,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    headers: dict[str, str] | None = None,
) -> Callable[[RecordedRequest], Reply]:
    """A feed that answers 304 when the client's validators match, like a good server."""
    sent = dict(headers or {})
    if etag:
        sent["ETag"] = etag
    if last_modified:
        sent["Last-Modified"] = last_modified

    def reply(request: RecordedRequest) -> Reply:
        inm = request.headers.get("if-none-match")
        ims = request.headers.get("if-modified-since")
        if (etag and inm == etag) or (not inm and last_modified and ims == last_modified):
            return Reply(status=304, headers=sent)
        return Reply(body=body, headers=sent)

    return reply


class FeedServer(LoopbackServer):
    """ThreadingHTTPServer on 127.0.0.1, port chosen by the OS."""

    def __init__(self) -> None:
        self._routes: dict[str, Route] = {}
        self._served: dict[str, int] = {}
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        self.errors: list[BaseException] = []  # handler exceptions; a client hanging up is one
        super().__init__(_QuietServer(("127.0.0.1", 0), _handler_class(self), self.errors))

    @property
    def base_url(self) -> str:
        return self.origin

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, reply: Route) -> None:
        with self._lock:
            self._routes[path] = reply

    def hits(self, path: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.requests if path is None or r.path == path)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _reply_for(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            route = self._routes.get(request.path)
            served = self._served.get(request.path, 0)
            self._served[request.path] = served + 1
        if route is None:
            return Reply(status=404, body=b"no such route")
        if isinstance(route, Reply):
            return route
        if isinstance(route, list):
            return route[min(served, len(route) - 1)]
        return route(request)


class _QuietServer(ThreadingHTTPServer):
    """Records handler exceptions instead of printing them over pytest's output."""

    # socketserver's default backlog is 5: eight feeds fetched at once overflow it,
    # and the kernel's SYN retry adds a one-second stall that is the server's, not ours.
    request_queue_size = 128

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        errors: list[BaseException],
    ) -> None:
        super().__init__(address, handler)
        self._errors = errors

    def handle_error(self, request: object, client_address: object) -> None:
        self._errors.append(sys.exc_info()[1] or RuntimeError("unknown handler error"))


def _handler_class(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            recorded = RecordedRequest(
                method="GET",
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
            )
            self._send(server._reply_for(recorded))

        def _send(self, reply: Reply) -> None:
            if reply.delay:
                time.sleep(reply.delay)
            body = gzip_module.compress(reply.body) if reply.gzip else reply.body
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.gzip:
                self.send_header("Content-Encoding", "gzip")
            if reply.content_length:
                self.send_header("Content-Length", str(len(body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            try:
                self._write_body(body, reply.dribble)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up: expected in cap tests

        def _write_body(self, body: bytes, dribble: float | None) -> None:
            if dribble is None:
                self.wfile.write(body)
                return
            for i in range(len(body)):
                self.wfile.write(body[i : i + 1])
                self.wfile.flush()
                time.sleep(dribble)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep pytest output clean

    return Handler


@contextmanager
def blackhole() -> Iterator[str]:
    """A URL whose server completes the TCP handshake and then never says a word."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)  # the kernel accepts into the backlog; nobody ever reads
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/feed.xml"
    finally:
        sock.close()


def refused_url() -> str:
    """A loopback URL with nothing listening: connecting is refused at once."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/feed.xml"


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    """Import into a test module or conftest.py to get a fresh server per test."""
    with FeedServer() as server:
        yield server
