"""Score the rules on the sealed sets, news no rule was written from: figures only.

    python scripts/sealed.py                   # every sealed set and stream
    python scripts/sealed.py --causes          # and the passages' misses counted by cause
    python scripts/sealed.py --seal NAME FILE  # keep FILE (and FILE's .expected.jsonl)

A sealed set measures whether rules written from other text transfer, so it is
scored and never read: its misses are not printed, and its files are gzipped so a
search of the tree never shows a passage. Whoever opens one to fix what it misses
turns it into a tuning set: move it to tests/data/extract/ then, say so in its
commit, and write a new sealed set. Passage sets (train.jsonl's format) are scored
by ../shared/extraction/score.py as is; streams (tests/replaykit.py's format) are
replayed story by story through extract and fold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEALED = ROOT / "tests" / "data" / "sealed"
sys.path.insert(0, str(ROOT / "tests"))

from sharedset import find_shared_dir, load_scorer, predict  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seal", nargs=2, metavar=("NAME", "FILE"), help="keep FILE as NAME")
    parser.add_argument("--causes", action="store_true", help="count the misses by cause")
    args = parser.parse_args(argv)
    if args.seal:
        return seal(*args.seal)
    for path in sorted(SEALED.glob("*.jsonl.gz")):
        name = path.name.removesuffix(".jsonl.gz")
        if name.endswith(".expected"):
            continue
        if (SEALED / f"{name}.expected.jsonl.gz").exists():
            print(f"{name}: {stream_line(name)}")
        else:
            cases = read(path)
            predictions = predict(cases)
            print(f"{name}: {passages_line(cases, predictions)}")
            if args.causes:
                print(f"  misses by cause: {causes_line(cases, predictions)}")
    return 0


def seal(name: str, file: str) -> int:
    source = Path(file)
    expected = source.with_name(source.name.removesuffix(".jsonl") + ".expected.jsonl")
    for src, dst in [(source, f"{name}.jsonl.gz"), (expected, f"{name}.expected.jsonl.gz")]:
        if src.exists():
            (SEALED / dst).write_bytes(gzip.compress(src.read_bytes(), mtime=0))
            print(f"sealed {src} -> {SEALED / dst}")
    return 0


def read(path: Path) -> list[dict[str, Any]]:
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def passages_line(cases: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> str:
    result = _scorer().score(cases, predictions)
    tariff, talks, both = result["tariff"], result["negotiation"], result["combined"]
    status = result["attributes"].get("tariff.status", 0.0)
    return (
        f"{len(cases)} passages, combined F1 {both['f1']:.3f} (P {both['precision']:.3f} "
        f"R {both['recall']:.3f}); tariff P/R {tariff['precision']:.2f}/{tariff['recall']:.2f}; "
        f"talks F1 {talks['f1']:.3f}; tariff status {status:.2f}; "
        f"distractors clean {result['distractors_clean']}"
    )


def causes_line(cases: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> str:
    """The tariff misses and spurious facts counted by what went wrong, as score.py
    keys them (imposer, target, rate): counts only, so the set stays sealed."""
    score = _scorer()
    got: dict[str, set[tuple[str, str, float | None]]] = {}
    for fact in predictions:
        if fact.get("kind") == "tariff":
            got.setdefault(str(fact["id"]), set()).add(score.tariff_key(fact))
    counts: dict[str, int] = {}
    for case in cases:
        want = {score.tariff_key(f) for f in case.get("tariffs", [])}
        have = got.get(str(case["id"]), set())
        for cause in _tariff_causes(want, have):
            counts[cause] = counts.get(cause, 0) + 1
    return ", ".join(f"{cause} {n}" for cause, n in sorted(counts.items(), key=lambda x: -x[1]))


def _tariff_causes(
    want: set[tuple[str, str, float | None]], have: set[tuple[str, str, float | None]]
) -> list[str]:
    missed, spurious = want - have, have - want
    causes: list[str] = []
    for imposer, target, rate in sorted(missed, key=str):
        same_rate = [s for s in spurious if s[2] == rate]
        if (target, imposer, rate) in spurious:
            causes.append("missed: sides reversed")
            spurious.discard((target, imposer, rate))
        elif any({s[0], s[1]} & {imposer, target} for s in same_rate):
            causes.append("missed: one side wrong")
            spurious.discard(next(s for s in same_rate if {s[0], s[1]} & {imposer, target}))
        elif same_rate:
            causes.append("missed: rate given to another pair")
            spurious.discard(same_rate[0])
        else:
            causes.append("missed: rate not read")
    wanted_rates = {rate for _, _, rate in want}
    for _, _, rate in spurious:
        causes.append(
            "spurious: pair beside a labelled rate"
            if rate in wanted_rates
            else "spurious: a rate that is no fact"
        )
    return causes


def stream_line(name: str) -> str:
    import replaykit

    with tempfile.TemporaryDirectory() as folder:
        for suffix in (".jsonl", ".expected.jsonl"):
            text = gzip.decompress((SEALED / f"{name}{suffix}.gz").read_bytes())
            (Path(folder) / f"{name}{suffix}").write_bytes(text)
        replaykit.STREAMS = Path(folder)
        replay = replaykit.replay(name)
    return (
        f"{len(replay.want)} changes told; found: rates {replay.recall('tariff'):.2f}, "
        f"threats {replay.recall('threat'):.2f}, talks {replay.recall('negotiation'):.2f}; "
        f"alerts right {replay.alert_precision:.2f} ({len(replay.got)} sent)"
    )


def _scorer() -> ModuleType:
    shared = find_shared_dir()
    if shared is None:
        raise SystemExit("../shared/extraction/score.py not found (set TARIFFWATCH_SHARED)")
    return load_scorer(shared / "extraction" / "score.py")


if __name__ == "__main__":
    sys.exit(main())
