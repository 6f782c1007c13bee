"""The import dialog on the real database (issue 15 section 5): "Import…" on the customer and lead
lists, the mapping guessed and remembered, a refused file ending in an error workbook with nothing
written, and a clean GBK file imported into the importer's own scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from salesdesk.ui.record_import import RecordImportDialog, open_import
from tests.factories import Company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui

HEADER = "客户名称,级别,电话,联系人,手机,随便一列\n"


def owned(company: Company, prefix: str) -> list[tuple[str, str]]:
    with company.admin() as conn:
        return conn.execute("select c.name, e.login from sales.customers c join sales.employees e "
                            "on e.id = c.owner_id where c.name like %s order by c.name",
                            (prefix + "%",)).fetchall()


def wait_state(qtbot, dialog: RecordImportDialog, button: str) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: getattr(dialog, button).isVisible() and getattr(dialog, button).isEnabled(),
                    timeout=WAIT_MS)


def test_import_from_the_customer_list_refuses_then_imports(qtbot, fresh_company: Company,
                                                            tmp_path: Path) -> None:  # noqa: ANN001
    c = fresh_company
    bad = tmp_path / "客户.csv"
    rows = "界面导入甲,A,021-61234567,王经理,13800138000,x\n界面导入乙,Z,,,,\n"
    bad.write_bytes((HEADER + rows).encode("gbk"))
    with main_window(qtbot, c, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "customers")
        assert "import" in [s.name for s in page.action_specs()]
        dialog = open_import(page, "customer", bad)
        wait_state(qtbot, dialog, "check")
        assert dialog.chosen_mapping() == ["name", "level", "phone", "contact_name", "contact_mobile", None]
        dialog.set_field(5, "notes")  # the user maps the odd column: remembered for next time
        dialog.run_check()
        wait_state(qtbot, dialog, "save_errors")
        assert not dialog.commit.isVisible()
        assert dialog.rows.item(0, 0).text() == "3" and dialog.rows.item(0, 1).text() == "Error"
        assert "Choose a level from A to D." in dialog.rows.item(0, 2).text()
        out = tmp_path / "errors.xlsx"
        dialog.write_errors(out)
        qtbot.waitUntil(lambda: out.exists() and "Saved" in dialog.info.text(), timeout=WAIT_MS)
        sheet = load_workbook(out).active
        assert [v.value for v in sheet[2]][:4] == ["3", "级别", "Choose a level from A to D.", "界面导入乙"]
        assert owned(c, "界面导入") == []  # nothing written
        dialog.close()

        good = tmp_path / "客户2.csv"
        good.write_bytes((HEADER + "界面导入甲,A,021-61234567,王经理,13800138000,老客户\n").encode("gbk"))
        again = open_import(page, "customer", good)
        wait_state(qtbot, again, "check")
        assert again.chosen_mapping()[5] == "notes"  # the last mapping, remembered
        again.run_check()
        wait_state(qtbot, again, "commit")
        with qtbot.waitSignal(again.imported, timeout=WAIT_MS) as done:
            again.run_import()
        assert done.args == [1]
    assert owned(c, "界面导入") == [("界面导入甲", c.login("sp_e1a"))]


def test_the_lead_list_offers_import(qtbot, fresh_company: Company) -> None:  # noqa: ANN001
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        page = wait_loaded(qtbot, window, "leads")
        assert "import" in [s.name for s in page.action_specs()]
