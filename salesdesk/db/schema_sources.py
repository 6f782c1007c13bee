"""Which files in sql/ write an object, for the header of its file in `sql/current/`.

Found by scanning the SQL text (comments removed) for the statements that create or change
the object by its qualified name. Objects written by a function at run time (policies made
by `private.declare_kind`, per-kind functions) appear in no file by name: their header names
the functions whose body makes that kind of object instead.
"""

from __future__ import annotations

import re
from pathlib import Path

import psycopg

NUMBERED = re.compile(r"^\d{4}_[a-z0-9_]+\.sql$")
ALWAYS_RUN = ("roles.sql", "database.sql")
MAX_NAME_BYTES = 63
COMMENT = re.compile(r"--[^\n]*")
# what a run-time maker's body says (inside format()) for each kind of object
MAKES = {
    "function": r"create\s+(?:or\s+replace\s+)?(?:function|procedure)\s",
    "view": r"create\s+(?:or\s+replace\s+)?view\s",
    "table": r"create\s+(?:unlogged\s+)?table\s",
    "type": r"create\s+type\s",
    "sequence": r"create\s+sequence\s",
    "policy": r"create\s+policy\s",
}


class Sources:
    """The migration files' text, and the database's run-time makers of objects."""

    def __init__(self, sql_folder: Path, conn: psycopg.Connection) -> None:
        # init runs roles.sql and database.sql first, then the numbered migrations in order
        names = [n for n in ALWAYS_RUN if (sql_folder / n).is_file()]
        names += sorted(p.name for p in sql_folder.iterdir() if NUMBERED.match(p.name))
        self.texts = {n: COMMENT.sub("", (sql_folder / n).read_text(encoding="utf-8")).lower()
                      for n in names}
        bodies = conn.execute("""
            select q.name, q.body from (
                select p.pronamespace::regnamespace::text || '.' || p.proname as name,
                       lower(p.prosrc) as body
                from pg_proc p
                where p.pronamespace::regnamespace::text not in ('pg_catalog', 'information_schema')) q
            order by q.name collate "C"
            """).fetchall()
        self.makers = {kind: [(name, body) for name, body in bodies if re.search(pattern, body)]
                       for kind, pattern in MAKES.items()}

    def _written(self, kind: str, pattern: str, hint: str = "", replaced: bool = True) -> str:
        found = [name for name, text in self.texts.items() if re.search(pattern, text)]
        if found:
            last = " (the current text comes from the last)" if replaced and len(found) > 1 else ""
            verb = "Written" if replaced else "Created or altered"
            return f"{verb} in: {', '.join(found)}{last}"
        # made by a function: the makers whose body holds the start of the name, else all
        makers = self.makers[kind]
        named = [name for name, body in makers if hint and hint in body] or [name for name, _ in makers]
        return f"In no file of sql/ by name: made at run time by {', '.join(named) or 'a function'}"

    def function(self, schema: str, name: str) -> str:
        return self._written("function", rf"\bcreate\s+(?:or\s+replace\s+)?(?:function|procedure)\s+"
                                         rf"{re.escape(schema)}\.{re.escape(name)}\s*\(")

    def view(self, qualified: str) -> str:
        return self._written("view", rf"\bcreate\s+(?:or\s+replace\s+)?(?:materialized\s+)?view\s+"
                                     rf"(?:if\s+not\s+exists\s+)?{re.escape(qualified)}\b")

    def table(self, qualified: str) -> str:
        if qualified == "private.alembic_version":
            return "Made by Alembic (salesdesk/db/migrate.py): the revision the database is at"
        return self._written("table", rf"\b(?:create\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?"
                                      rf"|alter\s+table\s+(?:if\s+exists\s+)?(?:only\s+)?)"
                                      rf"{re.escape(qualified)}\b", replaced=False)

    def type(self, qualified: str) -> str:
        return self._written("type", rf"\bcreate\s+type\s+{re.escape(qualified)}\b")

    def sequence(self, qualified: str) -> str:
        return self._written("sequence", rf"\bcreate\s+sequence\s+(?:if\s+not\s+exists\s+)?"
                                         rf"{re.escape(qualified)}\b")

    def policy(self, name: str) -> str:
        quoted = re.escape(name.lower())
        # PostgreSQL cuts names to 63 bytes: the file may hold the longer name it was given
        rest = '[^"]*' if len(name.encode()) >= MAX_NAME_BYTES else ""
        return self._written("policy", rf'\bcreate\s+policy\s+(?:"{quoted}{rest}"|{quoted}\b)',
                             hint=" ".join(name.lower().split()[:3]))
