"""The deal editor's answer to changes made elsewhere besides the deal's own fields: a follow-up
logged on it, its team changed (the team tab shows the stored team unless the user is editing the
team), and being taken off the team (said plainly; what was typed stays, to copy)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class DealChangedElsewhere:
    """Mixed into OpportunityEditor (which provides ctx, record, record_id, team_model, …)."""

    ctx: Any
    record: Any
    record_id: int | None
    team_model: Any
    _off_team: bool = False

    def on_live_change(self, payload: dict) -> None:
        if (payload.get("kind"), payload.get("op"), payload.get("root_id")) == (
                "opportunity_member", "DELETE", self.record_id) \
                and payload.get("employee_id") == self.ctx.session.me.employee_id:
            self._off_team = True  # if the re-read finds the deal gone, this is why
        super().on_live_change(payload)  # type: ignore[misc] - the editor's: re-read the deal
        if payload.get("kind") == "followup" and self.record is not None:
            self._load_followups(self.record.id)  # type: ignore[attr-defined]

    def children_changed(self, record: Any) -> None:
        """The team changed while the user edits something else: the team tab shows it; a team
        being edited is kept (saving it is checked against the deal's version)."""
        if not self.team_model.is_dirty():
            self.team_model.set_members(record.team)
            self.record = dataclasses.replace(self.record, team=record.team)

    def record_gone(self) -> None:
        super().record_gone()  # type: ignore[misc]
        for widget in (self.header_actions, self.followup_button):  # type: ignore[attr-defined]
            widget.setEnabled(False)  # nothing to hand on, share or log on a deal out of sight

    def gone_text(self) -> str:
        if self._off_team:
            return translate("OpportunityEditor", "You were taken off this deal's team and can no longer "
                                                  "see it. What you typed stays here to copy; it cannot be "
                                                  "saved.")
        return super().gone_text()  # type: ignore[misc]
