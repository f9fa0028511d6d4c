"""The extractor: a pure function from news text to tariff and negotiation facts.

See docs/facts.md for what a fact is. Modules, one job each:

    names.py         the curated country names, demonyms, seats and officials
    countries.py     finding those names in a sentence
    roles.py         which mention levies a tariff and whose goods it taxes
    numbers.py       percentages in digits and words
    zeros.py         rates of zero in words: the table of shapes ("scrap tariffs", "free of")
    lists.py         country-rate lists: the table of item shapes ("Syria (41%)", "Peru 18%")
    sentences.py     sentence splitting that survives "U.S." and "38.1%"
    cues.py          tariff words, status verbs, marks of history
    dates.py         "on Friday", "for 90 days" against the published date
    tariffs.py       the tariff rules
    status.py        a tariff's status, news or history, and dates, from its own clause
    old_rates.py     the rate before, in the rarer shapes ("instead of", "brought back")
    story_status.py  status across sentences: headlines overstate, verbless lists
    negotiations.py  the negotiation rules: sides of each talks cue, currency per pair
    talks_cues.py    the talks cue table (status, stems, pattern) and its hedges
    context.py       what the whole story says (default imposer, main pair, the pair
                     a country-less rate refers back to)
    core.py          ``extract``: sentences in, facts out
    documents.py     reading JSON lines or plain text
    output.py        SPEC JSON lines and --explain lines
    regex_cache.py   the rules' compiled patterns kept on disk between runs
    unread.py        rate mentions no fact was read for, listed beside the facts
"""

from tariffwatch.extract.core import extract
from tariffwatch.extract.documents import Document, read_documents
from tariffwatch.extract.output import explain_fact, fact_to_spec_json
from tariffwatch.extract.regex_cache import save as _save_regex_cache
from tariffwatch.extract.unread import unread_mentions
from tariffwatch.model import Fact, UnreadMention

# every rule module has compiled its patterns by now: keep them for the next start
_save_regex_cache()

__all__ = [
    "Document",
    "Fact",
    "UnreadMention",
    "explain_fact",
    "extract",
    "fact_to_spec_json",
    "read_documents",
    "unread_mentions",
]
