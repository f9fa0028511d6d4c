"""The rows a chart is drawn from (`chartdata.chart_data`), written short in tests."""

from __future__ import annotations

from datetime import datetime
from typing import Any


def rate_row(
    when: datetime,
    imposer: str | None,
    target: str | None,
    value: float | None,
    *,
    track: str = "rate",
    scope: str = "all goods",
) -> dict[str, Any]:
    """A tariff change on `when`; `track="threat"` makes it a threatened rate."""
    return {
        "date": when,
        "kind": "tariff",
        "track": track,
        "imposer": imposer,
        "target": target,
        "scope": scope,
        "new_rate": value,
        "new_status": "threatened" if track == "threat" else "in_effect",
    }


def talks_row(when: datetime, status: str) -> dict[str, Any]:
    """A change of the pair's talks to `status` on `when`."""
    return {**rate_row(when, None, None, None), "kind": "negotiation", "new_status": status}
