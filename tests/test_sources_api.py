"""The sources package's public surface and its promise to stay framework-free."""

from __future__ import annotations

import inspect
import subprocess
import sys

import tariffwatch.sources as sources


def test_all_names_exist_and_are_exported() -> None:
    assert len(set(sources.__all__)) == len(sources.__all__)  # order is ruff's (RUF022)
    for name in sources.__all__:
        assert hasattr(sources, name), name
    required = {
        "FeedHealth",
        "FetchResult",
        "fetch_feed",
        "parse_feed",
        "read_seeds",
        "next_health",
        "is_due",
    }
    assert required <= set(sources.__all__)


def test_fetch_feed_signature() -> None:
    params = inspect.signature(sources.fetch_feed).parameters
    assert list(params)[:3] == ["feed", "health", "cfg"]
    for name in ("client", "force", "now"):
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY


def test_importing_sources_loads_neither_prefect_nor_duckdb() -> None:
    code = (
        "import sys, tariffwatch.sources; "
        "print(sorted(m for m in ('prefect', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
