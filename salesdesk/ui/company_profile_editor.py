"""The company's details (Settings → Company details…, for maintain_company_profile): the seller's
header of quotes and contracts, in a dialog over forms/company_profile_editor.ui.

Typed by services/company_profile.SPEC: the phone, tax number and account are checked as soon as
the user leaves the field (a wrong check character of the tax number at once), and every problem
is shown at its field before anything is sent. A refused save keeps the dialog open with the
typing. Reading and saving run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from salesdesk.services import company_profile, validation
from salesdesk.services.company_profile import SPEC, CompanyProfile
from salesdesk.ui import errors as ui_errors
from salesdesk.ui import words
from salesdesk.ui.columns import fmt_datetime
from salesdesk.ui.dialogs import FormDialog, show_form_problems
from salesdesk.ui.form_binding import FormBinding
from salesdesk.ui.forms_gen.company_profile_editor import Ui_CompanyProfileEditor
from salesdesk.ui.words import word

FIELDS = {"legal_name": "legalNameEdit", "short_name": "shortNameEdit", "address": "addressEdit",
          "phone": "phoneEdit", "tax_number": "taxNumberEdit", "bank_name": "bankNameEdit",
          "bank_account": "bankAccountEdit", "website": "websiteEdit"}
translate = QCoreApplication.translate


class CompanyProfileEditor(FormDialog):
    """The details as they are (`profile`, None before anyone entered them). `ask(...)` returns the
    saved CompanyProfile or None."""

    ui_class = Ui_CompanyProfileEditor

    def __init__(self, parent: QWidget | None = None, *, profile: CompanyProfile | None = None,
                 db: Any = None, **kwargs: Any) -> None:
        super().__init__(parent, submit=self._save, **kwargs)
        self.setObjectName("companyProfileEditor")
        self.profile, self.db = profile, db
        self.form = FormBinding(self.ui, FIELDS, types=SPEC, parent=self)
        self.form.edited.connect(self.form.clear_error)
        self.form.show(profile)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(word(words.SAVE))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(word(words.CANCEL))
        if profile is not None and profile.updated_at is not None:
            self.ui.updatedLabel.setText(self.tr("Last changed on {when} by {who}.").format(
                when=fmt_datetime(profile.updated_at), who=profile.updated_by_name or "—"))
        self.ui.updatedLabel.setVisible(bool(self.ui.updatedLabel.text()))
        self.ui.legalNameEdit.setFocus()

    def value(self) -> dict[str, Any]:
        """What to save: every field the first time, the changed ones afterwards."""
        values = self.form.values() if self.profile is None else self.form.changes()
        return {k: (None if v == "" else v) for k, v in values.items()}

    def check(self, value: Mapping[str, Any]) -> Mapping[str, str]:
        """Every problem at once: text a field refused as typed, then the spec's rules (required)."""
        problems: dict[str, Any] = dict(self.form.input_errors())
        _, found = validation.check({k: v for k, v in value.items() if k not in problems}, SPEC,
                                    partial=self.profile is not None)
        problems.update(found)
        return {k: ui_errors.problem_text(v) for k, v in problems.items()}

    def show_problems(self, problems: Mapping[str, str], message: str = "") -> None:
        show_form_problems(self.form, self.ui.messageLabel, problems, message)

    def _save(self, changes: Mapping[str, Any]) -> CompanyProfile | None:
        """On a worker thread: the save (nothing changed: the details as they are)."""
        if self.profile is not None and not changes:
            return self.profile
        return company_profile.save_profile(self.db, self.profile.version if self.profile else None, changes)


def edit_company_profile(ctx: Any, parent: QWidget) -> None:
    """Read the details off the GUI thread, then open the editor over them."""
    def opened(profile: CompanyProfile | None) -> None:
        saved = CompanyProfileEditor.ask(parent, profile=profile, db=ctx.session.database, runner=ctx.tasks)
        if saved is not None:
            ctx.notify(translate("CompanyProfileEditor", "The company details are saved."))

    ctx.tasks.run(company_profile.get_profile, ctx.session.database, on_success=opened,
                  on_error=lambda exc: ui_errors.show_error(
                      parent, exc, translate("CompanyProfileEditor", "Company details")))
