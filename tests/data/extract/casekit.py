"""What make_cases.py and make_general.py share: how a labelled case is written down."""

import json
from pathlib import Path

PUBLISHED = "2025-06-02"  # a Monday


class CaseFile:
    """Labelled sentences, written as one JSON line each.

    `old_checked`: whether a tariff with no old rate given expects `null`
    (make_cases.py, which tests old rates on purpose) or leaves it unchecked
    (make_general.py, written from wire copy).
    """

    def __init__(self, *, old_checked: bool) -> None:
        self.old_checked = old_checked
        self.cases: list[dict] = []

    def t(self, imp, tgt, new, old=None, status=None, current=True, additional=None):
        d = {"kind": "tariff", "imposer": imp, "target": tgt, "new_rate": new, "current": current}
        if old is not None or self.old_checked:
            d["old_rate"] = old
        if status:
            d["status"] = status
        if additional is not None:
            d["additional"] = additional
        return d

    @staticmethod
    def n(a, b, status, current=True):
        return {
            "kind": "negotiation",
            "parties": sorted([a, b]),
            "status": status,
            "current": current,
        }

    def case(self, group, text, *facts, published=PUBLISHED, title=None):
        entry = {"group": group, "text": text, "published": published, "expect": list(facts)}
        if title:
            entry["title"] = title
        self.cases.append(entry)

    def write(self, path: Path) -> None:
        path.write_text(
            "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in self.cases), encoding="utf-8"
        )
        print(f"{len(self.cases)} cases -> {path}")
