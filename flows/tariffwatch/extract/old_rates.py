"""The rate before, where the words around a new rate make it certain.

tariffs.py reads the common shapes ("from 25% to 35%", "doubled to 50%", "by
10 points to 30%"); these are the rarer ones, one pattern each, tried in order:

    "50% instead of the current 15% to 20%"      -> 20   (the rate replaced)
    "then lowered it to 10%" after "a 20% tariff" -> 20   (the rate the pronoun names)
    "15%, a one-point increment on the 14%"      -> 14   (the base of an increment)
    "bringing back a 10% tariff"                 -> 0    (a tariff restored was none)
    "a total levy of 50% after ... an additional 25%" -> 25 (the total less the increment)
    "50% on steel ... he was doubling the duties" -> 25   (a multiplier with no rate of its own)
    "a 25% tariff, which climbs on January 1 to 30%" -> 25 (the rate the relative clause names)
    "a 25% tariff, rising to 50% in a week"          -> 25 (the step before in a schedule)
    "50%, twice what they paid in March"             -> 25 (a multiple of the rate before)
"""

from __future__ import annotations

from tariffwatch.extract.cues import gate_patterns
from tariffwatch.extract.regex_cache import regex

_PCT = r"(?P<x>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)"
_PCT_RE = regex(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent|pc\b)")
# After the new rate: the rate it replaces, a range's top being the rate paid.
_INSTEAD_AFTER = regex(
    r"\s*(?:[\w-]+\s+){0,5}?(?:instead\s+of|rather\s+than|replacing|in\s+place\s+of)\s+"
    r"(?:the\s+|a\s+|an\s+|its\s+)?(?:current|existing|present|previous|old|earlier|today['’]s)?\s*"
    r"(?:[\w-]+\s+)?"
    + _PCT
    + r"(?:\s*(?:to|-|–)\s*(?P<y>\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent))?"
)
# After the new rate: an increment on a stated base.
_INCREMENT_ON = regex(
    r"[,\s]+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:increment|increase|rise|hike|step\s+up|markup)\s+"
    r"(?:on|from|over)\s+(?:the\s+|an?\s+|its\s+)?" + _PCT
)
# Before the new rate: a verb whose object is a pronoun for an earlier rate.
_PRONOUN_TO = regex(
    r"\b(?:then\s+|later\s+|since\s+|and\s+)?(?:lowered|raised|cut|reduced|increased|hiked|"
    r"trimmed|slashed|lifted|brought)\s+(?:it|them)\s+(?:down\s+|up\s+|back\s+)?to\s+"
    r"(?:about\s+|around\s+)?$"
)
# Before the new rate: a relative clause that moves the rate just named.
_RELATIVE_TO = regex(
    r",\s*which\s+(?:will\s+|would\s+|then\s+)?(?:climb|rise|rose|increas|jump|go(?:es)?\s+up|"
    r"fall|fell|drop|declin|move)\w*\s+(?:[\w.]+\s+){0,5}?to\s+(?:about\s+)?$"
)
# Before the new rate: the next step of a rate just named ("25%, rising to 50%
# in a week", "10% at first, then climbing to 30%", "a 30% levy, to rise to 45%").
STEP_TO = regex(
    r"(?:,\s*|\s(?:and|then|before)\s+)(?:(?:and\s+)?then\s+)?"
    r"(?P<inf>to\s+|(?:set|due|scheduled|expected)\s+to\s+)?"
    r"(?:ris(?:e|es|ing)|climb(?:s|ing)?|increas(?:e|es|ing)|jump(?:s|ing)?|go(?:es|ing)?\s+up|"
    r"escalat(?:e|es|ing)|step(?:s|ping)?\s+up|doubl(?:e|es|ing))\s+(?:further\s+)?to\s+"
    r"(?:about\s+|around\s+)?$"
)
_STEP_REACH = 80  # characters from the rate named to the step's verb
# Before the new rate: a tariff brought back was none before.
_RESTORED = regex(
    r"\b(?:reinstat\w*|restor\w*|reimpos\w*|bring\w*\s+back|brought\s+back)\s+"
    r"(?:[\w$-]+\s+){0,3}?$"
)


# Before the new rate: it is a total.
_TOTAL_BEFORE = regex(
    r"\b(?:total|combined|overall|cumulative)\s+(?:[\w-]+\s+){0,3}?(?:of\s+|at\s+|to\s+)?$"
)
# Elsewhere in the sentence: an increment with its rate.
_INCREMENT = regex(
    r"\b(?:additional|extra|further|another|new)\s+(?:[\w-]+\s+)?"
    + _PCT.replace("?P<x>", "?P<inc>")
)
# A multiplier whose object is the tariffs themselves, with no rate of its own:
# "he was doubling the duties", not "doubled the duty to 50%".
_MULTIPLIED = (
    (
        regex(r"\bdoubl\w*\s+(?:the\s+|its\s+|their\s+)?(?:duties|tariffs|levies|rates|them)\b"),
        0.5,
    ),
    (
        regex(r"\btripl\w*\s+(?:the\s+|its\s+|their\s+)?(?:duties|tariffs|levies|rates|them)\b"),
        1 / 3,
    ),
)
# Right after the rate, before any other: what it is a multiple of, told as the
# rate paid before ("50%, doubling the earlier rate", "50%, twice what they paid
# in March"; not "twice Vietnam's", another pair's).
_WAS_BEFORE = (
    r"(?:the|its|their)\s+(?:previous|earlier|prior|former|old|original)\s+(?:[\w-]+\s+)?"
    r"(?:rates?|levels?|dut(?:y|ies)|tariffs?|lev(?:y|ies))\b|"
    r"what\s+(?:[\w'’-]+\s+){0,3}?(?:paid|faced|was|were|had\s+been|used\s+to)\b"
)
_MULTIPLE_AFTER = (
    (
        regex(r"[^%;]{0,80}?\b(?:doubl(?:ed|es|ing)|twice|double)\s+(?:" + _WAS_BEFORE + ")"),
        0.5,
    ),
    (
        regex(
            r"[^%;]{0,80}?\b(?:tripl(?:ed|es|ing)|three\s+times|triple)\s+(?:" + _WAS_BEFORE + ")"
        ),
        1 / 3,
    ),
)


def old_rate(sentence: str, start: int, end: int, clause_start: int) -> tuple[float, str] | None:
    """The old rate of the new rate at ``sentence[start:end]`` (lowered text),
    and the rule that read it; None when these words do not make it certain."""
    m = _INSTEAD_AFTER.match(sentence, end, end + 80)
    if m:
        top = m.group("y") or m.group("x")
        return float(top), "instead-of"
    m = _INCREMENT_ON.match(sentence, end, end + 80)
    if m:
        return float(m.group("x")), "increment-on"
    lo = max(clause_start, start - 40)
    m = _PRONOUN_TO.search(sentence, lo, start)
    if m:
        earlier = list(_PCT_RE.finditer(sentence, 0, m.start()))
        if earlier:
            return float(earlier[-1].group(1)), "pronoun-to"
    m = _RELATIVE_TO.search(sentence, max(clause_start, start - 70), start)
    if m:
        earlier = list(_PCT_RE.finditer(sentence, 0, m.start()))
        if earlier:
            return float(earlier[-1].group(1)), "relative-to"
    m = STEP_TO.search(sentence, max(clause_start, start - 60), start)
    if m:
        earlier = list(_PCT_RE.finditer(sentence, max(0, m.start() - _STEP_REACH), m.start()))
        new = _PCT_RE.match(sentence, start)
        if earlier and new is not None and float(earlier[-1].group(1)) < float(new.group(1)):
            return float(earlier[-1].group(1)), "step-to"
    before = sentence[lo:start]
    if _RESTORED.search(before):
        return 0.0, "restored"
    if _TOTAL_BEFORE.search(sentence, max(clause_start, start - 40), start):
        total = _PCT_RE.match(sentence, start)
        for inc in _INCREMENT.finditer(sentence):
            x = float(inc.group("inc"))
            if total is not None and inc.start("inc") != start and 0 < x < float(total.group(1)):
                return float(total.group(1)) - x, "total-less-increment"
    if "doubl" in sentence or "tripl" in sentence or "twice" in sentence or "times" in sentence:
        value = _PCT_RE.match(sentence, start)
        for pattern, factor in _MULTIPLIED:
            if value and pattern.search(sentence):
                return round(float(value.group(1)) * factor, 3), "multiplied"
        for pattern, factor in _MULTIPLE_AFTER:
            if value and pattern.match(sentence, end, end + 100):
                return round(float(value.group(1)) * factor, 3), "multiple-of-before"
    return None


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
