"""Deadlines: dates moved by later stories (fold), the dates ahead, reminders and
what happens when a date arrives (deadlines.py). Pure functions, a fake clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from foldkit import DAY0, reported, tariff
from tariffwatch.alerts import render_change
from tariffwatch.deadlines import evaluate, reminder_day, upcoming, what_follows
from tariffwatch.fold import StateEntry, fold

KEY = "tariff:US:CN:all goods"
AUG1, AUG7 = date(2025, 8, 1), date(2025, 8, 7)


def days_after(day: int) -> datetime:
    return DAY0 + timedelta(days=day)


def cycles(*batches):
    """Fold batches as successive cycles, each run at its own stories' time."""
    state, changes = {}, []
    for batch in batches:
        now = max(s.published for s in batch)
        result = fold(state, batch, now=now)
        state.update(result.state)
        changes += result.changes
    return state, changes


def entry(**values) -> StateEntry:
    base = {
        "state_key": KEY,
        "kind": "tariff",
        "track": "rate",
        "status": "announced",
        "as_of": datetime(2025, 7, 1, tzinfo=UTC),
        "item_key": "story-1",
        "evidence": "The US will raise its tariff on Chinese goods to 35% on August 1.",
        "sources": ("https://news.example/story-1",),
        "updated_at": datetime(2025, 7, 1, tzinfo=UTC),
        "imposer": "US",
        "target": "CN",
        "scope": "all goods",
        "rate": 35.0,
        "effective": AUG1,
        "effective_seen": datetime(2025, 7, 1, tzinfo=UTC),
    }
    return StateEntry(**(base | values))


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


EVERYONE = {"desk": (7, 1)}


# -- 1. a later story that moves a date moves it, and that is a change ------------------------


@pytest.mark.parametrize(
    ("first", "then", "day", "event", "old", "new"),
    [
        # "postponed to August 7", told while August 1 is still ahead
        ({"effective": AUG1}, {"effective": AUG7}, 60, "effective_moved", AUG1, AUG7),
        # brought forward
        ({"effective": AUG7}, {"effective": AUG1}, 60, "effective_moved", AUG7, AUG1),
        # a truce extended: "until November 10" instead of August 12
        (
            {"expires": date(2025, 8, 12), "status": "in_effect"},
            {"expires": date(2025, 11, 10), "status": "in_effect"},
            60,
            "expiry_moved",
            date(2025, 8, 12),
            date(2025, 11, 10),
        ),
        # the same date again: a second outlet, no news
        ({"effective": AUG1}, {"effective": AUG1}, 60, None, None, None),
        # a restatement that gives no date keeps the known one
        ({"effective": AUG1}, {}, 60, None, None, None),
        # a recap after the date dating it otherwise is history, not a move
        ({"effective": AUG1}, {"effective": AUG7}, 90, None, None, None),
    ],
)
def test_a_later_story_that_moves_a_date_moves_it_and_that_is_a_change(
    first, then, day, event, old, new
):
    status = first.pop("status", "announced")
    then_status = then.pop("status", status)
    state, changes = cycles(
        [reported(tariff(35.0, status=status, **first))],
        [reported(tariff(35.0, status=then_status, **then), day=day)],
    )
    assert len(changes) == (2 if event else 1)
    kept = state[KEY]
    if event is None:
        assert (kept.effective, kept.expires) == (
            first.get("effective"),
            first.get("expires"),
        )
        return
    moved = changes[-1]
    assert (moved.event, moved.old_deadline, moved.deadline) == (event, old, new)
    assert (moved.old_rate, moved.new_rate) == (35.0, 35.0)
    assert (kept.effective if event == "effective_moved" else kept.expires) == new
    assert kept.item_key == moved.item_key  # the story that moved it is the entry's source now


def test_a_moved_deadline_reads_as_such_and_keeps_a_stable_id_of_its_own():
    batches = (
        [reported(tariff(35.0, status="announced", effective=AUG1), item="a")],
        [reported(tariff(35.0, status="announced", effective=AUG7), day=60, item="b")],
    )
    _, changes = cycles(*batches)
    _, again = cycles(*batches)
    assert changes[1].change_id == again[1].change_id != changes[0].change_id
    assert render_change(changes[1]).title == (
        "US tariff on Chinese goods, 35% announced: deadline moved: Aug 1 -> Aug 7, 2025"
    )


def test_a_threats_start_date_moves_too():
    _, changes = cycles(
        [reported(tariff(25.0, status="threatened", target="MX", effective=AUG1))],
        [reported(tariff(25.0, status="threatened", target="MX", effective=AUG7), day=60)],
    )
    assert [(c.state_key, c.event) for c in changes] == [
        ("threat:US:MX:all goods", None),
        ("threat:US:MX:all goods", "effective_moved"),
    ]


def test_an_entry_remembers_when_it_first_held_each_date():
    state, _ = cycles(
        [reported(tariff(35.0, status="announced", effective=AUG1))],
        [reported(tariff(35.0, status="announced", effective=AUG1), day=5)],
    )
    assert state[KEY].effective_seen == days_after(0)  # a second outlet is no new sighting
    state, _ = cycles(
        [reported(tariff(35.0, status="announced", effective=AUG1))],
        [reported(tariff(35.0, status="announced", effective=AUG7), day=5)],
    )
    assert state[KEY].effective_seen == days_after(5)


def test_a_story_confirming_a_scheduled_start_adds_a_source_and_clears_the_inference():
    start = {KEY: entry(status="in_effect", inferred="scheduled")}
    confirm = reported(tariff(35.0, status="in_effect"), day=85, item="confirm")
    result = fold(start, [confirm], now=days_after(85))
    assert result.changes == []
    assert result.state[KEY].inferred is None
    assert len(result.state[KEY].sources) == 2


def test_a_story_confirming_a_start_applied_quietly_is_the_news_nobody_was_told():
    start = {KEY: entry(status="in_effect", inferred="backlog")}
    confirm = reported(tariff(35.0, status="in_effect"), day=85, item="confirm")
    result = fold(start, [confirm], now=days_after(85))
    assert [(c.old_status, c.new_status, c.event) for c in result.changes] == [
        ("announced", "in_effect", None)
    ]
    assert result.state[KEY].inferred is None


# -- 2. the dates ahead ---------------------------------------------------------------------


def test_upcoming_lists_the_dates_ahead_soonest_first_with_days_left():
    today = date(2025, 7, 25)
    state = [
        entry(),  # takes effect Aug 1
        entry(
            state_key="tariff:US:MX:all goods",
            target="MX",
            status="paused",
            effective=None,
            expires=date(2025, 7, 28),
        ),
        entry(state_key="tariff:US:JP:all goods", target="JP", effective=date(2025, 9, 30)),
        entry(state_key="tariff:US:KR:all goods", target="KR", effective=date(2025, 7, 1)),
        entry(
            state_key="tariff:US:VN:all goods",
            target="VN",
            effective=None,
            expires=date(2025, 7, 30),
            expiry_passed=True,
        ),
    ]
    got = [
        (d.entry.target, d.which, d.on, d.days_left) for d in upcoming(state, today=today, days=30)
    ]
    assert got == [("MX", "expires", date(2025, 7, 28), 3), ("CN", "effective", AUG1, 7)]
    assert len(upcoming(state, today=today, days=90)) == 3  # Sep 30 is 67 days out


# -- 3. reminders ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "days_left", "seen_left", "owed"),
    [
        ((7, 1), 10, 30, None),  # nothing reached yet
        ((7, 1), 7, 30, 7),
        ((7, 1), 5, 30, 7),  # still the 7-day one (the same id: sent once)
        ((7, 1), 1, 30, 1),
        ((7, 1), 1, 3, 1),  # first seen 3 days ahead: no 7-day reminder, the 1-day one
        ((7, 1), 3, 3, None),  # first seen 3 days ahead: the 7-day threshold was behind
        ((7, 1), 7, 7, None),  # first seen exactly 7 days ahead: the alert itself told it
        ((7, 3, 1), 2, 30, 3),  # several reached at once (cycles missed): the nearest
        ((), 1, 30, None),  # a route that wants no reminder
        ((7, 1), 5, None, 7),  # a date held before sightings were recorded
    ],
)
def test_a_reminder_is_owed_for_the_nearest_threshold_still_ahead_when_first_seen(
    schedule, days_left, seen_left, owed
):
    assert reminder_day(schedule, days_left, seen_left) == owed


def tick_through(state, first: date, last: date, schedules=EVERYONE):
    """Evaluate the state every day from `first` to `last`, as daily runs do; return
    the events by day and the state after."""
    seen_ids: set[str] = set()
    events = []
    day = first
    while day <= last:
        result = evaluate(state, now=at(day), schedules=schedules)
        state = state | result.state
        for change in result.changes:
            if change.change_id not in seen_ids:  # the store records an id once
                seen_ids.add(change.change_id)
                events.append((day, change.event, change.remind_day, change))
        day += timedelta(days=1)
    return events, state


def test_an_announced_rate_is_reminded_7_and_1_days_before_then_takes_effect_as_scheduled():
    events, state = tick_through({KEY: entry()}, date(2025, 7, 20), date(2025, 8, 5))
    assert [(d, e, r) for d, e, r, _ in events] == [
        (date(2025, 7, 25), "effective_reminder", 7),
        (date(2025, 7, 31), "effective_reminder", 1),
        (AUG1, "took_effect", None),
    ]
    took = events[-1][3]
    assert (took.old_status, took.new_status, took.new_rate) == ("announced", "in_effect", 35.0)
    assert took.sources == ("https://news.example/story-1",)  # the announcing story
    assert (state[KEY].status, state[KEY].inferred) == ("in_effect", "scheduled")
    titles = [render_change(c).title for *_, c in events]
    assert titles == [
        "Reminder: US tariff on Chinese goods, 35% announced, takes effect in 7 days (Aug 1, 2025)",
        "Reminder: US tariff on Chinese goods, 35% announced, takes effect tomorrow (Aug 1, 2025)",
        "US tariff on Chinese goods: 35% in effect as scheduled on Aug 1, 2025 (by date; "
        "no story yet)",
    ]


def test_each_route_gets_the_reminders_of_its_own_schedule():
    result = evaluate(
        {KEY: entry()},
        now=at(date(2025, 7, 29)),
        schedules={"desk": (7, 1), "legal": (3,), "quiet": ()},
    )
    routes = {c.remind_day: result.reminder_routes[c.change_id] for c in result.changes}
    assert routes == {7: ["desk"], 3: ["legal"]}


def test_a_date_already_passed_when_first_seen_changes_the_state_quietly():
    old_news = entry(effective_seen=datetime(2025, 8, 20, tzinfo=UTC))  # a replay, weeks late
    result = evaluate({KEY: old_news}, now=at(date(2025, 8, 20)), schedules=EVERYONE)
    assert result.changes == []
    assert (result.state[KEY].status, result.state[KEY].inferred) == ("in_effect", "backlog")


def test_neither_a_threat_nor_a_pause_of_a_started_rate_takes_effect_by_date_alone():
    state = {
        "threat:US:MX:all goods": entry(
            state_key="threat:US:MX:all goods", track="threat", status="threatened", target="MX"
        ),
        # "the 24% that took effect on August 1 was paused": the date is behind the story
        "tariff:US:JP:all goods": entry(
            state_key="tariff:US:JP:all goods",
            status="paused",
            target="JP",
            as_of=datetime(2025, 8, 1, 15, tzinfo=UTC),
        ),
    }
    result = evaluate(state, now=at(date(2025, 8, 2)), schedules=EVERYONE)
    assert result.changes == [] and result.state == {}


def test_a_rate_postponed_to_a_date_takes_effect_on_it():
    # "Trump postponed the 50% tariff on EU goods to July 9": paused, starting July 9.
    postponed = entry(status="paused", rate=50.0, effective=date(2025, 7, 9))
    result = evaluate({KEY: postponed}, now=at(date(2025, 7, 9)), schedules=EVERYONE)
    assert [(c.event, c.old_status, c.new_status) for c in result.changes] == [
        ("took_effect", "paused", "in_effect")
    ]


# -- 4. expiries ----------------------------------------------------------------------------


def truce() -> dict[str, StateEntry]:
    cut = entry(
        status="in_effect",
        rate=30.0,
        previous_rate=145.0,
        effective=None,
        expires=date(2025, 8, 12),
        expires_seen=datetime(2025, 5, 12, tzinfo=UTC),
        evidence="The US cut its tariff on Chinese goods to 30% from 145% until August 12.",
    )
    threat = entry(
        state_key="threat:US:CN:all goods",
        track="threat",
        status="threatened",
        rate=145.0,
        effective=None,
        evidence="Trump warned the 145% rate would return if no deal is reached by August 12.",
    )
    return {cut.state_key: cut, threat.state_key: threat}


def test_an_expiry_passing_is_one_alert_saying_what_the_stories_said_would_follow():
    events, state = tick_through(truce(), date(2025, 8, 1), date(2025, 8, 20))
    assert [(d, e, r) for d, e, r, _ in events] == [
        (date(2025, 8, 5), "expiry_reminder", 7),
        (date(2025, 8, 11), "expiry_reminder", 1),
        (date(2025, 8, 12), "expired", None),
    ]
    expired = events[-1][3]
    assert "before it the rate was 145%" in expired.note
    assert "a threatened 145% on all goods" in expired.note
    assert "would return if no deal" in expired.note
    message = render_change(expired)
    assert message.title == "US tariff on Chinese goods: 30% in effect, expired Aug 12, 2025"
    assert "What follows: The 30% (in effect) ran until 2025-08-12" in message.text
    # The date alone moves no rate and no status: that is for the stories to tell.
    after = state[KEY]
    assert (after.rate, after.status, after.expiry_passed) == (30.0, "in_effect", True)


def test_an_expiry_with_nothing_said_about_what_follows_says_so():
    pause = entry(status="paused", rate=34.0, effective=None, expires=date(2025, 7, 9))
    assert what_follows(pause, [pause]).endswith(
        "No story said what follows; the state keeps it as it is until one does."
    )


def test_an_expiry_already_passed_when_first_seen_is_marked_quietly():
    pause = entry(
        status="paused",
        effective=None,
        expires=date(2025, 7, 9),
        expires_seen=datetime(2025, 9, 1, tzinfo=UTC),
    )
    result = evaluate({KEY: pause}, now=at(date(2025, 9, 1)), schedules=EVERYONE)
    assert result.changes == []
    assert result.state[KEY].expiry_passed and result.state[KEY].status == "paused"


def test_evaluating_twice_at_one_moment_records_the_same_events():
    state = {KEY: replace(entry(), effective=date(2025, 7, 26))}
    first = evaluate(state, now=at(date(2025, 7, 19)), schedules=EVERYONE)
    second = evaluate(state, now=at(date(2025, 7, 19), hour=18), schedules=EVERYONE)
    assert [c.change_id for c in first.changes] == [c.change_id for c in second.changes]
    assert len(first.changes) == 1


def test_a_reminder_is_its_own_prefect_event_and_a_scheduled_start_a_tariff_change():
    from tariffwatch.publish import change_event

    events, _ = tick_through({KEY: entry()}, date(2025, 7, 25), date(2025, 8, 1))
    emitted = [change_event(c) for *_, c in events]
    assert [e["event"] for e in emitted] == [
        "tariffwatch.deadline.reminder",
        "tariffwatch.deadline.reminder",
        "tariffwatch.tariff.changed",
    ]
    assert emitted[-1]["payload"]["event"] == "took_effect"
    assert emitted[-1]["payload"]["deadline"] == "2025-08-01"
