"""A tariff fact's status, whether it is the article's news, and its dates.

tariffs.py finds a rate and the words that govern it (its clause); this module
reads those words. The status cues are one table, STATUS_TABLE (cue pattern ->
status, in order of precedence); tests/test_extract_status.py holds the table
of phrases beside it.

    decide(words, published)            (status, the cue that decided)
    tariff_status(words, published)     threatened / announced / in_effect / paused
    local_status(sentence, rate)        words bound to the rate ("the existing 30%")
    is_current(...)                     news, or background history
    read_clause(...)                    all of the above, plus effective / expires
    own_words_end(...)                  where "and <verb>" starts another rate's words
    has_status_cue(text)                whether a stretch holds any status word
    old_is_background(sentence, pos)    "..., which had ...": the old rate is history
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tariffwatch.extract import cues, dates
from tariffwatch.extract.cues import TARIFF_NOUNS, LiteralGated, gate_patterns
from tariffwatch.extract.old_rates import STEP_TO
from tariffwatch.extract.regex_cache import regex
from tariffwatch.model import TariffStatus

_BACKGROUND_AFTER = regex(
    r"\s*(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){1,3}had\b|\s*(?:that|which)\s+(?:had|was|were)\b"
)
_PAST_MONTH = regex(
    r"\b(?:in|on|since)\s+(?P<m>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d)"
)
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_WORDS = "|".join(m.lower() for m in _MONTHS)
_IN_BEFORE_YEAR = regex(
    rf"\b(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{_MONTH_WORDS})\s+)?$"
)
_YEAR_TARIFFS = regex(r"\b(?P<y>(?:19|20)\d\d)\s+(?:[\w-]+\s+)?(?:" + TARIFF_NOUNS + r")\b")
# A time at the head of a clause dates all of it.
_FRONTED_PAST = regex(
    r"\W*(?:last\s+year|a\s+year\s+ago|\w+\s+years\s+ago|back\s+in\b|"
    r"in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:" + _MONTH_WORDS + r")\s+)?(?P<y>(?:19|20)\d\d))\b"
)
# Adjectives bound to a rate that date it: history, or in force now.
_PAST_ADJECTIVE = regex(
    r"\b(?:original|initial|earlier|previous|prior|former|old)\s+(?:[\w-]+\s+)?$"
)
_NOW_ADJECTIVE = regex(r"\b(?:current|existing|present|prevailing)\s+(?:[\w-]+\s+)?$")
_THAN_THREATENED = regex(
    r"\bthan\s+(?:[\w'’-]+\s+){0,3}?(?:has|had|have)\s+(?:been\s+)?(?:threatened|proposed)\b",
    re.IGNORECASE,
)
# A trade case put off is no tariff put off.
_CASE_PUT_OFF = regex(
    r"\b(?:paus\w*|suspend\w*|halt\w*|freez\w*|shelv\w*|put\s+on\s+hold)\s+(?:its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:challenge|case|dispute|complaint|appeal|litigation|lawsuit)\b"
)
_TERMS_BETWEEN = regex(r"\b(?:under|by|in)\s+which\b|\bwhereby\b")
_SET_IN_MONTH = regex(
    r"\s+(?:(?:rate|tariff|levy|duty)\s+)?(?:it\s+was\s+)?(?:set|imposed|announced|assigned|"
    r"levied|given|handed)\s+in\s+(?P<m>January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?!\s+\d)"
)
_PAST_RELATIVE = regex(r"\b(?:which|that)\s+(?:had|was|were|\w+ed)\b")
_AVERT_BEFORE = regex(
    r"\b(?:avert\w*|avoid\w*|head(?:ed|ing|s)?\s+off|stave\w*\s+off|ward\w*\s+off|"
    r"prevent\w*|forestall\w*)\s+"
    # ("prevents the imposition of a threatened 50% levy")
    r"(?:the\s+(?:imposition|implementation|introduction|start|application)\s+of\s+)?"
    r"(?:(?:the|a|an|any)\s+)?(?:[\w-]+\s+){0,2}?"
    # ("to avoid a blanket US levy of 25%": the rate after its noun)
    r"(?:(?:[\w.-]+\s+){0,3}?(?:levy|levies|tariffs?|dut(?:y|ies)|rate)\s+of\s+)?$"
)
# Words that open a start date: a decision "from today" applies today.
_START_WORDS = frozenset(("from", "effective", "starting", "beginning", "as of"))
_DECIDED = regex(r"\b(?:announc\w*|unveil\w*|sign(?:ed|s|ing)?)\b")
# A status verb after these belongs to another clause: "had threatened to double
# the levy to 50% before backing down when Ontario suspended its surcharge".
# A purpose clause too: "lowered it to 10% so (that) talks could proceed".
_SUBORDINATE = regex(
    r"\s(?:before|after|when|because|once|since|so\s+that|in\s+order\s+to|so\s+as\s+to|"
    r"so(?=\s+[a-z]+\s+(?:could|can|would|will|might)\s))\s"
    # "..., honouring a pledge made at the summit", "... are steep but believes they
    # will fall": a reason or a new opinion of the subject, no word on this rate
    r"|,\s+(?:honou?ring|fulfill?ing|keeping|delivering\s+on|making\s+good\s+on|despite|"
    r"ignoring|defying)\s"
    # "said the 15% tariff applied across the board, calling it the best the EU
    # could get": the speaker's comment on the rate, not its status
    r"|,\s+(?:calling|describing|terming|dubbing|noting|adding|arguing)\s"
    # "imposed 25% on furniture, hinting that more duties could follow": what the
    # subject signals next is another act, not the rate's status
    r"|,\s+(?:hinting|suggesting|signall?ing|warning|threatening|vowing|insisting|pledging)\s"
    r"|\sbut\s+(?:believes?|believed|says?|said|thinks?|thought|expects?|expected|hopes?|"
    r"hoped|added|adds|insist(?:s|ed)?|argu(?:es|ed))\s"
)
_RESPONDED_MOVE = regex(
    r"\b(?:retaliat\w*\s+(?:for|against)|in\s+(?:response|retaliation|reply|answer)\s+to|"
    r"respond\w*\s+to|follow(?:s|ed|ing)?|after|hit\w*\s+back\s+(?:at|against)|"
    r"answer\w*)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?"
    r"(?:decision|move|increase|hike|rise|step|escalation)\s+(?:to|in|of|on)\b"
)
_MOVE_TO_COME = regex(r"\b(?:any|possible|potential|future|further|new|planned)\b")
_CONDITION_AFTER = regex(r"\b(?:if|unless|should)\b")
_TAKES_EFFECT_AFTER = regex(
    r"\b(?:takes?|to\s+take|will\s+take)\s+effect\b|\bkicks?\s+in\b|\bfrom\s+(?:next|tomorrow)"
)
_CALLED_OFF = regex(
    r"\b(?:(?:will|would|shall|did|does|do)\s+not|won['’]t|didn['’]t)\s+(?:now\s+)?"
    r"(?:impose|apply|levy|collect|implement|go\s+ahead\s+with|proceed\s+with)\b"
)
_WAS_DUE = regex(
    r"\b(?:(?:that|which)\s+(?:was|were|had\s+been)\s+(?:due|set|scheduled|slated|planned)\s+to|"
    r"(?:scheduled|slated|set|due)\s+(?:for|on|to\s+(?:start|begin|take\s+effect)))\b"
)
_THEN_SUSPENDED = regex(
    r"[^.;]{0,60}?\bbefore\s+(?:suspending|pausing|postponing|delaying|freezing|shelving)\s+"
    r"(?:it|them)\b"
)
# "Now that the tariff has gone up to 25%, households will pay more": a fronted
# clause ends at its comma; the main clause's verb is not the rate's.
_FRONTED_SUB = regex(
    r"[\s:;,]*(?:[\w'’-]+(?:\s+[\w'’-]+)?:\s*)?(?:now\s+that|although|though|even\s+though|because|since|once|with)\s"
)
# Literals _SUBORDINATE needs: most rates' words hold none.
_SUBORDINATE_STEMS = (
    ", honour",
    ", honor",
    ", fulfil",
    ", keeping ",
    ", despite ",
    ", ignoring ",
    ", defying ",
    ", calling ",
    ", describing ",
    ", terming ",
    ", dubbing ",
    ", noting ",
    ", adding ",
    ", arguing ",
    ", hinting ",
    ", suggesting ",
    ", signal",
    ", warning ",
    ", threatening ",
    ", vowing ",
    ", insisting ",
    ", pledging ",
    ", delivering on ",
    ", making good ",
    " but ",
    " before ",
    " after ",
    " when ",
    " because ",
    " once ",
    " since ",
    " so that ",
    " so ",
    " in order to ",
    " so as to ",
)
_INSTEAD_BEFORE = regex(r"\b(?:instead\s+of|rather\s+than)\s+(?:the\s+|a\s+|an\s+)?$")


@dataclass(frozen=True, slots=True)
class Reading:
    status: TariffStatus
    current: bool
    effective: date | None
    expires: date | None
    cue: str = ""  # the STATUS_TABLE row (or "local") that decided; "" for none


def has_status_cue(text: str) -> bool:
    return _ANY_STATUS.search(text) is not None


def own_words_end(sentence: str, start: int, end: int, *, later_rate: bool) -> int:
    """Where a rate's governing words end, given they run from ``start`` to ``end``.

    "halve the rate to 7.5% and suspend a planned 15% levy": the verb after
    "and" belongs to the next rate. With no rate after it, only a verb right
    after "and" ends them: "... jeans and bourbon among them, has won the
    backing" joins goods, "tariffs on Mexico and Canada will start" countries,
    and "imposed 26% but suspended it" puts off this one.
    """
    for cut in _AND_VERB.finditer(sentence, start, end):
        head = _HEAD.match(sentence, cut.end(), end)
        if head is None or not has_status_cue(head.group()):
            continue
        if later_rate:
            return cut.start()
        # With no rate after it, only a verb right after "and" is another
        # action ("and threatened more"); "on Mexico and Canada will start"
        # joins a country to the list, and "but suspended it" puts this one off.
        first = _HEAD_WORD.match(sentence, cut.end(), end)
        if first is None or not has_status_cue(first.group()) or cues.PAUSED.match(first.group()):
            continue
        return cut.start()
    return end


def own_words_start(sentence: str, start: int, rate_start: int) -> int:
    """Where a rate's governing words begin when a verb of its own follows "and"
    or "but" before it: "paused higher tariffs for dozens of countries but lifted
    levies on Chinese goods to 145%" - the pause is the others', the lift this one's."""
    begin = start
    for cut in _AND_VERB.finditer(sentence, start, rate_start):
        first = _HEAD_WORD.match(sentence, cut.end(), rate_start)
        if first is not None and cues.PAST_ACTION.match(first.group()):
            begin = cut.end()
    return begin


def old_is_background(sentence: str, pos: int) -> bool:
    """Whether the words at ``pos``, right after an old rate, make it history
    ("to 30% from 145%, which had ...")."""
    return _BACKGROUND_AFTER.match(sentence, pos) is not None


@dataclass(frozen=True, slots=True)
class StatusCue:
    name: str
    pattern: re.Pattern[str]
    status: TariffStatus
    stems: tuple[str, ...] = ()  # literals every match holds: the gate before the search


# The status cues of a rate's own words, in order of precedence: the first that
# matches decides. Words that apply now outrank a pause, a pause outranks a
# hedge, a hedge outranks a decision ("will impose ... if" is a threat), a
# decision outranks a plan ("plans to ... and will" is decided), a plan
# outranks a start date ("planned to put 25% on X starting Feb 1" is a threat),
# a start date outranks a deed done ("raised ... on Wednesday"), a deed done
# outranks a deal's terms ("under the deal, Washington cut its duties to 30%"
# applies now), a deal's terms outrank a bare "would" ("would face no duty
# under the agreement" is decided; "said it would put 50% on copper" a threat),
# and a state now ("pays", "faces") is last: it only marks a rate that has a
# verb, which a verbless one ("First comes a 10% baseline") lacks.
_NEVER_APPLIED = regex(
    # ("won't go into effect until Aug. 7" is a later start, not a threat undone)
    r"\b(?:never|not|n['’]t)\s+(?:\w+\s+)?(?:took|take|taken|went|go|gone|came|come)\s+"
    r"(?:into\s+)?(?:effect|force|hold)\b(?!\s+(?:\w+\s+)?(?:until|till|before|for|unless))|"
    r"\bnever\s+(?:materiali[sz]ed|kicked\s+in|(?:been\s+)?imposed|"
    r"(?:been\s+)?applied|(?:been\s+)?implemented)\b"
)
# "a 20% tariff was under discussion": talked of, not decided.
_DISCUSSED = regex(
    r"\b(?:under\s+(?:discussion|consideration|review|negotiation)|on\s+the\s+table|"
    r"being\s+(?:discussed|negotiated|considered|studied|weighed)|up\s+for\s+discussion)\b"
)
# "will continue to face a 50% tariff": the rate goes on, so it applies now.
_GOES_ON = regex(
    r"\b(?:continu(?:e|es|ed|ing)|still)\s+(?:to\s+)?(?:fac(?:e|es|ing)|pay(?:s|ing)?|incur(?:s|ring)?|"
    r"carr(?:y|ies|ying)|apply|applies|applying|be\s+subject\s+to)\b"
)
# "Mexico's proposed 50% tariff was approved by the Senate": a decision taken on a
# proposal outranks the word "proposed".
_PROPOSAL_DECIDED = regex(
    r"\b(?:was|were|(?:has|have)\s+been|got|gets|is|are)\s+(?:\w+\s+)?(?:approved|passed|"
    r"adopted|ratified|enacted|signed\s+into\s+law|rubber-stamped)\b"
)
# "the 9% duty will expire in January": a rate whose end is ahead is in force
# now. Below "put off": "the 90-day pause on the 34% tariff will expire" is a pause.
_ENDS_AHEAD = regex(
    r"\b(?:(?:will|(?:is|are)\s+(?:due|set|scheduled)\s+to)\s+(?:expire|lapse|run\s+out)|"
    r"(?:expires|lapses|runs\s+out)\s+(?:on|in|at|by|next|later)\b)"
)
# An order given to someone to move a rate: decided, not yet done ("told his
# trade minister to raise tariffs", "ordered customs to collect", "was
# instructed to impose"). The infinitive is no deed.
_DIRECTED = regex(
    r"\b(?:order(?:s|ed)?|instruct(?:s|ed)?|direct(?:s|ed)?|told|tells|tasked|commission(?:s|ed)?)"
    r"\s+(?:[\w.'’-]+\s+){0,4}?to\s+"
    # ("ordered customs to press ahead with collecting 15%")
    r"(?:(?:(?:move|go|press|push|forge)\s+(?:ahead|forward)\s+with|proceed\s+with|begin|start)\s+)?"
    r"(?:rais|impos|levy|levying|lift|cut|lower|reduc|increas|hik|slap|put|apply|applying|doubl|"
    r"tripl|halv|remov|scrap|drop|collect|charg|introduc|prepar)\w*\b"
)
STATUS_TABLE: tuple[StatusCue, ...] = (
    StatusCue("goes on", _GOES_ON, "in_effect", ("continu", "still")),
    StatusCue("applies now", cues.TOOK_EFFECT, "in_effect", cues.TOOK_EFFECT_STEMS),
    StatusCue("put off", cues.PAUSED, "paused", cues.PAUSED_STEMS),
    StatusCue("ends ahead", _ENDS_AHEAD, "in_effect", ("expire", "lapse", "run out", "runs out")),
    StatusCue(
        "proposal decided",
        _PROPOSAL_DECIDED,
        "announced",
        ("approved", "passed", "adopted", "ratified", "enacted", "signed", "rubber"),
    ),
    StatusCue("talked of", _DISCUSSED, "threatened", ("under", "table", "being", "up for")),
    StatusCue("hedge, condition, proposal", cues.THREAT, "threatened"),
    StatusCue("decided", cues.ANNOUNCED, "announced"),
    StatusCue("plan", cues.THREAT_WEAK, "threatened"),
    StatusCue(
        "directed",
        _DIRECTED,
        "announced",
        ("order", "instruct", "direct", "told", "tells", "tasked", "commission"),
    ),
    StatusCue("a start ahead", cues.START, "announced"),
    StatusCue("done", cues.DONE, "in_effect"),
    StatusCue("deal terms", cues.DEAL_TERMS, "announced"),
    StatusCue(
        "reported decision",
        cues.REPORTED_WOULD,
        "announced",
        (
            "said",
            "says",
            "told",
            "announced",
            "confirmed",
            "wrote",
            "stated",
            "added",
            "declared",
            "posted",
        ),
    ),
    StatusCue("reported intent", cues.WOULD, "threatened"),
    StatusCue("state now", cues.STATE_NOW, "in_effect"),
)


def _status_gate() -> tuple[cues.StemGate, tuple[int, ...]]:
    """The gate of every row and the mask of the gate's groups each row needs.

    A row needs one of its stems and a literal of each set its pattern cannot
    match without (cues.required_literals, read from the pattern as written),
    as talks_cues' rows do: most rows' verbs are absent from a rate's words.
    The START row decides without its pattern too (future_effective): its
    pattern's literals gate nothing."""
    groups: list[tuple[str, ...]] = []
    needs: list[int] = []
    for cue in STATUS_TABLE:
        sets = [cue.stems] if cue.stems else []
        if cue.pattern is not cues.START:
            sets.extend(cues.required_literals(cues.as_written(cue.pattern)))
        need = 0
        for literals in sets:
            need |= 1 << len(groups)
            groups.append(literals)
        needs.append(need)
    return cues.StemGate(groups), tuple(needs)


# Every row's gate, found in one pass over the words (cues.StemGate) instead of
# one ``has_any`` per row: a rate's words go through most rows. A row whose
# mask is 0 is always searched.
_STATUS_GATE, _STATUS_NEEDS = _status_gate()
# Any status cue at all, in one pattern: one search instead of seven.
_ANY_STATUS = regex("|".join(f"(?:{cue.pattern.pattern})" for cue in STATUS_TABLE))
# "and"/"but" and the next words: a verb there may start another rate's clause.
_AND_VERB = regex(r",?\s+(?:and|but)\s+(?=[a-z]+\s)")
_HEAD = regex(r"(?:[\w'-]+\s+){0,2}[\w'-]+")
_HEAD_WORD = regex(r"[\w'-]+(?:\s+(?:to|off|back|up|down|on\s+hold))?")

# Words bound to the rate itself outrank its clause's verb: "would stack on the
# existing 30%", "the threatened 100% hike had been taken off the table".
_LOCAL_BEFORE: tuple[tuple[re.Pattern[str], TariffStatus], ...] = (
    (
        regex(r"\b(?:existing|current|present|prevailing|standing|in-force)\s+(?:[\w-]+\s+){0,2}$"),
        "in_effect",
    ),
    # "will keep its tariff on Chinese goods at 30%": the rate kept is the one in force
    (
        regex(
            r"\b(?:keep|keeps|keeping|kept|hold|holds|holding|held|maintain\w*|leav(?:e|es|ing)|"
            r"left)\s+(?:[\w-]+\s+){0,6}?(?:unchanged\s+|steady\s+)?at\s+$"
        ),
        "in_effect",
    ),
    # "postpone its additional duties above the basic 10% tariff", "kept the 10%
    # baseline": the floor the paused duties rise from, or the rate kept, stays
    (
        regex(
            r"\b(?:(?:above|beyond|on\s+top\s+of)|(?:keep|keeps|keeping|kept|maintain\w*|"
            r"leav(?:e|es|ing)|left))\s+(?:the|its|their|a)\s+(?:basic|baseline|base|minimum|"
            r"universal|blanket|existing|standard)?\s*$"
        ),
        "in_effect",
    ),
)
# Literals every _LOCAL_BEFORE match holds.
_LOCAL_BEFORE_STEMS = (
    "existing",
    "current",
    "present",
    "prevailing",
    "standing",
    "in-force",
    " at ",
    "above",
    "beyond",
    "on top of",
    "keep",
    "kept",
    "maintain",
    "leav",
    "left",
)
# A change acting on the rate: "lowers the 25% levy", "double the 25% tariff".
# (and relief sought from it: "aiming to secure relief from a 25% levy")
_CHANGED_OBJECT = LiteralGated(
    regex(
        r"\b(?:(?:lower\w*|cut(?:s|ting)?|reduc\w*|halv\w*|slash\w*|rais\w*|hik\w*|doubl\w*|"
        r"tripl\w*|increas\w*)\s+(?:the|its|their|this|that)|"
        r"(?:relief|respite)\s+from\s+(?:the|a|an|its|their))\s+(?:[\w-]+\s+)?$"
    )
)
_STARTS_AHEAD = regex(
    r"\b(?:(?:due|set|scheduled|slated|expected)\s+to\s+(?:take\s+effect|start|begin|kick\s+in)|"
    r"(?:will|would)\s+(?:take\s+effect|start|begin|kick\s+in))\b"
)
_THREAT_AFTER = regex(
    r"(?:\s+[\w-]+){0,3}?\s+(?:that\s+)?(?:[\w.'-]+\s+){0,3}?had\s+(?:been\s+)?"
    r"(?:threatened|proposed|floated|planned|mooted)\b"
)
# ...but an adjective of threat only speaks when the clause says nothing:
# "suspended its planned 34% tariff" is paused.
_LOCAL_THREAT = regex(
    r"\b(?:threatened|proposed|planned|mooted|potential|possible|prospective|looming)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
_LOCAL_AFTER: tuple[tuple[re.Pattern[str], TariffStatus], ...] = (
    (
        regex(r"(?:\s+[\w-]+){0,4}?\s+(?:applying|(?:already\s+)?in\s+(?:place|force))\b"),
        "in_effect",
    ),
)
# "paused the higher tariffs, leaving a 10% baseline tariff in place": what a
# change leaves in place stays in force, whatever the clause's verb did to the rest.
_LEFT_STEMS = ("leav", "left", "keep", "kept")
_LEFT_BEFORE = regex(
    r"\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept)\s+(?:(?:a|an|the|its|their|only)\s+)?$"
)
_LEFT_AFTER = regex(r"[^,;.]{0,80}?\s(?:in\s+(?:place|force|effect)|intact|untouched|standing)\b")
_RECAP_REACH = timedelta(days=90)  # as far back as a yearless day is a recap
_LOWERED_TO = regex(
    r"\b(?:lower\w*|cut(?:s|ting)?|reduc\w*|slash\w*|trimm?\w*|bring\w*\s+down|brought\s+down|"
    r"drop\w*)\s+(?:[\w-]+\s+){0,6}?(?:down\s+)?to\s+(?:about\s+|around\s+)?"
    # "cut duties on nearly all countries to a blanket 10%"
    r"(?:(?:a|an|the)\s+(?:blanket|flat|uniform|baseline|base|basic|standard)\s+)?$"
)
_INSTRUMENT_BEFORE = regex(
    r"\b(?:orders?|deals?|agreements?|accords?|pacts?|proclamations?|decrees?|regulations?|"
    r"framework)\b(?:\s+[\w'-]+){0,5}\s*$"
)
# ", that" is left out: after a date or an aside it opens reported speech.
_RELATIVE_HEAD = regex(r",\s*(?:which|who|whose)\s")
_FIRM_CUES = frozenset(("applies now", "put off", "decided", "done", "state now"))
# Asides about a person, set off by commas: their verbs are theirs, not the rate's
# ("25% on Canada, whose prime minister has threatened to retaliate, from Friday").
_PERSON_ASIDES = regex(r",\s*(?:who|whose)\s[^,;]*(?:,|$)")
_THEN_PAUSED = regex(
    r",?\s*(?:but|and|yet)\s+(?:then\s+|later\s+|since\s+|has\s+since\s+|kept\s+|has\s+)?"
    r"(?:postpon\w*|suspend\w*|delay\w*|deferr?\w*|shelv\w*|paus\w*)[^,;]*"
)
_PERCENT = regex(r"\d\s*%|percent|per\s?cent")
# A rate with no verb of its own takes its clause's: "..., bringing the total to
# 130%", "announced retaliation: 25% on steel".
_VERBLESS_JOINT = regex(
    r",\s*(?:bringing|taking|lifting|raising|pushing|putting|leaving|with)\b|:\s|"
    # "will be halved to 75% before dropping to 40%", "averts X and brings the level to 15%"
    r"\s(?:before|after|then)\s+\w+ing\b|"
    r"\s(?:and|then)\s+(?:brings?|lowers?|cuts?|raises?|takes?|sets?|puts?)\b"
)
_OFF_TABLE = regex(r"\b(?:taken|been|be|is|was|are|were|remains?)\s+off\s+the\s+table\b")


def decide(window: str, published: date | None, may: bool = False) -> tuple[TariffStatus, str]:
    """The status the words governing a rate give it, and the name of the cue
    that decided ("" for none: a bare statement of a rate is in effect)."""
    if may:
        # Only the original case tells the modal from the month; it ranks as a hedge.
        for cue in STATUS_TABLE[:3]:  # goes on, applies now, put off
            if (not cue.stems or cues.has_any(window, cue.stems)) and cue.pattern.search(window):
                return cue.status, cue.name
        return "threatened", "may"
    present = _STATUS_GATE.groups(window)
    for cue, need in zip(STATUS_TABLE, _STATUS_NEEDS, strict=True):
        if present & need != need:
            continue
        if cue.pattern.search(window):
            return cue.status, cue.name
        if cue.pattern is cues.START and future_effective(window, published):
            return "announced", cue.name
    return "in_effect", ""


def tariff_status(window: str, published: date | None, may: bool = False) -> TariffStatus:
    """The status the words governing a rate give it; ``may`` is the modal,
    which only the original case tells from the month."""
    return decide(window, published, may)[0]


# A threat called off: a verb of withdrawal whose object is the threat itself ("dropped
# his threat of a 25% tariff", "withdrew the threatened 30% duty", "abandoned plans for
# a 10% levy"), or a threatened rate said to be withdrawn ("the 15% tariff threatened
# against Norway was shelved"). What goes is a threat, not a tariff: no zero, no pause.
_CALL_OFF = (
    r"(?:dropp(?:ed|ing)|drops?|abandon(?:s|ed|ing)?|withdr(?:ew|aws?|awn|awing)|"
    r"scrap(?:s|ped|ping)?|shelv(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+off|"
    r"rescind(?:s|ed|ing)?|retract(?:s|ed|ing)?|ditch(?:es|ed|ing)?|lift(?:s|ed|ing)?|"
    r"back(?:s|ed|ing)?\s+(?:down|off|away)(?:\s+from)?|pull(?:s|ed|ing)?\s+back(?:\s+(?:on|from))?|"
    r"walk(?:s|ed|ing)?\s+back|retreat(?:s|ed|ing)?\s+from|set\s+aside)"
)
_THREAT_WORD = r"(?:threats?|threatened|plans?|proposals?|proposed|mooted|floated)"
_THREAT_OBJECT_OFF = regex(
    r"\b" + _CALL_OFF + r"\s+(?:(?:its|his|her|their|the|a|an|this|that|washington's|"
    r"[\w.-]+['’]s)\s+)?(?:[\w-]+\s+)?" + _THREAT_WORD + r"\b"
    r"(?:\s+(?!(?:and|but|after|before|because|while|when|if|unless)\b)[\w'’$.-]+){0,6}?\s+$"
)
_THREAT_BOUND_BEFORE = regex(
    r"\b(?:threats?\s+(?:of|to\s+\w+)|threatened|proposed|mooted|floated)\s+"
    r"(?:[\w'’$.-]+\s+){0,3}?$"
)
_THREAT_BOUND_AFTER = regex(
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){0,2}?(?:had\s+)?"
    r"(?:been\s+)?(?:threatened|proposed|mooted|floated)\b"
)
_PASSIVE_OFF = regex(
    r"[^%;:.]{0,90}?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been|be|being|got)\s+"
    r"(?:(?:now|formally|quietly|since|also|effectively|officially)\s+)?"
    r"(?:dropped|abandoned|withdrawn|scrapped|shelved|called\s+off|rescinded|retracted|"
    r"ditched|lifted|set\s+aside)\b"
)
_OFF_STEMS = (
    "drop",
    "abandon",
    "withdr",
    "scrap",
    "shelv",
    "call",
    "rescind",
    "retract",
    "ditch",
    "lift",
    "back",
    "pull",
    "walk",
    "retreat",
    "aside",
)


def threat_called_off(sentence: str, clause_start: int, rate_start: int, rate_end: int) -> bool:
    """Whether the rate at ``rate_start`` is a threat said to be withdrawn."""
    if not cues.has_any(sentence[clause_start : rate_end + 140], _OFF_STEMS):
        return False
    if _THREAT_OBJECT_OFF.search(sentence, max(clause_start, rate_start - 110), rate_start):
        return True
    bound = _THREAT_BOUND_BEFORE.search(
        sentence, max(clause_start, rate_start - 40), rate_start
    ) or _THREAT_BOUND_AFTER.match(sentence, rate_end, rate_end + 60)
    return bound is not None and _PASSIVE_OFF.match(sentence, rate_end) is not None


# The rate's own clause of deed, inside a sentence whose main clause hedges about
# something else: "In response to Washington imposing a 50% duty ..., Pretoria is
# considering countermeasures", "Beijing may respond now that the US has put a 20%
# tariff into force", "is weighing a response to the 30% tariff Washington put on
# cheese". The hedge is the answer's; the rate was put in place.
_DEED_VERB = (
    r"(?:impos(?:ed|ing)|put(?:ting)?|slapp(?:ed|ing)|levied|levying|rais(?:ed|ing)|"
    r"hik(?:ed|ing)|doubl(?:ed|ing)|tripl(?:ed|ing)|introduc(?:ed|ing)|appl(?:ied|ying)|"
    r"charg(?:ed|ing)|increas(?:ed|ing)|enforc(?:ed|ing)|reimpos(?:ed|ing))"
)
# Words of a subject: no modal, no "to", no threat, no condition.
_DEED_SUBJECT = (
    r"(?:(?!(?:could|would|may|might|will|shall|should|can|must|to|plans?|planned|threat\w*|"
    r"if|unless|not|never|whether|be|been|being)\b)[\w.'’-]+\s+){1,5}?"
)
_DEED_BEFORE = regex(
    r"\b(?:in\s+(?:response|reply|answer|reaction|retaliation)\s+to|"
    r"in\s+retaliation\s+(?:for|against)|respond(?:ing|ed)\s+to|react(?:ing|ed)\s+to|"
    r"after|now\s+that|since|because|following)\s+"
    + _DEED_SUBJECT
    + r"(?:(?:has|have|had)\s+)?(?:(?:already|just|recently|now)\s+)?"
    + _DEED_VERB
    # its object's words up to the rate: no second verb ("raised the stakes by
    # threatening to impose 35%" is the threat's rate), only a last "to"
    + r"\s+(?:(?!(?:threat\w*|to|by|if|unless|would|could|may|might|will|and|but)\b)"
    r"[\w'’$.-]+\s+){0,7}?(?:to\s+(?:about\s+|around\s+|nearly\s+)?)?$"
)
# After the rate, a relative clause with a subject of its own ("the 24% tariff
# (that) Trump slapped on"), not a passive participle ("a levy imposed by").
_DEED_AFTER = regex(
    r"(?:\s+(?!(?:could|would|may|might|will|shall|should|can|must|be)\b)[\w-]+){0,3}?\s+"
    r"(?:that\s+|which\s+)?"
    + _DEED_SUBJECT
    + r"(?<!levy\s)(?<!tariff\s)(?<!tariffs\s)(?<!duty\s)(?<!duties\s)(?<!levies\s)"
    r"(?:(?:has|have|had)\s+)?(?:(?:already|just|recently)\s+)?"
    r"(?:imposed|put|slapped|levied|raised|hiked|doubled|tripled|introduced|applied|"
    r"charged|increased|enforced|reimposed)\b(?!\s+by\b)"
)
# A verb acting on the rate in the main clause: what it does is the news, not the
# rate's past ("will drop the duties of up to 15% it had put on US farm goods").
_ACTED_ON = regex(
    r"\b(?:drop\w*|remov\w*|scrap\w*|lift\w*|eliminat\w*|end(?:s|ed|ing)?|withdr\w*|"
    r"waiv\w*|repeal\w*|suspend\w*|paus\w*|postpon\w*|halt\w*|cut\w*|lower\w*|reduc\w*|"
    r"halv\w*|slash\w*|rais\w*|hik\w*|doubl\w*|tripl\w*|increas\w*|extend\w*)\s+"
    r"(?:[\w'’$.-]+\s+){0,5}?$"
)
_DEED_STEMS = (
    "impos",
    "put",
    "slap",
    "levi",
    "levy",
    "rais",
    "hik",
    "doubl",
    "tripl",
    "introduc",
    "appl",
    "charg",
    "increas",
    "enforc",
)


def _own_deed(sentence: str, clause_start: int, rate_start: int, rate_end: int) -> bool:
    """Whether a clause of deed of the rate's own (a gerund, a perfect, a past told
    after a factual conjunction, or a relative past after the rate) puts it in place."""
    if not cues.has_any(sentence[max(0, rate_start - 110) : rate_end + 80], _DEED_STEMS):
        return False
    if _DEED_BEFORE.search(sentence, max(clause_start, rate_start - 110), rate_start):
        return True
    return (
        _DEED_AFTER.match(sentence, rate_end, rate_end + 80) is not None
        and _ACTED_ON.search(sentence, max(clause_start, rate_start - 60), rate_start) is None
    )


def local_status(sentence: str, rate_start: int, rate_end: int) -> TariffStatus | None:
    """The status the words bound to the rate give it, if any."""
    before = sentence[max(0, rate_start - 60) : rate_start]
    if cues.has_any(before, _LOCAL_BEFORE_STEMS):
        for pattern, status in _LOCAL_BEFORE:
            if pattern.search(before):
                return status
    if (
        cues.has_any(before, _LEFT_STEMS)
        and _LEFT_BEFORE.search(before)
        and _LEFT_AFTER.match(sentence, rate_end, rate_end + 90)
    ):
        return "in_effect"
    after = sentence[rate_end : rate_end + 40]
    if "applying" in after or " in " in after:
        for pattern, status in _LOCAL_AFTER:
            if pattern.match(sentence, rate_end, rate_end + 40):
                return status
    if _CHANGED_OBJECT.search(before) and not _STARTS_AHEAD.search(
        sentence, rate_end, rate_end + 70
    ):
        # "the deal lowers the 25% levy", "threatened to double the 25% tariff":
        # the rate a change acts on is the one in force, unless the words after
        # it make it a threat of its own ("the 30% rate Trump had threatened")
        # or give it a start still ahead ("lowering the 39% tariff due to take
        # effect on Thursday").
        if " had " in after and _THREAT_AFTER.match(sentence, rate_end, rate_end + 50):
            return "threatened"
        return "in_effect"
    return None


def future_effective(window: str, published: date | None) -> bool:
    """Whether the words give the rate a start still ahead: "from June 1", or a
    bare "on Wednesday" after a mark of the future ("would rise ... on Wednesday")."""
    if not cues.EFFECTIVE_CUE.search(window) and not (
        " on " in window and cues.FUTURE_MARK.search(window)
    ):
        return False
    when = dates.effective_date(window, published, future=True)
    if (
        when is not None
        and cues.PAST_ACTION.search(window)
        and not cues.FUTURE_MARK.search(window)
        and dates.effective_date(window, published, future=False) != when
    ):
        return False  # "raised the rate ... on Wednesday": a done deed, last Wednesday
    if when is None:
        return False
    # "would rise to 104% on Wednesday" in Wednesday's story: a start set for today.
    return (
        published is None
        or when > published
        or (when == published and cues.FUTURE_MARK.search(window) is not None)
    )


_WITHDRAWN_PLAN = regex(
    r"\b(?:dropp(?:ed|ing)|drops|abandon(?:s|ed|ing)?|withdr(?:ew|aws|awn|awing)|scrapp(?:ed|ing)|"
    r"shelv(?:ed|es|ing)|call(?:ed|s|ing)\s+off|back(?:ed|s|ing)\s+(?:off|away\s+from)|"
    r"pull(?:ed|s|ing)\s+back\s+(?:on|from))\s+(?:(?:its|his|her|their|the|a)\s+)?"
    r"(?:[\w-]+\s+)?(?:plans?|threats?|proposals?|idea|move)\s+to\b"
)


def is_current(
    sentence: str,
    orig: str,
    rate: tuple[int, int],
    clause: tuple[int, int],
    stop: int,
    published: date | None,
) -> bool:
    """Whether the rate at ``rate`` is news as of ``published``; ``stop`` ends
    its words (an old rate that is history of its own comes after it)."""
    cs = clause[0]
    # The sub-clause the rate sits in: from the last comma before it to the next
    # one, or to the next rate ("34% ... on top of a 20% levy imposed earlier
    # this year": the history is the 20%'s).
    left = sentence.rfind(",", cs, rate[0])
    right = sentence.find(",", rate[1], stop)
    right = right if right >= 0 else stop
    nxt = _PERCENT.search(sentence, rate[1], right)
    right = nxt.start() if nxt else right
    local = sentence[left + 1 if left >= 0 else cs : right]
    bound = sentence[max(cs, rate[0] - 30) : rate[0]]
    if _PAST_ADJECTIVE.search(bound):
        return False  # "the original 10% duties", "its previous 25% rate"
    if _NOW_ADJECTIVE.search(bound):
        return True  # "Britain's current 10%": in force, whatever the clause recalls
    if _WITHDRAWN_PLAN.search(sentence, cs, rate[0]):
        return False  # "dropped plans to raise tariffs ... to 50%": a threat no longer
    if cues.has_any(local, cues.BACKGROUND_STEMS) and not _THREAT_CARRIED_OUT.match(
        sentence, rate[1], right
    ):
        background = cues.BACKGROUND.search(local)
        # "said it had reached a deal under which goods will pay 10%": the deal's
        # terms are news of their own, whatever the pluperfect before them.
        if (
            background
            and not _TERMS_BETWEEN.search(
                local, background.end(), rate[0] - (left + 1 if left >= 0 else cs)
            )
            and not _backshifted(sentence, orig, local, left + 1 if left >= 0 else cs, published)
        ):
            return False
    if published is not None:
        years = cues.YEAR_RE.finditer(local) if ("19" in local or "20" in local) else ()
        for y in years:
            if int(y.group()) < published.year and _IN_BEFORE_YEAR.search(local[: y.start()]):
                return False  # "in May 2020", "since 2018"
        head = sentence[cs : rate[0]]
        if "19" in head or "20" in head:
            for y in _YEAR_TARIFFS.finditer(head):
                if int(y.group("y")) < published.year:
                    return False  # "Trump's 2018 tariffs, 25% on steel"
        fronted = _FRONTED_PAST.match(sentence, cs)
        if fronted and (fronted.group("y") is None or int(fronted.group("y")) < published.year):
            return False  # "Last year the EU reached a deal, removing tariffs ..."
        # "well below the 46% rate set in April": a rate set a month or more back.
        set_then = _SET_IN_MONTH.match(orig, rate[1], right)
        if set_then and _MONTHS.index(set_then.group("m")) + 1 < published.month:
            return False
        # "which had reached 145% in April": a month behind a relative clause in the past.
        if ("which" in local or "that" in local) and _PAST_RELATIVE.search(local):
            m = _PAST_MONTH.search(orig, left + 1 if left >= 0 else cs, right)
            if m and _MONTHS.index(m.group("m")) + 1 < published.month:
                return False
    return True


# A threat carried out: the rate named by its threat ("the 25% tariff Trump had
# threatened on lumber") is the subject of a verb of its start or its imposition,
# which is news, not the threat's history.
_THREAT_CARRIED_OUT = regex(
    r"(?:\s+[\w-]+){0,2}?\s+(?:that\s+|which\s+)?(?:[\w.'’-]+\s+){0,3}?had\s+(?:long\s+)?"
    r"(?:threatened|proposed|floated|mooted|promised|warned\s+of)\b[^,;%]{0,50}?\s"
    r"(?P<verb>took\s+effect|went\s+into\s+(?:effect|force)|came\s+into\s+(?:effect|force)|"
    r"kicked\s+in|(?:is|are|was|were)\s+(?:now\s+)?(?:imposed|in\s+(?:effect|force|place)|"
    r"applied|levied)|takes\s+effect|comes\s+into\s+(?:effect|force)|"
    r"will\s+(?:take\s+effect|start|begin|apply|come\s+into\s+force))\b"
)


# A past reporting verb before a pluperfect: "officials said the duties had
# taken effect at midnight", "said on Friday that Lee had signed the decree".
_REPORTED_BEFORE = regex(
    r"\b(?:said|told\s+[\w.'’-]+|announced|confirmed|reported|noted|added|stated|wrote|"
    r"explained|declared)\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:that\s+)?"
    r"(?:[\w.'’%$-]+\s+){0,10}?$"
)
# ...or after it: "the duties had taken effect at midnight, officials said".
_REPORTED_AFTER = regex(
    r"[^.;]*,\s*(?:[\w.'’-]+\s+){0,4}?(?:said|told\s+[\w.'’-]+|announced|confirmed|reported|"
    r"noted|added|stated|wrote)\b(?:\s+(?:on\s+)?\w+day)?\W*$"
)
# A pluperfect in a relative clause describes, whoever reports it: "Canada, which
# had imposed 25%, said it would keep them".
_RELATIVE_HAD = regex(r"\b(?:which|who|that)\s+(?:[a-z]+ly\s+|just\s+|also\s+)?$")
_DATED_BACK = regex(
    r"\b(?:last\s+(?:year|month|spring|summer|autumn|fall|winter)|ago|in\s+the\s+past|"
    r"(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b"
)


def _backshifted(
    sentence: str, orig: str, local: str, local_start: int, published: date | None
) -> bool:
    """Whether the only marks of history in ``local`` are pluperfects of speech
    reported in the past (the "has" of the statement put in the past), with no
    time before the story's month: then the rate is the news reported."""
    marks = list(cues.BACKGROUND.finditer(local))
    if not marks or any(not m.group().startswith("had") for m in marks):
        return False
    had_at = local_start + marks[0].start()
    if _RELATIVE_HAD.search(sentence, max(0, had_at - 30), had_at):
        return False
    if not (
        _REPORTED_BEFORE.search(sentence, max(0, had_at - 110), had_at)
        or _REPORTED_AFTER.match(sentence, had_at)
    ):
        return False
    for when in _DATED_BACK.finditer(sentence, had_at):
        word = when.group()
        if word == "may" and orig[when.start()] != "M":
            continue  # the modal, not the month
        if word[:1].isdigit():
            if published is None or int(word) < published.year:
                return False
        elif word.capitalize() in _MONTHS:
            if published is None or _MONTHS.index(word.capitalize()) + 1 != published.month:
                return False
        else:
            return False
    return True


def _own_start_ahead(
    sentence: str, window_start: int, window_end: int, at: int, published: date
) -> bool:
    """Whether the start ahead is the rate's own, not that of a clause before
    its comma ("will lift its levies from Monday, two years after setting
    duties as high as 60%": Monday is the lifting's)."""
    comma = sentence.rfind(",", window_start, at)
    if comma < 0:
        return True
    own, _ = dates.effective_with_cue(sentence[comma:window_end], published, future=True)
    return own is not None and own > published


def read_clause(
    sentence: str,
    orig: str,
    *,
    window: tuple[int, int],
    rate: tuple[int, int],
    fact: tuple[int, int],
    clause: tuple[int, int],
    stop: int,
    in_list: bool,
    published: date | None,
) -> Reading:
    """Status, current and dates of one rate.

    ``sentence`` is the lowered ``orig``; ``window`` the words that govern the
    rate (its own clause, or its whole list's); ``rate`` the percentage;
    ``fact`` the whole fact (old rate and tariff word included); ``clause`` the
    sentence clause it sits in; ``stop`` where its own words end for history.
    """
    window_start, window_end = window
    cs = clause[0]
    sub = (
        _SUBORDINATE.search(sentence, fact[1], window_end)
        if not in_list and cues.has_any(sentence[fact[1] : window_end], _SUBORDINATE_STEMS)
        else None
    )
    participle = (
        _PARTICIPLE_ASIDE.search(sentence, fact[1], min(window_end, fact[1] + 140))
        if not in_list and "," in sentence
        else None
    )
    if participle is not None and participle.start() - fact[1] > _PARTICIPLE_ASIDE_NEAR:
        participle = None
    if (
        sub is not None
        and participle is not None
        and participle.start() <= sub.start() < participle.end()
    ):
        # "..., suspended since 2023, will return": a "since" inside the aside
        # dates the participle; the clause goes on after it.
        sub = _SUBORDINATE.search(sentence, participle.end(), window_end)
    status_end = sub.start() if sub else window_end
    if " plan" in sentence or " threat" in sentence or " proposal" in sentence:
        called_off = _CALLED_OFF_AFTER.search(sentence, fact[1], status_end)
        if called_off is not None:
            # "would cut its duty to 20% and drop plans to tax rice": the plan
            # called off is another act, and no hedge on this rate.
            status_end = called_off.start()
    if not in_list and (" and " in sentence or " but " in sentence or " while " in sentence):
        other = _OTHER_SUBJECT.search(sentence, fact[1], status_end)
        if (
            other is not None
            and _clause_status(sentence, orig, window_start, other.start(), None)[1]
        ):
            # "goods will face a 19% tariff and some details may still change":
            # a clause with a subject and a verb of its own says nothing of the
            # rate, once the rate's own clause has its verb.
            status_end = other.start()
    if not in_list and _FRONTED_SUB.match(sentence, cs):
        comma = sentence.find(",", fact[1], status_end)
        if comma >= 0:
            status_end = comma
    fronted_end = _fronted_end(sentence, window_start, rate[0])
    if fronted_end is None and cs < window_start:
        fronted_end = _fronted_end(sentence, cs, rate[0])
        if fronted_end is not None and not window_start < fronted_end < rate[0]:
            fronted_end = None  # the rate's words begin past the fronted clause
    if fronted_end is not None:
        if rate[0] < fronted_end:
            # "After Trump put 25% on steel and 10% on aluminium, the EU will
            # answer": the rate's verb is its own clause's, not the main one's.
            status_end = min(status_end, fronted_end)
        else:
            # "As the EU's 25% took effect, Washington threatened 200%": the
            # main clause's rate does not read the fronted clause's verb.
            window_start = fronted_end
    status = local_status(sentence, rate[0], rate[1])
    cue = "local"
    if status is None and "," in sentence:
        # A rate inside a relative clause takes that clause's verb: "China, which
        # last week imposed 10% tariffs on US coal, said it would consider more".
        rel = _relative_around(sentence, rate, window_start, window_end)
        if rel is not None:
            status, cue = _clause_status(sentence, orig, rel[0], rel[1], published)
            if cue in ("", "done", "state now") and _INSTRUMENT_BEFORE.search(
                sentence, max(0, rel[0] - 60), rel[0]
            ):
                # "the executive order Trump signed last week, which puts most EU
                # goods at 15%": what an order or a deal sets is decided.
                status, cue = "announced", "decided"
            if cue not in _FIRM_CUES:
                # A hedge there may be counterfactual about the main clause's
                # object ("hold off on the increase, which would have lifted
                # tariffs to 30%"): the main clause decides.
                status = None
    if status is None and participle is not None and participle.end() < status_end:
        # "the 25% countermeasures, suspended since 2023, will return on April
        # 1": the participle recalls the rate's past; the verb after it is
        # its news, when that verb says anything.
        blank = " " * (participle.end() - 1 - participle.start())
        status, cue = _clause_status(
            sentence[: participle.start()] + blank + sentence[participle.end() - 1 :],
            orig[: participle.start()] + blank + orig[participle.end() - 1 :],
            window_start,
            status_end,
            published,
            skip=_PERSON_ASIDES,
        )
        if not cue:
            status = None
    if status is None:
        status, cue = _clause_status(
            sentence, orig, window_start, status_end, published, skip=_PERSON_ASIDES
        )
        if cue in ("applies now", "done") and (" which " in sentence or " that " in sentence):
            aside = _other_tariffs_aside(sentence, fact[1], status_end)
            if aside is not None:
                # "... from Friday, matching the US duty, which took effect in 2018":
                # the history told of another tariff is not this rate's.
                blank = " " * (aside[1] - aside[0])
                status, cue = _clause_status(
                    sentence[: aside[0]] + blank + sentence[aside[1] :],
                    orig[: aside[0]] + blank + orig[aside[1] :],
                    window_start,
                    status_end,
                    published,
                    skip=_PERSON_ASIDES,
                )
    if status == "threatened" and " had " in sentence:
        carried = _THREAT_CARRIED_OUT.match(sentence, rate[1], status_end)
        if carried is not None:
            # "the 25% levy Ottawa had threatened on steel will take effect": the
            # threat names the rate; the verb of its start says what it is now.
            status, cue = _clause_status(
                sentence, orig, carried.start("verb"), status_end, published
            )
    if cue == "put off" and (
        "case" in sentence or "challenge" in sentence or "dispute" in sentence
    ):
        case = _CASE_PUT_OFF.search(sentence, window_start, status_end)
        if case is not None:
            # "agreed to pause its WTO challenge to China's wine tariffs, which reach
            # 218%": the case is put off, not the tariff; the rest of the words decide.
            blank = " " * (case.end() - case.start())
            text = sentence[: case.start()] + blank + sentence[case.end() :]
            text_orig = orig[: case.start()] + blank + orig[case.end() :]
            status, cue = _clause_status(text, text_orig, window_start, status_end, published)
            if not cue:
                status, cue = "in_effect", "state now"  # duties the case was about
    if cue == "put off" and _LOWERED_TO.search(sentence, max(clause[0], rate[0] - 50), rate[0]):
        # "a 90-day pause on the higher tariffs, lowering them to 10%": what the
        # pause leaves in place is the lower rate, and it applies now.
        status, cue = "in_effect", "local"
    if cue not in ("local", "applies now", "put off"):
        # "imposed 120% ..., but kept postponing it": a clause that goes on
        # with the same subject and no rate of its own puts this one off.
        then = _THEN_PAUSED.match(sentence, clause[1])
        if then and not _PERCENT.search(then.group()):
            status, cue = "paused", "put off"
    if not cue:
        start = _verbless_from(sentence, cs, window_start, rate[0])
        if start is not None:
            status, cue = _clause_status(sentence, orig, start, status_end, published)
    if (
        cue in ("", "state now", "done")
        and published is not None
        and (step := STEP_TO.search(sentence, max(cs, rate[0] - 60), rate[0])) is not None
        and (step.group("inf") or _step_ahead(orig, rate[1], published))
    ):
        # "a 30% levy, rising to 45% at the start of June", "25%, to rise to 50%
        # in one week": the next step of a schedule is still to come, whatever
        # the verb of the first step ("includes", "imposed") says of that one.
        status, cue = "announced", "a start ahead"
    if (
        status in ("threatened", "announced")
        and cue != "local"
        and _own_deed(sentence, cs, rate[0], rate[1])
    ):
        status, cue = "in_effect", "done"
    if not cue and _LOCAL_THREAT.search(sentence, max(0, rate[0] - 40), rate[0]):
        status, cue = "threatened", "local"
    if (
        status in ("announced", "threatened")
        and cue != "local"
        and (move := _RESPONDED_MOVE.search(sentence, max(cs, rate[0] - 110), rate[0])) is not None
        and not _MOVE_TO_COME.search(move.group())
        and not cues.FUTURE_MARK.search(sentence, rate[1], clause[1])
        and not _CONDITION_AFTER.search(sentence, rate[1], clause[1])
        and not _TAKES_EFFECT_AFTER.search(sentence, rate[1], min(len(sentence), rate[1] + 90))
    ):
        # "retaliate for the U.S. increase in tariffs from 10% to 25%", "follows the
        # U.S. decision to raise its tariffs to 84%": a move answered is a move made
        status, cue = "in_effect", "done"
    if (" not " in sentence or "n't" in sentence or "n’t" in sentence) and _CALLED_OFF.search(
        sentence, max(cs, rate[0] - 80), rate[0]
    ):
        if _WAS_DUE.search(sentence, rate[1], min(len(sentence), rate[1] + 120)):
            # "will not impose the 15% tariff that was due to start Dec. 15": a
            # decided tariff called off is put off
            status, cue = "paused", "put off"
    elif " before " in sentence and _THEN_SUSPENDED.match(
        sentence, rate[1], min(len(sentence), rate[1] + 90)
    ):
        # "the 17% duty it briefly imposed in April before suspending it"
        status, cue = "paused", "put off"
    current = is_current(sentence, orig, rate, clause, stop, published)
    if (
        not current
        and cue == "decided"
        and _FRONTED_PAST.match(sentence, clause[0])
        and not cues.FUTURE_MARK.search(sentence, window_start, window_end)
    ):
        # "Last year the EU reached a deal removing tariffs on metals": a
        # decision dated a year or more back has taken effect.
        status = "in_effect"
    elif (
        status == "announced"
        and cue == "decided"
        and published is not None
        and _decided_long_ago(sentence, rate[1], window_start, window_end, published)
    ):
        # "the 20% tariff Trump announced in February" in an April story, "Last
        # month he signed an order imposing 25%": a decision a month or more
        # back, with no start still ahead, applies now.
        status = "in_effect"
    off = False  # superseded or averted: no later start makes it news again
    # Substring tests in front of the rare cues below ("avert", "instead of"):
    # most sentences hold none of them.
    instead = "instead" in sentence or "rather" in sentence
    p_at = rate[0]
    if instead and _INSTEAD_BEFORE.search(sentence, max(cs, p_at - 30), p_at):
        current, off = False, True  # "a 10% tariff instead of the 20% announced in April"
    if ("never" in sentence or "not " in sentence or "n't" in sentence or "n’t" in sentence) and (
        _NEVER_APPLIED.search(sentence, fact[1], status_end)
    ):
        # "the planned 25% levy never took effect": a threat that did not come true
        status, current, off = "threatened", False, True
    if threat_called_off(sentence, cs, rate[0], rate[1]):
        # "dropped his threat of a 25% tariff": the threat is gone, and no tariff with it
        status, current, off = "threatened", False, True
    averts = (
        "avert" in sentence
        or "avoid" in sentence
        or " off" in sentence
        or "prevent" in sentence
        or "forestall" in sentence
    )
    if averts and (
        _AVERT_BEFORE.search(sentence, max(cs, fact[0] - 70), p_at)
        or _OFF_TABLE.search(sentence, fact[1], status_end)
    ):
        # "a deal that would avert 100% tariffs", "the 100% hike is off the
        # table": a threat that is no longer news.
        status, current, off = "threatened", False, True
    if status != "threatened" or current:
        head = _threatened_head(sentence, orig, window, rate, clause, in_list, published)
        if head is not None:
            # "had threatened 5% tariffs on Mexican goods, climbing to 25%, unless
            # ...": a step of a threatened schedule is that threat, told when it was
            status, current = "threatened", head.current
    text = sentence[window_start:window_end]
    if status == "paused":
        # The day a pause was decided is no start; a new start given is
        # ("pushed back to December 15"), and "until July 9" ends the pause.
        effective = dates.new_start_date(text, published)
        expires = None
        if effective is None:
            # "suspended for 90 days from Tuesday": the pause ends 90 days on.
            paused_from = dates.effective_date(text, published, future=True)
            expires = dates.until_date(text, published) or dates.expiry_date(text, paused_from)
        return Reading(status, current, effective, expires, cue)
    future = status in ("announced", "threatened")
    effective, start_word = dates.effective_with_cue(text, published, future=future)
    if (
        start_word == "on"
        and cue == "decided"
        and _DECIDED_PAST.search(text)
        and not cues.FUTURE_MARK.search(text)
        and not cues.START_VERB.search(text)
    ):
        # "announced a 25% tariff on Japanese cars on Tuesday": the day of the
        # decision, not a start.
        effective, start_word = None, ""
    if (
        not future
        and current
        and cue in ("", "state now")
        and effective is not None
        and published is not None
        and effective < published - _RECAP_REACH
    ):
        # "which climbs on January 1 to 30%" in a September story: a bare present
        # verb with a day months behind speaks of next year's, a start ahead.
        ahead, ahead_word = dates.effective_with_cue(text, published, future=True)
        if ahead is not None and ahead > published:
            effective, start_word, status = ahead, ahead_word, "announced"
    elif (
        status == "in_effect"
        and current
        and effective is not None
        and published is not None
        and effective > published
        and (cue in ("", "state now") or (cue == "done" and start_word in _START_WORDS))
    ):
        # "the duty doubles to 50% on August 27" in a June story, "raised the
        # rate to 25%, effective July 1": a plain verb with a day still ahead
        # (a weekday read in the past tense never is) is a start ahead.
        status = "announced"
    elif (
        status == "in_effect"
        and current
        and cue == "done"
        and start_word in _START_NAMED
        and published is not None
        and (ahead := dates.effective_date(text, published, future=True)) is not None
        and ahead > published
        and _WEEKDAY.search(text) is not None
    ):
        # "On Tuesday he imposed 25%, effective Friday": a start named as such
        # after a deed is its start, so the weekday is the coming one.
        effective, status = ahead, "announced"
    if (
        not current
        and not off
        and effective
        and published
        and effective > published
        and not _THREAT_AFTER.match(sentence, rate[1], rate[1] + 50)
        and _own_start_ahead(sentence, window_start, window_end, rate[0], published)
    ):
        # "Trump had threatened 100% tariffs starting November 1": still ahead.
        # (Not "the 30% rate Trump had threatened": a threat named as superseded.)
        current = True
    if (
        effective is not None
        and status == "announced"
        and published
        and effective <= published
        and (
            cue == "a start ahead"
            or start_word in _START_WORDS
            or (
                cues.START_VERB.search(text) is not None
                and not cues.FUTURE_MARK.search(text)
                and not _DECIDED.search(text)
            )
        )
    ):
        # "tariffs starting on Monday", "the duties take effect on Monday" in a
        # Wednesday story, and "will face duties from May 19" in a May 19
        # story, already apply.
        status = "in_effect"
    expires = dates.expiry_date(text, effective) or dates.until_date(text, published)
    return Reading(status, current, effective, expires, cue)


# A clause fronted by a conjunction of time or reason (not a condition: "if no
# deal, 50%" governs the main clause), up to the comma that ends it.
_FRONTED_CLAUSE = regex(
    r"\W*(?:[\w'’-]+(?:\s+[\w'’-]+)?:\s*)?(?:after|when|whenever|while|whilst|"
    r"as(?!\s+(?:of|expected|usual|such|well|part|a\b|an\b|the\s+(?:deal|agreement)))|once|"
    r"until|till|before|following|because|since|although|though|even\s+though|now\s+that)\s"
)
# After a comma, the next item of a list rather than a new clause: "from Europe,
# Mexico and Canada, the Commission ...".
_LIST_GOES_ON = regex(r"\s*(?:[\w'’.-]+\s+){0,2}[\w'’.-]+\s*(?:,|\s(?:and|or)\s)")


def _fronted_end(sentence: str, start: int, rate_start: int) -> int | None:
    """Where a clause fronted at ``start`` ("After X raised ..., ") ends: its
    closing comma; None when the words at ``start`` open no such clause."""
    if _FRONTED_CLAUSE.match(sentence, start) is None:
        return None
    comma = sentence.find(",", start)
    while comma >= 0:
        if comma > rate_start or not _LIST_GOES_ON.match(sentence, comma + 1):
            return comma
        comma = sentence.find(",", comma + 1)
    return None


# After a step's rate: when it comes, counted from the story's day or named by month.
_STEP_WHEN = regex(
    r"\s*(?:[\w-]+\s+){0,3}?(?:(?:in|within|after)\s+(?:a|an|one|two|three|four|five|six|"
    r"\d+)\s+(?:days?|weeks?|months?)|"
    r"next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|"
    r"(?:(?:in|from|by)\s+|(?:at|from|by)\s+the\s+(?:start|beginning|end)\s+of\s+)(?:early\s+|"
    r"mid-?|late\s+)?(?P<m>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)


def _step_ahead(orig: str, rate_end: int, published: date) -> bool:
    """Whether the words after a step's rate put it ahead of ``published``: "in a
    week", "next month", or a month later in the story's year."""
    when = _STEP_WHEN.match(orig, rate_end, rate_end + 60)
    if when is None:
        return False
    month = when.group("m")
    return month is None or _MONTHS.index(month.capitalize()) + 1 > published.month


_RATE_SPAN = regex(r"\d+(?:\.\d+)?\s*(?:%|percent|per\s?cent)")


def _threatened_head(
    sentence: str,
    orig: str,
    window: tuple[int, int],
    rate: tuple[int, int],
    clause: tuple[int, int],
    in_list: bool,
    published: date | None,
) -> Reading | None:
    """The reading of the rate a step climbs from (", rising to 30%"), when that
    rate is a threat; None for no step, or a step of a decided schedule."""
    step = STEP_TO.search(sentence, max(clause[0], rate[0] - 60), rate[0])
    if step is None or step.group("inf") or not sentence.startswith(",", step.start()):
        return None
    start = _break_before(sentence, step.start()) + 1
    heads = list(_RATE_SPAN.finditer(sentence, start, step.start()))
    if not heads:
        return None
    head = heads[-1]
    # The head's words run from its sentence clause's start: the step's own clause
    # may begin at the comma before "rising".
    start = min(start, window[0], clause[0])
    reading = read_clause(
        sentence,
        orig,
        window=(start, step.start()),
        rate=(head.start(), head.end()),
        fact=(head.start(), step.start()),
        clause=(start, step.start()),
        stop=step.start(),
        in_list=in_list,
        published=published,
    )
    return reading if reading.status == "threatened" else None


# Another act after the rate: a plan or a threat called off ("and drop plans to
# tax rice", "and scrap its threat of wider duties", "and cancel plans to hit").
_CALLED_OFF_AFTER = regex(
    r",?\s+(?:and|but|while)\s+(?:to\s+)?(?:cancel\w*|drop\w*|scrap\w*|abandon\w*|shelv\w*|"
    r"withdr(?:ew|aw\w*)|call(?:ed|s|ing)?\s+off|back(?:ed|s|ing)?\s+away\s+from|ditch\w*)\s+"
    r"(?:(?:its|his|her|their|the|a|an)\s+)?(?:[\w-]+\s+)?(?:plans?|threats?|proposals?)\b"
)


# A coordinated clause with its own subject and verb: ", and analysts said",
# "and some details may", "but officials might".
_OTHER_SUBJECT = regex(
    r",?\s+(?:and|but|while|whereas)\s+(?!to\b|then\b|also\b|later\b)(?:[\w'’.-]+\s+){1,4}?"
    r"(?:may|might|could|can|would|will|should|must|is|are|was|were|has|have|had|hopes?|"
    r"hoped|says?|said|warned|warns|expects?|expected|wants?|wanted)\b"
)


# A participle set off by commas after a rate's noun phrase, then the clause's
# own verb: ", suspended since 2023, will", ", approved in December, starts".
_PARTICIPLE_ASIDE = regex(
    r",\s*(?:(?:first|since|later|then|briefly|provisionally|originally|already|only)\s+)?"
    r"(?:\w+ed|set|put|cut|made|held|struck|won|kept|laid)\b[^,;:]{0,60},"
    r"(?=\s*(?:will|would|shall|is|are|was|were|has|have|had|can|could|may|might|"
    r"must|should|remains?|stays?|starts?|begins?|takes?|comes?|goes|kicks?|applies|"
    r"\w+ed)\b)"
)
_PARTICIPLE_ASIDE_NEAR = 50  # characters from the rate's words to the aside


# A relative clause after another tariff named past this rate's own words.
_WHICH_ASIDE = regex(r",\s*(?:which|that)\s[^,;]*(?:,|$)")


def _other_tariffs_aside(sentence: str, after: int, end: int) -> tuple[int, int] | None:
    """The span of ", which ..." told of a tariff named after the rate's own words
    ("25% on US steel, matching the US duty, which took effect in 2018"); None when
    the relative clause, if any, follows the rate's own tariff."""
    for m in _WHICH_ASIDE.finditer(sentence, after, end):
        if cues.TARIFF_WORD.search(sentence, after, m.start()):
            return m.start(), m.end()
    return None


_START_NAMED = frozenset(("effective", "starting", "beginning"))
_WEEKDAY = regex(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_DECIDED_PAST = regex(
    r"\b(?:announced|unveiled|signed|declared|decided|approved|ordered|agreed|finali[sz]ed)\b"
)
_MONTH_NAME = r"(?P<m>" + _MONTH_WORDS + r")"
# A decision and when it was taken: "announced in February", "signed last month".
# (Not a deal's "agreed in July": a rate agreed waits for the order that applies it.)
_DECIDED_WHEN = regex(
    r"\b(?:announced|unveiled|signed|introduced|declared|decided|approved|"
    r"ordered|enacted|adopted|set)\b(?:\s+[\w'’%.-]+){0,8}?\s+(?:"
    r"in\s+(?:(?:early|late|mid-?)\s*)?" + _MONTH_NAME + r"\b(?:\s+(?P<y>(?:19|20)\d\d))?|"
    r"in\s+(?P<y2>(?:19|20)\d\d)\b|last\s+(?:month|year)\b|earlier\s+this\s+year\b|"
    r"(?:on\s+)?(?P<dm>"
    + _MONTH_WORDS
    + r")\.?\s+(?P<d>\d{1,2})\b(?!\s*%)(?:,?\s+(?P<y3>(?:19|20)\d\d))?)"
)
_LONG_AGO = timedelta(days=28)  # a decision this far back has taken effect, unless told otherwise


def _decided_long_ago(
    sentence: str, rate_end: int, window_start: int, window_end: int, published: date
) -> bool:
    """Whether a decision told after the rate, as what its tariff is ("the 20%
    tariff he announced in February"), was taken a month or more before the story,
    with no start still ahead and no mark of the future. A decision told as the
    clause's news ("In July Ottawa announced a 25% tariff") stays as worded."""
    if cues.FUTURE_MARK.search(sentence, window_start, window_end):
        return False
    text = sentence[window_start:window_end]
    ahead = dates.effective_date(text, published, future=True)
    if (
        ahead is not None
        and ahead > published
        and (cues.EFFECTIVE_CUE.search(text) or cues.START_VERB.search(text))
    ):
        # "approved in December, starts on Monday", "announced this month, is due
        # to start on August 1": a start still ahead outranks when it was decided.
        return False
    m = _DECIDED_WHEN.search(sentence, rate_end, window_end)
    if m is not None:
        groups = m.groupdict()
        year = groups.get("y") or groups.get("y2") or groups.get("y3")
        if year is not None:
            return int(year) < published.year
        if groups.get("dm"):
            try:
                day = date(
                    published.year, _MONTHS.index(groups["dm"].capitalize()) + 1, int(groups["d"])
                )
            except ValueError:
                return False
            return day <= published - _LONG_AGO or day > published
        if groups.get("m"):
            return _MONTHS.index(groups["m"].capitalize()) + 1 != published.month
        return True  # last month, last year, earlier this year
    return False


def _clause_status(
    sentence: str,
    orig: str,
    start: int,
    end: int,
    published: date | None,
    *,
    skip: re.Pattern[str] | None = None,
) -> tuple[TariffStatus, str]:
    """``decide`` over ``sentence[start:end]``, leaving out the asides ``skip``
    matches ("..., whose prime minister threatened to retaliate, ...")."""
    text, may_text = sentence[start:end], orig[start:end]
    if skip is not None and ", wh" in text:
        text, may_text = skip.sub(" ", text), skip.sub(" ", may_text)
    if " than " in text:
        # "announced 35%, a higher rate than he has threatened for other allies":
        # the threat is the others', the measure of comparison
        text = _THAN_THREATENED.sub(" ", text)
        may_text = _THAN_THREATENED.sub(" ", may_text)
    may = "may" in may_text and cues.MAY.search(may_text) is not None
    return decide(text, published, may)


def _relative_around(
    sentence: str, rate: tuple[int, int], start: int, end: int
) -> tuple[int, int] | None:
    """The relative clause (", which ... ," / ", whose ... ,") the rate sits in,
    within ``start``..``end``; None when it sits in none."""
    comma = sentence.rfind(",", start, rate[0])
    if comma < 0 or not _RELATIVE_HEAD.match(sentence, comma):
        return None
    close = sentence.find(",", rate[1], end)
    return comma, close if close >= 0 else end


# "will pay a 20% tariff, and transshipped goods 40%": the goods of a gapped
# clause, then its bare rate; the verb is the clause's before.
_GAPPED = regex(r",\s*and\s+(?:[\w-]+\s+){1,3}$")


# A colon or semicolon that ends a clause: not the colon of a time ("12:01 a.m.").
_CLAUSE_COLON = regex(r"[;:](?!\d)")


def _break_before(sentence: str, end: int) -> int:
    """Where the last clause-ending colon or semicolon before ``end`` sits; -1 for none."""
    last = -1
    for m in _CLAUSE_COLON.finditer(sentence, 0, end):
        last = m.start()
    return last


def _verbless_from(sentence: str, cs: int, window_start: int, rate_start: int) -> int | None:
    """Where the governing words of a rate with no verb of its own begin: its
    clause's start, or the clause before a colon; None when it is not joined so."""
    if sentence.startswith(",", cs) and _GAPPED.match(sentence, cs, rate_start):
        return _break_before(sentence, cs) + 1
    joint = _VERBLESS_JOINT.search(sentence, cs, rate_start)
    if joint is None:
        return None
    if sentence.startswith(":", cs):
        # "Ottawa announced retaliation: 25% tariffs on steel": the verb before the colon.
        return _break_before(sentence, cs) + 1
    return cs if cs < window_start else None


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
