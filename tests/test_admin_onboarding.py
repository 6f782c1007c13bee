"""IT's onboarding: `user import` from one spreadsheet, the must-change-password flag, unit
rename/move/remove, `user edit`, one head office. Called in-process like IT would."""

from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

import psycopg
import pytest
from openpyxl import Workbook

from salesdesk.admin.accounts import password_change_pending
from salesdesk.db.urls import libpq_url, with_login
from tests.test_admin_users import can_log_in, cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "installer" / "examples" / "employees.csv"
HEADER = "unit_code,unit_name,unit_kind,parent_unit_code,pool,login,name,email,phone,position,manager_login"


def write_csv(path: Path, *lines: str) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def passwords(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return {r["login"]: r["initial_password"] for r in csv.DictReader(fh)}


def counts(url: str) -> tuple[int, int, int]:
    with psycopg.connect(libpq_url(url)) as conn:
        row = conn.execute("select (select count(*) from sales.org_units), (select count(*) from "
                           "sales.employees), (select count(*) from pg_roles where rolname like 'imp%%')"
                           ).fetchone()
        assert row is not None
        return row


def add_hq(capsys: pytest.CaptureFixture[str], dsn: str) -> bool:
    return cli(capsys, "unit", "add", "--dsn", dsn, "--code", "HQ", "--name", "总部", "--kind", "hq")[0] == 0


def must_change(url: str, login: str, password: str) -> bool:
    with psycopg.connect(with_login(url, login, password)) as conn:
        return bool(conn.execute("select api.password_change_required()").fetchone()[0])


# -- user import ------------------------------------------------------------------

def test_import_the_example_spreadsheet_of_30_people(fresh_db: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    rc, out, err = cli(capsys, "user", "import", str(EXAMPLE), "--dsn", fresh_db, "--dry-run")
    assert rc == 0, err
    assert out.splitlines()[-1] == "dry run: 12 unit(s) and 30 people would be added; nothing was changed"
    assert counts(fresh_db)[:2] == (0, 0)

    result = tmp_path / "passwords.xlsx"
    rc, out, err = cli(capsys, "user", "import", str(EXAMPLE), "--dsn", fresh_db, "--out", str(result))
    assert rc == 0, err
    assert f"initial passwords: {result}" in out
    assert stat.S_IMODE(result.stat().st_mode) == 0o600
    from openpyxl import load_workbook

    sheet = load_workbook(result).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("login", "name", "unit_code", "initial_password") and len(rows) == 31
    given = {r[0]: r[3] for r in rows[1:]}
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        people = dict(conn.execute("select e.login, m.login from sales.employees e "
                                   "left join sales.employees m on m.id = e.manager_id").fetchall())
        pools = {r[0] for r in conn.execute("select u.code from sales.customer_pools p "
                                            "join sales.org_units u on u.id = p.unit_id")}
    assert len(people) == 30 and people["wu.sh1"] == "sun.sh" and people["chen.director"] is None
    assert pools == {"HQ", "EAST", "NORTH", "SOUTH"}
    # each gets a login that works and must change its password at first sign-in
    assert can_log_in(with_login(fresh_db, "wu.sh1", given["wu.sh1"]))
    assert must_change(fresh_db, "wu.sh1", given["wu.sh1"])


def test_import_is_all_or_nothing_and_names_every_bad_row(fresh_db: str, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_csv(tmp_path / "bad.csv",
                    "HQ,总部,hq,,yes,imp_boss,王总,boss@example.com,,director,",
                    "T1,一组,team,HQ,,imp_a,,a@example.com,,salesperson,imp_boss",      # row 3: blank name
                    "T1,,,,,imp_b,李四,not-an-email,,salesperson,imp_boss",          # row 4: bad e-mail
                    "T1,,,,,imp_c,赵五,,,chief,imp_nobody",                          # row 5: two problems
                    "T2,二组,team,NOPE,,imp_a,钱六,,,salesperson,",                    # row 6: two problems
                    "HQ2,另一个总部,hq,,,,,,,,")                                        # row 7: second HQ
    out_file = tmp_path / "result.csv"
    rc, out, err = cli(capsys, "user", "import", str(bad), "--dsn", fresh_db, "--out", str(out_file))
    assert (rc, out) == (1, "")
    lines = err.strip().splitlines()
    assert lines[-1] == "salesdesk-admin: bad.csv: 7 problem(s); nothing was imported"
    problems = [line.removeprefix("salesdesk-admin: bad.csv: ") for line in lines[:-1]]
    assert len(problems) == 7, problems
    for expected in ("row 3: name must not be empty", "row 4: e-mail 'not-an-email' is not valid",
                     "row 5: position 'chief' is not one of", "row 5: manager imp_nobody is neither",
                     "row 6: login imp_a is already on row 3", "row 6: parent unit NOPE is neither",
                     "row 7: unit HQ2 has no parent, but the company already has a head office (HQ)"):
        assert sum(p.startswith(expected) for p in problems) == 1, (expected, problems)
    assert counts(fresh_db) == (0, 0, 0)
    assert not out_file.exists()


def test_import_resolves_managers_listed_after_their_reports(fresh_db: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    later = write_csv(tmp_path / "later.csv",
                      "T1,一组,team,EAST,,imp_rep,赵一,,13900000001,salesperson,imp_sup",
                      "T1,,,,,imp_sup,钱二,,,supervisor,imp_mgr",
                      "EAST,华东,region,HQ,,imp_mgr,孙三,,,manager,",
                      "HQ,总部,hq,,,,,,,,")
    result = tmp_path / "out.csv"
    rc, out, err = cli(capsys, "user", "import", str(later), "--dsn", fresh_db, "--out", str(result))
    assert rc == 0, err
    assert [line.split()[1] for line in out.splitlines() if line.startswith("added")] == [
        "unit", "unit", "unit", "imp_mgr", "imp_sup", "imp_rep"]
    assert set(passwords(result)) == {"imp_rep", "imp_sup", "imp_mgr"}
    # the same file again: every login exists now, nothing is added twice
    rc, _, err = cli(capsys, "user", "import", str(later), "--dsn", fresh_db, "--dry-run")
    assert rc == 1 and "row 2: login imp_rep already exists" in err
    # a cycle of managers is refused
    cycle = write_csv(tmp_path / "cycle.csv", "HQ,,,,,imp_x,X,,,salesperson,imp_y",
                      "HQ,,,,,imp_y,Y,,,salesperson,imp_x")
    rc, _, err = cli(capsys, "user", "import", str(cycle), "--dsn", fresh_db, "--dry-run")
    assert rc == 1 and "the manager_login columns form a cycle" in err


def test_import_reads_xlsx_and_gb18030_csv(fresh_db: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["部门编码", "部门名称", "部门类型", "上级部门编码", "公海", "登录名", "姓名", "邮箱",
                  "手机", "职位", "上级"])
    sheet.append(["HQ", "总部", "hq", None, "是", "imp_dir", "王总", None, 13800000001, "director", None])
    xlsx = tmp_path / "people.xlsx"
    book.save(xlsx)
    gbk = tmp_path / "people.csv"
    gbk.write_bytes((HEADER + "\nHQ,,,,,imp_sp,张三,,,salesperson,imp_dir\n").encode("gb18030"))
    for source, result in ((xlsx, "a.csv"), (gbk, "b.csv")):
        rc, _, err = cli(capsys, "user", "import", str(source), "--dsn", fresh_db, "--out",
                         str(tmp_path / result))
        assert rc == 0, err
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        row = conn.execute("select name, phone from sales.employees where login = 'imp_dir'").fetchone()
        assert row == ("王总", "13800000001")
        assert conn.execute("select 1 from sales.customer_pools").fetchone() == (1,)


def test_import_refuses_an_existing_result_file(fresh_db: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    taken = tmp_path / "taken.csv"
    taken.write_text("keep me")
    rc, _, err = cli(capsys, "user", "import", str(EXAMPLE), "--dsn", fresh_db, "--out", str(taken))
    assert rc == 1
    assert err.strip() == f"salesdesk-admin: {taken} already exists; name a new result file with --out"
    assert taken.read_text() == "keep me" and counts(fresh_db)[:2] == (0, 0)


# -- must change the password ------------------------------------------------------

def test_the_flag_clears_only_when_the_password_changes(fresh_db: str, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    assert add_hq(capsys, fresh_db)
    rc, out, _ = cli(capsys, "user", "add", "--dsn", fresh_db, "--login", "imp_new", "--name", "新人",
                     "--unit", "HQ", "--position", "salesperson")
    assert rc == 0
    first = out.strip().splitlines()[-1].removeprefix("PASSWORD=")
    with psycopg.connect(with_login(fresh_db, "imp_new", first), autocommit=True) as conn:
        assert conn.execute("select api.password_change_required()").fetchone() == (True,)
        # nothing the employee may call clears it, short of a new password
        for attempt in ("delete from private.password_resets",
                        "update private.password_resets set verifier_digest = 'x'",
                        "select salesdesk_auth.password_digest()"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(attempt)
        assert conn.execute("select api.password_change_required()").fetchone() == (True,)
        verifier = conn.pgconn.encrypt_password(b"Mine-2026-pass", b"imp_new", b"scram-sha-256")
        conn.execute(f"alter role current_user password '{verifier.decode()}'")
        assert conn.execute("select api.password_change_required()").fetchone() == (False,)
    with psycopg.connect(libpq_url(fresh_db)) as admin:
        assert not password_change_pending(admin, "imp_new")
        assert admin.execute("select count(*) from private.password_resets").fetchone() == (0,)
    # a reset by IT sets it again
    monkeypatch.setattr("sys.stdin", io.StringIO("Reset-2026-pass\n"))
    assert cli(capsys, "user", "passwd", "--dsn", fresh_db, "--login", "imp_new", "--password-stdin")[0] == 0
    assert must_change(fresh_db, "imp_new", "Reset-2026-pass")


# -- units and people -------------------------------------------------------------

def test_unit_rename_move_remove_and_one_head_office(fresh_db: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    def unit(*args: str) -> tuple[int, str, str]:
        return cli(capsys, "unit", *args, "--dsn", fresh_db)

    assert unit("add", "--code", "HQ", "--name", "总部", "--kind", "hq")[0] == 0
    rc, _, err = unit("add", "--code", "HQ2", "--name", "第二总部", "--kind", "hq")
    assert rc == 1 and err == ("salesdesk-admin: there is already a head office (HQ): a company has one; "
                               "give the new unit a --parent (another company gets its own database)\n")
    assert unit("add", "--code", "EAST", "--name", "华东", "--kind", "region", "--parent", "HQ",
                "--pool")[0] == 0
    assert unit("add", "--code", "SH", "--name", "上海", "--kind", "branch", "--parent", "EAST")[0] == 0
    assert unit("add", "--code", "NORTH", "--name", "华北", "--kind", "region", "--parent", "HQ")[0] == 0

    rc, out, _ = unit("rename", "--code", "EAST", "--name", "华东大区")
    assert (rc, out) == (0, "renamed unit EAST: 华东 -> 华东大区\n")
    rc, _, err = unit("rename", "--code", "EAST", "--name", "  ")
    assert rc == 1 and err == "salesdesk-admin: name must not be empty\n"
    assert unit("move", "--code", "SH", "--parent", "NORTH")[0] == 0

    rc, _, err = unit("remove", "--code", "NORTH")
    assert rc == 1 and err == ("salesdesk-admin: unit NORTH is not empty: 1 sub-units; move them first "
                               "(`user move`, `unit move`, or hand the customers on)\n")
    assert cli(capsys, "user", "add", "--dsn", fresh_db, "--login", "imp_sh", "--name", "沪", "--unit", "SH",
               "--position", "salesperson")[0] == 0
    rc, _, err = unit("remove", "--code", "SH")
    assert rc == 1 and "1 people (leavers too)" in err
    assert unit("remove", "--code", "EAST") == (0, "removed unit EAST\n", "")  # its empty pool went too
    rc, _, err = unit("remove", "--code", "EAST")
    assert rc == 1 and err == "salesdesk-admin: unknown unit: EAST\n"
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        assert [r[0] for r in conn.execute("select code from sales.org_units order by code")] == [
            "HQ", "NORTH", "SH"]
        assert conn.execute("select count(*) from sales.customer_pools").fetchone() == (0,)


def test_user_edit(fresh_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert add_hq(capsys, fresh_db)
    assert cli(capsys, "user", "add", "--dsn", fresh_db, "--login", "imp_e", "--name", "张伟", "--unit", "HQ",
               "--position", "salesperson", "--email", "zw@example.com")[0] == 0
    rc, out, err = cli(capsys, "user", "edit", "imp_e", "--dsn", fresh_db, "--name", "张卫", "--phone",
                       "13800000000", "--email", "", "--position", "supervisor")
    assert rc == 0, err
    assert out == ("changed imp_e: name 张伟 -> 张卫; email zw@example.com -> (none); phone (none) -> "
                   "13800000000; position salesperson -> supervisor\n")
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        assert conn.execute("select e.name, e.email, e.phone, p.code from sales.employees e join "
                            "sales.positions p on p.id = e.position_id where login = 'imp_e'").fetchone() == (
            "张卫", None, "13800000000", "supervisor")
    rc, _, err = cli(capsys, "user", "edit", "imp_e", "--dsn", fresh_db, "--name", "张卫")
    assert rc == 1 and "nothing to change for imp_e" in err
    rc, _, err = cli(capsys, "user", "edit", "nobody", "--dsn", fresh_db, "--name", "x")
    assert rc == 1 and err == "salesdesk-admin: unknown user: nobody\n"


@pytest.mark.parametrize("command", [["unit", "rename"], ["unit", "remove"], ["user", "import"],
                                     ["user", "edit"]])
def test_the_new_commands_have_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    from salesdesk.admin.cli import main

    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    assert "usage: salesdesk-admin" in capsys.readouterr().out


def test_a_big_import_refreshes_the_tree_once_per_level(fresh_db: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """People go in with one insert per level of the tree: an insert per person refreshed the
    org's visibility each time, and 4,000 people took many minutes. `IMPORT_N=4000` measures it."""
    n = int(os.environ.get("IMPORT_N", "600"))
    lines = ["HQ,总部,hq,,yes,boss,老板,,,director,"]
    lines += [f"HQ,,,,,s{t:03d},主管{t},,,supervisor,boss" for t in range(20)]
    lines += [f"HQ,,,,,p{i:05d},员工{i},,,salesperson,s{i % 20:03d}" for i in range(n)]
    rc, out, err = cli(capsys, "user", "import", str(write_csv(tmp_path / "many.csv", *lines)), "--dsn",
                       fresh_db, "--out", str(tmp_path / "passwords.csv"))
    assert rc == 0, err
    assert counts(fresh_db)[:2] == (1, n + 21)
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        seen = dict(conn.execute(
            "select e.login, count(*) from private.visibility v join sales.employees e on e.id = v.viewer_id "
            "where e.login in ('boss', 's007', 'p00007') group by e.login").fetchall())
        managers = conn.execute("select count(*) from sales.employees e join sales.employees m "
                                "on m.id = e.manager_id where e.login like 'p%' and m.login = "
                                "'s' || lpad(((substr(e.login, 2)::int) % 20)::text, 3, '0')").fetchone()
    assert managers == (n,)
    assert seen == {"boss": n + 21, "s007": 1 + n // 20, "p00007": 1}
