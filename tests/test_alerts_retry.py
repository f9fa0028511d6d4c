"""Which mail-server refusals heal by themselves, and what to fix otherwise (alerts/retry.py)."""

from __future__ import annotations

import pytest

from tariffwatch.alerts.retry import fix_for_smtp, smtp_is_transient, worst_smtp_refusal


@pytest.mark.parametrize("code", [421, 450, 451, 452, 454])
def test_a_4xx_smtp_reply_is_temporary(code):
    assert smtp_is_transient(code)


@pytest.mark.parametrize("code", [530, 535, 550, 551, 552, 553, 554])
def test_a_5xx_smtp_reply_is_permanent(code):
    assert not smtp_is_transient(code)


@pytest.mark.parametrize(
    ("codes", "deciding"),
    [
        ([], None),
        ([451], 451),
        ([450, 451], 451),  # the last temporary one when all are
        ([550, 451], 550),  # a permanent refusal outweighs a later temporary one
        ([451, 553, 450], 553),
    ],
)
def test_the_worst_refusal_decides(codes, deciding):
    assert worst_smtp_refusal(codes) == deciding


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (535, "refused the login (SMTP 535): check the user and password of route 'mail'"),
        (530, "refused the login (SMTP 530)"),
        (550, "refused an address (SMTP 550): check the to= and from= addresses of route 'mail'"),
        (553, "refused an address (SMTP 553)"),
        (554, "refused the message (SMTP 554) and would refuse it again"),
    ],
)
def test_each_permanent_refusal_says_what_to_fix(code, says):
    fix = fix_for_smtp("mail", code)
    assert says in fix and fix.endswith("`tariffwatch alerts test`")
