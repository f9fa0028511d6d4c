"""Scoring extracted facts against a labelled set, as shared/extraction/score.py does.

Pure: standard library only, no engine, no I/O beyond the stream it is handed.

A labelled set is JSON lines, one case a line: {"id", "text", "published"?,
"title"?, "tariffs": [...], "negotiation": [...]} (the format of
shared/extraction/train.jsonl). `score` is pure and follows score.py's
definitions exactly, so the two agree on every figure:

- a tariff fact matches on (id, imposer, target, new_rate to 0.1);
- a negotiation fact on (id, sorted parties, status), a gold `alt_status`
  being accepted in place of `status`;
- repeated predictions of one key count once; predictions for ids not in the
  set are false positives;
- matched facts are checked for `current` (both kinds), `status` and
  `old_rate` (tariffs);
- a distractor (a case with no fact) is clean when nothing was predicted for it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

KINDS = ("tariff", "negotiation")
Key = tuple[Any, ...]


def _rate(x: Any) -> float | None:
    return None if x is None else round(float(x), 1)


def tariff_key(f: dict[str, Any]) -> Key:
    return (
        str(f.get("imposer", "")).upper(),
        str(f.get("target", "")).upper(),
        _rate(f.get("new_rate")),
    )


def negotiation_key(f: dict[str, Any]) -> Key:
    return (tuple(sorted(str(p).upper() for p in f.get("parties", []))), f.get("status"))


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(gold_cases: Sequence[dict[str, Any]], preds: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Precision, recall and F1 per kind and combined, attribute accuracy, clean
    distractors and every miss, for `preds` (extract's output lines) against the set."""
    by_id: dict[str, dict[str, dict[Key, dict[str, Any]]]] = defaultdict(
        lambda: {"tariff": {}, "negotiation": {}}
    )
    for f in preds:
        kind = f.get("kind")
        if kind == "tariff":
            by_id[str(f.get("id"))]["tariff"].setdefault(tariff_key(f), f)
        elif kind == "negotiation":
            by_id[str(f.get("id"))]["negotiation"].setdefault(negotiation_key(f), f)

    counts = {k: [0, 0, 0] for k in KINDS}  # tp, fp, fn
    attr: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # name -> [right, checked]
    distractors = clean = 0
    misses: list[tuple[str, str, str, Key]] = []
    for case in gold_cases:
        cid = str(case["id"])
        got = by_id.pop(cid, {"tariff": {}, "negotiation": {}})
        if not case.get("tariffs") and not case.get("negotiation"):
            distractors += 1
            clean += not got["tariff"] and not got["negotiation"]
        for kind, gold_facts in (
            ("tariff", case.get("tariffs", [])),
            ("negotiation", case.get("negotiation", [])),
        ):
            keyf = tariff_key if kind == "tariff" else negotiation_key
            gold = {keyf(g): g for g in gold_facts}
            pred = got[kind]
            if kind == "negotiation":  # an accepted second status counts as the first
                for g in gold_facts:
                    alt = (negotiation_key(g)[0], g.get("alt_status"))
                    if g.get("alt_status") and alt in pred and negotiation_key(g) not in pred:
                        pred = dict(pred)
                        pred[negotiation_key(g)] = pred.pop(alt)
            for k, g in gold.items():
                if k not in pred:
                    counts[kind][2] += 1
                    misses.append((cid, kind, "missed", k))
                    continue
                counts[kind][0] += 1
                have_fact = pred[k]
                checks = ["current"] + (["status", "old_rate"] if kind == "tariff" else [])
                for name in checks:
                    want, have = g.get(name), have_fact.get(name)
                    if name == "old_rate":
                        want, have = _rate(want), _rate(have)
                    right = want == have or (name == "status" and have == g.get("alt_status"))
                    attr[f"{kind}.{name}"][0] += right
                    attr[f"{kind}.{name}"][1] += 1
            for k in pred:
                if k not in gold:
                    counts[kind][1] += 1
                    misses.append((cid, kind, "spurious", k))
    for got in by_id.values():  # predictions for ids not in the set
        for kind in KINDS:
            counts[kind][1] += len(got[kind])

    out: dict[str, Any] = {}
    for kind, (tp, fp, fn) in counts.items():
        prec, rec, f1 = _prf(tp, fp, fn)
        out[kind] = {
            "precision": round(prec, 3),
            "recall": round(rec, 3),
            "f1": round(f1, 3),
            "tp": tp,
            "fp": fp,
            "fn": fn,
        }
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    prec, rec, f1 = _prf(tp, fp, fn)
    out["combined"] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3)}
    out["attributes"] = {k: round(v[0] / v[1], 3) for k, v in sorted(attr.items()) if v[1]}
    out["distractors_clean"] = f"{clean}/{distractors}"
    out["errors"] = [[cid, kind, what, str(k)] for cid, kind, what, k in misses]
    return out


def read_cases(stream: TextIO, name: str = "set") -> list[dict[str, Any]]:
    """The cases of a labelled set; ValueError naming the line that is wrong."""
    cases: list[dict[str, Any]] = []
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{name}:{lineno}: not valid JSON ({exc.msg})") from None
        if not isinstance(case, dict) or "id" not in case or not isinstance(case.get("text"), str):
            raise ValueError(f'{name}:{lineno}: expected an object with "id" and a "text" string')
        for field in ("tariffs", "negotiation"):
            if not isinstance(case.get(field, []), list):
                raise ValueError(f"{name}:{lineno}: {field!r} must be a list of facts")
        cases.append(case)
    if not cases:
        raise ValueError(f"{name}: no case in the file")
    return cases
