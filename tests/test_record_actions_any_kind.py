"""Hand on, share, history and audit are not customer-bound (issue 12 §1 "Client pieces for any
kind"): the generic services and the generic client pieces on a scratch owned kind (`t_visit`:
owner column `holder_id`, no pool), and hidden for a child kind (a contact has no owner)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salesdesk.db.session import Database
from salesdesk.services import ownership, records, sharing
from salesdesk.services.errors import NotFoundError, ValidationError
from salesdesk.services.tx import transaction
from salesdesk.ui.i18n import install_language
from salesdesk.ui.reassign_dialog import ReassignDialog
from salesdesk.ui.record_action_bar import RecordActionBar
from salesdesk.ui.record_actions import RecordActions, RecordKind
from salesdesk.ui.record_history import HistoryDialog, HistoryTabs, RecordHistory
from salesdesk.ui.share_dialog import ShareDialog
from tests.factories import Company, build_small_company
from tests.scratch_kinds import declare_scratch_kinds
from tests.ui_support import WAIT_MS, main_window

HAND_ON = ("history", "reassign", "share", "release", "claim", "hand_out", "archive")


@pytest.fixture
def visits(db_factory) -> tuple[Company, dict[str, int]]:
    company = build_small_company(db_factory())
    return company, declare_scratch_kinds(company, visits_for=("sp_e1a", "sp_e2a"), visit_shares=True)


def connect(company: Company, key: str) -> Database:
    return Database.connect(company.url_for(key))


def visit_now(db: Any, visit_id: int) -> Any:
    """Worker: the visit as the generic rights see it, or None when hidden (a kind without screens)."""
    try:
        with transaction(db, "t_visit") as session:
            rights = records.rights(session, "t_visit", visit_id)
    except NotFoundError:
        return None
    return SimpleNamespace(id=visit_id, can_edit=rights.can_edit, can_manage=rights.can_manage,
                           access="scope", archived_at=None)


VISIT = RecordKind("t_visit", shares=True, nouns_of="followup", list_page="customers", reread=visit_now)
CONTACT = RecordKind("contact", owned=False)


def test_the_generic_services_hand_on_share_and_read_the_history_of_another_kind(visits) -> None:
    c, ids = visits
    visit, hidden = ids["sp_e1a"], ids["sp_e2a"]
    owner, colleague, boss = connect(c, "sp_e1a"), connect(c, "sp_n1a"), connect(c, "mgr_e")
    try:
        sharing.share(owner, "t_visit", [visit], c.people["sp_n1a"], "read")
        shared = sharing.list_shares(colleague, "t_visit", visit)
        assert [s.employee_id for s in shared] == [c.people["sp_n1a"]]
        sharing.unshare(boss, "t_visit", visit, c.people["sp_n1a"])
        with pytest.raises(NotFoundError):
            sharing.list_shares(colleague, "t_visit", visit)
        sharing.share(owner, "t_visit", [visit], c.people["sp_n1a"], "write")
        with pytest.raises(NotFoundError) as hidden_one:  # one hidden in the batch: none handed on
            ownership.reassign(owner, "t_visit", [visit, hidden], c.people["sp_e1b"], "换人跟进")
        assert hidden_one.value.kind == "t_visit"
        assert ownership.ownership_history(owner, "t_visit", visit) == []
        with pytest.raises(ValidationError):
            ownership.reassign(owner, "t_visit", [visit], c.people["sp_e1b"], " ")
        ownership.reassign(owner, "t_visit", [visit], c.people["sp_e1b"], "换人跟进")
        with pytest.raises(NotFoundError):  # handed on: out of the old holder's sight
            ownership.ownership_history(owner, "t_visit", visit)
        (move,) = ownership.ownership_history(boss, "t_visit", visit)
        assert (move.from_owner_id, move.to_owner_id, move.reason) == (
            c.people["sp_e1a"], c.people["sp_e1b"], "换人跟进")
        audit = ownership.audit_history(boss, "t_visit", visit)
        assert {a.kind for a in audit} >= {"t_visit"}
        changes = [ch for a in audit for ch in a.changes]
        assert any(ch.field == "holder_id" and ch.new == c.people["sp_e1b"] for ch in changes)
        assert sharing.list_shares(boss, "t_visit", visit) == []  # a hand-on ends the old holder's shares
    finally:
        for db in (owner, colleague, boss):
            db.close()


class VisitHost(QWidget):
    """What a `t_visit` editor would be: the generic action bar and history tabs around one record."""

    def __init__(self, ctx: Any, kind: RecordKind, record: Any) -> None:
        super().__init__()
        self.ctx, self.db, self.record, self.record_id = ctx, ctx.session.database, record, record.id
        self.bar = RecordActionBar(self, lambda page: RecordActions(page, kind), HAND_ON)
        self.tabs = HistoryTabs(kind)
        self.history = RecordHistory(ctx, kind, self.tabs, lambda: self.record_id, self)
        self.history.shares_changed.connect(lambda _id: self.history.load(self.record_id))
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.tabs)
        self.history.load(record.id)

    def maybe_leave(self) -> bool:
        return True

    def has_unsaved_changes(self) -> bool:
        return False

    def show_record(self, record: Any) -> None:
        self.record = record
        self.bar.update_actions()
        self.history.load(record.id)

    def announce_written(self, _record_id: int) -> None:
        """No list of visits to tell."""


def press(qtbot, bar: RecordActionBar, name: str) -> Any:  # noqa: ANN001
    qtbot.mouseClick(bar.widgetForAction(bar.actions_by_name[name]), Qt.MouseButton.LeftButton)
    return bar.active_dialog


def pick(qtbot, dialog: Any, login: str) -> None:  # noqa: ANN001
    """Type the login in the directory search, wait for the one match, Enter."""
    qtbot.keyClicks(dialog.search, login)
    qtbot.waitUntil(lambda: dialog.people.count() == 1 and dialog.people.currentItem() is not None,
                    timeout=WAIT_MS)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)


@pytest.mark.gui
def test_a_manager_shares_and_hands_on_a_visit_with_the_generic_pieces(qtbot, visits) -> None:  # noqa: ANN001
    c, ids = visits
    visit = ids["sp_e1a"]
    install_language("en")  # as the client starts: English plurals from the en catalogue
    with main_window(qtbot, c, "mgr_e") as window:
        host = VisitHost(window.ctx, VISIT, visit_now(window.session.database, visit))
        qtbot.addWidget(host)
        host.show()
        shown = {n for n, a in host.bar.actions_by_name.items() if a.isVisible() and a.isEnabled()}
        assert shown == {"history", "reassign", "share"}  # no pool, no archive for this kind
        assert [host.tabs.tabText(i) for i in range(host.tabs.count())] == [
            "Shares", "Ownership history", "Audit history"]
        qtbot.waitUntil(lambda: host.history.audit.rowCount() == 1, timeout=WAIT_MS)  # its INSERT

        dialog = press(qtbot, host.bar, "share")
        assert isinstance(dialog, ShareDialog) and dialog.windowTitle() == "Share 1 follow-up"
        pick(qtbot, dialog, c.login("sp_n1a"))
        qtbot.waitUntil(lambda: host.history.shares.rowCount() == 1, timeout=WAIT_MS)
        colleague = connect(c, "sp_n1a")
        try:
            assert visit_now(colleague, visit) is not None  # the share reads it
        finally:
            colleague.close()

        dialog = press(qtbot, host.bar, "reassign")
        assert isinstance(dialog, ReassignDialog) and dialog.windowTitle() == "Reassign follow-ups"
        pick(qtbot, dialog, c.login("sp_e1b"))
        assert dialog.reason.hasFocus()
        qtbot.keyClicks(dialog.reason, "new territory")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: host.history.ownership.rowCount() == 1, timeout=WAIT_MS)
        row = [host.history.ownership.index(0, col).data() for col in range(1, 4)]
        assert row == ["赵一", "钱二", "new territory"]  # from, to, reason
        (move,) = ownership.ownership_history(window.session.database, "t_visit", visit)
        assert move.to_owner_id == c.people["sp_e1b"]
        audit = host.history.audit  # the hand-on, as the audit tab shows it
        moved = f"holder_id: {c.people['sp_e1a']} → {c.people['sp_e1b']}"
        qtbot.waitUntil(lambda: any(moved in (audit.index(r, 3).data() or "")
                                    for r in range(audit.rowCount())), timeout=WAIT_MS)

        dialog = press(qtbot, host.bar, "history")  # what a list page's "History…" shows
        assert isinstance(dialog, HistoryDialog) and dialog.windowTitle() == "History of the follow-up"
        qtbot.waitUntil(lambda: dialog.history.ownership.rowCount() == 1, timeout=WAIT_MS)
        assert dialog.history.shares.rowCount() == 0  # the hand-on ended the shares
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert host.bar.active_dialog is None


@pytest.mark.gui
def test_a_child_kind_gets_no_hand_on_actions_and_no_ownership_tab(qtbot, company: Company) -> None:  # noqa: ANN001
    with main_window(qtbot, company, "sp_e1a") as window:
        contact = SimpleNamespace(id=1, can_edit=True, can_manage=True, access="scope", archived_at=None)
        host = VisitHost(window.ctx, CONTACT, contact)
        qtbot.addWidget(host)
        assert host.bar.actions() == [] and host.bar.specs == []
        assert [host.tabs.tabText(i) for i in range(host.tabs.count())] == ["Audit history"]
        assert not VISIT.offers("release") and VISIT.offers("share") and not CONTACT.offers("reassign")


@pytest.mark.gui
def test_the_kind_nouns_read_right_in_chinese(qtbot, visits) -> None:  # noqa: ANN001
    c, ids = visits
    with main_window(qtbot, c, "mgr_e") as window:
        try:
            install_language("zh_CN")
            share = ShareDialog(window.ctx, [ids["sp_e1a"]], kind=VISIT)
            hand_on = ReassignDialog(window.ctx, [ids["sp_e1a"], ids["sp_e2a"]], kind=VISIT)
            qtbot.addWidget(share)
            qtbot.addWidget(hand_on)
            assert share.windowTitle() == "共享 1 个跟进记录"
            assert hand_on.windowTitle() == "转交跟进记录"
            assert hand_on.intro.text().startswith("将 2 个跟进记录转交给")
            tabs = HistoryTabs(VISIT)
            qtbot.addWidget(tabs)
            RecordHistory(window.ctx, VISIT, tabs, lambda: None, tabs)
            assert [tabs.tabText(i) for i in range(tabs.count())] == ["共享", "归属历史", "审计记录"]
        finally:
            install_language("en")
