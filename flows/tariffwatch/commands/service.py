"""Commands that run tariffwatch as a Prefect service: serve, digest."""

from __future__ import annotations

import typer

from tariffwatch.cli import ConfigOption, JsonOption, _config, _print_json, _reported, app, out


@app.command()
def serve(config: ConfigOption = None) -> None:
    """Serve the `monitor` and `digest` deployments from this process, on their crons.

    The crons and timezone come from the config's schedule section.

    Runs until Ctrl-C; each deployment runs one flow run at a time (a run due
    while one is still going is cancelled). Point PREFECT_API_URL at a
    `prefect server start` to see runs, artifacts and events in the UI.

    Example: tariffwatch serve --config tariffwatch.toml
    """
    with _reported():
        cfg = _config(config)
        from tariffwatch.flows import build_deployments, serve_service

        build_deployments(cfg)  # a bad cron or timezone is a config error before serving
        schedule = cfg.schedule
        out.print(
            f"serving tariffwatch-monitor/monitor ({schedule.monitor}) and "
            f"tariffwatch-digest/digest ({schedule.digest}), timezone {schedule.timezone}",
            highlight=False,
        )
        serve_service(cfg)


@app.command()
def digest(config: ConfigOption = None, as_json: JsonOption = False) -> None:
    """Send each digest route one summary of its changes since its last digest, now.

    A route with nothing new gets nothing.

    Example: tariffwatch digest --config tariffwatch.toml
    """
    with _reported():
        cfg = _config(config)
        from tariffwatch.flows import run_digest

        report = run_digest(cfg)
    if as_json:
        _print_json(report)
        return
    for route, count in report["sent"].items():
        out.print(f"[green]sent[/green]  {route}: {count} change(s)", highlight=False)
    for route in report["empty"]:
        out.print(f"none  {route}: nothing new", highlight=False)
    for route, error in report["errors"].items():
        out.print(f"[red]FAIL[/red]  {route}: {error}", highlight=False)
    if not (report["sent"] or report["empty"] or report["errors"]):
        out.print('No route has mode = "digest".')
    if report["errors"]:
        raise typer.Exit(1)
