"""`salesdesk-admin company show|set` on a real database: one plain line for every refusal."""

from __future__ import annotations

import json

import pytest

from salesdesk.admin.cli import main
from tests.factories import Company
from tests.test_admin_picklists import cli

TAX = "91350100M000100Y43"


def test_show_set_and_refusals(fresh_company: Company, capsys: pytest.CaptureFixture[str]) -> None:
    dsn = fresh_company.admin_url
    rc, _, err = cli(capsys, "company", "show", "--dsn", dsn)
    assert rc == 1 and err.startswith("salesdesk-admin: no company details yet") and err.count("\n") == 1
    rc, _, err = cli(capsys, "company", "set", "--dsn", dsn, "--tax-number", TAX)
    assert (rc, err) == (1, "salesdesk-admin: the first time, give the legal name too (--legal-name)\n")
    rc, _, err = cli(capsys, "company", "set", "--dsn", dsn, "--legal-name", "华东精密机械有限公司",
                     "--tax-number", TAX[:17] + "4")
    assert rc == 1 and err.startswith("salesdesk-admin: --tax-number: Enter the 18-character") \
        and err.count("\n") == 1
    rc, out, _ = cli(capsys, "company", "set", "--dsn", dsn, "--legal-name", " 华东精密机械有限公司 ",
                     "--tax-number", "9135 0100 m000 100y 43", "--phone", "（021）6000 1234")
    assert (rc, out) == (0, "company details entered: legal_name, phone, tax_number\n")
    assert cli(capsys, "company", "set", "--dsn", dsn, "--short-name", "华东精密")[:2] == (
        0, "company details changed: short_name\n")
    shown = json.loads(cli(capsys, "company", "show", "--dsn", dsn, "--json")[1])
    assert (shown["legal_name"], shown["short_name"], shown["tax_number"], shown["phone"]) == (
        "华东精密机械有限公司", "华东精密", TAX, "(021)6000 1234")
    assert fresh_company.call("sp_e1a", "select tax_number, version from api.company_profile") == [(TAX, 2)]


@pytest.mark.parametrize("action", ["show", "set"])
def test_every_company_command_has_help(capsys: pytest.CaptureFixture[str], action: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["company", action, "--help"])
    assert exit_.value.code == 0 and "--dsn" in capsys.readouterr().out
