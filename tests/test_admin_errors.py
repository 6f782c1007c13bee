"""Finding 21: every failure of salesdesk-admin is one plain line (and a sensible exit code)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from salesdesk.admin.errors import plain_database_error
from salesdesk.db.urls import libpq_url, sqlalchemy_url
from tests.factories import Company
from tests.test_admin_onboarding import add_hq
from tests.test_admin_users import cli

ROOT = Path(__file__).resolve().parent.parent


def add_user(capsys: pytest.CaptureFixture[str], dsn: str, *extra: str) -> tuple[int, str, str]:
    return cli(capsys, "user", "add", "--dsn", dsn, "--login", "err_x", "--unit", "HQ",
               "--position", "salesperson", *extra)


def test_blank_name_and_bad_email_are_named_not_dumped(fresh_db: str,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert add_hq(capsys, fresh_db)
    assert add_user(capsys, fresh_db, "--name", "  ") == (1, "", "salesdesk-admin: name must not be empty\n")
    assert add_user(capsys, fresh_db, "--name", "张三", "--email", "x") == (
        1, "", "salesdesk-admin: e-mail 'x' is not valid\n")
    assert add_user(capsys, fresh_db, "--name", "张三", "--email", "x")[0] == 1
    assert cli(capsys, "unit", "add", "--dsn", fresh_db, "--code", "T", "--name", " ", "--kind", "team",
               "--parent", "HQ")[2] == "salesdesk-admin: the unit needs a name\n"


def test_a_violated_constraint_is_one_line_without_the_row(fresh_db: str) -> None:
    with psycopg.connect(libpq_url(fresh_db)) as conn:
        with pytest.raises(psycopg.errors.CheckViolation) as raised:
            conn.execute("insert into sales.org_units (code, name, kind) values ('X', ' ', 'hq')")
    assert "Failing row" in str(raised.value)  # what IT used to read
    code, line = plain_database_error(raised.value)
    assert code == 1 and "\n" not in line and "Failing row" not in line
    assert line.startswith("the database refused the value: new row for relation \"org_units\" violates")


def test_a_wrong_password_is_not_an_unreachable_server(fresh_db: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    wrong = sqlalchemy_url(fresh_db).set(password="not-the-password").render_as_string(hide_password=False)
    rc, out, err = cli(capsys, "user", "list", "--dsn", wrong)
    user = sqlalchemy_url(fresh_db).username
    assert (rc, out) == (2, "")
    assert err == (f"salesdesk-admin: password authentication failed for {user} (check the user name and "
                   "password in --dsn)\n")
    # an unreachable server still says so
    closed = sqlalchemy_url(fresh_db).set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    rc, _, err = cli(capsys, "user", "list", "--dsn", closed)
    assert rc == 2 and err.startswith("salesdesk-admin: cannot reach the database: ") and err.count("\n") == 1


@pytest.mark.parametrize("url", ["mysql://root:pw@db.example.com/salesdesk",
                                 "mysql+pymysql://root:pw@db.example.com/salesdesk",
                                 "sqlite:///salesdesk.db"])
def test_other_database_urls_are_refused(url: str, capsys: pytest.CaptureFixture[str]) -> None:
    scheme = url.split("://", 1)[0]
    for command in (["user", "list"], ["init"], ["backup", "--out", "x.backup"]):
        rc, out, err = cli(capsys, *command, "--dsn", url)
        assert (rc, out) == (2, ""), command
        assert err == f"salesdesk-admin: only postgresql:// URLs are supported, not {scheme}://\n", command


def test_a_closed_pipe_ends_quietly(company: Company) -> None:
    """`user list --json | head`: the reader goes away; no BrokenPipeError traceback."""
    proc = subprocess.Popen([sys.executable, "-m", "salesdesk.admin.cli", "user", "list", "--json",
                             "--dsn", company.admin_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # before it writes a byte: its first write meets a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert err == ""
    # and through a real shell pipe, as IT types it
    shell = subprocess.run(f"{sys.executable} -m salesdesk.admin.cli user list --json --dsn "
                           f"'{company.admin_url}' | head -c 1", shell=True, capture_output=True, text=True,
                           cwd=ROOT, timeout=60)
    assert shell.stdout == "[" and shell.stderr == ""
