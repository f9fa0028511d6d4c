"""`tariffwatch alerts ...`: check that the alert routes work."""

from __future__ import annotations

import typer
from rich.markup import escape

from tariffwatch.commands.shared import ConfigOption, app, config_from, out, reported
from tariffwatch.config import SECRET_BLOCK_PREFIX, Config

alerts_app = typer.Typer(help="Alert routes: check that they work.", no_args_is_help=True)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(config: ConfigOption = None) -> None:
    """Send a test message to every configured route and say which worked.

    A route resting because its server asked for a wait is sent the test too;
    when it takes it, the server accepts again, so the rest ends and its
    pending alerts go with the next run.

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
    rests = _resting_routes(cfg)
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
                + escape(_end_rest(cfg, route.name, rests.get(route.name)))
            )
    if failed:
        raise typer.Exit(1)


def _resting_routes(cfg: Config) -> dict[str, str]:
    """Route -> its rest, said for people, for each route resting now (none without a database)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from tariffwatch.alerts.rest import RouteRest, is_resting, rest_label
    from tariffwatch.store import Store

    if not Path(cfg.storage.path).exists():
        return {}
    now = datetime.now(UTC)
    with Store.open(cfg.storage.path, lock_timeout=cfg.storage.lock_timeout) as store:
        rests = {name: RouteRest.from_row(row) for name, row in store.route_rests().items()}
    cap = cfg.alerts.max_rest_minutes
    return {
        name: rest_label(rest, now, cap_minutes=cap)
        for name, rest in rests.items()
        if is_resting(rest, now)
    }


def _end_rest(cfg: Config, route: str, rest: str | None) -> str:
    """End the rest of a route that took the test; what to add to its 'ok' line."""
    if rest is None:
        return ""
    from tariffwatch.store import Store

    with Store.open(cfg.storage.path, lock_timeout=cfg.storage.lock_timeout) as store:
        store.clear_route_rest(route)
    return (
        f"; it was {rest}: it took the test, so the rest is over "
        "and its pending alerts go with the next run"
    )
