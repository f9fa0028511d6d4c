"""The store loads what the fold weighs: for a fact whose sides were guessed, every
tariff entry of its countries, so that a retelling read against the state from a
store is read as in a replay."""

from __future__ import annotations

from foldkit import NOW, reported, run, tariff
from tariffwatch.fold import FoldResult, countries_to_load, keys_to_load, pairs_to_load
from tariffwatch.store import Store


def test_a_guessed_facts_countries_bring_their_tariffs_from_the_store(tmp_path):
    state, _ = run(
        [reported(tariff(37.8, imposer="AU", target="CN", scope="extrusions", all_goods=False))],
        [reported(tariff(10.0, imposer="JP", target="KR", scope="beef", all_goods=False))],
    )
    guessed = [
        reported(
            tariff(
                38.0,
                imposer="US",
                target="CN",
                scope="extrusions",
                all_goods=False,
                confidence=0.75,
            ),
            day=9,
        )
    ]
    with Store.open(tmp_path / "tw.duckdb") as store:
        store.apply_fold(
            FoldResult(state=state, changes=[]), done_keys=[], routes_for=lambda c: [], at=NOW
        )
        loaded = store.load_state(
            keys_to_load(guessed), pairs_to_load(guessed), countries_to_load(guessed)
        )
        assert set(loaded) == {"tariff:AU:CN:extrusions"}
        assert loaded["tariff:AU:CN:extrusions"] == state["tariff:AU:CN:extrusions"]
        assert store.load_state(keys_to_load(guessed), pairs_to_load(guessed)) == {}
