"""The targets page (`targets`, 目标): a fiscal year's target set per metric and its versions.

Pick the year, the metric, the version and the tier; the tree grid shows company → units → people
× twelve months + the year (services/targets.py). In a draft the cells the database lets me write
are editable; the reconciliation of every node is recomputed while typing (orange: unallocated,
red: over-allocated, the tooltip says how much) with the count of unreconciled node-months. Split
the selected node's value among its children (even, by last year's share, by headcount), save,
publish a year's first version or submit a revision with a reason; the versions' history says who,
when and why. All database work runs through ctx.tasks.run."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from salesdesk import words
from salesdesk.i18n import QT_TRANSLATE_NOOP
from salesdesk.services import target_xlsx, targets
from salesdesk.services.target_rules import METHODS, TIERS
from salesdesk.services.targets import Metric, TargetSet, TargetVersion
from salesdesk.ui import errors as ui_errors
from salesdesk.ui.formats import fmt_datetime
from salesdesk.ui.pages import AppContext, register_page
from salesdesk.ui.reason_dialog import ReasonDialog
from salesdesk.ui.target_grid import TargetGridModel
from salesdesk.ui.target_import import TargetImportDialog
from salesdesk.ui.words import word

translate = QCoreApplication.translate
KIND = "target_version"
TIER_NAMES = {"target": words.TARGET,
              "sprint": QT_TRANSLATE_NOOP("TargetsPage", "Sprint"),
              "challenge": QT_TRANSLATE_NOOP("TargetsPage", "Challenge")}
METHOD_NAMES = {"even": QT_TRANSLATE_NOOP("TargetsPage", "Split evenly"),
                "last_year": QT_TRANSLATE_NOOP("TargetsPage", "Split by last year"),
                "headcount": QT_TRANSLATE_NOOP("TargetsPage", "Split by headcount")}
STATUS_NAMES = {"draft": QT_TRANSLATE_NOOP("TargetsPage", "draft"),
                "submitted": QT_TRANSLATE_NOOP("TargetsPage", "submitted"),
                "published": QT_TRANSLATE_NOOP("TargetsPage", "published"),
                "superseded": QT_TRANSLATE_NOOP("TargetsPage", "superseded"),
                "rejected": QT_TRANSLATE_NOOP("TargetsPage", "rejected"),
                "withdrawn": QT_TRANSLATE_NOOP("TargetsPage", "withdrawn")}


class TargetsPage(QWidget):
    """See the module docstring; `open("<year>")` shows another fiscal year."""

    loaded = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("targetsPage")
        self.ctx, self.db = ctx, ctx.session.database
        self._loaded = False
        self._asked = 0  # the newest reload: older answers are dropped
        self.set: TargetSet | None = None
        self.metrics: list[Metric] = []
        self.year_spin = QSpinBox(objectName="yearSpin", minimum=2000, maximum=2100, value=date.today().year)
        self.metric_combo = QComboBox(objectName="metricCombo")
        self.version_combo = QComboBox(objectName="versionCombo")
        self.tier_combo = QComboBox(objectName="tierCombo")
        for tier in TIERS:
            self.tier_combo.addItem("", tier)
        for combo in (self.metric_combo, self.version_combo, self.tier_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year_label, self.metric_label, self.version_label, self.tier_label = (QLabel() for _ in range(4))
        for label, w in ((self.year_label, self.year_spin), (self.metric_label, self.metric_combo),
                         (self.version_label, self.version_combo), (self.tier_label, self.tier_combo)):
            label.setBuddy(w)
        self.new_button = QPushButton(objectName="newVersionButton")
        self.save_button = QPushButton(objectName="saveButton")
        self.publish_button = QPushButton(objectName="publishButton")
        self.submit_button = QPushButton(objectName="submitButton")
        self.split_buttons = {m: QPushButton(objectName=f"split_{m}") for m in METHODS}
        self.export_button = QPushButton(objectName="exportButton")
        self.import_button = QPushButton(objectName="importButton")
        self.status = QLabel(objectName="reconcileStatus")
        self.message = QLabel(objectName="targetsMessage", wordWrap=True)
        self.message.setStyleSheet("color: #b3261e")
        self.model = TargetGridModel(self)
        self.tree = QTreeView(objectName="targetGrid")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.history_title = QLabel()
        self.history_title.setStyleSheet("font-weight: bold;")
        self.history = QListWidget(objectName="versionHistory")
        top = QHBoxLayout()
        for w in (self.year_label, self.year_spin, self.metric_label, self.metric_combo, self.version_label,
                  self.version_combo, self.tier_label, self.tier_combo):
            top.addWidget(w)
        top.addStretch(1)
        actions = QHBoxLayout()  # two rows, so that the page fits a small screen at 150 %
        for w in (self.new_button, self.save_button, self.publish_button, self.submit_button,
                  self.export_button, self.import_button):
            actions.addWidget(w)
        actions.addStretch(1)
        splits = QHBoxLayout()
        for w in self.split_buttons.values():
            splits.addWidget(w)
        splits.addStretch(1)
        splits.addWidget(self.status)
        side = QWidget()
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.history_title)
        box.addWidget(self.history, 1)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(splits)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.year_spin.valueChanged.connect(lambda _v: self.reload())
        self.metric_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.version_combo.activated.connect(lambda _i: self.reload(self.version_combo.currentData()))
        self.tier_combo.currentIndexChanged.connect(lambda _i: self._show_grid())
        self.model.changed.connect(self._update_state)
        self.new_button.clicked.connect(self.new_version)
        self.save_button.clicked.connect(self.save)
        self.publish_button.clicked.connect(self.publish)
        self.submit_button.clicked.connect(self.submit)
        self.export_button.clicked.connect(lambda: self.export_to(self._ask_path(save=True)))
        self.import_button.clicked.connect(lambda: self.import_from(self._ask_path(save=False)))
        for method, button in self.split_buttons.items():
            button.clicked.connect(lambda _c=False, m=method: self.split(m))
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_state())
        self.retranslate()
        self.ctx.tasks.run(targets.metrics, self.db, busy=False, on_success=self._got_metrics,
                           on_error=self._failed)

    # -- the page protocol ---------------------------------------------------------------------
    def open(self, arg: str) -> None:
        if arg.isdigit():
            self.year_spin.setValue(int(arg))

    def is_loaded(self) -> bool:
        return self._loaded

    def refresh(self) -> None:
        self.reload(self.version_id())

    def has_unsaved_changes(self) -> bool:
        return bool(self.model.edits)

    def on_live_change(self, payload: dict) -> None:
        if payload.get("kind") == KIND and not self.model.edits:
            self.reload(self.version_id())

    def on_reconnected(self) -> None:
        if not self.model.edits:
            self.reload(self.version_id())

    # -- loading -------------------------------------------------------------------------------
    def version_id(self) -> int | None:
        grid = self.set.grid if self.set else None
        return grid.version.id if grid else None

    def metric(self) -> str | None:
        return self.metric_combo.currentData()

    def _got_metrics(self, found: list[Metric]) -> None:
        self.metrics = found
        self.metric_combo.blockSignals(True)
        for m in found:
            self.metric_combo.addItem("", m.code)
        self.metric_combo.blockSignals(False)
        self.retranslate()
        self.reload()

    def reload(self, version_id: int | None = None) -> None:
        metric = self.metric()
        if metric is None:
            return
        self.message.clear()
        year = self.year_spin.value()
        self._asked += 1
        asked = self._asked
        self.ctx.tasks.run(targets.open_set, self.db, year, metric, version_id, busy=False,
                           on_success=lambda found: self._show(found, asked), on_error=self._failed)

    def _show(self, found: TargetSet, asked: int | None = None) -> None:
        if asked is not None and asked != self._asked:
            return  # a later reload is on the way (the pickers moved, or a write read it again)
        self.set = found
        self.version_combo.clear()
        for v in found.versions:
            self.version_combo.addItem(self._version_text(v), v.id)
        if found.grid:
            self.version_combo.setCurrentIndex(self.version_combo.findData(found.grid.version.id))
        self.history.clear()
        for v in found.versions:
            self.history.addItem(self._history_text(v))
        self._show_grid()
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    def _show_grid(self) -> None:
        self.model.set_grid(self.set.grid if self.set else None, self.tier_combo.currentData() or "target")
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        self._update_state()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(ui_errors.error_text(exc, KIND))
        if not self._loaded:
            self._loaded = True
            self.loaded.emit()

    # -- state -----------------------------------------------------------------------------------
    def _update_state(self) -> None:
        grid = self.set.grid if self.set else None
        writes = grid is None or any(n.writable for n in grid.nodes)
        draft = bool(grid and grid.editable and writes)
        n = self.model.unreconciled()
        self.status.setText(translate("TargetsPage", "All nodes reconciled") if n == 0 else
                            translate("TargetsPage", "%n node-month(s) not reconciled", "", n))
        self.status.setStyleSheet("" if n == 0 else "color: #b3261e; font-weight: bold;")
        self.save_button.setEnabled(draft and bool(self.model.edits) and not self.model.problems)
        node = self._selected_node()
        for button in self.split_buttons.values():
            button.setEnabled(draft and node is not None and not self.model.edits)
        first = bool(grid and grid.version.based_on is None)
        self.publish_button.setEnabled(draft and first and n == 0 and not self.model.edits)
        self.submit_button.setEnabled(draft and not first and n == 0 and not self.model.edits)
        self.new_button.setEnabled(writes and self.metric() is not None and not self.model.edits and not any(
            v.status in ("draft", "submitted") for v in (self.set.versions if self.set else [])))
        self.export_button.setEnabled(grid is not None)
        self.import_button.setEnabled(draft and not self.model.edits)
        if self.model.problems:
            self.message.setText(next(iter(self.model.problems.values())))

    def _selected_node(self) -> Any:
        rows = self.tree.selectionModel().selectedIndexes()
        return self.model.node_at(rows[0]) if rows else None

    # -- actions ----------------------------------------------------------------------------------
    def _after_write(self, _result: Any = None) -> None:
        self.reload(self.version_id())

    def new_version(self) -> None:
        metric = self.metric()
        if metric is None:
            return
        self.ctx.tasks.run(targets.draft, self.db, self.year_spin.value(), metric,
                           on_success=lambda vid: self.reload(vid), on_error=self._failed)

    def save(self) -> None:
        vid = self.version_id()
        if vid is None or not self.model.edits or self.model.problems:
            return
        self.ctx.tasks.run(targets.save_cells, self.db, vid, self.model.pending(),
                           on_success=self._after_write, on_error=self._failed)

    def split(self, method: str) -> None:
        vid, node = self.version_id(), self._selected_node()
        if vid is None or node is None:
            return
        self.ctx.tasks.run(targets.split, self.db, vid, node.node_kind, node.node_id, method,
                           self.tier_combo.currentData() or "target",
                           on_success=self._after_write, on_error=self._failed)

    def publish(self) -> None:
        vid = self.version_id()
        if vid is not None:
            self.ctx.tasks.run(targets.publish, self.db, vid, on_success=self._after_write,
                               on_error=self._failed)

    def submit(self) -> None:
        vid = self.version_id()
        if vid is None:
            return
        done = ReasonDialog.ask(self, title=translate("TargetsPage", "Submit the revision"),
                                prompt=translate("TargetsPage", "&Why do the targets change?"),
                                submit=lambda reason: targets.submit(self.db, vid, reason),
                                runner=self.ctx.tasks)
        if done is not None:
            self.ctx.notify(translate("TargetsPage", "The revision is published.") if done == "published"
                            else translate("TargetsPage", "The revision waits for approval."))
            self._after_write()

    # -- Excel ---------------------------------------------------------------------------------------
    def _ask_path(self, save: bool) -> str:
        caption = translate("TargetsPage", "Targets workbook")
        pattern = translate("DocumentExport", "Excel workbook (*.xlsx)")  # the exports' one wording
        if save:
            return QFileDialog.getSaveFileName(self, caption, "targets.xlsx", pattern)[0]
        return QFileDialog.getOpenFileName(self, caption, "", pattern)[0]

    def export_to(self, path: str) -> None:
        grid = self.set.grid if self.set else None
        if not path or grid is None:
            return
        self.ctx.tasks.run(target_xlsx.export_grid, grid, path, self.tier(),
                           on_success=lambda _r: self.ctx.notify(
                               translate("TargetsPage", "Targets saved to {path}").format(path=path)),
                           on_error=self._failed)

    def import_from(self, path: str) -> None:
        grid = self.set.grid if self.set else None
        if not path or grid is None:
            return
        self.ctx.tasks.run(target_xlsx.read_import, grid, path, self.tier(), on_success=self._preview,
                           on_error=self._failed)

    def _preview(self, preview: target_xlsx.ImportPreview) -> None:
        vid = self.version_id()
        if vid is not None and TargetImportDialog.ask(self, preview):
            self.ctx.tasks.run(targets.save_cells, self.db, vid, preview.cells, on_success=self._after_write,
                               on_error=self._failed)

    def tier(self) -> str:
        return str(self.tier_combo.currentData() or "target")

    # -- texts -------------------------------------------------------------------------------------
    def _version_text(self, v: TargetVersion) -> str:
        return translate("TargetsPage", "Version {number} ({status})").format(
            number=v.number, status=translate("TargetsPage", STATUS_NAMES.get(v.status, v.status)))

    def _history_text(self, v: TargetVersion) -> str:
        when = v.published_at or v.submitted_at or v.created_at
        return translate("TargetsPage", "v{number} {status} · {when} · {who} · {why}").format(
            number=v.number, status=translate("TargetsPage", STATUS_NAMES.get(v.status, v.status)),
            when=fmt_datetime(when), who=v.published_by_name or v.submitted_by_name or v.owner_name,
            why=v.reason or "—")

    def retranslate(self) -> None:
        self.year_label.setText(translate("TargetsPage", "Fiscal &year:"))
        self.metric_label.setText(word(words.METRIC_PICK))
        self.version_label.setText(translate("TargetsPage", "&Version:"))
        self.tier_label.setText(translate("TargetsPage", "&Tier:"))
        for n, tier in enumerate(TIERS):
            context = "words" if tier == "target" else "TargetsPage"
            self.tier_combo.setItemText(n, translate(context, TIER_NAMES[tier]))
        chinese = word(words.TARGET) != words.TARGET
        for n, m in enumerate(self.metrics):
            self.metric_combo.setItemText(n, m.name if chinese else m.name_en)
        self.new_button.setText(translate("TargetsPage", "&New version"))
        self.save_button.setText(word(words.SAVE))
        for method, button in self.split_buttons.items():
            button.setText(translate("TargetsPage", METHOD_NAMES[method]))
        self.publish_button.setText(translate("TargetsPage", "&Publish"))
        self.submit_button.setText(translate("TargetsPage", "Su&bmit…"))
        self.history_title.setText(translate("TargetsPage", "Versions"))
        self.export_button.setText(translate("TargetsPage", "E&xport…"))
        self.import_button.setText(translate("TargetsPage", "&Import…"))
        if self.set:
            self._show(self.set)


register_page("targets", QT_TRANSLATE_NOOP("pages", "Targets"), "pipeline", TargetsPage, order=60)
