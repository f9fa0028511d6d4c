"""Which table-test strings copy runs of words from the labelled passages?

    python scripts/copied_runs.py            # rows with a shared run of >= 7 words
    python scripts/copied_runs.py --min 5 --counts

A table row is meant to test a wording family in our own words. A row whose text
shares a long run of consecutive words with a train or dev passage tests that
passage instead, and its passing says nothing about generalization. For each string
literal in tests/test_extract_*.py (ast joins implicitly concatenated strings), this
finds the longest run of consecutive words (lowercased, punctuation stripped) it
shares with any passage text. Only the run is printed, never the passage or its id,
so the sealed fold's cases are not shown. Exit status 1 when a row is flagged.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "extraction"
PUNCT = re.compile(r"[^\w]|_")


def words(text: str) -> list[str]:
    """Whitespace-split words, lowercased, punctuation stripped ("U.S." is "us")."""
    return [w for w in (PUNCT.sub("", t) for t in text.lower().split()) if w]


def passage_words(paths: list[Path]) -> list[list[str]]:
    out: list[list[str]] = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    out.append(words(json.loads(line)["text"]))
    return out


class RunIndex:
    """Every n-gram of the passages (n = the shortest run worth reporting), to seed runs."""

    def __init__(self, passages: list[list[str]], seed: int) -> None:
        self.passages = passages
        self.seed = seed
        self.starts: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        for p, ws in enumerate(passages):
            for i in range(len(ws) - seed + 1):
                self.starts.setdefault(tuple(ws[i : i + seed]), []).append((p, i))

    def longest(self, ws: list[str]) -> tuple[int, list[str]]:
        """Length and words of the longest run ``ws`` shares with a passage (0 below seed)."""
        best, best_at = 0, 0
        for j in range(len(ws) - self.seed + 1):
            for p, i in self.starts.get(tuple(ws[j : j + self.seed]), ()):
                other = self.passages[p]
                n = self.seed
                while j + n < len(ws) and i + n < len(other) and ws[j + n] == other[i + n]:
                    n += 1
                if n > best:
                    best, best_at = n, j
        return best, ws[best_at : best_at + best]


def literals(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=7, help="shortest run to report")
    parser.add_argument("--counts", action="store_true", help="only the count per file")
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tests").glob("test_extract_*.py"))
    index = RunIndex(passage_words([SHARED / "train.jsonl", SHARED / "dev.jsonl"]), args.min)
    per_file: Counter[str] = Counter()
    for path in files:
        for line, text in literals(path):
            n, run = index.longest(words(text))
            if n >= args.min:
                per_file[path.name] += 1
                if not args.counts:
                    print(f"{path.name}:{line}: {n} words: {' '.join(run)}")
    for name, count in sorted(per_file.items()):
        print(f"{count:4d}  {name}")
    print(f"{sum(per_file.values()):4d}  rows with a run of >= {args.min} words")
    return 1 if per_file else 0


if __name__ == "__main__":
    sys.exit(main())
