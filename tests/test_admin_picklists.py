"""`salesdesk-admin picklist list|add|rename|deactivate|activate --kind …` on a real database."""

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


@pytest.mark.parametrize("action", ["list", "add", "rename", "deactivate", "activate"])
def test_every_picklist_command_has_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["picklist", action, "--help"])
    assert exit_.value.code == 0
    assert "--kind" in capsys.readouterr().out


def test_list_add_rename_deactivate(fresh_company: Company, capsys: pytest.CaptureFixture[str]) -> None:
    dsn = fresh_company.admin_url
    rc, out, _ = cli(capsys, "picklist", "list", "--dsn", dsn, "--kind", "region")
    assert rc == 0 and "上海" in out and "长沙" in out
    rows = json.loads(cli(capsys, "picklist", "list", "--dsn", dsn, "--kind", "region", "--json")[1])
    shanghai = next(r for r in rows if r["name"] == "上海")
    # the factory gives every customer 上海
    assert shanghai["active"] and shanghai["customers"] == len(fresh_company.customers)

    assert cli(capsys, "picklist", "add", "--dsn", dsn, "--kind", "industry", "--name", " 半导体 ")[:2] == (
        0, "added 半导体 to the industry list\n")
    rc, _, err = cli(capsys, "picklist", "add", "--dsn", dsn, "--kind", "industry", "--name", "半导体")
    assert rc == 1 and err == "salesdesk-admin: the industry list already has '半导体'\n"
    rc, _, err = cli(capsys, "picklist", "add", "--dsn", dsn, "--kind", "industry", "--name", "  ")
    assert rc == 1 and err == "salesdesk-admin: the name is empty\n"

    rc, out, _ = cli(capsys, "picklist", "rename", "--dsn", dsn, "--kind", "region", "--name", "上海",
                     "--to", "上海市")
    assert rc == 0 and f"({len(fresh_company.customers)} customers)" in out
    assert {r[0] for r in fresh_company.call("director", "select region from api.customers")} == {"上海市"}
    rc, _, err = cli(capsys, "picklist", "rename", "--dsn", dsn, "--kind", "region", "--name", "火星",
                     "--to", "x")
    assert rc == 1 and err == "salesdesk-admin: the region list has no entry '火星'\n"

    assert cli(capsys, "picklist", "deactivate", "--dsn", dsn, "--kind", "region", "--name", "上海市")[0] == 0
    regions = "select name, active from api.picklist('region')"
    assert ("上海市", False) in fresh_company.call("sp_e1a", regions)
    assert {r[0] for r in fresh_company.call("director", "select region from api.customers")} == {"上海市"}
    assert cli(capsys, "picklist", "activate", "--dsn", dsn, "--kind", "region", "--name", "上海市")[0] == 0
    assert ("上海市", True) in fresh_company.call("sp_e1a", regions)


def test_a_bad_kind_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["picklist", "list", "--dsn", "postgresql://x@y/z", "--kind", "planet"])
    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
