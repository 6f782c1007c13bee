"""The shell's side channels outside row-level security (issue 11, findings 3, 4 and 6):
another database of the cluster, plans printed from inside the API, the NOTIFY queue."""

from __future__ import annotations

import psycopg
import pytest
from psycopg.types.numeric import Int8

from salesdesk.admin import watchdog
from salesdesk.db.local_server import NOTIFY_QUEUE_PAGES
from salesdesk.db.urls import with_database
from tests.factories import Company

# What a session may set to make the server talk: every user-settable debug_print_*/trace_*
# switch, and the message level. Computed here from pg_settings, not from the migration.
LOUD = {"client_min_messages": "debug5", "debug_pretty_print": "on",
        "log_parameter_max_length_on_error": "-1"}


def loud_settings(conn: psycopg.Connection) -> dict[str, str]:
    switches = conn.execute("select name from pg_settings where context = 'user' and vartype = 'bool' "
                            "and (name like 'debug\\_print\\_%' or name like 'trace\\_%')").fetchall()
    assert {"debug_print_plan", "debug_print_parse", "debug_print_rewritten", "trace_sort"} <= {
        n for (n,) in switches}
    return {**LOUD, **{n: "on" for (n,) in switches}}


# --- finding 3: only the company's database -------------------------------------------------


@pytest.mark.parametrize("database", ["postgres", "template1"])
def test_an_employee_cannot_connect_to_the_maintenance_databases(company: Company, database: str) -> None:
    with pytest.raises(psycopg.OperationalError) as refused:
        psycopg.connect(with_database(company.url_for("sp_e1a"), database), connect_timeout=5)
    assert "permission denied" in str(refused.value) or "pg_hba.conf rejects" in str(refused.value)
    with company.admin() as admin:  # revoked, not only refused by the bundled server's pg_hba.conf
        assert admin.execute("select has_database_privilege(%s, %s, 'CONNECT')",
                             (company.login("sp_e1a"), database)).fetchone() == (False,)


# --- finding 4: no plans out of the API -------------------------------------------------------


def test_every_api_function_pins_the_message_settings(company: Company) -> None:
    with company.admin() as admin:
        wanted = {f"{n}={'warning' if n == 'client_min_messages' else 'off'}"
                  for n in loud_settings(admin) if n not in LOUD or n == "client_min_messages"}
        functions = admin.execute("select p.oid::regprocedure::text, coalesce(p.proconfig, '{}') "
                                  "from pg_proc p where p.pronamespace = 'api'::regnamespace").fetchall()
    assert len(functions) > 20
    unpinned = {f: sorted(wanted - set(config)) for f, config in functions if not wanted <= set(config)}
    assert unpinned == {}


PINNED = "select proconfig from pg_proc where oid = 'api.schema_version()'::regprocedure"


def test_a_later_create_or_replace_is_pinned_again_by_migrate(fresh_db: str) -> None:
    from salesdesk.db import migrate

    with psycopg.connect(fresh_db, autocommit=True) as admin:
        body = admin.execute("select pg_get_functiondef('api.schema_version()'::regprocedure)").fetchone()[0]
        admin.execute("set role salesdesk_api")
        admin.execute(body.replace("SET client_min_messages TO 'warning'", ""))  # as a migration would
        admin.execute("reset role")
        config = admin.execute(PINNED)
        assert "client_min_messages=warning" not in config.fetchone()[0]
    migrate.upgrade(fresh_db)
    with psycopg.connect(fresh_db) as admin:
        config = admin.execute(PINNED)
        assert "client_min_messages=warning" in config.fetchone()[0]


def _messages_of_one_call(company: Company, key: str, query: str, value: int) -> list[tuple]:
    """Everything the server says to a loud session around one API call (the value the caller
    sent, which the server repeats in a message's context, blanked)."""
    heard: list[tuple] = []
    with company.connect(key, autocommit=True) as conn:
        for name, setting in loud_settings(conn).items():
            conn.execute(f"set {name} = '{setting}'")
        # a generic plan: the caller's own outer statement then reads the same for both values
        conn.execute("set plan_cache_mode = force_generic_plan")
        conn.add_notice_handler(lambda d: heard.append(
            (d.severity_nonlocalized, d.message_primary, d.message_detail,
             (d.context or "").replace(f"'{value}'", "'<sent>'"))))
        conn.execute(query, (Int8(value),), prepare=True).fetchall()
    return heard


def test_a_loud_session_hears_nothing_from_inside_the_api(company: Company) -> None:
    hidden = company.customers["sp_n1a客户1"]  # another region's: sp_e1a cannot see it
    missing = hidden + 1_000_000
    query = "select * from api.customer_get(%s)"
    with company.admin() as admin:
        inner = {str(o) for (o,) in admin.execute(
            "select c.oid from pg_class c where c.relnamespace in ('sales'::regnamespace, "
            "'private'::regnamespace)")}
    # Once each first, unheard: PostgreSQL 18 reports its own buffer reads at DEBUG, so whichever
    # call came first into a cold cache (a fresh database's catalogs and tables) was told about
    # reads the second was not, whatever it asked for.
    for value in (hidden, missing):
        _messages_of_one_call(company, "sp_e1a", query, value)
    about_hidden = _messages_of_one_call(company, "sp_e1a", query, hidden)
    about_missing = _messages_of_one_call(company, "sp_e1a", query, missing)
    assert about_hidden == about_missing
    assert any("plan" in (m[1] or "") for m in about_hidden)  # the session was loud: its own plan
    said = " ".join(" ".join(str(part) for part in m) for m in about_hidden)
    leaked = sorted(o for o in inner if f":relid {o} " in said or f":relid {o}\n" in said)
    assert leaked == [], "a plan of a statement inside the API reached the caller"


# --- finding 6: the NOTIFY queue is bounded -------------------------------------------------


def test_one_login_cannot_grow_the_notify_queue_past_its_bound(company: Company) -> None:
    with company.admin() as admin:
        if admin.info.server_version < 170000:
            pytest.skip("max_notify_queue_pages exists from PostgreSQL 17 (README: what remains on 15/16)")
        pages = int(admin.execute("show max_notify_queue_pages").fetchone()[0])
        data_dir = admin.execute("show data_directory").fetchone()[0]
    if "salesdesk-test-" in data_dir:  # the bundled server this session started
        assert pages == NOTIFY_QUEUE_PAGES
    assert pages <= 65536, "the queue may grow to more than 512 MB"
    bound = pages * 8192
    with (company.connect("sp_n1a") as holder, company.connect("sp_n1a", autocommit=True) as flooder):
        holder.execute("listen salesdesk_doorbell")
        holder.commit()
        holder.execute("select 1")  # idle in a transaction: the queue cannot advance past it
        full = None
        for _ in range(pages * 2):  # each notification is ~8 kB: one page each, twice over
            try:
                flooder.execute("select pg_notify('salesdesk_doorbell', repeat('x', 7900))")
            except psycopg.Error as exc:
                full = exc
                break
        assert full is not None and "too many notifications" in str(full)
        with company.admin() as admin:
            size = admin.execute("select coalesce(sum((pg_stat_file('pg_notify/' || f)).size), 0) "
                                 "from pg_ls_dir('pg_notify') f").fetchone()[0]
        holder.rollback()
    assert size <= bound + 256 * 1024  # plus at most one SLRU segment being filled
    # The holder gone, a queue filled to its bound stays full until its tail is advanced: one
    # watchdog round does it (the bundled server's own watchdog would within its interval).
    with company.admin(autocommit=True) as admin:
        watchdog.sweep(admin, databases=[admin.info.dbname])
    with company.connect("sp_n1a", autocommit=True) as conn:
        assert outcome(conn, "select pg_notify('salesdesk_doorbell', '')") is None


def outcome(conn: psycopg.Connection, query: str) -> psycopg.Error | None:
    try:
        conn.execute(query)
    except psycopg.Error as exc:
        return exc
    return None
