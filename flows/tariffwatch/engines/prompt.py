"""What the model is asked: the system prompt, worked examples and the answer's JSON schema.

The schema's items carry exactly the fields of the `extract` command's output
lines (shared/extraction/SPEC.md) without `id`. PROMPT_VERSION is a hash of all
three, so any edit here gives new cache keys and old answers are never reused
for a question that changed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

from tariffwatch.model import NEGOTIATION_STATUSES, TARIFF_STATUSES

_NULLABLE_NUMBER: dict[str, Any] = {"type": ["number", "null"]}
_NULLABLE_DATE: dict[str, Any] = {"type": ["string", "null"], "description": "YYYY-MM-DD"}

TARIFF_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": ["tariff"]},
        "imposer": {"type": "string", "description": "ISO 3166-1 alpha-2 code, or EU"},
        "target": {"type": "string", "description": "ISO alpha-2 code, EU, or * for everywhere"},
        "new_rate": {"type": "number"},
        "old_rate": _NULLABLE_NUMBER,
        "additional": {"type": "boolean"},
        "scope": {"type": "string"},
        "all_goods": {"type": "boolean"},
        "status": {"type": "string", "enum": list(TARIFF_STATUSES)},
        "current": {"type": "boolean"},
        "effective": _NULLABLE_DATE,
        "expires": _NULLABLE_DATE,
        "evidence": {"type": "string"},
        "confidence": {"type": "number"},
    },
    "additionalProperties": False,
}
TARIFF_SCHEMA["required"] = list(TARIFF_SCHEMA["properties"])

NEGOTIATION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": ["negotiation"]},
        "parties": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 2},
        "status": {"type": "string", "enum": list(NEGOTIATION_STATUSES)},
        "current": {"type": "boolean"},
        "evidence": {"type": "string"},
        "confidence": {"type": "number"},
    },
    "additionalProperties": False,
}
NEGOTIATION_SCHEMA["required"] = list(NEGOTIATION_SCHEMA["properties"])

ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "facts": {"type": "array", "items": {"anyOf": [TARIFF_SCHEMA, NEGOTIATION_SCHEMA]}}
    },
    "required": ["facts"],
    "additionalProperties": False,
}

SYSTEM_PROMPT = """\
You read one trade-news story and list the tariff facts and trade-talks facts it states.
Answer with one JSON object {"facts": [...]} and nothing else. An empty list is the right
answer for a story that states neither.

Tariff fact: a country levies an ad valorem tariff (tariff, duty, levy, counter-tariff,
anti-dumping or countervailing duty) at a stated percentage on another country's goods.
- imposer: who levies it; target: whose goods are taxed ("*" when it applies to imports
  from everywhere). Use ISO 3166-1 alpha-2 codes (US, CN, CA, MX, JP, IN, GB...) or EU.
  Capitals, demonyms and officials stand for their country: Beijing and "Chinese goods"
  mean CN, Washington and the US Trade Representative mean US, Brussels means EU.
- new_rate: the percentage it is set to (0 when lifted or scrapped); old_rate: the rate
  before when the story gives it or it follows from the words ("doubled to 50%" -> 25),
  else null. With a range or "up to", take the highest rate.
- additional: true only when the story gives an increment ("an extra 10%") and no total.
  An increment on a stated base is a total: "10% on top of the existing 25%" is 35 from 25.
- scope: the goods as written ("steel", "electric vehicles"); all_goods: true when no
  narrower scope is named.
- status: threatened (proposed, considered, warned, conditional: could, would, if),
  announced (decided, effective later), in_effect (applies now, took effect, was raised or
  cut), paused (a decided tariff postponed or suspended; keep its rate).
- Several rates with their own goods in one sentence are several facts.
Never a tariff fact: trade deficits, growth, inflation, prices, market moves, averages or
analysts' estimates of effective rates, dollar amounts of goods covered, per-ton duties,
port fees, digital services taxes.

Talks fact: the state of trade negotiations between two parties. parties: the two codes.
status: scheduled (set for a future date), ongoing (under way or held), resumed (restarted
or agreed to restart), stalled (deadlock, no progress, paused), agreement (deal, framework,
truce reached, signed or extended), collapsed (broke off, ended without a deal, called off).
A phone call between leaders is not talks.

Both kinds: current is true when the fact is news or in force on the story's date, false for
background history ("which had reached 145% in April"). For each pair of talks, only the
latest status is current, except that a standing agreement stays current beside a next
round. effective and expires: ISO dates only when the story makes them certain (resolve
"Friday" or "for 90 days" against the published date), else null. evidence: the one sentence
the fact is read from, copied exactly, character for character, from the story. confidence:
0 to 1.
"""


MAX_STORY_CHARS = 24_000  # a news story is far shorter; a feed that sends a book is cut


def _story(text: str, *, title: str | None, published: date | None) -> str:
    text = text[:MAX_STORY_CHARS]
    lines = [f"Published: {published.isoformat() if published else 'unknown'}"]
    if title:
        lines.append(f"Title: {title}")
    lines.append("Story:")
    lines.append(text)
    return "\n".join(lines)


# Worked examples, written for this prompt: one of each hard habit the schema cannot say.
_EXAMPLES: list[tuple[str, str | None, date, list[dict[str, Any]]]] = [
    (
        "Ottawa said on Tuesday it would lower its surtax on American-made trucks to 10% from "
        "25% starting next Monday. The Canadian dollar rose 0.4% on the news.",
        "Canada trims truck surtax",
        date(2025, 3, 4),
        [
            {
                "kind": "tariff",
                "imposer": "CA",
                "target": "US",
                "new_rate": 10.0,
                "old_rate": 25.0,
                "additional": False,
                "scope": "American-made trucks",
                "all_goods": False,
                "status": "announced",
                "current": True,
                "effective": "2025-03-10",
                "expires": None,
                "evidence": "Ottawa said on Tuesday it would lower its surtax on American-made "
                "trucks to 10% from 25% starting next Monday.",
                "confidence": 0.9,
            }
        ],
    ),
    (
        "Negotiators from Seoul and Tokyo will meet in Geneva next week to restart talks on "
        "a fisheries accord, which broke down in 2023. Japan has warned it could put a 20% "
        "duty on Korean seaweed if no deal is reached.",
        None,
        date(2025, 5, 12),
        [
            {
                "kind": "negotiation",
                "parties": ["JP", "KR"],
                "status": "resumed",
                "current": True,
                "evidence": "Negotiators from Seoul and Tokyo will meet in Geneva next week to "
                "restart talks on a fisheries accord, which broke down in 2023.",
                "confidence": 0.8,
            },
            {
                "kind": "tariff",
                "imposer": "JP",
                "target": "KR",
                "new_rate": 20.0,
                "old_rate": None,
                "additional": False,
                "scope": "Korean seaweed",
                "all_goods": False,
                "status": "threatened",
                "current": True,
                "effective": None,
                "expires": None,
                "evidence": "Japan has warned it could put a 20% duty on Korean seaweed if no "
                "deal is reached.",
                "confidence": 0.85,
            },
        ],
    ),
    (
        "Mexico's trade surplus with the United States widened 12% last year, and analysts "
        "estimate the average duty paid on its exports at 2.4%.",
        None,
        date(2025, 1, 20),
        [],
    ),
]


def messages(text: str, *, title: str | None, published: date | None) -> list[dict[str, str]]:
    """The chat: system prompt, the worked examples as earlier turns, then this story."""
    out = [{"role": "system", "content": SYSTEM_PROMPT}]
    for ex_text, ex_title, ex_published, facts in _EXAMPLES:
        out.append(
            {"role": "user", "content": _story(ex_text, title=ex_title, published=ex_published)}
        )
        out.append({"role": "assistant", "content": json.dumps({"facts": facts})})
    out.append({"role": "user", "content": _story(text, title=title, published=published)})
    return out


def response_format() -> dict[str, Any]:
    return {
        "type": "json_schema",
        "json_schema": {"name": "tariffwatch_facts", "strict": True, "schema": ANSWER_SCHEMA},
    }


def story_hash(text: str, *, title: str | None, published: date | None) -> str:
    """The cache key of an item: a hash of exactly what the model is shown of it."""
    return hashlib.sha256(_story(text, title=title, published=published).encode()).hexdigest()


PROMPT_VERSION = hashlib.sha256(
    json.dumps([SYSTEM_PROMPT, _EXAMPLES, ANSWER_SCHEMA], default=str, sort_keys=True).encode()
).hexdigest()[:12]
