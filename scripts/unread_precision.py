"""How worth reading is the list of unread rate mentions? Figures on opened labelled sets.

    python scripts/unread_precision.py                      # train.jsonl and regions_2026_12
    python scripts/unread_precision.py FILE.jsonl ...       # other opened sets

Precision: the share of unread mentions that are a labelled rate the rules
missed (a gold tariff of that passage with that new_rate that no fact of the
rules matches on imposer, target and rate, as score.py matches). Coverage: the
share of the rules' missed labelled tariffs whose rate is listed as an unread
mention of their passage. Never run it on tests/data/sealed/ or another sealed
set: it is for tuning, and a sealed set tuned on is sealed no more.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from tariffwatch.extract import extract, unread
from tariffwatch.model import TariffFact

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [
    ROOT.parent / "shared" / "extraction" / "train.jsonl",
    ROOT / "tests" / "data" / "extract" / "regions_2026_12.jsonl",
]


def _close(a: float, b: float) -> bool:
    return abs(a - b) < 0.05


def measure(cases: list[dict[str, Any]]) -> dict[str, Any]:
    mentions = hits = missed = found = not_read = found_not_read = 0
    for case in cases:
        published = date.fromisoformat(case["published"]) if case.get("published") else None
        title = case.get("title")
        facts = extract(case["text"], published=published, title=title)
        have = {
            (f.imposer, f.target, round(f.new_rate, 1)) for f in facts if isinstance(f, TariffFact)
        }
        want = {
            (g["imposer"], g["target"], round(float(g["new_rate"]), 1)) for g in case["tariffs"]
        }
        lost = want - have
        # sealed.py's "rate not read": no fact of the rules, right or wrong, has that rate
        spurious_rates = {rate for _, _, rate in have - want}
        unread_rates = [rate for _, _, rate in lost if rate not in spurious_rates]
        listed = unread.unread_mentions(case["text"], facts, title=title)
        mentions += len(listed)
        hits += sum(1 for m in listed if any(_close(m.value, r) for _, _, r in lost))
        missed += len(lost)
        found += sum(1 for _, _, r in lost if any(_close(m.value, r) for m in listed))
        not_read += len(unread_rates)
        found_not_read += sum(1 for r in unread_rates if any(_close(m.value, r) for m in listed))
    return {
        "passages": len(cases),
        "mentions": mentions,
        "missed_rate_mentions": hits,
        "precision": hits / mentions if mentions else 0.0,
        "missed_tariffs": missed,
        "listed_missed": found,
        "coverage": found / missed if missed else 0.0,
        "rates_not_read": not_read,
        "listed_not_read": found_not_read,
        "coverage_not_read": found_not_read / not_read if not_read else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    for path in args.files:
        if "sealed" in path.parts:
            print(f"{path}: a sealed set is never tuned on", file=sys.stderr)
            return 2
        cases = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        r = measure(cases)
        print(
            f"{path.name}: {r['passages']} passages, {r['mentions']} unread mentions, "
            f"{r['missed_rate_mentions']} of them a missed labelled rate "
            f"(precision {r['precision']:.2f}); {r['listed_missed']} of {r['missed_tariffs']} "
            f"missed labelled tariffs listed (coverage {r['coverage']:.2f}), "
            f"{r['listed_not_read']} of the {r['rates_not_read']} whose rate no fact has "
            f"({r['coverage_not_read']:.2f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
