"""Export a deal's quote as PDF or XLSX: the deal editor's "Export quote…" button.

The file is chosen in a save dialog (`ask_path`, replaced in tests); reading the deal and writing
the file run off the GUI thread; a failure is one translated message box. The quote and contract
kinds to come reuse `export_document` with their own builder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services.deal_documents import QuoteRequest, deal_quote, quote_number
from salesdesk.services.document_xlsx import write_xlsx
from salesdesk.services.errors import DomainError
from salesdesk.services.trade_documents import DocumentWriteError, Party, TradeDocument
from salesdesk.ui.document_pdf import write_pdf
from salesdesk.ui.errors import show_error

translate = QCoreApplication.translate


class SaveFirstError(DomainError):
    default_message = QT_TRANSLATE_NOOP("errors", "Save the deal first: the quote is made from its "
                                                  "saved product lines.")


def ask_path(parent: QWidget, suggested: str, title: str | None = None) -> str:
    """The save dialog (titled `title`, default "Export quote"): a path ending in .pdf or .xlsx, or
    "" when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    pdf = translate("DocumentExport", "PDF document (*.pdf)")
    xlsx = translate("DocumentExport", "Excel workbook (*.xlsx)")
    path, chosen = QFileDialog.getSaveFileName(parent, title or translate("DocumentExport", "Export quote"),
                                               str(Path(folder) / suggested), f"{pdf};;{xlsx}")
    if path and Path(path).suffix.lower() not in (".pdf", ".xlsx"):
        path += ".xlsx" if chosen == xlsx else ".pdf"
    return path


def write_document(document: TradeDocument, path: str) -> str:
    """Worker: `document` to `path` (PDF or XLSX by its suffix) in the interface language."""
    try:
        if Path(path).suffix.lower() == ".xlsx":
            write_xlsx(document, path, translate)
        else:
            write_pdf(document, path, translate)
    except OSError as err:
        raise DocumentWriteError(path=path, reason=err.strerror or str(err)) from err
    return path


def export_deal_quote(db: Any, deal_id: int, request: QuoteRequest, path: str) -> str:
    """Worker: read the deal's quote and write it."""
    return write_document(deal_quote(db, deal_id, request), path)


def seller(ctx: Any) -> Party:
    """The seller's header while the company's details are not entered: the connection's name."""
    return Party(ctx.session.profile.name)


class QuoteExportButton(QPushButton):
    """"Export quote…" for the deal the editor shows (enabled once a stored deal is shown)."""

    def __init__(self, ctx: Any, deal_id: Callable[[], int | None], unsaved: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.deal_id, self.unsaved = ctx, deal_id, unsaved
        self.setObjectName("exportQuoteButton")
        self.clicked.connect(self.export)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(translate("DocumentExport", "Export quote…"))
        self.setToolTip(translate("DocumentExport", "The deal's product lines as a quote, PDF or Excel"))

    def export(self) -> None:
        deal_id = self.deal_id()
        if deal_id is None:
            return
        if self.unsaved():  # the quote is the stored deal: never lines the screen no longer shows
            self._failed(SaveFirstError())
            return
        today = date.today()
        path = ask_path(self.window(), quote_number(deal_id, today) + ".pdf")
        if not path:
            return
        self.setEnabled(False)
        request = QuoteRequest(seller(self.ctx), today)
        self.ctx.tasks.run(export_deal_quote, self.ctx.session.database, deal_id, request, path,
                           on_success=self._written, on_error=self._failed)

    def _written(self, path: str) -> None:
        self.setEnabled(True)
        self.ctx.notify(translate("DocumentExport", "Quote saved to {path}").format(path=path))

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        show_error(self.window(), exc, translate("DocumentExport", "Export quote"), kind="opportunity")
