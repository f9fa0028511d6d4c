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
from tariffwatch.extract.sentences import sentence_spans
from tariffwatch.extract.status import decide
from tariffwatch.model import Fact, TariffFact, TariffStatus

# A first line this short with no closing full stop is a headline, not a sentence.
_MAX_HEADLINE_WORDS = 20
# The headline future: "US to hit ...", "Swiss goods to face 15% US tariff".
_HEADLINE_TO = re.compile(
    r"\bto\s+(?:[\w-]+\s+)?(?:hit|impose|slap|levy|raise|lift|hike|cut|lower|face|put|pay|"
    r"double|triple|add|remove|scrap|end|drop|carry|charge|apply|start|begin)\b"
)
# The table rows a headline's bare verb falls in ("slaps", "raises", "faces").
_BARE_VERBS = frozenset(("done", "state now"))
_PCT = re.compile(r"\d\s*%|per\s?cent|percent")
_LEAD_SENTENCES = 2  # how far into the body the lead's decision is looked for
_LIST_MIN = 2  # rates a verbless sentence must list to go on from the one before
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
    return carry_status(settle_headline(facts, text, published, title=title), text, published)


def carry_status(facts: Sequence[Fact], text: str, published: date | None) -> list[Fact]:
    """Rates of a list with no verb of status take the status of the tariff
    told just before it by the same imposer, in the sentence before; with no
    such tariff, the status the sentence right before gives ("The duties take
    effect on October 14. The breakdown: 10% on lumber, 25% on cabinets")."""
    out: list[Fact] = []
    source: TariffFact | None = None  # the last current tariff of the sentence before
    last: TariffFact | None = None  # the last current tariff read so far
    last_end = source_end = -1
    verbless: dict[str, bool] = {}
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
        ):
            if f.evidence not in verbless:
                verbless[f.evidence] = _verbless(f.evidence, published)
            carried: TariffStatus | None = None
            how = ""
            if verbless[f.evidence]:
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


def _verbless(sentence: str, published: date | None) -> bool:
    may = cues.MAY.search(sentence) is not None
    return decide(cues.lower(sentence), published, may)[1] == ""


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
    _, cue = decide(low, published, may=cues.MAY.search(headline) is not None)
    if cue and cue not in _BARE_VERBS:
        # The headline says it itself: "threatens", "delays", "takes effect";
        # a bare verb ("slaps", "raises", "to face") is the overstatement.
        return None
    if _HEADLINE_TO.search(low):
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
    return None
