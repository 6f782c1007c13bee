"""`salesdesk report monthly` (salesdesk/ui/report_command.py) against the real database: the
caller's own node, the same bytes each run and after a correction to the closed month, one plain
line and a non-zero exit on any failure."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from salesdesk.ui.app import main
from tests.factories import Company
from tests.test_month_close import MONTH, seed


@pytest.fixture(autouse=True)
def _one_application(qapp) -> Iterator[None]:  # noqa: ANN001, PT004
    """The command makes a QCoreApplication when there is none: in this test process the GUI tests'
    QApplication must come first (Qt allows one application object per process); the language the
    command installs is put back afterwards."""
    from salesdesk.ui.i18n import current_language, install_language

    before = current_language()
    yield
    install_language(before)


@pytest.fixture
def co(fresh_company: Company, monkeypatch: pytest.MonkeyPatch) -> Company:
    seed(fresh_company)
    monkeypatch.setenv("SALESDESK_PASSWORD", fresh_company.password)
    return fresh_company


def run(co: Company, key: str, out: Path, *extra: str) -> int:
    return main(["report", "monthly", "--month", MONTH, "--out", str(out), "--login", co.login(key),
                 "--server", co.admin_url, "--lang", "zh_CN", *extra])


def test_a_manager_writes_their_regions_report_the_same_each_time(co: Company, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert run(co, "mgr_e", first) == 0
    assert run(co, "mgr_e", second) == 0
    assert first.read_bytes() == second.read_bytes()
    book = load_workbook(first)
    assert book.sheetnames[0] == "月度汇总" and "华东大区" in book["月度汇总"].oddHeader.center.text
    titles = {r[1] for r in book["合同"].iter_rows(min_row=2, values_only=True) if r[1]}
    assert titles == {"sp_e1a月结合同", "sp_e2a月结合同"}  # the region's, not the north's
    co.call("mgr_e", "select api.close_month('unit', %s, %s)", (co.units["EAST"], MONTH))
    closed = tmp_path / "closed.xlsx"
    assert run(co, "mgr_e", closed) == 0
    with co.admin() as conn:
        conn.execute("update sales.contracts set total_amount = 1, amount = 1 where id = %s",
                     (co.contracts["sp_e1a月结合同"],))
    again = tmp_path / "again.xlsx"
    assert run(co, "mgr_e", again) == 0
    assert again.read_bytes() == closed.read_bytes()


@pytest.mark.parametrize("case", ["password", "folder", "login"])
def test_a_failure_is_one_plain_line_and_a_non_zero_exit(co: Company, tmp_path: Path, case: str,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "r.xlsx"
    if case == "password":
        monkeypatch.setenv("SALESDESK_PASSWORD", "wrong-password-1")
    elif case == "folder":
        out = tmp_path / "missing" / "r.xlsx"
    key = "nobody" if case == "login" else "mgr_e"
    assert run(co, key, out) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("salesdesk: ") and "Traceback" not in err
    assert not out.exists()


def test_not_a_month_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["report", "monthly", "--month", "2026-13", "--out", str(tmp_path / "x.xlsx"), "--login", "x"])
    assert exit_.value.code == 2 and "not a month" in capsys.readouterr().err
