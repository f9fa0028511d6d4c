"""Changes -> messages: one title and three bodies (plain text, HTML, Slack mrkdwn).

Everything that reaches a message came from news text, so every piece is
treated as hostile: control characters are stripped, whitespace collapsed,
long evidence cut, and each body escapes for its own markup. Links become
clickable only when they are http(s); anything else is shown as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from tariffwatch.alerts.names import country_name, demonym
from tariffwatch.model import Change

if TYPE_CHECKING:
    from tariffwatch.fold import StateEntry

EVIDENCE_MAX = 500  # characters of evidence in email and plain text
SLACK_EVIDENCE_MAX = 300  # Slack messages are read on phones; the link has the rest
DIGEST_EVIDENCE_MAX = 200
DIGEST_MAX_ITEMS = 50  # beyond this a digest is a report, and Slack cuts at ~40k chars
TITLE_MAX = 150  # Slack rejects a header block longer than this
SLACK_MAX = 2900  # Slack rejects a mrkdwn section over 3000 characters
SLACK_SOURCES_MAX = 5
ELLIPSIS = "…"
ARROW = "->"

# C0/C1 controls, zero-width and bidi-override characters: they can hide or
# reorder text in a reader ("Trojan Source"), and never carry meaning in news.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")
# Slack pings everyone for these words in some clients and integrations even
# without the <!channel> syntax; a word joiner after "@" keeps them inert.
_SLACK_BROADCAST = re.compile(r"(?<![\w@.])@(channel|here|everyone)\b", re.IGNORECASE)
_ALL_GOODS = {"", "goods", "all goods", "imports", "all imports", "all products", "products"}


@dataclass(frozen=True, slots=True)
class Message:
    """One alert in every format a route may want; the title is plain text."""

    title: str
    text: str
    html: str
    markdown: str  # Slack mrkdwn: *bold*, <url|text>, &amp; &lt; &gt;


# -- cleaning and escaping -------------------------------------------------------------


def clean(text: str | None) -> str:
    """One line of visible text: no control characters, whitespace collapsed."""
    if not text:
        return ""
    if text.isascii() and text.isprintable() and "  " not in text:
        # Most text is: no control character to strip (the ASCII ones are the
        # unprintable ones), no whitespace but single spaces, so nothing to collapse.
        return text.strip()
    return _SPACES.sub(" ", _INVISIBLE.sub(" ", text)).strip()


def truncate(text: str, limit: int) -> str:
    """Cut at a word boundary near `limit`, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit - 40:  # a word boundary nearby reads better than a split word
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + ELLIPSIS


def slack_escape(text: str) -> str:
    """Escape for Slack mrkdwn: the three entities Slack asks for, and inert @channel."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "@" not in escaped:
        return escaped
    return _SLACK_BROADCAST.sub("@\u2060\\1", escaped)


def safe_link(url: str) -> str | None:
    """The URL when it is a plain http(s) link, else None (never javascript: etc.)."""
    url = clean(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        return None
    return url


def slack_link(url: str, label: str) -> str:
    # A "|" or ">" inside the URL would end Slack's <url|label> early.
    # Slack wants "&" in links as "&amp;" (it decodes it back), like anywhere else.
    target = quote(url, safe=":/?#[]@!$&'()*+,;=%~.-_").replace("&", "&amp;")
    return f"<{target}|{slack_escape(label)}>"


def html_link(url: str, label: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label)}</a>'


# -- words ---------------------------------------------------------------------------


def when(moment: datetime) -> str:
    """A timestamp as alerts show it, always in UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the model promises UTC; be lenient
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _status_word(status: str | None) -> str:
    return (status or "").replace("_", " ")


def _pct(rate: float) -> str:
    return f"{rate:g}%"


def _is_ceiling(change: Change) -> bool:
    # The extractor keeps the maximum of "up to 38.1%" (SPEC.md); say so in the title.
    if change.new_rate is None:
        return False
    # Few stories say "up to"; the pattern below is compiled per rate (a backlog has
    # hundreds), so the words are looked for first. Only u, p, t, o and a space match
    # themselves under re.I, so a story without them lowered has no match either.
    if "up to" not in change.evidence.lower():
        return False
    number = re.escape(f"{change.new_rate:g}")
    return re.search(rf"\bup to {number}\s*(%|per ?cent)", change.evidence, re.I) is not None


def _goods(target: str | None, scope: str | None) -> str:
    scope = clean(scope)
    whole = scope.lower() in _ALL_GOODS
    if target == "*":
        return "imports from all countries" if whole else f"{scope} from all countries"
    code = target or "?"
    adjective = demonym(code)
    if adjective is None:
        name = country_name(code)
        return f"goods from {name}" if whole else f"{scope} from {name}"
    if whole:
        return f"{adjective} goods"
    if adjective.lower() in scope.lower():  # "$200 billion of Chinese goods" says it already
        return scope
    return f"{adjective} {scope}"


def _rates(change: Change) -> str | None:
    if change.new_rate is None:
        return None
    new = ("up to " if _is_ceiling(change) else "") + _pct(change.new_rate)
    if change.old_rate is None or change.old_rate == change.new_rate:
        return new
    return f"{_pct(change.old_rate)} {ARROW} {new}"


def _status_move(change: Change) -> str:
    new = _status_word(change.new_status)
    if change.old_status and change.old_status != change.new_status:
        return f"{_status_word(change.old_status)} {ARROW} {new}"
    return new


def _parties(change: Change) -> list[str]:
    # News writes "US–China talks", not the alphabetical "China–US": big blocs first.
    first = {"US": 0, "EU": 1}
    codes = sorted(change.parties, key=lambda c: (first.get(c, 2), change.parties.index(c)))
    return [country_name(code) for code in codes]


def change_title(change: Change) -> str:
    """What changed, in one line: "US tariff on Chinese goods: 145% -> 30%, in effect"."""
    if change.event is not None:
        from tariffwatch.alerts.deadline_words import deadline_title

        title = deadline_title(change, _goods(change.target, change.scope))
    elif change.kind == "negotiation":
        title = f"{'–'.join(_parties(change))} trade talks: {_status_move(change)}"
    elif change.new_status == "threatened":
        title = _threat_title(change)
    else:
        title = _tariff_title(change)
    return truncate(clean(title), TITLE_MAX)


def _threat_title(change: Change) -> str:
    imposer = country_name(change.imposer or "?")
    goods = _goods(change.target, change.scope)
    if change.new_rate is None:
        return f"{imposer} threatens tariff on {goods}"
    if _is_ceiling(change):
        return f"{imposer} threatens tariff of up to {_pct(change.new_rate)} on {goods}"
    return f"{imposer} threatens {_pct(change.new_rate)} tariff on {goods}"


def _tariff_title(change: Change) -> str:
    head = f"{country_name(change.imposer or '?')} tariff on {_goods(change.target, change.scope)}"
    rates = _rates(change)
    rate_moved = change.old_rate is not None and change.old_rate != change.new_rate
    # When the rate moved, the rate is the news; otherwise the status move is.
    status = _status_word(change.new_status) if rate_moved else _status_move(change)
    return f"{head}: {', '.join(p for p in (rates, status) if p)}"


# -- one change ----------------------------------------------------------------------


def _facts(change: Change) -> list[tuple[str, str]]:
    """The labelled lines every body shows, in order, already cleaned."""
    rows: list[tuple[str | None, str | None]]
    if change.kind == "negotiation":
        rows = [("Talks", " and ".join(_parties(change))), ("Status", _status_move(change))]
    else:
        scope = clean(change.scope)
        rows = [
            ("Imposed by", country_name(change.imposer or "?")),
            ("On", country_name(change.target or "?")),
            ("Goods", None if scope.lower() in _ALL_GOODS else scope),
            ("Rate", _rates(change)),
            ("Status", _status_move(change)),
            ("Effective", _day(change.effective)),
            ("Expires", _day(change.expires)),
        ]
    if change.event is not None:
        rows += [("Deadline", _day(change.deadline)), ("Was", _day(change.old_deadline))]
        rows += [("What follows", change.note)]
    rows += [
        ("Published", when(change.published)),
        ("Confidence", f"{round(change.confidence * 100)}%"),
    ]
    return [(label, clean(value)) for label, value in rows if label and value]


def _sources(change: Change) -> list[str]:
    seen: dict[str, None] = {}
    for link in change.sources:
        text = clean(link)
        if text:
            seen.setdefault(text, None)
    return list(seen)


def _footer(change: Change) -> str:
    return f"tariffwatch · change {clean(change.change_id)}"


def render_change(change: Change) -> Message:
    """The alert for one change, in every format."""
    title = change_title(change)
    evidence = clean(change.evidence)
    facts = _facts(change)
    sources = _sources(change)
    return Message(
        title=title,
        text=_change_text(facts, evidence, sources, _footer(change)),
        html=_change_html(title, facts, evidence, sources, _footer(change)),
        markdown=_change_slack(facts, evidence, sources, _footer(change)),
    )


def _change_text(
    facts: list[tuple[str, str]], evidence: str, sources: list[str], footer: str
) -> str:
    lines = [f"{label}: {value}" for label, value in facts]
    if evidence:
        lines += ["", f"Evidence: \u201c{truncate(evidence, EVIDENCE_MAX)}\u201d"]
    if sources:
        lines += ["", "Sources:", *(f"- {link}" for link in sources)]
    lines += ["", footer]
    return "\n".join(lines) + "\n"


def _change_html(
    title: str, facts: list[tuple[str, str]], evidence: str, sources: list[str], footer: str
) -> str:
    esc = html.escape
    # Lines joined by <br> with no newline between them: apprise derives the
    # email's text/plain part from this HTML, and a table or a newline after
    # <br> would come out as stray line breaks and leading spaces.
    lines = "<br>".join(f"<b>{esc(label)}:</b> {esc(value)}" for label, value in facts)
    parts = [f"<h2>{esc(title)}</h2>", f"<p>{lines}</p>"]
    if evidence:
        parts.append(f"<blockquote>{esc(truncate(evidence, EVIDENCE_MAX))}</blockquote>")
    if sources:
        parts.append("<p>Sources:</p>")
        parts.append("<ul>")
        parts += [f"<li>{_html_source(link)}</li>" for link in sources]
        parts.append("</ul>")
    parts.append(f"<p><small>{esc(footer)}</small></p>")
    return "\n".join(parts) + "\n"


def _html_source(link: str) -> str:
    url = safe_link(link)
    return html_link(url, url) if url else html.escape(link)


def _change_slack(
    facts: list[tuple[str, str]], evidence: str, sources: list[str], footer: str
) -> str:
    # The title travels as Slack's own header; the body starts with the facts.
    lines = [f"*{slack_escape(label)}:* {slack_escape(value)}" for label, value in facts]
    if evidence:
        lines.append("> " + _slack_evidence(evidence, sources, SLACK_EVIDENCE_MAX))
    if sources:
        shown = sources[:SLACK_SOURCES_MAX]
        more = f" and {len(sources) - len(shown)} more" if len(sources) > len(shown) else ""
        lines.append("*Sources:* " + ", ".join(map(_slack_source, shown)) + more)
    lines.append(f"_{slack_escape(footer)}_")
    return "\n".join(lines) + "\n"


def _slack_evidence(evidence: str, sources: list[str], limit: int) -> str:
    short = truncate(evidence, limit)
    text = slack_escape(short)
    if short != evidence:
        first = next((u for u in map(safe_link, sources) if u), None)
        if first:
            text += " " + slack_link(first, "read more")
    return text


def _slack_source(link: str) -> str:
    url = safe_link(link)
    if url is None:
        return slack_escape(link)
    return slack_link(url, urlsplit(url).netloc)


# -- many changes --------------------------------------------------------------------


def render_digest(changes: Sequence[Change], *, since: datetime | None, until: datetime) -> Message:
    """One summary of many changes, oldest first, for digest routes."""
    ordered = sorted(changes, key=lambda c: (c.published, c.change_id))
    shown, hidden = ordered[:DIGEST_MAX_ITEMS], len(ordered) - DIGEST_MAX_ITEMS
    count = _count(len(ordered))
    window = f"since {when(since)}" if since else f"until {when(until)}"
    span = f"from {when(since)} to {when(until)}" if since else f"up to {when(until)}"
    title = f"tariffwatch digest: {count} {window}"
    intro = f"{count[0].upper()}{count[1:]} {span}."
    items = [_DigestItem.of(change) for change in shown]
    return Message(
        title=title,
        text=_digest_text(intro, items, hidden),
        html=_digest_html(title, intro, items, hidden),
        markdown=_digest_slack(intro, items, hidden),
    )


def _more(hidden: int) -> str:
    return f"… and {hidden} more." if hidden > 0 else ""


def _count(n: int) -> str:
    return "no changes" if n == 0 else "1 change" if n == 1 else f"{n} changes"


@dataclass(frozen=True, slots=True)
class _DigestItem:
    title: str
    published: str
    evidence: str  # cleaned, not yet cut
    source: str | None  # the first http(s) link

    @classmethod
    def of(cls, change: Change) -> _DigestItem:
        links = (safe_link(s) for s in change.sources)
        return cls(
            title=change_title(change),
            published=when(change.published),
            evidence=clean(change.evidence),
            source=next((u for u in links if u), None),
        )


def _digest_text(intro: str, items: Sequence[_DigestItem], hidden: int) -> str:
    more = _more(hidden)
    lines = [intro]
    for number, item in enumerate(items, 1):
        lines += ["", f"{number}. {item.title}", f"   Published {item.published}"]
        if item.evidence:
            lines.append(f"   \u201c{truncate(item.evidence, DIGEST_EVIDENCE_MAX)}\u201d")
        if item.source:
            lines.append(f"   {item.source}")
    if more:
        lines += ["", more]
    return "\n".join(lines) + "\n"


def _digest_html(title: str, intro: str, items: Sequence[_DigestItem], hidden: int) -> str:
    more = _more(hidden)
    esc = html.escape
    parts = [f"<h2>{esc(title)}</h2>", f"<p>{esc(intro)}</p>", "<ol>"]
    for item in items:
        body = [f"<strong>{esc(item.title)}</strong>", f"Published {esc(item.published)}"]
        if item.evidence:
            body.append(f"<q>{esc(truncate(item.evidence, DIGEST_EVIDENCE_MAX))}</q>")
        if item.source:
            body.append(html_link(item.source, urlsplit(item.source).netloc))
        parts.append("<li>" + "<br>\n".join(body) + "</li>")
    parts.append("</ol>")
    if more:
        parts.append(f"<p>{esc(more)}</p>")
    return "\n".join(parts) + "\n"


def _digest_slack(intro: str, items: Sequence[_DigestItem], hidden: int) -> str:
    lines = [slack_escape(intro)]
    size = len(lines[0])
    for shown, item in enumerate(items):
        line = f"• *{slack_escape(item.title)}* ({slack_escape(item.published)})"
        if item.evidence:
            sources = [item.source] if item.source else []
            line += "\n> " + _slack_evidence(item.evidence, sources, DIGEST_EVIDENCE_MAX)
        elif item.source:
            line += " " + slack_link(item.source, "source")
        if size + len(line) > SLACK_MAX - 100:  # leave room for the "and N more" line
            hidden += len(items) - shown
            break
        size += len(line) + 1
        lines.append(line)
    if hidden > 0:
        lines.append(slack_escape(_more(hidden)))
    return "\n".join(lines) + "\n"


# -- a retraction ------------------------------------------------------------------

RETRACTION_NOTE = "This alert was wrong and is withdrawn: the state no longer holds it."


def render_retraction(
    change: Change,
    *,
    reason: str | None,
    first_sent: datetime | None,
    now: StateEntry | None,
) -> Message:
    """The correction of an alert a person dismissed (`tariffwatch dismiss`): what the
    alert said, why it is withdrawn, when it went out, and what the state is now."""
    title = truncate(f"Retracted: {change_title(change)}", TITLE_MAX)
    rows = [
        ("Retracted", change_title(change)),
        ("Why", clean(reason) or "a person marked it wrong"),
        ("First sent", when(first_sent) if first_sent else None),
        ("Now", clean(state_words(change, now))),
    ]
    lines = [(label, value) for label, value in rows if value]
    evidence = truncate(clean(change.evidence), EVIDENCE_MAX)
    footer = f"tariffwatch · retraction of change {clean(change.change_id)}"
    text = [RETRACTION_NOTE, "", *(f"{label}: {value}" for label, value in lines)]
    if evidence:
        text += ["", f"It read: \u201c{evidence}\u201d"]
    esc = html.escape
    body = "<br>".join(f"<b>{esc(label)}:</b> {esc(value)}" for label, value in lines)
    html_parts = [f"<h2>{esc(title)}</h2>", f"<p>{esc(RETRACTION_NOTE)}</p>", f"<p>{body}</p>"]
    if evidence:
        html_parts.append(f"<blockquote>{esc(evidence)}</blockquote>")
    html_parts.append(f"<p><small>{esc(footer)}</small></p>")
    slack = [
        slack_escape(RETRACTION_NOTE),
        *(f"*{slack_escape(label)}:* {slack_escape(value)}" for label, value in lines),
    ]
    if evidence:
        slack.append("> " + slack_escape(truncate(evidence, SLACK_EVIDENCE_MAX)))
    slack.append(f"_{slack_escape(footer)}_")
    return Message(
        title=title,
        text="\n".join([*text, "", footer]) + "\n",
        html="\n".join(html_parts) + "\n",
        markdown="\n".join(slack) + "\n",
    )


def state_words(change: Change, entry: StateEntry | None) -> str:
    """What the state holds now for the key a change moved: "25%, in effect (since
    2025-06-02)"; or that it holds nothing there."""
    if entry is None:
        if change.kind == "negotiation":
            return f"no talks on record between {' and '.join(_parties(change))}"
        what = "threat" if change.new_status == "threatened" else "rate"
        return f"no {what} on record for {_goods(change.target, change.scope)}"
    status = _status_word(entry.status)
    held = f"{_pct(entry.rate)}, {status}" if entry.rate is not None else status
    return f"{held} (as of {when(entry.as_of)[:10]})"


# -- the test message ----------------------------------------------------------------


def render_test_message() -> Message:
    """What `tariffwatch alerts test` sends: proof that a route is wired up."""
    title = "tariffwatch test message"
    text = (
        "This is a test message from tariffwatch. If you can read it, this route delivers alerts."
    )
    return Message(
        title=title,
        text=text + "\n",
        html=f"<h2>{html.escape(title)}</h2>\n<p>{html.escape(text)}</p>\n",
        markdown=slack_escape(text) + "\n",
    )


REDELIVERY_NOTE = (
    "Re-sent: an earlier delivery of this alert was interrupted, so you may have it already."
)


def as_redelivery(message: Message) -> Message:
    """The same alert, marked as a possible repeat.

    Used when the process died while a route was answering: the route may or
    may not have the first copy, and the reader deserves to know which case
    this could be (message brokers flag redeliveries the same way).
    """
    return Message(
        title=f"(re-sent) {message.title}",
        text=f"{message.text.rstrip()}\n\n{REDELIVERY_NOTE}\n",
        html=f"{message.html}<p><em>{REDELIVERY_NOTE}</em></p>",
        markdown=f"{message.markdown.rstrip()}\n_{REDELIVERY_NOTE}_\n",
    )
