"""Trust nothing the model returns: every object is checked before it becomes a fact.

Pure: an answer's text and the item's text in, facts and the reasons for what
was dropped out. A fact survives only with known country codes, a sane rate, a
status of its kind, real dates, and evidence that is a span of the item's own
text (the model may not invent the sentence it read).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, cast

import pycountry

from tariffwatch.engines.prompt import NEGOTIATION_SCHEMA, TARIFF_SCHEMA
from tariffwatch.model import (
    NEGOTIATION_STATUSES,
    TARIFF_STATUSES,
    Fact,
    NegotiationFact,
    NegotiationStatus,
    TariffFact,
    TariffStatus,
)

MAX_RATE = 1000.0  # the highest rates ever levied are in the hundreds; more is a misreading
MIN_EVIDENCE = 12  # characters: "the tariff" proves nothing
MAX_SCOPE = 200
_TARIFF_FIELDS = frozenset(TARIFF_SCHEMA["properties"])
_NEGOTIATION_FIELDS = frozenset(NEGOTIATION_SCHEMA["properties"])


class MalformedAnswer(ValueError):
    """The answer as a whole is unusable: not JSON, or not {"facts": [...]}."""


@dataclass(slots=True)
class Checked:
    facts: list[Fact] = field(default_factory=list)
    dropped: Counter[str] = field(default_factory=Counter)  # reason -> objects dropped


class _Drop(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def parse_answer(content: str) -> list[Any]:
    """The `facts` list of an answer's text; MalformedAnswer when there is none."""
    text = content.strip()
    if text.startswith("```"):  # some servers wrap JSON in a fence despite the schema
        text = text.strip("`").removeprefix("json").strip()
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MalformedAnswer(f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict) or not isinstance(obj.get("facts"), list):
        raise MalformedAnswer('not an object with a "facts" list')
    return cast("list[Any]", obj["facts"])


def check_facts(objects: list[Any], text: str, *, title: str | None, model: str) -> Checked:
    """The objects that pass every check, as facts; the rest counted by reason."""
    out = Checked()
    spans = _Spans(f"{title}\n{text}" if title else text)
    for obj in objects:
        try:
            out.facts.append(_fact(obj, spans, model))
        except _Drop as drop:
            out.dropped[drop.reason] += 1
    return out


def _fact(obj: Any, spans: _Spans, model: str) -> Fact:
    if not isinstance(obj, dict):
        raise _Drop("not_an_object")
    kind = obj.get("kind")
    if kind not in ("tariff", "negotiation"):
        raise _Drop("bad_kind")
    wanted = _TARIFF_FIELDS if kind == "tariff" else _NEGOTIATION_FIELDS
    if set(obj) != wanted:
        raise _Drop("missing_or_extra_fields")
    evidence = spans.find(_string(obj, "evidence"))
    confidence = _number(obj, "confidence")
    if not 0.0 <= confidence <= 1.0:
        raise _Drop("bad_confidence")
    current = _bool(obj, "current")
    rule = f"llm:{model}"
    trace = (f"{evidence[:117]}..." if len(evidence) > 120 else evidence,)
    if kind == "negotiation":
        parties = obj["parties"]
        if not isinstance(parties, list) or len(parties) != 2:
            raise _Drop("bad_parties")
        a, b = sorted(_code(p, star=False) for p in parties)
        if a == b:
            raise _Drop("bad_parties")
        status = obj["status"]
        if status not in NEGOTIATION_STATUSES:
            raise _Drop("bad_status")
        return NegotiationFact(
            parties=(a, b),
            status=cast(NegotiationStatus, status),
            current=current,
            evidence=evidence,
            confidence=confidence,
            rule=rule,
            trace=trace,
        )
    imposer = _code(obj["imposer"], star=False)
    target = _code(obj["target"], star=True)
    if imposer == target:
        raise _Drop("bad_code")
    new_rate = _rate(obj["new_rate"])
    if new_rate is None:
        raise _Drop("bad_rate")
    status = obj["status"]
    if status not in TARIFF_STATUSES:
        raise _Drop("bad_status")
    effective, expires = _date(obj["effective"]), _date(obj["expires"])
    if effective and expires and expires < effective:
        raise _Drop("bad_date")
    scope = _string(obj, "scope", empty=True)[:MAX_SCOPE]
    return TariffFact(
        imposer=imposer,
        target=target,
        new_rate=new_rate,
        old_rate=_rate(obj["old_rate"]),
        additional=_bool(obj, "additional"),
        scope=scope or "all goods",
        all_goods=_bool(obj, "all_goods"),
        status=cast(TariffStatus, status),
        current=current,
        effective=effective,
        expires=expires,
        evidence=evidence,
        confidence=confidence,
        rule=rule,
        trace=trace,
    )


@cache
def _known_code(code: str) -> bool:
    return code == "EU" or pycountry.countries.get(alpha_2=code) is not None


def _code(value: Any, *, star: bool) -> str:
    if not isinstance(value, str):
        raise _Drop("bad_code")
    code = value.strip().upper()
    if (star and code == "*") or (len(code) == 2 and code.isalpha() and _known_code(code)):
        return code
    raise _Drop("bad_code")


def _rate(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Drop("bad_rate")
    rate = float(value)
    if not math.isfinite(rate) or not 0.0 <= rate <= MAX_RATE:
        raise _Drop("bad_rate")
    return rate


def _number(obj: dict[str, Any], key: str) -> float:
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Drop(f"bad_{key}")
    return float(value)


def _bool(obj: dict[str, Any], key: str) -> bool:
    value = obj[key]
    if not isinstance(value, bool):
        raise _Drop(f"bad_{key}")
    return value


def _string(obj: dict[str, Any], key: str, *, empty: bool = False) -> str:
    value = obj[key]
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise _Drop(f"bad_{key}")
    return value.strip()


def _date(value: Any) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise _Drop("bad_date")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _Drop("bad_date") from None


# Characters a model tends to change when it copies a sentence: typographic quotes,
# dashes and runs of whitespace. Both sides are folded the same way before comparing.
_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_SPACE = re.compile(r"\s+")


class _Spans:
    """Finds a model's evidence in the item's text and returns the text's own span."""

    def __init__(self, text: str) -> None:
        self.text = text
        folded: list[str] = []
        self.origin: list[int] = []  # index in folded -> index in text
        last_space = False
        for i, ch in enumerate(text.translate(_FOLD)):
            if ch.isspace():
                if last_space:
                    continue
                ch, last_space = " ", True
            else:
                last_space = False
            folded.append(ch.lower())
            self.origin.append(i)
        self.folded = "".join(folded)

    def find(self, evidence: str) -> str:
        needle = _SPACE.sub(" ", evidence.translate(_FOLD)).strip().lower()
        if len(needle) < MIN_EVIDENCE:
            raise _Drop("evidence_too_short")
        at = self.folded.find(needle)
        if at < 0:
            raise _Drop("evidence_not_in_text")
        start, end = self.origin[at], self.origin[at + len(needle) - 1] + 1
        return self.text[start:end]
