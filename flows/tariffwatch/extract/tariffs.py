"""Tariff facts: a rate attached to a tariff word, a country pair, a status.

The rules work on one sentence at a time, in four steps:

1. keep the percentages that are tariff rates (attached to a tariff word, not a
   stock move, a share, an increment or an analyst's average);
2. group them into facts ("from 145% to 30%" is one fact, new 30, old 145);
3. read imposer and target from the roles of the countries around each fact;
4. read status, current and dates from the words of the fact's own clause.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass, field

from tariffwatch import scopes
from tariffwatch.extract import cues
from tariffwatch.extract.context import StoryContext
from tariffwatch.extract.countries import OFFICIAL, Mention
from tariffwatch.extract.cues import TARIFF_NOUNS, LiteralGated, gate_patterns
from tariffwatch.extract.hits import RATE_LIST
from tariffwatch.extract.lists import ListItem, country_rate_items, line_item
from tariffwatch.extract.names import EU_MEMBERS
from tariffwatch.extract.numbers import Percent, find_percents
from tariffwatch.extract.old_rates import old_rate
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.roles import (
    EXAMPLE,
    EXCEPTED,
    IMPOSER,
    OTHER,
    SUBJECT,
    TARGET,
    YARDSTICK,
    Role,
    answered_measures,
    assign_roles,
    is_dateline,
    roles_for_rate,
)
from tariffwatch.extract.status import (
    has_status_cue,
    is_current,
    old_is_background,
    own_words_end,
    own_words_start,
    read_clause,
    tariff_status,
    threat_called_off,
)
from tariffwatch.extract.zeros import CONDITION_BEFORE, FREE, appealed, find_zero_rates
from tariffwatch.model import TariffFact

_RIGHT_TARIFF = regex(
    r"\s*(?:(?!(?:of|on|for|to|from|in|and|the|by|at|as|while|after|amid|because|with|but|"
    r"since|when|was|were|is|are|has|have|had|be|been|that|which|who|it|its|their|this|a|an|"
    r"or|if|than|weighed|hit|said|despite|following|during|though|although|unless|until|"
    r"ahead|due)\b)[\w.\"“”'‘’-]+\s+){0,3}?"
    r"(?=" + cues.TARIFF_WORD.pattern + r")",
)
# "a 5% tariff ..., and will raise it step by step to as much as 25%": the
# pronoun stands for the tariff named in the clause before
_RAISE_IT_BEFORE = regex(
    r"\b(?:rais\w*|increas\w*|hik\w*|lift\w*|boost\w*|push\w*)\s+(?:it|them)\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:as\s+much\s+as\s+|up\s+to\s+|about\s+)?$"
)
_PAST_PRONOUN_VERBS = frozenset(("was", "had been", "stood at"))
_PAYERS = regex(
    r"\b(?:savers|borrowers|consumers|households|workers|shoppers|taxpayers|customers|buyers|"
    r"homeowners|investors|depositors|banks|lenders|families|people|users|drivers|renters|"
    r"students|retirees|firms|companies|employers)\b"
)
# Verbs that TARIFF_WORD takes for a tariff word ("pay 25%", "charged 15% on").
_VERB_WORDS = (
    "pay",
    "paid",
    "charg",
    "taxed",
    "fac",
    "carr",
    "subject",
    "tariffed",
    "levied",
    "assessed",
    "hit",
    "slapped",
    "get",
    "got",
    "receiv",
    "assigned",
    "was",
    "is",
    "had been",
    "will be",
    "stood",
    "stands",
)
# "Chinese goods face an extra 20%, on top of earlier duties": the increment's word
# is the duties it stacks on.
_ON_TOP_WORD = regex(
    r",?\s+on\s+top\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?:existing\s+|earlier\s+|current\s+|"
    r"previous\s+|prior\s+|other\s+)?(?:[\w-]+\s+)?(?=" + cues.TARIFF_WORD.pattern + r")"
)
# "an additional 25% in tariffs on India"
_IN_TARIFFS = regex(
    r"\s+in\s+(?:new\s+|additional\s+|extra\s+)?(?=" + cues.TARIFF_WORD.pattern + r")"
)
# A pace or a policy rate: "grew at a 2.4% annual rate", "fell at a 20% rate",
# "held its key rate at 2.75%". Tariffs "set at", "kept at" 25% are no pace.
_MOVE_AT = LiteralGated(
    regex(
        r"\b(?:(?:grew|grow\w*|rose|ris\w+|fell|fall\w*|expand\w*|contract\w*|shr[aiu]nk\w*|"
        r"declin\w*|increas\w*|decreas\w*|climb\w*|dropp?\w*|slow\w*|accelerat\w*|ran|runs?|"
        r"running)\s+(?:by\s+)?at\s+(?:an?\s+)?(?:annual(?:i[sz]ed)?\s+|yearly\s+|monthly\s+)?"
        r"|(?:key|policy|overnight|base|benchmark|bank)\s+(?:interest\s+)?rates?\s+"
        r"(?:\w+\s+){0,2}?(?:at|to|of)\s+(?:an?\s+)?)$"
    )
)
# "... to about 20% by 2020, according to one estimate": the source says what it is.
_ESTIMATE_AFTER = LiteralGated(
    regex(
        r"\baccording\s+to\s+(?:[\w.'’-]+\s+){0,4}?(?:estimates?|calculations?|analys[ie]s|"
        r"analysts?|economists?|models?|projections?|research|forecasts?|surveys?|polls?)\b"
    )
)
# "X expects duties on Chinese goods to settle at around 40%": a forecast of where
# a rate will end, not a rate anyone set. The outcome verb sits right before the
# rate; an expectation verb opens the clause.
_FORECAST_VERB = regex(
    r"\b(?:expect(?:s|ed|ing)?|forecasts?|predict(?:s|ed)?|project(?:s|ed)|sees?|seeing|"
    r"reckons?|anticipates?|assumes?|bets?)\b"
)
_OUTCOME_BEFORE = LiteralGated(
    regex(
        r"\b(?:settl\w*|end(?:s|ed|ing)?\s+up|land(?:s|ed|ing)?|stabili[sz]\w*|level\w*\s+off|"
        r"peak\w*|hover\w*|plateau\w*)\s+(?:(?:somewhere|out|just)\s+)?"
        r"(?:at|near|around|about|below|above)\s+(?:(?:around|about|roughly|near|some)\s+)?$"
    )
)
# "Economists expect Washington to put tariffs of about 40% on Chinese imports":
# forecasters guessing a rate to come. "Analysts expect the 10% levy to stay" is
# about a rate already set: its article says so.
_FORECASTER_EXPECTS = LiteralGated(
    regex(
        r"\b(?:analysts?|economists?|strategists?|forecasters?|respondents|brokerages?|"
        r"economics|consultanc(?:y|ies)|surveys?|polls?)\b(?:\s+[\w.,'’-]+){0,6}?\s+"
        + _FORECAST_VERB.pattern
    )
)
_DEFINITE_BEFORE = regex(r"\b(?:the|its|their|this|that|existing|current)\s+(?:[\w-]+\s+)?$")


def _forecast(sentence: str, clause_start: int, at: int) -> bool:
    before = sentence[clause_start:at]
    if _OUTCOME_BEFORE.search(before[-60:]) and _FORECAST_VERB.search(before):
        return True
    return bool(_FORECASTER_EXPECTS.search(before) and not _DEFINITE_BEFORE.search(before[-30:]))


_ESTIMATE = LiteralGated(
    regex(
        r"\b(?:averag\w*|weighted|effective\s+(?:[\w-]+\s+){0,2}rates?|overall\s+(?:tariff\s+)?rate|"
        r"estimat\w+|calculat\w+|equivalent)\b",
    )
)
# A list of shares, not rates: "accounted for 15.4% of all US trade, ahead of
# Canada at 15.2% and China at 12%".
_TRADE_FIGURES = regex(
    r"\b(?:account\w*|of\s+(?:all|total)|trade|exports?|imports?|deficits?|surplus\w*|"
    r"growth|gdp|economy|votes?|polls?|owned|stakes?)\b"
)
_BASELINE_AFTER = regex(r"\s+(?:reciprocal\s+)?(?=baseline\b)")
_BASELINE_WORD = regex(r"baseline\b")
_NOT_AD_VALOREM = LiteralGated(
    regex(
        r"\b(?:digital\s+services?\s+tax\w*|dsts?|(?:on|of)\s+(?:the\s+)?(?:\w+\s+)?revenues?|"
        r"per\s+(?:net\s+)?(?:ton|tonne|kilogram|kilo|kg|pound|barrel|unit)|port\s+(?:fees?|charges?))\b"
    )
)
_OFF_AFTER = regex(r"\s+off\b")
_STANDARD_BEFORE = LiteralGated(
    regex(r"\b(?:standard|normal|usual|mfn|most[- ]favou?red[- ]nation)\s+(?:[\w-]+\s+)?$")
)
_FACE_BEFORE = regex(
    r"\b(?:subject\s+to|fac(?:e|es|ed|ing)|pay(?:s|ing)?|(?:hit|slapped|charged|taxed)\s+"
    r"(?:with|at))\s+(?:a\s+|an\s+|rates?\s+of\s+)?"
    r"(?:(?:lower|higher|reduced|steeper|full|new|flat|separate)\s+)?$"
)
# "..., and 20% for Vietnam": a bare rate that names its goods or country goes on
# the list a rate before it opened; the tariff word of that rate carries over.
_ON_FOR_AFTER = regex(r"\s+(?:on|for|against)\s")
# "cars face 25% and steel 50%": the goods of the next item, then its bare rate.
# ("a 20% tariff, and transshipped goods 40%": the noun may follow the first rate)
_ELLIPSIS_GAP = regex(
    r"(?:\s+(?:tariffs?|duty|duties|levy|levies|rates?|surtax(?:es)?))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?!(?:of|to|from|by|at|is|are|was|were|rose|fell|than|about|over)\b)[\w-]+\s+){1,3}"
)
# "US duties fall to 30%, while China's drop to 10%": the other side's own tariffs,
# their noun left out.
_OWN_ELLIPSIS = regex(
    r"(?:,\s*|\s)(?:while|and|but|whereas)\s+(?:[\w.-]+\s+)?[\w.-]+(?P<owner>['’]s)\s+(?:own\s+)?"
    r"(?:will\s+|would\s+|are\s+to\s+)?(?:[\w-]+\s+){1,2}?(?:to|at)\s+(?:about\s+)?$"
)
# A rate a country's goods are held at, in a clause with no tariff word of its own
# ("..., while imports from the U.K. are capped at 10%", "EU goods will enter at 15%"):
# the sentence's tariff word, told in an earlier clause, is its word. The goods
# noun is the subject, the rate the end of its verb phrase after "at"/"to".
_GOODS_AT = regex(
    r"\b(?:imports?|goods|products|exports|shipments|merchandise)"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?)?"
    # the verb holds a level, it does not move a quantity ("exports slumped to 10%")
    r"\s+(?:(?!(?:of|than|by|from|rose|ris|fell|fall|grew|grow|jump|drop|slid|slip|climb|slump|"
    r"sank|sink|plung|soar|surg|tumbl|declin|shr[iu]nk|increas|decreas|gain|los|account|amount|"
    r"represent|reach|mak|made|equal|total)\w*\b)[\w-]+\s+){1,4}?"
    r"(?:at|to)\s+(?:up\s+to\s+|about\s+|around\s+|roughly\s+|as\s+much\s+as\s+)?$"
)
# "10% below last year", "12% of the total": a quantity compared, not a rate held
_COMPARED_AFTER = regex(r"\s*(?:below|above|higher|lower|more|less|than|of)\b")
# "... capped at 10% and from the EU and Japan at up to 15%": the list goes on
_AND_FROM_AT = regex(
    r"\s*(?:,\s*)?(?:and\s+)?(?:from|for|on)\s+(?:the\s+)?[\w.'’ -]{1,40}?\s+"
    r"(?:at|to)\s+(?:up\s+to\s+|about\s+|around\s+)?$"
)
_BY_BEFORE = regex(r"\bby\s+(?:about\s+|nearly\s+|another\s+|a\s+further\s+)?$")
_TO_BEFORE = regex(
    r"\b(?:(?<!up\s)to|at|reach(?:es|ed|ing)?|total(?:s|led|ing)?|hit|of)\s+(?:about\s+|around\s+|"
    r"roughly\s+|as\s+much\s+as\s+|as\s+high\s+as\s+|up\s+to\s+|a\s+total\s+of\s+|"
    r"an?\s+|the\s+)?$",
)
# "bring its 27.5% tariff on cars and car parts down to 15%", "see its 27.5% car
# tariff brought down to 15%": a verb that carries its object rate to a new one.
_CARRY_BEFORE = regex(
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|see|sees|saw|seeing)\s+"
    r"(?:its|their|the|his|her|our|this|that)\s+(?:[\w-]+\s+){0,2}?$"
)
_CARRIED_TO = regex(
    r"(?:\b(?:brought|taken|cut|lowered|reduced|pushed|pulled)\s+)?\b(?:down|back|up)\s+to\s+"
    r"(?:about\s+|around\s+|roughly\s+)?$"
)


def _brought_down(sentence: str, before: str, between: str) -> bool:
    return (
        len(between) <= 140
        and _CARRY_BEFORE.search(before) is not None
        and _CARRIED_TO.search(between) is not None
        and not _PERCENT_SIGN.search(between)
        and ";" not in between
    )


_STRICT_TO = regex(r"\bto\s+(?:about\s+|around\s+|roughly\s+|as\s+much\s+as\s+)?$")
_PASSIVE_TO = regex(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|is|are)\s+(?:\w+\s+)?"
    r"(?:cut|lowered|reduced|slashed|raised|increased|hiked|lifted|doubled|halved|trimmed|"
    r"brought\s+down)\s+to\s+(?:about\s+|around\s+)?$"
)
_TALKS_ON = regex(
    r"\b(?:talks|negotiations|discussions|consultations|negotiate|discuss)\s+"
    r"(?:on|over|about|regarding|to\s+(?:lower|cut|reduce|ease|avoid|remove))\s+"
    r"(?:the\s+|a\s+|an\s+)?$"
)
# An increment, then its base: "34%, on top of the 20% China already pays",
# "an additional 25% on Indian goods, stacked on the 25% penalty".
# The gap may hold a date's abbreviation ("an extra 40% since Aug. 6 on top of").
_ON_TOP = regex(
    r"(?:[^%;.]|(?<=\b\w)\.|(?<=\b\w{3})\.|(?<=\b\w{4})\.){0,80}?\b(?:on\s+top\s+of|stack\w*\s+on(?:to)?|atop|in\s+addition\s+to)\s+"
    r"(?:(?:the|an?|its|their|existing|current|already|previous|earlier|standing)\s+)*"
)
_ON_TOP_TAIL = regex(r"(?:^|\s+on\s+)top\s+of\b.*$", re.DOTALL)
# The side a change starts from, as a noun phrase around its rate: "from the current
# 27.5%", "from a punishing 46%", "from levies totaling 27.5%", "from a rate of 25%",
# "from its previous level of 10%", "from a peak of 125%". Up to two words of
# description, none a word that would start another phrase ("from 10% to 41%
# for countries" has none; "from Japan's 25%" names another side and is not read).
_FROM_NP = (
    r"from\s+(?:(?:the|an?|its|their)\s+)?"
    r"(?:(?!(?:to|and|or|on|in|for|by|with|which|that|than|as|at|of|from)\b)[a-z-]+\s+){0,2}?"
    r"(?:(?:rates?|levels?|levies|levy|tariffs?|dut(?:y|ies)|peak|high|charges?)\s+"
    r"(?:of|totall?ing|amounting\s+to|near)\s+)?"
    r"(?:over\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|"
    r"as\s+(?:high|much|low|little)\s+as\s+)?"
)
_FROM_BEFORE = regex(r"\b" + _FROM_NP + "$")
_RANGE_BEFORE = regex(r"\b(?:ranging|range|ranges|between|varying)\s+(?:from\s+)?$")
# Between the two rates of "from X% to Y%": "to", a dash, or "to the" before a rate
# named by what it is ("from 30 percent to the 10 percent baseline", "from a
# punishing 39% to a much more manageable 15%"): up to three words of description.
_FROM_TO_BETWEEN = regex(
    r"\s*(?:to(?:\s+(?:the|an?|its|their))?"
    r"(?:\s+(?!(?:and|or|on|in|for|by|with|which|that|than|from|of|at|to)\b)[a-z-]+){0,3}|-|–)\s*"
)
_TO_FROM_BETWEEN = regex(r"\s*,?\s*(?:(?:up|down)\s+)?" + _FROM_NP)
_FROM_OLD = regex(
    r"\b(?:doubl\w*|tripl\w*|rais\w*|lift\w*|increas\w*|hik\w*|cut\w*|lower\w*|halv\w*|"
    r"reduc\w*|up|down)\s+(?:(?:the|its|their)\s+)?(?:rate|levy|levies|tariffs?|duty|duties|"
    r"it|them)?\s*from\s+(?:the\s+|a\s+|an\s+)?$"
)
_DOWN_FROM = regex(r"(?:^|,)\s*(?:down|up)\s+" + _FROM_NP + "$")
_BY_TO = regex(
    r"\bby\s+(?:a\s+further\s+|another\s+)?(?P<n>\d{1,3}(?:\.\d+)?)\s*(?:percentage\s+points?|"
    r"points?|pp|%|percent|per\s?cent)\s+to\s+(?:about\s+)?$",
)
_TOTAL_TO = regex(
    r"\b(?:bringing|raising|lifting|taking|pushing|for)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:total|cumulative|overall|combined|a\s+total|levies|tariffs|duties|rate|them|it)"
    r"(?:\s+\w+){0,6}?\s+(?:to|of)\s+$",
)
# A new rate's "to" blocks reading a removal; "up to 15%" is only a range top.
_REMOVE_BLOCK = regex(r"(?<!up\s)\bto\s+(?:about\s+|around\s+|roughly\s+)?$")
_CUT_VERB = regex(
    r"\b(?:cut\w*|lower\w*|reduc\w*|slash\w*|trim\w*|eas\w*|roll\w*\s+back|decreas\w*|"
    r"drop\w*|scal\w+\s+back|bring\w*\s+down|brought\s+down)\b",
)
_RAISE_VERB = regex(r"\b(?:rais\w*|increas\w*|hik\w*|lift\w*|boost\w*|add\w*)\b")
_REMOVE_VERB = regex(
    r"\b(?:lift\w*|remov\w*|scrap\w*|eliminat\w*|drop\w*|end(?:s|ed|ing)?|withdr\w*|waiv\w*|"
    r"repeal\w*|roll\w*\s+back|abolish\w*|revok\w*|rescind\w*|terminat\w*)\b"
    r"(?:\s+[\w$%.-]+){0,6}\s*$",
)
_ADDITIONAL_BEFORE = regex(
    # "an added 25% levy": the adjective, never the verb ("Trump added a 30% penalty")
    r"\b(?:additional|extra|further|another|more|incremental|fresh|(?<=\ban\s)added)\s+"
    r"(?:[\w-]+\s+)?$"
)
_ADDITIONAL_AFTER = regex(r"\s*(?:additional|extra|more|on\s+top)\b")
# "25% tariffs on steel, in addition to any duties the goods already pay": stacked
# on duties the words give no rate for, the rate is an increment.
_STACKED_AFTER = regex(
    r"[^%;.]{0,60}?\b(?:in\s+addition\s+to|on\s+top\s+of)\s+(?:any\s+|all\s+|the\s+)?"
    r"(?:other\s+|existing\s+|current\s+|earlier\s+|previous\s+|prior\s+)?(?:[\w-]+\s+)?"
    r"(?:tariffs|duties|levies)\b"
)
_MULTIPLIER = (
    (regex(r"\bdoubl\w*"), 0.5),
    (regex(r"\btripl\w*"), 1 / 3),
    (regex(r"\bquadrupl\w*"), 0.25),
    (regex(r"\bhalv\w*|\bcut\s+(?:\w+\s+)?in\s+half"), 2.0),
)
# Literals every _MULTIPLIER pattern needs: most clauses hold none.
_PERCENT_SIGN = regex(r"\d\s*%|\bpercent\b")
_MULTIPLIER_STEMS = ("doubl", "tripl", "quadrupl", "halv", "half")
_GLOBAL = LiteralGated(
    regex(
        r"\b(?:all\s+(?:countries|nations|trading\s+partners|foreign|imported|imports\b(?!\s+from))|"
        r"every\s+(?:other\s+)?(?:country|nation|trading\s+partner)|global(?:ly)?|worldwide|"
        r"across[\s-]the[\s-]board|from\s+everywhere|"
        r"most\s+countries|dozens\s+of\s+countries|around\s+the\s+world|all\s+sources|"
        # "countries not named in the order", "the rest of the world": every partner left
        r"countries\s+(?:(?:that\s+|which\s+)?(?:are\s+|were\s+)?)?not\s+(?:named|listed|mentioned|"
        r"covered|included)|rest\s+of\s+the\s+world|all\s+(?:other|remaining)\s+"
        r"(?:countries|nations|partners)|"
        # "no matter where they are built", "steel from every origin"
        r"regardless\s+of\s+(?:their\s+|its\s+)?(?:origin|where|country)|no\s+matter\s+where|"
        r"(?:every|any)\s+origin|all\s+origins|"
        # ("despite his warning that any country retaliating would ...": a condition
        # on others, no rate's partners)
        r"any\s+country(?!\s+(?:that\s+|which\s+|who\s+)?retaliat)|baseline|universal|"
        # "for countries that have signaled they want to negotiate": partners by a trait
        r"(?:for|to|on)\s+(?:all\s+|the\s+)?countries\s+(?:that|which|who)\b)\b",
    )
)
# Partners told as a group the sentence does not name: "six other nations", "69
# trading partners", "more than 70 of America's trading partners", "dozens of
# other countries", "a long list of other countries".
# Not "the two governments" (the pair itself) nor "to other countries" with no count
# ("time to move supply chains to other countries").
# Gated on its nouns: opening on a number and lookbehinds, the pattern gives the
# engine no first characters to skip ahead on, and most rates' words hold none.
_PARTNER_GROUP = LiteralGated(
    regex(
        r"(?<!\bthe\s)(?<!\bboth\s)(?<!\bthese\s)(?<!\bthose\s)"
        r"\b(?:\d+|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|"
        r"dozens\s+of|scores\s+of|hundreds\s+of|several|numerous|a\s+handful\s+of|"
        r"a\s+(?:long\s+)?list\s+of)\s+(?:of\s+(?:america|its|their|the)\S*\s+)?"
        r"(?:[a-z]+\s+)?(?:countries|nations|trading\s+partners|partners|economies|governments)\b"
    )
)
# A group's members named right after it: "14 countries, including Japan", "several
# countries, the Philippines among them", "economies such as Vietnam".
_MEMBERS_AFTER = regex(r"\s*,?\s*(?:including|such\s+as|like|notably|among\s+them)\b")
_MEMBER_TAIL = regex(r"\s*(?:among\s+them|included|being\s+one)\b")


def _group_elsewhere(
    sentence: str, roles: list[Role], targets: list[str], region: tuple[int, int], d: _Draft
) -> bool:
    """The rate's own words (``region``) name a group of partners, no target is one
    of the members named with it, and every target was named outside them ("as
    Washington warned a dozen more countries": the levier in the rate's words is
    no target of it)."""
    group = _own_group(sentence, region, d.new.pct.end)
    if group is None or set(targets) & _members(sentence, group, roles):
        return False
    return not any(
        r.role == TARGET
        and r.mention.code in targets
        and region[0] <= r.mention.start < region[1]
        and (
            r.mention.start > group.start()
            or _JOINED_TO_GROUP.fullmatch(sentence, r.mention.end, group.start())
        )
        for r in roles
    )


def _own_group(sentence: str, region: tuple[int, int], rate_end: int) -> re.Match[str] | None:
    """The group of partners in the rate's own words: in its region, and not after a
    clause of its own ("a 34% levy on US goods, as Washington warned a dozen more
    countries of duties as steep as 50%": the group is the 50%'s)."""
    group = _PARTNER_GROUP.search(sentence, region[0], region[1])
    if (
        group is not None
        and group.start() >= rate_end
        and _CLAUSE_OPENS.search(sentence, rate_end, group.start()) is not None
    ):
        return None
    return group


_CLAUSE_OPENS = regex(
    r",\s*(?:as|while|whereas|but|and|which|when|after|before|since|though|although)\b|;"
)
# "for China and for about a dozen other Asian countries": a country joined to the group.
_JOINED_TO_GROUP = regex(
    r"(?:['’]s?)?\s*(?:,|and|or|as\s+well\s+as|plus)\s+(?:(?:for|from|on|to|with)\s+)?"
    r"(?:(?:some|about|around|nearly|over|more\s+than|another|the)\s+)*"
)


def _members(sentence: str, group: re.Match[str], roles: list[Role]) -> set[str]:
    """Codes of the group's members named right after it."""
    after = [r for r in roles if group.end() <= r.mention.start <= group.end() + 60]
    if after and _MEMBERS_AFTER.match(sentence, group.end()):
        return {r.mention.code for r in after}
    return {r.mention.code for r in after if _MEMBER_TAIL.match(sentence, r.mention.end)}


# The global words that name every partner as the goods' origin (not "baseline",
# which a country's own rate may be called).
_EVERY_PARTNER = LiteralGated(
    regex(
        r"\b(?:(?:all|every)\s+(?:other\s+|remaining\s+)?(?:countries|nations|country|nation|"
        r"trading\s+partners?|partners|origins?|sources)|rest\s+of\s+the\s+world|"
        r"from\s+everywhere|worldwide)\b"
    )
)
# The global words that name the partners themselves, as a subject may.
# One country told by what it is to the levier, not by name: the story's partner.
_ONE_PARTNER = regex(
    r"\b(?:(?:on|against|for)\s+)(?:one\s+of\s+(?:its|their|[\w.]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"trading\s+partners|(?:a|its|their)\s+(?:[\w-]+\s+){0,2}?(?:trading\s+partner|neighbou?r))\b"
)
_GLOBAL_PARTNERS = LiteralGated(
    regex(
        r"\b(?:all|every|most)\s+(?:other\s+)?(?:countries|nations|country|nation|trading\s+partners?)\b"
    )
)
# Words that end the goods phrase after "on": prepositions, and the verbs of a
# stated total ("tariffs on Chinese goods now total 145%", "... stand at 30%").
# "such as" goes on: "certain Brazilian products such as beef and coffee" names them.
_SCOPE_STOP = (
    r"from|to|by|starting|effective|beginning|for|that|which|who|while|(?<!such\s)as|after|before|"
    r"until|unless|if|when|at|in|within|into|now|currently|total(?:s|led|ing)?|stand|stands|"
    r"stood|are|is|was|were|will|would|have|has|had|reach(?:es|ed)?|amount(?:s|ed)?|rise|rose|"
    r"climb(?:s|ed)?|jump(?:s|ed)?|took|takes|came|comes|went|goes|kicked|kicks"
)
_FOREIGN_GOODS = regex(r"^(?:all\s+)?(?:foreign|imported|overseas)\b")
# Goods whose names end like a verb's "-ing" ("shoes and clothing", "roofing and
# fencing"): after "and" they go on the goods, where "and raising it" ends them.
_ING_GOODS = (
    r"(?:clothing|bedding|roofing|fencing|flooring|tubing|piping|packaging|wiring|shelving|"
    r"lighting|sheeting|decking|siding)\b"
)
_SCOPE_BODY = (
    rf"\s+(?P<scope>(?:(?!\s(?:{_SCOPE_STOP})\b)[^,;:()])+?)"
    # "on steel and 20% on aluminum": the goods end before the next rate, of any digits
    # "on motorcycles and leave its 100% duty": a verb with its object ends them
    rf"(?=\s+(?:{_SCOPE_STOP}|and\s+(?:\d+|a\b|(?!{_ING_GOODS})[a-z]+ing\b|"
    r"[a-z]+\s+(?:its|their|his|her|our)\b))\b|"
    r"[,;:()]|\.?$|\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
)
_SCOPE = regex(rf"\b(?:on|against){_SCOPE_BODY}")
# "a 15% tariff will apply to Argentine wine", "apply a 19% tariff to US corn",
# "extend the 30% duty to Egyptian tiles": the goods a rate is applied to, read
# where a clause applies or extends a rate and names no goods after "on"
_APPLIED_SCOPE = regex(rf"\bto{_SCOPE_BODY}")
# The goods a tariff's own relative clause says it covers: "tariffs that together
# cover $50 billion of goods", "the duties, which were due to hit $160 billion of"
_RELATIVE_GOODS = regex(
    r",?\s+(?:that|which)\s+(?:[\w-]+\s+){0,3}?(?:cover(?:s|ed)?|hit|hits|target(?:s|ed)?)"
    + _SCOPE_BODY
)
_APPLY_VERB = regex(r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?)\b")
# A goods phrase names what is taxed ("steel imports", "cars"); "on top of a
# 20% levy" is no scope at all.
_GOODS_SCOPE = regex(
    r"^(?!top\b|\d|(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "until it reaches 25% on Oct. 1": a date, abbreviated
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.)"
)
# Words after the goods that say how they came or what was done to the rate:
# "on Mexican trucks agreed in March", "made its duties on rice permanent".
_SCOPE_TAIL = regex(
    r"\s+(?:imported|made|produced|shipped|exported|coming|sent|agreed|set|announced|imposed|"
    r"negotiated|struck|permanent|final)$"
)
_GENERIC_GOODS = regex(
    r"^(?:all\s+|its\s+|their\s+)?(?:goods|imports|products|exports|shipments|items|"
    r"merchandise|everything|the\s+country|countries)?$",
)


# a modal starts the verb the goods bear: "wine, champagne and spirits could be hit"
_LIST_WORD = (
    rf"(?!(?:{_SCOPE_STOP}|and|or|said|says|the|its|their|could|can|may|might|should|must)\b)"
    r"[a-z][\w'-]*"
)
_LIST_ITEM = rf"{_LIST_WORD}(?:\s+{_LIST_WORD}){{0,2}}"
# "on canola oil, canola meal and peas, and 25% on pork": the goods run on over
# their commas to an "and" that closes the list, never into a clause. The list
# also ends at the next rate ("on chicken, wheat and corn and a 10% tariff on pork")
# and at a dash ("50% on steel, aluminum and copper - apply only to").
_GOODS_LIST_TAIL = regex(
    rf"(?:\s*,\s*{_LIST_ITEM})*\s*,?\s+and\s+{_LIST_ITEM}"
    rf"(?=\s*[,;:]|\.?\s*$|\.\s|\s+(?:{_SCOPE_STOP}|on\s+(?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday))\b|\s+and\s+(?:an?\s+)?\d|\s+[-–—]\s)"
)


def _goods_list_end(sentence: str, scope_m: re.Match[str]) -> int:
    end = scope_m.end("scope")
    if not sentence.startswith(",", end):
        return end
    tail = _GOODS_LIST_TAIL.match(sentence, end)
    return tail.end() if tail is not None else end


@dataclass(slots=True)
class _Rate:
    pct: Percent
    anchor: int  # where the tariff word it belongs to starts
    word: str
    owner: int = -1  # "while China's drop to 10%": where the elided tariffs' owner ends


@dataclass(slots=True)
class _Draft:
    new: _Rate
    old: float | None = None
    old_pct: Percent | None = None
    additional: bool = False
    removal: bool = False
    rule: str = "rate"
    background_old: bool = False
    past_old: bool = False  # the old rate is also a fact of its own, no longer current
    trace: list[str] = field(default_factory=list)
    target: str | None = None  # set by the list the rate stands in ("Canada (35%)")
    total: float | None = None  # an increment plus its stated base ("34% on top of 20%")
    # "weighing whether to scrap its 100% tariff": the rate stands, its removal is a hedge
    standing: bool = False

    @property
    def start(self) -> int:
        points = [self.new.anchor, self.new.pct.start]
        if self.old_pct is not None:
            points.append(self.old_pct.start)
        return min(points)

    @property
    def end(self) -> int:
        # A tariff word right after the rate ("the 145% tariff") is this draft's
        # own: a later rate that looks back to it must not take it away.
        after = self.new.anchor > self.new.pct.start
        word_end = self.new.anchor + len(self.new.word) if after else 0
        return max(self.new.pct.end, self.old_pct.end if self.old_pct else 0, word_end)


def read_tariffs(
    sentence: str,
    mentions: list[Mention],
    ctx: StoryContext,
    *,
    low: str | None = None,
    confidence: float = 0.9,
    words: list[re.Match[str]] | None = None,
) -> list[TariffFact]:
    """Tariff facts of one sentence; ``low`` is ``cues.lower(sentence)`` and
    ``words`` its TARIFF_WORD matches, if the caller has them."""
    orig = sentence
    sentence = low if low is not None else cues.lower(orig)
    if words is None:
        words = list(cues.TARIFF_WORD.finditer(sentence))
    wordless = not words
    if wordless and (
        RATE_LIST.search(sentence) is None
        or cues.DISTRACTOR.search(sentence)
        or ("baseline" not in sentence and _TRADE_FIGURES.search(sentence))
    ):
        return []  # no tariff word; only a country-rate list stands for one
    if any(w.group().endswith(_DEPOSIT_ENDS) for w in words) and not _TRADE_REMEDY.search(sentence):
        # a deposit is a duty only as a provisional trade remedy; elsewhere it is money
        words = [w for w in words if not w.group().endswith(_DEPOSIT_ENDS)]
        if not words:
            return []
    bare_taxes = frozenset(w.start() for w in words if _bare_tax(sentence, w, mentions))
    if bare_taxes:
        words = [w for w in words if w.start() not in bare_taxes]
        if not words:
            return []
    percents = find_percents(sentence)
    zeros = find_zero_rates(sentence)
    if zeros:
        percents.extend(Percent(0.0, a, b, text, False, None, "") for a, b, text in zeros)
        percents.sort(key=lambda p: p.start)
    if not percents:
        return []
    clauses = _clauses(sentence)
    items = country_rate_items(sentence, mentions, percents)
    listed: dict[int, ListItem] = {}
    for i in items:
        listed.setdefault(i.pct.start, i)  # "Laos and Myanmar are at 40%": from the first
    line = line_item(orig, mentions, percents) if wordless and not listed else None
    if line is not None and ctx.tariff_story():
        listed = {line.pct.start: line}  # "- Canada: 35%" in a story about tariffs
    if wordless and len(listed) < 2 and line is None and "baseline" not in sentence:
        return []
    rates, by_increments = _rates(sentence, percents, words, clauses, listed, bare_taxes)
    if not rates and not by_increments:
        return []
    drafts = _group(sentence, rates, clauses)
    for d in drafts:
        item = listed.get(d.new.pct.start)
        if item is not None and item.forced and d.old is None:
            d.target = item.mention.code
    drafts.extend(_lone_increments(sentence, by_increments, drafts, words, clauses))
    drafts = _drop_replaced(sentence, drafts)
    if ctx.rate_pairs:
        drafts = [d for d in drafts if not _told_before(sentence, d, ctx)]
    if not drafts:
        return []
    drafts.sort(key=lambda d: d.new.pct.start)
    # Where each draft's own words begin: its tariff word, unless an earlier
    # draft already read that word ("Tariffs ..., which had reached 145%, now
    # stand at 30%" shares one tariff word between two rates).
    starts: list[int] = []
    for k, d in enumerate(drafts):
        prev_end = drafts[k - 1].end if k else -1
        starts.append(d.start if d.start > prev_end else min(d.new.pct.start, d.end))
    echo_at, echoed = _echoed(orig, mentions)
    if echoed:
        mentions = [m for m in mentions if m not in echoed]
    roles = assign_roles(sentence, mentions)
    if listed:
        # A country paired with its own rate is that rate's target, never a subject.
        members = {i.mention.start for i in (items or listed.values())}
        roles = [Role(r.mention, TARGET) if r.mention.start in members else r for r in roles]
    facts: list[TariffFact] = []
    spans: list[tuple[int, int, int]] = []  # (rate start, rate end, first fact index)
    per: list[list[TariffFact]] = []
    answered = answered_measures(sentence)
    for k, d in enumerate(drafts):
        spans.append((d.new.pct.start, d.new.pct.end, len(facts)))
        rate_roles = (
            roles_for_rate(sentence, roles, answered, d.new.pct.start) if answered else roles
        )
        got = _facts(sentence, orig, d, k, drafts, starts, rate_roles, clauses, ctx, confidence)
        if d.new.owner >= 0 and facts:
            got = _owners(d.new.owner, mentions, facts[-1], got)
        if d.new.word in _PAST_PRONOUN_VERBS:
            # "It was 25% until Wednesday": the tariff's rate before, history
            got = [dataclasses.replace(f, current=False) for f in got]
        facts.extend(got)
        per.append(got)
    shared = (
        len(drafts) > 1
        and " and " in sentence
        and _share_countries(sentence, orig, drafts, per, mentions)
    )
    if (len(drafts) > 1 and _contrast_sides(sentence, drafts, per, mentions)) or shared:
        facts, spans = [], []
        for d, got in zip(drafts, per, strict=True):
            spans.append((d.new.pct.start, d.new.pct.end, len(facts)))
            facts.extend(got)
    if len(drafts) > 1:
        facts = _respectively(sentence, orig, drafts, per, facts)
    if len(spans) > 1:
        facts = _changed_later(sentence, spans, facts)
    if (len(facts) > 2 and _company_rates(orig, mentions, drafts) > 1) or (
        len(facts) > 1 and _company_class_rates(sentence, drafts) > 1
    ):
        facts = _highest_per_pair(facts)
    if echoed:
        facts.extend(_echo_facts(facts, spans, echo_at, echoed, mentions))
    if facts and spans:
        facts.extend(_same_rate_after(sentence, mentions, spans, facts))
    return facts


# "..., and Mexico got the same", "Cambodian goods too", "and India the same
# rate", "Cambodia also faces that rate": a later clause's country takes the
# rate told just before it, with its levier.
_SAME_AFTER = regex(
    r"(?:['’]s)?(?:\s+[\w-]+)?\s+(?:(?:will|would|also|now|has|have|had|is|are|was|were|be)\s+)*"
    r"(?:got|gets?|receiv\w+|fac(?:e|es|ed|ing)|pa(?:ys?|id)|charged|hit\s+with|given)\s+"
    r"(?:the\s+same|that|this|an\s+identical|a\s+matching)\b"
    r"(?!\s+(?:day|week|month|year|time|morning|evening|deadline|date)\b)"
    r"|(?:\s+(?:goods|exports|products|imports))?(?:\s+(?:does|did|will|would|has|is))?"
    r"\s+(?:too|as\s+well)\s*(?:[.;,]|$)"
    r"|,?\s+(?:the\s+same|an\s+identical|a\s+matching)\s+(?:rate|tariff|levy|duty)\b"
)
_SAME_BEFORE = regex(r"(?:\band|[,;])\s+(?:the\s+)?$")
# "..., and the same goes for Peru", "; likewise Peru": the country after the words
_SAME_LEAD = regex(
    r"(?:\bthe\s+same\s+(?:goes|applies|holds|is\s+true)\s+(?:for|to)|\blikewise(?:\s+for)?)"
    r"\s+(?:the\s+)?$"
)


def _same_rate_after(
    sentence: str,
    mentions: list[Mention],
    spans: list[tuple[int, int, int]],
    facts: list[TariffFact],
) -> list[TariffFact]:
    out: list[TariffFact] = []
    for m in mentions:
        if m.start < spans[0][1]:
            continue
        lead = _SAME_LEAD.search(sentence, max(0, m.start - 40), m.start) is not None
        if not lead and not (
            _SAME_BEFORE.search(sentence, max(0, m.start - 8), m.start)
            and _SAME_AFTER.match(sentence, m.end)
        ):
            continue
        told = [s for s in spans if s[1] <= m.start]
        if not told or told[-1][2] >= len(facts):
            continue
        last = facts[told[-1][2]]
        if m.code in (last.imposer, last.target) or any(
            f.target == m.code and f.new_rate == last.new_rate for f in facts
        ):
            continue
        out.append(
            dataclasses.replace(
                last, target=m.code, confidence=last.confidence - 0.1, rule="tariff:same-rate"
            )
        )
    return out


_RESPECTIVELY_AFTER = regex(r"\s*(?:%|percent|per\s?cent)?\s*,?\s*respectively\b")
_GOODS_ITEM_GAP = regex(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respectively(
    sentence: str,
    orig: str,
    drafts: list[_Draft],
    per: list[list[TariffFact]],
    facts: list[TariffFact],
) -> list[TariffFact]:
    """'on copper and zinc from Peru, to 30% and 16% respectively': the goods named
    once for the list go to its rates in their order."""
    last = drafts[-1].new.pct
    if _RESPECTIVELY_AFTER.match(sentence, last.end) is None and "respectively" not in (
        last.text or ""
    ):
        return facts
    found = [
        m
        for m in _SCOPE.finditer(sentence, 0, drafts[0].new.pct.start)
        if _GOODS_SCOPE.search(m.group("scope"))
    ]
    if not found:
        return facts
    m = found[-1]
    phrase = orig[m.start("scope") : m.end("scope")]
    goods = [g for g in _GOODS_ITEM_GAP.split(phrase) if g]
    if len(goods) != len(drafts):
        return facts
    own = {id(f): goods[i] for i, got in enumerate(per) for f in got}
    return [
        dataclasses.replace(f, scope=own[id(f)], all_goods=False) if id(f) in own else f
        for f in facts
    ]


# "Britain faces only the 10% baseline, as does Australia", "China put 10% on US
# coal, as did Canada": the countries after "as does" play the part the sentence's
# first country plays in the rate before them.
_AS_DOES = regex(
    r",?\s+(?:as|and\s+so)\s+(?:does|do|did|will|would|has|have|had|is|are|was|were)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=[A-Z])"
)
_ECHO_LIST_GAP = regex(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _echoed(sentence: str, mentions: list[Mention]) -> tuple[int, list[Mention]]:
    """Where an "as does ..." tail starts, and the countries it names."""
    if " as " not in sentence and " so " not in sentence:
        return -1, []
    for m in _AS_DOES.finditer(sentence):
        after = [x for x in mentions if x.start >= m.end() - 1]
        if not after or not re.fullmatch(r"(?:[\w-]+\s+){0,4}", sentence[m.end() : after[0].start]):
            continue
        out = [after[0]]
        for x in after[1:]:
            if not _ECHO_LIST_GAP.fullmatch(sentence, out[-1].end, x.start):
                break
            out.append(x)
        return m.start(), out
    return -1, []


def _echo_facts(
    facts: list[TariffFact],
    spans: list[tuple[int, int, int]],
    echo_at: int,
    echoed: list[Mention],
    mentions: list[Mention],
) -> list[TariffFact]:
    before = [k for k, (start, _, _) in enumerate(spans) if start < echo_at]
    if not before or not mentions:
        return []
    k = before[-1]
    first = spans[k][2]
    last = spans[k + 1][2] if k + 1 < len(spans) else len(facts)
    lead = mentions[0].code  # the sentence's first country: the part the echo plays
    out: list[TariffFact] = []
    for f in facts[first:last]:
        for m in echoed:
            if f.target == lead and m.code != f.imposer:
                out.append(dataclasses.replace(f, target=m.code, trace=(*f.trace, "as does")))
            elif f.imposer == lead and m.code != f.target:
                out.append(dataclasses.replace(f, imposer=m.code, trace=(*f.trace, "as does")))
    return list(dict.fromkeys(out))


# "..., while fresh cheeses carry an extra 25%": a clause that names goods and no
# country goes on with the sides of the rate before it.
_CONTRAST_OPEN = regex(r"\s*[,;]?\s*(?:while|whereas|but)\s")
_CLAUSE_END = regex(r"[,;]|\.(?:\s|$)")


def _contrast_sides(
    sentence: str, drafts: list[_Draft], per: list[list[TariffFact]], mentions: list[Mention]
) -> bool:
    """Give a country-less contrast clause's rate the sides of the rate before it
    (``per`` is changed in place); True if any rate took them."""
    changed = False
    for k in range(1, len(drafts)):
        prev, own = per[k - 1], per[k]
        if not prev or not own:
            continue
        a, b = drafts[k - 1].new.pct, drafts[k].new.pct
        if _CONTRAST_OPEN.search(sentence, a.end, b.start) is None:
            continue
        stop = _CLAUSE_END.search(sentence, b.end)
        end = stop.start() if stop else len(sentence)
        if any(a.end <= m.start < end for m in mentions) or any(f.target == "*" for f in own):
            continue  # "..., while the EU targeted American goods": sides of its own
        pairs = list(dict.fromkeys((f.imposer, f.target) for f in prev))
        if pairs == list(dict.fromkeys((f.imposer, f.target) for f in own)):
            continue
        template = own[0]
        per[k] = [
            dataclasses.replace(
                template,
                imposer=imp,
                target=tgt,
                trace=(*template.trace, "sides of the clause before"),
            )
            for imp, tgt in pairs
        ]
        changed = True
    return changed


# "a 25% duty on steel and a 10% duty on aluminum from Canada and Mexico": rates
# coordinated by their goods alone, with the countries named once after the last.
_GOODS_AND = regex(
    r"(?:\s+[\w-]+){0,2}?\s+(?:on|for)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:an?\s+|the\s+)?"
)


def _share_countries(
    sentence: str,
    orig: str,
    drafts: list[_Draft],
    per: list[list[TariffFact]],
    mentions: list[Mention],
) -> bool:
    """Give each rate of a goods-coordinated list the countries named after its
    last rate (``per`` is changed in place); True if any rate took them."""
    changed = False
    for k in range(len(drafts) - 2, -1, -1):
        a, b = drafts[k].new.pct, drafts[k + 1].new.pct
        nxt = per[k + 1]
        if not nxt or not _GOODS_AND.fullmatch(sentence, a.end, b.start):
            continue
        if any(a.start <= m.start < b.start for m in mentions):
            continue  # "25% on Canadian steel and 10% on aluminum": its own country
        named_after = {m.code for m in mentions if m.start > b.end}
        targets = [f.target for f in nxt]
        if not set(targets) <= named_after:
            continue
        own = per[k]
        mine = (
            {f.target for f in own} - {"*"}
            if not _GLOBAL.search(sentence, a.start, b.start)
            else {f.target for f in own}
        )
        if own and not mine <= set(targets):
            continue
        d = drafts[k]
        scope_m = _SCOPE.search(sentence, a.end, b.start)
        template = (
            own[0]
            if own
            else dataclasses.replace(
                nxt[0],
                new_rate=_rate_of(d),
                old_rate=d.old,
                additional=d.additional and d.old is None,
                scope=orig[scope_m.start("scope") : scope_m.end("scope")]
                if scope_m
                else nxt[0].scope,
                all_goods=False if scope_m else nxt[0].all_goods,
                rule=f"tariff:{d.rule}",
            )
        )
        shared = [
            dataclasses.replace(
                template,
                imposer=f.imposer,
                target=f.target,
                trace=(*template.trace, "countries of the list's last rate"),
            )
            for f in nxt
        ]
        if shared != own:
            per[k] = shared
            changed = True
    return changed


def _owners(
    owner_end: int, mentions: list[Mention], before: TariffFact, facts: list[TariffFact]
) -> list[TariffFact]:
    """ "US duties fall to 30% while China's drop to 10%": the elided tariffs are the
    owner's, on the goods of the side that levied the rate before."""
    owner = next((m.code for m in mentions if m.end == owner_end), None)
    if owner is None or owner == before.imposer:
        return facts
    return [
        dataclasses.replace(
            f, imposer=owner, target=before.imposer, trace=(*f.trace, "the other side's own")
        )
        for f in facts[:1]
    ]


def _drop_replaced(sentence: str, drafts: list[_Draft]) -> list[_Draft]:
    """ "a 50% tariff instead of the current 15% to 20%": the rate replaced is the
    old rate, no fact of its own, unless the words make it a superseded threat or
    decision ("instead of the 25% Trump had threatened")."""
    drop: set[int] = set()
    for d in drafts:
        if d.rule != "instead-of" or d.old is None:
            continue
        for e in drafts:
            if (
                e is not d
                and e.new.pct.value == d.old
                and 0 < e.new.pct.start - d.new.pct.end <= 80
                and not _superseded(sentence, e.new.pct.end)
            ):
                drop.add(id(e))
                # "instead of 24% and 26% respectively": the replaced rates are a list
                last = e.new.pct.end
                for f in sorted(drafts, key=lambda x: x.new.pct.start):
                    if f.new.pct.start >= last and _REPLACED_LIST_GAP.fullmatch(
                        sentence, last, f.new.pct.start
                    ):
                        drop.add(id(f))
                        last = f.new.pct.end
    return [d for d in drafts if id(d) not in drop] if drop else drafts


_REPLACED_LIST_GAP = regex(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


# "a 25% tariff in March, which he later raised to 35%", "a 26% rate before talks
# cut it to 20%": the first rate is what the later one replaced.
_CHANGED_TO = regex(
    r"(?:,\s*|\s)(?:which|that|before|until|then|but|and)\s+(?:[\w.'’-]+\s+){0,4}?"
    r"(?:later\s+|then\s+|subsequently\s+|since\s+|eventually\s+)?(?:rais|lift|increas|hik|"
    r"cut|lower|reduc|doubl|tripl|halv|slash|push|bump|brought|bring|took|tak)\w*\s+"
    r"(?:(?:it|them|that|this|the\s+(?:rate|tariffs?|levy|duty)|those)\s+)?"
    r"(?:up\s+|down\s+|back\s+)?to\s+(?:about\s+|around\s+)?$"
)


def _changed_later(
    sentence: str, spans: list[tuple[int, int, int]], facts: list[TariffFact]
) -> list[TariffFact]:
    out = list(facts)
    for (_, a_end, a_at), (b_start, _, b_at) in itertools.pairwise(spans):
        if not _CHANGED_TO.search(sentence, a_end, b_start):
            continue
        later = {(f.imposer, f.target) for f in facts[b_at:]}
        for i in range(a_at, b_at):
            f = out[i]
            if f.current and (f.imposer, f.target) in later:
                out[i] = dataclasses.replace(
                    f, current=False, trace=(*f.trace, "replaced later in the sentence")
                )
    return out


# "17.4% for BYD, 19.9% for Geely and 37.6% for SAIC": rates for companies, not
# countries. The pair's fact is the highest of them (anti-dumping convention).
# A rate followed by the firm it is for: "17% for BYD", "18.8% for the second
# maker", "35.3% on cars built by SAIC", "20.7% for other cooperating firms".
_FIRM_NOUN = (
    r"(?:makers?|producers?|exporters?|compan(?:y|ies)|firms?|carmakers?|manufacturers?|"
    r"groups?|mills?)"
)
_FOR_COMPANY = regex(
    r"\s+(?:for|(?:on|for)\s+(?:[\w-]+\s+){0,2}?(?:made|built|produced|exported|shipped)\s+by|"
    r"on\s+th(?:ose|at)\s+(?:from|of|by))\s+"
    r"(?:[A-Z][\w&.-]*|(?:one|another|each)\s+" + _FIRM_NOUN + r"|another\b|"
    r"(?:the\s+|one\s+|another\s+|a\s+)?"
    r"(?:(?:first|second|third|fourth|fifth|other|largest|biggest|remaining|"
    r"non-cooperating|cooperating|uncooperative)\s+)+(?:" + _FIRM_NOUN + r")?|"
    r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|rest)\b)"
    # "12% for the first year, 10% for the second": steps in time, not firms
    r"(?!\s*(?:years?|months?|quarters?|phases?|stages?|tranches?|rounds?|times?)\b)"
)


# "35.3% on SAIC, 18.8% on Geely and 17% on BYD" after "tariffs on Chinese makers of
# electric vehicles": a name that is no country, no day or month, no goods in capitals
_ON_NAME = regex(
    r"\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|December|EVs?|"
    r"US\$|Section|List|Lists)\b)[A-Z][\w&-]*(?=\s*(?:,|;|\.|and\b|while\b|$))"
)
_MAKERS_NAMED = regex(r"\b" + _FIRM_NOUN + r"\b")


def _company_rates(orig: str, mentions: list[Mention], drafts: list[_Draft]) -> int:
    starts = {m.start for m in mentions}
    makers = _MAKERS_NAMED.search(orig) is not None
    n = 0
    for d in drafts:
        m = _FOR_COMPANY.match(orig, d.new.pct.end)
        if m is not None and m.end() - len(m.group().split()[-1]) not in starts:
            n += 1
            continue
        on = _ON_NAME.match(orig, d.new.pct.end) if makers else None
        if on is not None and on.end() - len(on.group().split()[-1]) not in starts:
            n += 1
    return n


# "whatever amount it adds will be stacked onto the 35 per cent": a bare rate with
# "the", after a verb of adding, names a rate the story told before.
_ADDED_TO_THE = regex(
    r"\b(?:stack\w*|add\w*|pil\w*|layer\w*|tack\w*)\s+(?:on|onto|to|upon)\s+(?:the|that)\s+"
    r"(?:existing\s+|current\s+)?$"
)


def _told_before(sentence: str, d: _Draft, ctx: StoryContext) -> bool:
    p = d.new.pct
    return (
        d.rule == "rate"
        and d.old is None
        and p.value in ctx.rate_pairs
        and d.new.anchor < p.start
        and _RIGHT_TARIFF.match(sentence, p.end) is None
        and _ADDED_TO_THE.search(sentence, max(0, p.start - 40), p.start) is not None
    )


# "other cooperating Chinese EV makers would pay 21%, and non-cooperating
# exporters 38.1%": rates told per class of firm, as company-specific ones are.
_FIRM_CLASS_BEFORE = regex(
    r"\b(?:non-?cooperating|cooperating|uncooperative|sampled|all\s+other)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:makers|exporters|producers|companies|firms|manufacturers)\s+"
    r"(?:(?:would|will|must|to|now|also)\s+)*(?:(?:pay|face|get)\s+)?(?:an?\s+|rates?\s+of\s+)?$"
)


def _company_class_rates(sentence: str, drafts: list[_Draft]) -> int:
    return sum(
        1
        for d in drafts
        if _FIRM_CLASS_BEFORE.search(sentence, max(0, d.new.pct.start - 80), d.new.pct.start)
    )


def _highest_per_pair(facts: list[TariffFact]) -> list[TariffFact]:
    top: dict[tuple[str, str], float] = {}
    for f in facts:
        key = (f.imposer, f.target)
        top[key] = max(top.get(key, f.new_rate), f.new_rate)
    return [f for f in facts if f.new_rate == top[(f.imposer, f.target)]]


# Where a CLAUSE_BREAK match can start: at the mark itself, or (offset -1) at
# the blank before it. The pattern is tried only there, not at every character.
_BREAK_MARKS = (
    (";", 0),
    (":", 0),
    (",", 0),
    ("—", -1),
    ("–", -1),
    ("--", -1),
    ("while", -1),
    ("whereas", -1),
)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    starts: set[int] = set()
    for mark, offset in _BREAK_MARKS:
        i = sentence.find(mark)
        while i >= 0:
            if i + offset >= 0:
                starts.add(i + offset)
            i = sentence.find(mark, i + 1)
    cuts = [0]
    done = 0  # finditer's matches never overlap: skip starts inside the last one
    for c in sorted(starts):
        if c < done:
            continue
        m = cues.CLAUSE_BREAK.match(sentence, c)
        if m:
            cuts.append(c)
            done = m.end()
    cuts.append(len(sentence))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a] or [(0, len(sentence))]


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return clauses[-1]


def _rates(
    sentence: str,
    percents: list[Percent],
    words: list[re.Match[str]],
    clauses: list[tuple[int, int]],
    listed: dict[int, ListItem],
    not_words: frozenset[int] = frozenset(),
) -> tuple[list[_Rate], list[Percent]]:
    """The rates of the sentence and its bare increments; a tariff word starting
    at one of ``not_words`` is none (see _bare_tax)."""
    rates: list[_Rate] = []
    increments: list[Percent] = []
    for p in percents:
        if p.points:
            continue
        item = listed.get(p.start)
        if item is not None:
            # A list item's rate belongs to the sentence's tariff word, before or
            # after the list; its own words start at its country.
            w = _list_word(sentence, words, item)
            if w is not None or not words:
                # with no tariff word at all, the list itself says "rates"
                rates.append(_Rate(p, item.mention.start, w.group() if w else "rate"))
            continue
        if p.value == 0 and p.text == FREE:
            rates.append(_Rate(p, p.start, p.text))  # "enter Vietnam duty-free": its own word
            continue
        before = sentence[max(0, p.start - 45) : p.start]
        right = (
            _RIGHT_TARIFF.match(sentence, p.end)
            or _IN_TARIFFS.match(sentence, p.end)
            or _ON_TOP_WORD.match(sentence, p.end)
        )
        if cues.SHARE_AFTER.match(sentence, p.end):
            continue
        if _MOVE_AT.search(before):
            continue  # "the economy grew at a 2.4% rate", "held its key rate at a 2.75%"
        if right is None and cues.CHANGE_BEFORE.search(before) and not _FACE_BEFORE.search(before):
            continue  # "shares fell 3%"; but "drew up 25% tariffs", "face a lower 10%" are rates
        if _BY_BEFORE.search(before) and right is None:
            increments.append(p)  # "raised tariffs by 10%"; "hit by 50% US tariffs" is a rate
            continue
        cs, ce = _clause_of(clauses, p.start)
        if _OFF_AFTER.match(sentence, p.end):
            continue  # "knock 5-10% off the peso", "cut 50% off tariffs": an amount taken off
        if _STANDARD_BEFORE.search(sentence, max(0, p.start - 30), p.start):
            continue  # "on top of the standard 10% import duty": the base every country pays
        if _NOT_AD_VALOREM.search(sentence, max(cs, p.start - 45), min(ce, p.end + 25)):
            continue  # a digital services tax, a per-ton duty, a port fee: no tariff rate
        if _ESTIMATE.search(sentence, cs, p.start) or _ESTIMATE_AFTER.search(sentence, p.end):
            continue  # "average tariffs now stand at 124%": an estimate, not a decision
        if _forecast(sentence, cs, p.start):
            continue  # "analysts expect duties to settle at around 40%": a guess
        word: re.Match[str] | None = None
        own: re.Match[str] | None = None
        if right:
            word = cues.TARIFF_WORD.match(sentence, right.end())
            if word is not None and word.start() in not_words:
                word = None
        elif not words and (base := _BASELINE_AFTER.match(sentence, p.end)):
            word = _BASELINE_WORD.match(sentence, base.end())  # "face only the 10% baseline"
        if word is None or word.start() >= ce:
            word = None
            for w in words:
                if cs <= w.start() and w.end() <= p.start:
                    word = w
            if word is not None and word.group().startswith(_VERB_WORDS):
                # "Tariffs on Canada and Mexico are unchanged: goods outside the pact
                # pay 25%": the verb stands for the tariff the sentence named before.
                noun = [
                    w for w in words if w.end() <= p.start and not w.group().startswith(_VERB_WORDS)
                ]
                if noun and noun[-1].start() < cs:
                    word = noun[-1]
            if rates:
                own = _OWN_ELLIPSIS.search(sentence, rates[-1].pct.end, p.start)
            held = _held_at(sentence, cs, p.start, rates) if word is None else None
            if held is not None and not _COMPARED_AFTER.match(sentence, p.end):
                told = [w for w in words if w.end() <= held]
                if told and not cues.DISTRACTOR.search(sentence, held, p.start):
                    # its own words start at the goods; its tariff word is the sentence's
                    rates.append(_Rate(p, held, told[-1].group()))
                    continue
            if (
                word is None
                and (
                    _FACE_BEFORE.search(before)
                    or _BASE_BEFORE.search(before)
                    or (rates and _ON_FOR_AFTER.match(sentence, p.end))
                    # "duties on cars from China: 17% for one maker, 35.3% for another":
                    # a rate list opened by a colon is the tariff's before the colon
                    or sentence[max(0, p.start - 4) : p.start].rstrip().endswith(":")
                    or _RAISE_IT_BEFORE.search(before)
                    or (rates and _ELLIPSIS_GAP.fullmatch(sentence, rates[-1].pct.end, p.start))
                    or own
                )
            ):
                # "..., while energy and potash are subject to 10%": the tariff
                # word of the clause before carries over to a bare rate.
                for w in words:
                    if w.end() <= p.start:
                        word = w
            if word is None:
                continue
            gap = sentence[word.end() : p.start]
            if len(gap.split()) > 25 or cues.DISTRACTOR.search(gap):
                continue
        elif p.value != 0 and cues.DISTRACTOR.search(
            sentence, max(cs, p.start - 30), p.start
        ):  # a zero in words ("open its market with zero tariffs") is no market move
            continue
        owner = own.start("owner") if word is not None and own is not None else -1
        if (
            word.group() == "rate"
            and sentence.endswith(("the ", "'s ", "’s "), 0, word.start())
            and cues.DISTRACTOR.search(sentence) is not None
        ):
            continue  # "the central bank cut the rate to 3%": a bare rate among money words
        if word.group().startswith(_VERB_WORDS) and _PAYERS.search(
            sentence, max(cs, word.start() - 40), word.start()
        ):
            continue  # "Canadian savers pay 5%": people paying a price, not goods a duty
        rates.append(_Rate(p, word.start(), word.group(), owner))
    return rates, increments


def no_rate_reason(sentence: str, p: Percent) -> str | None:
    """Why ``_rates`` would take the percentage ``p`` of the lowercased ``sentence``
    for no tariff rate whatever its tariff word: a move, a share, an increment,
    an amount taken off, the base rate, a fee per ton, an estimate, a forecast,
    a money word owning it (the tests of ``_rates`` that need no tariff word, in
    its order and on its patterns); None if it may be one. For what is listed
    beside the facts (unread.py), never for a fact: ``_rates`` decides those."""
    if p.points:
        return "points"
    why = _no_rate_around(sentence, p.start, p.end)
    if why is not None:
        return why
    right = _right_word(sentence, p.end)
    cs, ce = _clause_of(_clauses(sentence), p.start)
    if _OFF_AFTER.match(sentence, p.end):
        return "off"
    if _STANDARD_BEFORE.search(sentence, max(0, p.start - 30), p.start):
        return "standard"
    if _NOT_AD_VALOREM.search(sentence, max(cs, p.start - 45), min(ce, p.end + 25)):
        return "not ad valorem"
    if _ESTIMATE.search(sentence, cs, p.start) or _ESTIMATE_AFTER.search(sentence, p.end):
        return "estimate"
    if _forecast(sentence, cs, p.start):
        return "forecast"
    # A money word between the rate and its tariff word owns the rate ("tariffs
    # ... as the dollar fell 4%"); with no tariff word before it in its clause,
    # one anywhere before it in the clause does ("the bank cut its rate to 3%").
    if right is not None:
        if p.value != 0 and cues.DISTRACTOR.search(sentence, max(cs, p.start - 30), p.start):
            return "money"
        return None
    gap = cs
    for w in cues.TARIFF_WORD.finditer(sentence, cs, p.start):
        gap = w.end()
    if cues.DISTRACTOR.search(sentence, gap, p.start):
        return "money"
    return None


def _no_rate_around(text: str, start: int, end: int) -> str | None:
    """The first tests of ``no_rate_reason``: those that read only the words right
    around the percentage at ``start:end`` of the lowercased ``text`` ("shares fell
    3%", "a 2.4% annual rate", "40% of exports", "raised by 10%")."""
    before = text[max(0, start - 45) : start]
    if cues.SHARE_AFTER.match(text, end):
        return "share"
    if _MOVE_AT.search(before):
        return "pace"
    right = None
    if cues.CHANGE_BEFORE.search(before) or _BY_BEFORE.search(before):
        right = _right_word(text, end)
    if right is None and cues.CHANGE_BEFORE.search(before) and not _FACE_BEFORE.search(before):
        return "move"
    if right is None and _BY_BEFORE.search(before):
        return "increment"
    return None


def _right_word(sentence: str, end: int) -> re.Match[str] | None:
    """A tariff word right after a percentage ending at ``end`` ("25% tariffs")."""
    return (
        _RIGHT_TARIFF.match(sentence, end)
        or _IN_TARIFFS.match(sentence, end)
        or _ON_TOP_WORD.match(sentence, end)
    )


def firm_rate(orig: str, p: Percent, mentions: list[Mention]) -> bool:
    """``p`` of the sentence ``orig`` (as written: firms are told by their capitals)
    is one firm's or one class of firms' rate ("17.4% for BYD", "non-cooperating
    exporters 38.1%"), not a country's ("25% for Canada": ``mentions`` are the
    sentence's countries): of those the rules keep the highest per pair (SPEC)."""
    m = _FOR_COMPANY.match(orig, p.end)
    if m is not None:
        return m.end() - len(m.group().split()[-1]) not in {x.start for x in mentions}
    low = cues.lower(orig[max(0, p.start - 80) : p.start])
    return _FIRM_CLASS_BEFORE.search(low) is not None


def _held_at(sentence: str, cs: int, at: int, rates: list[_Rate]) -> int | None:
    """Where the goods a rate at ``at`` holds begin ("imports from the U.K. are capped
    at 10%", "... and from the EU and Japan at up to 15%"), if its clause says so."""
    goods = _GOODS_AT.search(sentence, cs, at)
    if goods is not None:
        return goods.start()
    more = _AND_FROM_AT.match(sentence, rates[-1].pct.end, at) if rates else None
    return more.start() if more is not None else None


def _list_word(sentence: str, words: list[re.Match[str]], item: ListItem) -> re.Match[str] | None:
    """The tariff word a list item's rate belongs to: the last one before the
    item with no other quantity in between, else the first one after it."""
    for w in words:
        if item.mention.end <= w.start() and w.end() <= item.pct.start:
            return w  # "The European Union is to be charged 20%, Vietnam 46%"
    before = [w for w in words if w.end() <= item.mention.start]
    if before and not cues.DISTRACTOR.search(sentence, before[-1].end(), item.mention.start):
        return before[-1]
    # "Japan faces a 24% rate and India 26%": the item's own noun, else one after it
    return next((w for w in words if w.start() >= item.pct.end), None)


def _group(sentence: str, rates: list[_Rate], clauses: list[tuple[int, int]]) -> list[_Draft]:
    drafts: list[_Draft] = []
    used: set[int] = set()
    for i, r in enumerate(rates):
        if i in used:
            continue
        p = r.pct
        before = sentence[max(0, p.start - 40) : p.start]
        nxt = rates[i + 1] if i + 1 < len(rates) else None
        between = sentence[p.end : nxt.pct.start] if nxt else ""
        same_clause = nxt is not None and _clause_of(clauses, p.start) == _clause_of(
            clauses, nxt.pct.start
        )
        d = _Draft(r, trace=[p.text])
        on_top = nxt is not None and _ON_TOP.fullmatch(between) is not None
        third = rates[i + 2] if on_top and i + 2 < len(rates) else None
        if third is not None and nxt and _TOTAL_TO.search(sentence, nxt.pct.end, third.pct.start):
            if _ADDITIONAL_BEFORE.search(sentence, max(0, p.start - 30), p.start):
                # "an extra 100% ... on the existing 30%, bringing the total to 130%":
                # the increment is no rate; the base and the total are.
                d = _Draft(third, old=nxt.pct.value, rule="on-top-total")
                d.trace = [p.text, nxt.pct.text, third.pct.text]
                used.add(i + 2)
                drafts.append(d)
                continue
            # "the new 125% rate comes on top of a 20% levy, bringing the total to
            # 145%": three rates in force, each a fact; the rules below read them.
        elif on_top and nxt is not None:
            # "a 100% surtax on top of the existing 6.1% tariff": the increment
            # and its base add up to the rate paid.
            d.total = round(p.value + nxt.pct.value, 3)
            d.old, d.old_pct, d.rule = nxt.pct.value, nxt.pct, "on-top"
            d.trace.append(nxt.pct.text)
            used.add(i + 1)
        elif nxt is not None and _brought_down(sentence, before, between):
            # "will bring its stacked 145% levies on most Chinese imports, the
            # fentanyl charge included, down to 30%": the rate carried is the old
            # one, however long the goods phrase between
            d = _Draft(
                nxt, old=p.value, old_pct=p, rule="bring-X-down-to-Y", trace=[p.text, nxt.pct.text]
            )
            used.add(i + 1)
        elif p.lo is not None:
            if (
                p.lo_sep == "to"
                and _FROM_BEFORE.search(before)
                and not _RANGE_BEFORE.search(sentence[max(0, p.start - 60) : p.start])
            ):
                d.old, d.rule = p.lo, "from-to"
            else:
                # "tariffs of 25 and 10 percent": tiers of one list, the highest
                d.rule = "range-max"
                d.total = max(p.lo, p.value) if p.lo > p.value else None
        elif (
            nxt
            and same_clause
            and _FROM_TO_BETWEEN.fullmatch(between)
            and (_FROM_BEFORE.search(before))
            and not _RANGE_BEFORE.search(sentence[max(0, p.start - 60) : p.start])
        ):
            d = _Draft(nxt, old=p.value, old_pct=p, rule="from-to", trace=[p.text, nxt.pct.text])
            d.background_old = _threat_named_before(sentence, p.start)
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and (
                re.fullmatch(r"\s*(?:to|-|–|or)\s*", between)
                or (
                    re.fullmatch(r"\s*and\s*", between)
                    and _RANGE_BEFORE.search(sentence[max(0, p.start - 60) : p.start])
                )
            )
        ):
            # A range; "tariffs of 5% and 10%" without "between" are two tiers, two facts.
            d = _Draft(nxt, rule="range-max", trace=[p.text, nxt.pct.text])
            d.total = p.value if p.value > nxt.pct.value else None  # "25% or 10%"
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and (
                (_TO_FROM_BETWEEN.fullmatch(between) and _STRICT_TO.search(before))
                or _DOWN_FROM.search(between)
            )
        ):
            d.old, d.old_pct, d.rule = nxt.pct.value, nxt.pct, "to-from"
            d.trace.append(nxt.pct.text)
            d.background_old = _superseded(sentence, nxt.pct.end) or _threat_named_before(
                sentence, nxt.pct.start
            )
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and _FROM_OLD.search(sentence, max(p.end, nxt.pct.start - 50), nxt.pct.start)
            and not _PERCENT_SIGN.search(sentence, p.end, max(p.end, nxt.pct.start - 50))
        ):
            # "tariffs of 50% took effect, doubling the rate from 25%": the second
            # rate is where the first came from, not a fact of its own.
            d.old, d.old_pct, d.rule = nxt.pct.value, nxt.pct, "X-changing-from-Y"
            d.trace.append(nxt.pct.text)
            # "..., down from the 25% Trump had proposed": a superseded rate of its own
            d.background_old = _superseded(sentence, nxt.pct.end) or _threat_named_before(
                sentence, nxt.pct.start
            )
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and _ADDITIONAL_BEFORE.search(before)
            and _TOTAL_TO.search(sentence, p.end, nxt.pct.start)
        ):
            d = _Draft(
                nxt,
                old=nxt.pct.value - p.value,
                old_pct=p,
                rule="increment-total",
                trace=[p.text, nxt.pct.text],
            )
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and nxt.anchor == r.anchor
            and _STRICT_TO.search(sentence, max(0, nxt.pct.start - 30), nxt.pct.start)
            and not re.search(r"[,;]|\band\b|\bfrom\b", between)
        ):
            # "halve the 15% tariff on Chinese goods to 7.5%": the first rate is the old one
            d = _Draft(
                nxt, old=p.value, old_pct=p, rule="verb-X-to-Y", trace=[p.text, nxt.pct.text]
            )
            used.add(i + 1)
        elif (
            nxt
            and same_clause
            and nxt.anchor == r.anchor
            and r.anchor > p.start
            and _PASSIVE_TO.search(sentence, max(0, nxt.pct.start - 40), nxt.pct.start)
        ):
            # "The 145% tariff on Chinese goods, which ..., was cut to 30%": the
            # first rate is the old one, and a past fact of its own.
            d = _Draft(
                nxt,
                old=p.value,
                old_pct=p,
                rule="X-was-changed-to-Y",
                past_old=True,
                trace=[p.text, nxt.pct.text],
            )
            used.add(i + 1)
        drafts.append(d)
    for d in drafts:
        _complete(sentence, d, clauses)
    return drafts


# "lifted its 125% tariffs on a handful of US medical products": a removal for
# some goods only leaves the rate on the rest
_PARTIAL_GOODS = regex(
    r"\s*(?:[\w-]+\s+){0,2}?(?:on|for|from)\s+(?:an?\s+(?:number|handful|range|list|raft|"
    r"series|host|few|small\s+number|select\s+group)\s+of|some|certain|several|select(?:ed)?|"
    r"dozens\s+of|scores\s+of|\d+\s+(?:types|kinds|categories|items)\s+of|part\s+of)\s"
)
# "exempted some US imports from its 125% tariffs", "excluding smartphones and
# laptops from its 145% tariffs": goods let off a rate that stays
_EXEMPT_GOODS_FROM = regex(
    r"\b(?:exempt(?:s|ed|ing)?|exclud(?:e|es|ed|ing)|spar(?:e|es|ed|ing))\s+"
    r"(?:(?!from\b)[\w.'’-]+\s+){0,6}?(?:imports?|goods|products|items|exports|equipment|parts|"
    r"chips|semiconductors|drugs|pharmaceuticals|medicines|devices|electronics|smartphones|"
    r"laptops|computers|cars|vehicles|aircraft|machinery|chemicals|energy|food)\s+"
    r"(?:(?!from\b)[\w.'’-]+\s+){0,4}?from\s+(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$"
)


# "doubled the tariff on cars to 120 percent, on alcoholic drinks to 140 percent and
# on leaf tobacco to": one verb, then its list of goods, each with its new rate
_ITEM_TO = r"\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?on\s+[^,;%]{1,40}?\s+to\s+"
_LIST_OF_TO = regex(
    rf"(?:{_ITEM_TO}\d+(?:\.\d+)?\s*(?:%|percent|per\s*cent)\s*(?:,\s*(?:and\s+)?|and\s+))+"
    rf"{_ITEM_TO[3:]}"
)


def _complete(sentence: str, d: _Draft, clauses: list[tuple[int, int]]) -> None:
    """Fill old rate, removal and increment flags from the words around one draft."""
    p = d.new.pct
    cs, ce = _clause_of(clauses, p.start)
    before = sentence[max(cs, p.start - 60) : p.start]
    if d.old is None:
        m = _BY_TO.search(before)
        if m:
            n = float(m.group("n"))
            cut = _CUT_VERB.search(sentence, cs, p.start)
            d.old = round(p.value + n if cut else p.value - n, 3)
            d.rule = "by-points-to"
            d.trace.append(m.group().strip())
    clause = sentence[cs:ce]
    if d.old is None and cues.has_any(clause, _MULTIPLIER_STEMS):
        for pattern, factor in _MULTIPLIER:
            m = pattern.search(clause)
            if (
                m
                and _PERCENT_SIGN.search(clause, m.end(), max(m.end(), p.start - cs))
                and not _LIST_OF_TO.fullmatch(clause, m.end(), max(m.end(), p.start - cs))
            ):
                # "halved ... to 10% from 20%, bringing ... to 47%": not the 47's verb
                # (but "doubled the tariff on cars to 120%, on drinks to 140%" is)
                m = None
            if m and _TO_BEFORE.search(sentence, max(0, p.start - 30), p.start):
                d.old = round(p.value * factor, 3)
                d.rule = "multiplied-to"
                d.trace.append(m.group())
                break
    if (
        d.old is None
        and d.rule == "rate"
        and p.value != 0
        and not _REMOVE_BLOCK.search(before)
        and not threat_called_off(sentence, cs, p.start, p.end)
        and (
            _removal(sentence, max(cs, p.start - 50), p.start)
            or _PASSIVE_REMOVED.match(sentence, p.end) is not None
            or _lapsed(sentence, p.end)
        )
    ):
        d.old, d.removal, d.rule = p.value, True, "removed"
        d.standing = (
            _HEDGED_REMOVAL.search(sentence, max(cs, p.start - 90), p.start) is not None
            or _PARTIAL_GOODS.match(sentence, p.end) is not None
        )
    elif (
        d.old is None
        and d.rule == "rate"
        and p.value != 0
        and _EXEMPT_GOODS_FROM.search(sentence, max(cs, p.start - 110), p.start) is not None
    ):
        # "exempted some US imports from its 125% tariffs": those goods go free,
        # the rate stays on the rest
        d.old, d.removal, d.rule, d.standing = p.value, True, "removed", True
    if d.old is None and p.value != 0:
        hint = old_rate(sentence, p.start, p.end, cs)  # rarer shapes: "instead of", "brought back"
        if hint is not None:
            d.old, d.rule = hint
    if p.value == 0:
        d.rule = "zero" if d.rule == "rate" else d.rule
        return  # "scrap tariffs", "free of duties": no increment, no old rate in the words
    if d.old is None and (
        _ADDITIONAL_BEFORE.search(sentence, max(0, p.start - 30), p.start)
        or _ADDITIONAL_AFTER.match(sentence, p.end)
        or (
            ("addition" in sentence or "top of" in sentence)
            and _STACKED_AFTER.match(sentence, p.end, p.end + 90)
        )
    ):
        d.additional = True
        d.rule = "additional"


# "down from the 46% rate threatened in April": a threat that never applied is a
# fact of its own (threatened, no longer current), not only the old rate.
# The rate a change starts from, named a threat before it: "down from the threatened
# 46%", "from the proposed level of 32% to 19%": a superseded threat, its own fact
# (current false) as well as the old rate.
_THREAT_NAMED_BEFORE = regex(
    r"\b(?:threatened|proposed|floated|mooted|promised|warned-of)\s+"
    r"(?:(?:level|rate|tariff|levy|duty)\s+of\s+)?(?:about\s+|around\s+|nearly\s+)?$"
)


def _threat_named_before(sentence: str, at: int) -> bool:
    return _THREAT_NAMED_BEFORE.search(sentence, max(0, at - 40), at) is not None


_THREAT_AFTER = regex(
    r"\s*(?:(?:rate|tariff|levy|duty)\s+)?(?:(?:that|which)\s+)?(?:[\w.'’-]+\s+){0,2}?"
    r"(?:had\s+)?(?:been\s+)?(?:threatened|proposed|floated|mooted)\b"
)


# "down from the 46% announced in April", "instead of the 30% set last month": a
# rate decided earlier and replaced is history of its own, as a threat is.
_EARLIER_AFTER = regex(
    r"\s*(?:(?:rate|tariff|levy|duty)\s+)?(?:(?:that|which)\s+)?(?:(?:was|had\s+been)\s+)?"
    r"(?:(?:first|initially|originally)\s+)?(?:announced|unveiled|imposed|set|slapped|levied|"
    r"planned|demanded|sought)\s+(?:in|on|last|earlier|by|at|this|for)\b"
)


# "down from the 46% it was due to face in July", "instead of the 30% they were
# set to pay": a rate scheduled and never reached is history of its own.
_SCHEDULED_AFTER = regex(
    r"\s*(?:(?:rate|tariff|levy|duty)\s+)?(?:that\s+|which\s+)?(?:[\w.'’-]+\s+){0,2}?"
    r"(?:was|were|had\s+been)\s+(?:due|set|scheduled|slated|expected|supposed)\s+to\b"
)


def _superseded(sentence: str, at: int) -> bool:
    return (
        old_is_background(sentence, at)
        or _THREAT_AFTER.match(sentence, at) is not None
        or _EARLIER_AFTER.match(sentence, at) is not None
        or _SCHEDULED_AFTER.match(sentence, at) is not None
    )


# "The surtax comes on top of the existing 6.1% import tariff": a base alone,
# which the story's last rate, for the same pair, stacks on.
_BASE_BEFORE = regex(
    r"\b(?:on\s+top\s+of|stack\w*\s+(?:on(?:to)?|atop)(?:\s+top\s+of)?|atop)\s+"
    r"(?:(?:the|its|an?|existing|current|already|standing|previous|earlier)\s+)*$"
)


def _add_to_last(sentence: str, d: _Draft, ctx: StoryContext) -> None:
    p = d.new.pct
    if ctx.last_fact is None or ctx.last_rate is None or not ctx.last_rate:
        return
    if _BASE_BEFORE.search(sentence, max(0, p.start - 50), p.start) is None:
        return
    d.total = round(ctx.last_rate + p.value, 3)
    d.old, d.rule = p.value, "on-top-of-last"


def _rate_of(d: _Draft) -> float:
    return 0.0 if d.removal else float(d.total or d.new.pct.value)


# "25 per cent tariffs on British steel are removed": the rate's own words, then
# a passive verb of removal.
_PASSIVE_REMOVED = LiteralGated(
    regex(
        r"[^%;:.]{0,80}?\b(?:are|is|were|was|will\s+be|would\s+be|have\s+been|has\s+been|be)\s+"
        r"(?:(?:fully|completely|also|now)\s+)?(?:removed|lifted|scrapped|eliminated|dropped|"
        r"abolished|waived|repealed|withdrawn|rescinded)\b"
    )
)


# "South Africa's 9% safeguard duties lapsed in January": a tariff that ran its
# term out is gone as if lifted. Past tense only: "will expire in June" dates
# the rate's end, it does not end it. A clause of time in between ("after the
# truce expired") is about something else.
_LAPSED = regex(
    r"(?:(?!\b(?:after|when|once|as|since|before|until|because|while|if|unless)\b)"
    r"[^%;:.]){0,70}?\b(?:(?:had|has|have)\s+)?(?:expired|lapsed|ran\s+out|"
    r"(?:was|were|had\s+been)\s+allowed\s+to\s+(?:lapse|expire))\b"
)
_LAPSED_STEMS = ("expired", "lapse", "ran out")


def _lapsed(sentence: str, end: int) -> bool:
    tail = sentence[end : end + 110]
    return any(s in tail for s in _LAPSED_STEMS) and _LAPSED.match(sentence, end) is not None


# A removal only weighed, proposed or hoped for leaves the rate in force.
_HEDGED_REMOVAL = regex(
    r"\b(?:whether|weigh\w*|consider\w*|mull\w*|propos\w*|could|may|might|urg\w*|"
    r"call\w*\s+(?:on|for)|push\w*\s+(?:to|for)|seek\w*|plan\w*|threat\w*)\b"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:to\s+)?(?:scrap|lift|remov|drop|eliminat|end|withdr|repeal)"
)


def _removal(sentence: str, start: int, end: int) -> bool:
    """A verb of removal governs the rate at ``end``, and not as a condition:
    "unless it withdraws the 34% levy" leaves the 34% in force."""
    m = _REMOVE_VERB.search(sentence[start:end])
    return (
        m is not None
        and not CONDITION_BEFORE.search(sentence, max(0, start + m.start() - 40), start + m.start())
        and not appealed(sentence, start + m.start())
    )


def _lone_increments(
    sentence: str,
    increments: list[Percent],
    drafts: list[_Draft],
    words: list[re.Match[str]],
    clauses: list[tuple[int, int]],
) -> list[_Draft]:
    """ "raise tariffs by 10%" with no total: an increment, reported as additional."""
    out: list[_Draft] = []
    for p in increments:
        clause = _clause_of(clauses, p.start)
        if any(_clause_of(clauses, d.new.pct.start) == clause for d in drafts):
            continue  # "by 115%" beside "from 125% to 10%" is only the size of the cut
        cs, _ = clause
        if not _RAISE_VERB.search(sentence, max(cs, p.start - 60), p.start):
            continue
        word = next((w for w in words if cs <= w.start() < p.start), None)
        if word is None:
            continue
        out.append(
            _Draft(
                _Rate(p, word.start(), word.group()),
                additional=True,
                rule="by-increment",
                trace=[p.text],
            )
        )
    return out


def _facts(
    sentence: str,
    orig: str,
    d: _Draft,
    k: int,
    drafts: list[_Draft],
    starts: list[int],
    roles: list[Role],
    clauses: list[tuple[int, int]],
    ctx: StoryContext,
    confidence: float,
) -> list[TariffFact]:
    cs, ce = _clause_of(clauses, d.new.pct.start)
    prev_end = drafts[k - 1].end if k and drafts[k - 1].end > cs else cs
    nxt = starts[k + 1] if k + 1 < len(drafts) and starts[k + 1] < ce else ce
    region = (prev_end, nxt)
    anchor = starts[k]
    word_at = d.new.anchor
    # a list item's own goods ("..., on wine to 50%") before the shared word's first
    scope_m = _SCOPE.search(sentence, prev_end, nxt) if word_at < prev_end < anchor else None
    scope_m = scope_m or (_SCOPE.search(sentence, word_at, nxt) if word_at < anchor else None)
    if scope_m is not None and any(
        o.end <= scope_m.start() and not sentence[o.end : scope_m.start()].strip()
        for o in drafts[:k]
    ):
        # "duties of 30% on copper and 16% on zinc": goods right after a rate before
        # are that rate's, and this list names each item's goods after its rate
        scope_m = None
    scope_m = scope_m or _SCOPE.search(sentence, anchor, nxt)
    while scope_m is not None and (when := _WHEN_NOT_GOODS.match(scope_m.group("scope"))):
        # "the 15% tariffs due to start on Sunday on $160 billion of goods": the day
        # says when; the goods may follow it at once, after their own "on" (an "on"
        # further on may be another tariff's: "on Tuesday, in answer to duties on")
        after = scope_m.start("scope") + when.end()
        later = _SCOPE.match(
            sentence, after + len(sentence[after:]) - len(sentence[after:].lstrip())
        )
        if later is None or later.end() > nxt:
            break
        scope_m = later
    told_by = _RELATIVE_GOODS.match(sentence, word_at + len(d.new.word))
    if (
        told_by is not None
        and told_by.end() <= nxt
        and (scope_m is None or told_by.start() < scope_m.start())
        and _GOODS_SCOPE.search(told_by.group("scope"))
    ):
        # "25% tariffs that together cover $50 billion of goods, answered with levies
        # on US products", "tariffs that were due to hit $160 billion of goods on
        # Sunday": the tariff's own clause names its goods; a later "on" is another's
        scope_m = told_by
    if _APPLY_VERB.search(sentence, cs, ce) and (
        scope_m is None
        or not _GOODS_SCOPE.search(scope_m.group("scope"))
        or _WHEN_NOT_GOODS.match(scope_m.group("scope"))
    ):
        # no goods after "on" ("starting on Monday" is when): the goods it is applied
        # to, if named ("applies to US imports of products whose country of origin
        # is China" names none, and where they come from is read as before)
        applied = _APPLIED_SCOPE.search(sentence, min(word_at, anchor), nxt)
        if applied is not None and not scopes.is_broad(
            scopes.scope_key(applied.group("scope"), False)
        ):
            scope_m = applied
    if scope_m is not None and (
        "trading partner" in scope_m.group("scope")
        or _ONE_PARTNER.search(sentence, max(0, scope_m.start() - 8), scope_m.end())
    ):
        # "on one of America's top trading partners", "on its southern neighbour":
        # a country, not goods
        scope_m = None
    if d.target is not None:
        targets = [d.target]
    else:
        targets = _targets(sentence, roles, anchor, region, cs, len(drafts) == 1, word_at)
    if (
        targets
        and "" not in targets
        and "*" not in targets
        and _global_rate(sentence, d.new.pct, roles)
    ):
        # "the 10% base duty stays", "a new 10% global levy": the rate's
        # own words name every partner; a country of another phrase is no target
        targets = ["*"]
    elif (
        d.target is None
        and scope_m is not None
        and targets
        and "" not in targets
        and "*" not in targets
        and _affected_not_taxed(sentence, roles, scope_m, targets)
    ):
        # "the 50% tariff on steel imports falls hardest on Canada": the rate's own
        # goods come from anywhere; a country named outside them is one it hurts
        targets = ["*"]
    elif d.target is None and targets and _group_elsewhere(sentence, roles, targets, region, d):
        # "Brazil was hit with 50%, and the order sets 10% to 41% for 60 other
        # countries": the second rate's partners are the group its own words name
        return []
    trace = [*list(d.trace), d.new.word]
    won_cut = _won_cut_sides(sentence, roles, cs, word_at)
    if won_cut:
        targets = won_cut
    if not targets and scope_m and re.match(r"(?:its|their)\b", scope_m.group("scope")):
        own = [
            r
            for r in roles
            if r.role == SUBJECT and r.mention.start < anchor and r.mention.kind != OFFICIAL
        ]
        if not own and (ahead := _opening_phrase_owner(sentence, roles, scope_m.start())):
            # "Angered by Washington's 20% duty on its shrimp, Vietnam ...": "its"
            # in a phrase that opens the sentence is the subject named after it
            own = [ahead]
        targets = [own[-1].mention.code] if own else []
    elif scope_m and _OWN_GOODS.search(scope_m.group("scope")):
        # "... and accept a 15% US tariff on most of its exports": the goods of the
        # sentence's subject, whatever country an earlier phrase named
        # "its"/"their" is never a person's: in "Switzerland is reeling after Trump
        # slapped 39% on its exports" the goods are Switzerland's, not Trump's
        owners = [
            r
            for r in roles
            if r.role in (SUBJECT, IMPOSER)
            and r.mention.start < anchor
            and r.mention.kind != OFFICIAL
        ]
        # "will charge Mexico a 30% tariff on its goods": the country the rate is
        # handed to, right before it, owns the goods
        handed = [
            r for r in roles if r.role == TARGET and 0 <= d.new.pct.start - r.mention.end <= 8
        ]
        # "Australia was hit by Chinese tariffs of 218% on its wine": the side hit
        # owns the goods, not the levier named between
        leviers = {r.mention.code for r in roles if r.role == IMPOSER}
        hit = [
            r
            for r in roles
            if r.faces and r.mention.start < anchor and r.mention.code not in leviers
        ]
        if handed:
            owners = handed
        elif hit:
            owners = hit
        else:
            # "Canada accused the US of imposing 10% duties on its aluminum": the
            # side that levies does not own the goods taxed
            owners = [r for r in owners if r.role != IMPOSER] or owners
            ahead = _opening_phrase_owner(sentence, roles, scope_m.start("scope"))
            if ahead is not None and all(r.role == IMPOSER for r in owners):
                # "In response to Washington's 25% levy on its steel, Ottawa slapped
                # ...": "its" in a phrase that opens the sentence is the main
                # clause's subject, named after the comma
                owners = [ahead]
        # "telling Peru it would face a 14% tariff on its exports to Canada": the
        # side told is the one whose goods "its" are, not the teller.
        told = [
            r
            for r in roles
            if r.mention.start < anchor and _TOLD_IT.match(sentence, r.mention.end) is not None
        ]
        if told:
            targets = [told[-1].mention.code]
        elif owners:
            targets = [owners[-1].mention.code]
    if not targets:
        # A global word of this rate's own words ("a 10% baseline tariff"), not
        # of its neighbour's in a list ("a 10% baseline tariff, 20% duties").
        # The first rate of a sentence also takes one from the clauses before it
        # ("imports from all countries ..., and those exempt ... will stay at 10%").
        own_global = _GLOBAL.search(sentence, max(cs, region[0]), region[1])
        before = not k and _GLOBAL_PARTNERS.search(sentence, 0, region[1])
        targets = ["*"] if own_global or before else [""]
        if _ONE_PARTNER.search(sentence, max(cs, region[0]), region[1]):
            # "a 5% across-the-board tariff on one of America's top trading partners":
            # all goods of one partner the story names, not every country
            targets = [""]
    concerned = False
    concerned_levier: str | None = None
    if targets in ([""], ["*"]) and _EACH_CONCERNED.search(sentence, max(cs, region[0]), region[1]):
        # "probes into France, Italy and Spain ... 25% on goods from the country
        # concerned": the rate on each country of the story's last list
        listed, concerned_levier = ctx.listed_before(orig)
        if len(listed) > 1:
            targets, concerned = list(listed), True
    out: list[TariffFact] = []
    window_start = prev_end
    window_end = d.old_pct.start if d.background_old and d.old_pct else nxt
    d_end = d.end
    tail = sentence[d_end:window_end]
    if " and " in tail or " but " in tail:
        window_end = own_words_end(sentence, d_end, window_end, later_rate=window_end < ce)
    head = sentence[window_start : d.start]
    if " but " in head or " and " in head:
        window_start = own_words_start(sentence, window_start, d.start)
    lo, hi = _list_span(sentence, drafts, starts, k, cs, ce) if len(drafts) > 1 else (k, k)
    if hi > lo:
        # "rates of 34% on China, 20% on the EU and 46% on Vietnam ... from April 9":
        # one verb and one date for every rate of the list.
        window_start = drafts[lo - 1].end if lo and drafts[lo - 1].end > cs else cs
        window_end = starts[hi + 1] if hi + 1 < len(drafts) and starts[hi + 1] < ce else ce
        rel = _RELATIVE_AFTER.search(sentence, drafts[hi].new.pct.end, window_end)
        if rel and k < hi:  # "... and the 24% tariff that had been threatened": the last's own
            window_end = rel.start()
    reading = read_clause(
        sentence,
        orig,
        window=(window_start, window_end),
        rate=(d.new.pct.start, d.new.pct.end),
        fact=(d.start, d_end),
        clause=(cs, ce),
        stop=d.old_pct.start if d.background_old and d.old_pct is not None else ce,
        in_list=hi > lo,
        published=ctx.published,
    )
    status, current = reading.status, reading.current
    if current and hi > lo and k > lo:
        # "At the time Turkey taxed rice at 50%, spirits at 140% and cars at 120%":
        # a time told before the list's first rate is every item's.
        first = drafts[lo].new.pct
        current = is_current(
            sentence, orig, (first.start, first.end), (cs, ce), first.end, ctx.published
        )
    effective, expires = reading.effective, reading.expires
    relief_words = cues.has_any(sentence, _RELIEF_STEMS)
    scope_text = (
        orig[scope_m.start("scope") : _goods_list_end(sentence, scope_m)] if scope_m else None
    )
    goods_named = False
    clause_goods = (
        _origin_goods_bearing(sentence, roles, cs, d)
        if scope_m is not None and scope_m.start() < cs
        else None
    )
    if clause_goods is not None:
        # "cut its tariff on Japanese cars to 15%, while Japanese steel will still pay
        # 50%": a rate in a clause of its own whose subject is goods is on them
        scope_text = orig[clause_goods.start("goods") : clause_goods.end("goods")]
        goods_named = True
    countries_only = (
        clause_goods is None
        and scope_m is not None
        and _names_only_countries(sentence, roles, scope_m.start("scope"), scope_m.end("scope"))
    )
    if scope_text is None or not _GOODS_SCOPE.search(scope_text.lower()) or countries_only:
        # "the aluminum tariff", "25% steel tariffs": goods named before the word;
        # "tariffs on Canada and Mexico ...: energy and potash pay 10%": the phrase
        # after "on" names the targets, and the goods may still be told
        goods = _GOODS_BEFORE_WORD.search(sentence, max(0, word_at - 40), word_at)
        if goods is None:
            # "will hit C$30 billion of American goods with 25% tariffs": the object
            # of hitting, told before the rate it is hit with
            goods = _HIT_GOODS_WITH.search(
                sentence, max(cs, d.new.pct.start - 120), d.new.pct.start
            )
        if goods is None:
            # "Imports of steel into the US now face 50%", "Canadian energy products
            # facing a lower 10%": goods named as the subject of the rate's clause
            goods = _GOODS_LIST_SUBJECT.search(
                sentence, max(cs, d.new.pct.start - 120), d.new.pct.start
            )
            if goods is None or not (
                goods.group("origin") or _ANY_GOODS_NOUN.search(goods.group("goods"))
            ):
                goods = _GOODS_SUBJECT.search(
                    sentence, max(cs, d.new.pct.start - 120), d.new.pct.start
                )
        if goods is None:
            goods = _origin_goods_bearing(sentence, roles, max(cs, d.new.pct.start - 120), d)
        if goods is not None:
            scope_text, goods_named = orig[goods.start("goods") : goods.end("goods")], True
        elif scope_text is not None and _WHEN_NOT_GOODS.match(scope_text.lower()):
            scope_text = None  # "starting on Sunday", "on 1 July": when, not what
    elif not goods_named and scopes.scope_key(scope_text, False) == scopes.ALL_GOODS:
        # "its rice tariffs on US imports": the goods the tariff word is named for,
        # where the words after "on" name only whose goods
        before = _GOODS_BEFORE_WORD.search(sentence, max(0, word_at - 40), word_at)
        if before is not None:
            scope_text, goods_named = orig[before.start("goods") : before.end("goods")], True
    scope, all_goods = _scope(scope_text, roles)
    # A rate that names no goods takes the goods the sentence named before it
    # for the same target ("made its duties on Thai rice permanent, fixing
    # rates of 40% to 95%"): (goods, codes of the countries in them).
    earlier_goods = _earlier_goods(sentence, orig, roles, d.start) if all_goods else None
    mutual: dict[str, str] = {}
    pair = ctx.main_pair() if targets == [""] and _MUTUAL.search(sentence, cs, ce) else None
    if pair is not None:
        # "each slapped 25% tariffs on the other's goods": both ways of the story's pair
        mutual = {pair[0]: pair[1], pair[1]: pair[0]}
        targets = list(mutual)
    # "Trump imposed the tariffs last year - 25% on steel": a plural back-reference
    # with no country of its own means every target of the levier's last rate.
    plural_back = targets == [""] and (
        _PLURAL_BACK.search(sentence, cs, d.new.pct.start) is not None
        # "potash from either country ...; potash that does not qualify pays 10%"
        or _EITHER_COUNTRY.search(sentence, 0, d.new.pct.start) is not None
    )
    siblings: dict[str, str] = {}  # target -> imposer, for the other targets carried
    group = _own_group(sentence, (max(cs, region[0]), region[1]), d.new.pct.end)
    members = _members(sentence, group, roles) if group is not None else set()
    group_only = group is not None and not members
    for target in targets:
        imposer: str | None
        if target in siblings:
            imposer, how = siblings[target], "story"
        elif target in mutual:
            imposer, how = mutual[target], "mutual"
        elif won_cut:
            # the side that won the cut faces the tariff; the story's levier levies it
            imposer, how = ctx.default_imposer(target, set(won_cut)), "won cut"
        else:
            imposer, how = _imposer(sentence, roles, anchor, region, cs, target, ctx)
            if concerned and (not imposer or (concerned_levier and how not in _NAMED_HOW)):
                # no levier named in the sentence: the list's own sentence names it
                imposer = concerned_levier or ctx.default_imposer(target, set(targets))
                how = "story"
        if not target and not imposer and group_only:
            continue  # "rates of 10% to 41% for 60 other countries": nor the story's pair
        if not target and not imposer and ctx.last is not None:
            # No country in reach ("The 30% rate includes the 20% levy"): the pair
            # of the story's last tariff fact, which "the levy" refers back to.
            # a figure of the sentence that is no rate of its own ("the 55% figure")
            rate_starts = {x.new.pct.start for x in drafts}
            others = [p.value for p in find_percents(sentence) if p.start not in rate_starts]
            imposer, target = ctx.carried_for(_rate_of(d), others, orig) or ("", "")
            how = "story"
            lone = ctx.last
            if (
                not target
                and lone is not None
                and lone[1] == "*"
                and scope_m is not None
                and _FOREIGN_GOODS.search(scope_m.group("scope"))
            ):
                # "Tariffs of 25% on foreign steel took effect" in a story whose one
                # country is the levier ("U.S. metals tariffs take effect"): its
                # tariff on the goods from everywhere
                imposer, target = lone
            if (
                target
                and scope_m is not None
                and (
                    _ALL_IMPORTS.search(scope_m.group("scope"))
                    or (imposer == "US" and _FROM_ANYWHERE.match(scope_m.group("scope")))
                )
            ):
                # "a 25% tariff on all steel imports is still due", "the 25% tariff on
                # foreign-made trucks is unchanged": the levier's sector tariff on
                # every origin, not one more on the story's partner. Only the US's
                # (as in _partner_target): another levier's "imported soybeans" in a
                # story of its quarrel with the US are most often American ones.
                target = "*"
            if plural_back and target in ctx.last_targets.get(imposer, ()):
                _carry_siblings(imposer, ctx.last_targets[imposer], targets, siblings)
        elif not target and imposer:
            if group_only:
                # "..., while threatening six other nations with levies of up to 40%":
                # the rate's own partners are a group it does not name; a country
                # of another phrase is none of them
                continue
            named = [
                r.mention.code
                for r in roles
                if r.mention.code != imposer and r.role not in (EXCEPTED, YARDSTICK, EXAMPLE)
            ]
            if named and members and named[0] not in members:
                continue  # "..., Laos among them": a country outside the group is none
            if named and all(
                r.role == OTHER and is_dateline(sentence, r.mention)
                for r in roles
                if r.mention.code == named[0]
            ):
                # "Hanoi: Shrimp exporters now face 20% in the US": where the story
                # was filed names no side, nor makes one the story's partner
                continue
            goods = _GOODS_SCOPE.search(scope_m.group("scope")) if scope_m is not None else None
            # A country the sentence names ("Trump wrote to Japan's prime minister")
            # before one carried from the story; a goods scope ("on all steel
            # imports") makes a sector tariff instead.
            # "..., but the 10% base duty stays": a rate its own words call global
            # takes neither a country named elsewhere nor the story's partner
            target = (
                "*"
                if _global_rate(sentence, d.new.pct, roles)
                else named[0]
                if named and not goods
                else _partner_target(
                    imposer,
                    scope_m,
                    ctx,
                    marked=how == "marker",
                    goods_named=goods_named,
                    safeguard="safeguard" in sentence,
                )
            )
            if plural_back and not named and len(ctx.last_targets.get(imposer, ())) > 1:
                target = ctx.last_targets[imposer][0]
                _carry_siblings(imposer, ctx.last_targets[imposer], targets, siblings)
            if any(r.role == EXCEPTED and r.mention.code == target for r in roles):
                # "on content that does not come from Canada or Mexico": a side the
                # sentence leaves out is no partner; what remains is everyone else
                target = "*"
        talks_on = _TALKS_ON.search(sentence, max(cs, d.start - 45), d.start)
        relief = relief_words and _RELIEF.search(sentence, cs, d.start)
        if how == "subject" and target and (talks_on or relief):
            # "X's minister flew to Washington for talks on the 30% tariff": the
            # subject negotiates over a tariff it faces; the other side levies it.
            imposer, target = target, imposer
        elif (
            how == "subject"
            and target == "US"
            and imposer
            and _joint_subjects(sentence, roles, imposer, target, anchor)
        ):
            # "The U.S. and EU are close to an agreement on a 15% tariff": two sides
            # joined as one subject name no direction; the house reads the US as
            # the levier of a rate the two agree on (docs/facts.md)
            imposer, target = target, imposer
        if (imposer in EU_MEMBERS or target in EU_MEMBERS) and ctx.names_union():
            # In a story that names the EU, a member's tariff or goods are the
            # Union's ("wines coming out of France and other EU countries").
            imposer = "EU" if imposer in EU_MEMBERS else imposer
            target = "EU" if target in EU_MEMBERS else target
        joint: list[str] = []
        if how == "story" and target and _JOINT_SUBJECT.search(sentence, cs, d.start):
            # "..., and both countries will drop their duties on US goods": the
            # countries the target's own last rate hit, each levying the same
            joint = [c for c in ctx.last_targets.get(target, ()) if c not in (target, "*")]
            if len(joint) > 1:
                imposer = joint[0]
        if not imposer or not target or imposer == target:
            continue
        if len(drafts) == 1 and d.rule == "rate" and ctx.last_fact == (imposer, target):
            _add_to_last(sentence, d, ctx)
        fact_scope, fact_all_goods = scope, all_goods
        if (
            earlier_goods is not None
            # goods from the target, or named with the imposer's tariff: goods of the
            # imposer's own ("tariffs on American cotton") carry no rate of it
            and earlier_goods[1] & {"I:" + imposer, "T:" + target}
            and scope_text is None
        ):
            fact_scope, fact_all_goods = earlier_goods[0], False
        elif (
            how == "story"
            and ctx.told_goods is not None
            # none named, or "on top of the standard 10%": no goods after "on"; or
            # only "US products" after a count of them ("tariffs on $60 billion of
            # US goods. The new duties of 25% on hundreds of US products")
            and (
                scope_text is None
                or not _GOODS_SCOPE.search(scope_text.lower())
                or (
                    scopes.scope_key(scope, all_goods) == scopes.ALL_GOODS
                    and scopes.is_broad(scopes.scope_key(ctx.told_goods, False))
                )
            )
            and _BACK_TO_TARIFF.search(sentence, cs, d.new.pct.start)
        ):
            # "Canada will put new tariffs on steel wire from Vietnam. The duties
            # will be 22%": the tariff just told, its rate given now
            fact_scope, fact_all_goods = ctx.told_goods, False
        elif (
            how == "story"
            and scope_text is None
            and ctx.last_goods is not None
            # the last fact's goods are its pair's: another pair, or the other way
            # round, has goods of its own ("99% of Indian exports would face no duty")
            and ctx.last_fact == (imposer, target)
        ):
            fact_scope, fact_all_goods = ctx.last_goods, False
        elif (
            scope_text is not None
            and (imposer, target) in ctx.pair_goods
            and _GOODS_TOLD_BEFORE.match(scope_text.lower())
        ):
            # "lifts the duties on the listed goods", "those products": the goods the
            # story named for this pair, not a key of their own
            fact_scope, fact_all_goods = ctx.pair_goods[(imposer, target)], False
        conf = confidence - (0.15 if how == "story" else 0.0)
        conf -= 0.1 if d.rule == "range-max" else 0.0
        who = [r.mention.text for r in roles if r.mention.code in (imposer, target)]
        base = TariffFact(
            imposer=imposer,
            target=target,
            new_rate=_rate_of(d),
            old_rate=d.old,
            additional=d.additional and d.old is None,
            scope=fact_scope,
            all_goods=fact_all_goods,
            status=status,
            current=current,
            effective=effective,
            expires=expires,
            evidence=orig,
            confidence=conf,
            rule=f"tariff:{d.rule}",
            trace=(*trace, *who, f"imposer via {how}", f"status {status}"),
        )
        ctx.remember(imposer, target, base.new_rate)
        ctx.last_goods = None if fact_all_goods else fact_scope
        if not fact_all_goods and not scopes.is_broad(scopes.scope_key(fact_scope, False)):
            ctx.pair_goods[(imposer, target)] = fact_scope
        out.append(base)
        if len(joint) > 1:
            out.extend(
                dataclasses.replace(base, imposer=c, trace=(*base.trace, "joint subject"))
                for c in joint[1:]
            )
        if (d.background_old or d.past_old) and d.old_pct is not None:
            tail = sentence[d.old_pct.end : nxt]
            out.append(
                TariffFact(
                    imposer=imposer,
                    target=target,
                    new_rate=float(d.old_pct.value),
                    old_rate=None,
                    additional=False,
                    scope=fact_scope,
                    all_goods=fact_all_goods,
                    status=(
                        "threatened"
                        if _threat_named_before(sentence, d.old_pct.start)
                        else tariff_status(tail, ctx.published)
                    ),
                    current=False,
                    effective=None,
                    expires=None,
                    evidence=orig,
                    confidence=conf - 0.1,
                    rule="tariff:background-old",
                    trace=(d.old_pct.text, tail.strip(), *who),
                )
            )
        if (
            d.old_pct is not None
            and not d.background_old
            and not d.past_old
            and status in ("announced", "threatened")
            and d.rule in _CHANGE_RULES  # not a base an increment stacks on
            and (_old_in_force(sentence, d.old_pct) or _will_change(sentence, d))
        ):
            # "to 25% from the 10% first imposed", "the present 15% tariff will be
            # cut to 7.5%": the rate a change still ahead leaves in force until then
            out.append(
                dataclasses.replace(
                    base,
                    new_rate=float(d.old_pct.value),
                    old_rate=None,
                    additional=False,
                    status="in_effect",
                    current=True,
                    effective=None,
                    expires=None,
                    confidence=conf - 0.1,
                    rule="tariff:old-in-force",
                )
            )
        if d.standing and d.removal and d.old is not None:
            out.append(
                dataclasses.replace(
                    base,
                    new_rate=float(d.old),
                    old_rate=None,
                    status="in_effect",
                    current=True,
                    confidence=conf - 0.1,
                    rule="tariff:standing",
                )
            )
    for imp in dict.fromkeys(f.imposer for f in out):
        ctx.last_targets[imp] = tuple(dict.fromkeys(f.target for f in out if f.imposer == imp))
    if len({f.target for f in out}) > 1:
        # One rate on several countries ("25% on Canada and Mexico"): a later
        # "the levy" most likely means the country the story is about.
        ctx.last_alts = tuple((f.imposer, f.target) for f in out)
    return out


# An old rate named as the one in force: "the present 15% tariff", "from the 10%
# first imposed", "from the 5% it first imposed", "from the 10% now in place".
_IN_FORCE_BEFORE = regex(r"\b(?:present|current|existing|prevailing|standing)\s+$")
_IN_FORCE_AFTER = regex(
    r"\s+(?:(?:(?:it|they)\s+(?:had\s+|has\s+|have\s+)?)?(?:first|already|originally)\s+"
    r"(?:imposed|applied|levied)|"
    r"(?:now\s+|already\s+)?in\s+(?:force|place|effect))\b"
)


_CHANGE_RULES = frozenset(("to-from", "from-to", "verb-X-to-Y", "X-changing-from-Y"))

# "The 25% duty on X will rise to 30% on Oct. 1", "the 25% tariff is set to be
# raised to 50%": a rate named as the subject of a change still ahead is the one
# in force until then. Only the subject form: "will raise tariffs from 10% to
# 25%" names no rate as standing.
_WILL_CHANGE = regex(
    r"\b(?:will|shall|(?:is|are)\s+(?:set|due|scheduled|expected|slated|going)\s+to|"
    r"(?:is|are)\s+to)\s+(?:then\s+|later\s+|further\s+)?(?:be\s+)?"
    r"(?:rise|increase|climb|go\s+up|jump|fall|drop|decrease|double|"
    r"raised|increased|hiked|lifted|cut|lowered|reduced|slashed|doubled|halved|trimmed)"
    r"\s+to\s+(?:about\s+|around\s+)?$"
)
# A rate still to come is no rate in force: "the planned 25% duty will rise to 30%".
_NOT_STANDING = regex(
    r"\b(?:planned|proposed|threatened|mooted|possible|potential|pending|new|"
    r"scheduled|promised|announced)\s+$"
)


def _will_change(sentence: str, d: _Draft) -> bool:
    old = d.old_pct
    if old is None or d.rule != "verb-X-to-Y" or "to" not in sentence[old.end : d.new.pct.start]:
        return False
    head = sentence[max(0, old.start - 40) : old.start]
    return (
        _WILL_CHANGE.search(sentence, max(0, d.new.pct.start - 50), d.new.pct.start) is not None
        and re.search(r"(?:^|\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+|'s\s+)$", head) is not None
        and _NOT_STANDING.search(sentence, max(0, old.start - 16), old.start) is None
    )


def _old_in_force(sentence: str, old: Percent) -> bool:
    return bool(
        _IN_FORCE_BEFORE.search(sentence, max(0, old.start - 12), old.start)
        or _IN_FORCE_AFTER.match(sentence, old.end)
    )


# "Japan and the EU won cuts in their auto tariffs": a side that wins, secures or
# negotiates a cut in its own tariffs wins it on the tariffs it faces.
_WON_CUT = regex(
    r"\b(?:won|wins?|winning|secur(?:e|es|ed|ing)|obtain\w*|negotiat\w*|clinch\w*|got|gets?|"
    r"achiev\w*|extract\w*)\s+(?:an?\s+|the\s+)?(?:sharp\s+|big\s+|steep\s+)?"
    r"(?:cuts?|reductions?|lowering|relief)\s+(?:in|on|to|of|from)\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)
_WON_CUT_STEMS = ("cut", "reduction", "lowering", "relief")


def _won_cut_sides(sentence: str, roles: list[Role], cs: int, word_at: int) -> list[str]:
    """The subjects that won a cut in their own tariffs right before ``word_at``."""
    lo = max(cs, word_at - 70)
    if not cues.has_any(sentence[lo:word_at], _WON_CUT_STEMS):
        return []
    won = _WON_CUT.search(sentence, lo, word_at)
    if won is None:
        return []
    subs = [r for r in roles if r.role == SUBJECT and cs <= r.mention.start < won.start()]
    if not subs:
        return []
    codes = [subs[-1].mention.code]
    first = subs[-1].mention.start
    for r in reversed(subs[:-1]):  # "Japan and the EU won"
        if 0 <= first - r.mention.end <= 12 and _JOINED.fullmatch(sentence, r.mention.end, first):
            codes.insert(0, r.mention.code)
            first = r.mention.start
        else:
            break
    return list(dict.fromkeys(codes))


_JOINED = regex(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


# Goods a tariff word is named for ("the aluminum tariff", "auto duties").
_GOODS_NOUNS = (
    r"steel|alumin(?:um|ium)|copper|lumber|timber|autos?|cars?|vehicles?|trucks?|"
    r"auto[- ]parts|pharmaceuticals?|pharma|drugs?|chips?|semiconductors?|solar|evs?|"
    r"furniture|wine|whisk(?:e)?y|dairy|pork|beef|soybeans?|agricultural|energy|oil|potash|"
    # the goods trade fights are most often over, by name
    r"automotive|automobiles?|motorcycles?|spirits|gin|bourbon|brandy|rice|barley|wheat|"
    r"corn|maize|rapeseed|canola|cheese|seafood|lobsters?|textiles|clothing|apparel|shoes|"
    r"footwear|tyres?|tires?|batteries|machinery|aircraft|coffee|cocoa|sugar|fruit|vegetables"
)
# "whisky and gin tariffs": a known goods name beside any other one joins it
_OTHER_GOODS = (
    r"(?!(?:the|its|their|other|new|all|these|those|higher|more|existing|current)\b)[a-z][\w-]*"
)
_GOODS_BEFORE_WORD = regex(
    rf"(?P<goods>\b(?:(?:{_GOODS_NOUNS})(?:\s+and\s+{_OTHER_GOODS})?|"
    rf"{_OTHER_GOODS}\s+and\s+(?:{_GOODS_NOUNS})))\s+$"
)
_HIT_GOODS_WITH = regex(
    r"\b(?:hit|hits|hitting|slap(?:s|ped|ping)?|target(?:s|ed|ing)?)\s+"
    r"(?P<goods>(?!back\b|hard\b)(?:[\w$.'’-]+\s+){0,7}?(?:billion|million|trillion|worth|"
    rf"goods|products|imports|exports|{_GOODS_NOUNS})(?:\s+[\w$.'’-]+){{0,3}}?)\s+with\s+"
    r"(?:(?:an?|the|new|higher|extra|additional|retaliatory|punitive|further|steep)\s+)*$"
)
# Goods that bear a rate: "will face", "are now subject to", "pays".
_BEARS_AUX = r"(?:(?:now|will|would|could|can|may|might|to|are|is|also|still|likewise)\s+)*"
# "U.S. steel products will carry surtaxes of 25%", "Thai rice attracts a 10% duty"
_BEARS_VERB = (
    r"fac(?:e|es|ed|ing)|pay(?:s|ing)?|subject\s+to|carr(?:y|ies|ying)|attract(?:s|ing)?|"
    # "canola meal from Canada will be charged 100%", "wine could be hit with 200%"
    r"be\s+(?:charged|hit\s+with)"
)
_GOODS_SUBJECT = regex(
    rf"(?:\bimports?\s+of\s+|\b)(?P<goods>(?:{_GOODS_NOUNS})(?:\s+and\s+(?:{_GOODS_NOUNS}))?)"
    rf"(?:\s+products)?\s+(?:[\w.-]+\s+){{0,5}}?{_BEARS_AUX}(?:{_BEARS_VERB}|"
    # "Australian wine can be shipped to China free of the tariffs"
    r"(?:shipped|sold)(?=\s+(?:to|into)\s))"
    r"\b"
)
# "Chinese textiles, clothing, steel and plastics will face duties of 35%": a
# whole list of goods as the subject, one of them goods by name
# "rapeseed oil, oil cakes and peas from Canada will carry 100%": where the goods
# come from may stand between them and the verb, and tells they are goods
_GOODS_LIST_SUBJECT = regex(
    rf"\b(?P<goods>{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})+\s*,?\s+and\s+{_LIST_ITEM})"
    r"(?P<origin>\s+(?:from|imported\s+from|made\s+in)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?)??"
    rf"\s+{_BEARS_AUX}(?:{_BEARS_VERB})\b"
)
# Between the country names of a phrase that names nothing else
_ONLY_CONNECTIVES = regex(r"(?:[\s,&]|\b(?:and|or|both|the)\b)*")


def _names_only_countries(sentence: str, roles: list[Role], start: int, end: int) -> bool:
    """Whether sentence[start:end] is country names and the words that join them."""
    inside = sorted(
        (r.mention for r in roles if start <= r.mention.start and r.mention.end <= end),
        key=lambda m: -m.start,
    )
    text = sentence[start:end]
    for m in inside:
        text = text[: m.start - start] + " " + text[m.end - start :]
    return bool(inside) and _ONLY_CONNECTIVES.fullmatch(text) is not None


_ANY_GOODS_NOUN = regex(rf"\b(?:{_GOODS_NOUNS})\b")
_OWN_GOODS = regex(
    r"^(?:most\s+|all\s+|some\s+|many\s+)?(?:of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:exports|goods|products|shipments|cars|autos|vehicles|steel|alumin(?:um|ium)|"
    r"wines?|spirits|chips|beef|pork|rice|textiles|machinery)\b"
)


# A tariff told before, named again: "The duties will be", "These tariffs range",
# "They range", "the levy will be".
_BACK_TO_TARIFF = regex(
    r"(?:^|\b(?:the|these|those|such)\s+(?:[\w-]+\s+){0,2}?)"
    rf"(?:{TARIFF_NOUNS})\b|^they\b"
)


def remember_goods(low: str, orig: str, ctx: StoryContext) -> None:
    """A tariff told with its goods and no rate ("Canada will put new tariffs on
    steel wire from Vietnam") names the goods of the rate the story gives next
    without goods or sides ("The duties will be 22% from March 1"); ``low`` is
    ``cues.lower(orig)``."""
    for w in cues.TARIFF_WORD.finditer(low):
        m = _SCOPE.match(low, w.end() + 1) if low.startswith(" on ", w.end()) else None
        # a count of goods is remembered too ("$60 billion of US goods"), but never
        # the bare "US goods", which says nothing a later rate does not
        if m is not None and scopes.scope_key(m.group("scope"), False) != scopes.ALL_GOODS:
            ctx.told_goods = orig[m.start("scope") : _goods_list_end(low, m)]
            return


# Goods of any name told by where they come from, then bearing the rate: "U.S.
# apples shipped to India will face a 70% tariff", "Chilean cherries will face a
# 10% tariff in South Korea", "Vietnamese cashews entering India will be subject to
# a 30% levy", "up to 20,000 Chinese buses a year can enter Mexico at a 15% tariff".
_ORIGIN_GOODS_BEARING = regex(
    r"(?P<goods>(?!(?:will|would|now|are|is|be|can|could|may|to|the|an?|has|have|had)\b)"
    r"[a-z][\w-]*(?:\s+(?!(?:will|would|now|are|is|can|could|may|to)\b)[a-z][\w-]*)?)"
    r"(?:\s+(?:a|per)\s+year)?"
    r"(?:\s+(?:shipped|sold|sent|exported|entering|headed|bound|going)(?:\s+[\w.]+){1,4}?)?"
    rf"\s+(?:(?:(?:now|will|would|to|are|is|be|can|could|may|also|still)\s+)*(?:{_BEARS_VERB})\b|(?:can|could|will|may|would)\s+(?:now\s+)?"
    r"enter\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+at\b)"
)
# "carmakers can export up to 100,000 vehicles a year to the US at a 10% tariff":
# the goods of a quota sold at a rate
_QUOTA_GOODS_AT = regex(
    r"\b(?:export|ship|sell|send)(?:s|ed|ing)?\s+(?:up\s+to\s+)?(?:[\d,.]+\s+)?"
    r"(?:(?:thousand|million)\s+)?(?P<goods>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:a|per)\s+year\s+"
    r"(?:to|into)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s+at\s+(?:an?\s+)?(?:[\w-]+\s+)?$"
)
# Who trades, not what is traded: "Korean exporters will pay a 15% tariff".
_TRADERS = regex(
    r"\b(?:exporters?|importers?|producers?|makers?|carmakers?|automakers?|steelmakers?|"
    r"manufacturers?|farmers?|growers?|companies|company|firms?|businesses|consumers?|buyers?|"
    r"sellers?|shippers?|suppliers?|retailers?|workers?|brands?|officials?|traders?|investors?|"
    r"shoppers?|ranchers?|fishers?|fishermen|households?|people|citizens|travell?ers)$"
)


def _origin_goods_bearing(
    sentence: str, roles: list[Role], start: int, d: _Draft
) -> re.Match[str] | None:
    """Goods named right after a country word, bearing the draft's rate, or sold
    to a market at it; none for traders or a broad phrase ("Chinese goods")."""
    end = d.new.pct.start
    quota = _QUOTA_GOODS_AT.search(sentence, start, end)
    found = [quota] if quota is not None and quota.end() == end else []
    found += [
        m
        for r in roles
        if start <= r.mention.end < end
        and (m := _ORIGIN_GOODS_BEARING.match(sentence, r.mention.end + 1, end)) is not None
    ]
    for m in found:
        words = m.group("goods")
        if not _TRADERS.search(words) and not scopes.is_broad(scopes.scope_key(words, False)):
            return m
    return None


def _opening_phrase_owner(sentence: str, roles: list[Role], its_at: int) -> Role | None:
    """The subject right after the comma that ends the phrase opening the sentence,
    when ``its_at`` lies in that phrase and no subject comes before it."""
    comma = sentence.find(",", its_at)
    if comma < 0 or any(r.role == SUBJECT and r.mention.start < comma for r in roles):
        return None
    after = next((r for r in roles if r.mention.start > comma), None)
    if (
        after is None
        or not (after.role in (SUBJECT, IMPOSER) or after.faces)
        or after.mention.kind == OFFICIAL
        or not _SUBJECT_NEXT.fullmatch(sentence, comma + 1, after.mention.start)
    ):
        return None
    return after


# Between the comma and the main clause's subject: nothing but a determiner.
_SUBJECT_NEXT = regex(r"\s+(?:the\s+)?")
_TOLD_IT = regex(r"\s+(?:that\s+)?(?:it|they)\s+(?:would|will|could|might|may|faces?|is|are)\b")
_MUTUAL = regex(r"\b(?:each\s+other|the\s+other|one\s+another)['’]s?\b")
# "seeking relief from a 25% levy": the subject faces the tariff, not levies it.
_RELIEF = regex(r"\b(?:relief|exemptions?|reprieve|respite)\s+from\b")
# "Washington pressed allies to impose tariffs": the urged, not the urger, levies.
_URGE = regex(
    r"\b(?:press\w*|urg\w*|ask\w*|call\w*\s+on|push\w*|lobb\w*|persuad\w*|encourag\w*)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:impose|slap|levy|adopt|put|raise|introduce)\b"
)
# Literals _RELIEF needs: most rates' words hold none.
_RELIEF_STEMS = ("relief", "exemption", "reprieve", "respite")
# A list's joint: a comma or "and", then at most the adjectives of the next
# rate's tariff word ("..., and higher reciprocal rates of 34% on China").
_LIST_GAP = regex(
    r"[^.;:%]*?(?:,|\band|\bor|\bincluding|\bplus)(?:\s+(?![\w-]*(?:ing|ed)\b)[\w-]+){0,3}\s*"
)
_RELATIVE_AFTER = regex(r",?\s(?:that|which|who)\s")
# "a 9% tariff, below the 14% it had threatened": a rate the first is measured
# against is no item of its list, and its words are not the first's.
_COMPARED_GAP = regex(
    r"\b(?:below|above|under|over|instead\s+of|rather\s+than|(?:down|up)\s+from|"
    r"(?:less|more|lower|higher)\s+than|compared\s+(?:with|to))\s+(?:the\s+|its\s+|an?\s+)?$"
)


def _list_span(
    sentence: str, drafts: list[_Draft], starts: list[int], k: int, cs: int, ce: int
) -> tuple[int, int]:
    """The drafts of the list that draft ``k`` belongs to, as first and last index.

    Two rates are one list when only goods, countries and a comma or "and"
    stand between them, with no verb of status of their own.
    """

    def joined(j: int) -> bool:  # drafts j-1 and j
        a, b = drafts[j - 1].end, starts[j]
        if not (cs <= a <= b <= ce):
            return False
        gap = sentence[a:b]
        return (
            _LIST_GAP.fullmatch(gap) is not None
            and not has_status_cue(gap)
            and _COMPARED_GAP.search(gap) is None
        )

    lo = k
    while lo > 0 and joined(lo):
        lo -= 1
    hi = k
    while hi + 1 < len(drafts) and joined(hi + 1):
        hi += 1
    return lo, hi


def _with_list_before(roles: list[Role], last: Role) -> list[str]:
    """``last`` and the targets listed with it ("Japan and Korea face")."""
    codes = [last.mention.code]
    first_start = last.mention.start
    at = roles.index(last)
    for r in reversed(roles[:at]):
        if r.role == TARGET and 0 <= first_start - r.mention.end <= 12:
            if r.mention.code not in codes:
                codes.insert(0, r.mention.code)
            first_start = r.mention.start
        else:
            break
    last_end = last.mention.end
    for r in roles[at + 1 :]:
        if r.role == TARGET and 0 <= r.mention.start - last_end <= 12:
            if r.mention.code not in codes:
                codes.append(r.mention.code)
            last_end = r.mention.end
        else:
            break
    return codes


# "the 15% rate agreed for the EU or Britain's current 10%": a country with a
# rate of its own ends the list before it and starts its own.
_OWN_RATE_AFTER = regex(r"['’]s\s+(?:[\w-]+\s+){0,2}?\d")
_OWN_FIGURE_AFTER = regex(r"['’]s\s+(?:[a-z-]+\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)")


def _targets(
    sentence: str,
    roles: list[Role],
    anchor: int,
    region: tuple[int, int],
    cs: int,
    only: bool,
    word_at: int,
) -> list[str]:
    facing = [r for r in roles if r.faces and max(cs, region[0]) <= r.mention.start < anchor]
    if facing:
        return _with_list_before(roles, facing[-1])
    # "the 25% duty on their cars is far above Japan's 15%": a country right before
    # its own figure is that figure's
    after = [
        r
        for r in roles
        if r.role == TARGET
        and anchor <= r.mention.start < region[1]
        and not _OWN_FIGURE_AFTER.match(sentence, r.mention.end)
    ]
    if not after and _EVERY_PARTNER.search(sentence, anchor, region[1]):
        # "... on Chinese goods and a 10% duty on the rest of the world": a rate whose
        # own words after it name every partner takes no country told before it
        return []
    if (
        not after
        and word_at < anchor
        and not any(
            r.role == TARGET and max(region[0], word_at) <= r.mention.start < anchor for r in roles
        )
    ):
        # The phrase of a tariff word read by two rates; but a country between the
        # rate before and this one ("..., with Canadian energy facing 10%") is its own.
        after = [r for r in roles if r.role == TARGET and word_at <= r.mention.start < anchor]
    if after:
        first = after[0]
        codes = [first.mention.code]
        last_end = first.mention.end
        for r in after[1:]:  # "on Canada and Mexico": one fact for each
            gap = r.mention.start - last_end
            if _OWN_RATE_AFTER.match(sentence, r.mention.end):
                break
            if 0 <= gap <= 12 and r.mention.code not in codes:
                codes.append(r.mention.code)
                last_end = r.mention.end
        return codes
    # Not back past this rate's own imposer: in "US tariffs on Chinese goods and
    # China's 10% tariff" the Chinese goods are the first rate's target.
    own = [
        r.mention.end
        for r in roles
        if r.role == IMPOSER and max(cs, region[0]) <= r.mention.start < anchor
    ]
    floor = max(own) if own else 0
    before = [
        r for r in roles if r.role == TARGET and max(region[0], floor) <= r.mention.start < anchor
    ]
    if not before:
        before = [
            r for r in roles if r.role == TARGET and max(cs, floor) <= r.mention.start < anchor
        ]
    if before:
        codes = [before[-1].mention.code]
        first_start = before[-1].mention.start
        if _OWN_RATE_AFTER.match(sentence, before[-1].mention.end):
            return codes
        for r in reversed(before[:-1]):  # "from Japan and South Korea": one fact for each
            if 0 <= first_start - r.mention.end <= 12 and r.mention.code not in codes:
                codes.insert(0, r.mention.code)
                first_start = r.mention.start
            else:
                break
        return codes
    topic = _topic_country(sentence, roles, anchor)
    if topic is not None:
        # "For the UK, the 10% baseline tariff remains": the country the sentence
        # opens on is the rate's, though a comma parts it from the rate's clause
        return [topic]
    if only and _GLOBAL.search(sentence, max(cs, region[0]), region[1]):
        # "..., while the 10% across-the-board levy on all imports stays": a rate
        # whose own clause says it is global takes no country from another clause
        return []
    if only:
        # Not before this rate's own imposer marker either ("on US goods, responding
        # to Trump's 25% tariffs on steel": US goods are the other tariff's).
        anywhere = [
            r
            for r in roles
            if r.role == TARGET
            and not r.mention.start < floor
            and not (
                r.mention.start > anchor
                and _CONTRAST.search(sentence, anchor, r.mention.start) is not None
            )
        ]
        if anywhere:
            return [anywhere[0].mention.code]
    return []


_TOPIC_OPEN = regex(
    r"\s*(?:for|as\s+for|in\s+the\s+case\s+of|when\s+it\s+comes\s+to)\s+(?:the\s+)?"
    r"[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s*,"
)
# "..., while the EU targeted American goods": the other side's own clause.
_CONTRAST = regex(r",\s*(?:while|whereas|but)\b|;")


# "Ishiba confirmed that auto tariffs would also fall to 15%", "..., von der Leyen
# said": the speaker reports a rate; "Trump said he will impose 10%" names him
# again as its subject.
_SPEECH_AFTER = regex(
    r"(?:['’]s)?\s+(?:[\w.-]+\s+){0,5}?(?:said|says|confirmed|confirms|noted|notes|added|adds|"
    r"stressed|"
    r"argued|stated|told\s+[\w-]+|told|wrote|insisted|explained)\b(?:\s+that)?"
)
_PRONOUN = regex(r"\b(?:he|she|it|they|we|i|his|her|its|their|our|my)\b")


def _mere_speaker(sentence: str, end: int, anchor: int) -> bool:
    m = _SPEECH_AFTER.match(sentence, end)
    return m is not None and m.end() < anchor and not _PRONOUN.search(sentence, m.end(), anchor)


# "..., should the EU press ahead": the subject of a condition is the other side.
# "if the EU's tariffs are not removed, the US will put 20% on cars": a side named
# in a condition before the rate's clause levies some other tariff.
_COND_OPEN = regex(r"\b(?:if|unless|until|should|(?:as|so)\s+long\s+as)\b[^,;]*$")
# "... and stay for as long as Mexico lets migrants through": the condition's subject
_IF_BEFORE = regex(r"\b(?:should|if|unless|until|(?:as|so)\s+long\s+as)\s+(?:the\s+)?$")


# "The Commission shocked China by announcing it would impose duties": a pronoun
# that levies stands for the sentence's first subject, not the nearest name (most
# often the object of the main verb).
_PRONOUN_LEVIES = regex(
    r"\b(?:it|they)\s+(?:(?:would|will|could|may|might|was|is|were|are|had|has|have|also|"
    r"now|then|later|soon|plans?|planned|intends?|intended|aims?|to)\s+){0,3}"
    r"(?:impos|levy|levie|slap|put|plac|introduc|rais|hik|appl|charg|doubl|tripl|retaliat)\w*"
)


def _pronoun_levier(sentence: str, roles: list[Role], cs: int, anchor: int) -> Role | None:
    """The sentence's first subject, when a levying "it"/"they" with no name after
    it opens the rate's words."""
    # the last levying pronoun before the rate is the rate's own
    it = next(reversed(list(_PRONOUN_LEVIES.finditer(sentence, cs, anchor))), None)
    if it is None or any(it.start() <= r.mention.start < anchor for r in roles):
        return None
    first = next((r for r in roles if r.role == SUBJECT and r.mention.start < it.start()), None)
    if first is None or first.mention.start < cs:
        return None
    return first


def _imposer(
    sentence: str,
    roles: list[Role],
    anchor: int,
    region: tuple[int, int],
    cs: int,
    target: str,
    ctx: StoryContext,
) -> tuple[str | None, str]:
    def ok(r: Role) -> bool:
        # Not the target, not a subject that urges others to levy the tariff, and
        # not a speaker whose words name no levier of their own.
        return (
            r.mention.code != target
            and not (
                r.role == SUBJECT
                and " to " in sentence[r.mention.end : anchor]
                and _URGE.search(sentence, r.mention.end, anchor) is not None
            )
            and not (r.role == SUBJECT and _mere_speaker(sentence, r.mention.end, anchor))
            and not (
                r.mention.start < anchor
                and "," in sentence[r.mention.end : anchor]
                and _COND_OPEN.search(sentence, max(cs, r.mention.start - 80), r.mention.start)
            )
        )

    # A marker among this rate's own words first, the nearest before it ("on
    # Chinese goods and China's 10% tariff"); then one just outside them.
    own = [
        r for r in roles if r.role == IMPOSER and region[0] <= r.mention.start < region[1] and ok(r)
    ]
    if own:
        before = [r for r in own if r.mention.start < anchor]
        return (before[-1] if before else own[0]).mention.code, "marker"
    pronoun = _pronoun_levier(sentence, roles, cs, anchor)
    if pronoun is not None and ok(pronoun):
        return pronoun.mention.code, "pronoun"
    subjects = [
        r for r in roles if r.role == SUBJECT and region[0] <= r.mention.start < anchor and ok(r)
    ]
    if subjects:
        # "..., and China lowered its levy to 10%": the subject of this rate's own clause
        return subjects[-1].mention.code, "subject"
    for r in roles:
        if r.role == IMPOSER and region[0] - 40 <= r.mention.start < region[1] + 40 and ok(r):
            return r.mention.code, "marker"
    subjects = [r for r in roles if r.role == SUBJECT and cs <= r.mention.start < anchor and ok(r)]
    if subjects:
        return subjects[-1].mention.code, "subject"
    subjects = [r for r in roles if r.role == SUBJECT and r.mention.start < anchor and ok(r)]
    if subjects:
        return subjects[-1].mention.code, "subject"
    for r in roles:
        if r.role == IMPOSER and ok(r):
            return r.mention.code, "marker"
    for r in roles:
        if (
            r.role == SUBJECT
            and r.mention.start < region[1]  # this rate's clause, not one after "but"
            and ok(r)
            and (target or ctx.last is not None)
            and not _SPEECH_AFTER.match(sentence, r.mention.end)
            and not _IF_BEFORE.search(sentence, max(0, r.mention.start - 16), r.mention.start)
        ):
            # "the 20% levy Trump imposed": a subject after the rate, when a
            # target is named or the story's last tariff gives one to carry.
            return r.mention.code, "subject"
    if not target:
        return None, "none"
    if " to " in sentence[cs:anchor] and _URGE.search(sentence, cs, anchor):
        return None, "urged"  # "pressed allies to impose": the allies, named by no code
    # Not a country this sentence taxes ("on goods from Peru and Chile").
    taxed = {r.mention.code for r in roles if r.role == TARGET}
    story = ctx.default_imposer(target, taxed, guess=False)
    if story is not None:
        return story, "story"
    for r in reversed(roles):
        if (
            r.role == SUBJECT
            and r.mention.code not in taxed
            and r.mention.code != target
            and (
                _mere_speaker(sentence, r.mention.end, anchor)
                if r.mention.start < anchor
                else _SPEECH_AFTER.match(sentence, r.mention.end) is not None
            )
        ):
            # "Ottawa said a 100% surtax on Chinese EVs takes effect Oct. 1", "...,
            # Beijing said": with no levier named and none the story points to, a
            # government that reports a rate on a third country's goods announces
            # its own measure.
            return r.mention.code, "speaker"
    anaphor = _ANAPHOR_SUBJECT.search(sentence, cs, anchor)
    if anaphor is not None and not any(cs <= r.mention.start < anaphor.start() for r in roles):
        # "Canada unveiled new measures. The country will charge 25% on Chinese
        # steel": the country is the previous sentence's subject
        referred = ctx.subject_before(sentence, taxed | {target})
        if referred is not None:
            return referred, "anaphor"
    return ctx.default_imposer(target, taxed), "story"


# A subject that names a country by referring back: "the country", "the bloc"
_ANAPHOR_SUBJECT = regex(
    r"(?:^|[,;]\s+|\b(?:and|but|while)\s+)(?:the|its)\s+(?:country|nation|government|bloc|"
    r"kingdom|administration|island\s+nation)\s+(?!(?:is|was|are|were|has|had|have)\s+been\b)"
)


_ALL_IMPORTS = regex(r"\ball\s+(?:[\w-]+\s+){0,4}?imports\b|\ball\s+imported\b")
_IMPORTS_SCOPE = regex(r"\b(?:imports?|imported|foreign(?:-made)?|abroad|overseas|not\s+made)\b")
# A goods phrase that names its goods as imports with no origin: "imported copper",
# "foreign-made trucks", "steel imports"; not "the imported cars" (goods told before).
_FROM_ANYWHERE = regex(
    r"(?!(?:the|these|those|their|its|such|that|this)\b)"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:imports\b(?!\s+(?:from|of)\b)|(?:imported|foreign(?:-made|-built|-origin)?|overseas)\s)"
)


_EITHER_COUNTRY = regex(
    r"\b(?:either|both|each)\s+(?:country|countries|nation|nations|neighbou?rs?)\b"
    r"|\bthe\s+two\s+(?:countries|nations|neighbou?rs)\b"
)
_JOINT_SUBJECT = regex(
    r"\b(?:both|the\s+two|the\s+three)\s+(?:countries|nations|neighbou?rs|partners|governments)\b"
)
_TAX_PHRASE_END = regex(r"[,;:]|\s(?:while|whereas|but|although|though|as)\s|\.(?:\s|$)")


# The ways ``_imposer`` finds a levier named in the sentence itself.
_NAMED_HOW = frozenset(("marker", "subject", "speaker", "pronoun", "anaphor"))
# A rate on each of the countries a story has listed, one by one.
_EACH_CONCERNED = LiteralGated(
    regex(
        r"\b(?:the\s+(?:country|countries|nation|economy)\s+(?:concerned|in\s+question)|"
        r"the\s+respective\s+(?:country|countries|nations?)|each\s+(?:such\s+)?"
        r"(?:country|nation)|each\s+of\s+(?:them|those\s+(?:countries|nations)|"
        r"the\s+(?:countries|nations))|(?:countries|nations)\s+concerned)\b"
    )
)


_JOINED = regex(r"\s*(?:,|and|&)\s+(?:the\s+)?")


def _joint_subjects(sentence: str, roles: list[Role], a: str, b: str, anchor: int) -> bool:
    """Whether the sides ``a`` and ``b`` are named side by side as the last subjects
    before the rate ("the US and the EU agreed on 15%"; not "Thailand and the US
    signed a pact: Bangkok agreed to remove ...")."""
    for k, (left, right) in enumerate(itertools.pairwise(roles)):
        if (
            {left.mention.code, right.mention.code} == {a, b}
            and left.role == SUBJECT
            and right.role == SUBJECT
            and right.mention.end <= anchor
            and _JOINED.fullmatch(sentence, left.mention.end, right.mention.start)
        ):
            return not any(
                r.role in (SUBJECT, IMPOSER) and r.mention.start < anchor for r in roles[k + 2 :]
            )
    return False


# Goods named as coming from anywhere: "steel imports", "every imported car",
# "foreign steel", but not "US steel imports" (a country is inside the phrase).
_ANYWHERE_GOODS = regex(
    r"^(?:(?:all|every|any)\s+)?(?:(?:imported|foreign(?:-made)?)\s+[\w-]+|"
    # not "most imports", "those imports": goods told before
    r"(?:(?!(?:most|many|some|such|those|these|the|its|their|other|his|her|our)\b)"
    r"[\w-]+\s+){1,2}?imports)\b(?!\s+(?:from|of)\b)"
)


_ORIGIN_NEXT = regex(
    r"\s+(?:from|of|out\s+of|originating|made|produced|manufactured|grown|shipped|sourced|"
    r"and|or|as\s+well\s+as|plus)\b|\s*,"
)


def _affected_not_taxed(
    sentence: str, roles: list[Role], scope_m: re.Match[str], targets: list[str]
) -> bool:
    """Whether the rate's own goods phrase names goods from anywhere and every
    country read as its target stands outside it, neither facing the rate nor
    owning the goods: a side the rate hurts, not the one taxed."""
    goods = _ANYWHERE_GOODS.match(scope_m.group("scope"))
    if goods is None:
        return False
    start = scope_m.start("scope")
    end = start + goods.end()
    if _ORIGIN_NEXT.match(sentence, end) or any(start <= r.mention.start < end for r in roles):
        # "on all imports from Mexico", "on imported cars and Japanese parts": the
        # goods' origin follows them, or the goods go on
        return False
    chosen = [r for r in roles if r.mention.code in targets]
    return bool(chosen) and not any(
        r.faces or r.role != TARGET or start - 40 <= r.mention.start < end for r in chosen
    )


def _global_rate(sentence: str, pct: Percent, roles: list[Role]) -> bool:
    """Whether the rate's own noun phrase calls it global ("the 10% base tariff",
    "a 10% levy charged worldwide", "a universal 10% duty") and names no country
    of its own after it ("the 10% baseline tariff on Chinese goods" is China's).
    "Blanket" and "across-the-board" say all of one partner's goods, not every
    partner ("hitting the bloc with a blanket 20% tariff")."""
    after = _GLOBAL_NP_AFTER.match(sentence, pct.end)
    before = _GLOBAL_NP_BEFORE.search(sentence, max(0, pct.start - 40), pct.start)
    if after is None and before is None:
        return False
    end = after.end() if after is not None else pct.end
    if any(
        r.role == TARGET and _GLOBAL_NP_OWN.fullmatch(sentence, end, r.mention.start)
        for r in roles
        if end < r.mention.start
    ):
        return False
    # "the 10% baseline tariff on most other British goods", "on all imports of US
    # goods": the rate's own goods phrase, up to its end, names their country
    phrase = _OWN_GOODS_PHRASE.match(sentence, pct.end)
    if phrase is not None and any(
        r.role == TARGET and phrase.start(1) <= r.mention.start < phrase.end() for r in roles
    ):
        return False
    # "the 55% figure combines a 10% baseline tariff, 20% duties and ...": a part
    # of a pair's stated total is that pair's
    if _COMPONENTS_BEFORE.search(sentence, max(0, pct.start - 60), pct.start):
        return False
    # "Japan faces the 10% baseline tariff": a country that gets the rate keeps it,
    # as does the one the sentence opens on ("For the UK, the 10% baseline remains")
    # or whose rate it is ("the UK's 10% baseline rate stays")
    return not any(
        (r.faces and r.mention.end <= pct.start)
        or (r.role == TARGET and sentence[r.mention.end : pct.start].strip() in ("'s", "’s"))
        for r in roles
    ) and not _topic_country(sentence, roles, pct.start)


def _topic_country(sentence: str, roles: list[Role], before: int) -> str | None:
    """The target named in an opening "For the UK," that ends before ``before``."""
    topic = _TOPIC_OPEN.match(sentence)
    if topic is None or topic.end() > before:
        return None
    named = [r for r in roles if r.role == TARGET and r.mention.end <= topic.end()]
    return named[-1].mention.code if named else None


_GLOBAL_KIND = r"(?:global|universal|baseline|worldwide)"
_TARIFF_NOUN = r"(?:" + TARIFF_NOUNS + r"|surcharges?)"
_GLOBAL_NP_AFTER = regex(
    rf"\s*(?:[\w-]+\s+){{0,2}}?(?:{_GLOBAL_KIND}\s+(?:import\s+)?(?:{_TARIFF_NOUN}|rates?)"
    rf"|base\s+(?:import\s+)?{_TARIFF_NOUN})\b"
    rf"|\s*(?:[\w-]+\s+){{0,2}}?{_TARIFF_NOUN}\s+(?:(?:charged|levied|applied|imposed|"
    r"collected)\s+)?(?:worldwide|globally|on\s+(?:all|every)\s+(?:countries|nations|"
    r"trading\s+partners))\b"
)
_GLOBAL_NP_BEFORE = regex(rf"\b{_GLOBAL_KIND}\s+(?:{_TARIFF_NOUN}\s+of\s+)?(?:about\s+)?$")
# A rate's own words after it, up to where its phrase ends.
_OWN_GOODS_PHRASE = regex(
    r"([^,;:()]{1,80}?)(?=[,;:()]|\s(?:to|by|starting|effective|beginning|until|after|before|"
    r"while|but|which|that|will|would|is|are|was|were|has|have|had|remain\w*|stay\w*|take\w*|"
    r"took)\b|\.?$)"
)
_COMPONENTS_BEFORE = regex(
    r"\b(?:combin(?:es|ed|ing)|includ(?:es|ed|ing)|compris(?:es|ed|ing)|made\s+up\s+of|"
    r"consist(?:s|ed|ing)?\s+of|breaks?\s+down\s+(?:into|as))\b[^.;]*$"
)
# What may stand between a global rate's words and a country of its own.
_GLOBAL_NP_OWN = regex(r"\s+(?:on|from|against|for)\s+(?:[\w-]+\s+){0,4}")


def _bare_tax(sentence: str, word: re.Match[str], mentions: list[Mention]) -> bool:
    """ "a 100% tax" is a tariff only on goods named as foreign: imports, or goods
    whose phrase names their country ("a 15% tax on American coal"); "charged a
    100 percent tax on a motorcycle" may be any tax."""
    if not word.group().startswith("tax") or not sentence.endswith(
        ("% ", "cent "), 0, word.start()
    ):
        return False
    stop = _TAX_PHRASE_END.search(sentence, word.end())
    end = stop.start() if stop else len(sentence)
    if "import" in sentence[max(0, word.start() - 60) : end]:
        return False
    return not any(word.end() <= m.start < end for m in mentions)


_DEPOSIT_ENDS = ("deposit", "deposits", "deposit rate", "deposit rates")
_TRADE_REMEDY = regex(
    r"\b(?:anti-?dumping|dumping|anti-?subsidy|countervailing|provisional|customs|importers?)\b"
)
# "the tariffs", "these duties", "both levies": tariffs told before, several of them
_PLURAL_BACK = LiteralGated(
    regex(
        r"\b(?:the|these|those|both|such)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:tariffs|duties|levies|surtaxes|counter-?tariffs|measures)\b"
    )
)


def _carry_siblings(
    imposer: str, carried: tuple[str, ...], targets: list[str], siblings: dict[str, str]
) -> None:
    """Queue the targets of the levier's last rate that the loop over ``targets``
    has not reached, each with ``imposer`` as its levier."""
    for t in carried:
        if t not in targets and t != imposer and t != "*":
            targets.append(t)
            siblings[t] = imposer


def _partner_target(
    imposer: str,
    scope_m: re.Match[str] | None,
    ctx: StoryContext,
    *,
    marked: bool = False,
    goods_named: bool = False,
    safeguard: bool = False,
) -> str:
    has_scope = goods_named or (
        scope_m is not None and _GOODS_SCOPE.search(scope_m.group("scope")) is not None
    )
    if has_scope and safeguard:
        return "*"  # a safeguard duty on goods guards against them from every origin
    last = ctx.carried()
    if last is not None and not has_scope and "*" not in last:
        if last[0] == imposer and last[1] != imposer:
            return last[1]  # "the rate", "the levy": the target of the story's last tariff
        if last[1] == imposer:
            # "..., and China lowered its levy": the side the story's last tariff
            # hit answers the side that levied it.
            return last[0]
    if has_scope and imposer == "US":
        # A goods scope with no country: a sector tariff on everyone, unless the
        # story is plainly about one partner ("the 25% tariff on their whisky" in
        # a story on the US and Britain).
        if scope_m is not None and _IMPORTS_SCOPE.search(scope_m.group("scope")):
            return "*"  # "on steel imports", "on imported cars": goods from anywhere
        return ctx.plain_partner(imposer) or "*"
    partner = ctx.partner(imposer)
    if partner:
        return partner
    # A story that names no other country: "Heavy trucks imported into the United
    # States will face a 25% tariff" taxes trucks from anywhere.
    return "*" if has_scope or (marked and imposer == "US") else ""


# Goods named by pointing back: "the listed goods imported from Brazil", "those
# products", "the affected imports"; a determiner alone ("the goods") may be all.
_GOODS_TOLD_BEFORE = regex(
    r"(?:(?:those|these)\s+(?:same\s+|listed\s+|named\s+|affected\s+)?|the\s+(?:same|listed|"
    r"named|affected|targeted|covered|specified|above)\s+)(?:goods|products|items|imports)\b"
    r"(?:\s+(?:imported|made|shipped))?(?:\s+from\s+\S+(?:\s+\S+)?)?\s*$"
)
_WHEN_NOT_GOODS = regex(
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


_CASE_OVER_GOODS = regex(
    r"\b(?:wto\s+)?(?:dispute|case|challenge|complaint)\s+(?:over|on|about)\s+"
    r"(?!(?:the|its|their|a|an|this|that|tariffs?|duties|levies)\b)(?P<goods>[a-z][\w-]+)"
    r"(?=\s+(?:while|as|and|after|until|if|unless)\b|[,.;])"
)
_OWNED_GOODS_WORD = regex(
    rf"['’]s\s+(?P<goods>(?:{_GOODS_NOUNS}))\s+"
    r"(?:" + TARIFF_NOUNS + r")\b"
)
_ON_WORD = regex(r"\b(?:on|against)\s")


def _earlier_goods(
    sentence: str, orig: str, roles: list[Role], before: int
) -> tuple[str, frozenset[str]] | None:
    """The last goods phrase after "on" before ``before`` that names a country's
    own goods ("on Australian wine"), with the codes of the sides a rate on them
    is between: the goods' origin as target ("T:AU"), the tariff's owner as
    imposer ("I:CL" for "Chile's wine tariffs"), or any side a trade case names."""
    found: tuple[str, frozenset[str]] | None = None
    # Every "on" starts a phrase of its own ("on Monday made its duties on Thai rice").
    for on in _ON_WORD.finditer(sentence, 0, before):
        m = _SCOPE.match(sentence, on.start(), before)
        if m is None:
            continue
        text = m.group("scope")
        if not _GOODS_SCOPE.search(text) or _WHEN_NOT_GOODS.match(text):
            continue
        codes = frozenset(
            r.mention.code for r in roles if m.start("scope") <= r.mention.start < m.end("scope")
        )
        phrase = orig[m.start("scope") : m.end("scope")]
        scope, all_goods = _scope(phrase, roles)
        if codes and not all_goods:
            found = (scope, frozenset("T:" + c for c in codes))
    # "suspend its WTO dispute over barley while Beijing reviews its 80.5% duties":
    # the goods a trade case is about are those of the duties the sentence names
    case = _CASE_OVER_GOODS.search(sentence, 0, before)
    if case is not None and found is None:
        found = (
            orig[case.start("goods") : case.end("goods")],
            frozenset(f"{side}:{r.mention.code}" for r in roles for side in "IT"),
        )
    # "China's wine tariffs": goods before a tariff word, with their owner's name
    for owned in _OWNED_GOODS_WORD.finditer(sentence, 0, before):
        codes = frozenset(r.mention.code for r in roles if r.mention.end == owned.start())
        if codes:
            found = (
                orig[owned.start("goods") : owned.end("goods")],
                frozenset("I:" + c for c in codes),
            )
    return found


def _scope(phrase: str | None, roles: list[Role]) -> tuple[str, bool]:
    if phrase:
        phrase = _ON_TOP_TAIL.sub("", phrase.strip())  # "on top of the 6.1% tariff": the base
    if not phrase:
        return "all goods", True
    phrase = _SCOPE_TAIL.sub("", phrase.strip())
    bare = phrase
    for r in roles:
        bare = bare.replace(r.mention.text, " ")
    bare = re.sub(
        r"\b(?:imports?|goods)\s+from\s*$|\s+", lambda m: " " if m.group().isspace() else "", bare
    ).strip()
    bare = re.sub(r"^(?:the|all|of)\s+", "", cues.lower(bare)).strip()
    if _GENERIC_GOODS.match(bare) and not phrase.lower().startswith(("most", "some", "many")):
        return "all goods", True
    words = phrase.split()
    if words and any(words[0] == r.mention.text for r in roles) and len(words) > 1:
        phrase = " ".join(words[1:])
    return phrase, False


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
