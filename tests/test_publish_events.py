"""Which Prefect events a run emits for N changes: plain functions, no Prefect."""

from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta

from changekit import WHEN, talks_change, tariff_change
from tariffwatch import publish
from tariffwatch.alerts.group import pair_key
from tariffwatch.model import Change

CODES = ["US", "CN", "CA", "MX", "JP", "IN"]


def tariff(n: int, imposer: str, target: str) -> Change:
    # Long quotes: an event carries every change's fields but not its evidence.
    return tariff_change(
        n,
        imposer,
        target,
        detected_at=WHEN + timedelta(seconds=n),
        evidence="a long quote " * 40,
        new_rate=float(n % 90 + 5),
    )


def talks(n: int, a: str, b: str) -> Change:
    return talks_change(n, a, b, evidence="talks resumed")


def backlog(n: int) -> list[Change]:
    """Tariff moves both ways between three pairs, and talks on one of them."""
    out: list[Change] = []
    for i in range(n):
        a, b = CODES[i % 3], CODES[3 + i % 3]
        out.append(talks(i, a, b) if i % 5 == 0 else tariff(i, *((a, b) if i % 2 else (b, a))))
    return out


def carried(events: list[dict[str, object]]) -> list[str]:
    """The change ids the events carry, in order."""
    ids: list[str] = []
    for event in events:
        payload = event["payload"]
        assert isinstance(payload, dict)
        if event["event"] == publish.PAIR_EVENT:
            ids += [c["change_id"] for c in payload["changes"]]
        else:
            ids.append(payload["change_id"])
    return ids


def test_at_the_threshold_each_change_is_its_own_event() -> None:
    changes = backlog(10)
    events = publish.change_events(changes, group_threshold=10)
    assert events == [publish.change_event(c) for c in changes]
    assert {e["event"] for e in events} == {
        "tariffwatch.tariff.changed",
        "tariffwatch.negotiation.changed",
    }
    assert publish.change_events([], group_threshold=10) == []


def test_above_the_threshold_one_event_per_country_pair_carries_every_change_once() -> None:
    changes = backlog(11)
    events = publish.change_events(changes, group_threshold=10)
    assert [e["event"] for e in events] == [publish.PAIR_EVENT] * 3
    assert [e["resource"]["prefect.resource.id"] for e in events] == [
        "tariffwatch.pair.MX-US",
        "tariffwatch.pair.CN-JP",
        "tariffwatch.pair.CA-IN",
    ]
    assert carried(events) != [c.change_id for c in changes]  # ordered by pair, not by run
    assert sorted(carried(events)) == sorted(c.change_id for c in changes)
    us_mx = events[0]["payload"]
    assert us_mx["label"] == "US–Mexico"
    assert us_mx["count"] == us_mx["in_pair"] == 4
    assert us_mx["kinds"] == {"negotiation": 1, "tariff": 3}
    assert us_mx["events"] == {
        "tariffwatch.negotiation.changed": 1,
        "tariffwatch.tariff.changed": 3,
    }
    assert (us_mx["run_changes"], us_mx["run_pairs"]) == (11, 3)
    assert us_mx["summary"] == "US–Mexico: 4 changes"
    assert "evidence" not in us_mx["changes"][0]  # the titles say it; the artifact quotes
    assert events[0]["occurred"] == WHEN + timedelta(seconds=9)  # its latest change
    json.dumps([e["payload"] for e in events])  # plain JSON


def test_a_pair_event_keeps_its_changes_related_resources() -> None:
    """A trigger on a change's directed pair or a country matches its pair's event too."""
    changes = backlog(30)
    (us_mx, *_) = publish.change_events(changes, group_threshold=10)
    related = {(r["prefect.resource.id"], r["prefect.resource.role"]) for r in us_mx["related"]}
    assert related == {
        ("tariffwatch.pair.US-MX", "country-pair"),
        ("tariffwatch.pair.MX-US", "country-pair"),
        ("tariffwatch.country.US", "imposer"),
        ("tariffwatch.country.MX", "imposer"),
        ("tariffwatch.country.US", "target"),
        ("tariffwatch.country.MX", "target"),
        ("tariffwatch.country.US", "party"),
        ("tariffwatch.country.MX", "party"),
    }


def test_the_same_changes_make_the_same_event_ids() -> None:
    changes = backlog(40)
    first = [e["id"] for e in publish.change_events(changes, group_threshold=10)]
    again = [e["id"] for e in publish.change_events(list(changes), group_threshold=10)]
    assert first == again and len(set(first)) == len(first)


def test_a_pair_with_more_changes_than_one_event_holds_is_split_into_parts() -> None:
    size = publish.PAIR_EVENT_MAX_CHANGES
    changes = [tariff(i, "US", "CN") for i in range(2 * size + 3)] + [tariff(9_999, "JP", "IN")]
    events = publish.change_events(changes, group_threshold=10)
    counts = [(e["resource"]["tariffwatch.pair"], e["payload"]["count"]) for e in events]
    assert counts == [("CN-US", size), ("CN-US", size), ("CN-US", 3), ("IN-JP", 1)]
    parts = [(e["payload"]["part"], e["payload"]["parts"]) for e in events[:3]]
    assert parts == [(1, 3), (2, 3), (3, 3)]
    assert (
        events[2]["payload"]["summary"]
        == f"US–China: 3 changes (part 3 of 3, {2 * size + 3:,} in all)"
    )
    assert Counter(carried(events)) == Counter(c.change_id for c in changes)
    # Each one far below the 1.5 MB a Prefect server accepts for one event.
    assert max(len(json.dumps(e["payload"])) for e in events) < 500_000


# -- the changes artifact --------------------------------------------------------------------


def test_the_changes_artifact_of_a_5000_change_run_lists_the_first_and_counts_the_rest() -> None:
    changes = backlog(5_000)
    markdown = publish.changes_markdown(changes, at=WHEN)
    listed = publish.CHANGES_LISTED
    titles = [line for line in markdown.splitlines() if line.startswith("- **")]
    assert len(titles) == listed
    assert "5,000 changes in 3 country pairs" in markdown
    assert f"... and {5_000 - listed:,} more changes in this run." in markdown
    rows = [line for line in markdown.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[0] == "| country pair | changes | tariff | talks |"
    counts = Counter(pair_key(c) for c in changes)
    assert sorted(int(r.split(" | ")[1].replace(",", "")) for r in rows[1:]) == sorted(
        counts.values()
    )
    assert len(markdown) < 100_000  # it was 1.2 MB for a backlog's 4,353


def test_the_changes_artifact_lists_every_change_up_to_the_limit() -> None:
    changes = backlog(publish.CHANGES_LISTED)
    markdown = publish.changes_markdown(changes, at=WHEN)
    assert markdown.count("\n- **") == len(changes)
    assert "more change" not in markdown and "| country pair |" not in markdown
