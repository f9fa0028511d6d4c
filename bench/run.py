"""`make bench`: serve a generated corpus on loopback, run each scenario in a fresh process,
print one table of figures, targets and PASS/FAIL.

    python -m bench.run            # the full benchmark (~2-4 minutes on 2 cores)
    python -m bench.run --quick    # a small version, for a quick look
    python -m bench.run --json out.json
    python -m bench.run --only backlog   # one figure (here 7) with the baseline it needs

`--only` takes one or more of: cycle (figures 1 and 2), nochange (3), extraction (4),
prefect (6), backlog (7); peak memory (5) is shown for whatever ran.

This process only serves the feeds (tests/feedserver.py) and receives the
alerts (tests/receivers.py); each measured scenario runs in its own child
(bench/scenarios.py), which reports its own peak memory. Figures that are
compared are measured in the same run, because shared machines are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import make_corpus
from bench.prefect_server import PrefectServer
from bench.scenarios import tree_cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the loopback peers the tests use

from feedserver import FeedServer, conditional  # noqa: E402
from receivers import WebhookReceiver  # noqa: E402

TARGET_CYCLE_RATIO = 0.5  # full cycle items/s over feedparser-only items/s
TARGET_NOCHANGE_RATIO = 1.3  # no-change cycle at the big store over the small one
TARGET_EXTRACT_RATE = 2_000.0  # items/s on one core
TARGET_PEAK_MB = 400.0
TARGET_BACKLOG_RATIO = 0.5  # backlog cycle items/s over feedparser-only items/s, same bytes
FIGURES = ("cycle", "nochange", "extraction", "prefect", "backlog")  # what --only may name


@dataclass(frozen=True)
class Plan:
    items: int = 20_000  # new items in the full cycle
    feeds: int = 40
    nochange_items_per_feed: int = 25
    sizes: tuple[int, int] = (10_000, 1_000_000)  # stored items for the no-change cycles
    prefect_feeds: tuple[int, ...] = (5, 20)
    repeat: int = 3  # no-change cycles per kind; the median is reported
    seed: int = 7
    # A first run over feeds with months of history: every report a new move, so
    # thousands of changes for the one webhook route (grouped, as alerts are).
    backlog_items: int = 10_000
    backlog_plain: bool = True  # also the backlog as plain calls, to show Prefect's share


FULL = Plan()
QUICK = Plan(
    items=3_000, feeds=10, sizes=(10_000, 100_000), prefect_feeds=(2, 6), backlog_items=1_500
)


@dataclass
class Row:
    name: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: a figure with no target


@dataclass
class Report:
    plan: Plan
    machine: dict[str, Any]
    results: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(r.ok is not False for r in self.rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan.__dict__,
            "machine": self.machine,
            "results": self.results,
            "rows": [r.__dict__ for r in self.rows],
            "passed": self.passed,
        }


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    if args.items or args.feeds or args.sizes:
        plan = Plan(
            items=args.items or plan.items,
            feeds=args.feeds or plan.feeds,
            nochange_items_per_feed=plan.nochange_items_per_feed,
            sizes=tuple(args.sizes) if args.sizes else plan.sizes,  # type: ignore[arg-type]
            prefect_feeds=plan.prefect_feeds,
            repeat=plan.repeat,
            backlog_items=plan.backlog_items,
            backlog_plain=plan.backlog_plain,
        )
    if args.no_prefect:
        plan = Plan(**{**plan.__dict__, "prefect_feeds": ()})
    with tempfile.TemporaryDirectory(prefix="tariffwatch-bench-") as tmp:
        report = run(plan, Path(args.workdir or tmp), log=not args.quiet, only=args.only)
    print(render(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_json(), indent=2, default=str))
    return 0 if report.passed or not args.strict else 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="a small corpus and a 100k-item store")
    p.add_argument("--items", type=int, help="new items in the full cycle")
    p.add_argument("--feeds", type=int, help="feeds in the full cycle")
    p.add_argument("--sizes", type=int, nargs=2, metavar=("SMALL", "BIG"), help="stored items")
    p.add_argument("--no-prefect", action="store_true", help="skip the Prefect task-run count")
    p.add_argument("--json", help="also write every figure to this file")
    p.add_argument("--workdir", help="keep the databases and feeds here (default: a temp dir)")
    p.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument(
        "--only",
        nargs="+",
        choices=FIGURES,
        help="run only these figures (each with the baseline it is compared with)",
    )
    return p


# -- running ---------------------------------------------------------------------------------


def run(plan: Plan, work: Path, *, log: bool = True, only: list[str] | None = None) -> Report:
    def wants(figure: str) -> bool:
        return not only or figure in only

    def say(message: str) -> None:
        if log:
            print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    report = Report(plan=plan, machine=machine())
    results = report.results
    work.mkdir(parents=True, exist_ok=True)
    with FeedServer() as server, WebhookReceiver() as hook:
        hook_url = hook.url("json")
        if wants("cycle") or wants("extraction"):
            say(f"corpus: {plan.items} items in {plan.feeds} feeds")
            corpus = make_corpus(items=plan.items, feeds=plan.feeds, seed=plan.seed)
            feeds_dir = _serve(server, corpus.feeds, work / "feeds", "big")
            results["corpus"] = {
                "items": len(corpus.items),
                "feeds": len(corpus.feeds),
                "mb": round(corpus.total_bytes / 1e6, 1),
                "kinds": _kinds(corpus.items),
            }
            del corpus
        if wants("cycle"):
            big_feeds = [
                (p.stem, server.url(f"/big/{p.name}")) for p in sorted(feeds_dir.glob("*"))
            ]
            say("1. feedparser alone")
            results["baseline"] = child("baseline", feeds_dir=str(feeds_dir))
            say("2. full cycle")
            cfg = _config(work / "full.toml", work / "full.duckdb", big_feeds, hook_url)
            results["cycle"] = child("cycle", config_path=str(cfg))
            results["cycle"]["alerts_received"] = len(hook.posts)
        if wants("extraction"):
            say("4. extraction alone")
            results["extraction"] = child("extraction", feeds_dir=str(feeds_dir))

        if plan.backlog_items and wants("backlog"):
            say(f"7. backlog: {plan.backlog_items} new items, one move per report")
            results["backlog"] = backlog(plan, server, hook, work)

        if wants("nochange"):
            say("3. no-change cycles")
            nc = make_corpus(
                items=plan.feeds * plan.nochange_items_per_feed,
                feeds=plan.feeds,
                seed=plan.seed + 1,
                prefix="nc-",
            )
            nc_dir = _serve(server, nc.feeds, work / "nc-feeds", "nc")
            nc_feeds = [(p.stem, server.url(f"/nc/{p.name}")) for p in sorted(nc_dir.glob("*"))]
            results["nochange"] = {}
            for size in plan.sizes:
                db = work / f"nochange-{size}.duckdb"
                cfg = _config(work / f"nochange-{size}.toml", db, nc_feeds, hook_url)
                history = max(0, size - len(nc.items))
                say(f"   building a store of {size:,} items")
                build = child("build_db", config_path=str(cfg), items=history)
                say(f"   no-change cycles at {size:,} items")
                measured = child("nochange", config_path=str(cfg), repeat=plan.repeat)
                measured["build"] = build
                results["nochange"][str(size)] = measured

        if plan.prefect_feeds and wants("prefect"):
            say("6. Prefect task runs per cycle")
            paths = []
            for n in plan.prefect_feeds:
                small = make_corpus(items=2 * n, feeds=n, seed=plan.seed + n, prefix=f"p{n}-")
                p_dir = _serve(server, small.feeds, work / f"p{n}-feeds", f"p{n}")
                feeds = [(p.stem, server.url(f"/p{n}/{p.name}")) for p in sorted(p_dir.glob("*"))]
                cfg = _config(work / f"prefect-{n}.toml", work / f"prefect-{n}.duckdb", feeds, "")
                paths.append(str(cfg))
            env = {
                "PREFECT_HOME": str(work / "prefect-home"),
                "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                "DO_NOT_TRACK": "1",
                "PREFECT_LOGGING_LEVEL": "WARNING",
            }
            results["prefect"] = child("prefect_tasks", env=env, config_paths=paths)
    report.rows = judge(plan, results)
    return report


def backlog(plan: Plan, server: FeedServer, hook: WebhookReceiver, work: Path) -> dict[str, Any]:
    """Figure 7: a first cycle over a backlog, run as the monitor flow against a real
    `prefect server`, against feedparser alone on the same bytes."""
    corpus = make_corpus(
        items=plan.backlog_items,
        feeds=plan.feeds,
        seed=plan.seed + 100,
        prefix="bl-",
        reports_per_event=1,
    )
    folder = _serve(server, corpus.feeds, work / "bl-feeds", "bl")
    del corpus
    feeds = [(p.stem, server.url(f"/bl/{p.name}")) for p in sorted(folder.glob("*"))]
    db = work / "backlog.duckdb"
    cfg = _config(work / "backlog.toml", db, feeds, hook.url("json"))
    out: dict[str, Any] = {"baseline": child("baseline", feeds_dir=str(folder))}
    with PrefectServer(work / "prefect-server") as prefect:
        server_cpu = tree_cpu_seconds(prefect.pid)
        before = len(hook.posts)
        out["cycle"] = child(
            "flow_cycle", env=prefect.client_env(work / "prefect-client"), config_path=str(cfg)
        )
        out["cycle"]["messages_received"] = len(hook.posts) - before
        out["cycle"]["server_cpu_seconds"] = tree_cpu_seconds(prefect.pid) - server_cpu
    if plan.backlog_plain:
        # The same cycle as plain calls (pipeline.run_cycle): what Prefect adds is the gap.
        plain_db = work / "backlog-plain.duckdb"
        plain = _config(work / "backlog-plain.toml", plain_db, feeds, hook.url("json"))
        out["plain"] = child("cycle", config_path=str(plain))
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        out["stored_changes"] = con.execute("SELECT count(*) FROM changes").fetchall()[0][0]
        rows = con.execute("SELECT status, count(*) FROM deliveries GROUP BY 1").fetchall()
        out["outbox"] = {status: n for status, n in rows}
    return out


def child(scenario: str, *, env: dict[str, str] | None = None, **params: Any) -> dict[str, Any]:
    """Run one scenario in a fresh interpreter; its last stdout line is its JSON result."""
    full_env = {**os.environ, **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT), full_env.get("PYTHONPATH", "")) if p
    )
    if env is None or "PREFECT_API_URL" not in env:
        full_env.pop("PREFECT_API_URL", None)
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.scenarios", scenario, json.dumps(params)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(
            f"scenario {scenario} failed ({proc.returncode}):\n{proc.stderr[-4000:]}"
        )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    return result


def _serve(server: FeedServer, feeds: dict[str, bytes], folder: Path, prefix: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in feeds.items():
        path = folder / f"{name}.xml"
        path.write_bytes(body)
        etag = f'"{prefix}-{name}-{len(body)}"'
        server.route(f"/{prefix}/{path.name}", conditional(body, etag=etag))
    return folder


def _config(path: Path, db: Path, feeds: list[tuple[str, str]], hook_url: str) -> Path:
    lines = [
        "[storage]",
        f"path = {json.dumps(str(db))}",
        "[seeds]",
        f"path = {json.dumps(str(path.parent / 'no-seeds'))}",
        "[fetch]",
        "timeout = 30.0",
        "interval_minutes = 0.0",
        "retries = 0",
        "concurrency = 8",
    ]
    for name, url in feeds:
        lines += ["[[feeds]]", f"name = {json.dumps(name)}", f"url = {json.dumps(url)}"]
    if hook_url:
        lines += ["[[routes]]", 'name = "hook"', f"url = {json.dumps(hook_url)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _kinds(items: list[Any]) -> dict[str, int]:
    kinds: dict[str, int] = {}
    for item in items:
        kinds[item.kind] = kinds.get(item.kind, 0) + 1
    return kinds


# -- judging and printing --------------------------------------------------------------------


def judge(plan: Plan, r: dict[str, Any]) -> list[Row]:
    """The table's rows for whatever figures ran (all of them unless --only)."""
    rows: list[Row] = []
    peaks: dict[str, float] = {}
    if "cycle" in r:
        base = r["baseline"]["items_per_s"]
        cyc = r["cycle"]
        s = cyc["summary"]
        rows.append(Row("1. feedparser alone, items/s", f"{base:,.0f}"))
        rows.append(
            Row(
                f"2. full cycle, {s['items_new']:,} new items in {plan.feeds} feeds, items/s",
                f"{cyc['items_per_s']:,.0f} ({cyc['seconds']:.1f} s; {s['facts']:,} facts, "
                f"{s['changes']:,} changes, {s['alerts_sent']:,} alerts)",
            )
        )
        ratio = cyc["items_per_s"] / base
        rows.append(
            Row(
                "   full cycle / feedparser alone",
                f"{ratio:.2f}",
                f">= {TARGET_CYCLE_RATIO}",
                ratio >= TARGET_CYCLE_RATIO,
            )
        )
        peaks["baseline"] = r["baseline"]["peak_rss_mb"]
        peaks["full cycle"] = cyc["peak_rss_mb"]
        peaks["full cycle + parse workers"] = cyc.get("tree_peak_rss_mb", 0.0)
    if "nochange" in r:
        small, big = (str(n) for n in plan.sizes)
        nc = r["nochange"]
        for kind, label in (("not_modified", "all 304"), ("duplicates", "all duplicates")):
            a, b = nc[small][kind]["seconds"], nc[big][kind]["seconds"]
            rows.append(Row(f"3. no-change cycle ({label}) at {int(small):,} items, s", f"{a:.3f}"))
            rows.append(Row(f"   no-change cycle ({label}) at {int(big):,} items, s", f"{b:.3f}"))
            rows.append(
                Row(
                    f"   ratio {int(big):,} / {int(small):,} ({label})",
                    f"{b / a:.2f}",
                    f"<= {TARGET_NOCHANGE_RATIO}",
                    b / a <= TARGET_NOCHANGE_RATIO,
                )
            )
    if "extraction" in r:
        ex = r["extraction"]
        rows.append(
            Row(
                "4. extraction alone, one core, items/s",
                f"{ex['items_per_s']:,.0f}",
                f">= {TARGET_EXTRACT_RATE:,.0f}",
                ex["items_per_s"] >= TARGET_EXTRACT_RATE,
            )
        )
        peaks["extraction"] = ex["peak_rss_mb"]
    if "nochange" in r:
        for size in plan.sizes:
            peaks[f"build {size:,}"] = r["nochange"][str(size)]["build"]["peak_rss_mb"]
            peaks[f"no-change {size:,}"] = r["nochange"][str(size)]["peak_rss_mb"]
    if "prefect" in r:
        peaks["prefect flows"] = r["prefect"]["peak_rss_mb"]
    if "backlog" in r:
        peaks["backlog cycle"] = r["backlog"]["cycle"]["peak_rss_mb"]
    for name, mb in peaks.items():
        rows.append(
            Row(
                f"5. peak RSS: {name}, MB",
                f"{mb:.0f}",
                f"<= {TARGET_PEAK_MB:.0f}",
                mb <= TARGET_PEAK_MB,
            )
        )
    if "prefect" in r:
        runs = r["prefect"]["runs"]
        for run_ in runs:
            rows.append(
                Row(
                    f"6. Prefect task runs, {run_['feeds']} feeds ({run_['items']} items)",
                    f"{run_['task_runs']} = feeds + {run_['task_runs'] - run_['feeds']}",
                )
            )
        constants = {x["task_runs"] - x["feeds"] for x in runs}
        ok = len(constants) == 1 and all(x["state"] == "COMPLETED" for x in runs)
        rows.append(Row("   task runs = feeds + a constant", "yes" if ok else "no", "yes", ok))
    if "backlog" in r:
        rows += _backlog_rows(r["backlog"], plan)
    return rows


def _backlog_rows(b: dict[str, Any], plan: Plan) -> list[Row]:
    base, cyc = b["baseline"]["items_per_s"], b["cycle"]
    s = cyc["summary"]
    ratio = cyc["items_per_s"] / base if base else 0.0
    hook = s.get("routes", {}).get("hook", {})
    stored, outbox = b.get("stored_changes", 0), b.get("outbox", {})
    sent, pending = outbox.get("sent", 0), outbox.get("pending", 0)
    complete = sent == stored and not pending
    server = cyc.get("server", {})
    rows = [
        Row("7. backlog: feedparser alone on its bytes, items/s", f"{base:,.0f}"),
        Row(
            f"   backlog flow run (prefect server), {s['items_new']:,} new items, items/s",
            f"{cyc['items_per_s']:,.0f} ({cyc['seconds']:.1f} s; {s['changes']:,} changes, "
            f"{s['alerts_sent']:,} alerted in {cyc['messages_received']:,} messages, "
            f"{hook.get('pending', 0):,} pending)",
        ),
        Row(
            "   backlog flow run / feedparser alone",
            f"{ratio:.2f}",
            f">= {TARGET_BACKLOG_RATIO}",
            ratio >= TARGET_BACKLOG_RATIO,
        ),
        Row(
            "   every stored change delivered, none pending",
            f"{sent:,} of {stored:,}"
            + (", none pending" if not pending else f", {pending:,} pending"),
            "all",
            complete,
        ),
        Row(
            "   the server: run state, task runs, change events",
            f"{server.get('state')}, {server.get('task_runs')} task runs, "
            f"{server.get('events'):,} events ({_event_kind(s, stored)}) carrying "
            f"{server.get('changes_in_events', 0):,} changes; "
            f"{cyc.get('server_cpu_seconds', 0):.1f} s of server CPU",
            "all",
            server.get("state") == "COMPLETED"
            and server.get("events") == s.get("events", stored)
            and server.get("changes_in_events") == stored,
        ),
    ]
    stages = server.get("stages") or {}
    if stages:
        order = sorted(stages, key=lambda name: -stages[name])
        rows.append(
            Row(
                "   the flow run's stages (task runs, as the server has them), s",
                ", ".join(f"{name} {stages[name]:.1f}" for name in order[:8])
                + f"; the run {server.get('run_seconds', 0):.1f}",
            )
        )
    cpu = cyc.get("cpu_seconds") or {}
    if cpu:
        own, workers = cpu.get("flow_process", 0.0), cpu.get("parse_workers", 0.0)
        server_cpu = cyc.get("server_cpu_seconds", 0.0)
        total = own + workers + server_cpu
        rows.append(
            Row(
                "   CPU of the flow run (flow process, parse workers, server), s",
                f"{own:.1f} + {workers:.1f} + {server_cpu:.1f} = {total:.1f}; "
                f"on {os.cpu_count()} cores at least {total / (os.cpu_count() or 1):.1f} s",
            )
        )
    if "plain" in b:
        plain = b["plain"]
        rows.append(
            Row(
                "   the same cycle as plain calls (no Prefect), items/s",
                f"{plain['items_per_s']:,.0f} ({plain['seconds']:.1f} s; "
                f"{plain['items_per_s'] / base if base else 0:.2f} of feedparser)",
            )
        )
    return rows


def _event_kind(summary: dict[str, Any], changes: int) -> str:
    """Which events the run emitted: one per change, or grouped per country pair."""
    return "1/change" if summary.get("events", changes) == changes else "1/country pair"


def render(report: Report) -> str:
    m = report.machine
    width = max(len(r.name) for r in report.rows)
    vwidth = max(len(r.value) for r in report.rows)
    out = [
        f"tariffwatch benchmark: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM, "
        f"Python {m['python']}, DuckDB {m['duckdb']}, feedparser {m['feedparser']}",
        "",
        f"{'figure':<{width}}  {'measured':<{vwidth}}  {'target':<8}  result",
        f"{'-' * width}  {'-' * vwidth}  {'-' * 8}  ------",
    ]
    for r in report.rows:
        verdict = "" if r.ok is None else ("PASS" if r.ok else "FAIL")
        out.append(f"{r.name:<{width}}  {r.value:<{vwidth}}  {r.target:<8}  {verdict}")
    out.append("")
    out.append("all targets met" if report.passed else "SOME TARGETS FAILED")
    return "\n".join(out)


def machine() -> dict[str, Any]:
    import duckdb
    import feedparser

    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        ram = 0.0
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(ram, 1),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "feedparser": feedparser.__version__,
    }


if __name__ == "__main__":
    sys.exit(main())
