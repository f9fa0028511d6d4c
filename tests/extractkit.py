"""What extraction tests compare: a story's tariff facts as keys and statuses."""

from __future__ import annotations

from datetime import date

from tariffwatch.extract import extract
from tariffwatch.model import TariffFact

Key = tuple[str, str, float]


def tariff_statuses(text: str, published: date, *, current_only: bool = False) -> dict[Key, str]:
    """(imposer, target, new_rate) -> status of each tariff fact the text gives;
    with ``current_only``, of the facts given as news, not history."""
    return {
        (f.imposer, f.target, f.new_rate): f.status
        for f in extract(text, published=published)
        if isinstance(f, TariffFact) and (f.current or not current_only)
    }
