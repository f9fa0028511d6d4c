"""route_accepts: a table of route filters against changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from tariffwatch.alerts import route_accepts
from tariffwatch.config import RouteConfig
from tariffwatch.model import Change

WHEN = datetime(2025, 5, 12, 8, tzinfo=UTC)
CUT = Change(
    change_id="c1",
    kind="tariff",
    state_key="US>CN",
    new_status="in_effect",
    old_status="in_effect",
    published=WHEN,
    detected_at=WHEN,
    evidence="...",
    confidence=0.9,
    item_key="i1",
    imposer="US",
    target="CN",
    scope="all goods",
    old_rate=145.0,
    new_rate=30.0,
)
TALKS = Change(
    change_id="c2",
    kind="negotiation",
    state_key="CN|US",
    new_status="resumed",
    old_status="stalled",
    published=WHEN,
    detected_at=WHEN,
    evidence="...",
    confidence=0.9,
    item_key="i2",
    parties=("CN", "US"),
)
NUDGE = replace(CUT, old_rate=25.0, new_rate=25.5)  # a half-point move, same status
FIRST = replace(CUT, old_rate=None, old_status=None, new_rate=0.5)
STATUS_ONLY = replace(CUT, old_rate=25.0, new_rate=25.0, old_status="announced")
GLOBAL = replace(CUT, target="*")
STEEL = replace(CUT, state_key="US>CA:steel", target="CA", scope="Canadian steel products")
WINE = replace(CUT, state_key="CN>FR:wine", imposer="CN", target="FR", scope="French wine")
WINE_REMINDER = replace(WINE, event="effective_reminder", remind_day=7)
STEEL_REMINDER = replace(STEEL, event="effective_reminder", remind_day=7)
# broad wordings the fold may keep for an all-goods entry
CHINESE_IMPORTS = replace(CUT, scope="Chinese imports")
TRANCHE = replace(CUT, scope="$200 billion of Chinese goods")


def route(**overrides: Any) -> RouteConfig:
    return RouteConfig(name="r", url="json://127.0.0.1/hook", **overrides)


@pytest.mark.parametrize(
    ("filters", "change", "accepted"),
    [
        ({}, CUT, True),
        ({}, TALKS, True),
        ({"kinds": ("negotiation",)}, CUT, False),
        ({"kinds": ("negotiation",)}, TALKS, True),
        ({"kinds": ("health",)}, TALKS, False),
        ({"countries": ("CN",)}, CUT, True),  # target
        ({"countries": ("US",)}, CUT, True),  # imposer
        ({"countries": ("MX", "CN")}, TALKS, True),  # a party
        ({"countries": ("MX",)}, CUT, False),
        ({"countries": ("MX",)}, TALKS, False),
        ({"countries": ("cn",)}, CUT, True),  # codes compare case-blind
        ({"countries": ("CN",)}, GLOBAL, True),  # a tariff on imports from everywhere hits CN too
        ({"countries": ("CN",)}, replace(GLOBAL, imposer="EU"), True),
        ({"statuses": ("in_effect",)}, CUT, True),
        ({"statuses": ("threatened", "announced")}, CUT, False),
        ({"statuses": ("resumed",)}, TALKS, True),
        ({"min_change_pp": 1.0}, CUT, True),  # -115 points
        ({"min_change_pp": 1.0}, NUDGE, False),
        ({"min_change_pp": 0.5}, NUDGE, True),  # the threshold itself passes
        ({"min_change_pp": 1.0}, FIRST, True),  # first seen: no old rate, always news
        ({"min_change_pp": 1.0}, STATUS_ONLY, True),  # a status move is news at any size
        ({"min_change_pp": 50.0}, TALKS, True),  # talks have no rate
        ({"countries": ("CN",), "statuses": ("in_effect",), "min_change_pp": 100.0}, CUT, True),
        ({"countries": ("CN",), "statuses": ("paused",)}, CUT, False),
        ({"goods": ("steel",)}, STEEL, True),
        ({"goods": ("steel",)}, WINE, False),
        ({"goods": ("wine", "steel")}, WINE, True),
        ({"goods": ("steel",)}, TALKS, True),  # talks are about everything
        ({"goods": ("steel",)}, STEEL_REMINDER, True),  # a deadline follows its tariff's goods
        ({"goods": ("steel",)}, WINE_REMINDER, False),
        ({"goods": ("steel",)}, CUT, True),  # a tariff on all goods taxes steel too
        ({"goods": ("steel",), "goods_all": False}, CUT, False),
        ({"goods": ("steel",)}, CHINESE_IMPORTS, True),
        ({"goods": ("steel",), "goods_all": False}, CHINESE_IMPORTS, False),
        ({"goods": ("steel",), "goods_all": False}, TRANCHE, False),
        ({"goods": ("steel",), "goods_all": False}, STEEL, True),
        ({"goods_all": False}, CUT, True),  # without goods it filters nothing
        ({"goods": ("steel",), "countries": ("MX",)}, STEEL, False),  # every filter holds
        ({"goods": ("steel",), "kinds": ("negotiation",)}, STEEL, False),
    ],
)
def test_route_accepts(filters: dict[str, Any], change: Change, accepted: bool) -> None:
    assert route_accepts(route(**filters), change) is accepted


def test_the_readme_goods_example_does_what_it_says():
    import tomllib
    from pathlib import Path

    from tariffwatch.config import parse_config

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("**Watching goods.**", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    config = parse_config(tomllib.loads(block), path=None, environ={"STEEL_DESK_URL": "json://x"})
    (desk,) = config.routes
    autos = replace(CUT, imposer="US", target="JP", scope="automobiles and auto parts")
    mexico = replace(CUT, imposer="US", target="MX", scope="all goods")
    assert [route_accepts(desk, c) for c in (STEEL, autos, STEEL_REMINDER)] == [True] * 3
    assert [route_accepts(desk, c) for c in (WINE, mexico)] == [False, False]
