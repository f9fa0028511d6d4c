"""The talks cue table: which words say what state talks are in.

One row per way of saying a status: (status, literal stems, pattern, role).
The stems gate the pattern (a row whose stems are all absent from the
sentence is never run); the pattern is matched on lowercased text. Roles:

    ""          a plain cue
    "timed"     counts only when the sentence names a future time ("will meet
                next week"): "will hold more talks" alone sets no date
    "near"      counts only near a meeting word ("is due to start" says
                nothing of talks on its own)
    "backdrop"  talks named as the road to something ("after two days of
                talks"): beside a deal they are the deal's own talks
    "noun"      a deal named as standing, not reached here ("their trade
                deals", "under the deal", "the truce"): only a plain negation
                undoes it, and it needs a second side named
    "joint"     a step on tariffs that is a deal only when both sides take
                it ("X and Y agreed to suspend the tariffs")
    "settle"    a dispute settled or a trade war ended: a deal when done, and
                nothing when only wanted ("efforts to resolve the dispute")
    "rate"      a rate agreed for a side ("the 15% rate agreed for the EU"):
                the deal is between that side and the one levying the rate
    "won"       a side that won a tariff cut or exemption ("Japan won a cut in
                its auto tariff"): a deal of that side with its levier

What undoes a cue a few words before it: ``HEDGE`` ("no deal", "if talks
fail", "could meet"; "would" after a verb of saying is reported future, not a
condition). What turns a deal into talks toward one: ``WISH`` and ``TOWARD``
("tries to strike a deal", "will reach an agreement", "close to a deal").
Talks that are not trade talks between governments (``_NOT_TRADE``: peace
talks, a merger deal, a central bank's meeting) and cues whose "with" side is
no state ("met with CEOs") are none. ``scan`` reads every cue of a sentence;
of overlapping cues a strong status wins, and a weak cue that is a collapse's
or stall's object ("called off the planned meeting") is dropped.
See tests/test_extract_talks.py for the phenomena, one table each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tariffwatch.extract.cues import (
    LiteralGated,
    StemGate,
    as_written,
    first_char_gate,
    gate_patterns,
    has_any,
    required_literals,
)
from tariffwatch.extract.regex_cache import regex
from tariffwatch.model import NegotiationStatus

# A token between a verb and its object: words, quotes, numbers, "90-day".
_T = r"[\w\"“”'‘’$%.-]+,?"
DEAL = (
    r"(?:deals?|agreements?|frameworks?|accords?|pacts?|truces?|consensus(?:es)?|understanding|"
    # "signed an FTA with Oman", "the India-Oman CEPA"
    r"ftas?|cepas?|"
    # "signed a comprehensive economic partnership": a trade deal named by its kind
    # (not "a strategic partnership", "a partnership with Nvidia")
    r"(?:economic|trade)\s+partnerships?|"
    r"joint\s+(?:[\w-]+\s+)?(?:statements?|declarations?)|memorand(?:um|a)\b|"
    r"declarations?\s+of\s+intent)"
)
_TALKS = r"(?:talks|negotiations|discussions|consultations|dialogue)"
# "talks between Canada and the US had begun": the sides between a noun and its verb.
_NOT_MODAL = r"(?!(?:could|would|may|might|will|should|can|be)\b)"
# ... and what they are about, after the sides or instead of them: "talks between
# Brussels and Beijing on minimum prices continue", "talks over steel have failed".
_TOPIC = r"(?:(?:on|over|about)\s+(?:" + _NOT_MODAL + r"[\w.'’-]+\s+){1,4}?)?"
_PP = r"(?:(?:between|with|among)\s+(?:" + _NOT_MODAL + r"[\w.'’-]+\s+){1,5}?)?" + _TOPIC
# What talks under way are to do next: end, wrap up, go on.
_UNDER_WAY_END = r"conclude|end|finish|wrap\s+up|close|continue|go\s+on|drag\s+on|produce|yield"
_MEETING = r"(?:talks|negotiations|discussions|consultations|meetings?|round|summit|session)"
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|aug|sept?|oct|nov|dec)"
)
# What talks "reach" when they stall: "reached an impasse", "hit a dead end".
_DEAD_END = r"(?:impasse|deadlock|stalemate|standstill|dead\s*end|breaking\s+point|roadblock)\b"
# What may stand between a verb and the talks it calls off or puts off:
# "cancelled upcoming trade talks", "postponed next week's planned round".
_TALK_MODS = (
    r"(?:(?:the|its|their|a|an|all|this|upcoming|planned|scheduled|proposed|trade|high-level|"
    r"formal|bilateral|next\s+(?:week|month)['’]s|(?:[\w-]+['’]s))\s+){0,4}"
)
# A time still to come: "will meet" needs one to be a date, not a wish.
FUTURE_TIME = regex(
    r"\b(?:next\s+(?:week|month|year|round|" + _DAYS + r")|later\s+(?:this|in\s+the)\s+\w+|"
    r"early\s+next|tomorrow|this\s+(?:coming\s+)?(?:week|weekend|month|" + _DAYS + r")|"
    r"(?:on|this|next)\s+" + _DAYS + r"|in\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+)?"
    r"(?:days|weeks?|months?)|"
    r"(?:on|in|for|by)\s+(?:early\s+|mid-?|late\s+)?" + _MONTHS + r"\b|"
    r"(?:on|by)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r"\b|"
    r"in\s+(?:a|one|two|three|four|a\s+few|several|\d+)\s+(?:days|weeks?)(?!\s+of\b)|"
    r"(?:early|late|mid)[-\s]+(?:in\s+)?" + _MONTHS + r"|"
    # "at the end of October", "by the start of next month"
    r"(?:at|by|before|around)\s+the\s+(?:end|start|beginning|middle)\s+of\s+(?:this\s+|next\s+)?"
    r"(?:week|month|year|" + _MONTHS + r")\b|within\s+(?:(?:a|the\s+next|two|three|"
    r"four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+)?(?:days?|weeks?)|"
    r"days\s+(?:before|ahead\s+of)|(?:will|to)\s+(?:take\s+place|be\s+held|meet|begin|start)\s+"
    + _DAYS
    + r")"
)

Row = tuple[NegotiationStatus, tuple[str, ...], re.Pattern[str], str]


def _row(status: NegotiationStatus, stems: tuple[str, ...], pattern: str, role: str = "") -> Row:
    # behind a lookahead on its first characters: the engine skips the other word
    # starts at once instead of trying every alternative there (same matches)
    return status, stems, first_char_gate(regex(pattern)), role


CUES: tuple[Row, ...] = (
    # -- collapsed: talks broke off, ended without a deal, were called off
    _row(
        "collapsed",
        (
            "broke",
            "break",
            "collaps",
            "called off",
            "walk",
            "quit",
            "fell",
            "fall apart",
            "unravel",
            "abandon",
            "pulled out",
            "terminat",
            "cancel",
            "scrap",
            "failed",
            "abruptly",
            "failure",
            "acrimony",
            "dead",
            " over",
            " off",
        ),
        # ("nearly collapsed", "almost broke down": they did not)
        r"(?<!nearly\s)(?<!almost\s)"
        r"\b(?:broke\s+(?:off|down)|break\s+(?:off|down)|broken\s+(?:off|down)|collaps\w*|"
        r"called\s+off|walk\w*\s+(?:away|out)|walk-?outs?\s+from|fell\s+(?:apart|through)|fall\s+apart|"
        # "the pact between Australia and the EU unravelled"
        r"unravel(?:l)?(?:ed|s)\b|"
        r"quit(?:s|ting)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?" + _TALKS + r"|"
        # "pulled out of the talks", not "pulled out of a submarine contract"
        r"abandon\w*|pulled\s+out\s+of\s+(?:[\w-]+\s+){0,3}?(?:"
        + _TALKS
        + r"|round|meetings?|summit|negotiating\s+table|"
        + DEAL
        + r")\b|terminat\w*\s+(?:the\s+|all\s+|trade\s+)*"
        + _TALKS
        + r"|"
        r"cancel\w*\s+"
        + _TALK_MODS
        + r"(?:"
        + _TALKS
        + r"|meeting|visit|trip|round)|scrapp\w*\s+(?:the\s+)?"
        + _TALKS
        + r"|"
        + _TALKS
        + r"\s+"
        + _PP
        + r"(?:have\s+|had\s+)?(?:failed|ended\s+abruptly)\b(?!\s+to\b)|"
        # "the talks ended in failure", "the deal is dead"
        r"\bend(?:s|ed|ing)?\s+in\s+(?:failure|acrimony|deadlock|stalemate)|"
        r"\b(?:deal|agreement|talks|negotiations)\s+"
        + _PP
        + r"(?:is|was|are|were)\s+(?:now\s+|effectively\s+)?dead\b|"
        # "trade talks with Canada were over", "the talks are off"
        + _TALKS
        + r"\s+"
        + _PP
        # (a quote may close first: "declared that 'the trade talks are over', ...")
        + r"(?:is|was|are|were)\s+(?:now\s+|effectively\s+)?(?:over|off)"
        r"(?=[\"”'’]?\s*(?:[,.;\"”]|$|\s+(?:and|but|for\s+now)\b)))",
    ),
    _row(
        "collapsed",
        ("without",),
        # "broke up without an agreement": the talks ended
        r"\b(?:end\w*|broke\s+up|break\s+up|wrap\w*\s+up|conclud\w*)\s+"
        r"(?:[\w-]+,?\s+){0,6}?without\s+(?:[\w-]+\s+){0,2}?(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?"
        r"(?:deal|agreement|success|breakthrough|resolution)",
    ),
    _row(
        "collapsed",
        (
            "with no",
            " them",
            " off",
            " it ",
            "cut off",
            "plug",
            "end",
            "no deal",
            "no agreement",
            "terminat",
            "cancel",
            "called off",
            "scrapped",
            "abandoned",
        ),
        # "talks ended with no deal", "cut off all trade talks with Canada"
        r"\b(?:(?:ended|terminated|scrapped|broke\s+off|called\s+off)\s+(?:them|it)\b|called\s+"
        r"(?:them|it)\s+off|call(?:s|ed|ing)?\s+(?:the|their|a|this|that)\s+(?:planned\s+)?"
        r"(?:meeting|summit|talks|trip|visit)\s+(?:with\s+(?:[\w.'’-]+\s+){1,3}?)?off\b|(?:end\w*|broke\s+up|conclud\w*|wrap\w*\s+up)\s+(?:[\w-]+,?\s+){0,6}?"
        r"with\s+no\s+"
        r"(?:[\w-]+\s+)?(?:deal|agreement|breakthrough|resolution)|(?:cut|cuts|cutting)\s+off\s+"
        r"(?:all\s+|the\s+|their\s+)?(?:trade\s+)?"
        + _TALKS
        # "an immediate end to all trade talks with Canada", "the termination of talks"
        + r"|\b(?:end|termination)\s+(?:to|of)\s+(?:(?:the|all|their|its)\s+)*(?:[\w-]+\s+)?"
        + _TALKS
        + r"|pull\w*\s+(?:the\s+)?plug\s+on|(?:end|ends|ended|"
        r"ending)\s+(?:all\s+)?(?:trade\s+)?(?:talks|negotiations)\s+with|(?:end|ends|ended|ending)\s+"
        r"(?:(?:the|all|their|its)\s+)?(?:trade\s+)?(?:talks|negotiations|discussions)\b"
        r"(?!\s+(?:with|in|on)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|note))|no\s+(?:deal|agreement)\s+"
        r"(?:was|has\s+been)\s+reached|" + _TALKS + r"\s+" + _PP + r"(?:were|was|have\s+been|had\s+"
        r"been|are|is)\s+(?:\w+\s+)?(?:terminated|cancell?ed|called\s+off|scrapped|abandoned))",
    ),
    # Talks that "failed to produce a deal" are over without one; those that "have
    # failed to", "so far/still/yet failed to" or failed to make progress are only
    # stuck (the stall row below).
    _row(
        "collapsed",
        ("failed to", "fails to", "fail to"),
        r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bfar\s)(?<!\bstill\s)(?<!\byet\s)(?<!\bagain\s)"
        r"(?<!\brepeatedly\s)\b(?:failed|fails|(?<=talks\s)fail|(?<=negotiations\s)fail)\s+to\s+"
        r"(?:produce|reach|clinch|strike|secure|land|yield|deliver|seal|agree\s+on|conclude|"
        r"hammer\s+out|nail\s+down)\s+(?:(?:a|an|any)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:deal|agreement|accord|pact|truce)s?\b",
    ),
    # -- resumed: talks restarted; a verb of starting again needs talks for its object
    _row(
        "resumed",
        ("resum", "restart", "reviv", "relaunch", "re-launch", "start"),
        r"\b(?:resum|restart|reviv|re-?launch|kick-?start)\w*(?=\s+(?:[\w-]+\s+){0,3}?"
        + _TALKS
        + r"|\s*[,.;]|\s*$|\s+(?:on|in|after|next|later|this|last|soon|from|with|talks|them|until|"
        r"till|before|once|only)\b)",
    ),
    _row(
        "resumed",
        ("open", "table", "engag", "restor", "patch", "back on", "rejoin"),
        r"\b(?:rejoin\w*\s+(?:the\s+)?(?:[\w-]+\s+)?"
        + _TALKS
        + r"|re-?open\w*\s+(?:\w+\s+)?"
        + _TALKS
        + r"|"
        + _TALKS
        + r"\s+"
        + _PP
        + r"(?:are\s+|were\s+|is\s+|was\s+)?(?:now\s+)?back\s+"
        r"on\b|(?:return\w*|back)\s+to\s+the\s+"
        r"(?:negotiating\s+)?table|re-?engag\w*|restor\w*\s+(?:the\s+)?" + _TALKS + r"|"
        r"patch\w*\s+(?:things\s+|it\s+|relations\s+)?up)",
    ),
    # -- stalled: deadlock, no progress, talks paused or suspended
    _row(
        "stalled",
        (
            "stall",
            "deadlock",
            "impasse",
            "stalemate",
            "progress",
            "headway",
            "breakthrough",
            "bogged",
            "snag",
            "wall",
            "roadblock",
            "stumbling",
            "nowhere",
            "sputter",
            "falter",
            "no sign",
            "halt",
            "standstill",
            "petered",
            "momentum",
            "aground",
        ),
        r"\b(?:stall\w*|deadlock\w*|impasse|stalemate|"
        # "talks have run aground", "talks snag on farm tariffs" (the verb: "supply
        # snags on the border" is no talks word before it)
        r"(?:run|ran|runs|running)\s+aground|(?:talks|negotiations)\s+"
        + _PP
        + r"(?:have\s+|has\s+|had\s+)?snag(?:s|ged)?\s+(?:on|over)\b|(?:no|little|scant|without)\s+"
        r"(?:real\s+|further\s+|significant\s+|major\s+)?(?:progress|headway|breakthrough)|bogged\s+down|"
        r"hit\s+(?:a\s+)?(?:snag|wall|roadblock|stumbling\s+block)|going\s+nowhere|"
        r"(?:ground|grind\w*|c[oa]me|comes|coming)\s+to\s+a\s+(?:halt|standstill)|at\s+a\s+standstill|"
        r"petered\s+out|los(?:t|e|es|ing)\s+(?:its\s+|their\s+|some\s+)?momentum|sputter\w*|falter\w*|no\s+sign\s+of\s+"
        r"(?:reaching|progress|a\s+breakthrough|an?\s+(?:[\w-]+\s+){0,2}(?:deal|agreement)))",
    ),
    _row(
        "stalled",
        (
            "paus",
            "suspend",
            "on hold",
            "frozen",
            "froze",
            "freez",
            "stuck",
            "halt",
            "held up",
            "holding up",
            "hold up",
            "postponed",
            "delayed",
            "deferred",
            "postpon",
            "defer",
        ),
        r"\b(?:"
        + _TALKS
        # what may stand between the talks and their pause: an aside ("The
        # negotiations, which began in 2018, had been postponed"), or earlier steps of
        # the same subject ("were launched in 2007, suspended in 2013 and ...")
        + r"(?:(?:\s+(?:between|with|among|on|over)\s+[^,;]{1,50}?)?,\s+(?:which|that)\s+"
        r"[^,;]{1,60},\s+|\s+"
        + _PP
        + r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ed\s+(?:in|on)\s+"
        r"(?:[\w-]+\s+){0,2}?[\w-]+,\s+){1,3})?)"
        r"(?:\w+\s+){0,3}(?:paused|suspended|halted|on\s+hold|frozen|"
        r"stuck|postponed|delayed|deferred|"
        r"held\s+up)|(?:paus|suspend|halt|freez|postpon|defer)\w*\s+"
        + _TALK_MODS
        + r"(?:round\s+of\s+)?"
        + _TALKS
        + r"|froze\s+(?:the\s+|trade\s+)*"
        + _TALKS
        + r"|(?:held|holding|hold)\s+up\s+"
        r"(?:the\s+)?(?:\w+\s+)?" + _TALKS + r")",
    ),
    _row(
        "stalled",
        ("without",),
        # "left Washington without a deal": one visit failed, the talks did not end
        r"\b(?:leav\w*|left|return\w*|went\s+home|flew\s+home)\s+(?:[\w-]+,?\s+){0,6}?"
        r"without\s+(?:[\w-]+\s+){0,2}?(?:(?:a|an|any)\s+)?(?:[\w-]+\s+)?(?:deal|agreement|success|"
        r"breakthrough|resolution|relief|concessions?|(?:lower|reduced)\s+(?:tariff|rate)s?)",
    ),
    _row(
        "scheduled",
        ("together", "reconvene", "meet again"),
        r"\b(?:will|would)\s+(?:(?!likely|probably)\w+ly\s+)?(?:get\s+together|reconvene|"
        r"meet\s+again)\b",
    ),
    _row(
        "stalled",
        ("apart", "divided", "gaps", "sticking", "differences", "at odds"),
        # "remained far apart on autos", "wide gaps remain"
        r"\b(?:(?:remain\w*|are|were|is|was|still|stay\w*)\s+(?:very\s+|too\s+)?(?:far|wide|"
        r"miles)\s+apart|(?:remain\w*|are|were)\s+(?:deeply\s+)?divided|(?:wide|big|large)\s+gaps\s+"
        r"remain|sticking\s+points?\s+remain\w*|(?:major|key|big|deep|significant|wide)\s+differences\s+"
        r"remain\w*|(?:remain\w*|still)\s+at\s+odds)",
    ),
    _row("stalled", ("put on", "placed on"), r"\b(?:put|placed)\s+on\s+(?:hold|ice)", "on hold"),
    # The state as a noun: "the suspension of trade talks", "a freeze in negotiations";
    # a pause said to be over is a restart ("the suspension ... was lifted").
    _row(
        "stalled",
        ("suspension", "pause", "freeze", "halt"),
        r"\b(?:suspension|pause|freeze|halt)\s+(?:of|in|on)\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _TALKS + r"\b",
    ),
    _row(
        "resumed",
        ("lifted", "ended", "is over", "was over"),
        r"\b(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:now\s+)?(?:lifted|ended)|"
        r"(?:is|was)\s+(?:now\s+)?over)\b",
        "pause over",
    ),
    _row(
        "resumed",
        ("lift", "end"),
        r"\b(?:lift\w*|end\w*)\s+(?:the\s+|their\s+|its\s+)?(?:suspension|pause|freeze)\s+"
        r"(?:of|in|on)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?" + _TALKS + r"\b",
    ),
    _row(
        "stalled",
        ("no ", "limbo"),
        # "no further talks will take place until the autumn": talks with none to
        # come before a time or an event are paused; "left the talks in limbo"
        r"\bno\s+(?:further\s+|more\s+|new\s+|formal\s+)?(?:trade\s+)?" + _MEETING + r"\b"
        r"(?=[^.;]{0,80}?\b(?:until|till|before|during|pending)\b)|\bin\s+limbo\b",
    ),
    _row(
        "stalled",
        ("signing", "signature"),
        # "the signing of the EU-Mercosur deal was put off until January", "delayed the
        # signature of the pact": a concluded deal that is not sealed is stuck
        r"\b(?:signing|signature)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
        + DEAL
        + r"\b[^.;]{0,80}?\b(?:has\s+been|have\s+been|had\s+been|was|were|is|are|been)\s+"
        r"(?:\w+\s+)?(?:put\s+off|postponed|delayed|deferred|pushed\s+back)|(?:put|putting|puts)\s+"
        r"off\s+(?:the\s+)?(?:signing|signature)|(?:postpon|delay|defer)\w*\s+(?:the\s+)?"
        r"(?:signing|signature)|(?:push|pushed|pushing)\s+back\s+(?:the\s+)?(?:signing|signature)",
    ),
    _row(
        "stalled",
        ("far from", "long way"),
        # "far from reaching a deal", "an agreement is a long way off"
        r"\b(?:(?:still\s+|very\s+)?far\s+(?:away\s+)?from\s+(?:reaching|striking|sealing|clinching|"
        r"agreeing|an?\s+(?:[\w-]+\s+)?(?:deal|agreement|accord))|(?:still\s+)?a\s+long\s+way\s+"
        r"(?:off|away|from\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement)))",
    ),
    _row(
        "stalled",
        ("failed to", "failure to", "fails to"),
        r"\b(?:fail(?:ed|s)?|failure)\s+to\s+(?:reach|make\s+progress|bridge|secure|clinch|strike|"
        r"land|agree|produce|yield|deliver|break|"
        # "failed to conclude their talks by the deadline": talks left unfinished
        r"(?:conclude|finish|complete|wrap\s+up)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
        + _TALKS
        + r")",
    ),
    # -- agreement: a deal, framework, truce, joint statement reached or standing
    _row(
        "agreement",
        (
            "reach",
            "struck",
            "strik",
            "sign",
            "clinch",
            "work",
            "seal",
            "final",
            "ink",
            "conclud",
            "secur",
            "unveil",
            "approv",
            "implement",
            "execut",
            "cement",
            "hammer",
            "cut",
            "land",
            "put together",
            "announc",
            "issu",
            "wrap",
            "closed",
            "closes",
            "made",
            "hands on",
            "hands with",
            "confirm",
            "complet",
            "finish",
            "settled",
        ),
        r"\b(?:reach\w*|struck|strik\w*|sign(?:s|ed|ing|atures?\s+to)?|clinch\w*|seal\w*|finali[sz]\w*|"
        # "shook hands with Trump on a deal": the side met may stand between
        r"sh[oa]ok\s+hands\s+(?:with\s+(?:[\w.'’-]+\s+){1,4}?)?on|"
        r"ink(?:s|ed|ing)?|conclud\w*|secur(?:e|es|ed|ing)|unveil\w*|approv\w*|implement\w*|"
        r"execut(?:e|es|ed|ing)|cement\w*|"
        r"hammer\w*\s+out|work\w*\s+out|cut|land(?:s|ed|ing)?|put\s+together|announc\w*|"
        # "completed a trade agreement", "Trump, Prabowo finish trade deal"
        r"issu(?:e|es|ed|ing)|wrap\w*\s+up|confirm(?:s|ed|ing)?|complet(?:e|es|ed|ing)|"
        r"finish(?:es|ed|ing)?)\s+"
        r"(?:" + _T + r"\s+){0,7}?[\"“'‘]?" + DEAL + r"\b|"
        # "made a deal" (done), not "made progress toward a deal"; "closed a deal",
        # not "stocks closed higher on deal hopes"
        r"\b(?:made|clos(?:ed|es))\s+(?:a|an|the|its|their|this|that)\s+(?:(?:text|terms|details)\s+of\s+"
        r"(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?" + DEAL + r"\b|"
        # "settled the terms of a trade agreement" (not "settled the dispute": the
        # settle row below)
        r"\bsettled\s+the\s+(?:terms|details|text)\s+of\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}?"
        + DEAL
        + r"\b",
    ),
    # "the trade agreement the United States and South Korea reached", "the pact
    # that Canada signed": a deal whose verb follows it in an object relative clause
    # (a modal or an infinitive in between is no deal done: "the deal they hope to
    # sign"). The row after reads a one-word subject ("the deal Tokyo struck"); this
    # one a subject of several words and a pair ("the EU and India").
    _row(
        "agreement",
        ("reached", "struck", "signed", "concluded", "sealed", "clinched", "inked"),
        r"\b" + DEAL + r"\s+(?:that\s+|which\s+)?(?:the\s+)?(?:(?!(?:would|could|may|might|will|"
        r"shall|to|be|been|being|not|never|yet|has|have|had|is|are|was|were|that|which|and|or)\b)"
        r"[\w.'’-]+\s+(?:and\s+(?:the\s+)?)?){1,4}?(?:have\s+|had\s+|has\s+)?(?:reached|struck|signed|"
        r"concluded|sealed|clinched|inked)\b",
    ),
    _row(
        "agreement",
        (
            "negotiated",
            "after negotiating",
            "despite negotiating",
            "having negotiating",
            "ironed",
            "hashed",
            "thrashed",
        ),
        # "Britain, which negotiated a trade deal with the US", "despite negotiating a
        # broader trade deal", "the deal, hashed out at the summit": a deal done, not
        # talks under way ("is negotiating a deal"); not "negotiated for months over a
        # deal without reaching one"
        r"\b(?:negotiated|(?:after|despite|since|having)\s+negotiating|(?:ironed|hashed|thrashed)\s+out)\s+"
        r"(?:a|an|the|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?" + DEAL + r"\b"
        r"(?![^.;]*\b(?:without|fail\w*|but\s+(?:could\s+not|couldn['’]t|did\s+not))\b)",
    ),
    _row(
        "agreement",
        ("agree",),
        # "agreed to a pause" is a deal, "agreed to pause the tariffs" one side's step
        # (a quote may close after the verb: "'fully agreed' on trade deal")
        r"\bagree(?:d|s|ing)?[\"”'’]?\s+(?:(?:late\s+|early\s+)?on\s+\w+day\s+)?(?:(?:on|to)\s+(?:a|an|the|their|its|"
        r"this|that)\s+|on\s+|"
        r"(?:a|an|the|their|its|this)\s+|(?!to\b))"
        r"(?!(?:to\s+)?(?:work|negotiate|pursue|seek|reach|conclude|strike|try|aim|push|talk|hold|"
        r"meet|resume|continue)\b|that\b)(?:[\w\"“”'‘’$.-]+\s+){0,5}?(?:"
        + DEAL
        + r"|pause|ceasefire|"
        r"suspension|extension|freeze)\b",
    ),
    _row(
        "agreement",
        ("agree",),
        # "X and Y agreed to suspend the tariffs": a joint step on the tariffs is a
        # deal; one side agreeing to lower its own tariff is not
        # "agreed at the White House on Wednesday to work toward X and to refrain from
        # new tariffs": a standstill, in a second infinitive of the agreeing too
        r"\bagree(?:d|s|ing)?\s+(?:\w+\s+){0,6}?to\s+(?:[^.;:]{0,80}?\band\s+to\s+)?"
        r"(?:suspend|postpone|delay|pause|lift|drop|refrain\s+from|"
        r"cut|lower|reduce|remove|eliminate|scrap|extend|roll\s+back|ease|hold\s+off|slash|halve|"
        r"trim|freeze|put\s+"
        r"(?:the\s+)?(?:\w+\s+)?on\s+hold|[\d.]+\s*%)",
        "joint",
    ),
    _row(
        "agreement",
        (
            "deal",
            "agreement",
            "framework",
            "accord",
            "pact",
            "truce",
            "consensus",
            "understanding",
            "statement",
            "declaration",
            "memorand",
            "suspension",
        ),
        r"\b(?:" + DEAL + r"|suspension)(?:,\s+|\s+" + _PP + r"(?:(?:was|has\s+been|had\s+been|is|"
        r"were|have\s+been|already)\s+)?(?:(?:he|she|they|we|it|the\s+\w+|(?!(?:as|be|could|would|may|might|will|can)\b)\w+)\s+"
        r"(?:had\s+|has\s+|have\s+)?)?)[\"'‘“]?(?:reached|struck|signed|agreed|sealed|finali[sz]ed|done|"
        # "the final India-EU agreement was approved at the summit"
        r"announced|unveiled|clinched|concluded|extended|approved|ratified|completed)\b"
        r"(?!\s+(?:an?\s+)?" + _DEAD_END + r")|"
        r"\b(?:deal|agreement|accord|pact|truce)\s+(?:that|which)\s+"
        r"(?:[\w.'-]+\s+){1,5}?(?:had\s+|has\s+|have\s+)?(?:reached|struck|signed|sealed|clinched)\b",
    ),
    _row(
        "agreement",
        (
            "truce",
            "phase",
            "tentative",
            "extension",
            "reprieve",
            "solution",
            "settled terms",
            "reached terms",
            "struck terms",
            "principle",
            "have a deal",
            "has a deal",
            "have an agreement",
            "has an agreement",
            "have a trade",
            "has a trade",
            "initial",
        ),
        r"\b(?:tentative\s+(?:trade\s+)?(?:deal|agreement|truce|framework)|phase\s+(?:one|1|two)\s+"
        r"(?:trade\s+)?(?:deal|agreement)|extend\w*\s+(?:[\w-]+\s+){0,3}?truce|"
        r"truce\s+" + _PP + r"(?:was\s+|has\s+been\s+)?(?:agreed|extended|reached)|"
        r"(?:granted|given|won|wins|secured|got|gets)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:extension|"
        r"reprieve|delay|postponement)|"
        r"(?:found|reached|find)\s+a\s+(?:[\w-]+\s+)?solution|(?:settled|reached|struck)\s+terms|"
        r"agree\w*\s+in\s+principle|(?:have|has|had)\s+(?:now\s+)?(?:got\s+)?(?:a|an)\s+"
        r"(?:(?!free\b|free-trade\b)[\w-]+\s+)?"
        r"(?:deal|agreement)\b(?!\s+(?:to|on\s+the\s+table|in\s+(?:sight|reach|mind)))|"
        r"initial(?:l)?ed\s+(?:[\w-]+\s+){0,4}?(?:deal|agreement|accord|pact))\b",
    ),
    _row(
        "agreement",
        ("be signed",),
        # "the phase one deal will be signed on January 15": reached, its signing set
        r"\b" + DEAL + r"\s+(?:[\w.'’-]+\s+){0,6}?(?:will|would|is\s+to|are\s+to|is\s+due\s+to|"
        r"is\s+set\s+to|is\s+scheduled\s+to)\s+be\s+signed\b",
    ),
    _row(
        "ongoing",
        ("at the", "at their", "at this"),
        # "presented a proposal at the fourth round", "said at the talks in Geneva": a
        # side acting at a sitting of the talks
        r"\bat\s+(?:the|their|this\s+week['’]s|this)\s+(?:[\w-]+\s+){0,2}?(?:round|session|talks|"
        r"negotiations|negotiating\s+table)\b(?!\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:next|later|on\s+"
        + _DAYS
        + r"))",
    ),
    _row(
        "ongoing",
        ("since",),
        # "the first round since the negotiations in Brussels in June", "since the two
        # sides met in Istanbul": a sitting named as past, held before the news
        r"\bsince\s+(?:(?:the|their|its|a|an|last)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|round|talks|"
        r"negotiations|summit|session|visit)|(?:the\s+two\s+sides|both\s+sides|they|the\s+"
        r"(?:two\s+)?(?:leaders|ministers|delegations|negotiators))\s+(?:last\s+)?met)\b",
        "since",
    ),
    _row(
        "ongoing",
        ("host", "receiv", "welcom"),
        # "hosted his Nigerian counterpart in Rabat", "received a Chinese trade
        # delegation": the host and its one guest met ("welcomed the delegations"
        # of two others is a venue's host, no side)
        r"\b(?:host(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\s+(?:[\w.'’-]+\s+){0,3}?"
        r"(?:counterpart|(?:trade\s+)?delegation|(?:trade\s+)?minister|envoy)\b",
    ),
    _row(
        "ongoing",
        ("being", "under negotiation", "meeting"),
        # The progressive says talks are going on now: "a full pact is now being
        # negotiated", "the terms remain under negotiation", "negotiators are still
        # meeting this week"
        r"\b(?:(?:is|are|was|were|remain\w*)\s+(?:still\s+|now\s+|currently\s+)?(?:being\s+"
        r"(?:negotiated|discussed|hammered\s+out|worked\s+out)|under\s+negotiation)|"
        r"(?:negotiators|officials|delegations|teams|sides|ministers|envoys)\s+(?:are|were|have\s+been)"
        r"\s+(?:still\s+)?meeting)\b",
    ),
    _row(
        "agreement",
        ("breakthrough", "amend", "revise", "modify", "update", "came to", "come to"),
        # "reached a partial breakthrough", "agreed to amend their trade pact"
        r"\b(?:reach\w*|achiev\w*|secur(?:e|es|ed|ing)|clinch\w*|announc\w*)\s+(?:a|an|the)\s+"
        r"(?:[\w-]+\s+){0,2}?breakthrough\b|\bagree\w*\s+to\s+(?:amend|revise|modify|update)\s+"
        r"(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?" + DEAL + r"\b|\bc[oa]me\s+to\s+(?:a|an)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:understanding|agreement|deal|consensus)\b",
    ),
    _row(
        "agreement",
        ("settl", "resolv", "end"),
        # "ended their 17-year dispute over aircraft subsidies", "settled the row"
        r"\b(?:settl(?:e|es|ed|ing)|resolv(?:e|es|ed|ing)|end(?:s|ed|ing)?)\s+(?:the|their|its|a)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:dispute|row|spat|standoff|stand-off|trade\s+war|grievance|quarrel|"
        r"feud|tussle)\b",
        "settle",
    ),
    _row(
        "agreement",
        ("concluded", "struck", "sealed", "clinched", "finalised", "finalized"),
        # "the agreement between the EU and Mercosur, 25 years in the making and concluded
        # a year ago,": a deal told done in an apposition
        r"\b(?:deal|agreement|accord|pact)(?=\s+(?:between|with)\s+[^;:]{1,120}?,\s+"
        r"(?:[^,;:]{0,60}?\s+and\s+)?(?:concluded|struck|sealed|clinched|finali[sz]ed)\b)",
    ),
    _row(
        "agreement",
        ("concluded", "completed", "finalised", "finalized", "wrapped up"),
        # "talks on the pact were concluded in May"
        r"\b(?:talks|negotiations)\s+(?:[\w-]+\s+){0,6}?(?:were|was|have\s+been|had\s+been)\s+"
        r"(?:successfully\s+|formally\s+)?(?:concluded|completed|finali[sz]ed|wrapped\s+up)\b"
        r"(?!\s+(?:[\w-]+\s+){0,4}?(?:without|with\s+no))",
    ),
    _row(
        "agreement",
        ("negotiations", "talks"),
        r"\b(?:conclud\w*|wrap\w*\s+up|complet\w*|finali[sz]\w*)\s+(?:the\s+|their\s+)?"
        # (not "wrapped up their negotiations for the day": one sitting over)
        r"(?:[\w-]+\s+)?(?:negotiations|talks)\s+(?:on|for|over)\s+(?:a|an|the|their)\b"
        r"(?!\s+(?:day|week|night|morning|afternoon|evening|weekend)\b)|"
        # "had concluded negotiations with the US" (a round of talks ended is no deal)
        r"\b(?:conclud\w*|complet\w*|finali[sz]\w*)\s+(?:[\w-]+\s+)?negotiations\s+with\b|"
        # "concluded their free trade talks" (a round wrapped up is no deal)
        r"\b(?:conclud\w*|complet\w*|finali[sz]\w*)\s+(?:the|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:negotiations|talks)\b(?!\s+(?:[\w-]+\s+){0,3}?(?:without|with\s+no|for\s+the\s+"
        r"(?:day|week|night|weekend)\b))|"
        # "Tokyo and Washington had wrapped up their trade negotiations": the whole of
        # them, not one sitting ("wrapped up their first face-to-face talks")
        r"\bwrap\w*\s+up\s+(?:the|their)\s+(?:trade\s+|bilateral\s+|tariff\s+)?negotiations\b"
        r"(?!\s+(?:[\w-]+\s+){0,3}?(?:without|with\s+no|for\s+the\s+(?:day|week|night|weekend)\b))",
    ),
    _row(
        "agreement",
        ("agreed for", "agreed with", "agreed by"),
        # "the 15% rate agreed for the EU", "the tariff Tokyo agreed with Washington"
        r"\b(?:rates?|tariffs?|terms|levels?|duty|duties)\s+(?:(?:it|they|he|she|[\w.'’-]+)\s+)?"
        r"(?:had\s+|has\s+|have\s+)?agreed\s+(?:for|with|by)\b",
        "rate",
    ),
    _row(
        "agreement",
        ("produc", "yield", "result", "led to", "deliver"),
        # "the leaders' talks produced several agreements": the talks' outcome is a deal
        r"\b(?:talks|negotiations|summit|meeting|discussions)\s+"
        + _PP
        + r"(?:have\s+|had\s+|also\s+){0,2}"
        r"(?:produc(?:ed|es)|yield(?:ed|s)|resulted\s+in|led\s+to|deliver(?:ed|s))\s+"
        r"(?:(?:a|an|the|other|several|some|two|three|new|further|\w+al)\s+){0,2}" + DEAL + r"\b",
    ),
    _row(
        "scheduled",
        ("expected at", "due at", "set at", "expected during", "due during"),
        # "the deal is expected at a dinner on Saturday": the meeting it is due at is set
        r"\b(?:is|are|was|were)\s+(?:expected|due|set)\s+(?:at|during)\s+(?:a|an|the|their)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:dinner|meeting|summit|talks|session|round)\b",
    ),
    _row(
        "agreement",
        ("won", "wins", "winning", "secur", "obtain", "negotiated"),
        # "Japan and the EU won cuts in their auto tariffs", "Malaysia secured
        # exemptions for three sectors": a concession won from the levier
        r"\b(?:won|wins|winning|secur(?:ed|ing)|obtained|negotiated)\s+"
        r"(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:cuts?|reductions?|exemptions?|"
        r"exclusions?|carve-?outs?|lower\s+(?:tariffs?|rates?|duties))\b",
        "won",
    ),
    _row(
        "agreement",
        ("joint",),
        # a statement both sides put out is a deal between them
        r"\b(?:a|the|their|in\s+a)\s+joint\s+(?:[\w-]+\s+)?statement\b",
    ),
    # A deal named as standing: "under the deal", "their trade deals", "after a deal".
    _row(
        "agreement",
        ("under",),
        r"\bunder\s+(?:the|a|an|its|their|this|that|the\s+bloc's)\s+(?:[\w\"“”'‘’-]+\s+){0,3}?"
        + DEAL
        + r"\b",
        "noun",
    ),
    _row(
        "agreement",
        ("their", "its", "after", "since", "follow"),
        r"\b(?:(?:their|its)|(?:after|since|follow\w*)\s+(?:a|the|its|their|last\s+\w+'s|"
        r"this\s+\w+'s))\s+(?:[\w-]+\s+){0,3}?(?:deals?|agreements?|accords?|pacts?|truce)\b",
        "noun",
    ),
    _row(
        "agreement",
        ("effect", "force"),
        # "the phase-one deal that took effect in February": a deal in force
        r"\b" + DEAL + r"\s+(?:that|which)?\s*(?:had\s+|has\s+)?(?:took|taken|takes|went|gone)\s+"
        r"(?:into\s+)?effect|\b" + DEAL + r"\s+(?:that|which)?\s*(?:had\s+|has\s+)?(?:came|come|"
        r"comes|entered|enters)\s+into\s+force",
        "noun",
    ),
    _row(
        "agreement",
        ("with",),
        r"\b(?:deals|agreements|pacts|accords)\s+with\b",
        "noun",
    ),
    _row(
        "agreement",
        ("truce", "consensus"),
        r"\bthe\s+(?:[\w-]+\s+){0,2}?(?:truce|consensus)\b",
        "noun",
    ),
    _row(
        "ongoing",
        (
            "try",
            "tries",
            "tried",
            "struggl",
            "scrambl",
            "rac",
            "push",
            "press",
            "seek",
            "sought",
            "work",
            "negotiat",
            "pursu",
            "close to",
            "near",
            "cusp",
            "verge",
            "brink",
            "closing in",
            "draft",
        ),
        # wanting a deal is talking: "pushing for a trade deal", "trying to strike a deal"
        r"\b(?:(?:tr(?:y|ies|ying|ied)|struggl\w*|scrambl\w*|rac(?:e|es|ing))\s+to\s+(?:reach|strike|"
        r"secure|clinch|land|seal|finali[sz]e|close|conclude|nail\s+down|hammer\s+out|work\s+out|agree)|push\w*\s+for|press\w*\s+for|"
        r"seek\w*|sought|work\w*\s+(?:toward|towards|on)|negotiat(?:e|es|ed|ing)|pursu\w*|"
        # ("drafting a deal", not "had produced a draft agreement": the noun's adjective)
        r"close\s+to|near(?:ing)?|closing\s+in\s+on|(?<!\ba\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)"
        r"draft(?:s|ed|ing)?|on\s+the\s+(?:cusp|verge|brink)\s+of"
        r"(?:\s+\w+ing)?)\s+"
        r"(?:(?:a|an|the|their)\s+)?(?:[\w-]+,?\s+){0,3}?(?:deal|agreement|accord|pact|truce)\b",
    ),
    _row(
        "ongoing",
        ("close", "near", "imminent", "reach", "progress", "nearly", "almost"),
        # "a deal with India is very close", "the talks have made progress"
        r"\b(?:(?:deal|agreement|accord|pact)\s+" + _PP + r"(?:is|was|are|were|looks?|seems?)\s+"
        r"['\"‘“]?(?:very\s+|so\s+|getting\s+|now\s+)?(?:close|near|imminent|within\s+reach|"
        r"(?:nearly|almost)\s+(?:complete|done|finished|there))|"
        r"(?:made|make|making|makes)\s+(?:(?!no\b|little\b|scant\b|limited\b)[\w-]+\s+){0,4}?"
        r"progress)\b",
    ),
    _row(
        "ongoing",
        (
            "well",
            "constructive",
            "productive",
            "positive",
            "fruitful",
            "candid",
            "useful",
            "good",
            "frank",
            "in-depth",
            "pragmatic",
        ),
        # talks judged by those in them: "the talks went well", "described the talks as
        # candid", "the meeting on trade affairs was in-depth, candid and constructive"
        r"\b(?:(?:talks|negotiations|discussions|consultations|exchanges|meetings?|round|session)\s+"
        r"(?:(?:between|with|among|on|over|about|in)\s+(?:[\w.'’-]+\s+){1,5}?)?(?:went|"
        r"have\s+gone|had\s+gone|were|was|had\s+been|have\s+been|are|is)\s+|(?:describ\w*|call\w*|"
        r"characteri[sz]\w*)\s+(?:the|their|its)\s+(?:[\w-]+\s+)?(?:talks|negotiations|discussions|"
        r"meetings?|round)\s+"
        + _PP
        + r"as\s+)[\"“‘']?(?:(?:very|fairly|quite|really|extremely|[\w-]+,|[\w-]+\s+and)\s+){0,3}"
        r"(?:well|constructive|productive|positive|fruitful|candid|good|useful|substantive|frank|"
        r"in-depth|pragmatic)\b",
    ),
    _row(
        "ongoing",
        ("held",),
        # "talks between Japan and the US were held on Tuesday"
        r"\b(?:talks|negotiations|discussions|consultations|meetings?|round)\s+"
        + _PP
        + r"(?:were|was|"
        r"have\s+been|had\s+been|has\s+been)\s+held\b(?!\s+up)",
        "backdrop",
    ),
    _row(
        "ongoing",
        (" in ",),
        # "Swiss in last-ditch tariff talks in Washington"
        r"\bin\s+(?:(?!(?:for|with|on|to|at|and|of|the|a|an|its|their|future|any|possible|"
        r"potential|next|upcoming|planned|coming|further|new)\b)[\w-]+\s+){1,3}?"
        r"(?:talks|negotiations)\b",
    ),
    _row(
        "ongoing",
        ("offer", "proposal"),
        # "submitted a new offer to Washington", "made a proposal to the US": an offer
        # put to the other side is bargaining under way
        r"\b(?:submit\w*|present\w*|made|make|makes|making|sent|send\w*|put\s+forward|tabled|"
        r"hand\w*|deliver\w*)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:offers?|"
        r"(?:counter-?)?proposals?|counter-?offers?)\s+to\b",
    ),
    _row(
        "ongoing",
        (
            "have run",
            "has run",
            "have gone on",
            "has gone on",
            "have lasted",
            "has lasted",
            "have dragged",
            "has dragged",
        ),
        # "trade negotiations that have run for months face hurdles": still going
        r"\b(?:talks|negotiations)\s+(?:that|which)\s+(?:have|has)\s+(?:run|gone\s+on|lasted|"
        r"dragged\s+on)\b",
    ),
    _row(
        "ongoing",
        ("step", "accelerat", "speed", "ramp"),
        r"\b(?:step\w*\s+up|accelerat\w*|speed\w*\s+up|ramp\w*\s+up)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:talks|negotiations)\b",
    ),
    # -- scheduled: talks set for a date to come
    _row(
        "scheduled",
        (" to visit", " to travel", " to fly", " to head", " to host", " to send", " to dispatch"),
        # a headline's trip ahead: "US trade team to visit India next week for talks",
        # "agreed to send its vice premier to Washington later this month for talks"
        r"\bto\s+(?:visit|travel|fly|head|host|send|dispatch)\b(?=[^.;]*\b(?:talks|negotiations|meeting|summit|round|"
        r"counterparts?)\b)",
        # (its lookahead already asks for a talks word after the trip, however far)
        "timed",
    ),
    _row(
        "scheduled",
        ("will ", "would "),
        r"\b(?:(?:talks|negotiations|discussions|consultations|round|meeting)\s+(?:will|would)\s+"
        r"(?:begin|start|open|resume)|(?:will|would)\s+(?:also\s+|again\s+)?(?:(?:hold|begin|start|"
        r"open|host|have|be\s+having|be\s+holding)\s+(?:[\w'-]+\s+){0,5}?(?:talks|negotiations|discussions|consultations|"
        r"meetings?|round|summit)|meet|travel|fly|go|come|return|arrive|sit\s+down|visit|discuss|convene|head|lead|leave|"
        r"send|dispatch|"
        r"take\s+place|be\s+held|happen|"
        r"depart))\b",
        "timed near",
    ),
    _row(
        "scheduled",
        ("set to", "due to", "scheduled to", "expected to", "slated", "planning", "poised"),
        r"\b(?:are|is|were|was)\s+(?:set|due|scheduled|expected|slated|planning|poised)\s+to\s+"
        # "talks were expected to get under way": the start is ahead
        r"(?:meet|hold|begin|start|open|travel|resume|visit|host|sit|convene|get\s+under\s*way|"
        r"get\s+started|kick\s+off|commence)",
        "near",
    ),
    _row(
        "scheduled",
        ("scheduled", "set for", "planned", "due", "expected", "slated", "pencil"),
        r"\b(?:(?:scheduled|slated)(?!\s+(?!(?:to|for|on|in|at|by|next|this|later|early|tomorrow|"
        r"until|before|after|as|and|but|talks|negotiations|discussions|consultations|meetings?|"
        r"rounds?|summits?|sessions?|visits?|trips?|"
        + _DAYS
        + r"|"
        + _MONTHS
        + r")\b)[a-z0-9])|"
        + _MEETING
        + r"\s+"
        + _PP
        # (not a second verb of the subject: "was in talks with Washington and
        # expected to reach a deal")
        + r"(?:are\s+|is\s+)?(?<!\band\s)(?:set|planned|due|"
        r"expected|slated|penc[il]+ed\s+in)\s+(?:for|to(?!\s+(?:"
        + _UNDER_WAY_END
        + r"))|on|next|in))",
        "near",
    ),
    _row(
        "ongoing",
        ("expected to", "set to", "due to", "likely to"),
        # "talks are expected to conclude soon": talks that are to end are under way
        r"\b"
        + _TALKS
        + r"\s+"
        + _PP
        + r"(?:are\s+|is\s+|were\s+|was\s+)(?:expected|set|due|likely)\s+"
        r"to\s+(?:" + _UNDER_WAY_END + r")",
    ),
    _row(
        "scheduled",
        ("meet", "upcoming", "coming", "planned", "forthcoming", "next round"),
        r"\b(?:(?:to|will)\s+meet\s+(?:next|on|this|in|later|again)|to\s+meet\s+(?:with\s+)?"
        r"(?!demand|targets?|requirements?|standards?|deadlines?|the\s+deadline|expectations|"
        r"obligations|criteria|conditions|needs)(?:[\w.'’-]+\s+){1,3}?(?:in|on|at|next|this|later|"
        r"for)\b|meet\s+(?:next|later|"
        r"again)|when\s+they\s+meet|(?:upcoming|coming|planned|forthcoming)\s+(?:[\w'-]+\s+)?"
        + _MEETING
        + r"|next\s+round)",
    ),
    _row(
        "scheduled",
        ("plan", "expect", "look", "host", "receiv", "welcom"),
        r"\b(?:plan\w*\s+to\s+(?:meet|hold\s+talks|visit)|(?:expect\w*|plan\w*|set|due|"
        r"look\w*\s+forward)\s+to\s+(?:host|receiv|welcom|meet)\w*)",
    ),
    _row(
        "scheduled",
        ("begin", "start", "open", "kick", "take place", "takes place"),
        # "a new round of talks begins in Beijing on Monday": the present of a date ahead
        r"\b(?:talks|negotiations|round|meeting|summit|consultations)\s+"
        + _PP
        + r"(?:begins?|starts?|"
        # the present is news now ("talks begin in Geneva") unless a time ahead follows
        r"opens?|kicks?\s+off|takes?\s+place)\s+(?:[\w-]+\s+){0,3}?(?:next|tomorrow|later\s+this|"
        r"early\s+next|in\s+the\s+coming)\b",
        "",
    ),
    _row(
        "scheduled",
        ("set for", "prepar", "poised for", "gearing up for", "heading into"),
        # "US, China set for new round of trade talks", "as they prepare for talks in
        # Washington": the round is ahead
        r"\b(?:(?:are|is|were|was)\s+)?(?:(?:set|poised|prepar\w*|gearing\s+up)\s+for|"
        r"heading\s+into)\s+(?:a\s+|the\s+|their\s+|another\s+)?(?:[\w-]+\s+){0,2}?(?:round\s+of\s+)?"
        r"(?:[\w-]+\s+)?(?:talks|negotiations|round|summit)\b",
    ),
    _row(
        "scheduled",
        ("expected in", "due in"),
        # "He Lifeng is expected in Washington next week for talks"
        r"\b(?:is|are|was|were)\s+(?:expected|due)\s+in\s+(?!(?:the|a|an|coming|early|late|mid|next|"
        r"this|" + _MONTHS + r"|\d)\b)",
        "timed near",
    ),
    _row(
        "scheduled",
        ("before", "ahead of"),
        r"\b(?:(?:days|weeks|hours)\s+(?:before|ahead\s+of)\s+(?:a|an|the|their)\s+"
        r"(?:[\w'-]+\s+){0,3}?" + _MEETING + r"|ahead\s+of\s+(?:the|a|their)\s+(?:coming|"
        r"upcoming|planned|expected|scheduled)\s+(?:[\w'-]+\s+){0,2}?" + _MEETING + r")",
    ),
    _row(
        "scheduled",
        ("next", "later", "tomorrow"),
        r"\b" + _MEETING + r"\s+(?:[\w,-]+\s+){0,4}?(?:next\s+(?:week|month)|later\s+this|"
        r"early\s+next|tomorrow)",
    ),
    _row(
        "scheduled",
        ("expect", "plan"),
        r"\b(?:expect\w*|plan\w*|anticipat\w*)\s+(?:more|further|new|fresh|another|a\s+new|a\s+fresh|"
        r"a\s+further)\s+(?:round\s+of\s+)?(?:talks|negotiations|meetings?|round)\b",
        "timed",
    ),
    _row(
        "scheduled",
        ("expect",),
        r"\bexpect\w*\s+(?:the\s+)?" + _TALKS + r"\s+to\s+(?:carry\s+on|continue|resume|start|"
        r"begin)",
    ),
    _row(
        "scheduled",
        ("agree",),
        r"\bagree\w*\s+to\s+(?:hold|meet)\b",
        "timed",
    ),
    # "Abe will confirm the deal when he meets Trump on Wednesday": the present in a
    # clause of time names a meeting ahead, when the sentence gives its time
    _row(
        "scheduled",
        ("when",),
        r"\bwhen\s+(?:[\w.'’-]+\s+){1,4}?(?:meets|visits)\b",
        "timed",
    ),
    # "agreed to open negotiations on a trade pact": talks decided on, not yet begun
    # (a date is not needed: the decision to negotiate is the news)
    _row(
        "scheduled",
        ("agree",),
        r"\bagree\w*\s+to\s+(?:open|launch|start|begin|enter\s+into)\s+(?:[\w-]+\s+){0,3}?"
        + _TALKS
        + r"\b",
    ),
    # -- ongoing: talks under way or just held
    _row(
        "ongoing",
        ("work will", "work would", "at work"),
        # "work will continue on the remaining sectors", "their teams were still at
        # work": the negotiators' work goes on
        r"\bwork\s+(?:will|would)\s+(?:continue|go\s+on|carry\s+on)\s+(?:on|toward|towards)\s+"
        r"(?:the\s+|a\s+|an\s+)?(?:remaining|outstanding|other|rest|deal|agreement|trade|tariffs?|"
        r"sectors?|issues?)\b|\b(?:teams?|negotiators|officials)\s+(?:were|are|was|is|remain\w*)\s+"
        r"(?:still\s+)?at\s+work\b",
    ),
    _row(
        "ongoing",
        ("held", "hold", "had", "conduct", "carried out"),
        r"\b(?:(?:held|holding|holds|hold|conduct(?:s|ed|ing)?|carried\s+out)\s+"
        r"(?:[\w,\"“”'‘’-]+\s+){0,5}?|had\s+(?:a\s+|an\s+)?(?:[\w-]+,\s+|[\w-]+\s+and\s+){0,3}"
        r"(?:[\w-]+\s+)?)"
        r"(?:talks|negotiations|discussions|consultations|meetings?|rounds?|dialogue|exchanges)\b",
        "backdrop",
    ),
    _row(
        "ongoing",
        ("continu", "allow", "let", "permit", "enabl"),
        # "to continue" is talks still to come, except "expected to continue"; what
        # continues must be the talks ("exports continued to fall" is none)
        r"(?<!\bto\s)\bcontinu\w*\s+(?:to\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:talks|"
        r"negotiat\w*|discuss\w*|dialogue|consultations|engag\w*|meet\w*|talk\w*|contacts?|"
        r"communicat\w*|conversations?|exchanges?|efforts?|cooperat\w*|push\w*\s+for|"
        r"work\w*\s+(?:\w+ly\s+)?(?:with|on|toward|towards))\b|"
        r"\b(?:talks|negotiations|discussions|dialogue|consultations|engagements?|contacts?|"
        r"communication|conversations?)\b[^.;:]{0,40}?\bcontinu\w*|"
        # the sides and the topic may stretch past that: "talks between Brussels
        # and Beijing on minimum prices continue"
        + _TALKS
        + r"\s+"
        + _PP
        + r"continu\w*\b|"
        + _TALKS
        + r",\s+which\s+(?:began|started|opened)|"
        # "paused its tariffs to allow talks to proceed"
        r"\b(?:allow\w*|let(?:s|ting)?|permit\w*|enabl\w*)\s+(?:the\s+|trade\s+)*"
        + _TALKS
        + r"\s+to\s+"
        r"(?:proceed|continue|go\s+on|progress|advance)\b|"
        # "decided to continue negotiations with the USA": the decision keeps them going
        r"\b(?:decided|decides|determined|resolved|vowed|pledged)\s+(?:on\s+\w+day\s+)?to\s+"
        r"continue\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+)?(?:talks|negotiat\w*|discuss\w*|"
        r"dialogue)\b|"
        r"\b(?:expected|set|due|likely)\s+to\s+continue\s+(?:to\s+)?(?:the\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:talks|negotiat\w*|discuss\w*|dialogue|consultations|meet\w*)",
    ),
    _row(
        "ongoing",
        (
            "under",
            "ongoing",
            "in talks",
            "in negotiations",
            "negotiating",
            "intensif",
            "met",
            "convened",
            "talking",
            "in constant",
            "in close",
            "in regular",
            "working on",
            "maintain",
            "contact",
            "communication",
            "will go on",
            "going on",
            "dragging on",
            "would go on",
            "will continue",
            "would continue",
            "carry on",
        ),
        r"\b(?:maintain\w*\s+(?:close\s+|regular\s+|constant\s+)?(?:communication|contact|"
        r"dialogue)|(?:stay\w*|remain\w*|kept|keep\w*)\s+in\s+(?:\w+\s+)?(?:contact|"
        r"communication)|" + _TALKS + r"\s+" + _PP + r"(?:will|would)\s+(?:go\s+on|continue|"
        r"carry\s+on)|" + _TALKS + r"\s+" + _PP + r"(?:have\s+been|has\s+been|are|is|were|was)\s+"
        r"(?:going\s+on|dragging\s+on)|"
        # "under way", "ongoing", "intensified" only of talks ("the trade war
        # intensified" is none); "negotiating" not as an adjective of leverage
        r"(?:talks|negotiations|discussions|consultations|dialogue|engagement|round|meeting|session|"
        # (the talks word nearest the verb is its subject: "resumed negotiations in
        # March, and a third round is under way")
        r"summit|work\s+on\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement))\b"
        r"(?:(?!\b(?:talks|negotiations|discussions|round|meeting|session)\b)[^.;]){0,60}?\b"
        r"under\s*way|(?:are|is|were|was|remain\w*|still|been)\s+ongoing|ongoing\s+(?:[\w-]+\s+){0,2}"
        r"(?:talks|negotiations|discussions|consultations|dialogue)|in\s+talks|in\s+negotiations\s+with|"
        r"negotiating(?!\s+"
        r"(?:leverage|position|power|chips?|tactics?|stance|strategy|hand|skills|capital|tool|weapon|"
        r"style))|(?:talks|negotiations|discussions|consultations|dialogue|contacts|efforts)\b"
        r"[^.;:]{0,70}?\bintensif\w*|intensif\w*\s+(?:the\s+|their\s+|"
        r"its\s+)?(?:[\w-]+\s+){0,2}?(?:talks|negotiations|discussions|consultations|dialogue|"
        r"efforts|engagements?|contacts)|convened|(?:are|were|is|was|been|"
        r"keep|kept)\s+(?:still\s+)?talking|met(?!\s+(?:[\w'’]+\s+){0,2}?"
        r"(?:forecasts?|expectations?|estimates?|targets?|demands?|deadlines?|criteria|requirements?|"
        r"standards?|goals?|thresholds?|conditions)\b|\s+with\s+(?:\w+\s+)?(?:resistance|criticism|"
        r"scepticism|skepticism|opposition|anger|dismay|approval|relief))|in\s+(?:constant|close|"
        r"regular)\s+contact|(?:still\s+)?working\s+on\s+(?:it|a\s+deal|an\s+agreement|the\s+deal))"
        r"\b",
    ),
    _row(
        "ongoing",
        (
            "travel",
            "flew",
            "flies",
            "went",
            "arriv",
            "headed",
            "reached",
            "came",
            "comes",
            "coming",
            " in ",
            "sent",
            "dispatch",
            "rush",
            "hurri",
            "visit",
        ),
        # ("comes to the White House for a meeting within two weeks": a trip ahead,
        # _ON_THE_WAY below)
        r"\b(?:travel\w*|flew|flies|went|arriv\w*|headed|reached|came|comes|coming|sent|"
        r"dispatch\w*|rush\w*|"
        r"hurri\w*|visit(?:s|ed|ing)?|"
        r"(?:is|are|was|were)\s+in)\s+"
        r"(?:[\w.-]+\s+){0,7}?"
        r"for\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:talks|negotiations|consultations|round|"
        r"meetings?)\b",
    ),
    _row(
        "ongoing",
        ("visit", "travel", "flew", "went", "arriv", "headed"),
        # "a Canadian delegation visits China to discuss canola": talks in person
        r"\b(?:visit(?:s|ed|ing)?|travel\w*|flew|went|arriv\w*|headed)\s+(?:to\s+)?"
        r"(?:[\w.'’-]+\s+){1,4}?to\s+(?:discuss|negotiate|hold\s+talks)\b",
    ),
    _row(
        "ongoing",
        ("day", "round", "hour", "week"),
        r"\b(?:days?|rounds?|hours?|weeks?)\s+of\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|"
        r"discussions|meetings|consultations)",
        "backdrop",
    ),
    _row(
        "ongoing",
        ("after", "following"),
        r"\b(?:after|following)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:talks|"
        r"negotiations|meetings?|round)\b",
        "backdrop",
    ),
    _row(
        "ongoing",
        (
            "engag",
            "return",
            "progress",
            "advanc",
            "going well",
            "constructive",
            "productive",
            "making",
            "stretch",
            "second day",
            "final",
            "last",
            "decisive",
            "crucial",
            "critical",
            "third day",
            "begun",
            "began",
            "started",
            "opened",
            "kicked off",
            "enter",
            "chance",
            "keep",
            "extend",
            "wrap",
            "meeting",
            "ramp",
            "gather",
            "gain",
            "picked up",
            "launch",
            "kick",
            "begin",
            "start",
        ),
        r"\b(?:(?<!-)engag\w*\s+in\s+(?:\w+\s+)?"
        + _TALKS
        + r"|(?:remain\w*|stay\w*|is|are)\s+(?:fully\s+|"
        r"closely\s+|actively\s+|deeply\s+)?engaged\s+with|return\w*\s+from\s+(?:[\w-]+\s+){0,3}?"
        r"(?:talks|negotiations|round)|" + _TALKS + r"\s+(?:are\s+|were\s+)?(?:progressing|"
        r"advancing|going\s+well|constructive|productive|stretched|intensifying)|"
        + _TALKS
        + r"\s+"
        + _PP
        + r"(?:are\s+|were\s+|have\s+|had\s+)?(?:progressing|advancing|going\s+well|"
        r"stretched|intensifying|ramp\w*\s+up|gather\w*\s+pace|gain\w*\s+momentum|picked\s+up)|(?:are|is|were|"
        r"was)\s+(?:progressing|advancing|going\s+well|making\s+(?:good\s+)?progress)|"
        r"progress['’\"”]?\s+(?:in|at)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|"
        r"negotiating\s+table)|(?:into|for)\s+a\s+(?:second|third|fourth|fifth)\s+day|"
        # "talks had entered a final stage", "negotiations are in the final stages"
        r"(?:talks|negotiations|discussions)\b[^.;]{0,40}?(?:enter\w*|in|reach\w*)\s+(?:a|the|their|its)\s+"
        r"(?:final|last|decisive|crucial|critical)\s+(?:stages?|phases?|lap|stretch)|"
        r"(?:enter\w*|in|reach\w*)\s+(?:a|the|their|its)\s+(?:final|last|decisive|crucial|critical)\s+"
        r"(?:stages?|phases?)\s+of\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|"
        r"negotiations|deal|agreement)|"
        r""
        + _TALKS
        + r"\s+"
        + _PP
        + r"(?:had\s+|have\s+|has\s+)?(?:begun|began|started|opened|begin|begins|start|starts|"
        r"kicked\s+off)|"
        r"(?:began|begun|started|opened|launched|kick(?:s|ed|ing)?\s+off|enter(?:s|ed|ing)?\s+"
        r"(?:into\s+)?)\s*(?:[\w-]+\s+){0,2}?"
        + _TALKS
        # "Britain launches free trade deal talks with Mexico": a headline's present
        + r"|launch(?:es|ing)?\s+(?:[\w-]+\s+){0,3}?"
        + _TALKS
        + r"|give\s+"
        + _TALKS
        + r"\s+"
        + _PP
        + r"a\s+chance|keep\s+(?:talking|negotiating|(?:their\s+|the\s+)?(?:[\w-]+\s+)?"
        r"(?:talks|negotiations)\s+going)|extend\w*\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:talks|negotiations)|wrap\w*\s+up\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|round|"
        r"meeting|session)|(?:negotiators|officials|delegations|teams)\s+meeting)\b",
    ),
)

STRONG: frozenset[str] = frozenset({"collapsed", "resumed", "stalled", "agreement"})
# Words that undo a cue a few words on: "no deal", "if talks fail", "could meet".
HEDGE = regex(
    r"\b(?:no|not|never|without|if|unless|yet\s+to|fail\w*\s+to|could|may|might|likely|"
    r"(?:won|don|doesn|didn|can|wouldn|couldn|isn|aren|wasn|weren|hasn|haven|hadn)['’]t|cannot|"
    r"probably|possibl\w*|potential|any|before|whether|instead\s+of|rather\s+than|nothing|"
    r"neither|nor|little|scant|unlikely|lack(?:s|ed|ing)?(?:\s+of)?|absence\s+of|would|hop(?:e|es|ed|ing)|far\s+from|"
    r"want\w*|urg\w*|need\w*|calls?\s+for|called\s+for|aim\w*|refus\w*|declin\w*\s+to|den(?:y|ies|ied)|"
    r"threat\w*\s+to|warn\w*\s+(?:it|he|she|they)\s+(?:might|could))\s+"
    r"(?:[\w-]+\s+){0,3}$",
)
# Onlookers' hopes and bets are no news of talks: "investors hope the US and
# China will strike a deal".
_ONLOOKERS = regex(
    r"\b(?:investors|analysts|economists|markets|traders|observers|experts|businesses)\s+"
    r"(?:\w+\s+){0,2}?(?:hope|hoped|expect|expected|bet|think|believe|fear|doubt|predict)\b[^,;:]*$"
)
# A subject that is no government: "Canada's premiers met", "the EU's 27 members met".
_NON_STATE_SUBJECT = regex(
    r"\b(?:premiers|governors|mayors|ceos|executives|lawmakers|senators|business\s+leaders|"
    r"companies|firms|members|shareholders|investors|analysts|economists|automakers|carmakers|"
    r"farmers|unions|bankers)\s+(?:\w+\s+)?$|"
    # a bloc's own ministers meeting among themselves: "EU trade ministers will meet"
    r"\b(?:eu|european|bloc['’]s|g-?7|g-?20|asean)\s+(?:\w+\s+)?(?:ministers|leaders|ambassadors|"
    r"envoys|member\s+states|diplomats)\s+(?:(?:will|would|are|were|to|also)\s+){0,2}$"
)
# Words of wanting a deal: the deal is not reached, but talks toward it are
# under way. Before any other cue they undo it ("tries to resume talks").
WISH = regex(
    r"\b(?:tr(?:y|ies|ied|ying)\s+to|seek\w*|sought|push\w*\s+for|press\w*\s+for|"
    r"work\w*\s+(?:on|toward|towards|to)|"
    r"pursu\w*|expect\w*|bid\s+to|efforts?\s+to|attempts?\s+to|look\w*\s+to|"
    r"in\s+order\s+to|plan\w*\s+to|intend\w*\s+to|rac(?:e|es|ed|ing)\s+to|"
    r"scrambl\w*\s+to|rush\w*\s+to|struggl\w*\s+to|"
    # an obligation is not yet met: "must reach agreement on palm oil"
    r"must|ha(?:ve|s)\s+to)\s+(?:[\w-]+\s+){0,3}$",
)
# Words that put a deal ahead, not behind: "will reach an agreement", "talks on a deal".
TOWARD = regex(
    r"\b(?:will|toward|towards|close\s+to|near(?:ing)?|(?:cusp|verge|brink)\s+of|"
    # "talks on a deal" aim at it; "talks on Monday" are dated, no aim
    r"(?:talks|negotiations)\s+on(?!\s+(?:" + _DAYS + r"|" + _MONTHS + r"|\d))|negotiations\s+for|"
    r"negotiat(?:e|es|ed|ing)|"
    r"make|making|confident|finali[sz]e|finali[sz]ing|draft|drafting|"
    r"optimistic|agree\w*\s+to\s+(?:work\s+out|negotiate|pursue|seek|reach|conclude|strike))"
    r"\s+(?:[\w-]+\s+){0,3}$",
)
# A deal as the goal of an infinitive: "agreed to work out a deal", "continues
# to work with the US to finalise a joint statement" (not "first to agree a deal").
_TO_AIM = regex(
    r"\b(?:agree\w*|want\w*|plan\w*|hop\w*|aim\w*|seek\w*|tr(?:y|ies|ied|ying)|work\w*|"
    r"push\w*|need\w*|expect\w*|continu\w*|efforts?|bid|attempts?|order|look\w*|intend\w*|"
    r"striv\w*|prepar\w*)\s+(?:[\w.'-]+\s+){0,4}?to\s+$"
)
# "has until August 1 to reach a deal": a verb's base form after "to" is a goal ...
_BASE_VERB = regex(
    r"(?:reach|strike|sign|seal|clinch|secure|finali[sz]e|conclude|land|agree|hammer|work|ink|"
    r"cut|nail|close|complete|get|settle|resolve|end|amend|revise|achieve|make)\b"
)
# "X and Y agreed to end/settle their dispute": a deal, not a goal.
_AGREED_TO_END = regex(r"\bagree(?:d|s)\s+(?:on\s+\w+day\s+)?to\s+$")
_SETTLE = regex(r"(?:settle|resolve|end)\b")
# ... unless it says who did it first: "the first country to agree a deal with the US".
_DONE_TO = regex(
    r"\b(?:first|last|latest|only|next|second|third|held|met|gathered)\s+(?:[\w-]+\s+){0,3}to\s+$"
)
# "would" after a verb of saying is reported future, not a condition:
# "confirmed that the two leaders would meet in March".
_ANNOUNCED = regex(
    r"\b(?:announc\w*|confirm\w*|decided|declared|ordered|informed|notified)\b[^,;.]{0,50}$"
)
_REPORTED = regex(
    r"\b(?:said|says|told|promised|confirmed|announced|added|stated|noted|reported|"
    r"agreed)\b[^,;.]{0,50}$"
)
# Talks still to come are not under way: "will hold a round of talks".
_AHEAD = regex(
    r"\b(?:will|would|shall|(?:set|due|expected|scheduled|planning|plans?|agree\w*)\s+to)\s+"
    r"[^,;]*$|\bto\s+$"
)
# Talks that go on more: "agreed to intensify talks" says they are under way.
_GOING_ON = regex(
    r"(?:intensif|continu|accelerat|step\w*\s+up|speed\w*\s+up|keep|allow|let|permit|enabl)"
)
# Near a meeting word: "is due to start" says nothing of talks on its own.
_NEAR = regex(
    r"\b(?:talks|negotiations|discuss\w*|consultations|meet|meetings?|round|summit|session|"
    r"delegation|negotiators|counterparts?|visit|sit\s+down|convene)\b"
)
# Only a plain negation undoes a deal named as standing: "seeking to extend their truce"
# still says the truce exists.
_HARD = (
    "no ",
    "not ",
    "never",
    "without",
    "if ",
    "unless",
    "nothing",
    "neither",
    "nor ",
    "lack",
    "absence",
    "instead",
    "rather",
)
_TALK_NOUNS = frozenset(
    {
        "talks",
        "negotiations",
        "discussions",
        "dialogue",
        "round",
        "meeting",
        "visit",
        "consultations",
    }
)
_HELD_NOUN = regex(
    r"\b(talks|negotiations|discussions|dialogue|round|meeting|visit|consultations|tariffs?|duties|"
    r"levies|countermeasures|measures|package|retaliation|investigation|probe|plans?|increases?)\b"
)
_ONLY_BEFORE = regex(r"\bonly\s+(?:[\w-]+\s+)?$")
_WAIT_AFTER = regex(r"[^,;.]{0,40}?\b(?:after|once|when|until)\b")
# ("can start only once", "can only begin once": the bound may follow the verb)
_ONLY_BOUND = regex(r"[^,;.]{0,70}?\bonly\s+(?:[a-z]+\s+)?(?:after|once|when|if|until)\b")
_PAUSE_NOUN = regex(
    r"\b(?:suspension|pause|freeze|halt)\s+(?:of|in|on)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _TALKS + r"\b"
)
_MAYBE = regex(r"\b(?:likely|probably|possibly|perhaps|may|might|could)\b")
# A plain negation of talks ahead, and the time or event they wait for after them.
_NEGATED = regex(r"\b(?:no|not|never|unlikely|cannot)\b|n['’]t\b")
_BOUND_AFTER = regex(r"[^,;.]{0,50}?\b(?:until|till|before|during|pending)\b")
_GET_UNDER_WAY = regex(r"\b(?:to\s+get|to\s+getting|will\s+get|would\s+get|could\s+get)\b[^,;]*$")
# "rejects US claims that talks are under way": someone's claim, denied.
_DENIED = regex(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:claims?|"
    r"reports?|suggestions?|speculation)\b[^,;]*$|"
    # "casting doubt on the minister's claim that he would return to resume talks",
    # "questioned reports that a deal was near": a claim doubted is no news either
    r"\b(?:cast\w*\s+doubts?\s+(?:on|over)|doubt\w*|question\w*)\s+(?:[\w.'’-]+\s+){0,6}?"
    r"(?:claims?|reports?|suggestions?|assertions?)\b[^,;]*$"
)
# "called reports of ongoing talks false": a claim of talks, denied after it.
_CALLED_FALSE = regex(r"\b(?:reports?|claims?|suggestions?|talk)\s+(?:of|that)\s+[^,;]*$")
_FALSE_WORDS = ("false", "groundless", "baseless", "untrue", "not true", "fake", "fabricat")
# Talks, deals and meetings that are not trade talks between governments. Gated
# on its talks nouns: a stem of the first line ("supply", "board") often stands
# in a sentence whose cue is no talks noun ("to find a solution that keeps supply
# chains open"), and the search around the cue is then spared.
_NOT_TRADE = LiteralGated(
    regex(
        r"\b(?:phone|telephone|peace|ceasefire|nuclear|climate|military|arms|hostage|border|supply|"
        r"licensing|merger|takeover|acquisition|sponsorship|budget|coalition|labou?r|wage|debt|"
        r"loan|bailout|board|shareholders?|fed|federal\s+reserve|central\s+bank|opec\+?|fomc|ecb|boj|"
        r"policy|cabinet|party|committee|settlement\s+with\s+(?:the\s+)?(?:company|firm))(?:['’]s)?\s+"
        r"(?:[\w-]+\s+)?(?:talks|negotiations|deals?|agreements?|meetings?|pacts?|accords?|summit)\b|"
        # "its rate meeting", "the meeting of the Federal Reserve"
        r"\b(?:rate|rate-setting|monetary|policy)\s+meetings?\b|\b(?:meetings?|talks|summit)\s+of\s+"
        r"(?:the\s+|its\s+)?(?:federal\s+reserve|fed|central\s+bank|board|shareholders|opec|ecb|fomc)\b"
    )
)
# Literal stems of _NOT_TRADE: a sentence with none of them skips it.
_NOT_TRADE_STEMS = (
    "phone",
    "peace",
    "ceasefire",
    "nuclear",
    "climate",
    "military",
    "arms",
    "hostage",
    "border",
    "supply",
    "licens",
    "merger",
    "takeover",
    "acquisition",
    "sponsor",
    "budget",
    "coalition",
    "labo",
    "wage",
    "debt",
    "loan",
    "bailout",
    "board",
    "sharehold",
    "fed",
    "federal",
    "central",
    "opec",
    "fomc",
    "ecb",
    "boj",
    "policy",
    "cabinet",
    "party",
    "committee",
    "settlement",
    "rate",
    "monetary",
)
# "met with CEOs", "a deal with Nvidia": the other side is no government.
_WITH_NON_STATE = regex(
    r"\bwith\s+(?:the\s+|top\s+|[\w-]+\s+){0,2}(?:ceos?|chief\s+executives|executives|companies|"
    r"firms|business\s+leaders|lawmakers|senators|congress\w*|trade\s+unions|industry|investors|"
    r"shareholders|automakers|carmakers|bankers|governors|premiers|mayors|farmers|retailers|"
    r"tech\s+\w+)\b"
)
# "no meeting was scheduled", "no schedule had been fixed": no date is set.
NO_DATE = regex(
    r"\bno\s+(?:schedule|date)\b|\bno\s+(?:[\w-]+\s+){0,7}(?:was|were|is|are|has\s+been|"
    r"had\s+been)\s+(?:scheduled|fixed|set|planned)|"
    # "are yet to set a date for the next round", "have not fixed a date"
    r"\b(?:yet\s+to|not|never|failed\s+to)\s+(?:(?:been\s+)?(?:set|fix|fixed|agree\s+on|agreed\s+on|"
    r"announce|announced)\w*)\s+(?:a|any)\s+(?:new\s+)?date\b"
)
# A gerund after a preposition names a deal as a goal: "with a view to reaching a
# deal", "aimed at sealing", "the prospect of signing" (not "after signing").
_GERUND = regex(r"[a-z]+ing\b")
_GOAL_PREP = regex(r"\b(?:to|of|at|toward|towards|for|about)\s+$")
# A ceasefire is a trade truce only near a trade word.
_TRADE_NEAR = regex(r"\b(?:trade|tariffs?|duties|levies|economic)\b")
# A plain negation just before a call-off: "has not called the summit off".
_STILL_ON = regex(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|formally\s+|officially\s+)?$")
_AHEAD_MEETING = regex(r"\b(?:meeting|summit|trip|visit)\b")
# A deal named as known ("the new pact", "their deal") that someone means to sign
# is made; the wish to sign it is no talks toward one.
_SIGN_MADE_DEAL = regex(r"sign(?:s|ed|ing)?\s+(?:the|their|its|this|that)\b")
# A deal after "for" or "toward" in a verb's object is its goal, not the object.
_FOR_GOAL = regex(r"\s(?:for|toward|towards)\s")
# The space between a verb and its deal that must not hold a negation:
# "announced tariffs on countries without a deal".
_INSIDE_NEG = regex(r"\b(?:without|no|not|if|unless|any|before)\b")
# "negotiations on their trade agreement": the deal is what the talks are about.
_TALKS_ON = regex(
    r"\b(?:(?:talks|negotiations|discussions|negotiat(?:e|es|ed|ing)|work\w*)\s+(?:on|over|about)|"
    r"for|toward|towards)\s+$"
)
_DEAL_NOUN = regex(r"\b" + DEAL + r"\b")
# "talks on updating their trade pact", "an agreement on extending the truce": a deal
# as the object of what talks are about is their topic, no news of its own.
_TOPIC_GERUND = regex(
    r"\b(?:(?:on|over|about|discuss(?:es|ed|ing)?)\s+[a-z]+ing|"
    # "the upgrade of their free trade agreement", "a review of the pact"
    r"(?:upgrad|updat|review|extension|renewal|revision|moderni[sz]ation|expansion)\w*\s+(?:of|to))"
    r"\s+$"
)
_TOPIC_HOLDER = regex(
    r"\b(?:talks|negotiations|discussions|consultations|dialogue|round|meetings?|agreement|"
    r"deal|consensus|understanding|negotiators|discuss\w*)\b"
)
# Deals as what a verb of getting aims at: "has struggled to finalize trade pacts with".
_DEAL_AS_GOAL = regex(
    r"\bto\s+(?:reach|strike|sign|seal|clinch|secure|finali[sz]e|conclude|land|negotiate|agree|"
    r"hammer\s+out|work\s+out|nail\s+down)\s+(?:[\w-]+\s+){0,3}$"
)
# An adjective of stall states where the talks are, whatever the sentence wants of them.
_STALLED_NOUN = regex(r"\s+(?:[\w-]+\s+)?(?:talks|negotiations|dialogue)\b")


# A restart only offered or waited for: "stands ready to resume talks", "open to
# restarting negotiations", "it may take years until negotiations resume".
_RESUME_OFFERED = regex(
    r"\b(?:ready|prepared|willing|open|keen|eager|happy|available)\s+(?:to|for)\s+$"
)
_UNBROKEN = regex(
    r"^(?:without|no|not|fail\w*\s+to|yet\s+to)\s+(?:[\w-]+\s+)?(?:break|end|resolv|overcom|bridg)"
)
_RESUME_AWAITED = regex(r"\b(?:until|till|before|once)\s+(?:[\w.'’-]+\s+){0,7}?$")
# "concluded negotiations for a trade agreement": the talks for the deal are done.
_TALKS_DONE_FOR = regex(
    r"(?:conclud\w*|complet\w*|finish\w*|wrap\w*\s+up)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+)?(?:negotiations|talks)\s+(?:for|toward|towards)\s"
)
# A deal still only planned is none standing: "their planned free trade agreement".
_NOT_YET_DEAL = regex(
    r"\b(?:planned|proposed|prospective|potential|possible|future|envisaged|eventual|mooted|"
    r"would-be|hoped-for)\s+(?:[\w-]+\s+){0,2}?(?:deals?|agreements?|accords?|pacts?)\b"
)
# "as part of a deal it hopes to reach with Peru", "under a pact still being
# negotiated": a deal the words after it still want is none standing
_DEAL_STILL_WANTED = regex(
    r"\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,2}?(?:hopes?|hoped|hoping|aims?|aimed|plans?|"
    r"planned|wants?|seeks?|intends?|expects?|is\s+seeking|are\s+seeking)\s+to\b|"
    r"\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:still\s+)?(?:being|under)\s+"
    r"(?:negotiat\w*|discuss\w*|consideration)"
)
# "agreed to extend the talks", "agreed to suspend negotiations": the step is on the
# talks themselves, not on tariffs.
_ON_THE_TALKS = regex(r"\s+(?:the\s+|their\s+|trade\s+)*(?:talks|negotiations|discussions)\b")
_TALKS_GO_ON = regex(r"agree\w*\s+(?:\w+\s+){0,6}?to\s+(?:extend|continue|prolong)\b")
# "a few more weeks to end talks on the barriers": time to finish them, not a break.
_TIME_TO_FINISH = regex(
    r"\b(?:weeks|days|months|time|deadline|window|chance|until\s+\S+)[\"”'’]?\s+to\s+$"
)
# "is travelling to Washington for meetings on 22 October": a trip under way to
# talks that are still to come.
_ON_THE_WAY = regex(r"(?:travell?ing|visiting|heading|flying|comes|coming)\b")


# An end with nothing to show for it ("ended without a deal", "no agreement was
# reached", "failed to produce an agreement") ends talks only when the talks are
# what ended; said of one sitting ("the 14th round ended without a deal", "his
# visit failed to produce a deal", "no deal was reached when they met") it tells
# only that the sitting was held: the story's other words say whether the talks
# go on, stall or end.
_NO_RESULT = regex(r"\b(?:without|with\s+no|no|fail\w*)\b")
_HEAD = regex(
    r"\b(?:(?P<sitting>rounds?|sessions?|meetings?|visits?|trips?|sittings?|summits?|days?)|"
    r"talks|negotiations|discussions|consultations|dialogue)\b"
)
_SITTING_AFTER = regex(
    r"\s+(?:[\w,'’-]+\s+){0,3}?(?:when|as|at|during|after)\s+(?:[\w.'’-]+\s+){0,6}?"
    r"(?:met|meeting|round|session|visit|sitting|summit)\b"
)
_CLAUSE_START = regex(r"[;:]|\b(?:but|while|whereas)\s|,\s+and\s")


def _sitting_only(low: str, start: int, end: int) -> bool:
    """Whether an end with no result is said of one sitting, not of the talks."""
    lo = 0
    for b in _CLAUSE_START.finditer(low, max(0, start - 160), start):
        lo = b.end()
    head = _HEAD.search(low, lo, start)
    if head is not None:
        return head.group("sitting") is not None
    return _SITTING_AFTER.match(low, end) is not None


@dataclass(frozen=True, slots=True)
class Cue:
    """One talks cue in a lowercased sentence."""

    status: NegotiationStatus
    start: int
    end: int
    text: str
    role: str = ""


def _hedged(low: str, start: int, status: str) -> str:
    """ "" when nothing before ``start`` undoes the cue; "hedge" when a hedge
    does; "aim" when the words want a deal that is not reached yet."""
    lo = max(0, start - 48)
    if status == "resumed" and (
        _RESUME_OFFERED.search(low, lo, start)
        or (
            not low.startswith(
                ("resumed", "restarted", "revived", "relaunched", "re-launched"), start
            )
            and _RESUME_AWAITED.search(low, max(0, start - 72), start)
        )
    ):
        return "hedge"
    if status == "ongoing" and low.startswith("give", start):
        return ""  # "wants to give negotiations a chance": a wish about talks under way
    h = HEDGE.search(low, lo, start)
    if h is not None and status == "stalled" and _UNBROKEN.search(h.group()):
        h = None  # "ended without breaking the deadlock": the stall holds
    if (
        h is not None
        and status == "ongoing"
        and low.startswith(("close to", "near"), start)
        and _MAYBE.search(h.group())
    ):
        h = None  # "may be close to a deal": a guess at how near, talks all the same
    if h is not None and (
        status not in ("scheduled", "resumed", "collapsed", "stalled")
        or not h.group().startswith("would")
        or _NEGATED.search(h.group()) is not None
        or not _REPORTED.search(low, max(0, h.start() - 60), h.start())
        # an end or a pause is decided only when announced ("announced that it
        # would end the talks"); "said the US would walk away" is a threat
        or (
            status in ("collapsed", "stalled")
            and not _ANNOUNCED.search(low, max(0, h.start() - 60), h.start())
        )
        or _MAYBE.search(h.group())
    ):
        return "hedge"
    if (
        status == "ongoing"
        and _AHEAD.search(low, max(0, start - 90), start)
        and not _GOING_ON.match(low, start)
        and not _DONE_TO.search(low, max(0, start - 40), start)
    ):
        if _ON_THE_WAY.match(low, start) and FUTURE_TIME.search(low) is not None:
            # "will be announced when Lee comes to Washington for a meeting within
            # two weeks": a trip ahead with its time, read as a meeting set
            return ""
        return "hedge"  # "will hold a fresh round of talks in July": not held yet
    if WISH.search(low, lo, start) is not None:
        if status == "ongoing" and _GOING_ON.match(low, start):
            return ""  # "expects to keep negotiating": the talks are on and go on
        return "aim"
    if (
        status == "agreement"
        and _AGREED_TO_END.search(low, max(0, start - 40), start)
        and (_SETTLE.match(low, start))
    ):
        return ""  # "agreed to end their trade war": the agreeing is the deal
    if status == "agreement" and (
        TOWARD.search(low, lo, start) is not None
        or _TO_AIM.search(low, max(0, start - 70), start)
        or (
            low.endswith("to ", 0, start)
            and _BASE_VERB.match(low, start)
            and not _DONE_TO.search(low, max(0, start - 40), start)
        )
    ):
        return "aim"
    if (
        status == "agreement"
        and _GERUND.match(low, start)
        and _GOAL_PREP.search(low, max(0, start - 12), start)
    ):
        return "hedge"  # "with a view to reaching a deal", "committed to striking one": a goal
    return ""


def _skip_to_with(low: str, end: int) -> int:
    """Where a "with" just after a cue starts ("met with", "a deal with"), else ``end``."""
    i = low.find(" with ", end, end + 12)
    return i + 1 if i >= 0 else end


_Rows = tuple[tuple[NegotiationStatus, re.Pattern[str], str], ...]
# The rows a sentence's gate mask lets run. Sentences share few distinct masks,
# so each is resolved once, not by testing all the rows at every sentence.
_ROWS_BY_MASK: dict[int, _Rows] = {}
_ROWS_BY_MASK_LIMIT = 4096  # a bound on memory should some text hold odd mixes


def _rows_for(present: int) -> _Rows:
    rows = _ROWS_BY_MASK.get(present)
    if rows is None:
        rows = tuple(
            (status, pattern, role)
            for (status, _stems, pattern, role), needs in zip(CUES, _ROW_NEEDS, strict=True)
            if present & needs == needs  # a stem, or a literal the pattern needs, is there
        )
        if len(_ROWS_BY_MASK) < _ROWS_BY_MASK_LIMIT:
            _ROWS_BY_MASK[present] = rows
    return rows


_NON_STATE_STEMS = (
    "premier",
    "ministers",
    "leaders",
    "ambassadors",
    "envoys",
    "member states",
    "diplomats",
    "governor",
    "mayor",
    "ceo",
    "executive",
    "lawmaker",
    "senator",
    "business leader",
    "compan",
    "firm",
    "members",
    "sharehold",
    "investor",
    "analyst",
    "economist",
    "maker",
    "farmer",
    "union",
    "banker",
)
# The words of the rare undoers, each looked for around a cue only if they are
# in the sentence: denied, called false, onlookers, a non-state side, not
# trade, a "with".
_UNDOER_STEMS: tuple[tuple[str, ...], ...] = (
    ("den", "reject", "dismiss", "refut", "doubt", "question"),
    _FALSE_WORDS,
    ("investors", "analysts", "economists", "markets", "traders", "observers", "experts"),
    _NON_STATE_STEMS,
    _NOT_TRADE_STEMS,
    (" with ",),
)
_Undoers = tuple[bool, bool, bool, bool, bool, bool]


def _row_gate() -> tuple[StemGate, list[int], int, tuple[int, ...]]:
    """The gate of every row, the mask of the gate's groups each row needs, the
    mask of all the rows' groups, and the bit of each undoer's stems.

    A row needs its stems, and the literals its pattern cannot match without
    (cues.required_literals: most rows need two or three words at once), read
    from the pattern as written: led by a letter, "talks" reads as "alks". The
    undoers' stems ride along in the same pass, where a ``has_any`` each cost
    as much again."""
    groups: list[tuple[str, ...]] = []
    masks: list[int] = []
    for _, stems, pattern, _ in CUES:
        mask = 0
        for group in (stems, *required_literals(as_written(pattern))):
            mask |= 1 << len(groups)
            groups.append(group)
        masks.append(mask)
    rows = (1 << len(groups)) - 1
    undoers = tuple(1 << (len(groups) + i) for i in range(len(_UNDOER_STEMS)))
    return StemGate([*groups, *_UNDOER_STEMS]), masks, rows, undoers


# Each row runs only if one of its stems is in the sentence, and a literal of
# each set its pattern needs: one pass for all of them (cues.StemGate) instead
# of a has_any per row, and no scan of a pattern that cannot match.
_ROW_GATE, _ROW_NEEDS, _ROW_GROUPS, _UNDOER_BITS = _row_gate()


def _undoers(present: int) -> _Undoers:
    """Whether the words of each undoer are in the sentence, from its gate mask."""
    denied, called_false, onlookers, non_state, not_trade, with_ = (
        present & bit != 0 for bit in _UNDOER_BITS
    )
    return denied, called_false, onlookers, non_state, not_trade, with_


def scan(low: str) -> list[Cue]:
    """Every talks cue of a lowercased sentence that no hedge undoes, in reading order.

    Of two cues that overlap, a strong status (deal, stall, collapse,
    resumption) wins over a weak one (held, scheduled), then the longer one.
    """
    found: list[Cue] = []
    future: bool | None = None
    no_date: bool | None = None
    undoers: _Undoers | None = None  # the rare undoers' words: read at the first match
    present = _ROW_GATE.groups(low)
    # (the undoers' bits left out: sentences then share fewer distinct masks)
    for status, pattern, role in _rows_for(present & _ROW_GROUPS):
        for m in pattern.finditer(low):
            if undoers is None:
                undoers = _undoers(present)
            denied, called_false, onlookers, non_state, not_trade, with_ = undoers
            st: NegotiationStatus = status
            if status == "stalled" and _STALLED_NOUN.match(low, m.end()):
                found.append(Cue(st, m.start(), m.end(), m.group(), role))
                continue
            if status == "agreement" and _INSIDE_NEG.search(m.group(), 1):
                continue
            if m.group().endswith("ceasefire") and not _TRADE_NEAR.search(
                low, max(0, m.start() - 40), m.end() + 40
            ):
                continue  # "Thailand and Cambodia agreed to a ceasefire": a war's, not trade's
            if (
                status == "agreement"
                and role == ""
                and _FOR_GOAL.search(m.group(), 1)
                and not _TALKS_DONE_FOR.match(m.group())
            ):
                # "finalised the terms of reference for their trade agreement": the
                # deal is what the thing done is for, still to come
                found.append(Cue("ongoing", m.start(), m.end(), m.group(), role))
                continue
            if (
                st == "ongoing"
                and "under" in m.group()
                # the "to get" may sit inside the cue: "talks were expected to get under way"
                and _GET_UNDER_WAY.search(
                    low, max(0, m.start() - 80), m.start() + m.group().rfind("under")
                )
            ):
                continue  # "to get negotiations under way": not yet
            if denied and _DENIED.search(low, max(0, m.start() - 120), m.start()):
                continue
            if called_false and _CALLED_FALSE.search(low, max(0, m.start() - 40), m.start()):
                continue
            if onlookers and _ONLOOKERS.search(low, max(0, m.start() - 80), m.start()):
                continue
            if (
                non_state
                and _NON_STATE_SUBJECT.search(low, max(0, m.start() - 50), m.start())
                and not has_any(low[m.end() : m.end() + 40], ("counterpart", " with "))
            ):
                continue
            if not_trade and _NOT_TRADE.search(
                low, max(0, m.start() - 40), min(len(low), m.end() + 30)
            ):
                continue
            if with_ and _WITH_NON_STATE.match(low, _skip_to_with(low, m.end())):
                continue
            if role == "on hold":
                # "talks were put on hold", not "the package was put on hold": the
                # nearest noun before is talks, not tariffs or measures
                held = _HELD_NOUN.findall(low, max(0, m.start() - 80), m.start())
                if not held or held[-1] not in _TALK_NOUNS:
                    continue
                role = ""
            if role == "pause over":
                if not _PAUSE_NOUN.search(low, max(0, m.start() - 120), m.start()):
                    continue
                role = ""
            if "near" in role and not _NEAR.search(
                low, max(0, m.start() - 50), min(len(low), m.end() + 60)
            ):
                continue
            if role == "noun":
                if _TALKS_ON.search(low, max(0, m.start() - 40), m.start()):
                    continue  # "resumed negotiations on their trade agreement"
                topic = _TOPIC_GERUND.search(low, max(0, m.start() - 30), m.start())
                if topic is not None and _TOPIC_HOLDER.search(
                    low, max(0, topic.start() - 100), topic.start()
                ):
                    continue
                if (
                    _NOT_YET_DEAL.search(m.group())
                    or _DEAL_AS_GOAL.search(low, max(0, m.start() - 50), m.start())
                    or _DEAL_STILL_WANTED.match(low, m.end())
                ):
                    continue  # "their planned agreement", "to finalize pacts with": none yet
                h = HEDGE.search(low, max(0, m.start() - 48), m.start())
                if h is None or not h.group().startswith(_HARD):
                    found.append(Cue(st, m.start(), m.end(), m.group(), role))
                continue
            if role == "joint":
                if _ON_THE_TALKS.match(low, m.end()):
                    # "agreed to extend the talks": talks go on, or are put off
                    st = "ongoing" if _TALKS_GO_ON.match(m.group()) else "stalled"
                    found.append(Cue(st, m.start(), m.end(), m.group(), ""))
                    continue
                if _DEAL_NOUN.search(m.group()):
                    role = ""  # "agreed a deal with Norway to cut tariffs": the deal is made
            if (
                status == "collapsed"
                and m.group().startswith("end")
                and _TIME_TO_FINISH.search(low, max(0, m.start() - 30), m.start())
            ):
                continue
            how = _hedged(low, m.start(), status)
            if (
                how == "hedge"
                and status in ("scheduled", "resumed", "ongoing")
                and _NEGATED.search(low, max(0, m.start() - 30), m.start())
                and _BOUND_AFTER.match(low, m.end())
            ):
                # "would not restart until a new minister is appointed", "are unlikely
                # to resume before the election": no talks before a time or event
                found.append(Cue("stalled", m.start(), m.end(), m.group(), ""))
                continue
            if how == "hedge":
                if (
                    status == "collapsed"
                    and _STILL_ON.search(low, max(0, m.start() - 30), m.start())
                    and _AHEAD_MEETING.search(m.group())
                ):
                    # "had not called the meeting off": the meeting planned still stands
                    found.append(Cue("scheduled", m.start(), m.end(), m.group(), role))
                continue
            if how == "aim":
                if status != "agreement" or role in ("noun", "settle"):
                    continue
                if _SIGN_MADE_DEAL.match(low, m.start()):
                    continue  # "intends to sign the new pact": made already, no talks toward it
                st = "ongoing"  # working toward a deal: the talks are under way
            if st == "ongoing" and _ON_THE_WAY.match(low, m.start()):
                if future is None:
                    future = FUTURE_TIME.search(low) is not None
                if future:
                    st = "scheduled"
            if st == "scheduled":
                if no_date is None:
                    no_date = NO_DATE.search(low) is not None
                if no_date:
                    continue
                if "timed" in role:
                    if future is None:
                        future = FUTURE_TIME.search(low) is not None
                    if not future:
                        continue
            if st in ("scheduled", "resumed") and (
                _ONLY_BOUND.match(low, m.end())
                or (
                    _ONLY_BEFORE.search(low, max(0, m.start() - 20), m.start())
                    and _WAIT_AFTER.match(low, m.end())
                )
            ):
                # "will only resume after the election", "can start only once a
                # coalition is formed": no talks before a time or an event
                st = "stalled"
            if (
                st == "collapsed"
                and _NO_RESULT.search(m.group())
                and _sitting_only(low, m.start(), m.end())
            ):
                st = "ongoing"
            found.append(Cue(st, m.start(), m.end(), m.group(), role))
    return _resolve(found)


def _resolve(cues: list[Cue]) -> list[Cue]:
    if not cues:
        return []  # most sentences scanned: a talks word, but every cue undone or none
    ranked = sorted(
        cues,
        key=lambda c: (
            c.status not in STRONG,
            c.role == "noun",
            c.role == "backdrop",
            -(c.end - c.start),
            c.start,
        ),
    )
    kept: list[Cue] = []
    for c in ranked:
        if all(c.end <= k.start or c.start >= k.end for k in kept):
            kept.append(c)
    kept.sort(key=lambda c: c.start)
    # "called off the planned meeting", "suspended the upcoming round": the
    # weak cue is the strong one's object, not a state of its own.
    ends = [c.end for c in kept if c.status in ("collapsed", "stalled")]
    # "the first round of negotiations is scheduled to begin on April 23": a round
    # named before its date is the scheduled round, not one held.
    dated = [c.start for c in kept if c.status == "scheduled"]
    # "after the deal collapsed": a deal named as the subject of its collapse is
    # not standing
    broke = [c.start for c in kept if c.status == "collapsed"]
    kept = [c for c in kept if not (c.role == "noun" and any(0 <= b - c.end <= 12 for b in broke))]
    return [
        c
        for c in kept
        if c.status in STRONG
        or (
            not any(0 <= c.start - e <= 20 for e in ends)
            and not (
                c.role == "backdrop"
                and c.text.startswith(("round", "first", "day", "week"))
                # "is due in Washington next week for a new round of talks": the
                # round of a date, told after or before it, is the one set
                and any(-90 <= d - c.end <= 40 for d in dated)
            )
        )
    ]


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
