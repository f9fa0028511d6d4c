"""The rooms of the house: the CLI has no import circle and no private name crosses modules."""

from __future__ import annotations

import ast
from pathlib import Path

import tariffwatch

PACKAGE = Path(tariffwatch.__file__).parent
# extract/ keeps its own internal layout (its modules share helpers among themselves).
OWN_LAYOUT = {"extract"}


def modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in OWN_LAYOUT
    )


def imports(path: Path) -> list[ast.ImportFrom]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]


def test_no_private_name_is_imported_from_another_tariffwatch_module():
    crossings = [
        f"{path.relative_to(PACKAGE)}: from {node.module} import {alias.name}"
        for path in modules()
        for node in imports(path)
        if node.module.startswith("tariffwatch")
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert crossings == []


def test_command_modules_import_the_shared_module_never_the_cli():
    commands = sorted((PACKAGE / "commands").glob("*.py"))
    for path in commands:
        sources = {node.module for node in imports(path)}
        assert "tariffwatch.cli" not in sources, f"{path.name} imports tariffwatch.cli (a circle)"
        if path.name not in ("__init__.py", "shared.py"):
            assert "tariffwatch.commands.shared" in sources, path.name
    shared = {node.module for node in imports(PACKAGE / "commands" / "shared.py")}
    assert not any(m.startswith("tariffwatch.commands") for m in shared)


def test_each_command_lives_in_a_module_named_after_it():
    from typer.main import get_command

    from tariffwatch.cli import app

    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        callback = getattr(command, "callback", None)
        if callback is None:  # a group (feeds, alerts): its module is named after the group
            first = next(iter(command.commands.values()))  # type: ignore[attr-defined]
            callback = first.callback
        module = callback.__module__
        assert module == f"tariffwatch.commands.{name}", f"`{name}` lives in {module}"
