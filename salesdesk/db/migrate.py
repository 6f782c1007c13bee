"""Schema set-up and versioned migrations.

Alembic keeps the order and records the applied revision in
`private.alembic_version`; each revision executes one SQL file from `sql/`,
so the schema stays reviewable SQL. Everything is idempotent: `init` and
`migrate` can be run again on a live database without losing data.
"""

from __future__ import annotations

import logging
from pathlib import Path

import psycopg
from alembic import command, op
from alembic.config import Config
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine, pool

from salesdesk.db.employee_sessions import ADMIN_LOCK_TIMEOUT, end_blockers_of, with_lock_retry
from salesdesk.db.paths import read_sql
from salesdesk.db.urls import libpq_url, sqlalchemy_url, with_database

log = logging.getLogger(__name__)
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
# a runaway or abandoned session cannot hold locks or a connection slot for ever; and no statement
# is compiled just in time. The API's pages run in 1-10 ms under generic plans whose estimated
# costs pass jit_above_cost, and the compilation alone took 20-150 ms (Debian's PostgreSQL has JIT
# on; the bundled server has none): a small company's payment page 6.5 ms without, 88 ms with.
LOGIN_SETTINGS = {"statement_timeout": "60s", "idle_in_transaction_session_timeout": "5min",
                  "lock_timeout": "10s", "jit": "off"}
DEFAULT_CONNECTION_LIMIT = 10


# Databases of the cluster that anyone may connect to (CONNECT granted to PUBLIC): not a
# salesdesk company database (database.sql revokes it there), nor postgres/template1.
OPEN_DATABASES = """
    select datname::text from pg_database d
    where datallowconn and datname not in ('postgres', 'template1')
      and (datacl is null or exists (select from aclexplode(datacl) a
                                     where a.grantee = 0 and a.privilege_type = 'CONNECT'))
    order by 1
"""


def bootstrap(admin_url: str) -> None:
    """Roles and per-database hardening (needs a superuser)."""
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        conn.execute(read_sql("roles.sql"))
        dbname = conn.execute("select current_database()").fetchone()[0]
        quoted = sql.Identifier(dbname).as_string(conn)
        conn.execute(read_sql("database.sql").replace(':"dbname"', quoted))
        shared = [r[0] for r in conn.execute(OPEN_DATABASES)]
    if shared:
        log.warning("this PostgreSQL cluster is shared: employees may connect to the databases %s "
                    "unless pg_hba.conf refuses them (README, \"Security model\")", ", ".join(shared))


def configure_login(conn: psycopg.Connection, login: str, connection_limit: int | None = None) -> None:
    """Membership in this database's CONNECT group, the connection limit and the session defaults."""
    group = conn.execute("select private.connect_role()").fetchone()[0]
    role = sql.Identifier(login)
    conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(group), role))
    if connection_limit is not None:
        conn.execute(sql.SQL("alter role {} connection limit {}").format(role, sql.Literal(connection_limit)))
    apply_login_settings(conn, login)


def apply_login_settings(conn: psycopg.Connection, role_name: str) -> None:
    """LOGIN_SETTINGS as the role's defaults in this database."""
    dbname = conn.execute("select current_database()").fetchone()[0]
    for name, value in LOGIN_SETTINGS.items():
        conn.execute(sql.SQL("alter role {} in database {} set {} = {}").format(
            sql.Identifier(role_name), sql.Identifier(dbname), sql.Identifier(name), sql.Literal(value)))


def configure_logins(admin_url: str) -> None:
    """Bring every employee's login in line (after an upgrade from a release without them)."""
    with psycopg.connect(libpq_url(admin_url), autocommit=True) as conn:
        if conn.execute("select to_regclass('sales.employees')").fetchone()[0] is None:
            return
        rows = conn.execute("select e.login, r.rolconnlimit from sales.employees e "
                            "join pg_roles r on r.rolname = e.login where e.active").fetchall()
        for login, limit in rows:
            configure_login(conn, login, DEFAULT_CONNECTION_LIMIT if limit < 0 else None)


def _apply(admin_url: str, revision: str) -> None:
    engine = create_engine(sqlalchemy_url(admin_url), poolclass=pool.NullPool)
    try:
        with engine.begin() as connection:
            # An employee's open transaction holds share locks on what it read: wait a bounded
            # time (every reader queues behind a waiting ALTER TABLE), then end it and retry.
            connection.exec_driver_sql(f"set local lock_timeout = '{ADMIN_LOCK_TIMEOUT}'")
            cfg = _config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, revision)
            connection.exec_driver_sql("alter table private.alembic_version owner to salesdesk_owner")
            # After every migration: `create or replace function` drops SET clauses it does not
            # restate, so the API's pinned message settings are put back on every function.
            if connection.exec_driver_sql(
                    "select to_regprocedure('private.harden_api()')").scalar() is not None:
                connection.exec_driver_sql("select private.harden_api()")
    finally:
        engine.dispose()


def upgrade(admin_url: str, revision: str = "head") -> None:
    """Apply migrations up to `revision` (default: the newest), after the roles and hardening."""
    bootstrap(admin_url)
    with_lock_retry(lambda: _apply(admin_url, revision), "migrate", end_blockers_of(libpq_url(admin_url)))
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
