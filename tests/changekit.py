"""Changes as the fold would hand them to alerts and events, for tests that plan
messages or events from N of them.

    tariff_change(7, "US", "CN")                  # change c00007, in effect, 25%
    tariff_change(7, "US", "CN", new_rate=10.0, published=WHEN + timedelta(minutes=7))
    talks_change(8, "CN", "US")                   # stalled -> resumed
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tariffwatch.model import Change

WHEN = datetime(2025, 6, 2, 9, tzinfo=UTC)


def tariff_change(n: int, imposer: str, target: str, **fields: Any) -> Change:
    """Change ``n`` of one rate of ``imposer`` on ``target``; ``fields`` override."""
    base: dict[str, Any] = {
        **_reported(n),
        "kind": "tariff",
        "state_key": f"tariff:{imposer}:{target}:s{n}",
        "new_status": "in_effect",
        "old_status": None,
        "imposer": imposer,
        "target": target,
        "scope": f"scope {n}",
        "new_rate": 25.0,
        "sources": (f"https://news.example/{n}",),
    }
    return Change(**(base | fields))


def talks_change(n: int, a: str, b: str, **fields: Any) -> Change:
    """Change ``n``: talks between ``a`` and ``b`` resumed after a stall."""
    base: dict[str, Any] = {
        **_reported(n),
        "kind": "negotiation",
        "state_key": f"negotiation:{a}-{b}",
        "new_status": "resumed",
        "old_status": "stalled",
        "parties": (a, b),
    }
    return Change(**(base | fields))


def _reported(n: int) -> dict[str, Any]:
    """What every change ``n`` carries about its report: id, story, times, evidence."""
    return {
        "change_id": f"c{n:05d}",
        "item_key": f"i{n}",
        "published": WHEN,
        "detected_at": WHEN,
        "evidence": "e",
        "confidence": 0.9,
    }
