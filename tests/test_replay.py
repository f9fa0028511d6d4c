"""News streams replayed through the monitor: one alert per real change.

A stream (tests/data/streams/, see replaykit.py) is a run of stories the way a
wire gives them: the news, other outlets repeating it, recaps, totals and
their parts, history, market noise and analysts' averages. Replayed story by
story, the monitor must tell every real move once and nothing else.
"""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime
from itertools import groupby
from xml.sax.saxutils import escape

import pytest

from feedserver import FeedServer, Reply
from receivers import WebhookReceiver
from replaykit import replay, stories
from tariffwatch.config import parse_config
from tariffwatch.pipeline import run_cycle
from tariffwatch.store import Store

STREAMS = [
    "us_china_canada_2025",
    "north_america_2025",
    "eu_japan_india_2025",
    "world_2024_2025",
    "asia_pacific_2020_2025",
    "americas_europe_2018_2025",
    # own words: talks between pairs beyond US-China (capitals, adjectives, a bloc with
    # no member named, a deal signed by a coordinated subject with other countries in
    # a clause after it); before the sides fix .62 precision (5 spurious pairs)
    "own_words_pairs_2026",
]


@pytest.mark.parametrize("name", STREAMS)
def test_a_replayed_stream_tells_each_real_change_once(name):
    result = replay(name)
    assert result.got == result.want, result.report()


# Streams whose misses left are the extractor's hold floors that may only rise.
# own_words_scopes_2018_2025 (own words) tries the scope model: one tariff told by
# its worth, its goods and no goods at all, by several outlets, recaps, starts and
# pauses; left: a list of rates ("almonds 120%, walnuts 120%"), duties "scrapped"
# with no rate.
# own_words_status_2025 (own words) tries status: a retaliation raised step by step,
# each step decided then applied, a truce, a start postponed, recaps ("remains",
# "still paying"); left: "the 125% tariff on certain U.S. chips" is a product entry of
# its own (a product at its pair's broad rate is kept apart: Japan's 15% on cars
# beside its 15% on all goods was a measure of its own).
# eu_uk_asia_2018_2026 was written from other articles and opened after a first
# replay (rate .53, threat .00, talks .77, precision .53 at 9787f0e); left: sides
# read the wrong way round, a deal's rate read as a threat, goods lost ("cars").
# own_words_lifts_2024 (own words) tries lifts: a product lift decided then applied,
# "duties lifted" and "enter tariff-free" with and without a rate to lift, a deal's
# zero; left: "the pulse" for chickpeas, "India's duties on Australian goods were
# lifted" read as nothing, a memorandum on clean energy read as trade talks.
# own_words_moves_2025 (own words) tries follow-ups told without goods: a product's
# move retold as a move of "imports", a pending product cut retold as "exporters will
# pay 10%", a threat settled lower, "paid 20% as recently as 2024" beside the
# current rate.
# own_words_goods_2025 (own words) tries goods told in one number and then another
# ("washing machines", "every washing machine", "washing machine imports"); left:
# "shipped from China to Mexico" read as a US tariff.
# own_words_recaps_2025 (own words) tries recaps that give the rate in force beside
# rates paid before ("who paid 10% as recently as March", "at its peak it paid 20%")
# and a doubling told beside the rate it doubled.
# own_words_followups_2026 (own words, written after the fold changes above, to see
# them carry): "footwear" and "shoes" are one goods since goods21 ("Buenos Aires'
# tariff", read as a US tariff, is read against the state since fold20).
# own_words_talks_2025 (own words) tries talks around a deal: the details worked on
# for days after it, a signing, a new negotiation months later.
# own_words_rounded_2025 (own words) tries rates told in round figures ("38%" for
# 37.8%); the fold reads "builders in Sydney say the tariff..." and "Indian module
# makers are paying 43%", whose sides the extractor guessed wrong, against the state.
# own_words_threats_2025 (own words) tries threats floated, shelved, carried out,
# raised and renewed; the fold reads them as written, and what is left is the
# extractor's: "25% ... and raise it to 50% in a week" read as the 50% alone, and a
# headline with no target ("US sets 40% copper tariff") read as a global tariff.
# own_words_after_2026 (own words, written after all of tonight's fold changes, to
# see them carry: round figures, a deal's details, nothing to lift); left: "each
# walnut shipment now pays 30%" read as nothing.
# own_words_sides_2026 (own words) tries sides read against the state: deals and
# retaliations retold with one side unnamed in the sentence ("Brazilian duties on
# cars will be cut from 35% to 20%"), retaliations in kind told with their levier;
# before the fold read guessed sides against the state .89/1/.67/.72. Left: "will keep
# charging" read as decided, "the Jura" as France, an "auto pact" as a deal.
# own_words_sides_after_2026 (own words, written after that change): unchanged
# .71/1/.50/.75; left: a first telling with its sides reversed ("Kenyan tariffs on
# whisky will drop"), which no state can correct. Talks 1.0 since "an economic
# partnership" is read as a deal (talks21).
# own_words_guessed_2026 (own words) tries a known tariff retold by those it hurts,
# the levier guessed from the story ("tyre dealers in Johannesburg say the 35% duty
# on Chinese tyres..."); before 1/1/1/.67, after 1/1/1/.80; left: a retelling read as a pause.
# own_words_threat_retold_2026 (own words) tries complaints and warnings about a
# duty already decided, read as threats ("fishers warned that the 25% Chinese duty
# on their lobster could..."), beside real threats; before 1/1/1/.70.
# own_words_retold_after_2026 (own words, written after those two changes): before
# 1/0/1/.50, after 1/0/1/.75; "extend a 30% duty to Egyptian sanitary ware" is read
# with its goods since goods21 (a rate applied or extended to goods): 1/1/1/1.
# own_words_goods_forms_2025 (own words, after real stories that name one duty's
# goods in other forms: "Japanese automobiles"/"Japanese cars"/"their vehicles",
# "electric vehicles (EVs)") tries one tariff told in other number, spelling, order
# or words ("tyres"/"tires", "motorcycle imports", "shoes and clothing"/"clothing and
# footwear", "lorries"/"trucks"), goods beside a broad phrase ("a 20% duty on
# American almonds, part of retaliation covering $1.4 billion of US goods"), a law's
# name after the goods; before (bcb9547) .65/1/1/.65, goods identity in the fold
# .84/1/1/.84, goods a rate is applied to and "-ing" goods after "and" .97/1/1/.97;
# left: "Japanese cars now pay 15%" read as nothing.
# own_words_threat_modality_2026 (own words, session 21) tries threats beside rates
# put in place: a hedge of the answer ("is considering countermeasures") beside the
# measure answered, a threat dropped or shelved, a threat carried out; before
# .80/.60/1/.58 (a dropped threat alerted as a move to 0, a shelved one as a pause,
# a chip tariff in force as a threat), after 1/.60/1/.80; with goods21's goods work
# 1/.80/1/.90; left: "salmon over the fishing dispute" read as the goods.
# own_words_one_story_2026 (own words, session 22) tries one story read as one
# telling: a counter-duty's step told beside the move it made ("Canada's 20 percent
# counter-tariff means a kayak ... now pays 28 percent, up from 8 percent"), the same
# move named with its goods the next day, a base beside its total ("10% since April
# and on Friday added another 15%, bringing the total to 25%"), company rates for one
# goods, a venue beside talks; before (6502520) .29/1/.67/.29, after .43/1/.67/.42;
# left, the extractor's: goods told one sentence before a schedule of company rates,
# read as a threat on all goods; "would take measures" read as duties in force; a
# headline "talks end without a deal as duties land" read as a lift and as talks going on.
# regions_us_japan_eu_india_2025 and regions_mexico_eu_china_vietnam_korea_2019_2025
# (session 24, written from real articles by a writer who never saw the rules): the
# fold's tuning streams. On 5bfd665 .46/.75/.67/.51 and .48/0/1/.57; the goods phrase
# ending where the goods end, one key for one product in two wordings, a goods-less
# rate after a deal moving the goods, a total beside its step, talks states told in
# one story took them to .62/.75/.75/.64 and .64/0/1/.71. Left, nearly all the
# extractor's: statuses (decided, in force, paused, threatened), goods not read,
# rates given to the wrong country of a list. A sealed stream (tests/data/sealed)
# moved .60 -> .62 in alert precision with them.
FLOORS = {
    "regions_us_japan_eu_india_2025": {
        "tariff": 0.62,
        "threat": 0.75,
        "negotiation": 0.75,
        "alerts": 0.64,
    },
    "regions_mexico_eu_china_vietnam_korea_2019_2025": {
        "tariff": 0.64,
        "threat": 0.0,
        "negotiation": 1.0,
        "alerts": 0.71,
    },
    "own_words_one_story_2026": {
        "tariff": 0.42,
        "threat": 1.0,
        "negotiation": 0.66,
        "alerts": 0.41,
    },
    "own_words_scopes_2018_2025": {
        "tariff": 0.68,
        "threat": 1.0,
        "negotiation": 1.0,
        "alerts": 0.83,
    },
    "own_words_status_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 0.91},
    "eu_uk_asia_2018_2026": {"tariff": 0.84, "threat": 1.0, "negotiation": 0.76, "alerts": 0.76},
    "own_words_lifts_2024": {"tariff": 0.87, "threat": 1.0, "negotiation": 1.0, "alerts": 0.72},
    "own_words_moves_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_recaps_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_followups_2026": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_talks_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_rounded_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_threats_2025": {"tariff": 1.0, "threat": 0.75, "negotiation": 1.0, "alerts": 0.75},
    "own_words_after_2026": {"tariff": 0.75, "threat": 1.0, "negotiation": 1.0, "alerts": 1.0},
    "own_words_goods_forms_2025": {
        "tariff": 0.96,
        "threat": 1.0,
        "negotiation": 1.0,
        "alerts": 0.96,
    },
    "own_words_goods_2025": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 0.8},
    "own_words_sides_2026": {"tariff": 0.94, "threat": 1.0, "negotiation": 0.66, "alerts": 0.78},
    "own_words_guessed_2026": {"tariff": 1.0, "threat": 1.0, "negotiation": 1.0, "alerts": 0.8},
    "own_words_threat_retold_2026": {
        "tariff": 1.0,
        "threat": 1.0,
        "negotiation": 1.0,
        "alerts": 1.0,
    },
    "own_words_retold_after_2026": {
        "tariff": 1.0,
        "threat": 1.0,
        "negotiation": 1.0,
        "alerts": 1.0,
    },
    "own_words_threat_modality_2026": {
        "tariff": 1.0,
        "threat": 0.8,
        "negotiation": 1.0,
        "alerts": 0.9,
    },
    "own_words_sides_after_2026": {
        "tariff": 0.71,
        "threat": 1.0,
        "negotiation": 1.0,
        "alerts": 0.77,
    },
}


@pytest.mark.parametrize("name", FLOORS)
def test_streams_with_misses_left_keep_their_floors(name):
    result = replay(name)
    floors = FLOORS[name]
    for kind in ("tariff", "threat", "negotiation"):
        assert result.recall(kind) >= floors[kind], (kind, result.report())
    assert result.alert_precision >= floors["alerts"], result.report()


def _rss(items: list[dict]) -> bytes:
    entries = "".join(
        f"<item><title>{escape(s['title'])}</title><guid>urn:story:{s['id']}</guid>"
        f"<link>https://wire.example/{s['id']}</link>"
        f"<pubDate>{format_datetime(_when(s))}</pubDate>"
        f"<description>{escape(s['text'])}</description></item>"
        for s in reversed(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>wire</title><link>https://wire.example/</link>{entries}</channel></rss>"
    ).encode()


def _when(story: dict) -> datetime:
    return datetime.fromisoformat(story["published"].replace("Z", "+00:00"))


def test_the_whole_monitor_alerts_a_replayed_stream_once_per_change(tmp_path):
    """The same stream, a day of stories a cycle, through fetch, store, extract,
    fold and a real webhook: the alerts are the pure replay's changes, once."""
    name = STREAMS[0]
    want = replay(name).changes
    with FeedServer() as feeds, WebhookReceiver() as hook:
        config = parse_config(
            {
                "storage": {"path": str(tmp_path / "tw.duckdb")},
                "seeds": {"path": str(tmp_path / "no-seeds")},
                "fetch": {"timeout": 2.0, "interval_minutes": 0.0, "retries": 0},
                "feeds": [{"name": "wire", "url": feeds.url("/wire.xml")}],
                "routes": [{"name": "hook", "url": hook.url()}],
            },
            path=None,
            environ={},
        )
        published: list[dict] = []
        for _, day in groupby(stories(name), key=lambda s: s["published"][:10]):
            published += list(day)
            feeds.route("/wire.xml", Reply(body=_rss(published[-10:])))
            run_cycle(config)
        with Store.open(config.storage.path) as store:
            got = [c for _, c in store.changes_since(0)]
    assert [(c.state_key, c.new_rate, c.new_status) for c in got] == [
        (c.state_key, c.new_rate, c.new_status) for c in want
    ]
    assert len(hook.posts) == len(want)
