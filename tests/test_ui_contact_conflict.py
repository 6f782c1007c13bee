"""A contact changed by someone else while the customer is being edited: merged once, never a save loop."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtWidgets import QMessageBox

from salesdesk.services import customers
from tests.ui_support import WAIT_MS, answering, click, main_window, session_for, wait_loaded

pytestmark = pytest.mark.gui
LOOP = 20  # far more attempts than a save needs: the test stops a loop here instead of hanging


@contextmanager
def counting_saves(monkeypatch) -> Iterator[list[int]]:  # noqa: ANN001
    """Each call of the save service (the editor's worker calls it once per attempt)."""
    calls: list[int] = []
    real = customers.save_customer

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls.append(1)
        if len(calls) > LOOP:
            raise RuntimeError("the editor keeps saving")
        return real(*args, **kwargs)

    monkeypatch.setattr(customers, "save_customer", counted)
    yield calls


def change_contact_elsewhere(company, customer_id: int, **values: object) -> None:  # noqa: ANN001
    """The supervisor changes the customer's first contact through the API, from another login."""
    other = session_for(company, "sup_e1")
    try:
        detail = customers.get_customer(other.database, customer_id)
        contact = detail.contacts[0]
        customers.save_customer(other.database, customer_id, detail.version, {},
                                [customers.ContactOp("update", contact.id, contact.version, dict(values))])
    finally:
        other.close()


def edit_contact(editor, key: str, value: str) -> None:  # noqa: ANN001
    model = editor.contacts
    model.setData(model.index(0, model.column_of(key)), value)


def test_a_contact_someone_else_changed_is_merged_and_saved_once_more(qtbot, fresh_company,
                                                                      monkeypatch) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        change_contact_elsewhere(c, customer_id, title="采购经理")
        edit_contact(editor, "notes", "周三下午联系")
        with counting_saves(monkeypatch) as calls:
            with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
                editor.save()
            assert finished.args == [True] and len(calls) == 2  # refused once, merged, saved
        stored = customers.get_customer(window.session.database, customer_id).contacts[0]
        assert (stored.title, stored.notes) == ("采购经理", "周三下午联系")  # theirs taken, mine kept
        assert not editor.has_unsaved_changes()


def test_a_contact_field_both_changed_is_marked_once_and_the_next_save_is_mine(qtbot, fresh_company,
                                                                               monkeypatch) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        change_contact_elsewhere(c, customer_id, mobile="13900000001")
        edit_contact(editor, "mobile", "13700000002")
        with counting_saves(monkeypatch) as calls:
            with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
                editor.save()
            assert finished.args == [False] and len(calls) == 1  # shown once, not sent again
            column = editor.contacts.column_of("mobile")
            assert "13900000001" in editor.contacts.index(0, column).data(0x03)  # theirs in the tooltip
            assert editor.contacts.index(0, column).data() == "13700000002"  # mine kept
            assert editor.save_button.isEnabled() and "contact" in editor.status_label.text()
            with qtbot.waitSignal(editor.saveFinished, timeout=WAIT_MS) as finished:
                editor.save()  # the user has seen it and saves again: mine goes in
            assert finished.args == [True] and len(calls) == 2
        stored = customers.get_customer(window.session.database, customer_id).contacts[0]
        assert stored.mobile == "13700000002"


def test_quitting_with_save_after_a_contact_conflict_ends(qtbot, fresh_company, monkeypatch) -> None:
    c = fresh_company
    customer_id = c.customers["sp_e1a客户1"]
    with main_window(qtbot, c, "sp_e1a") as window:
        editor = wait_loaded(qtbot, window, f"customer:{customer_id}")
        change_contact_elsewhere(c, customer_id, title="财务总监")
        edit_contact(editor, "notes", "退出前保存")
        with counting_saves(monkeypatch) as calls:
            with answering(QMessageBox, lambda box: click(box, QMessageBox.StandardButton.Save)):
                window.close()
            qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
            assert len(calls) == 2
    me = session_for(c, "sp_e1a")
    try:
        stored = customers.get_customer(me.database, customer_id).contacts[0]
    finally:
        me.close()
    assert (stored.title, stored.notes) == ("财务总监", "退出前保存")
