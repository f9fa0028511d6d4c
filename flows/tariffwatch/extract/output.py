"""How facts are printed: the SPEC's JSON line, and one human line for --explain."""

from __future__ import annotations

from typing import Any

from tariffwatch.model import Fact, TariffFact


def fact_to_spec_json(doc_id: str, fact: Fact) -> dict[str, Any]:
    """Exactly one output line of SPEC.md: the document id, then the fact's fields."""
    return {"id": doc_id, **fact.to_json()}


def explain_fact(fact: Fact) -> str:
    """One line: what was read, by which rule, from which words."""
    if isinstance(fact, TariffFact):
        old = f" (old {fact.old_rate:g}%)" if fact.old_rate is not None else ""
        what = (
            f"tariff {fact.imposer}->{fact.target} {fact.new_rate:g}%{old} "
            f"{fact.status}{'' if fact.current else ' background'}"
        )
    else:
        what = (
            f"talks {'+'.join(fact.parties)} {fact.status}{'' if fact.current else ' background'}"
        )
    words = " | ".join(t for t in fact.trace if t)
    return f"{what}  [rule {fact.rule or '?'}; read: {words}]"
