"""The deal editor's "Export quote…" on the real database: the file dialog answered (the only fake),
the file written off the GUI thread and read back (Excel typed, PDF with the capital amount); a
folder that cannot be written and unsaved edits give a translated message; a new deal has nothing
to export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from salesdesk.db.session import Database
from salesdesk.ui import document_export
from tests.factories import Company
from tests.test_deal_documents import make_deal
from tests.ui_support import WAIT_MS, answering, main_window, wait_loaded

pytestmark = pytest.mark.gui
CAPITAL = "人民币贰仟叁佰玖拾捌元柒角叁分"  # the deal's 2,398.73 with tax


@pytest.fixture
def deal(fresh_company: Company) -> Iterator[int]:
    db = Database.connect(fresh_company.url_for("sp_e1a"))
    try:
        yield make_deal(fresh_company, db)
    finally:
        db.close()


def export_to(qtbot, monkeypatch, editor, path: Path, asks: bool = True) -> None:  # noqa: ANN001
    """Press the button with the save dialog answering `path` (`asks`: the dialog opens at all), and
    wait until the work is done."""
    asked: list[str] = []
    monkeypatch.setattr(document_export, "ask_path", lambda _parent, suggested: asked.append(suggested)
                        or str(path))
    button = editor.export_button
    qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
    if asks:  # the editor settles first: a re-read on the change feed's news of the new deal can
        # leave it briefly unsaved, and the button then rightly asks to save first (seen once in CI)
        qtbot.waitUntil(lambda: not editor.has_unsaved_changes(), timeout=WAIT_MS)
    button.click()
    assert (asked and asked[0].startswith("BJ-") and asked[0].endswith(".pdf")) if asks else not asked
    qtbot.waitUntil(lambda: button.isEnabled() and not editor.ctx.tasks.active(), timeout=WAIT_MS)


def test_the_deal_exports_its_quote_as_excel_and_pdf(qtbot, monkeypatch, fresh_company: Company, deal: int,
                                                      tmp_path: Path) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        assert editor.export_button.text() == "Export quote…"
        export_to(qtbot, monkeypatch, editor, tmp_path / "quote.xlsx")
        sheet = load_workbook(tmp_path / "quote.xlsx").active
        cells = {c.value: c for row in sheet.iter_rows() for c in row if c.value is not None}
        assert CAPITAL in cells and "机房扩容二期" in cells and cells["00123"].data_type == "s"
        total = sheet.cell(cells["Total (incl. tax)"].row, 10)
        assert (total.data_type, total.value, total.number_format) == ("n", 2398.73, '"¥"#,##0.00')
        assert window.status.notice.text() == f"Quote saved to {tmp_path / 'quote.xlsx'}"

        export_to(qtbot, monkeypatch, editor, tmp_path / "quote.pdf")
        page = pypdfium2.PdfDocument(tmp_path / "quote.pdf")[0]
        text = " ".join(page.get_textpage().get_text_range().split())
        assert CAPITAL in text and "扩容服务器" in text and "¥2,398.73" in text


def test_a_failed_write_and_unsaved_edits_say_why(qtbot, monkeypatch, fresh_company: Company, deal: int,
                                                   tmp_path: Path) -> None:
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.accept()

    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"opportunity:{deal}")
        with answering(QMessageBox, read):
            export_to(qtbot, monkeypatch, editor, tmp_path / "missing" / "quote.pdf")
            qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)
        assert "could not be written" in shown[0] and "missing" in shown[0]
        editor.ui.titleEdit.setText("机房扩容二期（改）")
        with answering(QMessageBox, read):
            export_to(qtbot, monkeypatch, editor, tmp_path / "quote.pdf", asks=False)
        assert shown[1].startswith("Save the deal first")
        assert not (tmp_path / "quote.pdf").exists()


def test_a_new_deal_has_nothing_to_export(qtbot, fresh_company: Company) -> None:
    with main_window(qtbot, fresh_company, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, "opportunity:new")
        assert not editor.export_button.isEnabled()
