"""``python -m tariffwatch.extract FILE|- [--explain]``: one JSON line per fact.

With --explain, a human line for each fact goes to stderr, so stdout stays
valid JSON lines for score.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from tariffwatch.extract import explain_fact, extract, fact_to_spec_json, read_documents


def run(stream: TextIO, out: TextIO, err: TextIO, *, explain: bool) -> int:
    for doc in read_documents(stream):
        for fact in extract(doc.text, published=doc.published, title=doc.title):
            out.write(json.dumps(fact_to_spec_json(doc.id, fact), ensure_ascii=False) + "\n")
            if explain:
                err.write(f"{doc.id}: {explain_fact(fact)}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tariffwatch.extract", description=__doc__)
    ap.add_argument("file", help="JSON lines or plain text; - for stdin")
    ap.add_argument("--explain", action="store_true", help="say why, for each fact, on stderr")
    a = ap.parse_args(argv)
    try:
        if a.file == "-":
            return run(sys.stdin, sys.stdout, sys.stderr, explain=a.explain)
        with open(a.file, encoding="utf-8") as fh:
            return run(fh, sys.stdout, sys.stderr, explain=a.explain)
    except (OSError, ValueError) as e:
        print(f"error: {a.file}: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
