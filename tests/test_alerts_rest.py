"""A route's rest after its server asked for a long wait, on a fake clock (alerts/rest.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tariffwatch.alerts.rest import RouteRest, is_resting, rest_after, rest_label

NOW = datetime(2026, 11, 30, 13, 55, tzinfo=UTC)


@pytest.mark.parametrize(
    ("asked", "max_delay", "cap_minutes"),
    [
        (None, 4.0, 60.0),  # the server asked nothing
        (4.0, 4.0, 60.0),  # waited out within the cycle
        (2.0, 4.0, 60.0),
        (600.0, 4.0, 0.0),  # resting across cycles turned off
    ],
)
def test_no_rest_when_the_wait_fits_the_cycle_or_resting_is_off(asked, max_delay, cap_minutes):
    assert rest_after(asked, max_delay=max_delay, now=NOW, cap_minutes=cap_minutes) is None


def test_a_wait_longer_than_the_retries_rests_the_route_exactly_that_long():
    rest = rest_after(600.0, max_delay=4.0, now=NOW, cap_minutes=60.0)
    assert rest == RouteRest(until=NOW + timedelta(minutes=10), asked_seconds=600.0, capped=False)


def test_an_absurd_wait_is_cut_to_the_cap():
    rest = rest_after(86_400.0, max_delay=4.0, now=NOW, cap_minutes=60.0)
    assert rest is not None and rest.capped and rest.asked_seconds == 86_400.0
    assert rest.until == NOW + timedelta(hours=1)


@pytest.mark.parametrize(
    ("minutes_later", "resting"),
    [(0, True), (5, True), (9.99, True), (10, False), (15, False)],
)
def test_later_cycles_skip_the_route_until_the_wait_is_over(minutes_later, resting):
    rest = rest_after(600.0, max_delay=4.0, now=NOW, cap_minutes=60.0)
    assert is_resting(rest, NOW + timedelta(minutes=minutes_later)) is resting


def test_no_rest_is_never_resting():
    assert not is_resting(None, NOW)


def test_the_label_says_until_when_and_why():
    rest = RouteRest(until=NOW + timedelta(minutes=10), asked_seconds=600.0, capped=False)
    assert rest_label(rest, NOW) == "resting until 14:05 UTC (server asked)"


def test_the_label_names_the_day_when_the_rest_ends_on_another():
    rest = RouteRest(until=NOW + timedelta(hours=11), asked_seconds=39_600.0, capped=False)
    assert rest_label(rest, NOW) == "resting until 2026-12-01 00:55 UTC (server asked)"


def test_the_label_of_a_cut_wait_says_what_was_asked_and_the_cap():
    rest = rest_after(86_400.0, max_delay=4.0, now=NOW, cap_minutes=60.0)
    assert rest is not None
    assert rest_label(rest, NOW, cap_minutes=60.0) == (
        "resting until 14:55 UTC (server asked 86400 s, cut to 60 min: [alerts] max_rest_minutes)"
    )


def test_max_rest_minutes_is_a_config_key_that_cannot_be_negative():
    from tariffwatch.config import parse_config
    from tariffwatch.errors import ConfigError

    assert parse_config({}, path=None, environ={}).alerts.max_rest_minutes == 60.0
    raw = {"alerts": {"max_rest_minutes": 15}}
    assert parse_config(raw, path=None, environ={}).alerts.max_rest_minutes == 15.0
    with pytest.raises(ConfigError, match=r"alerts\.max_rest_minutes"):
        parse_config({"alerts": {"max_rest_minutes": -1}}, path=None, environ={})
