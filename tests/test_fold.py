"""The fold turns facts into state and changes: one change per real change."""

from __future__ import annotations

import pytest

from foldkit import NOW, describe, reported, run, talks, tariff
from tariffwatch.fold import fold, scope_key, state_key


def test_a_first_fact_is_a_change_carrying_the_old_rate_it_states():
    _, changes = run([reported(tariff(30.0, old=145.0))])
    assert describe(changes) == [("tariff:US:CN:all goods", 145.0, 30.0, None, "in_effect")]


def test_five_outlets_reporting_one_cut_make_one_change_with_five_sources():
    batch = [reported(tariff(30.0, old=145.0), item=f"outlet-{i}") for i in range(5)]
    _, changes = run(batch)
    assert len(changes) == 1
    assert len(changes[0].sources) == 5


def test_a_recap_a_week_later_is_no_change():
    _, changes = run([reported(tariff(30.0, old=145.0))], [reported(tariff(30.0), day=7)])
    assert len(changes) == 1


def test_background_history_never_moves_the_state():
    state, changes = run(
        [reported(tariff(30.0, old=145.0), day=1)], [reported(tariff(145.0, current=False), day=2)]
    )
    assert len(changes) == 1
    assert state["tariff:US:CN:all goods"].rate == 30.0


def test_an_older_report_arriving_late_never_moves_the_state_back():
    state, changes = run([reported(tariff(30.0), day=5)], [reported(tariff(145.0), day=1)])
    assert describe(changes) == [("tariff:US:CN:all goods", None, 30.0, None, "in_effect")]
    assert state["tariff:US:CN:all goods"].rate == 30.0


def test_a_later_rate_is_a_change_from_the_known_rate():
    _, changes = run([reported(tariff(145.0))], [reported(tariff(30.0, old=125.0), day=3)])
    # The state is the truth users were told: the old value is 145, whatever the text says.
    assert describe(changes)[-1] == (
        "tariff:US:CN:all goods",
        145.0,
        30.0,
        "in_effect",
        "in_effect",
    )


@pytest.mark.parametrize(
    ("first", "then", "changed"),
    [
        ("announced", "in_effect", True),  # the tariff took effect
        ("announced", "paused", True),
        ("paused", "in_effect", True),
        ("in_effect", "announced", False),  # a late "will impose" story is old news
        ("in_effect", "in_effect", False),
    ],
)
def test_for_one_rate_the_status_only_moves_forward(first, then, changed):
    _, changes = run(
        [reported(tariff(25.0, status=first))], [reported(tariff(25.0, status=then), day=1)]
    )
    assert len(changes) == (2 if changed else 1)


def test_a_threat_never_overwrites_a_rate_in_effect():
    state, changes = run(
        [reported(tariff(30.0))], [reported(tariff(50.0, status="threatened"), day=1)]
    )
    assert state["tariff:US:CN:all goods"].rate == 30.0
    assert state["threat:US:CN:all goods"].rate == 50.0
    threat = changes[-1]
    assert (threat.state_key, threat.old_rate, threat.new_rate, threat.new_status) == (
        "threat:US:CN:all goods",
        30.0,
        50.0,
        "threatened",
    )


def test_a_repeated_threat_and_a_threat_of_the_rate_in_force_are_no_news():
    _, changes = run(
        [reported(tariff(25.0, status="threatened", target="MX"))],
        [reported(tariff(25.0, status="threatened", target="MX"), day=2)],
        [reported(tariff(25.0, target="MX"), day=3)],
        [reported(tariff(25.0, status="threatened", target="MX"), day=4)],
    )
    assert [c.new_status for c in changes] == ["threatened", "in_effect"]


def test_talks_move_through_their_states_and_resumed_then_ongoing_is_quiet():
    _, changes = run(
        [reported(talks("stalled"))],
        [reported(talks("resumed"), day=1)],
        [reported(talks("ongoing"), day=2)],
        [reported(talks("agreement"), day=9)],
    )
    assert [(c.old_status, c.new_status) for c in changes] == [
        (None, "stalled"),
        ("stalled", "resumed"),
        ("resumed", "agreement"),
    ]
    assert changes[0].parties == ("CN", "US")


def test_one_article_stating_two_statuses_of_one_key_gives_its_surest_fact():
    batch = [
        reported(tariff(30.0, confidence=0.6), item="a"),
        reported(tariff(31.0, confidence=0.9), item="a"),
    ]
    _, changes = run(batch)
    assert [c.new_rate for c in changes] == [31.0]


def test_change_ids_are_stable_so_a_rerun_cannot_record_a_change_twice():
    batch = [reported(tariff(30.0, old=145.0), item="a")]
    assert run(batch)[1][0].change_id == run(batch)[1][0].change_id


@pytest.mark.parametrize(
    ("scope", "all_goods", "key"),
    [
        ("all goods", True, "all goods"),
        ("steel", False, "steel"),
        ("steel products", False, "steel"),
        ("C$16.6 billion of US steel products", False, "steel"),
        ("US$ 50bn worth of aircraft", False, "aircraft"),
        ("electric vehicles", False, "electric vehicles"),
        # Broad scopes: everything the target sells, however the story counts it.
        ("Chinese imports", False, "all goods"),
        ("goods from Mexico", False, "all goods"),
        ("products made in Vietnam", False, "all goods"),
        ("$200 billion of Chinese goods", False, "coverage 200bn"),
        ("US$300bn worth of imports", False, "coverage 300bn"),
        ("EUR2.8 billion of American goods", False, "coverage 2.8bn"),
        ("26 billion euros' worth of US products", False, "coverage 26bn"),
        ("60 billion yuan of American goods", False, "coverage 60bn"),
        # A counted list told by its examples is the list; goods with no count are goods.
        ("$34 billion of US goods, among them soybeans and pork", False, "coverage 34bn"),
        ("EUR2.8 billion of US goods, from bourbon to jeans", False, "coverage 2.8bn"),
        ("imports such as steel", False, "steel"),
        # "the same amount of Chinese goods" counts the other side's list: broad.
        ("the same amount of Chinese goods", False, "all goods"),
        ("a wide range of Indian goods entering the United States", False, "all goods"),
        ("a host of American products", False, "all goods"),
        # Words that name no goods leave a broad phrase broad.
        ("goods but kept it on hold", False, "all goods"),
        ("US goods falling to 10%", False, "all goods"),
        ("Japanese cars rising to 25%", False, "autos"),
        ("nearly 90 percent of Korean goods", False, "all goods"),
        ("billions of dollars of Japanese goods", False, "all goods"),
        ("the existing 20% on Chinese goods", False, "all goods"),
        ("60 billion Australian dollars of goods", False, "coverage 60bn"),
        ("aluminium - under a seldom used trade law", False, "aluminum"),
        ("buyers of French cognac", False, "cognac"),
        ("Lists 1-3", False, "list 1-3"),
        ("goods on List 4A", False, "list 4a"),
        ("the second tranche", False, "list 2"),
        # Products: one name however written, the target's own words left out.
        ("electric cars built in China", False, "electric vehicles"),
        ("Chinese-made EVs", False, "electric vehicles"),
        ("aluminium and steel", False, "aluminum steel"),
        ("British cars", False, "autos"),
        # When is no part of which goods.
        ("Chinese-built electric cars next month", False, "electric vehicles"),
        ("electric vehicles imported from China from July 4", False, "electric vehicles"),
        ("wine since November 28", False, "wine"),
        ("Canadian lumber later this year", False, "lumber"),
        ("olive oil earlier this month", False, "oil olive"),
        # A second verb of the sentence ends the goods.
        ("Peruvian exports and later added a further 15%", False, "all goods"),
        ("copper cathodes and then added", False, "cathodes copper"),
        ("every Thai shipment shall pay", False, "all goods"),
        ("each Chilean cherry shipment", False, "cherry"),
        ("bicycles that must clear customs", False, "bicycles"),
        ("Japanese auto imports from Sept. 16", False, "autos"),
        # The deal or quota that sets a rate is no part of the goods; a list keeps its name.
        ("South Korean goods under an upgraded trade agreement signed", False, "all goods"),
        ("Thai rice under the new quota", False, "rice"),
        ("Chinese goods under List 3", False, "list 3"),
        ("goods under the second tranche", False, "list 2"),
    ],
)
def test_scope_keys_are_loose_names_for_the_goods(scope, all_goods, key):
    assert scope_key(tariff(10.0, scope=scope, all_goods=all_goods)) == key


def test_additional_increments_are_tracked_apart_from_totals():
    assert state_key(tariff(10.0, additional=True)) == "tariff:US:CN:all goods:additional"


def test_a_threat_in_a_later_cycle_is_weighed_against_the_stored_rate():
    from tariffwatch.fold import keys_to_load

    first = [reported(tariff(30.0))]
    state, _ = run(first)
    later = [reported(tariff(30.0, status="threatened"), day=3)]
    # The store loads only what keys_to_load names; the rate in force must be among them.
    loaded = {k: v for k, v in state.items() if k in keys_to_load(later)}
    assert fold(loaded, later, now=NOW).changes == []  # a threat of the rate in force: no news
