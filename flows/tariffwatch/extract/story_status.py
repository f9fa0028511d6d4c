"""Status across a story: what one sentence's words cannot settle alone.

Headlines overstate. News text often arrives with its headline as the first
line ("China slaps 34% levy on US goods" above "Beijing will charge ... from
April 10"). A headline squeezes the story into a present-tense verb, so:

* a tariff the body states too (same two sides, same rate) is the body's: the
  headline's reading is dropped;
* a tariff only the headline states keeps its own status cue if it has one
  ("threatens", "delays"); with none, the headline's "to <verb>" is the
  future ("US to hit Chinese goods with 10% tariff": announced), else the
  status the story's lead sentence gives ("signed an order raising ...").

A list with no verb of status at all ("Among the steepest are Syria (41%)
and Canada (35%)", "The duties are 17.4% for one maker and 38% for another")
goes on from the sentence before it: its rates share the status of the tariff
just told by the same imposer, or, with none, the status the sentence right
before gives ("The duties take effect on October 14. The breakdown: ...").
A single rate with no verb stays in force: too often it is a rate stated plainly.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

from tariffwatch.extract import cues
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.cues import gate_patterns
from tariffwatch.extract.dates import effective_date
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.sentences import sentence_at, sentence_spans
from tariffwatch.extract.status import decide
from tariffwatch.model import Fact, TariffFact, TariffStatus

# A first line this short with no closing full stop is a headline, not a sentence.
_MAX_HEADLINE_WORDS = 20
# The headline future: "US to hit ...", "Swiss goods to face 15% US tariff".
_HEADLINE_TO = regex(
    r"\bto\s+(?:[\w-]+\s+)?(?:hit|impose|slap|levy|raise|lift|hike|cut|lower|face|put|pay|"
    r"double|triple|add|remove|scrap|end|drop|carry|charge|apply|start|begin)\b"
)
# The table rows a headline's bare verb falls in ("slaps", "raises", "faces").
_BARE_VERBS = frozenset(("done", "state now"))
_PCT = regex(r"\d\s*%|per\s?cent|percent")
_LEAD_SENTENCES = 2  # how far into the body the lead's decision is looked for
_LIST_MIN = 2  # rates a verbless sentence must list to go on from the one before
_PENDING = frozenset(("announced", "threatened"))  # statuses a bare "faces" list goes on from
_CARRY_GAP = 300  # at most this many characters between a verbless sentence and the one before


def headline_of(text: str) -> str | None:
    """The text's first line when it reads as a headline; None otherwise."""
    nl = text.find("\n")
    if nl <= 0:
        return None
    line = text[:nl].strip()
    if not line or line.endswith((".", ":", ";")) or len(line.split()) > _MAX_HEADLINE_WORDS:
        return None
    return line


def settle_story(
    facts: Sequence[Fact], text: str, published: date | None, *, title: str | None = None
) -> list[Fact]:
    """The headline's facts settled against the body's, then verbless
    sentences given the status of the one before."""
    facts = drop_components(stack_on_base(facts), text)
    facts = carry_to_also(facts, text)
    facts = carry_status(settle_headline(facts, text, published, title=title), text, published)
    facts = carry_later_start(carry_pause(facts, text, published), text, published)
    return old_from_before(facts)


# A move of a rate named before: "raise that duty to 40%", "cut the tariff to
# 17%", "the rate is to climb to 20%", "doubled it to 40%" (the noun bare: "cut
# its tariff on beef to 4%" names goods of its own and may be another tariff).
_MOVE_VERB = (
    r"(?:rais\w*|lift\w*|increas\w*|hik\w*|cut(?:s|ting)?|lower\w*|reduc\w*|slash\w*|doubl\w*|"
    r"tripl\w*|halv\w*|bring\w*|brought|push\w*|tak(?:e|es|ing)|took|trimm?\w*|mov\w*)"
)
_ANAPHOR_NOUN = r"(?:rate|duty|duties|levy|levies|tariffs?|surcharge|surtax)"
_ANAPHOR_MOVE = regex(
    r"\b(?:"
    + _MOVE_VERB
    + r"\s+(?:it|them|(?:that|this|the|its|their|these|those)\s+"
    + _ANAPHOR_NOUN
    + r")\s+(?:up\s+|down\s+|back\s+|further\s+)?to|"
    r"(?:the|that|this|its|their|these|those)\s+"
    + _ANAPHOR_NOUN
    + r"\s+(?:[\w'’]+\s+){0,3}?(?:climb\w*|ris(?:e|es|en|ing)|rose|increas\w*|jump\w*|"
    r"go(?:es)?\s+up|went\s+up|fall\w*|fell|drop\w*|declin\w*|(?:be|been|was|were|is|are)\s+"
    + _MOVE_VERB
    + r")"
    r"\s+(?:further\s+)?to)\s+(?:about\s+|around\s+)?$"
)
_ANAPHOR_STEMS = (" it ", " them ", "that ", "this ", "the ", "its ", "their ", "these ", "those ")


def old_from_before(facts: Sequence[Fact]) -> list[Fact]:
    """A rate moved with words that point back ("it", "that duty", "the rate")
    and no old rate of its own: the old one is the latest rate the same imposer
    put on the same target in an earlier sentence, threats left out."""
    out = list(facts)
    for i, f in enumerate(out):
        if not isinstance(f, TariffFact) or f.old_rate is not None or f.additional:
            continue
        low = f.evidence.lower()
        if not cues.has_any(low, _ANAPHOR_STEMS):
            continue
        number = f"{f.new_rate:g}"
        at = re.search(r"(?<![\d.])" + re.escape(number) + r"\s*(?:%|per\s?cent|percent)", low)
        if at is None or not _ANAPHOR_MOVE.search(low, max(0, at.start() - 80), at.start()):
            continue
        for g in reversed(out[:i]):
            if (
                isinstance(g, TariffFact)
                and (g.imposer, g.target) == (f.imposer, f.target)
                and g.evidence != f.evidence
                and g.status != "threatened"
                and g.new_rate != f.new_rate
            ):
                out[i] = dataclasses.replace(f, old_rate=g.new_rate)
                break
    return out


# The cues a rate's own sentence may hold and still be told of a pause before it:
# none, a bare state ("range from 10% to 50%", "charged 15%")...
_PAUSABLE_CUES = frozenset(("", "state now"))
# ... or a "would" only as "would have" (what the tariff would have been)
_COUNTERFACTUAL_CUES = frozenset(("reported intent", "hedge, condition, proposal"))
_PAUSE_REACH = 600  # characters between the pause and the rate it governs
_WOULD_HAVE = regex(r"\bwould\s+have\b")


def carry_pause(facts: Sequence[Fact], text: str, published: date | None) -> list[Fact]:
    """A rate told plainly after a sentence that puts the same side's tariffs off
    ("India put off its retaliatory tariffs on US apples. The tariffs range from
    10% to 50%") is the paused tariff's rate: paused. The pause sentence names no
    rate, names a tariff and one side of the fact; the rate's own sentence has no
    verb of status but a bare state or "would have" ("would have begun at 5%")."""
    out: list[Fact] = []
    # per evidence: the countries of the pause sentence before it (None: no pause)
    paused_sides: dict[str, set[str] | None] = {}
    pauser_of: dict[str, tuple[str, bool] | None] = {}
    cue_of: dict[str, str] = {}
    for f in facts:
        if (
            not isinstance(f, TariffFact)
            or not f.current
            or f.status not in ("in_effect", "threatened", "announced")
        ):
            out.append(f)
            continue
        if f.evidence not in paused_sides:
            paused_sides[f.evidence] = _pause_before(text, f.evidence)
        sides = paused_sides[f.evidence]
        if not sides or not ({f.imposer, f.target} & sides):
            out.append(f)
            continue
        if f.evidence not in pauser_of:
            pauser_of[f.evidence] = _pauser_before(text, f.evidence)
        pauser = pauser_of[f.evidence]
        if pauser is not None and pauser[0] != (f.target if pauser[1] else f.imposer):
            # "Brussels put its countermeasures on hold. The move follows Washington's
            # 25% tariff on European steel": the side that put its own measures off
            # is not this rate's imposer (nor, for a reprieve won, its target).
            out.append(f)
            continue
        if f.evidence not in cue_of:
            low = cues.lower(f.evidence)
            cue_of[f.evidence] = decide(low, published, cues.MAY.search(f.evidence) is not None)[1]
        cue = cue_of[f.evidence]
        if cue not in _PAUSABLE_CUES and not (
            cue in _COUNTERFACTUAL_CUES and _WOULD_HAVE.search(cues.lower(f.evidence))
        ):
            out.append(f)
            continue
        out.append(
            dataclasses.replace(
                f, status="paused", trace=(*f.trace, "status paused from the pause before")
            )
        )
    return out


def _pause_before(text: str, evidence: str) -> set[str] | None:
    """The countries of the last sentence before ``evidence`` (within reach) that
    puts tariffs off and names no rate; None when there is none. Only the window
    before the evidence is read, and only split into sentences when a pause cue
    is in it: most stories hold none."""
    at = text.find(evidence)
    if at <= 0:
        return None
    window = text[max(0, at - _PAUSE_REACH) : at]
    low_window = cues.lower(window)
    if not cues.has_any(low_window, cues.PAUSED_STEMS) or not cues.PAUSED.search(low_window):
        return None
    for a, b in reversed(sentence_spans(window)):
        low = low_window[a:b]
        if _PCT.search(low) or not cues.TARIFF_WORD.search(low) or not cues.PAUSED.search(low):
            continue
        codes = {m.code for m in find_mentions(window[a:b])}
        if codes:
            return codes
    return None


# A pause the target wins rather than the imposer decides.
_REPRIEVE = regex(r"\b(?:reprieve|exempt\w*|exemption|spared|relief)\b")


def _pauser_before(text: str, evidence: str) -> tuple[str, bool] | None:
    """The side named first, before its pause cue, in the pause sentence before
    ``evidence`` (the one _pause_before reads), and whether the pause is a
    reprieve its target won; None when no side comes before the cue."""
    at = text.find(evidence)
    if at <= 0:
        return None
    window = text[max(0, at - _PAUSE_REACH) : at]
    low_window = cues.lower(window)
    for a, b in reversed(sentence_spans(window)):
        low = low_window[a:b]
        if _PCT.search(low) or not cues.TARIFF_WORD.search(low):
            continue
        pause = cues.PAUSED.search(low)
        if pause is None:
            continue
        before = [m for m in find_mentions(window[a:b]) if m.start < pause.start()]
        if not before:
            return None
        return before[0].code, _REPRIEVE.search(low) is not None
    return None


# A total named as such: "bringing the total to 50%", "the combined duty", "now 104%".
_TOTAL_CUE = regex(
    r"\b(?:total\w*|brings?|bringing|tak(?:es|ing)\s+(?:the|it|them|its|their)|combined|"
    r"cumulative|overall|in\s+all|altogether|all\s+told|new\s+rate|doubl\w+|tripl\w+)\b"
)
_TOTAL_STEMS = (
    "total",
    "bring",
    "tak",
    "combined",
    "cumulative",
    "overall",
    "all",
    "new rate",
    "doubl",
    "tripl",
)
_NEXT_GAP = 3  # at most this much space between a sentence and the next one


def stack_on_base(facts: Sequence[Fact]) -> list[Fact]:
    """ "a 100% surtax on Chinese EVs from Oct. 1. The surtax comes on top of the
    existing 6.1% tariff": the increment with its base stated is one fact, the
    total (SPEC), told with the increment's own goods, status and dates."""
    totals = [f for f in facts if isinstance(f, TariffFact) and f.rule == "tariff:on-top-of-last"]
    if not totals:
        return list(facts)
    replaced: dict[int, TariffFact] = {}
    gone: set[int] = set()
    for total in totals:
        if total.old_rate is None:
            continue
        part = total.new_rate - total.old_rate
        for f in facts:
            if (
                isinstance(f, TariffFact)
                and f is not total
                and f.current
                and (f.imposer, f.target) == (total.imposer, total.target)
                and abs(f.new_rate - part) < 0.01
            ):
                replaced[id(f)] = dataclasses.replace(
                    f, new_rate=total.new_rate, old_rate=total.old_rate, additional=False
                )
                gone.add(id(total))
                break
    return [replaced.get(id(f), f) for f in facts if id(f) not in gone]


def drop_components(facts: Sequence[Fact], text: str) -> list[Fact]:
    """An increment whose total the same or the next sentence states is no fact
    of its own: "an extra 25% on Indian goods. That brings the duty to 50%" is
    one move, to 50% (SPEC: an increment with its base gives the total). A
    measure of its own that a total includes ("a combined 40% after Trump added
    a 30% penalty") is no bare increment, and stays.

    The total must be named as one (a total word, a doubling) or add up (its
    old rate plus the increment); "an additional 10% on steel and 25% on cars"
    keeps both."""
    incs = [f for f in facts if isinstance(f, TariffFact) and f.current and f.additional]
    if not incs:
        return list(facts)
    drop: set[int] = set()
    for f in incs:
        f_at = text.find(f.evidence)
        for g in facts:
            if (
                not isinstance(g, TariffFact)
                or g is f
                or g.additional
                or not g.current
                or (g.imposer, g.target) != (f.imposer, f.target)
                or g.new_rate <= f.new_rate
            ):
                continue
            if g.evidence != f.evidence:
                g_at = text.find(g.evidence)
                if f_at < 0 or g_at < 0 or not 0 <= g_at - (f_at + len(f.evidence)) <= _NEXT_GAP:
                    continue
            sums = g.old_rate is not None and abs(g.old_rate + f.new_rate - g.new_rate) < 0.01
            low = cues.lower(g.evidence)
            named = any(s in low for s in _TOTAL_STEMS) and _TOTAL_CUE.search(low) is not None
            if sums or named:
                drop.add(id(f))
                break
    return [f for f in facts if id(f) not in drop]


def carry_status(facts: Sequence[Fact], text: str, published: date | None) -> list[Fact]:
    """Rates of a list with no verb of status take the status of the tariff
    told just before it by the same imposer, in the sentence before; with no
    such tariff, the status the sentence right before gives ("The duties take
    effect on October 14. The breakdown: 10% on lumber, 25% on cabinets")."""
    out: list[Fact] = []
    source: TariffFact | None = None  # the last current tariff of the sentence before
    last: TariffFact | None = None  # the last current tariff read so far
    last_end = source_end = -1
    verbless: dict[str, bool | None] = {}
    before: dict[str, TariffStatus | None] = {}
    # Only a list goes on from the sentence before ("Among the steepest are
    # Syria (41%), Canada (35%) ..."); a single rate with no verb is too often
    # a rate in force stated plainly.
    per_sentence = Counter(f.evidence for f in facts if isinstance(f, TariffFact) and f.current)
    for f in facts:
        if not isinstance(f, TariffFact):
            out.append(f)
            continue
        at = text.find(f.evidence)
        if last is not None and f.evidence != last.evidence:
            source, source_end = last, last_end  # a new sentence: the one before is the source
        if (
            at >= 0
            and f.current
            and f.status == "in_effect"
            and per_sentence[f.evidence] >= _LIST_MIN
            # "by putting 25% on steel and 10% on aluminum on June 1": a list
            # with a start already past tells its own status
            and not (f.effective is not None and published is not None and f.effective <= published)
        ):
            if f.evidence not in verbless:
                verbless[f.evidence] = _verbless(f.evidence, published)
            carried: TariffStatus | None = None
            how = ""
            if verbless[f.evidence] is None:
                # "Trump announced 20% on the EU. Japan faces 24% and India 26%": a
                # bare "faces"/"pays" list after an announced tariff of the same
                # levier lists that announcement's rates, not rates in force.
                if (
                    source is not None
                    and source.status in _PENDING
                    and f.evidence != source.evidence
                    and 0 <= at - source_end <= _CARRY_GAP
                    and f.imposer == source.imposer
                ):
                    carried, how = source.status, "the announcement before"
            elif verbless[f.evidence]:
                if (
                    source is not None
                    and f.evidence != source.evidence
                    and 0 <= at - source_end <= _CARRY_GAP
                    and f.imposer == source.imposer
                ):
                    carried, how = source.status, "the tariff before"
                else:
                    if f.evidence not in before:
                        before[f.evidence] = _sentence_before_status(text, at, published)
                    carried, how = before[f.evidence], "the sentence before"
            if carried is not None and carried != f.status:
                f = dataclasses.replace(
                    f, status=carried, trace=(*f.trace, f"status {carried} from {how}")
                )
        if f.current and at >= 0:
            last, last_end = f, at + len(f.evidence)
        out.append(f)
    return out


# A sentence of its own that dates the tariff just told: "The lower rate applies
# from May 21", "The new duties take effect on Monday".
# The subject of such a sentence: the tariff just told, named again ("the new
# duties", "the increase", "the measure") or a pronoun for it.
_TOLD_AGAIN = (
    r"^(?:(?:the|these|those|its|their)\s+(?:(?:higher|lower|new|reduced|increased|revised|"
    r"doubled|halved|cut|raised|retaliatory)\s+)?(?:rates?|tariffs?|duty|duties|levy|levies|"
    r"increases?|hikes?|cuts?|reductions?|measures?|surcharges?|countermeasures?|baseline)|it|they)\s+"
)
_LATER_START = regex(
    _TOLD_AGAIN + r"(?:will\s+)?(?:appl(?:y|ies)|takes?\s+effect|kicks?\s+in|starts?|begins?|"
    r"comes?\s+into\s+(?:effect|force)|goes\s+into\s+(?:effect|force)|go\s+into\s+"
    r"(?:effect|force)|(?:will\s+)?be\s+applied|is\s+effective|are\s+effective)\b"
)


# A sentence of its own that says the tariff just told applies now: "It took
# effect at midnight", "The measure is in force from today".
_STARTED_NOW = regex(
    # (a report of it too: "Officials said the duties took effect at midnight")
    r"^(?:(?:[\w.'’-]+\s+){1,4}?(?:said|says|confirmed|added)\s+(?:that\s+)?(?=\S))?"
    + _TOLD_AGAIN[1:]
    + r"(?:(?:already|officially)\s+)?(?:took\s+effect|went\s+into\s+(?:effect|force)|"
    r"came\s+into\s+(?:effect|force)|entered\s+into\s+(?:effect|force)|kicked\s+in|took\s+hold|"
    r"(?:has|have)\s+(?:taken|come\s+into|gone\s+into)\s+(?:effect|force)|"
    # ("is in force from today", not "is in force from July 1": a start ahead)
    r"(?:is|are)\s+(?:now\s+)?in\s+(?:effect|force|place)\b"
    r"(?!\s+(?:from|as\s+of|starting|on)\s+(?!today\b)))"
)


def carry_later_start(facts: Sequence[Fact], text: str, published: date | None) -> list[Fact]:
    """A rate told as done ("cut the tariff to 25% on Thursday") whose start the
    next sentence puts ahead ("The lower rate applies from May 21") is announced,
    from that day; a rate told as decided ("announced a 25% tariff") that the next
    sentence says applies ("It took effect at midnight") is in effect."""
    if published is None or not any(isinstance(f, TariffFact) for f in facts):
        return list(facts)
    told: dict[int, date | None] = {}  # sentence start -> the later start it tells
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, TariffFact) and f.current and f.status == "in_effect":
            at = text.find(f.evidence)
            later = _later_start(text, at + len(f.evidence), published, told) if at >= 0 else None
            if later is not None:
                f = dataclasses.replace(
                    f,
                    status="announced",
                    effective=later,
                    trace=(*f.trace, "status announced from the start told next"),
                )
        elif (
            isinstance(f, TariffFact)
            and f.current
            and f.status == "announced"
            and (f.effective is None or f.effective <= published)
        ):
            at = text.find(f.evidence)
            if at >= 0 and _started_next(text, at + len(f.evidence)):
                f = dataclasses.replace(
                    f,
                    status="in_effect",
                    trace=(*f.trace, "status in_effect from the start told next"),
                )
        out.append(f)
    return out


def _started_next(text: str, end: int) -> bool:
    """Whether the sentence right after ``end`` says, with no rate of its own, that
    the tariff just told applies now ("The duties took effect at midnight")."""
    for a in range(end, min(end + 4, len(text))):
        if text[a].isspace() or text[a] in _NO_SENTENCE_AT:
            continue
        start, stop = sentence_at(text, a)
        if start != a:
            continue
        low = cues.lower(text[start:stop].strip())
        return not _PCT.search(low) and _STARTED_NOW.match(low) is not None
    return False


# Characters a sentence_at position may not hold (which sentence they belong to
# is the splitter's choice); no _LATER_START sentence starts with one.
_NO_SENTENCE_AT = ".!?\"”’')]"


def _later_start(text: str, end: int, published: date, told: dict[int, date | None]) -> date | None:
    """The later start told by a sentence that starts within 3 characters after
    ``end`` (the first such), if any.

    Only the sentences right after an in-effect rate are split out
    (sentences.sentence_at gives the span sentence_spans gives), not the whole
    story: splitting every story cost an eighth of the extraction's time.
    """
    for a in range(end, min(end + 4, len(text))):
        if text[a].isspace() or text[a] in _NO_SENTENCE_AT:
            continue
        if a not in told:
            told[a] = _told_start(text, a, published)
        when = told[a]
        if when is not None:
            return when
    return None


def _told_start(text: str, a: int, published: date) -> date | None:
    """The later start the sentence starting at ``a`` tells ("The lower rate
    applies from May 21"), or None (also when no sentence starts at ``a``)."""
    start, end = sentence_at(text, a)
    if start != a:
        return None
    low = cues.lower(text[start:end].strip())
    if _PCT.search(low) or _LATER_START.match(low) is None:
        return None
    when = effective_date(low, published, future=True)
    return when if when is not None and when > published else None


def _sentence_before_status(text: str, at: int, published: date | None) -> TariffStatus | None:
    """The status the sentence right before ``at`` gives a tariff, when it
    speaks of tariffs with a status word of its own and no rate."""
    window = text[max(0, at - 400) : at]
    spans = sentence_spans(window)
    if not spans:
        return None
    a, b = spans[-1]
    sentence = window[a:b]
    low = cues.lower(sentence)
    if not cues.TARIFF_WORD.search(low) or _PCT.search(low):
        return None
    status, cue = decide(low, published, cues.MAY.search(sentence) is not None)
    return status if cue and cue not in _BARE_VERBS else None


def _verbless(sentence: str, published: date | None) -> bool | None:
    """True with no verb of status, None with only a bare present ("faces",
    "pays"), False with any other."""
    may = cues.MAY.search(sentence) is not None
    cue = decide(cues.lower(sentence), published, may)[1]
    return True if cue == "" else None if cue == "state now" else False


def settle_headline(
    facts: Sequence[Fact], text: str, published: date | None, *, title: str | None = None
) -> list[Fact]:
    """``facts`` with the headline's tariff facts dropped where the body states
    the same tariff, and the rest given the status the headline can carry.

    The headline is ``title`` when given (``text`` is then all body), else the
    first line of ``text`` when it reads as one."""
    headline = title or headline_of(text)
    if not headline:
        return list(facts)
    body = text if title else text[text.find("\n") + 1 :]
    own = [f for f in facts if isinstance(f, TariffFact) and f.evidence == headline]
    if not own:
        return list(facts)
    body_keys = {_key(f) for f in facts if isinstance(f, TariffFact) and f.evidence != headline}
    status: TariffStatus | None = None
    decided = False
    out: list[Fact] = []
    for f in facts:
        if not (isinstance(f, TariffFact) and f.evidence == headline):
            out.append(f)
            continue
        if _key(f) in body_keys:
            continue  # the body's reading of the same tariff stands
        if not decided:
            status, decided = _headline_status(headline, body, published), True
        if status is not None and f.current and status != f.status:
            f = dataclasses.replace(
                f, status=status, trace=(*f.trace, f"status {status} from the story's lead")
            )
        out.append(f)
    return out


def _key(f: TariffFact) -> tuple[str, str, float]:
    # The pair in order: a body that reads the two sides the other way round
    # may be wrong, or may state the other side's own tariff at the same rate.
    return f.imposer, f.target, round(f.new_rate, 1)


def _headline_status(headline: str, text: str, published: date | None) -> TariffStatus | None:
    """The status for a headline's tariff, or None to keep the one read."""
    low = cues.lower(headline)
    said, cue = decide(low, published, may=cues.MAY.search(headline) is not None)
    starts_now = (
        said == "announced"
        and _HEADLINE_STARTS_NOW.search(low) is not None
        and not cues.FUTURE_MARK.search(low)
        and not _date_ahead(low, published)
    )
    if cue and cue not in _BARE_VERBS and not starts_now:
        # The headline says it itself: "threatens", "delays", "to take effect";
        # a bare verb ("slaps", "raises", "to face") is the overstatement.
        return None
    if not starts_now and _HEADLINE_TO.search(low):
        return "announced"
    body = text[:1200]
    seen = 0
    for a, b in sentence_spans(body):
        sentence = cues.lower(body[a:b])
        if not cues.TARIFF_WORD.search(sentence):
            continue
        status, cue = decide(sentence, published, may=cues.MAY.search(body[a:b]) is not None)
        if cue and cue not in _BARE_VERBS:
            return status
        seen += 1
        if seen >= _LEAD_SENTENCES:
            break
    # "Tariffs on Chinese imports take effect": a headline's present start with no
    # day ahead is the news of the day, unless the lead says otherwise.
    return "in_effect" if starts_now else None


# A headline's start in the present: "take effect", "kick in", "go into force"
# (not "to take effect", a start ahead).
_HEADLINE_STARTS_NOW = regex(
    r"(?<!\bto\s)\b(?:takes?\s+effect|kicks?\s+in|go(?:es)?\s+into\s+(?:effect|force)|"
    r"comes?\s+into\s+(?:effect|force)|enters?\s+into\s+(?:effect|force))\b"
)


def _date_ahead(low: str, published: date | None) -> bool:
    when = effective_date(low, published, future=True)
    return when is not None and published is not None and when > published


# The next sentence names more targets of the same measure, with no rate of its
# own: "Car imports from Korea, India and Turkey are also affected", "Japan and
# Korea face the same tariff".
_ALSO = regex(
    r"\b(?:(?:are|is|will\s+be|would\s+be|were|was)\s+also|also\s+(?:be|being))\s+"
    r"(?:affected|targeted|covered|included|hit|subject\s+to\s+(?:it|them|the\s+(?:same\s+)?"
    r"(?:rate|tariff|duty|levy|measure)s?))\b"
    r"|\balso\s+(?:face|faces|facing)\s+(?:it|them|the\s+same)\b"
    r"|\b(?:face|faces|facing|get|gets|receive|receives)\s+the\s+same\s+(?:rate|tariff|duty|levy)s?\b"
    # "..., noting that this is the same tariff level as the European Union"
    r"|\bthe\s+same\s+(?:tariff\s+|duty\s+)?(?:level|rate|tariff|duty|levy)\s+as\b"
    # "The increase would also hit vehicles from Korea and India"
    r"|\balso\s+(?:hit|hits|affect|affects|cover|covers|target|targets|include|includes|"
    r"apply\s+to|applies\s+to|extend\s+to|extends\s+to)\b"
)


# "... on products from countries without trade deals, including China, Korea and
# Thailand": the countries a group of partners is made of, named after it.
_MEMBERS_OF = regex(
    r"\b(?:countries|nations|economies|(?:trading\s+)?partners|suppliers)\b[^.;]{0,80}?"
    r"(?:,\s*|\(\s*|\s+)(?:including|among\s+them|such\s+as|notably)\s+"
)
_SPARED = regex(
    r"\b(?:spar\w*|exempt\w*|except\w*|exclud\w*|(?:not|n['’]t)\s+apply|relie\w*|"
    r"escap\w*|avoid\w*)\b"
)
_MEMBERS_STEMS = ("including", "among them", "such as", "notably")
_NUMBER = regex(r"(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s?cent|percent)")


def carry_to_also(facts: Sequence[Fact], text: str) -> list[Fact]:
    """Targets named in the sentence after a single-rate tariff, with no rate of
    their own ("... are also affected"), take that tariff: one fact each. So do
    the members named of a group of partners it is levied on ("from countries
    without trade deals, among them China and Korea"), where the sentence gives
    no rate but the tariff's own ("with the top rate at 50%")."""
    by_evidence: dict[str, list[TariffFact]] = {}
    for f in facts:
        if isinstance(f, TariffFact) and f.current:
            by_evidence.setdefault(f.evidence, []).append(f)
    # The facts first: most stories have no current tariff, and the words are
    # looked for in the whole story.
    if not by_evidence or (
        "also" not in text
        and "same" not in text
        and not any(stem in text for stem in _MEMBERS_STEMS)
    ):
        return list(facts)
    out = list(facts)
    spans = None
    for evidence, group in by_evidence.items():
        if len({(f.imposer, f.new_rate) for f in group}) != 1:
            continue  # several rates or leviers: which one goes on is unclear
        at = text.find(evidence)
        if at < 0:
            continue
        if spans is None:
            spans = sentence_spans(text)
        nxt = next(((s, e) for s, e in spans if s >= at + len(evidence)), None)
        if nxt is None or nxt[0] - (at + len(evidence)) > _NEXT_GAP:
            continue
        sentence = text[nxt[0] : nxt[1]]
        low = cues.lower(sentence)
        first = group[0]
        members = _MEMBERS_OF.search(low) if any(stem in low for stem in _MEMBERS_STEMS) else None
        if members is not None and _SPARED.search(low, 0, members.end()):
            continue  # "will not apply to countries ..., sparing economies such as"
        if members is not None:
            rates = {float(x) for x in _NUMBER.findall(low)}
            if rates - {first.new_rate} == rates and rates:
                continue  # rates of its own, none the tariff's: another measure
            if not cues.TARIFF_WORD.search(low) and not rates:
                continue  # "countries such as Peru" in a sentence about no tariff
        elif _PCT.search(sentence) or not _ALSO.search(low):
            continue
        known = {f.target for f in group} | {first.imposer}
        for m in find_mentions(sentence):
            if m.code in known or (members is not None and m.start < members.end()):
                continue
            known.add(m.code)
            out.append(
                dataclasses.replace(
                    first,
                    target=m.code,
                    evidence=sentence,
                    confidence=first.confidence - 0.1,
                    rule="tariff:also-affected",
                    trace=(*first.trace, f"{m.text} also affected"),
                )
            )
    return out


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
