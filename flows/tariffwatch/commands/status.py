"""`tariffwatch status`: the current tariffs and talks, with as-of dates and sources."""

from __future__ import annotations

from tariffwatch.commands.shared import (
    ConfigOption,
    JsonOption,
    app,
    config_from,
    out,
    print_json,
    reported,
)


@app.command()
def status(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Show the current tariffs and negotiation statuses, with as-of dates and sources.

    Example: tariffwatch status --json
    """
    from tariffwatch import show

    with reported():
        data = show.status_data(config_from(config))
    if as_json:
        print_json(data)
    else:
        show.print_status(out, data)
