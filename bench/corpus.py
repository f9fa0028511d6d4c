"""A seeded, reproducible news corpus served as RSS and Atom feeds.

The mix is what a trade desk's feeds carry on a busy day: the same tariff
move reported by many outlets in many words, negotiation news, recaps that
restate history ("which had reached 145% in April"), and a majority of items
that mention numbers but no tariff at all (markets, inflation, trade data).
Each item is 1-3 KB of text, so parsing and extraction see realistic sizes.

    corpus = make_corpus(items=20_000, feeds=40, seed=7)
    corpus.feeds["wire-03"]   # the feed's bytes (RSS 2.0 or Atom)

The same arguments always give the same bytes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

# (name in a sentence, adjective, demonym for "goods") of places the rules know.
COUNTRIES = [
    ("the United States", "American", "US"),
    ("China", "Chinese", "CN"),
    ("Canada", "Canadian", "CA"),
    ("Mexico", "Mexican", "MX"),
    ("the European Union", "European", "EU"),
    ("Japan", "Japanese", "JP"),
    ("India", "Indian", "IN"),
    ("Brazil", "Brazilian", "BR"),
    ("Vietnam", "Vietnamese", "VN"),
    ("South Korea", "South Korean", "KR"),
    ("the United Kingdom", "British", "GB"),
    ("Australia", "Australian", "AU"),
]
SCOPES = ["goods", "steel", "aluminum", "electric vehicles", "cars", "solar panels", "imports"]
OUTLETS = [
    "officials said",
    "the trade ministry said",
    "according to a government notice",
    "a spokesperson confirmed",
    "state media reported",
    "the White House said",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
CITIES = ["Geneva", "London", "Washington", "Beijing", "Brussels", "Tokyo", "Ottawa"]

# Sentences with numbers that are not tariffs: the extractor must read past them.
FILLER = [
    "Shares of exporters fell {p}% in early trading before recovering some of their losses.",
    "The currency weakened {p}% against the dollar, its largest daily move in a month.",
    "Inflation rose to {p}% in the year to March, the statistics office said on {day}.",
    "Exports grew {p}% last quarter, helped by strong demand for machinery and chemicals.",
    "Analysts at several banks cut their growth forecasts by {p} percentage points.",
    "The benchmark stock index closed {p}% higher as investors weighed the outlook.",
    "Shipping rates on the main Pacific routes have risen {p}% since the start of the year.",
    "Retailers said they had built up inventories ahead of the holiday season.",
    "Economists expect the central bank to keep interest rates at {p}% this month.",
    "Port volumes in Long Beach were {p}% higher than a year earlier, the port said.",
    "Farm groups warned that soybean sales could suffer if the dispute drags on.",
    "Manufacturers have been moving some production to other countries in the region.",
    "The trade deficit narrowed to ${n} billion in February, customs data showed.",
    "Business groups urged both sides to find a solution that keeps supply chains open.",
    "Commodity prices were mixed, with copper up {p}% and oil little changed.",
    "The ministry said it would publish detailed figures later this month.",
    "Consumer confidence slipped for a third month, a survey of {n} households found.",
    "Several companies said they would review their investment plans for next year.",
]
DISTRACTOR_TITLES = [
    "Markets steady as investors await data",
    "Factory output rises for a second month",
    "Shipping costs climb on busy Pacific routes",
    "Central bank holds rates, signals patience",
    "Retail sales beat forecasts in March",
    "Exporters report strong orders from Asia",
]
NEGOTIATION_LINES = {
    "scheduled": "Trade negotiators from {a} and {b} will meet in {city} next {day} for talks.",
    "ongoing": "Trade talks between {a} and {b} continued in {city} on {day}, {src}.",
    "stalled": "Trade talks between {a} and {b} stalled on {day} with no progress, {src}.",
    "agreement": "{A} and {b} reached a tentative trade agreement in {city} on {day}, {src}.",
    "collapsed": "Trade talks between {a} and {b} collapsed on {day} without a deal, {src}.",
    "resumed": "{A} and {b} agreed to resume trade talks in {city} on {day}, {src}.",
}


@dataclass(frozen=True, slots=True)
class NewsItem:
    guid: str
    link: str
    title: str
    paragraphs: tuple[str, ...]
    published: datetime
    kind: str  # "tariff" | "negotiation" | "recap" | "distractor"


@dataclass
class Corpus:
    items: list[NewsItem]
    feeds: dict[str, bytes] = field(default_factory=dict)  # feed name -> body

    @property
    def total_bytes(self) -> int:
        return sum(len(body) for body in self.feeds.values())


def make_corpus(
    *, items: int, feeds: int, seed: int = 7, prefix: str = "", reports_per_event: int = 20
) -> Corpus:
    """`items` news items spread over `feeds` feeds; `prefix` keeps two corpora's keys apart."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 6, 8, tzinfo=UTC)
    step = timedelta(days=180) / max(1, items)
    rates: dict[tuple[str, str, str], float] = {}
    talks: dict[tuple[str, str], str] = {}
    events: dict[str, tuple[str, ...]] = {}  # the story of the moment, per kind
    reports_left = {"tariff": 0, "negotiation": 0}
    out: list[NewsItem] = []
    for n in range(items):
        published = start + step * n
        roll = rng.random()
        if roll < 0.45:
            kind = "tariff" if rng.random() < 0.67 else "negotiation"
            if reports_left[kind] <= 0:
                events[kind] = _new_event(rng, kind, rates, talks)
                reports_left[kind] = rng.randint(reports_per_event // 2, reports_per_event * 3 // 2)
            reports_left[kind] -= 1
            lead, title = _report(rng, events[kind])
        elif roll < 0.60:
            kind = "recap"
            lead, title = _recap(rng, rates)
        else:
            kind = "distractor"
            lead, title = _filler(rng), rng.choice(DISTRACTOR_TITLES)
        guid = f"{prefix}bench-{seed}-{n:07d}"
        out.append(
            NewsItem(
                guid=guid,
                link=f"https://news.example/{published:%Y/%m/%d}/{guid}?utm_source=rss",
                title=title,
                paragraphs=(lead, *_body(rng)),
                published=published,
                kind=kind,
            )
        )
    corpus = Corpus(items=out)
    by_feed: list[list[NewsItem]] = [[] for _ in range(feeds)]
    for item in out:
        by_feed[rng.randrange(feeds)].append(item)
    for i, feed_items in enumerate(by_feed):
        name = f"{prefix}wire-{i:02d}"
        render = _atom if i % 4 == 3 else _rss
        corpus.feeds[name] = render(name, list(reversed(feed_items)))  # newest first, as feeds do
    return corpus


def _new_event(
    rng: random.Random,
    kind: str,
    rates: dict[tuple[str, str, str], float],
    talks: dict[tuple[str, str], str],
) -> tuple[str, ...]:
    a, b = rng.sample(range(len(COUNTRIES)), 2)
    if kind == "tariff":
        scope = rng.choice(SCOPES)
        key = (COUNTRIES[a][2], COUNTRIES[b][2], scope)
        old = rates.get(key)
        new = float(rng.choice([r for r in (0, 5, 10, 15, 20, 25, 30, 50, 100) if r != old]))
        rates[key] = new
        return ("tariff", str(a), str(b), scope, str(new), "" if old is None else str(old))
    pair = tuple(sorted((COUNTRIES[a][2], COUNTRIES[b][2])))
    status = rng.choice([s for s in NEGOTIATION_LINES if s != talks.get(pair)])
    talks[pair] = status  # type: ignore[index]
    return ("negotiation", str(a), str(b), status)


def _report(rng: random.Random, event: tuple[str, ...]) -> tuple[str, str]:
    day, src = rng.choice(WEEKDAYS), rng.choice(OUTLETS)
    a, b = COUNTRIES[int(event[1])], COUNTRIES[int(event[2])]
    if event[0] == "tariff":
        scope, new, old = event[3], float(event[4]), event[5]
        goods = f"{b[1]} {scope}" if scope not in ("goods", "imports") else f"{b[1]} goods"
        if new == 0:
            lead = f"{_cap(a[0])} lifted its tariff on {goods} on {day}, {src}."
            title = f"{_short(a)} lifts tariff on {goods}"
        elif old and rng.random() < 0.5:
            verb = "raised" if new > float(old) else "cut"
            lead = (
                f"{_cap(a[0])} {verb} its tariff on {goods} from {float(old):g}% to {new:g}% "
                f"on {day}, {src}."
            )
            title = f"{_short(a)} {verb.replace('ed', 'es')} tariff on {goods} to {new:g}%"
        else:
            lead = f"{_cap(a[0])} set a {new:g}% tariff on {goods} on {day}, {src}."
            title = f"{_short(a)} sets {new:g}% tariff on {goods}"
        return lead, title
    line = NEGOTIATION_LINES[event[3]]
    lead = line.format(a=a[0], A=_cap(a[0]), b=b[0], city=rng.choice(CITIES), day=day, src=src)
    return lead, f"{_short(a)}-{_short(b)} trade talks: {event[3]}"


def _recap(rng: random.Random, rates: dict[tuple[str, str, str], float]) -> tuple[str, str]:
    if not rates:
        return _filler(rng), "Week in trade"
    imposer, target, scope = rng.choice(sorted(rates))
    a = next(c for c in COUNTRIES if c[2] == imposer)
    b = next(c for c in COUNTRIES if c[2] == target)
    month = rng.choice(["January", "February", "March", "April"])
    lead = (
        f"Looking back: the {a[1]} tariff on {b[1]} {scope}, which had reached "
        f"{rng.choice([10, 25, 50]):d}% in {month}, has weighed on trade between the two."
    )
    return lead, "Week in trade: a look back"


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(
        p=f"{rng.uniform(0.1, 9.9):.1f}", n=rng.randint(20, 900), day=rng.choice(WEEKDAYS)
    )


def _body(rng: random.Random) -> list[str]:
    """Filler paragraphs until the item is 1-3 KB."""
    want = rng.randint(1000, 3000)
    paragraphs: list[str] = []
    size = 0
    while size < want:
        paragraph = " ".join(_filler(rng) for _ in range(rng.randint(2, 4)))
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return paragraphs


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short(country: tuple[str, str, str]) -> str:
    return {"US": "US", "EU": "EU", "GB": "UK"}.get(country[2], country[0])


def _html(item: NewsItem) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in item.paragraphs)


def _rss(name: str, items: list[NewsItem]) -> bytes:
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>',
        f"<title>{name}</title><link>https://news.example/{name}</link>",
        "<description>Trade news</description>",
    ]
    for item in items:
        parts.append(
            f'<item><guid isPermaLink="false">{item.guid}</guid>'
            f"<link>{escape(item.link)}</link>"
            f"<pubDate>{format_datetime(item.published, usegmt=True)}</pubDate>"
            f"<title>{escape(item.title)}</title>"
            f"<description><![CDATA[{_html(item)}]]></description></item>"
        )
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def _atom(name: str, items: list[NewsItem]) -> bytes:
    updated = items[0].published.isoformat() if items else "2025-01-01T00:00:00+00:00"
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">',
        f"<title>{name}</title><id>urn:bench:{name}</id><updated>{updated}</updated>",
    ]
    for item in items:
        parts.append(
            f"<entry><id>{item.guid}</id><title>{escape(item.title)}</title>"
            f'<link href="{escape(item.link)}"/>'
            f"<updated>{item.published.isoformat()}</updated>"
            f'<content type="html">{escape(_html(item))}</content></entry>'
        )
    parts.append("</feed>")
    return "\n".join(parts).encode("utf-8")
