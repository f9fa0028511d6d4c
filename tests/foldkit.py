"""Facts, stories and folds for the fold's tests: the fold is pure, so a test is data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tariffwatch.fold import fold
from tariffwatch.model import NegotiationFact, SourcedFact, TariffFact

DAY0 = datetime(2025, 5, 12, 9, tzinfo=UTC)
NOW = datetime(2025, 6, 1, tzinfo=UTC)


def tariff(
    rate,
    *,
    old=None,
    status="in_effect",
    current=True,
    imposer="US",
    target="CN",
    scope="all goods",
    all_goods=True,
    additional=False,
    confidence=0.9,
    effective=None,
    expires=None,
    evidence=None,
):
    """A tariff fact; its evidence (the sentence it was read from) names its rate
    unless given, so that two facts read from one sentence can say so."""
    return TariffFact(
        imposer=imposer,
        target=target,
        new_rate=rate,
        old_rate=old,
        additional=additional,
        scope=scope,
        all_goods=all_goods,
        status=status,
        current=current,
        effective=effective,
        expires=expires,
        evidence=evidence or f"rate {rate}",
        confidence=confidence,
    )


def talks(status, *, current=True, parties=("CN", "US")):
    return NegotiationFact(
        parties=parties, status=status, current=current, evidence=f"talks {status}", confidence=0.8
    )


def reported(fact, *, day=0, item=None, link=None):
    item = item or f"item-{day}-{id(fact)}"
    return SourcedFact(
        fact=fact,
        item_key=item,
        published=DAY0 + timedelta(days=day),
        link=link or f"https://news.example/{item}",
        source="feed",
    )


def story(day: int, *facts, item: str | None = None):
    """One story's facts, published on `day` (item key `story-<day>` unless named)."""
    name = item or f"story-{day}"
    return [reported(f, day=day, item=name) for f in facts]


def on(imposer: str, target: str, rate: float, scope: str | None = None, **kw):
    """A tariff of `imposer` on `target`'s goods: all goods, or `scope` alone."""
    goods = {} if scope is None else {"scope": scope, "all_goods": False}
    return tariff(rate, imposer=imposer, target=target, **goods, **kw)


def run(*batches):
    """Fold batches one after another, as successive cycles do; return all changes."""
    state, changes = {}, []
    for batch in batches:
        result = fold(state, batch, now=NOW)
        state.update(result.state)
        changes += result.changes
    return state, changes


def describe(changes):
    return [(c.state_key, c.old_rate, c.new_rate, c.old_status, c.new_status) for c in changes]


def told_each_and_at_once(stories):
    """The changes of stories folded a cycle each, and all in one cycle, described:
    a feed read late must tell what one read live told."""
    _, one_by_one = run(*stories)
    _, all_at_once = run([fact for s in stories for fact in s])
    return describe(one_by_one), describe(all_at_once)
