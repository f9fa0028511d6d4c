"""The `tariffwatch` command: gathers the command modules, which register on `app`.

What the commands share (app, consoles, options, error handling) is in
tariffwatch.commands.shared; each command lives in tariffwatch.commands.<name>.
"""

from __future__ import annotations

# Importing a command module registers its commands on `app`.
from tariffwatch.commands import (  # noqa: F401
    alerts,
    changes,
    chart,
    deadlines,
    digest,
    dismiss,
    dismissals,
    evaluate,
    export,
    extract,
    feeds,
    history,
    rebuild,
    report,
    run,
    serve,
    status,
    unread,
)
from tariffwatch.commands.shared import app

__all__ = ["app", "main"]


def main(argv: list[str] | None = None) -> None:  # pragma: no cover - entry point
    app(argv)
