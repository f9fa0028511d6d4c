"""Extraction engines: the rules (default), a language model, or both.

    base.py      Story, Reading, EngineStats, the Engine protocol, RulesEngine
    prompt.py    the system prompt, worked examples and JSON schema sent to the model
    client.py    one OpenAI-compatible chat-completions call over httpx
    validate.py  every object the model returns, checked before it becomes a fact
    llm.py       ModelEngine: `llm` and `hybrid`, cache, budget, fallback to the rules

`make_engine(config)` builds the one `[extract] engine` names.
"""

from __future__ import annotations

from collections.abc import Mapping

from tariffwatch.config import ENGINES, Config
from tariffwatch.engines.base import Engine, EngineStats, Reading, RulesEngine, Story
from tariffwatch.engines.client import Answer
from tariffwatch.engines.llm import AnswerCache, MemoryCache, ModelEngine
from tariffwatch.engines.prompt import PROMPT_VERSION
from tariffwatch.errors import ConfigError

__all__ = [
    "ENGINES",
    "PROMPT_VERSION",
    "Answer",
    "AnswerCache",
    "Engine",
    "EngineStats",
    "MemoryCache",
    "ModelEngine",
    "Reading",
    "RulesEngine",
    "Story",
    "check_engine",
    "make_engine",
]


def check_engine(config: Config, name: str) -> None:
    """ConfigError unless `name` is an engine the config has what it needs for."""
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; expected one of {list(ENGINES)}")
    if name != "rules" and not config.extract.model.strip():
        raise ConfigError(
            f'engine {name!r} needs a model: set [extract] model, like model = "qwen2.5:7b"',
            path=config.path,
            key="extract.model",
        )


def make_engine(
    config: Config,
    *,
    engine: str | None = None,
    cache: AnswerCache | None = None,
    budget: int | None = None,
    refresh: bool = False,
    environ: Mapping[str, str] | None = None,
) -> Engine:
    """The engine `engine` names (default: [extract] engine), set up from [extract].

    `budget` bounds the model calls (None: no bound); `refresh` ignores cached answers.
    """
    name = engine or config.extract.engine
    aliases = config.aliases or None
    check_engine(config, name)
    if name == "rules":
        return RulesEngine(aliases)
    return ModelEngine(
        config.extract,
        cache=cache if cache is not None else MemoryCache(),
        aliases=aliases,
        hybrid=name == "hybrid",
        budget=budget,
        refresh=refresh,
        environ=environ,
    )
