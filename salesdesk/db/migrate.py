"""Schema set-up and versioned migrations.

Alembic keeps the order and records the applied revision in
`private.alembic_version`; each revision executes one SQL file from `sql/`,
so the schema stays reviewable SQL. Everything is idempotent: `init` and
`migrate` can be run again on a live database without losing data.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from alembic import command, op
from alembic.config import Config
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine, pool

from salesdesk.db.paths import read_sql
from salesdesk.db.urls import libpq_url, sqlalchemy_url, with_database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def run_sql_file(name: str) -> None:
    """Execute one file from sql/ inside the running migration's transaction."""
    raw = op.get_bind().connection.driver_connection
    raw.execute(read_sql(name))
    # the files run as salesdesk_owner; hand the session back for Alembic's bookkeeping
    raw.execute("reset role")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def ensure_database(admin_url: str) -> None:
    """Create the URL's database if it does not exist yet."""
    url = sqlalchemy_url(admin_url)
    name = url.database or "postgres"
    with psycopg.connect(with_database(url, "postgres"), autocommit=True) as conn:
        exists = conn.execute("select 1 from pg_database where datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(sql.SQL("create database {} encoding 'UTF8' template template0").format(
                sql.Identifier(name)))


# Defaults every employee login gets in its database (`user add` and every init/migrate):
# a runaway or abandoned session cannot hold locks or a connection slot for ever.
LOGIN_SETTINGS = {"statement_timeout": "60s", "idle_in_transaction_session_timeout": "5min",
                  "lock_timeout": "10s"}
DEFAULT_CONNECTION_LIMIT = 10


def bootstrap(admin_url: str) -> None:
    """Roles and per-database hardening (needs a superuser)."""
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        conn.execute(read_sql("roles.sql"))
        dbname = conn.execute("select current_database()").fetchone()[0]
        quoted = sql.Identifier(dbname).as_string(conn)
        conn.execute(read_sql("database.sql").replace(':"dbname"', quoted))


def configure_login(conn: psycopg.Connection, login: str, connection_limit: int | None = None) -> None:
    """Membership in this database's CONNECT group, the connection limit and the session defaults."""
    dbname, group = conn.execute("select current_database(), private.connect_role()").fetchone()
    role = sql.Identifier(login)
    conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(group), role))
    if connection_limit is not None:
        conn.execute(sql.SQL("alter role {} connection limit {}").format(role, sql.Literal(connection_limit)))
    for name, value in LOGIN_SETTINGS.items():
        conn.execute(sql.SQL("alter role {} in database {} set {} = {}").format(
            role, sql.Identifier(dbname), sql.Identifier(name), sql.Literal(value)))


def configure_logins(admin_url: str) -> None:
    """Bring every employee's login in line (after an upgrade from a release without them)."""
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        if conn.execute("select to_regclass('sales.employees')").fetchone()[0] is None:
            return
        rows = conn.execute("select e.login, r.rolconnlimit from sales.employees e "
                            "join pg_roles r on r.rolname = e.login where e.active").fetchall()
        for login, limit in rows:
            configure_login(conn, login, DEFAULT_CONNECTION_LIMIT if limit < 0 else None)


def upgrade(admin_url: str, revision: str = "head") -> None:
    """Apply migrations up to `revision` (default: the newest), after the roles and hardening."""
    bootstrap(admin_url)
    engine = create_engine(sqlalchemy_url(admin_url), poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            connection.exec_driver_sql("alter table private.alembic_version owner to salesdesk_owner")
    finally:
        engine.dispose()
    configure_logins(admin_url)


def current_revision(admin_url: str) -> str | None:
    with psycopg.connect(libpq_url(admin_url)) as conn:
        found = conn.execute("select to_regclass('private.alembic_version')").fetchone()[0]
        if found is None:
            return None
        row = conn.execute("select version_num from private.alembic_version").fetchone()
        return row[0] if row else None


def init(admin_url: str, revision: str = "head") -> None:
    """Everything a fresh or existing server needs: database, roles, schema."""
    ensure_database(admin_url)
    upgrade(admin_url, revision)
