"""Text as feeds really deliver it, made readable by rules written on clean text.

Feed descriptions and scraped articles carry what a page's markup left behind:
"steel.The ministry" where a ``<br>`` vanished, "25&nbsp;%" escaped twice, soft
hyphens and zero-width spaces inside words, non-breaking and thin spaces inside
"25 per cent", lines broken mid-sentence, headlines in capitals. ``tidy_text``
undoes these once, before any rule runs, so every caller of ``extract`` (feeds,
seeds, rebuilds, the labelled sets) reads the same text and no rule needs its
own variant. It is not done in ``sources.normalize``: that text is what item
hashes are taken over, and changing it would make every stored item look new.

Each step is skipped by a C-speed test when the text cannot need it, so clean
text costs a few scans; the evidence a fact quotes is this tidied text, which
differs from the original only by the characters restored or dropped here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

from tariffwatch.extract.regex_cache import regex
from tariffwatch.model import Fact

# Dropped: they split a word for the renderer ("Chi\u00adnese") but no reader sees them.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# Spaces of other widths: "25\u202fper cent", "25\u00a0%".
_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2009\u200a\u202f"
# The full-width "\uff05" of East Asian text, read as the "%" the rules know.
_TABLE = {
    **dict.fromkeys(map(ord, _INVISIBLE)),
    **dict.fromkeys(map(ord, _SPACES), " "),
    ord("\uff05"): "%",
}
# Looked for by ``in``, one C scan each: a regex class of characters beyond Latin-1
# is tested character by character, and translate looks every character up in a dict.
_ODD_CHARS = tuple(map(chr, _TABLE))

# An entity that survived one unescape ("&amp;nbsp;" in the feed, "&nbsp;" now).
# Only well-formed ones with their semicolon: "AT&T" and "S&P" stay as they are.
_ENTITY = regex(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")

# Runs of blanks inside a line, as scraped text and hand-made feeds hold them.
_BLANKS = regex(r"[ \t]{2,}|\t")
# A sentence end glued to the next sentence: "on steel.The ministry", "25%.India",
# "said?Officials". Only after a lowercase letter, digit, "%" or ")" and before a
# capital: "U.S.", "No.5", "3.5%" and "whitehouse.gov" never count. The space
# inserted hands the decision to the sentence splitter, which knows that "e.g. The"
# or "a.m. Monday" go on.
_BEFORE_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789%)")
# One pattern per mark: one opening with a literal is searched for in C at
# memchr speed, one opening with a class of marks character by character.
_GLUED_AT = {mark: regex(re.escape(mark) + r"[.!?\"”’')\]]*(?=[\"“‘']?[A-Z])") for mark in ".!?"}
# "the U.S.and China": initials glued to the next word; a space where "U.S. and" has one.
_GLUED_INITIALS = regex(r"\.(?<=\b[A-Z]\.[A-Z]\.)(?=[a-z]{2,}\b)")
# A page's link text glued to the last word ("trade talksRead more"): a line of its own.
_GLUED_TAIL = regex(r"(?<=[a-z0-9%])(?=Read more\b|Continue reading\b)")
# A line broken inside a sentence (hard-wrapped scraped text): a lowercase word or
# comma before the break (``_unwrapped``) and a lowercase word after it.
_WRAPPED = regex(r"\n\s*(?=[a-z])")
# "25 p.c." as some papers abbreviate per cent: the glued "25pc" the rules read.
_PC = regex(r"(?<=\d)\s?p\.\s?c\b\.?")
# A line in capitals ("US RAISES TARIFFS ON CHINESE STEEL"): three words of three
# capitals or more.
_CAPS_RUN = regex(r"[A-Z]{3,}[^a-z\n]+[A-Z]{3,}[^a-z\n]+[A-Z]{3,}")
_CAPS_WORD = regex(r"\b[A-Z]{4,}\b")


def tidy_text(text: str) -> str:
    """``text`` with the leftovers above undone; clean text comes back unchanged."""
    if not text.isascii() and any(c in text for c in _ODD_CHARS):
        text = text.translate(_TABLE)
    if "&" in text and ";" in text:
        for _ in range(2):  # twice escaped at most: "&amp;#8217;"
            text, n = _ENTITY.subn(_unescape, text)
            if not n:
                break
        if not text.isascii():
            text = text.translate(_TABLE)  # "&nbsp;" became "\u00a0"
    if "\n" in text:
        text = _WRAPPED.sub(_unwrapped, text)
    if "  " in text or "\t" in text:
        text = _BLANKS.sub(" ", text)
    text = _space_glued_ends(text)
    text = _GLUED_INITIALS.sub(". ", text)
    if "Read more" in text or "Continue reading" in text:
        text = _GLUED_TAIL.sub("\n", text)
    if "p.c" in text or "p. c" in text:
        text = _PC.sub(_glued_pc, text)
    if any(line.isupper() for line in text.split("\n")):
        text = "\n".join(map(_uncapped, text.split("\n")))
    return text


def _unwrapped(m: re.Match[str]) -> str:
    s, i = m.string, m.start()
    while i and s[i - 1] in " \t":
        i -= 1
    before = s[i - 1] if i else ""
    return " " if before == "," or "a" <= before <= "z" else m.group()


def _unescape(m: re.Match[str]) -> str:
    return unescape(m.group())


def _space_glued_ends(text: str) -> str:
    cuts = [
        m.end()
        for mark, pattern in _GLUED_AT.items()
        if mark in text
        for m in pattern.finditer(text)
        if m.start() and text[m.start() - 1] in _BEFORE_END and not _in_link(text, m.start())
    ]
    if not cuts:
        return text
    cuts.sort()
    parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return " ".join(parts)


def _in_link(text: str, i: int) -> bool:
    """The mark at ``i`` is inside a link or an address ("example.com/News")."""
    start = text.rfind(" ", 0, i) + 1
    end = text.find(" ", i)
    token = text[start : end if end >= 0 else len(text)]
    return "/" in token or "@" in token or token.startswith("www")


def _glued_pc(m: re.Match[str]) -> str:
    # A closing period stays where it may end the sentence ("rose 25 p.c. The").
    s, e = m.string, m.end()
    ends = m.group().endswith(".") and (e == len(s) or not s[e : e + 2].strip()[:1].islower())
    return "pc." if ends else "pc"


def _uncapped(line: str) -> str:
    """A line with no lowercase letter, its long words capitalized ("Raises",
    "Chinese"): the rules find names by their capital letter and read
    "US", "EU" and "UK" as they stand, so words of three letters or less stay."""
    if not line.isupper() or _CAPS_RUN.search(line) is None:
        return line
    return _CAPS_WORD.sub(lambda m: m.group().capitalize(), line)


def quote_delivered(facts: list[Fact], tidied: str, delivered: str) -> list[Fact]:
    """``facts`` with their evidence quoted from the text as delivered, where tidying
    kept its length (a headline recased, odd spaces made plain): a user shown the
    evidence finds it in the item. Where the length changed, the tidied quote stands."""
    if len(tidied) != len(delivered) or tidied == delivered:
        return facts
    out: list[Fact] = []
    for f in facts:
        i = tidied.find(f.evidence) if f.evidence else -1
        out.append(f if i < 0 else replace(f, evidence=delivered[i : i + len(f.evidence)]))
    return out
