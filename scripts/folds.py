"""Score extraction per fold of a labelled set, split by source outlet.

    python scripts/folds.py ../shared/extraction/train.jsonl [--folds 5] [--only 0,1,2,3] [--misses]

Each case goes to fold hash(outlet) % N, so passages from one outlet never sit on
both sides of a split: a rule tuned on an outlet's wording is measured on other
outlets. The scorer is ../shared/extraction/score.py, loaded as is.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from urllib.parse import urlparse

from tariffwatch.extract import extract, fact_to_spec_json
from tariffwatch.extract.documents import read_documents


def fold_of(case: dict, folds: int) -> int:
    outlet = urlparse(case.get("source_url", "")).netloc.lower().removeprefix("www.")
    key = outlet or str(case["id"])
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % folds


def _scorer(gold: Path):
    spec = importlib.util.spec_from_file_location("score", gold.parent / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def attribute_errors(group: list[dict], preds: list[dict]) -> list[tuple[str, ...]]:
    """Matched facts whose status, current or old_rate differ from the label: the
    scorer counts these but lists only missed and spurious keys."""

    def rate(x: object) -> float | None:
        return None if x is None else round(float(x), 1)  # type: ignore[arg-type]

    def key(f: dict) -> tuple:
        if f.get("kind", "tariff") == "tariff" and "imposer" in f:
            return ("tariff", f["imposer"].upper(), f["target"].upper(), rate(f.get("new_rate")))
        return (
            "negotiation",
            tuple(sorted(p.upper() for p in f.get("parties", []))),
            f.get("status"),
        )

    got: dict[tuple, dict] = {}
    for p in preds:
        got.setdefault((str(p["id"]), *key(p)), p)
    out = []
    for c in group:
        cid = str(c["id"])
        for g in [*c.get("tariffs", []), *c.get("negotiation", [])]:
            k = key(g)
            p = got.get((cid, *k))
            if p is None and k[0] == "negotiation" and g.get("alt_status"):
                p = got.get((cid, "negotiation", k[1], g["alt_status"]))
            if p is None:
                continue
            names = ["current"] + (["status", "old_rate"] if k[0] == "tariff" else [])
            for name in names:
                want, have = g.get(name), p.get(name)
                if name == "old_rate":
                    want, have = rate(want), rate(have)
                if want != have and not (name == "status" and have == g.get("alt_status")):
                    out.append((cid, k[0], name, str(k[1:]), f"want={want}", f"got={have}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", type=Path)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated folds to score")
    ap.add_argument("--misses", action="store_true", help="list each fold's misses")
    ap.add_argument(
        "--show", default="", help="comma-separated case ids: print text, labels, notes"
    )
    ap.add_argument(
        "--held-out",
        type=int,
        default=4,
        help="the fold kept unseen: --show and --misses refuse it (-1: none)",
    )
    a = ap.parse_args()
    cases = [json.loads(x) for x in a.gold.read_text().splitlines() if x.strip()]
    with a.gold.open(encoding="utf-8") as fh:
        docs = {d.id: d for d in read_documents(fh)}
    only = {int(x) for x in a.only.split(",") if x}
    if a.show:
        by_id = {str(c["id"]): c for c in cases}
        for cid in a.show.split(","):
            c = by_id[cid]
            if fold_of(c, a.folds) == a.held_out:
                print(f"{cid}: in the held-out fold {a.held_out}; not shown")
                continue
            d = docs[cid]
            print(
                f"== {cid} (fold {fold_of(c, a.folds)}) {c.get('published')} tags={c.get('tags')}"
            )
            print(c["text"])
            for kind in ("tariffs", "negotiation"):
                for g in c.get(kind, []):
                    print("  gold", json.dumps(g, ensure_ascii=False))
            for f in extract(d.text, published=d.published, title=d.title):
                print("  got ", json.dumps(fact_to_spec_json(d.id, f), ensure_ascii=False))
            print("  notes:", c.get("notes"))
        return None
    if a.misses and a.held_out in only | (set() if only else set(range(a.folds))):
        sys.exit(f"--misses would show the held-out fold {a.held_out}: pass --only without it")
    score = _scorer(a.gold).score
    rows = []
    groups = {k: [c for c in cases if fold_of(c, a.folds) == k] for k in range(a.folds)}
    groups_all = [c for k, g in groups.items() if not only or k in only for c in g]
    for name, group in [
        *((str(k), g) for k, g in groups.items() if not only or k in only),
        ("all", groups_all),
    ]:
        preds = []
        for c in group:
            d = docs[str(c["id"])]
            for f in extract(d.text, published=d.published, title=d.title):
                preds.append(fact_to_spec_json(d.id, f))
        r = score(group, preds)
        rows.append((name, len(group), r))
        if a.misses and name != "all":
            for e in r["errors"]:
                print("  ", *e)
            for e in attribute_errors(group, preds):
                print("  ", *e)
    for name, n, r in rows:
        at = r["attributes"]
        print(
            f"fold {name:>3} n={n:3d} combined F1={r['combined']['f1']:.3f} "
            f"tariff P/R={r['tariff']['precision']:.2f}/{r['tariff']['recall']:.2f} "
            f"talks F1={r['negotiation']['f1']:.3f} status={at.get('tariff.status', 0):.2f} "
            f"distractors={r['distractors_clean']}"
        )


if __name__ == "__main__":
    sys.exit(main())
