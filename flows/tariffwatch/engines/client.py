"""One call to an OpenAI-compatible `/chat/completions` endpoint, every failure mapped to a code.

Built on httpx (no vendor SDK), so it speaks to Ollama, vLLM, llama.cpp's
server and hosted APIs alike. The API key travels only in the Authorization
header: it is read from the environment when the client is made, never put
in a message, an exception or a log line (any text that comes back from the
server is scrubbed of it too, in case a proxy echoes the request).

    ModelCallError.code:
        connection_refused   nothing listens at base_url (the rest of the run falls back)
        timeout              no complete answer within [extract] timeout
        connection_dropped   the server hung up mid-answer
        rate_limited         429; .retry_after holds its Retry-After, in seconds
        http_5xx             the server failed
        http_4xx             the request was refused: 401, 403 and 404 mean a wrong key,
                             URL or model (the rest of the run falls back); others, such
                             as 400 or 413 for a story too long, concern this story only
        malformed_answer     no usable {"facts": [...]} in the reply
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx

from tariffwatch.engines.prompt import messages, response_format
from tariffwatch.engines.validate import MalformedAnswer, parse_answer
from tariffwatch.sources.response import retry_after_seconds

MAX_ANSWER_BYTES = 2_000_000  # a reply this large is not a list of facts


ENDPOINT_REFUSALS = ("http_401", "http_403", "http_404")


def story_fault(code: str) -> bool:
    """A failure that this story causes (asking again soon will not help), not the endpoint."""
    return code == "malformed_answer" or (
        code.startswith("http_4") and code not in ENDPOINT_REFUSALS
    )


class ModelCallError(Exception):
    def __init__(self, code: str, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Answer:
    """A reply that parsed as {"facts": [...]}: its text (cached) and what it cost."""

    content: str
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def objects(self) -> list[Any]:
        return parse_answer(self.content)


class ChatClient:
    """A thread-safe caller of one model at one endpoint (httpx.Client is thread-safe)."""

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        api_key: str | None,
        timeout: float,
        concurrency: int = 4,
    ) -> None:
        self.model = model
        self.url = base_url.rstrip("/") + "/chat/completions"
        self._secret = api_key or None
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if api_key:
            headers["Authorization"] = f"Bearer {api_key}"
        # One pooled connection per calling thread: more threads than connections
        # would queue inside httpx and fail with a pool timeout that is not the model's.
        size = max(1, concurrency)
        self._http = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout),
            limits=httpx.Limits(max_connections=size, max_keepalive_connections=size),
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def __repr__(self) -> str:  # the key stays out of any repr that reaches a log
        return f"ChatClient(url={self.url!r}, model={self.model!r})"

    def ask(self, text: str, *, title: str | None, published: Any) -> Answer:
        """The model's answer for one story; ModelCallError for every way it can fail."""
        body = {
            "model": self.model,
            "messages": messages(text, title=title, published=published),
            "temperature": 0,
            "response_format": response_format(),
        }
        try:
            response = self._http.post(self.url, json=body)
        except httpx.ConnectError as exc:
            raise ModelCallError(
                "connection_refused", f"cannot connect to {self.url} ({self._clean(exc)})"
            ) from None
        except httpx.TimeoutException:
            raise ModelCallError("timeout", f"no answer from {self.url} in time") from None
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
            raise ModelCallError(
                "connection_dropped", f"{self.url} closed the connection ({self._clean(exc)})"
            ) from None
        except httpx.HTTPError as exc:
            raise ModelCallError("connection_dropped", self._clean(exc)) from None
        return self._interpret(response)

    def _interpret(self, response: httpx.Response) -> Answer:
        status = response.status_code
        if status == 429:
            wait = retry_after_seconds(response.headers.get("retry-after"), datetime.now(UTC))
            raise ModelCallError("rate_limited", "429 Too Many Requests", retry_after=wait)
        if status >= 500:
            raise ModelCallError(f"http_{status}", f"server error: {self._snippet(response)}")
        if status >= 400:
            raise ModelCallError(
                f"http_{status}",
                f"request refused ({self._snippet(response)}); check [extract] base_url, "
                "model and the key in api_key_env",
            )
        if len(response.content) > MAX_ANSWER_BYTES:
            raise ModelCallError("malformed_answer", "reply too large")
        try:
            reply = response.json()
            choice = reply["choices"][0]
            message = choice["message"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise ModelCallError(
                "malformed_answer", "not a chat-completions reply (no choices[0].message)"
            ) from None
        if not isinstance(message, dict):
            raise ModelCallError("malformed_answer", "choices[0].message is not an object")
        if message.get("refusal"):
            raise ModelCallError("malformed_answer", "the model refused to answer")
        if choice.get("finish_reason") == "length":
            raise ModelCallError(
                "malformed_answer", "the answer was cut off (finish_reason length)"
            )
        content = message.get("content")
        if not isinstance(content, str):
            raise ModelCallError("malformed_answer", "the message has no text content")
        try:
            parse_answer(content)
        except MalformedAnswer as exc:
            raise ModelCallError("malformed_answer", str(exc)) from None
        usage = reply.get("usage") if isinstance(reply, dict) else None
        usage = usage if isinstance(usage, dict) else {}
        return Answer(
            content=content,
            prompt_tokens=_int(usage.get("prompt_tokens")),
            completion_tokens=_int(usage.get("completion_tokens")),
        )

    def _snippet(self, response: httpx.Response) -> str:
        text = response.text[:200]
        try:
            error = json.loads(response.text).get("error")
            if isinstance(error, dict):
                text = str(error.get("message", text))[:200]
            elif isinstance(error, str):
                text = error[:200]
        except (ValueError, AttributeError):
            pass
        return self._scrub(f"{response.status_code}: {text}".strip())

    def _clean(self, exc: Exception) -> str:
        return self._scrub(f"{type(exc).__name__}: {exc}")

    def _scrub(self, text: str) -> str:
        return text.replace(self._secret, "***") if self._secret else text


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
