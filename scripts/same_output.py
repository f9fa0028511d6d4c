"""Does a change to the extractor leave every output as it was? Run it in two trees, compare.

    PYTHONPATH=/work/wt-ref/flows:/work/wt-ref python scripts/same_output.py /tmp/ref.json
    PYTHONPATH=/work/wt-new/flows:/work/wt-new python scripts/same_output.py /tmp/new.json \
        --compare /tmp/ref.json

Meant for refactors that must not change a single fact (speed work, cleanups). Each
fact is kept whole (``repr``: every field, the rule and the words it read, not only
what SPEC JSON prints), for every input: the dev and train sets as scripts/folds.py
reads them (with and without their titles; outputs are compared with themselves,
never scored), the replay streams, the cases of tests/data/extract, the seed articles,
the strings of the extraction table tests, and a few thousand bench items; each once
with a user alias too.
Exit status 1 when ``--compare`` finds a difference.
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from tariffwatch.extract import extract
from tariffwatch.extract.documents import Document, read_documents

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "extraction"
# Names the built-in lists lack, as a user's config would add them.
ALIASES = {"Lutnick": "US", "Carney": "CA", "Sefcovic": "EU", "the Kremlin": "RU"}
PUBLISHED = date(2025, 6, 1)  # for inputs that carry no date


def inputs(bench_items: int) -> Iterator[tuple[str, Document]]:
    """(key, document) of every input; the keys are stable across trees."""
    for name in ("dev.jsonl", "train.jsonl"):
        with (SHARED / name).open(encoding="utf-8") as fh:
            for d in read_documents(fh):
                yield f"{name}:{d.id}", d
    for path in sorted((ROOT / "tests" / "data" / "streams").glob("*.jsonl")):
        if path.name.endswith(".expected.jsonl"):
            continue
        with path.open(encoding="utf-8") as fh:
            for d in read_documents(fh):
                yield f"{path.name}:{d.id}", d
    for path in sorted((ROOT / "tests" / "data" / "extract").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                case = json.loads(line)
                published = date.fromisoformat(case.get("published") or PUBLISHED.isoformat())
                yield (
                    f"{path.name}:{i}",
                    Document(str(i), case["text"], published, case.get("title")),
                )
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        published = datetime.fromisoformat(meta["published"].replace("Z", "+00:00")).date()
        text = path.read_text(encoding="utf-8")
        yield f"seeds:{path.stem}", Document(path.stem, text, published, meta.get("title"))
    for path in sorted((ROOT / "tests").glob("test_extract_*.py")):
        for text in dict.fromkeys(_test_strings(path)):
            key = hashlib.sha1(text.encode()).hexdigest()[:12]  # stable when tests are added
            yield f"{path.name}:{key}", Document(key, text, PUBLISHED)
    from bench.extract_speed import make_items

    for mix, n in (("realistic", bench_items), ("tariff", bench_items // 2)):
        for i, it in enumerate(make_items(n, mix=mix, seed=7)):
            yield f"bench-{mix}:{i}", Document(str(i), it.text, it.published, it.title)


def _test_strings(path: Path) -> Iterator[str]:
    """The sentences a table test feeds the extractor: its string constants that read as prose."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        text = node.value if isinstance(node, ast.Constant) else None
        if isinstance(text, str) and len(text) >= 30 and " " in text:
            yield text


def outputs(bench_items: int) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, d in inputs(bench_items):
        out[key] = repr(extract(d.text, published=d.published, title=d.title))
        if d.title:
            out[key + ":untitled"] = repr(extract(d.text, published=d.published))
        out[key + ":aliases"] = repr(
            extract(d.text, published=d.published, title=d.title, aliases=ALIASES)
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path, help="where to write the outputs (JSON)")
    ap.add_argument("--compare", type=Path, help="outputs of the reference tree to compare with")
    ap.add_argument("--bench-items", type=int, default=2000)
    a = ap.parse_args(argv)
    got = outputs(a.bench_items)
    a.out.write_text(json.dumps(got, indent=0, sort_keys=True), encoding="utf-8")
    facts = sum(v.count("Fact(") for v in got.values())
    print(f"{len(got)} extractions, {facts} facts -> {a.out}")
    if a.compare is None:
        return 0
    ref: dict[str, str] = json.loads(a.compare.read_text(encoding="utf-8"))
    diffs = sorted(k for k in ref.keys() | got.keys() if ref.get(k) != got.get(k))
    for k in diffs[:20]:
        print(f"DIFF {k}\n  ref: {ref.get(k)}\n  got: {got.get(k)}")
    print(f"{len(diffs)} differences")
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main())
