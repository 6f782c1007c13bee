"""Where the SQL that defines the schema lives (repository checkout or frozen bundle)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def sql_dir() -> Path:
    """The `sql/` folder: $SALESDESK_SQL_DIR, the PyInstaller bundle, or the source tree."""
    override = os.environ.get("SALESDESK_SQL_DIR")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "sql"
    return Path(__file__).resolve().parents[2] / "sql"


def read_sql(name: str) -> str:
    return (sql_dir() / name).read_text(encoding="utf-8")
