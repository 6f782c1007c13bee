"""Export… (Ctrl+E) of every list page: the current filtered, sorted view, all rows, to XLSX or CSV.

The page says what it shows (`RecordListPage.export_view()`: its list service, query and sort;
`export_columns()`: the visible columns in view order); the rows are paged from the same service on a
worker thread (reports/list_export.py) and streamed to the file (reports/table_writer.py). A progress
dialog counts the rows; Cancel stops the paging and the partial file is removed. The file type is the
chosen file's suffix (or the chosen filter's). `ask_export_path` is the one thing tests replace.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from salesdesk.reports.list_export import ExportColumn, ListView, Progress, export_list
from salesdesk.reports.table_writer import TYPES, ColumnSpec
from salesdesk.ui.columns import Column
from salesdesk.ui.errors import show_error
from salesdesk.ui.tasks import Task
from salesdesk.ui.words import CANCEL, EXPORT_CANCELLED, word

translate = QCoreApplication.translate
EXPORT_KEY = QKeySequence("Ctrl+E")
PROGRESS_MS = 100


def export_text() -> str:
    return translate("ListExport", "Export…")


def ask_export_path(parent: QWidget, suggested: str) -> str:
    """The save dialog: a path ending in .xlsx or .csv, or "" when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    xlsx = translate("DocumentExport", "Excel workbook (*.xlsx)")  # the quote export's words
    csv = translate("ListExport", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, translate("ListExport", "Export the list"),
                                               str(Path(folder) / suggested), f"{xlsx};;{csv}")
    if path and Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    return path


def export_columns(columns: list[Column[Any]]) -> list[ExportColumn]:
    """The file's columns from the screen's: titles in the current language, typed by `kind`."""
    return [ExportColumn(ColumnSpec(c.title(), c.kind if c.kind in TYPES else "text"), c.raw)
            for c in columns]


class ListExporter(QObject):
    """One export of a page's list at a time: the file dialog, the worker, the progress and Cancel."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.page = page
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.progress = Progress()
        self.path = ""
        self.timer = QTimer(self)
        self.timer.setInterval(PROGRESS_MS)
        self.timer.timeout.connect(self._show_progress)

    def is_running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        if self.task is not None:
            return
        name = f"{self.page.export_name()}-{date.today().isoformat()}.xlsx"
        path = ask_export_path(self.page, name)
        if not path:
            return
        self.path, self.progress = path, Progress()
        view: ListView = self.page.export_view()
        columns = export_columns(self.page.export_columns())
        total = self.page.result_count()
        dialog = QProgressDialog(self._progress_text(), word(CANCEL), 0, total or 0, self.page)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(export_text())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)  # a small list is written before the dialog would show
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self.task = self.page.ctx.tasks.run(export_list, view, columns, path, self.progress, cancellable=True,
                                            on_success=self._written, on_error=self._failed)
        self.task.finished.connect(self._finished)
        self.timer.start()

    def cancel(self) -> None:
        """Stop paging; the worker removes the partial file before its task finishes."""
        if self.task is not None:
            self.task.cancel()
            self.page.ctx.notify(word(EXPORT_CANCELLED))

    def _show_progress(self) -> None:
        if self.dialog is not None:
            if self.dialog.maximum() and self.progress.rows > self.dialog.maximum():
                self.dialog.setMaximum(0)  # more rows than counted (some came since): a busy bar
            self.dialog.setValue(min(self.progress.rows, self.dialog.maximum() or self.progress.rows))
            self.dialog.setLabelText(self._progress_text())

    def _progress_text(self) -> str:
        rows, name = self.progress.rows, Path(self.path).name
        return translate("ListExport", "%n row(s) written to {file}…", "", rows).format(file=name)

    def _written(self, rows: int) -> None:
        self.page.ctx.notify(translate("ListExport", "%n row(s) exported to {path}", "", rows).format(
            path=self.path))

    def _failed(self, exc: BaseException) -> None:
        self._close_dialog()
        show_error(self.page, exc, export_text())

    def _finished(self) -> None:
        self._close_dialog()
        self.task = None

    def _close_dialog(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
