"""Errors the admin CLI reports as one clear line (no traceback)."""

from __future__ import annotations

import re

import psycopg
from psycopg import errors


class AdminError(RuntimeError):
    """A failed admin command; str() is the message shown to IT."""


def one_line(text: str) -> str:
    """libpq spreads a message over lines (hint, one line per address tried): keep one line."""
    return " ".join(text.split())


_AUTH_FAILED = re.compile(r'password authentication failed for user "([^"]+)"')


def plain_database_error(exc: psycopg.Error) -> tuple[int, str]:
    """(exit code, one plain line) for an error from the server or from libpq.

    A refused password is not "cannot reach the database"; a violated constraint is named by
    its message only (its DETAIL repeats the whole row, passwords' hashes aside)."""
    text = str(exc)
    auth = _AUTH_FAILED.search(text)
    if auth or getattr(exc, "sqlstate", None) == "28P01":
        who = auth.group(1) if auth else "this login"
        return 2, f"password authentication failed for {who} (check the user name and password in --dsn)"
    if isinstance(exc, psycopg.OperationalError):
        return 2, f"cannot reach the database: {one_line(text)}"
    primary = exc.diag.message_primary if exc.diag else None
    if isinstance(exc, errors.CheckViolation) and exc.diag.constraint_name:
        return 1, f"the database refused the value: {primary} ({exc.diag.constraint_name})"
    return 1, f"the database refused: {one_line(primary or text)}"
