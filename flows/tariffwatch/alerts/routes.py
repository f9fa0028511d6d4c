"""Which changes a route wants: a pure predicate over config and change."""

from __future__ import annotations

from tariffwatch.config import RouteConfig
from tariffwatch.goods import goods_wanted
from tariffwatch.model import Change


def route_accepts(route: RouteConfig, change: Change) -> bool:
    """True when `route`'s filters (kinds, countries, goods, statuses, min_change_pp)
    let `change` through.

    Empty countries, goods or statuses mean "all". A change matches the countries
    when its imposer, its target or any of its parties is listed. Goods filter
    tariffs only (a deadline event is its tariff's): talks are about everything;
    see tariffwatch.goods for how goods match. min_change_pp only holds back a
    pure rate move (same status, both rates known) smaller than the threshold: a
    first-seen tariff, a threat or a status change is always news.
    """
    return (
        change.kind in route.kinds
        and _countries_match(route, change)
        and _goods_match(route, change)
        and (not route.statuses or change.new_status in route.statuses)
        and _big_enough(route, change)
    )


def _countries_match(route: RouteConfig, change: Change) -> bool:
    if not route.countries:
        return True
    if change.target == "*":
        return True  # a tariff on imports from everywhere falls on every listed country's goods
    wanted = {code.upper() for code in route.countries}
    involved = {code.upper() for code in (change.imposer, change.target, *change.parties) if code}
    return not wanted.isdisjoint(involved)


def _goods_match(route: RouteConfig, change: Change) -> bool:
    if not route.goods or change.kind != "tariff":
        return True
    # The scope reader comes with the extractor's country names: loaded by the
    # first route that watches goods, not by every importer of the alerts.
    from tariffwatch.scopes import is_broad, scope_key

    scope = change.scope or ""
    everything = not scope.strip() or is_broad(scope_key(scope, False))
    return goods_wanted(route.goods, scope, all_goods=everything, goods_all=route.goods_all)


def _big_enough(route: RouteConfig, change: Change) -> bool:
    if change.kind != "tariff" or route.min_change_pp <= 0 or change.event is not None:
        return True  # a deadline event moves no rate: its date is the news
    delta = change.rate_delta
    if delta is None or change.old_status != change.new_status:
        return True
    return abs(delta) >= route.min_change_pp
