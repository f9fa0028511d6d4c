"""Rate mentions the rules could not read: listed for a human, never dropped silently.

A sentence with a tariff word, a percentage and a country that gave no fact for
that percentage is an unread rate mention (extract/unread.py). The tables below
say, in the news' own words, what is one and what is none; then the store keeps
them beside the facts, `tariffwatch unread` shows them, a run counts them and
`rebuild` recomputes them.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tariffwatch.cli import app
from tariffwatch.commands.unread import unread_data
from tariffwatch.config import Config, parse_config
from tariffwatch.extract import extract, unread_mentions
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.numbers import find_percents
from tariffwatch.extract.tariffs import firm_rate, no_rate_reason
from tariffwatch.model import Item, UnreadMention
from tariffwatch.pipeline import run_cycle
from tariffwatch.store import Store

PUBLISHED = date(2025, 6, 2)
runner = CliRunner()


def listed(text: str, title: str | None = None) -> list[tuple[float, str]]:
    """(value, text) of each unread mention of a story, read as the pipeline reads it."""
    facts = extract(text, published=PUBLISHED, title=title)
    return [(m.value, m.text) for m in unread_mentions(text, facts, title=title)]


# -- what is a mention, what is none -------------------------------------------------------

MENTIONS = [
    # a rate with a country that no fact was read for: the rules found no side
    (
        "Officials in Ottawa said duties of 35.3% would be a fair answer to China.",
        [(35.3, "35.3%")],
    ),
    ("Mexico's tariff of 25% is the one that matters most, Sheinbaum said.", [(25.0, "25%")]),
    # one rate of two read: the other is listed, alone
    (
        "Officials in Ottawa said duties of 15% on steel and 41% on aluminium would answer China.",
        [(15.0, "15%")],
    ),
    # a range no fact holds is one mention, at its top (as a fact would hold it)
    (
        "Trump set rates ranging from 15% to 41% on dozens of countries, while Mexico was "
        "given a 90-day extension under its current tariff terms.",
        [(41.0, "15% to 41%")],
    ),
    # a money word before the tariff word does not own the rate after it
    (
        "As the dollar slid, officials in Ottawa said duties of 35.3% would be a fair "
        "answer to China.",
        [(35.3, "35.3%")],
    ),
    # a comparison later in the sentence, not right after the rate, leaves it a rate
    (
        "As the dollar slid, officials in Ottawa said duties of 35.3%, higher than "
        "Washington's, would be a fair answer to China.",
        [(35.3, "35.3%")],
    ),
]
NONE = [
    # read as a fact: no mention
    "Canada imposed a 25% tariff on US steel on Friday.",
    "Ottawa said the tariffs on China would rise from 10% to 25%.",  # old and new both read
    "Ottawa said the tariffs on China would be 35.3% to 40%.",  # a range read at its top
    "India's retaliatory tariffs range from 10% to 50% and fall mostly on farm goods.",
    # a stock, a currency, a pace, a policy rate: no tariff rate
    "Shares of Chinese exporters fell 3% after the United States announced new tariffs.",
    "The yuan fell 0.5% as the United States weighed new tariffs.",
    "China's economy grew at a 5.2% annual rate despite US tariffs.",
    "The Bank of Canada cut its benchmark interest rate to 3% as US tariffs weighed on growth.",
    "Officials in Ottawa said duties would rise, and the dollar fell 1.2% against China's yuan.",
    # a quantity compared
    "The European Union took 27% less American whiskey last year because of its tariffs.",
    # an increment in points is never a rate
    "Tariffs on Chinese goods rose by 10 percentage points, the United States said.",
    # firms' rates beside the highest, which is the fact (SPEC: the highest per pair)
    "The European Union set duties of 17% for BYD, 18.8% for Geely and 35.3% for SAIC on "
    "electric cars from China.",
    # no country named: nothing to review it against
    "Duties of 35.3% would be a fair answer, officials said.",
    # no tariff word
    "Officials in Ottawa said 35.3% of exports go to China.",
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS, ids=[t[:50] for t, _ in MENTIONS])
def test_a_rate_with_a_country_that_gave_no_fact_is_a_mention(text, expected):
    assert listed(text) == expected


@pytest.mark.parametrize("text", NONE, ids=[t[:50] for t in NONE])
def test_what_is_read_or_no_tariff_rate_is_no_mention(text):
    assert listed(text) == []


def test_a_mention_names_its_sentence_as_delivered_and_its_countries_once():
    text = (
        "Talks went on. Officials in Ottawa said duties of 35.3% would be a fair answer to China."
    )
    (mention,) = unread_mentions(text, extract(text, published=PUBLISHED))
    assert mention == UnreadMention(
        sentence="Officials in Ottawa said duties of 35.3% would be a fair answer to China.",
        value=35.3,
        text="35.3%",
        countries=("CA", "CN"),
    )


# A fact of another sentence covers a repeat only when it names the fact's goods' country.
COVERED_ELSEWHERE = [
    (
        "The United States raised its tariff on Canadian steel to 50% on Monday. "
        "Steelmakers in Canada said the 50% duty would cost jobs.",
        [],
    ),
    (
        "The United States raised its tariff on Canadian steel to 50% on Monday. "
        "Officials in Mexico said a 50% duty would be a fair answer, Ottawa added.",
        [],  # read as a fact of its own (US->MX): the sentence has a fact
    ),
]


@pytest.mark.parametrize(("text", "expected"), COVERED_ELSEWHERE)
def test_a_repeat_of_a_read_rate_for_the_same_goods_is_no_mention(text, expected):
    assert listed(text) == expected


def test_a_headline_is_covered_by_the_bodys_fact_of_its_rate():
    # the headline's own fact gives way to the body's: its rate was read all the same
    body = "The United States will raise its tariff on Chinese steel to 50% from Monday."
    assert listed(body, title="Steel from China to face 50% tariff") == []
    assert listed(body, title="US to hit China with 50% steel tariff") == []


# -- the filters, in their own words, with their near misses --------------------------------


def reason(sentence: str) -> str | None:
    low = sentence.lower()
    return no_rate_reason(low, find_percents(low)[0])


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("shares of steelmakers fell 3% on the tariff news", "move"),
        ("the economy grew at a 2.4% annual rate despite tariffs", "pace"),
        ("exports make up 40% of the tariff-hit trade", "share"),
        ("tariffs were raised by 10% on canada", "increment"),
        ("average tariffs now stand at 24% on chinese goods", "estimate"),
        ("analysts expect duties on chinese goods to settle at around 40%", "forecast"),
        ("the bank cut its rate to 3% as tariffs bite", "money"),
        ("tariffs weigh on the peso, with bond yields at 9.5%", "money"),
        # near misses: the same words elsewhere leave the rate a rate
        ("as the dollar slid, canada put duties of 35.3% on chinese cars", None),
        ("canada put duties of 35.3% on chinese cars, as shares fell", None),
        ("canada will face a lower 10% tariff", None),
        ("the tariffs on canada rose to 35%", None),
    ],
)
def test_the_rules_own_tests_say_why_a_percentage_is_no_rate(sentence, why):
    assert reason(sentence) == why


@pytest.mark.parametrize(
    ("sentence", "firm"),
    [
        ("duties of 17.4% for BYD and 19.9% for Geely", True),
        ("non-cooperating exporters pay 35.3%", True),
        ("duties of 25% for Canada", False),  # a country, not a firm
        ("duties of 12% for the first year", False),  # a step in time
    ],
)
def test_a_firms_rate_is_told_from_a_countrys(sentence, firm):
    p = find_percents(sentence.lower())[0]
    assert firm_rate(sentence, p, find_mentions(sentence)) is firm


# -- listed when asked, from what is stored -------------------------------------------------

NOW = datetime(2025, 6, 3, 12, tzinfo=UTC)
STORY = Item(
    key="guid:ottawa",
    source="wire",
    title="Ottawa weighs its answer",
    text=(
        "Officials in Ottawa said duties of 35.3% would be a fair answer to China. "
        "Canada imposed a 25% tariff on US steel on Friday."
    ),
    published=datetime(2025, 6, 2, 9, tzinfo=UTC),
    link="https://news.example/ottawa",
    content_hash="h-ottawa",
)
MENTION = UnreadMention(
    "Officials in Ottawa said duties of 35.3% would be a fair answer to China.",
    35.3,
    "35.3%",
    ("CA", "CN"),
)


def seeded_config(tmp_path: Path) -> Config:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ottawa.txt").write_text(STORY.text, encoding="utf-8")
    meta = {
        "title": STORY.title,
        "source": "wire",
        "published": STORY.published.isoformat(),
        "link": STORY.link,
        "guid": "seed:ottawa",
    }
    (seeds / "ottawa.json").write_text(json.dumps(meta), encoding="utf-8")
    raw = {
        "storage": {"path": str(tmp_path / "tw.duckdb")},
        "seeds": {"path": str(seeds)},
        "routes": [{"name": "desk", "url": "json://127.0.0.1:9/x"}],
    }
    return parse_config(raw, path=None, environ={})


def write_toml(tmp_path: Path, config: Config) -> Path:
    path = tmp_path / "tw.toml"
    path.write_text(
        f'[storage]\npath = "{config.storage.path}"\n[seeds]\npath = "{config.seeds.path}"\n'
    )
    return path


def test_a_cycles_items_are_listed_when_asked_and_never_alerted(tmp_path):
    config = seeded_config(tmp_path)
    sent: list[str] = []
    summary = run_cycle(config, sender=lambda route, message: sent.append(message.title), now=NOW)
    assert summary["changes"] == 1 and len(sent) == 1  # the 25% read; the 35.3% alerts no one
    with Store.open(config.storage.path) as store:
        assert all("35.3" not in e.evidence for e in store.all_state())
    toml = write_toml(tmp_path, config)

    result = runner.invoke(app, ["unread", "--json", "--config", str(toml)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [
        {
            "published": "2025-06-02 09:00:00+00:00",
            "source": "seeds",
            "rates": [{"value": 35.3, "text": "35.3%"}],
            "countries": ["CA", "CN"],
            "sentence": MENTION.sentence,
            "link": STORY.link,
            "item_key": "guid:seed:ottawa",
        }
    ]
    table = runner.invoke(app, ["unread", "--config", str(toml)], env={"COLUMNS": "200"})
    assert table.exit_code == 0 and "35.3%" in table.stdout and "CA CN" in table.stdout
    recent = runner.invoke(app, ["unread", "--since", "1", "--config", str(toml)])
    assert recent.stdout.strip() == "No rate mention left unread in the last 1 day."


def test_the_list_is_made_from_the_stored_facts_as_extract_gave_them(tmp_path):
    # What the command lists of a stored item is what unread_mentions gives on the
    # facts extract() read of it: a fact read later (rebuild, model engine) is heeded.
    config = seeded_config(tmp_path)
    run_cycle(config, sender=lambda route, message: None, now=NOW)
    (row,) = unread_data(config, days=None, now=NOW)
    facts = extract(STORY.text, published=PUBLISHED, title=STORY.title)
    assert [r["value"] for r in row["rates"]] == [
        m.value for m in unread_mentions(STORY.text, facts, title=STORY.title)
    ]
    with Store.open(config.storage.path) as store:
        store.save_facts({row["item_key"]: (STORY, [])})  # as if nothing had been read
    listed = unread_data(config, days=None, now=NOW)
    assert sorted(r["rates"][0]["value"] for r in listed) == [25.0, 35.3]


def test_an_item_not_read_yet_is_not_listed(tmp_path):
    config = seeded_config(tmp_path)
    with Store.open(config.storage.path) as store:
        store.add_items([STORY], fetched_at=NOW)  # queued for the extract stage
    assert unread_data(config, days=None, now=NOW) == []
