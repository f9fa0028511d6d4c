"""The extractor's parts: sentences, numbers, names, dates, documents, output, CLI."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import tariffwatch.extract as ex
from tariffwatch.extract import (
    Document,
    explain_fact,
    extract,
    fact_to_spec_json,
    read_documents,
)
from tariffwatch.extract.__main__ import main, run
from tariffwatch.extract.countries import find_mentions
from tariffwatch.extract.dates import effective_date, expiry_date
from tariffwatch.extract.numbers import find_percents
from tariffwatch.extract.sentences import split_sentences
from tariffwatch.model import NegotiationFact, TariffFact


def test_public_api_is_exactly_what_others_import() -> None:
    assert sorted(ex.__all__) == sorted(
        [
            "Document",
            "Fact",
            "UnreadMention",
            "explain_fact",
            "extract",
            "fact_to_spec_json",
            "read_documents",
            "unread_mentions",  # what `tariffwatch unread` lists: what extract() left unread
        ]
    )
    for name in ex.__all__:
        assert hasattr(ex, name)


def test_extractor_imports_no_framework_or_network() -> None:
    import pathlib

    src = pathlib.Path(ex.__file__).parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in src.glob("*.py"))
    for banned in ("prefect", "duckdb", "httpx", "feedparser", "urllib", "socket", "requests"):
        assert f"import {banned}" not in text and f"from {banned}" not in text, banned


# --- sentences ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. raised tariffs to 25%. China replied.",
            ["The U.S. raised tariffs to 25%.", "China replied."],
        ),
        (
            "Tariffs rose on Jan. 5 to 38.1%. Then they fell.",
            ["Tariffs rose on Jan. 5 to 38.1%.", "Then they fell."],
        ),
        (
            "Mr. Trump spoke. He is No. 4 on the list.",
            ["Mr. Trump spoke.", "He is No. 4 on the list."],
        ),
        (
            "“We will respond,” he said. Talks resume.",
            ["“We will respond,” he said.", "Talks resume."],
        ),
        (
            "Tariffs hit goods from the U.S. The move hurt.",
            ["Tariffs hit goods from the U.S.", "The move hurt."],
        ),
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
        ("Donald J. Trump signed it.", ["Donald J. Trump signed it."]),
        ("The U.S. and China met.", ["The U.S. and China met."]),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


# --- numbers -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a 25% tariff", [25.0]),
        ("25 percent", [25.0]),
        ("25 per cent", [25.0]),
        ("twenty-five percent", [25.0]),
        ("one hundred percent", [100.0]),
        ("a tariff of a quarter on", [25.0]),
        ("38.1%", [38.1]),
        ("from 145% to 30%", [145.0, 30.0]),
        ("10-25%", [25.0]),
        ("$200 billion", []),
        ("a quarter of exports", []),
    ],
)
def test_percentages(text: str, values: list[float]) -> None:
    assert [p.value for p in find_percents(text)] == values


def test_percentage_points_are_marked_as_increments() -> None:
    (points, rate) = find_percents("by 25 percentage points to 28%")
    assert points.points and points.value == 25
    assert not rate.points and rate.value == 28


# --- countries ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("U.S.-China talks", ["US", "CN"]),
        ("Bessent and He Lifeng", ["US", "CN"]),
        ("Brussels and Ottawa", ["EU", "CA"]),
        ("Mexico City officials", ["MX"]),
        ("talks in London between the US and Japan", ["US", "JP"]),
        ("Šefčovič met Lutnick", ["EU", "US"]),
        ("the bloc and Britain", ["EU", "GB"]),
        ("Swiss watches and South Korean chips", ["CH", "KR"]),
        ("Viet Nam and the United Kingdom", ["VN", "GB"]),
        ("they told us", []),
    ],
)
def test_country_mentions(text: str, codes: list[str]) -> None:
    assert [m.code for m in find_mentions(text)] == codes


def test_user_aliases_are_merged_with_the_built_in_names() -> None:
    assert [m.code for m in find_mentions("Minister Dlamini said", {"Dlamini": "ZA"})] == ["ZA"]
    facts = extract("Dlamini and Greer agreed to resume trade talks.", aliases={"Dlamini": "za"})
    assert [(f.parties, f.status) for f in facts if isinstance(f, NegotiationFact)] == [
        (("US", "ZA"), "resumed")
    ]


# --- dates -------------------------------------------------------------------


def test_dates_resolve_against_published() -> None:
    sat = date(2025, 2, 1)
    assert effective_date("effective Tuesday", sat, future=True) == date(2025, 2, 4)
    assert effective_date("from April 3", date(2025, 3, 27), future=True) == date(2025, 4, 3)
    assert effective_date("took effect on Monday", sat, future=False) == date(2025, 1, 27)
    assert effective_date("effective Tuesday", None, future=True) is None
    assert expiry_date("for 90 days", date(2025, 5, 14)) == date(2025, 8, 12)
    assert expiry_date("for 90 days", None) is None


def test_fact_dates_only_when_certain() -> None:
    (fact,) = extract(
        "Washington signed off on an extra 15% duty on Indian goods, effective Tuesday.",
        published=date(2025, 2, 1),
    )
    assert isinstance(fact, TariffFact)
    assert fact.effective == date(2025, 2, 4)
    (fact,) = extract(
        "Canada lowered its duty on Korean steel from 60% to 20% for 90 days.",
        published=date(2025, 5, 13),
    )
    assert isinstance(fact, TariffFact)
    assert fact.effective is None and fact.expires is None


# --- property: distractors never become tariff facts ------------------------

_subjects = st.sampled_from(
    [
        "The US trade deficit with China",
        "China's GDP growth",
        "Inflation in Canada",
        "Shares of Toyota",
        "The yuan",
        "Mexico's exports to the US",
        "Japanese consumer prices",
        "The S&P 500",
        "German factory output",
        "Retail sales in Britain",
        "The peso",
        "Brazil's unemployment rate",
        "Tariff revenue",
        "Average US tariffs on Chinese exports",
    ]
)
_verbs = st.sampled_from(
    [
        "rose",
        "fell",
        "narrowed",
        "widened",
        "jumped",
        "slid",
        "grew",
        "shrank",
        "climbed",
        "dropped",
        "eased to",
        "stood at",
        "hit",
    ]
)
_tails = st.sampled_from(
    [
        "",
        " amid tariff fears",
        " after the tariffs took effect",
        " as duties bit",
        " despite the trade truce",
        " in May",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    subject=_subjects,
    verb=_verbs,
    value=st.floats(min_value=0.1, max_value=300, allow_nan=False).map(lambda x: round(x, 1)),
    unit=st.sampled_from(["%", " percent", " per cent"]),
    tail=_tails,
)
def test_moves_of_other_quantities_are_never_rates(
    subject: str, verb: str, value: float, unit: str, tail: str
) -> None:
    text = f"{subject} {verb} {value:g}{unit}{tail}."
    assert [f for f in extract(text, published=date(2025, 6, 1)) if isinstance(f, TariffFact)] == []


@settings(max_examples=200, deadline=None)
@given(
    amount=st.integers(min_value=1, max_value=900),
    who=st.sampled_from(["Chinese", "Mexican", "Canadian", "EU", "Japanese"]),
    verb=st.sampled_from(["cover", "apply to", "hit", "affect"]),
)
def test_coverage_amounts_are_never_rates(amount: int, who: str, verb: str) -> None:
    text = f"The tariffs {verb} ${amount} billion of {who} goods."
    assert extract(text, published=date(2025, 6, 1)) == []


# --- documents and output ----------------------------------------------------


def test_read_json_lines() -> None:
    stream = io.StringIO(
        '{"id": "a", "text": "x", "published": "2025-06-05", "title": "T"}\n\n'
        '{"id": 7, "text": "y", "published": "2025-06-05T10:00:00Z"}\n'
    )
    assert list(read_documents(stream)) == [
        Document("a", "x", date(2025, 6, 5), "T"),
        Document("7", "y", date(2025, 6, 5), None),
    ]


def test_plain_text_is_one_document_even_with_blank_lines() -> None:
    docs = list(read_documents(io.StringIO("First para.\n\nSecond para.\n")))
    assert docs == [Document("1", "First para.\n\nSecond para.")]


def test_bad_json_line_names_its_line_number() -> None:
    stream = io.StringIO('{"id": "a", "text": "x"}\n{"id": "b", "text": \n')
    docs = read_documents(stream)
    next(docs)
    with pytest.raises(ValueError, match="line 2"):
        next(docs)


def test_missing_text_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match='line 1: expected an object with a "text"'):
        list(read_documents(io.StringIO('{"id": "a"}\n')))


def test_spec_json_and_explain() -> None:
    (fact,) = extract("India lifted its duty on US almonds by 20 percentage points to 45%.")
    line = fact_to_spec_json("d15", fact)
    assert line["id"] == "d15" and line["kind"] == "tariff"
    assert (line["imposer"], line["target"], line["new_rate"], line["old_rate"]) == (
        "IN",
        "US",
        45.0,
        25.0,
    )
    text = explain_fact(fact)
    assert "IN->US 45%" in text and "by-points-to" in text and "20 percentage points" in text


def test_module_cli_prints_spec_lines(tmp_path: pytest.TempPathFactory) -> None:
    out, err = io.StringIO(), io.StringIO()
    doc = {
        "id": "x",
        "text": "Ottawa and Washington have agreed to extend the tariff ceasefire.",
        "published": "2025-08-11",
    }
    assert run(io.StringIO(json.dumps(doc) + "\n"), out, err, explain=True) == 0
    (line,) = [json.loads(s) for s in out.getvalue().splitlines()]
    assert line == {
        "id": "x",
        "kind": "negotiation",
        "parties": ["CA", "US"],
        "status": "agreement",
        "current": True,
        "evidence": doc["text"],
        "confidence": line["confidence"],
    }
    assert err.getvalue().startswith("x: talks CA+US agreement")


def test_module_cli_reports_bad_input(capsys: pytest.CaptureFixture[str], tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n{oops\n', encoding="utf-8")
    assert main([str(bad)]) == 2
    assert "line 2" in capsys.readouterr().err


def test_headline_overstatement_gives_way_to_the_body() -> None:
    facts = extract(
        "Trump said he will impose a 50% tariff on EU goods if talks fail.",
        title="Trump imposes 50% tariff on EU goods",
        published=date(2025, 5, 23),
    )
    assert [
        (f.imposer, f.target, f.new_rate, f.status) for f in facts if isinstance(f, TariffFact)
    ] == [("US", "EU", 50.0, "threatened")]


def test_talks_later_in_a_story_do_not_override_its_news() -> None:
    text = (
        "The US and China agreed to resume trade talks on Thursday. "
        "Talks between the two sides had stalled for weeks."
    )
    facts = [f for f in extract(text, published=date(2025, 6, 5)) if isinstance(f, NegotiationFact)]
    assert [(f.status, f.current) for f in facts] == [("resumed", True), ("stalled", False)]
