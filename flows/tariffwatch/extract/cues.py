"""Word cues shared by the tariff and negotiation rules: tariff words, clause
boundaries, status verbs and the marks of background history.

Every pattern is compiled once here; the rules only call ``search``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, TypeVar

from tariffwatch.extract.regex_cache import derived, file_tag, regex

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lower(text: str) -> str:
    """ASCII lower case, same length as ``text``, so match positions carry over.

    The rules match lowercased text with case-sensitive patterns: IGNORECASE
    stops the regex engine from skipping ahead on a pattern's first letters,
    and costs several times the time.
    """
    low = text.lower()  # the C fast path
    if len(low) == len(text):
        return low  # non-ASCII letters lowered too, harmless: no rule reads them
    return text.translate(_ASCII_LOWER)  # "İ" lowers to two code points: keep positions


def stem_positions(low: str, stems: tuple[str, ...]) -> list[int]:
    """Sorted start positions of literal ``stems`` in ``low``.

    ``str.find`` runs at C speed, several times faster than a regex
    alternation over the same words; this is the story-level prefilter.
    """
    out: list[int] = []
    for stem in stems:
        i = low.find(stem)
        while i >= 0:
            out.append(i)
            i = low.find(stem, i + 1)
    out.sort()
    return out


def has_any(text: str, stems: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of the literal ``stems``: a plain loop of C
    substring tests, the cheap gate in front of a slower pattern."""
    for stem in stems:  # noqa: SIM110  (any() over a generator costs twice the time here)
        if stem in text:
            return True
    return False


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` factored by common prefixes, longest first."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:  # greedy optional: the longer name wins ("Mexico City" over "Mexico")
            return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(trie)


class StemGate:
    """``has_any(text, group)`` for many groups of literal stems at once, as a bit
    mask (bit ``i`` for ``groups[i]``), from one pass of one factored pattern.

    A table of rules each gated by its own stems pays one ``has_any`` per row;
    a sentence holds few of the stems, so one scan for all of them is cheaper.
    Exact: at each position where a stem starts the pattern takes the longest
    stem there, and every other stem starting there is a prefix of it, so each
    match stands for all its prefixes. Each search starts one character after
    the last match's start, so matches may overlap ("deals" inside
    "ideals"). The pattern opens with the stems' first characters, so the
    engine skips at C speed to the next candidate; in a lookahead, as
    ``finditer`` would need for overlaps, it was tried at every position.
    """

    def __init__(self, groups: Sequence[Iterable[str]]) -> None:
        bits: dict[str, int] = {}
        for i, group in enumerate(groups):
            for stem in group:
                bits[stem] = bits.get(stem, 0) | 1 << i
        stems = sorted(bits)
        self._search = regex(trie_pattern(stems)).search
        # each stem stands for the stems that are prefixes of it: its own prefixes
        # looked up, not every stem tried (hundreds of stems: quadratic at import)
        self._bits = {s: _or_all(bits.get(s[:n], 0) for n in range(1, len(s) + 1)) for s in stems}

    def groups(self, text: str) -> int:
        """The mask of the groups with a stem in ``text``."""
        out = 0
        search, bits = self._search, self._bits
        m = search(text)
        while m is not None:
            out |= bits[m.group()]
            m = search(text, m.start() + 1)
        return out


def _or_all(masks: Iterable[int]) -> int:
    out = 0
    for m in masks:
        out |= m
    return out


def required_literals(pattern: re.Pattern[str], most: int = 3) -> list[tuple[str, ...]]:
    """Sets of literals such that every match of ``pattern`` holds one literal
    of each set, read from the parsed pattern: its runs of plain characters and
    the alternations every match goes through. At most ``most`` sets, the
    longest literals first; none shorter than three characters (too common to
    tell anything); none for a pattern that ignores case."""
    if pattern.flags & re.IGNORECASE:
        return []
    return list(
        _kept(
            f"literals{most}",
            pattern.pattern,
            pattern.flags,
            partial(_required_literals, pattern, most),
        )
    )


def _required_literals(pattern: re.Pattern[str], most: int) -> tuple[tuple[str, ...], ...]:
    sets = [
        s
        for s in _literal_sets(_sre_parse.parse(pattern.pattern, pattern.flags))
        if min(map(len, s)) >= 3
    ]
    sets.sort(key=lambda s: (-min(map(len, s)), len(s)))
    return tuple(tuple(sorted(s)) for s in sets[:most])


_TO_END = sys.maxsize  # re's own default for endpos


class LiteralGated:
    """``pattern`` tried only where the span searched holds the literals every
    match of it holds (``required_literals``): the same matches.

    Most rule patterns find nothing in most sentences, yet each search walks
    the whole span through their alternatives; a factored alternation of the
    needed literals alone is scanned several times faster (the engine skips
    ahead on its first characters). The literals are read from the parts a
    match consumes, never from a lookaround, so a match inside ``pos:endpos``
    holds them inside it too and the gate may look at that span only.
    """

    __slots__ = ("_gates", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        sets = required_literals(pattern)
        if not sets:
            raise ValueError(f"no literal every match needs: {pattern.pattern[:60]!r}")
        self.pattern = first_char_gate(pattern)
        self._gates = tuple(regex(trie_pattern(s)).search for s in sets)

    # Each method below runs the gates itself, a loop over one or two searches: these run
    # some forty times per item, and a shared helper's call cost a tenth of what the gates
    # save. A gate that finds no literal of its set means no match.
    def search(self, string: str, pos: int = 0, endpos: int = _TO_END) -> re.Match[str] | None:
        for gate in self._gates:
            if gate(string, pos, endpos) is None:
                return None
        return self.pattern.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = _TO_END) -> re.Match[str] | None:
        for gate in self._gates:
            if gate(string, pos, endpos) is None:
                return None
        return self.pattern.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = _TO_END) -> Iterator[re.Match[str]]:
        for gate in self._gates:
            if gate(string, pos, endpos) is None:
                return iter(())
        return self.pattern.finditer(string, pos, endpos)


class WindowGate:
    """The literal gates of many patterns searched in the same window, read in one
    pass: ``window(text).search(p)`` is ``p.search(text)``, the same matches.

    A cascade of rules that each search one short window ("the 60 characters
    before a country") pays a scan per pattern, though few of the patterns can
    match there: their ``required_literals`` are mostly absent. One ``StemGate``
    pass finds every pattern's literals at once; a pattern is then searched only
    where each of its literal sets has a member in the window.
    """

    __slots__ = ("_gate", "_needs")

    def __init__(self, patterns: Iterable[re.Pattern[str] | LiteralGated]) -> None:
        groups: list[tuple[str, ...]] = []
        # id of the pattern a caller holds -> (the gate bits it needs, what to search):
        # a LiteralGated's own gates are the same sets, so its pattern is searched bare
        self._needs: dict[int, tuple[int, re.Pattern[str]]] = {}
        for p in patterns:
            bare = p.pattern if isinstance(p, LiteralGated) else p
            need = 0
            for literals in required_literals(as_written(bare)):
                need |= 1 << len(groups)
                groups.append(literals)
            if not need:
                raise ValueError(f"no literal every match needs: {bare.pattern[:60]!r}")
            self._needs[id(p)] = (need, bare)
        self._gate = StemGate(groups)

    def window(self, text: str) -> GatedWindow:
        return GatedWindow(text, self._gate.groups(text), self._needs)


class GatedWindow:
    """One text and the literal gates ``WindowGate`` found in it."""

    __slots__ = ("_needs", "_present", "text")

    def __init__(self, text: str, present: int, needs: dict[int, tuple[int, re.Pattern[str]]]):
        self.text = text
        self._present = present
        self._needs = needs

    def search(self, pattern: re.Pattern[str] | LiteralGated) -> re.Match[str] | None:
        """``pattern.search(self.text)``, gated if ``pattern`` is one of its gate's
        (one it is not, a test's stand-in for one, is searched as it is)."""
        got = self._needs.get(id(pattern))
        if got is None:
            return pattern.search(self.text)
        need, bare = got
        if self._present & need != need:
            return None
        return bare.search(self.text)


# The parsed pattern's items are sre's own untyped (opcode, argument) pairs.
def _literal_sets(items: Iterable[tuple[Any, Any]]) -> list[set[str]]:
    """For a sequence: one set per part every match goes through."""
    out: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if op in _ZERO_WIDTH:
            # A lookaround may read past the match: no part of it. It consumes
            # nothing, so the run of literals goes on across it ("r(?<=\\br)aised").
            continue
        if run:
            out.append({run})
            run = ""
        got = _one_of(op, av)
        if got is not None:
            out.append(got)
    if run:
        out.append({run})
    return out


def _class_chars(items: Any, *, widest_range: int) -> set[str] | None:
    """The characters a character class ``[...]`` holds, or None when they cannot
    be listed: a category ("\\d" holds every script's digits), a negation, or a
    range of ``widest_range`` characters or more."""
    chars: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            chars.add(chr(av))
        elif op is _sre.RANGE and av[1] - av[0] < widest_range:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return chars


def _one_of(op: Any, av: Any) -> set[str] | None:
    """Literals one of which every match of the item holds, or None if unknown."""
    if op is _sre.IN:
        return _class_chars(av, widest_range=32)
    if op is _sre.BRANCH:
        union: set[str] = set()
        for alt in av[1]:
            sets = _literal_sets(alt)
            if not sets:
                return None
            union |= max(sets, key=lambda s: min(map(len, s)))
        return union
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        sets = [] if add_flags or del_flags else _literal_sets(sub)
    elif op is _sre.ATOMIC_GROUP:
        sets = _literal_sets(av)
    elif op in _REPEATS and av[0] >= 1:
        sets = _literal_sets(av[2])
    else:
        return None
    return max(sets, key=lambda s: min(map(len, s))) if sets else None


def first_char_gate(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` rewritten so that the engine can skip ahead on the characters its
    matches start with: the same matches.

    A pattern that opens with ``\\b`` or a lookbehind gives the engine no first
    characters to skip ahead on: it calls its matcher at every position of the
    string. Where every alternative can be made to open with a literal
    (``letter_first``), the engine scans at C speed for those characters alone
    and checks the boundary behind them ("\\bby\\s+(?:the\\s+)?$" on 60-character
    windows: ten times faster). Otherwise a lookahead on the first characters
    goes in front, which fails at once where no alternative can begin. The
    characters are read from the parsed pattern, so they follow every
    alternative added later; a pattern whose first characters cannot be listed
    (a category, a negated class, an empty match) is kept as is.
    """
    if pattern in _WRITTEN or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return pattern
    gated = _gated(pattern)
    _WRITTEN[gated] = pattern
    return gated


def _gated(pattern: re.Pattern[str]) -> re.Pattern[str]:
    source = _kept("gated", pattern.pattern, pattern.flags, partial(_gated_source, pattern))
    return pattern if source is None else regex(source, pattern.flags)


def _gated_source(pattern: re.Pattern[str]) -> str | None:
    """The source of ``first_char_gate``'s pattern, None to keep ``pattern``."""
    led = letter_first(pattern.pattern)
    if led is not None:
        return led
    if pattern.pattern.startswith("(?"):
        return None
    first = _first_chars(_sre_parse.parse(pattern.pattern, pattern.flags))
    if first is None or first[1] or not first[0]:
        return None
    chars = "".join(re.escape(c) for c in sorted(first[0]))
    body = lead_with_letters(pattern.pattern)
    return f"(?=[{chars}])(?:{body})"


# The rewrites here are kept in the regex cache, under a tag of this file's code.
_TAG = file_tag(__file__)
_T = TypeVar("_T")


def _kept(kind: str, source: str, flags: int, derive: Callable[[], _T]) -> _T:
    """``derive()``, kept in the regex cache under this file's tag (a rewrite of a
    pattern's source stays valid while cues.py is unchanged)."""
    return derived(None if _TAG is None else f"{_TAG}/{kind}", source, flags, derive)


# Each pattern first_char_gate or gate_patterns returned -> the pattern as written.
# A pattern imported by another module and gated there again stays the same
# object (status.py tells cues.START by identity).
_WRITTEN: dict[re.Pattern[str], re.Pattern[str]] = {}


def as_written(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``first_char_gate`` or ``gate_patterns`` was given for ``pattern``
    (``pattern`` itself if neither made it): the tests compare the two."""
    return _WRITTEN.get(pattern, pattern)


def letter_first(source: str) -> str | None:
    """``source`` with every alternative opening on a literal character, or None
    when it cannot be written so: the same matches.

    A zero-width test in front of a letter ``c`` is moved behind it into a
    lookbehind that ends on ``c``: "\\bc" becomes "c(?<=\\bc)", "(?<=X)c" becomes
    "c(?<=(?:X)c)", "(?<!X)c" becomes "c(?<!(?:X)c)", each the same test at the
    same place. A group that opens an alternative is opened up by first
    character, "(?:ab|cd|ae)R" becoming "a(?:b|e)R|c(?:d)R" (when ``R`` holds no
    capturing group): where a character stands only the alternatives opening on
    it can match, tried in their order, so the order among the others does not
    matter. At the top the alternatives are gathered the same way under their
    first character, and a test they all open with is run once for them. Only
    so can the engine's search skip ahead on first characters (a branch of
    literals, or one literal prefix); a letter inside a word then fails the
    boundary once for all the alternatives that open on it.
    """
    alternatives = _alternatives(source)
    if len(alternatives) == 1:
        led = _group_first(alternatives[0])
        if led is not None:
            return led
    items: list[tuple[str, str]] = []
    for alt in alternatives:
        boundary = alt.startswith("\\b")
        got = _open_on_letter(alt[2:] if boundary else alt, (), boundary=boundary)
        if got is None:
            return None
        items.extend(got)
    led = "|".join(head + _one_of_bodies(bodies) for head, bodies in _by_head(items).items())
    # a rest written once per first character can make a pattern several times
    # longer: slower to compile at import than it saves
    return led if len(led) <= _LONGEST_REWRITE * len(source) else None


_LONGEST_REWRITE = 3


def _group_first(alt: str) -> str | None:
    """A pattern "\\b(?:A|B)R" as "(?:A'|B')R", its tests put in front of each
    alternative of the group (``letter_first``): the engine reads the first
    characters of a pattern inside the group it opens with, so R is written
    once."""
    looks = ""
    boundary = alt.startswith("\\b")
    i = 2 if boundary else 0
    while alt.startswith(("(?<=", "(?<!"), i):
        end = _group_end(alt, i)
        looks, i = looks + alt[i:end], end
    if not alt.startswith("(?:", i):
        return None
    end = _group_end(alt, i)
    rest = alt[end:]
    if rest[:1] in _QUANTIFIERS:
        return None
    tests = ("\\b" if boundary else "") + looks
    inner = letter_first("|".join(tests + a for a in _alternatives(alt[i + 3 : end - 1])))
    return None if inner is None else f"(?:{inner}){rest}"


def _by_head(items: list[tuple[str, str]]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for head, body in items:
        groups.setdefault(head, []).append(body)
    return groups


def _one_of_bodies(bodies: list[str]) -> str:
    """The alternatives ``bodies`` as one group; the tests they all open with
    are run once, in front of it."""
    shared = ""
    while len(bodies) > 1 and bodies[0].startswith("(?<"):
        test = bodies[0][: _group_end(bodies[0], 0)]
        if not all(b.startswith(test) for b in bodies):
            break
        shared += test
        bodies = [b[len(test) :] for b in bodies]
    return shared + (bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")")


def _open_on_letter(
    alt: str, looks: tuple[str, ...], *, boundary: bool
) -> list[tuple[str, str]] | None:
    """``alt``, behind ``\\b`` if ``boundary`` and behind the lookbehinds
    ``looks``, as alternatives (first character, the rest) that each open on a
    literal character; None if it cannot be written so."""
    if alt.startswith(("(?<=", "(?<!")):
        end = _group_end(alt, 0)
        return _open_on_letter(alt[end:], (*looks, alt[:end]), boundary=boundary)
    # a literal character, or an escaped punctuation mark ("\\."), no quantifier after it
    size = 2 if alt[:1] == "\\" and not alt[1:2].isalnum() else 1
    head = alt[:size]
    if head and (size == 2 or head not in _SPECIAL) and alt[size : size + 1] not in _QUANTIFIERS:
        tests = "".join(f"{look[:4]}(?:{look[4:-1]}){head})" for look in looks)
        return [(head, (f"(?<=\\b{head})" if boundary else "") + tests + alt[size:])]
    if not alt.startswith("(?:"):
        return None
    end = _group_end(alt, 0)
    rest = alt[end:]
    optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
    if optional:
        rest = rest[1:]  # "(?:X)?R" tries X then R, then R alone
    if rest[:1] in _QUANTIFIERS:
        return None
    # (first character, body, whether the rest is still to follow the body)
    items: list[tuple[str, str, bool]] = []
    for a in _alternatives(alt[3 : end - 1]):
        got = _open_on_letter(a, looks, boundary=boundary)
        if got is not None:
            items.extend((head, body, True) for head, body in got)
            continue
        # "(?:(?<=est\\s)|(?<=top\\s))rate": opened with the rest written after it
        got = _open_on_letter(a + rest, looks, boundary=boundary)
        if got is None:
            return None
        items.extend((head, body, False) for head, body in got)
    groups: dict[str, list[tuple[str, bool]]] = {}
    for head, body, pending in items:
        groups.setdefault(head, []).append((body, pending))
    out: list[tuple[str, str]] = []
    copies = int(optional)
    for head, bodies in groups.items():
        # runs of bodies the rest still follows share one copy of it
        joined: list[str] = []
        run: list[str] = []
        for body, pending in [*bodies, ("", False)]:
            if pending:
                run.append(body)
                continue
            if run:
                joined.append(_one_of_bodies(run) + rest)
                copies += 1
                run = []
            joined.append(body)
        out.append((head, _one_of_bodies(joined[:-1])))
    if copies > 1 and _captures(rest):
        return None  # the rest would be written twice
    if optional:
        alone = _open_on_letter(rest, looks, boundary=boundary)
        if alone is None:
            return None
        out.extend(alone)
    return out


_QUANTIFIERS = ("?", "*", "+", "{")
_SPECIAL = frozenset("\\.^$*+?{}[]|()")


def _scan(source: str) -> Iterator[tuple[int, str]]:
    """(index, character) of ``source``'s syntax: escapes and character classes
    are passed over whole (yielded as "\\\\" and "[")."""
    i = 0
    while i < len(source):
        ch = source[i]
        yield i, ch
        if ch == "\\":
            i += 2
        elif ch == "[":
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):
                i += 1
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
            i += 1
        else:
            i += 1


def _group_end(source: str, start: int) -> int:
    """The index after the ")" that closes the group opening at ``start``."""
    depth = 0
    for i, ch in _scan(source[start:]):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return start + i + 1
    raise ValueError(f"unbalanced group in {source!r}")


def _alternatives(source: str) -> list[str]:
    """``source`` split at its top-level "|"."""
    out: list[str] = []
    depth, last = 0, 0
    for i, ch in _scan(source):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[last:i])
            last = i + 1
    out.append(source[last:])
    return out


def _captures(source: str) -> bool:
    """Whether ``source`` holds a capturing group or a back reference."""
    for i, ch in _scan(source):
        if ch == "(" and (not source.startswith("?", i + 1) or source.startswith("?P", i + 1)):
            return True
        if ch == "\\" and source[i + 1 : i + 2].isdigit():
            return True
    return False


def gate_patterns(namespace: dict[str, Any]) -> None:
    """``letter_first`` on every compiled pattern a rule module holds by name.

    Called at the end of the module: its patterns stay written as they read
    best ("\\bby\\s+(?:the\\s+)?$") and are searched in the form the engine
    skips through (the same matches). Only ``letter_first``: a lookahead in front
    would stop a pattern that opens with "^" or a class from failing at once.
    """
    for name, value in namespace.items():
        if isinstance(value, re.Pattern) and value not in _WRITTEN:
            led = _kept("letter_first", value.pattern, 0, partial(letter_first, value.pattern))
            if led is not None and not value.flags & (re.IGNORECASE | re.VERBOSE):
                namespace[name] = regex(led, value.flags)
                _WRITTEN[namespace[name]] = value


# A lookbehind with no group inside, then a letter that no quantifier follows.
_LOOKBEHIND_THEN_LETTER = regex(r"(?<!\\)\(\?<=((?:[^()\\]|\\.)+)\)([a-z])(?![?*+{])")


def lead_with_letters(source: str) -> str:
    """``source`` with each "(?<=X)c" written "c(?<=(?:X)c)": the same matches.

    An alternative that opens with a literal letter is passed over at a glance
    wherever another letter stands; one that opens with a lookbehind runs the
    lookbehind at every word start ("(?<=reciprocal )rates?" in TARIFF_WORD).
    """
    return _LOOKBEHIND_THEN_LETTER.sub(r"\2(?<=(?:\1)\2)", source)


_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)


# The parsed pattern's items are sre's own untyped (opcode, argument) pairs.
def _first_chars(items: Iterable[tuple[Any, Any]]) -> tuple[set[str], bool] | None:
    """The characters a match of the parsed ``items`` can start with, and whether
    it can be empty; None when they cannot be listed."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _sre.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _sre.IN:
            chars = _class_chars(av, widest_range=64)
            return None if chars is None else (out | chars, False)
        if op is _sre.BRANCH:
            empty = False
            for alt in av[1]:
                got = _first_chars(alt)
                if got is None:
                    return None
                out |= got[0]
                empty = empty or got[1]
            if not empty:
                return out, False
            continue
        if op is _sre.SUBPATTERN or op is _sre.ATOMIC_GROUP or op in _REPEATS:
            if op is _sre.SUBPATTERN:
                _, add_flags, del_flags, sub = av
                if add_flags or del_flags:
                    return None
                least = 1
            elif op is _sre.ATOMIC_GROUP:
                sub, least = av, 1
            else:
                least, _, sub = av
            got = _first_chars(sub)
            if got is None:
                return None
            out |= got[0]
            if least > 0 and not got[1]:
                return out, False
            continue
        return None  # anything else (a group reference, "any character"): no list
    return out, True


# The nouns of a tariff, as alternatives to put in a group of one's own
# ("(?:" + TARIFF_NOUNS + r"|surtax(?:es)?)"): one list for every rule that names them.
TARIFF_NOUNS = r"tariffs?|dut(?:y|ies)|lev(?:y|ies)"

# "may" is a modal only in lower case; "in May" is a month. Run on the original text.
MAY = regex(r"\bmay\b")

# "rates stay at 30 per cent on Chinese imports": after "rate", a level that stands
# on someone's goods (hits.py finds the same words in the whole story).
RATE_STANDS_ON = (
    r"\s+(?:stay|stays|stayed|remain|remains|remained|stand|stands|stood)\s+at\s+"
    r"\d[\d.]*\s*(?:%|per\s*cent|percent)\s+(?:on|for)\s+(?!now\b|the\s+(?:time|moment)\b)"
)
TARIFF_WORD = regex(
    # "counter-duties", "counter-levy": the whole word, so a removal verb reaches it
    r"\b(?:counter-?(?:" + TARIFF_NOUNS + r")"
    r"|tariffs?|dut(?:y|ies)(?!-free)|lev(?:y|ies)|import tax(?:es)?"
    r"|surtax(?:es)?|(?<=import )surcharges?"
    r"|(?<=reciprocal )rates?|(?<=baseline )rates?|(?<=tariff )rates?|(?<=duty )rates?"
    r"|rates?(?=\s+(?:on|for)\s)"
    # "rates stay at 30 per cent on Chinese imports": a level on someone's goods, not
    # "interest rates remain at 4% for now"
    r"|(?<!interest\s)(?<!policy\s)(?<!key\s)(?<!bank\s)(?<!mortgage\s)(?<!lending\s)"
    r"(?<!deposit\s)(?<!benchmark\s)(?<!inflation\s)(?<!exchange\s)(?<!tax\s)(?<!bond\s)"
    r"rates?(?=" + RATE_STANDS_ON + r")"
    # "a 10% rate", "a 50% US rate", "rates of 36% for Thailand": a percentage
    # glued to "rate" in a story about tariffs is a tariff rate.
    r"|(?<=%\s)rates?|(?<=%\sus\s)rates?|rates?(?=\s+of\s+(?:up\s+to\s+)?\d)"
    r"|(?<=\dpercent\s)rates?|(?<=\d\spercent\s)rates?|(?<=\sper\scent\s)rates?"
    # "The rate will climb to 100%", "raises the rate to 104%": the rate a story
    # is about, moved to a number (a sequel of the tariff told before)
    r"|(?<=\bthe\s)rate(?=\s+(?:[a-z]+\s+){0,3}?(?:to|at)\s+(?:about\s+|around\s+)?\d"
    # "the rate would go up by 5% each month until it reaches 25%": a climb to a rate
    r"|\s+(?:[a-z]+\s+){0,3}?by\s+\d[^.;]{0,60}?\b(?:until|till|to\s+reach|reaching)\b)"
    # "China gets the highest rate, 34%": the rate, then its number in apposition
    r"|(?:(?<=est\s)|(?<=top\s)|(?<=same\s))rate"
    r"(?=(?:\s+[a-z]+){0,3},\s+\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent))"
    # "countermeasures of 20%", "safeguard measures of 25%", "the US measures being
    # answered, 25% on steel": a trade measure named by its size is a tariff
    r"|counter-?measures?(?=\s+of\s+(?:up\s+to\s+)?\d)|(?<=%\s)counter-?measures?"
    r"|measures?(?=(?:\s+of\s+(?:up\s+to\s+)?|(?:\s+[a-z]+){0,3},\s+)"
    r"\d[\d.]*\s*(?:%|percent|per\s?cent)\s+(?:on|for|against)\s)"
    # "an additional 100% tax on Chinese imports": a tax named by its rate is a
    # tariff, unless it falls on income, sales, services, people or firms
    r"|(?:(?<=%\s)|(?<=percent\s)|(?<=per\scent\s))tax(?:es)?\b"
    r"(?!\s+(?:cuts?|credits?|breaks?|bills?|codes?|laws?|rates?|revenues?|receipts|hikes?|"
    r"returns?|brackets?|deductions?|relief|incentives?|holidays?|increases?|rises?)\b)"
    r"(?!\s+on\s+(?:[\w.'’-]+\s+){0,3}?(?:income|profits?|earnings|wages?|salar(?:y|ies)|"
    r"remittances?|transactions?|sales|revenues?|capital|gains|wealth\w*|property|properties|"
    r"estates?|inheritances?|fuel|carbon|emissions|windfall|interest|dividends|services|"
    r"digital|purchases|bets|gambling|spending|tips|overtime|bonuses|rich|millionaires|"
    r"billionaires|households|people|residents|individuals|citizens|workers|companies|"
    r"corporations|firms|banks|buybacks)\b)"
    # "security deposits of 30.6 to 39%", "a deposit rate of 75.8%": a provisional
    # anti-dumping duty collected as a deposit (tariffs.py keeps it only beside
    # words of a trade remedy: a bank's deposit rate is none)
    r"|(?:(?:security|cash)\s+)?deposits?(?:\s+rates?)?"
    r"(?=\s+(?:of\s+(?:up\s+to\s+|between\s+)?|at\s+)\d)"
    # "will be taxed at 24%", "will charge 25% on heavy trucks": the verb is the word
    r"|(?:taxed|tariffed|levied|assessed)(?=\s+at\s+(?:a\s+)?(?:rate\s+of\s+)?\d)"
    # "to tax U.S. rice at 50%": the verb with its goods, then the rate; never
    # income, profits or people
    r"|tax(?:es|ed|ing)?(?=\s+(?!(?:[\w.'’-]+\s+){0,3}?(?:income|profits?|earnings|wages?|"
    r"salar(?:y|ies)|capital|gains|wealth|property|properties|estates?|inheritances?|"
    r"corporations?|companies|firms|households|people|residents|individuals|citizens|"
    r"workers|rich|wealthy|millionaires|billionaires|fuel|carbon|emissions|sugar|tobacco\s+"
    r"products\s+sold)\b)(?:[\w.'’-]+\s+){1,4}?at\s+(?:a\s+)?(?:rate\s+of\s+)?\d)"
    r"|(?:hit|slapped)\s+with(?=\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+)?\d)"
    # "India's rate goes up to 50%": the rate a country's goods face, moved to a number
    r"|(?<=['’]s\s)rate(?=\s+(?:[a-z]+\s+){0,3}?(?:to|at)\s+(?:about\s+|around\s+)?\d)"
    # "The tariff on Indian goods is now 50%. It was 25% until Wednesday": the
    # pronoun stands for the tariff just told
    r"|(?<=\bit\s)(?:was|is|had\s+been|will\s+be|stood\s+at|stands\s+at)"
    r"(?=\s+(?:about\s+|only\s+|just\s+)?\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)"
    r"(?:\s*[,;.]\s|\s*[.;]?$|\s+(?:until|till|before|from|starting|since|in\s+(?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december))\b))"
    r"|(?:charg(?:e|es|ed|ing)|pa(?:y|ys|id|ying)|fac(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|"
    r"gets?|got|receiv(?:e|es|ed)|assigned|"
    r"subject(?:ed)?\s+to)"
    r"(?=\s+(?:an?\s+|only\s+|at\s+least\s+|up\s+to\s+|as\s+much\s+as\s+|about\s+|around\s+|"
    r"roughly\s+|nearly\s+)?(?:extra\s+|additional\s+|further\s+|lower\s+|higher\s+|"
    r"reduced\s+|flat\s+|steeper\s+|new\s+)?"
    r"\d{1,3}(?:\.\d+)?\s*(?:%|percent|per\s?cent)(?:\s+(?:each|apiece|respectively)\b)?"
    # "... pay 25%, while Canadian energy pays 10%": the rate ends its clause
    r"(?:\s+(?:on|for)\s|\s*[,;.]\s|\s*[.;]?$|"
    r"\s+(?:while|whereas|but|under|from|starting|until|after|since|instead)\b)"
    # "banks charge 12% on loans": a price of money, not of goods crossing a border
    r"(?!(?:[\w-]+\s+){0,3}?(?:loans?|credit|deposits?|interest|fees?|mortgages?|cards?|"
    r"payments?|transactions?|withdrawals?|transfers?|bookings?|sales|bonds?|debts?|notes|"
    r"savings|borrowing|income|profits?|earnings|salar(?:y|ies)|wages?)\b)))\b",
)

# Where one clause ends and the next, with its own subject and verb, begins.
CLAUSE_BREAK = regex(
    r";|:\s|\s[—–]\s|\s--\s"
    r"|,\s*(?=(?:and|but|while|whereas|although|though|adding|even as|meanwhile|"
    r"prompting|according to|as well as|yet)\b)"
    r"|\s(?=(?:while|whereas)\s)",
)

# A percentage right after these words is a move of some quantity, not a rate.
CHANGE_BEFORE = regex(
    r"\b(?:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grown|jumped|jumps|"
    r"climbed|climbs|"
    r"dropped|drops|declined|declines|narrowed|widened|gained|gains|lost|loses|slid|"
    r"slides|slipped|surged|surges|soared|plunged|plummeted|tumbled|grew|grows|"
    r"growing|shrank|contracted|expanded|increased|decreased|rallied|sank|eased|"
    r"edged\s+(?:up|down|higher|lower)|up|down|higher|lower|gain|loss|decline|drop|"
    r"jump|increase|decrease|slump|plunge|surge)\s+(?:by\s+)?(?:about\s+|nearly\s+|"
    r"almost\s+|roughly\s+|around\s+|more\s+than\s+|over\s+|some\s+|an?\s+|"
    # "the lira slid as much as 18%": a move's reach, as "slid 18%"
    r"as\s+(?:much|little)\s+as\s+)?$",
)
# Quantities that are never tariff rates; seen between a tariff word and a
# percentage, they own the percentage instead.
DISTRACTOR = regex(
    r"\b(?:growth|gdp|inflation|deficits?|surplus(?:es)?|prices?|shares?|stocks?|"
    r"index|indices|yuan|renminbi|dollar|peso|yen|rupee|currency|yields?|"
    r"bonds?|sales|profits?|earnings|revenues?|output|unemployment|jobless|market|"
    r"stake|margins?|spending|demand|production|volumes?|"
    r"interest|mortgage|cpi|pmi|rating|poll|approval|probability|chance|"
    r"odds|estimates?|average|averaged|weighted|effective\s+(?:\w+\s+)?rate|deposit|"
    r"lending|benchmark|selic|repo|bank)\b",
)
# "25% of the import value" is an ad valorem rate, no share
SHARE_AFTER = regex(
    r"\s+of\b(?!\s+(?:up\s+to|about|around|\d|the\s+(?:import|customs|declared|dutiable)\s+value))"
)

# Tariff status cues. status.py weighs them: STATUS_TABLE there gives each its
# status and its precedence, with test cases beside it.

# Applies now: took effect, stays in place, backdated, "now face".
TOOK_EFFECT = regex(
    r"\b(?:took effect|went into (?:effect|force)|came into (?:effect|force)|kicked in|"
    # "within hours of the new tariffs coming into force"; not "coming into force on
    # Monday", a start ahead
    r"(?:coming|going|putting|puts) into (?:effect|force)(?!\s+(?:on|next|from|in|at|this|later|"
    r"tomorrow|soon|after|before|by|starting)\b)|"
    r"now in (?:effect|force|place)|are in (?:effect|force|place)|is in (?:effect|force)|"
    r"remains? in (?:effect|force|place)|"
    r"effective immediately|took hold|"
    # "began enforcing the 10% tariff", "has started charging 15%": collection under way
    r"(?:began|started|(?:has|have)\s+(?:begun|started))\s+(?:collecting|charging|enforcing|"
    r"levying|applying|imposing)|"
    r"already\s+in\s+(?:effect|force|place)|"
    # "has already enacted 25% tariffs": in force, not a law still to apply
    r"already\s+(?:been\s+)?(?:enacted|implemented|introduced|imposed|applied|levied)|"
    r"remains?\s+subject\s+to|remained\s+subject\s+to|"
    r"(?:stay|stays|stayed|staying)\s+in\s+(?:place|effect|force)|"
    r"(?:keep|keeps|keeping|kept)\s+(?:[\w%.,'-]+\s+){0,10}?in\s+(?:place|effect|force)|"
    # "will keep its 10% levy on American products unchanged": the rate kept applies
    r"(?:keep|keeps|keeping|kept|leav(?:e|es|ing)|left)\s+(?:[\w%.,'-]+\s+){0,10}?"
    r"(?:unchanged|intact|untouched)|"
    r"(?:take|takes|taking)\s+effect\s+immediately|with\s+immediate\s+effect|"
    r"backdated|retroactive\w*|"
    r"now\s+(?:face|faces|pay|pays|carry|carries|stands?|totals?)|"
    # "imports are now taxed at 25%", "are currently charged a 25% duty": a state now
    r"(?:is|are)\s+(?:now|currently)\s+(?:taxed|charged|levied|subject\s+to|dutiable)|"
    r"(?:already|currently)\s+(?:face|faces|pay|pays|carry|carries)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?\d+|"
    r"(?:remains?|remained|stands?|stood|stays?|stayed)\s+at|(?:is|are|remains?|remained)\s+unchanged|"
    r"(?:will|would)\s+(?:remain|stay)\b(?!\s+(?:until|through|till))|"
    r"(?:has|have)\s+been\s+in\s+(?:place|effect|force)|entered\s+into\s+(?:force|effect)|"
    # the perfect of a start: "had come into force at dawn", "has taken effect" (not
    # "would have come into effect": what was due and did not come; nor "the tariffs
    # that had taken effect hours earlier", a relative clause on what a verb acts on)
    r"(?<!would\s)(?<!could\s)(?<!should\s)(?<!might\s)(?<!must\s)(?<!will\s)(?<!to\s)"
    r"(?<!that\s)(?<!which\s)"
    r"(?:has|have|had)\s+(?:now\s+|already\s+)?(?:taken\s+effect|come\s+into\s+(?:effect|force)|"
    r"gone\s+into\s+(?:effect|force)|kicked\s+in)|"
    r"(?:is|are)\s+being\s+(?:collected|levied|charged|applied))\b",
)
# Literals every TOOK_EFFECT match holds: the pattern runs only if one is there.
TOOK_EFFECT_STEMS = (
    "took effect",
    "coming into",
    "going into",
    "putting into",
    "puts into",
    "went into",
    "came into",
    "kicked in",
    "now ",
    "already ",
    "currently ",
    "are in",
    "is in",
    "remain",
    "effective immediately",
    "took hold",
    "began ",
    "begun ",
    "started ",
    "already in",
    "stay",
    "keep",
    "kept",
    "leav",
    "left",
    "immediate",
    "backdated",
    "retroactive",
    "been in",
    "taken effect",
    "come into",
    "gone into",
    "stand",
    "stood",
    "unchanged",
    "entered",
    "being",
)
# A decided tariff put off: postponed, suspended, pushed back, a pause.
PAUSED = regex(
    r"\b(?:postpon\w*|suspend\w*|delayed|delaying|delays\s+(?:the|its|their|a|u\.s\.)|"
    r"to delay|will delay|deferr?\w*|put\s+off|puts\s+off|"
    r"paused|pausing|(?:to|will|would|and)\s+pause|pauses\s+(?:the|its|a)|"
    r"put\s+(?:\w+\s+){0,3}on hold|on hold|held off|holding off|hold off|shelved|"
    r"on\s+ice|mothball\w*|"
    r"shelve|suspension|(?<!during\s)(?:a|the|its)\s+(?:[\w-]+\s+){0,2}?pause|"
    r"push(?:es|ed|ing)?\s+back|pushed\s+back|"
    r"mov(?:e|es|ed|ing)\s+(?:back\s+)?the\s+start|reprieve|"
    # an exemption for a while is a pause: "exempted ... from the 25% tariffs for a month"
    r"exempt\w*\b[^.;]{0,90}?\bfor\s+(?:a|an|one|two|three|six|another|\d+)[\s-]+"
    r"(?:months?|weeks?|days?)|(?:\d+|one|two|three|six)[\s-](?:day|week|month)\s+exemption)\b",
)
PAUSED_STEMS = (
    "postpon",
    "put off",
    "puts off",
    "suspen",
    "delay",
    "defer",
    "paus",
    "hold",
    "held off",
    "shelv",
    "on ice",
    "mothball",
    "push",
    "mov",
    "reprieve",
    "exempt",
)
# Not decided: hedges, conditions, proposals, warnings, others' demands.
THREAT = regex(
    # (a condition on a firm is an exemption, not a threat: "100% on drugs unless
    # a company builds plants in America")
    # (a threat to national security is the legal ground of a tariff, not a threat
    # of one: "imports the Commerce Department finds threaten national security")
    r"\b(?:(?<!security\s)threat\w*(?!\s+(?:to\s+)?(?:impair\s+)?(?:the\s+)?"
    r"(?:u\.s\.\s+|us\s+|american\s+|america['’]s\s+|(?:the\s+)?(?:country|nation)['’]s\s+)?"
    r"national\s+security)"
    # (a risk, not a tariff threat: "a dispute that threatened to spiral into a trade war",
    # "a move that threatens to upset Beijing"; the verb after "to" tells)
    r"(?!\s+to\s+(?!(?:impose|hit|slap|raise|levy|put|double|triple|quadruple|increase|hike|"
    r"lift|tax|charge|retaliate|target|escalate|extend|expand|apply|add|reimpose|restore|"
    r"respond|go|take|match|end|scrap|cut|withdraw|revoke|suspend|pull|terminate)\b)[a-z]+)|could|might|(?:if|unless)(?!\s+(?:an?\s+|the\s+)?(?:compan(?:y|ies)|firms?|"
    r"manufacturers?|producers?|makers?|importers?|exporters?)\b)|propos\w*|consider\w*|weigh\w*|"
    r"mull\w*|warn\w*|vow\w*|poised|prepar\w*|contemplat\w*|floated|floating|"
    r"potential|possible|possibly|eye(?:s|ing)|seeks?\s+to|draft\w*|mooted|"
    r"recommend\w*|ponder\w*|pledg\w*|demand\w*|risk(?:s|ing)?|"
    r"looming(?!\s+(?:deadline|date|cut-?off))|"
    r"urg(?:e|es|ed|ing)(?!\s+by\b)|call(?:s|ed|ing)?\s+(?:on|for)|"
    r"(?:would|could)\s+have|float(?:s|ed|ing)?|wants?\s+to|wanted\s+to|promis\w*|"
    r"signall?(?:s|ed|ing)|hint(?:s|ed|ing)|ultimatum)\b",
)
# A plan or a reported intention: threatened unless a decision cue stands beside it.
THREAT_WEAK = regex(
    r"\b(?:plans?\s+to|(?<!the\s)(?<!a\s)(?<!its\s)(?<!their\s)planned|planning|intends?|"
    r"intended|expected\s+to|likely)\b"
)
# The terms of a deal: "would face no duty under the agreement", "a deal, under
# which imports carry 15%" (not goods that "qualify under the USMCA": a
# treaty's terms, not a decision).
DEAL_TERMS = regex(
    r"\b(?:(?<!qualify\s)(?<!qualifies\s)(?<!qualified\s)(?<!qualifying\s)(?<!covered\s)"
    r"under\s+(?:the|a|this|that|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreement|deal|accord|pact|framework)|"
    r"(?:deal|agreement|accord|pact|framework)\s*,?\s+under\s+which)\b"
)
# Reported intent: "said it would impose 25%" is a threat; with a start date
# ("would put 50% on copper, effective Aug. 1") it is decided.
WOULD = regex(r"\bwould\b")
# A decision reported: "China said it would levy 34%", "told reporters the 15% rate
# would apply", the "will" of the statement put in the past. The labelled sets
# read it as announced; a hedge, a condition or a warning in the words outranks it.
REPORTED_WOULD = regex(
    r"\b(?:said|says|told\s+(?:[\w.'’-]+\s+){0,2}?(?:reporters|journalists|lawmakers|parliament|"
    r"the\s+\w+)|announced|confirmed|wrote|stated|added|declared|posted)\s+"
    r"(?:(?:on|late\s+on|early\s+on)\s+\w+\s+|\w+day\s+)?(?:that\s+)?"
    r"(?:[\w.'’%-]+\s+){0,6}?would\b"
)
# Decided, effective in the future: "will", "is to", signed orders, deals that set rates.
ANNOUNCED = regex(
    r"\b(?:will|shall|set\s+to|(?<!aim\s)(?<!goal\s)(?<!idea\s)is\s+to|"
    r"(?<!aim\s)(?<!goal\s)are\s+to|takes?\s+effect|to\s+take\s+effect|"
    r"would\s+(?:kick\s+in|take\s+effect|come\s+into\s+(?:force|effect)|go\s+into\s+effect|"
    r"apply|start|begin)|"
    r"kicks?\s+in|"
    r"comes?\s+into\s+(?:force|effect)|go(?:es)?\s+into\s+effect|announc\w*|unveil\w*|"
    r"decid\w*|decision|approv\w*|finali[sz]\w*|authori[sz]\w*|enact\w*|sets|go(?:es)?\s+ahead|going\s+ahead|"
    r"sign\w*\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:orders?|proclamations?|decrees?|laws?|"
    r"bills?|memorand(?:um|a)|regulations?)|"
    r"scheduled\s+to|slated|due\s+to|set\s+(?:(?:new|higher|tariff)\s+)?rates?\s+of|"
    r"to\s+be\s+(?:\w+ed|cut|set|put|raised|lowered|imposed)|declar(?:e|es|ed|ing)|"
    r"won\s+(?:the\s+)?(?:backing|approval|support)|endorsed|adopted|"
    # "China is raising its tariff to 125%": a move under way, not yet in force (not
    # "the tariff is raising costs": the object must be a tariff or a rate)
    # ("said he was raising tariffs ... by 10%": the same move, reported)
    r"(?:is|are|(?:said|says|announced|told\s+[\w.]+)\s+(?:that\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:was|were))\s+(?:now\s+)?(?:raising|imposing|hiking|slapping|levying|lowering|"
    r"cutting|reducing|doubling|tripling|increasing|putting|adding)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:" + TARIFF_NOUNS + r"|rates?|surcharges?|\d+(?:\.\d+)?(?=\s*%))|"
    # "duties are rising to 50% on Friday": a change under way, still to land
    r"(?:is|are)\s+(?:rising|climbing|jumping|going\s+up|increasing|doubling|falling|dropping|"
    r"coming\s+down)\s+to\b|"
    # "is hitting the bloc with a 20% tariff" (not "the tariff is hitting exporters")
    r"(?:is|are)\s+(?:now\s+)?hitting\s+(?:[\w'’.-]+\s+){1,5}?with\s+"
    r"(?:an?\s+|the\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:" + TARIFF_NOUNS + r"|\d+(?:\.\d+)?(?=\s*%))|"
    # "the 15% rate agreed for the EU" (not "the truce agreed by both leaders")
    r"(?:%|rates?|" + TARIFF_NOUNS + r")\s+(?:on\s+(?:[\w-]+\s+){1,3}?)?agreed\s+"
    r"(?:for|with|by|under|in)|"
    r"agree(?:s|d)?\s+(?:to|on|upon)|"
    r"(?:struck|reached|clinched|sealed|inked|concluded)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:deal|agreement|accord|pact)|"
    r"(?:deals?|agreements?|accords?|pacts?|orders?|proclamations?|decrees?|regulations?|"
    r"framework)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?(?:sets?|setting|puts?|putting|lowers?|lowering|"
    r"cuts?|cutting|raises?|raising|imposes?|imposing|brings?|bringing|ordering|orders|"
    # ("a framework establishing a 15% tariff", "the accord fixing duties at 20%")
    r"establish(?:es|ing)?|fix(?:es|ing)|caps?|capping|confirms?|confirming))\b|'ll\b",
)
# A start ahead with no decision verb: "starting February 1", "next month".
START = regex(
    # (not a start already come: "starting just after midnight", "beginning this morning")
    r"\b(?:(?:starting|beginning)(?!\s+(?:early\s+)?(?:today|this\s+morning|overnight|"
    r"earlier\s+today|(?:just\s+)?(?:after|past)\s+midnight)\b)|tomorrow|"
    r"next\s+(?:month|week|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|later\s+this\s+(?:month|week|year)|"
    r"in\s+the\s+coming\s+(?:days|weeks|months))\b"
)
# The verbs of a start: with a day already come and no mark of the future,
# "the duties take effect on Monday" in a Wednesday story apply now.
START_VERB = regex(
    r"\b(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|kicks?\s+in|go(?:es)?\s+into\s+"
    r"(?:force|effect)|starts?|begins?)\b"
)
# A deed done: the rate applies ("raised", "imposed", "was cut").
DONE = regex(
    # not "would be raised", "would cut", "to cut": only a deed done
    r"\b(?<!be\s)(?<!would\s)(?<!will\s)(?<!to\s)(?<!could\s)(?<!might\s)(?<!should\s)"
    r"(?:raised|imposed|slapped|lowered|hiked|increased|reduced|slashed|levied|"
    r"doubled|tripled|halved|introduced|lifted|removed|scrapped|cut|placed|charged|paid|faced|"
    r"carried|applied|came\s+down|went\s+up|rose|fell|began|started|trimmed|eased|"
    # "levies were then set at 30%", "US goods were given a 10% tariff"
    r"(?:was|were)\s+(?:then\s+|later\s+|since\s+)?(?:set\s+at|fixed\s+at|given\s+an?))\b"
)
# A state now: the rate applies ("pays", "faces", "includes"). The table's last
# row: it only tells a rate with a verb from a verbless one ("Among the
# steepest: Syria (41%)").
STATE_NOW = regex(
    # (participles of state too: "products covered by the pact are exempt")
    r"\b(?:pays?|faces?|carr(?:y|ies)|applies|charges|exempt(?:s|ed)?|includes?|included|"
    r"covers?|covered|affects?|affected|hits?|put|reach|reaches)\b"
)
# A tariff verb in the past tense: "raised ... on Wednesday" is last Wednesday.
PAST_ACTION = regex(
    r"\b(?:raised|imposed|slapped|lowered|hiked|increased|reduced|slashed|levied|doubled|"
    r"tripled|halved|introduced|lifted|removed|scrapped|retaliated|jumped|rose|climbed|fell|"
    r"dropped|soared|surged|was|were|went|took|came|faced|paid|carried|began|started|kicked)\b"
)
FUTURE_MARK = regex(r"\b(?:will|shall|set\s+to|is\s+to|are\s+to|would|plans?\s+to)\b|'ll\b")
EFFECTIVE_CUE = regex(r"\b(?:effective|from|starting|as of|beginning)\b")

# Marks of background history: the rate is not the article's news.
BACKGROUND = regex(
    r"\b(?:had\s+(?:been\s+)?(?:\w+ed|\w+en|set|hit|risen|threatened|reached|imposed|put|"
    r"made|sought|proposed|planned)|previously|formerly|earlier\s+this\s+year|"
    r"last\s+year|back\s+in|back\s+then|at\s+the\s+time|originally|initially|once\s+stood|"
    r"peaked|as\s+high\s+as|before\s+the\s+(?:truce|deal|agreement|cut|pause)|"
    # "two years after setting duties of up to 60%": the rate set then
    r"(?:years|months|weeks)\s+after\s+(?:setting|imposing|levying)|"
    r"during\s+(?:his|the)\s+first\s+term|first\s+term|"
    r"a\s+year\s+ago|years\s+ago|months\s+ago)\b",
)
BACKGROUND_STEMS = (
    "had",
    "previously",
    "formerly",
    "earlier",
    "last",
    "back",
    "time",
    "originally",
    "initially",
    "once",
    "peaked",
    "high",
    "after",
    "before",
    "term",
    "ago",
)
YEAR_RE = regex(r"\b(?:19|20)\d\d\b")

# The word cues run on every sentence with a rate and on every rate's words:
# each behind a check of the characters its matches start with (first_char_gate).
TARIFF_WORD = first_char_gate(TARIFF_WORD)
CHANGE_BEFORE = first_char_gate(CHANGE_BEFORE)
DISTRACTOR = first_char_gate(DISTRACTOR)
TOOK_EFFECT = first_char_gate(TOOK_EFFECT)
PAUSED = first_char_gate(PAUSED)
THREAT = first_char_gate(THREAT)
THREAT_WEAK = first_char_gate(THREAT_WEAK)
DEAL_TERMS = first_char_gate(DEAL_TERMS)
WOULD = first_char_gate(WOULD)
REPORTED_WOULD = first_char_gate(REPORTED_WOULD)
ANNOUNCED = first_char_gate(ANNOUNCED)
START = first_char_gate(START)
START_VERB = first_char_gate(START_VERB)
DONE = first_char_gate(DONE)
STATE_NOW = first_char_gate(STATE_NOW)
PAST_ACTION = first_char_gate(PAST_ACTION)
FUTURE_MARK = first_char_gate(FUTURE_MARK)
EFFECTIVE_CUE = first_char_gate(EFFECTIVE_CUE)
BACKGROUND = first_char_gate(BACKGROUND)
