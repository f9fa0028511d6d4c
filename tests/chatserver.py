"""A loopback server speaking OpenAI's chat-completions protocol, answering from a script.

    with ChatServer() as server:
        server.script = lambda story: facts_reply([...])   # or a Reply, or a list of them
        ... base_url = server.base_url ...
        assert server.calls == 1

`script` gets the story text the client sent (the last user message) and
returns a Reply. `facts_reply(facts)` is a good answer; `Reply(status=429,
headers={"Retry-After": "1"})` a rate limit; `Reply(drop=True)` hangs up
without a word; `Reply(delay=2)` answers late. Every request is recorded,
headers included, so tests can check the Bearer token and the schema sent.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from loopback import LoopbackServer


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering


def completion(content: str, *, prompt_tokens: int = 100, completion_tokens: int = 20) -> Reply:
    """A chat-completions reply whose message content is `content`."""
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "model": "test-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    return Reply(body=json.dumps(body).encode(), headers={"Content-Type": "application/json"})


def facts_reply(facts: list[dict[str, Any]], **usage: int) -> Reply:
    return completion(json.dumps({"facts": facts}), **usage)


Script = Reply | list[Reply] | Callable[[str], Reply]


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def story(self) -> str:
        return str(self.body["messages"][-1]["content"])


class ChatServer(LoopbackServer):
    def __init__(self) -> None:
        self.script: Script = facts_reply([])
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._served = 0
        super().__init__(ThreadingHTTPServer(("127.0.0.1", 0), _handler(self)))

    @property
    def base_url(self) -> str:
        return f"{self.origin}/v1"

    @property
    def calls(self) -> int:
        with self._lock:
            return len(self.requests)

    def _reply(self, recorded: Recorded) -> Reply:
        with self._lock:
            self.requests.append(recorded)
            served, self._served = self._served, self._served + 1
        script = self.script
        if isinstance(script, Reply):
            return script
        if isinstance(script, list):
            return script[min(served, len(script) - 1)]
        return script(recorded.story)


def _handler(server: ChatServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            raw = self.rfile.read(length)
            recorded = Recorded(
                path=self.path,
                headers={k.lower(): v for k, v in self.headers.items()},
                body=json.loads(raw or b"{}"),
            )
            reply = (
                server._reply(recorded)
                if self.path == "/v1/chat/completions"
                else Reply(status=404, body=b'{"error": "no such route"}')
            )
            if reply.delay:
                time.sleep(reply.delay)
            if reply.drop:
                self.close_connection = True
                self.connection.close()
                return
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            try:
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True  # the client gave up (a timeout test)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler
