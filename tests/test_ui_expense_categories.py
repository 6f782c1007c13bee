"""The expense categories' section of the picklists page end to end on the real database, typed
like a user: the admin adds a category, renames one and deactivates it, a refused code shows under
its field with the typing kept; someone without maintain_picklists sees the section read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from salesdesk.ui.expense_categories import ExpenseCategoriesSection
from tests.factories import Company, build_small_company
from tests.ui_support import WAIT_MS, main_window, wait_loaded

pytestmark = pytest.mark.gui


@pytest.fixture
def co(db_factory) -> Company:
    return build_small_company(db_factory())


def section(qtbot, window) -> ExpenseCategoriesSection:  # noqa: ANN001
    page = wait_loaded(qtbot, window, "picklists")
    found = page.expense_categories
    qtbot.waitUntil(found.is_loaded, timeout=WAIT_MS)
    return found


def typed(qtbot, edit, text: str) -> None:  # noqa: ANN001
    """Clear the field and type: Latin text key by key, Chinese as an input method commits it."""
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        commit = QInputMethodEvent()
        commit.setCommitString(text)
        QApplication.sendEvent(edit, commit)
    assert edit.text() == text


def row(co: Company, code: str) -> tuple | None:
    with co.admin() as conn:
        return conn.execute("select name, name_en, active from sales.expense_categories where code = %s",
                            (code,)).fetchone()


def select(qtbot, s: ExpenseCategoriesSection, code: str) -> None:  # noqa: ANN001
    r = next(i for i, c in enumerate(s.model.rows()) if c.code == code)
    s.view.setCurrentIndex(s.model.index(r, 0))
    qtbot.waitUntil(lambda: s.edits["code"].text() == code, timeout=WAIT_MS)


def test_the_admin_adds_renames_and_deactivates(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "admin") as window:
        s = section(qtbot, window)
        assert [c.code for c in s.model.rows()][:2] == ["travel", "entertainment"]
        typed(qtbot, s.edits["code"], "Training")
        typed(qtbot, s.edits["name"], "培训费")
        typed(qtbot, s.edits["name_en"], "Training")
        s.add_button.click()
        qtbot.waitUntil(lambda: s.errors["code"].isVisibleTo(s), timeout=WAIT_MS)
        assert s.edits["code"].text() == "Training" and row(co, "training") is None
        typed(qtbot, s.edits["code"], "training")
        s.add_button.click()
        qtbot.waitUntil(lambda: s.current() is not None and s.current().code == "training", timeout=WAIT_MS)
        assert row(co, "training") == ("培训费", "Training", True) and not s.errors["code"].isVisibleTo(s)

        select(qtbot, s, "gifts")
        typed(qtbot, s.edits["name"], "礼品及赠品")
        typed(qtbot, s.edits["name_en"], "Gifts and presents")
        s.rename_button.click()
        renamed = ("礼品及赠品", "Gifts and presents", True)
        qtbot.waitUntil(lambda: row(co, "gifts") == renamed, timeout=WAIT_MS)

        select(qtbot, s, "samples")
        assert s.active_button.text().replace("&", "") == "Deactivate category"
        s.active_button.click()
        qtbot.waitUntil(lambda: row(co, "samples") == ("样品费", "Samples", False), timeout=WAIT_MS)
        qtbot.waitUntil(lambda: s.current() is not None and not s.current().active, timeout=WAIT_MS)
        assert s.active_button.text().replace("&", "") == "Activate category"


def test_without_maintain_picklists_the_section_is_read_only(qtbot, co: Company) -> None:
    with main_window(qtbot, co, "director") as window:
        s = section(qtbot, window)
        select(qtbot, s, "travel")
        assert all(e.isReadOnly() for e in s.edits.values())
        assert not any(b.isEnabled() for b in (s.add_button, s.rename_button, s.active_button))
