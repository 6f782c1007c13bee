"""`salesdesk-admin position list|grant|revoke` on a real database: the grant reaches the API."""

from __future__ import annotations

import json

import pytest

from salesdesk.admin.cli import main
from tests.factories import Company


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


@pytest.mark.parametrize("action", ["list", "grant", "revoke"])
def test_every_position_command_has_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["position", action, "--help"])
    assert exit_.value.code == 0
    assert "--dsn" in capsys.readouterr().out


def test_list_grant_revoke(fresh_company: Company, capsys: pytest.CaptureFixture[str]) -> None:
    dsn = fresh_company.admin_url
    rows = json.loads(cli(capsys, "position", "list", "--dsn", dsn, "--json")[1])
    manager = next(r for r in rows if r["code"] == "manager")
    assert manager["permissions"] == ["approve", "export", "manage_targets"]
    rc, out, _ = cli(capsys, "position", "list", "--dsn", dsn)
    assert rc == 0 and "see_cost" in out and "销售经理" in out

    cost = "select count(*) from api.products where cost_price is not null"
    fresh_company.call("admin", "select api.product_save(null, null, "
                                "'{\"code\": \"A\", \"name\": \"甲\", \"cost_price\": 1}')")
    assert fresh_company.call("mgr_e", cost) == [(0,)]
    assert cli(capsys, "position", "grant", "manager", "see_cost", "--dsn", dsn)[:2] == (
        0, "granted see_cost to manager\n")
    assert fresh_company.call("mgr_e", cost) == [(1,)]
    assert cli(capsys, "position", "grant", "manager", "see_cost", "--dsn", dsn)[1] == \
        "manager already holds see_cost\n"
    assert cli(capsys, "position", "revoke", "manager", "see_cost", "--dsn", dsn)[:2] == (
        0, "revoked see_cost from manager\n")
    assert fresh_company.call("mgr_e", cost) == [(0,)]


@pytest.mark.parametrize(("args", "message"), [
    (("grant", "pilot", "see_cost"), "salesdesk-admin: there is no position 'pilot'\n"),
    (("revoke", "manager", "fly"), "salesdesk-admin: there is no permission 'fly' (known: maintain_products, "
                                   "maintain_picklists, see_cost, approve, maintain_approval_rules, export, "
                                   "import, manage_targets, maintain_scorecards, maintain_targets, "
                                   "manage_users, maintain_company_profile)\n"),
])
def test_unknown_names_fail_in_one_line(company: Company, capsys: pytest.CaptureFixture[str],
                                        args: tuple[str, ...], message: str) -> None:
    rc, out, err = cli(capsys, "position", *args, "--dsn", company.admin_url)
    assert rc == 1 and out == "" and err == message
