"""A real `prefect server` on loopback for the benchmark: its own PREFECT_HOME, SQLite.

    with PrefectServer(work / "prefect-server") as server:
        child("backlog_flow", env=server.client_env(work / "prefect-client"), ...)

The server runs in its own process (as it does for a user who runs `prefect
server start`), so what it costs to take a run's task runs, logs, artifacts
and events is paid on the same cores as the cycle, as it would be on one
machine. The UI is off: nothing here looks at it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

START_TIMEOUT = 120.0  # seconds; the first start migrates a new database


class PrefectServer:
    def __init__(self, home: Path, *, start_timeout: float = START_TIMEOUT) -> None:
        self.home = home
        self.port = _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self._start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PrefectServer:
        self.home.mkdir(parents=True, exist_ok=True)
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")},
            "PREFECT_HOME": str(self.home),
            "PREFECT_API_DATABASE_CONNECTION_URL": f"sqlite+aiosqlite:///{self.home}/prefect.db",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_UI_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }
        prefect = Path(sys.executable).with_name("prefect")
        command = [str(prefect)] if prefect.exists() else [sys.executable, "-m", "prefect"]
        command += ["server", "start", "--host", "127.0.0.1", "--port", str(self.port)]
        self._log = (self.home / "server.log").open("wb")
        self._proc = subprocess.Popen(
            command, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            self._wait_healthy()
            self._first_api_request()
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            # Its own session: the server's workers go with it, nothing else does.
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self._log.close()

    @property
    def pid(self) -> int:
        assert self._proc is not None, "not started"
        return self._proc.pid

    def client_env(self, home: Path) -> dict[str, str]:
        """The environment of a process that runs flows against this server."""
        return {
            "PREFECT_API_URL": self.api_url,
            "PREFECT_HOME": str(home),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "DO_NOT_TRACK": "1",
        }

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + self._start_timeout
        assert self._proc is not None
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"prefect server exited ({self._proc.returncode}); "
                    f"see {self.home / 'server.log'}"
                )
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"prefect server not healthy after {self._start_timeout:.0f} s")

    def _first_api_request(self) -> None:
        """One API call before the server counts as started.

        A new server builds its API routes on the first request past /health
        (about 1 s of CPU, measured at 19:38 on this machine), once in its
        life. A user's server has answered `prefect` and `tariffwatch serve`
        long before a cycle runs; without this call the measured cycle's
        first request would pay it, and the figure would hold the server's
        start as well as the cycle.
        """
        with urllib.request.urlopen(
            f"{self.api_url}/admin/version", timeout=self._start_timeout
        ) as reply:
            reply.read()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
