"""Plain data passed between the stages: items, facts, changes.

No I/O and no framework imports here: every stage is a function over these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

TariffStatus = Literal["threatened", "announced", "in_effect", "paused"]
NegotiationStatus = Literal["scheduled", "ongoing", "resumed", "stalled", "agreement", "collapsed"]
TARIFF_STATUSES: tuple[str, ...] = ("threatened", "announced", "in_effect", "paused")
NEGOTIATION_STATUSES: tuple[str, ...] = (
    "scheduled",
    "ongoing",
    "resumed",
    "stalled",
    "agreement",
    "collapsed",
)


@dataclass(frozen=True, slots=True)
class Item:
    """One news item, normalized: plain text, published in UTC, a stable key."""

    key: str  # guid, else canonical link, else content hash
    source: str  # the feed's name, or "seeds"
    title: str
    text: str  # plain text, HTML removed
    published: datetime  # timezone-aware, UTC
    link: str | None = None
    guid: str | None = None
    content_hash: str = ""  # sha256 of normalized title + text: tells a reused guid apart


@dataclass(frozen=True, slots=True)
class TariffFact:
    """A tariff rate read from one sentence (fields as in docs/facts.md)."""

    imposer: str  # ISO 3166-1 alpha-2, or "EU"
    target: str  # same codes, or "*" for imports from everywhere
    new_rate: float
    old_rate: float | None
    additional: bool
    scope: str
    all_goods: bool
    status: TariffStatus
    current: bool
    effective: date | None
    expires: date | None
    evidence: str
    confidence: float
    rule: str = ""  # the rule that produced it, for `extract --explain`
    trace: tuple[str, ...] = ()  # the words the rule read, for `extract --explain`
    kind: Literal["tariff"] = field(default="tariff", init=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "tariff",
            "imposer": self.imposer,
            "target": self.target,
            "new_rate": self.new_rate,
            "old_rate": self.old_rate,
            "additional": self.additional,
            "scope": self.scope,
            "all_goods": self.all_goods,
            "status": self.status,
            "current": self.current,
            "effective": self.effective.isoformat() if self.effective else None,
            "expires": self.expires.isoformat() if self.expires else None,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True, slots=True)
class NegotiationFact:
    """The state of talks between two parties, read from one sentence."""

    parties: tuple[str, str]  # sorted codes
    status: NegotiationStatus
    current: bool
    evidence: str
    confidence: float
    rule: str = ""
    trace: tuple[str, ...] = ()
    kind: Literal["negotiation"] = field(default="negotiation", init=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": "negotiation",
            "parties": list(self.parties),
            "status": self.status,
            "current": self.current,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
        }


Fact = TariffFact | NegotiationFact


@dataclass(frozen=True, slots=True)
class UnreadMention:
    """A percentage in a tariff sentence naming a country that no fact was read for
    (extract/unread.py): listed for a human by `tariffwatch unread`, never folded."""

    sentence: str  # as the item delivered it, where tidying kept its length (as facts quote)
    value: float  # the rate as a fact would hold it: a range's top, "from X to Y"'s Y
    text: str  # the percentage as written: "35.3%", "15% to 41%", "twenty-five percent"
    countries: tuple[str, ...]  # the codes the sentence names, in order, each once


DEADLINE_EVENTS: tuple[str, ...] = (
    "effective_moved",
    "expiry_moved",
    "effective_reminder",
    "expiry_reminder",
    "took_effect",
    "expired",
)


@dataclass(frozen=True, slots=True)
class SourcedFact:
    """A fact with the item it came from: what the fold stage consumes."""

    fact: Fact
    item_key: str
    published: datetime
    link: str | None
    source: str


@dataclass(frozen=True, slots=True)
class Change:
    """One real transition of the state: what an alert is about.

    Tariff changes carry imposer/target/scope and rates; a threat is a change of
    its own (new_status "threatened") and never overwrites a rate in effect.
    Negotiation changes carry parties and statuses.
    """

    change_id: str
    kind: Literal["tariff", "negotiation"]
    state_key: str
    new_status: str
    old_status: str | None
    published: datetime
    detected_at: datetime
    evidence: str
    confidence: float
    item_key: str
    sources: tuple[str, ...] = ()  # links of the items that reported it
    imposer: str | None = None
    target: str | None = None
    scope: str | None = None
    parties: tuple[str, ...] = ()
    old_rate: float | None = None
    new_rate: float | None = None
    effective: date | None = None
    expires: date | None = None
    # Deadline events (deadlines.py); None for a change a story made. One of
    # DEADLINE_EVENTS: a date moved, a reminder before it, or the date arriving.
    event: str | None = None
    deadline: date | None = None  # the date the event is about
    old_deadline: date | None = None  # a moved date's previous value
    remind_day: int | None = None  # a reminder's threshold, in days before the date
    note: str | None = None  # what the event leaves behind, in words (an expiry's sequel)

    @property
    def rate_delta(self) -> float | None:
        """The change in percentage points, when both rates are known."""
        if self.old_rate is None or self.new_rate is None:
            return None
        return self.new_rate - self.old_rate
