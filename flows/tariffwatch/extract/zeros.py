"""Rates of zero written without a number: a tariff removed, scrapped or waived,
goods let in "free of" or "without" tariffs, "zero tariffs", a side that "imposes no"
tariffs, "none on" the last goods of a list of rates, tariffs "removed them" after.

Each shape below ends right before a tariff word; the words of the shape stand
where a percentage would, so the tariff rules read the sides, status and dates
around them as for any rate. A removal verb with a number after it ("lifted
tariffs to 25%", "scrap its 100% tariff") is no zero: the number is the rate,
and the tariff rules read it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tariffwatch.extract.cues import TARIFF_WORD, gate_patterns
from tariffwatch.extract.regex_cache import regex

_WORD = TARIFF_WORD.pattern
# Up to three words between the shape and its tariff word ("all remaining
# retaliatory tariffs"), but no number: "its 100% tariff" is a rate.
# "eliminate or reduce tariffs" promises no zero: no "or"/"and" right after the
# verb; "lift steel and aluminum tariffs" may join the goods.
_FILLER = r"(?:(?!(?:or|and)\s)[a-z'’-]+\s+(?:[a-z'’-]+\s+){0,3}?)?"

TO_ZERO = "to zero"
REMOVED_THEM = "removed them"
_REMOVE = (
    r"\b(?:remov(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|lift(?:s|ed|ing)?|"
    r"drop(?:s|ped|ping)?|eliminat(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|"
    r"waiv(?:e|es|ed|ing)|repeal(?:s|ed|ing)?|rescind(?:s|ed|ing)?|"
    r"withdr(?:aw|aws|awn|awing|ew))"
)
NONE_ON = "none on"
FREE = "duty-free"
# One shape a row: the phenomenon, the literals one of which every match holds
# (the pattern runs only where one is found), the pattern (on lowercased text).
ZERO_SHAPES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = (
    (
        "removal verb",  # "scrap tariffs on", "will remove all tariffs on", "drop its duties on"
        (
            "remov",
            "scrap",
            "lift",
            "drop",
            "eliminat",
            "abolish",
            "waiv",
            "repeal",
            "rescind",
            "withdr",
        ),
        # "withdrew its threat to double tariffs", "dropped plans to raise duties": the
        # plan is removed, not the tariff
        regex(
            _REMOVE + r"\s+(?!(?:(?:the|a|its|his|her|their)\s+)?(?:[\w-]+\s+)?(?:threats?|plans?|"
            r"proposals?|bids?|ideas?|demands?|ultimatums?)\b)" + _FILLER + r"(?=" + _WORD + r")"
        ),
    ),
    # "put tariffs on Canadian steel in 2018 but removed them a year later": the
    # tariffs told before in the sentence, removed through a pronoun.
    (
        REMOVED_THEM,
        ("remov", "scrap", "lift", "drop", "eliminat", "abolish", "repeal", "rescind"),
        regex(_REMOVE + r"\s+(?:them|those)\b(?!\s+(?:to|at|from)\b)"),
    ),
    ("zero", ("zero",), regex(r"\bzero[- ](?:for[- ]zero\s+)?(?=" + _WORD + r")")),
    (
        "free of",  # "free of China's punitive tariff", "without tariffs"
        ("free", "without"),
        # "without imposing tariffs" is a zero; "without spelling out new taxes" none
        regex(
            r"\b(?:free\s+(?:of|from)|without)\s+(?!(?!(?:impos|charg|pay|fac|levy|"
            r"apply|incurr|attract)ing)[a-z]+ing\s)" + _FILLER + r"(?=" + _WORD + r")"
        ),
    ),
    (
        # "are exempt from the additional duties"; a bare "exempt from tariffs"
        # describes goods ("25% of exports are energy, exempt from tariffs").
        "exempt from",
        ("exempt",),
        regex(
            r"\bexempt(?:ed)?\s+from\s+(?:the|these|those|its|their|any|all|additional|new)\s+"
            + _FILLER
            + r"(?="
            + _WORD
            + r")"
        ),
    ),
    (
        "face no",  # "American exports will face no tariffs"
        (" no ",),
        regex(
            r"\b(?:(?:fac(?:e|es|ed|ing)|pay(?:s|ing)?|carr(?:y|ies|ying)|impos(?:e|es|ing)|"
            r"charg(?:e|es|ing)|lev(?:y|ies|ying)|apply|applies|applying)\s+no|"
            r"no\s+longer\s+(?:face|pay|carry|be\s+subject\s+to))\s+"
            + _FILLER
            + r"(?="
            + _WORD
            + r")"
        ),
    ),
    # The shapes above come before their tariff word; this one stands where a
    # number would, after it: "cut its tariff on ethanol to zero".
    (TO_ZERO, ("zero",), regex(r"\b(?:to|at)\s+zero\b(?![- ](?:for|percent|per\b|pct))")),
    # A list's last rate given as none: "15% on European goods, with none on
    # American goods", "19% on its goods and nothing on US exports".
    (
        NONE_ON,
        ("none", "nothing"),
        # joined to the list ("said nothing on timing" is no rate)
        regex(r"(?:(?<=, )|(?<=\bwith )|(?<=\band )|(?<=\bbut ))(?:none|nothing)\s+(?=on\s)"),
    ),
    # Rate and tariff word in one: "American cars will enter Vietnam duty-free";
    # a duty-free quota, shop or allowance is no rate on a country's goods.
    (
        FREE,
        ("free",),
        regex(
            r"\b(?:duty|tariff|customs)[- ]free\b(?![- ](?:quotas?|shops?|stores?|allowances?|"
            r"limits?|thresholds?|zones?|areas?|ports?|status|treatment\s+for\s+up))"
        ),
    ),
)
ZERO_STEMS = tuple(dict.fromkeys(stem for _, stems, _ in ZERO_SHAPES for stem in stems))
# "stay until Washington lifts its tariffs": a condition, not a decision.
CONDITION_BEFORE = regex(
    r"\b(?:until|unless|if|once)\s+(?:[\w.'’-]+\s+){0,4}$"
    # "did not drop its duty", "refused to lift": no removal at all
    r"|(?:\bnot|n['’]t|\bnever|\brefus\w*\s+to|\bdeclin\w*\s+to)\s+(?:[\w-]+\s+)?$"
    # "urged Washington to remove its tariffs": an appeal to the other side, no decision
    r"|\b(?:urg\w*|ask\w*|press\w*|call\w*\s+on|calls?\s+for|demand\w*|appeal\w*\s+to|"
    r"lobb\w*)\s+(?:[\w.'’-]+\s+){0,3}?to\s+(?:[\w-]+\s+)?$"
)
# "urged Washington to correct its wrongdoing at once, remove all unilateral tariff
# measures ...", "demanded that the US lift its steel tariffs": a removal one side
# asks of the other, however many demands stand before it, is no decision.
_APPEAL_BEFORE = regex(
    r"\b(?:urg(?:e|es|ed|ing)(?!\s+by\b)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?(?!\s+(?:ahead|on)\b)|"
    r"call(?:s|ed|ing)?\s+on|demand(?:s|ed|ing)?|appeal(?:s|ed|ing)?\s+to|"
    r"lobb(?:y|ies|ied|ying))\s+(?:[\w.'’-]+\s+){0,4}?(?:to|that)\s+"
    r"(?:(?!\b(?:but|while|after|since|before|when|said|says|then)\b|,\s*and\b)[^.;:])*$"
    # "New Delhi wants Washington to roll back the 26% tariff": the other side named
    # between (not "Ottawa wants to drop its own duties", a plan of its own)
    r"|\bwant(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,4}?to\s+"
    r"(?:(?!\b(?:but|while|after|since|before|when|said|says|then)\b|,\s*and\b)[^.;:])*$"
)


def appealed(low: str, at: int) -> bool:
    """Whether the removal verb at ``at`` is what one side asks of another."""
    return _APPEAL_BEFORE.search(low, max(0, at - 110), at) is not None


# "the de minimis rule that let goods worth under $800 in duty-free": a rule or a
# threshold described, not a rate set on a country's goods.
_FREE_DESCRIBED = regex(
    r"\b(?:that|which)\s+(?:[\w$,.'’-]+\s+){0,12}?$|de\s+minimis|worth\s+(?:less|under|below)|"
    r"(?:under|below|less\s+than)\s+\$|threshold|loophole"
    # "goods entering duty-free under the pact will not pay ...": a class of goods
    r"|\b(?:entering|arriving|coming|crossing|moving|traded|trading)\s+(?:[\w.'’-]+\s+){0,3}?$"
)
_RATE_BEFORE = regex(r"\d\s*(?:%|percent\b|per\s?cent\b)")
# "About 85% of Canadian exports to the US are tariff-free", "two-thirds of its
# shipments remain free of tariffs", "while the rest enter duty-free": a share of
# the trade told free as things stand sets no tariff to zero. A share a decision
# frees is a fact ("99% of Indian exports would face no import duty under the
# agreement": the labelled sets' zero on that share), so no "will"/"would" between.
# Nor a tariff word or other figure between the share and the zero ("half of its
# exports face a 40% duty, and the rest ..." names its own rate first).
_SHARE_FREE = regex(
    r"(?:\b\d{1,3}(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)\s+of\b|"
    r"\b(?:half|a\s+third|two[- ]thirds|three[- ]quarters|a\s+quarter|a\s+fifth|"
    r"the\s+(?:vast\s+)?(?:bulk|majority))\s+of\b|\bthe\s+(?:rest|remainder)\b)"
    r"(?:(?!\b(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax\w*|will|would|shall|becom\w*|"
    r"set\s+to|due\s+to|to\s+be)\b)[^.;%\d])*$"
)
_SHARED_SHAPES = frozenset((FREE, "free of", "exempt from", "face no"))
# "lifted tariffs on steel to 25%": a new rate follows in the same clause.
_RATE_AFTER = regex(r"[^.;:]{0,80}?\b(?:to|at)\s+(?:about\s+|around\s+)?\d")


# Any shape at all, before the tests of its surroundings: the cheap gate that
# tells whether a sentence may hold a zero (numbers.percent_hint() includes it).
ZERO_HINT = "|".join(f"(?:{p.pattern})" for _, _, p in ZERO_SHAPES)


def _matches(
    low: str, ranges: list[tuple[int, int]] | None = None
) -> list[tuple[str, re.Match[str]]]:
    """Every shape's matches, tried only where one of its literals stands: at the
    literal's word, or at the word before it ("face no", "to zero"). With
    ``ranges``, the literals are looked for only inside them."""
    out: list[tuple[str, re.Match[str]]] = []
    # Most stems are absent: one ``in`` over the ranges joined tells so, where a
    # ``find`` per range pays its call for each.
    hay = low if ranges is None else "\0".join(low[a:b] for a, b in ranges)
    # Several shapes share stems ("lift", "zero"): each is looked for once.
    found: dict[str, list[int]] = {}
    for name, stems, pattern in ZERO_SHAPES:
        tried: set[int] = set()
        for stem in stems:
            places = found.get(stem)
            if places is None:
                places = found[stem] = _finds(low, stem, ranges) if stem in hay else []
            for i in places:
                at = i + 1 if stem.startswith(" ") else i
                before = low.rfind(" ", 0, max(0, at - 1)) + 1
                for start in (at, before):
                    if start not in tried:
                        tried.add(start)
                        m = pattern.match(low, start)
                        if m is not None:
                            out.append((name, m))
    return out


def _finds(low: str, stem: str, ranges: list[tuple[int, int]] | None = None) -> list[int]:
    out: list[int] = []
    for a, b in ranges if ranges is not None else ((0, len(low)),):
        i = low.find(stem, a, b)
        while i >= 0:
            out.append(i)
            i = low.find(stem, i + 1, b)
    return out


_LONGEST_STEM = max(map(len, ZERO_STEMS))


def zero_hits(low: str, lines: Collection[int] | None = None) -> list[int]:
    """Starts of every shape's match in ``low``: a superset of find_zero_rates.

    ``lines``: only the matches that start on the lines (paragraphs) that start
    at these positions are wanted; the stems are then looked for on those lines
    only, and in the first two words of the line after each (a match may start
    at the word before its stem: "to" ending a line, "zero" opening the next)."""
    if lines is None:
        return sorted(m.start() for _, m in _matches(low))
    n = len(low)
    ranges: list[tuple[int, int]] = []
    for a in sorted(lines):
        stop = low.find("\n", a)
        if stop < 0:
            b = n
        else:
            # The word before a stem is found back from the space before the
            # stem's own word: a stem in the next line's first two words may
            # still have it on this line.
            space = low.find(" ", stop + 1)
            b = min(n, (space if space >= 0 else n) + 2 + _LONGEST_STEM)
        if ranges and a <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(b, ranges[-1][1]))
        else:
            ranges.append((a, b))
    starts = set(lines)
    return sorted(
        m.start() for _, m in _matches(low, ranges) if low.rfind("\n", 0, m.start()) + 1 in starts
    )


def has_zero_stem(low: str) -> bool:
    for stem in ZERO_STEMS:  # noqa: SIM110  (a loop of C substring tests is cheapest)
        if stem in low:
            return True
    return False


# "agreed to work toward zero tariffs", "a goal of zero tariffs": an aim of talks,
# no rate set
_GOAL_BEFORE = regex(
    r"\b(?:toward|towards|goal\s+of|aim\s+of|aim\w*\s+(?:at|for)|push\w*\s+for|"
    r"seek\w*|pursu\w*|negotiat\w*\s+(?:on|over|for))\s+(?:[a-z'’-]+\s+){0,2}$"
)


def find_zero_rates(low: str) -> list[tuple[int, int, str]]:
    """Zero rates in a lowercased sentence: start, end and words of each shape."""
    if not has_zero_stem(low):
        return []
    out: list[tuple[int, int, str]] = []
    for name, m in _matches(low):
        if name in _SHARED_SHAPES and _SHARE_FREE.search(low, max(0, m.start() - 120), m.start()):
            continue
        if name == TO_ZERO:
            at = m.end() - 4  # the word "zero": where "10%" would stand
            out.append((at, m.end(), "zero"))
            continue
        if name == NONE_ON:
            # only as the last item of a list of rates: "said nothing on tariffs" is none
            if _RATE_BEFORE.search(low, 0, m.start()) is not None:
                none = m.group().rstrip()
                out.append((m.start(), m.start() + len(none), none))
            continue
        if name == FREE:
            if not CONDITION_BEFORE.search(
                low, max(0, m.start() - 40), m.start()
            ) and not _FREE_DESCRIBED.search(low, max(0, m.start() - 90), m.start()):
                out.append((m.start(), m.end(), FREE))
            continue
        if name == REMOVED_THEM:
            if TARIFF_WORD.search(low, 0, m.start()) is not None and not CONDITION_BEFORE.search(
                low, max(0, m.start() - 40), m.start()
            ):
                out.append((m.start(), m.end(), m.group()))
            continue
        word = TARIFF_WORD.match(low, m.end())
        if word is None or _RATE_AFTER.match(low, word.end()):
            continue
        if CONDITION_BEFORE.search(low, max(0, m.start() - 40), m.start()) or appealed(
            low, m.start()
        ):
            continue
        if name == "zero" and _GOAL_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue
        out.append((m.start(), m.end(), m.group().strip()))
    out.sort()
    return out


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
