"""Import customers (with their first contact) or leads from a CSV or XLSX file: map the file's
columns to fields (guessed from the headers, the last mapping remembered per kind), check every row
(the forms' rules, duplicates), then import all rows in one transaction — or save an error workbook
that says what to fix. Reading, checking, importing and saving run off the GUI thread, with a
progress bar and Cancel; nothing is written before **Import** and nothing when it is refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salesdesk.services import record_import
from salesdesk.services.import_kinds import KINDS, guess_mapping, remembered_from
from salesdesk.services.import_report_xlsx import ROW, WHAT_TO_FIX, problem_text, write_error_workbook
from salesdesk.services.record_import import ImportPreview, RowCheck
from salesdesk.services.sheet_reader import Sheet, read_sheet
from salesdesk.ui import words
from salesdesk.ui.errors import error_text
from salesdesk.ui.record_actions import ActionSpec
from salesdesk.ui.settings import settings
from salesdesk.ui.words import word

translate = QCoreApplication.translate
SHOWN_ROWS = 2000  # the preview lists the refused rows first, then the first ones that pass


class _Progress(QObject):
    """Carries (done, total) from a worker to the GUI thread."""

    moved = Signal(int, int)


def _check(token: Any, db: Any, kind: Any, sheet: Sheet, mapping: list[str | None],
           progress: _Progress) -> ImportPreview:
    return record_import.check_rows(db, kind, sheet, mapping, progress.moved.emit, lambda: token.cancelled)


def _import(token: Any, db: Any, preview: ImportPreview, progress: _Progress) -> int:
    return record_import.import_rows(db, preview, progress.moved.emit, lambda: token.cancelled)


class RecordImportDialog(QDialog):
    """See the module docstring. `open_file(path)` starts it (the page asks for the file)."""

    imported = Signal(int)

    def __init__(self, parent: QWidget | None, db: Any, tasks: Any, kind: str) -> None:
        super().__init__(parent)
        self.setObjectName("recordImportDialog")
        self.db, self.tasks, self.kind = db, tasks, KINDS[kind]
        self.sheet: Sheet | None = None
        self.preview: ImportPreview | None = None
        self.task: Any = None
        self.progress_signal = _Progress(self)
        self.progress_signal.moved.connect(self._moved)
        self.setWindowTitle(self.tr("Import customers") if kind == "customer" else self.tr("Import leads"))
        self.info = QLabel(objectName="importInfo", wordWrap=True)
        self.pages = QStackedWidget()
        self.mapping = QTableWidget(0, 3, objectName="importMapping")
        self.rows = QTableWidget(0, 3, objectName="importRows")
        self.rows.verticalHeader().setVisible(False)  # the file's row numbers are the first column
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.pages.addWidget(self.mapping)
        self.pages.addWidget(self.rows)
        self.bar = QProgressBar(objectName="importProgress", visible=False)
        self.back = QPushButton(objectName="importBack", clicked=self._back)
        self.check = QPushButton(objectName="importCheck", clicked=self.run_check)
        self.save_errors = QPushButton(objectName="importSaveErrors", clicked=self._ask_error_file)
        self.commit = QPushButton(objectName="importCommit", clicked=self.run_import)
        self.cancel = QPushButton(objectName="importCancel", clicked=self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        for b in (self.save_errors, self.check, self.commit, self.cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.bar)
        layout.addLayout(buttons)
        self.retranslate()
        self._state("start")
        self.resize(760, 520)

    def retranslate(self) -> None:
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                self.tr("Imported into")])
        self.back.setText(self.tr("Change &mapping"))
        self.check.setText(self.tr("C&heck"))
        self.save_errors.setText(self.tr("Save &error workbook…"))
        self.commit.setText(self.tr("&Import rows"))
        self.cancel.setText(word(words.CANCEL))

    # -- states -----------------------------------------------------------------------------
    def _state(self, state: str) -> None:
        busy = state in ("reading", "checking", "importing")
        self.bar.setVisible(busy)
        self.back.setEnabled(state in ("checked", "refused"))
        self.check.setVisible(state in ("start", "mapping", "reading"))
        self.check.setEnabled(state == "mapping")
        self.save_errors.setVisible(state == "refused")
        self.commit.setVisible(state in ("checked", "importing"))
        self.commit.setEnabled(state == "checked")
        self.mapping.setEnabled(not busy)
        self.pages.setCurrentIndex(1 if state in ("checked", "refused", "importing") else 0)

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _failed(self, exc: BaseException, state: str) -> None:
        self.task = None
        self.info.setText(error_text(exc, self.kind.kind))
        self._state(state)

    def _cancel(self) -> None:
        if self.task is not None:  # stop the work; nothing was written
            self.task.cancel()
            self.task = None
            self.info.setText(self.tr("Cancelled: nothing was imported."))
            self._state("mapping" if self.sheet else "start")
            return
        self.reject()

    def _back(self) -> None:
        self.preview = None
        self._state("mapping")
        self.info.setText(self._file_text())

    # -- reading and mapping ------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        self.path = path
        self.info.setText(self.tr("Reading {file}…").format(file=path.name))
        self.bar.setRange(0, 0)
        self._state("reading")
        self.task = self.tasks.run(read_sheet, path, on_success=self._read,
                                   on_error=lambda e: self._failed(e, "start"))

    def _read(self, sheet: Sheet) -> None:
        self.task, self.sheet = None, sheet
        saved = settings().value(f"import/{self.kind.kind}/mapping")
        try:
            remembered = json.loads(saved) if isinstance(saved, str) else None
        except ValueError:
            remembered = None
        if not isinstance(remembered, dict):
            remembered = None
        mapping = guess_mapping(self.kind, sheet.headers, remembered)
        first = sheet.rows[0][1] if sheet.rows else []
        self.mapping.setRowCount(len(sheet.headers))
        for i, header in enumerate(sheet.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(header))
            self.mapping.setItem(i, 1, QTableWidgetItem(first[i] if i < len(first) else ""))
            combo = QComboBox(objectName=f"importField{i}")
            combo.addItem(self.tr("(not imported)"), None)
            for f in self.kind.fields:
                combo.addItem(translate(f.context, f.label), f.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[i])))
            self.mapping.setCellWidget(i, 2, combo)
        self.mapping.resizeColumnsToContents()
        self.info.setText(self._file_text())
        self._state("mapping")

    def _file_text(self) -> str:
        assert self.sheet is not None
        text = self.tr("%n row(s) to import. Choose the field each column fills, then press Check.", "",
                       len(self.sheet.rows))
        return f"{self.path.name}: {text}"

    def chosen_mapping(self) -> list[str | None]:
        return [self.mapping.cellWidget(i, 2).currentData() for i in range(self.mapping.rowCount())]

    def set_field(self, column: int, key: str | None) -> None:
        combo = self.mapping.cellWidget(column, 2)
        combo.setCurrentIndex(max(0, combo.findData(key)))

    # -- checking ---------------------------------------------------------------------------
    def run_check(self) -> None:
        assert self.sheet is not None
        mapping = self.chosen_mapping()
        settings().setValue(f"import/{self.kind.kind}/mapping",
                            json.dumps(remembered_from(self.sheet.headers, mapping), ensure_ascii=False))
        self.info.setText(self.tr("Checking every row…"))
        self.bar.setRange(0, 0)
        self._state("checking")
        self.task = self.tasks.run(_check, self.db, self.kind, self.sheet, mapping, self.progress_signal,
                                   cancellable=True, on_success=self._checked,
                                   on_error=lambda e: self._failed(e, "mapping"))

    def _checked(self, preview: ImportPreview) -> None:
        self.task, self.preview = None, preview
        self._fill_rows(preview)
        rejected = len(preview.rejected)
        if preview.problem is not None:
            self.info.setText(problem_text(preview.problem, translate))
            self._state("mapping")
        elif preview.ok:
            self.info.setText(self.tr("All %n row(s) can be imported: press Import.", "", len(preview.rows)))
            self._state("checked")
        else:
            self.info.setText(self.tr("%n row(s) cannot be imported; nothing was saved. Save the error "
                                      "workbook, correct the file and import it again.", "", rejected))
            self._state("refused")

    def _fill_rows(self, preview: ImportPreview) -> None:
        shown = (preview.rejected + [r for r in preview.rows if not r.problems])[:SHOWN_ROWS]
        headers = [translate("import", ROW), word(words.STATUS), translate("import", WHAT_TO_FIX),
                   *preview.sheet.headers]
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        self.rows.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, text in enumerate([str(row.number), self._status(row), self._problems(row), *row.cells]):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()

    def _status(self, row: RowCheck) -> str:
        return {"ok": self.tr("OK"), "duplicate": self.tr("Duplicate"),
                "error": self.tr("Error")}[row.status]

    def _problems(self, row: RowCheck) -> str:
        assert self.preview is not None
        out = []
        for p in row.problems:
            where = self.preview.sheet.headers[p.column] + ": " if p.column is not None else ""
            out.append(where + problem_text(p.problem, translate))
        return " · ".join(out)

    # -- importing and the error workbook ----------------------------------------------------
    def run_import(self) -> None:
        assert self.preview is not None and self.preview.ok
        self.info.setText(self.tr("Importing…"))
        self._state("importing")
        self.task = self.tasks.run(_import, self.db, self.preview, self.progress_signal, cancellable=True,
                                   on_success=self._imported, on_error=self._refused)

    def _imported(self, n: int) -> None:
        self.task = None
        self.imported.emit(n)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        assert self.preview is not None
        self._failed(exc, "refused" if self.preview.rejected else "checked")
        self._fill_rows(self.preview)

    def _ask_error_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save error workbook"),
                                              str(self.path.with_name(self.path.stem + "-errors.xlsx")),
                                              "Excel (*.xlsx)")
        if name:
            self.write_errors(Path(name))

    def write_errors(self, path: Path) -> None:
        assert self.preview is not None
        self.task = self.tasks.run(write_error_workbook, self.preview, path, translate,
                                   on_success=lambda _n: self._saved(path),
                                   on_error=lambda e: self._failed(e, "refused"))

    def _saved(self, path: Path) -> None:
        self.task = None
        saved = self.tr("Saved {file}: each row to fix, its column and what to fix.")
        self.info.setText(saved.format(file=path.name))


def import_action(page: Any, kind: str) -> ActionSpec:
    """The list page's "Import…" action (always enabled: the rows land in my own scope)."""
    return ActionSpec("import", "import", lambda: translate("RecordImportDialog", "Import…"),
                      lambda: start_import(page, kind))


def start_import(page: Any, kind: str) -> RecordImportDialog | None:
    """Ask for a file and open the import dialog over `page` (a list page: refreshed afterwards)."""
    name, _ = QFileDialog.getOpenFileName(page, translate("RecordImportDialog", "Import from a file"), "",
                                          translate("RecordImportDialog", "Spreadsheets (*.xlsx *.csv)"))
    if not name:
        return None
    return open_import(page, kind, Path(name))


def open_import(page: Any, kind: str, path: Path) -> RecordImportDialog:
    dialog = RecordImportDialog(page, page.db, page.ctx.tasks, kind)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.imported.connect(lambda _n: page.refresh())
    dialog.open_file(path)
    dialog.show()
    return dialog


