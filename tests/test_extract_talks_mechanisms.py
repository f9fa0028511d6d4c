"""Talks mechanisms, one own-words passage each (tests/data/extract/talks_mechanisms.jsonl).

Written before the rules were changed for them, to measure how the talks
rules read constructions rather than phrases: which sides a cue belongs to
(coordinated subjects, "talks between", counterparts, a delegation's trip, a
venue that is no side, a clause of its own), the status of each pair when
one passage tells several (history beside news, a leading subordinate
clause), negation and outcome-less ends of one sitting, modality, and talks
that wait for a time or event ("will not resume until"); the ta cases were
written after the first fix to check it on sentences it was not written from. Each
case is labelled by docs/facts.md; ``alt_status`` is an accepted second
reading. A case the rules still miss is an expected failure with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractkit import case_ids, cases_with_open, labelled_cases, labelled_talks

CASES = labelled_cases("talks_mechanisms.jsonl")
# Still read wrong, and why: the mechanism each needs.
OPEN: dict[str, str] = {
    "tm29": "labels disagree: test_extract_talks_breadth reads a deal that 'could be signed' "
    "as no fact, this table as talks toward it; left to the house convention",
    "tm51": "labels disagree: test_extract_talks_news reads 'committed to reaching a deal' as "
    "no fact, this table 'their commitment to a deal' as talks toward it",
    "tm74": "'was lifted on Monday and negotiators will meet in January': a round set in a "
    "clause joined with no comma reads as the restart's own date",
    "tm76": "'a deal in principle between Britain and the Gulf states is within reach': "
    "'in principle' parts the deal from its sides, and 'Gulf states' names no bloc",
    "tm80": "'After two rounds this autumn, ... are due to meet again': the rounds held read as "
    "the round set",
    "tm93": "labels disagree: test_extract_talks 'a reported threat is no collapse' reads "
    "'said ... would walk away' as a threat; this table reads 'said it would suspend' as done",
    # the ten written after the first fix (the after-after check), kept as written
    "ta01": "'finalised their review of CETA' names no deal word the rules read as a deal",
    "ta02": "a round that 'wrapped up without an agreement' beside the next round set: the "
    "round held stays a second state",
    "ta03": "'Talks ..., which were frozen in March 2022, restarted': a stall told in a relative "
    "clause after a comma has no talks word beside it",
}


@pytest.mark.parametrize("case", cases_with_open(CASES, OPEN), ids=case_ids(CASES))
def test_talks_mechanism(case: dict[str, Any]) -> None:
    got, want = labelled_talks(case)
    assert got == want, case["text"]
