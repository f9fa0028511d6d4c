"""What extraction tests compare: a story's facts as keys, statuses and readings.

The table files hold the sentences; these helpers say what of a story's facts a
row compares, so that each table reads as data and no file keeps its own copy.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from _pytest.mark import ParameterSet

from tariffwatch.extract import extract
from tariffwatch.model import NegotiationFact, TariffFact
from tariffwatch.scopes import scope_key

Key = tuple[str, str, float]  # (imposer, target, new_rate)
TalksKey = tuple[tuple[str, str], str]  # (sorted parties, status)
Reading = tuple[str, str | None, bool]  # (scope key, status or None for any, current)


def row_id(row: tuple[object, ...] | ParameterSet) -> str:
    """A table row's name as its test id, whether or not the row carries marks."""
    name = row.values[0] if isinstance(row, ParameterSet) else row[0]
    return str(name)


def tariff_facts(text: str, published: date) -> list[TariffFact]:
    return [f for f in extract(text, published=published) if isinstance(f, TariffFact)]


def tariff_keys(text: str, published: date) -> set[Key]:
    """(imposer, target, new_rate) of every tariff fact the text gives."""
    return {(f.imposer, f.target, f.new_rate) for f in tariff_facts(text, published)}


def tariff_statuses(text: str, published: date, *, current_only: bool = False) -> dict[Key, str]:
    """(imposer, target, new_rate) -> status of each tariff fact the text gives;
    with ``current_only``, of the facts given as news, not history."""
    return {
        (f.imposer, f.target, f.new_rate): f.status
        for f in tariff_facts(text, published)
        if f.current or not current_only
    }


def tariff_currents(text: str, published: date) -> dict[Key, bool]:
    """(imposer, target, new_rate) -> whether the fact is news (current) or history."""
    return {(f.imposer, f.target, f.new_rate): f.current for f in tariff_facts(text, published)}


def tariff_readings(text: str, published: date, expected: dict[Key, Reading]) -> dict[Key, Reading]:
    """Key -> (scope key, status, current); the status is None where the row expects
    None (history: any status will do)."""
    got: dict[Key, Reading] = {}
    for f in tariff_facts(text, published):
        key = (f.imposer, f.target, f.new_rate)
        want = expected.get(key)
        status = None if want is not None and want[1] is None else f.status
        got[key] = (scope_key(f.scope, f.all_goods), status, f.current)
    return got


def talks_keys(text: str, published: date) -> set[TalksKey]:
    """(parties, status) of every negotiation fact the text gives."""
    facts = extract(text, published=published)
    return {(f.parties, f.status) for f in facts if isinstance(f, NegotiationFact)}


def talks_currents(text: str, published: date) -> dict[TalksKey, bool]:
    """(parties, status) -> current, of every negotiation fact the text gives."""
    facts = extract(text, published=published)
    return {(f.parties, f.status): f.current for f in facts if isinstance(f, NegotiationFact)}


def talks_now(text: str, published: date) -> dict[TalksKey, bool]:
    """(parties, status) -> current, of the talks as they stand and of any collapse."""
    return {
        (f.parties, f.status): f.current
        for f in extract(text, published=published)
        if isinstance(f, NegotiationFact) and (f.current or f.status == "collapsed")
    }


def labelled_cases(*names: str) -> list[dict[str, Any]]:
    """The passages of labelled JSON-lines tables in tests/data/extract, in order."""
    folder = Path(__file__).parent / "data" / "extract"
    return [
        json.loads(line)
        for name in names
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def cases_with_open(cases: list[dict[str, Any]], still_open: dict[str, str]) -> list[Any]:
    """Each case as a test parameter; one the rules still read wrong is a strict
    expected failure whose reason names the mechanism it needs."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(reason=still_open[c["id"]], strict=True))
        if c["id"] in still_open
        else c
        for c in cases
    ]


def case_ids(cases: list[dict[str, Any]]) -> list[str]:
    return [f"{c['id']} {c['notes']}" for c in cases]


def labelled_talks(case: dict[str, Any]) -> tuple[set[TalksKey], set[TalksKey]]:
    """(got, wanted) talks keys of a labelled passage; a label's ``alt_status`` is
    accepted when the rules give it and not the first reading."""
    got = talks_keys(case["text"], date.fromisoformat(case["published"]))
    want: set[TalksKey] = set()
    for g in case["negotiation"]:
        parties = tuple(sorted(g["parties"]))
        alt = g.get("alt_status")
        if alt and (parties, alt) in got and (parties, g["status"]) not in got:
            want.add((parties, alt))
        else:
            want.add((parties, g["status"]))
    return got, want
