"""`tariffwatch history`: every change between two countries."""

from __future__ import annotations

from tariffwatch.commands.shared import (
    ConfigOption,
    CountryA,
    CountryB,
    JsonOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)


@app.command()
def history(
    a: CountryA,
    b: CountryB,
    config: ConfigOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every rate and talks change between two countries, both directions, oldest first.

    Example: tariffwatch history US CN
    """
    from tariffwatch.history import country_pair, pair_history, print_history

    with reported():
        a, b = country_pair(a, b)
        rows = pair_history(config_from(config), a, b)
    if as_json:
        print_json(rows)
    else:
        print_history(out, a, b, rows)
