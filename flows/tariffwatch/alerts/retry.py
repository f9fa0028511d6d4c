"""Which delivery failures heal by themselves, and how long to wait before trying again. Pure.

apprise reports a failed HTTP post with the status in its log line
("... error=503."); a refused connection or a timeout has no status. A
status of 5xx, 408, 425 or 429, no status at all, or a cause we cannot read
is worth another try within the cycle; any other 4xx (a revoked token, a
deleted webhook) will fail the same way every time, so it is not retried and
the error says what to fix.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

_STATUS = re.compile(r"\berror=(\d{3})\b")
TRANSIENT_STATUSES = frozenset({408, 425, 429})  # timeout, too early, rate limited
JITTER_FRACTION = 0.5  # each wait is up to 50% longer, so routes do not retry in step


def http_status(reason: str) -> int | None:
    """The HTTP status apprise quoted in a failure, if any."""
    match = _STATUS.search(reason)
    return int(match.group(1)) if match else None


def is_transient(status: int | None) -> bool:
    """True when a failure with this status (None: no HTTP answer) may heal on its own."""
    return status is None or status >= 500 or status in TRANSIENT_STATUSES or status < 400


def fix_for(status: int) -> str:
    """What the operator should do about a failure that retrying will not cure."""
    if status in (401, 403):
        return (
            f"the route refused the credentials (HTTP {status}): its token or password is wrong, "
            "expired or revoked; fix the route's url (or the variable or Secret block it comes "
            "from), then check it with `tariffwatch alerts test`"
        )
    if status in (404, 410):
        return (
            f"the route's endpoint does not exist (HTTP {status}): the webhook was deleted or "
            "the url is mistyped; fix the route's url, then `tariffwatch alerts test`"
        )
    return (
        f"the route rejected the request (HTTP {status}) and would reject it again; check the "
        "route's url and its parameters with `tariffwatch alerts test`"
    )


# SMTP replies (RFC 5321 4.2.1): 4yz is a transient failure, "try again later"
# (421 closing, 450/451/452 mailbox busy / local error / no room, 454 TLS or auth
# not available now); 5yz is permanent and would be answered again.
SMTP_LOGIN_CODES = frozenset({530, 534, 535, 538})  # auth required, too weak, refused, needs TLS
SMTP_ADDRESS_CODES = frozenset({550, 551, 553})  # no such mailbox, not local, bad address


def smtp_is_transient(code: int) -> bool:
    """True when a mail server's refusal with this reply code may heal on its own."""
    return code < 500


def worst_smtp_refusal(codes: list[int]) -> int | None:
    """The code that decides a failed mail: a permanent refusal among them outweighs
    a temporary one (retrying would meet it again); else the last one."""
    permanent = [code for code in codes if not smtp_is_transient(code)]
    deciding = permanent or codes
    return deciding[-1] if deciding else None


def fix_for_smtp(route: str, code: int) -> str:
    """What to do about a mail server's permanent refusal (SMTP 5xx)."""
    if code in SMTP_LOGIN_CODES:
        return fix_for_smtp_login(route, code)
    if code in SMTP_ADDRESS_CODES:
        return (
            f"the mail server refused an address (SMTP {code}): check the to= and from= "
            f"addresses of route {route!r} (a mailbox that does not exist, a typo, or a sender "
            "the server will not send for), then `tariffwatch alerts test`"
        )
    return (
        f"the mail server refused the message (SMTP {code}) and would refuse it again: "
        f"read its reply, fix route {route!r} (its url or the mailbox), "
        "then `tariffwatch alerts test`"
    )


def fix_for_smtp_login(route: str, code: int) -> str:
    """What to do when the mail server refuses the route's login (SMTP 5xx to AUTH)."""
    return (
        f"the mail server refused the login (SMTP {code}): check the user and password of "
        f"route {route!r} (in its url, or the variable or Secret block it comes from), "
        "then `tariffwatch alerts test`"
    )


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """`retries` more tries after the first, waiting `delay` seconds, doubled each time,
    up to 50% longer at random, and never more than `max_delay`."""

    # Four tries waiting about 1, 2 and 4 s (7-8.5 s with jitter): a blip of three
    # failed requests heals in the cycle, and one route never holds it past ~10 s.
    retries: int = 3
    delay: float = 1.0
    max_delay: float = 4.0

    def wait(self, retry: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `retry` (1 for the first retry)."""
        base: float = self.delay * 2 ** min(retry - 1, 30)
        return min(self.max_delay, base * (1 + JITTER_FRACTION * rng()))
