"""Split news text into sentences without breaking "U.S.", "Jan.", "No. 4" or "38.1%"."""

from __future__ import annotations

from tariffwatch.extract.regex_cache import regex

# Words that end in a period without ending the sentence.
_ABBREV = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col sgt st jr sr corp inc co ltd plc no nos vs
    etc e.g i.e a.m p.m approx est dept univ fig jan feb mar apr jun jul aug sep sept
    oct nov dec mon tue tues wed thu thur thurs fri sat sun u.s u.k e.u u.n u.s.a d.c
    p.r.c s.a n.v ag cf al
    """.split()  # noqa: SIM905
)
# Words after which "U.S." or an initial may still end the sentence.
_STARTERS = frozenset(
    """
    the a an it its in on at but and or so yet he she they we i this that these those
    his her their there then meanwhile however officials analysts trade tariffs
    under after as since despite while when if
    """.split()  # noqa: SIM905
)
# "the U.S. Under Secretary of Commerce", "U.S. Trade Representative Greer": a title,
# not a sentence opened by "Under" or "Trade"
_TITLE_AFTER = regex(r"\s*(?:Under[- ]?[Ss]ecretar|Trade\s+Represent)")

_BOUNDARY = regex(r"[.!?]+[\"”’')\]]*(?=\s)|\n")
_OPENERS = frozenset("\"“‘'(")
_NEXT_WORD = regex(r"\s*[\"“‘'(]?(\w+)")


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, surrounding blanks left out."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group() != "\n" and not _ends_sentence(text, m.start(), end):
            continue
        _add(text, start, end, out)
        start = end
    _add(text, start, len(text), out)
    return out


_PUNCT = ".!?"
_CLOSERS = "\"”’')]"


def sentence_at(text: str, pos: int, after: int = 0) -> tuple[int, int]:
    """The span ``sentence_spans`` gives for the sentence holding ``pos``, found
    by looking only left and right of ``pos``.

    Most of a news item never needs splitting: only sentences around a
    percentage or a talks word are read, so the boundaries are found from
    those hits outward instead of over the whole text. A line break always
    ends a sentence, so every search stays inside the paragraph.

    ``after``: the end of a sentence this function gave for an earlier
    position (or 0), when ``pos`` lies past it and on no blank. A caller
    reading a story front to back passes it: the search back then stops
    there instead of testing that sentence end again.
    """
    para = max(text.rfind("\n", 0, pos) + 1, after)
    stop = text.find("\n", pos)
    if stop < 0:
        stop = len(text)
    # Most paragraphs hold no "!" or "?": then only periods are looked for.
    plain = text.find("!", para, stop) < 0 and text.find("?", para, stop) < 0
    start = para
    k = pos
    while k > para:
        if plain:
            j = text.rfind(".", para, k)
        else:
            j = max(text.rfind(".", para, k), text.rfind("!", para, k), text.rfind("?", para, k))
        if j < 0:
            break
        b = _boundary(text, j)
        if b is not None and b[1] <= pos and _ends_sentence(text, b[0], b[1]):
            start = b[1]
            break
        k = b[0] if b is not None else j
    end = stop
    k = pos
    while k < stop:
        if plain:
            mark = text.find(".", k, stop)
        else:
            found = [
                i
                for i in (text.find(".", k, stop), text.find("!", k, stop), text.find("?", k, stop))
                if i >= 0
            ]
            mark = min(found) if found else -1
        if mark < 0:
            break
        b = _boundary(text, mark)
        if b is not None and _ends_sentence(text, b[0], b[1]):
            end = b[1]
            break
        k = b[1] if b is not None else mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _boundary(text: str, j: int) -> tuple[int, int] | None:
    """The ``_BOUNDARY`` match holding the punctuation mark at ``j``, or None."""
    a = j
    while a > 0 and text[a - 1] in _PUNCT:
        a -= 1
    e, n = j + 1, len(text)
    while e < n and text[e] in _PUNCT:
        e += 1
    while e < n and text[e] in _CLOSERS:
        e += 1
    if e < n and text[e].isspace():
        return a, e
    return None


def _add(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _ends_sentence(text: str, dot: int, end: int) -> bool:
    # Plain string steps, not regexes: this runs at every period of every item.
    if text[dot] != ".":
        return True
    # The word before the period: most often a plain word after a space, taken
    # whole at once; "U.S.", "(Reuters." or a story's first word step back
    # character by character.
    space = text.rfind(" ", max(0, dot - 24), dot)
    word = text[space + 1 : dot]
    if space < 0 or not word.isalnum():
        j = dot
        while j > 0 and (text[j - 1].isalnum() or text[j - 1] == "."):
            j -= 1
        word = text[j:dot]
    word = word.lower()
    k, n = end, len(text)
    while k < n and (text[k].isspace() or text[k] in _OPENERS):
        k += 1
    first = text[k] if k < n else ""
    if first.islower():
        return False  # "the U.S. and China", "Jan. 5": a lowercase word continues
    if word in ("no", "nos"):
        return not first.isdigit()  # "No. 4" but a quoted "No." ends a sentence
    if word in ("u.s", "u.k", "e.u", "u.s.a", "d.c"):
        nxt = _NEXT_WORD.match(text, end)
        return (
            nxt is not None
            and nxt.group(1).lower() in _STARTERS
            and _TITLE_AFTER.match(text, end) is None
        )
    # "Mr. Trump", "Jan. 5", "Donald J. Trump" continue the sentence.
    return not (word in _ABBREV or (len(word) == 1 and word.isalpha()))
