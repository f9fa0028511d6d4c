"""Dismissals, as plain functions: which changes a dismissal drops, around the fold,
and the retraction that tells a route its alert was wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from changekit import WHEN, talks_change, tariff_change
from tariffwatch.alerts.render import render_retraction, state_words
from tariffwatch.dismissals import (
    Dismissal,
    dismissal_of,
    facts_behind,
    fold_dismissed,
    match,
    resolve_id,
)
from tariffwatch.errors import DismissError
from tariffwatch.fold import StateEntry, fold
from tariffwatch.model import SourcedFact, TariffFact

AT = WHEN + timedelta(days=1)
WRONG = tariff_change(1, "CA", "US", state_key="tariff:CA:US:steel", new_rate=50.0, old_rate=25.0)


def dismissed(change=WRONG, days=7) -> Dismissal:
    return dismissal_of(change, reason="misread", days=days, at=AT)


def later(days: float, **fields) -> object:
    """Another story's change on WRONG's key, `days` after it."""
    base = {"item_key": "other", "evidence": "other words", "change_id": "c-later"}
    return tariff_change(
        1,
        "CA",
        "US",
        **{
            "state_key": "tariff:CA:US:steel",
            "new_rate": 50.0,
            "old_rate": 25.0,
            "published": WHEN + timedelta(days=days),
            **base,
            **fields,
        },
    )


# -- what a dismissal holds -------------------------------------------------------------


def test_a_dismissal_silences_its_reading_for_days_from_the_change_s_publication():
    d = dismissed(days=7)
    assert d.silenced_until == WRONG.published + timedelta(days=7)
    assert d.reason == "misread" and d.change == WRONG


def test_a_blank_reason_is_no_reason():
    assert dismissal_of(WRONG, reason="  ", days=7, at=AT).reason is None


def test_negative_days_and_deadline_events_cannot_be_dismissed():
    with pytest.raises(DismissError, match="--days"):
        dismissal_of(WRONG, reason=None, days=-1, at=AT)
    reminder = tariff_change(2, "CA", "US", event="effective_reminder")
    with pytest.raises(DismissError, match="deadline event"):
        dismissal_of(reminder, reason=None, days=7, at=AT)


# -- which changes it drops --------------------------------------------------------------


def test_the_dismissed_change_itself_is_dropped_by_its_id_or_its_story_and_sentence():
    d = dismissed(days=0)
    assert match([d], WRONG) is d
    rederived = tariff_change(
        1, "CA", "US", state_key=WRONG.state_key, change_id="other-id", old_rate=10.0
    )
    assert match([d], rederived) is d  # same story, same sentence, same key


def test_the_same_reading_in_another_story_is_silenced_while_the_dismissal_holds():
    d = dismissed(days=7)
    assert match([d], later(2)) is d
    assert match([d], later(2, new_rate=50.1)) is d  # within rounding of 0.1 point
    assert match([d], later(8)) is None  # silenced until day 7 only
    assert match([d], later(-1)) is None  # before the wrong reading: history, not it


def test_another_move_on_the_same_key_is_news():
    d = dismissed(days=7)
    assert match([d], later(2, new_rate=60.0)) is None
    assert match([d], later(2, new_status="paused")) is None
    assert match([d], later(2, state_key="tariff:CA:US:aluminum")) is None


def test_days_zero_drops_only_the_very_change():
    assert match([dismissed(days=0)], later(1)) is None


def test_talks_are_matched_by_their_status():
    wrong = talks_change(3, "CN", "US", new_status="collapsed", old_status="ongoing")
    d = dismissed(wrong)
    again = talks_change(
        3, "CN", "US", new_status="collapsed", change_id="x", item_key="y", evidence="z"
    )
    assert match([d], again) is d
    assert match([d], talks_change(3, "CN", "US", change_id="x", item_key="y")) is None


# -- ids ---------------------------------------------------------------------------------

IDS = ["3f9c2a7be1d04c5e9a11", "3f9c2a7be1ff00000000", "77aa00bb11cc22dd33ee"]


def test_an_id_is_found_by_a_unique_prefix_of_eight_characters_or_more():
    assert resolve_id("77aa00bb", IDS) == IDS[2]
    assert resolve_id("3F9C2A7BE1D0", IDS) == IDS[0]


@pytest.mark.parametrize(
    ("prefix", "says"),
    [
        ("77aa00", "at least 8"),
        ("00000000", "no change with id"),
        ("3f9c2a7be1", "start of 2 change ids"),
    ],
)
def test_a_short_unknown_or_ambiguous_id_is_a_clear_error(prefix, says):
    with pytest.raises(DismissError, match=says):
        resolve_id(prefix, IDS)


# -- around the fold ---------------------------------------------------------------------

ON = datetime(2025, 6, 2, 9, tzinfo=UTC)


def steel(rate: float, item: str, day: int, *, old: float | None = None) -> SourcedFact:
    fact = TariffFact(
        imposer="CA",
        target="US",
        new_rate=float(rate),
        old_rate=old,
        additional=False,
        scope="steel",
        all_goods=False,
        status="in_effect",
        current=True,
        effective=None,
        expires=None,
        evidence=f"Canada puts {rate:g}% on US steel ({item}).",
        confidence=0.9,
    )
    return SourcedFact(fact, item, ON + timedelta(days=day), f"https://news.example/{item}", "w")


def test_the_fold_without_the_dismissed_reading_keeps_the_rate_it_had():
    facts = [steel(25, "a", 0), steel(50, "b", 2)]
    wrong = fold({}, facts, now=ON).changes[1]
    folded = fold_dismissed({}, facts, [dismissed(wrong)], now=ON)
    assert [c.new_rate for c in folded.result.changes] == [25.0]
    assert folded.result.state["tariff:CA:US:steel"].rate == 25.0
    assert folded.silenced == {}  # its own story's fact is not "silenced": it is the change


def test_a_later_telling_of_the_same_reading_is_silenced_and_counted():
    facts = [steel(25, "a", 0), steel(50, "b", 2), steel(50, "c", 3), steel(60, "d", 4)]
    wrong = fold({}, facts[:2], now=ON).changes[1]
    folded = fold_dismissed({}, facts, [dismissed(wrong)], now=ON)
    assert [(c.old_rate, c.new_rate) for c in folded.result.changes] == [(None, 25), (25, 60)]
    assert folded.silenced == {wrong.change_id: 1}  # story c


def test_facts_behind_a_change_are_its_story_s_facts_in_its_sentence():
    facts = [steel(25, "a", 0), steel(50, "b", 2)]
    wrong = fold({}, facts, now=ON).changes[1]
    assert facts_behind(wrong, facts) == [1]


def test_with_no_dismissal_the_fold_is_the_plain_fold():
    facts = [steel(25, "a", 0), steel(50, "b", 2)]
    assert fold_dismissed({}, facts, [], now=ON).result == fold({}, facts, now=ON)


# -- the retraction ----------------------------------------------------------------------

NOW_25 = StateEntry(
    state_key="tariff:CA:US:steel",
    kind="tariff",
    track="rate",
    status="in_effect",
    as_of=ON,
    item_key="a",
    evidence="e",
    sources=(),
    updated_at=ON,
    imposer="CA",
    target="US",
    scope="steel",
    rate=25.0,
)


def test_a_retraction_says_what_the_alert_said_why_when_and_what_holds_now():
    message = render_retraction(WRONG, reason="the 50% was the EU's", first_sent=WHEN, now=NOW_25)
    assert message.title.startswith("Retracted: Canada tariff on")
    assert "25% -> 50%" in message.title
    for body in (message.text, message.html, message.markdown):
        assert "the 50% was the EU" in body
        assert "2025-06-02 09:00 UTC" in body  # first sent
        assert "25%, in effect (as of 2025-06-02)" in body
        assert WRONG.change_id in body


def test_a_retraction_without_a_reason_or_a_state_left_says_so():
    message = render_retraction(WRONG, reason=None, first_sent=None, now=None)
    assert "Why: a person marked it wrong" in message.text
    assert "Now: no rate on record for" in message.text
    assert "First sent" not in message.text


def test_a_retraction_escapes_what_came_from_the_news():
    hostile = tariff_change(5, "CA", "US", evidence="<script>@channel</script>")
    message = render_retraction(hostile, reason="<b>x</b>", first_sent=None, now=None)
    assert "<script>" not in message.html and "&lt;b&gt;" in message.html
    assert "@channel" not in message.markdown  # a word joiner keeps Slack quiet


def test_state_words_for_talks_and_threats():
    talks = talks_change(3, "CN", "US")
    assert state_words(talks, None) == "no talks on record between US and China"
    threat = tariff_change(4, "US", "MX", new_status="threatened", scope="all goods")
    assert state_words(threat, None) == "no threat on record for Mexican goods"
