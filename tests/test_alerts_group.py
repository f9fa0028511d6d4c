"""Grouped messages and the retry policy as plain functions: no I/O."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from changekit import WHEN, talks_change, tariff_change
from tariffwatch.alerts.group import batch_title, by_pair, pair_key, pair_label, plan_groups
from tariffwatch.alerts.outbox import plan_route
from tariffwatch.alerts.render import SLACK_MAX
from tariffwatch.alerts.retry import RetryPolicy, fix_for, http_status, is_transient
from tariffwatch.alerts.send import body_limit
from tariffwatch.config import RouteConfig
from tariffwatch.model import Change
from tariffwatch.store import PendingDelivery

CODES = ["US", "CN", "CA", "MX", "JP", "IN", "BR", "VN", "KR", "GB", "AU", "DE"]


def tariff(n: int, imposer: str, target: str, **fields: object) -> Change:
    # Published a minute apart, so a pair's changes have an order to keep.
    return tariff_change(n, imposer, target, published=WHEN + timedelta(minutes=n), **fields)


talks = talks_change


def storm(n: int = 120, pairs: int = 12) -> list[Change]:
    """`n` rate moves spread over `pairs` country pairs, as a first run over a backlog sees."""
    return [tariff(i, CODES[i % pairs], CODES[(i + 1) % pairs]) for i in range(n)]


def ids_in(body: str) -> list[str]:
    return re.findall(r"news\.example/(\d+)", body)


def test_a_pair_is_direction_free_and_joins_talks_and_both_tariffs() -> None:
    changes = [tariff(1, "US", "CN"), tariff(2, "CN", "US"), talks(3, "CN", "US")]
    assert {pair_key(c) for c in changes} == {"CN-US"}
    assert pair_label("CN-US") == "US–China"
    assert pair_key(tariff(4, "US", "*")) == "*-US" and pair_label("*-US") == "US–all countries"
    assert list(by_pair([tariff(1, "JP", "KR"), tariff(2, "US", "CN"), tariff(3, "KR", "JP")])) == [
        "JP-KR",
        "CN-US",
    ]


@pytest.mark.parametrize(
    ("fmt", "limit"), [("text", 32_768), ("html", 32_768), ("markdown", 2_900)]
)
def test_groups_list_every_change_once_within_the_size_limit(fmt: str, limit: int) -> None:
    changes = storm(120)
    groups = plan_groups(changes, fmt=fmt, limit=limit)
    carried = [cid for g in groups for cid in g.change_ids]
    in_pair_order = [c.change_id for members in by_pair(changes).values() for c in members]
    assert carried == in_pair_order  # every change, once; per pair, in change order
    for group in groups:
        body = {"text": group.message.text, "html": group.message.html}.get(
            fmt, group.message.markdown
        )
        assert len(body) <= limit
        assert sorted(ids_in(body)) == sorted(str(int(c[1:])) for c in group.change_ids)
        assert "120 changes, 12 pairs" in group.message.title
        assert "120 changes in 12 country pairs" in group.message.text
    if fmt == "markdown":
        assert len(groups) > 1 and "(part 1 of" in groups[0].message.title  # Slack's 3,000 cap
    else:
        assert len(groups) == 1


def test_a_pair_longer_than_one_message_continues_in_the_next_in_order() -> None:
    changes = [tariff(i, "US", "CN") for i in range(60)]
    groups = plan_groups(changes, fmt="markdown", limit=SLACK_MAX)
    assert len(groups) > 1 and all(g.pairs == ("CN-US",) for g in groups)
    assert [cid for g in groups for cid in g.change_ids] == [c.change_id for c in changes]
    assert "US–China: 60 changes" in groups[1].message.markdown
    lanes = plan_route(
        [PendingDelivery("r", 0, c, False) for c in changes],
        threshold=10,
        fmt="markdown",
        limit=SLACK_MAX,
    )
    assert len(lanes) == 1 and len(lanes[0]) == len(groups)  # one lane: the pair stays in order


def test_hostile_text_in_a_group_is_escaped_for_each_body() -> None:
    change = tariff(1, "US", "CN", scope="<b>steel</b> @channel & co")
    group = plan_groups([change, tariff(2, "CN", "US")], fmt="markdown", limit=SLACK_MAX)[0]
    assert "<b>" not in group.message.markdown and "&lt;b&gt;" in group.message.markdown
    assert "@channel" not in group.message.markdown
    assert "<b>steel" not in group.message.html
    evil = tariff(3, "US", "CN", sources=("javascript:alert(1)",))
    assert "javascript:" not in plan_groups([evil], fmt="html", limit=32_768)[0].message.html


def test_below_the_threshold_each_change_is_its_own_message_in_lanes_per_pair() -> None:
    changes = [tariff(1, "US", "CN"), tariff(2, "JP", "KR"), tariff(3, "CN", "US")]
    pending = [PendingDelivery("r", 0, c, c.change_id == "c00002") for c in changes]
    lanes = plan_route(pending, threshold=10, fmt="text", limit=32_768)
    assert [[o.change_ids for o in lane] for lane in lanes] == [
        [("c00001",), ("c00003",)],
        [("c00002",)],
    ]
    assert all(o.group_id is None for lane in lanes for o in lane)
    assert lanes[1][0].message.title.startswith("(re-sent) ")  # interrupted before: flagged


def test_above_the_threshold_changes_are_grouped_and_flagged_when_one_was_interrupted() -> None:
    changes = storm(11, pairs=3)
    pending = [PendingDelivery("r", 0, c, c.change_id == "c00005") for c in changes]
    lanes = plan_route(pending, threshold=10, fmt="text", limit=32_768)
    (lane,) = lanes
    (group,) = lane
    assert group.group_id and len(group.change_ids) == 11
    assert group.message.title == "(re-sent) tariffwatch: 11 changes, 3 pairs"
    assert plan_route(pending[:10], threshold=10, fmt="text", limit=32_768)[0][0].group_id is None


def test_batch_titles_count_changes_and_pairs() -> None:
    assert batch_title(87, 12) == "tariffwatch: 87 changes, 12 pairs"
    assert batch_title(1, 1) == "tariffwatch: 1 change, 1 pair"
    assert batch_title(3847, 66, 2, 5) == "tariffwatch: 3,847 changes, 66 pairs (part 2 of 5)"


@pytest.mark.parametrize(
    ("url", "fmt", "limit"),
    [
        ("json://127.0.0.1:9/hook", "text", 32_768),
        ("mailto://u:p@mail.example?to=a@b.example", "html", 32_768),
        ("slack://T1JJ3T3L2/A1BRTD4JD/TIiajkdnlazkcOXrIdevi7FQ", "markdown", SLACK_MAX),
        ("discord://1234/abcd", "text", 2_000),
        ("not a url", "text", 4_000),
    ],
)
def test_each_route_has_its_message_size(url: str, fmt: str, limit: int) -> None:
    got_fmt, got_limit = body_limit(RouteConfig(name="r", url=url))
    assert got_fmt == fmt and limit - 200 <= got_limit <= limit


# -- the retry policy --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("reason", "status", "transient"),
    [
        ("Failed to send JSON POST notification: Internal server error., error=500.", 500, True),
        ("Failed to send JSON POST notification: error=503.", 503, True),
        ("Failed to send JSON POST notification: error=429.", 429, True),
        ("Failed to send JSON POST notification: error=408.", 408, True),
        ("A Connection error occurred sending JSON notification to 127.0.0.1.", None, True),
        ('Sending email to "a@b.example" failed.', None, True),  # cause unknown: worth a try
        ("Failed to send JSON POST notification: Verification Failed., error=401.", 401, False),
        ("Failed to send JSON POST notification: Page not found., error=404.", 404, False),
        ("Failed to send JSON POST notification: error=400.", 400, False),
    ],
)
def test_which_failures_are_retried(reason: str, status: int | None, transient: bool) -> None:
    assert http_status(reason) == status
    assert is_transient(status) is transient


def test_a_failure_that_will_not_heal_says_what_to_fix() -> None:
    assert "token or password" in fix_for(401) and "alerts test" in fix_for(403)
    assert "deleted or the url is mistyped" in fix_for(404)
    assert "HTTP 422" in fix_for(422)


def test_retry_waits_grow_with_jitter_and_a_cap() -> None:
    policy = RetryPolicy(retries=4, delay=2.0, max_delay=8.0)
    assert [policy.wait(n, lambda: 0.0) for n in (1, 2, 3, 4)] == [2.0, 4.0, 8.0, 8.0]
    assert [policy.wait(n, lambda: 0.999) for n in (1, 2, 3)] == pytest.approx(
        [3.0, 6.0, 8.0], abs=0.01
    )
    default = RetryPolicy()
    assert default.retries == 3  # the three-request blip heals on the fourth try
    low = sum(default.wait(n, lambda: 0.0) for n in (1, 2, 3))
    high = sum(default.wait(n, lambda: 0.999) for n in (1, 2, 3))
    assert 5 <= low <= high <= 10  # four tries within about 10 s of waiting per route
    from tariffwatch.config import AlertsConfig

    alerts = AlertsConfig()
    assert RetryPolicy(alerts.retries, alerts.retry_delay, alerts.retry_max_delay) == default


def test_the_readmes_alerts_example_is_a_working_config() -> None:
    import tomllib
    from pathlib import Path

    from tariffwatch.config import parse_config

    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```toml")[1:]]
    (example,) = [b for b in blocks if b.lstrip().startswith("[alerts]")]
    alerts = parse_config(tomllib.loads(example), path=None, environ={}).alerts
    assert (alerts.group_threshold, alerts.retries, alerts.concurrency) == (25, 4, 2)
    assert [RetryPolicy(4, 1.0, 8.0).wait(n, lambda: 0.0) for n in (1, 2, 3, 4)] == [1, 2, 4, 8]


def test_a_bad_alerts_key_names_the_key() -> None:
    from tariffwatch.config import parse_config
    from tariffwatch.errors import ConfigError

    with pytest.raises(ConfigError, match=r"alerts\.concurrency: expected a whole number >= 1"):
        parse_config({"alerts": {"concurrency": 0}}, path=None, environ={})
    with pytest.raises(ConfigError, match=r"alerts\.group_threshold: expected a whole number"):
        parse_config({"alerts": {"group_threshold": "ten"}}, path=None, environ={})
    env = {"TARIFFWATCH_ALERTS_GROUP_THRESHOLD": "3"}
    assert parse_config({}, path=None, environ=env).alerts.group_threshold == 3


def test_a_delivery_error_keeps_its_kind_across_processes() -> None:
    import pickle

    from tariffwatch.errors import DeliveryError

    error = pickle.loads(
        pickle.dumps(DeliveryError("desk", "revoked", transient=False, status=401))
    )
    assert (error.route, error.message, error.transient, error.status) == (
        "desk",
        "revoked",
        False,
        401,
    )
    assert str(error) == "route 'desk': revoked"


@pytest.mark.parametrize("limit", [1_000, 1_850, 2_900, 32_768])
@pytest.mark.parametrize("fmt", ["text", "html", "markdown"])
def test_every_grouped_body_fits_even_marked_as_a_repeat(fmt: str, limit: int) -> None:
    from tariffwatch.alerts import as_redelivery

    long_scope = "steel & <aluminium> products @here " * 6  # long, and escaped longer
    changes = [
        tariff(i, CODES[i % 5], CODES[(i * 7 + 1) % 5 or 6], scope=f"{long_scope}{i}")
        for i in range(300)
    ]
    groups = plan_groups(changes, fmt=fmt, limit=limit)
    assert sorted(cid for g in groups for cid in g.change_ids) == sorted(
        c.change_id for c in changes
    )
    for group in groups:
        for message in (group.message, as_redelivery(group.message)):
            body = {"text": message.text, "html": message.html, "markdown": message.markdown}[fmt]
            assert len(body) <= limit
