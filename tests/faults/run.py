"""`make faults`: run every fault, one line each, then the closing table.

python tests/faults/run.py            # the full suite (25 SIGKILLs)
python tests/faults/run.py --quick    # the iterations `make test` uses
python tests/faults/run.py -k gzip    # only faults whose name contains "gzip"
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the loopback peers

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="tw-faults-prefect-"))
os.environ.setdefault("DO_NOT_TRACK", "1")

from faults.catalogue import CATALOGUE
from faults.world import Verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer SIGKILL iterations")
    parser.add_argument("-k", default="", help="only faults whose name contains this")
    args = parser.parse_args(argv)
    if not args.quick:
        os.environ["TARIFFWATCH_FAULTS_FULL"] = "1"
    chosen = [f for f in CATALOGUE if args.k.lower() in f.name.lower()]
    verdicts: list[Verdict] = []
    with tempfile.TemporaryDirectory(prefix="tw-faults-") as tmp:
        for n, fault in enumerate(chosen):
            verdict = Verdict(fault.name)
            started = time.monotonic()
            try:
                fault.check(Path(tmp) / f"f{n}", verdict)
            except Exception as exc:  # a crash is a fault not survived, never a lost line
                verdict.fail(f"crashed: {type(exc).__name__}: {exc}")
                traceback.print_exc(file=sys.stderr)
            verdicts.append(verdict)
            mark = "survived" if verdict.survived else "FAILED  "
            print(f"{mark} {time.monotonic() - started:6.1f}s  {fault.name}")
            for note in verdict.notes:
                print(f"           {note}")
            sys.stdout.flush()
    survived = sum(v.survived for v in verdicts)
    rows = [
        ("faults tried", len(verdicts)),
        ("survived", survived),
        ("items lost", sum(v.items_lost for v in verdicts)),
        ("duplicate alerts", sum(v.duplicate_alerts for v in verdicts)),
        ("re-sent after a crash, marked as such", sum(v.flagged_redeliveries for v in verdicts)),
        ("undelivered alerts", sum(v.undelivered_alerts for v in verdicts)),
    ]
    print()
    print("| figure | count |")
    print("| --- | ---: |")
    for label, value in rows:
        print(f"| {label} | {value} |")
    return 0 if survived == len(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
