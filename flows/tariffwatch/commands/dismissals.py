"""`tariffwatch dismissals`: the dismissed alerts, newest first, and what each silenced."""

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
def dismissals(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """List the dismissals, newest first, with the facts each silenced.

    Example: tariffwatch dismissals --json
    """
    from tariffwatch.dismiss import dismissals_data
    from tariffwatch.show import print_dismissals

    with reported():
        data = dismissals_data(config_from(config))
    if as_json:
        print_json(data)
    else:
        print_dismissals(out, data)
