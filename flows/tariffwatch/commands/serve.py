"""`tariffwatch serve`: run the monitor and digest deployments on their crons."""

from __future__ import annotations

from tariffwatch.commands.shared import ConfigOption, app, config_from, out, reported


@app.command()
def serve(config: ConfigOption = None) -> None:
    """Serve the `monitor` and `digest` deployments from this process, on their crons.

    The crons and timezone come from the config's schedule section.

    Runs until Ctrl-C; each deployment runs one flow run at a time (a run due
    while one is still going is cancelled). Point PREFECT_API_URL at a
    `prefect server start` to see runs, artifacts and events in the UI.

    Example: tariffwatch serve --config tariffwatch.toml
    """
    with reported():
        cfg = config_from(config)
        from tariffwatch.flows import build_deployments, serve_service

        build_deployments(cfg)  # a bad cron or timezone is a config error before serving
        schedule = cfg.schedule
        out.print(
            f"serving tariffwatch-monitor/monitor ({schedule.monitor}) and "
            f"tariffwatch-digest/digest ({schedule.digest}), timezone {schedule.timezone}",
            highlight=False,
        )
        serve_service(cfg)
