"""`salesdesk-admin unit …` / `user …` on a real server, called in-process like IT would."""

from __future__ import annotations

import io
import json
import secrets

import psycopg
import pytest

from salesdesk.admin import users
from salesdesk.admin.accounts import AccountError, connect_admin
from salesdesk.admin.cli import main
from salesdesk.db.urls import with_login
from tests.factories import Company


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def visible(company: Company, key: str, conn: psycopg.Connection | None = None) -> set[str]:
    """Names of the customers that person's own login sees."""
    names = {v: k for k, v in company.customers.items()}
    if conn is not None:
        with conn.transaction():
            return {names[r[0]] for r in conn.execute("select id from api.customers")}
    with company.connect(key) as own:
        return {names[r[0]] for r in own.execute("select id from api.customers")}


def can_log_in(url: str) -> bool:
    try:
        psycopg.connect(url).close()
    except psycopg.OperationalError:
        return False
    return True


# -- help and units ----------------------------------------------------------

@pytest.mark.parametrize("command", [[], ["unit"], ["unit", "add"], ["unit", "move"], ["unit", "list"],
                                     ["user"], ["user", "add"], ["user", "leave"], ["user", "move"],
                                     ["user", "list"], ["user", "passwd"], ["backup"], ["restore"]])
def test_every_command_has_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    assert "usage: salesdesk-admin" in capsys.readouterr().out


def test_units_users_add_list_and_passwd(fresh_db: str, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tag = "u" + secrets.token_hex(3)
    assert cli(capsys, "unit", "add", "--dsn", fresh_db, "--code", "HQ", "--name", "总部",
               "--kind", "hq", "--pool")[0] == 0
    assert cli(capsys, "unit", "add", "--dsn", fresh_db, "--code", "EAST", "--name", "华东大区",
               "--kind", "region", "--parent", "HQ")[0] == 0
    rc, _, err = cli(capsys, "unit", "add", "--dsn", fresh_db, "--code", "X", "--name", "x",
                     "--kind", "team", "--parent", "NOPE")
    assert rc == 1 and err.strip() == "salesdesk-admin: unknown unit: NOPE"
    rc, out, _ = cli(capsys, "unit", "list", "--dsn", fresh_db, "--json")
    assert rc == 0
    assert [(u["code"], u["parent"], u["pool"]) for u in json.loads(out)] == [
        ("HQ", None, "总部公海"), ("EAST", "HQ", None)]

    boss, rep = f"{tag}_boss", f"{tag}_rep"
    rc, out, _ = cli(capsys, "user", "add", "--dsn", fresh_db, "--login", boss, "--name", "王总",
                     "--unit", "HQ", "--position", "director", "--email", "wang@example.com")
    assert rc == 0
    password = [line for line in out.splitlines() if line.startswith("PASSWORD=")][0][9:]
    assert len(password) >= 16
    assert can_log_in(with_login(fresh_db, boss, password))
    monkeypatch.setattr("sys.stdin", io.StringIO("Rep-pass-2026\n"))
    rc, out, _ = cli(capsys, "user", "add", "--dsn", fresh_db, "--login", rep, "--name", "赵一",
                     "--unit", "EAST", "--position", "salesperson", "--manager", boss, "--password-stdin")
    assert rc == 0 and "PASSWORD=" not in out
    assert can_log_in(with_login(fresh_db, rep, "Rep-pass-2026"))

    rc, out, _ = cli(capsys, "user", "list", "--dsn", fresh_db, "--json")
    assert rc == 0
    people = {p["login"]: p for p in json.loads(out)}
    for key in ("login", "name", "level", "manager", "unit", "active", "position", "unit_name",
                "data_scope", "email"):
        assert key in people[boss]
    assert (people[boss]["level"], people[boss]["manager"], people[boss]["unit"], people[boss]["active"],
            people[boss]["data_scope"], people[boss]["email"]) == (
        "director", None, "HQ", True, "all", "wang@example.com")
    assert (people[rep]["name"], people[rep]["level"], people[rep]["manager"], people[rep]["unit"],
            people[rep]["unit_name"]) == ("赵一", "salesperson", boss, "EAST", "华东大区")
    rc, out, _ = cli(capsys, "user", "list", "--dsn", fresh_db)
    assert rc == 0 and boss in out and "赵一" in out and out.splitlines()[0].split()[:3] == [
        "login", "name", "level"]

    # refusals: one clear line, non-zero exit
    for args, message in (
            (["--login", rep, "--name", "x", "--unit", "HQ", "--position", "director"], "already exists"),
            (["--login", f"{tag}_x", "--name", "x", "--unit", "HQ", "--position", "boss"],
             "unknown position: boss"),
            (["--login", f"{tag}_y", "--name", "x", "--unit", "HQ", "--position", "director",
              "--manager", "nobody"], "unknown manager: nobody"),
            (["--login", "Bad Login", "--name", "x", "--unit", "HQ", "--position", "director"],
             "invalid login")):
        rc, _, err = cli(capsys, "user", "add", "--dsn", fresh_db, *args)
        assert rc == 1 and message in err and len(err.strip().splitlines()) == 1

    # password reset: the new one works, the old one no longer does
    rc, out, _ = cli(capsys, "user", "passwd", "--dsn", fresh_db, "--login", rep)
    assert rc == 0
    new_password = out.strip().splitlines()[-1].removeprefix("PASSWORD=")
    assert can_log_in(with_login(fresh_db, rep, new_password))
    assert not can_log_in(with_login(fresh_db, rep, "Rep-pass-2026"))
    rc, _, err = cli(capsys, "user", "passwd", "--dsn", fresh_db, "--login", "postgres")
    assert rc == 1 and "unknown user: postgres" in err

    # an employee's URL is not an admin URL
    rc, _, err = cli(capsys, "user", "list", "--dsn", with_login(fresh_db, rep, new_password))
    assert rc == 1 and "superuser" in err


# -- leave -------------------------------------------------------------------

def test_leave_with_successor(fresh_company: Company, capsys: pytest.CaptureFixture[str]) -> None:
    c = fresh_company
    leaver, successor = c.login("sp_e1a"), c.login("sp_e1b")
    own = {n for n, o in c.customer_owner.items() if o == "sp_e1a"}
    assert len(own) == 3
    # the leaver is still signed in, in the middle of editing one of their customers
    open_session = c.connect("sp_e1a")
    open_session.execute("""select api.record_update('customer', %s, null, '{"notes": "editing"}')""",
                         (c.customers["sp_e1a客户1"],))

    rc, out, err = cli(capsys, "user", "leave", "--dsn", c.admin_url, "--login", leaver,
                       "--successor", successor, "--reason", "离职交接")
    assert rc == 0, err
    assert f"moved 3 customers to {successor}" in out
    assert "1 open session(s) ended" in out

    with pytest.raises(psycopg.OperationalError):
        open_session.execute("select 1")
    open_session.close()
    assert not can_log_in(c.url_for("sp_e1a"))

    with c.admin() as conn:
        ids = [c.customers[n] for n in own]
        owners = conn.execute("select distinct owner_id from sales.customers where id = any(%s)",
                              (ids,)).fetchall()
        assert owners == [(c.people["sp_e1b"],)]
        history = conn.execute(
            "select record_id, from_owner_id, to_owner_id, reason from sales.ownership_history "
            "where kind = 'customer' and record_id = any(%s) order by record_id", (ids,)).fetchall()
        assert history == [(i, c.people["sp_e1a"], c.people["sp_e1b"], "离职交接") for i in sorted(ids)]
        # the read share sp_e1a had received now belongs to the successor
        shares = conn.execute("select employee_id, access from sales.record_shares where record_id = %s",
                              (c.customers["sp_n1a客户1"],)).fetchall()
        assert shares == [(c.people["sp_e1b"], "read")]
        row = conn.execute("select active, left_at from sales.employees where id = %s",
                           (c.people["sp_e1a"],)).fetchone()
        assert row is not None and row[0] is False and row[1] is not None
        assert conn.execute("select rolcanlogin from pg_roles where rolname = %s",
                            (leaver,)).fetchone() == (False,)

    # the successor's own login now sees those customers and their contacts
    assert own | {"sp_n1a客户1"} <= visible(c, "sp_e1b")
    with c.connect("sp_e1b") as conn:
        contacts = conn.execute("select count(*) from api.contacts where customer_id = any(%s)",
                                ([c.customers[n] for n in own],)).fetchone()
        assert contacts == (3,)


def test_leave_supervisor_with_promoted_successor(fresh_company: Company,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A successor who worked under the leaver takes their place; no reporting cycle."""
    c = fresh_company
    rc, out, err = cli(capsys, "user", "leave", "--dsn", c.admin_url, "--login", c.login("sup_e1"),
                       "--successor", c.login("sp_e1a"))
    assert rc == 0, err
    assert "takes their place" in out
    with connect_admin(c.admin_url) as conn:
        by_login = {p.login: p for p in users.list_users(conn)}
    assert by_login[c.login("sp_e1a")].manager == c.login("mgr_e")
    assert by_login[c.login("sp_e1b")].manager == c.login("sp_e1a")
    assert by_login[c.login("asst_e1")].manager == c.login("sp_e1a")
    assert by_login[c.login("sup_e1")].active is False
    assert "sup_e1客户1" in visible(c, "sp_e1a")


def test_leave_to_pool_and_refusals(fresh_company: Company, capsys: pytest.CaptureFixture[str]) -> None:
    c = fresh_company
    # sup_n1 (unit NORTH_T1, no pool of its own) leaves: the nearest pool up is NORTH's
    rc, out, err = cli(capsys, "user", "leave", "--dsn", c.admin_url, "--login", c.login("sup_n1"),
                       "--to-pool")
    assert rc == 0, err
    assert "moved 1 customer to the pool of" in out
    cid = c.customers["sup_n1客户1"]
    with c.admin() as conn:
        assert conn.execute("select owner_id, pool_id from sales.customers where id = %s",
                            (cid,)).fetchone() == (None, c.pools["NORTH"])
        assert conn.execute("select from_owner_id, to_owner_id, to_pool_unit_id from "
                            "sales.ownership_history where record_id = %s", (cid,)).fetchall() == [
            (c.people["sup_n1"], None, c.units["NORTH"])]
        # the direct report now reports to the leaver's own manager
        assert conn.execute("select m.login from sales.employees e join sales.employees m "
                            "on m.id = e.manager_id where e.id = %s",
                            (c.people["sp_n1a"],)).fetchone() == (c.login("mgr_n"),)
    assert "sup_n1客户1" in visible(c, "sp_n1a")      # in NORTH's pool, seen within the unit
    assert "sup_n1客户1" in visible(c, "mgr_n")
    assert "sup_n1客户1" not in visible(c, "sp_e1a")  # not by another region

    for args, message in (
            (["--login", c.login("sup_n1"), "--to-pool"], "has already left"),
            (["--login", c.login("sp_n1a"), "--successor", c.login("sup_n1")], "has left too"),
            (["--login", c.login("sp_n1a"), "--successor", c.login("sp_n1a")], "own successor"),
            (["--login", "nobody", "--to-pool"], "unknown user: nobody")):
        rc, _, err = cli(capsys, "user", "leave", "--dsn", c.admin_url, *args)
        assert rc == 1 and message in err, err
    # the refused leaves changed nothing
    assert can_log_in(c.url_for("sp_n1a"))
    assert "sp_n1a客户1" in visible(c, "sp_n1a")


# -- move --------------------------------------------------------------------

def test_move_access_follows_in_the_next_transaction(fresh_company: Company,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    c = fresh_company
    team = {n for n, o in c.customer_owner.items() if o in ("sup_e2", "sp_e2a")}
    assert team
    old, new = c.connect("mgr_e"), c.connect("mgr_n")
    try:
        assert team <= visible(c, "mgr_e", old)
        assert not team & visible(c, "mgr_n", new)
        # the supervisor and their salesperson move to the north, under mgr_n
        north = f"{c.tag}_NORTH_T1"
        rc, out, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("sup_e2"),
                           "--manager", c.login("mgr_n"), "--unit", north)
        assert rc == 0, err
        assert f"manager {c.login('mgr_e')} -> {c.login('mgr_n')}" in out
        rc, _, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("sp_e2a"),
                         "--unit", north)
        assert rc == 0, err
        # same sessions, next transaction
        assert not team & visible(c, "mgr_e", old)
        assert team <= visible(c, "mgr_n", new)
    finally:
        old.close()
        new.close()

    # a supervisor's scope follows the reporting line alone
    sp_e1a_own = {n for n, o in c.customer_owner.items() if o == "sp_e1a"}
    assert sp_e1a_own <= visible(c, "sup_e1")
    rc, _, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("sp_e1a"),
                     "--manager", c.login("sup_e2"))
    assert rc == 0, err
    assert not sp_e1a_own & visible(c, "sup_e1")
    assert sp_e1a_own <= visible(c, "sup_e2")


def test_move_refuses_a_cycle(fresh_company: Company, capsys: pytest.CaptureFixture[str],
                              monkeypatch: pytest.MonkeyPatch) -> None:
    c = fresh_company
    rc, _, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("mgr_e"),
                     "--manager", c.login("sp_e1a"))
    assert rc == 1 and "cycle" in err and len(err.strip().splitlines()) == 1
    rc, _, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("mgr_e"),
                     "--manager", c.login("mgr_e"))
    assert rc == 1 and "their own manager" in err
    # without the pre-check, the database's own cycle check (SQLSTATE 23514) is reported the same way
    monkeypatch.setattr(users, "_reports_to", lambda *a: False)
    with connect_admin(c.admin_url) as conn, pytest.raises(AccountError, match="cycle"):
        users.move_user(conn, c.login("mgr_e"), c.login("sp_e1a"))
    with connect_admin(c.admin_url) as conn:
        assert users.get_user(conn, c.login("mgr_e")).manager == c.login("director")
    monkeypatch.undo()

    # units: no cycles either; a whole team moves, and its people's scope with it
    rc, _, err = cli(capsys, "unit", "move", "--dsn", c.admin_url, "--code", f"{c.tag}_EAST",
                     "--parent", f"{c.tag}_EAST_T1")
    assert rc == 1 and "lies inside" in err
    team = {n for n, o in c.customer_owner.items() if o in ("sup_e2", "sp_e2a")}
    assert team <= visible(c, "mgr_e") and not team & visible(c, "mgr_n")
    rc, _, err = cli(capsys, "user", "move", "--dsn", c.admin_url, "--login", c.login("sup_e2"),
                     "--manager", c.login("mgr_n"))
    assert rc == 0, err
    rc, _, err = cli(capsys, "unit", "move", "--dsn", c.admin_url, "--code", f"{c.tag}_EAST_T2",
                     "--parent", f"{c.tag}_NORTH_B1")
    assert rc == 0, err
    assert not team & visible(c, "mgr_e") and team <= visible(c, "mgr_n")
