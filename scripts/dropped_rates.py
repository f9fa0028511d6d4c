"""Why do rates in tariff sentences give no fact?

    python scripts/dropped_rates.py FILE.jsonl [--exclude-sealed] [--show REASON] [--kept]

For every sentence the extractor would split out that holds a tariff word, a
percentage and at least one country, each percentage either ends in a fact
(as its new or old rate, evidence that sentence) or is counted under the first
step that lost it:

  not-read        the sentence never reached read_tariffs (gated out in core)
  early-return    read_tariffs returned before choosing rates (no word left, ...)
  filter:NAME     _rates judged it no tariff rate (NAME: the filter, in _rates' order)
  increment       a bare "by N%" with no fact of its own
  grouped         kept as a rate but folded into another draft (old rate, range)
  dropped-draft   a draft removed after grouping (replaced, told before)
  no-target       no target country for the rate
  no-imposer      a target but no imposer
  same-side       imposer and target the same country
  story           a sentence fact dropped by the story-level settling

The counting wraps the rules' private steps (no change to them), so the counts
follow the code as it stands. Only counts are printed unless --show asks for the
sentences of one reason (never use it on a sealed set: --exclude-sealed drops
fold 9 of the 10-split of train.jsonl).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from tariffwatch.extract import core, cues, tariffs
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.numbers import find_percents
from tariffwatch.extract.sentences import sentence_at
from tariffwatch.model import TariffFact

sys.path.insert(0, str(Path(__file__).resolve().parent))
from folds import fold_of

_log: dict[str, dict[str, Any]] = defaultdict(dict)  # lowered sentence -> what happened


def _filter_reason(
    sentence: str,
    p: Any,
    words: list[re.Match[str]],
    clauses: list[tuple[int, int]],
    listed: dict[int, Any],
    not_words: frozenset[int],
) -> str:
    """The first test of tariffs._rates that refuses ``p`` (same order)."""
    t = tariffs
    if p.points:
        return "points"
    if p.start in listed:
        return "list-item-no-word"
    before = sentence[max(0, p.start - 45) : p.start]
    right = (
        t._RIGHT_TARIFF.match(sentence, p.end)
        or t._IN_TARIFFS.match(sentence, p.end)
        or t._ON_TOP_WORD.match(sentence, p.end)
    )
    if cues.SHARE_AFTER.match(sentence, p.end):
        return "share-after"
    if t._MOVE_AT.search(before):
        return "move-at"
    if right is None and cues.CHANGE_BEFORE.search(before) and not t._FACE_BEFORE.search(before):
        return "change-before"
    cs, ce = t._clause_of(clauses, p.start)
    if t._OFF_AFTER.match(sentence, p.end):
        return "off-after"
    if t._STANDARD_BEFORE.search(sentence, max(0, p.start - 30), p.start):
        return "standard"
    if t._NOT_AD_VALOREM.search(sentence, max(cs, p.start - 45), min(ce, p.end + 25)):
        return "not-ad-valorem"
    if t._ESTIMATE.search(sentence, cs, p.start) or t._ESTIMATE_AFTER.search(sentence, p.end):
        return "estimate"
    if t._forecast(sentence, cs, p.start):
        return "forecast"
    if not right:
        word = None
        for w in words:
            if cs <= w.start() and w.end() <= p.start:
                word = w
        if word is None:
            return "no-word-before-in-clause"
        gap = sentence[word.end() : p.start]
        if len(gap.split()) > 25:
            return "word-too-far"
        if cues.DISTRACTOR.search(gap):
            return "distractor-gap"
    elif p.value != 0 and cues.DISTRACTOR.search(sentence, max(cs, p.start - 30), p.start):
        return "distractor-before"
    return "other"


def _install() -> None:
    orig_read = tariffs.read_tariffs
    orig_rates = tariffs._rates
    orig_group = tariffs._group
    orig_facts = tariffs._facts
    orig_targets = tariffs._targets
    orig_imposer = tariffs._imposer
    calls: dict[str, Any] = {}

    def read_tariffs(sentence: str, mentions: Any, ctx: Any, **kw: Any) -> Any:
        low = kw.get("low") or cues.lower(sentence)
        entry = _log[low]
        entry["read"] = True
        out = orig_read(sentence, mentions, ctx, **kw)
        entry["facts"] = [(f.new_rate, f.old_rate) for f in out]
        return out

    def _rates(
        sentence: str,
        percents: Any,
        words: Any,
        clauses: Any,
        listed: Any,
        not_words: Any = frozenset(),
    ) -> Any:
        rates, incs = orig_rates(sentence, percents, words, clauses, listed, not_words)
        entry = _log[sentence]
        kept = {r.pct.start for r in rates}
        entry["kept"] = kept
        entry["incs"] = {p.start for p in incs}
        entry["filtered"] = {
            p.start: _filter_reason(sentence, p, words, clauses, listed, not_words)
            for p in percents
            if p.start not in kept and p.start not in entry["incs"]
        }
        return rates, incs

    def _group(sentence: str, rates: Any, clauses: Any) -> Any:
        drafts = orig_group(sentence, rates, clauses)
        _log[sentence]["drafted"] = {d.new.pct.start for d in drafts}
        _log[sentence]["in_draft"] = {
            x for d in drafts for x in (d.new.pct.start, d.old_pct.start if d.old_pct else -1)
        }
        return drafts

    def _targets(*a: Any, **kw: Any) -> Any:
        got = orig_targets(*a, **kw)
        calls["targets"] = got
        return got

    def _imposer(*a: Any, **kw: Any) -> Any:
        got = orig_imposer(*a, **kw)
        calls.setdefault("imposers", []).append((a[5], got[0]))
        return got

    def _facts(sentence: str, orig: str, d: Any, *a: Any) -> Any:
        calls.clear()
        out = orig_facts(sentence, orig, d, *a)
        entry = _log[sentence]
        entry.setdefault("facted", set()).add(d.new.pct.start)
        if not out:
            imps = calls.get("imposers", [])
            if (
                d.target is None
                and calls.get("targets") in ([], [""])
                and not any(t for t, _ in imps)
            ):
                why = "no-target"
            elif any(t and not i for t, i in imps):
                why = "no-imposer"
            elif any(t and t == i for t, i in imps):
                why = "same-side"
            elif not imps:
                why = "no-target"
            else:
                why = "no-imposer" if not any(i for _, i in imps) else "no-target"
            entry.setdefault("why", {})[d.new.pct.start] = why
        return out

    core.read_tariffs = read_tariffs
    tariffs._rates = _rates
    tariffs._group = _group
    tariffs._facts = _facts
    tariffs._targets = _targets
    tariffs._imposer = _imposer


def _candidates(text: str) -> list[tuple[int, int]]:
    """Spans of sentences with a tariff word, a percentage and a country."""
    low = cues.lower(text)
    spans: list[tuple[int, int]] = []
    for p in find_percents(low):
        s, e = sentence_at(text, p.start)
        if spans and spans[-1] == (s, e):
            continue
        sent = low[s:e]
        if cues.TARIFF_WORD.search(sent) and find_mentions(text[s:e]):
            spans.append((s, e))
    return spans


def reasons(cases: list[dict[str, Any]]) -> tuple[Counter[str], list[tuple[str, str, float]]]:
    counts: Counter[str] = Counter()
    rows: list[tuple[str, str, float]] = []
    for case in cases:
        _log.clear()
        pub = date.fromisoformat(case["published"]) if case.get("published") else None
        facts = [f for f in core.extract(case["text"], published=pub) if isinstance(f, TariffFact)]
        text = case["text"]
        for s, e in _candidates(text):
            sent, low = text[s:e], cues.lower(text[s:e])
            final = {(f.new_rate, f.old_rate) for f in facts if f.evidence == sent}
            final_vals = {v for pair in final for v in pair if v is not None}
            entry = _log.get(low, {})
            local_vals = {v for pair in entry.get("facts", []) for v in pair if v is not None}
            for p in find_percents(low):
                if p.points:
                    continue
                if p.value in final_vals:
                    why = "kept"
                elif p.value in local_vals:
                    why = "story"
                elif not entry.get("read"):
                    why = "not-read"
                elif "kept" not in entry:
                    why = "early-return"
                elif p.start in entry.get("filtered", {}):
                    why = "filter:" + entry["filtered"][p.start]
                elif p.start in entry.get("incs", set()):
                    why = "increment"
                elif p.start not in entry.get("in_draft", set()):
                    why = "grouped" if "drafted" in entry else "dropped-draft"
                elif p.start not in entry.get("facted", set()):
                    why = "dropped-draft" if p.start in entry.get("drafted", set()) else "grouped"
                else:
                    why = entry.get("why", {}).get(p.start, "other")
                counts[why] += 1
                rows.append((why, sent.strip(), p.value))
    return counts, rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--exclude-sealed", action="store_true")
    ap.add_argument("--show", default=None)
    args = ap.parse_args()
    cases = [json.loads(line) for f in args.files for line in f.read_text().splitlines() if line]
    if args.exclude_sealed:
        cases = [c for c in cases if fold_of(c, 10) != 9]
    _install()
    counts, rows = reasons(cases)
    total = sum(counts.values())
    print(f"{total} rates in {len(cases)} texts; kept {counts['kept']}")
    for why, n in counts.most_common():
        print(f"  {n:4d}  {why}")
    if args.show:
        for why, sent, value in rows:
            if why.startswith(args.show):
                print(f"[{why} {value}] {sent}")


if __name__ == "__main__":
    main()
