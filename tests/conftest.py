"""Session-wide setup: an isolated Prefect home and one Prefect test harness.

Logic is tested as plain functions; only tests marked `flow` pay for the harness.
"""

from __future__ import annotations

import os
import tempfile

# Before Prefect is imported anywhere: a private home, no telemetry.
_PREFECT_HOME = tempfile.mkdtemp(prefix="tariffwatch-prefect-")
os.environ["PREFECT_HOME"] = _PREFECT_HOME
os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
os.environ["DO_NOT_TRACK"] = "1"
os.environ["PREFECT_API_URL"] = ""
os.environ.pop("TARIFFWATCH_CONFIG", None)

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def prefect_harness():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


import sys  # noqa: E402
from pathlib import Path  # noqa: E402

# The loopback peers (feedserver.py, receivers.py) are imported by name.
sys.path.insert(0, str(Path(__file__).parent))
