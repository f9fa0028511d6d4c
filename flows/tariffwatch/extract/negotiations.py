"""Negotiation facts: the state of talks between two parties.

Three steps. Per sentence, ``talks_cues.scan`` finds the status cues that no
hedge undoes (the table lives there). For each cue, ``_pairs`` reads its
sides from the country mentions: venues ("talks in Geneva", "in Busan, South
Korea") and media ("a German newspaper") are no sides; "with X" names one
side of the cue; a list ("deals with Vietnam, Cambodia and Malaysia") gives
one pair per member; a bloc with no code ("Mercosur") stands for its members
named in the story; a sentence naming one side or none ("the two sides",
"the talks") takes the story's pair, and before any talks pair a side named
alone talks with the story's tariff imposer; a country named only as where
talks met, or a side named only in another clause, is no side of the cue.
Across the story, ``settle_talks`` decides which status of each pair is
current.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, timedelta

from tariffwatch.extract import dates
from tariffwatch.extract.context import StoryContext
from tariffwatch.extract.countries import DEMONYM, NAME, SEAT, Mention, venue_seats
from tariffwatch.extract.cues import LiteralGated, gate_patterns, lower
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.roles import ranked_after
from tariffwatch.extract.talks_cues import STRONG, Cue, scan
from tariffwatch.model import Fact, NegotiationFact, NegotiationStatus

TALK_NOUN = regex(
    r"\b(?:talks|negotiat\w+|dialogue|deals?|agreements?|frameworks?|truces?|accords?|pacts?|ftas?|cepa|partnerships?|"
    r"consensus|round|discussions|deadlock|deadlocked|impasse|stalemate|standstill|meet|meets|meeting|meetings|met|summit|"
    r"solution|memorandum|memoranda|declaration|talking|consultations|extension|"
    r"agree|agreed|agrees|communication|contacts?|breakthrough|reprieve|progress|apart|success|"
    r"relief|understanding|consensuses|exchanges|convened|visit|visits|delegation|delegations)\b"
    # Common words count only in the phrase a cue needs them in: "said in a
    # statement" and "working hours" are no talks ("a joint statement", "working on
    # a deal" are). hits.talk_hits keeps the same pairs.
    r"|\bjoint\s+(?:[\w-]+\s+)?statements?\b|\bworking\s+(?:on|with|toward|towards)\b"
    r"|\b(?:won|wins|winning|secured|securing|obtained)\s+(?:(?:a|an|the|their|its)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:cuts?|reductions?|exemptions?|exclusions?|carve-?outs?|"
    r"lower\s+(?:tariffs?|rates?|duties))\b"
    r"|\b(?:offers?|proposals?|counterproposal|counteroffer)\s+to\s",
)
_PAIR_WORDS = regex(
    r"\b(?:the\s+two\s+(?:sides|countries|nations|governments|leaders|economies|powers|"
    r"delegations|teams|allies|presidents)|both\s+(?:sides|countries|nations|governments|"
    r"leaders)|bilateral|each\s+other)\b"
    # "the two had agreed", "talks between the two remain": the pair as a bare "the
    # two" before a verb or at a phrase's end (not "the two percent", "the two weeks")
    r"|\bthe\s+two(?=\s*(?:[,.;:)]|$)|\s+(?:had|have|has|agreed|will|would|were|are|"
    r"remain\w*|said|signed|reached|met|also|must|should|could|can|did|do)\b)",
)
_BETWEEN = regex(r"\bbetween\s+")
# "arrived in Washington for talks": the capital a delegation travels to is the other side.
_ARRIVED_IN = regex(
    r"\b(?:arriv\w*|landed|visit\w*|was|were|is|are|expected|due)\s+(?:in|at)\s+(?:the\s+)?$"
)
# Blocs with no code of their own: one fact per member the story names (SPEC).
BLOCS: dict[str, tuple[str, ...]] = {
    "mercosur": ("AR", "BR", "PY", "UY", "BO"),
    "efta": ("CH", "IS", "LI", "NO"),
    "european free trade association": ("CH", "IS", "LI", "NO"),
    "asean": ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"),
    "gulf cooperation council": ("BH", "KW", "OM", "QA", "SA", "AE"),
    "eurasian economic union": ("RU", "BY", "KZ", "KG", "AM"),
}
_BLOC = "bloc"
# "the ASEAN summit", "a Mercosur leaders' meeting" (not "Mercosur talks": talks
# with the bloc)
_BLOC_GATHERING = regex(
    r"(?:['’]s)?\s+(?:(?:leaders['’]?|ministers['’]?|ministerial|annual|regional)\s+)?"
    r"(?:summit|meeting|session|gathering|forum)\b"
)
# Words that name a side and that the country list does not hold ("transatlantic"
# is left out: it is EU-US, UK-US or Canada-EU by the story).
_PAIR_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (("indo-", ("IN",)),)
# "following talks in Switzerland": the place a meeting was held.
_MET_IN = regex(
    r"\b(?:talks|negotiations|discussions|meetings?|round|summit|session)\s+(?:held\s+)?in\s+$"
)
# "talks in Geneva", "in a Swedish government building": a place, not a side.
_VENUE_BEFORE = regex(r"\b(?:in|at)\s+(?:the\s+|a\s+|an\s+)?$")
# "in Busan, South Korea", "in Kuala Lumpur, Malaysia": the country of a city named as venue.
_CITY_COUNTRY = regex(r"\b(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},\s+$")
_PLACE_END = regex(r"\s*(?:[,.;:)]|$|\s(?:on|this|last|for|in|at|to|and)\b)")
# "a German newspaper reported", "Hong Kong's Phoenix TV": an outlet is no side ...
_OUTLET = (
    r"(?:newspapers?|daily|broadcasters?|media|press|outlets?|tv|television|radio|news|"
    r"state\s+media)"
)
_OUTLET_AFTER = regex(r"(?:['’]s)?\s+(?:[\w-]+\s+)?" + _OUTLET + r"\b")
# ... nor a demonym on a market or its firms ("Chinese carmakers", "Swiss exporters").
_NOT_A_SIDE = regex(
    r"\s+(?:(?:and|or)\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:"
    + _OUTLET
    + r"|stocks?|shares|markets?|companies|firms|economists?|"
    r"analysts?|investors?|consumers|shoppers|business(?:es)?|\w*makers?|producers?|"
    r"manufacturers?|exporters?|importers?|suppliers?|retailers?|banks?|lenders?|brands?|"
    # "four European countries—Iceland, Norway ...": a region's countries, not the bloc
    r"countries|nations|economies)\b"
)
# "BEIJING - ", "Tokyo, June 30 (Jiji Press)--", "LONDON (AP) - ": where the story was filed.
_DATELINE = regex(
    r"\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*){0,2}(?:,\s+[\w.]+(?:\s+[\w.]+){0,2})?"
    r"\s*(?:\([^()]{1,30}\))?\s*(?:[-–—]{2}|\s[-–—]\s|:\s)"
)
_SPEAKERS_IN = regex(
    r"\b(?:officials|negotiators|authorities|diplomats|sources|government|ministers?|envoys?)\s+"
    r"in\s+$"
)
_WITH_BEFORE_CUE = LiteralGated(
    regex(r"\b(?:talks|negotiations|discussions|dialogue|deals?|agreements?)\s+with\s+[^,;]{1,40}$")
)
_AND_MORE = regex(r",?\s+(?:and|or)\s")
# "at Rosenbad, the Swedish prime minister's office": a demonym in a venue's apposition.
_VENUE_APPOSITION = regex(r"\b(?:in|at)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2},\s+the\s+$")
# "the Kuala Lumpur talks", "the London round": a seat naming the meeting is its place.
_NAMES_MEETING = regex(
    r"(?:['’]s)?\s+(?:trade\s+)?(?:talks|meeting|round|summit|negotiations|consensus|session)\b"
)
_WITH_ONLY = LiteralGated(regex(r"\bwith\s+"))
_WITH_GAP = regex(r"(?:[\w.'’-]+\s+){0,4}")
# "an FTA with a group of four European countries—Iceland, Norway ...": the list
# a group noun announces after a dash or colon names the sides
_WITH_GROUP = regex(
    r"(?:(?:a|the|its)\s+)?(?:group|bloc|number|trio|quartet|handful|set)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?[\w-]+\s*[—–:]\s*"
)
_WITH = regex(r"\b(?:with|for)\s+")
_ASIDE_OPEN = regex(
    r",\s*(?:(?!during\b|including\b)[a-z]{2,}ing|which|who|that)\s|"
    # "a deal that puts Swiss watches on a par with those from Japan": a "with" in
    # a relative clause is its verb's
    r"\b(?:that|which|who)\s"
)
_NEXT_CLAUSE = regex(r"[,;]\s*(?:and|but|while|whereas)\s+(?!with\b)")
# ("Britain, Vietnam and most recently the Philippines": an adverb of time may
# stand after the last "and")
_LINK = regex(
    r"\s*(?:,\s*and|,|and|&|or)?\s*(?:(?:most\s+recently|more\s+recently|recently|also|"
    r"later|lately|now|finally|then)\s+)?(?:the\s+)?"
)
_CLAUSE = regex(r";|:\s|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b")
_CONCESSIVE = regex(r"\b(?:although|though)\b")
_PAST_MARK = regex(
    r"\b(?:last\s+(?:year|month)|earlier\s+this\s+year|previously|years?\s+ago|months\s+ago|"
    # "in 2019", "in May 2019"
    r"in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\s+)?(?:19|20)\d\d|that\s+had|which\s+had|had\s+collapsed|"
    r"first\s+term)\b",
)
# "to restart talks that were paused in January": a relative clause opened after
# the cue has a time of its own, which dates that clause, not the cue.
_AHEAD_VERB = regex(
    r"\b(?:will|shall|(?:due|set|expected|scheduled|slated)\s+to)\s+(?:[\w-]+\s+){0,3}$"
)
_YEAR = regex(r"(?:19|20)\d\d")
_WAIT_END = regex(r"\b(?:until|till|before|pending|by)\b")
_LATER_RELATIVE = regex(
    r"\b(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)?[a-z]+ed\b"
)
# A subordinate clause of time before a cue: "after the talks broke down, ...".
_AFTER = regex(r"\b(?:after|since|following)\s+(?:[\w'’-]+\s+){0,3}$")
# Only these mark a standing deal as over: a deal keeps holding through a date.
_YEARS_PAST = regex(
    r"\b(?:last\s+year|years?\s+ago|in\s+(?:19|20)\d\d|first\s+term|previous\s+(?:government|"
    r"administration))\b"
)
_DATED = regex(
    r"\b(?:on|in)\s+(?P<when>(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2})\b"
)
_MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_IN_MONTH = regex(
    r"\bin\s+(?:early\s+|mid-?|late\s+)?(?P<m>" + "|".join(_MONTH_NAMES) + r")\b(?!\s+\d)"
)

Pair = tuple[str, str]


def find_cues(low: str, *, noun_known: bool = False) -> list[Cue]:
    """The status cues of a lowercased sentence that no negation or condition undoes.

    ``noun_known``: the caller has already seen a TALK_NOUN in ``low``.
    """
    if not noun_known and not TALK_NOUN.search(low):
        return []
    return scan(low)


def read_negotiations(
    sentence: str,
    mentions: list[Mention],
    ctx: StoryContext,
    *,
    low: str | None = None,
    found: Sequence[Cue] | None = None,
    confidence: float = 0.85,
) -> list[NegotiationFact]:
    """Negotiation facts of one sentence.

    ``low`` (``lower(sentence)``) and ``found`` (``find_cues(low)``) may be
    passed by a caller that already has them.
    """
    orig = sentence
    low = low if low is not None else lower(orig)
    cues = list(found) if found is not None else find_cues(low)
    if not cues:
        return []
    if "day" in low and _CONTINUES_ROUND.search(low):
        # "were due to meet again after Monday's session", "will resume on Sunday
        # for a second day": the next sitting of a round under way is that round
        cues = [
            dataclasses.replace(c, status="ongoing") if c.status in ("scheduled", "resumed") else c
            for c in cues
        ]
    sides = _sides(orig, low, mentions, ctx)
    read: list[tuple[Pair, Cue, str]] = []
    for cue in cues:
        if cue.role == "noun" and _named_treaty(orig, cue):
            continue
        if cue.text.endswith("visit") and not _visits_a_side(low, sides, cue):
            continue
        if cue.text.endswith(("offer to", "offers to", "proposal to", "proposals to")) and not (
            _side_at(low, sides, cue.end)
        ):
            continue  # "made an offer to buy Greenland": no side the offer is put to
        cue_sides, compared = _compared_sides(low, sides, cue)
        if compared:
            removed = {m.code for m in mentions} - {m.code for m in cue_sides}
            read.extend((pair, cue, "story") for pair in _compared_pairs(cue_sides, removed, ctx))
            continue
        for pair, how in _pairs(low, orig, cue_sides, cue, ctx):
            read.append((pair, cue, how))
    # Talks held beside a deal, stall or collapse of the same pair in one
    # sentence are that outcome's own talks ("after two days of talks the sides
    # reached a framework"), not a second state.
    strong: dict[Pair, set[str]] = {}
    # "X remains in negotiations with Y, although both agreed a truce": talks told
    # in a clause of their own beside the outcome's are a state, not its road
    clause_of: dict[Pair, list[tuple[int, int]]] = {}
    strong_at: dict[Pair, list[int]] = {}
    for pair, cue, _ in read:
        if cue.status in STRONG and cue.role != "noun":
            strong.setdefault(pair, set()).add(cue.status)
            clause_of.setdefault(pair, []).append(_clause(low, cue.start))
            strong_at.setdefault(pair, []).append(cue.start)
    facts: list[NegotiationFact] = []
    seen: set[tuple[Pair, str]] = set()
    for pair, cue, how in read:
        if (pair, cue.status) in seen or (
            _hidden(cue.status, strong.get(pair, set()))
            and cue.role != "since"  # a sitting named as past is no road to this outcome
            and not (
                cue.status == "ongoing"
                and cue.role == ""
                and (
                    (
                        _clause(low, cue.start) not in clause_of.get(pair, [])
                        and _CONCESSIVE.search(low) is not None
                    )
                    or _new_subject_after(low, strong_at.get(pair, []), cue.start, cue.end)
                )
            )
        ):
            continue
        if cue.status == "stalled" and "halt" in cue.text and "collapsed" in strong.get(pair, ()):
            continue  # "talks halted as Trump ends negotiations": one break, told twice
        seen.add((pair, cue.status))
        if cue.role != "noun":  # a deal named in passing does not make the story's pair
            ctx.pairs[pair] += 1
        if cue.role == "noun":
            tag = ":standing"  # a deal named as in force, not reached here
        elif cue.role == "backdrop" and cue.text.startswith(("after", "following")):
            tag = ":backdrop"
        elif (
            cue.role == "backdrop"
            and (
                cue.text.startswith(("held", "hold", "had", "conduct", "carried"))
                or cue.text.endswith("held")
            )
        ) or (
            cue.status == "ongoing"
            and (
                (cue.text == "met" and " again" not in low)
                or (("earlier" in low or " before" in low) and _EARLIER_ON.search(low) is not None)
            )
        ):
            # "met Rubio on Wednesday" after the visit failed, "earlier that day ...
            # negotiating too tough" after the deal: the outcome's own talks
            tag = ":held"
        elif cue.status == "resumed" and _TO_COME.search(low, max(0, cue.start - 30), cue.start):
            tag = ":ahead"  # "talks set to resume": a restart still to come
        else:
            tag = ""
        facts.append(
            NegotiationFact(
                parties=pair,
                status=cue.status,
                current=cue.role != "since" and _is_current(low, orig, cue, ctx.published),
                evidence=orig,
                confidence=confidence - (0.15 if how == "story" else 0.0),
                rule=f"negotiation:{cue.status}{tag}",
                trace=(cue.text, *[m.text for m in sides], f"parties via {how}"),
            )
        )
    return facts


# "a 15% rate, in line with Japan's deal", "Seoul's pact mirrors the framework
# Washington struck with Tokyo", "a better deal than Japan's": a comparison sets
# another deal beside this one. Its sides are no party to this one, nor this one's
# to it.
_COMPARED = LiteralGated(
    regex(
        r"\b(?:in\s+line\s+with|mirror(?:s|ed|ing)?|match(?:es|ed|ing)\s+(?:the|what|those|that)|"
        r"similar\s+to|(?<!would\s)(?<!’d\s)(?<!'d\s)like\s+(?:the|those|that|what)|"
        r"modell?ed\s+on|(?:on|along)\s+the\s+lines\s+of|comparable\s+to|the\s+same\s+as|"
        r"akin\s+to|in\s+the\s+footsteps\s+of|follow(?:s|ed|ing)?\s+(?:the|those)\s+"
        r"(?:[\w-]+\s+)?(?:deals?|agreements?|pacts?|frameworks?|ones?))\b"
    )
)
# "the deals Japan and the EU reached": one deal each, with someone else.
_COMPARED_PLURAL = regex(r"\b(?:deals|agreements|pacts|frameworks|ones|terms)\b")


def _compared_sides(low: str, sides: list[Mention], cue: Cue) -> tuple[list[Mention], bool]:
    """The sides on the cue's own side of a comparison, and whether a comparison
    took any away."""
    if not sides:
        return sides, False
    marks = list(_COMPARED.finditer(low))
    if not marks:
        return sides, False
    # A cue may reach over the comparison ("cut to 15%, in line with Japan's
    # deal"): its deal word, at its end, is on the compared side.
    before = [m for m in marks if m.start() < cue.end]
    hi = min((m.start() for m in marks if m.start() >= cue.end), default=len(low))
    if not before:
        own = [m for m in sides if m.start < hi]
        return (own, False) if own else (sides, False)
    mark = before[-1]
    own = [m for m in sides if mark.end() <= m.start < hi]
    if not own:
        return sides, False
    if len({m.code for m in own}) == 1 or _COMPARED_PLURAL.search(low, mark.start(), hi):
        # "in line with Japan's deal": Japan's, with its own partner; "matching
        # the deals struck by Indonesia and Japan": one deal each
        return own, True
    return own, False


def _compared_pairs(sides: list[Mention], removed: set[str], ctx: StoryContext) -> list[Pair]:
    """Each side of a deal set beside another, with the side the story pairs it
    with, never a side of the other deal."""
    codes = list(dict.fromkeys(m.code for m in sides))
    out: list[Pair] = []
    for code in codes:
        other = ctx.default_imposer(code, removed)
        if other is not None and other not in (code, "*"):
            out.append(_sorted(code, other))
    return out


_CONTINUES_ROUND = LiteralGated(
    regex(
        r"\b(?:for\s+(?:a|the)\s+(?:second|third|fourth|fifth|final|last)\s+(?:straight\s+)?day|"
        r"into\s+(?:a|the)\s+(?:second|third|fourth|fifth|final)\s+day|"
        r"(?:after|following)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|"
        r"the\s+(?:first|opening)\s+day['’]s)\s+(?:session|sitting|meeting|talks|round))\b"
    )
)


# "will visit the White House", "to visit Beijing", "its visit to New Delhi": the
# visit's object is a side.
_VISITED = regex(r"\s+(?:to\s+)?(?:the\s+)?")
_TALK_WORD = regex(r"\b(?:talks|negotiat\w+|meet\w*|summit|round|counterparts?|discussions)\b")


def _visits_a_side(low: str, sides: list[Mention], cue: Cue) -> bool:
    """A visit is a meeting only of a side visiting another ("will visit
    Washington") or beside talks words ("to visit India for talks"), not a trip
    to a plant."""
    if _TALK_WORD.search(low):
        return True
    return _side_at(low, sides, cue.end)


def _side_at(low: str, sides: list[Mention], end: int) -> bool:
    """Whether a side is named just after ``end`` ("Washington", "the US")."""
    gap = _VISITED.match(low, end)
    at = {end + 1, gap.end() if gap else end}
    return any(m.start in at for m in sides)


# The marks of a recap: the past perfect, a day or week gone by.
_RECAP = regex(
    r"\bhad\b|\b(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\blast\s+(?:week|month)\b|\bearlier\b"
)
# "talks set to resume", "will resume" (not "agreed to resume": the agreeing is done)
_TO_COME = regex(
    r"\b(?:(?:set|due|expected|poised|scheduled|slated)\s+to|will|would|shall)\s+"
    r"(?:soon\s+|formally\s+)?$"
)
# A time just before the story's news: "earlier that day", "hours before".
_EARLIER_ON = regex(
    r"\bearlier\s+(?:that|the\s+same|in\s+the)\s+(?:day|morning|afternoon|evening)|"
    r"\b(?:hours|minutes)\s+(?:earlier|before)\b"
)
_QUALIFY = regex(r"\b(?:qualif\w*|compliant|covered|eligible|exempt\w*)\s+(?:[\w-]+\s+){0,2}$")


# "resumed negotiations in March, and a third round is under way this week": a
# clause joined on with a subject of its own tells a state of its own.
_AND_NEW_SUBJECT = regex(r";\s|,\s+and\s+(?:a|an|the|its|their|this|these)\s")


def _new_subject_after(low: str, strong_at: list[int], start: int, end: int) -> bool:
    """Whether talks told at ``start``-``end`` come after every outcome of the
    pair, in a clause of their own (the cue's verb after the joint)."""
    return bool(strong_at) and all(
        s < start and _AND_NEW_SUBJECT.search(low, s, end) is not None for s in strong_at
    )


def _hidden(status: str, strong: set[str]) -> bool:
    """Whether a status is another one's own in a sentence: talks held beside a
    deal or a stall are the talks that produced it; the date of talks to resume
    is the resumption ("will resume talks next week")."""
    if status == "ongoing":
        return bool(strong)
    return status == "scheduled" and bool(strong - {"agreement"})


def _named_treaty(orig: str, cue: Cue) -> bool:
    """ "goods that qualify under the United States-Mexico-Canada Agreement": a
    treaty by its name, the law goods are judged by, not news of talks."""
    word = orig.rfind(" ", cue.start, cue.end) + 1
    return orig[word : word + 1].isupper() and (
        _QUALIFY.search(orig, max(0, cue.start - 30), cue.start) is not None
    )


def _sides(orig: str, low: str, mentions: list[Mention], ctx: StoryContext) -> list[Mention]:
    """The mentions that can be a side of talks: no venue, no outlet; blocs as members."""
    dateline = _DATELINE.match(orig)
    out = [
        m
        for m in mentions
        if not (m.kind == DEMONYM and _NOT_A_SIDE.match(low, m.end))
        and not (low.startswith(("'s", "’s"), m.end) and _OUTLET_AFTER.match(low, m.end))
        # a dateline names a place ("BEIJING - "), never a person ("Trump - Xi summit")
        and not (dateline and m.end <= dateline.end() and m.kind in (SEAT, NAME))
    ]
    if " after " in low or " behind " in low or " following " in low:
        # "Hanoi could be the second nation behind Britain to clinch an accord":
        # the country ranked before is no side of these talks
        ranked = [m for m in out if ranked_after(low[: m.start], low[m.end :])]
        if ranked:
            ranked_at = {m.start for m in ranked}
            out = [
                m
                for m in out
                if m.start not in ranked_at and not _after_ranked(low, out, m, ranked_at)
            ]
    codes = {m.code for m in out}
    if len(codes) == 1 and " in " in low:
        # "a deal was reached following talks in Switzerland": the only country
        # named is where the talks met; the sides are the story's
        out = [m for m in out if not _MET_IN.search(low, max(0, m.start - 40), m.start)]
        codes = {m.code for m in out}
    if len(codes) == 1 and ctx.pairs:
        # "In London in June, they agreed on a framework": in a story of other
        # sides' talks, the one country named as a place is where they met
        (code,) = codes
        if not any(code in p for p in ctx.pairs):
            out = [m for m in out if not _VENUE_BEFORE.search(low, max(0, m.start - 8), m.start)]
            codes = {m.code for m in out}
    if len(codes) > 1:
        venues = [
            m
            for m in out
            if _VENUE_BEFORE.search(low, max(0, m.start - 8), m.start)
            or (
                _CITY_COUNTRY.search(orig, max(0, m.start - 40), m.start)
                and _PLACE_END.match(orig, m.end)
            )
            or (m.kind == DEMONYM and _VENUE_APPOSITION.search(orig, max(0, m.start - 40), m.start))
            or (m.kind == SEAT and _NAMES_MEETING.match(low, m.end))
        ]
        if venues and codes - {m.code for m in venues}:
            out = [m for m in out if m not in venues]
    if " in " in low:
        # "officials in Tokyo": the seat the officials speak for, not a venue
        out.extend(
            v
            for v in venue_seats(orig)
            if _SPEAKERS_IN.search(low, max(0, v.start - 30), v.start) and v not in out
        )
    for word, pair_codes in _PAIR_NAMES:
        at = low.find(word)
        if at >= 0:  # "Indo-US trade deal"
            for code in pair_codes:
                out.append(Mention(code, at, at + len(word), orig[at : at + len(word)], NAME))
    for name, members in BLOCS.items():
        at = low.find(name)
        # "at the coming ASEAN summit in Malaysia": a bloc naming a gathering is its
        # venue, no side; another mention of it may still be one
        while at >= 0 and _BLOC_GATHERING.match(low, at + len(name)):
            at = low.find(name, at + len(name))
        if at < 0:
            continue
        named = ctx.mentions()
        for code in members:
            if named[code]:
                out.append(Mention(code, at, at + len(name), orig[at : at + len(name)], _BLOC))
    out.sort(key=lambda m: m.start)
    return out


def _after_ranked(low: str, sides: list[Mention], m: Mention, ranked_at: set[int]) -> bool:
    """Whether ``m`` is coordinated right after a ranked country ("after Japan and
    the EU to strike")."""
    i = sides.index(m)
    while i > 0 and _LINK.fullmatch(low, sides[i - 1].end, sides[i].start):
        i -= 1
        if sides[i].start in ranked_at:
            return True
    return False


# "in line with the deals struck last month" after a list of rates: one deal per
# side. (Named apart from _COMPARED_PLURAL: one name bound twice left only this one.)
_PLURAL_DEALS = regex(r"(?:deals|agreements|pacts|accords)\b")


def _pairs(
    low: str, orig: str, sides: list[Mention], cue: Cue, ctx: StoryContext
) -> list[tuple[Pair, str]]:
    codes = list(dict.fromkeys(m.code for m in sides))
    if not codes:
        # "The two sides agreed...", "The talks ended...": the story's talks.
        pair = ctx.main_pair()
        return [(pair, "story")] if pair else []
    if cue.role == "joint" and not _joint_subject(low, sides, cue):
        return []
    own = _before_next_subject(low, sides, cue)
    if len(own) < len(sides):
        sides = own
        codes = list(dict.fromkeys(m.code for m in sides))
    trailing = _trailing_subordinate(low, sides, cue)
    if trailing is not None:
        # "The two countries have been negotiating since Britain left the EU": the
        # countries of a clause of time or cause after the cue, with a subject and
        # verb of their own, are that clause's
        sides = [m for m in sides if m.start < trailing]
        codes = list(dict.fromkeys(m.code for m in sides))
        if not codes:
            pair = ctx.main_pair()
            return [(pair, "story")] if pair else []
    if cue.role == "rate":
        # "the 15% rate agreed for the EU, or Britain's 10%": the deal is the
        # named side's with the story's imposer, not with a side listed beside it
        after = [i for i, m in enumerate(sides) if m.start >= cue.end]
        gap_at = cue.end + 1 if low.startswith(" ", cue.end) else cue.end
        if not after or not _WITH_GAP.fullmatch(low, gap_at, sides[after[0]].start):
            return []
        out: list[tuple[Pair, str]] = []
        run = _run_from(low, sides, after[0])
        # "... for the EU or Britain's current 10%": a possessive opens a noun
        # phrase of its own, no member of the list the rate was agreed for
        run = run[:1] + [m for m in run[1:] if not low.startswith(("'s", "’s"), m.end)]
        for code in dict.fromkeys(m.code for m in run):
            imposer = ctx.default_imposer(code)
            if imposer is not None and imposer != code:
                out.append((_sorted(code, imposer), "story"))
        return out
    if cue.role == "won":
        return _won_pairs(low, sides, cue, ctx)
    if len(codes) > 2 and _PLURAL_DEALS.match(cue.text) and not _with_run(low, sides, cue):
        # "Vietnam pays 20%, Indonesia 19% and Korea 15%, in line with the deals
        # struck last month": each side's own deal, never one between two of them
        return []
    run = _with_run(low, sides, cue)
    if run:
        return _with_pairs(low, sides, run, cue, ctx)
    if _with_a_group(low, sides, cue):
        # "opened talks with the Pacific Alliance on Monday, seeking markets beyond
        # Australia and China": the other side is a group with no code and no
        # member named; the countries of a later phrase are no side
        return []
    lo, hi = _clause(low, cue.start)
    inside = [m for m in sides if lo <= m.start < hi]
    if (
        inside
        and lo > 0
        and all(_VENUE_BEFORE.search(low, max(0, m.start - 8), m.start) for m in inside)
    ):
        # "..., but negotiators will meet again in Ankara next month": a clause that
        # names only where its talks meet has the sides of the clause before
        inside = []
    earlier = list(dict.fromkeys(m.code for m in sides if m.start < lo))
    if (
        not inside
        and lo > 0
        and len(earlier) == 2
        and cue.role != "noun"
        and _ANAPHOR_SUBJECT.match(low, lo)
    ):
        # "X and Y launched talks in 2010, but they stalled in 2015": a clause
        # with no side of its own goes on about the sides named before it
        return [(_sorted(earlier[0], earlier[1]), "named")]
    if (
        not inside
        and (lo > 0 or hi < len(low))
        and cue.role != "noun"
        and not _PAIR_WORDS.search(low, lo, hi)
    ):
        # "Talks made little headway; a researcher said Trump's tariffs ...": no
        # side in the cue's own clause, so the talks are the story's
        pair = ctx.main_pair()
        # (a story of one pair's tariffs: "Trade negotiations ... continue, but
        # India's reluctance ..." are that pair's talks)
        tariff_pair = (
            ctx.last_fact is not None and pair is not None and set(pair) == set(ctx.last_fact)
        )
        return [(pair, "story")] if pair and (ctx.pairs or tariff_pair) else []
    if inside and len(inside) < len(sides):
        # "Japan said talks would go on, while Seoul sought more time": the
        # cue's own clause names its sides.
        sides = inside
        codes = list(dict.fromkeys(m.code for m in sides))
    if len(codes) == 2 and not any(m.kind == _BLOC for m in sides):
        return [(_sorted(codes[0], codes[1]), "named")]
    if len(codes) > 2 and cue.role in ("", "noun"):
        subject = _coordinated_subject(low, sides, cue)
        if subject is not None:
            # "Japan and Mexico signed a pact that lets avocados compete with fruit
            # from Peru, Chile and Australia": the two sides of the verb's subject
            # are the pair; countries in a clause after it are no side
            return [(subject, "named")]
    if len(codes) >= 2:
        group = _list_run(low, sides)
        if (
            len(group) > 2
            and _ONE_AND_A_LIST.fullmatch(low, group[0].end, group[1].start)
            and (_BETWEEN_BEFORE.search(low, max(0, group[0].start - 14), group[0].start))
        ):
            # "the agreement between the EU and Brazil, Argentina, Uruguay and
            # Paraguay": one side, then a list of the other side's members
            return [(_sorted(m.code, group[0].code), "named") for m in group[1:]]
        if group:
            gcodes = {m.code for m in group}
            outside = [m for m in sides if m.code not in gcodes]
            other: str | None
            if outside:
                other = min(outside, key=lambda m: abs(m.start - cue.start)).code
            else:
                other = _partner(ctx, gcodes)
            if other:
                return [(_sorted(c, other), "named") for c in dict.fromkeys(m.code for m in group)]
        listed = _one_with_list(low, sides, cue)
        if listed:
            return listed
        objects = _object_list_pairs(low, sides)
        if objects:
            return objects
        # "talks between X and Y" names the sides of a cue in its own clause only
        between = _BETWEEN.search(low, lo, hi)
        if between:
            named_after = list(dict.fromkeys(m.code for m in sides if m.start >= between.end()))
            if len(named_after) >= 2:
                return [(_sorted(named_after[0], named_after[1]), "named")]
        centre = (cue.start + cue.end) // 2
        ranked = sorted(sides, key=lambda m: abs((m.start + m.end) // 2 - centre))
        near = list(dict.fromkeys(m.code for m in ranked))[:2]
        return [(_sorted(near[0], near[1]), "named")]
    code = codes[0]
    for v in venue_seats(orig):
        if v.code != code and _ARRIVED_IN.search(low, max(0, v.start - 20), v.start):
            return [(_sorted(code, v.code), "named")]
    if cue.role == "noun" and not _PAIR_WORDS.search(low):
        return []  # "countries with trade agreements with Canada": no second side
    if not (
        _PAIR_WORDS.search(low)
        or _beside(low, sides, code, cue)
        or any(code in p for p in ctx.pairs)
        or (ctx.last_fact is not None and code in ctx.last_fact and cue.role != "noun")
        # "Carney pledged ... consistent with progress at the negotiating table" in
        # a story of US tariffs on Canada: a target's talks are with its levier
        or (cue.role != "noun" and any(t == code for _, t in ctx.rate_pairs.values()))
    ):
        # One side named far from the cue ("pressure on partners negotiating")
        # is the story's pair only once the story has talks of that side.
        return []
    if not ctx.pairs and ctx.imposers:
        # Before any talks pair, a side named alone talks with the one levying the
        # story's tariffs ("Ottawa said negotiations were continuing" in a story on
        # US tariffs on Canada and Mexico), not with a fellow target.
        imposer = ctx.imposers.most_common(1)[0][0]
        if imposer == code and ctx.last_fact is not None and ctx.last_fact[0] == code:
            imposer = ctx.last_fact[1]
        if imposer not in (code, "*"):
            return [(_sorted(code, imposer), "story")]
    pair = ctx.main_pair()
    if pair and code in pair:
        return [(pair, "story")]
    partner = _partner(ctx, {code})
    return [(_sorted(code, partner), "story")] if partner else []


# The subject of a clause that goes on about sides named before: "but they
# stalled", "but negotiators will meet again" (not "but holds out an offer",
# whose subject is the earlier clause's own).
_ANAPHOR_SUBJECT = regex(
    r"\s*(?:they|it|both|the\s+[\w-]+|(?:their\s+|trade\s+)?(?:negotiators|officials|talks|"
    r"negotiations|delegations|teams))\b"
)
_ONE_AND_A_LIST = regex(r"\s+and\s+(?:the\s+)?")
_BETWEEN_BEFORE = regex(r"\bbetween\s+(?:the\s+)?$")
# "Japan's negotiators won", "the EU had secured": a subject just before its verb.
_SUBJECT_GAP = regex(r"(?:['’]s)?(?:\s+(?!and\b|or\b)[\w-]+){0,3}\s+")


# "..., and officials are pressing for ...": a clause with a subject and a finite
# verb of its own, whose countries are that clause's.
_CLAUSE_SUBJECT = regex(
    r"(?:(?:a|an|the|its|their|this|these|those|some|many|other)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:are|is|were|was|have|has|had|will|would|said|says|say|warn\w*)\b"
)


_SUBORDINATOR = regex(r"\s(?:since|after|before|when|because|until|once)\s+(?:the\s+)?")
# the finite verb of a subordinate clause's country subject: "Britain fully left",
# "Tokyo had struck"
_SUBJECT_VERB = regex(
    r"(?:\s+\w+ly)?\s+(?:had\s+|has\s+|have\s+|was\s+|were\s+)?(?:\w+ed|left|joined|took|began|"
    r"won|made|became|went|came|quit|fell|grew|struck|held|met|set|cut|lost|broke)\b"
)


def _trailing_subordinate(low: str, sides: list[Mention], cue: Cue) -> int | None:
    """Where a clause of time or cause opens after the cue with a country as its
    subject ("... since Britain left the EU"), if one does."""
    for b in _SUBORDINATOR.finditer(low, cue.end):
        subject = next((m for m in sides if m.start == b.end()), None)
        if subject is not None and _SUBJECT_VERB.match(low, subject.end):
            return b.start()
    return None


def _before_next_subject(low: str, sides: list[Mention], cue: Cue) -> list[Mention]:
    """The sides named before a later clause with a country of its own as subject
    ("... spoke of a deal, and Peru inked an accord with Chile, Ecuador
    and Bolivia"): that clause's list is its own cue's, no side of this one."""
    for b in _NEXT_CLAUSE.finditer(low, cue.end):
        subject = next((m for m in sides if m.start == b.end()), None)
        if subject is None and not _CLAUSE_SUBJECT.match(low, b.end()):
            continue
        kept = [m for m in sides if m.start < b.start()]
        return kept if kept else sides
    return sides


def _won_pairs(
    low: str, sides: list[Mention], cue: Cue, ctx: StoryContext
) -> list[tuple[Pair, str]]:
    """The subject that won a concession ("Japan and the EU won cuts"), each with
    the side the story makes the levier of its goods."""
    lo, _ = _clause(low, cue.start)
    before = [i for i, m in enumerate(sides) if lo <= m.start and m.end <= cue.start]
    if not before or not _SUBJECT_GAP.fullmatch(low, sides[before[-1]].end, cue.start):
        return []
    first = before[-1]
    while (
        first > 0
        and sides[first - 1].start >= lo
        and _LINK.fullmatch(low, sides[first - 1].end, sides[first].start)
    ):
        first -= 1
    out: list[tuple[Pair, str]] = []
    for code in dict.fromkeys(m.code for m in sides[first : before[-1] + 1]):
        levier = ctx.default_imposer(code, guess=False)
        if levier is not None and levier not in (code, "*"):
            out.append((_sorted(code, levier), "named"))
    return out


_WITH_BEFORE = regex(r"\bwith\s+(?:[\w.-]+\s+){0,2}$")


def _beside(low: str, sides: list[Mention], code: str, cue: Cue) -> bool:
    """Whether the one side named is the cue's own: just before it ("Akazawa held
    talks") or joined to it by "with" ("a planned meeting with Xi")."""
    for m in sides:
        if m.code != code:
            continue
        if 0 <= cue.start - m.end <= 60:
            return True
        if 0 <= m.start - cue.end <= 40 and _WITH_BEFORE.search(low, cue.end, m.start):
            return True
    return False


# "she and Biden had agreed", "Trump and Xi ..., agreeing": two sides as one subject.
_AND_SUBJECT = regex(r"\band\s+(?:[\w.'-]+\s+){0,3}(?:had\s+|have\s+|has\s+|also\s+)?$")


# "a deal to drop its tariffs on Canada and Mexico": the list the cue's object reaches.
_LIST_AFTER = regex(r"[^,;:]{0,60}\b(?:on|with|for|against|from|to)\s+(?:the\s+)?")


def _one_with_list(low: str, sides: list[Mention], cue: Cue) -> list[tuple[Pair, str]]:
    """One side before the cue and a list after it ("The US struck a deal to drop
    its tariffs on Canada and Mexico"): a deal or talks of that side with each."""
    lo, hi = _clause(low, cue.start)
    before = {m.code for m in sides if lo <= m.start < cue.start}
    if len(before) != 1:
        return []
    for i, m in enumerate(sides):
        if m.start < cue.end:
            continue
        if m.start >= hi or not _LIST_AFTER.fullmatch(low, cue.end, m.start):
            return []
        codes = list(dict.fromkeys(r.code for r in _run_from(low, sides, i)))
        (subject,) = before
        if len(codes) < 2 or subject in codes:
            return []
        return [(_sorted(subject, c), "named") for c in codes]
    return []


# "after meeting Xi at the summit, Trump agreed ...": a time phrase before the
# subject; the side met there is no part of the subject.
_LEADING_PHRASE = regex(
    r"\s*(?:after|following|before|since|when|while|during|at)\s+[^,;:]{1,80},\s+"
)


# "will remove its tariffs on steel from Canada and Mexico under an agreement":
# a pair of sides as the object of a preposition, the subject before them
_OBJECT_PREP = regex(r"\b(?:from|on|against|for|to)\s+(?:the\s+)?$")


def _object_list_pairs(low: str, sides: list[Mention]) -> list[tuple[Pair, str]]:
    """The subject's deal with each member of a list it acts on, never one
    between two members."""
    for i in range(1, len(sides)):
        run = _run_from(low, sides, i)
        members = list(dict.fromkeys(m.code for m in run))
        if len(members) < 2 or not _OBJECT_PREP.search(
            low, max(0, run[0].start - 12), run[0].start
        ):
            continue
        subject = [m for m in sides[:i] if m.code not in members]
        if len({m.code for m in sides[:i]}) != 1 or not subject:
            continue  # "The US and China agreed to cut tariffs on ...": the pair is theirs
        other = subject[0].code
        return [(_sorted(c, other), "named") for c in members]
    return []


def _joint_subject(low: str, sides: list[Mention], cue: Cue) -> bool:
    lo, _ = _clause(low, cue.start)
    lead = _LEADING_PHRASE.match(low, lo)
    if lead is not None and lead.end() <= cue.start:
        lo = lead.end()
    # The joint subject stands before the verb: "the two countries' teams will
    # work out details" after "the US agreed to hold off" makes no joint step.
    if len({m.code for m in sides if lo <= m.start < cue.start}) >= 2 or _PAIR_WORDS.search(
        low, lo, cue.start
    ):
        return True
    return _AND_SUBJECT.search(low, max(lo, cue.start - 50), cue.start) is not None


# "Japan and Mexico signed", "Vietnamese and Israeli negotiators have concluded",
# "The EU and Vietnam on Sunday struck": what stands between a coordinated subject
# and its verb (a head noun, auxiliaries, adverbs, a day), with no comma or clause.
_SUBJECT_TO_VERB = regex(
    r"(?:['’]s)?(?:\s+(?:negotiators|officials|governments|leaders|ministers|delegations|"
    r"teams|envoys|(?:trade\s+)?representatives))?(?:\s+(?:have|has|had|also|finally|formally|"
    r"officially|jointly|on\s+\w+day|late\s+on\s+\w+day|\w+ly))*\s+"
)
_SUBJECT_AND = regex(r"\s+(?:and|&)\s+(?:the\s+)?")
# What may open a clause before its subject: "The", "At a summit in Cairo,".
_SUBJECT_OPENS = regex(r"(?:^|[,;:(]|\bthat|\bas|\bwhen|\bafter)\s*(?:the\s+)?$")


def _coordinated_subject(low: str, sides: list[Mention], cue: Cue) -> Pair | None:
    """The two sides joined as the subject of the cue's verb ("Japan and Mexico
    signed ..."), if the cue is a verb that follows them at once, or the
    subject a deal named as "their" refers back to ("Korea and Chile agreed to
    upgrade their free trade agreement")."""
    if any(m.kind == _BLOC for m in sides):
        return None
    before = [m for m in sides if m.end <= cue.start]
    # "their trade deals": each one's own, never one between them
    theirs = (
        cue.role == "noun"
        and cue.text.startswith("their ")
        and _PLURAL_DEALS.search(cue.text) is None
    )
    for i in range(len(before) - 1, 0, -1):
        a, b = before[i - 1], before[i]
        if a.code == b.code or not _SUBJECT_AND.fullmatch(low, a.end, b.start):
            continue
        if i >= 2 and _LINK.fullmatch(low, before[i - 2].end, a.start):
            return None  # "the UK, the EU and Japan": the tail of a longer list
        if not _SUBJECT_OPENS.search(low, max(0, a.start - 30), a.start):
            continue  # "trade with Peru and Chile grew": a list inside a phrase
        if i == len(before) - 1 and _SUBJECT_TO_VERB.fullmatch(low, b.end, cue.start):
            return _sorted(a.code, b.code)
        if theirs and all(m.code in (a.code, b.code) for m in before[i + 1 :]):
            # "Canada and Mexico urged the US to honour their trade agreement": with
            # another side between, "their" may take it in; only a subject with no
            # other side before the deal is the pair it names
            return _sorted(a.code, b.code)
        return None
    return None


def _sorted(a: str, b: str) -> Pair:
    return (a, b) if a <= b else (b, a)


def _partner(ctx: StoryContext, exclude: set[str]) -> str | None:
    """The country the story talks about most outside ``exclude``."""
    for code, _ in ctx.mentions().most_common():
        if code not in exclude:
            return code
    return None


def _run_from(low: str, sides: list[Mention], first: int) -> list[Mention]:
    """The coordinated list that starts at ``sides[first]``: "A, B and C"."""
    run = [sides[first]]
    joined = False
    for m in sides[first + 1 :]:
        last = run[-1]
        link = _LINK.fullmatch(low, last.end, m.start)
        if m.start == last.start or link:
            run.append(m)
            joined = (
                joined
                or m.start == last.start
                or (link is not None and any(w in link.group() for w in ("and", "&", "or")))
            )
        else:
            break
    # Commas alone make no list ("talks with Washington, Canadian officials said"),
    # unless an "and" closes it ("the EU, Japan and other partners").
    joined = joined or _AND_MORE.match(low, run[-1].end) is not None
    return run if joined else run[:1]


def _with_run(low: str, sides: list[Mention], cue: Cue) -> list[Mention]:
    """The side a cue names with "with" or "for": "talks with Canada", "deals
    with Vietnam, Cambodia and Malaysia", "the rate agreed for the EU"."""
    w = _WITH_ONLY.search(low, cue.start, min(len(low), cue.end + 60))
    if w is not None and (
        _NEXT_CLAUSE.search(low, cue.end, w.start()) or _ASIDE_OPEN.search(low, cue.end, w.start())
    ):
        # "spoke of a deal, and Peru inked an accord with Chile": a
        # "with" past a new clause is that clause's, not this cue's; so is one
        # past a participle or relative clause ("..., putting Korean cars level
        # with those from Japan")
        w = None
    if w is None and low.startswith(" for ", cue.end):
        w = _WITH.match(low, cue.end + 1)
    if w is None:
        # "talks with Tokyo stalled": the "with" before a trailing verb
        b = _WITH_BEFORE_CUE.search(low, max(0, cue.start - 60), cue.start)
        if b is None:
            return []
        w = _WITH.search(low, b.start(), cue.start)
        if w is None:
            return []
    for i, m in enumerate(sides):
        if m.start >= w.end():
            # "with China's top official", "with the presidents of Argentina"
            if not (
                _WITH_GAP.fullmatch(low, w.end(), m.start)
                or _WITH_GROUP.fullmatch(low, w.end(), m.start)
            ):
                return []
            run = _run_from(low, sides, i)
            return run + _and_with(low, sides, run[-1])
    return []


# A group named as the side "with" whom talks are held: a bloc, an alliance, "the
# six Gulf monarchies". A group whose members the story names is read as them
# (BLOCS); one that names none has no code.
_GROUP_SIDE = regex(
    r"\b(?:blocs?|alliance|association|union|community|council|grouping|group|nations|"
    r"countries|states|monarchies|members|partners|economies|mercosur|efta|asean|gcc|"
    r"caricom|ecowas|sacu|comesa|cptpp)\b"
)
_PHRASE_END = regex(r"[,;.:(—–]")
# ", China", ", including Japan": a later phrase that names the group's members
_NAMES_MEMBERS = regex(
    r"^[,:(—–]\s*(?:the\s+)?$|\b(?:including|such\s+as|namely|among\s+them|which\s+include\w*|"
    r"led\s+by)\b"
)


def _with_a_group(low: str, sides: list[Mention], cue: Cue) -> bool:
    """Whether the cue's "with" names a group and no country, and the countries
    named after that phrase are not its members."""
    w = _WITH_ONLY.search(low, cue.start, min(len(low), cue.end + 60))
    if (
        w is None
        or _NEXT_CLAUSE.search(low, cue.end, w.start())
        or _ASIDE_OPEN.search(low, cue.end, w.start())
    ):
        return False
    stop_at = _PHRASE_END.search(low, w.end())
    stop = stop_at.start() if stop_at else len(low)
    if any(w.end() <= m.start < stop for m in sides):
        return False
    if not _GROUP_SIDE.search(low, w.end(), stop):
        return False
    later = [m for m in sides if m.start >= stop]
    if not later:
        return False
    return _NAMES_MEMBERS.search(low[stop : later[0].start]) is None


# "with Canada and Mexico on one track and with the Commission on another": a
# second "with" joined to the first names more sides of the same talks.
_AND_WITH = regex(
    r"(?:\s+[\w-]+){0,4}?\s+(?:and|or|as\s+well\s+as)\s+(?:also\s+)?with\s+(?:the\s+)?"
)


def _and_with(low: str, sides: list[Mention], last: Mention) -> list[Mention]:
    w = _AND_WITH.match(low, last.end)
    if w is None:
        return []
    for i, m in enumerate(sides):
        if m.start == w.end():
            return _run_from(low, sides, i)
    return []


_OWN_WITH = regex(r"\bwith\s+(?:the\s+)?$")
# ", with Bessent and He Lifeng tasked with ...": an aside that names who leads
# the talks, not a side "with" whom they are held
_WITH_ASIDE = regex(r",\s+with\s+[^,;]*$")


def _with_pairs(
    low: str, sides: list[Mention], run: list[Mention], cue: Cue, ctx: StoryContext
) -> list[tuple[Pair, str]]:
    wcodes = list(dict.fromkeys(m.code for m in run))
    lo, hi = _clause(low, cue.start)
    # "deals with Britain and Vietnam, along with a truce with China": a side after
    # the run in a "with" of its own is that phrase's object, not this cue's subject
    sides = [
        m
        for m in sides
        if not (m.start > run[-1].end and _OWN_WITH.search(low, max(0, m.start - 12), m.start))
    ]
    others = [m for m in sides if m.code not in wcodes and lo <= m.start < hi]
    # "India, which faces a 50% US tariff, has stepped up talks with the EU":
    # an aside between commas names no side.
    asides = _relative_clauses(low)
    kept = [m for m in others if not any(a <= m.start < b for a, b in asides)]
    others = kept or others
    if others and len(wcodes) == 1:
        # "Switzerland and Liechtenstein signed ... with the United States": the
        # list just before the cue, else the sides named after the list.
        before = [i for i, m in enumerate(sides) if m in others and m.start < cue.start]
        if before:
            last = before[-1]
            first = last
            while (
                first > 0
                and sides[first - 1] in others
                and _LINK.fullmatch(low, sides[first - 1].end, sides[first].start)
            ):
                first -= 1
            others = sides[first : last + 1]
        else:
            # "After signing a deal with Japan, the US turned to Korea": the
            # subject after the cue is its first list, not every side named later
            first = sides.index(others[0])
            others = [m for m in _run_from(low, sides, first) if m in others]
        return [(_sorted(wcodes[0], o), "named") for o in dict.fromkeys(m.code for m in others)]
    if (
        len(wcodes) == 2
        and not any(m.code not in wcodes for m in sides)
        and _WITH_ASIDE.search(low, max(0, run[0].start - 60), run[0].start) is not None
    ):
        # "set to resume talks next week, with Bessent and He Lifeng tasked with
        # ...": the two sides of the run are the two sides of the talks
        return [(_sorted(wcodes[0], wcodes[1]), "named")]
    if not others:
        # The subject sits in an earlier clause ("Bessent will hold talks ...
        # and, while in Switzerland, will also meet the Swiss president").
        earlier = [m for m in sides if m.code not in wcodes and m.start < cue.start]
        others = earlier[:1] or [m for m in sides if m.code not in wcodes]
    if others:
        earlier = [m for m in others if m.start < cue.start]
        other = (earlier[-1] if earlier else others[0]).code
    else:
        if cue.role == "noun":
            return []
        pair = ctx.main_pair()
        if len(wcodes) == 1 and pair and wcodes[0] in pair:
            return [(pair, "story")]
        found = _partner(ctx, set(wcodes))
        if found is None:
            return []
        other = found
    return [(_sorted(c, other), "named") for c in wcodes]


# "While Japan and the US signed their framework, talks between the US and Taiwan
# stalled": a sentence that opens on a subordinator holds that clause up to its
# first comma, and the main clause after it has sides of its own. A clause with no
# subject ("After meeting Japan's premier, Trump agreed ...") shares the main one's.
_LEADING_SUBORDINATE = regex(
    r"\s*(?:while|although|though|whereas|even\s+as|as|after|when|since|before|once|"
    r"if|unless)\s(?![a-z]+ing\b)[^,;]{8,}?,\s"
)


def _clause(low: str, at: int) -> tuple[int, int]:
    lo, hi = 0, len(low)
    lead = _LEADING_SUBORDINATE.match(low)
    if lead is not None:
        if lead.end() <= at:
            lo = lead.end()
        else:
            hi = lead.end() - 2
    for m in _CLAUSE.finditer(low):
        if m.start() < lo:
            continue
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = min(hi, m.start())
            break
    return lo, hi


def _list_run(low: str, sides: list[Mention]) -> list[Mention]:
    """The sentence's list of three or more sides ("the UK, the EU and Japan"),
    or a bloc's members: one side of the talks, each paired with the other."""
    bloc = [m for m in sides if m.kind == _BLOC]
    if len({m.code for m in bloc}) >= 2:
        return bloc
    i = 0
    while i < len(sides):
        run = _run_from(low, sides, i)
        if len({m.code for m in run}) >= 3:
            return run
        i += len(run)
    return []


_RELATIVE = regex(r",\s*(?:which|that|who)\b[^,]*,")


# "The suspension of talks, announced in 2019, was lifted on Monday": a participle
# aside between commas tells its own time.
_PARTICIPLE_ASIDE = regex(r",\s*(?:first\s+|originally\s+)?[a-z]+ed\b[^,;]*,")


def _participle_asides(sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PARTICIPLE_ASIDE.finditer(sentence)]


def _relative_clauses(sentence: str) -> list[tuple[int, int]]:
    if "which" not in sentence and "that" not in sentence and "who" not in sentence:
        return []
    return [(m.start(), m.end()) for m in _RELATIVE.finditer(sentence)]


# A clause opened by a conjunction after a comma: a time named on one side of it
# does not date a cue on the other ("far above the rate announced in April, after
# talks in Washington failed to produce a deal": April is the rate's).
_CLAUSE_BREAK = regex(
    r"[,;]\s*(?:after|while|as|when|whereas|but|before|following|even\s+as|since)\b|;|"
    # "resumed in March, and a third round is under way": a clause with its own subject
    r",\s+and\s+(?:a|an|the|its|their|this|these)\s"
)


def _same_clause(low: str, cue: Cue, start: int, end: int) -> bool:
    if end <= cue.start:
        return _CLAUSE_BREAK.search(low, end, cue.start) is None
    return (
        _CLAUSE_BREAK.search(low, cue.end, start) is None
        and _LATER_RELATIVE.search(low, cue.end, start) is None
    )


def _is_current(low: str, orig: str, cue: Cue, published: date | None) -> bool:
    lo, hi = max(0, cue.start - 60), cue.end + 60
    if cue.status == "agreement":
        # A deal or truce stands until the text ends it: only a year past dates it.
        return _YEARS_PAST.search(low, lo, hi) is None
    if cue.status in ("collapsed", "stalled") and _AFTER.search(
        low, max(0, cue.start - 40), cue.start
    ):
        return False  # "months after talks broke down, they resumed": the road to the news
    # A mark inside a closed relative clause before the cue ("Talks, which had
    # been expected to conclude by autumn, have stalled") dates that clause only,
    # and one across a clause break dates the other clause.
    for past in _PAST_MARK.finditer(low, lo, hi):
        year = _YEAR.search(past.group())
        if year is not None and published is not None and int(year.group()) >= published.year:
            continue  # "will intensify talks in 2027": a year not yet gone
        asides = [*_relative_clauses(low), *_participle_asides(low)]
        if not any(a <= past.start() and b <= cue.start for a, b in asides) and _same_clause(
            low, cue, past.start(), past.end()
        ):
            return False
    if published is None or cue.status == "scheduled":
        return True
    m = _DATED.search(orig, lo, hi)
    if m and _same_clause(low, cue, m.start(), m.end()):
        when = dates.resolve(m.group("when"), published, future=False)
        if when is not None and when < published - timedelta(days=3):
            return False
    month = next(
        (
            x
            for x in _IN_MONTH.finditer(low, lo, hi)
            if _same_clause(low, cue, x.start(), x.end())
            # "Talks, which opened in May, were suspended on Friday": a month inside
            # an aside closed before the cue's verb dates the aside only
            and not any(
                a <= x.start() < b < cue.end
                for a, b in [*_relative_clauses(low), *_participle_asides(low)]
            )
            # "unlikely to resume before the election in March": the end of a wait;
            # "and negotiators will meet in January": a time ahead
            and not (x.start() > cue.end and _WAIT_END.search(low, cue.end, x.start()))
            and not _AHEAD_VERB.search(low, max(0, x.start() - 40), x.start())
        ),
        None,
    )
    # "agreed in December to restart talks", told in January: an earlier step.
    return not (month and _MONTH_NAMES.index(month.group("m")) + 1 < published.month) and not (
        month and published.month == 1 and month.group("m") == "december"
    )


# The statuses that stay current beside the story's lead status: a deal still
# in force beside talks under way or the next round (SPEC), and those beside it.
_BESIDE: dict[str, frozenset[str]] = {
    "agreement": frozenset({"ongoing", "scheduled"}),
    "ongoing": frozenset({"agreement", "scheduled"}),
    "scheduled": frozenset({"agreement", "ongoing"}),
    "resumed": frozenset({"ongoing", "scheduled"}),
}


def _restart_after_break(facts: list[Fact]) -> list[Fact]:
    """A restart told after a break of the same pair is the later event: talks
    cannot resume before they stop. "Johnson declared the talks over ... Number
    10 then said it was ready to welcome the EU team to resume negotiations":
    the resumption is current and the break that led the story is the road to
    it. (A break told after a restart keeps the story's order: "talks resumed
    in March" may be the recap of a later collapse.)"""
    broke: dict[Pair, list[int]] = {}
    restarted: set[Pair] = set()
    for i, f in enumerate(facts):
        if not isinstance(f, NegotiationFact) or not f.current or f.rule.endswith(":standing"):
            continue
        if f.status in ("collapsed", "stalled"):
            broke.setdefault(f.parties, []).append(i)
        elif f.status == "resumed" and f.parties in broke:
            restarted.add(f.parties)
    if not restarted:
        return facts
    out = list(facts)
    for pair in restarted:
        for i in broke[pair]:
            f = out[i]
            # (only the breaks told before the last restart of the pair)
            if any(
                isinstance(g, NegotiationFact)
                and g.parties == pair
                and g.status == "resumed"
                and g.current
                for g in out[i + 1 :]
            ):
                out[i] = dataclasses.replace(f, current=False)
    return out


def settle_talks(facts: list[Fact]) -> list[Fact]:
    """One current state of talks per pair.

    The first status the story gives a pair is its news (stories lead with
    it); a later one that does not fit beside it ("talks had stalled for
    weeks") recaps the road there and is current: false. A deal still standing
    stays current beside talks under way or the next round, and those beside
    it. Talks named only as the road to a deal ("after two days of talks")
    are the deal's own, not a state.
    """
    facts = _restart_after_break(facts)
    dealt = {
        f.parties
        for f in facts
        if isinstance(f, NegotiationFact)
        and f.status in STRONG
        and not f.rule.endswith(":standing")
    }
    # Talks told as held after the story has given their outcome (a deal, stall
    # or collapse still current: "they reached a framework ... the teams had held
    # candid discussions") are the outcome's own talks.
    outcome: set[Pair] = set()
    lead: dict[Pair, NegotiationStatus] = {}
    # A restart still to come and a round set are one event told twice ("talks
    # set to resume" in the headline, "will send a delegation later this month"):
    # the first telling stands.
    ahead: set[Pair] = set()
    # "Talks on the details of their trade deal have stalled": the deal named is
    # what the talks are about; the stall told of the pair is the news.
    told: dict[Pair, NegotiationStatus] = {}
    for f in facts:
        if isinstance(f, NegotiationFact) and f.current and not f.rule.endswith(":standing"):
            told.setdefault(f.parties, f.status)
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, NegotiationFact):
            if f.rule.endswith(":backdrop") and f.parties in dealt:
                continue
            news = told.get(f.parties)
            if f.rule.endswith(":standing") and f.current and news in ("stalled", "collapsed"):
                out.append(dataclasses.replace(f, current=False))
                continue
            if f.current and (f.rule.endswith(":ahead") or f.status == "scheduled"):
                if (
                    f.parties in ahead
                    and lead.get(f.parties) in ("resumed", "scheduled")
                    and (lead.get(f.parties) != f.status)
                ):
                    continue
                ahead.add(f.parties)
            if f.rule.endswith(":held") and f.parties in outcome:
                continue
            if f.status in STRONG and f.current and not f.rule.endswith(":standing"):
                outcome.add(f.parties)
            if f.current:
                first = lead.setdefault(f.parties, f.status)
                if first == "scheduled" and not _RECAP.search(lower(f.evidence)):
                    # a round still to come says nothing of where talks stand now:
                    # "will travel for a fourth round. The sides remain far apart" is
                    # the state now, "he had said the talks were going nowhere" a recap
                    lead[f.parties] = first = f.status
                if (
                    first != f.status
                    and f.status not in _BESIDE.get(first, ())
                    and f.status != "scheduled"
                ):
                    f = dataclasses.replace(f, current=False)
        out.append(f)
    return out


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
