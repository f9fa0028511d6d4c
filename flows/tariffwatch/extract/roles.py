"""What part a country mention plays in a sentence: who levies, whose goods.

Roles come from the few words around a mention, never from a parse:
"on Chinese goods" and "imports from Mexico" name the target; "Canada's 25%
tariffs", "imposed by the US", "shipped to the United States" name the imposer;
a mention with no preposition before it is a possible subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tariffwatch.extract.countries import DEMONYM, NAME, OFFICIAL, Mention
from tariffwatch.extract.cues import (
    TARIFF_NOUNS,
    TARIFF_WORD,
    LiteralGated,
    WindowGate,
    gate_patterns,
)
from tariffwatch.extract.regex_cache import regex

TARGET, IMPOSER, SUBJECT, OTHER = "target", "imposer", "subject", "other"
EXCEPTED = "excepted"  # "all countries except Britain", "no exemptions for Canada"
YARDSTICK = "yardstick"  # "in line with what Japan obtained": named to compare, no side
# "on goods from every nation, Japan among them", "hitting Chile hardest": one of a
# global measure's many targets, or a side it hurts, named as an example
EXAMPLE = "example"

_GOODS = (
    r"(?:goods|imports?|exports?|products|shipments|steel|aluminium|aluminum|cars|autos?|"
    r"vehicles|automakers|carmakers|companies|firms|exporters|manufacturers|producers|"
    r"makers|suppliers|growers|farmers|ranchers|winemakers|steelmakers|mills|made|pork|beef|"
    r"soybeans|farm|agricultural|chips|semiconductors|"
    r"lumber|wine|whisky|whiskey|energy|oil|items|merchandise|products|"
    # the goods names tariffs.py reads before a tariff word ("Australian barley duties")
    r"automotive|automobiles?|motorcycles?|spirits|gin|bourbon|brandy|rice|barley|wheat|"
    r"corn|maize|rapeseed|canola|cheese|seafood|lobsters?|textiles|clothing|apparel|shoes|"
    r"footwear|tyres?|tires?|batteries|machinery|aircraft|coffee|cocoa|sugar|fruit|vegetables)"
)
_NOT_ORIGIN = regex(
    r"\bnot\s+(?:\w+\s+)?(?:made|built|produced|manufactured|assembled|grown)\s+in\s+(?:the\s+)?$"
)
_DESTINATION = regex(
    r"\b(?:shipped|exported|sent|sold|sell|sells|selling|bound|exports?|imports?|goods|products|"
    # ("passed through Vietnam for final shipment to the United States")
    r"shipments?|shipping|exporting|sending|entering|coming|destined|headed|arriv(?:e|es|ed|ing)|"
    r"cars|vehicles|sales)\s+"
    r"(?:(?!made|built|produced|manufactured|assembled|grown|sourced)\w+\s+)?"
    r"(?:to|into|in)\s+(?:the\s+)?$|\b(?:enter(?:ing)?|into)\s+(?:the\s+)?$"
    # "beef exported by Brazil to China": the sender named between verb and market
    r"|\b(?:shipped|exported|sent|sold)\s+by\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?\s+"
    r"(?:to|into)\s+(?:the\s+)?$"
    # "goods that pass through Vietnam on their way to the United States"
    r"|\bon\s+(?:their|its|the)\s+way\s+to\s+(?:the\s+)?$"
    # "shut them out of China", "priced out of the US": the market closed to them
    r"|\b(?:shut|kept|keeps|keeping|locked|priced|frozen|pushed|forced|squeezed)\s+(?:[\w-]+\s+)?"
    r"out\s+of\s+(?:the\s+)?$"
    # "English gin bound for India", "cars destined for Japan"
    r"|\b(?:bound|destined|headed)\s+for\s+(?:the\s+)?$"
    # "tariffs on American goods take effect in the EU": where a tariff applies
    r"|\b(?:take[sn]?|took|come|came|go|went)\s+(?:into\s+)?(?:effect|force)\s+in\s+(?:the\s+)?$",
)
_BY = regex(r"\bby\s+(?:the\s+)?$")
_BORNE_BY = regex(
    r"\b(?:faced|paid|borne|shouldered|endured|suffered)\s+(?:so\s+far\s+|now\s+)?by\s+(?:the\s+)?$"
)
# Where a tariff is charged levies it: "a 20% safeguard tariff in the United
# States", "exporters that pay 145% in America".
_CHARGED_IN = regex(
    r"(?:\b(?:" + TARIFF_NOUNS + r"|surtax(?:es)?|surcharges?)|\d\s*%|\bper\s?cent|\bpercent)"
    r"\s+in\s+(?:the\s+)?$"
)
# A word that is no preposition, then a determiner: "view the", "consider a"
# (not "at a 10% tariff", where the rate is the name's own)
_VERB_THEN_DETERMINER = regex(
    r"\s+(?!(?:at|with|under|on|for|of|in|to|from|by|against|over|via|into|and|or)\b)[a-z-]+"
    r"\s+(?:the|a|an|this|that|these|those|its|their|his|her|our)\s"
)
_AGREED_WITH = LiteralGated(
    regex(
        r"\b(?:" + TARIFF_NOUNS + r"|rates?)\s+(?:(?:it|they|he|she|washington|the\s+us)\s+)?"
        r"(?:agreed|negotiated|struck|reached|settled|sealed|secured|concluded|clinched)\s+"
        r"(?:upon\s+|on\s+)?with\s+(?:the\s+)?$"
    )
)
_SHIPPED_BY = regex(r"\b(?:shipments|exports|sales|deliveries|cargoes)\s+by\s+(?:the\s+)?$")
# A relative clause whose verb is importing: "everything the US imports", "goods
# that the EU buys from Russia"
_IMPORTED_BEFORE = regex(
    # (not "most EU imports", "all US imports": a quantity of the goods, a noun)
    r"\b(?:everything|anything|goods|products|items|what|whatever)\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?$"
)
_IMPORTS_VERB = regex(r"^\s+(?:imports|imported|buys|bought|purchases|purchased)\b")
_AGENT_OF_LEVYING = regex(
    r"^\s+(?:of|for)\s+(?:(?:unfairly|unilaterally|illegally|suddenly|also|again)\s+)?"
    r"(?:impos|slapp|levy|levie|rais|hik|doubl|tripl|introduc|applying|charg|plac|putting|"
    r"adopt|enact|retaliat)\w*ing\b"
)
_TARIFF_FROM = regex(r"\b(?:" + TARIFF_NOUNS + r"|surtax(?:es)?|surcharges?)\s+from\s+(?:the\s+)?$")
# "lifting tariffs from Canada": the goods the tariffs come off
_REMOVED_FROM = regex(
    r"\b(?:lift\w*|remov\w*|strip\w*|scrap\w*|drop\w*|waiv\w*|exempt\w*|spar\w*|relief|"
    r"eas\w*|withdraw\w*|take\s+off|taking\s+off|took\s+off)\b[^,;]*$"
)
# "Korean-made washers", "U.S.-built jets", "Brazil-origin beef": where goods come
# from, whatever the goods are called.
_ORIGIN_COMPOUND = regex(
    r"^-(?:made|built|produced|manufactured|assembled|grown|sourced|origin|raised|brewed)\b"
)
# "every trading partner of the United States": the side whose partners are taxed
_PARTNER_OF_BEFORE = LiteralGated(regex(r"\b(?:trading|trade)\s+partners?\s+of\s+(?:the\s+)?$"))
# "its"/"their" right before the country: who the possessive is
_POSSESSOR_BEFORE = regex(r"\b(?:its|their)\s+(?:(?:new|own|\d+(?:\.\d+)?\s*%)\s+)?$")
# "on the White House website", "on the U.S. government's website", "the Canadian
# finance ministry's site": the office between the name and the page is part of the
# place a text was posted, no side of a tariff.
_MEDIUM_AFTER = regex(
    r"^(?:['’]s)?\s+(?:(?:[\w-]+\s+){0,2}?(?:government|ministry|department|administration|"
    r"embassy|office|agency|representative|commission|council|presidency)(?:['’]s)?\s+)?"
    r"(?:official\s+)?(?:websites?|web\s+site|site|account|web\s+page|homepage|social\s+media)\b",
    re.IGNORECASE,  # "the U.S. Commerce Department's website": an office is capitalised
)
# A relative clause on a tariff whose subject levies it: "the 25% tariffs the US
# imposed on steel", "the duties that Washington slapped on cars".
_TARIFF_BEFORE_RELATIVE = regex(
    r"\b(?:" + TARIFF_NOUNS + r"|surtax(?:es)?|surcharges?)\s+(?:that\s+|which\s+)?"
    r"(?:the\s+)?$"
)
_LEVIED_AFTER = regex(
    r"^\s+(?:had\s+|has\s+|have\s+|first\s+|later\s+|then\s+)?(?:imposed|levied|slapped|put|"
    r"placed|introduced|applied)\b"
)
# "electric vehicles made in China": where goods come from is the target.
_ORIGIN = LiteralGated(
    regex(
        r"\b(?:made|built|produced|manufactured|assembled|grown|sourced|originating)\s+in\s+"
        r"(?:the\s+)?$"
    )
)
_VIA = LiteralGated(
    regex(
        r"\b(?:rout\w*|transship\w*|trans-ship\w*|shipp\w*|sent|diverted|pass(?:es|ed|ing)?)\s+"
        r"(?:through|via)\s+"
        r"(?:the\s+)?$"
    )
)
_MAINLY_FROM = LiteralGated(
    regex(
        r"\bimports,?\s+(?:especially|particularly|notably|mainly|mostly|largely|chiefly)\s+"
        r"(?:those\s+)?from\s+(?:the\s+)?$"
        # "... cheap imports, driven partly by US tariffs": a cause, not a side of this rate
        r"|\b(?:driven|prompted|caused|triggered|fu?elled)\s+(?:\w+\s+)?by\s+(?:the\s+)?$"
    )
)
# "made by Japanese automakers", "built by South Korean firms such as Samsung"
_MAKER_BY = LiteralGated(
    regex(
        r"\b(?:made|built|produced|manufactured|assembled|owned|run|operated)\s+"
        r"(?:[\w-]+\s+){0,3}?by\s+(?:the\s+)?$"
    )
)
_SUPPLIED_BY = LiteralGated(
    regex(
        r"\b(?:made|built|produced|manufactured|assembled|grown|farmed|raised|mined|refined|"
        r"smelted|brewed|distilled|sewn|woven|caught|fished|harvested|bred|exported|shipped|"
        r"sold|supplied|sent|sourced|delivered)\s+(?:(?:mainly|mostly|largely|chiefly|"
        r"primarily|directly|originally)\s+)?by\s+(?:the\s+)?$"
    )
)
_MAKER_AFTER = regex(
    r"^(?:['’]s|-(?:owned|based|run|controlled))?(?:\s+[\w-]+)?\s+(?:automakers|carmakers|firms|companies|manufacturers|"
    r"makers|producers|groups|investors|owners|conglomerates|brands|mills|exporters|shippers|"
    r"suppliers|growers|farmers|steelmakers)\b"
)
_MODEL_BEFORE = regex(
    r"\b(?:following|after|copying|mirroring|emulating|echoing|taking)\s+(?:the\s+)?$"
)
_MODEL_AFTER = regex(r"^['’]s\s+(?:own\s+)?(?:lead|example|footsteps|cue|playbook)\b")
_BEST_BEFORE = regex(
    r"\b(?:best|lowest|most|least|highest)\s+(?:(?:rate|deal|terms|outcome|result)\s+)?"
    r"(?:that\s+)?(?:the\s+)?$"
)
_COULD_GET_AFTER = regex(
    r"^\s+(?:could|can|would|was\s+able\s+to|were\s+able\s+to|hoped\s+to|managed\s+to)\s+"
    r"(?:have\s+)?(?:get|got|gotten|obtain\w*|secur\w*|win|won|achiev\w*|hope\s+for|expect)\b"
)
_AUTHOR_AFTER = regex(r"^\s+(?:executive\s+)?(?:order|decree|proclamation)s?\b")
_OWN_RATE_CLAUSE = regex(
    r"\s*,\s*(?:which|who)\s+(?:(?:now|still|already|instead|alone)\s+)?(?:faces?|pays?|gets?|"
    r"(?:is|was)\s+(?:hit|charged|taxed)\s+(?:with|at)|carries)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?\d"
)
_OWNER_COMPOUND = regex(r"^-(?:owned|based|run|controlled|headquartered|listed|funded|backed)\b")
_RESHIPPED_FROM = LiteralGated(
    regex(
        r"\b(?:transship\w*|trans-ship\w*|re-?export\w*|re-?rout\w*|rout\w*)\s+"
        # "transshipped through Vietnam from China": the first origin, past the transit
        r"(?:(?:through|via)\s+[^,;]{1,30}?\s+)?from\s+(?:the\s+)?$"
    )
)
# A set of partners that takes in every country: "all countries", "every origin",
# "regardless of origin", "foreign steel from everywhere".
_GLOBAL_SET = LiteralGated(
    regex(
        r"\bon\s+(?:foreign|imported)|"
        r"\b(?:(?:all|every|any)\s+(?:other\s+)?(?:countries|nations|country|nation|"
        r"trading\s+partners?|origins?|sources?|suppliers?|imports?|imported|foreign)|"
        r"(?:regardless\s+of|no\s+matter|whatever\s+(?:the|their|its))\s+(?:origin|where|"
        r"(?:the\s+)?country)|from\s+everywhere|worldwide|global(?:ly)?)\b"
    )
)
# "Japan and South Korea among them", "Brazil included"
_EXAMPLE_AFTER = regex(
    r"^(?:(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})*"
    r",?\s+(?:among\s+them|included|alike|among\s+others)\b"
)
# "Mexico, like every other supplier, now pays": one of all who pay
_LIKE_ALL_AFTER = regex(
    r"^(?:['’]s)?(?:\s+[\w-]+){0,2}?\s*,\s*(?:just\s+)?like\s+(?:all|every|everyone|everybody|"
    r"any|the\s+rest)\b[^,;]{0,40},"
)
# "hitting Mexican plants hardest", "hits Canada the most"
_HARDEST_AFTER = regex(
    r"^(?:\s+[\w-]+){0,2}?\s+(?:the\s+)?(?:hardest|most|worst|especially|particularly)\b"
)
# "far above Japan's 15%", "higher than Britain's 10%": a rate measured against
# another country's own figure
_ABOVE_FIGURE_BEFORE = regex(
    r"\b(?:above|below|than|over|under|beyond|twice|double|"
    r"exceed(?:s|ed|ing)?|match(?:es|ed|ing)?)\s+(?:the\s+)?$"
)
_OWN_FIGURE_AFTER = regex(
    r"^['’]s\s+(?:[a-z-]+\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)"
    r"(?!\s+(?:[\w-]+\s+)?(?:" + TARIFF_NOUNS + r"|surtax(?:es)?)\s+on\b)"
)
_PARTNER_OF = LiteralGated(regex(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?trading\s+partners?\b"))
_GOODS_TARIFF_AFTER = regex(
    r"^['’]s\s+(?:steel|alumin(?:um|ium)|wine|dairy|pork|beef|barley|lumber|timber|"
    r"solar|ev|car|auto)\s+(?:" + TARIFF_NOUNS + r")\b"
)
_RATE_FACED = regex(
    r"^['’]s\s+(?:\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)\s+)?"
    r"(?:(?:new|reciprocal|baseline)\s+)?rates?\b(?!\s+(?:on|for|against)\b)"
    # "Indonesia's reciprocal tariff was cut to 19%": the US reciprocal rate it pays
    r"|^['’]s\s+(?:\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)\s+)?(?:reciprocal|baseline)\s+"
    r"(?:" + TARIFF_NOUNS + r")\b(?!\s+(?:on|for|against)\b)"
)
_TARGET_PREP = regex(
    r"\b(?:on|against|from|targeting|for|out\s+of|(?:apply|applies|applied|applying)\s+to|"
    # "began applying the lowered 15% rate to Japanese auto imports": the rate between
    r"(?:apply|applies|applied|applying)\s+(?:the|a|an|its|their)\s+(?:[\w.%-]+\s+){0,5}?to|"
    # "importers of European brandy must lodge deposits": the goods' origin
    r"importers?\s+of|imports\s+of)\b"
)
_TARGET_BLOCK = regex(
    r"\b(?:to|into|by|that|which|who|after|before|while|if|said|says|at|with|than|"
    # ("on clothing from Asian countries such as Vietnam": "such as" names them)
    r"over|since|because|(?<!such\s)as|"
    # "on all imported cars has hurt German makers": a verb ends the goods phrase
    r"is|are|was|were|has|have|had|will|would|could|"
    # "a penalty for its purchases of Russian oil": a reason, not the goods taxed
    r"purchas\w*|buy\w*|bought|support\w*|role|handling|failure|refusal|"
    # "On Tuesday the bloc imposed ...": a date opens the sentence, no goods phrase
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|"
    r"january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.|"
    # "on steel in 2018 during Trump's first term": a time phrase closes the goods
    r"during|amid|despite|under|following|(?:19|20)\d\d)(?:\b|(?<=\.))|[,;:]",
)
# A rate, then the side that got it: "far above the 15% the EU negotiated".
_RATE_BEFORE = regex(r"(?:\d\s*%|percent|per\s?cent)\s+(?:the\s+)?$")
_GOT_AFTER = regex(
    r"^\s+(?:has\s+|had\s+|have\s+|was\s+|were\s+)?(?:negotiated|secured|got|gets|won|"
    r"obtained|clinched|struck|agreed|received|faced|faces|face|pays|paid|was\s+given|"
    r"landed|accepted)\b"
)
_PREP_BEFORE = regex(
    r"\b(?:on|of|from|to|into|with|against|for|in|at|by|between|than|over|toward|"
    r"towards|about|among|including|like|via|among)\s+(?:the\s+|its\s+|their\s+)?$",
)
_COORD_BEFORE = regex(r"(?:,|\band\b|\bor\b|&)\s+(?:the\s+)?$")
# The list goes on, or ends a headline's clause ("25% on Mexico, Canada; 10% on China").
# ("30% tariffs on EU, Mexico from August 1": a headline's list ends at its date)
_LIST_GOES_ON = regex(r"\s*(?:,|and\b|or\b|[;:]|$|(?:from|starting|over|amid)\b)")
_EXCEPT_BEFORE = LiteralGated(
    regex(
        # "sparing economies such as the EU and Japan", "spares Canada and Mexico"
        r"\bspar(?:e|es|ed|ing)\s+(?:(?:[\w-]+\s+){1,2}(?:such\s+as|like|including)\s+)?(?:the\s+)?$|"
        # "content that does not come from Canada or Mexico": every origin but those
        r"\b(?:does|do|did)\s+not\s+(?:come|originate)\s+(?:from|in)\s+(?:the\s+)?$|"
        r"\b(?:except(?:\s+for)?|excluding|exempting|other\s+than|apart\s+from|aside\s+from|"
        r"save\s+for|with\s+the\s+exception\s+of|exemptions?\s+(?:\w+\s+)?for|exempt\w*)\s+"
        r"(?:the\s+)?$"
    )
)
# "Canada and Mexico were spared from the 10% tariff": the subject is excepted.
_SPARED_AFTER = LiteralGated(
    regex(
        r"^\s+(?:(?:were|was|are|is|have\s+been|has\s+been|will\s+be|would\s+be)\s+)?"
        r"(?:(?:largely|mostly|also|again)\s+)?(?:spared|exempted|left\s+out\s+of|"
        r"excluded\s+from|carved\s+out\s+of|kept\s+out\s+of)\b"
    )
)
_STILL_FACES = regex(r"\b(?:fac(?:e|es|ing)|pay(?:s|ing)?|subject\s+to)\b")


def _spared(right: str) -> bool:
    """ "Canada and Mexico were spared", not "Mexico was spared new tariffs but
    still faces 25%": spared of one tariff, it faces another."""
    return _SPARED_AFTER.match(right) is not None and _STILL_FACES.search(right) is None


_HIT_BEFORE = LiteralGated(
    regex(
        r"\b(?:hit|hitting|slap|slapping|slapped|punish|punishing|penali[sz]e|targets?|"
        r"targeting|targeted|tax|taxes|taxed|taxing)\s+(?:the\s+)?$"
    )
)
# A verb that sets, moves or holds a rate, then the rate's determiners: its object
# ("puts EU tariff at 15%") is the country taxed. "its"/"their" alone do the same:
# the possessor levies, the country named after it is taxed.
_SET_VERB_BEFORE = LiteralGated(
    regex(
        r"(?:\b(?:puts?|putting|sets?|setting|raises?|raised|raising|hikes?|hiked|hiking|lowers?|"
        r"lowered|lowering|cuts?|cutting|slash(?:es|ed|ing)?|doubl(?:es|ed|ing)|tripl(?:es|ed|ing)|"
        r"quadrupl(?:es|ed|ing)|delay(?:s|ed|ing)?|paus(?:es|ed|ing)|suspend(?:s|ed|ing)?|"
        r"extend(?:s|ed|ing)?|postpon(?:es|ed|ing)|eas(?:es|ed|ing)|trim(?:s|med|ming)?|"
        r"reduc(?:es|ed|ing)|finali[sz](?:es|ed|ing)|confirm(?:s|ed|ing)?)\s+"
        r"(?:(?:a|an|the|its|their|new|higher|lower|\d+(?:\.\d+)?\s*%|\d+\s+per\s?cent)\s+){0,3}"
        r"|\b(?:its|their)\s+(?:(?:new|own|\d+(?:\.\d+)?\s*%)\s+)?)$"
    )
)
_OBJECT_TARIFF = regex(r"\s+(?:[\w-]+\s+)?(?:counter-?)?(?:rates?|" + TARIFF_NOUNS + r")\b")
_ON_GOODS_AFTER = regex(
    r"\s+(?:on|against|targeting)\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|\d)"
)
_WARN_BEFORE = regex(
    r"\b(?:threat(?:en|ens|ened|ening)|hand(?:s|ed|ing)?|gives?|gave|giving|issu(?:es|ed|ing))\s+"
    r"(?:the\s+)?$"
)
_WARN_WITH = regex(
    r"^\s+(?:with\s+(?:an?\s+|new\s+|higher\s+)*(?:\d|" + TARIFF_NOUNS + r")|"
    r"(?:an?\s+)?(?:ultimatum|deadline|final\s+warning)\b)"
)
# A verb with two objects, the country then its rate: "charge Mexico a 30% tariff".
_GIVE_BEFORE = LiteralGated(
    regex(
        r"\b(?:charg(?:e|es|ed|ing)|hand(?:s|ed|ing)?|giv(?:e|es|ing)|gave|given|assign(?:s|ed|ing)?|"
        r"slap(?:s|ped|ping)?|bill(?:s|ed|ing)?)\s+(?:the\s+)?$"
    )
)
_GIVEN_RATE = regex(
    r"^\s+(?:(?:a|an|the)\s+)?(?:(?:new|higher|lower|flat|steep|reciprocal)\s+)?"
    r"\d{1,3}(?:\.\d+)?\s*(?:%|per\s?cent|percent)"
)
_SUBJECT_SLOT = regex(r"(?:^|[,;:]\s*|\b(?:the|and|or|while|but|as)\s+)$")
_FACE_AFTER = LiteralGated(
    regex(
        # "Washington warned Beijing would face": a verb of saying ends the subject's reach.
        # "Britain, the first country to strike a deal, pays 10%": an apposition or a
        # relative clause between the subject and its verb is skipped whole.
        r"^(?:['’]s)?(?:(?:\s+[\w-]+){0,2}?\s*,\s*(?:which|who|whose|the|an?|one|home|long|mostly|"
        r"mainly|chiefly|largely|including|notably|especially|such\s+as|like|from)\s[^,;:]{1,80},(?=\s)|"
        r"(?:\s+[\w-]+){0,2}?\s*,\s*(?:which|that|who|whose)|\s*,\s*(?:each|both|all)(?=\s)|"
        # "Syria, assigned 41%, ...": a participle of taxing in apposition
        r"\s*,(?=\s+(?:assigned|subjected|hit|slapped|charged|taxed|tariffed|levied|facing|paying)\b)|"
        r"\s*,\s*(?:however|too|also|meanwhile|"
        r"in\s+turn|for\s+its\s+part|by\s+contrast|instead)\s*,)?\s+"
        # ("British goods entering the U.S. still face": a dotted name is one word)
        r"(?:(?!(?:said|says|warned|warns|told|tells|added|wrote|argued)\b)[\w.-]+\s+){0,5}?"
        r"(?:(?:will|would|could|may|might|now|also|to|"
        r"must)\s+)?(?:face[sd]?|facing|be\s+hit|"
        # "South Korea will see its tariff drop to 15%": the tariff it faces
        r"sees?\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:" + TARIFF_NOUNS + r"|rates?)|"
        # "China gets the highest rate, 34%"
        r"(?:gets?|got|receiv(?:es|ed)?|faces?|faced|(?:is|are|was|were|sits?|stands?)\s+at)\s+"
        r"the\s+(?:highest|lowest|top|steepest|"
        r"harshest|same|biggest|largest|smallest|heaviest)\s+(?:rate|tariff|levy|duty)|were\s+hit|was\s+hit|are\s+hit|hit\s+(?:with|by|at)|"
        r"(?:be|is|are|was|were|being)\s+(?:\w+\s+)?(?:charged|(?:taxed|tariffed|levied|assessed)\s+at|"
        r"slapped\s+with)|"
        # "Indonesia will escape the threatened 32% tariffs": the side spared a rate is
        # the one it was set for
        r"escap(?:e|es|ed|ing)|avoid(?:s|ed|ing)?|dodg(?:e|es|ed|ing)|"
        r"subject(?:ed)?\s+to|pay(?:s|ing)?|(?:secur(?:ed|es|ing)|won|wins|got|gets?|getting|obtain\w*|"
        r"accept\w*|receiv\w*|agreed\s+to|agrees?|agreed|negotiated|clinched|carr(?:y|ies|ied|ying)|"
        r"assigned)"
        # "agreed to a 90-day pause": a length of time, not a rate the side accepted
        # ("Britain got only the 10% baseline": a rate the side got, however qualified)
        # ("Kenya had secured US rates of 15-18%": the rate after its noun)
        r"(?=\s+(?:(?:only|just|merely|still)\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?|"
        r"(?:[\w-]+\s+)?(?:rates?|tariffs?|levies|duties)\s+of\s+(?:about\s+|around\s+)?)?"
        r"\d(?![\d.,]*[\s-](?:days?|weeks?|months?|years?)\b))|"
        # "the UK, the EU and Japan get more favourable terms": the terms are rates they pay
        r"(?:get|gets|got|receiv\w*|secur\w*|won|wins?|obtain\w*)\s+(?:more\s+|much\s+)?"
        r"(?:favou?rable|lower|better|reduced|preferential)\s+(?:terms|rates?|treatment))\b",
    )
)
# "U.S. imports from China", "Canada's imports of steel": the importing side levies.
_CUSTOMS_AFTER = regex(r"^(?:['’]s)?\s+(?:customs|border\s+agency)\b(?!\s+union)")
_IMPORTER_AFTER = regex(
    r"^(?:['’]s)?\s+imports?\s+(?:from|of)\b"
    # "a 34% tariff on all US imports from April 10": a date, not an origin
    r"(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|next|"
    r"january|february|march|april|may|june|july|august|september|october|"
    r"november|december|\d|"
    # "exempted some US imports from its 125% tariffs": a measure, not an origin
    r"(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:\d|" + TARIFF_NOUNS + r")))"
    # "on all U.S. steel and aluminum imports": what the US imports
    r"|^(?:['’]s)?(?:\s+(?!imports?\b)[a-z-]+){1,3}\s+imports\b(?!\s+from\b)"
)
# A demonym's tariff word that ends its phrase: "the Mexican tariffs on hold", "...
# the Canadian tariffs." name no imposer by themselves.
_WORD_ENDS = regex(r"[\w-]+(?:\s+on\s+hold\b|\s*[,.;:)]|\s*$|\s+(?:and|but|or)\b)")
_ACCEPT_BEFORE = LiteralGated(
    regex(
        r"\b(?:accept\w*|allow\w*|admit\w*|let\s+in|welcom\w*|buy\w*|bought)\s+(?:more\s+)?(?:the\s+)?$"
    )
)
_ANY_GOODS_AFTER = regex(r"^\s+(?:[\w-]+\s+)?" + _GOODS + r"\b")
# "Under Mexico's list", "under Canada's retaliation plan": a side's own measure
# (not a deal, which has two sides)
_OWN_MEASURE = regex(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:list|plan|order|schedule|measures?|rules?|decree|"
    r"retaliation|countermeasures?|proposal|regime|package|response)\b"
)
_TARIFF_RIGHT = regex(r"\s+(?:[\w-]+\s+)?(?:rates?|" + TARIFF_NOUNS + r")\b")
_GOODS_AFTER = regex(
    r"^(?:['’]s|-(?:origin|made|built|produced|sourced))?\s+(?:[\w-]+\s+){0,2}?" + _GOODS + r"\b"
)
# A country's name right before its goods, no tariff word after them.
_NAME_GOODS = regex(
    r"^\s+(?:goods|products|exports|exporters|shipments|merchandise)\b"
    r"(?!\s+(?:" + TARIFF_NOUNS + r"|rates?)\b)"
)
_QUANTIFIER_BEFORE = regex(r"\b(?:most|all|many|some|other|certain)\s+(?:of\s+the\s+)?$")
# "a list of Chinese products", "$50 billion of Chinese goods", "imports of Chinese
# steel"; not "purchases of Russian oil", which no tariff here taxes.
_OF_BEFORE = regex(
    r"\b(?:list|lists|billion|million|trillion|bn|worth|imports|shipments|range|basket|"
    r"categories|variety|array|number|host|raft|swathe|swath|tranche)\s+of\s+(?:the\s+)?$"
)
# The tariffs named after these are someone's, not a list of goods: "exempt from
# the new US duties", "in retaliation against US tariffs", "relief from EU levies".
_EXEMPT_FROM = regex(
    r"\b(?:exempt(?:ed|ion|ions)?|spared|relief|reprieve|shield\w*|retaliat\w*|response|"
    r"respond\w*|answer\w*|protest\w*)\s+(?:from|against|to|for)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?$"
)
_TARIFF_AFTER = regex(
    r"^(?:['’]s)?\s+(?:(?:own|new|\d+(?:\.\d+)?\s*%|\d+\s+percent|"
    r"(?!(?:with|on|for|to|from|by|against|of|in|said|says|and|or)\b)[\w-]+)\s+){0,3}?"
    r"(?=" + TARIFF_WORD.pattern + r")",
)


@dataclass(frozen=True, slots=True)
class Role:
    mention: Mention
    role: str
    # The target is the subject of a verb of facing: "European wine could be hit
    # with a 200% tariff, ..., should the EU press ahead with its levy on American
    # whiskey": the rate belongs to the side that faces it, not to a later country.
    faces: bool = False


# A dateline: the place a story was filed, at the very start, then a colon or a dash
# ("New Delhi: ...", "BEIJING — ...", "JAKARTA/WASHINGTON – ...", "Ottawa (Reuters) - ...").
_DATELINE_BEFORE = regex(r"\s*(?:[a-z][\w .'-]{0,30}/\s*)?$")
_DATELINE_AFTER = regex(
    r"(?:\s*/\s*[a-z][\w .'-]{0,30}?)?\s*(?:\([^)]{1,30}\)\s*)?(?::|\s[-–—]|[–—])\s+(?!\d)"
)


def is_dateline(sentence: str, m: Mention) -> bool:
    """Whether ``m`` is the place the story was filed, before its first words."""
    return (
        _DATELINE_BEFORE.match(sentence, 0, m.start) is not None
        and _DATELINE_AFTER.match(sentence, m.end) is not None
    )


def assign_roles(sentence: str, mentions: list[Mention]) -> list[Role]:
    roles: list[Role] = []
    for i, m in enumerate(mentions):
        left = sentence[max(0, m.start - 60) : m.start]
        right = sentence[m.end : m.end + 60]
        later = mentions[i + 1].start if i + 1 < len(mentions) else len(sentence)
        if is_dateline(sentence, m):
            # "New Delhi: Washington will impose ...", "JAKARTA/WASHINGTON – ...": where
            # the story was filed, no side of it
            roles.append(Role(m, OTHER))
            continue
        role = _role(
            left, right, m, roles[i - 1] if i else None, sentence, mentions[:i], later, roles
        )
        if role == TARGET and m.kind == OFFICIAL:
            # "a warning from Trump that Jakarta would face 32%": goods come from a
            # country, never from a person; the person named after "from" acts
            role = SUBJECT
        faces = role in (TARGET, SUBJECT) and _faces_after(sentence, m.end)
        if faces and (m.kind == DEMONYM or _GOODS_LIST_AFTER.match(sentence, m.end)):
            # "Italian cheese, ham and olive oil could be hit with", "US crude oil,
            # farm machinery and large cars are to face": the country of the goods
            role = TARGET
        if role == EXCEPTED and _OWN_RATE_CLAUSE.match(sentence, m.end):
            # "Apart from China, which faces 145%, most countries pay 10%": left out
            # of the global rate, the country faces the rate of its own clause
            roles.append(Role(m, role, True))
            continue
        roles.append(Role(m, role, faces and role == TARGET))
    # "Canada and Mexico were spared": the verb after the last member spares them all.
    for i in range(len(roles) - 1, 0, -1):
        prev, cur = roles[i - 1], roles[i]
        if (
            cur.role == EXCEPTED
            and prev.role in (SUBJECT, OTHER)
            and _COORD_GAP.fullmatch(sentence, prev.mention.end, cur.mention.start)
            and _spared(sentence[cur.mention.end : cur.mention.end + 60])
        ):
            roles[i - 1] = Role(prev.mention, EXCEPTED)
    # "The UK, Australia and Saudi Arabia face 10%": the verb after the last
    # member of a list makes every member a target, read back to front.
    for i in range(len(roles) - 1, 0, -1):
        prev, cur = roles[i - 1], roles[i]
        if (
            cur.role == TARGET
            and prev.role in (SUBJECT, OTHER)
            and _COORD_GAP.fullmatch(sentence, prev.mention.end, cur.mention.start)
            and not _opening_phrase_ends(sentence, prev.mention, cur.mention)
            and (
                _faces(sentence, roles, i)
                # "Mexican- or Canadian-origin goods": two adjectives of one noun
                or (prev.mention.kind == DEMONYM and cur.mention.kind == DEMONYM)
            )
        ):
            roles[i - 1] = Role(prev.mention, TARGET, True)
    return roles


_COORD_GAP = regex(r"-?\s*(?:,|,?\s*and|,?\s*or|&)\s+(?:the\s+)?")


def _opening_phrase_ends(sentence: str, prev: Mention, cur: Mention) -> bool:
    """ "After a deal with the US, the EU faces 15%": a bare comma after the object
    of a preposition ends an opening phrase; the country after it is no member."""
    gap = sentence[prev.end : cur.start]
    return (
        "," in gap
        and not re.search(r"\b(?:and|or)\b|&", gap)
        and _PREP_BEFORE.search(sentence, max(0, prev.start - 30), prev.start) is not None
    )


# "15%, below the 25% Trump had threatened and in line with what Japan and the EU
# obtained": a country named as a yardstick is no side of the rate
_YARDSTICK_BEFORE = LiteralGated(
    regex(
        r"\b(?:in\s+line\s+with|similar\s+to|comparable\s+to|on\s+par\s+with|matching)\s+"
        r"(?:what\s+|those\s+(?:of|for|on)\s+|the\s+(?:rates?|deals?|terms)\s+(?:of|for|on)\s+)?"
        r"(?:the\s+)?$"
    )
)

# "the same 30% tariff as South Africa", "compared with Japan", "versus Korea": a
# country named to compare a rate with, no side of it
_COMPARED_BEFORE = regex(
    r"\b(?:same\s+(?:\S+\s+){0,4}?as|compared\s+(?:with|to)|versus)\s+(?:the\s+)?$"
)


# The fallback for verbs of facing the table above does not know ("China will see
# a 34% tariff", "the EU, Japan and South Korea all landed on 15% levies", "with
# Kenya seeing a smaller 10% tariff"): a subject whose own words run straight to a
# rate, with no verb of levying, saying or wanting among them, is the side that
# gets the rate. It is decided by what is absent (a levier's verb, a pronoun that
# restarts the clause, a possessive that makes the tariff its own), so a new verb
# of receiving needs no row; a passive ("will both be charged") gets it too.
_RATE_AHEAD = regex(r"\d(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b)")
_RECEIVED_GAP_STOP = regex(r"[,;:()\"“”]|\s(?:-|–|—)\s")
_PASSIVE_GOT = regex(
    r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+ly\s+)?(?!(?:set|put|placed|"
    r"raised|cut|lowered|reduced|increased|lifted|scrapped|removed|spared|exempted|excluded)\b)"
    r"[a-z]+ed\b(?!\s+by\b)"
)
_NO_RECEIVER = regex(
    # a verb of levying or changing a rate: the subject acts on it
    r"\b(?:(?:impos|levying|levies|levied|levy|slap|plac|appl[iy]|charg|announc|unveil|declar|"
    r"introduc|adopt|rais|hik|increas|lift|boost|doubl|tripl|quadrupl|slash|halv|trim|drop|"
    r"scrap|remov|eliminat|waiv|suspend|paus|delay|postpon|extend|keep|kept|maintain|retain|"
    r"threat|warn|plan|propos|consider|weigh|mull|order|approv|finali[sz]|confirm|retaliat|"
    r"respon|target|match|mirror|reciprocat|counter|expand|broaden|widen|roll|enact|implement|"
    r"collect|start|launch|follow|answer|join|push|press|block|offer|grant|giv|gave|allow|"
    r"chose|choos|decid|want|seek|sought|ask|urg|demand|vow|pledg|promis|argu|insist|claim|"
    r"expect|report|tell|told|wrot|writ|agre|strik|struck|reach|seal|settl)\w*"
    r"|(?:put|puts|putting|set|sets|setting|cut|cuts|cutting|hit|hits|hitting|ease[sd]?|easing|"
    r"lowers|lowered|lowering|reduces|reducing|(?<!a\s)(?<!an\s)(?<!the\s)reduced|"
    r"add|adds|added|adding|sign|signs|signed|signing|go|goes|going|gone|went|move[sd]?|moving|"
    r"tax|taxes|taxing|ban|bans|banned|banning|hand|hands|handed|handing|let|lets|opt|opts|"
    r"opted|begin|begins|began|begun|call|calls|called|hope[sd]?|hoping|"
    # saying: the subject is a speaker, the rate one it reports
    r"said|says|say|saying|state[sd]?|stating|note[sd]?|noting|"
    # reacting: "The EU condemned the 50% US tariff on steel imports" names who
    # objects, not whose goods are taxed
    r"condemn\w*|criticis\w*|criticiz\w*|slam\w*|protest\w*|reject\w*|denounc\w*|"
    r"welcom\w*|blast\w*|decr(?:y|ies|ied)|deplor\w*|lament\w*|assail\w*|oppos\w*|"
    r"object\w*|complain\w*|challeng\w*|contest\w*|"
    # spared: no side of the rate at all
    r"spared|exempted|excluded|excused)\b)"
)
# The clause restarts, a list goes on, or the rate is the subject's own ("Mexico
# has a 20% tariff"): read before a passive, which these outrank.
_GAP_BREAK = regex(
    r"\b(?:it|they|he|she|we|its|their|his|her|our|own|that|which|who|by|from|if|unless|"
    r"and|or|nor|has|had|have|having|when|after|before|because|since|while|until|but|so|"
    r"then|where|whose|though|although|as)\b"
)


_ASIDE = regex(
    r"\s*,\s*(?:for\s+example|for\s+instance|however|too|also|meanwhile|in\s+turn|"
    r"for\s+(?:its|their)\s+part|by\s+contrast|instead|in\s+particular|notably)\s*,"
)


def _receives(sentence: str, end: int, later: int) -> bool:
    """The mention ending at ``end`` runs, with no levier's verb and no other name
    (the next starts at ``later``), to a rate it gets."""
    rate = _RATE_AHEAD.search(sentence, end, min(end + 80, later))
    if rate is None:
        return False
    # "Japan and South Korea, for example, will both be charged": an aside is no gap
    gap = _ASIDE.sub(" ", sentence[end : rate.start()])
    words = gap.split()
    if not words or len(words) > 9 or _RECEIVED_GAP_STOP.search(gap):
        return False
    if "'" in gap or "’" in gap:
        return False  # "China's 34% tariff", "or Britain's 10%": a possessive, its own
    if _GAP_BREAK.search(gap):
        return False
    if TARIFF_WORD.search(gap):
        return False  # "the EU regulation ... the duties are 12%": the tariff is the subject
    if _PASSIVE_GOT.search(gap):
        return True
    return _NO_RECEIVER.search(gap) is None


def _faces_after(sentence: str, end: int) -> bool:
    """A verb of facing follows the mention ending at ``end``, past the goods it
    names ("European wine, champagne and spirits could be hit with")."""
    m = _GOODS_LIST_AFTER.match(sentence, end)
    at = m.end() if m else end
    if _FACE_AFTER.match(sentence[at : at + 60]) is not None:
        return True
    # "US products, mostly steel and iron, face": the goods list was an apposition
    return m is not None and _FACE_AFTER.match(sentence[end : end + 120]) is not None


# "European wine, champagne and spirits": the goods a demonym qualifies.
_GOODS_LIST_AFTER = LiteralGated(
    regex(r"(?:\s+[\w-]+){1,2}(?:,\s+[\w-]+(?:\s+[\w-]+)?)*,?\s+and\s+[\w-]+")
)


# "the second nation behind Britain to clinch an accord", "the next one after Japan
# and the EU to sign": a country a side is ranked after is no side of its deal.
RANKED_AFTER = regex(
    r"\b(?:first|second|third|fourth|fifth|next|latest|only|last)\s+(?:one\s+|(?:major\s+)?"
    r"(?:country|nation|economy|partner|trading\s+partner|government)\s+)?"
    r"(?:after|behind|following|besides|apart\s+from)\s+(?:the\s+)?$"
)


def ranked_after(left: str, right: str) -> bool:
    """Whether a mention with ``left`` before it and ``right`` after it is a
    country a side is ranked after ("the second nation behind Britain to clinch")."""
    return RANKED_AFTER.search(left[-60:]) is not None and _RANKED_TAIL.match(right) is not None


# What follows the ranked country: its list, then "to <verb>" ("... to strike").
_RANKED_TAIL = regex(
    r"(?:['’]s)?(?:\s*(?:,|and|&)\s*(?:the\s+)?[\w.-]+(?:\s+[A-Za-z.-]+)?){0,3}\s+"
    r"(?:to|in)\s+\w+"
)


def _faces(sentence: str, roles: list[Role], i: int) -> bool:
    """Whether the list that ``roles[i]`` belongs to ends on a verb of facing."""
    j = i
    while j + 1 < len(roles) and _COORD_GAP.fullmatch(
        sentence, roles[j].mention.end, roles[j + 1].mention.start
    ):
        j += 1
    end = roles[j].mention.end
    later = roles[j + 1].mention.start if j + 1 < len(roles) else len(sentence)
    return _FACE_AFTER.match(sentence[end : end + 60]) is not None or _receives(
        sentence, end, later
    )


def _role(
    left: str,
    right: str,
    m: Mention,
    prev: Role | None,
    sentence: str,
    earlier: list[Mention],
    later: int,
    earlier_roles: list[Role],
) -> str:
    before = _BEFORE.window(left)
    if (
        before.search(_YARDSTICK_BEFORE)
        or before.search(_COMPARED_BEFORE)
        or ranked_after(left, right)
        or (
            prev is not None
            and prev.role == YARDSTICK
            and _COORD_GAP.fullmatch(sentence, prev.mention.end, m.start)
        )
    ):
        return YARDSTICK  # "in line with what Japan and the EU obtained"
    if (
        before.search(_EXCEPT_BEFORE)
        or _spared(right)
        or (
            prev is not None
            and prev.role == EXCEPTED
            and _COORD_GAP.fullmatch(sentence, prev.mention.end, m.start)
        )
    ):
        return EXCEPTED
    if before.search(_MODEL_BEFORE) and _MODEL_AFTER.match(right):
        # "Mexico, following Washington's lead, will put 50% on cars from China":
        # the country copied is no side of the copy
        return YARDSTICK
    if _MEDIUM_AFTER.match(right):
        # "a proclamation published on the White House website": where a text was
        # posted, no side of the tariff
        return OTHER
    if m.kind != DEMONYM and _PROBE_AFTER.match(right):
        # "firms that shunned the EU probe will pay 35%": who runs a trade-remedy
        # probe levies its duties, whatever verb follows
        return IMPOSER
    if before.search(_MAINLY_FROM):
        # "a safeguard duty on steel to shield mills from cheap imports, especially
        # from China": the main source of a flood, not the one country taxed
        return OTHER
    if _PARTNER_OF.match(right):
        # "on one of America's top trading partners", "the most heavily taxed US
        # trading partner": the side whose partner is taxed levies the tariff
        return IMPOSER
    if _OWNER_COMPOUND.match(right):
        # "from US-owned mills", "a Hong Kong-based retailer": who owns or houses a
        # firm, neither levies nor exports the goods taxed
        return OTHER
    if before.search(_MAKER_BY) and _MAKER_AFTER.match(right):
        # "cars built in Mexico by Japanese automakers": the makers' country owns
        # the plants, neither levies nor exports the goods taxed
        return OTHER
    if before.search(_RESHIPPED_FROM) and any(r.role == TARGET for r in earlier_roles):
        # "goods from Vietnam that were transshipped from China": the country the
        # goods are shipped from is taxed; where they first came from is no side
        return OTHER
    if _LIKE_ALL_AFTER.match(right) or (
        _GLOBAL_SET.search(sentence, 0, m.start) is not None
        and (
            _EXAMPLE_AFTER.match(right)
            or (before.search(_HIT_BEFORE) and _HARDEST_AFTER.match(right))
        )
    ):
        # "on goods from every nation, Japan among them", "on foreign trucks,
        # hitting Mexican plants hardest": named from a global measure's many
        # targets, no target of their own
        return EXAMPLE
    if _ORIGIN_COMPOUND.match(right):
        return TARGET  # "Korean-made washing machines": the goods' origin
    if before.search(_PARTNER_OF_BEFORE):
        return IMPOSER  # "every trading partner of the US": the partners are taxed
    if before.search(_VIA):
        return TARGET  # "goods routed through Vietnam": the transit country's goods are taxed
    if before.search(_AGREED_WITH):
        # "the 10-15% tariffs agreed upon with the EU and the UK", "the 15% rate
        # negotiated with Japan": the side the tariff was agreed with pays it
        return TARGET
    if before.search(_ORIGIN):
        # "cars that are not made in the United States": every origin but that one
        return EXCEPTED if before.search(_NOT_ORIGIN) else TARGET
    if before.search(_SHIPPED_BY) and _MAKER_AFTER.match(right):
        return TARGET  # "shipments by Australian companies": the exporters' country
    if before.search(_SUPPLIED_BY):
        # "cars made by China", "steel exported by Vietnam": the agent of a verb of
        # making or sending goods is where they come from, not the side that taxes
        # them ("imposed by Canada")
        return TARGET
    if before.search(_BORNE_BY):
        # "the 15 percent faced by the European Union": the side that faces or pays
        # a rate is taxed by it, whatever "by" says elsewhere ("imposed by Canada")
        return TARGET
    if before.search(_DESTINATION) or _BY.search(left):
        return IMPOSER
    if m.kind != DEMONYM and before.search(_IMPORTED_BEFORE) and _IMPORTS_VERB.match(right):
        return IMPOSER  # "tariffs on almost everything the US imports": the importer
    if m.kind != DEMONYM and _AGENT_OF_LEVYING.match(right):
        # "accused the United States of imposing 10% duties", "blamed the EU for
        # slapping": the one the gerund is said of levies
        return IMPOSER
    if (
        m.kind != DEMONYM
        and before.search(_TARIFF_FROM)
        and not before.search(_REMOVED_FROM)
        and not _NAME_GOODS.match(right)
    ):
        return IMPOSER  # "bracing for 30% tariffs from Washington": whose tariffs
    if m.kind != DEMONYM and _CHARGED_IN.search(left):
        return IMPOSER  # "a 20% tariff in the United States": where it is charged
    if before.search(_TARIFF_BEFORE_RELATIVE) and _LEVIED_AFTER.match(right):
        return IMPOSER  # "the 25% tariffs the US imposed on steel and aluminium imports"
    if before.search(_ABOVE_FIGURE_BEFORE) and _OWN_FIGURE_AFTER.match(right):
        # "far above Japan's 15%", "twice Vietnam's 20%": the rate the other side
        # faces, named to compare, no rate Japan levies
        return TARGET
    if m.kind != DEMONYM and _AUTHOR_AFTER.match(right):
        # "Countries not named in the US order will pay 10%": whose order it is
        # levies, whatever verb of paying follows the order
        return IMPOSER
    if before.search(_BEST_BEFORE) and _COULD_GET_AFTER.match(right):
        # "calling the 15% the best the EU could get": the side that got the rate
        return TARGET
    if _RATE_BEFORE.search(left) and _GOT_AFTER.match(right):
        return TARGET  # "above the 15% the EU negotiated", "the 10% Britain got"
    if _FACE_AFTER.match(right) or before.search(_HIT_BEFORE):
        return TARGET
    if (
        before.search(_SET_VERB_BEFORE)
        and (word := _OBJECT_TARIFF.match(right)) is not None
        and not _ON_GOODS_AFTER.match(right, word.end())
        and all(e.code != m.code for e in earlier)
    ):
        if before.search(_POSSESSOR_BEFORE) and any(r.role == TARGET for r in earlier_roles):
            # "South Korea's exporters ... their 25% U.S. tariff": "their" is the
            # side taxed, so the country before the tariff word levies it
            return IMPOSER
        # "Trump puts EU tariff at 15%", "delays 25% Chinese tariff", "China raises
        # its US tariff to 125%": the object of a setting verb, or of "its", names
        # whose goods the tariff taxes. Not "raises Chinese tariffs on US goods",
        # nor "the US office suspends the 15% US tariffs": the subject's own.
        return TARGET
    if before.search(_GIVE_BEFORE) and _GIVEN_RATE.match(right):
        return TARGET  # "will charge Mexico a 30% tariff", "handed India 25%"
    if _WARN_WITH.match(right) and before.search(_WARN_BEFORE):
        return TARGET  # "threatens Canada with 35% tariffs", "hands Beijing an ultimatum"
    if before.search(_ACCEPT_BEFORE) and _ANY_GOODS_AFTER.match(right):
        return TARGET  # "agreed to accept U.S. imports without tariffs": their origin
    if m.kind != DEMONYM and _IMPORTER_AFTER.match(right):
        return IMPOSER
    if _CUSTOMS_AFTER.match(right):
        return IMPOSER  # "lodge deposits with Chinese customs": who collects the duty
    if left.endswith(("% ", "percent ", "per cent ", "pct ")) and _TARIFF_RIGHT.match(right):
        return IMPOSER  # "a 50% US rate", "the 30% US tariff"
    possessive = right.startswith(("'s", "’s"))
    if possessive and left.endswith(("under ", "Under ")) and _OWN_MEASURE.match(right):
        return IMPOSER  # "Under Mexico's list, U.S. pork carries 20%": the list's author
    if possessive and _RATE_FACED.match(right):
        return TARGET  # "India's rate goes up to 50%": the rate its goods face
    if possessive and _TARIFF_AFTER.match(right) and not _GOODS_AFTER.match(right):
        # "on Chinese goods and China's 10% retaliatory tariff": the possessive
        # levies its own tariff, though it stands in a list after "on".
        return IMPOSER
    if possessive and _GOODS_TARIFF_AFTER.match(right):
        return IMPOSER  # "a case against Chile's wine tariffs": its own tariffs on wine
    if (
        m.kind != DEMONYM
        and before.search(_EXEMPT_FROM)
        and _TARIFF_AFTER.match(right)
        and not _GOODS_AFTER.match(right)
    ):
        return IMPOSER  # "exempt from the new US duties", "in retaliation against US tariffs"
    if _in_target_phrase(left):
        if _levier_of_own_tariff(right):
            # "a ceiling on US tariffs on European cars", "relief from Chinese duties
            # on canola": the tariff has goods of its own; the name before it levies
            return IMPOSER
        if _OFFICE_AFTER.match(right):
            # "recommendations from USA trade representative Robert Lighthizer", "a
            # letter from the Chinese commerce ministry": an office speaks, its goods
            # are not the ones taxed
            return OTHER
        return TARGET
    tariff_after = _TARIFF_AFTER.match(right)
    if (
        tariff_after
        and _PREP_BEFORE.search(left)
        and _VERB_THEN_DETERMINER.match(right, 0, tariff_after.end())
    ):
        # "many in Europe view the 15% tariff as ...": the object of a preposition,
        # then a verb whose own object the determiner opens; no tariff's modifier
        tariff_after = None
    if tariff_after and not _GOODS_AFTER.match(right):
        if m.kind != DEMONYM or not _WORD_ENDS.match(right, tariff_after.end()):
            return IMPOSER  # "Chinese levies to 10%", "Canadian tariffs on US steel"
        # "put the Mexican and Canadian tariffs on hold": whose tariffs they are
        # is the story's call, not the adjective's.
        return OTHER
    if (
        m.kind != DEMONYM
        and _SUBJECT_SLOT.search(left)
        and not _PREP_BEFORE.search(left)
        and _receives(sentence, m.end, later)
    ):
        # "China will see a 34% tariff", the last of "Japan and Korea landed on 15%":
        # a verb of facing the table above lacks (a list's others follow it, below)
        return TARGET
    coord = _COORD_BEFORE.search(left)
    goods_subject = (
        (m.kind == DEMONYM or right.startswith(("'s", "’s")))
        and _GOODS_AFTER.match(right)
        and _SUBJECT_SLOT.search(left)
    ) or (
        # "puts most EU goods at 15%": a quantity of a country's goods
        before.search(_QUANTIFIER_BEFORE) is not None and _GOODS_AFTER.match(right) is not None
    )
    if (
        prev is not None
        and coord is not None
        and prev.mention.end >= m.start - 12
        and prev.role in (TARGET, SUBJECT, IMPOSER, EXCEPTED, OTHER)
        and (coord.group().strip(" the") != "," or _LIST_GOES_ON.match(right))
        and not (goods_subject and prev.role == SUBJECT)
    ):
        return prev.role  # "on Canada and Mexico", "The US and the UK", "except A and B"
    if goods_subject:
        # "Chinese goods", "Mexico's exports" as the subject of a sentence, and
        # "Mexican- or Canadian-origin goods" (the list before it follows, below)
        return TARGET
    if m.kind == DEMONYM and _GOODS_AFTER.match(right) and _OF_BEFORE.search(left):
        return TARGET  # "a list of Chinese-origin products", "$50 billion of Chinese goods"
    if m.kind == NAME and _NAME_GOODS.match(right) and not _PREP_BEFORE.search(left):
        return TARGET  # "Vietnam will give US products zero tariffs"
    if _PREP_BEFORE.search(left):
        return OTHER
    if m.kind == DEMONYM and not _SUBJECT_SLOT.search(left):
        return OTHER  # "stops buying Russian oil": an adjective, not a subject
    return SUBJECT


def _levier_of_own_tariff(right: str) -> bool:
    """``right`` runs from the country straight to a tariff word with its own
    "on <goods>" ("US tariffs on European cars")."""
    if _GOODS_AFTER.match(right):
        return False
    after = _TARIFF_AFTER.match(right)
    if after is None:
        return False
    word = TARIFF_WORD.match(right, after.end())
    return word is not None and _ON_GOODS_AFTER.match(right, word.end()) is not None


# The authority a trade-remedy case belongs to: "the EU probe", "Brazil's
# anti-dumping investigation", "the Korean trade commission's ruling".
_PROBE_AFTER = regex(
    r"^(?:['’]s)?\s+(?:own\s+)?(?:(?:anti-?dumping|anti-?subsidy|countervailing|safeguard|"
    r"trade(?:-remedy)?)\s+)?(?:probe|investigation|inquiry|enquiry)\b"
)


# A government office or official named by its country: "US trade representative",
# "the Chinese commerce ministry", "Japanese negotiators".
_OFFICE_AFTER = regex(
    r"^(?:['’]s)?\s+(?:(?:trade|commerce|finance|foreign|economy|economic|agriculture|industry|"
    r"top|chief|senior|deputy|vice|federal|government)\s+){0,2}"
    r"(?:representatives?|secretary|ministers?|ministry|"
    r"department|officials?|president|premier|prime\s+minister|chancellor|ambassador|envoy|"
    r"negotiators?|spokes(?:man|woman|person)|commissioner|government|administration|"
    r"delegation|lawmakers|authorities|embassy|cabinet|parliament|congress)\b"
)


def _in_target_phrase(left: str) -> bool:
    """``left`` ends inside "on ... <country>" with nothing that closes the phrase."""
    preps = list(_TARGET_PREP.finditer(left))
    if not preps:
        return False
    last = preps[-1]
    between = left[last.end() :]
    if len(between.split()) > 6 or _TARGET_BLOCK.search(between):
        return False
    return not re.search(r"\d\s*%|percent", between)


# The measure a rate answers: "in response to Washington's steel duties", "in
# retaliation for US levies on its solar panels", "Beijing answered Trump's 20%
# tariffs with ...", "Following Trump's latest move, China responded with ...". The
# side named inside levied the measure answered; the responding rate told outside
# it runs the other way. A noun or verb of answering opens a noun phrase, ended by
# the clause's next verb or by "with"/"by -ing" (what the answer was); "after" and
# "following" open a whole clause, ended by its comma, and count only in a
# sentence that says someone answered.
_ANSWER_NOUN_CUE = LiteralGated(
    regex(
        r"\b(?:(?:in\s+)?(?:response|retaliation|reaction|reply|answer|riposte|retort)\s+"
        r"(?:to|for|against|of|over)|"
        r"respond(?:s|ed|ing)?\s+(?:(?:with|in)\s+(?:[\w-]+\s+){1,2}?)?to|"
        r"retaliat(?:e|es|ed|ing)\s+(?:against|for|over|to)|"
        r"react(?:s|ed|ing)?\s+to|"
        r"answer(?:s|ed|ing)?|"
        r"(?:hit|hits|hitting|strike|strikes|striking|struck|fire[sd]?|firing)\s+back\s+"
        r"(?:at|against))\s"
    )
)
_ANSWER_CLAUSE_CUE = LiteralGated(
    regex(r"\b(?:after|following|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of)\s")
)
_ANSWERING = LiteralGated(
    regex(
        r"\b(?:retaliat\w*|respon\w*|counter\w*|answer\w*|tit-for-tat|reciproc\w*|"
        r"(?:hit|hits|hitting|strike|strikes|striking|struck|fire[sd]?|firing)\s+back)"
    )
)
_NOUN_PHRASE_END = regex(
    r"[,;:()]|\s[-–—]\s|\b(?:with|thus|by\s+[a-z]+ing|is|are|was|were|will|would|took|"
    r"takes|has|have|had|drew|draws|said|says)\b"
)
_CLAUSE_END = regex(r"[,;:()]|\s[-–—]\s")
# What a side's answered measure is called: a tariff, or its move.
_MEASURE = regex(
    r"\b(?:" + TARIFF_NOUNS + r"|surtax(?:es)?|tax(?:es)?|move|moves|measures?|actions?|"
    r"decisions?|hikes?|increases?|steps?|penalt(?:y|ies)|sanctions|policy|policies)\b"
)


def answered_measures(sentence: str) -> list[tuple[int, int]]:
    """Spans of the sentence that name a measure some rate of it answers."""
    spans: list[tuple[int, int]] = []
    for m in _ANSWER_NOUN_CUE.finditer(sentence):
        end = _NOUN_PHRASE_END.search(sentence, m.end())
        spans.append((m.start(), end.start() if end else len(sentence)))
    if _ANSWERING.search(sentence) is not None:
        for m in _ANSWER_CLAUSE_CUE.finditer(sentence):
            end = _CLAUSE_END.search(sentence, m.end())
            spans.append((m.start(), end.start() if end else len(sentence)))
    return [(a, b) for a, b in spans if _MEASURE.search(sentence, a, b) is not None]


_ANY_ORIGIN = regex(
    r"\b(?:imports|imported|foreign|global(?:ly)?|worldwide|(?:all|every|other)\s+"
    r"(?:countries|nations|trading\s+partners|partners))\b"
)


def roles_for_rate(
    sentence: str, roles: list[Role], answered: list[tuple[int, int]], at: int
) -> list[Role]:
    """The roles as the rate at ``at`` reads them, where a measure it answers, or
    that answers it, is named: the answered side is the target of the answer, and
    the side answering is the target of the measure answered.

    "Seoul raised duties on beef to 40% in retaliation against Washington's auto
    tariffs": Washington levies the tariffs answered, and is the one Seoul's 40%
    taxes; "Brazil said it would respond to the 50% tariff Trump announced": the
    50% is Trump's, on the side that answers it."""
    for start, end in answered:
        inside = [r for r in roles if start <= r.mention.start < end]
        if not inside:
            continue
        outside = [r for r in roles if not start <= r.mention.start < end]
        inside_codes = {r.mention.code for r in inside}
        if start <= at < end:
            if any(r.role == TARGET for r in inside) or _ANY_ORIGIN.search(sentence, start, end):
                # "responding to Trump's 25% tariffs on steel imports": a measure on
                # goods from everywhere, or one whose own goods name whose they are
                continue
            # the answered measure's own rate: who answers it is who it taxes
            answering = {
                r.mention.code
                for r in outside
                if r.role in (SUBJECT, IMPOSER) and r.mention.code not in inside_codes
            }
            if not answering:
                continue
            return [
                Role(r.mention, TARGET, True)
                if not start <= r.mention.start < end and r.mention.code in answering
                else r
                for r in roles
            ]
        # a rate told outside the measure it answers: the measure's levier is taxed
        answered_sides = {r.mention.code for r in inside if r.role != TARGET}
        answering = {r.mention.code for r in outside if r.role in (SUBJECT, IMPOSER)}
        if not answered_sides or not answering - answered_sides:
            continue  # no side of its own answers: one levier's story goes on
        return [
            r
            if not start <= r.mention.start < end
            else Role(r.mention, TARGET if r.mention.code in answered_sides else OTHER)
            for r in roles
        ]
    return roles


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
# The patterns _role searches in the words before a mention, each with the literals
# its matches need: one pass over those 60 characters finds which can match, where
# a search each cost three fourths of the role's regex time and most find nothing.
# Built after the line above, from the patterns it left in the namespace.
_BEFORE = WindowGate(
    [
        _ABOVE_FIGURE_BEFORE,
        _ACCEPT_BEFORE,
        _AGREED_WITH,
        _BEST_BEFORE,
        _BORNE_BY,
        _COMPARED_BEFORE,
        _DESTINATION,
        _EXCEPT_BEFORE,
        _EXEMPT_FROM,
        _GIVE_BEFORE,
        _HIT_BEFORE,
        _IMPORTED_BEFORE,
        _MAINLY_FROM,
        _MAKER_BY,
        _MODEL_BEFORE,
        _NOT_ORIGIN,
        _ORIGIN,
        _PARTNER_OF_BEFORE,
        _POSSESSOR_BEFORE,
        _QUANTIFIER_BEFORE,
        _REMOVED_FROM,
        _RESHIPPED_FROM,
        _SET_VERB_BEFORE,
        _SHIPPED_BY,
        _SUPPLIED_BY,
        _TARIFF_BEFORE_RELATIVE,
        _TARIFF_FROM,
        _VIA,
        _WARN_BEFORE,
        _YARDSTICK_BEFORE,
    ]
)
