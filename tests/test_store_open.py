"""Store.open migrates and makes the views on the first open of a database in a
process, and again whenever anything else wrote the file since this process left it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tariffwatch.store import SQL_DIR, Store

VERSIONS = {int(f.name.split("_", 1)[0]) for f in (SQL_DIR / "migrations").glob("*.sql")}


def _views(path: Path) -> dict[str, str]:
    with duckdb.connect(str(path)) as con:
        rows = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal")
        return dict(rows.fetchall())


@pytest.fixture
def migrations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The path of every migrate() call from here on."""
    calls: list[str] = []
    real = Store.migrate

    def counting(store: Store) -> None:
        calls.append(store.path)
        real(store)

    monkeypatch.setattr(Store, "migrate", counting)
    return calls


def test_a_file_as_this_process_left_it_is_not_migrated_again(
    tmp_path: Path, migrations: list[str]
) -> None:
    first, second = tmp_path / "a.duckdb", tmp_path / "b.duckdb"
    for path in (first, second, first, second):
        with Store.open(path) as store:
            store.con.execute("UPDATE feeds SET items_seen = items_seen + 1")
    assert migrations == [str(first), str(second)]
    for path in (first, second):
        with duckdb.connect(str(path)) as con:
            rows = con.execute("SELECT version FROM schema_migrations").fetchall()
        assert {row[0] for row in rows} == VERSIONS
        assert len(_views(path)) == 4


@pytest.mark.parametrize(
    "change",
    ["DROP VIEW current_tariffs", "CREATE OR REPLACE VIEW current_tariffs AS SELECT 1 AS old"],
    ids=["a dropped view", "a view of other SQL"],
)
def test_a_view_another_process_changed_is_made_again(
    tmp_path: Path, migrations: list[str], change: str
) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    made = _views(path)
    with duckdb.connect(str(path)) as con:
        con.execute(change)
    with Store.open(path):
        pass
    assert _views(path) == made
    assert len(migrations) == 2


def test_a_missing_migration_is_applied(tmp_path: Path) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    with duckdb.connect(str(path)) as con:
        con.execute("DROP TABLE route_rests")  # what 008_route_rests.sql creates
        con.execute("DELETE FROM schema_migrations WHERE version = 8")
    with Store.open(path) as store:
        assert store.route_rests() == {}
        rows = store.con.execute("SELECT version FROM schema_migrations").fetchall()
        assert {row[0] for row in rows} == VERSIONS


def test_a_replaced_file_is_migrated(tmp_path: Path, migrations: list[str]) -> None:
    path = tmp_path / "db.duckdb"
    with Store.open(path):
        pass
    path.unlink()
    with Store.open(path) as store:
        assert store.route_rests() == {}
    assert len(migrations) == 2
