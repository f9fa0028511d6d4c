"""`tariffwatch alerts ...`: check that the alert routes work."""

from __future__ import annotations

import typer
from rich.markup import escape

from tariffwatch.commands.shared import ConfigOption, app, config_from, out, reported
from tariffwatch.config import SECRET_BLOCK_PREFIX

alerts_app = typer.Typer(help="Alert routes: check that they work.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(config: ConfigOption = None) -> None:
    """Send a test message to every configured route and say which worked.

    Example: tariffwatch alerts test --config tariffwatch.toml
    """
    from tariffwatch.alerts import privacy_url, render_test_message, send
    from tariffwatch.errors import DeliveryError

    with reported():
        cfg = config_from(config)
    if not cfg.routes:
        out.print(
            "No route is configured: alerts go to the console. Add a [[routes]] table.",
            markup=False,
        )
        return
    if any(r.url.startswith(SECRET_BLOCK_PREFIX) for r in cfg.routes):
        from tariffwatch.flows import resolve_route_secrets  # Prefect: only when needed

        cfg = resolve_route_secrets(
            cfg, on_error=lambda why: out.print(f"[red]FAIL[/red] {escape(why)}")
        )
    failed = 0
    message = render_test_message()
    for route in cfg.routes:
        try:
            send(route, message)
        except DeliveryError as exc:
            failed += 1
            out.print(
                f"[red]FAIL[/red] {escape(route.name)} ({escape(privacy_url(route.url))}): "
                f"{escape(str(exc))}"
            )
        else:
            out.print(
                f"[green]ok[/green]   {escape(route.name)} ({escape(privacy_url(route.url))})"
            )
    if failed:
        raise typer.Exit(1)
