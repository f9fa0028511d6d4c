"""How often the goods of an extracted tariff fact name what a reader names.

    python scripts/goods_agreement.py SET.jsonl [--folds 10 --held-out 9] [--show]

score.py matches a tariff fact on (id, imposer, target, new_rate) and never looks
at its goods, but a replayed stream keys each alert by (imposer, target, goods):
goods named otherwise than the label are a missed change and a false alert. For
every labelled tariff the extractor also gives (same id, sides and rate), this
compares scopes.scope_key of the label's scope with that of the extracted one.
Cases in the held-out fold (split by outlet as scripts/folds.py does) count only
in an aggregate line; --show never lists them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from folds import fold_of  # type: ignore[import-not-found]

from tariffwatch import scopes
from tariffwatch.extract import extract
from tariffwatch.extract.documents import read_documents
from tariffwatch.model import TariffFact


def _rate(x: object) -> float | None:
    return None if x is None else round(float(x), 1)  # type: ignore[arg-type]


def _pairs(case: dict[str, Any], got: list[TariffFact]) -> list[tuple[dict[str, Any], str, str]]:
    """(label, label key, extracted key) for each label the extractor matched, one
    extracted fact to one label, an agreeing fact preferred."""
    free = list(got)
    out = []
    for g in case.get("tariffs", []):
        want = scopes.scope_key(g.get("scope") or "", bool(g.get("all_goods")))
        same = [
            f
            for f in free
            if (f.imposer, f.target, _rate(f.new_rate))
            == (g["imposer"].upper(), g["target"].upper(), _rate(g["new_rate"]))
        ]
        if not same:
            continue
        keys = [scopes.scope_key(f.scope, f.all_goods) for f in same]
        pick = keys.index(want) if want in keys else 0
        free.remove(same[pick])
        out.append((g, want, keys[pick]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--held-out", type=int, default=-1)
    ap.add_argument("--show", action="store_true", help="list each disagreement")
    a = ap.parse_args()
    cases = {str(c["id"]): c for c in map(json.loads, a.gold.read_text().splitlines()) if c}
    with a.gold.open(encoding="utf-8") as fh:
        docs = list(read_documents(fh))
    seen = [0, 0]
    held = [0, 0]
    for d in docs:
        case = cases[d.id]
        facts = [
            f
            for f in extract(d.text, published=d.published, title=d.title)
            if isinstance(f, TariffFact)
        ]
        hidden = fold_of(case, a.folds) == a.held_out
        for g, want, have in _pairs(case, facts):
            tally = held if hidden else seen
            tally[0] += want == have
            tally[1] += 1
            if a.show and not hidden and want != have:
                print(
                    json.dumps(
                        {
                            "id": d.id,
                            "pair": f"{g['imposer']}->{g['target']} {g['new_rate']}",
                            "want": want,
                            "got": have,
                            "label_scope": g.get("scope"),
                            "got_scope": next(
                                f.scope
                                for f in facts
                                if scopes.scope_key(f.scope, f.all_goods) == have
                            ),
                        },
                        ensure_ascii=False,
                    )
                )
    print(f"{a.gold.name}: goods agree {seen[0]}/{seen[1]} = {seen[0] / max(seen[1], 1):.3f}")
    if held[1]:
        print(f"  held-out fold {a.held_out}: {held[0]}/{held[1]} = {held[0] / held[1]:.3f}")


if __name__ == "__main__":
    main()
