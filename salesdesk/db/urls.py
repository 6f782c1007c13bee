"""Connection URL helpers shared by the admin CLI, the services and the client."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url


class UnsupportedUrlError(ValueError):
    """A URL of another database system (mysql://, sqlite://, …)."""


def sqlalchemy_url(url: str | URL) -> URL:
    """A SQLAlchemy URL using the psycopg 3 driver for any postgres:// or postgresql:// URL.

    Any other scheme raises UnsupportedUrlError: salesdesk runs on PostgreSQL only."""
    u = make_url(url) if isinstance(url, str) else url
    if u.drivername.split("+", 1)[0] not in ("postgres", "postgresql"):
        raise UnsupportedUrlError(f"only postgresql:// URLs are supported, not {u.drivername}://")
    if u.drivername in ("postgres", "postgresql"):
        u = u.set(drivername="postgresql+psycopg")
    return u


def libpq_url(url: str | URL) -> str:
    """A plain libpq URL (for psycopg.connect, psql and pg_dump)."""
    u = sqlalchemy_url(url).set(drivername="postgresql")
    return u.render_as_string(hide_password=False)


def with_database(url: str | URL, database: str) -> str:
    return libpq_url(sqlalchemy_url(url).set(database=database))


def with_login(url: str | URL, login: str, password: str) -> str:
    return libpq_url(sqlalchemy_url(url).set(username=login, password=password))
