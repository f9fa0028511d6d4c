"""tariffwatch: know when a tariff rate or the state of trade talks changes.

The public API is small and explicit; everything else is internal.
"""

from tariffwatch.errors import (
    ConfigError,
    DeliveryError,
    FeedError,
    StoreError,
    StoreLockedError,
    TariffwatchError,
)
from tariffwatch.model import Change, Item, NegotiationFact, SourcedFact, TariffFact

__all__ = [
    "Change",
    "ConfigError",
    "DeliveryError",
    "FeedError",
    "Item",
    "NegotiationFact",
    "SourcedFact",
    "StoreError",
    "StoreLockedError",
    "TariffFact",
    "TariffwatchError",
]
__version__ = "0.1.0"
