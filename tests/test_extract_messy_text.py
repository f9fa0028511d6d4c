"""Feed text as it really arrives reads as its clean form does.

RSS descriptions and scraped articles carry markup leftovers: sentences glued where
a ``<br>`` vanished, entities escaped twice, soft hyphens and zero-width spaces in
words, odd spaces inside "25 per cent", lines broken mid-sentence, headlines in
capitals. Each row is a clean text the extractor reads right, the facts it gives,
and messy variants of it written for this table; every variant must give the clean
text's facts. Some variants are made by one rule over every row (``EVERYWHERE``),
the others are written by hand for the row they fit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact
from tariffwatch.scopes import scope_key

PUBLISHED = date(2025, 6, 1)

Reading = tuple[object, ...]


def readings(text: str) -> set[Reading]:
    """Every fact as the user sees it, its evidence left out (that quotes the text)."""
    out: set[Reading] = set()
    for f in extract(text, published=PUBLISHED):
        if isinstance(f, TariffFact):
            scope = scope_key(f.scope, f.all_goods)
            out.add((f.imposer, f.target, f.new_rate, f.old_rate, f.status, f.current, scope))
        else:
            out.add((f.parties, f.status, f.current))
    return out


def _in_long_words(mark: str) -> Callable[[str], str]:
    """Put ``mark`` in the middle of every word of seven letters or more."""

    def put(text: str) -> str:
        return re.sub(r"[A-Za-z]{7,}", lambda m: m[0][:4] + mark + m[0][4:], text)

    return put


def _wrapped(text: str) -> str:
    """Break the line at every third space between two lowercase words, as a
    scraper that keeps a page's hard line breaks does."""
    spaces = iter(range(1, len(text)))
    return re.sub(r"(?<=[a-z,]) (?=[a-z])", lambda m: "\n" if next(spaces) % 3 == 0 else " ", text)


# Variants any text can take, applied to every row.
EVERYWHERE: list[tuple[str, Callable[[str], str]]] = [
    ("soft-hyphens", _in_long_words("\u00ad")),
    ("zero-width-spaces", _in_long_words("\u200b")),
    ("word-joiners", _in_long_words("\u2060")),
    ("no-break-spaces", lambda t: t.replace(" ", "\u00a0")),
    ("narrow-no-break-spaces", lambda t: t.replace(" ", "\u202f")),
    ("nbsp-entities-left", lambda t: t.replace(" ", "&nbsp;")),
    ("double-spaces", lambda t: t.replace(" ", "  ")),
    ("space-and-tab", lambda t: t.replace(" ", " \t")),
    ("apostrophe-entities-left", lambda t: t.replace("'", "&#8217;")),
    ("apostrophe-entities-twice", lambda t: t.replace("'", "&amp;#8217;")),
    ("curly-apostrophes", lambda t: t.replace("'", "\u2019")),
    ("hex-apostrophe-entities-left", lambda t: t.replace("'", "&#x2019;")),
    ("lines-wrapped", _wrapped),
    ("read-more-tail-glued", lambda t: t + "Read more"),
    ("continue-reading-tail", lambda t: t + " Continue reading\u2026"),
    ("byte-order-mark-first", lambda t: "\ufeff" + t),
]

# (name, clean text, its facts, hand-written messy variants)
ROWS: list[tuple[str, str, set[Reading], list[tuple[str, str]]]] = [
    (
        "rate-then-unrelated-sentence",
        "Canada will raise its duty on Chinese steel to 25% next month. The finance "
        "ministry said shipments from India were not affected.",
        {("CA", "CN", 25.0, None, "announced", True, "steel")},
        [
            (
                "period-glued",
                "Canada will raise its duty on Chinese steel to 25% next "
                "month.The finance ministry said shipments from India were not affected.",
            ),
            (
                "br-dropped-after-percent",
                "Canada will raise its duty on Chinese steel to "
                "25%.The finance ministry said shipments from India were not affected.",
            ),
            (
                "wrapped-line",
                "Canada will raise its duty on Chinese\nsteel to 25% next "
                "month. The finance ministry said shipments from India were not affected.",
            ),
            (
                "wrapped-line-indented",
                "Canada will raise its duty on Chinese steel to 25% "
                "next\n    month. The finance ministry said shipments from India were not "
                "affected.",
            ),
            (
                "dateline-of-a-third-capital",
                "WASHINGTON, June 2 (AP) \u2014 Canada will raise its duty on Chinese steel to "
                "25% next month. The finance ministry said shipments from India were not "
                "affected.",
            ),
            (
                "dateline-of-an-unnamed-city",
                "NEW DELHI (Reuters) - Canada will raise its duty on Chinese steel to 25% next "
                "month. The finance ministry said shipments from India were not affected.",
            ),
            (
                "blank-line-inside",
                "Canada will raise its duty\n\non Chinese steel to 25% "
                "next month. The finance ministry said shipments from India were not affected.",
            ),
        ],
    ),
    (
        "rate-then-talks-of-other-sides",
        "Moscow put a 30% levy on Indian rice. Officials in Washington said talks with "
        "Japan would resume.",
        {("RU", "IN", 30.0, None, "in_effect", True, "rice"), (("JP", "US"), "resumed", True)},
        [
            (
                "period-glued",
                "Moscow put a 30% levy on Indian rice.Officials in Washington "
                "said talks with Japan would resume.",
            ),
            (
                "exclamation-glued",
                "Moscow put a 30% levy on Indian rice!Officials in "
                "Washington said talks with Japan would resume.",
            ),
            (
                "period-and-quote-glued",
                "Moscow put a 30% levy on Indian rice.\u201cOfficials "
                "in Washington said talks with Japan would resume.\u201d",
            ),
        ],
    ),
    (
        "rate-in-glued-units",
        "Canada will raise its duty on Chinese steel to 25 per cent next month.",
        {("CA", "CN", 25.0, None, "announced", True, "steel")},
        [
            ("percent-sign", "Canada will raise its duty on Chinese steel to 25% next month."),
            (
                "percent-sign-spaced",
                "Canada will raise its duty on Chinese steel to 25 % next month.",
            ),
            (
                "per-cent-glued",
                "Canada will raise its duty on Chinese steel to 25per cent next month.",
            ),
            (
                "percent-glued",
                "Canada will raise its duty on Chinese steel to 25percent next month.",
            ),
            ("pc-glued", "Canada will raise its duty on Chinese steel to 25pc next month."),
            (
                "full-width-sign",
                "Canada will raise its duty on Chinese steel to 25\uff05 next month.",
            ),
            (
                "percent-entity",
                "Canada will raise its duty on Chinese steel to 25&#37; next month.",
            ),
            (
                "soft-hyphen-entity-in-unit",
                "Canada will raise its duty on Chinese steel to 25 per&shy;cent next month.",
            ),
            ("pct", "Canada will raise its duty on Chinese steel to 25 pct next month."),
            ("p-c-dotted", "Canada will raise its duty on Chinese steel to 25 p.c. next month."),
            (
                "p-c-dotted-glued",
                "Canada will raise its duty on Chinese steel to 25p.c. next month.",
            ),
            (
                "no-break-space-in-unit",
                "Canada will raise its duty on Chinese steel to 25\u00a0per\u00a0cent next month.",
            ),
            (
                "thin-space-before-sign",
                "Canada will raise its duty on Chinese steel to 25\u2009% next month.",
            ),
            (
                "narrow-space-before-unit",
                "Canada will raise its duty on Chinese steel to 25\u202fper cent next month.",
            ),
            (
                "nbsp-entity-before-sign",
                "Canada will raise its duty on Chinese steel to 25&nbsp;% next month.",
            ),
            (
                "words",
                "Canada will raise its duty on Chinese steel to twenty-five percent next month.",
            ),
            (
                "zero-width-inside-number",
                "Canada will raise its duty on Chinese steel to 2\u200b5% next month.",
            ),
        ],
    ),
    (
        "rate-with-decimals-glued-unit",
        "Canada will raise its duty on Chinese steel to 4.43 per cent next month.",
        {("CA", "CN", 4.43, None, "announced", True, "steel")},
        [
            (
                "per-cent-glued",
                "Canada will raise its duty on Chinese steel to 4.43per cent next month.",
            ),
            (
                "p-c-dotted-sentence-end",
                "Canada will raise its duty on Chinese steel to "
                "4.43 p.c. Next month it may go higher.",
            ),
        ],
    ),
    (
        "rate-before-a-sentence-end-in-pc",
        "Canada will raise its duty on Chinese steel to 25pc. India is spared.",
        {("CA", "CN", 25.0, None, "announced", True, "steel")},
        [
            (
                "p-c-dotted",
                "Canada will raise its duty on Chinese steel to 25 p.c. India is spared.",
            ),
            (
                "p-c-dotted-glued-next",
                "Canada will raise its duty on Chinese steel to 25 p.c.India is spared.",
            ),
        ],
    ),
    (
        "range-with-dash",
        "China's duties on US farm goods will range from 10-15%.",
        {("CN", "US", 15.0, None, "announced", True, "farm")},
        [
            ("en-dash", "China's duties on US farm goods will range from 10\u201315%."),
            ("em-dash", "China's duties on US farm goods will range from 10\u201415%."),
            ("spaced-en-dash", "China's duties on US farm goods will range from 10 \u2013 15%."),
            ("rsquo-entity", "China&rsquo;s duties on US farm goods will range from 10-15%."),
            ("ndash-entity", "China's duties on US farm goods will range from 10&ndash;15%."),
        ],
    ),
    (
        "pair-with-dash",
        "U.S.-China talks broke down on Friday, officials said.",
        {(("CN", "US"), "collapsed", True)},
        [
            ("en-dash", "U.S.\u2013China talks broke down on Friday, officials said."),
            ("em-dash", "U.S.\u2014China talks broke down on Friday, officials said."),
            ("dash-entity", "U.S.&ndash;China talks broke down on Friday, officials said."),
            (
                "dateline-in-capitals",
                "WASHINGTON (Reuters) - U.S.-China talks broke down on Friday, officials said.",
            ),
            (
                "dateline-with-date",
                "BEIJING, June 2 (Reuters) \u2014 U.S.-China talks broke "
                "down on Friday, officials said.",
            ),
        ],
    ),
    (
        "abbreviations-keep-the-sentence",
        "Washington will slap a 25% tariff on Mexican cars, e.g. pickups. Mexico "
        "said it would answer.",
        {("US", "MX", 25.0, None, "announced", True, "autos")},
        [
            (
                "period-glued",
                "Washington will slap a 25% tariff on Mexican cars, "
                "e.g. pickups.Mexico said it would answer.",
            ),
            (
                "e-g-glued",
                "Washington will slap a 25% tariff on Mexican cars, "
                "e.g.Pickups. Mexico said it would answer.",
            ),
        ],
    ),
    (
        "numbers-and-links-keep-the-sentence",
        "Canada will raise its duty on Chinese steel to 3.5% under order No.5, the notice "
        "on canada.ca/Trade said.",
        {("CA", "CN", 3.5, None, "announced", True, "steel")},
        [
            (
                "period-glued-after",
                "Canada will raise its duty on Chinese steel to 3.5% "
                "under order No.5, the notice on canada.ca/Trade said.Japan was not named.",
            ),
        ],
    ),
    (
        "talks-after-a-rate-sentence",
        "Canada will raise its duty on Chinese steel to 25% next month. Japan and the U.K. "
        "resumed talks on a trade deal.",
        {("CA", "CN", 25.0, None, "announced", True, "steel"), (("GB", "JP"), "resumed", True)},
        [
            (
                "period-glued",
                "Canada will raise its duty on Chinese steel to 25% "
                "next month.Japan and the U.K. resumed talks on a trade deal.",
            ),
        ],
    ),
    (
        "quoted-speech",
        '"We will raise the duty on Chinese steel to 25%," Canada\'s trade minister said.',
        {("CA", "CN", 25.0, None, "announced", True, "steel")},
        [
            (
                "curly-quotes",
                "\u201cWe will raise the duty on Chinese steel to 25%,\u201d "
                "Canada\u2019s trade minister said.",
            ),
            (
                "quote-entities",
                "&quot;We will raise the duty on Chinese steel to 25%,&quot; "
                "Canada&#39;s trade minister said.",
            ),
            (
                "dateline-of-the-speaker",
                'OTTAWA (Reuters) - "We will raise the duty on '
                "Chinese steel to 25%,\" Canada's trade minister said.",
            ),
        ],
    ),
    (
        "question-then-sentence",
        "Did Canada raise its duty on Chinese steel to 25% last month? The finance ministry "
        "said shipments from India were not affected.",
        {("CA", "CN", 25.0, None, "in_effect", True, "steel")},
        [
            (
                "question-glued",
                "Did Canada raise its duty on Chinese steel to 25% last "
                "month?The finance ministry said shipments from India were not affected.",
            ),
            (
                "question-glued-to-quote",
                "Did Canada raise its duty on Chinese steel to 25% "
                "last month?\u201cThe finance ministry said shipments from India were not "
                "affected.\u201d",
            ),
        ],
    ),
    (
        "initials-before-a-lowercase-word",
        "The U.S. and China ended their talks in Geneva without a deal.",
        {(("CN", "US"), "collapsed", True)},
        [
            ("initials-glued", "The U.S.and China ended their talks in Geneva without a deal."),
            (
                "dash-entity-after",
                "The U.S. and China ended their talks in Geneva &mdash; without a deal.",
            ),
        ],
    ),
    (
        "headline-rate",
        "US raises tariffs on Chinese steel to 25%",
        {("US", "CN", 25.0, None, "in_effect", True, "steel")},
        [
            ("all-capitals", "US RAISES TARIFFS ON CHINESE STEEL TO 25%"),
            ("title-case", "US Raises Tariffs on Chinese Steel to 25%"),
        ],
    ),
    (
        "headline-talks",
        "Japan, EU resume trade talks",
        {(("EU", "JP"), "resumed", True)},
        [
            ("all-capitals", "JAPAN, EU RESUME TRADE TALKS"),
        ],
    ),
    (
        "ampersand-joins-sides",
        "The EU & Japan resumed trade talks in Tokyo.",
        {(("EU", "JP"), "resumed", True)},
        [
            ("amp-entity-left", "The EU &amp; Japan resumed trade talks in Tokyo."),
            ("amp-entity-twice", "The EU &amp;amp; Japan resumed trade talks in Tokyo."),
        ],
    ),
]


def _cases() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for name, clean, _, variants in ROWS:
        out.extend((f"{name}/{vname}", clean, messy) for vname, messy in variants)
        out.extend((f"{name}/{vname}", clean, make(clean)) for vname, make in EVERYWHERE)
    return out


CASES = _cases()


@pytest.mark.parametrize(
    ("name", "clean", "facts"), [r[:3] for r in ROWS], ids=[r[0] for r in ROWS]
)
def test_clean_text_reads_right(name: str, clean: str, facts: set[Reading]) -> None:
    assert readings(clean) == facts


@pytest.mark.parametrize(("name", "clean", "messy"), CASES, ids=[c[0] for c in CASES])
def test_messy_text_reads_as_clean(name: str, clean: str, messy: str) -> None:
    want = readings(clean)
    assert want  # every clean row gives facts, so a variant giving none fails
    assert readings(messy) == want


@pytest.mark.parametrize(
    "delivered",
    [
        "CANADA WILL RAISE ITS DUTY ON CHINESE STEEL TO 25% NEXT MONTH.",
        "Canada will raise its duty on Chinese steel to 25\u00a0per\u00a0cent next month.",
    ],
    ids=["capitals", "no-break-spaces"],
)
def test_evidence_quotes_the_text_as_delivered(delivered: str) -> None:
    facts = extract(delivered, published=PUBLISHED)
    assert facts
    assert all(f.evidence in delivered for f in facts)


def test_evidence_of_a_headline_in_capitals_quotes_it() -> None:
    title = "US RAISES TARIFFS ON CHINESE STEEL TO 25%"
    facts = extract("Officials spoke on Monday.", published=PUBLISHED, title=title)
    assert [f.evidence for f in facts] == [title]
