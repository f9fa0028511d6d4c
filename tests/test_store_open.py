"""Store.open migrates and makes the views once per database and process, and again
whenever the database lacks a migration or a view, or holds another view's SQL."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tariffwatch.store import Store, _migration_versions, _view_names


def _views(path: Path) -> dict[str, str]:
    with duckdb.connect(str(path)) as con:
        rows = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal")
        return dict(rows.fetchall())


def test_every_open_leaves_every_migration_and_view(tmp_path: Path) -> None:
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    for path in (first, second, first, second):
        with Store.open(path) as store:
            rows = store.con.execute("SELECT version FROM schema_migrations").fetchall()
            assert {row[0] for row in rows} == _migration_versions()
        assert set(_views(path)) == set(_view_names())


def test_a_dropped_view_is_made_again(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    made = _views(path)
    with duckdb.connect(str(path)) as con:
        con.execute(f"DROP VIEW {_view_names()[0]}")
    with Store.open(path):
        pass
    assert _views(path) == made


def test_a_view_of_other_sql_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    made = _views(path)
    name = _view_names()[0]
    with duckdb.connect(str(path)) as con:
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT 1 AS old")
    with Store.open(path):
        pass
    assert _views(path) == made


def test_a_missing_migration_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    newest = max(_migration_versions())
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE route_rests")  # what 008_route_rests.sql creates
        con.execute("DELETE FROM schema_migrations WHERE version = $1", [newest])
    with Store.open(path) as store:
        assert store.route_rests() == {}
        rows = store.con.execute("SELECT version FROM schema_migrations").fetchall()
        assert {row[0] for row in rows} == _migration_versions()
