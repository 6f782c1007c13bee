"""The actions on a selected quote, beside the kind's own (new, open, archive, hand on, share,
history): send (asking for the discount's approval when the rules say so), revise into the next
version, accept into a draft contract (opened when the contracts page is there), decline, and
"Export quote…" to PDF or XLSX through the landed writers (ui/document_export.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from salesdesk.services import quotes
from salesdesk.services.quote_documents import quote_document
from salesdesk.services.trade_documents import Party
from salesdesk.ui.document_export import SaveFirstError, ask_path, seller, write_document
from salesdesk.ui.errors import show_error
from salesdesk.ui.kind_list import KindActions
from salesdesk.ui.pages import page_spec
from salesdesk.ui.record_actions import ActionSpec

translate = QCoreApplication.translate


def export_quote(db: Any, quote_id: int, party: Party, path: str) -> str:
    """Worker: the quote as a document, written to `path` (PDF or XLSX by its suffix)."""
    return write_document(quote_document(db, quote_id, party, date.today()), path)


def status_is(*statuses: str) -> Callable[[list[Any], Any], bool]:
    return lambda rows, _me: len(rows) == 1 and rows[0].status in statuses and bool(rows[0].can_edit)


class QuoteActions(KindActions):
    """The actions of the quotes page (its model, its selection)."""

    def __init__(self, page: Any) -> None:
        super().__init__(page, page.screen)

    def spec(self, name: str) -> ActionSpec:
        own: dict[str, tuple[str, Callable[[], str], Callable[[], Any], Any]] = {
            "send": ("forward", lambda: translate("QuoteActions", "Send"), self.send,
                     lambda rows, me: status_is("draft")(rows, me) and rows[0].approval != "pending"),
            "revise": ("edit", lambda: translate("QuoteActions", "Revise"), self.revise,
                       status_is("sent", "expired", "declined")),
            "accept": ("ok", lambda: translate("QuoteActions", "Accept → contract"), self.accept,
                       status_is("sent")),
            "decline": ("warning", lambda: translate("QuoteActions", "Mark declined"), self.decline,
                        status_is("sent", "expired")),
            "export": ("export", lambda: translate("DocumentExport", "Export quote…"), self.export,
                       lambda rows, _me: len(rows) == 1),
        }
        if name not in own:
            return super().spec(name)
        icon, text, slot, rule = own[name]
        return ActionSpec(name, icon, text, slot, None, rule)

    def _one(self) -> Any:
        rows = self.page.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def _run(self, fn: Callable[..., Any], done: Callable[[Any, Any], None]) -> None:
        row = self._one()
        if row is not None:
            self.ctx.tasks.run(fn, self.db, row.id, row.version,
                               on_success=lambda result: done(row, result),
                               on_error=lambda exc: show_error(
                                   self.page, exc, translate("QuoteEditor", "Quote"), kind="quote"))

    def send(self) -> None:
        self._run(quotes.send_quote, self._sent)

    def _sent(self, row: Any, state: str) -> None:
        self.page.model.refresh_record(row.id)
        self.ctx.notify(translate("QuoteActions", "{number} is sent.").format(number=row.number)
                        if state == "sent" else
                        translate("QuoteActions",
                                  "{number}: the discount went for approval; send it once approved.")
                        .format(number=row.number))

    def revise(self) -> None:
        self._run(quotes.revise_quote, self._revised)

    def _revised(self, row: Any, new_id: int) -> None:
        self.page.refresh()
        self.ctx.notify(translate("QuoteActions", "{number}: a new version is a draft.")
                        .format(number=row.number))
        self.edit(new_id)

    def accept(self) -> None:
        self._run(quotes.accept_quote, self._accepted)

    def _accepted(self, row: Any, contract_id: int) -> None:
        self.page.model.refresh_record(row.id)
        self.ctx.notify(translate("QuoteActions", "{number} is accepted: a draft contract is made.")
                        .format(number=row.number))
        if page_spec("contract") is not None:
            self.ctx.show_page(f"contract:{contract_id}")

    def decline(self) -> None:
        self._run(quotes.decline_quote, lambda row, _r: self.page.model.refresh_record(row.id))

    def export(self) -> None:
        row = self._one()
        if row is None:
            return
        path = ask_path(self.page.window(), f"{row.number}-{row.revision}.pdf")
        if path:
            self.ctx.tasks.run(export_quote, self.db, row.id, seller(self.ctx), path,
                               on_success=lambda p: self.ctx.notify(
                                   translate("DocumentExport", "Quote saved to {path}").format(path=p)),
                               on_error=lambda exc: show_error(self.page, exc,
                                                               translate("DocumentExport", "Export quote"),
                                                               kind="quote"))


class NewQuoteButton(QPushButton):
    """"New quote" in the deal editor: a draft quote of mine from the stored deal (its lines carried
    over), then opened on the quotes page."""

    def __init__(self, ctx: Any, deal_id: Callable[[], int | None], unsaved: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.deal_id, self.unsaved = ctx, deal_id, unsaved
        self.setObjectName("newQuoteButton")
        self.clicked.connect(self.make)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("QuoteActions", "New quote"))
        self.setToolTip(translate("QuoteActions", "A draft quote from the deal's saved product lines"))

    def make(self) -> None:
        deal_id = self.deal_id()
        if deal_id is None:
            return
        if self.unsaved():  # the quote is made from the stored deal
            show_error(self.window(), SaveFirstError(), translate("QuoteActions", "New quote"),
                       kind="opportunity")
            return
        self.setEnabled(False)
        self.ctx.tasks.run(quotes.quote_from_opportunity, self.ctx.session.database, deal_id,
                           on_success=self._made, on_error=self._failed)

    def _made(self, quote_id: int) -> None:
        self.setEnabled(True)
        self.ctx.show_page(f"quotes:{quote_id}")

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self.window(), exc, translate("QuoteActions", "New quote"), kind="quote")
