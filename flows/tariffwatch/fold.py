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

A news stream restates what it already said under other words, and the fold
reads restatements as such (scopes.py draws the scope model):

- a rate the pair's broad family already holds ("$250 billion of Chinese
  goods" for "Chinese imports") adds a source to that entry;
- a rate given with its old rate moves the family entry that holds the old one;
- a counted slice named again ("25% on $200 billion") at another rate moves
  that slice, even where another slice holds the rate;
- goods named from a counted list at its rate ("bourbon and jeans" after
  "25% on EUR2.8 billion of US goods") are that list; a broad rate equal to a
  product tariff of a pair with no broad tariff ("the duties on Chinese
  imports" after "35.3% on Chinese EVs") is that product tariff; in one story,
  one pair's rate is one fact (a counted list first, else the first told) and
  the others at that rate join it;
- told without goods, a move whose old and new rate the pair's broad rates
  do not hold is the product entry that made that move ("duties on Chinese
  imports jumped to 35% from 16%" after tyres did); a rate that a product
  decision still pending holds, told lately by another story, is that decision
  ("exporters will pay 10% from October" the day after tuna was cut to 10%);
  and a zero in effect where no broad rate is there to lift is no news;
- a rate said to apply from a day still ahead of its story is decided; a
  paused rate told as decided again, with no new start and its pause still
  running, is no news;
- a rate of 10% or more told in round figures ("38%" for 37.8%) with no move
  names the rate held and moves nothing;
- the rate an entry has just left, told again with no move, is stale, and so
  is the rate a pair's goods have just left, told without goods; a story that
  gives one goods the rate and status its entry holds beside other rates, none
  told as a move, confirms the state (the others are its history);
- a headline total and its parts in one story are one move: "an additional
  50%, bringing the total to 104%" moves the total only, and "125% plus 20%,
  145% in all" is the 145 (for a product's total and increment too);
- an increment whose move the total already made ("an additional 50%" after
  the total went from 54% to 104%), or a total whose increment was already
  told, is the same move, told once;
- one story is one telling: a rate that is the step or the base of a move the
  story also tells ("a 25% retaliatory tariff means bikes now pay 31%, up from
  6%"; "10% since April, and another 15% on Friday, 25% in all") is that move;
  three rates or more of one goods and status, none a move, are a range or
  company rates, measured by the highest; a sentence read both ways round, once
  with its levier guessed, is the duty read with its sides named; and a threat
  of 0% threatens nothing.

Talks that resumed are ongoing, and talks told as going on or set to meet
within days of the deal they reached are that deal's details: neither is news.

Dates are part of an entry: a later story that gives the same rate another
effective or expiry date, while the old one is still ahead, moves the date,
and that is a change of its own ("deadline moved: Aug 1 -> Aug 7"). A status
inferred from a date (deadlines.py) gives way to the first story that speaks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from tariffwatch import scopes
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
# Within this long of a deal being told, talks said to go on ("negotiators will keep
# working on the legal text") or to meet again are the deal's details, not a move
# away from it; a deal that stalls or falls apart is news at once.
_DEAL_DETAILS = timedelta(days=7)
_DETAILS_TALK = frozenset({"ongoing", "scheduled"})
# An increment and the total it built are one move when told within this long.
_SAME_MOVE = timedelta(days=7)
# A rate told without goods follows up goods told at that rate within this long.
_FOLLOW_UP = timedelta(days=30)
# Below this confidence a tariff fact's sides were guessed from the story, not read
# in its sentence (extract takes 0.15 off a 0.9 for that), or came from a headline.
_SURE_SIDES = 0.78


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
    previous_rate: float | None = None  # the rate this entry held before its last move
    # Deadlines (deadlines.py): when the entry first held its current dates,
    # whether its status was inferred from a date ('scheduled', or 'backlog' when
    # applied quietly), and whether its expiry has passed.
    effective_seen: datetime | None = None
    expires_seen: datetime | None = None
    inferred: str | None = None
    expiry_passed: bool = False


@dataclass(frozen=True, slots=True)
class FoldResult:
    state: dict[str, StateEntry]  # only the entries this fold created or moved
    changes: list[Change]


def scope_key(fact: TariffFact) -> str:
    """A stable, loose name for the goods covered: 'steel products' ~ 'steel'."""
    return scopes.scope_key(fact.scope, fact.all_goods)


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


def pairs_to_load(facts: Iterable[SourcedFact]) -> set[tuple[str, str]]:
    """The (imposer, target) pairs whose whole family of entries a fold of these
    facts weighs: a restatement under other words is found among them, and a
    global rate (target "*") covers every target."""
    pairs: set[tuple[str, str]] = set()
    for sourced in facts:
        fact = sourced.fact
        if fact.current and isinstance(fact, TariffFact):
            pairs.add((fact.imposer, fact.target))
            pairs.add((fact.imposer, "*"))
    return pairs


def countries_to_load(facts: Iterable[SourcedFact]) -> set[str]:
    """The countries whose every tariff entry a fold of these facts weighs: the one
    a fact whose levier was guessed names, read as the state says (_sides_by_state)."""
    return {
        sourced.fact.target
        for sourced in facts
        if isinstance(sourced.fact, TariffFact)
        and sourced.fact.current
        and _sides_guessed(sourced.fact)
    }


Placement = Literal["step", "restated", "ignore"]


def fold(
    state: Mapping[str, StateEntry], facts: Iterable[SourcedFact], *, now: datetime
) -> FoldResult:
    """Move `state` by the current facts in published order; return what moved and why."""
    working = _Working(state)
    touched: dict[str, StateEntry] = {}
    changes: list[Change] = []
    change_at: dict[str, int] = {}  # state key -> index of this fold's latest change
    for told in _story_by_story(facts, working, state):
        sourced = _scoped_by_old_rate(told, working)
        for key, how in place(
            sourced.fact, working, item_key=sourced.item_key, published=sourced.published
        ):
            entry = working.get(key)
            if how == "ignore":
                continue
            new_entry: StateEntry | None
            if how == "restated":
                if entry is None:
                    continue
                new_entry, change = _corroborate(entry, sourced), None
            else:
                new_entry, change = _step(key, entry, sourced, working, now)
            if new_entry is None:
                continue
            working.put(new_entry)
            touched[key] = new_entry
            if change is not None:
                change_at[key] = len(changes)
                changes.append(change)
            elif key in change_at:
                # Another outlet confirms a change found in this same fold: its
                # alert has not gone out yet, so it can carry this source too.
                i = change_at[key]
                changes[i] = replace(changes[i], sources=new_entry.sources)
    return FoldResult(state=touched, changes=changes)


class _Working:
    """The state as the fold moves it, with the entries of each pair at hand."""

    def __init__(self, state: Mapping[str, StateEntry]) -> None:
        self._entries: dict[str, StateEntry] = dict(state)
        self._by_pair: dict[tuple[str, str, str], set[str]] = {}
        self._by_country: dict[str, set[str]] = {}
        for entry in self._entries.values():
            self._index(entry)

    def get(self, key: str) -> StateEntry | None:
        return self._entries.get(key)

    def put(self, entry: StateEntry) -> None:
        if entry.state_key not in self._entries:
            self._index(entry)
        self._entries[entry.state_key] = entry

    def entries(self, track: str, imposer: str, target: str) -> list[StateEntry]:
        """Every tariff entry of one pair and track, in key order."""
        keys = self._by_pair.get((track, imposer, target), set())
        return [self._entries[k] for k in sorted(keys)]

    def family(
        self, track: str, imposer: str, target: str, *, additional: bool
    ) -> list[StateEntry]:
        """The broad entries of one pair and track (see scopes.py), increments or totals."""
        return [
            e
            for e in self.entries(track, imposer, target)
            if e.state_key.endswith(":additional") == additional
            and scopes.is_broad(_scope_of(e.state_key))
        ]

    def tariffs_of(self, pair: tuple[str, str]) -> list[StateEntry]:
        """Every tariff entry of one pair, rates and threats."""
        return [e for track in ("rate", "threat") for e in self.entries(track, *pair)]

    def tariffs_with(self, country: str) -> list[StateEntry]:
        """Every tariff entry that has the country on either side, in key order."""
        return [self._entries[k] for k in sorted(self._by_country.get(country, ()))]

    def _index(self, entry: StateEntry) -> None:
        if entry.kind == "tariff" and entry.imposer and entry.target:
            pair = (entry.track, entry.imposer, entry.target)
            self._by_pair.setdefault(pair, set()).add(entry.state_key)
            for country in (entry.imposer, entry.target):
                self._by_country.setdefault(country, set()).add(entry.state_key)


def _scope_of(key: str) -> str:
    """The scope part of a tariff state key: 'tariff:US:CN:steel:additional' -> 'steel'."""
    return key.split(":", 3)[3].removesuffix(":additional")


def place(
    fact: Fact,
    working: _Working,
    *,
    item_key: str | None = None,
    published: datetime | None = None,
) -> list[tuple[str, Placement]]:
    """Which state entries a fact speaks of, and whether it is news there.

    "step" moves (or corroborates) an entry; "restated" only adds the source;
    "ignore" drops a fact that, read against the state, is stale. A fact on
    several products ("steel and aluminum") speaks of each product's entry.
    """
    key = state_key(fact)
    if isinstance(fact, NegotiationFact):
        return [(key, "step")]
    if fact.status == "threatened" and fact.new_rate == 0:
        # A threat is of a duty to come; none at all ("talks break up without a deal
        # as tariff hike lands", read as a threat of 0%) threatens nothing.
        return [(key, "ignore")]
    key = _told_as(key, fact, working)
    rates = working.family("rate", fact.imposer, fact.target, additional=False)
    if fact.additional:
        scope = scope_key(fact)
        totals = rates if scopes.is_broad(scope) else _own_total(working, key)
        for e in totals:
            if _same(_move_of(e), fact.new_rate):
                return [(e.state_key, "restated")]  # the total already made this move
        return [(key, "step")]
    entry = working.get(key)
    if entry is not None and fact.old_rate is None and _rounded(fact.new_rate, entry.rate):
        return [(key, "restated")]  # "a 38% duty" for its 37.8%: named, not moved
    if entry is not None and _same(entry.rate, fact.new_rate):
        later = _named_since(entry, working, fact, item_key, published)
        if later and scopes.is_broad(scope_key(fact)):
            return [(p.state_key, "step") for p in later]
        return [(key, "step")]
    track = _track(fact)
    if entry is not None and fact.old_rate is not None and _same(entry.rate, fact.old_rate):
        # "cut the tariff on Turkish steel to 25% from 50%": the pair's own entry held
        # the old rate, so a global 25% covers nothing here; the pair moves back to it
        return [(key, "step")]
    # A global rate covers every target, but not its own story's pair: "US sets 40%
    # copper tariff" over "40% on copper from Chile" is a headline without its target.
    covering = [
        e
        for e in _global_entries(working, fact, track)
        if item_key is None or e.item_key != item_key
    ]
    if covering:
        return [(e.state_key, "restated") for e in covering]
    scope = scope_key(fact)
    if not scopes.is_broad(scope):
        if track == "threat" and _decided_on(working, fact, scope):
            # "exporters warned that the 25% duty on their lobster could cost them
            # half the season", after China's 25% on rock lobster was decided: the
            # decision retold, as for broad goods below
            return [(key, "ignore")]
        return _place_products(fact, key, scope, working, item_key, published)
    if track == "threat":
        if any(_same(e.rate, fact.new_rate) for e in rates):
            return [(key, "ignore")]  # a threat of a rate already decided is old news
        family = working.family("threat", fact.imposer, fact.target, additional=False)
    else:
        family = rates
    if entry is not None and scope != scopes.ALL_GOODS:
        # "25% on $200 billion" when the $200 billion holds 10%: a counted slice
        # named again at another rate is its move, even if another slice holds 25%
        if fact.old_rate is None and _same(entry.previous_rate, fact.new_rate):
            return [(key, "ignore")]
        return [(key, "step")]
    for e in family:
        if fact.old_rate is None and _rounded(fact.new_rate, e.rate):
            return [(e.state_key, "restated")]
    for e in family:
        if _same(e.rate, fact.new_rate):
            later = _named_since(e, working, fact, item_key, published)
            if later:
                return [(p.state_key, "step") for p in later]
            return [(e.state_key, "step")]  # the same rate under other words
    if fact.old_rate is not None:
        for e in family:
            if _same(e.rate, fact.old_rate):
                return [(e.state_key, "step")]  # "to 30% from 145%" moves the entry at 145
        moved = _products_moved(working, track, fact)
        if moved:
            # "duties on Chinese imports jumped to 35% from 16%" where no broad rate of
            # the pair held either, and its tyres went from 16% to 35%: that move,
            # retold without its goods
            return [(e.state_key, "step") for e in moved]
    elif entry is not None and _same(entry.previous_rate, fact.new_rate):
        return [(key, "ignore")]  # the rate it has just left, told with no move: stale
    if fact.old_rate is None:
        # goods a story set at a rate beside the pair's goods at that rate are not
        # what the rate told without goods retells (_without_broad_twin)
        told = _without_broad_twin(working, fact, _products_holding(working, track, fact))
        if told and not family:
            # "EU duties of 35.3% on Chinese imports took effect" where the pair's only
            # tariffs are its 35.3% on electric vehicles: those duties, told without
            # their goods. Told in round figures ("80%" for 80.5%), they are only
            # named: a vague retelling moves nothing.
            return [
                (e.state_key, "step" if _same(e.rate, fact.new_rate) else "restated") for e in told
            ]
        if not family and fact.status == "in_effect" and _products_left(working, track, fact):
            # "at its peak in April it paid 20%" after palm oil was cut to 5% from 20%:
            # the rate the pair's goods have just left, told as paid, without goods or
            # a move (a broad rate decided at that level is news of its own)
            return [(key, "ignore")]
        followed = _followed_up(told, fact, item_key, published)
        if followed:
            # "Thai exporters will pay a 10% US tariff from October" the day after the cut
            # on Thai tuna to 10%, while Thai goods pay 19%: the goods just told, not a
            # move of the pair's broad rate
            return [(e.state_key, "step") for e in followed]
        if not family and track == "rate" and fact.new_rate == 0 and fact.status == "in_effect":
            # "goods from Singapore already enter Australia without tariffs", or a
            # lift told without goods where several of the pair's goods hold rates:
            # no broad rate is there to lift, and which goods is not said
            return [(key, "ignore")]
    return [(key, "step")]


def _told_as(key: str, fact: TariffFact, working: _Working) -> str:
    """The key of the entry that holds the fact's goods under other words ("tires"
    for "tyres", "motorcycle imports" for "motorcycles", "clothing and footwear" for
    "shoes and clothing"): one tariff is one entry however its goods are told, and
    its key keeps the words it was first told in."""
    if working.get(key) is not None:
        return key
    goods = scopes.products(_scope_of(key))
    if not goods:
        return key
    additional = key.endswith(":additional")
    for e in working.entries(_track(fact), fact.imposer, fact.target):
        if (
            e.state_key.endswith(":additional") == additional
            and scopes.products(_scope_of(e.state_key)) == goods
        ):
            return e.state_key
    return key


def _named_since(
    broad: StateEntry,
    working: _Working,
    fact: TariffFact,
    item_key: str | None,
    published: datetime | None,
) -> list[StateEntry]:
    """Product entries of the pair at a goods-less fact's rate, told lately and after
    the broad entry that holds that rate too: "the lowered 15% rate began to apply"
    after the pair's cars were cut to 15%, its goods having been put at 15% before,
    retells the goods named last."""
    if fact.old_rate is not None:
        return []
    told = _without_broad_twin(working, fact, _products_holding(working, _track(fact), fact))
    return [p for p in _followed_up(told, fact, item_key, published) if p.as_of > broad.as_of]


def _without_broad_twin(
    working: _Working, fact: TariffFact, told: list[StateEntry]
) -> list[StateEntry]:
    """Product entries less those whose own story set the pair's goods at the same
    rate ("goods and cars alike will pay 15%", a deal read as a rate or a threat):
    a later goods-less "now pay 15%" is the goods' rate, which that story also
    told, not its cars'."""
    if not told:  # most facts retell no product: no need to walk the pair's family
        return told
    twins = {
        e.item_key
        for track in ("rate", "threat")
        for e in working.family(track, fact.imposer, fact.target, additional=False)
        if _same(e.rate, fact.new_rate)
    }
    return [e for e in told if e.item_key not in twins]


def _product_entries(working: _Working, track: str, fact: TariffFact) -> list[StateEntry]:
    """The pair's product entries: goods named, not its broad rates nor increments."""
    return [
        e
        for e in working.entries(track, fact.imposer, fact.target)
        if not e.state_key.endswith(":additional") and not scopes.is_broad(_scope_of(e.state_key))
    ]


def _products_left(working: _Working, track: str, fact: TariffFact) -> list[StateEntry]:
    """The pair's product entries that have just left the fact's rate."""
    return [
        e
        for e in _product_entries(working, track, fact)
        if _same(e.previous_rate, fact.new_rate) and not _same(e.rate, fact.new_rate)
    ]


def _products_moved(working: _Working, track: str, fact: TariffFact) -> list[StateEntry]:
    """The pair's product entries that made the fact's move, from its old rate to its
    new one."""
    return [
        e
        for e in _product_entries(working, track, fact)
        if _same(e.rate, fact.new_rate) and _same(e.previous_rate, fact.old_rate)
    ]


def _followed_up(
    told: list[StateEntry], fact: TariffFact, item_key: str | None, published: datetime | None
) -> list[StateEntry]:
    """Of the product entries at a goods-less fact's rate, the decisions still pending
    (announced) that an earlier story told lately: a retelling without goods follows
    up the goods the news has just decided. A product rate already applied is no
    such news, and a broad rate told at its level moves the pair's broad tariff."""
    if published is None:
        return []
    return [
        e
        for e in told
        if _same(e.rate, fact.new_rate)
        and e.status == "announced"
        and e.item_key != item_key
        and published - e.as_of <= _FOLLOW_UP
    ]


def _own_total(working: _Working, increment_key: str) -> list[StateEntry]:
    """The total entry of the goods an increment's key names, if the state has one."""
    total = working.get(increment_key.removesuffix(":additional"))
    return [total] if total is not None else []


def _products_holding(working: _Working, track: str, fact: TariffFact) -> list[StateEntry]:
    """The pair's product entries that hold the fact's rate, or the rate it rounds
    ("China confirms 80% barley tariff" for its 80.5%)."""
    return [
        e
        for e in _product_entries(working, track, fact)
        if _same(e.rate, fact.new_rate) or _rounded(fact.new_rate, e.rate)
    ]


def _rounded(told: float, held: float | None) -> bool:
    """Whether a whole rate is a fractional one told in round figures ("38%" for
    37.8%, "80%" for 80.5%). Below 10% a fraction is the rate itself (2.5% is no
    round 2% or 3%)."""
    return (
        held is not None
        and held >= 10.0
        and told.is_integer()
        and not held.is_integer()
        and abs(held - told) <= 0.5
    )


def _place_products(
    fact: TariffFact,
    key: str,
    scope: str,
    working: _Working,
    item_key: str | None,
    published: datetime | None,
) -> list[tuple[str, Placement]]:
    """A product fact moves its own entry, or, where the state tracks its products
    apart ("steel", "aluminum"), each of theirs that it speaks of."""
    own = working.get(key)
    if own is not None:
        if fact.old_rate is None and _same(own.previous_rate, fact.new_rate):
            # "Korean cars still pay 25%" after a cut to 15% was decided: the rate
            # just left (or not yet replaced), told with no move, as for broad scopes
            return [(key, "ignore")]
        return [(key, "step")]
    wanted = scopes.products(scope)
    overlapping = [
        e
        for e in working.entries(_track(fact), fact.imposer, fact.target)
        if wanted & scopes.products(_scope_of(e.state_key))
        and not e.state_key.endswith(":additional")
    ]
    rounded = [e for e in overlapping if fact.old_rate is None and _rounded(fact.new_rate, e.rate)]
    if rounded and wanted <= frozenset().union(
        *(scopes.products(_scope_of(e.state_key)) for e in rounded)
    ):
        return [(e.state_key, "restated") for e in rounded]
    same = [e for e in overlapping if _same(e.rate, fact.new_rate)]
    if not same and fact.old_rate is not None:
        same = [e for e in overlapping if _same(e.rate, fact.old_rate)]
    if same and wanted <= frozenset().union(
        *(scopes.products(_scope_of(e.state_key)) for e in same)
    ):
        return [(e.state_key, "step") for e in same]
    if not overlapping and fact.old_rate is not None:
        made = _broad_moves_named(working, fact, published)
        if made:
            # "Canada's tariff on American kayaks rose to 28% from 8%" the day after
            # "Canada's 20% counter-tariff means a kayak now pays 28%, up from 8%" was
            # read without its goods: the goods of that move, named
            return [(e.state_key, "step") for e in made]
    if not overlapping and fact.old_rate is None:
        for e in working.family(_track(fact), fact.imposer, fact.target, additional=False):
            counted = _scope_of(e.state_key) != scopes.ALL_GOODS
            lead = item_key is not None and e.item_key == item_key
            if (counted or lead) and _same(e.rate, fact.new_rate):
                # "the 25% on bourbon and jeans" after "25% on EUR2.8 billion of US goods":
                # goods named from a counted list at its rate are that list; and in
                # the story that moved the pair's broad rate, goods at that rate
                # ("Swiss goods face 39%; watches and chocolate too") are its examples
                return [(e.state_key, "step")]
    return [(key, "step")]


def _broad_moves_named(
    working: _Working, fact: TariffFact, published: datetime | None
) -> list[StateEntry]:
    """The pair's broad entries that made the very move a product fact tells, from
    its old rate to its new one, lately, read from a sentence that names the fact's
    goods: the move was of those goods, read without them. A deal that cuts a
    partner's goods and its cars alike ("to 15% from 25%") names the cars apart,
    and they stay a measure of their own."""
    if published is None:
        return []
    goods = scope_key(fact)
    return [
        e
        for e in working.family(_track(fact), fact.imposer, fact.target, additional=False)
        if _same(e.rate, fact.new_rate)
        and _same(e.previous_rate, fact.old_rate)
        and published - e.as_of <= _FOLLOW_UP
        and scopes.named_in(goods, e.evidence)
    ]


def _scoped_by_old_rate(sourced: SourcedFact, working: _Working) -> SourcedFact:
    """A move told with no goods but with its old rate, where the pair holds no such
    rate and one global product tariff of the imposer does ("they face a 25% US
    tariff that could rise to 50%" for a partner's steel and aluminium under the
    25% on all foreign metal): the move is of those goods for this partner."""
    fact = sourced.fact
    if (
        not isinstance(fact, TariffFact)
        or fact.old_rate is None
        or fact.target == "*"
        or fact.additional
        or scope_key(fact) != scopes.ALL_GOODS
    ):
        return sourced
    pair = [
        e
        for track in ("rate", "threat")
        for e in working.entries(track, fact.imposer, fact.target)
        if _same(e.rate, fact.old_rate)
    ]
    held = [
        e
        for e in working.entries("rate", fact.imposer, "*")
        if not e.state_key.endswith(":additional")
        and not scopes.is_broad(_scope_of(e.state_key))
        and _same(e.rate, fact.old_rate)
    ]
    if pair or len(held) != 1 or held[0].scope is None:
        return sourced
    return replace(sourced, fact=replace(fact, scope=held[0].scope, all_goods=False))


def _decided_on(working: _Working, fact: TariffFact, scope: str) -> bool:
    """Whether a rate (not a threat) of the pair holds the fact's rate, or the rate
    it rounds, on its goods named in any words ("rock lobster" for "lobster")."""
    wanted = scopes.products(scope)
    return any(
        (_same(e.rate, fact.new_rate) or _rounded(fact.new_rate, e.rate))
        and bool(wanted & scopes.products(_scope_of(e.state_key)))
        for e in _product_entries(working, "rate", fact)
    )


def _sides_guessed(fact: TariffFact) -> bool:
    """Whether the extractor found the levier only from the story, not from the
    sentence (it lowers such a fact's confidence by 0.15), or read a headline."""
    return fact.confidence < _SURE_SIDES


def _story_by_story(
    facts: Iterable[SourcedFact], working: _Working, state: Mapping[str, StateEntry]
) -> Iterator[SourcedFact]:
    """The facts to fold, one story after another in published order, each story's
    guessed sides read against the state as the stories before it in this fold left
    it (several outlets of one cycle retell what the first of them told)."""
    stories: dict[str, list[SourcedFact]] = {}
    for sourced in facts:
        stories.setdefault(sourced.item_key, []).append(sourced)
    for item in sorted(stories, key=lambda k: (stories[k][0].published, k)):
        told = _without_misread_mirrors(stories[item])
        yield from _one_per_item_and_key(_sides_by_state(told, working), state)


def _without_misread_mirrors(facts: list[SourcedFact]) -> list[SourcedFact]:
    """A story's facts less those whose levier was guessed where the same sentence
    is also read with its sides named, the pair the other way round, at the same
    rates ("the EU's 25% retaliatory tariff means a motorcycle shipped from the U.S.
    now pays 31%" read as the EU's duty and, guessed, as a US one): one duty read
    twice, the guess the wrong way round. A retaliation in kind names its levier in
    its own sentence, so it is never guessed and stays."""

    if len(facts) < 2:  # most stories: no other reading to mirror
        return facts

    def reading(fact: TariffFact, imposer: str, target: str) -> tuple[object, ...]:
        return (fact.evidence, imposer, target, fact.new_rate, fact.old_rate, fact.status)

    read = {
        reading(s.fact, s.fact.imposer, s.fact.target)
        for s in facts
        if isinstance(s.fact, TariffFact) and not _sides_guessed(s.fact)
    }
    return [
        s
        for s in facts
        if not (
            isinstance(s.fact, TariffFact)
            and _sides_guessed(s.fact)
            and reading(s.fact, s.fact.target, s.fact.imposer) in read
        )
    ]


def _sides_by_state(facts: Iterable[SourcedFact], working: _Working) -> list[SourcedFact]:
    """A story's facts, those whose sides were guessed read as the state says
    (_known_sides): "Indian duties on whisky will be halved from 150% to 75%" in a
    story of a UK-India deal, read as a British duty on Indian whisky while India's
    150% on British whisky is known, is India's cut; "builders in Sydney say the 38%
    tariff on aluminium extrusions from China...", read as a US tariff, is
    Australia's 37.8%. The story's other guessed facts of that pair are read the
    same way ("and tariffs on cars will drop from over 100% to 10%"); a fact whose
    sentence names its levier keeps its sides, so a retaliation in kind stays news."""
    told = list(facts)
    found: dict[tuple[str, str, str], set[tuple[str, str]]] = {}
    for s in told:
        fact = s.fact
        if isinstance(fact, TariffFact) and fact.current and _sides_guessed(fact):
            sides = _known_sides(fact, working)
            if sides is not None:
                found.setdefault((s.item_key, fact.imposer, fact.target), set()).add(sides)
    read_as = {slot: next(iter(sides)) for slot, sides in found.items() if len(sides) == 1}
    if not read_as:
        return told
    out: list[SourcedFact] = []
    for s in told:
        fact = s.fact
        if isinstance(fact, TariffFact) and _sides_guessed(fact):
            own = _known_sides(fact, working) if fact.current else None
            sides = own or read_as.get((s.item_key, fact.imposer, fact.target))
            if sides is not None:
                s = replace(s, fact=replace(fact, imposer=sides[0], target=sides[1]))
        out.append(s)
    return out


def _known_sides(fact: TariffFact, working: _Working) -> tuple[str, str] | None:
    """The pair the other way round, else the one pair with the country a guessed
    fact's sentence named (its target), whose known tariff the fact retells, where
    the fact's own pair holds nothing like it:
    for goods named, those goods at the fact's rate, at the rate it says they leave,
    or in round figures; told without goods, the very move the pair made ("their
    products' tariff jumped to 35% from 20%")."""
    if fact.additional or "*" in (fact.imposer, fact.target):
        return None
    wanted = scopes.products(scope_key(fact))

    def retold(e: StateEntry) -> bool:
        if e.state_key.endswith(":additional"):
            return False
        if not wanted:
            return _same(e.rate, fact.new_rate) and _same(e.previous_rate, fact.old_rate)
        return bool(wanted & scopes.products(_scope_of(e.state_key))) and (
            _same(e.rate, fact.new_rate)
            or _same(e.rate, fact.old_rate)
            or (fact.old_rate is None and _rounded(fact.new_rate, e.rate))
        )

    def own(e: StateEntry) -> bool:
        if e.state_key.endswith(":additional"):
            return False
        if not wanted:
            return _same(e.rate, fact.new_rate) or _same(e.rate, fact.old_rate)
        return bool(wanted & scopes.products(_scope_of(e.state_key)))

    pair = (fact.imposer, fact.target)
    if any(own(e) for e in working.tariffs_of(pair)):
        return None
    mirror = (fact.target, fact.imposer)
    if any(retold(e) for e in working.tariffs_of(mirror)):
        return mirror  # both countries named: the pair the other way round
    # The side the sentence named stays in the pair: the levier was what was guessed.
    known = {
        (e.imposer, e.target)
        for e in working.tariffs_with(fact.target)
        if e.imposer is not None
        and e.target is not None
        and "*" not in (e.imposer, e.target)
        and (e.imposer, e.target) != pair
        and retold(e)
    }
    return next(iter(known)) if len(known) == 1 else None


def _global_entries(working: _Working, fact: TariffFact, track: str) -> list[StateEntry]:
    """The entries of global tariffs ("25% on all steel imports") that already
    hold this rate on these goods for every target, the fact's included."""
    if fact.target == "*":
        return []
    wanted = scopes.products(scope_key(fact))
    same = [
        e
        for e in working.entries(track, fact.imposer, "*")
        if _same(e.rate, fact.new_rate) and not e.state_key.endswith(":additional")
    ]
    if not wanted:
        return [e for e in same if scopes.is_broad(_scope_of(e.state_key))][:1]
    covering = [e for e in same if wanted & scopes.products(_scope_of(e.state_key))]
    held = frozenset().union(*(scopes.products(_scope_of(e.state_key)) for e in covering))
    return covering if wanted <= held else []


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and abs(a - b) < 0.05


def _move_of(entry: StateEntry) -> float | None:
    if entry.rate is None or entry.previous_rate is None:
        return None
    return entry.rate - entry.previous_rate


def _one_per_item_and_key(
    facts: Iterable[SourcedFact], state: Mapping[str, StateEntry] | None = None
) -> list[SourcedFact]:
    """Current facts in published order, one per (item, key): the surest, then the first.

    An article that states the new rate in its lead and again further down is
    one report, and an article must not produce two changes of one key. Where
    one story gives a total and its parts, the total stands for them.
    """
    facts = list(facts)
    if len(facts) == 1:
        # Most stories tell one fact: no rival, total or part to weigh it against.
        sourced = _started_or_not(facts[0])
        return [sourced] if sourced.fact.current else []
    slots: dict[tuple[str, str], list[tuple[int, SourcedFact]]] = {}
    for position, told in enumerate(facts):
        sourced = _started_or_not(told)
        if sourced.fact.current:
            slot = (sourced.item_key, state_key(sourced.fact))
            slots.setdefault(slot, []).append((position, sourced))
    held_rates = state or {}
    best = {slot: _total_or_surest(held, held_rates.get(slot[1])) for slot, held in slots.items()}
    totals = _story_totals(s for _, s in best.values())
    kept = [
        (position, sourced)
        for position, sourced in best.values()
        if not _part_of_total(sourced, totals)
    ]
    # One story's facts at one rate for one pair stand where the first of them
    # stood, the most exactly scoped first (see _scope_rank).
    first_at: dict[tuple[object, ...], int] = {}
    for position, sourced in kept:
        group = _rate_group(sourced)
        first_at[group] = min(first_at.get(group, position), position)
    kept.sort(
        key=lambda p: (
            p[1].published,
            p[1].item_key,
            first_at[_rate_group(p[1])],
            _scope_rank(p[1].fact),
            p[0],
        )
    )
    return [sourced for _, sourced in kept]


def _rate_group(sourced: SourcedFact) -> tuple[object, ...]:
    fact = sourced.fact
    if not isinstance(fact, TariffFact):
        return (sourced.item_key, state_key(fact))
    return (sourced.item_key, fact.imposer, fact.target, _track(fact), round(fact.new_rate, 1))


def _started_or_not(sourced: SourcedFact) -> SourcedFact:
    """A rate said to be in effect from a day still ahead of its story ("the duties
    apply from Friday", told on Tuesday) is decided, not yet applied."""
    fact = sourced.fact
    if (
        isinstance(fact, TariffFact)
        and fact.status == "in_effect"
        and fact.effective is not None
        and fact.effective > sourced.published.date()
    ):
        return replace(sourced, fact=replace(fact, status="announced"))
    return sourced


def _scope_rank(fact: Fact) -> int:
    """Within one story, a counted list ("$34 billion of US goods") speaks before
    the goods it names ("soybeans") and the same rate told with no goods, which
    then join the entry it made (place), whatever order the sentences came in.
    Named goods and no goods keep the story's order: the lead tells the measure."""
    if not isinstance(fact, TariffFact):
        return 0
    scope = scope_key(fact)
    return 0 if scopes.is_broad(scope) and scope != scopes.ALL_GOODS else 1


def _total_or_surest(
    held: list[tuple[int, SourcedFact]], entry: StateEntry | None = None
) -> tuple[int, SourcedFact]:
    """Of one story's facts for one key: a total that sums the others ("125% plus
    20%, 145% in all"), else the rate the entry holds where the story tells no move,
    else the surest, then the first, of those that are not a part (step or base) of
    a move the story also tells."""
    if len(held) > 2:
        rates = [_rate(s.fact) for _, s in held]
        for i, (position, sourced) in enumerate(held):
            others = {r for j, r in enumerate(rates) if j != i and not _same(r, rates[i])}
            if len(others) >= 2 and _same(sum(others), rates[i]):
                return position, sourced
    if (
        entry is not None
        and entry.status in ("ongoing", "resumed")
        and all(isinstance(s.fact, NegotiationFact) for _, s in held)
    ):
        # Talks known to go on, read as going on again ("met", "a negotiating team")
        # beside a round set for a day or a failure to agree: the story's news is
        # the latter. Talks first told keep the story's first reading.
        held = [p for p in held if p[1].fact.status not in ("ongoing", "resumed")] or held
    built = _built_on_held(held, entry)
    if built is not None:
        return built
    confirmed = _confirming(held, entry)
    if confirmed is not None:
        return confirmed
    moves = [
        (s.fact.old_rate, s.fact.new_rate)
        for _, s in held
        if isinstance(s.fact, TariffFact) and s.fact.old_rate is not None
    ]
    whole = [p for p in held if not _part_of_a_move(p[1].fact, moves)] or held
    if _spread_of_rates(whole):
        return max(whole, key=lambda p: (_rate(p[1].fact), -p[0]))
    return max(whole, key=lambda p: (p[1].fact.confidence, -p[0]))


def _built_on_held(
    held: list[tuple[int, SourcedFact]], entry: StateEntry | None
) -> tuple[int, SourcedFact] | None:
    """Where one story gives one goods a rate that is the entry's rate plus another
    rate it gives ("adds a 25% penalty, taking the duty to 50%" over a 25% held),
    the total: the other rate is the step, read without its "additional". The total
    is told as decided or from a day ahead: rates told as paid beside the held one
    are its history ("paid 10% before, 5% now"), not a total."""
    if entry is None or entry.rate is None or len(held) < 2:
        return None
    facts = [s.fact for _, s in held]
    if not all(isinstance(f, TariffFact) and f.old_rate is None for f in facts):
        return None
    rates = [_rate(f) for f in facts]
    for position, sourced in held:
        total = _rate(sourced.fact)
        if (
            total > entry.rate
            and _to_come(sourced)
            and any(r > 0 and not _same(r, total) and _same(entry.rate + r, total) for r in rates)
        ):
            return position, sourced
    return None


def _to_come(sourced: SourcedFact) -> bool:
    fact = sourced.fact
    assert isinstance(fact, TariffFact)
    ahead = fact.effective is not None and fact.effective > sourced.published.date()
    return fact.status == "announced" or ahead


def _spread_of_rates(held: list[tuple[int, SourcedFact]]) -> bool:
    """Whether one story gives one goods three rates or more of one status, none of
    them a move: a range or a schedule of company rates ("BYD would pay 17%, Geely
    19.3% and SAIC 36.3%"), whose measure is the highest (SPEC: ranges, "up to" and
    company-specific rates)."""
    facts = [s.fact for _, s in held]
    return (
        len({round(_rate(f), 1) for f in facts}) >= 3
        and all(isinstance(f, TariffFact) and f.old_rate is None for f in facts)
        and len({f.status for f in facts}) == 1
    )


def _part_of_a_move(fact: Fact, moves: list[tuple[float, float]]) -> bool:
    """Whether a rate told with no old rate is a part of a move another fact of the
    story tells: the step it took ("the EU's 25% retaliatory tariff means bikes now
    pay 31%, up from 6%") or the base it started from ("has charged 10% since April
    and on Friday added another 15%, bringing the total to 25%"). The move is the
    news; its parts are how the story explains it."""
    if not isinstance(fact, TariffFact) or fact.old_rate is not None:
        return False
    return any(
        (new > old and _same(fact.new_rate, new - old)) or _same(fact.new_rate, old)
        for old, new in moves
    )


def _confirming(
    held: list[tuple[int, SourcedFact]], entry: StateEntry | None
) -> tuple[int, SourcedFact] | None:
    """Where one story gives one goods several rates of one status, none told as a
    move ("refiners, who paid 10% as recently as March, say the current 5% rate..."),
    and one of them is the rate and status the entry holds: the story confirms the
    state, and the other rates are its history. A move told with its old rate, or a rate of
    another status ("will rise to 25%" beside "10% now"), is not weighed here."""
    if entry is None or len(held) < 2:
        return None
    facts = [s.fact for _, s in held]
    if not all(isinstance(f, TariffFact) and f.old_rate is None for f in facts):
        return None
    if {f.status for f in facts} != {entry.status}:
        return None  # "will cut to 15%" beside "the 39%" in force: a move, old rate unread
    return next((p for p in held if _same(_rate(p[1].fact), entry.rate)), None)


def _rate(fact: Fact) -> float:
    return fact.new_rate if isinstance(fact, TariffFact) else 0.0


def _story_totals(facts: Iterable[SourcedFact]) -> dict[tuple[str, ...], float]:
    """(item, imposer, target, track, goods) -> the highest total one story gives,
    the goods being a product key, or every broad scope as one."""
    totals: dict[tuple[str, ...], float] = {}
    for sourced in facts:
        fact = sourced.fact
        if isinstance(fact, TariffFact) and not fact.additional:
            slot = _total_slot(sourced, fact)
            totals[slot] = max(totals.get(slot, 0.0), fact.new_rate)
    return totals


def _total_slot(sourced: SourcedFact, fact: TariffFact) -> tuple[str, ...]:
    scope = scope_key(fact)
    goods = "broad" if scopes.is_broad(scope) else scope
    return (sourced.item_key, fact.imposer, fact.target, _track(fact), goods)


def _part_of_total(sourced: SourcedFact, totals: Mapping[tuple[str, ...], float]) -> bool:
    """An increment the same story also gives as part of a total on the same goods
    ("an extra 35.3% on Chinese EVs, 45.3% with the 10% car duty")."""
    fact = sourced.fact
    if not isinstance(fact, TariffFact) or not fact.additional:
        return False
    total = totals.get(_total_slot(sourced, fact))
    return total is not None and total > fact.new_rate


def _track(fact: TariffFact) -> str:
    return "threat" if fact.status == "threatened" else "rate"


def _step(
    key: str,
    entry: StateEntry | None,
    sourced: SourcedFact,
    working: _Working,
    now: datetime,
) -> tuple[StateEntry | None, Change | None]:
    if entry is not None and sourced.published < entry.as_of:
        return None, None  # history never moves the state backwards
    fact = sourced.fact
    if isinstance(fact, NegotiationFact):
        return _step_talks(key, entry, sourced, fact, now)
    if fact.status == "threatened":
        return _step_threat(key, entry, sourced, fact, working, now)
    return _step_rate(key, entry, sourced, fact, working, now)


def _step_rate(
    key: str,
    entry: StateEntry | None,
    sourced: SourcedFact,
    fact: TariffFact,
    working: _Working,
    now: datetime,
) -> tuple[StateEntry | None, Change | None]:
    new = _tariff_entry(key, "rate", sourced, fact, entry, now)
    if entry is None:
        return new, _change(new, sourced, old_rate=fact.old_rate, old_status=None, now=now)
    if entry.inferred and fact.status == "in_effect" and _same(fact.new_rate, entry.rate):
        if entry.inferred == "backlog":
            # Applied quietly from a date nobody was told about: this story is the news.
            return new, _change(new, sourced, old_rate=entry.rate, old_status="announced", now=now)
        return replace(_corroborate(entry, sourced), inferred=None), None
    today = sourced.published.date()
    moves_forward = fact.status in _FORWARD_STATUS.get(entry.status, frozenset()) and not (
        _told_ahead_of_start(entry, fact, today) or _pause_retold(entry, fact, today)
    )
    if fact.new_rate == entry.rate and not moves_forward:
        return _moved_or_corroborated(entry, sourced, fact, now)
    if _increment_told(working, new, sourced.published):
        return new, None  # the increment's own change already said this move
    return new, _change(new, sourced, old_rate=entry.rate, old_status=entry.status, now=now)


def _told_ahead_of_start(entry: StateEntry, fact: TariffFact, today: date) -> bool:
    """A rate decided to start on a day still ahead, told in the present with no
    date of its own ("Mexico's new tariffs, which reach 50% on cars"): the
    decision told again, not the start."""
    return (
        entry.status == "announced"
        and fact.status == "in_effect"
        and fact.effective is None
        and entry.effective is not None
        and entry.effective > today
        and _same(fact.new_rate, entry.rate)
    )


def _pause_retold(entry: StateEntry, fact: TariffFact, today: date) -> bool:
    """A paused rate told as decided ("the 50% duties Brussels plans on US goods")
    with no new start ahead, while its pause still runs: the decision retold, not
    the pause lifted."""
    return (
        entry.status == "paused"
        and fact.status == "announced"
        and _same(fact.new_rate, entry.rate)
        and not (fact.effective is not None and fact.effective > today)
        and not (entry.expires is not None and entry.expires <= today)
    )


def _increment_told(working: _Working, new: StateEntry, published: datetime) -> bool:
    """Whether an increment of this pair, told lately, is exactly this move."""
    move = _move_of(new)
    if move is None or move <= 0 or not scopes.is_broad(_scope_of(new.state_key)):
        return False
    assert new.imposer is not None and new.target is not None
    return any(
        _same(e.rate, move) and abs(published - e.as_of) <= _SAME_MOVE
        for e in working.family("rate", new.imposer, new.target, additional=True)
    )


def _step_threat(
    key: str,
    entry: StateEntry | None,
    sourced: SourcedFact,
    fact: TariffFact,
    working: _Working,
    now: datetime,
) -> tuple[StateEntry | None, Change | None]:
    standing = working.get(key.replace("threat:", "tariff:", 1))
    if standing is not None and standing.rate == fact.new_rate:
        return None, None  # a threat of the rate already decided is old news
    if entry is not None and entry.rate == fact.new_rate:
        return _moved_or_corroborated(entry, sourced, fact, now)
    new = _tariff_entry(key, "threat", sourced, fact, entry, now)
    before = entry or standing
    return new, _change(
        new,
        sourced,
        old_rate=before.rate if before else fact.old_rate,
        old_status=before.status if before else None,
        now=now,
    )


def _moved_or_corroborated(
    entry: StateEntry, sourced: SourcedFact, fact: TariffFact, now: datetime
) -> tuple[StateEntry, Change | None]:
    """The same rate told again: a new date for a deadline still ahead moves it."""
    today = sourced.published.date()
    for event, old, new in (
        ("effective_moved", entry.effective, fact.effective),
        ("expiry_moved", entry.expires, fact.expires),
    ):
        # A date already behind the story is history: a recap that dates it
        # otherwise is no move of anything anyone could still plan for. Nor is a
        # new date that is the story's own day or before ("shares fell on Friday
        # after he floated a 50% levy"): the day it was told, not a deadline.
        if old is None or new is None or new == old or old <= today or new <= today:
            continue
        dates: dict[str, Any] = (
            {"effective": new, "effective_seen": now}
            if event == "effective_moved"
            else {"expires": new, "expires_seen": now, "expiry_passed": False}
        )
        moved = replace(
            _corroborate(entry, sourced),
            item_key=sourced.item_key,
            evidence=fact.evidence,
            updated_at=now,
            **dates,
        )
        return moved, _change(
            moved,
            sourced,
            old_rate=entry.rate,
            old_status=entry.status,
            now=now,
            event=event,
            deadline=new,
            old_deadline=old,
        )
    return _corroborate(entry, sourced), None


def _step_talks(
    key: str, entry: StateEntry | None, sourced: SourcedFact, fact: NegotiationFact, now: datetime
) -> tuple[StateEntry | None, Change | None]:
    if entry is not None and (
        fact.status == entry.status
        or (entry.status, fact.status) in _QUIET_TALKS
        or _deal_details(entry, fact, sourced.published)
    ):
        return _corroborate(entry, sourced), None
    new = _entry(key, "negotiation", "talks", sourced, now, parties=",".join(fact.parties))
    return new, _change(
        new, sourced, old_rate=None, old_status=entry.status if entry else None, now=now
    )


def _deal_details(entry: StateEntry, fact: NegotiationFact, published: datetime) -> bool:
    """Talks told as going on or set to meet within days of the deal they reached."""
    return (
        entry.status == "agreement"
        and fact.status in _DETAILS_TALK
        and published - entry.as_of <= _DEAL_DETAILS
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
        # A key names one scope: a restatement in other words keeps the entry's.
        scope=entry.scope if entry else (fact.scope if not fact.all_goods else "all goods"),
        rate=fact.new_rate,
        previous_rate=_previous_rate(entry, fact),
        **_dates(entry, fact, now),
    )


def _dates(entry: StateEntry | None, fact: TariffFact, now: datetime) -> dict[str, Any]:
    """The dates of a stepped entry: the fact's, else the same rate's own; with
    when each was first held (a date kept keeps its first sighting)."""
    same = entry is not None and entry.rate == fact.new_rate
    effective = fact.effective or (entry.effective if entry and same else None)
    expires = fact.expires or (entry.expires if entry and same else None)
    kept_effective = entry is not None and effective is not None and effective == entry.effective
    kept_expires = entry is not None and expires is not None and expires == entry.expires
    return {
        "effective": effective,
        "expires": expires,
        "effective_seen": (
            entry.effective_seen if entry and kept_effective else (now if effective else None)
        ),
        "expires_seen": (
            entry.expires_seen if entry and kept_expires else (now if expires else None)
        ),
        "expiry_passed": bool(entry and kept_expires and entry.expiry_passed),
    }


def _previous_rate(entry: StateEntry | None, fact: TariffFact) -> float | None:
    if entry is None:
        return fact.old_rate
    if _same(entry.rate, fact.new_rate):
        return entry.previous_rate  # the same rate moving forward in status
    return entry.rate


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
    event: str | None = None,
    deadline: date | None = None,
    old_deadline: date | None = None,
) -> Change:
    fact = sourced.fact
    parts: tuple[object, ...] = (
        entry.state_key,
        old_rate,
        entry.rate,
        old_status,
        entry.status,
        sourced.published.date().isoformat(),
    )
    if event is not None:  # a story's own changes keep the ids they always had
        parts += (event, old_deadline, deadline)
    return entry_change(
        entry,
        identity=parts,
        published=sourced.published,
        now=now,
        evidence=fact.evidence,
        confidence=fact.confidence,
        item_key=sourced.item_key,
        old_rate=old_rate,
        old_status=old_status,
        event=event,
        deadline=deadline,
        old_deadline=old_deadline,
    )


def entry_change(
    entry: StateEntry,
    *,
    identity: Iterable[object],
    published: datetime,
    now: datetime,
    evidence: str,
    confidence: float,
    item_key: str,
    old_rate: float | None,
    old_status: str | None,
    **event: Any,
) -> Change:
    """The change that moved `entry` (or a deadline event of it). Its id hashes
    `identity`, so the same transition always gets the same id."""
    return Change(
        change_id=hashlib.sha256("|".join(map(str, identity)).encode()).hexdigest()[:20],
        kind="negotiation" if entry.kind == "negotiation" else "tariff",
        state_key=entry.state_key,
        new_status=entry.status,
        old_status=old_status,
        published=published,
        detected_at=now,
        evidence=evidence,
        confidence=confidence,
        item_key=item_key,
        sources=entry.sources,
        imposer=entry.imposer,
        target=entry.target,
        scope=entry.scope,
        parties=tuple(entry.parties.split(",")) if entry.parties else (),
        old_rate=old_rate,
        new_rate=entry.rate,
        effective=entry.effective,
        expires=entry.expires,
        **event,
    )


def _link(sourced: SourcedFact) -> str:
    return sourced.link or sourced.item_key
