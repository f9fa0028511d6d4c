"""The fast paths give exactly what the plain regex scans give.

Each speed-up (sentences found around hits, percentages read near their units,
clause breaks tried at their marks, country names without a lookbehind, story
hits checked at word edges) is compared with the straightforward scan it
replaced, on the labelled cases and on seeded random strings of the tricky
characters.
"""

from __future__ import annotations

import ast
import itertools
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tariffwatch.extract import (
    countries,
    cues,
    dates,
    hits,
    negotiations,
    numbers,
    tariffs,
    zeros,
)
from tariffwatch.extract.sentences import sentence_at, sentence_spans

CASES = Path(__file__).parent / "data" / "extract" / "cases.jsonl"
TEXTS = [json.loads(line)["text"] for line in CASES.read_text(encoding="utf-8").splitlines()]


def _random_texts(tokens: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(1, 40))) for _ in range(n)]


def test_sentence_at_is_the_span_sentence_spans_gives() -> None:
    tokens = ["a", " ", ".", "!", "?", "\n", '"', ")", "U.S.", " the ", "No. ", "4", "Jan. ", "A"]
    for text in TEXTS + _random_texts(tokens, 1500, 1):
        spans = sentence_spans(text)
        for pos, ch in enumerate(text):
            if ch.isspace() or ch in ".!?\"”’')]":
                continue
            want = next(s for s in spans if s[0] <= pos < s[1])
            assert sentence_at(text, pos) == want, (text, pos)
            # Read front to back, as extract() does: the end of any earlier
            # sentence given may bound the search back.
            for before in spans:
                if before[1] <= pos:
                    assert sentence_at(text, pos, after=before[1]) == want, (text, pos, before)


def test_percents_near_units_are_the_full_scan() -> None:
    tokens = [
        "5",
        "12.5",
        " ",
        "%",
        " percent",
        " per cent",
        "pct",
        " points",
        " pp",
        "-",
        " percentage points",
        "a quarter",
        " of",
        "twenty-five",
        " to ",
        "from ",
        "x",
        "$",
    ]
    for text in TEXTS + [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 2):
        full = [(m.start(), m.end()) for m in numbers.PERCENT_RE.finditer(text)]
        fast = [(p.start, p.end) for p in numbers.find_percents(text)]
        assert fast == full, text


def test_clauses_tried_at_marks_are_the_full_scan() -> None:
    tokens = [
        ";",
        ":",
        " ",
        ",",
        "—",
        "–",
        "--",
        "while",
        "whereas",
        "and",
        "but",
        "x",
        "according to",
        "meanwhile",
        " - ",
    ]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 3):
        cuts = [0, *(m.start() for m in cues.CLAUSE_BREAK.finditer(text)), len(text)]
        want = [(a, b) for a, b in itertools.pairwise(cuts) if b > a] or [(0, len(text))]
        assert tariffs._clauses(text) == want, text


def test_country_names_without_lookbehind_are_the_same_mentions() -> None:
    slow = re.compile(r"(?<![\w.])(?:" + countries.trie_pattern(countries._BASE) + r")(?!\w)")
    tokens = [
        "US",
        "U.S.",
        "United States",
        "States",
        "x",
        " ",
        ".",
        "China",
        "Chinese",
        "Mexico City",
        "Mexico",
        "the bloc",
        "a",
        "India",
        "_",
        "9",
        "in ",
    ]
    for text in TEXTS + _random_texts(tokens, 3000, 4):
        want = [
            (m.start(), m.end())
            for m in slow.finditer(text)
            if not (
                countries._BASE[m.group()][1] == countries.SEAT
                and countries._VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
        ]
        assert [(m.start, m.end) for m in countries.find_mentions(text)] == want, text


def test_story_hits_agree_with_the_sentence_patterns() -> None:
    tokens = [
        "5",
        " ",
        "%",
        "percent",
        "per cent",
        "pct",
        "points",
        "appointed",
        "quarter",
        "x",
        "talks",
        "stalks",
        "deal",
        "ideal",
        "round",
        "around",
        "met",
        "metal",
        "negotiate",
        "negotiat",
        "_",
    ]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 5):
        assert bool(hits.percent_hits(text)) == bool(numbers.percent_hint().search(text)), text
    zero_tokens = ["scrap ", "lift ", "its ", "tariffs", "zero", "-for-", "free of ", "without "]
    zero_tokens += ["duty-free", "face no ", "exempt from the ", "to zero", "5", "%", " ", "x"]
    for text in [t.lower() for t in TEXTS] + _random_texts(zero_tokens, 3000, 13):
        assert numbers.has_percent_hint(text) == bool(numbers.percent_hint().search(text)), text
        assert bool(hits.talk_hits(text)) == bool(negotiations.TALK_NOUN.search(text)), text


def test_verbs_found_before_units_are_the_full_scan() -> None:
    """The tariff verbs searched only in the stretches before a unit are those a
    scan of the whole story keeps with a unit within reach after them."""
    tokens = ["pay", "face", "it was ", "subject to", "get", " ", "x", "5", "%", "cent", "pc"]
    tokens += ["tax", "e" * 30, "\n"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 10):
        full = sorted(
            i
            for needle in hits._VERB_LITERALS
            for i in hits._finds(text, needle)
            if hits._unit_near(text, i)
        )
        assert sorted(hits._verb_hits(text, hits.find_units(text))) == full, text


def test_talk_words_after_a_non_word_character_are_the_boundary_scan() -> None:
    full = re.compile(r"\b(?:" + hits._TALK_WORD + ")")
    tokens = ["talks", "stalks", "deal", "ideal", "met", "metal", "negotiat", "ing", " ", "-"]
    tokens += ["_", "\n", "é", "statement", "joint ", "working", " on", "won", " cuts"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 11):
        want = []
        for m in full.finditer(text):
            e = m.end()
            after = e < len(text) and hits._word_char(text[e])
            if after == (m.group() == "negotiat") and (
                m.group() not in hits._PHRASE_WORDS
                or hits._in_phrase(text, m.group(), m.start(), e)
            ):
                want.append(m.start())
        assert hits.talk_hits(text) == want, text


def test_rate_lists_tried_where_a_list_goes_on_are_every_number_tried() -> None:
    """Rate lists tried only after a rate a list can go on from, and line labels
    only with a mark in reach, are those found by trying every rate's number."""

    def every_number(low: str) -> list[int]:
        out: list[int] = []
        for i in [*hits.find_units(low).percent_signs, *hits.find_units(low).cents]:
            line = low.rfind("\n", 0, i) + 1
            dot = low.rfind(". ", max(line, i - 50), i)
            start = dot + 2 if dot >= 0 else line
            if i - start <= 48 and (":" in low[start:i] or "-" in low[start:i]):
                stop = hits._line_end(low, i)
                dot = low.find(". ", i, stop)
                if hits.RATE_LIST.match(low[start : dot + 1 if dot >= 0 else stop]):
                    out.append(start)
                    continue
            j = i
            while j > 0 and (low[j - 1].isdigit() or low[j - 1] in ". per"):
                j -= 1
            while j < i and not low[j].isdigit():
                j += 1
            seg = low[i : i + 50]
            listing = "," in seg or ";" in seg or " and " in seg
            if ((listing and re.search(r"\d", seg)) or "baseline" in seg) and (
                j < i and hits.RATE_LIST.match(low, j)
            ):
                out.append(j)
        return out

    tokens = ["5", "38.1", "1234", "%", " %", " per cent", " percent", "age", " ", "\n"]
    tokens += [",", ";", " and ", ")", "(", " on ", " for ", "canada", "the ", "baseline"]
    tokens += ["reciprocal ", ":", "-", "–", ". ", "x", "é"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 17):
        assert hits._rate_list_hits(text, hits.find_units(text)) == every_number(text), text


def test_zero_stems_looked_for_in_ranges_are_the_whole_scan() -> None:
    tokens = ["lift ", "scrap ", "them", "zero", "-for-", "free of ", "without ", " no "]
    tokens += ["none ", "nothing ", "exempt from the ", "duty-free", "to zero", "tariffs"]
    tokens += [" on ", ", ", "its ", "\n", " ", "5", "%", "x"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 18):
        lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        for wanted in (set(lines[::2]), set(lines[1::3])):
            whole = [i for i in zeros.zero_hits(text) if text.rfind("\n", 0, i) + 1 in wanted]
            assert zeros.zero_hits(text, wanted) == whole, text


def test_tariff_literals_found_through_shared_scans_are_one_find_each() -> None:
    tokens = ["tariff", "duty", "duties", "dut", "levy", "levies", "import", " tax", "%"]
    tokens += ["percent", "per cent", "surtax", "surcharge", "counter", "-", "measure", " ", "x"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 19):
        want = sorted(i for literal in hits._TARIFF_LITERALS for i in hits._finds(text, literal))
        got = sorted(hits._literal_hits(text))
        assert got == want, text


def test_tariff_hits_cover_every_tariff_word() -> None:
    tokens = [
        "rate",
        "rates",
        " on ",
        " for ",
        "reciprocal ",
        "baseline ",
        "interest ",
        "x",
        "tariff",
        "duty-free",
        "duties",
        "levy",
        "import tax",
        "surtax",
        "import surcharge",
        "corporate",
        " ",
        "counter-tariff",
        "onward",
        "_",
    ]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 6):
        at = hits.tariff_hits(text)
        for m in cues.TARIFF_WORD.finditer(text):
            # "tariff rate" is found as "tariff": a hit within the words of the match
            assert any(m.start() - 7 <= i < m.end() for i in at), (text, m.group())


def test_status_gates_hold_every_match() -> None:
    for text in [t.lower() for t in TEXTS]:
        if cues.TOOK_EFFECT.search(text):
            assert cues.has_any(text, cues.TOOK_EFFECT_STEMS), text
        if cues.PAUSED.search(text):
            assert cues.has_any(text, cues.PAUSED_STEMS), text


def test_literal_gates_hold_every_match_they_guard() -> None:
    for text in [t.lower() for t in TEXTS]:
        if cues.BACKGROUND.search(text):
            assert cues.has_any(text, cues.BACKGROUND_STEMS), text
        if any(p.search(text) for p, _ in tariffs._MULTIPLIER):
            assert cues.has_any(text, tariffs._MULTIPLIER_STEMS), text
        if dates.EFFECTIVE_RE.search(text):
            assert any(stem in text for stem in dates._DATE_STEMS), text


def test_stem_gate_is_has_any_per_group() -> None:
    """One pass of ``cues.StemGate`` gives, per group, what ``has_any`` gives,
    with stems that overlap, nest ("agree", "agreed by") and hold blanks."""
    from tariffwatch.extract import talks_cues

    groups = [stems for _, stems, _, _ in talks_cues.CUES]
    gate = cues.StemGate(groups)
    stems = sorted({s for g in groups for s in g})
    tokens = [*stems, " ", ",", ".", "a", "e", "d", "s", "ing"]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 1500, 7):
        mask = gate.groups(text)
        for i, g in enumerate(groups):
            assert bool(mask >> i & 1) == cues.has_any(text, g), (text, g)
    nested = cues.StemGate([("ab",), ("abc",), ("bcd",), ("x y",), ()])
    for text, want in [
        ("abcd", 0b0111),
        ("ab", 0b0001),
        ("x y", 0b1000),
        ("xy", 0),
        ("", 0),
    ]:
        assert nested.groups(text) == want, text


def test_percents_tried_at_number_starts_are_finditer() -> None:
    """PERCENT_RE tried only where a number or "a quarter" can start gives what
    finditer gives over the same span, number words and ranges included."""
    tokens = [
        "5",
        "38.1",
        "3,521",
        " ",
        "%",
        " percent",
        "-",
        " and ",
        " or ",
        " to ",
        "a ",
        "a-",
        "one",
        "quarter",
        " hundred",
        "twenty",
        "seven",
        "seventeen",
        "teen",
        "zero",
        " points",
        "pc",
        "x",
        ".",
        "$",
        ",",
    ]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 3000, 8):
        for a, b in [(0, len(text)), (len(text) // 3, len(text))]:
            full = [(m.start(), m.end()) for m in numbers.PERCENT_RE.finditer(text, a, b)]
            fast = [(m.start(), m.end()) for m in numbers._matches(text, a, b)]
            assert fast == full, (text, a, b)


def _rule_modules() -> list[object]:
    from tariffwatch.extract import (
        context,
        lists,
        old_rates,
        roles,
        status,
        story_status,
        talks_cues,
        zeros,
    )

    return [
        cues,
        context,
        dates,
        lists,
        negotiations,
        old_rates,
        roles,
        status,
        story_status,
        talks_cues,
        tariffs,
        zeros,
    ]


def test_first_char_gates_keep_every_match() -> None:
    """Each pattern in the form the engine skips through (cues.first_char_gate,
    cues.gate_patterns) finds what it finds as written, with search, match and
    finditer, on the labelled texts and on random ones made of the words the
    cues start with."""
    gated = {
        f"{mod.__name__}.{name}": p  # type: ignore[attr-defined]
        for mod in _rule_modules()
        for name, p in vars(mod).items()
        if isinstance(p, re.Pattern) and cues.as_written(p) is not p
    }
    for name in ("TARIFF_WORD", "DISTRACTOR", "THREAT", "ANNOUNCED", "BACKGROUND"):
        assert f"tariffwatch.extract.cues.{name}" in gated
    assert len(gated) > 200
    tokens = [
        " ",
        ", ",
        "the ",
        "tariff",
        "s",
        "rate",
        " on ",
        "duty",
        "-free",
        "reciprocal ",
        "import ",
        "surcharge",
        "10",
        "% ",
        "will ",
        "would ",
        "'ll",
        "took effect",
        "had been ",
        "raised",
        "threatened",
        "prices",
        "x",
        "2019",
        "under the deal",
        "counter",
        "measures of 5",
        "by ",
        "talks",
        "with ",
    ]
    texts = [t.lower() for t in TEXTS] + _random_texts(tokens, 300, 9)
    for name, p in gated.items():
        full = cues.as_written(p)
        for text in texts:
            assert [m.span() for m in p.finditer(text)] == [
                m.span() for m in full.finditer(text)
            ], (name, text)
            for pos in range(0, len(text), 7):
                a, b = p.match(text, pos), full.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (name, text, pos)
                a, b = p.search(text, 0, pos), full.search(text, 0, pos)
                assert (a and a.span()) == (b and b.span()), (name, text, pos)


def test_letter_first_moves_each_test_behind_the_letter() -> None:
    assert cues.letter_first(r"\bby\s+(?:the\s+)?$") == r"b(?<=\bb)y\s+(?:the\s+)?$"
    # gathered by first letter, in their order; a group opened up by first letter
    assert cues.letter_first(r"\b(?:tax|duty|tariff)\b|(?:da|tb)y") == (
        r"t(?:(?<=\bt)(?:ax|ariff)\b|by)|d(?:(?<=\bd)uty\b|ay)"
    )
    # lookbehinds in front of the letter, shared ones run once; an opening group
    # keeps what follows it written once
    assert cues.letter_first(r"\b(?<!not\s)(?:raised|rose)\s+by") == (
        r"(?:r(?<=\br)(?<!(?:not\s)r)(?:aised|ose))\s+by"
    )
    # "(?:X)?R" is X then R, then R alone
    assert cues.letter_first(r"(?:a\s)?b") == r"a\sb|b"
    for unled in (r"\d+%", r"\b\w+", r"a?b", r"(?:ab)*c", r"(?:a|b)?(c)", r"[ab]c", r"^ab"):
        assert cues.letter_first(unled) is None, unled
    plain = re.compile(
        r"\b(?:(?<=x )rates?|(?<=\bthe\s)rate(?=\s+\d)|(?<=%\s)s\w*|(?:a|the)\s+rate)\b|"
        r"(?:5\s)?%|b(?:y|e)"
    )
    source = cues.letter_first(plain.pattern)
    assert source is not None
    led = re.compile(source)
    tokens = ["x ", "the ", "rate", "s", " ", "5", "% ", "xrate", "a", "by", "be", "%"]
    for text in _random_texts(tokens, 2000, 12):
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lookbehinds_led_by_their_letter_match_the_same() -> None:
    assert cues.lead_with_letters(r"a|(?<=x )rates?|(?<=\d%)s|(?<=y)b?|(?<=(?:p|q))z") == (
        r"a|r(?<=(?:x )r)ates?|s(?<=(?:\d%)s)|(?<=y)b?|(?<=(?:p|q))z"
    )
    plain = re.compile(r"\b(?:(?<=x )rates?|(?<=\bthe\s)rate(?=\s+\d)|(?<=%\s)s\w*)\b")
    led = re.compile(cues.lead_with_letters(plain.pattern))
    tokens = ["x ", "the ", "rate", "s", " ", "5", "% ", "xrate", "a"]
    for text in _random_texts(tokens, 2000, 12):
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_required_literals_are_in_every_match() -> None:
    """A talks row is skipped when a literal its pattern needs is missing: every
    match holds one literal of each set, on the labelled texts and random ones."""
    from tariffwatch.extract import talks_cues

    assert cues.required_literals(re.compile(r"ab(?:cde|fgh)\s+(?:xyz)?w+")) == [("cde", "fgh")]
    assert cues.required_literals(re.compile(r"(?i)talks")) == []
    assert cues.required_literals(re.compile(r"a(?=bcd)|efg")) == []
    rows = [(p, cues.required_literals(p)) for _, _, p, _ in talks_cues.CUES]
    assert sum(map(len, (sets for _, sets in rows))) > len(rows)
    words = sorted({w for _, sets in rows for s in sets for w in s})
    tokens = [*words, " ", "the ", "s ", "ed ", ", ", "talks", "deal", "agreed", "to ", "on "]
    for text in [t.lower() for t in TEXTS] + _random_texts(tokens, 1500, 14):
        for p, sets in rows:
            if p.search(text):
                assert all(any(w in text for w in s) for s in sets), (p.pattern[:60], text)


def test_first_char_gate_lists_only_what_it_can() -> None:
    listed = cues.first_char_gate(re.compile(r"\b(?:ab|(?<=x )cd?|e*f)\b"))
    assert listed.pattern.startswith("(?=[acef])")
    for unlisted in (r"\d+%", r"[^.]x", r"a?", r"(?i)tariff", r"\bx|.y"):
        p = re.compile(unlisted)
        assert cues.first_char_gate(p) is p, unlisted


def _literal_gated() -> list[tuple[str, cues.LiteralGated]]:
    from tariffwatch.extract import roles

    return [
        (f"{mod.__name__}.{name}", value)
        for mod in (roles, negotiations, tariffs, cues)
        for name, value in vars(mod).items()
        if isinstance(value, cues.LiteralGated)
    ]


class _BothWays:
    """Stands in for a gated pattern: answers as the pattern alone and checks
    that the gate answers the same, counting the matches seen."""

    def __init__(self, name: str, gated: cues.LiteralGated) -> None:
        self.name, self.gated, self.matches = name, gated, 0

    def _both(self, how: str, string: str, pos: int, endpos: int) -> re.Match[str] | None:
        want = getattr(self.gated.pattern, how)(string, pos, endpos)
        got = getattr(self.gated, how)(string, pos, endpos)
        assert (got and got.span()) == (want and want.span()), (self.name, how, string, pos)
        self.matches += want is not None
        return want  # type: ignore[no-any-return]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._both("search", string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._both("match", string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        want = list(self.gated.pattern.finditer(string, pos, endpos))
        got = list(self.gated.finditer(string, pos, endpos))
        assert [m.span() for m in got] == [m.span() for m in want], (self.name, string)
        self.matches += len(want)
        return iter(want)


def _table_test_strings() -> list[str]:
    """The sentences of the extraction table tests: the rules' own wordings."""
    out: dict[str, None] = {}
    for path in sorted(Path(__file__).parent.glob("test_extract_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and len(text) >= 30 and " " in text:
                out[text] = None
    return list(out)


def test_literal_gated_patterns_find_what_the_pattern_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A rule pattern behind its literal gate (cues.LiteralGated) gives what the
    pattern alone gives: on every call the rules make while reading the labelled
    texts, and on the stretches before and after every word of them (the rules
    call them on the words before a mention, "...$", or after one, "^...")."""
    from tariffwatch.extract import extract, roles, status

    with pytest.raises(ValueError):
        cues.LiteralGated(re.compile(r"\s+\w+"))
    checks: list[_BothWays] = []
    for mod in (roles, negotiations, tariffs, status, cues):
        for name, value in list(vars(mod).items()):
            if isinstance(value, cues.LiteralGated):
                checks.append(_BothWays(f"{mod.__name__}.{name}", value))
                monkeypatch.setattr(mod, name, checks[-1])
    assert len(checks) >= 29
    texts = TEXTS + _table_test_strings()
    for i, text in enumerate(texts):
        extract(text)
        if i % 8:
            continue  # the stretches of every eighth text: enough, and fast
        for low in (text, text.lower()):
            for c in (m.start() for m in re.finditer(r"\b", low)):
                for check in checks:
                    check.search(low[:c])
                    check.match(low[c:])
                    check.search(low, c, c + 80)
    assert all(c.matches for c in checks), [c.name for c in checks if not c.matches]


def test_window_gate_finds_what_each_pattern_finds() -> None:
    """roles._BEFORE (cues.WindowGate) searches a pattern only where its literals
    are: the same matches as the pattern alone, on the words before every word of
    the labelled texts; and it holds the very objects _role names (a pattern it
    does not hold would be searched ungated: right, but slow)."""
    from tariffwatch.extract import roles

    with pytest.raises(ValueError):
        cues.WindowGate([re.compile(r"\s+\w+")])
    held = [v for v in vars(roles).values() if id(v) in roles._BEFORE._needs]
    assert len(held) == 30
    stray = re.compile(r"\bby\s+$")
    assert roles._BEFORE.window("sold by ").search(stray) is not None  # searched as is
    found = 0
    for text in (TEXTS + _table_test_strings())[::4]:
        for c in (m.start() for m in re.finditer(r"\b", text)):
            left = text[max(0, c - 60) : c]
            window = roles._BEFORE.window(left)
            for p in held:
                want = p.search(left)
                got = window.search(p)
                assert (got and got.span()) == (want and want.span()), (p, left)
                found += want is not None
    assert found


def test_later_start_split_out_next_is_the_story_scan() -> None:
    """story_status._later_start splits out only the sentences right after a
    rate; what it finds is what a scan of every sentence of the story finds."""
    from datetime import date

    from tariffwatch.extract import story_status as ss

    published = date(2025, 5, 1)

    def story_scan(text: str) -> list[tuple[int, date]]:
        starts = []
        for a, b in sentence_spans(text):
            low = cues.lower(text[a:b].strip())
            if ss._PCT.search(low) or ss._LATER_START.match(low) is None:
                continue
            when = dates.effective_date(low, published, future=True)
            if when is not None and when > published:
                starts.append((a, when))
        return starts

    tokens = [
        "The lower rate applies from May 21",
        "The new duties take effect on June 3",
        "Its tariffs start on May 2",
        "the rate applies at 10%",
        "cut the tariff to 25% on Thursday",
        ". ",
        ".",
        "\n",
        '"',
        " ",
        "U.S.",
        "No. ",
        "A",
    ]
    texts = _random_texts(tokens, 400, 16)
    found = 0
    for text in texts:
        starts = story_scan(text)
        found += len(starts)
        told: dict[int, date | None] = {}
        for end in range(len(text) + 1):
            want = next((w for a, w in starts if 0 <= a - end <= 3), None)
            assert ss._later_start(text, end, published, told) == want, (text, end)
    assert found > 100  # the later starts are there to be found
