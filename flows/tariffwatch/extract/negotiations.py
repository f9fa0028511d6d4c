"""Negotiation facts: the state of talks between two parties, from one sentence.

A status needs a talks word (talks, negotiations, deal, truce...) and a cue
verb; a cue under negation or condition ("if no deal is reached", "without
an agreement") does not count. Parties are the two countries named, through
their officials and capitals, or the story's main pair for "the two sides".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tariffwatch.extract import dates
from tariffwatch.extract.context import StoryContext
from tariffwatch.extract.countries import Mention, venue_seats
from tariffwatch.extract.cues import has_any, lower
from tariffwatch.model import NegotiationFact, NegotiationStatus

TALK_NOUN = re.compile(
    r"\b(?:talks|negotiat\w+|dialogue|deal|agreement|framework|truce|accord|pact|consensus|"
    r"round|discussions|deadlock|impasse|stalemate|meet|meeting|met)\b",
)
_DEAL = r"(?:deal|agreement|framework|accord|pact|truce|consensus|understanding)"
_STATUS_CUES: tuple[tuple[NegotiationStatus, re.Pattern[str]], ...] = (
    (
        "collapsed",
        re.compile(
            r"\b(?:broke\s+(?:off|down)|break\s+(?:off|down)|broken\s+(?:off|down)|collaps\w*|"
            r"end\w*\s+(?:[\w-]+\s+){0,4}?without\s+(?:(?:a|an|any)\s+)?(?:\w+\s+)?(?:deal|agreement)|"
            r"called\s+off|walk\w*\s+(?:away|out)|fell\s+apart|fall\s+apart|fell\s+through|"
            r"abandon\w*|pulled\s+out\s+of|terminat\w*\s+(?:the\s+)?(?:talks|negotiations)|"
            r"cancel\w*\s+(?:the\s+)?(?:talks|negotiations|meeting)|(?:talks|negotiations)\s+"
            r"(?:have\s+|had\s+)?(?:failed|ended\s+abruptly)|scrapp\w*\s+(?:the\s+)?(?:talks|"
            r"negotiations)|no\s+deal\s+was\s+reached)"
        ),
    ),
    (
        "resumed",
        re.compile(
            r"\b(?:resum\w*|restart\w*|reviv\w*|relaunch\w*|re-?open\w*\s+(?:\w+\s+)?(?:talks|"
            r"negotiations|dialogue)|return\w*\s+to\s+the\s+(?:negotiating\s+)?table|back\s+to\s+"
            r"the\s+(?:negotiating\s+)?table|re-?engag\w*|restor\w*\s+(?:the\s+)?(?:talks|"
            r"dialogue))"
        ),
    ),
    (
        "stalled",
        re.compile(
            r"\b(?:stall\w*|deadlock\w*|impasse|stalemate|no\s+progress|little\s+progress|"
            r"without\s+progress|bogged\s+down|hit\s+a\s+snag|(?:talks|negotiations)\s+"
            r"(?:\w+\s+){0,3}(?:paused|suspended|on\s+hold|frozen|stuck)|(?:paused|suspended|"
            r"froze|frozen|halted)\s+(?:the\s+|trade\s+)*(?:talks|negotiations)|(?:put|placed)\s+on\s+"
            r"(?:hold|ice)|failed\s+to\s+"
            r"(?:reach|make\s+progress|bridge))"
        ),
    ),
    (
        "agreement",
        re.compile(
            r"\b(?:(?:reach\w*|struck|strike|strikes|sign\w*|clinch\w*|seal\w*|agree\w*\s+(?:on|"
            r"to)|agreed|announc\w*|finali[sz]\w*|ink\w*|conclud\w*|secur\w*|unveil\w*|approv\w*|"
            # implementing a deal: the deal stands
            r"implement\w*|"
            # quotes inside: 'reached a "basic framework consensus"'
            r"hammer\w*\s+out|cut|land\w*)\s+(?:[\w\"“”'‘’-]+\s+){0,4}?[\"“'‘]?"
            + _DEAL
            + r"|tentative\s+"
            r"(?:trade\s+)?(?:deal|agreement|truce)|phase\s+(?:one|1|two)\s+(?:trade\s+)?"
            r"(?:deal|agreement)|extend\w*\s+(?:[\w-]+\s+){0,3}?truce|truce\s+(?:was\s+|has\s+"
            r"been\s+)?(?:agreed|extended|reached)|(?:deal|agreement|framework|accord)\s+(?:was\s+"
            r"|has\s+been\s+|had\s+been\s+|is\s+)?(?:reached|struck|signed|agreed|sealed|"
            r"finali[sz]ed|done|announced)|under\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:deal|agreement|truce|"
            r"framework))\b"
        ),
    ),
    (
        "scheduled",
        re.compile(
            r"\b(?:will\s+(?:meet|hold|begin|start|open|travel|sit)|(?:are|is)\s+(?:set|due|"
            r"scheduled|expected|slated|planning)\s+to\s+(?:meet|hold|begin|start|open|travel|"
            r"resume)|scheduled|to\s+meet\s+(?:next|on|this|in|later)|upcoming\s+(?:\w+\s+)?"
            r"(?:talks|negotiations|round|meeting)|(?:talks|negotiations|meeting)\s+(?:are\s+|is\s+)?"
            r"(?:set|planned|scheduled|due|expected)\s+(?:for|to|on|next)|next\s+round|"
            r"plan\w*\s+to\s+(?:meet|hold\s+talks)|planned\s+(?:\w+\s+)?(?:meeting|talks|summit))"
        ),
    ),
    (
        "ongoing",
        re.compile(
            r"\b(?:held|holding|hold|continu\w*|under\s*way|ongoing|in\s+talks|negotiating|"
            r"met|return\w*\s+from\s+(?:[\w-]+\s+)?(?:talks|negotiations)|"
            r"(?:travel\w*|flew|flies|went|arrived|headed)\s+(?:[\w-]+\s+){0,5}?for\s+"
            r"(?:[\w-]+\s+)?(?:talks|negotiations)|(?:day|days|round|rounds)\s+of\s+(?:\w+\s+)?"
            r"(?:talks|negotiations)|engag\w*\s+"
            r"in\s+(?:\w+\s+)?(?:talks|negotiations)|(?:talks|negotiations)\s+(?:are\s+|were\s+)?"
            r"(?:progressing|advancing|going\s+well|constructive|productive)|(?:are|is|were|was)\s+"
            r"(?:progressing|advancing|going\s+well|making\s+(?:good\s+)?progress))\b"
        ),
    ),
)
# Literal stems each status's pattern needs: a status whose stems are all
# absent is skipped without running its (slower) pattern.
_STEMS: dict[str, tuple[str, ...]] = {
    "collapsed": (
        "broke",
        "break",
        "collaps",
        "without",
        "called off",
        "walk",
        "fell",
        "fall apart",
        "abandon",
        "pulled out",
        "terminat",
        "cancel",
        "failed",
        "ended abruptly",
        "scrap",
        "no deal",
    ),
    "resumed": ("resum", "restart", "reviv", "relaunch", "open", "table", "engag", "restor"),
    "stalled": (
        "stall",
        "deadlock",
        "impasse",
        "stalemate",
        "progress",
        "bogged",
        "snag",
        "paused",
        "suspended",
        "on hold",
        "on ice",
        "frozen",
        "froze",
        "stuck",
        "halted",
        "failed to",
    ),
    "agreement": (
        "deal",
        "agreement",
        "framework",
        "accord",
        "pact",
        "truce",
        "consensus",
        "understanding",
    ),
    "scheduled": (
        "will ",
        "set to",
        "set for",
        "due",
        "scheduled",
        "expected",
        "slated",
        "planning",
        "to meet",
        "upcoming",
        "planned",
        "next round",
        "plan",
    ),
    "ongoing": (
        "held",
        "hold",
        "continu",
        "under",
        "ongoing",
        "in talks",
        "negotiating",
        "met",
        "travel",
        "flew",
        "flies",
        "went",
        "arrived",
        "headed",
        "return",
        "day",
        "round",
        "engag",
        "progressing",
        "advancing",
        "going well",
        "constructive",
        "productive",
        "making",
    ),
}
_STRONG = frozenset({"collapsed", "resumed", "stalled", "agreement"})
_NEGATED = re.compile(
    r"\b(?:no|not|never|without|if|unless|fail\w*\s+to|hopes?\s+(?:of|for|to)|seek\w*|"
    r"sought|aim\w*|could|would|may|might|push\w*\s+for|want\w*|urg\w*|need\w*|calls?\s+"
    r"for|called\s+for|before|yet\s+to|any|possible|potential|try\w*\s+to|tried\s+to|"
    r"work\w*\s+(?:on|toward|towards)|pursu\w*|expect\w*|hop\w*|bid\s+to|efforts?\s+to|"
    r"attempts?\s+to)\s+(?:[\w-]+\s+){0,3}$",
)
_STALLED_NOUN = re.compile(r"\s+(?:[\w-]+\s+)?(?:talks|negotiations|dialogue)\b")
_PAIR_WORDS = re.compile(
    r"\b(?:the\s+two\s+(?:sides|countries|nations|governments|leaders|economies|powers|"
    r"delegations)|both\s+(?:sides|countries|nations|governments|leaders)|bilateral|"
    r"each\s+other)\b",
)
_BETWEEN = re.compile(r"\bbetween\s+")
# "arrived in Washington for talks": the capital a delegation travels to is the other side.
_ARRIVED_IN = re.compile(r"\b(?:arriv\w*|landed|visit\w*|was|were)\s+(?:in|at)\s+(?:the\s+)?$")
_PAST_MARK = re.compile(
    r"\b(?:last\s+(?:year|month)|earlier\s+this\s+year|previously|years?\s+ago|months\s+ago|"
    r"in\s+(?:19|20)\d\d|that\s+had|which\s+had|had\s+collapsed|first\s+term)\b",
)
_DATED = re.compile(
    r"\b(?:on|in|since)\s+(?P<when>(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2})\b"
)


def find_cues(
    low: str, *, noun_known: bool = False
) -> list[tuple[NegotiationStatus, re.Match[str]]]:
    """The status cues of a lowercased sentence that no negation or condition undoes.

    At most one cue per status; the strong statuses (a deal, a collapse, a
    resumption, a stall) hide the weak ones (talks held or scheduled).
    ``noun_known``: the caller has already seen a TALK_NOUN in ``low``.
    """
    if not noun_known and not TALK_NOUN.search(low):
        return []
    ordered: list[tuple[NegotiationStatus, re.Match[str]]] = []
    for status, pattern in _STATUS_CUES:
        # Literal ``in`` tests, not one regex alternation: an alternation of
        # words with no common first letter is tried at every position.
        if not has_any(low, _STEMS[status]):
            continue
        for m in pattern.finditer(low):
            if status == "stalled" and _STALLED_NOUN.match(low, m.end()):
                # "in a bid to restart stalled negotiations": the adjective states
                # where the talks are, whatever the sentence wants of them.
                ordered.append((status, m))
                break
            if not _NEGATED.search(low, max(0, m.start() - 40), m.start()):
                ordered.append((status, m))
                break
    # In reading order: the main clause leads ("will resume talks ..., two days
    # after Trump called off talks"), and the story's first status is its news.
    strong = sorted(((st, m) for st, m in ordered if st in _STRONG), key=lambda c: c[1].start())
    return strong or ordered[:1]


def read_negotiations(
    sentence: str,
    mentions: list[Mention],
    ctx: StoryContext,
    *,
    low: str | None = None,
    found: list[tuple[NegotiationStatus, re.Match[str]]] | None = None,
    confidence: float = 0.85,
) -> list[NegotiationFact]:
    """Negotiation facts of one sentence.

    ``low`` (``lower(sentence)``) and ``found`` (``find_cues(low)``) may be
    passed by a caller that already has them.
    """
    orig = sentence
    sentence = low if low is not None else lower(orig)
    chosen = found if found is not None else find_cues(sentence)
    if not chosen:
        return []
    facts: list[NegotiationFact] = []
    for status, cue in chosen:
        parties, how = _parties(sentence, orig, mentions, cue, ctx)
        if parties is None:
            continue
        current = _is_current(sentence, orig, cue, ctx.published)
        ctx.pairs[parties] += 1
        facts.append(
            NegotiationFact(
                parties=parties,
                status=status,
                current=current,
                evidence=orig,
                confidence=confidence - (0.15 if how == "story" else 0.0),
                rule=f"negotiation:{status}",
                trace=(cue.group(), *[m.text for m in mentions], f"parties via {how}"),
            )
        )
    return facts


def _parties(
    sentence: str, orig: str, mentions: list[Mention], cue: re.Match[str], ctx: StoryContext
) -> tuple[tuple[str, str] | None, str]:
    # Only with two sides or more can one of them be the place instead.
    venues = (
        [m for m in mentions if _VENUE_BEFORE.search(sentence, max(0, m.start - 8), m.start)]
        if len({m.code for m in mentions}) > 1
        else []
    )
    if venues and len({m.code for m in mentions} - {m.code for m in venues}) >= 1:
        # "a meeting with Xi Jinping in South Korea": the place of the talks is
        # no side of them, as long as a side is named.
        mentions = [m for m in mentions if m not in venues]
    codes: list[str] = []
    for m in mentions:
        if m.code not in codes:
            codes.append(m.code)
    between = _BETWEEN.search(sentence)
    if between and len(codes) > 2:
        after = [m.code for m in mentions if m.start >= between.end()]
        uniq = list(dict.fromkeys(after))
        if len(uniq) >= 2:
            codes = uniq[:2]
    if len(codes) > 2:
        centre = (cue.start() + cue.end()) // 2
        ranked = sorted(mentions, key=lambda m: abs((m.start + m.end) // 2 - centre))
        codes = list(dict.fromkeys(m.code for m in ranked))[:2]
    if len(codes) == 1:
        for v in venue_seats(orig):
            if v.code != codes[0] and _ARRIVED_IN.search(sentence, max(0, v.start - 20), v.start):
                codes.append(v.code)
                break
    if len(codes) == 2:
        a, b = sorted(codes)
        return (a, b), "named"
    if _PAIR_WORDS.search(sentence) or (
        len(codes) == 1 and _beside(sentence, mentions, codes[0], cue)
    ):
        # "the two sides", or one side alone ("Akazawa held eight rounds of
        # talks", "a planned meeting with Xi"): the story's pair, if it holds it.
        pair = ctx.main_pair()
        if pair and (not codes or codes[0] in pair):
            return pair, "story"
    return None, "none"


_VENUE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.-]+\s+){0,2}$")


def _beside(sentence: str, mentions: list[Mention], code: str, cue: re.Match[str]) -> bool:
    """Whether the one side named is the cue's own: just before it ("Akazawa held
    talks") or joined to it by "with" ("a planned meeting with Xi")."""
    for m in mentions:
        if m.code != code:
            continue
        if 0 <= cue.start() - m.end <= 60:
            return True
        if 0 <= m.start - cue.end() <= 40 and _WITH_BEFORE.search(sentence, cue.end(), m.start):
            return True
    return False


_RELATIVE = re.compile(r",\s*(?:which|that|who)\b[^,]*,")


def _relative_clauses(sentence: str) -> list[tuple[int, int]]:
    if "which" not in sentence and "that" not in sentence and "who" not in sentence:
        return []
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence)]


def _is_current(sentence: str, orig: str, cue: re.Match[str], published: date | None) -> bool:
    lo, hi = max(0, cue.start() - 60), cue.end() + 60
    past = _PAST_MARK.search(sentence, lo, hi)
    # A mark inside a closed relative clause before the cue ("Talks, which had
    # been expected to conclude by autumn, have stalled") dates that clause only.
    if past and not any(
        a <= past.start() and b <= cue.start() for a, b in _relative_clauses(sentence)
    ):
        return False
    m = _DATED.search(orig, lo, hi)
    if m and published is not None:
        when = dates.resolve(m.group("when"), published, future=False)
        if when is not None and when < published - timedelta(days=3):
            return False
    return True
