"""`tariffwatch chart`: a step chart of two countries' rates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from tariffwatch.commands.shared import (
    ConfigOption,
    CountryA,
    CountryB,
    app,
    config_from,
    out,
    out_option,
    reported,
)


@app.command()
def chart(
    a: CountryA,
    b: CountryB,
    output: Annotated[
        Path | None, out_option("The image to write, .png or .svg (default A-B.png).")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Draw a step chart of the tariff rates both ways over time, with the talks marked.

    Example: tariffwatch chart US CN -o chart.png
    """
    from tariffwatch.chart import write_chart
    from tariffwatch.history import country_pair

    with reported():
        a, b = country_pair(a, b)
        path = output or Path(f"{a}-{b}.png")
        result = write_chart(config_from(config), a, b, path)
    out.print(
        f"wrote {path}: {result.series} rate line(s), {result.threats} threat(s), "
        f"{result.events} talks event(s)",
        highlight=False,
        markup=False,
    )
