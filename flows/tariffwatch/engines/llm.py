"""The language-model engine (`llm`) and its gated form (`hybrid`).

Each story goes to the model at most once per (story hash, model, prompt
version): answers are cached. A story the model cannot read this run, for
whatever reason, is read by the rules instead and marked for a retry, so the
cycle never waits on the model and never loses a story:

- connection refused, or a 401, 403 or 404 (wrong key, URL or model):
  nothing more is sent this run; every story left falls back at once;
- a 429: its Retry-After is honoured; a wait up to RETRY_AFTER_WAIT seconds
  is waited once, a longer one ends the model's part of this run;
- timeouts, dropped connections and 5xx: the story falls back; after
  BREAKER_FAILURES of them in a row nothing more is sent this run;
- a reply that is not {"facts": [...]}, or another 4xx (a story too long):
  the story falls back (nothing cached);
- a reply whose every object fails validation: the story falls back to the
  rules; the answer is cached, since asking again gets the same answer.

`max_items_per_run` bounds the calls of a run (cache hits are free); the
stories beyond it are read by the rules now and offered to the model again
by later runs.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Protocol

from tariffwatch.config import ExtractConfig
from tariffwatch.engines.base import EngineStats, Reading, Story, read_with_rules
from tariffwatch.engines.client import (
    ENDPOINT_REFUSALS,
    Answer,
    ChatClient,
    ModelCallError,
    story_fault,
)
from tariffwatch.engines.prompt import PROMPT_VERSION, story_hash
from tariffwatch.engines.validate import MalformedAnswer, check_facts
from tariffwatch.errors import ConfigError
from tariffwatch.extract.cues import lower
from tariffwatch.extract.hits import percent_hits, talk_hits, tariff_hits

log = logging.getLogger("tariffwatch")

BREAKER_FAILURES = 3  # consecutive timeouts, drops or 5xx before the run stops calling
RETRY_AFTER_WAIT = 30.0  # seconds of Retry-After worth waiting for inside a run
RETRY_AFTER_DEFAULT = 2.0  # a 429 without Retry-After: wait this long before the one retry
_STOP_AT_ONCE = ("connection_refused",)


class AnswerCache(Protocol):
    """Answers by (story hash, model, prompt version). The store implements it in DuckDB."""

    def get_answers(self, hashes: Sequence[str], model: str, version: str) -> dict[str, Answer]: ...

    def put_answers(self, answers: Mapping[str, Answer], model: str, version: str) -> None: ...


class MemoryCache:
    """A cache for one process (one-off reads without a database)."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str, str], Answer] = {}

    def get_answers(self, hashes: Sequence[str], model: str, version: str) -> dict[str, Answer]:
        got = ((h, self._answers.get((h, model, version))) for h in hashes)
        return {h: a for h, a in got if a is not None}

    def put_answers(self, answers: Mapping[str, Answer], model: str, version: str) -> None:
        for h, answer in answers.items():
            self._answers[(h, model, version)] = answer


def has_cue(story: Story) -> bool:
    """The rules' cheap gates: a percentage with a tariff word, or a talks word."""
    low = lower(f"{story.title}\n{story.text}" if story.title else story.text)
    return bool(talk_hits(low)) or bool(percent_hits(low) and tariff_hits(low))


class _Breaker:
    """Shared by the calling threads: whether, and when, another call may go out."""

    def __init__(self, sleep: Callable[[float], None]) -> None:
        self._lock = threading.Lock()
        self._sleep = sleep
        self.stopped: str | None = None  # the failure code that ended the model's part of the run
        self._in_a_row = 0
        self._hold_until = 0.0

    def before_call(self) -> str | None:
        """Wait out a Retry-After hold; the reason not to call at all, if any."""
        with self._lock:
            if self.stopped:
                return self.stopped
            wait = self._hold_until - time.monotonic()
        if wait > 0:
            self._sleep(wait)
        return self.stopped

    def failed(self, error: ModelCallError) -> None:
        with self._lock:
            if error.code in _STOP_AT_ONCE or error.code in ENDPOINT_REFUSALS:
                self.stopped = self.stopped or error.code
            elif error.code == "rate_limited":
                wait = RETRY_AFTER_DEFAULT if error.retry_after is None else error.retry_after
                if wait > RETRY_AFTER_WAIT:
                    self.stopped = self.stopped or error.code
                self._hold_until = max(self._hold_until, time.monotonic() + wait)
            elif not story_fault(error.code):
                self._in_a_row += 1
                if self._in_a_row >= BREAKER_FAILURES:
                    self.stopped = self.stopped or error.code

    def succeeded(self) -> None:
        with self._lock:
            self._in_a_row = 0


class ModelEngine:
    """`llm` (every story to the model) or `hybrid` (only stories the rules' gates flag)."""

    def __init__(
        self,
        config: ExtractConfig,
        *,
        cache: AnswerCache,
        aliases: Mapping[str, str] | None = None,
        hybrid: bool = False,
        budget: int | None = None,
        refresh: bool = False,
        environ: Mapping[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.name = "hybrid" if hybrid else "llm"
        self.config = config
        self.cache = cache
        self.aliases = aliases
        self.hybrid = hybrid
        self.budget = budget  # calls left this run; None: no bound
        self.refresh = refresh
        self.stats = EngineStats(
            engine=self.name, model=config.model, prompt_version=PROMPT_VERSION
        )
        self._client = ChatClient(
            config.base_url,
            config.model,
            api_key=_api_key(config, os.environ if environ is None else environ),
            timeout=config.timeout,
            concurrency=config.max_concurrency,
        )
        self._breaker = _Breaker(sleep)

    def close(self) -> None:
        self._client.close()

    def can_call(self) -> bool:
        """Whether this run may still send a call: budget left, and the endpoint not given up."""
        return (self.budget is None or self.budget > 0) and self._breaker.stopped is None

    def read(self, stories: Sequence[Story]) -> list[Reading]:
        self.stats.items += len(stories)
        readings: list[Reading | None] = [None] * len(stories)
        wanted: list[int] = []
        for i, story in enumerate(stories):
            if self.hybrid and not has_cue(story):
                self.stats.gated_out += 1
                readings[i] = read_with_rules(story, self.aliases)
            else:
                wanted.append(i)
        hashes = {
            i: story_hash(stories[i].text, title=stories[i].title, published=stories[i].published)
            for i in wanted
        }
        model, version = self.config.model, PROMPT_VERSION
        cached = (
            {} if self.refresh else self.cache.get_answers(list(hashes.values()), model, version)
        )
        to_call: list[int] = []
        for i in wanted:
            answer = cached.get(hashes[i])
            if answer is not None:
                self.stats.cache_hits += 1
                readings[i] = self._from_answer(stories[i], answer, "llm-cache")
            elif self.budget is not None and len(to_call) >= self.budget:
                self.stats.over_budget += 1
                readings[i] = self._fallback(stories[i], "over_budget")
            else:
                to_call.append(i)
        if self.budget is not None:
            self.budget -= len(to_call)
        fresh: dict[str, Answer] = {}
        for i, outcome in zip(to_call, self._call_all([stories[i] for i in to_call]), strict=True):
            if isinstance(outcome, Answer):
                fresh[hashes[i]] = outcome
                self.stats.prompt_tokens += outcome.prompt_tokens
                self.stats.completion_tokens += outcome.completion_tokens
                readings[i] = self._from_answer(stories[i], outcome, "llm")
            else:
                readings[i] = self._fallback(stories[i], outcome)
        if fresh:
            self.cache.put_answers(fresh, model, version)
        return [r for r in readings if r is not None]

    def _call_all(self, stories: Sequence[Story]) -> list[Answer | str]:
        """Each story's answer, or the code of why there is none."""
        if not stories:
            return []
        workers = max(1, min(self.config.max_concurrency, len(stories)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tw-llm") as pool:
            return list(pool.map(self._call_one, stories))

    def _call_one(self, story: Story) -> Answer | str:
        for attempt in range(2):  # a second try only after a 429 that asked us to wait
            stop = self._breaker.before_call()
            if stop:
                return f"skipped_{stop}"
            self._count_call()
            try:
                answer = self._client.ask(story.text, title=story.title, published=story.published)
            except ModelCallError as error:
                self._count_failure(error.code)
                self._breaker.failed(error)
                if error.code == "rate_limited" and attempt == 0 and not self._breaker.stopped:
                    continue
                return error.code
            except Exception as exc:  # a bug here must cost one story, not the cycle
                log.error("model call failed unexpectedly: %s", type(exc).__name__)
                self._count_failure("unexpected_error")
                return "unexpected_error"
            self._breaker.succeeded()
            return answer
        return "rate_limited"

    _stats_lock = threading.Lock()

    def _count_call(self) -> None:
        with self._stats_lock:
            self.stats.calls += 1

    def _count_failure(self, code: str) -> None:
        with self._stats_lock:
            self.stats.failures[code] += 1

    def _from_answer(self, story: Story, answer: Answer, source: str) -> Reading:
        try:
            objects = answer.objects()
        except MalformedAnswer:  # a cache row written by an older, laxer version
            return self._fallback(story, "malformed_answer")
        checked = check_facts(objects, story.text, title=story.title, model=self.config.model)
        self.stats.dropped.update(checked.dropped)
        if objects and not checked.facts:
            # Every object failed: the rules read it. Not retried: the same question
            # gets the same answer, and the answer is cached.
            return self._fallback(story, "invalid_facts", retry=False)
        return Reading(checked.facts, source=source)

    def _fallback(self, story: Story, why: str, *, retry: bool = True) -> Reading:
        self.stats.fallbacks += 1
        reading = read_with_rules(story, self.aliases)
        reading.fallback = why
        reading.retry = retry
        return reading


def _api_key(config: ExtractConfig, environ: Mapping[str, str]) -> str | None:
    name = config.api_key_env.strip()
    if not name:
        return None
    value = environ.get(name, "").strip()
    if not value:
        raise ConfigError(
            f"environment variable {name} is not set; export the API key there "
            "(or empty api_key_env for a server without keys, like a local Ollama)",
            key="extract.api_key_env",
        )
    return value
