"""tariffwatch's public surface, and the promise that its core stays framework-free."""

from __future__ import annotations

import subprocess
import sys

import pytest

import tariffwatch


def test_every_exported_name_exists_once():
    assert len(set(tariffwatch.__all__)) == len(tariffwatch.__all__)
    for name in tariffwatch.__all__:
        assert hasattr(tariffwatch, name), name


def test_every_error_derives_from_the_one_base():
    errors = [getattr(tariffwatch, n) for n in tariffwatch.__all__ if n.endswith("Error")]
    assert errors and all(issubclass(e, tariffwatch.TariffwatchError) for e in errors)


@pytest.mark.parametrize(
    "module",
    [
        "tariffwatch.fold",
        "tariffwatch.dismissals",
        "tariffwatch.deadlines",
        "tariffwatch.alerts.deadline_words",
        "tariffwatch.extract",
        "tariffwatch.alerts.render",
        "tariffwatch.alerts.group",
        "tariffwatch.alerts.retry",
        "tariffwatch.model",
        "tariffwatch.config",
    ],
)
def test_the_core_imports_neither_prefect_nor_duckdb(module):
    code = (
        f"import sys, {module}; print(sorted(m for m in ('prefect', 'duckdb') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
