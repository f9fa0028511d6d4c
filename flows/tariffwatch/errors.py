"""Every error tariffwatch raises on purpose derives from one base.

    TariffwatchError
    ├── ConfigError        a config file, key or value is wrong (.path, .key)
    ├── StoreError         the DuckDB store cannot be opened or migrated (.path)
    │   └── StoreLockedError   another process holds the database for writing
    ├── FeedError          one feed could not be fetched or parsed (.feed, .code)
    ├── DismissError       `dismiss` was given an id it cannot act on
    └── DeliveryError      one alert route could not be reached (.route)

Messages say what went wrong and what to do about it; the CLI prints them as
one line. Nothing here ever carries a secret: routes are named by their
apprise privacy URL, never the real one.
"""

from __future__ import annotations

from typing import Any


class TariffwatchError(Exception):
    """Base of every error tariffwatch raises on purpose."""


class ConfigError(TariffwatchError):
    def __init__(self, message: str, *, path: str | None = None, key: str | None = None) -> None:
        self.path = path
        self.key = key
        where = ":".join(p for p in (path, key) if p)
        super().__init__(f"{where}: {message}" if where else message)


class StoreError(TariffwatchError):
    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(message)


class StoreLockedError(StoreError):
    """Another process has the database open for writing (DuckDB has one writer)."""


class DismissError(TariffwatchError):
    """An unknown, ambiguous or too short change id, or a change that cannot be dismissed."""


class FeedError(TariffwatchError):
    """A feed failed. `code` is stable and short (timeout, http_404, too_large, ...)."""

    def __init__(self, feed: str, code: str, message: str) -> None:
        self.feed = feed
        self.code = code
        self.message = message
        super().__init__(f"feed {feed!r}: {code}: {message}")

    def __reduce__(self) -> tuple[type, tuple[str, str, str]]:
        # Pickled with its real arguments: a FetchResult crosses processes under Dask.
        return (type(self), (self.feed, self.code, self.message))


class DeliveryError(TariffwatchError):
    """A route did not take a message.

    `transient` is True when trying again soon may work (a 5xx, 429, a timeout,
    a refused connection, or a failure whose cause is unknown); False when it
    will not heal by itself (a 4xx such as a revoked token or a deleted webhook,
    an unusable URL): those are not retried and the message says what to fix.
    `status` is the HTTP status the route answered, when one is known;
    `retry_after` the seconds a 429 asked to wait (its Retry-After), if it said.
    """

    def __init__(
        self,
        route: str,
        message: str,
        *,
        transient: bool = True,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.route = route
        self.message = message
        self.transient = transient
        self.status = status
        self.retry_after = retry_after
        super().__init__(f"route {route!r}: {message}")

    def __reduce__(self) -> tuple[Any, ...]:
        args = (self.route, self.message, self.transient, self.status, self.retry_after)
        return (_delivery_error, args)


def _delivery_error(
    route: str,
    message: str,
    transient: bool,
    status: int | None,
    retry_after: float | None = None,
) -> DeliveryError:
    return DeliveryError(
        route, message, transient=transient, status=status, retry_after=retry_after
    )
