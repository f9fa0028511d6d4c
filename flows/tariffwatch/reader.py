"""The rules read one item: the extract stage's reading, picklable for the parse workers.

A large feed is parsed in a worker process (sources/pool.py); handing the worker
a RulesReader lets it read the facts of that feed's items in the same pass, on
the core that parsed them, while the fetch threads wait on the network and the
next feed parses on the other core. The extract stage then finds those items
already read. Small on purpose: a worker imports this module, extract/ and
model.py, never the store or Prefect.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tariffwatch.extract import extract
from tariffwatch.model import Fact, Item


@dataclass(frozen=True, slots=True)
class RulesReader:
    """extract() over one item, with the config's extra country names."""

    aliases: Mapping[str, str] = field(default_factory=dict)

    def __call__(self, item: Item) -> list[Fact]:
        return extract(
            item.text,
            published=item.published.date(),
            title=item.title or None,
            aliases=self.aliases or None,
        )
