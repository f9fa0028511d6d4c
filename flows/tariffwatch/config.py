"""The TOML config: what to read, where to store it, whom to tell.

Lookup order for the file: `--config PATH`, then $TARIFFWATCH_CONFIG, then
./tariffwatch.toml. Scalar keys of the single-table sections can be overridden
from the environment as TARIFFWATCH_<SECTION>_<KEY> (TARIFFWATCH_STORAGE_PATH,
TARIFFWATCH_FETCH_TIMEOUT, ...). Route URLs may name environment variables as
${NAME}; they are expanded here and never written anywhere.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from tariffwatch.errors import ConfigError
from tariffwatch.goods import goods_words
from tariffwatch.model import NEGOTIATION_STATUSES, TARIFF_STATUSES

DEFAULT_CONFIG_NAME = "tariffwatch.toml"
ROUTE_MODES = ("immediate", "digest")
ROUTE_KINDS = ("tariff", "negotiation", "health")
TASK_RUNNERS = ("threads", "dask")
ENGINES = ("rules", "llm", "hybrid")
SECRET_BLOCK_PREFIX = "prefect-secret://"  # a route URL held in a Prefect Secret block
_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True, slots=True)
class StorageConfig:
    path: str = "data/tariffwatch.duckdb"
    lock_timeout: float = 30.0  # seconds a second writer waits before giving up


@dataclass(frozen=True, slots=True)
class SeedsConfig:
    path: str = "seeds"


@dataclass(frozen=True, slots=True)
class FetchConfig:
    timeout: float = 20.0  # seconds, per request (connect, read, write, pool each)
    max_bytes: int = 10_000_000  # a larger body is cut off and the feed marked failed
    max_redirects: int = 5
    user_agent: str = "tariffwatch/0.1 (+https://github.com/tariffwatch/tariffwatch)"
    interval_minutes: float = 15.0  # the base wait between two checks of one feed
    max_backoff_hours: float = 24.0  # the cap on a failing feed's wait
    concurrency: int = 8  # feeds fetched at once
    retries: int = 2  # task-level retries of one feed fetch within a run
    retry_delay: float = 2.0  # seconds before the first retry; doubles, with jitter
    task_runner: str = "threads"  # "threads" on this machine, or "dask" (the dask extra)
    dask_address: str = ""  # a Dask scheduler, tcp://host:8786; empty: a LocalCluster here
    parse_processes: int = 0  # processes parsing large feeds: 0 one per core, 1 none (in-thread)


@dataclass(frozen=True, slots=True)
class HealthConfig:
    failures_before_alert: int = 5
    reminder_hours: float = 24.0


@dataclass(frozen=True, slots=True)
class AlertsConfig:
    """How immediate routes are sent to: grouping, in-cycle retries, concurrency."""

    group_threshold: int = 10  # more changes than this for one route in one cycle: grouped
    retries: int = 3  # in-cycle retries of a transient failure (5xx, 429, timeout, connection)
    retry_delay: float = 1.0  # seconds before the first retry; doubles, with jitter
    retry_max_delay: float = 4.0  # the cap of one wait between two tries (~7-8.5 s in all)
    concurrency: int = 4  # messages of one route in flight at once (one pair's stay in order)
    # A server's wait (429/503 Retry-After) longer than retry_max_delay rests the route across
    # cycles, for at most this long (0: only for the cycle); alerts stay pending meanwhile.
    max_rest_minutes: float = 60.0


@dataclass(frozen=True, slots=True)
class ScheduleConfig:
    monitor: str = "*/15 * * * *"
    digest: str = "0 8 * * *"
    timezone: str = "UTC"


@dataclass(frozen=True, slots=True)
class ExtractConfig:
    """Which reader extracts facts; the language-model settings matter for llm and hybrid."""

    engine: str = "rules"  # "rules", "llm" (every item to the model) or "hybrid" (cued items)
    base_url: str = "http://localhost:11434/v1"  # an OpenAI-compatible API (Ollama's default)
    model: str = ""  # required for llm and hybrid
    api_key_env: str = ""  # the environment variable holding the key; empty: no key sent
    timeout: float = 60.0  # seconds per model call
    max_concurrency: int = 4  # model calls at once
    max_items_per_run: int = 200  # model calls per run at most; the rest wait, read by the rules


@dataclass(frozen=True, slots=True)
class FeedConfig:
    name: str
    url: str  # http(s)://, file://, or a local path
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class RouteConfig:
    """Where alerts go. `url` is a secret: it never appears in repr or logs."""

    name: str
    url: str = field(repr=False)
    mode: str = "immediate"
    countries: tuple[str, ...] = ()  # empty: every country
    goods: tuple[str, ...] = ()  # empty: every tariff; else tariffs on these goods (goods.py)
    goods_all: bool = True  # with goods: a tariff on all goods is sent too
    kinds: tuple[str, ...] = ("tariff", "negotiation")
    statuses: tuple[str, ...] = ()  # empty: every status
    min_change_pp: float = 0.0  # smallest rate move, in percentage points, worth a message
    timeout: float = 20.0
    remind_days: tuple[int, ...] = (7, 1)  # a reminder this many days before each deadline


@dataclass(frozen=True, slots=True)
class Config:
    path: str | None = None  # the file it came from; None for built-in defaults
    storage: StorageConfig = field(default_factory=StorageConfig)
    seeds: SeedsConfig = field(default_factory=SeedsConfig)
    fetch: FetchConfig = field(default_factory=FetchConfig)
    health: HealthConfig = field(default_factory=HealthConfig)
    alerts: AlertsConfig = field(default_factory=AlertsConfig)
    schedule: ScheduleConfig = field(default_factory=ScheduleConfig)
    extract: ExtractConfig = field(default_factory=ExtractConfig)
    feeds: tuple[FeedConfig, ...] = ()
    routes: tuple[RouteConfig, ...] = ()
    aliases: Mapping[str, str] = field(default_factory=dict)  # extra names -> country code


_SECTIONS: dict[str, type] = {
    "storage": StorageConfig,
    "seeds": SeedsConfig,
    "fetch": FetchConfig,
    "health": HealthConfig,
    "alerts": AlertsConfig,
    "schedule": ScheduleConfig,
    "extract": ExtractConfig,
}


def resolve_config_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The config file to read, or None when there is none (built-in defaults)."""
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise ConfigError(
                "no such config file; pass --config PATH to an existing file", path=str(path)
            )
        return path
    env = os.environ.get("TARIFFWATCH_CONFIG")
    if env:
        path = Path(env)
        if not path.is_file():
            raise ConfigError("TARIFFWATCH_CONFIG names a file that does not exist", path=env)
        return path
    local = Path(DEFAULT_CONFIG_NAME)
    return local if local.is_file() else None


def load_config(
    explicit: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> Config:
    """Read, validate and return the config; raise ConfigError naming file and key."""
    environ = os.environ if environ is None else environ
    path = resolve_config_path(explicit)
    if path is None:
        return parse_config({}, path=None, environ=environ)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", path=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path=str(path)) from None
    return parse_config(raw, path=str(path), environ=environ)


def parse_config(raw: Mapping[str, Any], *, path: str | None, environ: Mapping[str, str]) -> Config:
    known = {*_SECTIONS, "feeds", "routes", "aliases"}
    for key in raw:
        if key not in known:
            raise ConfigError(
                f"unknown section; expected one of {sorted(known)}", path=path, key=key
            )
    sections = {
        name: _section(raw.get(name, {}), cls, name, path, environ)
        for name, cls in _SECTIONS.items()
    }
    feeds = tuple(_feed(entry, i, path) for i, entry in enumerate(_table_list(raw, "feeds", path)))
    _unique([f.name for f in feeds], "feeds", path)
    routes = tuple(
        _route(entry, i, path, environ) for i, entry in enumerate(_table_list(raw, "routes", path))
    )
    _unique([r.name for r in routes], "routes", path)
    aliases = _aliases(raw.get("aliases", {}), path)
    if sections["fetch"].task_runner not in TASK_RUNNERS:
        raise ConfigError(
            f"expected one of {list(TASK_RUNNERS)}, got {sections['fetch'].task_runner!r}",
            path=path,
            key="fetch.task_runner",
        )
    _check_extract(sections["extract"], path)
    if sections["alerts"].concurrency < 1:
        raise ConfigError("expected a whole number >= 1", path=path, key="alerts.concurrency")
    if sections["alerts"].max_rest_minutes < 0:
        raise ConfigError("expected a number >= 0", path=path, key="alerts.max_rest_minutes")
    return Config(path=path, feeds=feeds, routes=routes, aliases=aliases, **sections)


def _check_extract(extract: ExtractConfig, path: str | None) -> None:
    if extract.engine not in ENGINES:
        raise ConfigError(
            f"expected one of {list(ENGINES)}, got {extract.engine!r}",
            path=path,
            key="extract.engine",
        )
    if extract.engine == "rules":
        return
    if not extract.model.strip():
        raise ConfigError(
            f'engine {extract.engine!r} needs a model name, like model = "qwen2.5:7b"',
            path=path,
            key="extract.model",
        )
    if not extract.base_url.startswith(("http://", "https://")):
        raise ConfigError(
            "expected an http(s):// URL of an OpenAI-compatible API, like "
            '"http://localhost:11434/v1"',
            path=path,
            key="extract.base_url",
        )
    for key in ("max_concurrency", "timeout"):
        if getattr(extract, key) <= 0:
            raise ConfigError("expected a number > 0", path=path, key=f"extract.{key}")


def _section(table: Any, cls: type, name: str, path: str | None, environ: Mapping[str, str]) -> Any:
    if not isinstance(table, dict):
        raise ConfigError("expected a table, like [" + name + "]", path=path, key=name)
    values: dict[str, Any] = {}
    allowed = {f.name: f for f in fields(cls)}
    for key, value in table.items():
        if key not in allowed:
            raise ConfigError(
                f"unknown key; expected one of {sorted(allowed)}", path=path, key=f"{name}.{key}"
            )
        values[key] = _coerce(value, allowed[key].default, path, f"{name}.{key}")
    for key, spec in allowed.items():
        env_name = f"TARIFFWATCH_{name}_{key}".upper()
        if env_name in environ:
            values[key] = _coerce_text(environ[env_name], spec.default, env_name)
    return cls(**values)


def _coerce(value: Any, default: Any, path: str | None, key: str) -> Any:
    expected = type(default)
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
        raise ConfigError(
            f"expected {_type_word(expected)}, got {type(value).__name__} {value!r}",
            path=path,
            key=key,
        )
    if expected in (int, float) and value < 0:
        raise ConfigError(f"expected a number >= 0, got {value!r}", path=path, key=key)
    return value


def _coerce_text(text: str, default: Any, env_name: str) -> Any:
    expected = type(default)
    try:
        if expected is bool:
            if text.lower() not in ("1", "0", "true", "false", "yes", "no"):
                raise ValueError(text)
            return text.lower() in ("1", "true", "yes")
        return expected(text)
    except ValueError:
        raise ConfigError(
            f"expected {_type_word(expected)}, got {text!r}", key=f"${env_name}"
        ) from None


def _type_word(t: type) -> str:
    return {str: "a string", int: "a whole number", float: "a number", bool: "true or false"}.get(
        t, t.__name__
    )


def _table_list(raw: Mapping[str, Any], name: str, path: str | None) -> list[dict[str, Any]]:
    entries = raw.get(name, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"expected a list of tables, written [[{name}]]", path=path, key=name)
    return entries


def _require_str(entry: Mapping[str, Any], key: str, where: str, path: str | None) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError("expected a non-empty string", path=path, key=f"{where}.{key}")
    return value.strip()


def _feed(entry: dict[str, Any], index: int, path: str | None) -> FeedConfig:
    where = f"feeds[{index}]"
    _no_unknown(entry, {"name", "url", "enabled"}, where, path)
    name = _require_str(entry, "name", where, path)
    url = _require_str(entry, "url", where, path)
    if not (url.startswith(("http://", "https://", "file://")) or "://" not in url):
        raise ConfigError(
            "expected an http(s):// or file:// URL or a local path", path=path, key=f"{where}.url"
        )
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError("expected true or false", path=path, key=f"{where}.enabled")
    return FeedConfig(name=name, url=url, enabled=enabled)


def _route(
    entry: dict[str, Any], index: int, path: str | None, environ: Mapping[str, str]
) -> RouteConfig:
    where = f"routes[{index}]"
    _no_unknown(
        entry,
        {
            "name",
            "url",
            "url_env",
            "secret_block",
            "mode",
            "countries",
            "goods",
            "goods_all",
            "kinds",
            "statuses",
            "min_change_pp",
            "timeout",
            "remind_days",
        },
        where,
        path,
    )
    name = _require_str(entry, "name", where, path)
    sources = [k for k in ("url", "url_env", "secret_block") if k in entry]
    if len(sources) != 1:
        raise ConfigError("give exactly one of url, url_env or secret_block", path=path, key=where)
    source = sources[0]
    raw_value = _require_str(entry, source, where, path)
    if source == "url":
        url = expand_env(raw_value, environ, path=path, key=f"{where}.url")
    elif source == "url_env":
        if raw_value not in environ or not environ[raw_value].strip():
            raise ConfigError(
                f"environment variable {raw_value} is not set", path=path, key=f"{where}.url_env"
            )
        url = environ[raw_value].strip()
    else:
        # Resolved lazily (needs the Prefect API); the marker keeps the block name only.
        url = f"{SECRET_BLOCK_PREFIX}{raw_value}"
    mode = entry.get("mode", "immediate")
    if mode not in ROUTE_MODES:
        raise ConfigError(
            f"expected one of {list(ROUTE_MODES)}, got {mode!r}", path=path, key=f"{where}.mode"
        )
    countries = tuple(c.upper() for c in _str_list(entry, "countries", where, path))
    goods, goods_all = _goods(entry, where, path)
    kinds = _str_list(entry, "kinds", where, path, default=("tariff", "negotiation"))
    _choices(kinds, ROUTE_KINDS, path, f"{where}.kinds")
    statuses = _str_list(entry, "statuses", where, path)
    _choices(statuses, TARIFF_STATUSES + NEGOTIATION_STATUSES, path, f"{where}.statuses")
    min_pp = entry.get("min_change_pp", 0.0)
    timeout = entry.get("timeout", 20.0)
    for key, value in (("min_change_pp", min_pp), ("timeout", timeout)):
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ConfigError("expected a number >= 0", path=path, key=f"{where}.{key}")
    return RouteConfig(
        name=name,
        url=url,
        mode=mode,
        countries=countries,
        goods=goods,
        goods_all=goods_all,
        kinds=kinds,
        statuses=statuses,
        min_change_pp=float(min_pp),
        timeout=float(timeout),
        remind_days=_remind_days(entry, where, path),
    )


def _goods(entry: Mapping[str, Any], where: str, path: str | None) -> tuple[tuple[str, ...], bool]:
    value = entry.get("goods", [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(
            'expected a list of goods, each a non-empty string, like ["steel", "auto parts"] '
            "(empty: every tariff)",
            path=path,
            key=f"{where}.goods",
        )
    vague = [v for v in value if not goods_words(v)]
    if vague:
        # matching leaves these words out, so the entry would match nothing
        raise ConfigError(
            f'{vague[0]!r} names no goods ("goods", "products", "imports" say none); '
            'name them, like "steel"',
            path=path,
            key=f"{where}.goods",
        )
    goods_all = entry.get("goods_all", True)
    if not isinstance(goods_all, bool):
        raise ConfigError(
            f"expected true or false, got {type(goods_all).__name__} {goods_all!r}",
            path=path,
            key=f"{where}.goods_all",
        )
    return tuple(v.strip() for v in value), goods_all


def _remind_days(entry: Mapping[str, Any], where: str, path: str | None) -> tuple[int, ...]:
    value = entry.get("remind_days", [7, 1])
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 365 for v in value
    ):
        raise ConfigError(
            "expected a list of whole days from 1 to 365, like [7, 1] (empty: no reminders)",
            path=path,
            key=f"{where}.remind_days",
        )
    return tuple(sorted(set(value), reverse=True))


def _str_list(
    entry: Mapping[str, Any],
    key: str,
    where: str,
    path: str | None,
    default: tuple[str, ...] = (),
) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return default
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            'expected a list of strings, like ["US", "CN"]', path=path, key=f"{where}.{key}"
        )
    return tuple(value)


def _choices(values: tuple[str, ...], allowed: tuple[str, ...], path: str | None, key: str) -> None:
    bad = [v for v in values if v not in allowed]
    if bad:
        raise ConfigError(
            f"unknown value(s) {bad}; expected any of {list(allowed)}", path=path, key=key
        )


def _no_unknown(entry: Mapping[str, Any], allowed: set[str], where: str, path: str | None) -> None:
    for key in entry:
        if key not in allowed:
            raise ConfigError(
                f"unknown key; expected one of {sorted(allowed)}", path=path, key=f"{where}.{key}"
            )


def _unique(names: list[str], section: str, path: str | None) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise ConfigError(
                f"duplicate name {name!r}; names must be unique", path=path, key=section
            )
        seen.add(name)


def _aliases(table: Any, path: str | None) -> dict[str, str]:
    if not isinstance(table, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in table.items()
    ):
        raise ConfigError(
            'expected a table of name = "CODE", like "Lutnick" = "US"', path=path, key="aliases"
        )
    return {k: v.upper() for k, v in table.items()}


def expand_env(value: str, environ: Mapping[str, str], *, path: str | None, key: str) -> str:
    """Replace ${NAME} with the environment's value; a missing one is a ConfigError."""

    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in environ:
            raise ConfigError(f"environment variable {name} is not set", path=path, key=key)
        return environ[name]

    return _ENV_REF.sub(sub, value)
