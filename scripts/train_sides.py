"""Train the tariff-sides scorer (scripts/sides_model.py) and measure it by source.

    python scripts/train_sides.py            # cross-validate, print per-fold figures
    python scripts/train_sides.py --write    # also train on everything, write the weights
    ADD=1 ... (rates the rules dropped), FRACTION=0.5 ... (learning curve), SHOW=1 ...

Data: ../shared/extraction/train.jsonl (fold 9 of its 10-split left out: it is
sealed), dev.jsonl, tests/data/extract/fresh_2026_11.jsonl, /work/opened/set_c1.jsonl,
and every own-words table row in tests/test_extract_*.py that states the whole
set of (imposer, target, rate) keys of its text. Labels are facts, aligned by
value: a rule fact's (or any percentage's) right pairs are those of the gold
facts of its case at that rate, and with none "no fact" is.

Measure: the labelled passages (train minus fold 9, fresh, C1) are split in
``--folds`` groups by outlet (as scripts/folds.py's ``fold_of``). For each held-out
group the model is trained on the other groups plus dev and the table rows, and
rules alone vs rules + model are scored with ../shared/extraction/score.py. The
rules were tuned on all of these passages, so the thresholds are chosen where the
rules had NOT seen the text (OLD_RULES: the commits before fresh and C1 were
written or opened), on the other groups only.

Result (session 18, base 9787f0e; an experiment, not wired into extract()):
held-out pair top-1 0.87 (0.80 with a quarter of the data, 0.84 with half);
rules 0.942 -> rules + model 0.918-0.920 pooled over the held-out groups; on
rules that never saw the text 0.656 -> 0.657-0.664. Sealed (lead, aggregate):
B 0.838 -> 0.863, C2 0.771 -> 0.760, D 0.750 -> 0.751, streams unchanged. Rules
on the texts they were written from beat it; on unseen text it is a wash.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import importlib
import json
import math
import os
import random
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "tests"))

import sides_model as sides  # noqa: E402
from folds import _scorer, fold_of  # noqa: E402

from tariffwatch.extract import extract, fact_to_spec_json  # noqa: E402
from tariffwatch.extract.countries import find_mentions  # noqa: E402
from tariffwatch.extract.documents import read_documents  # noqa: E402
from tariffwatch.extract.tidy import tidy_text  # noqa: E402
from tariffwatch.model import Fact, TariffFact  # noqa: E402

SHARED = ROOT.parent / "shared" / "extraction"
if not SHARED.exists():
    SHARED = Path("/work/shared/extraction")
PASSAGE_SETS = [
    ("train", SHARED / "train.jsonl"),
    ("fresh", ROOT / "tests/data/extract/fresh_2026_11.jsonl"),
    ("c1", Path("/work/opened/set_c1.jsonl")),
]
ALWAYS_SETS = [("dev", SHARED / "dev.jsonl")]
# 5 epochs and L2 1e-2: the best held-out pair accuracy of the few tried (0.869)
EPOCHS = int(os.environ.get("EPOCHS", "5"))
LR = float(os.environ.get("LR", "0.1"))
L2 = float(os.environ.get("L2", "1e-2"))
FRACTION = float(os.environ.get("FRACTION", "1.0"))
AVERAGE = os.environ.get("AVERAGE", "0") == "1"
ADD = os.environ.get("ADD", "0") == "1"  # (c): facts for rates the rules dropped
GRID_MARGIN = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 2.0]
GRID_DROP = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 2.0]

Probs = dict[tuple[str, str], float] | None


@dataclass
class Case:
    text: str  # tidied, as the rules read it
    cid: str
    group: str  # an outlet, or "always" for dev and the tables
    gold: dict[str, Any]  # {"id", "tariffs", "negotiation"} for the scorer
    facts: list[Fact]  # the rules' facts
    story: Counter[str]
    title_codes: set[str]


def _rules_only(text: str, published: date | None, title: str | None) -> tuple[list[Fact], Any]:
    """The rules' facts, and the story's country counts (in order of first
    mention) and title countries as ``extract`` sees them (tidied)."""
    facts = extract(text, published=published, title=title)
    story = Counter(m.code for m in find_mentions(_tidy(text, title)))
    title_codes = {m.code for m in find_mentions(tidy_text(title))} if title else set()
    return facts, (story, title_codes)


def load_passages(name: str, path: Path) -> list[tuple[dict[str, Any], Any]]:
    raw = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
    if name == "train":
        raw = [c for c in raw if fold_of(c, 10) != 9]  # sealed: never read
    with path.open(encoding="utf-8") as fh:
        docs = {d.id: d for d in read_documents(fh)}
    return [(c, docs[str(c["id"])]) for c in raw]


def table_rows() -> list[tuple[str, str, date, set[tuple[str, str, float]]]]:
    from _pytest.mark import ParameterSet

    out = []
    for path in sorted(glob.glob(str(ROOT / "tests/test_extract_*.py"))):
        mod = importlib.import_module(os.path.basename(path)[:-3])
        for attr, value in vars(mod).items():
            if not isinstance(value, list):
                continue
            for i, row in enumerate(value):
                vals = row.values if isinstance(row, ParameterSet) else row
                if not isinstance(vals, tuple):
                    continue
                texts = [x for x in vals if isinstance(x, str) and len(x) > 25 and " " in x]
                keys = [
                    x
                    for x in vals
                    if isinstance(x, (set, frozenset))
                    and all(
                        isinstance(t, tuple) and len(t) == 3 and isinstance(t[2], (int, float))
                        for t in x
                    )
                ]
                dates = [x for x in vals if isinstance(x, date)]
                if len(texts) == 1 and len(keys) == 1:
                    pub = dates[0] if dates else date(2025, 6, 1)
                    out.append((f"{mod.__name__}.{attr}.{i}", texts[0], pub, set(keys[0])))
    return out


def build_cases(with_tables: bool = True) -> list[Case]:
    cases: list[Case] = []
    for name, path in PASSAGE_SETS + ALWAYS_SETS:
        for c, d in load_passages(name, path):
            facts, (story, tc) = _rules_only(d.text, d.published, d.title)
            cid = f"{name}:{c['id']}"
            group = "always" if (name, path) in ALWAYS_SETS else _outlet(c)
            gold = {
                "id": cid,
                "tariffs": c.get("tariffs", []),
                "negotiation": c.get("negotiation", []),
            }
            cases.append(Case(_tidy(d.text, d.title), cid, group, gold, facts, story, tc))
    if with_tables:
        for cid, text, pub, keys in table_rows():
            facts, (story, tc) = _rules_only(text, pub, None)
            tariffs = [{"imposer": i, "target": t, "new_rate": r} for i, t, r in keys]
            gold = {"id": cid, "tariffs": tariffs, "negotiation": [], "table": True}
            cases.append(Case(_tidy(text, None), cid, "always", gold, facts, story, tc))
    return cases


def _tidy(text: str, title: str | None) -> str:
    return tidy_text(text) if not title else f"{tidy_text(title)}\n{tidy_text(text)}"


def _outlet(c: dict[str, Any]) -> str:
    from urllib.parse import urlparse

    return urlparse(c.get("source_url", "")).netloc.lower().removeprefix("www.") or str(c["id"])


@dataclass
class Group:
    """One rule fact's candidates for training: features and which are right."""

    case: int
    fact: int
    feats: list[list[str]]
    right: list[int]
    pairs: list[tuple[str, str]] | None = None
    note: str = ""


def training_groups(cases: list[Case]) -> list[Group]:
    out = []
    for ci, c in enumerate(cases):
        gold_at: dict[float, set[tuple[str, str]]] = {}
        for g in c.gold["tariffs"]:
            gold_at.setdefault(round(float(g["new_rate"]), 1), set()).add(
                (str(g["imposer"]).upper(), str(g["target"]).upper())
            )
        for fi, f in enumerate(c.facts):
            if not isinstance(f, TariffFact):
                continue
            site = sides.read_site(f.evidence, f.new_rate)
            if site is None:
                continue
            cands = sides.candidates(site, c.story, c.title_codes, (f.imposer, f.target))
            want = gold_at.get(round(f.new_rate, 1), {sides.NONE})
            right = [k for k, (pair, _) in enumerate(cands) if pair in want]
            if right:
                out.append(Group(ci, fi, [fe for _, fe in cands], right))
        if GOLD_GROUPS:
            out.extend(_gold_groups(ci, c, gold_at))
    return out


def _gold_groups(ci: int, c: Case, gold_at: dict[float, set[tuple[str, str]]]) -> list[Group]:
    """Every percentage in a tariff sentence of the text, rules or no rules:
    its right pairs are the gold facts' at its value, or "no fact"."""
    out = []
    for sentence, at, value in sides.rate_sites(c.text):
        site = sides.read_site(sentence, value, at=at)
        if site is None:
            continue
        cands = sides.candidates(site, c.story, c.title_codes, ("", ""))
        want = gold_at.get(round(value, 1), {sides.NONE})
        right = [k for k, (pair, _) in enumerate(cands) if pair in want]
        if right:
            note = f"{c.cid} {value}% :: {sentence[:200]}"
            out.append(Group(ci, -1, [fe for _, fe in cands], right, [q for q, _ in cands], note))
    return out


def train(
    groups: list[Group], epochs: int = EPOCHS, lr: float = LR, l2: float = L2
) -> dict[str, float]:
    w: dict[str, float] = {}
    g2: dict[str, float] = {}  # AdaGrad: rare features learn as fast as common ones
    rng = random.Random(7)
    order = list(range(len(groups)))
    avg: dict[str, float] = {}
    for _ in range(epochs):
        rng.shuffle(order)
        for gi in order:
            g = groups[gi]
            scores = [sum(w.get(f, 0.0) for f in fe) for fe in g.feats]
            top = max(scores)
            ex = [math.exp(s - top) for s in scores]
            z = sum(ex)
            p = [e / z for e in ex]
            zr = sum(p[k] for k in g.right)
            grad: dict[str, float] = {}
            for k, fe in enumerate(g.feats):
                d = p[k] - (p[k] / zr if k in g.right else 0.0)
                if abs(d) < 1e-6:
                    continue
                for f in fe:
                    grad[f] = grad.get(f, 0.0) + d
            for f, d in grad.items():
                d += l2 * w.get(f, 0.0)
                g2[f] = g2.get(f, 0.0) + d * d
                w[f] = w.get(f, 0.0) - lr * d / (math.sqrt(g2[f]) + 1e-8)
        if AVERAGE:
            for f, v in w.items():
                avg[f] = avg.get(f, 0.0) + v / epochs
    if AVERAGE:
        w = avg
    return {f: round(v, 3) for f, v in w.items() if abs(v) >= 2e-3}


def fact_probs(cases: list[Case], idx: list[int], w: dict[str, float]) -> dict[int, list[Probs]]:
    out: dict[int, list[Probs]] = {}
    for ci in idx:
        c = cases[ci]
        out[ci] = [
            sides.fact_probabilities(f, c.story, c.title_codes, w)
            if isinstance(f, TariffFact)
            else None
            for f in c.facts
        ]
        if ADD:
            ADDS[(id(cases), ci)] = sides.addition_candidates(
                c.text, c.facts, c.story, c.title_codes, w
            )
    return out


ADDS: dict[tuple[int, int], list[sides.Addition]] = {}  # (id(cases), case) -> its additions
GRID_ADD = [0.6, 0.7, 0.8, 0.9, 0.95, 2.0]


def score(
    cases: list[Case],
    idx: list[int],
    probs: dict[int, list[Probs]] | None,
    m: float,
    d: float,
    add: float = 2.0,
) -> dict[str, Any]:
    preds = []
    for ci in idx:
        c = cases[ci]
        facts = c.facts if probs is None else sides.choose(c.facts, probs[ci], m, d)
        if probs is not None and add <= 1.0:
            facts = [*facts, *sides.additions(ADDS[(id(cases), ci)], add)]
        preds.extend(fact_to_spec_json(c.cid, f) for f in facts)
    return SCORE([cases[ci].gold for ci in idx], preds)  # type: ignore[no-any-return]


def pick_thresholds(
    cases: list[Case], idx: list[int], probs: dict[int, list[Probs]]
) -> tuple[float, float, float, float]:
    best = (-1.0, 2.0, 2.0, 2.0)
    for add in reversed(GRID_ADD if ADD else [2.0]):  # the most cautious first: ties keep it
        for d in reversed(GRID_DROP):
            for m in reversed(GRID_MARGIN):
                f1 = score(cases, idx, probs, m, d, add)["combined"]["f1"]
                if f1 > best[0] + 1e-9:
                    best = (f1, m, d, add)
    return best


def groups_of(groups: list[Group], idx: set[int]) -> list[Group]:
    """The training groups of the cases ``idx`` (a FRACTION of them: a learning curve)."""
    keep = {ci for ci in idx if FRACTION >= 1.0 or (ci * 2654435761 % 1000) / 1000 < FRACTION}
    return [g for g in groups if g.case in keep]


# Rules that never saw a set: fresh_2026_11 and C1 were written after 50768ed,
# C1 was opened after 84248c2. On them the rules err as on news they were not
# written from, so the thresholds are chosen there (see old_rule_cases).
OLD_RULES = [("50768ed", "fresh"), ("50768ed", "c1"), ("84248c2", "c1")]


def old_rule_cases(cases: list[Case]) -> list[Case]:
    """The passages of OLD_RULES, with the facts those commits' rules give."""
    import subprocess
    import tempfile

    by_cid = {c.cid: c for c in cases}
    paths = dict(PASSAGE_SETS)
    out: list[Case] = []
    for commit, name in OLD_RULES:
        tree = Path(tempfile.gettempdir()) / f"tariffwatch-rules-{commit}"
        if not (tree / "flows").exists():
            # the commit's package only, unpacked: no worktree to register or remove
            tree.mkdir(parents=True, exist_ok=True)
            tar = subprocess.run(
                ["git", "-C", str(ROOT), "archive", commit, "flows"],
                check=True,
                capture_output=True,
            ).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=tar, check=True)
        env = {**os.environ, "PYTHONPATH": f"{tree}/flows:{tree}"}
        dump = subprocess.run(
            [sys.executable, str(ROOT / "scripts/dump_facts.py"), str(paths[name])],
            check=True,
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        for line in dump.splitlines():
            row = json.loads(line)
            cur = by_cid[f"{name}:{row['id']}"]
            facts = [_fact_from_json(f) for f in row["facts"]]
            out.append(
                Case(
                    cur.text,
                    f"{commit}:{cur.cid}",
                    cur.group,
                    {**cur.gold, "id": f"{commit}:{cur.cid}"},
                    facts,
                    cur.story,
                    cur.title_codes,
                )
            )
    return out


def _fact_from_json(f: dict[str, Any]) -> Fact:
    from tariffwatch.model import NegotiationFact

    if f["kind"] == "negotiation":
        return NegotiationFact(
            tuple(f["parties"]), f["status"], f["current"], f["evidence"], f["confidence"]
        )  # type: ignore[arg-type]
    return TariffFact(
        f["imposer"],
        f["target"],
        f["new_rate"],
        f["old_rate"],
        f["additional"],
        f["scope"],
        f["all_goods"],
        f["status"],
        f["current"],
        date.fromisoformat(f["effective"]) if f["effective"] else None,
        date.fromisoformat(f["expires"]) if f["expires"] else None,
        f["evidence"],
        f["confidence"],
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--no-tables", action="store_true")
    a = ap.parse_args()
    cases = build_cases(with_tables=not a.no_tables)
    groups = training_groups(cases)
    old = old_rule_cases(cases)
    print(
        f"{len(cases)} cases, {len(groups)} training groups, {len(old)} old-rule cases",
        file=sys.stderr,
    )

    def fold_of_case(c: Case) -> int | None:
        if c.group == "always":
            return None
        return int(hashlib.sha1(c.group.encode()).hexdigest(), 16) % a.folds

    fold = {ci: f for ci, c in enumerate(cases) if (f := fold_of_case(c)) is not None}
    old_fold = {oi: fold_of_case(c) for oi, c in enumerate(old)}
    always = {ci for ci, c in enumerate(cases) if c.group == "always"}
    oof: dict[int, list[Probs]] = {}
    old_oof: dict[int, list[Probs]] = {}
    acc: Counter[str] = Counter()
    weights_by_fold: dict[int, dict[str, float]] = {}
    acc_train: Counter[str] = Counter()
    for k in range(a.folds):
        rest = {ci for ci, f in fold.items() if f != k} | always
        w = train(groups_of(groups, rest))
        weights_by_fold[k] = w
        _group_accuracy(acc, [g for g in groups if fold.get(g.case) == k], w)
        if not SHOW:
            _group_accuracy(acc_train, groups_of(groups, rest), w)
        oof.update(fact_probs(cases, [ci for ci, f in fold.items() if f == k], w))
        old_oof.update(fact_probs(old, [oi for oi, f in old_fold.items() if f == k], w))
    print("held-out groups:", _acc_line(acc), "| training groups:", _acc_line(acc_train))
    chosen: dict[int, tuple[float, float, float]] = {}
    rows = []
    for k in range(a.folds):
        old_rest = [oi for oi, f in old_fold.items() if f != k]
        f1_in, m, d, add = pick_thresholds(old, old_rest, old_oof)
        chosen[k] = (m, d, add)
        held = [ci for ci, f in fold.items() if f == k]
        old_held = [oi for oi, f in old_fold.items() if f == k]
        rows.append(
            f"fold {k} n={len(held):3d} margin={m} drop={d} add={add} | "
            f"current rules {_fmt(score(cases, held, None, 2, 2))}"
            f" -> +model {_fmt(score(cases, held, oof, m, d, add))}"
            + (
                f" | old rules n={len(old_held)} {_fmt(score(old, old_held, None, 2, 2))}"
                f" -> +model {_fmt(score(old, old_held, old_oof, m, d, add))}"
                if old_held
                else ""
            )
        )
    print("\n".join(rows))
    for label, cs, fo, pr in (("current", cases, fold, oof), ("old", old, old_fold, old_oof)):
        idx = sorted(fo)
        preds = []
        for ci in idx:
            m, d, add = chosen[fo[ci]]  # type: ignore[index]
            facts = sides.choose(cs[ci].facts, pr[ci], m, d)
            if add <= 1.0:
                facts = [*facts, *sides.additions(ADDS[(id(cs), ci)], add)]
            preds.extend(fact_to_spec_json(cs[ci].cid, f) for f in facts)
        after = SCORE([cs[ci].gold for ci in idx], preds)
        print(
            f"pooled {label} rules n={len(idx)} {_fmt(score(cs, idx, None, 2, 2))} "
            f"-> +model {_fmt(after)}"
        )
    diagnose(cases, groups, oof)
    if a.write:
        f1_in, m, d, add = pick_thresholds(old, sorted(old_fold), old_oof)
        w = train(groups)
        data = {
            "replace_margin": m,
            "drop_at": d,
            "add_at": add,
            "weights": dict(sorted(w.items())),
        }
        sides.WEIGHTS_FILE.write_text(json.dumps(data, indent=0) + "\n")
        print(
            f"wrote {sides.WEIGHTS_FILE}: {len(w)} weights, margin={m} drop={d} add={add} "
            f"(old-rules oof {f1_in:.3f})"
        )


def _group_accuracy(tally: Counter[str], gs: list[Group], w: dict[str, float]) -> None:
    """Top pair right (gold a pair) and "no fact" told apart (gold none or not)."""
    for g in gs:
        scores = [sum(w.get(f, 0.0) for f in fe) for fe in g.feats]
        none_right = 0 in g.right  # NONE is always the first candidate
        if not none_right:
            best = max(range(1, len(scores)), key=scores.__getitem__)
            tally["pair_n"] += 1
            tally["pair_ok"] += best in g.right
            if SHOW and best not in g.right and g.pairs and not g.note.startswith("test_"):
                print(f"  got {g.pairs[best]} want {[g.pairs[k] for k in g.right]} {g.note}")
        top = max(range(len(scores)), key=scores.__getitem__)
        tally["none_n"] += 1
        tally["none_ok"] += (top == 0) == none_right


def _acc_line(t: Counter[str]) -> str:
    return (
        f"pair top-1 {t['pair_ok'] / max(t['pair_n'], 1):.3f} of {t['pair_n']}, "
        f"fact/no-fact {t['none_ok'] / max(t['none_n'], 1):.3f}"
    )


def _fmt(r: dict[str, Any]) -> str:
    t = r["tariff"]
    return (
        f"F1={r['combined']['f1']:.3f} tariff P/R={t['precision']:.3f}/{t['recall']:.3f} "
        f"(fp {t['fp']} fn {t['fn']})"
    )


def diagnose(cases: list[Case], groups: list[Group], oof: dict[int, list[Probs]]) -> None:
    """Model alone vs rules on held-out rule facts: who names the right pair."""
    tally: Counter[str] = Counter()
    for g in groups:
        if g.case not in oof or g.fact < 0:
            continue
        c = cases[g.case]
        f = c.facts[g.fact]
        p = oof[g.case][g.fact]
        assert isinstance(f, TariffFact) and p is not None
        cands = sides.candidates(
            sides.read_site(f.evidence, f.new_rate),  # type: ignore[arg-type]
            c.story,
            c.title_codes,
            (f.imposer, f.target),
        )
        right = {cands[k][0] for k in g.right}
        top = max(p, key=lambda q: p[q])
        top_pair = max((q for q in p if q != sides.NONE), key=lambda q: p[q])
        if sides.NONE not in right:
            rule_ok_ = (f.imposer, f.target) in right
            tally[
                f"pair: rule_{'ok' if rule_ok_ else 'bad'}/"
                f"model_{'ok' if top_pair in right else 'bad'}"
            ] += 1
            # confident overrides: model's pair beats the rule's by a margin
            for m in (0.5, 0.7, 0.9):
                if (
                    top_pair != (f.imposer, f.target)
                    and p[top_pair] - p.get((f.imposer, f.target), 0) >= m
                ):
                    kind = "harm" if rule_ok_ else ("fix" if top_pair in right else "moot")
                    tally[f"override@{m}: {kind}"] += 1
        rule_ok = (f.imposer, f.target) in right
        tally[f"rule_{'ok' if rule_ok else 'bad'}/model_{'ok' if top in right else 'bad'}"] += 1
        if sides.NONE in right:
            tally["gold_none"] += 1
        if SHOW and top not in right:
            print(
                f"  {c.cid} rate={f.new_rate} rule={f.imposer}>{f.target} model={top} "
                f"p={p[top]:.2f} right={sorted(right)} :: {f.evidence[:220]}"
            )
    print(dict(tally))


GOLD_GROUPS = os.environ.get("GOLD_GROUPS", "1") == "1"
SHOW = os.environ.get("SHOW") == "1"
SCORE = _scorer(SHARED / "train.jsonl").score

if __name__ == "__main__":
    main()
