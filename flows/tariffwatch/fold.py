"""Facts -> state -> changes. Pure: no I/O, no clock, no framework.

Each tracked key has one state entry:

    tariff:US:CN:all goods        the rate a country levies on another's goods
    threat:US:MX:all goods        a standing threat, kept apart so that a threat
                                  never overwrites a rate in effect
    negotiation:CN-US             the state of talks between two parties

Only facts with `current` set move the state, in published order. A fact
older than the entry it would replace never moves it back. A fact that agrees
with the entry adds a source and changes nothing, so five outlets reporting
one cut, or a recap a week later, make one change.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from tariffwatch.model import Change, Fact, NegotiationFact, SourcedFact, TariffFact

MAX_SOURCES = 10  # links kept per state entry; the first reporters matter most

# For one rate, the status may only move forward: a late "will impose" story
# must not turn a tariff in effect back into an announced one.
_FORWARD_STATUS: Mapping[str, frozenset[str]] = {
    "announced": frozenset({"in_effect", "paused"}),
    "paused": frozenset({"in_effect", "announced"}),
    "in_effect": frozenset({"paused"}),
}
# Talks that resumed are, by definition, ongoing: saying so again is no news.
_QUIET_TALKS = frozenset({("resumed", "ongoing")})

_COVERAGE = re.compile(
    r"(?<![a-z])(?:[a-z]{1,2})?[$€£¥]\s*\d[\d.,]*\s*(?:bn|billion|million|mn|trillion)?\s*"
    r"(?:worth\s+)?(?:of\s+)?"
)
_FILLER = frozenset(
    {"of", "the", "on", "from", "goods", "imports", "imported", "products", "exports"}
)


@dataclass(frozen=True, slots=True)
class StateEntry:
    state_key: str
    kind: str  # 'tariff' | 'negotiation'
    track: str  # 'rate' | 'threat' | 'talks'
    status: str
    as_of: datetime
    item_key: str
    evidence: str
    sources: tuple[str, ...]
    updated_at: datetime
    imposer: str | None = None
    target: str | None = None
    scope: str | None = None
    parties: str | None = None
    rate: float | None = None
    effective: date | None = None
    expires: date | None = None


@dataclass(frozen=True, slots=True)
class FoldResult:
    state: dict[str, StateEntry]  # only the entries this fold created or moved
    changes: list[Change]


def scope_key(fact: TariffFact) -> str:
    """A stable, loose name for the goods covered: 'steel products' ~ 'steel'."""
    if fact.all_goods:
        return "all goods"
    text = _COVERAGE.sub(" ", fact.scope.lower())
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _FILLER]
    return " ".join(words) or "all goods"


def state_key(fact: Fact) -> str:
    if isinstance(fact, NegotiationFact):
        return f"negotiation:{'-'.join(fact.parties)}"
    track = "threat" if fact.status == "threatened" else "tariff"
    suffix = ":additional" if fact.additional else ""
    return f"{track}:{fact.imposer}:{fact.target}:{scope_key(fact)}{suffix}"


def keys_to_load(facts: Iterable[SourcedFact]) -> set[str]:
    """The state entries a fold of these facts reads: their own, and for a threat,
    the rate in force it is weighed against."""
    keys: set[str] = set()
    for sourced in facts:
        if sourced.fact.current:
            key = state_key(sourced.fact)
            keys.add(key)
            if key.startswith("threat:"):
                keys.add(key.replace("threat:", "tariff:", 1))
    return keys


def fold(
    state: Mapping[str, StateEntry], facts: Iterable[SourcedFact], *, now: datetime
) -> FoldResult:
    """Move `state` by the current facts in published order; return what moved and why."""
    working: dict[str, StateEntry] = dict(state)
    touched: dict[str, StateEntry] = {}
    changes: list[Change] = []
    change_at: dict[str, int] = {}  # state key -> index of this fold's latest change
    for sourced in _one_per_item_and_key(facts):
        key = state_key(sourced.fact)
        entry = working.get(key)
        new_entry, change = _step(key, entry, sourced, working, now)
        if new_entry is None:
            continue
        working[key] = touched[key] = new_entry
        if change is not None:
            change_at[key] = len(changes)
            changes.append(change)
        elif key in change_at:
            # Another outlet confirms a change found in this same fold: its
            # alert has not gone out yet, so it can carry this source too.
            i = change_at[key]
            changes[i] = replace(changes[i], sources=new_entry.sources)
    return FoldResult(state=touched, changes=changes)


def _one_per_item_and_key(facts: Iterable[SourcedFact]) -> list[SourcedFact]:
    """Current facts in published order, one per (item, key): the surest, then the first.

    An article that states the new rate in its lead and again further down is
    one report, and an article must not produce two changes of one key.
    """
    best: dict[tuple[str, str], tuple[int, SourcedFact]] = {}
    for position, sourced in enumerate(facts):
        if not sourced.fact.current:
            continue
        slot = (sourced.item_key, state_key(sourced.fact))
        held = best.get(slot)
        if held is None or sourced.fact.confidence > held[1].fact.confidence:
            best[slot] = (position, sourced)
    ordered = sorted(best.values(), key=lambda p: (p[1].published, p[1].item_key, p[0]))
    return [sourced for _, sourced in ordered]


def _step(
    key: str,
    entry: StateEntry | None,
    sourced: SourcedFact,
    working: Mapping[str, StateEntry],
    now: datetime,
) -> tuple[StateEntry | None, Change | None]:
    if entry is not None and sourced.published < entry.as_of:
        return None, None  # history never moves the state backwards
    fact = sourced.fact
    if isinstance(fact, NegotiationFact):
        return _step_talks(key, entry, sourced, fact, now)
    if fact.status == "threatened":
        return _step_threat(key, entry, sourced, fact, working, now)
    return _step_rate(key, entry, sourced, fact, now)


def _step_rate(
    key: str, entry: StateEntry | None, sourced: SourcedFact, fact: TariffFact, now: datetime
) -> tuple[StateEntry | None, Change | None]:
    new = _tariff_entry(key, "rate", sourced, fact, entry, now)
    if entry is None:
        return new, _change(new, sourced, old_rate=fact.old_rate, old_status=None, now=now)
    moves_forward = fact.status in _FORWARD_STATUS.get(entry.status, frozenset())
    if fact.new_rate == entry.rate and not moves_forward:
        return _corroborate(entry, sourced), None
    return new, _change(new, sourced, old_rate=entry.rate, old_status=entry.status, now=now)


def _step_threat(
    key: str,
    entry: StateEntry | None,
    sourced: SourcedFact,
    fact: TariffFact,
    working: Mapping[str, StateEntry],
    now: datetime,
) -> tuple[StateEntry | None, Change | None]:
    standing = working.get(key.replace("threat:", "tariff:", 1))
    if standing is not None and standing.rate == fact.new_rate:
        return None, None  # a threat of the rate already decided is old news
    if entry is not None and entry.rate == fact.new_rate:
        return _corroborate(entry, sourced), None
    new = _tariff_entry(key, "threat", sourced, fact, entry, now)
    before = entry or standing
    return new, _change(
        new,
        sourced,
        old_rate=before.rate if before else fact.old_rate,
        old_status=before.status if before else None,
        now=now,
    )


def _step_talks(
    key: str, entry: StateEntry | None, sourced: SourcedFact, fact: NegotiationFact, now: datetime
) -> tuple[StateEntry | None, Change | None]:
    if entry is not None and (
        fact.status == entry.status or (entry.status, fact.status) in _QUIET_TALKS
    ):
        return _corroborate(entry, sourced), None
    new = _entry(key, "negotiation", "talks", sourced, now, parties=",".join(fact.parties))
    return new, _change(
        new, sourced, old_rate=None, old_status=entry.status if entry else None, now=now
    )


def _tariff_entry(
    key: str,
    track: str,
    sourced: SourcedFact,
    fact: TariffFact,
    entry: StateEntry | None,
    now: datetime,
) -> StateEntry:
    return _entry(
        key,
        "tariff",
        track,
        sourced,
        now,
        imposer=fact.imposer,
        target=fact.target,
        scope=fact.scope if not fact.all_goods else "all goods",
        rate=fact.new_rate,
        effective=fact.effective,
        expires=fact.expires or (entry.expires if entry and entry.rate == fact.new_rate else None),
    )


def _entry(
    key: str, kind: str, track: str, sourced: SourcedFact, now: datetime, **values: Any
) -> StateEntry:
    """A state entry set by one reported fact."""
    return StateEntry(
        state_key=key,
        kind=kind,
        track=track,
        status=sourced.fact.status,
        as_of=sourced.published,
        item_key=sourced.item_key,
        evidence=sourced.fact.evidence,
        sources=(_link(sourced),),
        updated_at=now,
        **values,
    )


def _corroborate(entry: StateEntry, sourced: SourcedFact) -> StateEntry:
    link = _link(sourced)
    if link in entry.sources or len(entry.sources) >= MAX_SOURCES:
        return replace(entry, as_of=max(entry.as_of, sourced.published))
    return replace(entry, sources=(*entry.sources, link), as_of=max(entry.as_of, sourced.published))


def _change(
    entry: StateEntry,
    sourced: SourcedFact,
    *,
    old_rate: float | None,
    old_status: str | None,
    now: datetime,
) -> Change:
    fact = sourced.fact
    identity = "|".join(
        str(part)
        for part in (
            entry.state_key,
            old_rate,
            entry.rate,
            old_status,
            entry.status,
            sourced.published.date().isoformat(),
        )
    )
    return Change(
        change_id=hashlib.sha256(identity.encode()).hexdigest()[:20],
        kind="negotiation" if entry.kind == "negotiation" else "tariff",
        state_key=entry.state_key,
        new_status=entry.status,
        old_status=old_status,
        published=sourced.published,
        detected_at=now,
        evidence=fact.evidence,
        confidence=fact.confidence,
        item_key=sourced.item_key,
        sources=entry.sources,
        imposer=entry.imposer,
        target=entry.target,
        scope=entry.scope,
        parties=tuple(entry.parties.split(",")) if entry.parties else (),
        old_rate=old_rate,
        new_rate=entry.rate,
        effective=entry.effective,
        expires=entry.expires,
    )


def _link(sourced: SourcedFact) -> str:
    return sourced.link or sourced.item_key
