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
from html import unescape

# Dropped: they split a word for the renderer ("Chi\u00adnese") but no reader sees them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Spaces of other widths: "25\u202fper cent", "25\u00a0%".
_SPACES = dict.fromkeys(
    map(ord, "\u00a0\u2007\u2009\u200a\u202f\u2002\u2003\u2004\u2005\u2006"), " "
)
_TABLE = {**_INVISIBLE, **_SPACES}

# An entity that survived one unescape ("&amp;nbsp;" in the feed, "&nbsp;" now).
# Only well-formed ones with their semicolon: "AT&T" and "S&P" stay as they are.
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")

# Runs of blanks inside a line, as scraped text and hand-made feeds hold them.
_BLANKS = re.compile(r"[ \t]{2,}|\t")
# A sentence end glued to the next sentence: "on steel.The ministry", "25%.India",
# "said?Officials". Only after a lowercase letter, digit, "%" or ")" and before a
# capital: "U.S.", "No.5", "3.5%" and "whitehouse.gov" never match. The space
# inserted hands the decision to the sentence splitter, which knows that "e.g. The"
# or "a.m. Monday" go on.
_GLUED_END = re.compile(r"(?<=[a-z0-9%)])[.!?]+[\"”’')\]]*(?=[\"“‘']?[A-Z])")
# A page's link text glued to the last word ("trade talksRead more"): a line of its own.
_GLUED_TAIL = re.compile(r"(?<=[a-z0-9%])(?=Read more\b|Continue reading\b)")
# A line broken inside a sentence (hard-wrapped scraped text): a lowercase word or
# comma before the break and a lowercase word after it.
_WRAPPED = re.compile(r"(?<=[a-z,])[ \t]*\n\s*(?=[a-z])")
# "25 p.c." as some papers abbreviate per cent: the glued "25pc" the rules read.
_PC = re.compile(r"(?<=\d)\s?p\.\s?c\b\.?")
# A line in capitals ("US RAISES TARIFFS ON CHINESE STEEL"): at least three words
# of three or more capitals in a row, the gate before the line test.
_CAPS_RUN = re.compile(r"[A-Z]{3,}[^a-z\n]+[A-Z]{3,}[^a-z\n]+[A-Z]{3,}")
_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")


def tidy_text(text: str) -> str:
    if not text.isascii():
        text = text.translate(_TABLE)
    if "&" in text and ";" in text:
        for _ in range(2):  # twice escaped at most: "&amp;#8217;"
            text, n = _ENTITY.subn(_unescape, text)
            if not n:
                break
        if not text.isascii():
            text = text.translate(_TABLE)  # "&nbsp;" became "\u00a0"
    if "  " in text or "\t" in text:
        text = _BLANKS.sub(" ", text)
    text = _GLUED_END.sub(_spaced, text)
    if "Read more" in text or "Continue reading" in text:
        text = _GLUED_TAIL.sub("\n", text)
    if "\n" in text:
        text = _WRAPPED.sub(" ", text)
    if "p." in text:
        text = _PC.sub(_glued_pc, text)
    if _CAPS_RUN.search(text) is not None:
        text = "\n".join(map(_uncapped, text.split("\n")))
    return text


def _unescape(m: re.Match[str]) -> str:
    return unescape(m.group())


def _spaced(m: re.Match[str]) -> str:
    s = m.string
    token_start = s.rfind(" ", 0, m.start()) + 1
    token = s[token_start : m.start()]
    if "/" in token or "@" in token or token.startswith("www"):
        return m.group()  # a link or an address: "example.com/News", not a sentence end
    return m.group() + " "


def _glued_pc(m: re.Match[str]) -> str:
    # A closing period stays where it may end the sentence ("rose 25 p.c. The").
    s, e = m.string, m.end()
    ends = m.group().endswith(".") and (e == len(s) or not s[e : e + 2].strip()[:1].islower())
    return "pc." if ends else "pc"


def _uncapped(line: str) -> str:
    """A line with no lowercase letter, its long words capitalized ("Raises",
    "Chinese"): the rules find names by their capital letter and read
    "US", "EU" and "UK" as they stand, so words of three letters or less stay."""
    if any(c.islower() for c in line) or _CAPS_RUN.search(line) is None:
        return line
    return _CAPS_WORD.sub(lambda m: m.group().capitalize(), line)
