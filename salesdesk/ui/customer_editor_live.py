"""Live updates in the customer editor: re-read on NOTIFY; never replace what the user is typing.

Without unsaved edits the new version is shown at once (and the user is told who
changed it); with unsaved edits a bar offers to reload or to keep editing on top.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from salesdesk.services import customers
from salesdesk.services.customer_types import CustomerDetail
from salesdesk.ui.customer_models import fmt_datetime

translate = QCoreApplication.translate  # the context is the editor's, where lupdate files these


class LiveUpdates:
    """Mixed into CustomerEditor (which provides ui, ctx, db, customer_id, version, _show, _rebase…)."""

    ui: Any
    ctx: Any
    db: Any
    customer_id: int | None
    version: int | None
    _saving: bool
    _live_pending: bool
    _incoming: CustomerDetail | None

    def on_live_change(self, payload: dict) -> None:
        if self.customer_id is None or payload.get("root_kind") != "customer" or \
                payload.get("root_id") != self.customer_id:
            return
        if self._saving:
            self._live_pending = True
            return
        self.ctx.tasks.run(customers.get_customer, self.db, self.customer_id, busy=False,
                           on_success=self._live_arrived, on_error=lambda _e: None)

    def _live_arrived(self, d: CustomerDetail) -> None:
        if d.id != self.customer_id or self._saving:
            return
        changed_fields = d.version != self.version
        if not self.has_unsaved_changes():
            self._show(d)
            if changed_fields:
                text = translate("CustomerEditor", "{name} just changed this customer; showing the new version.")  # noqa: E501
                self.ui.statusLabel.setText(text.format(name=d.updated_by_name or "?"))
            return
        if not changed_fields:
            self.shares.set_rows(d.shares)  # contacts/shares changed: keep the user's table edits
            return
        self._incoming = d
        text = translate("CustomerEditor",
                         "Changed by someone else ({name}, {when}) — reload, or keep editing on top of their version?")  # noqa: E501
        self.ui.liveLabel.setText(text.format(name=d.updated_by_name or "?", when=fmt_datetime(d.updated_at)))
        self.ui.liveBar.setVisible(True)

    def _live_reload(self) -> None:
        self.ui.liveBar.setVisible(False)
        if self._incoming is not None:
            self._show(self._incoming)

    def _live_keep(self) -> None:
        self.ui.liveBar.setVisible(False)
        if self._incoming is not None:
            self._rebase(self._incoming)
