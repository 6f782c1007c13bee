"""Layering by import: the UI never reaches the database driver; services never reach Qt; nothing uses
pyplot's global state machine (charts build `matplotlib.figure.Figure` objects and the UI shows them)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "salesdesk"
PYPLOT = "matplotlib.pyplot"
FORBIDDEN = {
    "ui": ("sqlalchemy", "psycopg", PYPLOT),
    "services": ("PySide6", PYPLOT),
    "reports": ("PySide6", PYPLOT),
    "charts": ("PySide6", PYPLOT),
}


def imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]  # a submodule?
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def violations() -> list[str]:
    bad = []
    for layer, prefixes in FORBIDDEN.items():
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for line, module in imported_modules(path):
                if any(module == p or module.startswith(p + ".") for p in prefixes):
                    bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return bad


def test_layers_keep_to_their_imports() -> None:
    assert violations() == []


def test_the_walker_sees_every_import_form(tmp_path: Path) -> None:
    sample = tmp_path / "m.py"
    sample.write_text("import sqlalchemy.orm\nfrom psycopg import sql\n"
                      "def f():\n    import PySide6.QtCore\n    importlib.import_module('psycopg')\n"
                      "from matplotlib import pyplot as plt\n")
    found = [m for _, m in imported_modules(sample)]
    assert found == ["sqlalchemy.orm", "psycopg", "psycopg.sql", "matplotlib", "matplotlib.pyplot",
                     "PySide6.QtCore", "psycopg"]
