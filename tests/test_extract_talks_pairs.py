"""Talks between pairs beyond US-China, one own-words passage each
(tests/data/extract/talks_pairs.jsonl).

Written from the forms real free-half paragraphs took (blocs, capitals, leaders
and adjectives as sides, talks named by their deal, venues and hosts, a deal
told from a third country's view) and scored on the rules before they were
changed for them. The mechanism under test is which mentions a cue's sides are
when the sentence names other countries in a clause of its own: a relative or
participle clause after the deal, a trailing "since/after/while" clause, a
purpose phrase, a comparison. Each case is labelled by docs/facts.md; a case the
rules still miss is an expected failure with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractkit import case_ids, cases_with_open, labelled_cases, labelled_talks

# talks_pairs_after.jsonl: ten more, written after the first three changes to see
# them carry (5 of 10 right before them, 9 after; the tenth, a "with" inside a
# relative clause after the deal, drove the last change).
CASES = labelled_cases("talks_pairs.jsonl", "talks_pairs_after.jsonl")
# Still read wrong, and why: the mechanism each needs.
OPEN: dict[str, str] = {
    "tp21": "'Negotiations for a ... agreement were launched': a passive launch after a "
    "'for' topic is no start the cue table reads",
    "tp32": "'after Ottawa and London had halted them': a halt told with a pronoun for the "
    "talks beside their restart is no second state",
    "tp33": "'negotiations on a deal that stalled in July': the stall of the relative clause "
    "hides the talks under way as that stall's road",
}


@pytest.mark.parametrize("case", cases_with_open(CASES, OPEN), ids=case_ids(CASES))
def test_talks_between_other_pairs(case: dict[str, Any]) -> None:
    got, want = labelled_talks(case)
    assert got == want, case["text"]
