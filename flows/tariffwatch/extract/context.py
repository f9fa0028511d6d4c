"""What the whole story tells about a sentence that names only one side.

"Tariffs on Chinese goods now stand at 30%" names no imposer: in a story about
US tariffs it is the US. "The two sides agreed to resume talks" names no
parties: they are the pair the story is about.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from tariffwatch.extract.countries import DEMONYM, find_mentions
from tariffwatch.extract.cues import TARIFF_WORD, gate_patterns, lower
from tariffwatch.extract.hits import tariff_hits
from tariffwatch.extract.regex_cache import regex
from tariffwatch.extract.roles import IMPOSER, SUBJECT, TARGET, assign_roles
from tariffwatch.extract.sentences import sentence_at

# "eight European countries", "European allies": the region's states, not the Union
_REGION_NOUN_AFTER = regex(
    r"\s+(?:[\w-]+\s+)?(?:countries|nations|states|allies|capitals|governments|neighbou?rs)\b"
)


@dataclass(slots=True)
class StoryContext:
    text: str
    published: date | None
    aliases: Mapping[str, str] | None
    imposers: Counter[str] = field(default_factory=Counter)
    pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    # The (imposer, target) of the story's last tariff fact: "the levy", "the
    # rate" and a sentence with no country at all refer back to it (see ``last``).
    last_fact: tuple[str, str] | None = None
    # The other pairs of that fact's rate ("25% on Canada and Mexico"); which
    # one "the levy" means is decided only when a sentence needs it.
    last_alts: tuple[tuple[str, str], ...] = ()
    # The goods of the story's last tariff fact, when it named some: "The charge
    # combines an anti-dumping duty of 73.6% ..." after "80.5% on barley" is on barley.
    last_goods: str | None = None
    # The last product goods each pair was told with: "the listed goods" in a
    # later sentence of the pair are those.
    pair_goods: dict[tuple[str, str], str] = field(default_factory=dict)
    # The goods of a tariff the sentence before named with no rate ("new tariffs on
    # steel wire from Vietnam"): "the duties" of the next sentence are on them.
    told_goods: str | None = None
    # The pair of each rate the story has given: "the 30% rate" in a later
    # sentence is the 30% fact's, whatever came in between.
    rate_pairs: dict[float, tuple[str, str]] = field(default_factory=dict)
    # The last pair with a named target: a global baseline in a list of a
    # pair's components ("a 10% baseline tariff, 20% duties and ...") is no
    # pair to carry.
    last_named: tuple[str, str] | None = None
    # The rate of the story's last fact: "The surtax comes on top of the existing
    # 6.1% tariff" adds its base to it.
    last_rate: float | None = None
    # The targets of each imposer's last rate ("its metal tariffs on Canada and
    # Mexico"): "the tariffs - 25% on steel" in a later sentence are on all of them.
    last_targets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _mentions: Counter[str] | None = None
    _names_union: bool | None = None
    _tariff_story: bool | None = None

    @property
    def last(self) -> tuple[str, str] | None:
        """Whether a country-less sentence has a pair to refer back to: the last
        fact's, or before any fact the two sides the story names most ("China's
        tariffs on American farm goods kicked in. The list puts 15% on chicken");
        ``carried_for`` tells which pair a given sentence takes."""
        if self.last_fact is not None:
            return self.last_fact
        pair = self.main_pair()
        if pair is None and self.mentions():
            # one country named: its tariffs on goods from anywhere, if any
            pair = (self.mentions().most_common(1)[0][0], "*")
        return pair

    @last.setter
    def last(self, pair: tuple[str, str] | None) -> None:
        self.last_fact = pair

    def tariff_story(self) -> bool:
        """Whether the story speaks of tariffs anywhere (a bare "Canada: 35%" line
        is read as a rate only then)."""
        if self._tariff_story is None:
            self._tariff_story = TARIFF_WORD.search(lower(self.text)) is not None
        return self._tariff_story

    def names_union(self) -> bool:
        """Whether the story names the EU as such, not only as the region of
        "eight European countries" ("European countries" listed one by one are
        themselves, Norway and Britain among them)."""
        if not self.mentions()["EU"]:
            return False
        if self._names_union is None:
            self._names_union = any(
                m.code == "EU"
                and not (m.kind == DEMONYM and _REGION_NOUN_AFTER.match(self.text, m.end))
                for m in find_mentions(self.text, self.aliases)
            )
        return self._names_union

    def mentions(self) -> Counter[str]:
        # Computed on demand: most sentences never need the whole story's countries.
        if self._mentions is None:
            self._mentions = Counter(m.code for m in find_mentions(self.text, self.aliases))
        return self._mentions

    def remember(self, imposer: str, target: str, rate: float) -> None:
        self.imposers[imposer] += 1
        self.last = (imposer, target)
        self.last_alts = ()
        self.rate_pairs.setdefault(rate, (imposer, target))
        self.last_rate = rate
        if target != "*":
            self.last_named = (imposer, target)

    def carried_for(
        self, rate: float, others: list[float], sentence: str
    ) -> tuple[str, str] | None:
        """The pair a country-less rate refers back to: the story's fact with the
        same rate or with another rate of the sentence ("the 55% figure combines
        10%, 20% and 25%"), else the last pair (a named one before a baseline);
        before any fact, the pair of the first tariff phrase before ``sentence``."""
        if self.last_fact is None:
            at = self.text.find(sentence)
            return _first_pair(self.text[: max(at, 0)], self.aliases)
        for value in (rate, *others):
            if value in self.rate_pairs and "*" not in self.rate_pairs[value]:
                return self.rate_pairs[value]
        last = self.carried()
        if last is not None and last[1] == "*" and self.last_named is not None:
            return self.last_named
        return last

    def listed_before(self, sentence: str) -> tuple[tuple[str, ...], str | None]:
        """The countries of the story's last list before ``sentence`` ("probes
        into France, Italy, Spain and Turkey"), which "the country concerned"
        refers to one by one, and the country its sentence names before the list
        (the one acting on them, if any); ((), None) when the story lists none."""
        at = self.text.find(sentence)
        head = self.text[: max(at, 0)]
        found = find_mentions(head, self.aliases)
        best: tuple[str, ...] = ()
        levier: str | None = None
        first = 0
        for i, cur in enumerate(found):
            prev = found[i - 1] if i else None
            if prev is None or not _LIST_LINK.fullmatch(head, prev.end, cur.start):
                first = i
            run = tuple(dict.fromkeys(m.code for m in found[first : i + 1]))
            if len(run) > 1:
                best = run
                opens = head.rfind(". ", 0, found[first].start) + 1
                before = [m for m in found[:first] if m.start >= opens and m.code not in run]
                levier = before[-1].code if before else None
        return best, levier

    def subject_before(self, sentence: str, skip: set[str]) -> str | None:
        """The first subject of the sentence before ``sentence`` (lowercased),
        not in ``skip``: what "the country" or "the government" opening
        ``sentence`` refers back to."""
        low_text = lower(self.text)
        at = low_text.find(sentence)
        if at <= 1:
            return None
        start, end = sentence_at(self.text, at - 2)
        roles = assign_roles(low_text[start:end], find_mentions(self.text[start:end], self.aliases))
        for r in roles:
            if r.role in (SUBJECT, IMPOSER) and r.mention.code not in skip:
                return r.mention.code
        return None

    def carried(self) -> tuple[str, str] | None:
        """The pair a sentence with no country of its own refers back to."""
        if len(self.last_alts) > 1:
            seen = self.mentions()
            # Of one rate on several countries, the one the story is most about.
            self.last_fact = max(self.last_alts, key=lambda pair: seen[pair[1]])
            self.last_alts = ()
        return self.last_fact

    def default_imposer(
        self, target: str, taxed: frozenset[str] | set[str] = frozenset(), *, guess: bool = True
    ) -> str | None:
        """The side the story makes the levier of ``target``'s goods; with no
        sign of one in the story, the US (``guess``) or None."""
        # A rate on several countries at once ("Japan and South Korea will be charged
        # 25%") is a schedule's, not one side of the pair a story is about.
        other = self.plain_partner(target) if len(taxed) < 2 else None
        if other is not None and other not in taxed:
            return other  # "Indian exports face no duty" in a story about Britain and India
        for code, _ in self.imposers.most_common():
            if code != target and code not in taxed:
                return code
        if not guess:
            return None
        return "US" if target != "US" else self.partner("US")

    def plain_partner(self, code: str) -> str | None:
        """The other side of the pair the story is plainly about, if ``code`` is one
        side: both among the two countries named most, the other named more than
        once and more often than any third country."""
        top = self.mentions().most_common(3)
        pair = [c for c, _ in top[:2]]
        if code not in pair or len(pair) < 2:
            return None
        other = pair[1] if pair[0] == code else pair[0]
        n = self.mentions()[other]
        if n >= 2 and (len(top) < 3 or n > top[2][1]):
            return other
        return None

    def partner(self, code: str) -> str | None:
        """The country the story talks about most, other than ``code``."""
        for other, _ in self.mentions().most_common():
            if other != code:
                return other
        return None

    def main_pair(self) -> tuple[str, str] | None:
        if self.pairs:
            return self.pairs.most_common(1)[0][0]
        top = [c for c, _ in self.mentions().most_common(2)]
        if len(top) == 2:
            a, b = sorted(top)
            return (a, b)
        return None


def _first_pair(text: str, aliases: Mapping[str, str] | None) -> tuple[str, str] | None:
    """(imposer, target) of the first sentence that names both around a tariff
    word: an imposer marker or else a subject, and a target. Only the sentences
    around tariff words are split out, and only the first few of them read."""
    low_text = lower(text)
    done = -1
    read = 0
    for pos in tariff_hits(low_text):
        if pos < done:
            continue
        start, done = sentence_at(text, pos)
        low = low_text[start:done]
        if TARIFF_WORD.search(low) is None:
            continue
        read += 1
        if read > _FIRST_PAIR_SENTENCES:
            break
        roles = assign_roles(low, find_mentions(text[start:done], aliases))
        # A marked levier in the tariff word's own clause, else the subject: "EU
        # lawmakers backed tariffs on goods from Russia, seeking to cut into
        # Moscow's war funding" is the EU's, not Moscow's.
        comma = low.find(",", max(0, pos - start))
        cut = comma if comma >= 0 else len(low)
        # "In response to US tariffs, India raised duties on American goods": the
        # side whose tariffs provoked the move levies none of it
        provoker = _provoking_phrase(low)
        roles = [r for r in roles if not provoker[0] <= r.mention.start < provoker[1]]
        imposer = (
            next((r for r in roles if r.role == IMPOSER and r.mention.start < cut), None)
            or next((r for r in roles if r.role == SUBJECT), None)
            or next((r for r in roles if r.role == IMPOSER), None)
        )
        if imposer is None:
            continue
        code = imposer.mention.code
        target = next((r for r in roles if r.role == TARGET and r.mention.code != code), None)
        if target is not None:
            return code, target.mention.code
        if imposer.role == IMPOSER and _IMPORTS.search(low):
            return code, "*"  # "tariffs on US imports of softwood lumber": goods from anywhere
        if len({r.mention.code for r in roles}) == 1:
            own = _OWN_DUTIES_CHANGED.search(low)
            if own is not None and imposer.mention.start < own.start():
                # "Indonesia raised import duties on 1,100 items": its own duties
                # on those goods from anywhere (most-favoured-nation rates)
                return code, "*"
    return None


def _provoking_phrase(low: str) -> tuple[int, int]:
    """The span of an opening "in retaliation for X's tariffs" up to its comma
    (or (0, 0)): the country in it provoked the sentence's move."""
    m = _PROVOKED.search(low)
    if m is None:
        return (0, 0)
    comma = low.find(",", m.end())
    return (m.end(), comma if comma >= 0 else m.end())


# "in answer to", "in retaliation for", "responding to", "answering": what
# follows up to the comma is the other side's earlier measure
_PROVOKED = regex(
    r"\b(?:in\s+(?:answer|response|reply|retaliation|return|reprisal|riposte)\s+"
    r"(?:to|for|against)|respond(?:ing|ed)\s+to|answering|countering|"
    r"retaliating\s+(?:for|against)|hitting\s+back\s+at)\s"
)
# A country's own import duties changed: "raised import duties on 40 goods",
# "cut customs duties on 30 products", "hiked import tariffs on gold".
_OWN_DUTIES_CHANGED = regex(
    r"\b(?:rais|increas|hik|lift|doubl|cut|lower|reduc|slash)\w*\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:basic\s+)?(?:import|customs)\s+(?:duties|duty|tariffs?|taxes)\s+on\b"
)
# What joins the members of a list of countries: "France, Italy and Spain".
_LIST_LINK = regex(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
# A story says early which pair it is about, or not at all.
_FIRST_PAIR_SENTENCES = 4
_IMPORTS = regex(r"\bimports?\s+of\b|\bimported\b")


# Last: every pattern above searched in the form the engine skips through.
gate_patterns(globals())
