"""A learned second opinion on who taxes whom: a linear scorer of a tariff fact's sides.

AN EXPERIMENT, NOT PART OF THE EXTRACTOR (see scripts/train_sides.py for how it
was measured and why it was not wired into ``extract()``).

The rules read rates right far more often than their sides. For each tariff
fact the rules give, every (imposer, target) pair that the sentence's country
mentions, global wording ("*") and the story's main countries allow is scored
by a log-linear model over plain features of each mention (kind of name, the
words around it, order and distance to the rate, list membership), plus a
"no fact" candidate. The weights are trained by ``scripts/train_sides.py`` from
the labelled sets and the own-words table rows; the thresholds that let the
model overrule the rules were chosen there by cross-validation by source.
Pure and dependency-free: the weights are a JSON file read once. Wired into
``extract()`` (after the dedupe, on the tidied story) it cost ~25% of
bench.extract_speed's realistic items/s as written (0.85 ms per tariff fact).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from tariffwatch.extract.countries import Mention, find_mentions
from tariffwatch.extract.cues import TARIFF_WORD, lower
from tariffwatch.extract.numbers import find_percents
from tariffwatch.extract.sentences import sentence_at
from tariffwatch.model import Fact, TariffFact

WEIGHTS_FILE = Path("/tmp/sides_weights.json")  # where train_sides.py --write puts them
NONE = ("", "")  # the "no fact" candidate

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)?|\d+(?:\.\d+)?%?|[,;:()]")
_GLOBAL = re.compile(
    r"\b(?:all|every|any)\s+(?:\w+\s+){0,2}(?:countr|nation|trading partner|origin|import|source)"
    r"|\bglobal|\bworldwide|\brest of the world|\bregardless of (?:origin|where)|\bbaseline"
    r"|\bmost[- ]favou?red|\bmfn\b|\buniversal|\bacross the board|\bno matter where"
    r"|\bforeign\b|\bimported\b|\bsafeguard"
)
_GOODS = frozenset(
    [
        "goods",
        "imports",
        "exports",
        "products",
        "made-in",
        "made",
        "-made",
        "steel",
        "cars",
        "autos",
        "vehicles",
        "shipments",
        "producers",
        "makers",
        "firms",
        "companies",
        "companies'",
        "exporters",
        "origin-goods",
        "items",
    ]
)
_PREPS = frozenset(
    [
        "on",
        "from",
        "against",
        "by",
        "to",
        "with",
        "for",
        "of",
        "in",
        "at",
        "into",
        "over",
        "between",
        "and",
        "or",
    ]
)
_LIST_GLUE = frozenset((",", "and", "or"))
# Who levies and who is levied differs by country in the news: a prior per
# side for the countries the labelled news names most, one for all others.
_PRIOR_CODES = frozenset(
    ["US", "CN", "EU", "CA", "MX", "JP", "IN", "GB", "KR", "BR", "VN", "CH", "AU"]
)


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    replace_margin: float  # best pair's probability minus the rules' pair's
    drop_at: float  # the "no fact" candidate's probability
    add_at: float  # a pair's probability, for a rate the rules gave no fact


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS_FILE) -> Model | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        {str(k): float(v) for k, v in data["weights"].items()},
        float(data["replace_margin"]),
        float(data["drop_at"]),
        float(data.get("add_at", 2.0)),
    )


@dataclass(frozen=True, slots=True)
class Site:
    """A tariff fact's sentence, read once: tokens, mentions, where the rate sits."""

    tokens: list[tuple[str, int]]  # (lowercased token, character start)
    mentions: list[Mention]
    rate_at: int  # token index of the rate
    global_words: bool
    other_rates: list[int]  # token indexes of the sentence's other percentages


def _tokens(low: str) -> list[tuple[str, int]]:
    return [(m.group(), m.start()) for m in _WORD.finditer(low)]


def _token_index(tokens: list[tuple[str, int]], char: int) -> int:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid][1] < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def read_site(sentence: str, rate: float, at: int | None = None) -> Site | None:
    """The sentence as the scorer sees it, around the first percentage of value
    ``rate`` (or the one at character ``at``); None if no such percentage."""
    percents = find_percents(sentence)
    if at is None:
        for p in percents:
            if not p.points and round(p.value, 1) == round(rate, 1):
                at = p.start
                break
        if at is None:
            return None
    low = lower(sentence)
    tokens = _tokens(low)
    others = [_token_index(tokens, p.start) for p in percents if p.start != at]
    rate_at = _token_index(tokens, at)
    return Site(tokens, find_mentions(sentence), rate_at, bool(_GLOBAL.search(low)), others)


def _bucket(n: int) -> str:
    if n <= 2:
        return "0"
    if n <= 5:
        return "3"
    if n <= 10:
        return "6"
    if n <= 20:
        return "11"
    return "21"


def _mention_features(site: Site, m: Mention, index: int, near_rank: int) -> list[str]:
    """What a country mention looks like from the rate: one role's features."""
    toks = site.tokens
    i = _token_index(toks, m.start)
    j = _token_index(toks, m.end)  # first token after the mention
    r = site.rate_at
    side = "b" if i < r else "a"
    dist = (r - j) if i < r else (i - r)
    prev = toks[i - 1][0] if i > 0 else "^"
    prev2 = toks[i - 2][0] if i > 1 else "^"
    nxt = toks[j][0] if j < len(toks) else "$"
    nxt2 = toks[j + 1][0] if j + 1 < len(toks) else "$"
    out = [
        "m",
        f"kind={m.kind}",
        f"side={side}",
        f"dist={side}{_bucket(dist)}",
        f"kind_side={m.kind}{side}",
        f"prev={prev if prev in _PREPS or prev in '^,;:(' else 'w'}",
        f"prev_side={side}:{prev if prev in _PREPS else 'w'}",
        f"prev2={prev2 if prev2 in _PREPS else 'w'}",
        f"next={nxt if nxt in _GOODS or nxt in _PREPS or nxt in '$,;:)' else 'w'}",
        f"next_kind={m.kind}:{'goods' if nxt in _GOODS or nxt2 in _GOODS else 'x'}",
        f"first={index == 0}",
        f"prevw={side}:{prev}",
        f"nextw={side}:{nxt}",
        f"next2w={nxt} {nxt2}",
        f"prev2w={prev2} {prev}",
        f"near={min(near_rank, 2)}",
        f"near_side={min(near_rank, 2)}{side}",
        f"subject={index == 0 and side == 'b' and prev not in _PREPS}",
        f"start={i == 0}",
    ]
    if nxt == "s":
        out.append("possessive")
    out.extend(f"after3={side}:{t}" for t, _ in toks[j : j + 3] if t.isalpha())
    out.extend(f"before3={side}:{t}" for t, _ in toks[max(0, i - 3) : i] if t.isalpha())
    # the words between the mention and the rate, near ones only
    lo, hi = (j, r) if i < r else (r + 1, i)
    between = [t for t, _ in toks[lo:hi]]
    if len(between) <= 12:
        out.extend(f"btw={t}" for t in between if not t[0].isdigit())
    else:
        near = between[-6:] if i < r else between[:6]
        out.extend(f"btwfar={t}" for t in near if not t[0].isdigit())
    others = sum(1 for o in site.mentions if o.code != m.code and _between(o, m, site))
    out.append(f"others_between={min(others, 3)}")
    rates_between = sum(1 for o in site.other_rates if min(i, r) < o < max(i, r))
    out.append(f"rates_between={min(rates_between, 2)}")
    nearer = any(abs(o - i) < abs(r - i) for o in site.other_rates)
    out.append(f"other_rate_nearer={nearer}")
    glued = prev in _LIST_GLUE or nxt in _LIST_GLUE
    out.append(f"listy={glued}")
    return out


def _between(o: Mention, m: Mention, site: Site) -> bool:
    oi = _token_index(site.tokens, o.start)
    mi = _token_index(site.tokens, m.start)
    r = site.rate_at
    return min(mi, r) < oi < max(mi, r)


def _story_features(code: str, story: Counter[str], title_codes: set[str]) -> list[str]:
    ranked = [c for c, _ in story.most_common(3)]
    rank = ranked.index(code) + 1 if code in ranked else 0
    prior = code if code in _PRIOR_CODES else "other"
    return [f"story_rank={rank}", f"title={code in title_codes}", f"rank_code={rank}{prior}"]


@dataclass(frozen=True, slots=True)
class Parts:
    """A fact's candidates in pieces: a pair's features are its imposer's, its
    target's and the few that depend on both (``pair_features``)."""

    site: Site
    pool: list[str]  # the countries a side may be, in the sentence first
    in_sentence: set[str]
    none: list[str]
    star: list[str]  # the target "*"
    imposer: dict[str, list[str]]
    target: dict[str, list[str]]


def candidate_parts(
    site: Site, story: Counter[str], title_codes: set[str], rule_pair: tuple[str, str]
) -> Parts:
    role: dict[str, tuple[int, list[str]]] = {}
    seen_codes: list[str] = []
    dists = [abs(_token_index(site.tokens, m.start) - site.rate_at) for m in site.mentions]
    ranks = sorted(set(dists))
    for index, m in enumerate(site.mentions):
        # of several mentions of one country, the nearest to the rate speaks
        d = dists[index]
        if m.code not in role or d < role[m.code][0]:
            role[m.code] = (d, _mention_features(site, m, index, ranks.index(d)))
        if m.code not in seen_codes:
            seen_codes.append(m.code)
    in_sentence = set(seen_codes)
    pool = list(seen_codes)
    for code in [c for c, _ in story.most_common(3)] + sorted(title_codes) + list(rule_pair):
        if code and code != "*" and code not in pool:
            pool.append(code)
    n_in = min(len(in_sentence), 4)
    toks, r = site.tokens, site.rate_at
    before = [t for t, _ in toks[max(0, r - 3) : r]]
    after = [t for t, _ in toks[r + 1 : r + 5]]
    around = [f"b:{t}" for t in before] + [f"a:{t}" for t in after]
    none = ["none", f"none_n={n_in}", f"none_glob={site.global_words}"]
    none.extend(f"none_{w}" for w in around)
    none.append(f"none_prev={before[-1] if before else '^'}")
    star = ["t:star", f"t:star_glob={site.global_words}", f"t:star_n={n_in}"]
    star.extend(f"t:star_{w}" for w in around)
    imposer = {c: _role_feats("i", c, role, in_sentence, story, title_codes) for c in pool}
    target = {c: _role_feats("t", c, role, in_sentence, story, title_codes) for c in pool}
    return Parts(site, pool, in_sentence, none, star, imposer, target)


def pair_features(parts: Parts, imp: str, tgt: str) -> list[str]:
    site, inside = parts.site, parts.in_sentence
    if imp in inside and tgt in inside:
        ii = _token_index(site.tokens, _first(site.mentions, imp).start)
        ti = _token_index(site.tokens, _first(site.mentions, tgt).start)
        r = site.rate_at
        out = [
            f"order={'it' if ii < ti else 'ti'}",
            f"sides={'b' if ii < r else 'a'}{'b' if ti < r else 'a'}",
        ]
        lo, hi = min(ii, ti), max(ii, ti)
        gap = [t for t, _ in site.tokens[lo + 1 : hi]]
        if len(gap) <= 4 and any(t in _LIST_GLUE for t in gap):
            out.append("listmates")
        return out
    if imp not in inside and tgt not in inside and tgt != "*":
        return ["both_absent"]
    return []


def _pairs(parts: Parts) -> list[tuple[str, str]]:
    return [(i, t) for i in parts.pool for t in [*parts.pool, "*"] if t != i]


def candidates(
    site: Site, story: Counter[str], title_codes: set[str], rule_pair: tuple[str, str]
) -> list[tuple[tuple[str, str], list[str]]]:
    """Every (imposer, target) pair worth scoring, with its features; NONE first."""
    parts = candidate_parts(site, story, title_codes, rule_pair)
    out: list[tuple[tuple[str, str], list[str]]] = [(NONE, parts.none)]
    for imp, tgt in _pairs(parts):
        tgt_feats = parts.star if tgt == "*" else parts.target[tgt]
        out.append(((imp, tgt), parts.imposer[imp] + tgt_feats + pair_features(parts, imp, tgt)))
    return out


def scored_candidates(
    weights: dict[str, float],
    site: Site,
    story: Counter[str],
    title_codes: set[str],
    rule_pair: tuple[str, str],
) -> list[tuple[tuple[str, str], float]]:
    """``candidates`` with each one's score: the same sums, each role's part summed once."""
    parts = candidate_parts(site, story, title_codes, rule_pair)
    w = weights.get

    def total(feats: list[str]) -> float:
        return sum(w(f, 0.0) for f in feats)

    imposer = {c: total(f) for c, f in parts.imposer.items()}
    target = {c: total(f) for c, f in parts.target.items()}
    target["*"] = total(parts.star)
    out = [(NONE, total(parts.none))]
    for imp, tgt in _pairs(parts):
        out.append(((imp, tgt), imposer[imp] + target[tgt] + total(pair_features(parts, imp, tgt))))
    return out


def _first(mentions: Sequence[Mention], code: str) -> Mention:
    return next(m for m in mentions if m.code == code)


def _role_feats(
    prefix: str,
    code: str,
    role: dict[str, tuple[int, list[str]]],
    in_sentence: set[str],
    story: Counter[str],
    title_codes: set[str],
) -> list[str]:
    prior = f"code={code if code in _PRIOR_CODES else 'other'}"
    first = next(iter(story), None) == code  # a Counter keeps the order of first mention
    if code in in_sentence:
        base = [*role[code][1], prior, f"story_first={first}"]
        base.extend(f"in_{f}" for f in _story_features(code, story, title_codes))
    else:
        base = ["absent", prior, f"story_first={first}", *_story_features(code, story, title_codes)]
    return [f"{prefix}:{f}" for f in base]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def _probabilities(
    scored: list[tuple[tuple[str, str], float]],
) -> list[tuple[tuple[str, str], float]]:
    probs = _softmax([x for _, x in scored])
    return [(pair, p) for (pair, _), p in zip(scored, probs, strict=True)]


def fact_probabilities(
    fact: TariffFact, story: Counter[str], title_codes: set[str], weights: dict[str, float]
) -> dict[tuple[str, str], float] | None:
    """The model's probability of each candidate pair (and NONE) for one fact;
    None when the fact's rate is not written as a number in its sentence."""
    site = read_site(fact.evidence, fact.new_rate)
    if site is None:
        return None
    rule_pair = (fact.imposer, fact.target)
    return dict(_probabilities(scored_candidates(weights, site, story, title_codes, rule_pair)))


def choose(
    facts: list[Fact],
    probs: Sequence[dict[tuple[str, str], float] | None],
    replace_margin: float,
    drop_at: float,
) -> list[Fact]:
    """Apply the model's opinions: a pair it prefers by ``replace_margin`` or more
    replaces the rules' pair (never onto a pair another fact already has at that
    rate); a fact whose "no fact" probability reaches ``drop_at`` goes."""
    taken = {
        (f.imposer, f.target, round(f.new_rate, 1)) for f in facts if isinstance(f, TariffFact)
    }
    out: list[Fact] = []
    for f, p in zip(facts, probs, strict=True):
        if not isinstance(f, TariffFact) or p is None:
            out.append(f)
            continue
        if p.get(NONE, 0.0) >= drop_at:
            continue
        rule_pair = (f.imposer, f.target)
        rate = round(f.new_rate, 1)
        rule_p = p.get(rule_pair, 0.0)
        best, best_p = rule_pair, rule_p
        for pair, q in p.items():
            if pair != NONE and q > best_p and (*pair, rate) not in taken:
                best, best_p = pair, q
        if best != rule_pair and best_p - rule_p >= replace_margin:
            taken.add((*best, rate))
            f = replace(f, imposer=best[0], target=best[1], rule=f.rule + "+sides")
        out.append(f)
    return out


def rate_sites(text: str) -> list[tuple[str, int, float]]:
    """(sentence, offset of the rate in it, value) of every percentage, not of
    points, in a sentence of ``text`` with a tariff word."""
    out: list[tuple[str, int, float]] = []
    spans: dict[int, tuple[int, int, bool]] = {}
    for p in find_percents(text):
        if p.points:
            continue
        a, b = sentence_at(text, p.start)
        if a not in spans:
            spans[a] = (a, b, TARIFF_WORD.search(lower(text[a:b])) is not None)
        if spans[a][2]:
            out.append((text[a:b], p.start - a, p.value))
    return out


Addition = tuple[float, tuple[str, str], float, str]  # value, best pair, its probability, sentence


def addition_candidates(
    text: str,
    facts: list[Fact],
    story: Counter[str],
    title_codes: set[str],
    weights: dict[str, float],
) -> list[Addition]:
    """The model's best reading of each rate the rules gave no fact for (nor
    read as an earlier rate); "no fact" may be that reading."""
    have = {round(f.new_rate, 1) for f in facts if isinstance(f, TariffFact)}
    olds = {round(f.old_rate, 1) for f in facts if isinstance(f, TariffFact) and f.old_rate}
    out: list[Addition] = []
    for sentence, at, value in rate_sites(text):
        if round(value, 1) in have or round(value, 1) in olds:
            continue
        site = read_site(sentence, value, at=at)
        if site is None:
            continue
        probs = _probabilities(scored_candidates(weights, site, story, title_codes, ("", "")))
        pair, p = max(probs, key=lambda x: x[1])
        out.append((value, pair, p, sentence))
    return out


def additions(found: list[Addition], add_at: float) -> list[TariffFact]:
    """Facts for the rates whose best pair's probability reaches ``add_at``,
    one per rate."""
    out: list[TariffFact] = []
    done: set[float] = set()
    for value, pair, p, sentence in found:
        if pair == NONE or p < add_at or round(value, 1) in done:
            continue
        done.add(round(value, 1))
        out.append(
            TariffFact(
                pair[0],
                pair[1],
                value,
                None,
                False,
                "",
                False,
                "announced",
                True,
                None,
                None,
                sentence,
                0.5,
                rule="tariff:sides",
            )
        )
    return out


def second_opinion(
    facts: list[Fact],
    text: str,
    story: Counter[str],
    title_codes: set[str],
    model: Model | None = None,
) -> list[Fact]:
    """The rules' facts, with sides the model strongly prefers, without the
    ones it strongly believes are no fact at all, and with facts for rates the
    rules dropped where it is sure of the pair."""
    model = model or load_model()
    if model is None:
        return facts
    probs = [
        fact_probabilities(f, story, title_codes, model.weights)
        if isinstance(f, TariffFact)
        else None
        for f in facts
    ]
    out = choose(facts, probs, model.replace_margin, model.drop_at)
    if model.add_at <= 1.0:
        found = addition_candidates(text, facts, story, title_codes, model.weights)
        out.extend(additions(found, model.add_at))
    return out
