"""Extraction speed alone: ``extract()`` over a seeded corpus of ~2 KB news items.

    .venv/bin/python -m bench.extract_speed             # both mixes, 5 s each
    .venv/bin/python -m bench.extract_speed --seconds 2 --mix tariff

From other code (``bench/run.py`` can call it in a child pinned to one core):

    from bench.extract_speed import measure
    items_per_s = measure(5.0)                  # the realistic mix
    items_per_s = measure(5.0, mix="tariff")    # tariff-heavy items only

CPU time (``time.process_time``) is measured, not wall time, so a busy machine
slows the figure less. The corpus is written in wire-copy wording, not the
extractor's own test sentences: tariff moves, talks, recaps that restate the
history, and news full of percentages that are not tariffs. The same seed
always gives the same items.
"""

from __future__ import annotations

import argparse
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta

from tariffwatch.extract import extract

# (name, demonym, capital) of the places the stories are about.
PLACES = [
    ("the United States", "American", "Washington"),
    ("China", "Chinese", "Beijing"),
    ("Canada", "Canadian", "Ottawa"),
    ("Mexico", "Mexican", "Mexico City"),
    ("the European Union", "European", "Brussels"),
    ("Japan", "Japanese", "Tokyo"),
    ("India", "Indian", "New Delhi"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("South Korea", "South Korean", "Seoul"),
    ("Britain", "British", "London"),
    ("Switzerland", "Swiss", "Bern"),
    ("Australia", "Australian", "Canberra"),
    ("Turkey", "Turkish", "Ankara"),
    ("South Africa", "South African", "Pretoria"),
    ("Indonesia", "Indonesian", "Jakarta"),
]
GOODS = [
    "goods",
    "steel",
    "aluminium",
    "electric vehicles",
    "solar panels",
    "cars",
    "semiconductors",
    "pharmaceuticals",
    "lumber",
    "dairy products",
    "soybeans",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CITIES = ["Geneva", "London", "Stockholm", "Madrid", "Kuala Lumpur", "Brussels"]
SOURCES = [
    "officials said",
    "the commerce ministry said in a statement",
    "according to a notice in the Federal Register",
    "people familiar with the matter said",
    "state media reported",
    "a government spokesperson told reporters",
]

TARIFF_LEADS = [
    "{A} slapped a {new}% levy on {d} {g} on {day}, {src}.",
    "{A} will raise the tariff rate on {d} {g} to {new}% from {old}% starting next month, {src}.",
    "{A} imposed duties of {new}% on {g} from {B} that took effect on {day}.",
    "{A} is considering tariffs of up to {new}% on {d} {g}, {src}.",
    "{Cap} said it would cut its tariffs on {d} {g} from {old}% to {new}% as part of the deal.",
    "{d} {g} will face a {new}% duty from {day} after {A} finalised anti-dumping measures.",
    "{A} announced a 90-day pause on the planned {new}% tariff on {d} {g}, {src}.",
    "President Donald Trump said he would impose a {new}% tariff on {g} from {B} if talks fail.",
]
TARIFF_FOLLOW = [
    "The move doubles the duty on {d} {g} to {new}%, the highest level since the dispute began.",
    "{B} has vowed to retaliate with counter-tariffs of its own on {a} farm goods.",
    "The levy, which applies to about ${bn} billion of annual imports, was first floated in March.",
    "Exporters in {B} said the {new}% rate would wipe out margins on {g} shipped to {A}.",
    "The announcement came hours after {A} and {B} exchanged letters on market access.",
    "Customs officials said collection of the new duties would begin at midnight.",
]
RECAP = [
    "Tariffs on {d} goods, which had reached 145% in April, now stand at {new}% after the truce.",
    "{A} had previously imposed a {old}% tariff on {d} {g} during its first trade war in 2018.",
    "The duty was cut to {new}% from {old}% last year before being raised again this spring.",
    "Before the deal, {d} {g} faced tariffs as high as {old}%, the trade ministry noted.",
]
TALKS = [
    "Negotiators from {A} and {B} will meet in {city} next week to try to narrow differences.",
    "Trade talks between {A} and {B} broke down on {day} without agreement, {src}.",
    "{A} and {B} reached a framework deal in {city} on {day}, {src}.",
    "The two sides agreed to extend their trade truce by 90 days, {src}.",
    "{Cap} and {B} resumed trade negotiations in {city} after a three-month hiatus.",
    "Talks between {A} and {B} have stalled over agricultural access, {src}.",
    "Senior officials held two days of talks in {city} that both sides called constructive.",
]
NOISE = [
    "The yuan fell 0.{n}% against the dollar in early Asian trade.",
    "Inflation rose to {p}% in the year to {month}, the statistics office said on {day}.",
    "Gross domestic product grew {p}% in the first quarter, beating forecasts of {q}%.",
    "Exports to {A} fell {pp}% in {month} from a year earlier, customs data showed.",
    "Shares of {d} automakers dropped as much as {p}% in {city} before paring losses.",
    "The central bank left interest rates unchanged at {p}%, as most economists expected.",
    "The company bought a {pp}% stake in a local battery maker for ${bn} million.",
    "Soybean prices slid {p}% on the Chicago Board of Trade as traders weighed demand.",
    "The trade surplus with {B} widened to ${bn} billion, the largest in two years.",
    "Tariff revenue jumped {pp}% last month to ${bn} billion, Treasury data showed.",
    "The average effective tariff rate is now 17.{n}%, according to the Yale Budget Lab.",
    "Analysts at Goldman Sachs cut their growth forecast by 0.{n} percentage points.",
    "Factory activity expanded for a third month, a purchasing managers' survey showed.",
    "Retailers have front-loaded shipments ahead of the holiday season, executives said.",
    "Economists warned the dispute could weigh on investment and hiring into next year.",
    "The benchmark index closed {p}% higher, led by technology and financial stocks.",
    "Container freight rates on trans-Pacific routes have risen {pp}% since January.",
    "Business groups urged both governments to keep supply chains open.",
    '"We are not going to be pushed around," the minister told reporters in {city}.',
    "Officials in {C} declined to comment on the details of the proposal on {day}.",
    "The dispute has rattled markets and clouded the outlook for global growth.",
    "Automakers with plants in {A} have lobbied hard for exemptions for parts.",
    "The ruling party faces elections next year in which trade is likely to loom large.",
    "Some importers said they had already switched suppliers to avoid disruption.",
    "A spokesperson for the embassy in {A} said the government was studying the measures.",
    "Port operators reported longer waiting times for container ships this week.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
TARGET_CHARS = 2000

# Share of each item kind: the realistic mix has a third of items off topic;
# the tariff mix is every item about tariffs or talks, the worst case for speed.
MIXES: dict[str, dict[str, float]] = {
    "realistic": {"tariff": 0.35, "negotiation": 0.2, "recap": 0.15, "distractor": 0.3},
    "tariff": {"tariff": 0.6, "negotiation": 0.2, "recap": 0.2, "distractor": 0.0},
}


@dataclass(frozen=True, slots=True)
class BenchItem:
    title: str
    text: str
    published: date
    kind: str


def make_items(n: int = 400, *, mix: str = "realistic", seed: int = 11) -> list[BenchItem]:
    rng = random.Random(seed)
    kinds, weights = zip(*MIXES[mix].items(), strict=True)
    start = date(2025, 4, 1)
    return [
        _item(rng, rng.choices(kinds, weights)[0], start + timedelta(days=i % 200))
        for i in range(n)
    ]


def _fill(rng: random.Random, template: str, pair: tuple[tuple[str, ...], ...]) -> str:
    a, b = pair
    old = rng.choice([10, 20, 25, 34, 50, 125, 145])
    text = template.format(
        A=a[0],
        C=a[2],
        Cap=a[0][0].upper() + a[0][1:],
        B=b[0],
        a=a[1],
        d=b[1],
        g=rng.choice(GOODS),
        new=rng.choice([0, 5, 10, 15, 17.4, 25, 30, 39, 50, 100]),
        old=old,
        day=rng.choice(DAYS),
        src=rng.choice(SOURCES),
        city=rng.choice(CITIES),
        bn=rng.randint(2, 400),
        n=rng.randint(1, 9),
        p=f"{rng.uniform(0.1, 9.9):.1f}",
        q=f"{rng.uniform(0.1, 9.9):.1f}",
        pp=rng.randint(2, 40),
        month=rng.choice(MONTHS),
    )
    return text[0].upper() + text[1:]


def _item(rng: random.Random, kind: str, published: date) -> BenchItem:
    if kind == "tariff":
        lines = [rng.choice(TARIFF_LEADS), *rng.sample(TARIFF_FOLLOW, 3), rng.choice(RECAP)]
    elif kind == "negotiation":
        lines = [*rng.sample(TALKS, 3), rng.choice(TARIFF_FOLLOW)]
    elif kind == "recap":
        lines = [rng.choice(TALKS), *rng.sample(RECAP, 3), rng.choice(TARIFF_LEADS)]
    else:
        lines = []
    # One story is about one pair, as news is; now and then a third country comes up.
    pair = tuple(rng.sample(PLACES, 2))
    sentences = [_fill(rng, t, pair) for t in lines]
    while sum(len(s) + 1 for s in sentences) < TARGET_CHARS:
        other = pair if rng.random() < 0.8 else tuple(rng.sample(PLACES, 2))
        sentences.append(_fill(rng, rng.choice(NOISE), other))
    # Paragraphs of two or three sentences, as feeds deliver them after HTML is stripped.
    paras, i = [], 0
    while i < len(sentences):
        k = rng.randint(2, 3)
        paras.append(" ".join(sentences[i : i + k]))
        i += k
    title = sentences[0][:90].rstrip(".,") if kind != "distractor" else "Markets steady"
    return BenchItem(title, "\n\n".join(paras), published, kind)


def measure(seconds: float, *, mix: str = "realistic", seed: int = 11) -> float:
    """Items per CPU second of ``extract`` on the seeded corpus, run for ``seconds``."""
    items = make_items(mix=mix, seed=seed)
    for it in items[:50]:  # warm caches (regex compilation, pycountry) outside the clock
        extract(it.text, published=it.published, title=it.title)
    done = 0
    t0 = time.process_time()
    elapsed = 0.0
    while elapsed < seconds:
        for it in items:
            extract(it.text, published=it.published, title=it.title)
        done += len(items)
        elapsed = time.process_time() - t0
    return done / elapsed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.extract_speed", description=__doc__)
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--mix", choices=[*MIXES, "both"], default="both")
    a = ap.parse_args(argv)
    for mix in MIXES if a.mix == "both" else [a.mix]:
        items = make_items(mix=mix)
        size = sum(len(i.text) for i in items) / len(items)
        print(f"{mix:>10}: {measure(a.seconds, mix=mix):8.0f} items/s  (avg {size:.0f} chars)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
