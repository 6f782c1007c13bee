"""`salesdesk-admin reports monthly` (salesdesk/admin/commands_reports.py): every manager's report,
read as that manager (the database decides the scope), one file per unit; a failure is one line."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.admin.cli import main
from salesdesk.reports.monthly import write_monthly
from salesdesk.services import month_close
from salesdesk.services.nodes import Node
from tests.factories import Company
from tests.test_month_close import MONTH, seed


@pytest.fixture
def co(fresh_company: Company) -> Company:
    seed(fresh_company)
    return fresh_company


def test_every_manager_gets_their_units_report_as_they_see_it(co: Company, tmp_path: Path,
                                                              as_user) -> None:  # noqa: ANN001
    assert main(["reports", "monthly", "--dsn", co.admin_url, "--folder", str(tmp_path),
                 "--month", MONTH]) == 0
    east, north = (tmp_path / f"{MONTH}_{co.tag}_{code}.xlsx" for code in ("EAST", "NORTH"))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([east.name, north.name])
    titles = {r[1] for r in load_workbook(north)["Contracts"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert titles == {"sp_n1a月结合同"}
    # the same bytes as the manager's own report
    mine = io.BytesIO()
    write_monthly(month_close.load_month(as_user("mgr_e"), Node("unit", co.units["EAST"]), MONTH), mine)
    assert east.read_bytes() == mine.getvalue()


def test_a_failed_report_is_one_line_and_the_others_are_written(co: Company, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / f"{MONTH}_{co.tag}_EAST.xlsx").mkdir()  # in the way of the east report
    assert main(["reports", "monthly", "--dsn", co.admin_url, "--folder", str(tmp_path),
                 "--month", MONTH]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and co.login("mgr_e") in err and "Traceback" not in err
    assert (tmp_path / f"{MONTH}_{co.tag}_NORTH.xlsx").is_file()


@pytest.mark.parametrize("args", [["--month", "2026-3"], ["--folder", "/nonexistent/folder"]])
def test_bad_arguments_are_one_line(co: Company, tmp_path: Path, args: list[str],
                                    capsys: pytest.CaptureFixture[str]) -> None:
    base = {"--dsn": co.admin_url, "--folder": str(tmp_path), "--month": MONTH}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    assert main(["reports", "monthly", *[x for kv in base.items() for x in kv]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("salesdesk-admin: ")
